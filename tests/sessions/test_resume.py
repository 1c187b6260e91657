"""Which session to resume, the recent list, kill -9 safety, schema versions, threads."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.sessions.conftest import make_article
from tui.sessions import (
    Session,
    SessionDamaged,
    SessionError,
    corpus_key,
    default_session_name,
    last_session_for,
    recent_sessions,
    remember_session,
    session_name_for,
    session_path,
)
from tui.sessions.core import SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[2]


def test_without_session_resumes_the_last_one_for_that_corpus(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    assert session_name_for([str(news)]) == "news"  # first time: named after the corpus
    with Session.open("ukraine coding") as session:
        session.set_corpus(corpus_key([str(news)]), 42)
    # the same corpus reached through another spelling of the path
    assert session_name_for([str(news) + "/"]) == "ukraine coding"
    assert session_name_for([str(news / ".." / "news")]) == "ukraine coding"
    assert session_name_for([str(tmp_path / "other")]) == "other"
    with Session.open("ukraine coding") as session:
        assert session.get_state("corpus_total") == 42


def test_default_names() -> None:
    assert default_session_name([]) == "sample articles"
    assert default_session_name(["/data/feeds/reuters.xml"]) == "reuters"
    assert default_session_name(["/data/b", "/data/a", "/data/c"]) == "a +2"
    assert default_session_name(["/"]) == "corpus"
    assert default_session_name(["/data/news/*.html"]) == "news"
    assert default_session_name(["/data/feeds/**/x?.xml"]) == "feeds"
    assert default_session_name(["/data/v1.2/"]) == "v1.2"  # a folder keeps its dots
    assert corpus_key(["/x/b", "/x/a"]) == corpus_key(["/x/a", "/x/b", "/x/a"])


def test_recent_sessions_most_recent_first_and_existing_only() -> None:
    for name in ("one", "two", "three"):
        Session.open(name).close()
        remember_session(None, name)
    remember_session("corpus", "one")
    assert recent_sessions() == ["one", "three", "two"]
    session_path("three").unlink()
    assert recent_sessions() == ["one", "two"]
    assert last_session_for("corpus") == "one" and last_session_for("unknown") is None


def test_a_damaged_recent_file_is_ignored(newstui_home: Path) -> None:
    Session.open("x").close()
    (newstui_home / "data" / "sessions" / "recent.json").write_text("{not json", "utf-8")
    assert recent_sessions() == [] and last_session_for("c") is None
    remember_session("c", "x")
    assert last_session_for("c") == "x"


_TAGGER = """
import sys
from tui.model import Article
from tui.sessions import Session

session = Session.open("killed")
for i in range(100000):
    article = Article(id=f"a{i}", path="/p", format="text", title=f"t{i}", text="body")
    session.toggle_tag(article, ("one", "two")[i % 2])
    print(i, flush=True)  # shown only after the call returned (committed)
"""


def test_kill_9_loses_nothing_that_was_reported(newstui_home: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "-c", _TAGGER], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    reported = -1
    for line in process.stdout:
        reported = int(line)
        if reported >= 60:
            break
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    with Session.open("killed") as session:
        tagged = session.tagged_ids()
        assert {f"a{i}" for i in range(reported + 1)} <= tagged
        assert session._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # and undo still works on what the killed process did
        assert session.undo() is not None


def test_a_file_from_a_newer_version_is_refused_untouched() -> None:
    Session.open("future").close()
    path = session_path("future")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SessionError) as caught:
        Session.open("future")
    assert not isinstance(caught.value, SessionDamaged)
    assert "newer newstui" in str(caught.value)
    assert path.read_bytes() == before


def test_an_interrupted_creation_is_completed(newstui_home: Path) -> None:
    path = session_path("half")
    sqlite3.connect(path).close()  # an SQLite file with no tables yet (0 bytes here)
    with pytest.raises(SessionDamaged):
        Session.open("half")  # an empty file is never written over...
    path.unlink()
    conn = sqlite3.connect(path)  # ...but a valid, table-less SQLite file is initialised
    conn.execute("PRAGMA user_version=0")
    conn.execute("CREATE TABLE t(x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    with Session.open("half") as session:
        session.add_tag("works")
        assert session.name == "half"


def test_revision_changes_on_changes_not_on_state(articles) -> None:
    first = Session.open("rev")
    second = Session.open("rev")
    try:
        start = first.revision
        first.toggle_tag(articles[0], "a")
        assert first.revision > start
        current = first.revision
        first.set_state("scroll", 3)
        assert first.revision == current
        first.undo()
        assert first.revision > current
        before = second.revision
        second.refresh()
        assert second.revision > before
    finally:
        first.close()
        second.close()


def test_threads_share_one_session(articles) -> None:
    session = Session.open("threads")
    many = [make_article(f"t{i}", f"text {i}") for i in range(200)]
    errors: list[BaseException] = []

    def work(part: list) -> None:
        try:
            for article in part:
                session.toggle_tag(article, "x")
                session.tags_for([article.id])
        except BaseException as error:  # noqa: BLE001 - reported by the assert below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(many[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert session.progress([a.id for a in many]) == (200, 200)
    session.close()
    with Session.open("threads") as again:
        assert len(again.tagged_ids("x")) == 200


def test_migrations_upgrade_an_older_file_in_place(articles, monkeypatch) -> None:
    from tui.sessions import core

    with Session.open("old") as session:
        session.toggle_tag(articles[0], "kept")
    monkeypatch.setattr(core, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(core.MIGRATIONS, SCHEMA_VERSION + 1,
                        "ALTER TABLE notes ADD COLUMN author TEXT; "
                        "CREATE INDEX notes_by_author ON notes(author)")
    with Session.open("old") as session:
        version = session._conn.execute("PRAGMA user_version").fetchone()[0]
        columns = [r[1] for r in session._conn.execute("PRAGMA table_info(notes)")]
        assert version == SCHEMA_VERSION + 1 and "author" in columns
        assert session.article_tags(articles[0].id) == ["kept"]
        assert session.undo() is not None  # the change log survived the upgrade
