"""The sessions on disk, summarised for ``newstui sessions`` (read-only: never changes a file)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tui.sessions.core import SessionError, check_session_file
from tui.sessions.names import session_files


@dataclass(frozen=True, slots=True)
class SessionInfo:
    name: str
    path: Path
    tags: int = 0
    tagged: int = 0  # articles with at least one tag
    total: int | None = None  # articles in the corpus it was last used with, when known
    last_change: str | None = None
    problem: str | None = None  # set when the file cannot be read (damaged, newer version)


def _summarise(path: Path) -> SessionInfo:
    try:
        check_session_file(path, thorough=False)  # listing many files: no page-by-page check
    except SessionError as error:
        reason = getattr(error, "reason", str(error))
        return SessionInfo(name=path.name, path=path, problem=reason)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" not in tables:  # an empty file whose creation was interrupted
            return SessionInfo(name=path.name, path=path, problem="empty (never used)")
        name_row = conn.execute("SELECT value FROM meta WHERE key='name'").fetchone()
        tags = conn.execute("SELECT count(*) FROM tags").fetchone()[0]
        tagged = conn.execute("SELECT count(DISTINCT article_id) FROM article_tags").fetchone()[0]
        total_row = conn.execute("SELECT value FROM state WHERE key='corpus_total'").fetchone()
        snapshot = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        last = conn.execute("SELECT max(at) FROM changes").fetchone()[0]
    except sqlite3.Error as error:
        return SessionInfo(name=path.name, path=path, problem=str(error))
    finally:
        conn.close()
    total = json.loads(total_row[0]) if total_row else None
    return SessionInfo(
        name=name_row[0] if name_row else path.name, path=path, tags=tags, tagged=tagged,
        total=total if isinstance(total, int) else (snapshot or None), last_change=last,
    )


def list_sessions() -> list[SessionInfo]:
    """Every session file, sorted by name (case-insensitive)."""
    return sorted((_summarise(p) for p in session_files()), key=lambda i: i.name.casefold())
