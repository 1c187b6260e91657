"""Corpus-wide views (issue 4 "Also"): background annotation of every article, the entity list
(E) and the quotes view (Q).

- ``CorpusViews`` is mixed into ``NewsApp``: after a scan it runs ``Library.annotate_all`` in a
  thread worker (progress in the status line, stopped by x and on quit), so ``entity:`` search
  and the entity list cover the whole corpus, not only the articles opened so far.
- ``EntityListScreen``: the corpus's entities by number of articles (a bounded list from
  ``Library.entity_counts``, narrowed by a prefix filter); Enter puts ``entity:"<key>"`` in the
  search box and goes back to the list.
- ``QuotesScreen``: the quotes of the first ``QUOTE_ARTICLES`` articles matching the current
  search, grouped by speaker (speakers grouped like the entities: "Putin" in an article that
  names "Vladimir Putin" is him); Enter opens the article scrolled to the quote.

Names, quotes and titles are untrusted: every prompt is ``Content`` built from plain strings.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.model import Annotations, Span
from tui.ui.annotation_panel import ENTITY_TYPE_ORDER, AnnotationPanel
from tui.ui.article_list import ArticleList
from tui.ui.detail_screen import DetailScreen
from tui.ui.highlight import entity_kind
from tui.ui.messages import AnnotationsReady

if TYPE_CHECKING:
    from tui.ui.app import NewsApp

MAX_ENTITIES = 500  # rows the entity list asks the store for (the filter reaches the rest)
QUOTE_ARTICLES = 200  # the quotes view reads this many of the matching articles
MAX_QUOTE_ROWS = 3000  # quote rows shown at most (OptionList measures every row)
QUOTE_CACHE_ARTICLES = 5000  # articles whose quotes stay in memory between views
REFRESH_SECONDS = 2.0  # while annotating, refresh entity: results and the entity list this often
QUOTE_MARKS = '"“”„«»‟'

CORPUS_VIEW_BINDINGS: list[BindingType] = [
    Binding("E", "entity_list", "Entity list", show=False),  # the footer is full: help, palette
    Binding("Q", "quotes_view", "Quotes view", show=False),
]
CORPUS_VIEW_ACTIONS = frozenset({"entity_list", "quotes_view"})


def _one_line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def entity_query(key: str) -> str:
    """The search-box filter for the entity group ``key``: ``entity:"<key>"`` (quoted, so it
    is not a prefix; quote marks inside the key are dropped, the index ignores them anyway)."""
    cleaned = " ".join(key.translate({ord(mark): " " for mark in QUOTE_MARKS}).split())
    return f'entity:"{cleaned}"'


def _kind_colour(label: str | None) -> str:
    # Plain ANSI names (as the side panel): readable on dark and light themes.
    return {"person": "ansi_cyan", "org": "ansi_yellow", "place": "ansi_green",
            "norp": "ansi_magenta"}.get(entity_kind(label), "")


# -- background annotation ---------------------------------------------------------------------


@dataclass
class CorpusAnnotationProgress(Message):
    """``annotate_all`` annotated ``done`` of ``total`` articles."""

    done: int
    total: int
    rate: float  # articles per second


@dataclass
class CorpusAnnotationFinished(Message):
    done: int
    total: int
    cancelled: bool
    error: str | None  # one line, or None


class CorpusViews:
    """Mixed into ``NewsApp``: background annotation and the corpus-wide views' actions."""

    annotating = False
    annotation_progress: CorpusAnnotationProgress | None = None
    _annotate_cancel: threading.Event | None = None
    _annotate_again = False  # a scan finished during annotation: its new articles need a pass
    _last_annotation_refresh = 0.0
    _quote_cache: OrderedDict[str, list[QuoteEntry]] | None = None
    _quote_cache_lock = threading.Lock()

    def start_corpus_annotation(self: NewsApp) -> None:
        """Annotate every article not yet annotated, in a thread (after each scan)."""
        if self.annotating:
            self._annotate_again = True
            return
        if self._annotate_cancel is None:
            self._annotate_cancel = threading.Event()
        self._annotate_cancel.clear()
        self._annotate_again = False
        self.annotating = True
        self.annotation_progress = None
        self.refresh_bindings()
        self.run_worker(self._annotate_corpus, thread=True, group="corpus-annotation",
                        name="corpus-annotation")

    def stop_corpus_annotation(self: NewsApp) -> None:
        """Stop the background annotation at its next batch (x, quit)."""
        if self._annotate_cancel is not None:
            self._annotate_cancel.set()
        self._annotate_again = False

    def _annotate_corpus(self: NewsApp) -> None:
        """Runs in a thread: talks to the UI through messages only."""

        def progress(state: Any) -> None:  # tui.store AnnotateProgress, on this thread
            rate = state.done / state.elapsed if state.elapsed > 0 else 0.0
            self.post_message(CorpusAnnotationProgress(state.done, state.total, rate))

        try:
            final = self.library.annotate_all(progress=progress, cancel=self._annotate_cancel)
        except Exception as error:  # noqa: BLE001 - one line for the user; the app goes on
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            self.post_message(CorpusAnnotationFinished(0, 0, False, message))
            return
        self.post_message(CorpusAnnotationFinished(final.done, final.total, final.cancelled,
                                                   None))

    def on_corpus_annotation_progress(self: NewsApp, message: CorpusAnnotationProgress) -> None:
        if not self.annotating:
            return  # a late message after the finish
        self.annotation_progress = message
        self.list_screen.update_status()
        now = time.monotonic()
        if now - self._last_annotation_refresh >= REFRESH_SECONDS:
            self._last_annotation_refresh = now
            self._entities_changed()

    def on_corpus_annotation_finished(self: NewsApp, message: CorpusAnnotationFinished) -> None:
        self.annotating = False
        self.annotation_progress = None
        self.refresh_bindings()
        if message.error:
            self.notify(f"Annotating stopped: {message.error}", severity="error", markup=False)
        self._entities_changed()
        self.list_screen.update_status()
        if self._annotate_again and not message.cancelled and not message.error:
            self.start_corpus_annotation()

    def _entities_changed(self: NewsApp) -> None:
        """More articles are annotated: refresh what depends on it (entity: results, E)."""
        if "entity:" in self.list_screen.query_text.casefold():
            self.list_screen.refresh_results(keep_cursor=True)
        for screen in self.screen_stack:
            if isinstance(screen, EntityListScreen):
                screen.reload()

    def annotation_status_parts(self: NewsApp) -> list[Content | str | tuple[str, str]]:
        """Status-line pieces while annotating: "· annotating 1,234/25,000, 310/s  x stops"."""
        if not self.annotating:
            return []
        progress = self.annotation_progress
        if progress is None or not progress.total:
            parts: list[Content | str | tuple[str, str]] = ["  · annotating…"]
        else:
            parts = [f"  · annotating {progress.done:,}/{progress.total:,}"]
            if progress.rate > 0:
                parts.append(f", {progress.rate:,.0f}/s")
        if not self.scanning:  # the scan's own "x stops" is already there
            parts.append(("  x stops", "dim"))
        return parts

    def check_corpus_view_action(self: NewsApp, action: str) -> bool | None:
        """E and Q open from the list and the article, not from dialogs or from themselves."""
        screen = self.screen
        if isinstance(screen, ModalScreen):
            return False
        own_screen = {"entity_list": EntityListScreen, "quotes_view": QuotesScreen}.get(action)
        return not (own_screen is not None and isinstance(screen, own_screen))

    # -- actions -------------------------------------------------------------------------------

    def action_entity_list(self: NewsApp) -> None:
        self.push_screen(EntityListScreen())

    def action_quotes_view(self: NewsApp) -> None:
        self.push_screen(QuotesScreen(self.list_screen.query_text))

    def show_entity_articles(self: NewsApp, key: str) -> None:
        """Back to the article list, filtered to the articles that mention ``key``."""
        while len(self.screen_stack) > 1 and self.screen is not self.list_screen:
            self.pop_screen()
        self.article_opened(None)
        self.list_screen.set_query(entity_query(key))
        self.list_screen.set_focus(self.list_screen.query_one(ArticleList))

    def open_article_at(self: NewsApp, article_id: str, quote: Span,
                        step: Callable[[int], QuoteEntry | None] | None = None) -> None:
        self.push_screen(QuoteDetailScreen(article_id, quote, step))

    def cached_quotes(self, article_id: str) -> list[QuoteEntry] | None:
        with self._quote_cache_lock:
            if self._quote_cache is None:
                return None
            entries = self._quote_cache.get(article_id)
            if entries is not None:
                self._quote_cache.move_to_end(article_id)
            return entries

    def cache_quotes(self, article_id: str, entries: list[QuoteEntry]) -> None:
        with self._quote_cache_lock:
            if self._quote_cache is None:
                self._quote_cache = OrderedDict()
            self._quote_cache[article_id] = entries
            while len(self._quote_cache) > QUOTE_CACHE_ARTICLES:
                self._quote_cache.popitem(last=False)


