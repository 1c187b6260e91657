"""The session store: one SQLite file per session, every change one committed transaction.

See ``tui/sessions/__init__.py`` for the public API. Implementation notes:

- WAL + ``synchronous=FULL``: a change is on disk when the call returns (kill -9 safe).
- Writes run in ``BEGIN IMMEDIATE`` with a busy timeout, so two processes on one file take
  turns instead of failing or corrupting it.
- An in-memory mirror of tags and article→tags makes ``tags_for``/``progress`` cheap for the
  list; it is reloaded when ``PRAGMA data_version`` shows another connection committed.
- Undo/redo: each change stores the rows it touched (before/after) in ``changes``; undo writes
  the "before" rows back, redo the "after" rows. The log is append-only: undone changes that a
  new change makes unreachable are marked ``discarded``, never deleted.
"""

from __future__ import annotations

import getpass
import json
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from tui.ingest.sanitize import clean_text
from tui.model import Article, Span
from tui.sessions import names
from tui.sessions.names import SessionError, clean_name, session_path

SCHEMA_VERSION = 1
APP_ID = "newstui-session"
CONTEXT_CHARS = 40  # stored either side of a span tag to re-attach it when the text changes
MAX_TAG_LENGTH = 80
PALETTE = (
    "#e5534b", "#57ab5a", "#539bf5", "#c69026", "#b083f0",
    "#39c5cf", "#e0823d", "#d66ba0", "#8ddb8c", "#96d0ff",
)
_TAG_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069;]")
_SQLITE_HEADER = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 10_000

