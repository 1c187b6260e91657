"""UI flows with App.run_test + Pilot on a real Library over a small corpus in a temp dir."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from tui.model import Article, Skipped
from tui.ui.annotation_panel import AnnotationPanel
from tui.ui.app import NewsApp
from tui.ui.article_list import ArticleList
from tui.ui.article_view import ArticleView
from tui.ui.detail_screen import DetailScreen
from tui.ui.help_screen import HelpScreen, SkippedScreen
from tui.ui.list_screen import ListScreen

SEED_TITLE = "Hours before his trip to North Korea, Putin praises Pyongyang"


def titles(app: NewsApp) -> list[str]:
    articles = app.screen.query_one(ArticleList)
    return [articles.row(i).title for i in range(articles.total)]  # type: ignore[union-attr]


def screen_text(app: NewsApp) -> str:
    """What the terminal shows, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def open_seed(pilot: Pilot, settle: Callable) -> DetailScreen:
    await settle(pilot)
    await pilot.press("slash", *"pyongyang", "enter")
    await settle(pilot)
    await pilot.press("enter")
    await pilot.pause()
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, DetailScreen)
    return screen


async def test_list_shows_every_article_then_search_filters_it(corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ListScreen)
        assert len(titles(app)) == 5
        assert "5 articles" in str(app.screen.query_one("#status", Static).content)

        await pilot.press("slash", *"pyongyang")
        await settle(pilot)
        assert app.screen.query_one(Input).value == "pyongyang"
        assert [t[:len(SEED_TITLE)] for t in titles(app)] == [SEED_TITLE]
        assert "1 article match" in str(app.screen.query_one("#status", Static).content)

        await pilot.press(*"zzz")  # "pyongyangzzz" matches nothing
        await settle(pilot)
        assert titles(app) == []
        assert "No articles match this search." in screen_text(app)


async def test_typing_in_search_never_triggers_list_keys(corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        # Straight after "/": keys are routed to the list until the focus moves.
        await pilot.press("slash", *"qjkgw?")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, ListScreen)
        assert app.screen.query_one(Input).value == "qjkgw?"


async def test_bad_query_shows_one_line_and_the_app_goes_on(corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"putin")
        await settle(pilot)
        putin_titles = titles(app)
        assert 0 < len(putin_titles) < 5
        await pilot.press(*" before:banana")
        await settle(pilot)
        error = app.screen.query_one("#query-error", Static)
        assert error.display
        assert "before:" in str(error.content) and "\n" not in str(error.content)
        assert titles(app) == putin_titles  # the last good results stay

        for _ in "banana":
            await pilot.press("backspace")
        await pilot.press(*"2030")
        await settle(pilot)
        assert not error.display
        assert titles(app) == putin_titles  # all of them are from before 2030
        await pilot.press("ctrl+u")  # clear the box (Input's own key): everything again
        await settle(pilot)
        assert len(titles(app)) == 5


async def test_keys_move_the_cursor_and_enter_opens_that_article(corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        await pilot.press("j", "j", "down", "k")
        assert articles.cursor == 2
        await pilot.press("G")
        assert articles.cursor == 4
        await pilot.press("g")
        assert articles.cursor == 0
        await pilot.press("pagedown")
        assert articles.cursor == 4  # clamped to the last row
        expected = articles.row(articles.cursor)

        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.article_id == expected.id
        assert expected.title.split()[0] in str(app.screen.query_one("#meta", Static).content)

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)


