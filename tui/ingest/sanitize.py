"""Remove terminal control sequences and other invisible troublemakers from untrusted text.

Every string that came from a file (title, body, byline, tag, file name) goes through
``clean_text`` or ``clean_line`` before any layer stores or shows it.
"""

from __future__ import annotations

import re

# Escape sequences, longest forms first. OSC/DCS/APC/PM/SOS bodies stop at their terminator,
# at a newline (so an unterminated one cannot swallow the article) or at the next ESC.
_ESCAPE_SEQUENCES = re.compile(
    r"""
      (?:\x1b\[|\x9b) [0-?]* [ -/]* [@-~]?            # CSI (7-bit and C1 forms)
    | (?:\x1b\]|\x9d) [^\x07\x1b\x9c\n]* (?:\x07|\x1b\\|\x9c)?   # OSC, incl. OSC 8 / OSC 52
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f]) [^\x1b\x9c\n]* (?:\x1b\\|\x9c)?  # DCS, SOS, PM, APC
    | \x1b [ -/]* [0-~]                               # other ESC sequences (ESC ( B, ESC 7 ...)
    | \x1b                                            # lone ESC
    """,
    re.VERBOSE,
)
# Anything that may need work: C0 (but \t and \n), DEL, C1, line/paragraph separators,
# bidi embeddings/overrides/isolates, and lone surrogates (unencodable; JSON can carry them).
_NEEDS_WORK = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_ASCII_CONTROLS = bytes([*range(0x09), *range(0x0B, 0x20), 0x7F])
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
_SPACE_LIKE = re.compile("[\x0b\x0c]")  # vertical tab, form feed: whitespace, keep words apart
_WHITESPACE_RUN = re.compile(r"\s+")


def clean_text(s: str) -> str:
    """Strip terminal control sequences, C0/C1 controls (except newline and tab), NUL and bidi
    overrides/isolates; normalise line breaks to ``\\n``. Text without any of them is returned
    unchanged (the common case costs one C-speed scan)."""
    if s.isascii():
        # Pure ASCII (checked in O(1)): only C0 controls and DEL can be present.
        data = s.encode("ascii")
        if len(data.translate(None, _ASCII_CONTROLS)) == len(data):
            return s
    elif s.replace("\n", " ").replace("\t", " ").isprintable():
        # No Cc/Cf/Cs/Zl/Zp character at all (about 3x faster than the regex on wide text).
        return s
    if not _NEEDS_WORK.search(s):
        return s
    if "\x1b" in s or any(c in s for c in "\x9b\x9d\x90\x98\x9e\x9f"):
        s = _ESCAPE_SEQUENCES.sub("", s)
    # NEL (U+0085) is a C1 control but also a line break: turn it into one before stripping C1.
    s = _LINE_BREAKS.sub("\n", s)
    s = _SPACE_LIKE.sub(" ", s)
    s = _CONTROLS.sub("", s)
    return _SURROGATES.sub("\ufffd", s)


def clean_line(s: str) -> str:
    """``clean_text`` for single-line fields (title, byline, tag, file name): every run of
    whitespace, newlines included, becomes one space; leading/trailing space is removed."""
    return _WHITESPACE_RUN.sub(" ", clean_text(s)).strip()