_SCHEMA_V1 = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE tags(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color TEXT,
    key INTEGER,
    position INTEGER NOT NULL
);
CREATE TABLE article_tags(
    article_id TEXT NOT NULL,
    tag_id INTEGER NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY(article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags(tag_id, article_id);
CREATE TABLE notes(article_id TEXT PRIMARY KEY, text TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE span_tags(
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    layer TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    context_before TEXT NOT NULL,
    context_after TEXT NOT NULL,
    tag TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'attached',
    created TEXT NOT NULL
);
CREATE INDEX span_tags_by_article ON span_tags(article_id);
CREATE TABLE articles(
    id TEXT PRIMARY KEY,
    path TEXT, url TEXT, title TEXT, text TEXT, published TEXT, source TEXT
);
CREATE TABLE activity(
    article_id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    annotator TEXT NOT NULL
);
CREATE TABLE changes(
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    description TEXT NOT NULL,
    ops TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'done'
);
CREATE INDEX changes_by_state ON changes(state, seq);
CREATE TABLE state(key TEXT PRIMARY KEY, value TEXT);
"""

# Migrations: MIGRATIONS[v] upgrades a file from user_version v-1 to v.
MIGRATIONS: dict[int, str] = {1: _SCHEMA_V1}

# Tables whose rows undo/redo restores, with their primary keys.
_UNDOABLE = {
    "tags": ("id",),
    "article_tags": ("article_id", "tag_id"),
    "notes": ("article_id",),
    "span_tags": ("id",),
}


class SessionDamaged(SessionError):
    """The session file is not a readable newstui session. It is left exactly as it was."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason = _one_line(reason)
        super().__init__(
            f"session file {path} is damaged ({reason}); it was not changed — "
            "start a new session beside it or restore it from a backup"
        )


class SessionNotFound(SessionError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"no session named {name!r}")


class TagError(SessionError, ValueError):
    """A tag name or key that cannot be used, or an unknown tag."""


@dataclass(frozen=True, slots=True)
class Tag:
    id: int
    name: str
    color: str | None
    key: int | None  # 1-9: the key that toggles it, or None
    position: int  # order in the tag bar


@dataclass(frozen=True, slots=True)
class SpanTag:
    id: int
    article_id: str
    layer: str  # "entity" | "quote" | "date" (or any layer name the UI uses)
    start: int
    end: int
    text: str  # the tagged text as it was when tagged
    tag: str
    context_before: str
    context_after: str
    status: str  # stored: "attached"; from span_tags_for: "attached" | "moved" | "detached"
    created: str


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def default_annotator() -> str:
    value = os.environ.get("NEWSTUI_ANNOTATOR")
    if value:
        return value
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def clean_tag_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise TagError("a tag name cannot be empty")
    if len(cleaned) > MAX_TAG_LENGTH:
        raise TagError(f"a tag name is at most {MAX_TAG_LENGTH} characters")
    if _TAG_FORBIDDEN.search(cleaned):
        raise TagError("a tag name cannot contain ';' or control characters")
    return cleaned


_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def check_color(color: str | None) -> str | None:
    """Tag colours are "#rrggbb" (or None: the UI's default), so every UI can draw them."""
    if color is not None and not _HEX_COLOR.fullmatch(color):
        raise TagError(f"a tag colour is written #rrggbb, not {color!r}")
    return color.lower() if color else None


def _nocase(name: str) -> str:
    """SQLite's NOCASE: ASCII letters only (so the mirror agrees with the UNIQUE index)."""
    return name.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def check_session_file(path: Path, *, thorough: bool = True) -> None:
    """Raise ``SessionDamaged`` unless ``path`` is a readable newstui session (or valid empty
    SQLite). Opens read-only: a damaged file is never modified. ``thorough=False`` skips the
    page-by-page ``quick_check`` (for listings: header, schema and meta only)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise SessionError(f"cannot read session file {path}: {error.strerror}") from error
    if not header:
        raise SessionDamaged(path, "the file is empty")
    if header != _SQLITE_HEADER:
        raise SessionDamaged(path, "not an SQLite database")
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise SessionError(f"cannot open session file {path}: {error}") from error
    try:
        conn.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        if thorough:
            result = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                raise SessionDamaged(path, f"integrity check failed: {result[0]}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version == 0 and not tables:
            return  # an empty database (creation was interrupted): safe to initialise
        if "meta" not in tables:
            raise SessionDamaged(path, "an SQLite file, but not a newstui session")
        row = conn.execute("SELECT value FROM meta WHERE key='app'").fetchone()
        if not row or row[0] != APP_ID:
            raise SessionDamaged(path, "an SQLite file, but not a newstui session")
        if version > SCHEMA_VERSION:
            raise SessionError(
                f"session file {path} was written by a newer newstui (schema {version}); "
                "upgrade newstui to open it"
            )
    except sqlite3.OperationalError as error:
        message = str(error)
        if "locked" in message or "busy" in message:
            raise SessionError(f"session file {path} is busy: {message}") from error
        if "unable to open" in message or "readonly" in message or "disk I/O" in message:
            # permissions, a read-only folder, a full or failing disk: not the file's fault
            raise SessionError(f"cannot read session file {path}: {message}") from error
        raise SessionDamaged(path, message) from error
    except sqlite3.DatabaseError as error:
        raise SessionDamaged(path, str(error)) from error
    finally:
        conn.close()


class Session:
    """One tag session. Create or resume with ``Session.open(name)``. Thread-safe."""

    def __init__(self, name: str, path: Path, conn: sqlite3.Connection) -> None:
        self.name = name
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self._data_version = -1
        self.revision = 0  # goes up whenever tags/notes may have changed (key caches on it)
        self._logged = False
        self._tags: dict[int, Tag] = {}
        self._tag_ids_by_name: dict[str, int] = {}
        self._article_tags: dict[str, set[int]] = {}
        self.annotator = default_annotator()
        self._reload()

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, name: str, *, create: bool = True) -> Session:
        """Create or resume the session called ``name``.

        Raises ``SessionNotFound`` (create=False and no such session), ``SessionDamaged``
        (the file is not a readable session; it is left untouched), ``SessionNameError``.
        """
        name = clean_name(name)
        path = session_path(name)
        if not path.exists():
            if not create:
                raise SessionNotFound(name)
            _create_file(path, name)
        check_session_file(path)
        try:
            # mode=rw: never create a file here (a vanished file is not silently replaced)
            conn = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as error:
            raise SessionError(f"cannot open session {name!r} ({path}): {error}") from error
        try:
            conn.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            stored_name = cls._migrate(conn, name)
        except sqlite3.Error as error:
            conn.close()
            raise SessionError(f"cannot open session {name!r} ({path}): {error}") from error
        except BaseException:
            conn.close()
            raise
        return cls(stored_name, path, conn)

    @staticmethod
    def _migrate(conn: sqlite3.Connection, name: str) -> str:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise SessionError(f"session {name!r} was written by a newer newstui")
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _split_sql(MIGRATIONS[target]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version={target}")
            if version == 0:
                created = now_iso()
                conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [("app", APP_ID), ("name", name), ("created", created)],
                )
            row = conn.execute("SELECT value FROM meta WHERE key='name'").fetchone()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return row[0] if row else name

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- mirror ----------------------------------------------------------------------------

    def _reload_tags(self) -> None:
        tags = [Tag(*row) for row in self._conn.execute(
            "SELECT id, name, color, key, position FROM tags ORDER BY position, id")]
        self._tags = {tag.id: tag for tag in tags}
        self._tag_ids_by_name = {_nocase(tag.name): tag.id for tag in tags}

    def _mirror_article_tag(self, article_id: str, tag_id: int, present: bool) -> None:
        if present:
            self._article_tags.setdefault(article_id, set()).add(tag_id)
            return
        current = self._article_tags.get(article_id)
        if current is not None:
            current.discard(tag_id)
            if not current:
                del self._article_tags[article_id]

    def _reload(self) -> None:
        conn = self._conn
        self.revision += 1
        self._data_version = conn.execute("PRAGMA data_version").fetchone()[0]
        self._reload_tags()
        article_tags: dict[str, set[int]] = {}
        for article_id, tag_id in conn.execute("SELECT article_id, tag_id FROM article_tags"):
            article_tags.setdefault(article_id, set()).add(tag_id)
        self._article_tags = article_tags

    def refresh(self) -> bool:
        """Pick up changes another process committed. Returns True when something changed."""
        with self._lock:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
            if version == self._data_version:
                return False
            self._conn.execute("BEGIN")  # one read snapshot for tags and article tags
            try:
                self._reload()
            finally:
                self._conn.execute("COMMIT")
            return True

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; the mirror is brought up to date inside it first."""
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                raise SessionError(f"session {self.name!r} is busy: {error}") from error
            try:
                if conn.execute("PRAGMA data_version").fetchone()[0] != self._data_version:
                    self._reload()
                self._logged = False
                yield conn
                conn.execute("COMMIT")
                if self._logged:
                    self.revision += 1
            except BaseException:
                conn.execute("ROLLBACK")
                self._reload()
                raise

    # --- change log ------------------------------------------------------------------------

    def _log(self, conn: sqlite3.Connection, description: str, ops: list[dict[str, Any]],
             article_ids: Iterable[str]) -> None:
        at = now_iso()
        self._logged = True
        conn.execute("UPDATE changes SET state='discarded' WHERE state='undone'")
        conn.execute("INSERT INTO changes(at, description, ops) VALUES (?, ?, ?)",
                     (at, description, json.dumps(ops, ensure_ascii=False)))
        self._touch(conn, article_ids, at)

    def _touch(self, conn: sqlite3.Connection, article_ids: Iterable[str], at: str) -> None:
        conn.executemany(
            "INSERT INTO activity(article_id, created, updated, annotator) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(article_id) DO UPDATE SET updated=excluded.updated, "
            "annotator=excluded.annotator",
            [(article_id, at, at, self.annotator) for article_id in set(article_ids)],
        )

    @staticmethod
    def _snapshot(conn: sqlite3.Connection, articles: Iterable[Article]) -> None:
        """Keep each article's text and metadata so exports work without the corpus.

        When the text of an article with span tags changed, its span tags are re-located in the
        new text, so stored offsets always index the stored text (exports rely on it)."""
        articles = list(articles)
        for article in articles:
            row = conn.execute(
                "SELECT text FROM articles WHERE id=? AND EXISTS "
                "(SELECT 1 FROM span_tags WHERE article_id=articles.id)", (article.id,)).fetchone()
            if row is not None and row[0] != article.text:
                Session._relocate_stored(conn, article)
        conn.executemany(
            "INSERT INTO articles(id, path, url, title, text, published, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET path=excluded.path, "
            "url=excluded.url, title=excluded.title, text=excluded.text, "
            "published=excluded.published, source=excluded.source "
            "WHERE articles.path IS NOT excluded.path OR articles.url IS NOT excluded.url "
            "OR articles.title IS NOT excluded.title OR articles.text IS NOT excluded.text "
            "OR articles.published IS NOT excluded.published "
            "OR articles.source IS NOT excluded.source",
            [(a.id, a.path, a.url, a.title, a.text, a.published, a.source) for a in articles],
        )

    @staticmethod
    def _relocate_stored(conn: sqlite3.Connection, article: Article) -> None:
        from tui.sessions.reattach import relocate

        rows = conn.execute(f"SELECT {_SPAN_COLUMNS} FROM span_tags WHERE article_id=?",
                            (article.id,)).fetchall()
        for row in rows:
            found = relocate(SpanTag(*row), article.text)
            if found.status == "detached":
                conn.execute("UPDATE span_tags SET status='detached' WHERE id=?", (found.id,))
            else:
                conn.execute('UPDATE span_tags SET start=?, "end"=?, text=?, status=? WHERE id=?',
                             (found.start, found.end, found.text, found.status, found.id))

    @staticmethod
    def _row(conn: sqlite3.Connection, table: str, key: dict[str, Any]) -> dict[str, Any] | None:
        where = " AND ".join(f'"{column}"=?' for column in key)
        cursor = conn.execute(f"SELECT * FROM {table} WHERE {where}", tuple(key.values()))
        row = cursor.fetchone()
        if row is None:
            return None
        return {d[0]: value for d, value in zip(cursor.description, row, strict=True)}

    @staticmethod
    def _put(conn: sqlite3.Connection, table: str, key: dict[str, Any],
             row: dict[str, Any] | None) -> None:
        """Make the row with primary key ``key`` equal ``row`` (None: absent)."""
        where = " AND ".join(f'"{column}"=?' for column in key)
        conn.execute(f"DELETE FROM {table} WHERE {where}", tuple(key.values()))
        if row is not None:
            columns = ", ".join(f'"{column}"' for column in row)
            marks = ", ".join("?" for _ in row)
            conn.execute(f"INSERT INTO {table}({columns}) VALUES ({marks})", tuple(row.values()))

    def _replay(self, ops: list[dict[str, Any]], *, backwards: bool) -> set[str]:
        """Write each op's before (undo) or after (redo) rows; returns the articles touched."""
        touched: set[str] = set()
        for op in reversed(ops) if backwards else ops:
            table = op["t"]
            sample = op["b"] if op["b"] is not None else op["a"]
            key = {column: sample[column] for column in _UNDOABLE[table]}
            target = op["b"] if backwards else op["a"]
            self._put(self._conn, table, key, target)
            if table == "article_tags":
                self._mirror_article_tag(sample["article_id"], sample["tag_id"],
                                         target is not None)
            if "article_id" in sample:
                touched.add(sample["article_id"])
        return touched

    @staticmethod
    def _check_tags_exist(conn: sqlite3.Connection, ops: list[dict[str, Any]], *,
                          backwards: bool) -> None:
        """Another process may have deleted a tag this step would put back on an article."""
        side = "b" if backwards else "a"
        tag_ids = {op[side]["tag_id"] for op in ops
                   if op["t"] == "article_tags" and op[side] is not None}
        for tag_id in tag_ids:
            if conn.execute("SELECT 1 FROM tags WHERE id=?", (tag_id,)).fetchone() is None:
                raise sqlite3.IntegrityError("its tag was deleted since")

    def _step(self, *, undo: bool) -> str | None:
        try:
            with self._write() as conn:
                if undo:
                    row = conn.execute("SELECT seq, description, ops FROM changes "
                                       "WHERE state='done' ORDER BY seq DESC LIMIT 1").fetchone()
                else:
                    row = conn.execute("SELECT seq, description, ops FROM changes "
                                       "WHERE state='undone' ORDER BY seq LIMIT 1").fetchone()
                if row is None:
                    return None
                seq, description, ops = row
                ops = json.loads(ops)
                touched = self._replay(ops, backwards=undo)
                self._check_tags_exist(conn, ops, backwards=undo)
                conn.execute("UPDATE changes SET state=? WHERE seq=?",
                             ("undone" if undo else "done", seq))
                self._touch(conn, touched, now_iso())
                self._reload_tags()
                self._logged = True
        except sqlite3.IntegrityError as error:
            verb = "undo" if undo else "redo"
            raise SessionError(f"cannot {verb}: another change conflicts ({error})") from error
        return str(description)

    def undo(self) -> str | None:
        """Undo the latest change (also one made before a restart). Returns its description,
        or None when there is nothing to undo."""
        return self._step(undo=True)

    def redo(self) -> str | None:
        """Redo the change undone last; None when there is nothing to redo."""
        return self._step(undo=False)

    def history(self, limit: int = 50) -> list[tuple[str, str, str]]:
        """Recent changes, newest first: (time, description, state)."""
        with self._lock:
            return list(self._conn.execute(
                "SELECT at, description, state FROM changes WHERE state != 'discarded' "
                "ORDER BY seq DESC LIMIT ?", (limit,)))

    # --- tags --------------------------------------------------------------------------------

    def tags(self) -> list[Tag]:
        """The session's tags in tag-bar order."""
        with self._lock:
            return sorted(self._tags.values(), key=lambda t: (t.position, t.id))

    def tag(self, name: str) -> Tag | None:
        with self._lock:
            tag_id = self._tag_ids_by_name.get(_nocase(name.strip()))
            return self._tags.get(tag_id) if tag_id is not None else None

    def tag_for_key(self, key: int) -> Tag | None:
        with self._lock:
            return next((t for t in self._tags.values() if t.key == key), None)

    def _require(self, name: str) -> Tag:
        tag = self.tag(name)
        if tag is None:
            raise TagError(f"no tag named {name!r}")
        return tag

    def _new_tag(self, conn: sqlite3.Connection, name: str, color: str | None,
                 ops: list[dict[str, Any]]) -> Tag:
        name = clean_tag_name(name)
        color = check_color(color)
        used_keys = {t.key for t in self._tags.values()}
        key = next((k for k in range(1, 10) if k not in used_keys), None)
        if color is None:
            used_colors = [t.color for t in self._tags.values()]
            color = min(PALETTE, key=lambda c: (used_colors.count(c), PALETTE.index(c)))
        position = max((t.position for t in self._tags.values()), default=0) + 1
        cursor = conn.execute("INSERT INTO tags(name, color, key, position) VALUES (?, ?, ?, ?)",
                              (name, color, key, position))
        tag = Tag(int(cursor.lastrowid or 0), name, color, key, position)
        ops.append({"t": "tags", "b": None, "a": _tag_row(tag)})
        self._tags[tag.id] = tag
        self._tag_ids_by_name[_nocase(name)] = tag.id
        return tag

    def add_tag(self, name: str, color: str | None = None) -> Tag:
        """Create a tag (next free key 1-9, a palette colour). Returns the existing tag when
        one of that name (case-insensitive) exists."""
        with self._write() as conn:
            existing = self.tag(name)
            if existing:
                return existing
            ops: list[dict[str, Any]] = []
            tag = self._new_tag(conn, name, color, ops)
            self._log(conn, f"add tag {tag.name!r}", ops, ())
            return tag

    def _update_tag(self, tag_name: str, description: str, **changes: Any) -> Tag:
        with self._write() as conn:
            tag = self._require(tag_name)
            ops: list[dict[str, Any]] = []
            updated = Tag(**{**_tag_row(tag), **changes})
            if "key" in changes and changes["key"] is not None:
                holder = self.tag_for_key(changes["key"])
                if holder and holder.id != tag.id:  # swap keys so no two tags share one
                    moved = Tag(**{**_tag_row(holder), "key": tag.key})
                    self._put(conn, "tags", {"id": holder.id}, _tag_row(moved))
                    ops.append({"t": "tags", "b": _tag_row(holder), "a": _tag_row(moved)})
            try:
                self._put(conn, "tags", {"id": tag.id}, _tag_row(updated))
            except sqlite3.IntegrityError as error:
                raise TagError(f"a tag named {updated.name!r} already exists") from error
            ops.append({"t": "tags", "b": _tag_row(tag), "a": _tag_row(updated)})
            self._log(conn, description.format(tag=tag.name), ops, ())
            self._reload_tags()
            return self._tags[tag.id]

    def rename_tag(self, name: str, new_name: str) -> Tag:
        new_name = clean_tag_name(new_name)
        existing = self.tag(new_name)
        if existing and _nocase(existing.name) != _nocase(name.strip()):
            raise TagError(f"a tag named {existing.name!r} already exists")
        return self._update_tag(name, f"rename tag {{tag!r}} to {new_name!r}", name=new_name)

    def set_tag_color(self, name: str, color: str | None) -> Tag:
        color = check_color(color)
        return self._update_tag(name, f"set colour of {{tag!r}} to {color}", color=color)

    def set_tag_key(self, name: str, key: int | None) -> Tag:
        """Bind ``key`` (1-9) to the tag; a tag holding that key gets this tag's old key."""
        if key is not None and key not in range(1, 10):
            raise TagError("a tag key is a digit from 1 to 9")
        return self._update_tag(name, f"set key of {{tag!r}} to {key}", key=key)

    def move_tag(self, name: str, position: int) -> list[Tag]:
        """Move a tag to index ``position`` (0-based) in the tag-bar order."""
        with self._write() as conn:
            tag = self._require(name)
            order = [t for t in self.tags() if t.id != tag.id]
            order.insert(max(0, min(position, len(order))), tag)
            ops: list[dict[str, Any]] = []
            for index, item in enumerate(order, start=1):
                if item.position != index:
                    moved = Tag(**{**_tag_row(item), "position": index})
                    self._put(conn, "tags", {"id": item.id}, _tag_row(moved))
                    ops.append({"t": "tags", "b": _tag_row(item), "a": _tag_row(moved)})
            if ops:
                self._log(conn, f"move tag {tag.name!r}", ops, ())
            self._reload_tags()
            return self.tags()

    def delete_tag(self, name: str) -> int:
        """Delete a tag and its uses on articles (one undo step). Returns how many articles
        lost it."""
        with self._write() as conn:
            tag = self._require(name)
            rows = conn.execute("SELECT article_id, tag_id, created FROM article_tags "
                                "WHERE tag_id=?", (tag.id,)).fetchall()
            ops: list[dict[str, Any]] = [
                {"t": "article_tags", "b": {"article_id": a, "tag_id": t, "created": c}, "a": None}
                for a, t, c in rows
            ]
            ops.append({"t": "tags", "b": _tag_row(tag), "a": None})
            conn.execute("DELETE FROM article_tags WHERE tag_id=?", (tag.id,))
            conn.execute("DELETE FROM tags WHERE id=?", (tag.id,))
            self._log(conn, f"delete tag {tag.name!r} ({len(rows)} articles)", ops,
                      (a for a, _, _ in rows))
            for article_id, _, _ in rows:
                self._mirror_article_tag(article_id, tag.id, False)
            self._reload_tags()
            return len(rows)

    # --- article tags ----------------------------------------------------------------------

    def toggle_tag(self, article: Article, tag_name: str) -> bool:
        """Add the tag to the article, or remove it when present (creating the tag if new, in
        the same undo step). Returns True when the article now has the tag."""
        with self._write() as conn:
            ops: list[dict[str, Any]] = []
            tag = self.tag(tag_name) or self._new_tag(conn, tag_name, None, ops)
            current = self._article_tags.get(article.id, set())
            row = {"article_id": article.id, "tag_id": tag.id, "created": now_iso()}
            if tag.id in current:
                before = self._row(conn, "article_tags",
                                   {"article_id": article.id, "tag_id": tag.id})
                conn.execute("DELETE FROM article_tags WHERE article_id=? AND tag_id=?",
                             (article.id, tag.id))
                ops.append({"t": "article_tags", "b": before, "a": None})
                description = f"remove {tag.name!r} from {_short(article.title)}"
                added = False
            else:
                conn.execute("INSERT INTO article_tags(article_id, tag_id, created) "
                             "VALUES (?, ?, ?)", tuple(row.values()))
                ops.append({"t": "article_tags", "b": None, "a": row})
                description = f"tag {tag.name!r} on {_short(article.title)}"
                added = True
            self._snapshot(conn, (article,))
            self._log(conn, description, ops, (article.id,))
            self._mirror_article_tag(article.id, tag.id, added)
            return added

    def apply_tag(self, articles: Iterable[Article], tag_name: str, *,
                  remove: bool = False) -> int:
        """Add the tag to every article (or remove it, ``remove=True``) as one undo step.
        Returns how many articles changed."""
        # read the articles before taking the write lock: a generator fetching them from the
        # corpus must not keep other processes waiting
        articles = list(articles)
        with self._write() as conn:
            ops: list[dict[str, Any]] = []
            tag = self.tag(tag_name)
            if tag is None:
                if remove:
                    return 0
                tag = self._new_tag(conn, tag_name, None, ops)
            at = now_iso()
            changed: list[Article] = []
            seen: set[str] = set()
            for article in articles:
                if article.id in seen:
                    continue
                seen.add(article.id)
                has = tag.id in self._article_tags.get(article.id, ())
                if has == remove:
                    changed.append(article)
            if remove:
                rows = [self._row(conn, "article_tags", {"article_id": a.id, "tag_id": tag.id})
                        for a in changed]
                conn.executemany("DELETE FROM article_tags WHERE article_id=? AND tag_id=?",
                                 [(a.id, tag.id) for a in changed])
                ops.extend({"t": "article_tags", "b": row, "a": None} for row in rows)
            else:
                rows = [{"article_id": a.id, "tag_id": tag.id, "created": at} for a in changed]
                conn.executemany("INSERT INTO article_tags(article_id, tag_id, created) "
                                 "VALUES (:article_id, :tag_id, :created)", rows)
                ops.extend({"t": "article_tags", "b": None, "a": row} for row in rows)
                self._snapshot(conn, changed)
            if not ops:
                return 0
            verb = "remove" if remove else "apply"
            self._log(conn, f"{verb} {tag.name!r} on {len(changed)} articles", ops,
                      (a.id for a in changed))
            for article in changed:
                self._mirror_article_tag(article.id, tag.id, not remove)
            return len(changed)

    def _names(self, tag_ids: Iterable[int]) -> list[str]:
        tags = sorted((self._tags[i] for i in tag_ids if i in self._tags),
                      key=lambda t: (t.position, t.id))
        return [t.name for t in tags]

    def article_tags(self, article_id: str) -> list[str]:
        """The article's tag names in tag-bar order."""
        with self._lock:
            return self._names(self._article_tags.get(article_id, ()))

    def tags_for(self, article_ids: Iterable[str]) -> dict[str, list[str]]:
        """Tag names for each of ``article_ids`` that has any (absent = untagged)."""
        with self._lock:
            found = self._article_tags
            return {i: self._names(found[i]) for i in article_ids if i in found}

    def tagged_ids(self, tag_name: str | None = None) -> set[str]:
        """Ids of articles with ``tag_name`` (any tag when None)."""
        with self._lock:
            if tag_name is None:
                return set(self._article_tags)
            tag = self.tag(tag_name)
            if tag is None:
                return set()
            return {a for a, ids in self._article_tags.items() if tag.id in ids}

    def tag_counts(self) -> dict[str, int]:
        """Articles per tag, every tag included (for the tag manager and the tag bar)."""
        with self._lock:
            counts = dict.fromkeys(self._tags, 0)
            for tag_ids in self._article_tags.values():
                for tag_id in tag_ids:
                    counts[tag_id] = counts.get(tag_id, 0) + 1
            return {self._tags[i].name: n for i, n in counts.items() if i in self._tags}

    def progress(self, article_ids: Iterable[str]) -> tuple[int, int]:
        """(articles with at least one tag, total) among ``article_ids``. Given a set (keep
        one for the corpus), the cost is the smaller of the two sizes, not the corpus size."""
        with self._lock:
            found = self._article_tags
            if isinstance(article_ids, set | frozenset):
                # walk the smaller side (map + __contains__ stays in C)
                if len(found) <= len(article_ids):
                    return sum(map(article_ids.__contains__, found)), len(article_ids)
                return sum(map(found.__contains__, article_ids)), len(article_ids)
            ids = article_ids if isinstance(article_ids, list | tuple) else list(article_ids)
            return sum(map(found.__contains__, ids)), len(ids)

    def untagged(self, article_ids: Iterable[str]) -> list[str]:
        """The ids without any tag, in the given order (triage walks these)."""
        with self._lock:
            found = self._article_tags
            return [i for i in article_ids if i not in found]

    # --- notes -------------------------------------------------------------------------------

    def set_note(self, article: Article, text: str) -> None:
        """Set the article's note; empty text removes it. Undoable. Control characters and
        terminal escapes are removed (notes are shown and exported as data)."""
        text = clean_text(text).strip()
        with self._write() as conn:
            before = self._row(conn, "notes", {"article_id": article.id})
            after = {"article_id": article.id, "text": text, "updated": now_iso()} if text else None
            if (before or {}).get("text") == (after or {}).get("text"):
                return
            self._put(conn, "notes", {"article_id": article.id}, after)
            self._snapshot(conn, (article,))
            verb = "note on" if text else "remove note from"
            self._log(conn, f"{verb} {_short(article.title)}",
                      [{"t": "notes", "b": before, "a": after}], (article.id,))

    def note(self, article_id: str) -> str:
        with self._lock:
            row = self._conn.execute("SELECT text FROM notes WHERE article_id=?",
                                     (article_id,)).fetchone()
            return row[0] if row else ""

    # --- span tags ---------------------------------------------------------------------------

    def tag_span(self, article: Article, span: Span, tag: str) -> SpanTag:
        """Tag a quote/entity/date span (e.g. "verified"). Idempotent: returns the existing
        span tag when this span already has this tag."""
        tag = clean_tag_name(tag)
        if not (0 <= span.start <= span.end <= len(article.text)):
            raise TagError(f"span {span.start}-{span.end} is outside the article text")
        with self._write() as conn:
            existing = self._find_span_tag(conn, article.id, span, tag)
            if existing:
                return existing
            text = article.text
            row = {
                "article_id": article.id, "layer": span.layer, "start": span.start,
                "end": span.end, "text": text[span.start:span.end],
                "context_before": text[max(0, span.start - CONTEXT_CHARS):span.start],
                "context_after": text[span.end:span.end + CONTEXT_CHARS],
                "tag": tag, "status": "attached", "created": now_iso(),
            }
            cursor = conn.execute(
                'INSERT INTO span_tags(article_id, layer, start, "end", text, context_before, '
                "context_after, tag, status, created) VALUES (:article_id, :layer, :start, :end, "
                ":text, :context_before, :context_after, :tag, :status, :created)", row)
            row = {"id": int(cursor.lastrowid or 0), **row}
            self._snapshot(conn, (article,))
            self._log(conn, f"tag {tag!r} on {span.layer} {_short(row['text'])}",
                      [{"t": "span_tags", "b": None, "a": row}], (article.id,))
            return SpanTag(**row)

    def untag_span(self, span_tag_id: int) -> bool:
        """Remove one span tag (by ``SpanTag.id``). Returns False when it was already gone."""
        with self._write() as conn:
            before = self._row(conn, "span_tags", {"id": span_tag_id})
            if before is None:
                return False
            conn.execute("DELETE FROM span_tags WHERE id=?", (span_tag_id,))
            self._log(conn, f"remove {before['tag']!r} from {_short(before['text'])}",
                      [{"t": "span_tags", "b": before, "a": None}], (before["article_id"],))
            return True

    def toggle_span_tag(self, article: Article, span: Span, tag: str) -> bool:
        """Tag the span, or remove the tag when present. Returns True when now tagged."""
        with self._lock:
            existing = self._find_span_tag(self._conn, article.id, span, clean_tag_name(tag))
            if existing:
                self.untag_span(existing.id)
                return False
            self.tag_span(article, span, tag)
            return True

    @staticmethod
    def _find_span_tag(conn: sqlite3.Connection, article_id: str, span: Span,
                       tag: str) -> SpanTag | None:
        row = conn.execute(
            f"SELECT {_SPAN_COLUMNS} FROM span_tags WHERE article_id=? AND layer=? AND start=? "
            'AND "end"=? AND tag=? COLLATE NOCASE', (article_id, span.layer, span.start,
                                                    span.end, tag)).fetchone()
        return SpanTag(*row) if row else None

    def span_tags(self, article_id: str) -> list[SpanTag]:
        """The article's span tags as stored (offsets into the text they were made on)."""
        with self._lock:
            rows = self._conn.execute(
                f'SELECT {_SPAN_COLUMNS} FROM span_tags WHERE article_id=? '
                'ORDER BY start, "end", id', (article_id,)).fetchall()
            return [SpanTag(*row) for row in rows]

    def span_tags_for(self, article: Article) -> list[SpanTag]:
        """The article's span tags re-located in ``article.text``: status "attached" (offsets
        still match), "moved" (found the same text elsewhere, offsets updated) or "detached"
        (not found; offsets are the stored ones and must not be used for highlighting)."""
        from tui.sessions.reattach import relocate

        return [relocate(span_tag, article.text) for span_tag in self.span_tags(article.id)]

    # --- state (resume exactly) ------------------------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        """A value saved with ``set_state`` (JSON types), or ``default``."""
        with self._lock:
            row = self._conn.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
            return json.loads(row[0]) if row else default

    def set_state(self, key: str, value: Any) -> None:
        """Save a JSON-serialisable value (not undoable). Committed (fsync) on every call, so
        call it on navigation, not on every scroll tick."""
        encoded = json.dumps(value, ensure_ascii=False)
        with self._write() as conn:
            conn.execute("INSERT INTO state(key, value) VALUES (?, ?) ON CONFLICT(key) "
                         "DO UPDATE SET value=excluded.value", (key, encoded))

    def set_corpus(self, corpus_key: str, total: int) -> None:
        """Record which corpus this session is used with and how many articles it has (so
        ``newstui sessions`` can show tagged / total), and remember it for next start."""
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO state(key, value) VALUES (?, ?) ON CONFLICT(key) "
                "DO UPDATE SET value=excluded.value",
                [("corpus_key", json.dumps(corpus_key)), ("corpus_total", json.dumps(total))])
        names.remember_session(corpus_key, self.name)

    # --- summary -----------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
            return row[0] if row else None

    def last_change(self) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT max(at) FROM changes").fetchone()
            return row[0] if row and row[0] else None

    def snapshot_count(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def tagged_count(self) -> int:
        with self._lock:
            return len(self._article_tags)


_SPAN_COLUMNS = ('id, article_id, layer, start, "end", text, tag, context_before, '
                 "context_after, status, created")


def _create_file(path: Path, name: str) -> None:
    """Create a ready session file atomically: build it under a temporary name, then hard-link
    it into place, which fails if another process got there first (then theirs is used). So a
    reader never sees a half-created file, and an empty file at ``path`` is always damage."""
    temp = path.with_name(f".creating-{os.getpid()}-{threading.get_ident()}-{path.name}")
    temp.unlink(missing_ok=True)
    conn = sqlite3.connect(temp, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        Session._migrate(conn, name)
    finally:
        conn.close()
    try:
        os.link(temp, path)
    except FileExistsError:
        pass
    except OSError:  # no hard links on this file system: exclusive create and copy
        try:
            with open(path, "xb") as out:
                out.write(temp.read_bytes())
                out.flush()
                os.fsync(out.fileno())
        except FileExistsError:
            pass
    finally:
        temp.unlink(missing_ok=True)
        for leftover in (Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)


def _tag_row(tag: Tag) -> dict[str, Any]:
    return {"id": tag.id, "name": tag.name, "color": tag.color, "key": tag.key,
            "position": tag.position}


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _split_sql(script: str) -> list[str]:
    # executescript() would COMMIT our transaction; run statements one by one instead.
    # (So a migration must not put ";" inside a string literal or trigger body.)
    return [s.strip() for s in script.split(";") if s.strip()]
