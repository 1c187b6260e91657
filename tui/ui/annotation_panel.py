"""The side panel of the detail screen: entities by type (one entry per group key, with
counts), quotes with their speaker, dates with their normalised value. Selecting an entry
posts :class:`AnnotationPanel.Jump`; selecting it again moves to the next occurrence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.model import Annotations, Span
from tui.ui.highlight import entity_kind

ENTITY_TYPE_ORDER = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
SNIPPET = 48


def _one_line(text: str, limit: int = SNIPPET) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _entity_type_rank(label: str) -> tuple[int, str]:
    try:
        return (ENTITY_TYPE_ORDER.index(label), label)
    except ValueError:
        return (len(ENTITY_TYPE_ORDER), label)


SpanTags = Mapping[tuple[int, int], Sequence[str]]


def _tag_marks(spans: Sequence[Span], span_tags: SpanTags) -> Content:
    """`` [verified]`` after an entry whose span (any occurrence) carries span tags."""
    names: list[str] = []
    for span in spans:
        for name in span_tags.get((span.start, span.end), ()):
            if name not in names:
                names.append(name)
    if not names:
        return Content("")
    return Content.styled(" [" + ", ".join(" ".join(n.split()) for n in names) + "]",
                          "bold reverse")


def panel_entries(annotations: Annotations, span_tags: SpanTags | None = None,
                  unplaced: Sequence[tuple[str, str]] = ()
                  ) -> list[tuple[str, Content, list[Span]]]:
    """The panel's rows: ``(kind, prompt, occurrences)``; kind "heading" rows have none.

    Entities are grouped by type then by ``Span.value`` (the group key; the text when no key),
    most frequent first. ``span_tags`` maps (start, end) to the session's span tags there;
    ``unplaced`` lists (tag, text) of span tags that no longer attach to the text (flagged
    at the end). Every prompt is built from untrusted text without markup.
    """
    span_tags = span_tags or {}
    rows: list[tuple[str, Content, list[Span]]] = []
    by_type: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
    for span in annotations.entities:
        label = (span.label or "OTHER").upper()
        by_type[label][span.value or span.text].append(span)
    if by_type:
        rows.append(("heading", Content.styled(
            f"Entities ({len(annotations.entities)})", "bold"), []))
    for label in sorted(by_type, key=_entity_type_rank):
        groups = by_type[label]
        rows.append(("heading", Content.styled(f" {label}", f"bold {_kind_colour(label)}"), []))
        for key, spans in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold())):
            spans.sort(key=lambda s: s.start)
            prompt = Content.assemble("  ", _one_line(key, 30),
                                      (f" ×{len(spans)}", "dim") if len(spans) > 1 else "",
                                      _tag_marks(spans, span_tags))
            rows.append(("entity", prompt, spans))
    if annotations.quotes:
        rows.append(("heading", Content.styled(f"Quotes ({len(annotations.quotes)})", "bold"), []))
        for span in sorted(annotations.quotes, key=lambda s: s.start):
            speaker = span.speaker or "unattributed"
            prompt = Content.assemble(("  " + _one_line(speaker, 24), "bold"), ": ",
                                      (_one_line(span.text), "italic"),
                                      _tag_marks([span], span_tags))
            rows.append(("quote", prompt, [span]))
    if annotations.dates:
        rows.append(("heading", Content.styled(f"Dates ({len(annotations.dates)})", "bold"), []))
        for span in sorted(annotations.dates, key=lambda s: s.start):
            prompt = Content.assemble("  ", (_one_line(span.text, 28), "underline"),
                                      " → ", span.value or "?", _tag_marks([span], span_tags))
            rows.append(("date", prompt, [span]))
    if unplaced:
        rows.append(("heading", Content.styled(
            f"Span tags not found in the text ({len(unplaced)})", "bold reverse"), []))
        for tag, text in unplaced:
            rows.append(("heading", Content.assemble(
                "  ", (" ".join(tag.split()), "bold"), ": ", _one_line(text)), []))
    return rows


def _kind_colour(label: str) -> str:
    # Plain ANSI names: readable on dark and light themes; NO_COLOR drops them, bold stays.
    return {"person": "ansi_cyan", "org": "ansi_yellow", "place": "ansi_green",
            "norp": "ansi_magenta"}.get(entity_kind(label), "")


class AnnotationPanel(OptionList):
    """Entities, quotes and dates of the open article; Enter jumps to the next occurrence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("s", "tag_span", "Tag quote/entity"),
    ]

    DEFAULT_CSS = """
    AnnotationPanel { width: 40; border-left: solid $foreground 30%; }
    """

    class Jump(Message):
        """Show ``span`` in the text (``occurrence`` of ``count`` for grouped entities)."""

        def __init__(self, span: Span, occurrence: int, count: int) -> None:
            super().__init__()
            self.span = span
            self.occurrence = occurrence
            self.count = count

    class TagSpan(Message):
        """Tag the highlighted entry's span (its first occurrence for a grouped entity)."""

        def __init__(self, span: Span) -> None:
            super().__init__()
            self.span = span

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self._occurrences: dict[str, list[Span]] = {}
        self._next_occurrence: dict[str, int] = {}

    def show_annotations(self, annotations: Annotations | None,
                         span_tags: SpanTags | None = None,
                         unplaced: Sequence[tuple[str, str]] = ()) -> None:
        keep = self.highlighted if self._occurrences else None
        self._occurrences.clear()
        if annotations is None:
            self.set_options([Option(Content.styled("Annotating…", "dim"), disabled=True)])
            return
        options: list[Option] = []
        for number, (kind, prompt, spans) in enumerate(
                panel_entries(annotations, span_tags, unplaced)):
            if kind == "heading":
                options.append(Option(prompt, disabled=True))
            else:
                option_id = f"{kind}-{number}"
                self._occurrences[option_id] = spans
                options.append(Option(prompt, id=option_id))
        if not options:
            options.append(Option(Content.styled("No entities, quotes or dates found", "dim"),
                                  disabled=True))
        self.set_options(options)
        if keep is not None and keep < len(options) and not options[keep].disabled:
            self.highlighted = keep  # repainted after a span tag: stay on the entry
            return
        self._next_occurrence.clear()
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        self.highlighted = first
        # Keep the first headings in view (highlighting scrolls the entry to the top).
        self.call_after_refresh(self.scroll_home, animate=False, immediate=True)

    def action_tag_span(self) -> None:
        option = self.highlighted_option
        spans = self._occurrences.get(option.id or "") if option is not None else None
        if spans:
            # The occurrence last jumped to, else the first.
            index = max(0, self._next_occurrence.get(option.id or "", 1) - 1) % len(spans)
            self.post_message(self.TagSpan(spans[index]))

    def occurrences(self, option_id: str) -> list[Span]:
        return self._occurrences.get(option_id, [])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        spans = self._occurrences.get(option_id or "")
        if not option_id or not spans:
            return
        index = self._next_occurrence.get(option_id, 0) % len(spans)
        self._next_occurrence[option_id] = index + 1
        self.post_message(self.Jump(spans[index], index + 1, len(spans)))
