"""Article text → styled ``Content``: one style per annotation layer, never markup.

Pure functions (no widgets) so tests can check the styles a layer gets without a screen.
Layers stay distinct without colour (NO_COLOR): entities are bold, quotes italic, dates
underlined, the marked (jumped-to) span reversed; colour only adds the entity type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.color import Color
from textual.content import Content, Span
from textual.style import Style
from textual.widget import Widget

from tui.model import Annotations
from tui.model import Span as AnnotationSpan

# Style keys; the widgets fill them from CSS component classes so themes can restyle them.
QUOTE = "quote"
DATE = "date"
MARK = "mark"
ENTITY_KINDS = ("person", "org", "place", "norp", "other")

_ENTITY_KIND_BY_LABEL = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "norp",
}

DEFAULT_STYLES: dict[str, Style] = {
    QUOTE: Style(italic=True, foreground=Color.parse("#e5c07b")),
    DATE: Style(underline=True, foreground=Color.parse("#ff87af")),
    MARK: Style(reverse=True),
    "entity-person": Style(bold=True, foreground=Color.parse("#5fd7ff")),
    "entity-org": Style(bold=True, foreground=Color.parse("#ffaf5f")),
    "entity-place": Style(bold=True, foreground=Color.parse("#87d75f")),
    "entity-norp": Style(bold=True, foreground=Color.parse("#d787ff")),
    "entity-other": Style(bold=True, foreground=Color.parse("#bcbcbc")),
}

# Characters textual.content.Content silently deletes (shifting every later offset) or that
# expand to several cells: replaced by a space so span offsets keep indexing the text.
_OFFSET_BREAKERS = {code: " " for code in (7, 8, 9, 11, 12, 13)}


def component_style(widget: Widget, name: str, *, background: bool = False) -> Style:
    """A component class's style, resolved against the widget's background, as a span style.

    Via the full Rich style: partial styles lose translucent colours (``$primary 30%``) and
    ``Widget.get_visual_style(..., partial=True)`` drops an opaque background. The resolved
    background is the widget's own unless the component sets one: keep it only when asked.
    """
    style = Style.from_rich_style(widget.get_component_rich_style(name))
    if background:
        return style
    return Style(foreground=style.foreground, bold=style.bold, dim=style.dim,
                 italic=style.italic, underline=style.underline, reverse=style.reverse,
                 strike=style.strike)


def entity_kind(label: str | None) -> str:
    """The style family of an entity label (PERSON → person, GPE/LOC → place, …)."""
    return _ENTITY_KIND_BY_LABEL.get((label or "").upper(), "other")


def style_key(span: AnnotationSpan) -> str:
    if span.layer == "entity":
        return f"entity-{entity_kind(span.label)}"
    return QUOTE if span.layer == "quote" else DATE


def display_text(text: str) -> str:
    """The text as shown: same length as ``text`` so annotation offsets still apply."""
    return text.translate(_OFFSET_BREAKERS)


def _layer_spans(annotations: Annotations, layers: Iterable[str]) -> list[AnnotationSpan]:
    enabled = set(layers)
    # Quotes first, so an entity or date inside a quote draws over the quote's style.
    ordered: list[AnnotationSpan] = []
    if "quote" in enabled:
        ordered += annotations.quotes
    if "entity" in enabled:
        ordered += annotations.entities
    if "date" in enabled:
        ordered += annotations.dates
    return ordered


def highlight(
    text: str,
    annotations: Annotations | None,
    layers: Iterable[str],
    styles: Mapping[str, Style] = DEFAULT_STYLES,
    marked: AnnotationSpan | None = None,
) -> Content:
    """``text`` as Content with a style span per annotation in the enabled ``layers``.

    The text is never parsed as markup. Spans outside the text are ignored (a stale cache
    must not crash the reader).
    """
    shown = display_text(text)
    length = len(shown)
    spans: list[Span] = []
    if annotations is not None:
        for item in _layer_spans(annotations, layers):
            start, end = max(0, item.start), min(length, item.end)
            if start < end:
                spans.append(Span(start, end, styles[style_key(item)]))
    if marked is not None and 0 <= marked.start < marked.end <= length:
        spans.append(Span(marked.start, marked.end, styles[MARK]))
    return Content(shown, spans, strip_control_codes=False)
