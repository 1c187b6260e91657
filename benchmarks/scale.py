#!/usr/bin/env python3
"""Scale benchmark (issue 5): open a corpus headlessly through the real app and time it.

    python benchmarks/scale.py DIR [--annotate N] [--tag N] [--detail N] [--no-grep]

Make the corpus first: ``python benchmarks/make_corpus.py 100000 /tmp/scale/c100k``.

Runs ``tui.ui.app.NewsApp`` under ``App.run_test(size=(120, 40))`` with ``NEWSTUI_HOME`` set to a
fresh temp dir, twice: a first open (empty index: the scan parses every file in worker
processes) and a second open of the same home (nothing changed). Prints one line per figure,
with its target, and the machine's cores and load average.

How it times (no polling): the app's ``_display`` (called once per frame the screen paints;
headless, after the compositor rendered the changed lines) is wrapped to check a condition on
the app's state at each frame. A figure is the time from sending a key event (as Pilot does,
without Pilot's idle waits) to the first painted frame whose state meets the condition:

- first page: a frame with the list screen current and ``ArticleList.total`` >= 1 (checked once
  more against the screen's text: the first row's title must be on screen);
- search: a frame after the list took the results of the text now in the search box (its
  ``set_source``, or the query-error line for a query the language rejects);
- list: a frame with ``ArticleList.cursor`` moved; detail: a frame of the ``DetailScreen`` of the
  article with its text, then one with its annotations applied (highlights and panel).

Between the two opens (not timed in the app) part of the corpus is annotated with
``Library.annotate_all`` (for ``entity:``) and a few hundred articles are tagged through the
sessions API in the session the app opens (for ``tag:``).

Besides each latency, the CPU this process used per keystroke (``time.process_time`` from the
key to the frame: UI thread, search worker, the sampler's small share) is printed: on a shared
machine the wall times move with the load, the CPU cost does not. Memory: ``ru_maxrss`` of this
process, and the peak of this process plus all its descendants (the scan's worker processes)
sampled from /proc: RSS every 0.5 s, PSS (shared pages counted once) every 2 s. The ingest is
also given as articles per CPU-second, and ``tui.ingest.load_file`` alone is timed per file form
(parse speed per core) against the per-core targets.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIZE = (120, 40)
KEY_GAP = 0.03  # seconds between a painted result and the next key (a fast typist's pause)
FRAME_TIMEOUT = 30.0
VERBOSE = False


def note(message: str) -> None:
    """Progress on stderr (``--verbose``): which phase a long run is in."""
    if VERBOSE:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

# Targets at N = 100,000 (issue 5).
FIRST_PAGE_FIRST_S = 1.0
FIRST_PAGE_SECOND_S = 0.5
TEXT_RATE_PER_CORE = 2000  # text/JSONL articles per second (per core, the issue says "use all")
HTML_RATE_PER_CORE = 50
SEARCH_P95_MS = 50
FRAME_P95_MS = 16
DETAIL_P95_MS = 50
RSS_MB = 400
GREP_RATIO = 50


# ------------------------------------------------------------------ helpers


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def loadavg() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def verdict(ok: bool, miss: str) -> str:
    return "OK" if ok else f"MISSED ({miss})"


def show(line: str) -> None:
    if line:
        print(line)


def cpu_line(seconds: Sequence[float] | None) -> str:
    """The CPU per keystroke, indented under its latency line."""
    if not seconds:
        return ""
    ms = [s * 1000 for s in seconds]
    return (f"{'    CPU of this process per keystroke':<46} median {statistics.median(ms):7.1f} ms"
            f"  p95 {percentile(ms, 0.95):7.1f} ms  (load-independent cost)")


def latency_line(label: str, seconds: Sequence[float], target_ms: float | None) -> str:
    if not seconds:
        return f"{label:<46} no samples"
    ms = [s * 1000 for s in seconds]
    median, p95 = statistics.median(ms), percentile(ms, 0.95)
    line = (f"{label:<46} median {median:7.1f} ms  p95 {p95:7.1f} ms  max {max(ms):7.1f} ms"
            f"  (n={len(ms)})")
    if target_ms is not None:
        line += f"  target p95 <= {target_ms:g} ms: " + verdict(
            p95 <= target_ms, f"{p95 / target_ms:.1f}x the target")
    return line


PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
PSS_EVERY = 4  # samples between PSS reads (and whenever the summed RSS reaches a new peak)


class RssSampler:
    """Peak RSS, and CPU time per phase, of this process and all its descendants (the scan's
    worker processes), from /proc every ``interval`` seconds (PSS less often). A worker's CPU is counted up to
    its last sample before it exits (at most ``interval`` of it is lost)."""

    def __init__(self, interval: float = 0.5) -> None:
        self.interval = interval
        self._samples = 0
        self.last_tree_kb = 0  # summed RSS at the last sample
        self.peak_self = 0
        self.peak_tree = 0
        self.peak_tree_phase = ""
        self.peak_pss = 0
        self.peak_pss_phase = ""
        self.phase = "start"
        self.peak_by_phase: dict[str, int] = {}
        self.cpu_by_phase: dict[str, list[float]] = {}  # phase -> [this process, descendants]
        self._ticks_seen: dict[int, int] = {}
        self._tick = os.sysconf("SC_CLK_TCK")
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    @staticmethod
    def _rss_kb(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
                return int(statm.read().split()[1]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            return 0

    @staticmethod
    def _pss_kb(pid: int) -> int:
        """PSS shares the pages a forked worker has in common with its parent among them, so
        a sum over processes counts those pages once. Costly to read: sampled less often."""
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    @staticmethod
    def _processes() -> dict[int, tuple[int, int]]:
        """pid -> (parent pid, user + system CPU clock ticks) of every process."""
        found: dict[int, tuple[int, int]] = {}
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as stat:
                    # "pid (comm) state ppid ... utime stime": comm may hold spaces.
                    fields = stat.read().rsplit(")", 1)[1].split()
                found[int(name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
            except (OSError, IndexError, ValueError):
                continue
        return found

    def sample(self) -> None:
        me = os.getpid()
        processes = self._processes()
        children: dict[int, list[int]] = {}
        for pid, (ppid, _ticks) in processes.items():
            children.setdefault(ppid, []).append(pid)
        tree, todo = [], [me]
        while todo:
            for child in children.get(todo.pop(), []):
                tree.append(child)
                todo.append(child)
        rss = [self._rss_kb(pid) for pid in [me, *tree]]
        own, total = rss[0], sum(rss)
        self.last_tree_kb = total
        self._samples += 1
        pss = 0
        if self._samples % PSS_EVERY == 0 or total > self.peak_tree:
            pss = sum(self._pss_kb(pid) for pid in [me, *tree])
        with self._lock:
            self.peak_self = max(self.peak_self, own)
            if total > self.peak_tree:
                self.peak_tree, self.peak_tree_phase = total, self.phase
            if pss > self.peak_pss:
                self.peak_pss, self.peak_pss_phase = pss, self.phase
            if pss:
                self.peak_by_phase[self.phase] = max(self.peak_by_phase.get(self.phase, 0), pss)
            cpu = self.cpu_by_phase.setdefault(self.phase, [0.0, 0.0])
            for slot, pid in [(0, me)] + [(1, pid) for pid in tree]:
                ticks = processes.get(pid, (0, 0))[1]
                cpu[slot] += (ticks - self._ticks_seen.get(pid, 0)) / self._tick
                self._ticks_seen[pid] = ticks

    def set_phase(self, phase: str) -> None:
        """Close the current phase's CPU account with a sample, then start ``phase``."""
        self.sample()
        with self._lock:
            self.phase = phase

    def wait_quiet(self, timeout: float = 60.0) -> float:
        """Wait until the descendants (e.g. the workers of a cancelled bulk annotation, which
        finish their chunks) used no CPU for a second; returns the seconds waited."""
        started = time.perf_counter()
        while time.perf_counter() - started < timeout:
            before = self.cpu_by_phase.get(self.phase, [0.0, 0.0])[1]
            time.sleep(1.0)
            self.sample()
            if self.cpu_by_phase.get(self.phase, [0.0, 0.0])[1] - before < 0.02:
                break
        return time.perf_counter() - started

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def start(self) -> None:
        self._ticks_seen = {pid: ticks for pid, (_, ticks) in self._processes().items()}
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


