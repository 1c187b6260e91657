"""Quotes and their speakers.

``find_quotes(text, entities=None)`` returns one ``Span(layer="quote")`` per outermost
quotation, from its opening to its closing mark inclusive, with ``speaker`` set to the name as
written nearest the quote (or None for scare quotes, word mentions, headlines and unnamed
sources). Marks are found by ``quote_marks``; speakers by ``quote_speakers``.
"""

from __future__ import annotations

from tui.model import Span

from .quote_marks import find_quote_spans
from .quote_speakers import attribute_speakers

VERSION = "30"


def find_quotes(text: str, entities: list[Span] | None = None) -> list[Span]:
    """Quotations in ``text`` with their speakers; offsets index ``text`` exactly.

    ``entities`` (PERSON/ORG/GPE spans from the entity layer) sharpen name boundaries and
    types; without them capitalised-word runs and word lists are used.
    """
    spans = find_quote_spans(text)
    speakers = attribute_speakers(text, spans, entities)
    return [
        Span("quote", start, end, text[start:end], speaker=speaker)
        for (start, end), speaker in zip(spans, speakers, strict=True)
    ]
