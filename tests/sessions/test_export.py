"""Every export format is parsed back; export → import → export is byte-identical."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.sessions.conftest import make_article
from tui.model import Article, Span
from tui.sessions import Session
from tui.sessions.export import (
    CSV_COLUMNS,
    ImportFormatError,
    export,
    import_jsonl,
    write_brat,
)

QUOTE_TEXT = (
    'Le ministre a dit « nous ne démissionnerons pas » mardi.\n'
    'He added: "we will\nstay", then left.\n'
    "Line three mentions Vladimir Putin\tand a rocket 🚀 and a non-breaking\u00a0space."
)


@pytest.fixture
def corpus() -> list[Article]:
    return [
        make_article("=HYPERLINK(\"http://evil\")", "Spreadsheet bait article body.",
                     path="/c/bait.txt"),
        make_article("Ministre, « démission »", QUOTE_TEXT, path="/c/fr.html",
                     url="https://example.org/fr?a=1&b=2", source="Le Exemple",
                     published="2024-06-18T07:57:20+05:30"),
        make_article("Only a note", "Nothing tagged here.", path="/c/note.txt"),
        make_article("Never touched", "Not in any export.", path="/c/none.txt"),
    ]


def _build(corpus: list[Article]) -> Session:
    bait, french, noted, _ = corpus
    session = Session.open("source session")
    session.toggle_tag(french, "needs check")
    session.toggle_tag(french, "Économie")
    session.toggle_tag(french, "after")
    session.toggle_tag(bait, "after")
    session.set_note(french, 'Call back; "quoted", comma, and\na second line')
    session.set_note(noted, "-1 looks like a formula")
    text = french.text
    start = text.index("nous ne")
    session.tag_span(french, Span("quote", start, text.index(" »"), "x"), "verified")
    start = text.index("we will")
    session.tag_span(french, Span("quote", start, text.index('", then'), "x"), "disputed")
    start = text.index("Vladimir Putin")
    session.tag_span(french, Span("entity", start, start + 14, "x", label="PERSON"), "source")
    # a span tag whose text later disappears from the article: kept in JSONL, flagged detached
    start = bait.text.index("bait")
    session.tag_span(bait, Span("entity", start, start + 4, "bait"), "gone")
    session.toggle_tag(replace(bait, text="Spreadsheet article body, edited."), "later")
    return session


def _jsonl(session: Session) -> str:
    out = io.StringIO()
    export(session, "jsonl", out)
    return out.getvalue()


def test_jsonl_parses_back(corpus) -> None:
    _build(corpus).close()
    records = [json.loads(line) for line in _jsonl_lines(corpus)]
    assert [r["id"] for r in records] == [corpus[1].id, corpus[0].id, corpus[2].id]
    french = records[0]
    assert french["tags"] == ["after", "needs check", "Économie"]
    assert french["note"] == 'Call back; "quoted", comma, and\na second line'
    assert french["text"] == QUOTE_TEXT and french["url"] == corpus[1].url
    assert french["annotator"] == "tester"
    assert french["created"] <= french["updated"]
    spans = french["span_tags"]
    assert [s["tag"] for s in spans] == ["verified", "disputed", "source"]
    for span in spans:
        assert QUOTE_TEXT[span["start"]:span["end"]] == span["text"]
        assert span["status"] == "attached"
    bait = records[1]
    assert bait["tags"] == ["after", "later"]
    assert [(s["tag"], s["status"]) for s in bait["span_tags"]] == [("gone", "detached")]
    assert records[2]["tags"] == [] and records[2]["note"] == "-1 looks like a formula"


def _jsonl_lines(corpus: list[Article]) -> list[str]:
    with Session.open("source session") as session:
        text = _jsonl(session)
    assert text.endswith("\n")
    return text[:-1].split("\n")


def test_export_import_export_is_byte_identical(corpus) -> None:
    _build(corpus).close()
    first = "\n".join(_jsonl_lines(corpus)) + "\n"
    with Session.open("copy") as copy:
        assert import_jsonl(copy, first.split("\n"), source="first.jsonl") == 3
        second = _jsonl(copy)
        assert second == first
        # importing the same file again changes nothing
        import_jsonl(copy, first.split("\n"))
        assert _jsonl(copy) == first
        # the other formats agree too, so nothing was lost
        for fmt in ("csv", "prodigy", "doccano"):
            with Session.open("source session") as source:
                a, b = io.StringIO(), io.StringIO()
                export(source, fmt, a)
                export(copy, fmt, b)
                assert a.getvalue() == b.getvalue(), fmt


def test_import_is_one_undo_step_and_merges(corpus) -> None:
    _build(corpus).close()
    lines = _jsonl_lines(corpus)
    with Session.open("target") as target:
        target.toggle_tag(corpus[1], "mine")
        import_jsonl(target, lines)
        assert target.article_tags(corpus[1].id) == ["mine", "after", "needs check", "Économie"]
        assert "import 3 articles" in target.undo()
        assert target.article_tags(corpus[1].id) == ["mine"]
        assert target.span_tags(corpus[1].id) == [] and target.note(corpus[2].id) == ""
        assert [t.name for t in target.tags()] == ["mine"]


@pytest.mark.parametrize(("line", "message"), [
    ("not json", "not JSON"),
    ("[1, 2]", "not a JSON object"),
    ('{"id": "x"}', "'title'"),
    (('{"id": "x", "title": "t", "text": "abc", "annotator": "a", "created": "c", '
     '"updated": "u", "tags": ["a;b"]}'), "';'"),
    (('{"id": "x", "title": "t", "text": "abc", "annotator": "a", "created": "c", '
     '"updated": "u", "tags": [], "span_tags": [{"layer": "q", "start": 0, "end": 2, '
     '"text": "zz", "tag": "t", "context_before": "", "context_after": "", '
     '"status": "attached", "created": "c"}]}'), "does not match"),
    (('{"id": "x", "title": "\\u001b]8;;http://evil\\u0007click", "text": "abc", '
     '"annotator": "a", "created": "c", "updated": "u", "tags": []}'), "control characters"),
    (('{"id": "../../escape", "title": "t", "text": "abc", "annotator": "a", "created": "c", '
     '"updated": "u", "tags": []}'), "id must be"),
])
def test_bad_import_lines_import_nothing(corpus, line: str, message: str) -> None:
    _build(corpus).close()
    good = _jsonl_lines(corpus)
    with Session.open("target") as target:
        with pytest.raises(ImportFormatError) as caught:
            import_jsonl(target, [good[0], line], source="bad.jsonl")
        assert str(caught.value).startswith("bad.jsonl:2:") and message in str(caught.value)
        assert target.tags() == [] and _jsonl(target) == ""


def test_csv_parses_back(corpus) -> None:
    with _build(corpus) as session:
        out = io.StringIO()
        assert export(session, "csv", out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    french, bait, noted = rows
    assert french["tags"].split(";") == ["after", "needs check", "Économie"]
    assert french["note"] == 'Call back; "quoted", comma, and\na second line'
    assert french["span_tags"] == "3" and french["url"] == corpus[1].url
    assert bait["title"] == "'" + corpus[0].title  # a formula is shown, never run
    assert noted["note"] == "'-1 looks like a formula"


def test_prodigy_parses_back(corpus) -> None:
    with _build(corpus) as session:
        out = io.StringIO()
        export(session, "prodigy", out)
    tasks = [json.loads(line) for line in out.getvalue()[:-1].split("\n")]
    french = tasks[0]
    assert french["answer"] == "accept"
    assert french["accept"] == ["after", "needs check", "Économie"]
    assert {o["id"] for o in french["options"]} == {"after", "Économie", "needs check",
                                                   "later"}
    assert french["meta"]["id"] == corpus[1].id and french["meta"]["url"] == corpus[1].url
    labels = [(french["text"][s["start"]:s["end"]], s["label"]) for s in french["spans"]]
    assert labels == [("nous ne démissionnerons pas", "verified"),
                      ("we will\nstay", "disputed"), ("Vladimir Putin", "source")]
    assert tasks[1]["spans"] == []  # the detached span tag is left out


def test_doccano_parses_back(corpus) -> None:
    with _build(corpus) as session:
        out = io.StringIO()
        export(session, "doccano", out)
    docs = [json.loads(line) for line in out.getvalue()[:-1].split("\n")]
    french = docs[0]
    assert french["id"] == corpus[1].id and french["cats"] == ["after", "needs check", "Économie"]
    assert [(french["text"][s:e], label) for s, e, label in french["label"]] == [
        ("nous ne démissionnerons pas", "verified"), ("we will\nstay", "disputed"),
        ("Vladimir Putin", "source")]


def _parse_ann(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()]


def test_brat_parses_back(corpus, tmp_path: Path) -> None:
    out = tmp_path / "brat"
    with _build(corpus) as session:
        assert write_brat(session, out) == 3
    with open(out / f"{corpus[1].id}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    assert text == QUOTE_TEXT
    entries = _parse_ann((out / f"{corpus[1].id}.ann").read_text(encoding="utf-8"))
    bound = {}
    for entry in entries:
        if entry[0].startswith("T"):
            label, where = entry[1].split(" ", 1)
            pieces = [tuple(map(int, part.split())) for part in where.split(";")]
            assert entry[2] == " ".join(text[a:b] for a, b in pieces)
            bound[entry[0]] = (label, entry[2])
    assert sorted(bound.values()) == sorted([
        ("verified", "nous ne démissionnerons pas"), ("disputed", "we will stay"),
        ("source", "Vladimir Putin"), ("Article", text.split("\n")[0])])
    anchor = next(k for k, v in bound.items() if v[0] == "Article")
    attributes = [e[1] for e in entries if e[0].startswith("A")]
    assert attributes == [f"after {anchor}", f"needs_check {anchor}", f"Economie {anchor}"]
    notes = [e for e in entries if e[0].startswith("#")]
    assert notes == [["#1", f"AnnotatorNotes {anchor}",
                      'Call back; "quoted", comma, and a second line']]
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    for name in ("verified", "disputed", "source", "Article", "needs_check\tArg:Article",
                 "Economie\tArg:Article"):
        assert name in conf


def test_brat_file_names_never_escape(tmp_path: Path) -> None:
    from tui.sessions.export import brat_file_stem

    assert brat_file_stem("0123abcd") == "0123abcd"
    for hostile in ("../x", "a/b", ".hidden", "con.txt", "x" * 200, "a:b"):
        stem = brat_file_stem(hostile)
        assert "/" not in stem and "." not in stem and len(stem) <= 128
        assert stem != brat_file_stem(hostile + "!")