class FrameWatch:
    """Wraps ``app._display`` (one call per painted frame) to time conditions on app state."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.frames = 0
        self.fired_cpu = 0.0  # process CPU time when the last waiter's frame was painted
        self._waiters: list[tuple[Callable[[], bool], asyncio.Future[float]]] = []
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is None or app._batch_count:
                return
            now = time.perf_counter()
            self.frames += 1
            for waiter in list(self._waiters):
                condition, future = waiter
                if future.done():
                    self._waiters.remove(waiter)
                    continue
                try:
                    met = condition()
                except Exception:  # noqa: BLE001 - a screen in transition: try the next frame
                    met = False
                if met:
                    self._waiters.remove(waiter)
                    self.fired_cpu = time.process_time()
                    future.set_result(now)

        app._display = display

    def expect(self, condition: Callable[[], bool]) -> asyncio.Future[float]:
        """A future set to the perf_counter time of the next frame with ``condition()`` true."""
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self._waiters.append((condition, future))
        return future

    @staticmethod
    async def wait(future: asyncio.Future[float], timeout: float = FRAME_TIMEOUT
                   ) -> float | None:
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            return None

    async def until(self, condition: Callable[[], bool], timeout: float = FRAME_TIMEOUT
                    ) -> float | None:
        """perf_counter time of the first frame painted with ``condition()`` true (None: timed out)."""
        return await self.wait(self.expect(condition), timeout)


SENT_CPU = [0.0]  # process CPU time when the last key was sent


def cpu_used(watch: FrameWatch) -> float:
    """CPU seconds this process (UI thread, search workers, sampler) used from the last key
    sent to the last frame awaited: the cost of a keystroke, whatever the machine's load."""
    return max(0.0, watch.fired_cpu - SENT_CPU[0])


