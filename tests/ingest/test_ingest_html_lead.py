"""An HTML body starts with the article, not with the page's headline or the kicker above it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.ingest import load_paths
from tui.ingest.html import parse_html
from tui.model import Article

SAMPLES = Path(__file__).resolve().parent.parent.parent / "sample_articles" / "html"
FIRST = "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty"


def page(header: str, title: str = "Putin and Kim sign mutual defence pact in Pyongyang") -> str:
    body = "".join(f"<p>{FIRST} in Pyongyang on Wednesday, paragraph {n}, with enough words "
                   "to read as an article body to the extractor.</p>" for n in range(6))
    return (f"<html><head><title>{title} | Pacific Ledger</title>"
            f'<meta property="og:title" content="{title}"></head><body>'
            f'<article><header>{header}</header>{body}</article></body></html>')


@pytest.mark.parametrize("header", [
    ('<p class="kicker">Korean peninsula</p><h1>Putin and Kim sign mutual defence pact in '
     "Pyongyang</h1>"),
    "<h1>Putin and Kim sign mutual defence pact in Pyongyang</h1>",
    # near-equal: other quote marks and case, a trailing site name
    "<p>Analysis</p><p>Putin and Kim Sign Mutual Defence Pact in Pyongyang – Pacific Ledger</p>",
])
def test_the_headline_and_the_kicker_above_it_are_not_the_body(header: str) -> None:
    text = parse_html(page(header)).text
    assert text.startswith(FIRST), text[:120]


def test_a_sentence_before_the_headline_is_kept() -> None:
    """Only short label lines above the headline go: a real paragraph is kept."""
    header = ("<p>Moscow and Pyongyang have courted each other for months, and diplomats "
              "expected a deal this week.</p><h1>Putin and Kim sign mutual defence pact in "
              "Pyongyang</h1>")
    text = parse_html(page(header)).text
    assert text.startswith("Moscow and Pyongyang have courted")


def test_a_short_first_paragraph_without_a_headline_is_kept() -> None:
    text = parse_html(page("<p>Korean peninsula</p>", title="Something else entirely")).text
    assert text.startswith("Korean peninsula")


def test_no_sample_page_body_starts_with_its_title_or_a_kicker() -> None:
    pages = sorted(SAMPLES.glob("*.html"))
    assert len(pages) == 4
    for item in load_paths([str(p) for p in pages]):
        assert isinstance(item, Article), item
        first = item.text.split("\n\n")[0]
        assert item.title not in first, (item.path, first)
        assert len(first) > 60, (item.path, first)  # a sentence, not a label line
    pact = next(a for a in load_paths([str(SAMPLES / "pacific-ledger-putin-kim-sign-defence-pact"
                                                      ".html")]) if isinstance(a, Article))
    assert pact.text.startswith("Russia and North Korea promise each other military help")
