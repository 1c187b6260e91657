"""Export a session (JSONL, CSV, Prodigy, doccano, brat) and import our JSONL back.

Every export covers the articles that have at least one tag, a note or a span tag, in the order
they were first touched (then by id), from the session's own snapshot of each article — so it
works without the corpus. Article tags are listed alphabetically (case-insensitive) so an
export → import → export round trip is byte-identical.

- ``jsonl``: our lossless format (what ``import`` reads). One object per article: id, title, url,
  path, source, published, tags, note, span_tags [{layer, start, end, text, tag,
  context_before, context_after, status, created}], annotator, created, updated, text.
- ``csv``: one row per article, tags joined with ";" (tag names cannot contain ";"), the span
  tag count; cells that a spreadsheet would run as a formula (= + - @ at the start) get a
  leading apostrophe, because titles and notes are untrusted text.
- ``prodigy``: {text, meta {id, title, url, source[, note]}, options, accept, spans [{start, end,
  label}], answer: "accept"}.
- ``doccano``: {id, text, label [[start, end, label]], cats [article tags], meta}.
- ``brat``: a directory of ``<id>.txt`` + ``<id>.ann`` (ids that are not plain file names are
  hashed) and an ``annotation.conf``. Span tags are
  ``T`` lines (split into fragments at newlines, as brat requires). Article tags are
  attributes (``A`` lines) on an ``Article`` entity covering the first line of the text; the
  note is an ``AnnotatorNotes`` comment on it.

Span offsets index the exported ``text``. Prodigy, doccano and brat leave out span tags whose
status is "detached" (their text is no longer in the article); JSONL keeps them.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from tui.ingest.sanitize import clean_text
from tui.model import Article
from tui.sessions.core import Session, clean_tag_name

FORMATS = ("jsonl", "csv", "prodigy", "doccano", "brat")
LINE_FORMATS = ("jsonl", "csv", "prodigy", "doccano")  # can go to stdout
CSV_COLUMNS = ("id", "title", "tags", "note", "url", "path", "source", "published",
               "span_tags", "annotator", "created", "updated")
_SPAN_FIELDS = ("layer", "start", "end", "text", "tag", "context_before", "context_after",
                "status", "created")
_IMPORT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ImportFormatError(ValueError):
    """A line of an import file that is not a valid newstui JSONL record (one-line message)."""


@dataclass(slots=True)
class ExportRecord:
    id: str
    title: str
    url: str | None
    path: str | None
    source: str | None
    published: str | None
    tags: list[str]
    note: str
    span_tags: list[dict[str, Any]]
    annotator: str
    created: str
    updated: str
    text: str
    options: list[str] = field(default_factory=list)  # every tag in the session (Prodigy)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "url": self.url, "path": self.path,
            "source": self.source, "published": self.published, "tags": self.tags,
            "note": self.note, "span_tags": self.span_tags, "annotator": self.annotator,
            "created": self.created, "updated": self.updated, "text": self.text,
        }

    def usable_spans(self) -> list[dict[str, Any]]:
        """Span tags whose offsets index ``text`` (for the training-data formats)."""
        return [s for s in self.span_tags if s["status"] != "detached"
                and 0 <= s["start"] <= s["end"] <= len(self.text)
                and self.text[s["start"]:s["end"]] == s["text"]]


def _tag_order(name: str) -> tuple[str, str]:
    return name.casefold(), name


@contextmanager
def _read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction, so another process's commit cannot land between the queries."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def records(session: Session) -> Iterator[ExportRecord]:
    """The session's tagged, noted or span-tagged articles, oldest first."""
    conn: sqlite3.Connection = session._conn
    with session._lock, _read_snapshot(conn):
        tag_names = dict(conn.execute("SELECT id, name FROM tags"))  # same snapshot as below
        options = sorted(tag_names.values(), key=_tag_order)
        tags: dict[str, list[str]] = {}
        for article_id, tag_id in conn.execute("SELECT article_id, tag_id FROM article_tags"):
            if tag_id in tag_names:
                tags.setdefault(article_id, []).append(tag_names[tag_id])
        notes = dict(conn.execute("SELECT article_id, text FROM notes"))
        spans: dict[str, list[dict[str, Any]]] = {}
        for row in conn.execute(
                'SELECT article_id, layer, start, "end", text, tag, context_before, '
                'context_after, status, created FROM span_tags ORDER BY article_id, start, '
                '"end", tag, layer, id'):
            layer, start, end, text, tag, before, after, status, created = row[1:]
            spans.setdefault(row[0], []).append({
                "layer": layer, "start": start, "end": end, "text": text, "tag": tag,
                "context_before": before, "context_after": after, "status": status,
                "created": created,
            })
        wanted = set(tags) | set(notes) | set(spans)
        rows = conn.execute(
            "SELECT activity.article_id, created, updated, annotator, title, url, path, "
            "source, published, text FROM activity LEFT JOIN articles "
            "ON articles.id = activity.article_id ORDER BY created, activity.article_id"
        ).fetchall()
    for article_id, created, updated, annotator, title, url, path, source, published, text in rows:
        if article_id not in wanted:
            continue
        yield ExportRecord(
            id=article_id, title=title or "", url=url, path=path, source=source,
            published=published, tags=sorted(tags.get(article_id, []), key=_tag_order),
            note=notes.get(article_id, ""), span_tags=spans.get(article_id, []),
            annotator=annotator, created=created, updated=updated, text=text or "",
            options=options,
        )