def send_key(app: Any, key: str, character: str | None = None) -> float:
    """Post a key event the way the terminal driver does; returns the send time."""
    from textual import events

    if character is None and len(key) == 1:
        character = key
    event = events.Key(key, character)
    event.set_sender(app)
    SENT_CPU[0] = time.process_time()
    started = time.perf_counter()
    app._driver.send_message(event)
    return started


def key_for(character: str) -> str:
    from textual.keys import _character_to_key

    return _character_to_key(character)


def screen_text(app: Any) -> str:
    """The current screen as plain text (what a terminal would show)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


# ------------------------------------------------------------------ the search keystrokes


@dataclass
class Keystrokes:
    """The typed text: (kind, query typed so far) per keystroke, queries cleared in between."""

    queries: list[tuple[str, str]]
    total: int = 200

    def plan(self) -> list[tuple[str, str, str]]:
        """(kind, full query, text after this keystroke) for ``total`` keystrokes."""
        steps: list[tuple[str, str, str]] = []
        while len(steps) < self.total:
            for kind, query in self.queries:
                for end in range(1, len(query) + 1):
                    steps.append((kind, query, query[:end]))
                    if len(steps) >= self.total:
                        return steps
        return steps


def search_queries(seed: int = 0) -> tuple[list[tuple[str, str]], list[str]]:
    """The fixed query list (kind, text) and the word/phrase terms compared with grep."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_corpus import vocabulary_terms

    terms = vocabulary_terms(seed)
    person = terms["people"][0]
    rare_person = terms["people"][min(40, len(terms["people"]) - 1)]
    place, rare_place = terms["places"][0], terms["places"][min(30, len(terms["places"]) - 1)]
    org = terms["orgs"][0]
    surname = person.split()[-1].lower()
    queries = [
        ("word", surname),
        ("word", place.split()[-1].lower()),
        ("phrase", f'"{terms["phrases"][0]}"'),
        ("words", f"{rare_person.split()[-1].lower()} {rare_place.split()[-1].lower()}"),
        ("entity", f"entity:{surname}"),
        ("tag", "tag:keep"),
        ("date", "before:2020-06"),
        ("phrase", f'"{terms["phrases"][2]}"'),
        ("tag+word", f"tag:check {place.split()[-1].lower()}"),
        ("date+word", f"after:2024-03-01 {org.split()[-1].lower()}"),
        ("word", "minister"),
        ("entity", f'entity:"{place}"'),
        ("phrase", f'"{person.lower()}"'),
        ("date", "date:2023-07"),
        ("words", f"{surname} -{place.split()[-1].lower()}"),
    ]
    grep_terms = [surname, place.split()[-1].lower(), "minister", terms["phrases"][0],
                  terms["phrases"][2], person.lower()]
    return queries, grep_terms


# ------------------------------------------------------------------ the runs


@dataclass
class OpenResult:
    first_page: float | None = None  # seconds from creating the app
    confirmed: str = ""
    scan_started: float | None = None
    scan_finished: float | None = None
    articles: int = 0
    timeline: list[str] = field(default_factory=list)
    scan_frames: list[float] = field(default_factory=list)  # cursor moves during the scan
    search: dict[str, list[float]] = field(default_factory=dict)  # kind -> latencies
    search_errors: int = 0
    search_timeouts: int = 0
    final_query: dict[str, float] = field(default_factory=dict)  # full query -> latency
    counts: dict[str, int] = field(default_factory=dict)  # full query -> matches
    clears: list[float] = field(default_factory=list)
    down: list[float] = field(default_factory=list)
    pagedown: list[float] = field(default_factory=list)
    detail_text: list[float] = field(default_factory=list)
    detail_cold: list[float] = field(default_factory=list)
    detail_warm: list[float] = field(default_factory=list)
    back: list[float] = field(default_factory=list)
    cpu: dict[str, list[float]] = field(default_factory=dict)  # figure -> CPU per keystroke
    timeouts: int = 0


