"""The article list: a virtual list that draws only the visible rows (toolong's manner).

It knows the row total (from ``Library.count``), fetches pages of rows on demand through a
``fetch(limit, offset)`` callable into a small LRU cache, caches each rendered row ``Strip``
and paints its own background. Mounting cost does not depend on the number of articles.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import ClassVar, Protocol

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.widgets import Input

from tui.ui.highlight import component_style

PAGE_SIZE = 100
MAX_PAGES = 32  # pages kept in memory: 3,200 rows
MAX_STRIPS = 400
SOURCE_MAX = 32  # an outlet name longer than this is cut even on a wide terminal


class Row(Protocol):
    """What the list needs from a search result (``tui.store`` ``ArticleRow``)."""

    id: str
    title: str
    source: str
    published: str | None


Fetch = Callable[[int, int], Sequence[Row]]
TagsOf = Callable[[str], Sequence[str]]


def _no_rows(limit: int, offset: int) -> Sequence[Row]:
    return []


def _cell(text: str, width: int) -> Content:
    """``text`` (untrusted) as one cell of exactly ``width`` columns, never as markup."""
    if width <= 0:
        return Content("")
    flat = " ".join(text.split())  # newlines/tabs in a title must not break the row
    return Content(flat).truncate(width, ellipsis=True, pad=True)


class ArticleList(ScrollView, can_focus=True):
    """A cursor over ``total`` rows, fetched lazily; Enter posts :class:`ArticleList.Opened`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("home,g", "first", "Top", show=False),
        Binding("end,G", "last", "Bottom", show=False),
        Binding("enter", "open", "Open", show=True),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--source",
        "article-list--date",
        "article-list--tags",
        "article-list--loading",
    }

    DEFAULT_CSS = """
    ArticleList {
        overflow-y: scroll;
        overflow-x: hidden;
        background: $surface;
    }
    ArticleList > .article-list--cursor { background: $block-cursor-blurred-background;
                                          text-style: bold; }
    ArticleList:focus > .article-list--cursor { background: $block-cursor-background;
                                                color: $block-cursor-foreground; }
    ArticleList > .article-list--source { color: $text-secondary; }
    ArticleList > .article-list--date { color: $text-muted; }
    ArticleList > .article-list--tags { color: $text-accent; text-style: italic; }
    ArticleList > .article-list--loading { color: $text-muted; }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Opened(Message):
        """Enter (or a click on the cursor row) on a row."""

        def __init__(self, index: int, article_id: str) -> None:
            super().__init__()
            self.index = index
            self.article_id = article_id

    class Highlighted(Message):
        """The cursor moved to a row."""

        def __init__(self, index: int, article_id: str | None) -> None:
            super().__init__()
            self.index = index
            self.article_id = article_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._fetch: Fetch = _no_rows
        self.empty_message = ""  # shown on the first line when there are no rows
        self._tags_of: TagsOf | None = None
        self.total = 0
        self._pages: OrderedDict[int, Sequence[Row]] = OrderedDict()
        self._strips: OrderedDict[tuple[int, bool, int], Strip] = OrderedDict()
        # Longest source and tag text over the loaded rows: columns are as wide as their
        # content (up to a share of the width), the title takes the rest.
        self._longest: tuple[int, int] | None = None

    # -- data --------------------------------------------------------------------------------

    def set_source(
        self,
        fetch: Fetch,
        total: int,
        first_page: Sequence[Row] | None = None,
        *,
        keep_cursor: bool = False,
    ) -> None:
        """Show ``total`` rows from ``fetch``; ``first_page`` (rows 0..) saves a round trip.

        ``keep_cursor`` keeps the cursor on the same article when it is still in the first
        page (the same query refreshed while a scan adds rows above it), else on the same row;
        otherwise the cursor goes to the first row.
        """
        # A cursor still on the first row follows the top (a first open lists the newest
        # articles while the scan adds newer ones above): only a moved cursor stays on its article.
        kept_id = self.current_id if keep_cursor and 0 < self.cursor < PAGE_SIZE else None
        self._fetch = fetch
        self.total = max(0, total)
        self._pages.clear()
        self._strips.clear()
        self._longest = None
        if first_page is not None:
            self._pages[0] = list(first_page)
        self.virtual_size = Size(self.scrollable_content_region.width, self.total)
        if keep_cursor:
            moved_to = next((index for index, row in enumerate(first_page or ())
                             if row.id == kept_id), None) if kept_id else None
            self.cursor = self.cursor if moved_to is None else moved_to  # validated vs total
        else:
            self.scroll_to(y=0, animate=False, immediate=True)
            self.cursor = 0
        self.refresh()

    def set_tags_source(self, tags_of: TagsOf | None) -> None:
        """Show each row's tags (issue 3); ``None`` hides the column."""
        self._tags_of = tags_of
        self.refresh_rows()

    def refresh_rows(self) -> None:
        """Redraw rows from the cached pages (e.g. after tags changed)."""
        self._strips.clear()
        self._longest = None
        self.refresh()

    def refresh_article(self, article_id: str) -> None:
        """Redraw only the rows showing ``article_id`` (one tag toggled: one row changes)."""
        if self._longest is not None and self._tags_of is not None:
            tags = self._tags_text(article_id)
            if len(tags) > self._longest[1]:  # the tags column grows: every row changes
                self.refresh_rows()
                return
        for key in [key for key in self._strips if (row := self.row(key[0])) is not None
                    and row.id == article_id]:
            del self._strips[key]
            self.refresh_line(key[0])

    def row(self, index: int) -> Row | None:
        """Row ``index`` (fetched with its page when not cached), or None past the end."""
        if not 0 <= index < self.total:
            return None
        page_number, within = divmod(index, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page = list(self._fetch(PAGE_SIZE, page_number * PAGE_SIZE))
            self._pages[page_number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[within] if within < len(page) else None

    @property
    def current_id(self) -> str | None:
        row = self.row(self.cursor)
        return row.id if row is not None else None

    # -- cursor ------------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, self.total - 1)) if self.total else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_cursor_into_view()
        self.refresh_line(old)
        self.refresh_line(new)
        self.post_message(self.Highlighted(new, self.current_id))

    def _scroll_cursor_into_view(self) -> None:
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor += max(1, self.scrollable_content_region.height - 1)

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.scrollable_content_region.height - 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self.total - 1

    def action_open(self) -> None:
        article_id = self.current_id
        if article_id is not None:
            self.post_message(self.Opened(self.cursor, article_id))

    def on_key(self, event: events.Key) -> None:
        # Textual routes each key to the widget focused when the app reads it. A key read
        # before "/" moved the focus to the search box (the screen binds "/" with priority,
        # so this is rare) is typed into the box, not acted on here.
        focused = self.screen.focused
        if focused is not self and isinstance(focused, Input) and event.is_printable \
                and event.character:
            event.stop()
            event.prevent_default()
            type_character = getattr(focused, "type_character", focused.insert_text_at_cursor)
            type_character(event.character)

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_offset.y) + event.y
        if not 0 <= index < self.total:
            return
        if index == self.cursor or event.chain > 1:
            self.cursor = index
            self.action_open()
        else:
            self.cursor = index

    # -- drawing -----------------------------------------------------------------------------

    def on_resize(self) -> None:
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self.total)

    def on_focus(self) -> None:
        self.refresh_rows()

    def on_blur(self) -> None:
        self.refresh_rows()

    def render_line(self, y: int) -> Strip:
        # Called for every line of every frame that touches the list: cached strips are
        # returned before computing any style (rich_style walks the DOM).
        width = self.scrollable_content_region.width
        index = round(self.scroll_offset.y) + y
        is_cursor = index == self.cursor
        key = (index, is_cursor, width)
        strip = self._strips.get(key)
        if strip is not None:
            return strip
        if index >= self.total:
            if self.total == 0 and y == 0 and self.empty_message:
                line = Content(f" {self.empty_message}").stylize(
                    component_style(self, "article-list--loading"))
                return Strip(line.render_segments(self.visual_style), line.cell_length
                             ).crop_extend(0, width, self.rich_style)
            return Strip.blank(width, self.rich_style)
        strip = self._render_row(index, width, is_cursor)
        self._strips[key] = strip
        if len(self._strips) > MAX_STRIPS:
            self._strips.popitem(last=False)
        return strip

    def _tags_text(self, article_id: str) -> str:
        return " ".join(self._tags_of(article_id)) if self._tags_of is not None else ""

    def _content_widths(self) -> tuple[int, int]:
        """(longest source, longest tags text) over the loaded pages, measured once per
        result set (a page loaded later keeps the columns, so rows stay aligned)."""
        if self._longest is None:
            rows = [row for page in self._pages.values() for row in page]
            source = max((len(" ".join(row.source.split())) for row in rows if row.source),
                         default=0)
            tags = max((len(self._tags_text(row.id)) for row in rows), default=0) \
                if self._tags_of is not None else 0
            self._longest = (source, tags)
        return self._longest

    def _column_widths(self, width: int) -> tuple[int, int, int, int]:
        """title, source, date, tags widths for a row of ``width`` cells: the source and
        tags columns as wide as their longest text (a quarter and a sixth of the width at
        most), the title everything else."""
        longest_source, longest_tags = self._content_widths()
        date = 10 if width >= 40 else 0
        source = min(longest_source, width // 4, SOURCE_MAX) if width >= 60 else 0
        tags = min(longest_tags, max(8, width // 6)) if width >= 60 else 0
        gaps = sum(1 for part in (source, date, tags) if part)
        title = max(8, width - source - date - tags - gaps - 1)
        return title, source, date, tags

    def _render_row(self, index: int, width: int, is_cursor: bool) -> Strip:
        base_style = self.visual_style
        if is_cursor:
            base_style = base_style + component_style(self, "article-list--cursor",
                                                      background=True)
        row = self.row(index)
        if row is None:
            line = _cell("…", width).stylize(component_style(self, "article-list--loading"))
        else:
            title_w, source_w, date_w, tags_w = self._column_widths(width)
            parts = [Content(" "), _cell(row.title or "(untitled)", title_w)]
            if source_w:
                source = _cell(row.source or "", source_w)
                parts += [Content(" "), source.stylize(self._part_style("source", is_cursor))]
            if date_w:
                date = _cell((row.published or "")[:10], date_w)
                parts += [Content(" "), date.stylize(self._part_style("date", is_cursor))]
            if tags_w:
                tags = _cell(self._tags_text(row.id), tags_w)
                parts += [Content(" "), tags.stylize(self._part_style("tags", is_cursor))]
            line = Content.assemble(*parts)
        segments = line.render_segments(base_style)
        strip = Strip(segments, line.cell_length)
        fill = base_style.rich_style
        return strip.crop_extend(0, width, fill)

    def _part_style(self, part: str, is_cursor: bool) -> Style:
        style = component_style(self, f"article-list--{part}")
        # On the cursor row keep the cursor's colours readable; only the text style carries.
        return Style(bold=style.bold, italic=style.italic) if is_cursor else style
