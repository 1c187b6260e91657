"""Ingest: files → sanitised ``Article`` objects. Never imports Textual.

Contract (used by the store and the CLI):
- ``expand_paths(paths) -> list[Path]``: files, folders (recursive) and globs → article files.
- ``load_file(path) -> tuple[list[Article], list[Skipped]]``: never raises for bad input; a
  file that yields nothing gives one ``Skipped`` with a one-line reason; a partly bad file gives
  its good articles plus one ``Skipped`` per bad part (e.g. "line 3: ...").
- ``load_paths(paths) -> Iterator[Article | Skipped]``: both of the above, in path order.
"""

from __future__ import annotations
