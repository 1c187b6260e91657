"""Bytes → str: BOMs, UTF-8, cp1252/latin-1, and a "not text" verdict for binary data.

Cheap checks first (BOM, strict UTF-8, byte statistics); charset-normalizer only when the
bytes are neither UTF-8 nor plausibly a Western single-byte encoding.
"""

from __future__ import annotations

import codecs
import re

# Signatures of common binary formats that turn up with a text extension.
_BINARY_MAGIC = (
    b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
    b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"MZ", b"RIFF", b"OggS",
    b"ID3", b"\x00\x00\x01\x00", b"SQLite format 3",
)
# Control bytes that do not occur in text (tab, newline, CR, FF, VT, ESC, BEL, BS excluded:
# text files do carry those; ESC sequences are stripped later).
_BINARY_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b\x07\x08")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")
_SAMPLE = 8192
_BINARY_RATIO = 0.05  # random bytes give ~11 %; real text with stray controls far below 1 %


class NotText(ValueError):
    """The bytes are binary data, not text."""


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    bad = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return bad / len(sample) > _BINARY_RATIO


def _utf16_without_bom(sample: bytes) -> str | None:
    """Detect BOM-less UTF-16 by its NUL bytes in every other position (mostly-ASCII text)."""
    if len(sample) < 8:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)


def _declared_charset(sample: bytes) -> str | None:
    """The encoding an HTML or XML file declares (meta charset, XML declaration), if Python
    knows it. Used only when the bytes are not valid UTF-8 (a UTF-8 page that declares
    latin-1 is a common mistake; the bytes win)."""
    match = _DECLARED.search(sample[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec.startswith(("utf-8", "utf_8", "utf-16")):
        return None  # already tried, or impossible without NUL bytes
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"  # browsers read latin-1 and ASCII declarations as windows-1252
    return codec


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes; returns (text, encoding name). Raises ``NotText`` for binary data.

    Undecodable bytes in an otherwise UTF-8 file become U+FFFD, the rest stays intact.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace"), "utf-32"
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sample = data[:_SAMPLE]
    if sample.startswith(_BINARY_MAGIC):
        raise NotText("not text")
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(sample)
        if utf16:
            return data.decode(utf16, errors="replace"), utf16
    if _looks_binary(sample):
        raise NotText("not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(sample)
    if declared:
        return data.decode(declared, errors="replace"), declared
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good_multibyte = sum(1 for c in replaced if c > "\x7f") - bad
    # Any valid multi-byte sequence means UTF-8 with some damage: a cp1252/latin-1 file almost
    # never holds a lead byte followed by the right number of continuation bytes.
    if good_multibyte > 0 or bad == 0:
        return replaced, "utf-8 (damaged)"
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    in_runs = sum(len(run) for run in _HIGH_RUN.findall(sample))
    if in_runs <= 0.2 * high:
        # A Western page: accented letters and smart quotes stand alone among ASCII letters;
        # Cyrillic, Greek or CJK in a single-byte or legacy encoding come in runs.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
    return _decode_with_charset_normalizer(data)


def _decode_with_charset_normalizer(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported lazily: rarely needed, slow to import

    best = from_bytes(data).best()
    if best is None:
        raise NotText("not text (unknown encoding)")
    return str(best), best.encoding