def _dump(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False) + "\n"


def write_jsonl(session: Session, out: TextIO) -> int:
    count = 0
    for record in records(session):
        out.write(_dump(record.to_json()))
        count += 1
    return count


def _safe_cell(value: str | None) -> str:
    value = value or ""
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_csv(session: Session, out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for r in records(session):
        writer.writerow([
            r.id, _safe_cell(r.title), ";".join(r.tags), _safe_cell(r.note), _safe_cell(r.url),
            _safe_cell(r.path), _safe_cell(r.source), _safe_cell(r.published),
            len(r.span_tags), _safe_cell(r.annotator), r.created, r.updated,
        ])
        count += 1
    return count


def _meta(record: ExportRecord) -> dict[str, Any]:
    meta: dict[str, Any] = {"id": record.id, "title": record.title, "url": record.url,
                            "source": record.source}
    if record.note:
        meta["note"] = record.note
    return meta


def write_prodigy(session: Session, out: TextIO) -> int:
    count = 0
    for r in records(session):
        out.write(_dump({
            "text": r.text,
            "meta": _meta(r),
            "options": [{"id": name, "text": name} for name in r.options],
            "accept": r.tags,
            "spans": [{"start": s["start"], "end": s["end"], "label": s["tag"]}
                      for s in r.usable_spans()],
            "answer": "accept",
        }))
        count += 1
    return count


def write_doccano(session: Session, out: TextIO) -> int:
    count = 0
    for r in records(session):
        out.write(_dump({
            "id": r.id,
            "text": r.text,
            "label": [[s["start"], s["end"], s["tag"]] for s in r.usable_spans()],
            "cats": r.tags,
            "meta": _meta(r),
        }))
        count += 1
    return count


_BRAT_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def brat_name(label: str) -> str:
    """A brat type/attribute name (ASCII letters, digits, _ and -) for a tag name."""
    ascii_form = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    name = _BRAT_UNSAFE.sub("_", ascii_form).strip("_")
    if not name:  # e.g. a tag written in a non-Latin script: keep it unique
        name = "tag_" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:8]
    return name


_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,127}")