def make_app(paths: list[str], started: float, result: OpenResult) -> Any:
    """The app exactly as ``tui.ui.app.run`` builds it (no session/triage, builtin NER), its
    ``start_scan`` wrapped (an instance attribute: the app calls it on itself) to note when the
    background scan starts."""
    from tui.ui.app import NewsApp

    app = NewsApp(list(paths), session=None, triage=False, ner="builtin")
    start_scan = app.start_scan

    def noting_start_scan() -> None:
        if result.scan_started is None:
            result.scan_started = time.perf_counter() - started
        start_scan()

    app.start_scan = noting_start_scan
    return app


def expect_first_page(app: Any, watch: FrameWatch) -> asyncio.Future[float]:
    """The first frame with the list screen current and at least one row in the list."""
    from tui.ui.article_list import ArticleList
    from tui.ui.list_screen import ListScreen

    def painted_rows() -> bool:
        screen = app.screen
        return isinstance(screen, ListScreen) and screen.query_one(ArticleList).total >= 1

    return watch.expect(painted_rows)


async def wait_first_page(app: Any, page: asyncio.Future[float], started: float,
                          result: OpenResult, timeout: float) -> None:
    from tui.ui.article_list import ArticleList

    shown = await FrameWatch.wait(page, timeout)
    if shown is None:
        return
    result.first_page = shown - started
    articles = app.screen.query_one(ArticleList)
    row = articles.row(0)
    title = " ".join((row.title or "").split())[:40] if row is not None else ""
    found = bool(title) and title in " ".join(screen_text(app).split())
    result.confirmed = (f"screen text shows row 1 {title!r}" if found
                        else f"row 1 {title!r} NOT found in the screen text")


async def first_open(paths: list[str], rss: RssSampler) -> OpenResult:
    """Empty index: time to the first painted page, and until the scan has indexed everything."""
    from tui.ui.article_list import ArticleList

    result = OpenResult()
    rss.set_phase("first open")
    started = time.perf_counter()
    app = make_app(paths, started, result)
    watch = FrameWatch(app)  # before the app runs: its first frames count
    first_page = expect_first_page(app, watch)
    async with app.run_test(size=SIZE) as pilot:
        page = asyncio.create_task(wait_first_page(app, first_page, started, result, 600))
        last_line = 0.0
        while True:
            now = time.perf_counter()
            if page.done() and not app.scanning and result.scan_started is not None:
                result.scan_finished = now - started
                break
            if now - started > 3600:
                raise RuntimeError("the scan did not finish within an hour")
            if now - last_line >= 5 or (page.done() and not result.timeline):
                last_line = now
                progress = app.scan_progress
                listed = app.list_screen.query_one(ArticleList).total
                files = f"{progress.done:,}/{progress.total:,} files" if progress else "-"
                result.timeline.append(f"  t={now - started:6.1f} s  scan {files:<22} "
                                       f"list shows {listed:,} rows  RSS "
                                       f"{rss.last_tree_kb / 1024:,.0f} MB  load {loadavg()}")
            # While the scan runs, move the cursor now and then: is the UI still responsive?
            if page.done() and app.scanning and app.screen is app.list_screen \
                    and len(result.scan_frames) < 300:
                articles = app.list_screen.query_one(ArticleList)
                before = articles.cursor
                sent = send_key(app, "down" if before < 50 else "home")
                shown = await watch.until(lambda a=articles, b=before: a.cursor != b, 10)
                if shown is not None:
                    result.scan_frames.append(shown - sent)
                    result.cpu.setdefault("scan frames", []).append(cpu_used(watch))
                await asyncio.sleep(0.25)
            else:
                await asyncio.sleep(0.01)
        await page
        result.articles = app.library.count("")
        await pilot.press("q")
    return result


def prepare(paths: list[str], annotate: int, annotate_seconds: float, tag: int
            ) -> tuple[int, list[str]]:
    """Annotate part of the corpus and tag ``tag`` articles in the app's session (untimed)."""
    from tui.library import Library
    from tui.sessions import Session, session_name_for

    lines = []
    annotated = 0
    with Library(paths) as library:
        cancel = threading.Event()
        started = time.perf_counter()

        def progress(state: Any) -> None:
            if state.done >= annotate or time.perf_counter() - started > annotate_seconds:
                cancel.set()

        done = library.annotate_all(progress=progress, cancel=cancel) if annotate else None
        seconds = time.perf_counter() - started
        if done is not None:
            annotated = done.done
            lines.append(f"prepared: annotated {done.done:,} articles (the newest; 'entity:' "
                         f"searches these) in {seconds:.1f} s, {done.done / seconds:.0f}/s")
        newest = library.search("", limit=tag * 10)
        picked = [row.id for row in newest[::10]][:tag]
        with Session.open(session_name_for(paths)) as session:
            session.add_tag("keep")
            session.add_tag("check")
            articles = [library.get(article_id) for article_id in picked]
            session.apply_tag(articles, "keep")
            session.apply_tag(articles[::2], "check")
            lines.append(f"prepared: tagged {len(articles):,} articles 'keep' and "
                         f"{len(articles[::2]):,} of them 'check' (every 10th of the newest "
                         f"{len(newest):,}) in session {session.name!r}")
    return annotated, lines


