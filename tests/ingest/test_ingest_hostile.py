"""Every file of the hostile folder (copied from ../shared/hostile/) gets its expected outcome."""

from __future__ import annotations

import shutil
import time
import tracemalloc
from pathlib import Path

import pytest

from tui.ingest import load_file, load_paths
from tui.model import Article, Skipped

HOSTILE = Path(__file__).resolve().parent.parent / "fixtures" / "hostile"
GOLD_DEV = Path(__file__).resolve().parent.parent / "fixtures" / "gold" / "dev"
# Characters that must never reach a terminal: ESC, C0 (but \n, \t), DEL, C1, bidi controls.
FORBIDDEN = {chr(c) for c in range(0x20) if chr(c) not in "\n\t"} | {chr(0x7F)}
FORBIDDEN |= {chr(c) for c in range(0x80, 0xA0)}
FORBIDDEN |= {chr(c) for c in range(0x202A, 0x202F)} | {chr(c) for c in range(0x2066, 0x206A)}


def load_one(name: str) -> tuple[list[Article], list[Skipped]]:
    return load_file(HOSTILE / name)


def the_article(name: str) -> Article:
    articles, skipped = load_one(name)
    assert skipped == [], skipped
    assert len(articles) == 1
    return articles[0]


def assert_clean(article: Article) -> None:
    for value in (article.title, article.text, article.byline or "", article.source):
        assert not FORBIDDEN & set(value), [c for c in value if c in FORBIDDEN]


def test_markup_injection_text_is_kept_literally() -> None:
    article = the_article("markup-injection.txt")
    raw = (HOSTILE / "markup-injection.txt").read_text(encoding="utf-8")
    assert article.title == "Markup [bold red]injection[/] test for the [Daily Ledger]"
    assert article.byline == "[i]Staff[/i]"
    assert article.published == "2025-03-03"
    # Every body line of the file is in the text exactly as written.
    for line in raw.split("\n")[4:]:
        assert line.strip() in article.text
    assert '"[@click=app.quit]click here[/]"' in article.text
    assert "[@click=\"app.open_url('https://example.invalid')\"]Open[/]" in article.text
    assert "$title and $$ variables, \\[escaped\\]" in article.text


def test_markup_in_html_is_kept_literally() -> None:
    article = the_article("markup-in-html.html")
    assert article.format == "html"
    assert "[red]Headline[/red]" in article.title
    assert "Body with [@click=app.quit]injected action[/]" in article.text
    assert "[b]code[/b]" in article.text
    assert "“[i]quoted markup[/i],” said [b]Someone[/b]." in article.text


def test_terminal_escapes_are_removed_and_words_kept() -> None:
    article = the_article("terminal-escapes.txt")
    assert_clean(article)
    assert article.title == "Terminal escape sequences in an article"
    for words in ("The screen should not clear.", "The clipboard should not change.",
                  "The window title should not change.", "hidden link", "must not become a link",
                  "Bidi override:", "txt.exe", "Quoted blinking text,"):
        assert words in article.text, words
    # OSC payloads (clipboard data, window title, link target) are gone with their sequences.
    for payload in ("aGFja2Vk", "pwned window title", "https://example.invalid", "52;c"):
        assert payload not in article.text
    assert "“Quoted blinking text,” said Dana Wells, spokesperson for the Port Authority." in (
        article.text
    )


def test_invalid_utf8_bytes_are_replaced_and_the_rest_kept() -> None:
    article = the_article("invalid-utf8.txt")
    assert "\ufffd" in article.text
    assert "Then valid UTF-8 again: Zürich, São Paulo, Łódź." in article.text
    assert "The mayor of Malm\ufffd said" in article.text
    assert article.byline == "Nord Staff"
    assert article.published == "2025-04-04"


def test_latin1_is_decoded() -> None:
    article = the_article("latin1.txt")
    assert article.title == "Nachrichten aus Zürich"
    assert "«Wir sind bereit», sagte Bürgermeisterin" in article.text
    assert article.byline == "Redaktion"
    assert article.published == "2025-03-12"


def test_cp1252_smart_quotes_are_decoded() -> None:
    article = the_article("cp1252-smart-quotes.txt")
    assert article.text.startswith("“We’re on schedule,” said Maria Lopez")
    assert article.byline == "City Desk"
    assert article.published == "2025-06-01"


def test_utf16_with_bom_is_decoded() -> None:
    article = the_article("utf16-bom.txt")
    assert article.title == "UTF-16 article from Kyiv"
    assert "“We keep the lights on,” said Oleh Petrenko of Ukrenergo in Kyiv" in article.text
    assert "\x00" not in article.text


@pytest.mark.parametrize("name", ["empty.txt", "whitespace-only.txt"])
def test_files_without_text_are_skipped_with_a_reason(name: str) -> None:
    articles, skipped = load_one(name)
    assert articles == []
    assert len(skipped) == 1
    assert skipped[0].reason.startswith("empty file")
    assert skipped[0].path == str(HOSTILE / name)


