"""Sanitising, decoding, sniffing, date parsing and path expansion."""

from __future__ import annotations

import codecs
import os
from datetime import date
from pathlib import Path

import pytest

from tui.ingest import clean_line, clean_text, expand_paths, load_file, load_paths
from tui.ingest.dates import infer_year, parse_date
from tui.ingest.decode import NotText, decode_bytes
from tui.ingest.sniff import sniff_format
from tui.model import Article, Skipped

# ---- sanitising ---------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("plain text\nwith\ttab", "plain text\nwith\ttab"),
    ("a\x1b[31mred\x1b[0m b", "ared b"),
    ("x\x1b]52;c;aGFja2Vk\x07y", "xy"),  # OSC 52 clipboard write, BEL-terminated
    ("x\x1b]8;;https://e.invalid\x1b\\link\x1b]8;;\x1b\\y", "xlinky"),  # OSC 8 hyperlink
    ("x\x1bP1$r\x1b\\y", "xy"),  # DCS
    ("x\x1b_apc\x1b\\y\x1b^pm\x1b\\z\x1bXsos\x1b\\w", "xyzw"),  # APC, PM, SOS
    ("x\x9b31my", "xy"),  # C1 CSI
    ("x\x9d0;title\x9cy", "xy"),  # C1 OSC with C1 string terminator
    ("a\x1b(Bb\x1b7c", "abc"),  # charset selection, save cursor
    ("lone\x1b", "lone"),
    ("nul\x00byte bell\x07 bs\x08 del\x7f", "nulbyte bell bs del"),
    ("crlf\r\nline\rend", "crlf\nline\nend"),
    ("vertical\x0btab form\x0cfeed", "vertical tab form feed"),
    ("\u202etxt.exe\u202c and \u2066iso\u2069", "txt.exe and iso"),
    ("surrogate \ud800 here", "surrogate \ufffd here"),
    ("unterminated \x1b]0;title\nnext line", "unterminated \nnext line"),
])
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_clean_text_keeps_ordinary_unicode() -> None:
    text = "Zürich “quotes” — Łódź 東京 emoji 👩‍👩‍👧 zero\u200dwidth joiner"
    assert clean_text(text) is text or clean_text(text) == text


def test_clean_line_folds_whitespace_and_controls() -> None:
    assert clean_line("  A\n title\t with\x1b[1m bold\x1b[0m \u202e ") == "A title with bold"


# ---- decoding -----------------------------------------------------------------------------


def test_decode_boms_and_encodings() -> None:
    text = "“Zürich” café"
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))[0] == text
    assert decode_bytes(text.encode("utf-16"))[0] == text  # with its BOM
    assert decode_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))[0] == text
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")
    assert decode_bytes("Zürich Straße".encode("latin-1"))[0] == "Zürich Straße"


def test_decode_utf16_without_bom() -> None:
    text = "A plain English sentence with no byte order mark at all."
    assert decode_bytes(text.encode("utf-16-le"))[0] == text
    assert decode_bytes(text.encode("utf-16-be"))[0] == text


def test_decode_non_western_single_byte_text_with_charset_normalizer() -> None:
    text = "Президент заявил журналистам, что переговоры продолжатся на следующей неделе. " * 3
    decoded, _ = decode_bytes(text.encode("cp1251"))
    assert decoded == text


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    b"%PDF-1.7\n" + bytes(range(256)),
    bytes((i * 73 + 41) % 256 for i in range(4096)),  # noise with many control bytes
])
def test_decode_binary_is_not_text(data: bytes) -> None:
    with pytest.raises(NotText, match="not text"):
        decode_bytes(data)


# ---- sniffing -----------------------------------------------------------------------------


@pytest.mark.parametrize(("head", "suffix", "expected"), [
    ("Headline\n\nBody.", ".txt", "text"),
    ("[Photo] A caption and then text", ".txt", "text"),
    ('{"title": "x"}', ".txt", "json"),
    ('{"title": "x"}\n{"title": "y"}\n', ".txt", "jsonl"),
    ('[\n  {"title": "x"}\n]', ".txt", "json"),
    ('{"title": "x"}', ".json", "json"),
    ('{"title": "x"}', ".jsonl", "jsonl"),
    ("{broken", ".json", "json"),
    ('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', ".xml", "rss"),
    ('<?xml version="1.0"?><!-- c --><rdf:RDF xmlns:rdf="x"></rdf:RDF>', ".xml", "rss"),
    ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', ".txt", "atom"),
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", ".txt", "html"),
    ("<p>Just a fragment</p>", ".txt", "html"),
    ("<?xml version='1.0'?><svg></svg>", ".xml", None),
    ("Plain words in an .html file", ".html", "text"),
])
def test_sniff_format(head: str, suffix: str, expected: str | None) -> None:
    assert sniff_format(head, suffix) == expected


def test_unknown_xml_is_skipped_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "drawing.xml"
    path.write_text("<?xml version='1.0'?><svg><text>hi</text></svg>", encoding="utf-8")
    assert load_file(path) == ([], [Skipped(str(path), "XML that is neither an RSS/Atom feed "
                                                       "nor HTML")])


def test_feed_that_is_not_well_formed_still_loads_its_items(tmp_path: Path) -> None:
    path = tmp_path / "sloppy.xml"
    path.write_text('<rss version="2.0"><channel><title>S</title><item><title>Fish & chips'
                    "</title><description>Open late.</description></item>", encoding="utf-8")
    [article], _ = load_file(path)
    assert "chips" in article.title and article.text == "Open late."


