"""Grouping keys for entity mentions, shared by the recognisers and the corpus-wide entity list.

Inside one article the recogniser already gives every mention the canonical name of its entity
(``Span.value``: "Putin" -> "Vladimir Putin" when the full name occurs). Across articles the
store groups with the same rules:

- ``canonical(text, label)``: the display name of a mention on its own ("the Kremlin’s" ->
  "Kremlin", "LIND" -> "Lind", "Prime Minister Sara Lind" -> "Sara Lind").
- ``group_key(text, label)``: the comparison key of that name (case-, accent-form- and
  punctuation-insensitive: "U.S." and "US" share one) — use it with the label as the
  corpus-wide identity: ``(label, group_key(span.value, label))``.
- ``span_group(span)``: that identity for one entity ``Span`` (label, key of its value).
- ``merge_corpus_names(names)``: maps surname-only person names to the one full name in the
  corpus that ends with it ("Putin" -> "Vladimir Putin"), leaving ambiguous ones alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from tui.model import Span

from .entity_lexicon import TITLE_MODIFIERS, TITLES

_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_PUNCT = re.compile(r"[.\u2019'`´]")


def canonical(text: str, label: str) -> str:
    """The display name of one mention: no "the", titles, possessive; capitals softened."""
    name = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    name = _POSSESSIVE.sub("", name)
    if name[:4].lower() == "the " and label != "WORK_OF_ART":
        name = name[4:]
    if label == "PERSON":
        words = name.split(" ")
        while len(words) > 1 and (words[0] in TITLES or words[0] in TITLE_MODIFIERS):
            words = words[1:]
        name = " ".join(words)
    if name.isupper() and (" " in name or (label != "ORG" and len(name) > 4)):
        name = " ".join(w.capitalize() for w in name.split(" "))
    return name


def group_key(text: str, label: str) -> str:
    """A comparison key for a name: the same for "U.S."/"US", "Hélène"/"HÉLÈNE"."""
    name = canonical(text, label)
    name = unicodedata.normalize("NFKC", name).casefold()
    name = _PUNCT.sub("", name)
    return _SPACE.sub(" ", name.replace("-", " ")).strip()


def span_group(span: Span) -> tuple[str, str]:
    """The corpus-wide identity of an entity span: (label, comparison key of its group)."""
    label = span.label or ""
    return label, group_key(span.value or span.text, label)


def merge_corpus_names(names: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Map (label, name) pairs to the corpus-wide canonical name.

    A one-word PERSON name that is the surname of exactly one multiword PERSON name in the
    corpus joins it; everything else maps to its own canonical form.
    """
    pairs = set(names)
    by_surname: dict[str, set[str]] = {}
    for label, name in pairs:
        words = canonical(name, label).split()
        if label == "PERSON" and len(words) > 1:
            by_surname.setdefault(group_key(words[-1], label), set()).add(
                canonical(name, label))
    merged: dict[tuple[str, str], str] = {}
    for label, name in pairs:
        display = canonical(name, label)
        if label == "PERSON" and " " not in display:
            full = by_surname.get(group_key(display, label), set())
            if len(full) == 1:
                display = next(iter(full))
        merged[(label, name)] = display
    return merged
