"""JSON and JSONL article dumps with the field names common in scrapers and news APIs."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

from .dates import parse_date

TITLE_KEYS = ("title", "headline", "heading", "name")
TEXT_KEYS = ("text", "body", "content", "article", "articleBody", "article_body", "full_text",
             "fulltext", "maintext", "story")
SUMMARY_KEYS = ("description", "summary", "abstract", "lead", "snippet", "excerpt")
DATE_KEYS = ("date", "published", "publishedAt", "published_at", "pubDate", "datetime",
             "datePublished", "date_published", "publish_date", "publication_date",
             "pub_date", "created_at", "created", "time", "timestamp", "updated")
AUTHOR_KEYS = ("author", "byline", "authors", "creator", "writer", "by")
URL_KEYS = ("url", "link", "href", "canonical_url", "web_url", "permalink", "uri")
SOURCE_KEYS = ("source", "publisher", "site", "site_name", "siteName", "outlet",
               "source_name", "sourceName", "domain", "newspaper", "feed")
WRAPPER_KEYS = ("articles", "items", "data", "results", "entries", "posts", "records", "docs",
                "stories", "news", "documents", "response", "hits", "value")

_CHAR_POSITION = re.compile(r"\s*\(char \d+\)$")
_LOOKS_LIKE_HTML = re.compile(r"<(?:p|br|div|a|span|em|strong|b|i|h[1-6]|ul|li|img|figure)\b",
                              re.IGNORECASE)


# News APIs cut "content" short and say so: "... [+2345 chars]".
_TRUNCATION_NOTE = re.compile(r"\s*\[\+\d+ chars\]\s*$")


class RecordError(ValueError):
    """A record that is not an article (the message is the one-line reason)."""


def json_error_reason(error: json.JSONDecodeError) -> str:
    """"Expecting ',' delimiter: line 1 column 12" — the message without the char offset."""
    return _CHAR_POSITION.sub("", str(error))


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", [], {}):
            return value
    lowered = {k.lower(): v for k, v in record.items() if isinstance(k, str)}
    for key in keys:
        value = lowered.get(key.lower())
        if value not in (None, "", [], {}):
            return value
    return None


def _as_name(value: Any) -> str:
    """A person or outlet as a string: "X", {"name": "X"}, ["X", {"name": "Y"}] → "X, Y"."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("name", "title", "display_name", "displayName", "full_name", "id"):
            if isinstance(value.get(key), str):
                return value[key]
        return ""
    if isinstance(value, list):
        names = [_as_name(v) for v in value[:20]]
        return ", ".join(n for n in names if n)
    return ""


def _as_text(value: Any) -> str:
    """Body text from a string, a list of paragraphs, or {"rendered"/"text"/"value": ...}."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n\n".join(t for t in (_as_text(v) for v in value) if t)
    if isinstance(value, dict):
        for key in ("rendered", "text", "value", "body", "content", "html"):
            if key in value:
                return _as_text(value[key])
    return ""


def _as_date(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds since the epoch
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        return parse_date(value[:200])
    if isinstance(value, dict):
        return _as_date(_first(value, ("date", "value", "$date", "iso")))
    return None


def record_fields(record: Any) -> dict[str, Any]:
    """Map one JSON object onto Article fields (raw, not yet cleaned). Raises RecordError."""
    if not isinstance(record, dict):
        kind = {str: "a string", list: "a list", int: "a number", float: "a number",
                bool: "a boolean", type(None): "null"}.get(type(record), "not an object")
        raise RecordError(f"not a JSON object ({kind})")
    title_value = _first(record, TITLE_KEYS)
    title = title_value if isinstance(title_value, str) else _as_text(title_value)
    text = _as_text(_first(record, TEXT_KEYS))
    if not text.strip():
        text = _as_text(_first(record, SUMMARY_KEYS))
    if not title.strip() and not text.strip():
        raise RecordError("no title or text")
    text = _TRUNCATION_NOTE.sub("", text)
    is_html = bool(_LOOKS_LIKE_HTML.search(text[:5000]))
    url = _first(record, URL_KEYS)
    return {
        "title": title,
        "text": text,
        "text_is_html": is_html,
        "published": _as_date(_first(record, DATE_KEYS)),
        "byline": _as_name(_first(record, AUTHOR_KEYS)) or None,
        "url": url if isinstance(url, str) else None,
        "source": _as_name(_first(record, SOURCE_KEYS)),
    }


def records_in(document: Any, depth: int = 0) -> tuple[list[Any], bool]:
    """The article records of a parsed JSON document and whether it held several.

    An object, a list of objects, or a wrapper such as {"articles": [...]} or
    {"response": {"docs": [...]}}.
    """
    if isinstance(document, list):
        return document, True
    if (isinstance(document, dict) and depth < 3
            and _first(document, TITLE_KEYS + TEXT_KEYS) is None):
        for key in WRAPPER_KEYS:
            inner = document.get(key)
            if isinstance(inner, list) and any(isinstance(v, dict) for v in inner[:10]):
                return inner, True
            if isinstance(inner, dict):
                records, several = records_in(inner, depth + 1)
                if several:
                    return records, True
        lists = [v for v in document.values()
                 if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(lists) == 1:
            return lists[0], True
    return [document], False


def iter_jsonl(text: str) -> Iterator[tuple[int, Any | None, str | None]]:
    """(line number from 1, parsed value or None, error reason or None) per non-blank line."""
    return _parse_lines(enumerate(text.split("\n"), start=1))


def iter_jsonl_lines(handle: BinaryIO) -> Iterator[tuple[int, Any | None, str | None]]:
    """``iter_jsonl`` over a binary file, one line in memory at a time."""
    def decoded() -> Iterator[tuple[int, str]]:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[3:]
            yield number, raw.decode("utf-8", errors="replace")

    return _parse_lines(decoded())


def _parse_lines(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, Any | None, str | None]]:
    decoder = json.JSONDecoder()
    for number, line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            value, end = decoder.raw_decode(line)
            if line[end:].strip():
                raise json.JSONDecodeError("Extra data", line, end)
        except json.JSONDecodeError as error:
            yield number, None, json_error_reason(error)
            continue
        except RecursionError:
            yield number, None, "JSON nested too deeply"
            continue
        except ValueError as error:  # e.g. an integer literal longer than Python converts
            yield number, None, " ".join(str(error).split())[:160]
            continue
        yield number, value, None
