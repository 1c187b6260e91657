"""Tagging keys (issue 3) with Pilot, on a real Library and a real session in a temp home."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from tui.sessions import Session, session_path
from tui.ui.annotation_panel import AnnotationPanel
from tui.ui.app import NewsApp
from tui.ui.article_list import ArticleList
from tui.ui.detail_screen import DetailScreen
from tui.ui.list_screen import ListScreen
from tui.ui.session_widgets import Choose, Confirm, DamagedSession, ManageTags, TagBar, TextPrompt

SESSION = "desk"


def current_id(app: NewsApp) -> str:
    return app.list_screen.query_one(ArticleList).current_id


def tag_bar(app: NewsApp) -> str:
    return str(app.screen.query_one(TagBar).content)


def row_text(app: NewsApp, index: int) -> str:
    articles = app.list_screen.query_one(ArticleList)
    return articles._render_row(index, 120, False).text


async def answer(pilot: Pilot, text: str) -> None:
    """Type into the open prompt and press Enter."""
    assert isinstance(pilot.app.screen, TextPrompt)
    await pilot.press("ctrl+u", *text, "enter")
    await pilot.pause()


async def test_t_adds_a_tag_and_number_keys_toggle_it(corpus, make_app, settle):
    app = make_app(corpus, session=SESSION)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert app.sub_title == SESSION
        first = current_id(app)
        await pilot.press("t")
        await pilot.pause()
        await answer(pilot, "urgent")
        assert app.session.article_tags(first) == ["urgent"]
        assert app.session.tag("urgent").key == 1
        assert "✓urgent" in tag_bar(app) and "1/5 tagged" in tag_bar(app)
        assert row_text(app, 0).rstrip().endswith("urgent")

        await pilot.press("j", "1")  # key 1 toggles "urgent" on the second article
        second = current_id(app)
        assert app.session.article_tags(second) == ["urgent"]
        assert "2/5 tagged" in tag_bar(app)
        await pilot.press("1")  # and off again
        assert app.session.article_tags(second) == []
        assert "1/5 tagged" in tag_bar(app)
        await pilot.press("5")  # no tag on key 5: nothing changes
        assert app.session.tagged_count() == 1


async def test_undo_and_redo_work_across_a_restart(corpus, make_app, settle):
    app = make_app(corpus, session=SESSION)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.session.add_tag("urgent")
        await pilot.press("1")
        first = current_id(app)
        assert app.session.article_tags(first) == ["urgent"]

    again = make_app(corpus, session=SESSION)
    async with again.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert again.session.article_tags(first) == ["urgent"]
        await pilot.press("u")
        assert again.session.article_tags(first) == []
        await pilot.press("ctrl+y")
        assert again.session.article_tags(first) == ["urgent"]
        await pilot.press("ctrl+z")
        assert again.session.article_tags(first) == []


async def test_capital_t_renames_recolours_rekeys_and_deletes(corpus, make_app, settle):
    app = make_app(corpus, session=SESSION)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.session.add_tag("urgnt")
        app.session.add_tag("later")
        await pilot.press("1")

        await pilot.press("T")
        await pilot.pause()
        assert isinstance(app.screen, ManageTags)
        await pilot.press("r")
        await pilot.pause()
        await answer(pilot, "urgent")
        assert [t.name for t in app.session.tags()] == ["urgent", "later"]
        assert app.session.article_tags(current_id(app)) == ["urgent"]

        assert isinstance(app.screen, ManageTags)  # it reopens on the same tag
        await pilot.press("c")
        await pilot.pause()
        await answer(pilot, "#123456")
        assert app.session.tag("urgent").color == "#123456"

        await pilot.press("k")
        await pilot.pause()
        await answer(pilot, "7")
        assert app.session.tag("urgent").key == 7
        assert app.session.tag_for_key(7).name == "urgent"

        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert "1 articles" in str(app.screen.query_one(Static).content)
        await pilot.press("n")  # no: nothing deleted
        await pilot.pause()
        assert app.session.tag("urgent") is not None
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.session.tag("urgent") is None
        assert app.session.tagged_count() == 0
        await pilot.press("q")  # closes the dialog, does not quit
        await pilot.pause()
        assert isinstance(app.screen, ListScreen) and app.is_running


async def test_capital_a_tags_every_match_after_confirming_the_count(corpus, make_app, settle):
    app = make_app(corpus, session=SESSION)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"putin", "enter")
        await settle(pilot)
        matches = [app.list_screen.query_one(ArticleList).row(i).id
                   for i in range(app.list_screen.query_one(ArticleList).total)]
        assert 0 < len(matches) < 5
        await pilot.press("A")
        await pilot.pause()
        await answer(pilot, "russia")
        assert isinstance(app.screen, Confirm)
        assert f"all {len(matches)} articles" in str(app.screen.query_one(Static).content)
        await pilot.press("y")
        await settle(pilot)
        assert app.session.tagged_ids("russia") == set(matches)
        await pilot.press("u")  # one undo step for the whole batch
        assert app.session.tagged_ids("russia") == set()


async def test_capital_n_writes_a_note(corpus, make_app, settle):
    app = make_app(corpus, session=SESSION)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # notes work from the article too
        await pilot.pause()
        await settle(pilot)
        article_id = app.screen.article_id
        await pilot.press("N")
        await pilot.pause()
        await answer(pilot, "check the [b]quote[/b] with the desk")
        assert app.session.note(article_id) == "check the [b]quote[/b] with the desk"
        meta = str(app.screen.query_one("#meta", Static).content)
        assert "Note: check the [b]quote[/b] with the desk" in meta
        await pilot.press("N")
        await pilot.pause()
        assert app.screen.query_one(Input).value == "check the [b]quote[/b] with the desk"
        await answer(pilot, "")
        assert app.session.note(article_id) == ""


async def test_span_tag_from_the_side_panel(corpus, make_app, settle):
    app = make_app(corpus, session=SESSION)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"pyongyang", "enter")
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        screen = app.screen
        panel = screen.query_one(AnnotationPanel)
        index = next(i for i in range(panel.option_count)
                     if (panel.get_option_at_index(i).id or "").startswith("quote-"))
        quote = panel.occurrences(panel.get_option_at_index(index).id)[0]
        panel.focus()
        panel.highlighted = index
        await pilot.press("s")
        await pilot.pause()
        await answer(pilot, "verified")
        tags = app.session.span_tags(screen.article_id)
        assert [(t.tag, t.layer, t.start, t.end, t.text) for t in tags] == [
            ("verified", "quote", quote.start, quote.end, quote.text)]
        # The panel marks the entry, and stays on it.
        assert panel.highlighted == index
        assert str(panel.get_option_at_index(index).prompt).endswith("[verified]")
        await pilot.press("s")  # again: the same tag toggles off
        await pilot.pause()
        await answer(pilot, "verified")
        assert app.session.span_tags(screen.article_id) == []
        assert "[verified]" not in str(panel.get_option_at_index(index).prompt)


async def test_triage_walks_the_untagged_articles(corpus, make_app, settle):
    seeded = Session.open(SESSION)
    seeded.add_tag("keep")
    seeded.close()
    app = make_app(corpus, session=SESSION, triage=True)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)  # --triage opens the first untagged
        order = [app.list_screen.query_one(ArticleList).row(i).id for i in range(5)]
        assert app.screen.article_id == order[0]
        assert "TRIAGE" in tag_bar(app)
        await pilot.press("1")  # a decision moves on
        await settle(pilot)
        assert app.screen.article_id == order[1]
        await pilot.press("1", "1", "1")
        await settle(pilot)
        assert app.screen.article_id == order[4]
        await pilot.press("1")
        await settle(pilot)
        assert app.session.tagged_count() == 5
        assert not app.triage  # done: nothing untagged is left
        assert "TRIAGE" not in tag_bar(app)


async def test_capital_s_switches_to_a_new_session(corpus, make_app, settle):
    app = make_app(corpus, session=SESSION)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        app.session.add_tag("urgent")
        await pilot.press("1")
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, Choose)
        labels = [str(o.prompt) for o in app.screen.query_one(OptionList)._options]
        assert SESSION in labels and labels[-1] == "New session…"
        await pilot.press("end", "enter")
        await pilot.pause()
        await answer(pilot, "second desk")
        await settle(pilot)
        assert app.session.name == "second desk" and app.sub_title == "second desk"
        assert app.session.tagged_count() == 0
        assert "0/5 tagged" in tag_bar(app)


async def test_restart_resumes_the_query_and_the_article(corpus, make_app, settle):
    app = make_app(corpus, session=SESSION)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"norges", "enter")
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        opened = app.screen.article_id

    again = make_app(corpus)  # no --session: the corpus's last session
    async with again.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert again.session.name == SESSION
        assert again.list_screen.query_one(Input).value == "norges"
        assert isinstance(again.screen, DetailScreen)
        assert again.screen.article_id == opened


async def test_a_damaged_session_is_left_alone_and_a_new_one_offered(corpus, make_app, settle):
    path = session_path(SESSION)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a session database" * 10)
    before = path.read_bytes()
    app = make_app(corpus, session=SESSION)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, DamagedSession)
        assert SESSION in str(app.screen.query(Static)[1].content)
        await pilot.press("enter")  # "Start desk (2)" has the focus
        await settle(pilot)
        assert app.session.name == f"{SESSION} (2)"
        assert path.read_bytes() == before
        await pilot.press("t")
        await pilot.pause()
        await answer(pilot, "fine")
        assert app.session.tagged_count() == 1


async def test_tags_from_another_process_show_on_refresh(corpus, make_app, settle):
    app = make_app(corpus, session=SESSION)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        first = current_id(app)
        other = Session.open(SESSION)  # as a second newstui on the same session would
        try:
            other.toggle_tag(app.library.get(first), "from elsewhere")
        finally:
            other.close()
        await pilot.pause(2.5)  # the app looks for others' changes every 2 s
        assert "✓from elsewhere" in tag_bar(app)
        assert row_text(app, 0).rstrip().endswith("from elsewhere")
