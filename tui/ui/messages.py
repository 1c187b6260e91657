"""Messages thread workers post to the UI (workers never touch widgets directly)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.message import Message

from tui.model import Annotations


@dataclass
class ScanProgress(Message):
    """The background scan parsed ``done`` of ``total`` files (total 0 = not known yet)."""

    done: int
    total: int
    articles: int  # articles indexed so far in this scan
    rate: float  # files per second
    seconds_left: float | None


@dataclass
class ScanFinished(Message):
    """The scan ended (``cancelled`` when the user stopped it; ``error`` is one line or None)."""

    cancelled: bool
    error: str | None
    skipped: int


@dataclass
class SearchDone(Message):
    """Results for search ``generation`` (older generations are dropped: newest query wins)."""

    generation: int
    query: str
    total: int
    first_page: Sequence[object]
    keep_cursor: bool


@dataclass
class SearchFailed(Message):
    generation: int
    query: str
    message: str  # the QueryError's one line


@dataclass
class AnnotationsReady(Message):
    article_id: str
    annotations: Annotations | None
    error: str | None = None
