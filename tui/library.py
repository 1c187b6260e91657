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
"""

from __future__ import annotations
