"""Re-attach a span tag to an article text that may have changed since it was tagged.

Order of attempts: the stored offsets; the exact quoted text elsewhere (the occurrence whose
surroundings best match the stored context wins, then the nearest); the quoted text ignoring
case and whitespace; the stored context on both sides with something of similar length between.
"""

from __future__ import annotations

import dataclasses
import os
import re

from tui.sessions.core import SpanTag

_ANCHOR = 20  # characters of context used to find a span whose own text changed


def _context_score(text: str, start: int, end: int, before: str, after: str) -> int:
    left = text[max(0, start - len(before)):start]
    right = text[end:end + len(after)]
    suffix = len(os.path.commonprefix([left[::-1], before[::-1]]))
    prefix = len(os.path.commonprefix([right, after]))
    return suffix + prefix


def _best(text: str, spans: list[tuple[int, int]], tag: SpanTag) -> tuple[int, int]:
    return max(spans, key=lambda se: (
        _context_score(text, se[0], se[1], tag.context_before, tag.context_after),
        -abs(se[0] - tag.start),
    ))


def _moved(tag: SpanTag, text: str, start: int, end: int, status: str) -> SpanTag:
    return dataclasses.replace(tag, start=start, end=end, text=text[start:end], status=status)


def relocate(tag: SpanTag, text: str) -> SpanTag:
    """``tag`` with offsets into ``text`` and status "attached", "moved", "changed" (the
    quoted text itself differs; found by its context) or "detached" (stored offsets kept)."""
    if tag.text and text[tag.start:tag.end] == tag.text:
        return dataclasses.replace(tag, status="attached")
    if not tag.text:
        return dataclasses.replace(tag, status="detached")

    exact = [(m.start(), m.start() + len(tag.text))
             for m in re.finditer(re.escape(tag.text), text)]
    if exact:
        start, end = _best(text, exact, tag)
        return _moved(tag, text, start, end, "moved")

    loose = re.compile(r"\s+".join(re.escape(word) for word in tag.text.split()), re.IGNORECASE)
    found = [(m.start(), m.end()) for m in loose.finditer(text)]
    if found:
        start, end = _best(text, found, tag)
        return _moved(tag, text, start, end, "moved")

    before = tag.context_before[-_ANCHOR:]
    after = tag.context_after[:_ANCHOR]
    if len(before) >= 8 and len(after) >= 8:
        candidates = []
        for m in re.finditer(re.escape(before), text):
            start = m.end()
            end = text.find(after, start)
            if end < 0:
                continue
            length = end - start
            if len(tag.text) / 2 <= length <= len(tag.text) * 2:
                candidates.append((start, end))
        if candidates:
            start, end = min(candidates, key=lambda se: abs(se[0] - tag.start))
            return _moved(tag, text, start, end, "changed")
    return dataclasses.replace(tag, status="detached")