# -- entity list -----------------------------------------------------------------------------


@dataclass
class EntitiesLoaded(Message):
    generation: int
    rows: list[tuple[str, str | None, int]]
    error: str | None = None


def entity_options(rows: Sequence[tuple[str, str | None, int]], *, by_type: bool
                   ) -> list[Option]:
    """One option per entity (id = its index in ``rows``): articles, name, type; type
    headings (not selectable) when ``by_type``."""
    width = max((len(f"{articles:,}") for _key, _label, articles in rows), default=1)

    def option(index: int) -> Option:
        key, label, articles = rows[index]
        prompt = Content.assemble((f"{articles:>{width},}", "bold"), "  ", _one_line(key, 60),
                                  "  ", ((label or "OTHER").upper(), _kind_colour(label)))
        return Option(prompt, id=str(index))

    if not by_type:
        return [option(index) for index in range(len(rows))]
    groups: dict[str, list[int]] = defaultdict(list)
    for index, (_key, label, _articles) in enumerate(rows):
        groups[(label or "OTHER").upper()].append(index)

    def rank(label: str) -> tuple[int, str]:
        order = ENTITY_TYPE_ORDER.index(label) if label in ENTITY_TYPE_ORDER \
            else len(ENTITY_TYPE_ORDER)
        return (order, label)

    options: list[Option] = []
    for label in sorted(groups, key=rank):
        members = groups[label]
        options.append(Option(Content.styled(f"{label} ({len(members):,})",
                                             f"bold {_kind_colour(label)}"), disabled=True))
        options.extend(option(index) for index in members)
    return options


