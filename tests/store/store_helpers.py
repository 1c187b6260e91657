"""A tiny stand-in article format for store tests, so they test the store alone.

A ``.art`` file holds articles separated by lines of ``===``; each has header lines
``Title:``, ``Source:``, ``Byline:``, ``Date:`` then a blank line and the body.
A file whose text starts with ``BROKEN`` yields nothing and one ``Skipped``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from tui.model import Annotations, Article, Skipped, Span, article_id

PARSE_LOG_ENV = "NEWSTUI_TEST_PARSE_LOG"


def load_art(path: Path) -> tuple[list[Article], list[Skipped]]:
    log = os.environ.get(PARSE_LOG_ENV)
    if log:  # every parse appends the path: evidence of what was (re)parsed
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{path}\n")
    text = path.read_text(encoding="utf-8")
    if text.startswith("BROKEN"):
        return [], [Skipped(str(path), "not an article file\n(second line)")]
    articles = []
    for item, block in enumerate(text.split("\n===\n")):
        head, _, body = block.partition("\n\n")
        fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        title = fields.get("Title", "")
        articles.append(Article(
            id=article_id(title, body), path=str(path), format="text", title=title,
            text=body.strip(), source=fields.get("Source", ""), byline=fields.get("Byline"),
            published=fields.get("Date"), item=item))
    return articles, []


def expand_art(paths: Sequence[str | Path]) -> list[Path]:
    found: list[Path] = []
    for entry in map(Path, paths):
        found.extend(sorted(entry.rglob("*.art")) if entry.is_dir() else [entry])
    return found


def write_art(path: Path, *articles: dict[str, str]) -> Path:
    blocks = []
    for fields in articles:
        head = "\n".join(f"{k}: {v}" for k, v in fields.items() if k != "body")
        blocks.append(f"{head}\n\n{fields['body']}")
    path.write_text("\n===\n".join(blocks), encoding="utf-8")
    return path


def failing_annotate(text: str, published: str | None) -> Annotations:
    """Capitalised runs as PERSON entities; raises on ``FAIL`` (a buggy annotator)."""
    if "FAIL" in text:
        raise RuntimeError("annotator bug")
    spans = [Span("entity", m.start(), m.end(), m.group(0), "PERSON", m.group(0))
             for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z0-9]+)+", text)]
    return Annotations(entities=spans)


def load_art_logging_pid(path: Path) -> tuple[list[Article], list[Skipped]]:
    """``load_art`` that writes the parsing process's id to "<name>.pid" beside the file (an
    environment variable would not reach a fork server started by an earlier test)."""
    path.with_suffix(".pid").write_text(str(os.getpid()), encoding="utf-8")
    return load_art(path)
