"""Annotation layers: pure functions over text, no I/O, no UI.

``annotate(text, published)`` runs all three layers. Each layer module exposes one function:

- ``quotes.find_quotes(text, entities=None) -> list[Span]``  (layer "quote", with speaker)
- ``entities.find_entities(text) -> list[Span]``             (layer "entity", label + group key)
- ``dates.find_dates(text, published) -> list[Span]``        (layer "date", TIMEX3 type + value)

``ANNOTATOR_VERSION`` changes whenever any layer's output may change, so cached results
in the store are recomputed.
"""

from __future__ import annotations

from tui.model import Annotations

from . import dates, entities, quotes

ANNOTATOR_VERSION = f"q{quotes.VERSION}-e{entities.VERSION}-d{dates.VERSION}"


def annotate(text: str, published: str | None = None, *, ner: str = "builtin") -> Annotations:
    """Annotate ``text`` verbatim; every span indexes into ``text`` exactly."""
    found_entities = entities.find_entities(text, backend=ner)
    return Annotations(
        entities=found_entities,
        quotes=quotes.find_quotes(text, entities=found_entities),
        dates=dates.find_dates(text, published),
    )
