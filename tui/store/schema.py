"""The corpus index schema. It is a cache: a database with another version is rebuilt."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = 7

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    format TEXT,
    skipped_reason TEXT            -- one reason per line; NULL when the file loaded cleanly
);
CREATE INDEX IF NOT EXISTS files_skipped ON files(path) WHERE skipped_reason IS NOT NULL;

CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,     -- the FTS5 rowid; its order is the list order (sort_block)
    id TEXT NOT NULL UNIQUE,       -- Article.id (content-derived)
    path TEXT NOT NULL,
    item INTEGER,
    format TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    byline TEXT,
    published TEXT,
    published_ts REAL,             -- UTC epoch seconds, NULL when unknown
    published_day TEXT,            -- YYYY-MM-DD as the page gives it (for date: filters)
    url TEXT,
    warnings TEXT                  -- JSON list, NULL when none
);

-- Bodies apart, so the list's rows stay small (many per page) for scans and filters.
CREATE TABLE IF NOT EXISTS bodies (
    rowid INTEGER PRIMARY KEY,     -- = articles.rowid
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
CREATE INDEX IF NOT EXISTS articles_day ON articles(published_day);

-- Other files that held an article id already indexed from an earlier path; when that path
-- goes away they are parsed again so the article comes back from them.
CREATE TABLE IF NOT EXISTS duplicates (
    article_id TEXT NOT NULL,
    path TEXT NOT NULL,
    PRIMARY KEY (article_id, path)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS duplicates_path ON duplicates(path);

-- Contentless: the store writes it beside articles/bodies and deletes with the same values.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, source, byline, content='',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);

CREATE TABLE IF NOT EXISTS annotations (
    article_id TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    json TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS entity_mentions (
    article_id TEXT NOT NULL,
    key TEXT NOT NULL,             -- the entity group key (Span.value, else its text)
    label TEXT,
    mentions INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_mentions_article ON entity_mentions(article_id);

-- Distinct group keys, word-indexed so entity:putin finds "Vladimir Putin".
CREATE TABLE IF NOT EXISTS entity_keys (
    rowid INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    label TEXT,                    -- the label of its first mention
    articles INTEGER NOT NULL DEFAULT 0   -- indexed articles mentioning it, kept up to date
);
CREATE INDEX IF NOT EXISTS entity_keys_articles ON entity_keys(articles DESC, key);
CREATE VIRTUAL TABLE IF NOT EXISTS entity_keys_fts USING fts5(
    key, content='entity_keys', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TRIGGER IF NOT EXISTS entity_keys_ai AFTER INSERT ON entity_keys BEGIN
    INSERT INTO entity_keys_fts(rowid, key) VALUES (new.rowid, new.key);
END;
"""

# Title hits count most, then outlet and byline, then body.
RANK = "bm25(8.0, 1.0, 2.0, 2.0)"


def connect(path: Path, *, busy_ms: int = 10_000) -> sqlite3.Connection:
    """A connection in autocommit mode (explicit BEGIN), WAL, that may move between threads."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, uri=True)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
    conn.execute("PRAGMA synchronous = NORMAL")  # a cache: WAL + NORMAL is safe against corruption
    conn.execute("PRAGMA cache_size = -32000")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def create(conn: sqlite3.Connection) -> None:
    """Create the schema, or rebuild it when the file holds another version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version not in (0, SCHEMA_VERSION):
        _drop_all(conn)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.executescript(SCHEMA)
    if version != SCHEMA_VERSION:
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', ?)", (RANK,))
        # A 16 MB term hash holds a whole scan batch: one segment per commit, ~25% faster ingest.
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', ?)",
                     (16 << 20,))
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _drop_all(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger') "
        "AND name NOT LIKE 'sqlite_%'").fetchall()
    for kind, name in rows:
        if kind == "trigger":
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    for kind, name in rows:
        if kind == "table" and not name.startswith(("articles_fts_", "entity_keys_fts_")):
            conn.execute(f'DROP TABLE IF EXISTS "{name}"')
    conn.execute("PRAGMA user_version = 0")