async def measure_keys(app: Any, watch: FrameWatch, key: str, times: int,
                       moved: Callable[[int], bool], out: list[float], result: OpenResult
                       ) -> None:
    from tui.ui.article_list import ArticleList

    articles = app.list_screen.query_one(ArticleList)
    page = max(1, articles.scrollable_content_region.height - 1)
    for _ in range(times):
        if articles.cursor + page >= articles.total:  # a small corpus: back to the top, untimed
            send_key(app, "home")
            await watch.until(lambda: articles.cursor == 0, 5)
        before = articles.cursor
        sent = send_key(app, key)
        shown = await watch.until(lambda b=before: moved(b) and articles.cursor != b)
        if shown is None:
            result.timeouts += 1
            note(f"no frame for {key}: cursor {before} -> {articles.cursor}, "
                 f"{watch.frames} frames, screen {app.screen!r}, focus {app.screen.focused!r}")
        else:
            out.append(shown - sent)
            result.cpu.setdefault(key, []).append(cpu_used(watch))
        await asyncio.sleep(KEY_GAP)


async def open_details(app: Any, watch: FrameWatch, rows: list[int], result: OpenResult,
                       cold: list[float], label: str) -> None:
    """Enter on each row: time to the text, then to the highlights; Esc back to the list."""
    from tui.ui.article_list import ArticleList
    from tui.ui.detail_screen import DetailScreen

    articles = app.list_screen.query_one(ArticleList)
    for index in rows:
        articles.cursor = index
        await watch.until(lambda i=index: articles.cursor == i, 5)
        article_id = articles.current_id
        await asyncio.sleep(KEY_GAP)

        def detail(need_annotations: bool, wanted: str | None = article_id) -> bool:
            screen = app.screen
            return (isinstance(screen, DetailScreen) and screen.article_id == wanted
                    and screen.article is not None
                    and (not need_annotations or screen.annotations is not None))

        sent = send_key(app, "enter")
        text_future = watch.expect(lambda: detail(False))
        highlighted = await watch.until(lambda: detail(True))
        text_shown = await watch.wait(text_future, 1)
        if highlighted is None or text_shown is None:
            result.timeouts += 1
        else:
            result.detail_text.append(text_shown - sent)
            cold.append(highlighted - sent)
            result.cpu.setdefault(label, []).append(cpu_used(watch))
        await asyncio.sleep(KEY_GAP)
        sent = send_key(app, "escape")
        back = await watch.until(lambda: app.screen is app.list_screen)
        if back is not None:
            result.back.append(back - sent)
        await asyncio.sleep(KEY_GAP)


async def type_queries(app: Any, watch: FrameWatch, plan: list[tuple[str, str, str]],
                       result: OpenResult) -> None:
    """Type each query letter by letter; time each keystroke to the list showing its results."""
    from tui.ui.article_list import ArticleList
    from tui.ui.list_screen import SearchBox

    screen = app.list_screen
    articles = screen.query_one(ArticleList)
    box = screen.query_one(SearchBox)
    shown: dict[str, Any] = {"query": None, "error": None}
    set_source, show_error = articles.set_source, screen._show_query_error

    def recording_set_source(*args: Any, **kwargs: Any) -> None:
        shown["query"], shown["error"] = screen.query_text, None
        set_source(*args, **kwargs)

    def recording_show_error(message: str | None) -> None:
        if message is not None:
            shown["error"], shown["query"] = screen.query_text, None
        show_error(message)

    # Instance attributes: both are looked up on the instance where the screen calls them.
    articles.set_source = recording_set_source
    screen._show_query_error = recording_show_error

    send_key(app, "slash")
    await watch.until(lambda: screen.focused is box, 5)
    typed = ""
    for kind, full, text in plan:
        if not text.startswith(typed) or len(text) != len(typed) + 1:
            # A new query: clear the box (ctrl+u), timed apart from the 200 keystrokes.
            if typed:
                sent = send_key(app, "ctrl+u")
                done = await watch.until(lambda: shown["query"] == "" and box.value == "")
                if done is not None:
                    result.clears.append(done - sent)
                await asyncio.sleep(KEY_GAP)
            typed = ""
        character = text[-1]
        expected = typed + character
        sent = send_key(app, key_for(character), character)
        done = await watch.until(
            lambda e=expected: shown["query"] == e or shown["error"] == e)
        if done is None:
            result.search_timeouts += 1
        else:
            result.search.setdefault(kind, []).append(done - sent)
            result.cpu.setdefault("search", []).append(cpu_used(watch))
            if shown["error"] == expected:
                result.search_errors += 1
            if expected == full:
                result.final_query[full] = done - sent
                result.counts[full] = articles.total
        typed = expected
        await asyncio.sleep(KEY_GAP)
    send_key(app, "ctrl+u")
    await watch.until(lambda: shown["query"] == "", 10)
    send_key(app, "escape")


