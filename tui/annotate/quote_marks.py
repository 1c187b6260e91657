"""Find quotation spans by their marks: which marks open, which close, which are apostrophes.

One pass over the quote-mark characters of the text (not over every character). A quote runs
from its opening mark to the matching closing mark of the same family, inclusive; marks of
other families inside it are nested quotes and belong to the outer span. A quote left open at
the end of a paragraph continues only when the next paragraph opens with a mark of the same
family (the news convention for quotes over several paragraphs); otherwise it is bounded by
its paragraph, so an unbalanced mark never swallows the rest of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

# Every character that can open or close a quotation.
_MARK = re.compile(
    "[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a\u300c\u300d\u300e\u300f]"
)

# family opener -> the marks that close it
_CLOSERS: dict[str, str] = {
    '"': '"\u201d',  # also "…” (mixed marks are common in scraped text)
    "'": "'",
    "\u201c": "\u201d\"",  # “ … ”, and “…" in scraped text
    "\u201e": "\u201c\u201d",  # „ … “ (German), „ … ” (Polish, Romanian)
    "\u2018": "\u2019",  # ‘ … ’
    "\u201a": "\u2018\u2019",  # ‚ … ‘
    "\u00ab": "\u00bb",  # « … »
    "\u00bb": "\u00ab",  # » … « (German, Danish)
    "\u2039": "\u203a",  # ‹ … ›
    "\u201d": "\u201d",  # ” … ” (Swedish, Finnish)
    "\u300c": "\u300d",  # 「 … 」 (Japanese, Chinese)
    "\u300e": "\u300f",  # 『 … 』
}
_SINGLE_FAMILIES = frozenset("'\u2018\u201a")
# Families that also accept the other double mark as closer, and their own closing mark.
_MIXED_CLOSERS = {'"': '"', "\u201c": "\u201d"}
# Families whose unclosed quotes are still shown (to the end of the paragraph).
_UNCLOSED_KEPT = frozenset("\"\u201c\u201e\u00ab")
# Marks that open only when their context says so (they also close or are apostrophes).
_CONTEXT_OPENERS = frozenset("\"'\u2018\u00bb\u201d")
# Characters after which an opening mark may stand (besides start of text and whitespace).
_BEFORE_OPENER = frozenset(",([{\u2014\u2013-/:;\u201c\u2018\u00ab\u201e\u201a\u2039\"'")
# Elisions written with a leading apostrophe: 'em, 'n', 'til, '90s, ’tis …
_ELISION = re.compile(
    r"(?:em|n|til|cause|cos|tis|twas|bout|round|ello|ere)(?![^\W\d_])|\d\d(?:s|\b)", re.IGNORECASE
)
# Longest a quote may grow over continued paragraphs (characters).
MAX_QUOTE_CHARS = 8000
# An unclosed double/guillemet quote is kept to the end of its paragraph when at most this long.
MAX_UNCLOSED_CHARS = 1200


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _opener_like(text: str, i: int) -> bool:
    """A mark that can open: preceded by start/space/opening punctuation, followed by text."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in _BEFORE_OPENER