async def test_detail_shows_text_then_highlights_and_toggles_change_styles(
        corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_seed(pilot, settle)
        view = screen.query_one(ArticleView)
        text = screen.article.text
        putin = text.index("Putin")

        def style_at(offset: int) -> list:
            return [s.style for s in view.content.spans if s.start <= offset < s.end]

        def rendered_line_with(word: str):
            line = view.line_of_offset(text.index(word))
            view.scroll_to(y=line, animate=False, immediate=True)
            return view.render_line(0)

        assert screen.annotations is not None
        assert any(getattr(s, "bold", False) for s in style_at(putin))
        quote_at = text.index("“")
        assert any(getattr(s, "italic", False) for s in style_at(quote_at + 1))

        strip = rendered_line_with("Putin")
        assert any(seg.style and seg.style.bold and "Putin" in seg.text for seg in strip)

        await pilot.press("e")  # entities off: Putin is plain, quotes stay
        assert not any(getattr(s, "bold", False) for s in style_at(putin))
        assert any(getattr(s, "italic", False) for s in style_at(quote_at + 1))
        strip = rendered_line_with("Putin")
        assert not any(seg.style and seg.style.bold and "Putin" in seg.text for seg in strip)

        await pilot.press("o", "d")  # quotes and dates off too: no styles at all
        assert view.content.spans == []
        await pilot.press("e", "o", "d")
        assert any(getattr(s, "bold", False) for s in style_at(putin))


async def test_legend_and_panel_list_annotations(corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_seed(pilot, settle)
        legend = str(screen.query_one("#legend", Static).content)
        assert "person" in legend and "quotes" in legend and "dates" in legend
        panel = screen.query_one(AnnotationPanel)
        assert panel.display  # wide enough: the panel shows
        prompts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        count = screen.article.text.count("Putin")
        assert any(p.strip() == f"Vladimir Putin ×{count}" for p in prompts)
        assert any(p.strip().startswith("Entities (") for p in prompts)
        assert any(p.strip().startswith("Quotes (") for p in prompts)
        assert any(p.strip() == "Tuesday → 2024-06-18" for p in prompts)


async def test_panel_selection_scrolls_to_the_span_and_marks_it(corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(120, 24)) as pilot:
        screen = await open_seed(pilot, settle)
        view = screen.query_one(ArticleView)
        panel = screen.query_one(AnnotationPanel)
        assert view.scroll_offset.y == 0
        # The last date in the text is far below the first screen.
        last_date_index = max(i for i in range(panel.option_count)
                              if (panel.get_option_at_index(i).id or "").startswith("date-"))
        target = panel.occurrences(panel.get_option_at_index(last_date_index).id)[0]
        assert view.line_of_offset(target.start) > view.size.height

        panel.focus()
        panel.highlighted = last_date_index
        await pilot.press("enter")
        await pilot.pause()
        assert screen.marked == target
        first, last = view.scroll_offset.y, view.scroll_offset.y + view.size.height
        assert first > 0 and first <= view.line_of_offset(target.start) < last
        marks = [s for s in view.content.spans if s.style.reverse]
        assert [(s.start, s.end) for s in marks] == [(target.start, target.end)]


async def test_selecting_an_entity_again_steps_through_its_occurrences(
        corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_seed(pilot, settle)
        panel = screen.query_one(AnnotationPanel)
        index = next(i for i in range(panel.option_count)
                     if "Vladimir Putin" in str(panel.get_option_at_index(i).prompt))
        spans = panel.occurrences(panel.get_option_at_index(index).id)
        panel.focus()
        panel.highlighted = index
        seen = []
        for _ in range(3):
            await pilot.press("enter")
            await pilot.pause()
            seen.append(screen.marked)
        assert seen == spans[:3]


async def test_next_and_previous_article_without_going_back(corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        order = [app.screen.query_one(ArticleList).row(i).id for i in range(5)]
        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        screen = app.screen
        assert screen.article_id == order[0]
        await pilot.press("n")
        await settle(pilot)
        assert screen.article_id == order[1]
        await pilot.press("n", "n", "p")
        await settle(pilot)
        assert screen.article_id == order[2]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one(ArticleList).cursor == 2  # the list followed


async def test_help_lists_every_key_and_closes(corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = str(app.screen.query_one("#help-text", Static).content)
        for description in ("Search", "Open", "Entities", "Quotes", "Dates", "Panel",
                            "Next article", "Back to list", "Quit", "Help", "Toggle tag",
                            "Tag…", "Undo", "Redo", "Note", "Tag all matches", "Manage tags",
                            "Sessions", "Triage", "Tag quote/entity", "Rename", "Delete"):
            assert description in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ListScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_command_palette_reaches_the_screen_actions(corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_seed(pilot, settle)
        titles_ = {command.title for command in app.get_system_commands(screen)}
        assert {"Entities", "Quotes", "Dates", "Panel", "Next article", "Previous article",
                "Back to list", "Quit", "Help", "Toggle tag", "Tag…", "Undo", "Note",
                "Sessions", "Triage"} <= titles_

        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Dates")
        await pilot.pause(0.5)
        hits = app.screen.query_one(OptionList)
        assert any("Dates" in str(hits.get_option_at_index(i).prompt)
                   for i in range(hits.option_count))
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.screen is screen
        assert "date" not in app.layers  # the palette ran the toggle


async def test_small_terminal_hides_the_panel_and_i_toggles_it(corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "Hours before his trip" in shown and "5 articles" in shown
        screen = await open_seed(pilot, settle)
        panel = screen.query_one(AnnotationPanel)
        view = screen.query_one(ArticleView)
        assert not panel.display
        assert view.size.width >= 76
        assert "Hours before his trip" in screen_text(app)
        await pilot.press("i")
        await pilot.pause()
        assert panel.display and panel.has_focus
        assert "Entities (" in screen_text(app)
        await pilot.press("i")
        await pilot.pause()
        assert not panel.display and view.has_focus


async def test_markup_in_articles_is_shown_literally_and_runs_nothing(
        corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"injection", "enter")
        await settle(pilot)
        assert "Markup [bold red]injection[/]" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        shown = screen_text(app)
        assert "[@click=app.quit]click here[/]" in shown
        assert "Ana [b]Ortiz[/b]" in shown
        # Clicking where the would-be link is must not run its action.
        view = screen.query_one(ArticleView)
        line = view.line_of_offset(screen.article.text.index("[@click=app.quit]"))
        await pilot.click(ArticleView, offset=(20, line))
        await pilot.pause()
        assert app.is_running and app.screen is screen


async def test_skipped_files_are_announced_and_listed(corpus_with_binary, make_app, settle):
    app = make_app(corpus_with_binary)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert len(titles(app)) == 5
        assert any("1 file skipped" in n.message for n in app._notifications)
        assert "1 skipped" in str(app.screen.query_one("#status", Static).content)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, SkippedScreen)
        listed = str(app.screen.query_one("#skipped-text", Static).content)
        assert "binary-disguised.txt" in listed
        reason = app.library.skipped[0].reason
        assert reason and reason in listed


async def test_no_color_keeps_the_layers_apart(corpus, make_app, settle, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        assert app.no_color
        screen = await open_seed(pilot, settle)
        styles = screen.query_one(ArticleView).layer_styles()

        def attributes(key: str) -> tuple:
            style = styles[key]
            return (bool(style.bold), bool(style.italic), bool(style.underline),
                    bool(style.reverse))

        keys = ["entity-person", "entity-place", "quote", "date", "mark"]
        # Entity types share one attribute (colour tells them apart when there is colour);
        # the layers and the mark never do.
        assert attributes("entity-person") == attributes("entity-place")
        distinct = {attributes(key) for key in keys if key != "entity-place"}
        assert len(distinct) == 4 and (False, False, False, False) not in distinct


async def test_opening_with_no_paths_uses_the_bundled_samples(make_app, settle):
    from tui.paths import sample_articles_dir

    app = make_app(sample_articles_dir())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.screen.query_one(ArticleList).total >= 20


def test_run_opens_the_sample_articles_when_given_no_paths(monkeypatch) -> None:
    from tui.paths import sample_articles_dir
    from tui.ui import app as app_module

    opened: list[list[str]] = []

    def fake_run(self: NewsApp) -> int:
        opened.append(self.paths)
        return 0

    monkeypatch.setattr(app_module.NewsApp, "run", fake_run)
    assert app_module.run([], session=None, triage=False, ner="builtin") == 0
    assert opened == [[str(sample_articles_dir())]]


async def test_an_article_gone_from_the_index_is_one_message(corpus, make_app, settle):
    app = make_app(corpus)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        app.open_article("0000000000000000")
        await pilot.pause()
        await settle(pilot)
        assert isinstance(app.screen, ListScreen)
        assert any("no longer in the corpus" in n.message for n in app._notifications)


def slow_loader(path: Path) -> tuple[list[Article], list[Skipped]]:
    """The real loader, slowed down so the scan is still running when the test looks."""
    import time

    from tui.ingest import load_file

    time.sleep(0.4)
    return load_file(path)


async def test_scan_progress_shows_and_x_stops_it(corpus, settle):
    from tui.library import Library

    app = NewsApp([str(corpus)], library_factory=lambda paths: Library(
        paths, loader=slow_loader, workers=0))
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        status = app.screen.query_one("#status", Static)
        for _ in range(100):
            await pilot.pause(0.05)
            if "indexing" in str(status.content):
                break
        assert "indexing" in str(status.content) and "x stops" in str(status.content)
        await pilot.press("x")
        await settle(pilot)
        assert not app.scanning
        assert any("Indexing stopped" in n.message for n in app._notifications)
        assert app.library.count("") < 5  # stopped before every file was read
        assert "indexing" not in str(status.content)


async def test_a_one_megabyte_line_opens_and_scrolls(tmp_path, make_app, settle):
    corpus = tmp_path / "long"
    corpus.mkdir()
    (corpus / "long-line.txt").write_text("One enormous line\n\n" + "word " * 220_000 + "\n")
    app = make_app(corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        view = screen.query_one(ArticleView)
        assert view.wrapped_line_count > 10_000
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_offset.y > 10_000
        assert "word" in screen_text(app)