async def second_open(paths: list[str], rss: RssSampler, plan: list[tuple[str, str, str]],
                      detail_count: int, annotated: int) -> OpenResult:
    from tui.ui.article_list import ArticleList

    result = OpenResult()
    rss.set_phase("second open")
    started = time.perf_counter()
    app = make_app(paths, started, result)
    watch = FrameWatch(app)  # before the app runs: its first frames count
    first_page = expect_first_page(app, watch)
    async with app.run_test(size=SIZE) as pilot:
        await wait_first_page(app, first_page, started, result, 120)
        while result.scan_started is None and time.perf_counter() - started < 30:
            await asyncio.sleep(0.01)
        while app.scanning:
            await asyncio.sleep(0.01)
        result.scan_finished = time.perf_counter() - started
        result.articles = app.library.count("")
        articles = app.list_screen.query_one(ArticleList)
        app.list_screen.set_focus(articles)
        await asyncio.sleep(0.2)

        rss.set_phase("list")
        note(f"second open: list (focus {app.screen.focused!r}, cursor {articles.cursor})")
        await measure_keys(app, watch, "down", 100, lambda b: articles.cursor == b + 1,
                           result.down, result)
        await measure_keys(app, watch, "pagedown", 50, lambda b: articles.cursor > b + 1,
                           result.pagedown, result)

        rss.set_phase("detail")
        note(f"second open: detail ({result.timeouts} timeouts so far)")
        # Cold: articles past the annotated ones (the recogniser runs); warm: the same again.
        first_cold = min(max(annotated + 50, 200), max(0, articles.total - detail_count))
        rows = list(range(first_cold, min(articles.total, first_cold + detail_count)))
        await open_details(app, watch, rows, result, result.detail_cold, "detail cold")
        await open_details(app, watch, rows, result, result.detail_warm, "detail warm")

        rss.set_phase("search")
        note(f"second open: search ({result.timeouts} timeouts so far)")
        articles.cursor = 0
        await type_queries(app, watch, plan, result)
        await pilot.press("q")
    return result


def grep_times(directory: str, terms: list[str]) -> dict[str, tuple[float, int]]:
    """Seconds and files matched for ``grep -ril`` of each term (run twice: the page cache is
    warm on the second run, like the app's index)."""
    timings = {}
    for term in terms:
        best, hits = float("inf"), 0
        for _ in range(2):
            started = time.perf_counter()
            done = subprocess.run(["grep", "-ril", "--", term, directory],
                                  capture_output=True, text=True, check=False)
            best = min(best, time.perf_counter() - started)
            hits = len(done.stdout.splitlines())
        timings[term] = (best, hits)
    return timings


PARSE_SAMPLE = {".txt": ("text pages", 300, TEXT_RATE_PER_CORE),
                ".jsonl": ("JSONL articles", 1, TEXT_RATE_PER_CORE),
                ".html": ("HTML pages", 60, HTML_RATE_PER_CORE)}


def parse_rates(directory: str) -> list[str]:
    """Articles per CPU-second of ``tui.ingest.load_file`` alone (one process) per file form, on
    the first files of each form: the per-core parse speed, whatever the machine's load."""
    from tui.ingest import load_file

    lines = []
    for suffix, (label, count, target) in PARSE_SAMPLE.items():
        files = sorted(Path(directory).rglob(f"*{suffix}"))[:count]
        if not files:
            continue
        load_file(files[0])  # imports and caches warm
        articles, cpu_started = 0, time.process_time()
        for path in files:
            articles += len(load_file(path)[0])
        cpu = max(time.process_time() - cpu_started, 1e-9)
        rate = articles / cpu
        lines.append(f"{'parse ' + label + ' (load_file, 1 process)':<46} {rate:7,.0f} per "
                     f"CPU-second ({articles:,} in {cpu:.2f} s)   target >= {target:,}/s per core: "
                     + verdict(rate >= target, f"{rate / target:.2f} of it"))
    return lines


