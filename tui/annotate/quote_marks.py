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
from itertools import pairwise

# Every character that can open or close a quotation.
_MARK = re.compile("[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a]")

# family opener -> the marks that close it
_CLOSERS: dict[str, str] = {
    '"': '"',
    "'": "'",
    "\u201c": "\u201d",  # “ … ”
    "\u201e": "\u201c\u201d",  # „ … “ (German), „ … ” (Polish, Romanian)
    "\u2018": "\u2019",  # ‘ … ’
    "\u201a": "\u2018\u2019",  # ‚ … ‘
    "\u00ab": "\u00bb",  # « … »
    "\u00bb": "\u00ab",  # » … « (German, Danish)
    "\u2039": "\u203a",  # ‹ … ›
    "\u201d": "\u201d",  # ” … ” (Swedish, Finnish)
}
_SINGLE_FAMILIES = frozenset("'\u2018\u201a")
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
    if family in _SINGLE_FAMILIES or family in "\"\u201d\u00bb":
        return _closer_like(text, i)
    return True  # ” » › “ close unconditionally after their own openers


def _is_plural_possessive(text: str, i: int) -> bool:
    """`workers' rights`: an `s'` followed by a space and a lowercase word."""
    return (
        i >= 1 and text[i - 1] in "sS" and i + 2 < len(text)
        and text[i + 1] == " " and text[i + 2].islower()
    )


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


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


def paragraph_end(text: str, i: int, wrapped: bool) -> int:
    """Index of the newline ending the paragraph that contains ``i`` (or len(text))."""
    if wrapped:
        blank = _BLANK_LINE.search(text, i)
        return len(text) if blank is None else blank.start()
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Return the outermost quotation spans as half-open ``(start, end)`` pairs, in order."""
    marks = [(m.start(), m.group()) for m in _MARK.finditer(text)]
    if not marks:
        return []
    wrapped = is_soft_wrapped(text)
    spans: list[tuple[int, int]] = []
    n = len(marks)
    k = 0
    while k < n:
        start, mark = marks[k]
        k += 1
        if not _can_open(text, start, mark):
            continue
        closers = _CLOSERS[mark]
        para_end = paragraph_end(text, start, wrapped)
        limit = start + MAX_QUOTE_CHARS
        end = -1
        j = k
        while j < n:
            pos, other = marks[j]
            if pos > limit:
                break
            if pos > para_end:
                # crossed into a later paragraph: continue only if it opens with this family
                next_start = para_end
                while next_start < len(text) and text[next_start].isspace():
                    next_start += 1
                if pos == next_start and other == mark:
                    para_end = paragraph_end(text, pos, wrapped)
                    j += 1
                    continue
                break
            if other in closers and _can_close(text, pos, mark):
                if mark in _SINGLE_FAMILIES and _is_plural_possessive(text, pos) and \
                        _later_closer_first(text, marks, j + 1, mark, para_end):
                    j += 1
                    continue
                end = pos + 1
                j += 1
                break
            if mark == '"' and other == '"' and _opener_like(text, pos):
                # a straight mark that can only open: the earlier one was never closed
                para_end = min(para_end, pos)
                break
            j += 1
        if end > 0:
            spans.append((start, end))
            k = j
            continue
        if mark not in _UNCLOSED_KEPT:
            continue
        # unclosed: keep it to the end of its (last) paragraph when short and sentence-like
        stop = _trim_end(text, start, min(para_end, len(text)))
        if 2 < stop - start <= MAX_UNCLOSED_CHARS and text[stop - 1] in ".!?\u2026":
            spans.append((start, stop))
            while k < n and marks[k][0] < stop:
                k += 1
    return spans


def _later_closer_first(
    text: str, marks: list[tuple[int, str]], j: int, family: str, para_end: int
) -> bool:
    """Whether a plain closer of ``family`` comes before any new opener in this paragraph."""
    closers = _CLOSERS[family]
    for pos, other in marks[j:]:
        if pos > para_end:
            return False
        if other == family and _can_open(text, pos, other):
            return False
        if other in closers and _can_close(text, pos, family) \
                and not _is_plural_possessive(text, pos):
            return True
    return False
