"""Background annotation, the entity list (E) and the quotes view (Q), with App.run_test +
Pilot on a real Library over the small UI corpus (conftest.py: fake recogniser, temp home)."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Input, OptionList, Static

from tests.ui.conftest import fake_annotator
from tui.library import Library
from tui.model import Annotations, Span
from tui.ui.app import NewsApp
from tui.ui.article_list import ArticleList
from tui.ui.article_view import ArticleView
from tui.ui.corpus_views import (
    EntityListScreen,
    QuoteDetailScreen,
    QuoteEntry,
    QuotesScreen,
    entity_query,
    group_by_speaker,
    quote_entries,
)
from tui.ui.detail_screen import DetailScreen
from tui.ui.list_screen import ListScreen

SEED_TITLE = "Hours before his trip to North Korea, Putin praises Pyongyang"
# The markup-injection fixture names "Ana [b]Ortiz[/b]": these become an entity key and a
# speaker that look like markup (with an action), and must show literally.
HOSTILE_KEY = "[@click=app.quit]Ortiz[/]"
HOSTILE_SPEAKER = "[b]Ana[/b] [@click=app.bell]Ortiz[/]"


def titles(app: NewsApp) -> list[str]:
    articles = app.list_screen.query_one(ArticleList)
    return [articles.row(i).title for i in range(articles.total)]  # type: ignore[union-attr]


def screen_text(app: NewsApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def hostile_annotator(text: str, published: str | None) -> Annotations:
    """The conftest recogniser, with markup-looking names on the markup-injection page."""
    found = fake_annotator(text, published)
    if "[b]Ortiz[/b]" not in text:
        return found
    at = text.index("[b]Ortiz[/b]")
    entity = Span("entity", at, at + len("[b]Ortiz[/b]"), "[b]Ortiz[/b]", "PERSON", HOSTILE_KEY)
    quote_match = re.search(r"“We will not[^”]*”", text)
    assert quote_match is not None
    quote = Span("quote", quote_match.start(), quote_match.end(), quote_match.group(),
                 speaker=HOSTILE_SPEAKER)
    return Annotations(entities=[*found.entities, entity], quotes=[*found.quotes, quote],
                       dates=found.dates)


def make_app(*paths: Path, annotator=fake_annotator, **options: object) -> NewsApp:
    def library(paths_: list[str]) -> Library:
        return Library(paths_, annotator=annotator, annotator_version="corpus-views-1",
                       workers=0)

    return NewsApp([str(p) for p in paths], library_factory=library, **options)  # type: ignore[arg-type]


# -- pure helpers --------------------------------------------------------------------------


def test_entity_query_is_quoted_and_drops_quote_marks() -> None:
    assert entity_query("Vladimir Putin") == 'entity:"Vladimir Putin"'
    assert entity_query('The "Squad”  Band') == 'entity:"The Squad Band"'


def test_speakers_take_the_articles_entity_key_and_group_across_articles() -> None:
    putin_full = Span("entity", 0, 14, "Vladimir Putin", "PERSON", "Vladimir Putin")
    putin_short = Span("entity", 30, 35, "Putin", "PERSON", "Vladimir Putin")
    quotes = [Span("quote", 22, 28, "“One,”", speaker="Putin"),
              Span("quote", 42, 48, "“Two,”", speaker=None)]
    entries = quote_entries("a1", "Title", Annotations(entities=[putin_full, putin_short],
                                                       quotes=quotes))
    assert [e.speaker for e in entries] == ["Vladimir Putin", None]
    other = QuoteEntry("a2", "Other", Span("quote", 0, 5, "“Hi.”", speaker="vladimir  PUTIN"),
                       "vladimir  PUTIN")
    lone = QuoteEntry("a3", "Third", Span("quote", 0, 5, "“Yo.”", speaker="Kim"), "Kim")
    groups = group_by_speaker([*entries, other, lone])
    assert [(speaker, len(members)) for speaker, members in groups] == [
        ("Vladimir Putin", 2), ("Kim", 1), (None, 1)]


# -- background annotation -----------------------------------------------------------------


async def test_entity_search_finds_articles_never_opened_after_background_annotation(
        corpus, settle) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, rounds=5)
        assert app.scans_finished == 1 and not app.annotating
        await pilot.press("slash", *"entity:putin")
        await settle(pilot)
        found = titles(app)
        # The seed and the markup page never were opened; both mention Putin.
        assert any(title.startswith(SEED_TITLE) for title in found)
        assert len(found) == len(app.library.matching_ids("putin"))
        assert "annotating" not in str(app.list_screen.query_one("#status", Static).content)


async def test_without_background_annotation_entity_search_finds_nothing(corpus, settle,
                                                                         monkeypatch) -> None:
    # The control for the test above: the same search, annotation switched off.
    monkeypatch.setattr(NewsApp, "start_corpus_annotation", lambda self: None)
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, rounds=5)
        await pilot.press("slash", *"entity:putin")
        await settle(pilot)
        assert titles(app) == []


async def test_annotation_progress_shows_in_the_status_line_and_x_stops_it(corpus,
                                                                          settle) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, rounds=5)
        app.annotating = True
        from tui.ui.corpus_views import CorpusAnnotationProgress

        app.on_corpus_annotation_progress(CorpusAnnotationProgress(1234, 25000, 310.0))
        status = str(app.list_screen.query_one("#status", Static).content)
        assert "annotating 1,234/25,000, 310/s" in status and "x stops" in status
        assert app.check_action("cancel_scan", ()) is True
        app.annotating = False
        app.list_screen.update_status()
        assert "annotating" not in str(app.list_screen.query_one("#status", Static).content)


async def test_quit_stops_background_annotation(corpus, settle) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, rounds=5)
        app.start_corpus_annotation()
        await pilot.press("q")
        await pilot.pause()
    assert app._annotate_cancel is not None and app._annotate_cancel.is_set()


# -- entity list (E) -----------------------------------------------------------------------


async def open_entity_list(pilot, settle) -> EntityListScreen:
    await settle(pilot, rounds=5)
    await pilot.press("E")
    await pilot.pause()
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, EntityListScreen)
    return screen


async def test_entity_list_counts_filters_and_enter_filters_the_article_list(corpus,
                                                                            settle) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_entity_list(pilot, settle)
        keys = [row[0] for row in screen.rows]
        assert "Vladimir Putin" in keys and "Pyongyang" in keys
        counts = [row[2] for row in screen.rows]
        assert counts == sorted(counts, reverse=True)
        putin = next(row for row in screen.rows if row[0] == "Vladimir Putin")
        assert putin[1] == "PERSON"
        assert putin[2] == len(app.library.matching_ids("putin"))
        assert "Vladimir Putin" in screen_text(app)

        await pilot.press(*"pyo")
        await settle(pilot)
        assert [row[0] for row in screen.rows] == ["Pyongyang"]
        await pilot.press("backspace", "backspace", "backspace", *"vlad")
        await settle(pilot)
        assert [row[0] for row in screen.rows] == ["Vladimir Putin"]

        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        assert isinstance(app.screen, ListScreen)
        assert app.list_screen.query_one(Input).value == 'entity:"Vladimir Putin"'
        found = titles(app)
        assert any(title.startswith(SEED_TITLE) for title in found)
        assert len(found) == putin[2]
        assert isinstance(app.screen.focused, ArticleList)


async def test_entity_list_by_type_and_arrow_keys(corpus, settle) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_entity_list(pilot, settle)
        options = screen.query_one("#entities", OptionList)
        first = screen.highlighted_key()
        await pilot.press("down")
        assert screen.highlighted_key() != first
        await pilot.press("ctrl+t")
        await pilot.pause()
        headings = [str(options.get_option_at_index(i).prompt)
                    for i in range(options.option_count)
                    if options.get_option_at_index(i).disabled]
        assert headings[0].startswith("PERSON") and any(h.startswith("GPE") for h in headings)
        assert not options.get_option_at_index(options.highlighted).disabled
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)


async def test_entity_list_from_an_article_returns_to_the_filtered_list(corpus,
                                                                       settle) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, rounds=5)
        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        await pilot.press("E")
        await pilot.pause()
        await settle(pilot)
        await pilot.press(*"kreml", "enter")
        await pilot.pause()
        await settle(pilot)
        assert app.screen is app.list_screen
        assert app.list_screen.query_one(Input).value == 'entity:"Kremlin"'
        assert len(app.screen_stack) == 2


async def test_markup_looking_entity_and_speaker_show_literally(corpus, settle) -> None:
    app = make_app(corpus, annotator=hostile_annotator)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_entity_list(pilot, settle)
        assert HOSTILE_KEY in screen_text(app)
        await pilot.press(*"ortiz")
        await settle(pilot)
        assert HOSTILE_KEY in [row[0] for row in screen.rows]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("Q")
        await pilot.pause()
        await settle(pilot)
        assert isinstance(app.screen, QuotesScreen)
        await pilot.press(*"ortiz")
        await pilot.pause()
        assert HOSTILE_SPEAKER in screen_text(app)
        assert app.is_running  # no [@click=app.quit] ran


# -- quotes view (Q) -----------------------------------------------------------------------


async def test_quotes_view_groups_by_speaker_and_enter_opens_the_article_at_the_quote(
        corpus, settle) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, rounds=5)
        await pilot.press("slash", *"pyongyang", "enter")
        await settle(pilot)
        await pilot.press("Q")
        await pilot.pause()
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        assert screen.search == "pyongyang"
        assert not screen.loading  # not covered by Textual's loading indicator
        expected = app.library.annotations(app.library.matching_ids("pyongyang")[0]).quotes
        assert len(expected) > 3
        assert [entry.span for entry in screen.shown] == expected
        text = screen_text(app)
        assert "Vladimir Putin" in text  # the fake speaker "Putin", grouped by its entity key
        assert "matching pyongyang" in text

        await pilot.press("down", "down")
        target = screen.shown[2].span
        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        detail = app.screen
        assert isinstance(detail, QuoteDetailScreen)
        assert detail.marked == target
        view = detail.query_one(ArticleView)
        line = view.line_of_offset(target.start)
        assert view.scroll_offset.y <= line < view.scroll_offset.y + view.size.height
        assert view.scroll_offset.y > 0

        await pilot.press("n")  # the next quote of the view
        await settle(pilot)
        assert detail.marked == screen.shown[3].span
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.list_screen


async def test_quotes_view_filter_and_bad_search(corpus, settle) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, rounds=5)
        await pilot.press("Q")
        await pilot.pause()
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        everything = len(screen.shown)
        await pilot.press(*"firmly")
        await pilot.pause()
        assert 0 < len(screen.shown) < everything
        assert all("firmly" in entry.span.text.casefold() for entry in screen.shown)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("slash", *'"unclosed before:2024-13', "enter")
        await settle(pilot)
        await pilot.press("Q")
        await pilot.pause()
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, QuotesScreen)


async def test_palette_and_help_reach_both_views_and_the_search_box_keeps_e_and_q(
        corpus, settle) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, rounds=5)
        names = [str(command.title) for command in app.get_system_commands(app.list_screen)]
        assert "Entity list" in names and "Quotes view" in names
        await pilot.press("f1")
        await pilot.pause()
        sections = dict(app.screen.sections)  # type: ignore[attr-defined]
        assert ("E", "Entity list") in sections["Everywhere"]
        assert ("Q", "Quotes view") in sections["Everywhere"]
        assert "By type" in [d for _k, d in sections["Entity list (E)"]]
        assert "Open at the quote" in [d for _k, d in sections["Quotes view (Q)"]]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("slash", *"EQ")
        await settle(pilot)
        assert app.screen is app.list_screen
        assert app.list_screen.query_one(Input).value == "EQ"
