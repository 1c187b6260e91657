"""How long one tag toggle takes in the session store, commit (fsync) included.

    .venv/bin/python benchmarks/tag_store_speed.py [--articles 10000] [--toggles 1000]

Builds a session with N tagged articles in a temporary NEWSTUI_HOME (never the user's data),
then times ``Session.toggle_tag`` on random articles, plus the calls the UI makes around a
keystroke (``tags_for`` for a screen of rows, ``progress`` over the corpus), ``undo``, opening
the session and an export. Prints median / p95 / max in milliseconds.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _article(index: int):  # -> Article; tui is imported once sys.path is set up
    from tui.model import Article, article_id

    title = f"Story number {index}"
    text = (f"Story {index}. The minister said \"we will decide on day {index}\". " * 30).strip()
    return Article(id=article_id(title, text), path=f"/corpus/{index:06}.txt", format="text",
                   title=title, text=text, source="Bench")


def _timed(action: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _report(label: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"{label:<44} n={len(times):<5} median {statistics.median(times):7.2f} ms   "
          f"p95 {p95:7.2f} ms   max {ordered[-1]:7.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--toggles", type=int, default=1_000)
    parser.add_argument("--corpus", type=int, default=100_000,
                        help="ids passed to progress() (the whole corpus)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="newstui-bench-") as home:
        os.environ["NEWSTUI_HOME"] = home
        from tui.sessions import Session
        from tui.sessions.export import export, import_jsonl

        articles = [_article(i) for i in range(args.articles)]
        session = Session.open("bench")
        for name in ("relevant", "verified", "disputed", "follow-up", "off-topic"):
            session.add_tag(name)
        start = time.perf_counter()
        session.apply_tag(articles, "relevant")
        build = time.perf_counter() - start
        session.apply_tag(articles[::3], "verified")
        print(f"session with {len(session.tagged_ids())} tagged articles "
              f"(bulk tag of {args.articles} in {build:.2f} s; file "
              f"{session.path.stat().st_size / 1e6:.1f} MB)")

        rng = random.Random(7)
        targets = [rng.choice(articles) for _ in range(args.toggles)]
        names = ["verified", "disputed", "follow-up"]
        picks = iter(range(args.toggles))

        def toggle() -> None:
            i = next(picks)
            session.toggle_tag(targets[i], names[i % 3])

        _report("toggle_tag (commit + fsync included)", _timed(toggle, args.toggles))

        screen = [a.id for a in articles[:60]]
        _report("tags_for(60 visible rows)", _timed(lambda: session.tags_for(screen), 200))
        corpus_ids = [a.id for a in articles] + [f"x{i}" for i in range(args.corpus
                                                                          - len(articles))]
        _report(f"progress(list of {len(corpus_ids)} ids)",
                _timed(lambda: session.progress(corpus_ids), 20))
        corpus_set = frozenset(corpus_ids)
        _report(f"progress(set of {len(corpus_set)} ids)",
                _timed(lambda: session.progress(corpus_set), 20))
        _report("undo (one toggle)", _timed(session.undo, 50))
        _report("refresh() with nothing new", _timed(session.refresh, 200))
        session.close()
        _report("Session.open (quick_check + load mirror)",
                _timed(lambda: Session.open("bench").close(), 5))
        with Session.open("bench") as again:
            _report(f"export jsonl ({len(again.tagged_ids())} articles)",
                    _timed(lambda: export(again, "jsonl", io.StringIO()), 3))
            dump = io.StringIO()
            export(again, "jsonl", dump)
        lines = dump.getvalue().split("\n")
        counter = iter(range(10**6))

        def import_copy() -> None:
            with Session.open(f"copy {next(counter)}") as copy:
                import_jsonl(copy, lines)

        _report(f"import jsonl into a new session ({len(lines) - 1} articles)",
                _timed(import_copy, 3))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
