"""The detail screen: metadata, the highlighted text, a legend and the annotation panel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from tui.model import Annotations, Article, Span
from tui.ui.annotation_panel import AnnotationPanel
from tui.ui.article_view import ArticleView
from tui.ui.highlight import DATE, MARK, QUOTE, display_text, highlight
from tui.ui.messages import AnnotationsReady
from tui.ui.session_widgets import TagBar

if TYPE_CHECKING:
    from tui.ui.app import NewsApp

PANEL_MIN_WIDTH = 100  # below this the panel starts hidden (toggle with i)

LAYER_NAMES = {"entity": "Entities", "quote": "Quotes", "date": "Dates"}
LAYER_KEYS = {"entity": "e", "quote": "o", "date": "d"}


def readable_published(value: str) -> str:
    """An ISO 8601 publication time as a reader wants it: "2024-06-18 07:57:20 +05:30"
    (seconds only when not :00); anything else unchanged."""
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    if len(value.strip()) <= 10:  # a date alone
        return when.date().isoformat()
    shown = when.strftime("%Y-%m-%d %H:%M:%S" if when.second else "%Y-%m-%d %H:%M")
    offset = when.strftime("%z")
    if offset:
        shown += " UTC" if offset == "+0000" else f" {offset[:3]}:{offset[3:]}"
    return shown


def metadata_content(article: Article) -> Content:
    """Title, source · byline · published, path/url: untrusted values, shown literally."""
    title = " ".join((article.title or "(untitled)").split())
    lines = [Content.styled(title, "bold")]
    published = readable_published(article.published) if article.published else None
    facts = [part for part in (article.source, article.byline, published) if part]
    if facts:
        lines.append(Content(" · ".join(" ".join(part.split()) for part in facts)))
    where = article.url or article.path
    if article.url and article.path:
        where = f"{article.url}  ({article.path})"
    if where:
        lines.append(Content.styled(" ".join(where.split()), "dim"))
    return Content("\n").join(lines)


class DetailScreen(Screen[None]):
    """One article. ``step(±1)`` returns the id of the next/previous article in the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: the list is back as the app reads Escape, so keys typed right after it
        # (a search) reach the list, not this screen.
        Binding("escape", "back", "Back to list", priority=True),
        # Also what "Escape /" becomes when typed fast: the terminal sends ESC and "/" in one
        # read, and Textual parses that as "/" alone.
        Binding("slash", "search", "Search", priority=True),
        Binding("e", "toggle_layer('entity')", "Entities"),
        Binding("o", "toggle_layer('quote')", "Quotes"),
        Binding("d", "toggle_layer('date')", "Dates"),
        Binding("i", "toggle_panel", "Panel"),
        Binding("n", "step(1)", "Next article"),
        Binding("p", "step(-1)", "Previous article"),
    ]

    AUTO_FOCUS = "ArticleView"

    def __init__(self, article_id: str, step: Callable[[int], str | None] | None = None) -> None:
        super().__init__()
        self.article_id = article_id
        self._step = step
        self.article: Article | None = None
        self.annotations: Annotations | None = None
        self.marked: Span | None = None
        self._jump_note: str = ""
        self._panel_choice: bool | None = None  # None: decide by width

    @property
    def news_app(self) -> NewsApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield TagBar(id="tagbar")
        yield Static("", id="meta", markup=False)
        yield Static("", id="legend", markup=False)
        with Horizontal(id="body"):
            yield ArticleView(id="text")
            yield AnnotationPanel(id="panel")
        yield Footer()

    def on_mount(self) -> None:
        self._panel_choice = self.news_app.panel_choice
        self._apply_panel_visibility()
        self.load(self.article_id)

    def on_resize(self) -> None:
        self._apply_panel_visibility()

    # -- loading -----------------------------------------------------------------------------

    def load(self, article_id: str) -> None:
        """Show the article's text at once; highlights arrive from a worker."""
        try:
            article = self.news_app.library.get(article_id)
        except KeyError:  # gone from the index (its file changed or was removed)
            self.notify("That article is no longer in the corpus.", severity="warning",
                        markup=False)
            if self.article is None:
                self.dismiss(None)
            return
        self.article_id = article_id
        self.article = article
        self.annotations = None
        self.marked = None
        self._jump_note = ""
        self.show_session_data()
        view = self.query_one(ArticleView)
        view.show(Content(display_text(self.article.text), strip_control_codes=False),
                  keep_scroll=False)
        self.query_one(AnnotationPanel).show_annotations(None)
        self._update_legend()
        self.news_app.article_opened(article_id)
        self._annotate(article_id)

    @work(thread=True, exclusive=True, group="annotate")
    def _annotate(self, article_id: str) -> None:
        try:
            annotations = self.news_app.library.annotations(article_id)
        except Exception as error:  # noqa: BLE001 - a recogniser bug must not kill the reader
            self.post_message(AnnotationsReady(article_id, None, str(error).splitlines()[0]))
            return
        self.post_message(AnnotationsReady(article_id, annotations))

    def on_annotations_ready(self, message: AnnotationsReady) -> None:
        if message.article_id != self.article_id:
            return  # the user moved on to another article
        if message.error is not None:
            self.notify(f"Annotation failed: {message.error}", severity="error", markup=False)
            self.annotations = Annotations()
        else:
            self.annotations = message.annotations
        self.show_session_data()
        self.restyle()

    def show_session_data(self) -> None:
        """The session's note and span tags for this article (after every change)."""
        if self.article is None:
            return
        session = self.news_app.session
        meta = metadata_content(self.article)
        span_tags: dict[tuple[int, int], list[str]] = {}
        unplaced: list[tuple[str, str]] = []
        if session is not None:
            note = session.note(self.article_id)
            if note:
                meta = Content.assemble(meta, "\n", ("Note: ", "bold"),
                                        " ".join(note.split()))
            for tag in session.span_tags_for(self.article):
                if tag.status == "detached":
                    unplaced.append((tag.tag, tag.text))
                else:
                    span_tags.setdefault((tag.start, tag.end), []).append(tag.tag)
        self.query_one("#meta", Static).update(meta)
        if self.annotations is not None:
            self.query_one(AnnotationPanel).show_annotations(self.annotations, span_tags,
                                                             unplaced)

    # -- styling -----------------------------------------------------------------------------

    def restyle(self) -> None:
        if self.article is None:
            return
        view = self.query_one(ArticleView)
        content = highlight(self.article.text, self.annotations, self.news_app.layers,
                            view.layer_styles(), self.marked)
        view.show(content)
        self._update_legend()

    def _update_legend(self) -> None:
        styles = self.query_one(ArticleView).layer_styles()
        layers = self.news_app.layers
        parts: list[Content | str | tuple[str, object]] = []
        for layer in ("entity", "quote", "date"):
            key, name = LAYER_KEYS[layer], LAYER_NAMES[layer]
            on_ = layer in layers
            parts.append((f" {key} ", "reverse" if on_ else "dim"))
            parts.append(" ")
            if layer == "entity":
                for kind, label in (("person", "person"), ("org", "org"), ("place", "place"),
                                    ("norp", "group")):
                    sample = Content(label).stylize(styles[f"entity-{kind}"]) if on_ \
                        else Content.styled(label, "dim strike")
                    parts += [sample, " "]
            else:
                style_key = QUOTE if layer == "quote" else DATE
                sample = Content(name.lower()).stylize(styles[style_key]) if on_ \
                    else Content.styled(name.lower(), "dim strike")
                parts += [sample, " "]
            parts.append(" ")
        if self.annotations is None:
            parts.append(("annotating…", "dim"))
        elif self._jump_note:
            parts.append(Content(self._jump_note).stylize(styles[MARK]))
        self.query_one("#legend", Static).update(Content.assemble(*parts))  # type: ignore[arg-type]

    # -- actions -----------------------------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss(None)
        self.news_app.article_opened(None)

    def action_search(self) -> None:
        """Back to the list with the search box focused."""
        self.action_back()
        self.news_app.list_screen.action_focus_search()

    def action_toggle_layer(self, layer: str) -> None:
        layers = self.news_app.layers
        if layer in layers:
            layers.discard(layer)
        else:
            layers.add(layer)
        self.restyle()

    def action_toggle_panel(self) -> None:
        panel = self.query_one(AnnotationPanel)
        self._panel_choice = not panel.display
        self.news_app.panel_choice = self._panel_choice
        self._apply_panel_visibility()
        if panel.display:
            panel.focus()
        else:
            self.query_one(ArticleView).focus()

    def _apply_panel_visibility(self) -> None:
        panel = self.query_one(AnnotationPanel)
        choice = self._panel_choice
        panel.display = choice if choice is not None else self.size.width >= PANEL_MIN_WIDTH

    def action_step(self, delta: int) -> None:
        if self._step is None:
            return
        article_id = self._step(delta)
        if article_id is None:
            self.notify("No more articles that way", timeout=2)
            return
        self.load(article_id)

    @on(AnnotationPanel.TagSpan)
    def _tag_span(self, event: AnnotationPanel.TagSpan) -> None:
        if self.news_app.session is None:
            self.notify("Tagging is off (no session).", markup=False)
            return
        self.news_app.tag_span(self.article_id, event.span)

    @on(AnnotationPanel.Jump)
    def _jump(self, event: AnnotationPanel.Jump) -> None:
        self.marked = event.span
        label = event.span.speaker if event.span.layer == "quote" else event.span.text
        self._jump_note = f" {' '.join((label or 'quote').split())[:30]}"
        if event.count > 1:
            self._jump_note += f" {event.occurrence}/{event.count}"
        self._jump_note += " "
        self.restyle()
        self.query_one(ArticleView).scroll_to_offset(event.span.start)
