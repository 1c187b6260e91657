"""The `newstui` command: the browser (default) and headless commands for scripts.

    newstui [PATH ...] [--session NAME] [--triage]   open files, folders (recursive) or globs
    newstui extract PATH ... --json                  one JSON object per article on stdout
    newstui annotate [FILE|-] [--published ISO] --json
    newstui sessions | export | import               tag sessions (see README)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from tui import __version__

SUBCOMMANDS = ("extract", "annotate", "sessions", "export", "import")


def _add_ner_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ner", choices=["builtin", "spacy"], default="builtin",
                        help="entity recogniser (spacy needs `pip install 'newstui[spacy]'`)")
    parser.add_argument("--spacy-model", default="en_core_web_sm",
                        help="installed spaCy pipeline name or path (with --ner spacy)")


def browse_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newstui",
        description="Read, search, annotate and tag news articles. "
        f"Headless commands: {', '.join(SUBCOMMANDS)} (newstui COMMAND --help).",
    )
    parser.add_argument("paths", nargs="*", help="files, folders (recursive) or globs; "
                        "default: the bundled sample articles")
    parser.add_argument("--session", help="tag session to create or resume")
    parser.add_argument("--triage", action="store_true",
                        help="walk the untagged articles one by one")
    _add_ner_options(parser)
    parser.add_argument("--version", action="version", version=f"newstui {__version__}")
    return parser


def _configure_ner(args: argparse.Namespace) -> str:
    """Select the entity backend; prints one line and exits 2 when spaCy is unusable."""
    if args.ner != "spacy":
        return "builtin"
    from tui.annotate import entities

    problem = entities.configure_spacy(args.spacy_model)
    if problem:
        print(f"newstui: {problem}", file=sys.stderr)
        raise SystemExit(2)
    return "spacy"


def cmd_extract(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="newstui extract",
                                     description="Parse articles and print them with annotations.")
    parser.add_argument("paths", nargs="+", help="files, folders (recursive) or globs")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per line (the default and only output form)")
    parser.add_argument("--no-annotate", action="store_true", help="skip entities/quotes/dates")
    _add_ner_options(parser)
    args = parser.parse_args(argv)
    ner = _configure_ner(args)

    from tui.annotate import annotate
    from tui.ingest import load_paths
    from tui.model import Skipped

    skipped = 0
    out = sys.stdout
    for item in load_paths(args.paths):
        if isinstance(item, Skipped):
            skipped += 1
            print(f"skipped {item}", file=sys.stderr)
            continue
        record = item.to_json()
        if not args.no_annotate:
            record.update(annotate(item.text, item.published, ner=ner).to_json())
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 1 if skipped else 0


def cmd_annotate(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="newstui annotate",
        description="Annotate text verbatim (no cleaning): offsets index the input exactly.")
    parser.add_argument("file", nargs="?", default="-", help="a UTF-8 text file, or - for stdin")
    parser.add_argument("--published", help="publication date (ISO 8601) to resolve dates against")
    parser.add_argument("--json", action="store_true", help="print JSON (the default output)")
    _add_ner_options(parser)
    args = parser.parse_args(argv)
    ner = _configure_ner(args)

    from tui.annotate import annotate

    if args.file == "-":
        # Bytes, not text mode: universal newlines would turn \r\n into \n and shift offsets.
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    else:
        try:
            with open(args.file, encoding="utf-8", errors="replace", newline="") as handle:
                text = handle.read()
        except OSError as error:
            print(f"newstui annotate: {args.file}: {error.strerror}", file=sys.stderr)
            return 2
    result = {"published": args.published, **annotate(text, args.published, ner=ner).to_json()}
    print(json.dumps(result, ensure_ascii=False))
    return 0


def cmd_browse(argv: Sequence[str]) -> int:
    args = browse_parser().parse_args(argv)
    ner = _configure_ner(args)
    from tui.ui.app import run

    return run(args.paths, session=args.session, triage=args.triage, ner=ner)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        command, rest = argv[0], argv[1:]
        if command == "extract":
            return cmd_extract(rest)
        if command == "annotate":
            return cmd_annotate(rest)
        from tui.sessions import cli as sessions_cli

        return sessions_cli.main(command, rest)
    return cmd_browse(argv)


if __name__ == "__main__":
    raise SystemExit(main())