class EntityListScreen(Screen[None]):
    """Which entities the corpus mentions, in how many articles; Enter lists those articles."""

    DEFAULT_CSS = """
    EntityListScreen #entity-info { height: 1; padding: 0 1; background: $panel; }
    EntityListScreen #entities { height: 1fr; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("ctrl+t", "toggle_by_type", "By type"),
        # The filter box keeps the focus: these move the list under it.
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
        Binding("pagedown", "move(10)", "Page down", show=False),
        Binding("pageup", "move(-10)", "Page up", show=False),
        Binding("enter", "choose", "List its articles"),
    ]

    AUTO_FOCUS = "#entity-filter"

    def __init__(self) -> None:
        super().__init__()
        self._generation = 0
        self.prefix = ""
        self.by_type = False
        self.rows: list[tuple[str, str | None, int]] = []

    @property
    def news_app(self) -> NewsApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Filter entities: the first letters of a name",
                    id="entity-filter")
        yield Static("", id="entity-info", markup=False)
        yield OptionList(markup=False, id="entities")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Entities across the corpus"
        self.reload()

    @on(Input.Changed, "#entity-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.prefix = event.value
        self.reload()

    @on(Input.Submitted, "#entity-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_choose()

    def reload(self) -> None:
        """Fetch the entities for the current filter in a worker; the newest request wins."""
        self._generation += 1
        self._fetch(self._generation, self.prefix)

    @work(thread=True, exclusive=True, group="entity-list")
    def _fetch(self, generation: int, prefix: str) -> None:
        try:
            rows = self.news_app.library.entity_counts(prefix, MAX_ENTITIES)
        except Exception as error:  # noqa: BLE001 - a bad filter is one line, not a crash
            self.post_message(EntitiesLoaded(generation, [], str(error).splitlines()[0]))
            return
        self.post_message(EntitiesLoaded(generation, list(rows)))

    def on_entities_loaded(self, message: EntitiesLoaded) -> None:
        if message.generation != self._generation:
            return
        self.rows = message.rows
        self._show(message.error)

    def _show(self, error: str | None = None) -> None:
        entities = self.query_one("#entities", OptionList)
        keep = self.highlighted_key()
        options = entity_options(self.rows, by_type=self.by_type)
        entities.set_options(options)
        keys = [self.rows[int(o.id)][0] if o.id is not None else None for o in options]
        if keep is not None and keep in keys:
            entities.highlighted = keys.index(keep)
        else:
            entities.highlighted = next((i for i, o in enumerate(options) if not o.disabled),
                                        None)
        # The same index as before fires no watcher: bring the entity into view here.
        self.call_after_refresh(entities.scroll_to_highlight)
        self.query_one("#entity-info", Static).update(self._info(error))

    def _info(self, error: str | None) -> Content:
        if error:
            return Content.assemble(("Filter: ", "bold"), error)
        count = len(self.rows)
        if count == 0:
            text = ("No entity starts with that." if self.prefix.strip()
                    else "No entities yet: articles are annotated in the background.")
        elif count >= MAX_ENTITIES:
            text = f"The {count:,} most frequent entities (type to narrow)"
        else:
            text = f"{count:,} entit{'y' if count == 1 else 'ies'}"
        parts: list[Content | str | tuple[str, str]] = [
            text, " · articles per entity", " by type" if self.by_type else ""]
        if self.news_app.annotating:
            parts.append(("  · annotating: counts grow", "dim"))
        return Content.assemble(*parts)

    def action_toggle_by_type(self) -> None:
        self.by_type = not self.by_type
        self._show()

    def action_move(self, delta: int) -> None:
        entities = self.query_one("#entities", OptionList)
        count = entities.option_count
        if not count:
            return
        index = entities.highlighted if entities.highlighted is not None else -delta
        step = 1 if delta > 0 else -1
        target = max(0, min(count - 1, index + delta))
        # Skip type headings in the direction of travel.
        while 0 <= target < count and entities.get_option_at_index(target).disabled:
            target += step
        if 0 <= target < count:
            entities.highlighted = target

    def highlighted_key(self) -> str | None:
        """The group key of the entity under the cursor."""
        option = self.query_one("#entities", OptionList).highlighted_option
        if option is None or option.id is None:
            return None
        return self.rows[int(option.id)][0]

    def action_choose(self) -> None:
        key = self.highlighted_key()
        if key is not None:
            self.news_app.show_entity_articles(key)

    @on(OptionList.OptionSelected, "#entities")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.news_app.show_entity_articles(self.rows[int(event.option.id)][0])

    def action_back(self) -> None:
        self.dismiss(None)


# -- quotes view -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuoteEntry:
    """One quote of one article, with the speaker's group key (None: unattributed)."""

    article_id: str
    title: str
    span: Span
    speaker: str | None


