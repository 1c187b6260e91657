"""Named entities: a model-free recogniser (default) and a spaCy adapter behind one function.

``find_entities(text, backend="builtin")`` returns ``Span``s with ``layer="entity"``, an
OntoNotes ``label`` and ``value`` = the group key (one canonical name per entity in the text:
"Putin" and "Putin’s" share "Vladimir Putin" once the full name occurs).

The built-in recogniser works in three passes over the text:
1. candidates: capitalised word sequences (with connectors such as "of the", "&", "de"),
   split at sentence ends and at connectors that do not belong inside a name;
2. each candidate is cleaned (no leading "the", no titles, possessive outside) and labelled from
   gazetteers, name suffixes/prefixes ("… University", "Bank of …"), first names and nearby cue
   words ("said", "in", "-based", "spokesperson");
3. document-level consistency: surnames, short organisation names and defined acronyms take the
   label and group key of the full name; all-caps headlines and datelines match known names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from tui.model import Span

from . import entity_groups
from .entity_lexicon import (
    ABBREVIATIONS,
    ACRONYM_STOP,
    AND_HEADS,
    CLOSED_CLASS,
    COMPASS,
    FOR_HEADS,
    HOLDING_WORDS,
    HYPHEN_TAILS,
    LEGAL_FORMS,
    MONTHS_DAYS,
    NOT_NAMES,
    OF_HEADS,
    ON_HEADS,
    ORG_AFTER,
    ORG_BEFORE,
    ORG_NOUNS,
    PARTICLES,
    PERSON_BEFORE,
    PERSON_NOUNS,
    PLACE_BEFORE,
    PREFIX_LABEL,
    SUFFIX_LABEL,
    TITLE_MODIFIERS,
    TITLES,
    Lexicon,
    lexicon,
)

VERSION = "24"

# Uppercase letters of the Latin, Greek and Cyrillic scripts (re has no \p{Lu}).
_UP = "".join(
    re.escape(chr(c)) for c in (*range(0x41, 0x250), *range(0x370, 0x530)) if chr(c).isupper()
)
# A capitalised word: initials ("U.S."), or a word with inner hyphens/apostrophes, never a
# possessive ("Okafor’s" stops before ’s) and with an optional abbreviation period.
_WORD = rf"(?:[{_UP}]\.(?:[{_UP}]\.)+|[{_UP}]\w*(?:(?:-|['’](?![sS]\b))\w+)*\.?)"
_CONN = r"(?:of|the|for|on|and|upon|de|des|du|la|le|di|da|del|della|dei|van|von|der|den|al|el|" \
        r"bin|ibn|y|zu|dos|das|do|ter|ten|ap|ab|ben)"
# "King’s College", "Chancellor’s Building": a possessive inside a place's name
_POSSESSIVE_HEADS = (r"College|Hospital|University|Building|Park|Church|Cathedral|School|Hall|"
                     r"Square|Road|Street|Bridge|Cross|Inn|Island|Bay|Lane|Wood|Field|Gate|"
                     r"Fund|Trust")
_SPACE = "[ \\t\u00a0]"  # between the words of a name: spaces, tabs, no-break spaces
# The sequence opens by consuming its first character (a capital or a digit), so sre skips
# ahead to the capitals and digits; the checks on what stands before that character are
# lookbehinds over two characters, and the rest of the first word follows as _WORD_TAIL.
_WORD_TAIL = rf"(?:\.(?:[{_UP}]\.)+|\w*(?:(?:-|['’](?![sS]\b))\w+)*\.?)"
_NAME_START = "(?:" + "|".join(
    [r"(?<![\w’'.-][\s\S])"]  # no word before, or "pro-Russian", "anti-Western", "mid-July"
    + [rf"(?<=\b{prefix}-[\s\S])" for prefix in ("pro", "anti", "non", "ex", "pan", "mid",
                                                   "post", "pre")]) + ")"
_SEQUENCE = re.compile(
    rf"[{_UP}0-9]{_NAME_START}"
    rf"(?:(?<=[0-9])\d{{0,2}}(?:st|nd|rd|th){_SPACE}+(?=[{_UP}]){_WORD}"  # "9th U.S. Circuit"
    rf"|(?<=[{_UP}]){_WORD_TAIL})"
    rf"(?:(?:{_SPACE}+|{_SPACE}*&{_SPACE}*|(?:['’]s|(?<=s)['’]){_SPACE}+"
    rf"(?=(?:{_POSSESSIVE_HEADS})\b))"
    rf"(?:{_CONN}{_SPACE}+)*{_WORD})*"
    rf"(?:{_SPACE}+plc\b)?"  # "Tarn Mining plc": the one lowercase word that ends a name
)
_TOKEN = re.compile(r"\S+")
_NEXT_WORD = re.compile(r"[ \t]*([a-z]+)(?:[ \t]+([a-z]+))?")
_APPOSITION = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w’'-]+[ \t]+){0,5}?([a-z][\w-]*)"
                         r"(?=[,.;]|[ \t]+(?:at|of|for|in|from|who|which|that|based)\b)")
_LOC_AFTER = frozenset(["river", "sea", "lake", "mountains", "mountain", "valley", "estuary",
                        "basin", "coast", "island", "islands", "peninsula", "strait", "delta",
                        "glacier", "desert", "plateau", "range", "gorge", "bay"])
_DEMONYM = re.compile(r"(?:[^aeiou]ians?|eans?|ese|[^aeiou]ish)$")
_NEXT_LOWER = re.compile(r"[ \t]+[a-z]")
_ANNUAL_BEFORE = re.compile(r"\b(?:annual|biennial|yearly|triennial)[ \t]+$")
_FAC_AFTER = frozenset(["wind farm", "power station", "power plant", "plant", "refinery",
                        "stadium", "airport", "bridge", "station", "terminal", "tunnel", "dam",
                        "mine", "pipeline", "building", "tower", "mill", "factory",
                        "smelter", "reactor", "shipyard", "dock", "docks", "arena", "motorway"])
_PLACE_NOUNS = frozenset(["residents", "resident", "town", "village", "city", "people", "mayor",
                          "outskirts", "suburb", "suburbs", "region", "province", "county",
                          "district", "capital", "centre", "center", "streets", "north",
                          "south", "east", "west", "port", "island", "municipality"])
_WORK_BEFORE = frozenset(["album", "film", "movie", "book", "novel", "memoir", "song",
                          "single", "play", "painting", "exhibition", "documentary", "opera",
                          "musical", "sitcom", "poem", "podcast", "collection"])
_SAYS = frozenset(["said", "says", "reported", "announced", "added", "warned", "told"])
_NEXT_PRONOUN = re.compile(r"[^.!?\n“”\"]{0,50}?\b(its|he|she|his|her)\b")
_AGE_AFTER = re.compile(r",[ \t]*\d{1,3}[ \t]*,")
_ACRONYM_DEFINED = re.compile(r"[ \t]*\(([A-Z][A-Za-z&]{1,9})\)")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:,|—|–|-|\(|:)")
_WORLD_WAR = re.compile(
    r"\b(?:[Ff]irst|[Ss]econd) [Ww]orld [Ww]ar\b|\bWorld War (?:II|I|One|Two)\b"
)
_BILL = re.compile(r"\b(?:AB|SB|HB|HR|H\.R\.|S\.B\.|A\.B\.) \d{1,5}\b")
_CAMEL = re.compile(rf"[^\W\d_](?<![{_UP}])[{_UP}]")
# capitalised small words ("Without", "Above") after a space inside a sequence
_SMALL_CAPITALS = frozenset(w.capitalize() for w in CLOSED_CLASS if w.isalpha())
_WORD_AFTER_SPACE = re.compile(r"\s(\w+)")
_CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|t)$")
_NEWLINE = re.compile("\n")
_LETTER = re.compile(r"[^\W\d_]")
_UPPER_CHARS = frozenset(  # the characters of _UP: words of a headline that open with one
    chr(c) for c in (*range(0x41, 0x250), *range(0x370, 0x530)) if chr(c).isupper())
_MODEL_NUMBER = re.compile(
    r" \d{1,3}(?![\d%:.,/-]?\d)(?! ?(?:%|per ?cent|million|billion|thousand|bn\b|m\b))")
_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Za-z]{0,3}")
# punctuation, or a score or range ("2-1"); one opening class, so sre skips ahead to it
_NOT_HEADLINE = re.compile(r"[,;(|\d](?:(?<=[,;(|])|(?<=\d)[-–]\d)")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]\w*")
# the only words a Title Case headline leaves in lowercase
_TITLE_CASE_SMALL = frozenset([
    "a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "for", "as",
    "by", "with", "vs", "via", "from", "into", "over", "per",
])
_OPENERS = " \t\r\u00a0“\"‘'«(—–[*•-"
_GENERATIONS = frozenset(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"])
_TITLE_OF = re.compile(r"\b(?:Secretary|Minister|Chancellor|Commissioner|Director|Secretary-General)"
                       r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")
_SURNAME_LIKE_SUFFIX = frozenset(
    ["Hall", "Park", "Church", "Banks", "Post", "Bridges", "Towers", "Gates", "Cross", "Field"]
)
_EPONYM_DISEASE = re.compile(r"['’]s (?:disease|syndrome)\b")
_SCORE_BETWEEN = re.compile(r"[ \t]+\d{1,2}[-–]\d{1,2}[ \t]+")
_COORDINATION = re.compile(r"^(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]+or[ \t]+|,[ \t]+and[ \t]+)$")

# strength of the evidence behind a label, and its weight in a group's label vote
WEAK, DEFAULT, GAZETTEER, STRONG = 0, 1, 2, 3
_VOTE = {WEAK: 0, DEFAULT: 1, GAZETTEER: 3, STRONG: 100, STRONG + 1: 1000}


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    label: str | None
    strength: int
    words: tuple[str, ...]
    caps: bool = False  # written in capitals in a capitals/title-case line: match known names
    key: str | None = None
    place_context: bool = False


@dataclass(slots=True)
class _Doc:
    text: str
    lex: Lexicon
    line_kinds: dict[int, str] = field(default_factory=dict)
    line_starts: list[int] | None = None
    # the line of the last lookup, [start, end) and its kind: most lookups fall in it again
    last_line: tuple[int, int, str] = (0, -1, "")


def find_entities(text: str, backend: str = "builtin") -> list[Span]:
    """Named entities in ``text`` (offsets index ``text`` exactly), with group keys."""
    if backend == "spacy":
        from . import spacy_ner

        return spacy_ner.find_entities(text)
    if backend != "builtin":
        raise ValueError(f"unknown NER backend {backend!r} (use 'builtin' or 'spacy')")
    if not text:
        return []
    doc = _Doc(text, lexicon())
    mentions: list[_Mention] = []
    for match in _SEQUENCE.finditer(text):
        _candidates(doc, match.start(), match.group(), mentions)
    _pattern_mentions(text, mentions)
    resolved = resolve(text, mentions, doc.lex)
    return [
        Span("entity", m.start, m.end, m.text, m.label, m.key) for m in resolved  # label, value
    ]


def configure_spacy(model: str) -> str | None:
    """Select the spaCy pipeline for ``backend="spacy"``; None when ready, else the problem."""
    from . import spacy_ner

    return spacy_ner.configure(model)


# --- pass 1: candidates --------------------------------------------------------------------


def _line_kind(doc: _Doc, pos: int) -> str:
    """'caps' for an all-capitals line, 'title' for a Title Case headline, else 'text'."""
    line_start, line_end, kind = doc.last_line
    if line_start <= pos < line_end:
        return kind
    text = doc.text
    if doc.line_starts is None:  # found once per text: rfind per name is quadratic on one line
        doc.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    i = bisect_right(doc.line_starts, pos) - 1
    start = doc.line_starts[i]
    kind = doc.line_kinds.get(start)
    if kind is None:
        end = doc.line_starts[i + 1] - 1 if i + 1 < len(doc.line_starts) else len(text)
        line = text[start:end]
        kind = "text"
        in_capitals = len(line) < 250 and line == line.upper()
        # a headline, never a paragraph; in capitals, or free of commas and score lines
        if len(line) < 250 and (in_capitals or not _NOT_HEADLINE.search(line)):
            words = line.split()
            if len(words) >= 3 and in_capitals and _LETTER.search(line):
                kind = "caps"
            elif len(words) >= 4 and not _NOT_HEADLINE.search(line) \
                    and sum(w[0] in _UPPER_CHARS for w in words) >= 0.6 * len(words) \
                    and all(w in _TITLE_CASE_SMALL for w in _LOWER_WORD.findall(line)) \
                    and sum(w.lower() in doc.lex.common for w in words) >= 2:
                kind = "title"  # Title Case headline: only known names count there
        doc.line_kinds[start] = kind
    end = doc.line_starts[i + 1] if i + 1 < len(doc.line_starts) else len(text) + 1
    doc.last_line = (start, end, kind)
    return kind


def _sentence_initial(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in _OPENERS:
        j -= 1
    if j < 0:
        return True
    c = text[j]
    if c in "\n.!?:;|…":
        return True
    return bool(c in "”\"’'»)" and j > 0 and text[j - 1] in ".!?")


def _candidates(doc: _Doc, base: int, seq: str, out: list[_Mention]) -> None:
    """Split one capitalised sequence into name chunks and label each."""
    if " " not in seq and "\t" not in seq and "\u00a0" not in seq and "-" not in seq \
            and not seq.endswith("."):
        _single(doc, base, seq, out)  # most sequences are one plain word
        return
    if _work_title(doc, base, seq, out):
        return
    tokens: list[tuple[int, int, str]] = []
    runs: list[list[tuple[int, int, str]]] = []
    gaz = doc.lex.gazetteer
    for t in _TOKEN.finditer(seq):
        s, e, w = base + t.start(), base + t.end(), t.group()
        boundary = False
        if w.endswith(".") and len(w) > 2 and w not in ABBREVIATIONS and w not in gaz \
                and not (w.count(".") >= 2 and w.replace(".", "").isupper()):
            w, e, boundary = w[:-1], e - 1, True  # a sentence ends here
        if "-" in w and w[0].isupper():
            cut = _lower_hyphen(w)
            if cut:  # "Luxembourg-based": the name is the capitalised part
                tokens.append((s, s + cut, w[:cut]))
                runs.append(tokens)
                tokens = []
                continue
        tokens.append((s, e, w))
        if boundary:
            runs.append(tokens)
            tokens = []
    if tokens:
        runs.append(tokens)
    for run in runs:
        for chunk in _split_connectors(doc.text, run):
            _analyse(doc, chunk, out)


def _work_title(doc: _Doc, start: int, seq: str, out: list[_Mention]) -> bool:
    """A title of a work in running text: capitalised small words inside a name ("Light
    Without Walls", "A Room Above the River") or a mid-sentence "The"/"A" before names."""
    if not seq.startswith(("The ", "A ", "An ")) and _SMALL_CAPITALS.isdisjoint(
            _WORD_AFTER_SPACE.findall(seq)):
        return False
    for token in _TOKEN.finditer(seq):  # "... read Light Without Walls. She" ends a sentence
        w = token.group()
        if w.endswith(".") and w not in ABBREVIATIONS and len(w) > 2:
            seq = seq[:token.end() - 1]
            break
    words = seq.split()
    if len(words) < 2 or any(w.endswith(".") for w in words) \
            or _sentence_initial(doc.text, start):
        return False
    small = [w for w in words[1:-1] if w[0].isupper() and w.lower() in CLOSED_CLASS]
    if not small and words[0] not in ("A", "An", "The"):
        return False
    if words[0] == "The" and not small:
        rest = words[1:]
        if len(rest) < 2 or " ".join(rest) in doc.lex.gazetteer or rest[-1] in SUFFIX_LABEL:
            return False  # "The Hague", "The Guardian", "The Green Party"
    if _line_kind(doc, start) != "text":
        return False
    _add(out, start, start + len(seq), doc.text, "WORK_OF_ART", STRONG, tuple(words))
    return True


_SINGLE_SKIP = MONTHS_DAYS | TITLES | NOT_NAMES | frozenset(["The", "No", "&"])


def _single(doc: _Doc, start: int, w: str, out: list[_Mention]) -> None:
    """The fast path of ``_analyse`` for a one-word candidate."""
    if len(w) == 1 or w in _SINGLE_SKIP or w[:2] in ("I'", "I’") or (
            ("'" in w or "’" in w) and _CONTRACTION.search(w)):
        return  # "I’m", "We've": pronouns, not names
    text, lex = doc.text, doc.lex
    known = lex.gazetteer.get(w)
    end = start + len(w)
    if known is not None and not w.isupper() and text[end:end + 2] not in ("'s", "’s") \
            and _line_kind(doc, start) == "text":
        # the commonest case, a listed place or people in running text: no further checks
        place = known == "GPE" and (_prev_word(text, start) in PLACE_BEFORE
                                    or text.startswith("-based", end))
        out.append(_Mention(start, end, w, known, GAZETTEER, (w,), place_context=place))
        return
    initial = _sentence_initial(text, start)
    if initial and w.lower() in CLOSED_CLASS and known is None:
        return
    if _line_kind(doc, start) != "text":
        out.append(_Mention(start, end, w, None, WEAK, (w,), caps=True))
    elif w.isupper():
        _caps_in_text(doc, [(start, end, w)], (w,), out)
    else:
        _classify(doc, start, end, (w,), None, initial, out)


def _lower_hyphen(word: str) -> int:
    """Index of the hyphen before a lowercase tail ("Kremlin-backed" -> 7), or 0 ("Ji-won")."""
    i = word.find("-")
    while i != -1:
        if i + 1 < len(word) and word[i + 1].islower():
            tail = word[i + 1:].split("-")[0]
            return i if tail in HYPHEN_TAILS else 0
        i = word.find("-", i + 1)
    return 0


def _split_connectors(text: str, run: list[tuple[int, int, str]]
                      ) -> list[list[tuple[int, int, str]]]:
    chunks: list[list[tuple[int, int, str]]] = []
    chunk: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []
    for n, tok in enumerate(run):
        w = tok[2]
        if (w[0].islower() and w != "plc") or w == "&":
            pending.append(tok)
            continue
        if pending and chunk:
            if _keep_connectors(text, chunk, [p[2] for p in pending], run, n):
                chunk.extend(pending)
            else:
                chunks.append(chunk)
                chunk = []
        pending = []
        chunk.append(tok)
    if chunk:
        chunks.append(chunk)
    return chunks


def _keep_connectors(text: str, chunk: list[tuple[int, int, str]], conns: list[str],
                     run: list[tuple[int, int, str]], right: int) -> bool:
    """Whether the connectors between ``chunk`` and ``run[right]`` stay inside one name."""
    first = conns[0]
    if first == "&" or all(c in PARTICLES for c in conns):
        return True
    words = [t[2] for t in chunk]
    if first in ("of", "upon"):
        return any(w in OF_HEADS for w in words)
    if first == "for":
        return any(w in FOR_HEADS for w in words)
    if first == "on":
        return any(w in ON_HEADS for w in words)
    if first == "and" and conns == ["and"]:
        lex = lexicon()
        if "of" in words and any(w in AND_HEADS for w in words) \
                and words[-1] not in lex.gazetteer:
            return True  # "Journal of Ageing and Hearing", not "Bank of England and the ..."
        # "Competition and Consumer Commission": an ordinary word, "and", then a body's name
        nxt = right
        while nxt + 1 < len(run) and not run[nxt + 1][2][0].islower():
            nxt += 1
        return SUFFIX_LABEL.get(run[nxt][2]) == "ORG" and words[-1].lower() in lex.common \
            and words[-1] not in SUFFIX_LABEL \
            and (chunk[0][2] == "The" or text[max(0, chunk[0][0] - 4):chunk[0][0]] == "the ")
    return False


def _analyse(doc: _Doc, chunk: list[tuple[int, int, str]], out: list[_Mention]) -> None:
    if chunk[0][2][0].isdigit():  # "9th U.S. Circuit Court of Appeals": ordinal of a body
        ordinal, chunk = chunk[0], chunk[1:]
        before = len(out)
        if chunk:
            _analyse(doc, chunk, out)
        for m in out[before:before + 1]:
            if m.start == chunk[0][0] and m.label in ("ORG", "EVENT", "FAC", "LAW"):
                m.start, m.text = ordinal[0], doc.text[ordinal[0]:m.end]
        return
    text, lex = doc.text, doc.lex
    # leading words that are not part of a name: sentence openers, "The", dates
    initial = _sentence_initial(text, chunk[0][0])
    while chunk:
        w = chunk[0][2]
        if w[0].islower() or w == "&" or w in MONTHS_DAYS or (
            w == "The" and not (len(chunk) > 1 and f"The {chunk[1][2]}" in lex.gazetteer)
        ) or (
            initial and w.lower() in CLOSED_CLASS and w not in lex.gazetteer
        ):
            chunk = chunk[1:]
            continue
        break
    while chunk and (
            (chunk[-1][2][0].islower() and chunk[-1][2] != "plc") or chunk[-1][2] == "&" or (
            chunk[-1][2] in MONTHS_DAYS and not (chunk[-1][2] == "May" and len(chunk) > 1))):
        chunk = chunk[:-1]
    if not chunk:
        return
    if len(chunk) == 1:
        w = chunk[0][2]
        if len(w) == 1 or w[:2] in ("I'", "I’") or w in ("No", "No.") or w in NOT_NAMES \
                or _CONTRACTION.search(w):
            return  # "I", "I’m", "A", "No. 3", "Ebola"
    start, end = chunk[0][0], chunk[-1][1]
    words = tuple([t[2] for t in chunk if t[2][0].isupper() or t[2] in ("&", "plc")])
    kind = _line_kind(doc, start)
    if kind != "text" or len(words) > 10:  # a headline, or capitals too long to be one name
        out.append(_Mention(start, end, text[start:end], None, WEAK, words, caps=True))
        return
    if words[0].isupper() and all(_is_caps(w) for w in words) and (
            len(words) > 1 or len(words[0]) > 1):
        _caps_in_text(doc, chunk, words, out)
        return
    if len(words) > 1 and _after_title_of(text, start):
        named = next((i for i in range(1, len(chunk)) if chunk[i][2] in lex.first_names), 0)
        if not named:
            return  # "Secretary of State said": the rest of a title
        chunk = chunk[named:]  # "Secretary of State Antony Blinken" -> "Antony Blinken"
        start = chunk[0][0]
        words = tuple(t[2] for t in chunk)
        _add(out, start, chunk[-1][1], text, "PERSON", STRONG, words)
        return
    label = _suffix_label(chunk, words, lex)
    if label is None and initial and len(words) > 1 and words[0] not in lex.gazetteer \
            and words[0] not in lex.first_names and words[0] not in COMPASS:
        rest = words[1:]
        common = words[0].lower() in lex.common
        if (common and all(_is_caps(w) for w in rest)) or (
                rest[0] in lex.first_names and len(rest) > 1 and words[0][1:].islower()):
            # "Source REUTERS", "Hydrologist Paweł Nowak": a word opens the sentence
            chunk = chunk[1:]
            while chunk and (chunk[0][2][0].islower() or chunk[0][2] == "&"):
                chunk = chunk[1:]
            return _analyse(doc, chunk, out) if chunk else None
    if label is None:
        chunk = _strip_titles(doc, chunk, out)
        if not chunk:
            return
        if chunk[0][0] != start:  # titles went: "Prime Minister Sara Lind" -> "Sara Lind"
            start = chunk[0][0]
            words = tuple(t[2] for t in chunk if t[2][0].isupper() or t[2] == "&")
            _add(out, start, chunk[-1][1], text, "PERSON", STRONG, words)
            return
        # a people word in front of ordinary words ("Russian Embassy", "Western Allies");
        # a place in front of them names an organisation ("Thames Water"), classified below
        head = _gazetteer_prefix(words, lex)
        if head and head < len(words) and all(w.lower() in lex.common for w in words[head:]) \
                and lex.gazetteer[" ".join(words[:head])] == "NORP":
            pre = chunk[:head]
            _add(out, pre[0][0], pre[-1][1], text, lex.gazetteer[" ".join(words[:head])],
                 GAZETTEER, words[:head])
            return
    _classify(doc, start, end, words, label, initial, out)


def _after_title_of(text: str, start: int) -> bool:
    """Whether "Secretary of (the)", "Minister for" ... ends right before ``start``."""
    lo = max(0, start - 40)
    return (text.find("of", lo, start) != -1 or text.find("for", lo, start) != -1) \
        and _TITLE_OF.search(text, lo, start) is not None


def _is_caps(word: str) -> bool:
    return word.isupper() and sum(c.isalpha() for c in word) >= 1


def _gazetteer_prefix(words: tuple[str, ...], lex: Lexicon) -> int:
    for n in range(min(3, len(words)), 1, -1):
        label = lex.gazetteer.get(" ".join(words[:n]))
        if label in ("GPE", "NORP", "LOC"):
            return n
    return 1 if words and lex.gazetteer.get(words[0]) in ("GPE", "NORP", "LOC") else 0


def _suffix_label(chunk: list[tuple[int, int, str]], words: tuple[str, ...], lex: Lexicon
                  ) -> str | None:
    """The label a multiword name's own words give it (head noun, prefix, suffix), or None."""
    if len(words) < 2:
        return None
    name = " ".join(t[2] for t in chunk)
    if name in lex.gazetteer:
        return lex.gazetteer[name]
    last, first = words[-1], words[0]
    if "&" in words:
        return "ORG" if any(w.lower() not in lex.common for w in words if w != "&") else None
    if last not in SUFFIX_LABEL and any(w in TITLES for w in words[1:-1]):
        return None  # a title inside: "House Speaker Mike Johnson", "… Judge Ana Ruiz"
    connected = next((i for i, t in enumerate(chunk) if t[2][0].islower()), 0)
    if connected:  # "Treaty on the Functioning of ...", "Group on Vaccine Provision"
        label = PREFIX_LABEL.get(first) or SUFFIX_LABEL.get(chunk[connected - 1][2])
        if label is not None:
            return label
    label = SUFFIX_LABEL.get(last)
    if label is not None:
        if len(words) == 2 and last in _SURNAME_LIKE_SUFFIX and first in lex.first_names:
            return None  # "Sarah Hall" is a person
        return label
    label = PREFIX_LABEL.get(first)
    if label is not None:
        return label
    if words[-2] in SUFFIX_LABEL and SUFFIX_LABEL[words[-2]] == "EVENT" and last.isdigit():
        return "EVENT"
    return None


def _strip_titles(doc: _Doc, chunk: list[tuple[int, int, str]], out: list[_Mention]
                  ) -> list[tuple[int, int, str]]:
    """Drop titles before a name ("Prime Minister Sara Lind" -> "Sara Lind"); the words before
    the titles are a name of their own ("Bank of England Governor …", "U.S. District Judge")."""
    caps = [i for i, t in enumerate(chunk) if t[2][0].isupper()]
    name_start = len(chunk)
    first_names = doc.lex.first_names
    for n, i in enumerate(reversed(caps)):
        word = chunk[i][2]
        if word in TITLES and not (
            (n == 0 or (n == 1 and chunk[caps[-1]][2] in _GENERATIONS))
            and i > 0 and chunk[i - 1][2] in first_names
        ):  # a title, unless it is the surname after a first name ("Stephen King")
            break
        name_start = i
    if name_start == 0:
        return chunk
    if name_start < len(chunk) and chunk[name_start - 1][2] not in TITLES:
        return chunk
    # titles before a name, or only titles ("German Chancellor"): what comes before the titles
    # is a name of its own ("Bank of England Governor …", "Apple CEO …", "California Attorney")
    first_title = next(i for i in range(name_start) if chunk[i][2] in TITLES)
    while first_title and (chunk[first_title - 1][2] in TITLE_MODIFIERS
                           or chunk[first_title - 1][2][0].islower()):
        if first_title > 1 and SUFFIX_LABEL.get(chunk[first_title - 1][2]) == "GPE":
            break  # "Hennepin County Attorney": the county is a place of its own
        first_title -= 1  # "U.S. District Judge", "Health Cabinet Secretary"
    if first_title:
        before = len(out)
        _analyse(doc, chunk[:first_title], out)
        for m in out[before:]:
            if m.label == "PERSON" and m.strength <= DEFAULT and len(m.words) == 1:
                m.label = "ORG"  # "Quillon CEO Ana Reis": a company before its officer
    return chunk[name_start:] if name_start < len(chunk) else []


def _caps_in_text(doc: _Doc, chunk: list[tuple[int, int, str]], words: tuple[str, ...],
                  out: list[_Mention]) -> None:
    """Capitals inside ordinary text: a dateline ("GENEVA, March 3"), an acronym, a bill."""
    text, lex = doc.text, doc.lex
    start, end = chunk[0][0], chunk[-1][1]
    paragraph_start = start == 0 or text[start - 1] == "\n"
    if paragraph_start and _DATELINE_AFTER.match(text, end):
        name = " ".join(words)
        known = lex.upper.get(name)
        label = lex.gazetteer[known] if known else "GPE"
        _add(out, start, end, text, label, STRONG, words, key=known or name.title())
        return
    if len(words) > 1:
        out.append(_Mention(start, end, text[start:end], None, WEAK, words, caps=True))
        return
    w = words[0]
    if w in lex.gazetteer:
        _add(out, start, end, text, lex.gazetteer[w], GAZETTEER, words)
    elif len(w) > 4 and w.capitalize() in lex.gazetteer:  # "MUMBAI" in a caption
        name = w.capitalize()
        _add(out, start, end, text, lex.gazetteer[name], GAZETTEER, words, key=name)
    elif w in ACRONYM_STOP or w in NOT_NAMES or not w.replace("&", "").isalpha() or (
            len(w) > 4 and w.lower() in lex.common):
        return
    elif 2 <= len(w) <= 7:  # an acronym: an organisation unless the text defines it
        _add(out, start, end, text, "ORG", DEFAULT, words)


def _classify(doc: _Doc, start: int, end: int, words: tuple[str, ...], label: str | None,
              initial: bool, out: list[_Mention]) -> None:
    text, lex = doc.text, doc.lex
    name = " ".join(text[start:end].split()) if len(words) > 1 else words[0]  # any spacing
    strength = STRONG
    known = lex.gazetteer.get(name)
    after = text[end:end + 2]
    if after in ("'s", "’s") and _EPONYM_DISEASE.match(text, end):
        return  # "Alzheimer’s disease"
    if label is None and known is not None and len(words) == 1:
        # a gazetteer word: only a place needs its context (a surname may share it: "Morley")
        place = known == "GPE" and (_prev_word(text, start) in PLACE_BEFORE
                                    or text.startswith("-based", end))
        _add(out, start, end, text, known, GAZETTEER, words, place_context=place)
        return
    if label == "ORG" and _ANNUAL_BEFORE.search(text, max(0, start - 16), start):
        label = "EVENT"  # "the annual World Health Assembly": a gathering, not the body
    cue = _context_label(text, start, end) if label is None else None
    if label is None and known is not None:
        label, strength = known, (STRONG if len(words) > 1 else GAZETTEER)
    if label is None and len(words) > 1:
        common = [w.lower() in lex.common or w in ACRONYM_STOP for w in words if w != "&"]
        if words[0] in COMPASS and len(words) == 2:
            rest = lex.gazetteer.get(words[1])
            label, strength = (rest or "GPE"), GAZETTEER
        elif words[-1] in COMPASS and lex.gazetteer.get(" ".join(words[:-1])) == "GPE":
            label, strength = "GPE", GAZETTEER  # "Halifax West": a seat, a district
        elif lex.gazetteer.get(words[-1]) == "GPE" and any(
                t in PARTICLES for t in name.split(" ")[1:-1]):
            label = "ORG"  # "Metro do Porto", "Banco de Portugal"
        elif len(words) == 2 and not words[1].isalpha() and _MODEL_CODE.fullmatch(words[1]) \
                and (text[max(0, start - 4):start] == "the "
                     or text[start - 3:start] in ("'s ", "’s ")):
            label = "PRODUCT"  # "the Galaxy S24", "Samsung's Galaxy Z5"
        elif words[0] in lex.first_names and name not in lex.gazetteer:
            label = "PERSON"
        elif any(2 <= len(w) <= 5 and w.isupper() and w.isalpha() and w not in lex.gazetteer
                 and w not in ACRONYM_STOP for w in words):
            label = "ORG"  # people's names carry no acronyms: "JB Hi-Fi", "BBC World Service"
        elif lex.gazetteer.get(words[-1]) == "GPE" and not any(
                w in lex.gazetteer for w in words[:-1]):
            label = "ORG"  # "Tennis Australia", "Public Health Scotland"
        elif all(common):
            label, strength = "ORG", WEAK  # a Title Case phrase ("Markets Reporter")
        elif not any(common) and not any(w in lex.gazetteer for w in words if w != "&"):
            label, strength = "PERSON", GAZETTEER
        else:
            label, strength = "ORG", DEFAULT
        if cue and cue != "GPE" and (strength < STRONG or cue == label):
            label = cue
            strength = max(strength, DEFAULT)
    if label is None and len(words) == 1 and after[:1] == " " and after[1:].isdigit():
        number = _MODEL_NUMBER.match(text, end)
        if number and (text[max(0, start - 4):start] == "the " or known is None):
            # "the Halo 3", "Google's Pixel 8": a product; elsewhere only if known
            cued = text[max(0, start - 4):start] == "the " or text[start - 3:start] in (
                "'s ", "’s ")
            _add(out, start, number.end(), text, "PRODUCT", STRONG if cued else WEAK,
                 (words[0], number.group().strip()))
            return
    if label is None:  # one word
        w = words[0]
        if "-" in w and w not in lex.gazetteer:
            return _hyphenated(doc, start, w, out)
        common, camel, demonym = _word_facts(w, lex)
        if cue == "GPE" and text.startswith("-based", end):
            label, strength = "GPE", STRONG
        elif camel or w.endswith(("bank", "corp")):
            label, strength = "ORG", GAZETTEER
        elif cue:
            # "said Smith", "Unite, the trade union,": the cue outweighs an ordinary word
            label = cue
            strength = GAZETTEER if not common else (
                DEFAULT if cue == "PERSON" or _APPOSITION.match(text, end) else WEAK)
        elif w in lex.first_names and not common:
            label, strength = "PERSON", GAZETTEER
        elif demonym and not common and _NEXT_LOWER.match(text, end):
            label, strength = "NORP", DEFAULT  # "Moldovan officials", "Tanzanians living"
        else:
            label = "PERSON"
            # a sentence may open with a name ("Putin said"), but only an unknown word
            strength = WEAK if common or (initial and w.isupper()) else DEFAULT
    place = label == "GPE" and strength == GAZETTEER and cue == "GPE"
    _add(out, start, end, text, label, strength, words, place_context=place)


# British spellings mapped to the American word list: (hint, pattern, replacement)
_BRITISH = (
    ("our", re.compile(r"our(?=[^aeiou]|$)"), "or"),
    ("is", re.compile(r"is(?=e[sdr]?s?$|ing$|ation)"), "iz"),
    ("re", re.compile(r"(?<=[^aeiou])re(s?)$"), r"er\1"),
    ("ll", re.compile(r"ll(?=e[dr]s?$|ing$)"), "l"),
    ("ogue", re.compile(r"ogue(?=s?$)"), "og"),
    ("yse", re.compile(r"yse(?=[sd]?$)"), "yze"),
)


def _word_facts(word: str, lex: Lexicon) -> tuple[bool, bool, bool]:
    """(ordinary word, camel case, demonym-shaped) for one capitalised word, remembered: the
    same names come back in every article."""
    facts = lex.word_cache.get(word)
    if facts is None:
        facts = (_is_common(word.lower(), lex), _is_camel(word),
                 _DEMONYM.search(word) is not None)
        if len(lex.word_cache) > 50_000:  # bounded: a long-running process reads much
            lex.word_cache.clear()
        lex.word_cache[word] = facts
    return facts


def _is_common(word: str, lex: Lexicon) -> bool:
    """An ordinary English word, in American or British spelling ("Organisers", "Colour")."""
    if word in lex.common:
        return True
    for hint, pattern, repl in _BRITISH:
        if hint in word:
            american = pattern.sub(repl, word)
            if american != word and american in lex.common:
                return True
    return False


def _hyphenated(doc: _Doc, start: int, word: str, out: list[_Mention]) -> None:
    """"Russia-Ukraine", "Putin-Kim": each part on its own (unknown parts need the document)."""
    pos = start
    for part in word.split("-"):
        if part[:1].isupper() and len(part) > 1:
            label = doc.lex.gazetteer.get(part)
            _add(out, pos, pos + len(part), doc.text, label or "PERSON",
                 GAZETTEER if label else WEAK, (part,))
        pos += len(part) + 1


def _is_camel(word: str) -> bool:
    if word.startswith(("Mc", "Mac", "O’", "O'", "D’", "D'")):
        return False
    return _CAMEL.search(word) is not None


def _prev_word(text: str, start: int) -> str:
    """The lowercase word right before ``start`` on the same line ("in" for "in Leith")."""
    if text[start - 1:start] not in (" ", "\t"):
        return ""
    before = text[max(0, start - 16):start].rsplit(None, 1)
    return before[-1].rstrip(",").lower() if before else ""


def _context_label(text: str, start: int, end: int) -> str | None:
    """A label suggested by the words around a name, or None."""
    if text[start - 1:start] in (" ", "\t"):
        before = text[max(0, start - 32):start].rsplit(None, 2)
        prev = before[-1].rstrip(",").lower() if before else ""
    else:  # no word right before; "before" is read only after "of" or "in"
        before, prev = [], ""
    if prev == "of" and len(before) > 1 and before[-2].lower() in _PLACE_NOUNS:
        return "GPE"  # "residents of Drafi", "the town of Kłodzko"
    if prev in PLACE_BEFORE or text.startswith("-based", end):
        if prev == "in" and len(before) > 1 and before[-2].lower() in HOLDING_WORDS:
            return "ORG"  # "shares in Quillon"
        if prev == "in" and len(before) > 1 and before[-2].lower() in ("published", "appeared"):
            return "ORG"  # "published in Nature Astronomy": a journal
        return "GPE"
    if prev in PERSON_BEFORE:
        return "PERSON"
    if prev in ORG_BEFORE or prev == "at":  # "analysts at Goldman Sachs"
        return "ORG"
    if prev in _WORK_BEFORE:  # "her album Midnights", "the film Oppenheimer"
        return "WORK_OF_ART"
    nxt = text[end:end + 2]
    if nxt in ("'s", "’s"):  # "Quillon's shares"
        end += 2
        nxt = text[end:end + 2]
    if nxt[:1] == ",":
        if _AGE_AFTER.match(text, end):
            return "PERSON"
        if text.startswith((", who ", ", whose "), end):
            return "PERSON"
        apposition = _APPOSITION.match(text, end)
        if apposition:  # "Quillon, the cloud storage company," / "Rossi, a lawyer at"
            head = apposition.group(1).lower()
            if head in ORG_NOUNS:
                return "ORG"
            if head in PERSON_NOUNS:
                return "PERSON"
    elif nxt[:1] == " " and nxt[1:2].islower():
        after = _NEXT_WORD.match(text, end)
        if after:
            word = after.group(1)
            if word in ORG_AFTER or (after.group(2) and f"{word} {after.group(2)}" in ORG_AFTER):
                return "ORG"
            if word in _LOC_AFTER:  # "the Neisse river", "the Sudetes mountains"
                return "LOC"
            if word in _FAC_AFTER or (after.group(2) and f"{word} {after.group(2)}" in _FAC_AFTER):
                return "FAC"  # "the Dogger Reach wind farm", "the Hinkley power station"
            if word in _SAYS:  # "Quillon said on Friday that its ...", "Harland said he ..."
                pronoun = _NEXT_PRONOUN.match(text, after.end(1))
                if pronoun:
                    return "ORG" if pronoun.group(1) == "its" else "PERSON"
    if prev == "the":
        return "ORG"
    return None


def _add(out: list[_Mention], start: int, end: int, text: str, label: str, strength: int,
         words: tuple[str, ...], key: str | None = None, place_context: bool = False) -> None:
    out.append(_Mention(start, end, text[start:end], label, strength, words, False, key,
                        place_context))  # positional: this runs for most mentions


def _pattern_mentions(text: str, out: list[_Mention]) -> None:
    """Entities that are not capitalised sequences: "the second world war", "AB 1127"."""
    found: list[_Mention] = []
    for regex, label, hint in ((_WORLD_WAR, "EVENT", "orld "), (_BILL, "LAW", "B ")):
        if hint in text:
            for m in regex.finditer(text):
                _add(found, m.start(), m.end(), text, label, STRONG, tuple(m.group().split()))
    if found:  # these win over whatever the capitals pass made of the same words
        starts = sorted(m.start for m in found)
        ends = {m.start: m.end for m in found}
        out[:] = [x for x in out if not _overlaps_any(x, starts, ends)]
        out.extend(found)


def _overlaps_any(m: _Mention, starts: list[int], ends: dict[int, int]) -> bool:
    i = bisect_right(starts, m.end - 1)  # the last pattern starting before m ends
    return bool(i) and ends[starts[i - 1]] > m.start


# --- pass 3: document-level consistency ----------------------------------------------------


def resolve(text: str, mentions: list[_Mention], lex: Lexicon) -> list[_Mention]:
    """Share labels and group keys across one text; returns the final mentions in order."""
    mentions.sort(key=lambda m: (m.start, -m.end))
    _neighbour_labels(text, [m for m in mentions if m.label is not None])
    known: dict[str, tuple[str, str, int]] = {}  # surface -> (key, label, strength)
    # alias -> {group key: (label, positions of the full names, ascending)}
    aliases: dict[str, dict[str, tuple[str, list[int]]]] = {}
    for m in mentions:
        if m.label is None or m.strength < GAZETTEER:
            continue
        key = m.key or _canonical(m.text, m.label)
        m.key = key
        if m.text not in known or known[m.text][2] < m.strength:
            known[m.text] = (key, m.label, m.strength)
        if len(m.words) < 2:
            continue  # a one-word name has no aliases and defines no acronym
        for alias in _aliases(m, lex):
            aliases.setdefault(alias, {}).setdefault(key, (m.label, []))[1].append(m.start)
        defined = _ACRONYM_DEFINED.match(text, m.end) if text[m.end:m.end + 1] in (
            " ", "\t", "(") else None
        if defined:  # "(WHO)" right after its name: from the start on
            aliases.setdefault(defined.group(1), {}).setdefault(key, (m.label, []))[1].insert(
                0, -1)
    result: list[_Mention] = []
    upper_known: dict[str, tuple[str, str, int]] | None = None
    known_starts: set[str] | None = None
    for m in mentions:
        if m.caps:
            if upper_known is None:  # built only for texts with capitals lines
                upper_known = {k.upper(): v for k, v in known.items() if v[2] >= GAZETTEER}
                for alias, by_key in aliases.items():
                    if len(alias) > 2 and alias.upper() not in upper_known:
                        key, (label, _) = next(iter(by_key.items()))
                        upper_known[alias.upper()] = (key, label, GAZETTEER)
            if known_starts is None:  # first words of the known names, once per text
                known_starts = {k.split(" ", 1)[0] for k in upper_known}
            result.extend(_match_caps(text, m, upper_known, known_starts, lex))
            continue
        alias = _pick_alias(aliases.get(m.text), m.start)
        full = known.get(m.text)
        if alias and (m.strength < GAZETTEER or m.strength == GAZETTEER and alias[1] == "PERSON"
                      and not m.place_context):
            m.key, m.label = alias[0], alias[1]
        elif full and m.strength < full[2]:
            m.key, m.label = full[0], full[1]
        elif m.strength == WEAK:
            continue
        elif alias and alias[1] == m.label:  # a surname or short name keeps its full name's key
            m.key = alias[0]
        if m.key is None:
            m.key = _canonical(m.text, m.label or "")
        result.append(m)
    # keys that differ only in case are one entity ("REUTERS", "Reuters"): prefer mixed case
    by_fold: dict[str, str] = {}
    for m in result:
        fold = m.key.casefold()
        if fold not in by_fold or (by_fold[fold].isupper() and not m.key.isupper()):
            by_fold[fold] = m.key
    for m in result:
        m.key = by_fold[m.key.casefold()]
    # one label per group, by weighted vote: a name's strong evidence outweighs any number of
    # guesses; among cue words ("in X", "at X", "shares in X") the majority wins
    votes: dict[str, dict[str, int]] = {}
    for m in result:
        tally = votes.setdefault(m.key, {})
        tally[m.label] = tally.get(m.label, 0) + _VOTE[m.strength] + len(m.words) - 1
    winners = {key: max(tally, key=tally.__getitem__) for key, tally in votes.items()}
    for m in result:
        m.label = winners[m.key]
    return _drop_overlaps(result)


def _neighbour_labels(text: str, mentions: list[_Mention]) -> None:
    """Coordinated names share a kind ("Rushr and FeedFleet"); so do the two sides of a
    score line ("Fife Rovers 2-1 Clyde Harbour": both are teams)."""
    for i, m in enumerate(mentions):
        for j in (i - 1, i + 1):
            if not 0 <= j < len(mentions):
                continue
            n = mentions[j]
            if (m.start - n.end if j < i else n.start - m.end) > 12:
                continue  # too far apart to be read together
            between = text[n.end:m.start] if j < i else text[m.end:n.start]
            if m.strength == DEFAULT and n.strength >= GAZETTEER and not m.text.isupper() \
                    and _COORDINATION.match(between):
                m.label = n.label
                break
            if n.label == "ORG" and m.label != "ORG" and _SCORE_BETWEEN.fullmatch(between):
                m.label, m.strength = "ORG", STRONG + 1
                break


@lru_cache(maxsize=4096)
def _canonical(text: str, label: str) -> str:
    return entity_groups.canonical(text, label)


def _aliases(m: _Mention, lex: Lexicon) -> list[str]:
    words = [w for w in m.words if w != "&"]
    if len(words) < 2:
        return []
    found: list[str] = []
    if m.label == "PERSON":
        found.append(words[-1])
        if words[0] not in TITLES:
            found.append(words[0])
    elif m.label == "ORG":
        if words[-1] in LEGAL_FORMS:
            found.append(" ".join(words[:-1]))
        if len(words) == 2 and len(m.text.split()) == 2:
            found.append(words[-1])
        first = words[0]
        if first not in lex.gazetteer and first.lower() not in lex.common \
                and first not in lex.first_names and not first.isupper():
            found.append(first)
    if m.label in ("ORG", "GPE", "LOC", "EVENT", "LAW", "FAC"):
        initials = "".join(w[0] for w in words if w[0].isupper() and w not in ("The",))
        if len(initials) >= 2:
            found.append(initials)
    return found


def _pick_alias(by_key: dict[str, tuple[str, list[int]]] | None, pos: int
                ) -> tuple[str, str] | None:
    """The full name an alias stands for: the only one, else the nearest before ``pos``."""
    if not by_key:
        return None
    if len(by_key) == 1:
        key, (label, _) = next(iter(by_key.items()))
        return key, label
    best: tuple[int, str, str] | None = None
    for key, (label, positions) in by_key.items():
        i = bisect_right(positions, pos)
        if i and (best is None or positions[i - 1] > best[0]):
            best = (positions[i - 1], key, label)
    if best is None:  # every full name comes later: the first of them
        key, (label, _) = min(by_key.items(), key=lambda item: item[1][1][0])
        return key, label
    return best[1], best[2]


def _match_caps(text: str, m: _Mention, upper_known: dict[str, tuple[str, str, int]],
                known_starts: set[str],
                lex: Lexicon) -> list[_Mention]:
    """Greedy longest match of a capitals/title-case chunk against known names and gazetteers."""
    toks = [(t.start() + m.start, t.end() + m.start, t.group()) for t in _TOKEN.finditer(m.text)]
    gazetteer_starts = _caps_first_words(lex)
    found: list[_Mention] = []
    i = 0
    while i < len(toks):
        first = toks[i][2].upper().rstrip(_TRAILING_PUNCT)
        if first not in gazetteer_starts and first not in known_starts:
            i += 1  # no known name starts with this word: skip the window lookups
            continue
        for j in range(min(len(toks), i + 6), i, -1):
            s, e = toks[i][0], toks[j - 1][1]
            surface = text[s:e].rstrip(_TRAILING_PUNCT)  # "PUTIN, KIM SIGN PACT"
            if not surface or not surface[0].isupper():
                continue
            e = s + len(surface)
            key_label = _lookup_caps(surface, upper_known, lex)
            if key_label is None and surface.endswith("."):
                surface, e = surface[:-1], e - 1  # a sentence end, unless "U.S." is known
                key_label = _lookup_caps(surface, upper_known, lex) if surface else None
            if key_label:
                found.append(_Mention(s, e, surface, key_label[1], GAZETTEER,
                                      tuple(surface.split()), key=key_label[0]))
                i = j
                break
        else:
            i += 1
    words = m.text.split()
    if not found and 2 <= len(words) <= 3 and m.text.isupper() \
            and words[0].capitalize() in lex.first_names and all(w.isalpha() for w in words):
        # a name alone in capitals ("By JANE DOE", a byline): a person
        name = " ".join(w.capitalize() for w in words)
        found.append(_Mention(m.start, m.end, m.text, "PERSON", GAZETTEER, tuple(words), key=name))
    return found


_TRAILING_PUNCT = ",;:!?’'\"”»)"


@lru_cache(maxsize=1)
def _caps_first_words(lex: Lexicon) -> frozenset[str]:
    """First words of every gazetteer name, in capitals (for skipping in capitals lines)."""
    return frozenset(name.split(" ", 1)[0] for name in lex.upper)


def _lookup_caps(surface: str, upper_known: dict[str, tuple[str, str, int]], lex: Lexicon
                 ) -> tuple[str, str] | None:
    up = surface.upper()
    if up in upper_known:
        return upper_known[up][0], upper_known[up][1]
    name = lex.upper.get(up)
    if name and (surface == name or surface.isupper()):
        label = lex.gazetteer[name]
        if not (label == "GPE" and len(name) <= 3 and surface != name):
            return entity_groups.canonical(name, label), label
    if surface in lex.gazetteer:
        return entity_groups.canonical(surface, lex.gazetteer[surface]), lex.gazetteer[surface]
    return None


def _drop_overlaps(mentions: list[_Mention]) -> list[_Mention]:
    mentions.sort(key=lambda m: (m.start, -m.end))
    kept: list[_Mention] = []
    for m in mentions:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept
