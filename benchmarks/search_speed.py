"""Search speed through the Library: scan time, then search+count latency for fixed queries.

    python benchmarks/search_speed.py DIR [--rounds 3] [--annotate N] [--fresh]

Prints the scan (first open: parse + index; then a second open: nothing changed), and the
median and p95 of ``count(q)`` + ``search(q, limit=60)`` per query kind, as the list would ask
on every keystroke. A session file tagging every 10th article is built for the ``tag:`` queries;
``--annotate N`` bulk-annotates up to N articles first so ``entity:`` queries have something to
find (they search annotated articles only). Uses NEWSTUI_HOME (a temp dir unless set);
``--fresh`` deletes that corpus's index first, so the scan parses everything. Each query is
timed cold (the per-query caches are cleared), in wall time and in this process's CPU time
(the latter is what an idle machine would wait; the load average is printed beside it).
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import tempfile
import threading
import time
from pathlib import Path

TYPED = ["P", "Py", "Pyo", "Pyon", "Pyong", "Pyongyang", "Pyongyang s", "Pyongyang su",
         "Pyongyang summ", "Pyongyang summit"]
QUERIES = {
    "typing": TYPED + ["m", "mi", "min", "mini", "minis", "minister"],
    "words": ["putin", "government minister", "trade talks", "election", "court law police",
              "vladimir putin kim", "bank rates energy", "the", "w123", "w77 w78",
              "interest rates", "ministry health", "police department report"],
    "phrases": ['"kim jong un"', '"vladimir putin"', '"the government"', '"trade talks"',
                '"consumer spending"', '"ministry of health"'],
    "negation": ["putin -kim", "-the", "summit -pyongyang -seoul"],
    "or": ["putin OR macron", "seoul OR tokyo OR beijing"],
    "fields": ["source:reuters", 'source:"korea herald"', "title:putin", "author:smith",
               "source:bbc putin"],
    "dates": ["date:2024-06", "before:2016", "after:2024-06-18", "date:2020 putin"],
    "tags": ["tag:keep", "-tag:keep", "untagged", "tag:keep putin"],
    "entity": ["entity:putin", 'entity:"kim jong un"', "entity:seoul putin"],
    "empty": [""],
}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def make_session(lib: object, path: Path) -> None:
    """Tag every 10th article ``keep`` in a session file (the sessions layer's two tables)."""
    db = sqlite3.connect(lib.db_path)  # type: ignore[attr-defined]
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY rowid")][::10]
    db.close()
    conn = sqlite3.connect(path)
    # the two tables the store reads, keyed and indexed as tui/sessions/core.py makes them
    conn.execute("CREATE TABLE IF NOT EXISTS tags(id INTEGER PRIMARY KEY, "
                 "name TEXT NOT NULL UNIQUE COLLATE NOCASE)")
    conn.execute("CREATE TABLE IF NOT EXISTS article_tags(article_id TEXT NOT NULL, "
                 "tag_id INTEGER NOT NULL, PRIMARY KEY(article_id, tag_id)) WITHOUT ROWID")
    conn.execute("CREATE INDEX IF NOT EXISTS article_tags_by_tag ON article_tags(tag_id, "
                 "article_id)")
    conn.execute("INSERT OR IGNORE INTO tags(id, name) VALUES (1, 'keep')")
    conn.execute("DELETE FROM article_tags")
    conn.executemany("INSERT INTO article_tags VALUES (?, 1)", [(i,) for i in ids])
    conn.commit()
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--annotate", type=int, default=0, metavar="N")
    parser.add_argument("--fresh", action="store_true", help="delete the index first")
    args = parser.parse_args()
    if "NEWSTUI_HOME" not in os.environ:
        os.environ["NEWSTUI_HOME"] = tempfile.mkdtemp(prefix="newstui-bench-")

    from tui.library import Library, QueryError

    print(f"cores: {os.cpu_count()}")
    lib = Library(args.paths)
    if args.fresh:
        lib.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(lib.db_path) + suffix).unlink(missing_ok=True)
        lib = Library(args.paths)
    first_rows: list[float] = []
    all_indexed: list[float] = []
    started = time.perf_counter()

    def progress(state: object) -> None:
        if not first_rows and state.articles:  # type: ignore[attr-defined]
            first_rows.append(time.perf_counter() - started)
        if state.files_done == state.files_total and not all_indexed:  # type: ignore[attr-defined]
            all_indexed.append(time.perf_counter() - started)

    result = lib.scan(progress=progress)
    elapsed = time.perf_counter() - started
    indexed = all_indexed[0] if all_indexed else elapsed
    print(f"scan: {result.files_done} files parsed, {result.files_unchanged} unchanged, "
          f"{result.articles} articles, {result.skipped} skipped; first rows searchable after "
          f"{first_rows[0] if first_rows else 0:.2f} s, all indexed after {indexed:.2f} s "
          f"({result.articles_added / indexed if indexed else 0:.0f} articles/s), "
          f"scan done (index merged) after {elapsed:.2f} s")
    lib.close()
    started = time.perf_counter()
    lib = Library(args.paths)
    opened = time.perf_counter() - started
    again = lib.scan()
    print(f"second open: index open {opened * 1000:.1f} ms, rescan "
          f"{again.elapsed * 1000:.0f} ms ({again.files_done} files parsed)")

    if args.annotate:
        cancel = threading.Event()
        counted: list[int] = []

        def annotate_progress(state: object) -> None:
            counted.append(state.done)  # type: ignore[attr-defined]
            if state.done >= args.annotate:  # type: ignore[attr-defined]
                cancel.set()

        started = time.perf_counter()
        state = lib.annotate_all(progress=annotate_progress, cancel=cancel)
        took = time.perf_counter() - started
        print(f"annotate: {state.done} articles in {took:.1f} s ({state.done / took:.0f}/s)")

    session = Path(os.environ["NEWSTUI_HOME"]) / "bench-session.sqlite"
    make_session(lib, session)
    lib.attach_session(session)

    timings: dict[str, list[float]] = {kind: [] for kind in QUERIES}
    cpu: list[float] = []  # this process's CPU time: what an idle machine would wait
    hits: dict[str, int] = {}
    for _ in range(args.rounds):
        for kind, queries in QUERIES.items():
            for query in queries:
                lib._corpus._clear_caches()  # every keystroke is a new query: measure it cold
                started, started_cpu = time.perf_counter(), time.process_time()
                try:
                    hits[query] = lib.count(query)
                    lib.search(query, limit=60)
                except QueryError as error:
                    print(f"query error: {query!r}: {error}")
                timings[kind].append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
    every = [t for values in timings.values() for t in values]
    print(f"search+count over {len(every)} queries: median {statistics.median(every):.1f} ms, "
          f"p95 {percentile(every, 0.95):.1f} ms, max {max(every):.1f} ms "
          f"(CPU time: median {statistics.median(cpu):.1f} ms, p95 {percentile(cpu, 0.95):.1f} ms;"
          f" load average {os.getloadavg()[0]:.1f})")
    for kind, values in timings.items():
        print(f"  {kind:9} median {statistics.median(values):6.1f} ms  "
              f"p95 {percentile(values, 0.95):6.1f} ms")
    slowest = sorted(((t, q) for q, t in _per_query(timings).items()), reverse=True)[:5]
    print("slowest: " + ", ".join(f"{q!r} {t:.0f} ms ({hits.get(q, 0)} hits)" for t, q in slowest))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MB (parser workers are separate processes)")
    lib.close()


def _per_query(timings: dict[str, list[float]]) -> dict[str, float]:
    """The worst time seen for each query string (queries repeat once per round)."""
    worst: dict[str, float] = {}
    for kind, queries in QUERIES.items():
        values = timings[kind]
        for index, value in enumerate(values):
            query = queries[index % len(queries)]
            worst[query] = max(worst.get(query, 0.0), value)
    return worst


if __name__ == "__main__":
    main()
