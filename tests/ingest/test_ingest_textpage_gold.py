"""Text pages: title, byline, published and boilerplate removal against the gold metadata of
the seed and the 16 dev articles (tests/fixtures/gold)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.ingest import load_file
from tui.model import article_id

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOLD_FILES = [FIXTURES / "gold" / "seed.json", *sorted((FIXTURES / "gold" / "dev").glob("*.json"))]


def article_file(gold_file: Path) -> Path:
    if gold_file.name == "seed.json":
        return FIXTURES / "seed" / "firstpost-putin-north-korea.txt"
    return gold_file.with_suffix(".txt")


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_text_page_metadata_and_body_match_gold(gold_file: Path) -> None:
    metadata = json.loads(gold_file.read_text(encoding="utf-8"))["metadata"]
    path = article_file(gold_file)
    articles, skipped = load_file(path)
    assert skipped == []
    [article] = articles
    assert article.format == "text"
    assert article.path == str(path.absolute())
    assert article.title == metadata["title"]
    assert article.byline == metadata["byline"]
    assert article.published == metadata["published"]
    assert article.id == article_id(article.title, article.text)
    assert article.warnings == []

    body_lines = set(article.text.split("\n"))
    boilerplate = set(metadata["boilerplate_lines"])
    assert not boilerplate & body_lines, sorted(boilerplate & body_lines)
    # Every other line of the page (the headline and byline/date lines aside) is kept.
    raw = path.read_text(encoding="utf-8")
    header = article.text.split("\n", 1)[0]
    for line in raw.split("\n"):
        line = line.strip()
        if not line or line in boilerplate or line == metadata["title"]:
            continue
        if metadata["byline"] and metadata["byline"] in line and len(line) < 80:
            continue  # the byline line ("By X", "X, Markets Reporter") is metadata
        if line in body_lines:
            continue
        assert metadata["published"][:4] in line and len(line) < 80, (line, header)


EXPECTED_SOURCES = {
    "seed": "Firstpost", "01-denmark-confidence-vote": "Nordic Ledger",
    "02-ashworth-pike-profit-warning": "Square Mile Post",
    "03-california-delivery-law-blocked": "Valley Courier",
    "04-fife-rovers-top": "Pitchside Scotland", "05-portland-burnside-bridge": "Rose City Dispatch",
    "06-sudan-geneva-talks": "Meridian Wire", "07-norges-bank-holds": "Meridian Wire",
    "08-eu-court-reinholt-fine": "Meridian Wire", "09-who-cholera-east-africa": "Meridian Wire",
    "10-australian-open-tanaka": "Meridian Wire", "11-lumora-halo-glasses": "Meridian Wire",
}


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_source_is_found_where_the_page_names_it(gold_file: Path) -> None:
    [article], _ = load_file(article_file(gold_file))
    # The features (12-16) name no outlet anywhere: the source stays unknown.
    assert article.source == EXPECTED_SOURCES.get(gold_file.stem, "")


def test_seed_body_starts_with_the_standfirst_and_keeps_quotes() -> None:
    [article], _ = load_file(article_file(GOLD_FILES[0]))
    assert article.text.startswith("Talking about his trip, Putin said, ‘Bilateral cooperation")
    assert "“firmly supporting” Moscow’s war against Ukraine." in article.text
    assert article.text.endswith("“unilateral and illegal restrictive measures.”")
    # The caption appeared twice in the scrape: both copies are gone.
    assert "Source REUTERS/FILE" not in article.text
