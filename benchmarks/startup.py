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

Bytecode: an installed newstui has its ``.pyc`` files (pip compiles them), but with
``PYTHONDONTWRITEBYTECODE`` set and an editable install every start compiles ``tui`` again
(~0.1 s). The child processes then use a private, pre-warmed ``PYTHONPYCACHEPREFIX``, so the
figures are an installed user's; ``--no-bytecode-cache`` measures the environment as it is.

With ``--keys N`` it also times keystrokes after start-up (in-process, session "bench"):
N times, a cursor move (j) and a tag toggle (1), each from sending the key event (as the
terminal driver does) to the first painted frame that shows its effect (the cursor row; the
tag bar's ✓ and the tagged count). Use a big corpus for it (benchmarks/make_corpus.py).
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


CHILD_ENV: dict[str, str] = {}  # extra environment of the measured processes (bytecode cache)


def use_bytecode_cache(directory: str) -> None:
    """Children read and write ``.pyc`` under ``directory``; compile everything once now."""
    CHILD_ENV.update(PYTHONPYCACHEPREFIX=directory, PYTHONDONTWRITEBYTECODE="")
    modules = "tui.ui.app, tui.library, tui.sessions, tui.ingest, tui.cli, trafilatura"
    subprocess.run([sys.executable, "-c", f"import {modules}"], check=True, cwd=ROOT,
                   env=_child_env())


def _child_env() -> dict[str, str]:
    env = {**os.environ, **CHILD_ENV}
    if not env.get("PYTHONDONTWRITEBYTECODE"):
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def terminal_first_page(newstui: str, paths: list[str], home: str, rows: int) -> float:
    """Seconds from launching ``newstui`` in tmux to ``rows`` list rows on screen."""
    socket = f"newstui-bench-{uuid.uuid4().hex[:8]}"
    command = " ".join(shlex.quote(p) for p in (newstui, *paths))
    exports = "".join(f"export {key}={shlex.quote(value)}; " if value else f"unset {key}; "
                      for key, value in CHILD_ENV.items())
    script = f"unset COLUMNS LINES; {exports}NEWSTUI_HOME={shlex.quote(home)} exec {command}"
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


class Frames:
    """Wraps ``app._display`` (called once per painted frame) to time conditions at frames."""

    def __init__(self, app: object) -> None:
        self.waiting: list[tuple[object, asyncio.Future[float]]] = []
        original = app._display  # type: ignore[attr-defined]

        def display(screen: object, renderable: object) -> None:
            original(screen, renderable)
            if renderable is None:
                return
            now = time.perf_counter()
            for item in list(self.waiting):
                condition, future = item
                try:
                    met = condition()  # type: ignore[operator]
                except Exception:  # noqa: BLE001 - a screen in transition: next frame
                    met = False
                if met and not future.done():
                    future.set_result(now)
                    self.waiting.remove(item)

        app._display = display  # type: ignore[attr-defined]

    async def after_key(self, app: object, key: str, condition: object) -> float:
        """Seconds from posting ``key`` to the first frame where ``condition()`` holds."""
        from textual import events

        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiting.append((condition, future))
        event = events.Key(key, key)
        event.set_sender(app)  # type: ignore[arg-type]
        started = time.perf_counter()
        app._driver.send_message(event)  # type: ignore[attr-defined]
        return await asyncio.wait_for(future, 10) - started


async def in_process(paths: list[str]) -> tuple[float, float]:
    """(seconds to the first painted frame with rows, seconds to scan finished), from
    creating the app."""
    from multiprocessing import resource_tracker

    from tui.ui.app import NewsApp
    from tui.ui.article_list import ArticleList

    resource_tracker.ensure_running()  # as tui.ui.app.run does, before Textual takes stderr
    started = time.perf_counter()
    app = NewsApp(paths)
    frames = Frames(app)

    def rows_shown() -> bool:
        articles = app.screen.query(ArticleList)
        return bool(articles) and articles.first().total > 0

    first_frame = asyncio.get_running_loop().create_future()
    frames.waiting.append((rows_shown, first_frame))
    async with app.run_test(size=(120, 36)):
        first_rows = await asyncio.wait_for(first_frame, 120) - started
        while not app.scans_finished:
            if time.perf_counter() - started > 600:
                raise RuntimeError("the scan did not finish in 10 minutes")
            await asyncio.sleep(0.005)
        scanned = time.perf_counter() - started
    return first_rows, scanned


async def keystrokes(paths: list[str], count: int) -> tuple[list[float], list[float], int]:
    """(cursor move seconds, tag toggle seconds, articles) over ``count`` rounds."""
    from multiprocessing import resource_tracker

    from tui.ui.app import NewsApp
    from tui.ui.article_list import ArticleList
    from tui.ui.session_widgets import TagBar

    resource_tracker.ensure_running()
    app = NewsApp(paths, session="bench")
    moves: list[float] = []
    toggles: list[float] = []
    async with app.run_test(size=(120, 36)) as pilot:
        while not app.scans_finished or not app.screen.query(ArticleList) \
                or not app.screen.query_one(ArticleList).total:
            await asyncio.sleep(0.05)
        while any(not worker.is_finished for worker in app.workers):
            await asyncio.sleep(0.05)
        await pilot.pause()
        session = app.session
        if session.tag_for_key(1) is None:
            session.add_tag("keep")
        name = session.tag_for_key(1).name
        articles = app.screen.query_one(ArticleList)
        bar = app.screen.query_one(TagBar)
        frames = Frames(app)
        for _ in range(count):
            target = articles.cursor + 1
            moves.append(await frames.after_key(app, "j", lambda t=target: articles.cursor == t))
            article = articles.current_id
            will_have = name not in session.article_tags(article)
            tagged = session.tagged_count() + (1 if will_have else -1)

            def shown(article: str = article, will_have: bool = will_have,
                      tagged: int = tagged) -> bool:
                text = str(bar.content)
                return ((name in session.article_tags(article)) == will_have
                        and (f"✓{name}" in text) == will_have and f"{tagged:,}/" in text)

            toggles.append(await frames.after_key(app, "1", shown))
        total = articles.total
    return moves, toggles, total


def _figures(label: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (f"{label:<44} median {statistics.median(ms):7.0f} ms   min {min(ms):7.0f}   "
            f"max {max(ms):7.0f}   (n={len(ms)})")


def startup_runs(paths: list[str], runs: int, rows: int) -> None:
    newstui = shutil.which("newstui") or shutil.which("newstui", path=str(Path(sys.executable).parent))
    if newstui and shutil.which("tmux"):
        first, second = [], []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as home:
                first.append(terminal_first_page(newstui, paths, home, rows))
                second.append(terminal_first_page(newstui, paths, home, rows))
        print(_figures("terminal, first open (empty index)", first))
        print(_figures("terminal, second open (index exists)", second))
    else:
        print("terminal: skipped (needs the installed newstui and tmux)")

    imports = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import tui.ui.app"], check=True, cwd=ROOT,
                       env=_child_env())
        imports.append(time.perf_counter() - started)
    print(_figures("python start + import tui.ui.app", imports))

    first_rows, first_scan, again_rows, again_scan = [], [], [], []
    for _ in range(runs):
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



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "sample_articles")])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=10, help="rows that count as a page")
    parser.add_argument("--keys", type=int, default=0, metavar="N",
                        help="also time N cursor moves and N tag keystrokes")
    parser.add_argument("--home", help="NEWSTUI_HOME for --keys (reuse an index built "
                        "before; default: a new temporary one)")
    parser.add_argument("--keys-only", action="store_true", help="skip the start-up runs")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="with PYTHONDONTWRITEBYTECODE set, measure without .pyc files")
    args = parser.parse_args()
    paths = [str(Path(p).resolve()) for p in args.paths]
    print(f"corpus: {' '.join(paths)}; {os.cpu_count()} cores; Python {sys.version.split()[0]}")

    if not args.keys_only:
        with tempfile.TemporaryDirectory() as pycache:
            if os.environ.get("PYTHONDONTWRITEBYTECODE") and not args.no_bytecode_cache:
                print("PYTHONDONTWRITEBYTECODE is set: terminal and import runs use a warmed "
                      "bytecode cache, as an installed newstui has")
                use_bytecode_cache(pycache)
            startup_runs(paths, args.runs, args.rows)
    if args.keys:
        with tempfile.TemporaryDirectory() as temporary:
            os.environ["NEWSTUI_HOME"] = args.home or temporary
            moves, toggles, total = asyncio.run(keystrokes(paths, args.keys))
        print(f"keystrokes with {total:,} articles in the list:")
        print(_figures("  j (cursor down) → painted", moves))
        print(_figures("  1 (toggle tag, committed) → painted", toggles))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
