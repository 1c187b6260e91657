"""The article body: a Line API view that wraps the text itself, so it knows which screen line
holds any character offset (needed to jump to an annotation) and draws only visible lines."""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich._wrap import divide_line
from rich.cells import cell_len
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from tui.ui.highlight import DEFAULT_STYLES, ENTITY_KINDS, QUOTE, component_style

MARGIN = 1  # blank cells left of the text, so it does not touch the border


LONG_PARAGRAPH = 20_000  # characters; longer paragraphs are folded, not word-wrapped


def _fold(paragraph: str, width: int) -> list[tuple[int, int]]:
    """Cut ``paragraph`` every ``width`` cells (fast: a megabyte-long line must not stall)."""
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(paragraph)
    while start < length:
        end = min(start + width, length)
        while end - start > 1 and cell_len(paragraph[start:end]) > width:
            end -= 1  # wide characters: fewer of them fit
        spans.append((start, end))
        start = end
    return spans


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Split ``text`` into screen lines of at most ``width`` cells: ``[(start, end), ...]``.

    Newlines end a line (and are not part of any line); long lines wrap at word boundaries,
    words longer than the width are folded; a paragraph over ``LONG_PARAGRAPH`` characters is
    folded at the width (word wrapping it costs seconds). Offsets index ``text``.
    """
    width = max(width, 4)
    lines: list[tuple[int, int]] = []
    position = 0
    for paragraph in text.split("\n"):
        if not paragraph:
            lines.append((position, position))
        elif len(paragraph) > LONG_PARAGRAPH:
            lines.extend((position + s, position + e) for s, e in _fold(paragraph, width))
        else:
            cuts = divide_line(paragraph, width, fold=True)
            starts = [0, *cuts]
            ends = [*cuts, len(paragraph)]
            lines.extend((position + s, position + e) for s, e in zip(starts, ends))
        position += len(paragraph) + 1
    return lines


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, wrapped, styled article text. Feed it with :meth:`show`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
        Binding("space", "page_down", "Page down", show=False),
        Binding("g", "scroll_home", "Top of text", show=False),
        Binding("G", "scroll_end", "End of text", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--quote",
        "article-view--date",
        "article-view--mark",
        *(f"article-view--entity-{kind}" for kind in ENTITY_KINDS),
    }

    DEFAULT_CSS = """
    ArticleView {
        overflow-y: scroll;
        overflow-x: hidden;
        background: $surface;
    }
    ArticleView > .article-view--quote { text-style: italic; background: $warning 15%; }
    ArticleView > .article-view--date { text-style: underline; color: $text-error; }
    ArticleView > .article-view--mark { text-style: reverse; }
    ArticleView > .article-view--entity-person { text-style: bold; color: $text-primary; }
    ArticleView > .article-view--entity-org { text-style: bold; color: $text-accent; }
    ArticleView > .article-view--entity-place { text-style: bold; color: $text-success; }
    ArticleView > .article-view--entity-norp { text-style: bold; color: $text-secondary; }
    ArticleView > .article-view--entity-other { text-style: bold; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._content = Content("")
        self._lines: list[tuple[int, int]] = [(0, 0)]
        self._line_starts: list[int] = [0]
        self._wrap_width = 0
        self._strips: dict[int, Strip] = {}

    @property
    def content(self) -> Content:
        """What is shown (plain text plus style spans)."""
        return self._content

    def layer_styles(self) -> dict[str, Style]:
        """Span styles per style key, from this widget's component classes (theme aware)."""
        styles = dict(DEFAULT_STYLES)
        for key in list(styles):
            styles[key] = component_style(self, f"article-view--{key}",
                                          background=key == QUOTE)
        return styles

    def show(self, content: Content, *, keep_scroll: bool = True) -> None:
        """Display ``content``. Same text → only restyle; new text → rewrap (and go to top)."""
        same_text = content.plain == self._content.plain
        self._content = content
        self._strips.clear()
        if not same_text:
            self._wrap_width = 0
            self._rewrap()
            if not keep_scroll:
                self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def line_of_offset(self, offset: int) -> int:
        """The wrapped line (0-based) that shows character ``offset``."""
        return max(0, bisect_right(self._line_starts, offset) - 1)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring ``offset`` into view, a third of the way down, so context shows above it."""
        line = self.line_of_offset(offset)
        target = max(0, line - self.scrollable_content_region.height // 3)
        self.scroll_to(y=target, animate=False, immediate=True)

    @property
    def wrapped_line_count(self) -> int:
        return len(self._lines)

    def _text_width(self) -> int:
        return max(4, self.scrollable_content_region.width - 2 * MARGIN)

    def _rewrap(self) -> None:
        width = self._text_width()
        if width == self._wrap_width:
            return
        self._wrap_width = width
        self._lines = wrap_offsets(self._content.plain, width) or [(0, 0)]
        self._line_starts = [start for start, _ in self._lines]
        self._strips.clear()
        self.virtual_size = Size(width + 2 * MARGIN, len(self._lines))

    def on_resize(self) -> None:
        self._rewrap()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_offset.y) + y
        rich_style = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, rich_style)
        strip = self._strips.get(index)
        if strip is None:
            start, end = self._lines[index]
            line = self._content[start:end].rstrip()
            segments = line.render_segments(self.visual_style)
            strip = Strip(segments, line.cell_length)
            if len(self._strips) > 2000:  # a long article scrolled end to end
                self._strips.clear()
            self._strips[index] = strip
        padded = Strip.blank(MARGIN, rich_style) + strip
        return padded.crop_extend(0, width, rich_style)