def _closer_like(text: str, i: int) -> bool:
    """A mark that can close: preceded by text, not followed by a letter or digit."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word_char(after)


def _can_open(text: str, i: int, mark: str) -> bool:
    if mark not in _CLOSERS:
        return False
    if mark in _CONTEXT_OPENERS and not _opener_like(text, i):
        return False
    if mark in _SINGLE_FAMILIES and _ELISION.match(text, i + 1):
        return False
    if mark in "'\u2018":
        # a single mark opens a quote only before a word (not `' ` or `''`)
        after = text[i + 1] if i + 1 < len(text) else " "
        return _is_word_char(after) or after in "\u201c\"\u00ab"
    return True


def _can_close(text: str, i: int, family: str) -> bool:
    if family in _SINGLE_FAMILIES or family in "\"\u201d\u00bb" or text[i] == '"':
        return _closer_like(text, i)
    return True  # ” » › “ close unconditionally after their own openers


def _is_plural_possessive(text: str, i: int) -> bool:
    """`workers' rights`: an `s'` followed by a space and a lowercase word."""
    return (
        i >= 1 and text[i - 1] in "sS" and i + 2 < len(text)
        and text[i + 1] == " " and text[i + 2].islower()
    )


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_NEWLINE = re.compile(r"\n")
# How many `s'` plural possessives one single-quoted span may pass over.
_MAX_POSSESSIVE_SKIPS = 8


def is_soft_wrapped(text: str) -> bool:
    """Whether paragraphs are separated by blank lines and hard-wrapped inside (plain-text
    articles wrapped at a fixed width): then a lone newline is a space, not a paragraph end."""
    if not _BLANK_LINE.search(text):
        return False
    lines = text.split("\n")
    pairs = mid_sentence = long_lines = 0
    for line, following in pairwise(lines):
        if not line.strip() or not following.strip():
            continue
        pairs += 1
        stripped = line.rstrip()
        if stripped[-1].isalpha() and stripped[-1].islower() or stripped[-1] in ",;-":
            mid_sentence += 1
        if len(stripped) >= 50:
            long_lines += 1
    return pairs >= 3 and mid_sentence * 2 > pairs and long_lines * 2 > pairs


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class _MarkIndex:
    """Positions of the marks by role, so finding a quote's closer is a binary search.

    (A linear scan per opening mark is quadratic on hostile text: thousands of stray marks in
    one paragraph.)"""

    def __init__(self, text: str, marks: list[tuple[int, str]], wrapped: bool) -> None:
        self.text = text
        self.marks = marks
        self.positions = [pos for pos, _ in marks]
        breaks = _BLANK_LINE if wrapped else _NEWLINE
        self.breaks = [m.start() for m in breaks.finditer(text)]
        self._closers: dict[str, list[int]] = {}
        self._openers: dict[str, list[int]] = {}
        # straight marks that can only open: an earlier straight quote was never closed
        self.straight_opening_only = [
            pos for pos, mark in marks
            if mark == '"' and _opener_like(text, pos) and not _closer_like(text, pos)
        ]

    def closers(self, family: str) -> list[int]:
        if family not in self._closers:
            marks = _CLOSERS[family]
            text = self.text
            found = [pos for pos, mark in self.marks
                     if mark in marks and _can_close(text, pos, family)]
            if family in _MIXED_CLOSERS:
                # typewriter doubles ’’ or '' closing “…’’: the closer is the second mark
                found += [pos + 1 for pos, mark in self.marks
                          if mark in "'\u2019" and text[pos + 1:pos + 2] == mark
                          and _closer_like(text, pos + 1) and not text[pos - 1:pos].isspace()]
                found.sort()
            self._closers[family] = found
        return self._closers[family]

    def closers_exactly(self, family: str) -> list[int]:
        """Closers of ``family`` written with its own closing mark (not a mixed one)."""
        key = "=" + family
        if key not in self._closers:
            own = _MIXED_CLOSERS[family]
            self._closers[key] = [pos for pos in self.closers(family) if self.text[pos] == own]
        return self._closers[key]

    def openers(self, family: str) -> list[int]:
        if family not in self._openers:
            self._openers[family] = [pos for pos, mark in self.marks
                                     if mark == family and _can_open(self.text, pos, mark)]
        return self._openers[family]

    def paragraph_end(self, pos: int) -> int:
        i = bisect_left(self.breaks, pos)
        return self.breaks[i] if i < len(self.breaks) else len(self.text)

    def next_after(self, positions: list[int], pos: int) -> int:
        i = bisect_right(positions, pos)
        return positions[i] if i < len(positions) else -1


def _find_closer(index: _MarkIndex, start: int, family: str) -> tuple[int, int]:
    """(position of the closing mark or -1, end of the paragraph the search stopped in)."""
    text = index.text
    closers = index.closers(family)
    limit = start + MAX_QUOTE_CHARS
    seg_start = start
    para_end = index.paragraph_end(start)
    while True:
        i = bisect_right(closers, seg_start)
        closer = closers[i] if i < len(closers) else -1
        if family in _SINGLE_FAMILIES:
            # `'the workers' own choice'`: an s' before a word closes only if nothing else does
            for _ in range(_MAX_POSSESSIVE_SKIPS):
                if closer < 0 or closer > para_end or not _is_plural_possessive(text, closer):
                    break
                if not _later_closer_first(index, i + 1, family, para_end):
                    break
                i += 1
                closer = closers[i] if i < len(closers) else -1
        if family in _MIXED_CLOSERS and closer >= 0 and text[closer] != _MIXED_CLOSERS[family]:
            # “…" and "…” close only when no proper closer follows before the next opener:
            # “He said "no" to me” keeps its inner straight quote
            proper = index.next_after(index.closers_exactly(family), closer)
            reopen = index.next_after(index.openers(family), closer)
            if 0 <= proper < para_end and (reopen < 0 or proper < reopen):
                closer = proper
        if family == '"':
            opening_only = index.next_after(index.straight_opening_only, seg_start)
            if 0 <= opening_only < para_end and (closer < 0 or opening_only < closer):
                return -1, opening_only
        if 0 <= closer < para_end:
            return (closer, para_end) if closer <= limit else (-1, para_end)
        # crossed the paragraph end: continue only if the next paragraph opens with this family
        next_start = para_end
        while next_start < len(text) and text[next_start].isspace():
            next_start += 1
        if next_start >= len(text) or text[next_start] != family or next_start > limit:
            return -1, para_end
        seg_start = next_start
        para_end = index.paragraph_end(next_start)


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Return the outermost quotation spans as half-open ``(start, end)`` pairs, in order."""
    marks = [(m.start(), m.group()) for m in _MARK.finditer(text)]
    if not marks:
        return []
    index = _MarkIndex(text, marks, is_soft_wrapped(text))
    spans: list[tuple[int, int]] = []
    n = len(marks)
    k = 0
    while k < n:
        start, mark = marks[k]
        k += 1
        if not _can_open(text, start, mark):
            continue
        closer, para_end = _find_closer(index, start, mark)
        if closer >= 0:
            spans.append((start, closer + 1))
            k = bisect_right(index.positions, closer)
            continue
        if mark not in _UNCLOSED_KEPT:
            continue
        # unclosed: keep it to the end of its (last) paragraph when short and sentence-like
        stop = _trim_end(text, start, min(para_end, len(text)))
        if 2 < stop - start <= MAX_UNCLOSED_CHARS and text[stop - 1] in ".!?\u2026":
            spans.append((start, stop))
            k = bisect_left(index.positions, stop)
    return spans


def _later_closer_first(index: _MarkIndex, i: int, family: str, para_end: int) -> bool:
    """Whether a plain closer of ``family`` (from closers[i] on) comes before any new opener
    of the family in this paragraph."""
    closers = index.closers(family)
    for pos in closers[i:i + _MAX_POSSESSIVE_SKIPS]:
        if pos > para_end:
            return False
        if not _is_plural_possessive(index.text, pos):
            opener = index.next_after(index.openers(family), closers[i - 1])
            return opener < 0 or opener > pos
    return False
