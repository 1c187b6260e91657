"""Keys typed in one burst (as a terminal delivers a fast typist or a paste of keystrokes) all
land, in order, where they were aimed: the app must not depend on one key being handled before
the next arrives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import events
from textual._xterm_parser import XTermParser

from tui.ingest import load_file
from tui.model import Article, Skipped
from tui.ui.app import NewsApp
from tui.ui.detail_screen import DetailScreen
from tui.ui.list_screen import ListScreen, SearchBox


def burst(app: NewsApp, *chunks: str) -> None:
    """Post the key events of ``chunks`` (terminal input) at once, as the driver does when
    they arrive in one read: no key waits for the one before it to be handled."""
    for chunk in chunks:
        parser = XTermParser()  # one read each: a lone Escape is flushed as a key
        for event in [*parser.feed(chunk), *parser.feed("")]:
            if isinstance(event, events.Key):
                event.set_sender(app)
                app.post_message(event)


def slow_loader(path: Path) -> tuple[list[Article], list[Skipped]]:
    """The real loader, slowed down so the scan is still running when the test looks."""
    import time

    time.sleep(0.4)
    return load_file(path)


def screen_text(app: NewsApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def search_value(app: NewsApp) -> str:
    return app.list_screen.query_one(SearchBox).value


async def test_a_search_typed_in_one_burst_keeps_every_letter(
        corpus: Path, make_app: Callable[..., NewsApp], settle: Callable) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        burst(app, "/Pyongyang")
        await settle(pilot)
        assert search_value(app) == "Pyongyang"
        assert isinstance(app.screen, ListScreen)


async def test_slash_replaces_the_previous_query_even_in_a_burst(
        corpus: Path, make_app: Callable[..., NewsApp], settle: Callable) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"putin", "enter")
        await settle(pilot)
        burst(app, "/Norges")
        await settle(pilot)
        assert search_value(app) == "Norges"


async def test_a_burst_right_after_leaving_an_article_reaches_the_search_box(
        corpus: Path, make_app: Callable[..., NewsApp], settle: Callable) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        # Escape and the search in one go: "n", "g", "y" must not act in the article.
        burst(app, "\x1b", "/Pyongyang")
        await settle(pilot)
        assert isinstance(app.screen, ListScreen)
        assert search_value(app) == "Pyongyang"


async def test_typing_at_start_up_wins_over_the_restored_query(
        corpus: Path, make_app: Callable[..., NewsApp], settle: Callable) -> None:
    app = make_app(corpus, session="typing")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"norges", "enter")
        await settle(pilot)
        await pilot.press("enter")  # an article open when the app quits is resumed next time
        await settle(pilot)
    app = make_app(corpus, session="typing")
    async with app.run_test(size=(100, 30)) as pilot:
        burst(app, "/Putin")  # typed while the app starts: before the session is restored
        await settle(pilot)
        assert search_value(app) == "Putin"
        assert isinstance(app.screen, ListScreen)  # no article opened under the typist


async def test_escape_and_slash_read_as_one_chunk_still_search(
        corpus: Path, make_app: Callable[..., NewsApp], settle: Callable) -> None:
    """Escape then "/" within Textual's escape delay reach the app as "/" alone."""
    app = make_app(corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        burst(app, "\x1b/Pyongyang")
        await settle(pilot)
        assert isinstance(app.screen, ListScreen)
        assert search_value(app) == "Pyongyang"


async def test_a_first_open_says_indexing_before_any_row(corpus: Path, settle: Callable) -> None:
    """An empty index on the first frame is a scan to come, not "no readable files"."""
    from tui.library import Library

    app = NewsApp([str(corpus)], library_factory=lambda paths: Library(
        paths, loader=slow_loader, workers=0))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Nothing yet: indexing…" in text
        assert "no readable files" not in text
        await pilot.press("x")
        await settle(pilot)
