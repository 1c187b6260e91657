"""Headless session commands: ``newstui sessions``, ``newstui export``, ``newstui import``.

    newstui sessions [--json]
    newstui export NAME [--format jsonl|csv|prodigy|doccano|brat] [-o OUT]
    newstui import FILE|- --session NAME

Errors a user can cause (unknown session, damaged file, bad import line) print one line on
stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from tui.sessions.core import Session, SessionError, SessionNotFound
from tui.sessions.export import FORMATS, LINE_FORMATS, ImportFormatError, export, import_jsonl
from tui.sessions.registry import SessionInfo, list_sessions


def _articles(count: int) -> str:
    return f"{count} article" if count == 1 else f"{count} articles"


def _fail(command: str, message: str) -> int:
    print(f"newstui {command}: {message}", file=sys.stderr)
    return 2


def _known_names(infos: list[SessionInfo] | None = None) -> str:
    names = [i.name for i in (infos if infos is not None else list_sessions()) if not i.problem]
    return ", ".join(repr(n) for n in names) if names else "(none yet)"


def _progress(info: SessionInfo) -> str:
    return f"{info.tagged} / {info.total}" if info.total is not None else f"{info.tagged} / ?"


def _safe(text: str) -> str:
    # Session names are user text: print them without control characters (names refuse them,
    # but a file copied in from elsewhere could carry anything).
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def cmd_sessions(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="newstui sessions",
                                     description="List tag sessions.")
    parser.add_argument("--json", action="store_true", help="one JSON object per session")
    args = parser.parse_args(argv)
    infos = list_sessions()
    if args.json:
        for info in infos:
            print(json.dumps({"name": info.name, "tags": info.tags, "tagged": info.tagged,
                              "total": info.total, "last_change": info.last_change,
                              "problem": info.problem, "path": str(info.path)},
                             ensure_ascii=False))
        return 0
    if not infos:
        print("no sessions yet (start one with: newstui PATH --session NAME)")
        return 0
    rows = [("NAME", "TAGS", "TAGGED / TOTAL", "LAST CHANGE (UTC)")]
    for info in infos:
        if info.problem:
            rows.append((_safe(info.name), "-", "-", f"unreadable: {_safe(info.problem)}"))
        else:
            last = (info.last_change or "never").replace("T", " ")[:19]
            rows.append((_safe(info.name), str(info.tags), _progress(info), last))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
              + "  " + row[3])
    return 0


def cmd_export(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="newstui export",
                                     description="Export a tag session.")
    parser.add_argument("name", help="session name (see `newstui sessions`)")
    parser.add_argument("--format", "-f", choices=FORMATS, default="jsonl",
                        help="jsonl (default; what `import` reads), csv, prodigy, doccano, brat")
    parser.add_argument("-o", "--output", default="-",
                        help="output file (- or omitted: stdout); a directory for brat")
    args = parser.parse_args(argv)
    if args.format == "brat" and args.output == "-":
        return _fail("export", "brat writes a directory of files: give one with -o DIR")
    try:
        session = Session.open(args.name, create=False)
    except SessionNotFound:
        return _fail("export", f"no session named {args.name!r}; sessions: {_known_names()}")
    except SessionError as error:
        return _fail("export", str(error))
    try:
        if args.format in LINE_FORMATS and args.output == "-":
            if hasattr(sys.stdout, "reconfigure"):
                sys.stdout.reconfigure(encoding="utf-8")  # articles are rarely ASCII
            count = export(session, args.format, sys.stdout)
            sys.stdout.flush()
        else:
            count = export(session, args.format, Path(args.output))
    except OSError as error:
        return _fail("export", f"{args.output}: {error.strerror or error}")
    finally:
        session.close()
    where = "stdout" if args.output == "-" else args.output
    print(f"exported {_articles(count)} from {session.name!r} as {args.format} to {where}",
          file=sys.stderr)
    return 0


def cmd_import(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="newstui import",
        description="Import a newstui JSONL export into a session (created if new).")
    parser.add_argument("file", help="a JSONL file written by `newstui export`, or - for stdin")
    parser.add_argument("--session", required=True, help="session to import into")
    args = parser.parse_args(argv)
    try:
        if args.file == "-":
            text = sys.stdin.buffer.read().decode("utf-8")
            source = "stdin"
        else:
            text = Path(args.file).read_bytes().decode("utf-8")
            source = Path(args.file).name
        # split on "\n" only: JSON strings may hold U+2028 etc., which splitlines() splits on
        lines = text.removeprefix("\ufeff").split("\n")
    except OSError as error:
        return _fail("import", f"{args.file}: {error.strerror or error}")
    except UnicodeDecodeError:
        return _fail("import", f"{args.file}: not UTF-8 text")
    try:
        with Session.open(args.session) as session:
            count = import_jsonl(session, lines, source=source)
            name = session.name
    except ImportFormatError as error:
        return _fail("import", f"{error} (nothing imported)")
    except SessionError as error:
        return _fail("import", str(error))
    print(f"imported {_articles(count)} into session {name!r}", file=sys.stderr)
    return 0


def main(command: str, argv: list[str]) -> int:
    commands = {"sessions": cmd_sessions, "export": cmd_export, "import": cmd_import}
    return commands[command](argv)
