"""Damaged files are reported and never touched; names never escape; two writers take turns."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.sessions.conftest import make_article
from tui.model import Article
from tui.sessions import (
    Session,
    SessionDamaged,
    SessionNameError,
    list_sessions,
    new_session_beside,
    session_path,
)

REPO = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _real_session(name: str, articles: list[Article]) -> Path:
    many = [make_article(f"story {i}", f"text of story {i} " * 20) for i in range(300)]
    with Session.open(name) as session:
        session.apply_tag(many + articles, "tag 1")  # one commit, many pages
        session.set_note(articles[0], "x" * 5000)
    path = session_path(name)
    assert not Path(f"{path}-wal").exists()  # a clean close checkpoints the WAL
    return path


def _assert_refused_untouched(name: str, path: Path, reason_part: str) -> None:
    before = _digest(path)
    size = path.stat().st_size
    with pytest.raises(SessionDamaged) as caught:
        Session.open(name)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message and reason_part in message
    assert _digest(path) == before and path.stat().st_size == size
    # and the listing shows it as damaged rather than crashing
    info = [i for i in list_sessions() if i.path == path]
    assert info and info[0].problem


def test_not_sqlite_is_refused_and_untouched() -> None:
    path = session_path("notes")
    path.write_bytes(b"these are my precious notes, not a database\n" * 100)
    _assert_refused_untouched("notes", path, "not an SQLite database")


def test_empty_file_is_refused_and_untouched() -> None:
    path = session_path("empty")
    path.write_bytes(b"")
    _assert_refused_untouched("empty", path, "empty")


def test_truncated_session_is_refused_and_untouched(articles) -> None:
    path = _real_session("cut", articles)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _assert_refused_untouched("cut", path, "damaged")


def test_garbled_pages_are_refused_and_untouched(articles) -> None:
    path = _real_session("garbled", articles)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page + 8, len(data), page):  # smash every b-tree page header after p1
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    _assert_refused_untouched("garbled", path, "damaged")


def test_other_sqlite_database_is_refused(articles) -> None:
    path = session_path("foreign")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers(id, name)")
    conn.commit()
    conn.close()
    _assert_refused_untouched("foreign", path, "not a newstui session")


def test_new_session_beside_a_damaged_one() -> None:
    session_path("work").write_bytes(b"garbage")
    beside = new_session_beside("work")
    assert beside == "work (2)"
    with Session.open(beside) as session:
        session.add_tag("ok")
    assert new_session_beside("work") == "work (3)"
    assert session_path("work").read_bytes() == b"garbage"


@pytest.mark.parametrize("name", [
    "../../escape", "/etc/passwd", "a/b/c", "..", ".", "...", "name with spaces",
    "Ünïcödé 新闻 🚀", "C:\\Windows\\system32", "-rf", "a" * 200, "con", "x.newstui-session",
])
def test_names_never_escape_the_sessions_dir(name: str, newstui_home: Path) -> None:
    sessions = (newstui_home / "data" / "sessions").resolve()
    path = session_path(name)
    assert path.resolve().parent == sessions
    assert "/" not in path.name and not path.name.startswith(".")
    with Session.open(name) as session:
        assert session.name == name
    assert [p.resolve().parent for p in sessions.iterdir()] == [sessions]


def test_similar_names_get_distinct_files_and_case_is_ignored() -> None:
    names = ["a/b", "a b", "a-b", "a.b", "A/B"]
    files = {session_path(n) for n in names}
    assert len(files) == 4  # "A/B" is "a/b"


@pytest.mark.parametrize("bad", ["", "   ", "bell\x07", "\u202eevil", "a" * 201])
def test_unusable_names_are_refused(bad: str) -> None:
    with pytest.raises(SessionNameError):
        session_path(bad)


def test_two_connections_alternate_and_see_each_other(articles) -> None:
    first = Session.open("shared")
    second = Session.open("shared")
    try:
        first.toggle_tag(articles[0], "one")
        assert second.refresh() is True
        assert second.article_tags(articles[0].id) == ["one"]
        assert second.refresh() is False  # nothing new
        second.toggle_tag(articles[1], "two")
        first.refresh()
        assert first.tags_for(a.id for a in articles) == {
            articles[0].id: ["one"], articles[1].id: ["two"]}
        # a write brings the writer's view up to date first, even without refresh()
        second.toggle_tag(articles[2], "one")
        first.toggle_tag(articles[2], "two")
        assert first.article_tags(articles[2].id) == ["one", "two"]
        # undo is shared: the latest change (first's) is undone from the second connection
        assert "two" in second.undo()
        first.refresh()
        assert first.article_tags(articles[2].id) == ["one"]
    finally:
        first.close()
        second.close()


_WRITER = textwrap.dedent("""
    import sys
    from tui.model import Article
    from tui.sessions import Session

    prefix, count = sys.argv[1], int(sys.argv[2])
    with Session.open("shared") as session:
        for i in range(count):
            article = Article(id=f"{prefix}{i}", path="/p", format="text", title="t", text="x")
            session.toggle_tag(article, "mine" if i % 2 else "both")
            if i % 10 == 0:
                session.set_note(article, f"note {prefix} {i}")
""")


def test_two_processes_writing_at_once_never_corrupt(newstui_home: Path) -> None:
    count = 120
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, prefix, str(count)], env=env,
                                stderr=subprocess.PIPE, text=True) for prefix in ("a", "b")]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    with Session.open("shared") as session:
        assert session._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert len(session.tagged_ids()) == 2 * count
        assert len(session.tagged_ids("both")) == count
        notes = session._conn.execute("SELECT count(*) FROM notes").fetchone()[0]
        assert notes == 2 * len(range(0, count, 10))


def test_relative_newstui_home_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     articles) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSTUI_HOME", "relative-home")
    with Session.open("rel") as session:
        session.toggle_tag(articles[0], "x")
    assert session.path.is_absolute()
    assert session.path.is_relative_to(tmp_path / "relative-home")
    assert [info.name for info in list_sessions()] == ["rel"]


def test_undo_that_conflicts_with_another_process_is_refused(articles) -> None:
    from tui.sessions import SessionError

    first = Session.open("conflict")
    second = Session.open("conflict")
    try:
        first.toggle_tag(articles[0], "x")
        first.toggle_tag(articles[0], "x")  # removed again
        second.refresh()
        second.delete_tag("x")  # the other process deletes the tag meanwhile...
        second._conn.execute("UPDATE changes SET state='discarded' WHERE seq=("
                             "SELECT max(seq) FROM changes)")  # ...outside this undo stack
        with pytest.raises(SessionError, match="cannot undo"):
            first.undo()  # would put a deleted tag back on the article
        assert first.article_tags(articles[0].id) == []
        assert first.tags() == []
    finally:
        first.close()
        second.close()


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_not_called_damaged(articles) -> None:
    from tui.sessions import SessionError

    with Session.open("locked away") as session:
        session.toggle_tag(articles[0], "x")
    path = session_path("locked away")
    path.chmod(0)
    try:
        with pytest.raises(SessionError) as caught:
            Session.open("locked away")
        assert not isinstance(caught.value, SessionDamaged)
    finally:
        path.chmod(0o644)