def brat_file_stem(article_id: str) -> str:
    """The article id when it is a plain file name (ours are hex), else a hash of it: an id
    never becomes a path."""
    if _SAFE_ID.fullmatch(article_id):
        return article_id
    return "id-" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:16]


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) split at newlines: brat text-bound annotations cannot span a line break."""
    pieces = []
    position = start
    for part in text[start:end].split("\n"):
        if part.strip():
            left = position + len(part) - len(part.lstrip())
            right = position + len(part.rstrip())
            pieces.append((left, right))
        position += len(part) + 1
    return pieces


def write_brat(session: Session, directory: Path) -> int:
    directory.mkdir(parents=True, exist_ok=True)
    span_types: set[str] = set()
    attributes: set[str] = set()
    count = 0
    for r in records(session):
        lines: list[str] = []
        number = 0
        for span in r.usable_spans():
            pieces = _fragments(r.text, span["start"], span["end"])
            if not pieces:
                continue
            number += 1
            label = brat_name(span["tag"])
            span_types.add(label)
            where = ";".join(f"{a} {b}" for a, b in pieces)
            shown = " ".join(r.text[a:b] for a, b in pieces)
            lines.append(f"T{number}\t{label} {where}\t{shown}")
        first_line = _fragments(r.text, 0, len(r.text))[:1]
        if first_line and (r.tags or r.note):
            number += 1
            anchor = f"T{number}"
            a, b = first_line[0]
            lines.append(f"{anchor}\tArticle {a} {b}\t{r.text[a:b]}")
            for index, tag in enumerate(r.tags, start=1):
                attributes.add(brat_name(tag))
                lines.append(f"A{index}\t{brat_name(tag)} {anchor}")
            if r.note:
                lines.append(f"#1\tAnnotatorNotes {anchor}\t{' '.join(r.note.split())}")
        stem = brat_file_stem(r.id)
        (directory / f"{stem}.txt").write_text(r.text, encoding="utf-8", newline="")
        (directory / f"{stem}.ann").write_text("".join(f"{line}\n" for line in lines),
                                               encoding="utf-8", newline="")
        count += 1
    conf = ["[entities]", "Article", *sorted(span_types - {"Article"}), "[relations]",
            "[events]", "[attributes]", *(f"{name}\tArg:Article" for name in sorted(attributes))]
    (directory / "annotation.conf").write_text("\n".join(conf) + "\n", encoding="utf-8")
    return count


def export(session: Session, fmt: str, out: TextIO | Path) -> int:
    """Write ``session`` in ``fmt`` to a text stream (line formats) or a directory (brat).
    Returns the number of articles written."""
    if fmt == "brat":
        if not isinstance(out, Path):
            raise ValueError("brat export needs a directory")
        return write_brat(session, out)
    writers = {"jsonl": write_jsonl, "csv": write_csv, "prodigy": write_prodigy,
               "doccano": write_doccano}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if isinstance(out, Path):
        # write beside, then rename: a failed export never leaves half a file behind
        temp = out.with_name(f".{out.name}.partial")
        try:
            with open(temp, "w", encoding="utf-8", newline="") as handle:
                count = writers[fmt](session, handle)
            os.replace(temp, out)
        finally:
            temp.unlink(missing_ok=True)
        return count
    return writers[fmt](session, out)


# --- import ------------------------------------------------------------------------------------

def _need(record: dict[str, Any], key: str, types: type | tuple[type, ...], where: str) -> Any:
    value = record.get(key)
    if not isinstance(value, types) or isinstance(value, bool):
        raise ImportFormatError(f"{where}: field {key!r} is missing or has the wrong type")
    return value


def _refuse_controls(record: dict[str, Any], keys: tuple[str, ...], where: str) -> None:
    """An import file is untrusted: terminal escapes and control characters are refused (our
    own exports never contain them — ingest and set_note strip them)."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and clean_text(value) != value:
            raise ImportFormatError(f"{where}: field {key!r} contains control characters")


