"""Startup time of the browser: process start → first painted page of the article list.

Two measurements, each for a first open (empty index: the scan must parse the files before
rows can show) and a second open (the index exists; nothing is parsed again):

1. terminal: the installed ``newstui`` in tmux; time from launching the command until the
   captured screen shows a page of article rows (polled every 50 ms: faster polling spawns
   enough tmux clients to slow a small machine). This is what a person sees, including
   Python start-up and imports (also timed alone, for reference).
2. in-process: ``NewsApp`` under ``App.run_test``; time from creating the app until the list
   widget has rows on screen, and until the background scan has finished.

    python benchmarks/startup.py [PATH ...] [--runs N]     (default: sample_articles/)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROW = re.compile(r"\d{4}-\d{2}-\d{2}\s*$")  # a list row ends with its date column


def _tmux(socket: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True,
                          check=False).stdout


def terminal_first_page(newstui: str, paths: list[str], home: str, rows: int) -> float:
    """Seconds from launching ``newstui`` in tmux to ``rows`` list rows on screen."""
    socket = f"newstui-bench-{uuid.uuid4().hex[:8]}"
    command = " ".join(shlex.quote(p) for p in (newstui, *paths))
    script = f"unset COLUMNS LINES; NEWSTUI_HOME={shlex.quote(home)} exec {command}"
    started = time.perf_counter()
    _tmux(socket, "new-session", "-d", "-x", "120", "-y", "36", "sh", "-c", script)
    try:
        while True:
            screen = _tmux(socket, "capture-pane", "-p")
            if sum(1 for line in screen.splitlines() if ROW.search(line)) >= rows:
                elapsed = time.perf_counter() - started
                break
            if time.perf_counter() - started > 60:
                raise RuntimeError(f"no list after 60 s; the screen was:\n{screen}")
            time.sleep(0.05)
        # Quit the way a person does, and wait for the process to end.
        _tmux(socket, "send-keys", "q")
        deadline = time.perf_counter() + 10
        while _tmux(socket, "list-panes", "-F", "#{pane_pid}") and time.perf_counter() < deadline:
            time.sleep(0.05)
    finally:
        _tmux(socket, "kill-server")
    return elapsed


async def in_process(paths: list[str]) -> tuple[float, float]:
    """(seconds to rows on screen, seconds to scan finished), from creating the app."""
    from multiprocessing import resource_tracker

    from tui.ui.app import NewsApp
    from tui.ui.article_list import ArticleList

    resource_tracker.ensure_running()  # as tui.ui.app.run does, before Textual takes stderr
    started = time.perf_counter()
    app = NewsApp(paths)
    first_rows = scanned = 0.0
    async with app.run_test(size=(120, 36)) as pilot:
        while not first_rows:
            if time.perf_counter() - started > 60:
                raise RuntimeError("no rows after 60 s")
            screen = app.screen
            articles = screen.query(ArticleList)
            if articles and articles.first().total > 0:
                await pilot.pause()  # the frame with the rows
                first_rows = time.perf_counter() - started
            else:
                await asyncio.sleep(0.005)
        while app.scanning:
            await asyncio.sleep(0.005)
        scanned = time.perf_counter() - started
    return first_rows, scanned


def _figures(label: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (f"{label:<44} median {statistics.median(ms):7.0f} ms   min {min(ms):7.0f}   "
            f"max {max(ms):7.0f}   (n={len(ms)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "sample_articles")])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=10, help="rows that count as a page")
    args = parser.parse_args()
    paths = [str(Path(p).resolve()) for p in args.paths]
    print(f"corpus: {' '.join(paths)}; {os.cpu_count()} cores; Python {sys.version.split()[0]}")

    newstui = shutil.which("newstui") or shutil.which("newstui", path=str(Path(sys.executable).parent))
    if newstui and shutil.which("tmux"):
        first, second = [], []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as home:
                first.append(terminal_first_page(newstui, paths, home, args.rows))
                second.append(terminal_first_page(newstui, paths, home, args.rows))
        print(_figures("terminal, first open (empty index)", first))
        print(_figures("terminal, second open (index exists)", second))
    else:
        print("terminal: skipped (needs the installed newstui and tmux)")

    imports = []
    for _ in range(args.runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import tui.ui.app"], check=True, cwd=ROOT)
        imports.append(time.perf_counter() - started)
    print(_figures("python start + import tui.ui.app", imports))

    first_rows, first_scan, again_rows, again_scan = [], [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as home:
            os.environ["NEWSTUI_HOME"] = home
            rows, scanned = asyncio.run(in_process(paths))
            first_rows.append(rows)
            first_scan.append(scanned)
            rows, scanned = asyncio.run(in_process(paths))
            again_rows.append(rows)
            again_scan.append(scanned)
    print(_figures("in-process, first open: rows on screen", first_rows))
    print(_figures("in-process, first open: scan finished", first_scan))
    print(_figures("in-process, second open: rows on screen", again_rows))
    print(_figures("in-process, second open: scan finished", again_scan))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
