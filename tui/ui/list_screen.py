"""The list screen: search box, virtual article list, status line."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static
from textual.widgets.input import Selection

from tui.ui.article_list import ArticleList
from tui.ui.messages import SearchDone, SearchFailed
from tui.ui.session_widgets import TagBar

if TYPE_CHECKING:
    from tui.ui.app import NewsApp

SEARCH_PLACEHOLDER = 'Search: words, "a phrase", -word, source:, entity:, before:/after:, tag:'


class SearchBox(Input):
    """The search input; Esc, Enter and Down hand the keys back to the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Back to list"),
        # Not Input's "submit": its message arrives after keys typed straight after Enter,
        # so "Enter Enter" (search, then open) would lose the second Enter.
        Binding("enter", "leave", "To the list", show=False),
        Binding("down", "leave", "To the list", show=False),
    ]

    def __init__(self, *, placeholder: str, id: str | None = None) -> None:
        # Selecting on the (deferred) Focus event would select letters already typed after
        # "/" and the next key would replace them: begin_typing selects at once instead.
        super().__init__(placeholder=placeholder, id=id, select_on_focus=False)

    def begin_typing(self) -> None:
        """Focus now (not deferred like Widget.focus) with the query selected: the next
        letters replace it, and every key after this one is routed here."""
        self.screen.set_focus(self)
        self.selection = Selection(0, len(self.value))

    def type_character(self, character: str) -> None:
        """A printable key that reached another widget before the focus moved here."""
        selection = self.selection
        if selection.is_empty:
            self.insert_text_at_cursor(character)
        else:
            self.replace(character, *selection)

    def action_leave(self) -> None:
        # set_focus at once (Widget.focus defers it): keys typed right after go to the list.
        self.screen.set_focus(self.screen.query_one(ArticleList))


class ListScreen(Screen[None]):
    """Search as you type over the whole corpus; Enter opens the article under the cursor."""

    AUTO_FOCUS = "ArticleList"

    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: runs as the app reads the key, so the keys after it go to the box even
        # when they arrive in the same burst (a binding on the list would run later).
        Binding("slash", "focus_search", "Search", priority=True),
        Binding("x", "app.cancel_scan", "Stop indexing"),
        Binding("w", "app.show_skipped", "Skipped files"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._generation = 0
        self.query_text = ""

    @property
    def news_app(self) -> NewsApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield TagBar(id="tagbar")
        yield SearchBox(placeholder=SEARCH_PLACEHOLDER, id="search")
        yield Static("", id="query-error", markup=False)
        yield ArticleList(id="articles")
        yield Static("", id="status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#query-error").display = False
        # The first page of the empty query straight away (a few ms from the index), so the
        # first frame already has rows; every later search runs in a worker.
        self._generation += 1
        library = self.news_app.library
        total = library.count("")
        self.on_search_done(SearchDone(self._generation, "", total,
                                       library.search("", limit=100, offset=0) if total else [],
                                       False))

    # -- search ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "/" typed in the box is part of the query
        return not (action == "focus_search" and isinstance(self.focused, SearchBox))

    def user_is_searching(self) -> bool:
        """The search box has the focus (a search is being typed)."""
        return isinstance(self.focused, SearchBox)

    def action_focus_search(self) -> None:
        self.query_one(SearchBox).begin_typing()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self.refresh_results(keep_cursor=False)

    def refresh_results(self, *, keep_cursor: bool) -> None:
        """Count and fetch the first page for the current query in a worker; newest wins."""
        self._generation += 1
        self._run_search(self._generation, self.query_text, keep_cursor)

    @work(thread=True, exclusive=True, group="search")
    def _run_search(self, generation: int, query: str, keep_cursor: bool) -> None:
        library = self.news_app.library
        try:
            total = library.count(query)
            first_page = library.search(query, limit=100, offset=0) if total else []
        except ValueError as error:  # QueryError: a one-line message for the user
            self.post_message(SearchFailed(generation, query, str(error).splitlines()[0]))
            return
        self.post_message(SearchDone(generation, query, total, first_page, keep_cursor))

    def on_search_done(self, message: SearchDone) -> None:
        if message.generation != self._generation:
            return  # an older query finished late
        self._show_query_error(None)
        library = self.news_app.library
        query = message.query

        def fetch(limit: int, offset: int) -> list:
            try:
                return library.search(query, limit=limit, offset=offset)
            except ValueError:
                return []

        articles = self.query_one(ArticleList)
        app = self.news_app
        if message.total:
            articles.empty_message = ""
        elif app.scanning or (app.scan_on_start and not app.scans_finished):
            # The first page shows before the scan starts (after the first paint).
            articles.empty_message = "Nothing yet: indexing…"
        elif query.strip():
            articles.empty_message = "No articles match this search."
        else:
            articles.empty_message = "No articles: no readable files here (w lists skipped ones)."
        articles.set_source(fetch, message.total, message.first_page,
                            keep_cursor=message.keep_cursor)
        self.update_status()
        self.news_app.results_shown(query, message.total)

    def set_query(self, query: str) -> None:
        """Put ``query`` in the search box (it runs as if typed)."""
        self.query_one(SearchBox).value = query

    @on(ArticleList.Highlighted)
    def _highlighted(self) -> None:
        if self.news_app.session is not None:
            self.query_one(TagBar).update(self.news_app.tag_bar_for(self))

    def on_search_failed(self, message: SearchFailed) -> None:
        if message.generation == self._generation:
            self._show_query_error(message.message)

    def _show_query_error(self, message: str | None) -> None:
        error = self.query_one("#query-error", Static)
        error.display = message is not None
        if message is not None:
            error.update(Content.assemble(("Query: ", "bold"), message))

    # -- opening -----------------------------------------------------------------------------

    @on(ArticleList.Opened)
    def _open(self, event: ArticleList.Opened) -> None:
        self.news_app.open_article(event.article_id)

    def step(self, delta: int) -> str | None:
        """Move the list cursor by ``delta`` rows; the article id there, or None at an end."""
        articles = self.query_one(ArticleList)
        target = articles.cursor + delta
        if not 0 <= target < articles.total:
            return None
        articles.cursor = target
        return articles.current_id

    def move_to(self, article_id: str, *, limit: int = 5000) -> bool:
        """Put the cursor on ``article_id`` if it is among the first ``limit`` rows."""
        articles = self.query_one(ArticleList)
        for index in range(min(articles.total, limit)):
            row = articles.row(index)
            if row is not None and row.id == article_id:
                articles.cursor = index
                return True
        return False

    def next_untagged(self, session: object, *, from_start: bool = False) -> str | None:
        """Move the cursor to the next listed article without tags (triage); its id."""
        articles = self.query_one(ArticleList)
        start = articles.cursor if from_start else articles.cursor + 1
        for index in range(start, articles.total):
            row = articles.row(index)
            if row is not None and not session.article_tags(row.id):  # type: ignore[attr-defined]
                articles.cursor = index
                return row.id
        return None

    # -- status ------------------------------------------------------------------------------

    def update_status(self) -> None:
        try:
            articles = self.query_one(ArticleList)
        except NoMatches:  # not composed yet, or torn down before a late worker message
            return
        parts: list[Content | str | tuple[str, str]] = [
            (f"{articles.total:,}", "bold"),
            " article" if articles.total == 1 else " articles",
        ]
        if self.query_text.strip():
            parts.append(" match")
        parts.extend(self.news_app.status_parts())
        # One line (fixed height): no layout pass.
        self.query_one("#status", Static).update(Content.assemble(*parts), layout=False)
