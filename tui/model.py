"""The data model shared by every layer: articles, skipped files and annotation spans.

Offsets are Python ``str`` indices into ``Article.text``, half-open ``[start, end)``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any


def normalise_for_id(text: str) -> str:
    """Normalise text so cosmetic differences (whitespace, unicode forms, case) keep one id."""
    # split/join rather than a \s+ regex: the same result (str.isspace agrees with \s), and
    # about a third of ingest time on text pages went to the regex.
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def article_id(title: str, text: str) -> str:
    """A stable, content-derived id: the same story keeps its id when moved or re-scraped."""
    digest = hashlib.sha256()
    digest.update(normalise_for_id(title).encode("utf-8"))
    digest.update(b"\x00")
    digest.update(normalise_for_id(text).encode("utf-8"))
    return digest.hexdigest()[:16]


@dataclass(slots=True)
class Article:
    """One article, cleaned and sanitised by ingest (no control sequences remain)."""

    id: str
    path: str  # the file it came from (absolute); an attribute, not the identity
    format: str  # "text" | "html" | "rss" | "atom" | "json" | "jsonl"
    title: str
    text: str  # the cleaned body; every span offset indexes into this
    source: str = ""  # outlet name ("Firstpost", "Reuters"), "" when unknown
    byline: str | None = None
    published: str | None = None  # ISO 8601, with offset when the page gives a time
    url: str | None = None
    item: int | None = None  # position inside a multi-article file (feed, JSON list, JSONL line)
    warnings: list[str] = field(default_factory=list)  # e.g. "empty body"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Skipped:
    """A file (or part of one) that could not be loaded, with a one-line reason."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


LAYERS = ("entity", "quote", "date")


@dataclass(frozen=True, slots=True)
class Span:
    """One annotation over ``Article.text[start:end]``.

    entity: ``label`` is the type (PERSON, ORG, GPE, ...); ``value`` the grouping key (the
            canonical name, so "Putin" and "Vladimir Putin" share one).
    quote:  ``speaker`` is the name as written nearest the quote, or None.
    date:   ``label`` is the TIMEX3 type (DATE, TIME, DURATION, SET); ``value`` the normalised
            TIMEX3 value.
    """

    layer: str
    start: int
    end: int
    text: str
    label: str | None = None
    value: str | None = None
    speaker: str | None = None

    def to_json(self) -> dict[str, Any]:
        base: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.layer == "entity":
            base["label"] = self.label
            if self.value is not None:
                base["entity"] = self.value
        elif self.layer == "quote":
            base["speaker"] = self.speaker
        else:
            base["type"] = self.label
            base["value"] = self.value
        return base


@dataclass(slots=True)
class Annotations:
    entities: list[Span] = field(default_factory=list)
    quotes: list[Span] = field(default_factory=list)
    dates: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "entities": [s.to_json() for s in self.entities],
            "quotes": [s.to_json() for s in self.quotes],
            "dates": [s.to_json() for s in self.dates],
        }

    def all(self) -> list[Span]:
        return sorted(self.entities + self.quotes + self.dates, key=lambda s: (s.start, -s.end))
