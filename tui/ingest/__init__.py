"""Ingest: files → sanitised ``Article`` objects. Never imports Textual.

Contract (used by the store and the CLI):
- ``expand_paths(paths) -> list[Path]``: files, folders (recursive) and globs → article files.
- ``load_file(path) -> tuple[list[Article], list[Skipped]]``: never raises for bad input; a
  file that yields nothing gives one ``Skipped`` with a one-line reason; a partly bad file gives
  its good articles plus one ``Skipped`` per bad part (e.g. "line 3: ...").
- ``load_paths(paths) -> Iterator[Article | Skipped]``: both of the above, in path order.

Empty bodies: an article with a title but no body text is kept, with
``warnings == ["empty body"]``; a file with neither is skipped ("empty file", ...).
"""

from __future__ import annotations

import codecs
import glob
import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from stat import S_ISREG
from typing import Any, BinaryIO

from ..model import Article, Skipped, article_id
from .decode import NotText, decode_bytes
from .sanitize import clean_line, clean_text
from .sniff import ARTICLE_EXTENSIONS, FORMATS, JSONL_EXTENSIONS, sniff_format

__all__ = [
    "FORMATS", "INGEST_VERSION", "MAX_FILE_BYTES", "PRELOAD_MODULES", "clean_line", "clean_text",
    "expand_path_names", "expand_paths", "load_file", "load_paths", "make_article",
]

# Bump when a change makes the same file give different articles (rules, fields): a cache of
# parsed files keyed by (path, size, mtime) should add this, so an upgrade re-reads them.
INGEST_VERSION = "1"
MAX_FILE_BYTES = 64 * 1024 * 1024  # bigger files are skipped (JSONL dumps are streamed instead)
# Modules a worker process should import before it reads files (trafilatura takes ~1 s).
PRELOAD_MODULES = ("tui.ingest", "tui.ingest.textpage", "tui.ingest.jsondata", "tui.ingest.html",
                   "tui.ingest.feed", "trafilatura")
EMPTY_BODY = "empty body"
_GLOB_CHARS = set("*?[")
# Notes that sit beside articles in a folder ("README.md", "INDEX.md"; still read when named
# explicitly). Only plain-text names: "index.html" is often the article of a saved page.
_NOT_ARTICLES = {"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE",
                 "AUTHORS", "COPYING", "INDEX"}