def _normal(name: str) -> str:
    return " ".join(name.split()).casefold()


def quote_entries(article_id: str, title: str, annotations: Annotations) -> list[QuoteEntry]:
    """The article's quotes, speakers grouped like its entities: a speaker written as one of
    the article's entity mentions ("Putin") takes that entity's key ("Vladimir Putin")."""
    keys: dict[str, str] = {}
    for span in annotations.entities:
        if span.value:
            keys.setdefault(_normal(span.text), span.value)
            keys.setdefault(_normal(span.value), span.value)
    entries = []
    for span in sorted(annotations.quotes, key=lambda s: s.start):
        speaker = " ".join(span.speaker.split()) if span.speaker else None
        if speaker:
            speaker = keys.get(_normal(speaker), speaker)
        entries.append(QuoteEntry(article_id, title, span, speaker or None))
    return entries


def group_by_speaker(entries: Sequence[QuoteEntry]) -> list[tuple[str | None, list[QuoteEntry]]]:
    """Speakers by number of quotes (most first; unattributed last), quotes in reading order.
    Speakers that differ only by case or spacing are one (shown as most often written)."""
    groups: dict[str | None, list[QuoteEntry]] = defaultdict(list)
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for entry in entries:
        key = _normal(entry.speaker) if entry.speaker else None
        groups[key].append(entry)
        if entry.speaker and key is not None:
            spellings[key][entry.speaker] += 1
    result: list[tuple[str | None, list[QuoteEntry]]] = []
    for key, members in groups.items():
        shown = max(spellings[key].items(), key=lambda kv: kv[1])[0] if key is not None else None
        result.append((shown, members))
    result.sort(key=lambda group: (group[0] is None, -len(group[1]),
                                   (group[0] or "").casefold()))
    return result


@dataclass
class QuotesProgress(Message):
    generation: int
    done: int
    total: int


@dataclass
class QuotesLoaded(Message):
    generation: int
    entries: list[QuoteEntry]
    articles_read: int
    matching: int
    error: str | None = None