def _parse_record(line: str, where: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError as error:
        raise ImportFormatError(f"{where}: not JSON ({error.msg})") from error
    if not isinstance(record, dict):
        raise ImportFormatError(f"{where}: not a JSON object")
    _need(record, "id", str, where)
    if not _IMPORT_ID.fullmatch(record["id"]):
        raise ImportFormatError(f"{where}: id must be 1-128 letters, digits, '.', '_', ':', '-'")
    for key in ("title", "text", "annotator", "created", "updated"):
        _need(record, key, str, where)
    for key in ("url", "path", "source", "published"):
        if record.get(key) is not None:
            _need(record, key, str, where)
    _refuse_controls(record, ("id", "title", "text", "annotator", "created", "updated", "url",
                              "path", "source", "published", "note"), where)
    record.setdefault("note", "")
    if record["note"] is None:
        record["note"] = ""
    _need(record, "note", str, where)
    tags = _need(record, "tags", list, where)
    try:
        record["tags"] = [clean_tag_name(_need({"tag": t}, "tag", str, where)) for t in tags]
    except ValueError as error:
        raise ImportFormatError(f"{where}: {error}") from error
    spans = record.setdefault("span_tags", [])
    _need(record, "span_tags", list, where)
    text = record["text"]
    for span in spans:
        if not isinstance(span, dict):
            raise ImportFormatError(f"{where}: a span tag is not an object")
        for key in ("start", "end"):
            _need(span, key, int, where)
        for key in ("layer", "text", "tag", "context_before", "context_after", "status",
                    "created"):
            _need(span, key, str, where)
        _refuse_controls(span, ("layer", "text", "tag", "context_before", "context_after",
                                "status", "created"), where)
        if not 0 <= span["start"] <= span["end"]:
            raise ImportFormatError(f"{where}: span offsets {span['start']}-{span['end']}")
        if span["status"] != "detached" and text[span["start"]:span["end"]] != span["text"]:
            raise ImportFormatError(
                f"{where}: span tag text does not match the article text at "
                f"{span['start']}-{span['end']}")
        try:
            span["tag"] = clean_tag_name(span["tag"])
        except ValueError as error:
            raise ImportFormatError(f"{where}: {error}") from error
    return record


def read_jsonl(lines: Iterable[str], source: str = "input") -> list[dict[str, Any]]:
    """Parse and check every line first, so a bad file imports nothing."""
    parsed = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            parsed.append(_parse_record(line, f"{source}:{number}"))
    return parsed


def import_jsonl(session: Session, lines: Iterable[str], source: str = "input") -> int:
    """Add the records of a newstui JSONL export to ``session`` as one undo step: tags are added
    to the article's existing ones, a non-empty note replaces the note, span tags are added
    unless the same (layer, start, end, tag) exists. Timestamps and annotator are kept.
    Raises ``ImportFormatError`` (nothing imported) on the first bad line."""
    parsed = read_jsonl(lines, source)
    if not parsed:
        return 0
    with session._write() as conn:
        ops: list[dict[str, Any]] = []
        for record in parsed:
            article = Article(
                id=record["id"], path=record.get("path") or "", format="jsonl",
                title=record["title"], text=record["text"], source=record.get("source") or "",
                published=record.get("published"), url=record.get("url"))
            session._snapshot(conn, (article,))
            # the snapshot stores "" for a missing path/source; keep None as exported
            conn.execute("UPDATE articles SET path=?, source=? WHERE id=?",
                         (record.get("path"), record.get("source"), article.id))
            for name in record["tags"]:
                tag = session.tag(name) or session._new_tag(conn, name, None, ops)
                if tag.id in session._article_tags.get(article.id, ()):
                    continue
                row = {"article_id": article.id, "tag_id": tag.id, "created": record["created"]}
                conn.execute("INSERT INTO article_tags(article_id, tag_id, created) "
                             "VALUES (:article_id, :tag_id, :created)", row)
                ops.append({"t": "article_tags", "b": None, "a": row})
                session._article_tags.setdefault(article.id, set()).add(tag.id)
            if record["note"].strip():
                before = session._row(conn, "notes", {"article_id": article.id})
                after = {"article_id": article.id, "text": record["note"].strip(),
                         "updated": record["updated"]}
                if before != after:
                    session._put(conn, "notes", {"article_id": article.id}, after)
                    ops.append({"t": "notes", "b": before, "a": after})
            for span in record["span_tags"]:
                exists = conn.execute(
                    'SELECT 1 FROM span_tags WHERE article_id=? AND layer=? AND start=? AND '
                    '"end"=? AND tag=? COLLATE NOCASE',
                    (article.id, span["layer"], span["start"], span["end"], span["tag"]),
                ).fetchone()
                if exists:
                    continue
                row = {"article_id": article.id, **{k: span[k] for k in _SPAN_FIELDS}}
                cursor = conn.execute(
                    'INSERT INTO span_tags(article_id, layer, start, "end", text, tag, '
                    "context_before, context_after, status, created) VALUES (:article_id, "
                    ":layer, :start, :end, :text, :tag, :context_before, :context_after, "
                    ":status, :created)", row)
                ops.append({"t": "span_tags", "b": None,
                            "a": {"id": int(cursor.lastrowid or 0), **row}})
        session._log(conn, f"import {len(parsed)} articles from {source}", ops, ())
        # keep the exported timestamps and annotator (the earliest creation, the latest update)
        conn.executemany(
            "INSERT INTO activity(article_id, created, updated, annotator) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(article_id) DO UPDATE SET created=min(created, excluded.created), "
            "updated=max(updated, excluded.updated), annotator=excluded.annotator",
            [(r["id"], r["created"], r["updated"], r["annotator"]) for r in parsed])
    return len(parsed)