def test_title_only_html_is_an_article_marked_empty() -> None:
    article = the_article("title-only.html")
    assert article.title == "Only a title"
    assert article.text == ""
    assert article.warnings == ["empty body"]


@pytest.mark.parametrize("name", ["binary-disguised.txt", "png-disguised.html"])
def test_binary_data_is_not_text(name: str) -> None:
    articles, skipped = load_one(name)
    assert articles == []
    assert [s.reason for s in skipped] == ["not text"]


def test_long_line_loads_whole() -> None:
    article = the_article("long-line.txt")
    assert article.title == "One enormous line"
    assert article.byline == "Bulk Desk"
    assert len(article.text) > 1_000_000
    assert "\n" not in article.text


def test_broken_html_gives_text_and_metadata_without_script() -> None:
    article = the_article("broken.html")
    assert article.title == "Broken page & co"
    assert article.byline == "Lena Fischer"
    assert article.published == "2025-02-14T09:30:00+01:00"
    assert "“The port is open again,” said harbour master Jonas Berg on Friday in Hamburg." in (
        article.text
    )
    assert "Unclosed bold italic text" in article.text
    for script_or_style in ("not a quote", "said nobody", "document.write", "injected",
                            "color:red"):
        assert script_or_style not in article.text
    assert "Advertisement" not in article.text and "Cookie settings" not in article.text
    assert_clean(article)


def test_deep_nesting_finds_text_without_recursion_error() -> None:
    article = the_article("deep-nesting.html")
    assert article.title == "Deep nesting"
    assert article.text == "“Still here,” said the parser."


def test_billion_laughs_is_refused_fast_with_bounded_memory() -> None:
    tracemalloc.start()
    started = time.perf_counter()
    articles, skipped = load_one("billion-laughs.xml")
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert articles == []
    assert len(skipped) == 1 and skipped[0].reason.startswith("refused")
    assert "lollol" not in skipped[0].reason
    # Generous bounds: the expanded document would be gigabytes and take minutes.
    assert peak < 20 * 1024 * 1024
    assert elapsed < 5


def test_xxe_does_not_resolve_the_external_entity() -> None:
    articles, skipped = load_one("xxe.rss")
    assert articles == []
    assert len(skipped) == 1 and skipped[0].reason.startswith("refused")
    assert "root:" not in skipped[0].reason


def test_malformed_json_reports_line_and_column() -> None:
    articles, skipped = load_one("malformed.json")
    assert articles == []
    assert [s.reason for s in skipped] == ["invalid JSON: Expecting value: line 1 column 50"]


def test_partly_malformed_jsonl_keeps_good_lines_and_reports_each_bad_one() -> None:
    articles, skipped = load_one("partly-malformed.jsonl")
    assert [a.title for a in articles] == ["Council approves budget", "Second good record"]
    assert [a.item for a in articles] == [0, 2]
    assert articles[0].source == "Leeds Daily"
    assert articles[0].published == "2025-03-04"
    assert articles[0].url == "https://example.invalid/a"
    assert articles[0].text.startswith("“The budget is balanced,”")
    assert [s.reason for s in skipped] == [
        "line 2: Expecting property name enclosed in double quotes: line 1 column 2",
        "line 4: not a JSON object (a string)",
        "line 5: no title or text",
    ]


def test_every_hostile_file_has_an_outcome_and_no_control_characters() -> None:
    names = sorted(p.name for p in HOSTILE.iterdir() if p.name != "README.md")
    for name in names:
        articles, skipped = load_one(name)
        assert articles or skipped, name
        for article in articles:
            assert_clean(article)
            assert article.format in ("text", "html", "rss", "atom", "json", "jsonl")
        for skip in skipped:
            assert "\n" not in skip.reason and skip.reason


def test_hostile_folder_mixed_with_good_files_keeps_the_good_files(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed"
    shutil.copytree(HOSTILE, mixed)
    good = sorted(GOLD_DEV.glob("0*.txt"))
    for path in good:
        shutil.copy(path, mixed / path.name)
    results = list(load_paths([str(mixed), str(tmp_path / "missing.txt")]))
    articles = [r for r in results if isinstance(r, Article)]
    skipped = [r for r in results if isinstance(r, Skipped)]
    loaded = {Path(a.path).name for a in articles}
    assert {p.name for p in good} <= loaded
    assert Skipped(str(tmp_path / "missing.txt"), "no such file or directory") in skipped
    assert {Path(s.path).name for s in skipped} >= {
        "binary-disguised.txt", "png-disguised.html", "billion-laughs.xml", "xxe.rss",
        "malformed.json", "empty.txt", "whitespace-only.txt", "missing.txt",
    }