class QuotesScreen(Screen[None]):
    """Quotes by speaker across the articles matching the list's search (the first
    ``QUOTE_ARTICLES`` of them); Enter opens the article at the quote."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
        Binding("pagedown", "move(10)", "Page down", show=False),
        Binding("pageup", "move(-10)", "Page up", show=False),
        Binding("enter", "choose", "Open at the quote"),
    ]

    AUTO_FOCUS = "#quote-filter"

    DEFAULT_CSS = """
    QuotesScreen #quotes-info { height: 1; padding: 0 1; background: $panel; }
    QuotesScreen #quotes { height: 1fr; }
    """

    def __init__(self, query: str) -> None:
        super().__init__()
        self.search = query
        self.entries: list[QuoteEntry] = []
        self.shown: list[QuoteEntry] = []  # in display order; option ids index into it
        self.filter_text = ""
        self.articles_read = 0
        self.matching = 0
        self.reading = True
        self._generation = 0

    @property
    def news_app(self) -> NewsApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Filter quotes: words of a speaker's name or of a quote",
                    id="quote-filter")
        yield Static("", id="quotes-info", markup=False)
        yield OptionList(markup=False, id="quotes")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Quotes by speaker"
        self._generation += 1
        self.query_one("#quotes-info", Static).update(self._info())
        self._load(self._generation, self.search)

    @work(thread=True, exclusive=True, group="quotes-view")
    def _load(self, generation: int, query: str) -> None:
        app = self.news_app
        library = app.library
        try:
            matching = library.count(query)
            rows = library.search(query, limit=QUOTE_ARTICLES, offset=0) if matching else []
        except ValueError as error:  # QueryError: the list's search cannot be read
            self.post_message(QuotesLoaded(generation, [], 0, 0, str(error).splitlines()[0]))
            return
        entries: list[QuoteEntry] = []
        last_report = time.monotonic()
        for done, row in enumerate(rows, start=1):
            cached = app.cached_quotes(row.id)
            if cached is None:
                try:
                    cached = quote_entries(row.id, row.title, library.annotations(row.id))
                    app.cache_quotes(row.id, cached)
                except Exception:  # noqa: BLE001 - one bad article must not hide the rest
                    cached = []
            entries.extend(cached)
            if time.monotonic() - last_report > 0.2:
                last_report = time.monotonic()
                self.post_message(QuotesProgress(generation, done, len(rows)))
        self.post_message(QuotesLoaded(generation, entries, len(rows), matching))

    def on_quotes_progress(self, message: QuotesProgress) -> None:
        if message.generation == self._generation and self.reading:
            info = Content.styled(f"Reading quotes: {message.done:,}/{message.total:,} "
                                  "articles…", "dim")
            self.query_one("#quotes-info", Static).update(info)

    def on_quotes_loaded(self, message: QuotesLoaded) -> None:
        if message.generation != self._generation:
            return
        self.reading = False
        self.entries = message.entries
        self.articles_read = message.articles_read
        self.matching = message.matching
        self._show(message.error)

    def on_resize(self) -> None:
        if not self.reading:
            self._show()

    @on(Input.Changed, "#quote-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        if not self.reading:
            self._show()

    @on(Input.Submitted, "#quote-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_choose()

    def _filtered(self) -> list[QuoteEntry]:
        words = self.filter_text.casefold().split()
        if not words:
            return self.entries
        return [entry for entry in self.entries
                if all(word in f"{entry.speaker or ''} {entry.span.text}".casefold()
                       for word in words)]

    def _show(self, error: str | None = None) -> None:
        quotes = self.query_one("#quotes", OptionList)
        keep = quotes.highlighted_option.id if quotes.highlighted_option else None
        options: list[Option] = []
        self.shown = []
        groups = group_by_speaker(self._filtered())
        # One line per quote (a wrapped list is hard to scan): the quote gets what the title
        # leaves of the width.
        # (less room for a scrollbar, which the first layout may not show yet, and padding)
        width = max(40, quotes.scrollable_content_region.width - 4)
        title_width = min(40, width // 3)
        quote_width = width - title_width - 6
        for speaker, members in groups:
            if len(self.shown) >= MAX_QUOTE_ROWS:
                break
            count = f" ({len(members):,})"
            heading = Content.assemble((speaker or "Unattributed", "bold"), (count, "dim"))
            options.append(Option(heading, disabled=True))
            for entry in members[: MAX_QUOTE_ROWS - len(self.shown)]:
                prompt = Content.assemble(
                    "  ", (_one_line(entry.span.text, quote_width), "italic"), "  ",
                    ("— " + _one_line(entry.title or "(untitled)", title_width), "dim"))
                options.append(Option(prompt, id=str(len(self.shown))))
                self.shown.append(entry)
        quotes.set_options(options)
        ids = [option.id for option in options]
        if keep is not None and keep in ids and not self.filter_text:
            quotes.highlighted = ids.index(keep)
        else:
            quotes.highlighted = next((i for i, o in enumerate(options) if not o.disabled), None)
        if quotes.highlighted == 1:  # the first quote: keep its speaker's heading in view
            self.call_after_refresh(quotes.scroll_home, animate=False, immediate=True)
        else:
            self.call_after_refresh(quotes.scroll_to_highlight)
        self.query_one("#quotes-info", Static).update(self._info(error, len(groups)))

    def _info(self, error: str | None = None, speakers: int = 0) -> Content:
        if error:
            return Content.assemble(("Search: ", "bold"), error)
        if self.reading:
            return Content.styled("Reading quotes…", "dim")
        where = (f"the first {self.articles_read:,} of {self.matching:,} articles"
                 if self.articles_read < self.matching else
                 f"{'the' if self.matching != 1 else ''} {self.matching:,} "
                 f"article{'s' if self.matching != 1 else ''}".strip())
        search = " ".join(self.search.split())
        scope = f"{where} matching " if search else f"{where} of the list"
        shown = len(self._filtered())
        parts: list[Content | str | tuple[str, str]] = [
            (f"{shown:,}", "bold"), f" quote{'s' if shown != 1 else ''} by ",
            (f"{speakers:,}", "bold"), f" speaker{'s' if speakers != 1 else ''} in {scope}",
        ]
        if search:
            parts.append(Content.styled(search, "italic"))  # untrusted: never markup
        if len(self.shown) < shown:
            parts.append((f"  · the first {len(self.shown):,} shown", "dim"))
        return Content.assemble(*parts)

    def action_move(self, delta: int) -> None:
        quotes = self.query_one("#quotes", OptionList)
        count = quotes.option_count
        if not count:
            return
        index = quotes.highlighted if quotes.highlighted is not None else -delta
        step = 1 if delta > 0 else -1
        target = max(0, min(count - 1, index + delta))
        while 0 <= target < count and quotes.get_option_at_index(target).disabled:
            target += step
        if 0 <= target < count:
            quotes.highlighted = target

    def action_choose(self) -> None:
        option = self.query_one("#quotes", OptionList).highlighted_option
        if option is not None and option.id is not None:
            self._open(int(option.id))

    @on(OptionList.OptionSelected, "#quotes")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self._open(int(event.option.id))

    def _open(self, index: int) -> None:
        entry = self.shown[index]
        position = [index]

        def step(delta: int) -> QuoteEntry | None:
            """n/p in the article: the next/previous quote of this view (moves its cursor)."""
            target = position[0] + delta
            if not 0 <= target < len(self.shown):
                return None
            position[0] = target
            quotes = self.query_one("#quotes", OptionList)
            quotes.highlighted = quotes.get_option_index(str(target))
            return self.shown[target]

        self.news_app.open_article_at(entry.article_id, entry.span, step)

    def action_back(self) -> None:
        self.dismiss(None)


class QuoteDetailScreen(DetailScreen):
    """The article view opened from the quotes view: scrolled to the quote, marked; n/p go
    to the next/previous quote of the view (in another article or this one)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "step(1)", "Next quote"),
        Binding("p", "step(-1)", "Previous quote"),
    ]

    def __init__(self, article_id: str, quote: Span,
                 quote_step: Callable[[int], QuoteEntry | None] | None = None) -> None:
        super().__init__(article_id, step=None)
        self.pending_quote: Span | None = quote
        self._quote_step = quote_step

    def on_annotations_ready(self, message: AnnotationsReady) -> None:
        # DetailScreen's own handler runs after this one (Textual calls each class's handler
        # in the MRO); jump once it has shown the annotations and the text is laid out.
        if message.article_id == self.article_id and self.pending_quote is not None:
            quote, self.pending_quote = self.pending_quote, None
            self.call_after_refresh(self._jump_to, quote)

    def _jump_to(self, quote: Span) -> None:
        self.post_message(AnnotationPanel.Jump(quote, 1, 1))

    def action_step(self, delta: int) -> None:
        entry = self._quote_step(delta) if self._quote_step is not None else None
        if entry is None:
            self.notify("No more quotes that way", timeout=2)
            return
        if entry.article_id == self.article_id and self.annotations is not None:
            self._jump_to(entry.span)
            return
        self.pending_quote = entry.span
        self.load(entry.article_id)
