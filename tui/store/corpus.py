"""The corpus index: one SQLite file per opened set of paths, kept in step with the files.

Threads: ``scan`` and ``annotate_all`` write through their own connection in short batched
transactions; every reader call borrows a connection from a pool, so the UI thread can search,
count and fetch while a worker thread scans (WAL lets readers run beside the one writer).
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import hashlib
import itertools
import json
import math
import multiprocessing
import os
import queue
import re
import sqlite3
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.model import Annotations, Article, Skipped, Span
from tui.store import schema
from tui.store.query import (
    CompiledQuery,
    Query,
    QueryError,
    Term,
    Text,
    compile_query,
    fts_string,
    parse,
)

Loader = Callable[[Path], tuple[list[Article], list[Skipped]]]
Expander = Callable[[Sequence[str | Path]], Sequence[str | Path]]
Annotator = Callable[[str, str | None], Annotations]

# The first commit comes as soon as a page of rows is parsed (the list shows them); later
# ones are big: each commit and each FTS segment has a fixed cost (commits every 100 articles
# cost 7x the wall time of every 3,000), and the writer thread is what limits a scan.
FIRST_BATCH_ARTICLES = 60
BATCH_ARTICLES = 2000  # commit after this many articles ...
BATCH_SECONDS = 1.0  # ... or this long, so the list grows while the scan runs
FIRST_BATCH_SECONDS = 0.2
PROGRESS_SECONDS = 0.2  # progress callbacks at most 5 a second (the UI re-lays out on each)
# The first page: up to this many small non-HTML files are parsed in the scanning thread
# before the worker processes start (~1 s to start and import), and committed at once. HTML
# pages parse ~10x slower than text pages, and trafilatura should stay out of the UI process.
FIRST_CHUNK_FILES = 16
FAST_FILE_BYTES = 64 * 1024
_SLOW_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".mhtml",
                  ".html.gz", ".htm.gz")
POOL_MIN_FILES = 8  # fewer changed files than this are parsed in-process (no pool start-up)
CHUNK_FILES = 32
IN_FLIGHT_PER_WORKER = 3  # parsed chunks waiting for the writer, per worker process, at least
# ... and more while their files add up to less than this: a chunk of text pages is ~20 ms of
# work, so 3 per worker left the workers idle through each ~1 s commit of a big batch. Parsed
# articles take ~2-3x their files' size in memory: this bounds them to tens of MB.
IN_FLIGHT_BYTES = 12 << 20
IN_FLIGHT_CHUNKS = 64
CHUNK_BYTES = 1 << 20
MERGE_AFTER_ARTICLES = 2000  # a scan that added this many merges the index's segments after
RANK_LIMIT = 2000  # bm25 costs 4-15 µs per match (phrases most): bigger sets are listed by date

# Rowids encode the list order, so "newest first" is rowid DESC: FTS5 doclists are already in
# that order and a page of a big result set streams out with no sort (see ``sort_block``).
_DATED_BASE = 1 << 62  # dated articles above, undated below (listed last)
_SEQ_BITS = 24  # articles sharing a second (or an undated title prefix)
_TS_BIAS = 1 << 33  # seconds before 1970 back to ~1698
_TS_MAX = (1 << 38) - 2


@dataclass(slots=True)
class ArticleRow:
    """One row of the article list."""

    id: str
    title: str
    source: str
    published: str | None
    path: str
    format: str
    tags: list[str] = field(default_factory=list)  # filled when a session is attached


@dataclass(slots=True)
class ScanProgress:
    """Where a scan is. ``files_total`` counts the files that need parsing in this scan."""

    files_done: int = 0
    files_total: int = 0
    articles: int = 0  # articles in the index now
    skipped: int = 0  # skipped files/parts in the index now
    elapsed: float = 0.0
    finished: bool = False
    cancelled: bool = False
    files_unchanged: int = 0  # known files whose (size, mtime) did not change: not parsed
    files_removed: int = 0
    articles_added: int = 0  # articles inserted by this scan

    @property
    def rate(self) -> float:
        """Articles added per second so far."""
        return self.articles_added / self.elapsed if self.elapsed > 0 else 0.0


@dataclass(slots=True)
class AnnotateProgress:
    done: int = 0
    total: int = 0
    elapsed: float = 0.0
    finished: bool = False
    cancelled: bool = False


def corpus_key(paths: Sequence[str | Path]) -> str:
    """The index file name: a hash of the sorted, resolved input paths."""
    resolved = sorted({str(Path(p).expanduser().resolve()) for p in paths})
    return hashlib.sha256("\x00".join(resolved).encode("utf-8")).hexdigest()[:20]


# ---------------------------------------------------------------- row helpers

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def published_fields(published: str | None) -> tuple[float | None, str | None]:
    """(UTC epoch, YYYY-MM-DD as written) of an ISO 8601 date; (None, None) when unreadable."""
    if not published:
        return None, None
    text = published.strip()
    match = _DAY.match(text)
    day = match.group(0) if match else None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            when = dt.datetime.fromisoformat(day) if day else None
        except ValueError:
            return None, None
    if when is None:
        return None, None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    try:
        return when.timestamp(), day
    except (OverflowError, OSError, ValueError):
        return None, day


def _title_key(title: str) -> int:
    """36 bits that sort like the title's first six letters/digits (casefolded)."""
    key = 0
    chars = [c for c in title.casefold() if c.isalnum()][:6]
    for index in range(6):
        code = 0
        if index < len(chars):
            char = chars[index]
            if "0" <= char <= "9":
                code = 1 + ord(char) - ord("0")
            elif "a" <= char <= "z":
                code = 11 + ord(char) - ord("a")
            else:  # other scripts after z, roughly by code point
                code = 37 + min(26, ord(char) // 2048)
        key = (key << 6) | code
    return key


def sort_block(published_ts: float | None, title: str) -> tuple[int, int]:
    """The rowid range ``[lo, hi]`` for an article: rowid DESC = newest first, then undated
    ones by title. Articles in one block (same second) are kept in insertion order."""
    if published_ts is not None:
        second = min(max(math.floor(published_ts) + _TS_BIAS, 0), _TS_MAX)
        low = _DATED_BASE + (second << _SEQ_BITS)
    else:
        low = _DATED_BASE - ((_title_key(title) + 1) << _SEQ_BITS)
    return low, low + (1 << _SEQ_BITS) - 1


def encode_annotations(ann: Annotations) -> str:
    return json.dumps({
        "e": [[s.start, s.end, s.text, s.label, s.value] for s in ann.entities],
        "q": [[s.start, s.end, s.text, s.speaker] for s in ann.quotes],
        "d": [[s.start, s.end, s.text, s.label, s.value] for s in ann.dates],
    }, ensure_ascii=False, separators=(",", ":"))


def decode_annotations(data: str) -> Annotations:
    raw = json.loads(data)
    return Annotations(
        entities=[Span("entity", s, e, t, label=lb, value=v) for s, e, t, lb, v in raw["e"]],
        quotes=[Span("quote", s, e, t, speaker=sp) for s, e, t, sp in raw["q"]],
        dates=[Span("date", s, e, t, label=lb, value=v) for s, e, t, lb, v in raw["d"]],
    )


def entity_groups(ann: Annotations) -> dict[str, tuple[str | None, int]]:
    """Group key → (label of its first mention, mentions) for ``entity_mentions``."""
    groups: dict[str, tuple[str | None, int]] = {}
    for span in ann.entities:
        key = (span.value or span.text).strip()
        if not key:
            continue
        label, count = groups.get(key, (span.label, 0))
        groups[key] = (label, count + 1)
    return groups


# ---------------------------------------------------------------- worker-process functions


def _load_chunk(loader: Loader, paths: list[str]) -> list[tuple[str, list[Article], list[Skipped]]]:
    """Parse files in a worker; a loader that raises costs one file, never the scan."""
    results = []
    for path in paths:
        try:
            articles, skipped = loader(Path(path))
        except Exception as error:  # noqa: BLE001 - a loader bug costs one file, not the scan
            articles, skipped = [], [Skipped(path, f"could not load ({type(error).__name__})")]
        results.append((path, articles, skipped))
    return results


def _annotate_chunk(annotator: Annotator, items: list[tuple[str, str, str | None]]
                    ) -> list[tuple[str, str, dict[str, tuple[str | None, int]]]]:
    results = []
    for article_id, text, published in items:
        try:
            ann = annotator(text, published)
        except Exception:  # noqa: BLE001, S112 - one article's bug must not stop the rest
            continue
        results.append((article_id, encode_annotations(ann), entity_groups(ann)))
    return results


def _default_loader(path: Path) -> tuple[list[Article], list[Skipped]]:
    from tui.ingest import load_file

    return load_file(path)


def _default_expander(paths: Sequence[str | Path]) -> list[str]:
    from tui.ingest import expand_path_names  # strings: no Path per file (0.5 s at 100k)

    return expand_path_names(paths)


def _default_annotator(text: str, published: str | None) -> Annotations:
    from tui.annotate import annotate

    return annotate(text, published)


def _default_annotator_version() -> str:
    from tui.annotate import ANNOTATOR_VERSION

    return ANNOTATOR_VERSION


def _pool_context(preload: Sequence[str] = ()) -> Any:
    """forkserver: workers never inherit the UI's threads (fork from a threaded app can hang).

    ``preload`` modules are imported once in the fork server, so each worker starts warm.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    if preload:
        context.set_forkserver_preload(list(preload))  # takes effect when the server starts
    return context


def _module_of(function: Callable[..., Any]) -> list[str]:
    module = getattr(function, "__module__", None)
    return [module] if module and module != "__main__" else []


def fast_first(paths: list[str], sizes: dict[str, int]) -> tuple[list[str], list[str]]:
    """(the first ``FIRST_CHUNK_FILES`` small non-HTML files, the other paths in order): the
    first page of rows needs no slow parse. Only these few files change places, so for
    duplicates the first path still wins almost always (always among the files after them)."""
    front: list[str] = []
    for path in paths:
        if sizes.get(path, 0) <= FAST_FILE_BYTES and not path.lower().endswith(_SLOW_SUFFIXES):
            front.append(path)
            if len(front) >= FIRST_CHUNK_FILES:
                break
    moved = set(front)
    return front, [p for p in paths if p not in moved]


def _chunks(paths: list[str], sizes: dict[str, int]) -> Iterator[list[str]]:
    chunk: list[str] = []
    chunk_bytes = 0
    for path in paths:
        chunk.append(path)
        chunk_bytes += sizes.get(path, 0)
        if len(chunk) >= CHUNK_FILES or chunk_bytes >= CHUNK_BYTES:
            yield chunk
            chunk, chunk_bytes = [], 0
    if chunk:
        yield chunk


# ---------------------------------------------------------------- the corpus


class Corpus:
    """The index of one set of input paths. See ``tui.library.Library`` for the public contract."""

    def __init__(
        self,
        paths: Sequence[str | Path],
        db_path: Path,
        *,
        loader: Loader | None = None,
        expander: Expander | None = None,
        annotator: Annotator | None = None,
        annotator_version: str | None = None,
        workers: int | None = None,
    ) -> None:
        self.paths = [str(p) for p in paths]
        self.db_path = db_path
        self._loader = loader or _default_loader
        self._expander = expander or _default_expander
        self._annotator = annotator or _default_annotator
        self._annotator_version = annotator_version
        self.workers = workers if workers is not None else (os.cpu_count() or 1)
        self._readers: queue.SimpleQueue[tuple[sqlite3.Connection, list[int]]] = queue.SimpleQueue()
        self._all_connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._scan_lock = threading.Lock()
        self._annotate_lock = threading.Lock()
        self._session: str | None = None
        self._session_generation = 0
        self._data_generation = 0  # bumped on every commit that changes articles
        self._rank_cache: OrderedDict[tuple[str, int, int], Any] = OrderedDict()
        self._count_cache: OrderedDict[tuple[str, int, int], Any] = OrderedDict()
        self.rank_limit = RANK_LIMIT
        self._cache_lock = threading.Lock()
        self._closed = False
        self._closing = threading.Event()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._writer = self._connect(busy_ms=30_000)
            schema.create(self._writer)
        except sqlite3.DatabaseError:  # a damaged cache file: it only holds derived data
            self._close_connections()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            self._writer = self._connect(busy_ms=30_000)
            schema.create(self._writer)

    # ---------------------------------------------------------- connections

    def _connect(self, busy_ms: int) -> sqlite3.Connection:
        conn = schema.connect(self.db_path, busy_ms=busy_ms)
        with self._connections_lock:
            self._all_connections.append(conn)
        return conn

    @contextmanager
    def _reader(self) -> Iterator[sqlite3.Connection]:
        """Borrow a connection for this thread's call; attach the session if it changed."""
        if self._closed:
            raise RuntimeError("the library is closed")
        try:
            conn, state = self._readers.get_nowait()
        except queue.Empty:
            conn, state = self._connect(busy_ms=2_000), [0]
        try:
            if state[0] != self._session_generation:
                self._attach(conn)
                state[0] = self._session_generation
            yield conn
        finally:
            if conn.in_transaction:
                conn.rollback()
            self._readers.put((conn, state))

    def _attach(self, conn: sqlite3.Connection) -> None:
        attached = {row[1] for row in conn.execute("PRAGMA database_list")}
        if "sess" in attached:
            conn.execute("DETACH DATABASE sess")
        if self._session:
            try:
                conn.execute("ATTACH DATABASE ? AS sess", (self._session,))
            except sqlite3.OperationalError:
                pass  # the file went away: tag queries then say the session has no tags

    def attach_session(self, path: str | Path | None) -> None:
        """Read tags from the session file at ``path`` (read-only); None detaches."""
        if path is None:
            self._session = None
        else:
            resolved = Path(path).expanduser().resolve()
            if not resolved.is_file():
                raise FileNotFoundError(f"no session file at {resolved}")
            self._session = resolved.as_uri() + "?mode=ro"
        self._session_generation += 1
        self._clear_caches()

    @property
    def session_attached(self) -> bool:
        return self._session is not None

    def close(self) -> None:
        """Stop a running scan or bulk annotation (at its next batch) and close every connection."""
        self._closing.set()
        for lock in (self._scan_lock, self._annotate_lock):
            if lock.acquire(timeout=10):  # let the writer finish its batch; never hang forever
                lock.release()
        self._closed = True
        self._close_connections()

    def _close_connections(self) -> None:
        with self._connections_lock:
            for conn in self._all_connections:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._all_connections.clear()

    # ---------------------------------------------------------- scanning

    def _stat_inputs(self) -> dict[str, tuple[int, int]]:
        found: dict[str, tuple[int, int]] = {}
        for path in self._expander(self.paths):
            try:
                info = os.stat(path)
            except OSError:
                continue
            found[str(path)] = (info.st_size, info.st_mtime_ns)
        return found

    def _known_files(self) -> dict[str, tuple[int, int]]:
        with self._reader() as conn:
            rows = conn.execute("SELECT path, size, mtime_ns FROM files").fetchall()
        return {path: (size, mtime) for path, size, mtime in rows}

    def changed_files(self) -> list[str]:
        """Paths that are new, changed or gone since the last scan (a stat walk, no parsing)."""
        current = self._stat_inputs()
        known = self._known_files()
        changed = [p for p, stat in current.items() if known.get(p) != stat]
        return sorted(changed + [p for p in known if p not in current])

    def scan(self, progress: Callable[[ScanProgress], None] | None = None,
             cancel: threading.Event | None = None) -> ScanProgress:
        with self._scan_lock:
            return _Scan(self, progress, cancel).run()

    def _bump(self) -> None:
        self._data_generation += 1
        self._clear_caches()

    def _clear_caches(self) -> None:
        with self._cache_lock:
            self._rank_cache.clear()
            self._count_cache.clear()

    # ---------------------------------------------------------- reading

    @property
    def skipped(self) -> list[Skipped]:
        with self._reader() as conn:
            rows = conn.execute("SELECT path, skipped_reason FROM files "
                                "WHERE skipped_reason IS NOT NULL ORDER BY path").fetchall()
        return [Skipped(path, reason) for path, reasons in rows for reason in reasons.split("\n")]

    def _compile(self, query: str | Query) -> tuple[str, CompiledQuery, Query]:
        parsed = parse(query) if isinstance(query, str) else query
        if parsed.needs_session and not self._session:
            raise QueryError("tag: and untagged need a session (start newstui with --session)")
        # tags change in the session file behind our back: such queries are never cached
        key = "" if parsed.needs_session else repr(parsed.clauses)
        return key, compile_query(parsed), parsed

    def _run(self, conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> list[Any]:
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as error:
            message = str(error)
            if "fts5" in message or "syntax" in message:  # never expected: tokens are quoted
                raise QueryError(f"cannot search for that: {message}") from None
            if "no such table: sess." in message:
                raise QueryError("the session file has no tags yet") from None
            raise

    def _cached(self, cache: OrderedDict[tuple[str, int, int], Any], key: str,
                compute: Callable[[], Any], size: int) -> Any:
        """A per-query result valid until the data or the session changes ("" = uncached)."""
        if not key:
            return compute()
        cache_key = (key, self._session_generation, self._data_generation)
        with self._cache_lock:
            if cache_key in cache:
                cache.move_to_end(cache_key)
                return cache[cache_key]
        value = compute()
        with self._cache_lock:
            cache[cache_key] = value
            while len(cache) > size:
                cache.popitem(last=False)
        return value

    def _count(self, conn: sqlite3.Connection, key: str, compiled: CompiledQuery) -> int:
        def compute() -> int:
            if compiled.match is None:
                where = " AND ".join(compiled.where) or "1"
                sql = f"SELECT count(*) FROM articles AS a WHERE {where}"
            elif not compiled.where:
                sql = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"
            else:
                sql = ("SELECT count(*) FROM articles_fts JOIN articles AS a "
                       "ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? AND "
                       + " AND ".join(compiled.where))
            params = [compiled.match, *compiled.params] if compiled.match else compiled.params
            return int(self._run(conn, sql, params)[0][0])

        return self._cached(self._count_cache, key, compute, 32)

    def _ranked_rowids(self, conn: sqlite3.Connection, key: str, compiled: CompiledQuery
                       ) -> list[int]:
        """All matches by bm25 then newest, cached: paging through them costs nothing more."""
        def compute() -> list[int]:
            where = "".join(f" AND {w}" for w in compiled.where)
            join = " JOIN articles AS a ON a.rowid = articles_fts.rowid" if where else ""
            sql = (f"SELECT articles_fts.rowid FROM articles_fts{join} "
                   f"WHERE articles_fts MATCH ?{where} "
                   "ORDER BY articles_fts.rank, articles_fts.rowid DESC")
            return [r[0] for r in self._run(conn, sql, [compiled.match, *compiled.params])]

        return self._cached(self._rank_cache, key, compute, 8)

    def count(self, query: str | Query = "") -> int:
        key, compiled, parsed = self._compile(query)
        with self._reader() as conn:
            negated = _countable_negations(parsed)
            if not negated:
                return self._count(conn, key, compiled)
            # Counting "R and not X" scans every row; count(R) - count(R and X) lets the
            # indexes do it (inclusion-exclusion over up to three such exclusions).
            rest = tuple(c for i, c in enumerate(parsed.clauses) if i not in negated)
            total = 0
            for size in range(len(negated) + 1):
                for chosen in itertools.combinations(negated, size):
                    positive = tuple((Term(parsed.clauses[i][0].atom),) for i in chosen)
                    part_key, part, _ = self._compile(Query(rest + positive))
                    total += (-1) ** size * self._count(conn, part_key, part)
            return total

    def search(self, query: str | Query = "", limit: int = 100, offset: int = 0
               ) -> list[ArticleRow]:
        """One window of the result list. Text queries with up to ``rank_limit`` matches are
        ranked (bm25, then newest); bigger result sets and filter-only queries are listed
        newest first, which the rowid order gives without sorting (see ``sort_block``)."""
        key, compiled, _ = self._compile(query)
        limit, offset = max(0, int(limit)), max(0, int(offset))
        columns = "a.rowid, a.id, a.title, a.source, a.published, a.path, a.format"
        with self._reader() as conn:
            ordered = self._window(conn, key, compiled, columns, limit, offset)
            result = [ArticleRow(r[1], r[2], r[3], r[4], r[5], r[6]) for r in ordered]
            if self._session and result:
                tags = self._tags_for(conn, [row.id for row in result])
                for row in result:
                    row.tags = tags.get(row.id, [])
            return result

    def matching_ids(self, query: str | Query = "") -> list[str]:
        """Every matching article id, in list order: a snapshot for bulk actions (paging with
        offsets shifts under you when the action changes what the query matches)."""
        key, compiled, _ = self._compile(query)
        with self._reader() as conn:
            return [row[1] for row in self._window(conn, key, compiled, "a.rowid, a.id", None, 0)]

    def _window(self, conn: sqlite3.Connection, key: str, compiled: CompiledQuery, columns: str,
                limit: int | None, offset: int) -> list[Any]:
        """Rows (``columns``, the rowid first) of the result list from ``offset``; None = all."""
        sql_limit = -1 if limit is None else limit  # SQLite: a negative LIMIT is no limit
        if compiled.match is not None and self._count(conn, key, compiled) <= self.rank_limit:
            ranked = self._ranked_rowids(conn, key, compiled)
            page = ranked[offset:] if limit is None else ranked[offset:offset + limit]
            by_rowid: dict[int, Any] = {}
            for start in range(0, len(page), 500):  # bounded by SQLite's variable limit
                chunk = page[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for row in conn.execute(f"SELECT {columns} FROM articles AS a "
                                        f"WHERE a.rowid IN ({marks})", chunk):
                    by_rowid[row[0]] = row
            return [by_rowid[r] for r in page if r in by_rowid]
        if compiled.match is not None:
            where = "".join(f" AND {w}" for w in compiled.where)
            return self._run(
                conn,
                f"SELECT {columns} FROM articles_fts JOIN articles AS a "
                f"ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?{where} "
                "ORDER BY articles_fts.rowid DESC LIMIT ? OFFSET ?",
                [compiled.match, *compiled.params, sql_limit, offset])
        where = " AND ".join(compiled.where) or "1"
        return self._run(conn, f"SELECT {columns} FROM articles AS a WHERE {where} "
                         "ORDER BY a.rowid DESC LIMIT ? OFFSET ?",
                         [*compiled.params, sql_limit, offset])

    def _tags_for(self, conn: sqlite3.Connection, ids: list[str]) -> dict[str, list[str]]:
        """Tag names per article, in the session's tag order (its ``position``, when it has one)."""
        rows: list[tuple[str, str]] = []
        for start in range(0, len(ids), 500):  # bounded by SQLite's variable limit
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for order in ("t.position, t.id", "t.id"):
                try:
                    rows += conn.execute(
                        "SELECT at.article_id, t.name FROM sess.article_tags AS at "
                        f"JOIN sess.tags AS t ON t.id = at.tag_id WHERE at.article_id IN ({marks}) "
                        f"ORDER BY {order}", chunk).fetchall()
                    break
                except sqlite3.OperationalError:
                    continue  # no position column, or a new session file without tables yet
        tags: dict[str, list[str]] = {}
        for article_id, name in rows:
            names = tags.setdefault(article_id, [])
            if name not in names:
                names.append(name)
        return tags

    def get(self, article_id: str) -> Article:
        with self._reader() as conn:
            row = conn.execute(
                "SELECT a.id, a.path, a.format, a.title, b.text, a.source, a.byline, a.published, "
                "a.url, a.item, a.warnings FROM articles AS a JOIN bodies AS b "
                "ON b.rowid = a.rowid WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(article_id)
        warnings = json.loads(row[10]) if row[10] else []
        return Article(*row[:10], warnings=warnings)

    def entity_counts(self, prefix: str = "", limit: int = 100
                      ) -> list[tuple[str, str | None, int]]:
        """(group key, label, articles) of annotated entities, most frequent first."""
        with self._reader() as conn:
            if prefix.strip():
                sql = ("SELECT key, label, articles FROM entity_keys WHERE articles > 0 AND rowid "
                       "IN (SELECT rowid FROM entity_keys_fts WHERE entity_keys_fts MATCH ?) "
                       "ORDER BY articles DESC, key LIMIT ?")
                return self._run(conn, sql, [fts_string(prefix.strip()) + " *", limit])
            return self._run(conn, "SELECT key, label, articles FROM entity_keys "
                             "WHERE articles > 0 ORDER BY articles DESC, key LIMIT ?", [limit])

    # ---------------------------------------------------------- annotations

    @property
    def annotator_version(self) -> str:
        if self._annotator_version is None:
            self._annotator_version = _default_annotator_version()
        return self._annotator_version

    def annotations(self, article_id: str) -> Annotations:
        version = self.annotator_version
        with self._reader() as conn:
            row = conn.execute("SELECT version, json FROM annotations WHERE article_id = ?",
                               (article_id,)).fetchone()
        if row is not None and row[0] == version:
            return decode_annotations(row[1])
        article = self.get(article_id)
        ann = self._annotator(article.text, article.published)
        with self._reader() as conn:
            conn.execute("PRAGMA busy_timeout = 300")  # a scan batch is ~0.2 s; never wait more
            try:
                conn.execute("BEGIN IMMEDIATE")
                _store_annotations(conn, article_id, version, encode_annotations(ann),
                                   entity_groups(ann))
                conn.execute("COMMIT")
                self._bump()  # entity: results may change
            except sqlite3.OperationalError:  # still busy: the cache can wait, the reader not
                if conn.in_transaction:
                    conn.rollback()
            finally:
                conn.execute("PRAGMA busy_timeout = 2000")
        return ann

    def annotate_all(self, progress: Callable[[AnnotateProgress], None] | None = None,
                     cancel: threading.Event | None = None) -> AnnotateProgress:
        """Annotate every article without a current cache entry (newest first)."""
        with self._annotate_lock:
            return self._annotate_all(progress, cancel)

    def _annotate_all(self, progress: Callable[[AnnotateProgress], None] | None,
                      cancel: threading.Event | None) -> AnnotateProgress:
        started = time.monotonic()
        version = self.annotator_version
        with self._reader() as conn:
            ids = [r[0] for r in conn.execute(
                "SELECT a.id FROM articles AS a WHERE NOT EXISTS (SELECT 1 FROM annotations AS n "
                "WHERE n.article_id = a.id AND n.version = ?) "
                "ORDER BY a.rowid DESC", (version,))]
        state = AnnotateProgress(total=len(ids))
        conn = self._connect(busy_ms=30_000)

        def items(chunk: list[str]) -> list[tuple[str, str, str | None]]:
            marks = ",".join("?" * len(chunk))
            return conn.execute(
                "SELECT a.id, b.text, a.published FROM articles AS a JOIN bodies AS b "
                f"ON b.rowid = a.rowid WHERE a.id IN ({marks})", chunk).fetchall()

        def write(results: list[tuple[str, str, dict[str, tuple[str | None, int]]]]) -> None:
            conn.execute("BEGIN IMMEDIATE")
            for article_id, data, groups in results:
                _store_annotations(conn, article_id, version, data, groups)
            conn.execute("COMMIT")
            self._bump()
            state.done += len(results)
            state.elapsed = time.monotonic() - started
            if progress:
                progress(state)

        chunks = [ids[i:i + 64] for i in range(0, len(ids), 64)]

        def stopped() -> bool:
            state.cancelled = (cancel is not None and cancel.is_set()) or self._closing.is_set()
            return state.cancelled

        def in_process(remaining: list[list[str]]) -> None:
            for chunk in remaining:
                if stopped():
                    return
                write(_annotate_chunk(self._annotator, items(chunk)))

        try:
            if self.workers <= 1 or len(ids) < 256:
                in_process(chunks)
            else:
                context = _pool_context(_module_of(self._annotator))
                pool = cf.ProcessPoolExecutor(self.workers, mp_context=context)
                written = 0
                try:
                    pending: list[cf.Future[Any]] = []
                    for chunk in chunks:  # a few chunks in flight: memory stays bounded
                        pending.append(pool.submit(_annotate_chunk, self._annotator, items(chunk)))
                        while len(pending) >= self.workers * 2 or (chunk is chunks[-1] and pending):
                            if stopped():
                                break
                            write(pending.pop(0).result())
                            written += 1
                        if stopped():
                            break
                except BrokenProcessPool:  # workers could not start: annotate here instead
                    in_process(chunks[written:])
                finally:
                    pool.shutdown(wait=not state.cancelled, cancel_futures=True)
        finally:
            with self._connections_lock:
                if conn in self._all_connections:
                    self._all_connections.remove(conn)
            conn.close()
        state.elapsed = time.monotonic() - started
        state.finished = not state.cancelled
        if progress:
            progress(state)
        return state


def _countable_negations(query: Query) -> list[int]:
    """Clauses that are one excluded filter (or an excluded word outside any MATCH), which
    ``count`` subtracts instead of testing row by row; [] when there are none or too many."""
    has_text = any(all(isinstance(t.atom, Text) for t in c) and not any(t.negated for t in c)
                   for c in query.clauses)
    found = [i for i, c in enumerate(query.clauses)
             if len(c) == 1 and c[0].negated and (not isinstance(c[0].atom, Text) or not has_text)]
    return found if len(found) <= 3 else []


def _store_annotations(conn: sqlite3.Connection, article_id: str, version: str, data: str,
                       groups: dict[str, tuple[str | None, int]]) -> None:
    conn.execute("INSERT OR REPLACE INTO annotations(article_id, version, json) VALUES (?, ?, ?)",
                 (article_id, version, data))
    _drop_mentions(conn, [article_id])
    conn.executemany("INSERT OR IGNORE INTO entity_keys(key, label) VALUES (?, ?)",
                     [(key, label) for key, (label, _count) in groups.items()])
    conn.executemany(
        "INSERT INTO entity_mentions(article_id, key, label, mentions) VALUES (?, ?, ?, ?)",
        [(article_id, key, label, count) for key, (label, count) in groups.items()])
    conn.executemany("UPDATE entity_keys SET articles = articles + 1 WHERE key = ?",
                     [(key,) for key in groups])


def _drop_mentions(conn: sqlite3.Connection, article_ids: list[str]) -> None:
    """Forget these articles' entity mentions, keeping ``entity_keys.articles`` exact."""
    for article_id in article_ids:
        conn.execute("UPDATE entity_keys SET articles = articles - 1 WHERE key IN "
                     "(SELECT key FROM entity_mentions WHERE article_id = ?)", (article_id,))
        conn.execute("DELETE FROM entity_mentions WHERE article_id = ?", (article_id,))


class _Scan:
    """One pass: stat the inputs, drop what is gone, parse what changed, write in batches."""

    def __init__(self, corpus: Corpus, progress: Callable[[ScanProgress], None] | None,
                 cancel: threading.Event | None) -> None:
        self.corpus = corpus
        self.progress_cb = progress
        self.cancel = cancel
        self.started = time.monotonic()
        self.state = ScanProgress()
        self.conn = corpus._writer
        # The index is a cache of the files: losing it to a power cut costs a rebuild (a damaged
        # file is deleted and rebuilt on open). Without fsyncs, a commit and the checkpoint that
        # follows a big one cost a fraction (WAL checkpoints every ~4 MB on big batches).
        self.conn.execute("PRAGMA synchronous = OFF")
        self.pending: list[tuple[str, list[Article], list[Skipped]]] = []
        self.pending_articles = 0
        self.fts_pending: list[tuple[int, str, str, str, str | None]] = []
        self.last_flush = time.monotonic()
        self.last_report = 0.0
        self.flushed_once = False
        self.stats: dict[str, tuple[int, int]] = {}
        self.reparse: list[str] = []  # files holding duplicates of articles that went away

    def cancelled(self) -> bool:
        return (self.cancel is not None and self.cancel.is_set()) or self.corpus._closing.is_set()

    def run(self) -> ScanProgress:
        self.stats = self.corpus._stat_inputs()
        known = self.corpus._known_files()
        to_parse = [p for p, stat in self.stats.items() if known.get(p) != stat]
        removed = [p for p in known if p not in self.stats]
        self.state.files_total = len(to_parse)
        self.state.files_unchanged = len(self.stats) - len(to_parse)
        self.state.files_removed = len(removed)
        if removed:
            self.conn.execute("BEGIN IMMEDIATE")
            for path in removed:
                self._forget(path, drop_file=True)
            self.conn.execute("COMMIT")
            self.corpus._bump()
        if to_parse:
            # No merging of index segments while the scan writes (~25% of the index's write
            # cost): a big scan merges once at its end (_merge_index), and FTS5's crisis merge
            # still caps the segments a query reads (16 per level).
            self.conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 0)")
        self._parse(to_parse)
        while self.reparse and not self.cancelled():
            again = sorted(set(self.reparse) & set(self.stats))
            self.reparse = []
            self.state.files_total += len(again)
            self._parse(again)
        self._flush()
        if self.state.articles_added >= MERGE_AFTER_ARTICLES:
            self._merge_index()
        self.state.cancelled = self.cancelled()
        self.state.finished = not self.state.cancelled
        self._report(force=True)
        return self.state

    def _merge_index(self) -> None:
        """Merge the index's segments in short steps after a big scan: prefix and AND queries
        get ~30% faster, and no step holds the write lock for long."""
        conn = self.conn
        while not self.cancelled():
            before = conn.total_changes
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('merge', -500)")
            conn.execute("COMMIT")
            if conn.total_changes - before < 2:  # nothing left to merge
                return

    def _parse(self, paths: list[str]) -> None:
        if not paths:
            return
        corpus = self.corpus
        if corpus.workers <= 1 or len(paths) < POOL_MIN_FILES:
            for path in paths:
                if self.cancelled():
                    return
                self._add(_load_chunk(corpus._loader, [path]))
            return
        sizes = {p: self.stats.get(p, (0, 0))[0] for p in paths}
        front, paths = fast_first(paths, sizes)
        for path in front:  # the first page, parsed here: no wait for the workers to start
            if self.cancelled():
                return
            self._add(_load_chunk(corpus._loader, [path]))
        self._flush()
        if not paths:
            return
        preload = ["tui.ingest", *_module_of(corpus._loader)]
        pool = cf.ProcessPoolExecutor(corpus.workers, mp_context=_pool_context(preload))
        done = 0
        try:
            chunks = list(_chunks(paths, sizes))
            chunk_bytes = [sum(sizes.get(path, 0) for path in chunk) for chunk in chunks]
            # Bounded chunks in flight: parsed articles waiting for the (slower) writer would
            # otherwise pile up in memory, the whole corpus at worst.
            in_flight: deque[cf.Future[Any]] = deque()
            queued_bytes = 0
            submitted = 0
            for index, chunk in enumerate(chunks):
                while submitted < len(chunks) and (
                        len(in_flight) < corpus.workers * IN_FLIGHT_PER_WORKER
                        or (queued_bytes < IN_FLIGHT_BYTES
                            and len(in_flight) < IN_FLIGHT_CHUNKS)):
                    in_flight.append(pool.submit(_load_chunk, corpus._loader, chunks[submitted]))
                    queued_bytes += chunk_bytes[submitted]
                    submitted += 1
                future = in_flight.popleft()  # in path order: the first path of a duplicate wins
                queued_bytes -= chunk_bytes[index]
                while True:
                    if self.cancelled():
                        return
                    try:
                        self._add(future.result(timeout=self._batch_seconds()))
                        done += len(chunk)
                        break
                    except cf.TimeoutError:
                        self._flush()
        except BrokenProcessPool:
            # workers could not start or died (e.g. out of memory): finish in this process
            for path in paths[done:]:
                if self.cancelled():
                    return
                self._add(_load_chunk(corpus._loader, [path]))
        finally:
            pool.shutdown(wait=not self.cancelled(), cancel_futures=True)

    def _add(self, results: list[tuple[str, list[Article], list[Skipped]]]) -> None:
        for result in results:
            self.pending.append(result)
            self.pending_articles += len(result[1])
        self.state.files_done += len(results)
        if self.flushed_once:
            full = self.pending_articles >= BATCH_ARTICLES
        else:
            full = self.pending_articles >= FIRST_BATCH_ARTICLES
        if full or time.monotonic() - self.last_flush >= self._batch_seconds():
            self._flush()

    def _batch_seconds(self) -> float:
        return BATCH_SECONDS if self.flushed_once else FIRST_BATCH_SECONDS

    def _flush(self) -> None:
        if not self.pending:
            return
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for path, articles, skipped in self.pending:
                self._write_file(path, articles, skipped)
            # FTS5 flushes its pending terms whenever a rowid is not above the last one, so
            # rows go in ascending rowid order: twice as fast as list (date) order.
            self.fts_pending.sort(key=lambda row: row[0])
            conn.executemany("INSERT INTO articles_fts(rowid, title, text, source, byline) "
                             "VALUES (?, ?, ?, ?, ?)", self.fts_pending)
            conn.execute("COMMIT")
        except BaseException:
            conn.rollback()
            raise
        finally:
            self.fts_pending = []
        self.pending = []
        self.pending_articles = 0
        self.last_flush = time.monotonic()
        self.corpus._bump()
        self._report(force=not self.flushed_once)
        self.flushed_once = self.flushed_once or self.state.articles_added > 0

    def _report(self, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last_report < PROGRESS_SECONDS:
            return
        self.last_report = now
        state = self.state
        state.articles = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        reasons = self.conn.execute(
            "SELECT skipped_reason FROM files WHERE skipped_reason IS NOT NULL").fetchall()
        state.skipped = sum(r[0].count("\n") + 1 for r in reasons)
        state.elapsed = time.monotonic() - self.started
        if self.progress_cb:
            self.progress_cb(state)

    def _forget(self, path: str, *, drop_file: bool) -> None:
        """Delete a file's articles; files that held duplicates of them get parsed again."""
        conn = self.conn
        gone = self._delete_articles(path)
        conn.execute("DELETE FROM duplicates WHERE path = ?", (path,))
        if drop_file:
            conn.execute("DELETE FROM files WHERE path = ?", (path,))
        self._reparse_holders(gone)

    def _delete_articles(self, path: str) -> list[str]:
        """Delete a file's articles, bodies and index entries; returns their ids."""
        conn = self.conn
        rows = conn.execute(
            "SELECT a.rowid, a.id, a.title, b.text, a.source, a.byline FROM articles AS a "
            "JOIN bodies AS b ON b.rowid = a.rowid WHERE a.path = ?", (path,)).fetchall()
        if not rows:
            return []
        # a contentless index forgets a row given exactly the values it was given
        conn.executemany("INSERT INTO articles_fts(articles_fts, rowid, title, text, source, "
                         "byline) VALUES ('delete', ?, ?, ?, ?, ?)",
                         [(r[0], r[2], r[3], r[4], r[5]) for r in rows])
        conn.executemany("DELETE FROM bodies WHERE rowid = ?", [(r[0],) for r in rows])
        conn.execute("DELETE FROM articles WHERE path = ?", (path,))
        return [r[1] for r in rows]

    def _reparse_holders(self, ids: list[str]) -> None:
        """``ids`` left with a file: drop their cached annotations (and entity counts) unless
        another path still holds them, and parse again the files that held duplicates."""
        conn = self.conn
        gone = [i for i in ids if conn.execute("SELECT 1 FROM articles WHERE id = ?",
                                               (i,)).fetchone() is None]
        _drop_mentions(conn, gone)
        conn.executemany("DELETE FROM annotations WHERE article_id = ?", [(i,) for i in gone])
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            holders = [r[0] for r in conn.execute(
                f"SELECT DISTINCT path FROM duplicates WHERE article_id IN ({marks}) "
                "AND article_id NOT IN (SELECT id FROM articles)", chunk)]
            for holder in holders:
                conn.execute("DELETE FROM files WHERE path = ?", (holder,))
                conn.execute("DELETE FROM duplicates WHERE path = ?", (holder,))
                self.reparse.append(holder)

    def _write_file(self, path: str, articles: list[Article], skipped: list[Skipped]) -> None:
        conn = self.conn
        old_ids = self._delete_articles(path)
        conn.execute("DELETE FROM duplicates WHERE path = ?", (path,))
        for article in articles:
            ts, day = published_fields(article.published)
            low, high = sort_block(ts, article.title)
            last = conn.execute("SELECT max(rowid) FROM articles WHERE rowid BETWEEN ? AND ?",
                                (low, high)).fetchone()[0]
            rowid = low if last is None else min(last + 1, high)
            source = article.source or ""
            cursor = conn.execute(
                "INSERT OR IGNORE INTO articles(rowid, id, path, item, format, title, source, "
                "byline, published, published_ts, published_day, url, warnings) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rowid, article.id, path, article.item, article.format, article.title, source,
                 article.byline, article.published, ts, day, article.url,
                 json.dumps(article.warnings) if article.warnings else None))
            if cursor.rowcount == 1:
                conn.execute("INSERT INTO bodies(rowid, text) VALUES (?, ?)",
                             (rowid, article.text))
                self.fts_pending.append(
                    (rowid, article.title, article.text, source, article.byline))
                self.state.articles_added += 1
            else:
                conn.execute("INSERT OR IGNORE INTO duplicates(article_id, path) "
                             "SELECT ?, ? WHERE (SELECT path FROM articles WHERE id = ?) != ?",
                             (article.id, path, article.id, path))
        if old_ids:
            kept = {a.id for a in articles}
            self._reparse_holders([i for i in old_ids if i not in kept])
        size, mtime = self.stats.get(path, (-1, -1))
        reasons = "\n".join(" ".join(s.reason.split()) for s in skipped) or None
        file_format = articles[0].format if articles else None
        conn.execute("INSERT OR REPLACE INTO files(path, size, mtime_ns, format, skipped_reason) "
                     "VALUES (?, ?, ?, ?, ?)", (path, size, mtime, file_format, reasons))
