"""The session core: tags, toggles, notes, undo/redo across restarts, state, keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.sessions.conftest import make_article
from tui.model import Article
from tui.sessions import Session, SessionNotFound, TagError


def test_toggle_is_committed_before_return_and_seen_by_a_fresh_connection(
        session_factory, articles: list[Article]) -> None:
    session = session_factory()
    assert session.toggle_tag(articles[0], "Verified") is True
    # A separate raw connection (as after kill -9) sees it: it was committed, not buffered.
    raw = sqlite3.connect(session.path)
    rows = raw.execute("SELECT article_id, name FROM article_tags JOIN tags "
                       "ON tags.id = article_tags.tag_id").fetchall()
    raw.close()
    assert rows == [(articles[0].id, "Verified")]
    assert session.toggle_tag(articles[0], "verified") is False  # names are case-insensitive
    assert session.article_tags(articles[0].id) == []


def test_wal_and_full_sync(session_factory) -> None:
    session = session_factory()
    assert session._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert session._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert session._conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_add_tag_assigns_keys_and_colours(session_factory) -> None:
    session = session_factory()
    tags = [session.add_tag(f"t{i}") for i in range(11)]
    assert [t.key for t in tags] == [1, 2, 3, 4, 5, 6, 7, 8, 9, None, None]
    assert len({t.color for t in tags[:10]}) == 10  # the palette is used before repeating
    assert session.add_tag("T3") == tags[3]  # existing tag returned, no duplicate
    session.delete_tag("t2")
    assert session.add_tag("new").key == 3  # the freed key is reused
    assert session.tag_for_key(3).name == "new"


def test_set_key_swaps_rename_colour_move(session_factory) -> None:
    session = session_factory()
    session.add_tag("a")
    session.add_tag("b")
    session.set_tag_key("b", 1)
    assert (session.tag("a").key, session.tag("b").key) == (2, 1)
    with pytest.raises(TagError):
        session.set_tag_key("a", 10)
    session.rename_tag("a", "alpha")
    assert session.tag("a") is None and session.tag("ALPHA").key == 2
    with pytest.raises(TagError):
        session.rename_tag("alpha", "B")
    session.rename_tag("alpha", "Alpha")  # changing only the case is allowed
    assert session.tag("alpha").name == "Alpha"
    session.set_tag_color("b", "#12AB56")
    assert session.tag("b").color == "#12ab56"
    for bad in ("red", "#12345", "[b]x[/b]", "#1234567"):
        with pytest.raises(TagError):
            session.set_tag_color("b", bad)
    with pytest.raises(TagError):
        session.add_tag("c", color="blue")
    assert [t.name for t in session.move_tag("b", 0)] == ["b", "Alpha"]
    assert [t.name for t in session.move_tag("b", 5)] == ["Alpha", "b"]


@pytest.mark.parametrize("bad", ["", "   ", "a;b", "x\x1b[31m", "\u202eevil", "x" * 81])
def test_bad_tag_names_are_refused(session_factory, bad: str) -> None:
    with pytest.raises(TagError):
        session_factory().add_tag(bad)


def test_undo_redo_survive_a_restart(session_factory, articles: list[Article]) -> None:
    session = session_factory()
    session.toggle_tag(articles[0], "keep")
    session.toggle_tag(articles[1], "keep")
    session.close()
    again = session_factory()
    assert "keep" in again.undo()
    assert again.article_tags(articles[1].id) == []
    assert again.article_tags(articles[0].id) == ["keep"]
    again.close()
    third = session_factory()
    assert third.redo() is not None
    assert third.article_tags(articles[1].id) == ["keep"]
    assert third.redo() is None


def test_toggle_creating_a_tag_is_one_undo_step(session_factory, articles) -> None:
    session = session_factory()
    session.toggle_tag(articles[0], "fresh")
    assert session.undo() is not None
    assert session.tags() == [] and session.article_tags(articles[0].id) == []
    assert session.undo() is None


def test_new_change_discards_redo_but_keeps_the_log(session_factory, articles) -> None:
    session = session_factory()
    session.toggle_tag(articles[0], "a")
    session.undo()
    session.toggle_tag(articles[1], "b")
    assert session.redo() is None
    states = [state for _, _, state in session.history()]
    assert states == ["done"]  # the discarded change is hidden from history...
    rows = session._conn.execute("SELECT state FROM changes ORDER BY seq").fetchall()
    assert rows == [("discarded",), ("done",)]  # ...but never deleted


def test_delete_tag_removes_uses_and_undo_restores_them(session_factory, articles) -> None:
    session = session_factory()
    session.apply_tag(articles, "bulk")
    session.toggle_tag(articles[0], "other")
    assert session.delete_tag("bulk") == 3
    assert session.tags_for(a.id for a in articles) == {articles[0].id: ["other"]}
    session.undo()
    restored = session.tag("bulk")
    assert restored is not None and restored.key == 1
    assert session.tags_for(a.id for a in articles) == {
        articles[0].id: ["bulk", "other"], articles[1].id: ["bulk"], articles[2].id: ["bulk"]}


def test_apply_tag_bulk_is_one_step(session_factory, articles) -> None:
    session = session_factory()
    session.toggle_tag(articles[0], "x")
    assert session.apply_tag(articles + articles, "x") == 2  # already-tagged and repeats skipped
    assert session.progress(a.id for a in articles) == (3, 3)
    session.undo()
    assert session.progress([a.id for a in articles] + ["unknown"]) == (1, 4)
    ids = {a.id for a in articles}
    assert session.progress(ids) == (1, 3)  # a set: counted from the smaller side
    assert session.progress(frozenset(ids | {f"other{i}" for i in range(10)})) == (1, 13)
    assert session.progress(iter([articles[0].id, "x"])) == (1, 2)
    session.redo()
    assert session.apply_tag(articles[:2], "x", remove=True) == 2
    assert session.untagged(a.id for a in articles) == [articles[0].id, articles[1].id]
    assert session.apply_tag(articles, "missing", remove=True) == 0


def test_tags_follow_the_article_id_not_the_path(session_factory) -> None:
    session = session_factory()
    original = make_article("Same story", "Body text here.", path="/old/place.txt")
    moved = make_article("Same  story", "Body   text here.", path="/new/renamed.html")
    assert original.id == moved.id
    session.toggle_tag(original, "seen")
    assert session.article_tags(moved.id) == ["seen"]
    session.toggle_tag(moved, "seen")
    assert session.article_tags(original.id) == []


def test_notes(session_factory, articles) -> None:
    session = session_factory()
    session.set_note(articles[0], "  call the ministry  ")
    assert session.note(articles[0].id) == "call the ministry"
    session.set_note(articles[0], "")
    assert session.note(articles[0].id) == ""
    session.undo()
    assert session.note(articles[0].id) == "call the ministry"
    session.set_note(articles[0], "call the ministry")  # unchanged: no new undo step
    assert session.undo() is not None and session.note(articles[0].id) == ""
    session.set_note(articles[1], "ring \x1b[31mred\x1b[0m\x07 back\nlater")
    assert session.note(articles[1].id) == "ring red back\nlater"  # escapes never stored


def test_tag_counts(session_factory, articles) -> None:
    session = session_factory()
    session.add_tag("unused")
    session.apply_tag(articles, "all")
    session.toggle_tag(articles[0], "one")
    assert session.tag_counts() == {"unused": 0, "all": 3, "one": 1}


def test_state_resumes(session_factory) -> None:
    session = session_factory()
    session.set_state("article_id", "abc")
    session.set_state("scroll", {"list": 120, "reader": 3})
    session.set_state("query", "tag:verified putin")
    session.close()
    again = session_factory()
    assert again.get_state("article_id") == "abc"
    assert again.get_state("scroll") == {"list": 120, "reader": 3}
    assert again.get_state("query") == "tag:verified putin"
    assert again.get_state("missing", 7) == 7
    assert again.undo() is None  # state is not an undoable change


def test_open_without_create(session_factory) -> None:
    with pytest.raises(SessionNotFound):
        Session.open("nope", create=False)
    session_factory("exists")
    assert Session.open("EXISTS", create=False).name == "exists"


def test_snapshot_keeps_the_article(session_factory, articles) -> None:
    session = session_factory()
    session.toggle_tag(articles[1], "x")
    row = session._conn.execute(
        "SELECT id, path, url, title, text, published, source FROM articles").fetchall()
    a = articles[1]
    assert row == [(a.id, a.path, a.url, a.title, a.text, a.published, a.source)]


def test_session_file_lives_in_the_data_dir(session_factory, newstui_home: Path) -> None:
    session = session_factory()
    assert session.path.parent == newstui_home / "data" / "sessions"