_NOTE_SUFFIXES = {"", ".md", ".markdown", ".rst", ".txt", ".text"}


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files, folders (recursive, skipping hidden entries) and globs → sorted absolute paths.

    Folders contribute files with an article extension (.txt, .html, .xml, .json, .jsonl ...);
    files named explicitly are kept whatever their extension. Paths that do not exist are
    kept too, so ``load_paths`` can report them. Symlinked files are kept; symlinked folders
    inside a folder are not followed. Sorted as ``Path`` sorts (component by component).
    """
    return [Path(name) for name in expand_path_names(paths)]


def expand_path_names(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """``expand_paths`` as strings: the same files in the same order, for callers (the store's
    scan) that need no ``Path`` objects (making them costs ~0.5 s per 100,000 files)."""
    # Walks build plain strings and ``Path`` objects only once at the end: making Paths per
    # file cost ~2.4 s of CPU at 100,000 files, the strings ~0.3 s.
    found: set[str] = set()
    for raw in paths:
        text = os.fspath(raw)
        path = Path(text).expanduser()
        if path.exists():
            candidates = [path]
        elif _GLOB_CHARS & set(text):
            candidates = [Path(p) for p in glob.glob(os.path.expanduser(text), recursive=True)]
            if not candidates:
                found.add(str(path.absolute()))  # reported as missing
                continue
        else:
            found.add(str(path.absolute()))
            continue
        for candidate in candidates:
            if candidate.is_dir():
                _walk(str(candidate.absolute()), found)
            else:
                found.add(str(candidate.absolute()))
    return sorted(found, key=_path_sort_key)


def _path_sort_key(name: str) -> str:
    """Path order compares components, so "a/b/c" sorts before "a/b-c": the separator sorts
    below every character (NUL never occurs in a path). A string key is 6x cheaper than a
    list of components."""
    return name.replace(os.sep, "\0")


def _walk(folder: str, found: set[str]) -> None:
    """Add the article files under ``folder`` (a normalised absolute path) to ``found``."""
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue  # unreadable folder: skipped as os.walk skips it
        for entry in entries:
            name = entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                # symlinked folders are not followed (os.walk's default), nor hidden ones
                if name.startswith((".", "__pycache__")) or entry.is_symlink():
                    continue
                pending.append(entry.path)
                continue
            if name.startswith("."):
                continue
            suffix, stem = _suffix_and_stem(name)
            if suffix == ".gz":
                suffix = _suffix_and_stem(stem)[0]
            if suffix in _NOTE_SUFFIXES and stem.upper() in _NOT_ARTICLES:
                continue
            if suffix in ARTICLE_EXTENSIONS:
                found.add(entry.path)


def _suffix_and_stem(name: str) -> tuple[str, str]:
    """``(Path(name).suffix.lower(), Path(name).stem)`` without making a Path."""
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:
        return name[dot:].lower(), name[:dot]
    return "", name


def make_article(
    path: str, fmt: str, title: str, text: str, *, source: str = "",
    byline: str | None = None, published: str | None = None, url: str | None = None,
    item: int | None = None, text_is_clean: bool = False,
) -> Article:
    """An Article with every field sanitised and its content-derived id.

    ``text_is_clean``: the caller already passed ``text`` through ``clean_text`` (saves a
    second scan of the body).
    """
    title = clean_line(title)
    text = (text if text_is_clean else clean_text(text)).strip()
    warnings = [] if text else [EMPTY_BODY]
    return Article(
        id=article_id(title, text),
        path=path,
        format=fmt,
        title=title,
        text=text,
        source=clean_line(source),
        byline=clean_line(byline) or None if byline else None,
        published=published,
        url=clean_line(url) or None if url else None,
        item=item,
        warnings=warnings,
    )


def load_file(path: Path) -> tuple[list[Article], list[Skipped]]:
    """Read one file into articles. Never raises for bad input: problems become ``Skipped``.

    A ``.gz`` file is read as the file inside it ("dump.jsonl.gz", "page.html.gz").
    """
    path = Path(path).absolute()
    shown = clean_line(str(path))
    try:
        if path.is_dir():
            return [], [Skipped(shown, "is a folder")]
        stat = path.stat()
        if not S_ISREG(stat.st_mode):
            # A FIFO or device would block or never end (/dev/zero).
            return [], [Skipped(shown, "not a regular file")]
        compressed = path.suffix.lower() == ".gz"
        suffix = _inner_suffix(path)
        if suffix in JSONL_EXTENSIONS:
            # Dumps can be far bigger than memory should hold twice: read them line by line.
            return _load_jsonl_stream(path, shown, compressed)
        if not compressed and stat.st_size > MAX_FILE_BYTES:
            return [], [Skipped(shown, f"too large ({stat.st_size // (1024 * 1024)} MB)")]
        data = _read_decompressed(path) if compressed else path.read_bytes()
        if len(data) > MAX_FILE_BYTES:
            return [], [Skipped(shown, f"too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB "
                                       "decompressed)")]
        return _load_bytes(data, path, shown, date.fromtimestamp(stat.st_mtime), suffix)
    except FileNotFoundError:
        return [], [Skipped(shown, "no such file or directory")]
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        return [], [Skipped(shown, clean_line(f"not a valid gzip file ({error})")[:200])]
    except OSError as error:
        return [], [Skipped(shown, clean_line(error.strerror or str(error)))]
    except RecursionError:
        return [], [Skipped(shown, "nested too deeply to read")]
    except MemoryError:
        return [], [Skipped(shown, "too large to read")]
    except Exception as error:  # noqa: BLE001 - a bug in one reader must not lose other files
        reason = clean_line(f"could not read: {type(error).__name__}: {error}")[:200]
        return [], [Skipped(shown, reason)]


def _inner_suffix(path: Path) -> str:
    """".jsonl" for "dump.jsonl" and for "dump.jsonl.gz"."""
    if path.suffix.lower() == ".gz":
        return Path(path.stem).suffix.lower()
    return path.suffix.lower()


def _read_decompressed(path: Path) -> bytes:
    """The content of a .gz file, stopping just past MAX_FILE_BYTES (a gzip bomb stops here)."""
    chunks: list[bytes] = []
    total = 0
    with gzip.open(path, "rb") as handle:
        while total <= MAX_FILE_BYTES:
            chunk = handle.read(1024 * 1024)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    return b"".join(chunks)


def _open(path: Path, compressed: bool) -> BinaryIO:
    return gzip.open(path, "rb") if compressed else path.open("rb")  # type: ignore[return-value]


def _load_bytes(data: bytes, path: Path, shown: str, modified: date,
                suffix: str) -> tuple[list[Article], list[Skipped]]:
    if not data:
        return [], [Skipped(shown, "empty file")]
    try:
        text, _encoding = decode_bytes(data)
    except NotText as error:
        return [], [Skipped(shown, str(error) if str(error) else "not text")]
    if not text.strip():
        return [], [Skipped(shown, "empty file (only whitespace)")]
    fmt = sniff_format(text[:8192], suffix)
    if fmt is None:
        return [], [Skipped(shown, "XML that is neither an RSS/Atom feed nor HTML")]
    if fmt == "text":
        return _load_text(text, path, shown, modified)
    if fmt == "html":
        return _load_html(text, shown)
    if fmt == "json":
        return _load_json(text, shown)
    if fmt == "jsonl":
        return _load_jsonl(text, shown)
    return _load_feed(text, fmt, shown)


def _load_text(text: str, path: Path, shown: str,
               modified: date) -> tuple[list[Article], list[Skipped]]:
    from .textpage import parse_text_page

    # A dateline without a year ("GENEVA, March 3") gets the latest fitting year up to the day
    # the file was saved (a scrape is saved soon after publication).
    reference = min(modified, date.today())
    page = parse_text_page(clean_text(text), path.name, reference)
    if not page.title and not page.text:
        return [], [Skipped(shown, "no text (only boilerplate)")]
    title = page.title or _title_from_text(page.text)  # a page that starts with its byline
    if path.suffix.lower() in (".md", ".markdown") or path.name.lower().endswith(".md.gz"):
        title = title.lstrip("#").strip()  # "# Headline" in a Markdown export
    article = make_article(shown, "text", title, page.text, source=page.source,
                           byline=page.byline, published=page.published, url=page.url,
                           text_is_clean=True)
    return [article], []


def _load_html(text: str, shown: str) -> tuple[list[Article], list[Skipped]]:
    from .html import NoHtml, parse_html

    try:
        page = parse_html(text)
    except NoHtml as error:
        return [], [Skipped(shown, str(error))]
    if not page.title.strip() and not page.text.strip():
        return [], [Skipped(shown, "no article text found in the HTML")]
    from .textpage import source_from_url

    article = make_article(shown, "html", page.title or _title_from_text(page.text), page.text,
                           source=page.source or source_from_url(page.url),
                           byline=page.byline, published=page.published, url=page.url)
    return [article], []


def _title_from_text(text: str) -> str:
    from .textpage import _title_from_paragraph

    first = text.strip().split("\n", 1)[0]
    return _title_from_paragraph(first) if first else ""


def _record_article(record: Any, shown: str, fmt: str, item: int | None) -> Article:
    from .jsondata import record_fields

    fields = record_fields(record)
    text = fields["text"]
    if fields["text_is_html"]:
        from .html import html_fragment_to_text

        text = html_fragment_to_text(text)
    title = fields["title"] or _title_from_text(text)
    from .textpage import source_from_url

    return make_article(shown, fmt, title, text,
                        source=fields["source"] or source_from_url(fields["url"]),
                        byline=fields["byline"], published=fields["published"],
                        url=fields["url"], item=item)


def _load_json(text: str, shown: str) -> tuple[list[Article], list[Skipped]]:
    from .jsondata import RecordError, json_error_reason, records_in

    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        return [], [Skipped(shown, f"invalid JSON: {json_error_reason(error)}")]
    except RecursionError:
        return [], [Skipped(shown, "invalid JSON: nested too deeply")]
    except ValueError as error:  # e.g. an integer literal longer than Python converts
        return [], [Skipped(shown, clean_line(f"invalid JSON: {error}")[:200])]
    records, several = records_in(document)
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for index, record in enumerate(records):
        try:
            articles.append(_record_article(record, shown, "json", index if several else None))
        except RecordError as error:
            where = f"item {index + 1}: " if several else ""
            skipped.append(Skipped(shown, f"{where}{error}"))
    if not articles:
        if not records:
            return [], [Skipped(shown, "no articles (an empty JSON list)")]
        if not several:
            return [], skipped
        return [], [Skipped(shown, f"no articles in {len(records)} JSON items "
                                   f"(first: {skipped[0].reason})")]
    return articles, skipped


def _load_jsonl(text: str, shown: str) -> tuple[list[Article], list[Skipped]]:
    from .jsondata import iter_jsonl

    return _collect_jsonl(iter_jsonl(text), shown)


def _load_jsonl_stream(path: Path, shown: str,
                       compressed: bool) -> tuple[list[Article], list[Skipped]]:
    """A .jsonl/.ndjson file (or .jsonl.gz) read line by line (UTF-8; undecodable bytes
    replaced)."""
    from .jsondata import iter_jsonl_lines

    with _open(path, compressed) as handle:
        head = handle.read(4096)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
            # UTF-16 or binary: not a streamable dump; read it whole like any other file.
            if not compressed and path.stat().st_size > MAX_FILE_BYTES:
                return [], [Skipped(shown, "too large for a UTF-16 or binary file")]
            data = _read_decompressed(path) if compressed else path.read_bytes()
            if len(data) > MAX_FILE_BYTES:
                return [], [Skipped(shown, "too large for a UTF-16 or binary file")]
            return _load_bytes(data, path, shown, date.today(), ".jsonl")
        handle.seek(0)
        return _collect_jsonl(iter_jsonl_lines(handle), shown, empty_reason="empty file")


def _collect_jsonl(lines: Iterable[tuple[int, Any, str | None]], shown: str,
                   empty_reason: str = "empty file (no JSON lines)",
                   ) -> tuple[list[Article], list[Skipped]]:
    from .jsondata import RecordError

    articles: list[Article] = []
    skipped: list[Skipped] = []
    for number, value, error in lines:
        if error is not None:
            skipped.append(Skipped(shown, f"line {number}: {error}"))
            continue
        try:
            articles.append(_record_article(value, shown, "jsonl", number - 1))
        except RecordError as record_error:
            skipped.append(Skipped(shown, f"line {number}: {record_error}"))
    if not articles and not skipped:
        return [], [Skipped(shown, empty_reason)]
    if not articles and len(skipped) > 1:
        return [], [Skipped(shown, f"no articles in {len(skipped)} lines "
                                   f"(first: {skipped[0].reason})")]
    return articles, skipped


def _load_feed(text: str, fmt: str, shown: str) -> tuple[list[Article], list[Skipped]]:
    from .feed import FeedError, parse_feed

    try:
        items, feed_format = parse_feed(text)
    except FeedError as error:
        return [], [Skipped(shown, str(error))]
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for index, entry in enumerate(items):
        if not entry.title.strip() and not entry.text.strip():
            skipped.append(Skipped(shown, f"item {index + 1}: no title or text"))
            continue
        articles.append(make_article(
            shown, feed_format, entry.title or _title_from_text(entry.text), entry.text,
            source=entry.source, byline=entry.byline, published=entry.published,
            url=entry.url, item=index,
        ))
    if not articles:
        if not items:
            return [], [Skipped(shown, f"no items in the {feed_format.upper()} feed")]
        return [], [Skipped(shown, f"no readable items in the {feed_format.upper()} feed")]
    return articles, skipped


def load_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article | Skipped]:
    """Every article and every skipped file or part, in path order."""
    for path in expand_paths(paths):
        articles, skipped = load_file(path)
        yield from articles
        yield from skipped