def corpus_files(directory: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _root, _dirs, files in os.walk(directory):
        for name in files:
            suffix = Path(name).suffix.lower() or "(none)"
            counts[suffix] = counts.get(suffix, 0) + 1
    return counts


# ------------------------------------------------------------------ main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", help="the corpus folder (benchmarks/make_corpus.py N DIR)")
    parser.add_argument("--annotate", type=int, default=2000, metavar="N",
                        help="articles to annotate before the second open (default 2000)")
    parser.add_argument("--annotate-seconds", type=float, default=120, metavar="S",
                        help="stop annotating after this long (default 120)")
    parser.add_argument("--tag", type=int, default=300, metavar="N",
                        help="articles to tag 'keep' (half of them also 'check'; default 300)")
    parser.add_argument("--detail", type=int, default=30, metavar="N",
                        help="articles to open (default 30)")
    parser.add_argument("--keystrokes", type=int, default=200, metavar="N")
    parser.add_argument("--no-grep", action="store_true", help="skip the grep comparison")
    parser.add_argument("--verbose", action="store_true", help="phases on stderr")
    parser.add_argument("--home", help="NEWSTUI_HOME to use (must be empty; default: a temp dir)")
    args = parser.parse_args(argv)
    global VERBOSE
    VERBOSE = args.verbose

    directory = str(Path(args.dir).resolve())
    if not Path(directory).is_dir():
        parser.error(f"{directory} is not a folder")
    home = args.home or tempfile.mkdtemp(prefix="newstui-scale-")
    Path(home).mkdir(parents=True, exist_ok=True)
    if any(Path(home).iterdir()):
        parser.error(f"--home {home} is not empty")
    os.environ["NEWSTUI_HOME"] = home
    sys.path.insert(0, str(ROOT))

    from multiprocessing import resource_tracker

    import textual

    cores = os.cpu_count() or 1
    files = corpus_files(directory)
    print(f"scale benchmark: {directory}")
    print(f"machine: {cores} cores (os.cpu_count()), load average at start {loadavg()} "
          f"(1/5/15 min); Python {sys.version.split()[0]}, Textual {textual.__version__}")
    print("files: " + ", ".join(f"{n:,} {s}" for s, n in sorted(files.items())) +
          f"; NEWSTUI_HOME {home}; screen {SIZE[0]}x{SIZE[1]}")
    sys.stdout.flush()

    # As tui.ui.app.run does: start the tracker while stderr is a real file descriptor.
    resource_tracker.ensure_running()
    rss = RssSampler()
    rss.start()
    queries, grep_terms = search_queries()
    plan = Keystrokes(queries, args.keystrokes).plan()
    failures = []

    first = asyncio.run(first_open([directory], rss))
    scan_seconds = (first.scan_finished or 0) - (first.scan_started or 0)
    rate = first.articles / scan_seconds if scan_seconds > 0 else 0.0
    print("\n-- first open (empty index) --")
    for line in first.timeline:
        print(line)
    if first.first_page is None:
        print("first painted page: never")
        failures.append("first page (first open)")
    else:
        ok = first.first_page <= FIRST_PAGE_FIRST_S
        print(f"{'first painted page (>= 1 row)':<46} {first.first_page:7.2f} s   "
              f"target <= {FIRST_PAGE_FIRST_S:g} s: "
              f"{verdict(ok, f'{first.first_page / FIRST_PAGE_FIRST_S:.1f}x the target')}"
              f"   [{first.confirmed}]")
    print(f"{'all articles indexed (scan finished)':<46} {first.scan_finished or 0:7.2f} s "
          f"from start; the scan itself {scan_seconds:.2f} s for {first.articles:,} articles "
          f"= {rate:,.0f} articles/s ({rate / cores:,.0f}/s per core)")
    print(f"{'':<46} load average now {loadavg()}")
    own_cpu, workers_cpu = rss.cpu_by_phase.get("first open", [0.0, 0.0])
    cpu = own_cpu + workers_cpu
    print(f"{'CPU used by the first open':<46} {cpu:7.1f} s (app process {own_cpu:.1f} s, "
          f"worker processes {workers_cpu:.1f} s) = {first.articles / max(cpu, 1e-9):,.0f} "
          "articles per CPU-second, parse + index + UI")
    print(latency_line("list frame while indexing (down)", first.scan_frames, FRAME_P95_MS))
    show(cpu_line(first.cpu.get("scan frames")))
    for line in parse_rates(directory):
        print(line)
    sys.stdout.flush()

    rss.set_phase("prepare")
    annotated, lines = prepare([directory], args.annotate, args.annotate_seconds, args.tag)
    for line in lines:
        print(line)
    print(f"prepared: waited {rss.wait_quiet():.1f} s for the annotation workers to finish "
          "their last chunks")
    sys.stdout.flush()

    second = asyncio.run(second_open([directory], rss, plan, args.detail, annotated))
    rss.set_phase("grep")
    print("\n-- second open (nothing changed) --")
    if second.first_page is None:
        print("first painted page: never")
    else:
        ok = second.first_page <= FIRST_PAGE_SECOND_S
        print(f"{'first painted page (>= 1 row)':<46} {second.first_page:7.2f} s   "
              f"target <= {FIRST_PAGE_SECOND_S:g} s: "
              f"{verdict(ok, f'{second.first_page / FIRST_PAGE_SECOND_S:.1f}x the target')}"
              f"   [{second.confirmed}]")
    print(f"{'scan finished (stat walk, nothing parsed)':<46} {second.scan_finished or 0:7.2f} s "
          f"from start ({second.articles:,} articles)")
    print(latency_line("list: cursor down x100, frame", second.down, FRAME_P95_MS))
    show(cpu_line(second.cpu.get("down")))
    print(latency_line("list: page down x50, frame", second.pagedown, FRAME_P95_MS))
    show(cpu_line(second.cpu.get("pagedown")))
    print(latency_line("detail: text shown", second.detail_text, None))
    print(latency_line("detail: highlights (not yet annotated)", second.detail_cold,
                       DETAIL_P95_MS))
    show(cpu_line(second.cpu.get("detail cold")))
    print(latency_line("detail: highlights (annotation cached)", second.detail_warm,
                       DETAIL_P95_MS))
    show(cpu_line(second.cpu.get("detail warm")))
    print(latency_line("detail: Esc back to the list", second.back, None))
    every = [s for values in second.search.values() for s in values]
    print(latency_line(f"search: all {len(every)} keystrokes", every, SEARCH_P95_MS))
    show(cpu_line(second.cpu.get("search")))
    for kind, values in second.search.items():
        print(latency_line(f"  search: {kind}", values, None))
    print(latency_line("  search: clear the box (ctrl+u, not counted)", second.clears, None))
    print(f"  {second.search_errors} keystrokes gave a query error line (e.g. an unfinished "
          f"date), {second.search_timeouts} timed out; {second.timeouts} other timeouts")
    for query, seconds in second.final_query.items():
        print(f"    {query!r:<40} {seconds * 1000:7.1f} ms  {second.counts.get(query, 0):>7,} "
              "matches")

    if not args.no_grep:
        print("\n-- grep -ril over the files (best of 2) vs the app (keystroke that completed "
              "the query) --")
        ratios = []
        grep = grep_times(directory, grep_terms)
        for term, (seconds, hits) in grep.items():
            app_query = next((q for q in second.final_query
                              if q.strip('"') == term), None)
            app_seconds = second.final_query.get(app_query) if app_query else None
            if app_seconds:
                ratios.append(seconds / app_seconds)
                print(f"  {term!r:<32} grep {seconds * 1000:8.0f} ms ({hits:,} files)   "
                      f"app {app_seconds * 1000:6.1f} ms ({second.counts.get(app_query, 0):,} "
                      f"articles)   {seconds / app_seconds:6.1f}x")
            else:
                print(f"  {term!r:<32} grep {seconds * 1000:8.0f} ms ({hits:,} files)")
        if ratios:
            low = min(ratios)
            print(f"{'search vs grep -ril (lowest ratio)':<46} {low:7.1f}x   target >= "
                  f"{GREP_RATIO}x: {verdict(low >= GREP_RATIO, f'{low / GREP_RATIO:.2f} of it')}"
                  f"   (median {statistics.median(ratios):.1f}x)")

    rss.stop()
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    tree_mb, pss_mb = rss.peak_tree / 1024, rss.peak_pss / 1024
    print("\n-- memory --")
    print(f"{'peak RSS of this process (ru_maxrss)':<46} {self_mb:7.0f} MB   target <= {RSS_MB} "
          f"MB: {verdict(self_mb <= RSS_MB, f'{self_mb / RSS_MB:.1f}x')}")
    print(f"{'peak PSS, process + workers (sampled 0.5-2 s)':<46} {pss_mb:7.0f} MB in "
          f"'{rss.peak_pss_phase}'   target <= {RSS_MB} MB: "
          f"{verdict(pss_mb <= RSS_MB, f'{pss_mb / RSS_MB:.1f}x')}")
    print(f"{'  peak RSS summed (shared pages counted twice)':<46} {tree_mb:7.0f} MB in "
          f"'{rss.peak_tree_phase}'; ru_maxrss of reaped children {children_mb:.0f} MB "
          "(grep; its fork counts the parent's pages)")
    print("  peak PSS by phase (MB): " + ", ".join(
        f"{phase} {kb / 1024:.0f}" for phase, kb in rss.peak_by_phase.items()))
    print("  CPU by phase (s, this process + workers): " + ", ".join(
        f"{phase} {own:.1f}+{workers:.1f}" for phase, (own, workers) in rss.cpu_by_phase.items()))
    print(f"load average at end {loadavg()}")
    if not args.home:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
