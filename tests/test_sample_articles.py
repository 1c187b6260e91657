"""The bundled corpus (`newstui` with no arguments opens it) loads whole and has much to show."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tui.annotate import annotate
from tui.ingest import FORMATS, load_paths
from tui.model import Annotations, Article, Skipped
from tui.paths import sample_articles_dir

ROOT = Path(__file__).resolve().parent.parent
SEED_NAME = "firstpost-putin-north-korea.txt"


@pytest.fixture(scope="module")
def loaded() -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in load_paths([sample_articles_dir()]):
        (skipped if isinstance(item, Skipped) else articles).append(item)
    return articles, skipped


@pytest.fixture(scope="module")
def articles(loaded: tuple[list[Article], list[Skipped]]) -> list[Article]:
    return loaded[0]


def mentioning(articles: list[Article], word: str) -> list[Article]:
    return [a for a in articles if word.casefold() in (a.title + "\n" + a.text).casefold()]


def test_sample_dir_holds_the_bundled_corpus() -> None:
    folder = sample_articles_dir()  # the checkout's folder here, tui/sample_articles installed
    assert folder.name == "sample_articles" and (folder / "text" / SEED_NAME).is_file()


def test_everything_loads_without_skips(loaded: tuple[list[Article], list[Skipped]]) -> None:
    articles, skipped = loaded
    assert skipped == []
    assert len(articles) >= 21


def test_every_format_is_present(articles: list[Article]) -> None:
    counts = Counter(a.format for a in articles)
    assert set(counts) == set(FORMATS)
    assert counts["rss"] >= 3 and counts["atom"] >= 3  # "several items each"
    assert counts["json"] >= 2 and counts["jsonl"] >= 2


def test_metadata_present_for_every_article(articles: list[Article]) -> None:
    for article in articles:
        where = f"{Path(article.path).name}#{article.item}"
        assert article.title.strip(), where
        assert article.text.strip() and not article.warnings, where
        assert article.published, where
        datetime.fromisoformat(article.published)  # valid ISO 8601
        assert article.source, where
        assert article.byline, where
    assert len({a.id for a in articles}) == len(articles)  # no two stories share an id
    assert len({a.source for a in articles}) >= 10


def test_the_readme_is_not_an_article(articles: list[Article]) -> None:
    assert not [a.path for a in articles if Path(a.path).name.lower().startswith("readme")]


def test_invented_outlets_use_reserved_domains(articles: list[Article]) -> None:
    # every article but the seed was written for the project: no real outlet's address
    urls = [a.url for a in articles if a.url]
    assert len(urls) >= len([a for a in articles if a.format != "text"])
    for url in urls:
        assert urlsplit(url).hostname.endswith(".example"), url  # type: ignore[union-attr]


def test_seed_is_bundled_verbatim() -> None:
    bundled = sample_articles_dir() / "text" / SEED_NAME
    assert bundled.read_bytes() == (ROOT / "tests" / "fixtures" / "seed" / SEED_NAME).read_bytes()


@pytest.mark.parametrize(
    ("word", "at_least"),
    [("Pyongyang", 5), ("Kim Jong Un", 5), ("Seoul", 5), ("Quillon", 5), ("Kłodzko", 4),
     ("Görlitz", 2), ("e-bike", 4), ("Verhoeven", 2)],
)
def test_stories_run_across_articles(articles: list[Article], word: str, at_least: int) -> None:
    assert len(mentioning(articles, word)) >= at_least


@pytest.mark.parametrize("word", ["Pyongyang", "Quillon", "Kłodzko", "e-bike"])
def test_each_story_spans_outlets_forms_and_days(articles: list[Article], word: str) -> None:
    found = mentioning(articles, word)
    assert len({a.source for a in found}) >= 3
    assert len({a.format for a in found}) >= 3
    assert len({a.published[:10] for a in found if a.published}) >= 3


def test_quotes_and_names_give_the_highlights_work(articles: list[Article]) -> None:
    corpus = "\n".join(a.text for a in articles)
    assert corpus.count("“") >= 60  # curly quotes
    assert corpus.count('"') >= 20  # straight quotes
    assert "«" in corpus and "»" in corpus
    for name in ("Małgorzata Wróbel", "Paweł Łukasiewicz", "Jürgen Böhm", "René Lefèvre"):
        assert name in corpus
    for relative in ("on Tuesday", "last year", "next month", "three weeks ago", "last week"):
        assert relative in corpus


def test_no_page_chrome_reaches_the_text(articles: list[Article]) -> None:
    for article in articles:
        lines = {line.strip().casefold() for line in article.text.splitlines()}
        assert "advertisement" not in lines, article.path
        assert "story continues below this ad" not in lines, article.path
        assert "cookie" not in article.text.casefold(), article.path
        assert "gtag(" not in article.text and "adConfig" not in article.text, article.path


def test_structured_files_are_well_formed() -> None:
    folder = sample_articles_dir()
    for path in folder.glob("feeds/*.xml"):
        ET.parse(path)  # the sample feeds use no DTDs or entities, so the stdlib parser is safe
    for path in folder.glob("json/*.json"):
        assert isinstance(json.loads(path.read_text(encoding="utf-8")), list)
    for path in folder.glob("json/*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert isinstance(json.loads(line), dict)


@pytest.fixture(scope="module")
def annotated(articles: list[Article]) -> list[tuple[Article, Annotations]]:
    return [(article, annotate(article.text, article.published)) for article in articles]


def test_every_article_has_highlights_to_show(
    annotated: list[tuple[Article, Annotations]],
) -> None:
    for article, found in annotated:
        where = Path(article.path).name
        assert found.quotes and found.entities and found.dates, where
    quotes = [q for _, found in annotated for q in found.quotes]
    with_speaker = [q for q in quotes if q.speaker]
    assert len(quotes) >= 100 and len(with_speaker) >= 0.75 * len(quotes)
    speakers = {q.speaker for q in with_speaker}
    assert {"René Lefèvre", "Małgorzata Wróbel"} <= speakers  # « » quotes, non-ASCII names
    in_pyongyang = [a for a, found in annotated if any(e.text == "Pyongyang"
                                                       for e in found.entities)]
    assert len(in_pyongyang) >= 5
