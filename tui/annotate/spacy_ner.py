"""spaCy adapter for ``find_entities(text, backend="spacy")``.

Takes any installed pipeline by name or path (``configure("en_core_web_sm")``), loads it only when
asked (the UI calls ``configure`` in a worker after painting), runs it per paragraph with
``nlp.pipe``, keeps the labels we use, and applies the built-in recogniser's post-processing:
no leading "the", possessive outside the span, titles off person names, document-level group
keys ("Putin" -> "Vladimir Putin").
"""

from __future__ import annotations

import re
import threading
from typing import Any

from tui.model import Span

DEFAULT_MODEL = "en_core_web_sm"
LABELS = frozenset(
    ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"]
)
# labels other pipelines use for the same things (e.g. WikiNER-style "PER", "MISC" dropped)
LABEL_MAP = {"PER": "PERSON", "PERSON": "PERSON", "ORGANIZATION": "ORG", "LOCATION": "LOC",
             "FACILITY": "FAC", "GSP": "GPE"}

_PARAGRAPH = re.compile(r"[^\n]+")
_LEADING_THE = re.compile(r"^(?:[Tt]he)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’]|[\s.,;:!?\"“”‘)(]+)$")

_lock = threading.Lock()
_nlp: Any = None
_model: str | None = None


def configure(model: str = DEFAULT_MODEL) -> str | None:
    """Load the pipeline ``model`` (a package name or a path); None when ready, else why not."""
    global _nlp, _model
    try:
        import spacy
    except ImportError:
        return "spaCy is not installed: pip install 'newstui[spacy]'"
    with _lock:
        if _nlp is not None and _model == model:
            return None
        try:
            nlp = spacy.load(model)
        except OSError:
            return (f"spaCy pipeline '{model}' is not installed: python -m spacy download "
                    f"{model}, or pass --spacy-model PATH")
        except Exception as error:  # noqa: BLE001 - a broken pipeline: say so in one line
            first = str(error).splitlines()[0] if str(error) else type(error).__name__
            return f"spaCy pipeline '{model}' could not be loaded: {first}"
        _nlp, _model = nlp, model
    return None


def use_pipeline(nlp: Any, name: str = "custom") -> None:
    """Use an already built pipeline (e.g. ``spacy.blank("en")`` with an entity ruler)."""
    global _nlp, _model
    with _lock:
        _nlp, _model = nlp, name


def is_ready() -> bool:
    return _nlp is not None


def find_entities(text: str) -> list[Span]:
    """Entities found by the configured spaCy pipeline, post-processed like the built-in ones."""
    from .entities import STRONG, _Mention, resolve
    from .entity_lexicon import TITLES, lexicon

    if _nlp is None:
        problem = configure(_model or DEFAULT_MODEL)
        if problem:
            raise RuntimeError(problem)
    paragraphs = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text)]
    mentions: list[_Mention] = []
    for (offset, _), doc in zip(paragraphs, _nlp.pipe(p for _, p in paragraphs), strict=True):
        for ent in doc.ents:
            label = LABEL_MAP.get(ent.label_, ent.label_)
            if label not in LABELS:
                continue
            start, end = offset + ent.start_char, offset + ent.end_char
            surface = text[start:end]
            lead = _LEADING_THE.match(surface)
            if lead and label != "WORK_OF_ART":
                start += lead.end()
            trail = _TRAILING.search(text, start, end)
            if trail and trail.start() > start:
                end = trail.start()
            if label == "PERSON":  # "President Vladimir Putin" -> "Vladimir Putin"
                words = text[start:end].split(" ")
                while len(words) > 1 and words[0] in TITLES:
                    start += len(words[0]) + 1
                    words = words[1:]
            if end <= start:
                continue
            surface = text[start:end]
            mentions.append(_Mention(start, end, surface, label, STRONG, tuple(surface.split())))
    resolved = resolve(text, mentions, lexicon())
    return [Span("entity", m.start, m.end, m.text, label=m.label, value=m.key)
            for m in resolved]
