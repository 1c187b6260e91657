"""Which reader a file needs, judged by its content first and its extension second."""

from __future__ import annotations

import json
import re

FORMATS = ("text", "html", "rss", "atom", "json", "jsonl")

TEXT_EXTENSIONS = {".txt", ".text", ".md", ".markdown", ".rst", ""}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".mhtml"}
FEED_EXTENSIONS = {".xml", ".rss", ".atom", ".rdf", ".feed"}
JSON_EXTENSIONS = {".json"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson", ".jsonlines"}
ARTICLE_EXTENSIONS = (TEXT_EXTENSIONS | HTML_EXTENSIONS | FEED_EXTENSIONS | JSON_EXTENSIONS
                      | JSONL_EXTENSIONS) - {""}

_XML_ROOT = re.compile(r"<(?!\?|!)([A-Za-z_][\w.-]*(?::[\w.-]+)?)")
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|script|"
                        r"h1|h2|br|span|a|table|section|main|nav|header|style|link)\b",
                        re.IGNORECASE)


def sniff_format(head: str, suffix: str) -> str | None:
    """The format of a decoded file from its first few kilobytes and its extension.

    Returns one of ``FORMATS``, or None for XML that is neither a feed nor HTML.
    """
    start = head.lstrip("\ufeff \t\r\n")[:4096]
    lowered = start.lower()
    if start.startswith(("{", "[")):
        as_json = _json_kind(head, suffix)
        if as_json:
            return as_json
    if start.startswith("<"):
        root = _xml_root(start)
        if root in ("rss", "rdf:rdf", "rdf"):
            return "rss"
        if root == "feed":
            return "atom"
        if root == "html" or lowered.startswith("<!doctype html") or _HTML_HINT.match(start):
            return "html"
        if start.startswith("<?xml") or suffix in FEED_EXTENSIONS:
            if "<html" in lowered:
                return "html"
            return None
        if _HTML_HINT.search(lowered):
            return "html"
    if suffix in HTML_EXTENSIONS and _HTML_HINT.search(lowered):
        return "html"
    if suffix in JSONL_EXTENSIONS:
        return "jsonl"
    if suffix in JSON_EXTENSIONS:
        return "json"
    return "text"


def _xml_root(start: str) -> str | None:
    # Skip the prolog: XML declaration, comments, DOCTYPE, processing instructions.
    text = re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", "", start,
                  flags=re.DOTALL | re.IGNORECASE)
    match = _XML_ROOT.search(text)
    return match.group(1).lower() if match else None


def _json_kind(head: str, suffix: str) -> str | None:
    """'json' or 'jsonl' for JSON-looking content; None when a text file merely starts with '['."""
    if suffix in JSONL_EXTENSIONS:
        return "jsonl"
    if suffix in JSON_EXTENSIONS:
        return "json"
    first_line = head.lstrip().split("\n", 1)[0].strip()
    try:
        json.loads(first_line)
        several = len([ln for ln in head.split("\n")[:5] if ln.strip()]) > 1
        if several and first_line.startswith("{"):
            return "jsonl"
        return "json"
    except (json.JSONDecodeError, RecursionError):
        pass
    # A pretty-printed document: the first line alone is not complete JSON.
    if re.match(r"\s*[\[{]\s*(\"|\{|\[|$)", head):
        return "json"
    return None