# ---- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("June 18, 2024, 07:57:20 IST", "2024-06-18T07:57:20+05:30"),
    ("12 February 2025, 18:45 CET", "2025-02-12T18:45:00+01:00"),
    ("Thu 7 Nov 2024 11.05 GMT", "2024-11-07T11:05:00+00:00"),
    ("Published 28 September 2024, 5:55pm BST", "2024-09-28T17:55:00+01:00"),
    ("Oct. 14, 2025, 11:30 a.m. PDT", "2025-10-14T11:30:00-07:00"),
    ("January 25, 2025 10:12 PM GMT+11", "2025-01-25T22:12:00+11:00"),
    ("19 October 2024 · 07:00 CEST", "2024-10-19T07:00:00+02:00"),
    ("September 9, 2025 9 a.m. ET", "2025-09-09T09:00:00-04:00"),
    ("January 9, 2025 9 a.m. ET", "2025-01-09T09:00:00-05:00"),  # ET follows daylight saving
    ("2025-06-24T15:02:00Z", "2025-06-24T15:02:00+00:00"),
    ("2025-03-04", "2025-03-04"),
    ("Mon, 03 Mar 2025 10:00:00 +0000", "2025-03-03T10:00:00+00:00"),
    ("Tue, 4 Mar 2025 10:00 EST", "2025-03-04T10:00:00-05:00"),
    ("12. März 2025", "2025-03-12"),
    ("March 3, 2025", "2025-03-03"),
    ("February 30, 2025", None),
    ("not a date", None),
    ("", None),
])
def test_parse_date(raw: str, expected: str | None) -> None:
    assert parse_date(raw) == expected


def test_infer_year_from_weekday() -> None:
    reference = date(2026, 11, 28)
    assert infer_year(3, 3, 0, reference) == 2025  # Monday 3 March
    assert infer_year(12, 11, 2, reference) == 2024  # Wednesday 11 December
    assert infer_year(12, 11, None, reference) == 2025  # no weekday: the latest past one
    assert infer_year(3, 3, 0, reference, not_before=2026) == 2025  # no Monday in 2026


# ---- paths --------------------------------------------------------------------------------


def test_expand_paths_files_folders_globs_hidden_and_missing(tmp_path: Path) -> None:
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "feeds").mkdir()
    files = {
        "a/one.txt": "One\n\nBody.", "a/deep/two.html": "<p>x</p>",
        "a/deep/notes.pdf": "", "a/.secret.txt": "x", ".hidden/three.txt": "x",
        "feeds/world.xml": "<rss/>", "feeds/tech.xml": "<rss/>", "feeds/readme.md": "x",
        "a/README.md": "x", "a/deep/index.html": "<p>x</p>",
    }
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    expanded = expand_paths([str(tmp_path / "a"), str(tmp_path / "feeds" / "*.xml"),
                             str(tmp_path / "a" / "one.txt"), str(tmp_path / "missing.txt"),
                             str(tmp_path / "a" / "deep" / "notes.pdf")])
    assert expanded == sorted([
        tmp_path / "a" / "deep" / "notes.pdf",  # named explicitly: kept, whatever its type
        tmp_path / "a" / "deep" / "index.html", tmp_path / "a" / "deep" / "two.html",
        tmp_path / "a" / "one.txt",
        tmp_path / "feeds" / "tech.xml", tmp_path / "feeds" / "world.xml",
        tmp_path / "missing.txt",
    ])
    assert all(p.is_absolute() for p in expanded)


def test_load_paths_reports_missing_paths_and_unmatched_globs(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Title\n\nBody text.", encoding="utf-8")
    results = list(load_paths([str(tmp_path / "ok.txt"), str(tmp_path / "nope.txt"),
                               str(tmp_path / "none-*.xml")]))
    assert [type(r) for r in results].count(Article) == 1
    missing = {Path(r.path).name: r.reason for r in results if isinstance(r, Skipped)}
    assert missing == {"nope.txt": "no such file or directory",
                       "none-*.xml": "no such file or directory"}


def test_relative_paths_become_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "rel.txt").write_text("Title\n\nBody.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [article] = list(load_paths(["rel.txt"]))
    assert isinstance(article, Article)
    assert article.path == str(tmp_path / "rel.txt")


def test_unreadable_file_is_skipped_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Title\n\nBody.", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file")
        articles, skipped = load_file(path)
        assert articles == [] and skipped[0].reason == "Permission denied"
    finally:
        path.chmod(0o644)


def test_a_folder_given_to_load_file_is_skipped(tmp_path: Path) -> None:
    assert load_file(tmp_path) == ([], [Skipped(str(tmp_path), "is a folder")])


def test_file_names_with_control_characters_are_cleaned_in_reports(tmp_path: Path) -> None:
    path = tmp_path / "evil\x1b[2Jname.txt"
    path.write_bytes(b"")
    [skipped] = load_file(path)[1]
    assert "\x1b" not in skipped.path and skipped.path.endswith("evilname.txt")


@pytest.mark.parametrize(("charset", "text"), [
    ("windows-1251", "Москва: переговоры продолжатся"),
    ("Shift_JIS", "東京で会談が再開された"),
    ("koi8-r", "Киев"),
    ("ISO-8859-1", "“Zürich” café"),  # read as windows-1252, as browsers do
])
def test_declared_charset_of_html_is_used_when_bytes_are_not_utf8(charset: str,
                                                                  text: str) -> None:
    codec = "cp1252" if charset == "ISO-8859-1" else charset
    page = f'<html><head><meta charset="{charset}"><title>{text}</title></head></html>'
    decoded, _ = decode_bytes(page.encode(codec))
    assert text in decoded


def test_utf8_bytes_win_over_a_wrong_declaration() -> None:
    page = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Zürich “x”</title></rss>'
    assert decode_bytes(page.encode("utf-8")) == (page, "utf-8")
