"""The corpus façade the UI and CLI use: open paths, index them, search, fetch, annotate.

Contract (the UI is written against this; the store layer implements it):

    lib = Library(paths)                 # opens/creates the corpus index under cache_dir()
    lib.scan(progress=cb, cancel=event)  # parse new/changed files (worker processes), index them;
                                         # unchanged files (path, size, mtime) are not parsed again.
                                         # Safe to run in a worker thread while the UI searches.
    lib.skipped -> list[Skipped]         # one-line reasons for files that did not load
    lib.count(query) -> int
    lib.search(query, limit=100, offset=0) -> list[ArticleRow]
    lib.get(article_id) -> Article
    lib.annotations(article_id) -> Annotations   # cached by (id, ANNOTATOR_VERSION)
    lib.attach_session(path_or_None)     # enables tag:/-tag:/untagged in queries
    lib.close()

Query errors raise ``QueryError`` (a ValueError with a one-line message).

Details and additions:

- ``Library(paths)``: an empty ``paths`` opens the bundled sample articles. Opening reads no
  article file; only ``scan`` parses. Also a context manager (``with Library(p) as lib``).
- ``scan`` returns the final ``ScanProgress`` (files_done, files_total, articles, skipped,
  elapsed, finished, cancelled, plus files_unchanged, files_removed, articles_added and ``rate``)
  and calls ``progress`` as batches commit, so rows appear and are searchable while it runs:
  the first page at once (up to 16 small non-HTML files, parsed in the scanning thread while
  no worker process has started yet), then batches of up to 2,000 articles or 1 s (each
  commit has a fixed cost); at most 5 calls a second, the first rows and the end always
  reported. ``files_total`` counts the files this scan must
  parse. The scan's writer skips fsync (``synchronous=OFF``): the index is a cache, and a
  power cut costs at worst a rebuild.
  ``progress`` runs on the scanning thread: from Textual, use ``call_from_thread``/post a message.
  After a scan that added 2,000+ articles, the full-text index is merged in short steps
  (queries ~30% faster); ``cancel`` and ``close()`` stop that too. ``close()`` cancels a
  running scan or bulk annotation at its next batch and then closes the index.
- ``changed_files() -> list[str]``: a stat walk (no parsing) listing new, changed and deleted
  files since the last scan; poll it to watch a folder, then call ``scan()`` again.
- ``search``/``count`` accept the search-box text (see ``tui.store.query`` for the language).
  Order: text queries matching up to 2,000 articles by relevance (bm25, title hits weigh most)
  then newest; bigger result sets, filter-only and empty queries newest first (undated last, by
  title). Ranking every match of a common word costs ~0.3 s at 100,000 articles, so beyond
  that size the list is by date, which the index streams with no sort. ``search`` is bounded
  by ``limit``/``offset``; ``count`` is a separate, cached query. ``ArticleRow.tags`` holds the
  session's tag names (in the session's tag order) when a session is attached.
  ``tag:``/``untagged`` without a session → ``QueryError``.
- Scripts that call ``scan``/``annotate_all`` need the ``if __name__ == "__main__":`` guard:
  worker processes start through multiprocessing's forkserver (never a fork of the UI's
  threads), which imports the main module. If workers cannot start, the work is done in-process.
- ``matching_ids(query) -> list[str]``: every matching id in list order at once, for bulk
  actions (e.g. apply a tag to all results: paging by offset shifts when tagging changes what
  an ``untagged``/``tag:`` query matches).
- ``annotate_all(progress=None, cancel=None) -> AnnotateProgress``: annotates every article that
  has no cache entry for the current annotator version (worker processes, newest first).
  ``entity:`` searches only the articles annotated so far (opened ones, or by annotate_all).
- ``entity_counts(prefix="", limit=100) -> list[(key, label, articles)]``: the corpus-wide
  entity list over annotated articles, most frequent first.
- Typing: only the last word (no space after it) and ``word*`` are prefixes; ``source:``,
  ``title:``, ``author:`` and ``entity:`` values are prefixes unless quoted. Dates filter by
  the day the page gives (its own time zone); undated articles match no date filter.
- Thread safety: every method may be called from any thread; scans and bulk annotation write
  through their own connections; reads borrow pooled connections (SQLite WAL).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Self

from tui.model import Annotations, Article, Skipped
from tui.paths import cache_dir, sample_articles_dir
from tui.store.corpus import (
    AnnotateProgress,
    Annotator,
    ArticleRow,
    Corpus,
    Expander,
    Loader,
    ScanProgress,
    corpus_key,
)
from tui.store.query import QueryError

__all__ = ["AnnotateProgress", "ArticleRow", "Library", "QueryError", "ScanProgress"]


class Library:
    """One opened corpus: the files at ``paths``, indexed in a SQLite file under cache_dir()."""

    def __init__(
        self,
        paths: Sequence[str | Path] | None = None,
        *,
        loader: Loader | None = None,
        expander: Expander | None = None,
        annotator: Annotator | None = None,
        annotator_version: str | None = None,
        workers: int | None = None,
    ) -> None:
        """``loader``/``expander``/``annotator`` default to tui.ingest and tui.annotate (tests
        may pass others; a loader run in worker processes must be a module-level function).
        ``workers``: parser processes (default: all cores; 0 or 1 parses in-process)."""
        inputs = list(paths) if paths else [sample_articles_dir()]
        self.paths = [str(p) for p in inputs]
        self.db_path = cache_dir() / "corpora" / f"{corpus_key(inputs)}.sqlite"
        self._corpus = Corpus(inputs, self.db_path, loader=loader, expander=expander,
                              annotator=annotator, annotator_version=annotator_version,
                              workers=workers)

    def scan(self, progress: Callable[[ScanProgress], None] | None = None,
             cancel: threading.Event | None = None) -> ScanProgress:
        return self._corpus.scan(progress, cancel)

    def changed_files(self) -> list[str]:
        return self._corpus.changed_files()

    @property
    def skipped(self) -> list[Skipped]:
        return self._corpus.skipped

    def count(self, query: str = "") -> int:
        return self._corpus.count(query)

    def search(self, query: str = "", limit: int = 100, offset: int = 0) -> list[ArticleRow]:
        return self._corpus.search(query, limit, offset)

    def matching_ids(self, query: str = "") -> list[str]:
        return self._corpus.matching_ids(query)

    def get(self, article_id: str) -> Article:
        """The article with this id; ``KeyError`` when the corpus has none."""
        return self._corpus.get(article_id)

    def annotations(self, article_id: str) -> Annotations:
        return self._corpus.annotations(article_id)

    def annotate_all(self, progress: Callable[[AnnotateProgress], None] | None = None,
                     cancel: threading.Event | None = None) -> AnnotateProgress:
        return self._corpus.annotate_all(progress, cancel)

    def entity_counts(self, prefix: str = "", limit: int = 100
                      ) -> list[tuple[str, str | None, int]]:
        return self._corpus.entity_counts(prefix, limit)

    def attach_session(self, path: str | Path | None) -> None:
        """Read tags from this session database (read-only); None detaches."""
        self._corpus.attach_session(path)

    def close(self) -> None:
        self._corpus.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
