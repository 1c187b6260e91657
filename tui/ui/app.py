"""The newstui Textual application and its entry point ``run``."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen

from tui.ui.annotation_panel import AnnotationPanel
from tui.ui.article_list import ArticleList
from tui.ui.article_view import ArticleView
from tui.ui.corpus_views import (
    CORPUS_VIEW_ACTIONS,
    CORPUS_VIEW_BINDINGS,
    CorpusViews,
    EntityListScreen,
    QuotesScreen,
)
from tui.ui.detail_screen import DetailScreen
from tui.ui.help_screen import HelpScreen, SkippedScreen, key_rows
from tui.ui.list_screen import ListScreen, SearchBox
from tui.ui.messages import ScanFinished, ScanProgress
from tui.ui.session_widgets import ManageTags
from tui.ui.tagging import Tagging

LIST_REFRESH_SECONDS = 0.5  # while scanning, re-run the search at most this often


class NewsApp(CorpusViews, Tagging, App[int]):
    """Browse, search, read and tag a corpus through ``tui.library`` and ``tui.sessions``."""

    CSS_PATH = Path(__file__).with_name("newstui.tcss")  # absolute: subclasses live elsewhere
    TITLE = "newstui"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
        Binding("f1,question_mark", "help", "Help"),
        # Tagging (issue 3); inactive without a session and inside dialogs (check_action).
        Binding("1", "toggle_key(1)", "Toggle tag", key_display="1-9"),
        # system=True: the help shows them once, as "1-9" above; the palette lists each.
        *(Binding(str(n), f"toggle_key({n})", f"Toggle tag {n}", show=False, system=True)
          for n in range(2, 10)),
        Binding("t", "add_tag", "Tag…"),
        Binding("u,ctrl+z", "undo", "Undo"),
        Binding("ctrl+y", "redo", "Redo", show=False),
        Binding("N", "note", "Note", show=False),
        Binding("A", "apply_tag", "Tag all matches", show=False),
        Binding("T", "manage_tags", "Manage tags", show=False),
        Binding("S", "switch_session", "Sessions", show=False),
        Binding("R", "triage", "Triage", show=False),
        *CORPUS_VIEW_BINDINGS,  # E entity list, Q quotes view (tui/ui/corpus_views.py)
    ]

    TAGGING_ACTIONS = frozenset({"toggle_key", "add_tag", "undo", "redo", "note", "apply_tag",
                                 "manage_tags", "switch_session", "triage"})

    def __init__(
        self,
        paths: list[str],
        *,
        session: str | None = None,
        triage: bool = False,
        ner: str = "builtin",
        library_factory: Callable[[list[str]], Any] | None = None,
        scan_on_start: bool = True,
    ) -> None:
        super().__init__()
        from tui.paths import sample_articles_dir

        self.user_paths = list(paths)  # as given: names the corpus for its session
        self.paths = list(paths) or [str(sample_articles_dir())]
        self.session_name = session
        self._session_timer: Any = None
        self._resume_article: str | None = None
        self._resume_query = ""  # the search the resumed article was found with
        self._triage_started = False
        self._triage_waiting = False
        self.corpus_total = 0
        self.triage = triage
        self.ner = ner
        self._library_factory = library_factory
        self.library: Any = None
        self.scan_on_start = scan_on_start
        self.layers: set[str] = {"entity", "quote", "date"}
        self.panel_choice: bool | None = None  # None: the panel shows when the screen is wide
        self.scanning = False
        self.scans_finished = 0
        self.scan_progress: ScanProgress | None = None
        self._scan_cancel = threading.Event()
        self._last_list_refresh = 0.0
        self.list_screen = ListScreen()

    # -- start and stop ----------------------------------------------------------------------

    def open_library(self) -> Any:
        if self._library_factory is not None:
            return self._library_factory(self.paths)
        from tui.library import Library

        if self.ner == "builtin":
            return Library(self.paths)
        from tui.annotate import ANNOTATOR_VERSION, annotate

        # Another recogniser gives other spans: cache its results under their own version.
        return Library(self.paths, annotator=partial(annotate, ner=self.ner),
                       annotator_version=f"{ANNOTATOR_VERSION}+{self.ner}")

    async def on_mount(self) -> None:
        self.library = self.open_library()
        self.corpus_total = self.library.count("")
        await self.push_screen(self.list_screen)
        # After the first paint, so the list shows what the index has at once: the session
        # (its first use imports tui.sessions), then the scan in a thread.
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.open_session()
        self.restore_position()
        if self.scan_on_start:
            self.start_scan()

    def on_unmount(self) -> None:
        self._scan_cancel.set()
        self.stop_corpus_annotation()
        if self.session is not None:
            self.session.close()

    async def action_quit(self) -> None:
        self._scan_cancel.set()
        self.stop_corpus_annotation()
        self.exit(0)

    # -- scanning ----------------------------------------------------------------------------

    def start_scan(self) -> None:
        if self.scanning:
            return
        self.scanning = True
        self._scan_cancel.clear()
        self.refresh_bindings()
        self.run_worker(self._scan, thread=True, exclusive=True, group="scan", name="scan")

    def _scan(self) -> None:
        """Runs in a thread: index the corpus, reporting through messages only."""

        def progress(state: Any) -> None:  # tui.store ScanProgress, on the scanning thread
            elapsed = max(state.elapsed, 1e-6)
            files_rate = state.files_done / elapsed
            remaining = state.files_total - state.files_done
            left = remaining / files_rate if files_rate > 0 and remaining > 0 else None
            self.post_message(ScanProgress(state.files_done, state.files_total, state.articles,
                                           files_rate, left))

        try:
            self.library.scan(progress=progress, cancel=self._scan_cancel)
        except Exception as error:  # noqa: BLE001 - shown as one line; the app goes on
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            self.post_message(ScanFinished(self._scan_cancel.is_set(), message, 0))
            return
        self.post_message(ScanFinished(self._scan_cancel.is_set(), None,
                                       len(self.library.skipped)))

    def on_scan_progress(self, message: ScanProgress) -> None:
        self.scan_progress = message
        now = time.monotonic()
        if now - self._last_list_refresh >= LIST_REFRESH_SECONDS:
            self._last_list_refresh = now
            self.list_screen.refresh_results(keep_cursor=True)
        self.list_screen.update_status()

    def on_scan_finished(self, message: ScanFinished) -> None:
        self.scans_finished += 1
        self.scanning = False
        self.scan_progress = None
        self.refresh_bindings()
        self.corpus_total = self.library.count("")
        if self.session is not None:
            from tui.sessions import corpus_key

            self.session.set_corpus(corpus_key(self.user_paths), self.corpus_total)
            self.tags_changed()
        self.list_screen.refresh_results(keep_cursor=True)
        if not message.error and not message.cancelled:
            self.start_corpus_annotation()  # so entity: and the entity list cover every article
        if message.error:
            self.notify(f"Indexing stopped: {message.error}", severity="error", markup=False)
        elif message.cancelled:
            self.notify("Indexing stopped; the list shows what was indexed.", markup=False)
        if message.skipped:
            noun = "file" if message.skipped == 1 else "files"
            self.notify(f"{message.skipped} {noun} skipped. Press w to see why.",
                        severity="warning", markup=False, timeout=8)

    def action_cancel_scan(self) -> None:
        if self.scanning:
            self._scan_cancel.set()
        self.stop_corpus_annotation()

    def action_show_skipped(self) -> None:
        self.push_screen(SkippedScreen(list(self.library.skipped)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_scan":
            return self.scanning or self.annotating
        if action in CORPUS_VIEW_ACTIONS:
            return self.check_corpus_view_action(action)
        if action in self.TAGGING_ACTIONS:
            return self.check_tagging_action(action)
        return True

    def status_parts(self) -> list[Content | str | tuple[str, str]]:
        """Status-line pieces after the article count: indexing progress, skipped files."""
        parts: list[Content | str | tuple[str, str]] = []
        progress = self.scan_progress
        if self.scanning:
            if progress is None or not progress.total:
                parts.append("  · indexing…")
            else:
                parts.append(f"  · indexing {progress.done:,}/{progress.total:,} files")
                if progress.rate > 0:
                    parts.append(f", {progress.rate:,.0f}/s")
                if progress.seconds_left is not None:
                    parts.append(f", ~{progress.seconds_left:,.0f} s left")
            parts.append(("  x stops", "dim"))
        parts.extend(self.annotation_status_parts())
        if self.library is not None and self.library.skipped:
            count = len(self.library.skipped)
            parts.append((f"  · {count:,} skipped (w)", "bold"))
        return parts

    # -- navigation --------------------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        self.push_screen(DetailScreen(article_id, step=self.list_screen.step))

    def article_opened(self, article_id: str | None) -> None:
        """The article now shown (None: back to the list), remembered to resume there."""
        if self.session is not None:
            self.session.set_state("article_id", article_id)
        self.tags_changed()

    def results_shown(self, query: str, total: int) -> None:
        """The list shows a new result set: remember the query; resume or triage once."""
        if self.session is None:
            return
        if (self.session.get_state("query") or "") != query:
            self.session.set_state("query", query)
        resume, self._resume_article = self._resume_article, None
        if resume and (query != self._resume_query or self.list_screen.user_is_searching()):
            resume = None  # typing began before the resumed search came back: stay in the list
        if resume:
            try:
                self.library.get(resume)
            except KeyError:
                resume = None
            if resume and self.screen is self.list_screen:
                self.list_screen.move_to(resume)
                self.open_article(resume)
                return
        if self.triage and total and self.screen is self.list_screen and not self._triage_started:
            # --triage walks the list in order, so it starts once indexing has settled the order
            # (rows added above the first untagged article would otherwise be skipped).
            if self.scanning:
                if not self._triage_waiting:
                    self._triage_waiting = True
                    self.notify("Triage starts when indexing finishes.", timeout=3)
                return
            self._triage_started = True
            self.triage_next(from_start=True)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(key_rows(HELP_SECTIONS, self.get_key_display)))

    # -- command palette ---------------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every binding that applies on ``screen`` (by its description), then Textual's own."""
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if not active.enabled or not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            key = self.get_key_display(binding)
            yield SystemCommand(binding.description, f"key: {key}",
                                partial(self.run_action, binding.action, active.node))
        yield from super().get_system_commands(screen)


HELP_SECTIONS = [
    ("Everywhere", [NewsApp]),
    ("Article list", [ListScreen, ArticleList]),
    ("Search box", [SearchBox]),
    ("Article", [DetailScreen, ArticleView, AnnotationPanel]),
    ("Manage tags (T)", [ManageTags]),
    ("Entity list (E)", [EntityListScreen]),
    ("Quotes view (Q)", [QuotesScreen]),
]


def run(paths: list[str], *, session: str | None, triage: bool, ner: str) -> int:
    """Open ``paths`` (the bundled sample articles when empty) in the browser, tagging in
    ``session`` (default: the one last used with this corpus)."""
    from multiprocessing import resource_tracker

    # The scan's worker pool starts multiprocessing's resource tracker, which passes
    # sys.stderr's fd to it; under Textual, stderr is a capture object with fd -1 ("bad
    # value(s) in fds_to_keep"). Start it now, while stderr is the terminal.
    resource_tracker.ensure_running()
    app = NewsApp(list(paths), session=session, triage=triage, ner=ner)
    result = app.run()
    return int(result or 0) if app.return_code in (None, 0) else int(app.return_code or 1)
