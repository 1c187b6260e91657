"""Who said each quote: the name as written nearest the quote, or None.

Works on a *masked* copy of the text in which every quote is blanked out (same length, so
offsets agree), so names and cue verbs inside quotes never count. For each quote, in order:

1. a pull-quote dash (“…” — Jane Smith), or a cue right after it (“…,” Lind said / said Lind /
   Lind, 64, told / he said / according to X / said the spokesman, X);
2. the nearest cue before it in its sentence (Lind said: “…” / Lind accused X of ‘…’ / X: “…”);
3. any later cue in its sentence (“a”, “b” and “c”, X was quoted as saying);
4. no cue: a quote standing as its own sentence continues the previous quote's speaker (same or
   preceding paragraph, even an unnamed one) or is given to the person weighed most likely
   (below); an embedded
   one (scare quote, word mention, title) and a quote-only headline line get None.

A cue's subject is found by walking back over auxiliaries, adverbs, time phrases and asides
("Okafor, who has five goals, said"; "X, a fellow at Y in Munich, Germany, and co-author,
said"), taking an appositive name ("The group's counsel, Brian Whitlock, said") or reading the
inverted order ("said Lars Nygaard"). Pronouns and descriptions ("he said", "the 54-year-old
told", "the Colombian said") weigh evidence over the people named before the quote rather than
take the nearest capitalised name (the entity layer calls some places and titles PERSON): a name
that already spoke or is written as a person (known first name, honorific, title, apposition,
subject of a cue verb) scores up; a mention after "in"/"from"/"at"/"the" (a place or thing),
after "by"/"of"/"to", as a verb's object or in apposition to one ("to his rival, X") scores
down; every plausible subject nearer the quote costs a further person 2 points; a clashing
gender (honorific, first-name list, else the he/she that follows) or stated age rules one out.
"the minister said" means the person written with that role (a subject first), else the
person the story is about; "the bank"/"the club"/"the ministry" the last organisation whose
name holds that noun or a word of its kind (Bank, Banco; FC, United; Ministry), else, for
generic ones ("the company", "the team"), the name that spoke in a statement or the nearest
organisation in subject position. Unnamed sources ("a Western diplomat", "critics",
passives, "the woman said" with no woman named) and glossed terms («fado vadio», vagrant
fado) give None. Entity spans from the entity layer give name boundaries and person/organisation
types when present; otherwise capitalised-word runs with word lists stand in. Work is bounded for hostile text: cues
are looked for in windows around quotes and at most ``MAX_ATTRIBUTED`` quotes are attributed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from tui.model import Span

from .quote_marks import is_soft_wrapped
from .quote_names import first_name_genders
from .quote_words import (
    ABBREVIATIONS,
    AUX_WORDS,
    COMPANY_ROLES,
    CORPORATE_NOUNS,
    CORPORATE_SUFFIXES,
    CUE_VERBS,
    FUNCTION_WORDS,
    INDEFINITE_STARTS,
    LOWER_TITLES,
    NATIONALITIES,
    NOT_AGENT_NOUNS,
    ORG_NOUN_KINDS,
    ORG_NOUNS,
    ORG_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    ROLE_NOUNS,
    SHORT_VERBS,
    TITLE_WORDS,
)

MASK = "\ue000"  # stands for every character of a quote in the masked text


def _upper_class() -> str:
    chars = [chr(c) for c in range(0x41, 0x530) if chr(c).isupper()]
    chars += [chr(c) for c in range(0x1E00, 0x1F00) if chr(c).isupper()]
    return "".join(re.escape(c) for c in chars)


_UP = _upper_class()
# One capitalised word of a name; a possessive 's is left outside ("Lind's" -> "Lind").
_TOKEN = (
    rf"(?:(?:[{_UP}]\.)+|[{_UP}](?:[\w\-]|['\u2019](?![sS]\b)(?=\w))*"
    # a plural possessive inside a name: "European Cyclists' Federation", "Workers' Party"
    rf"(?:(?<=s)['\u2019](?=[^\S\n]+[{_UP}]))?)"
)
_CONNECTOR = r"(?:de|del|della|da|das|do|dos|di|du|des|van|von|der|den|ter|la|le|bin|ibn|al|el|of|&)"
_RUN = re.compile(rf"{_TOKEN}(?:[^\S\n]+(?:{_CONNECTOR}[^\S\n]+)*{_TOKEN})*")
_TOKEN_RE = re.compile(_TOKEN)

_PHRASE_CUES = {
    r"[Aa]ccording to": "according",
    r"(?:was|were|is|being) quoted as saying": "verb",
    r"(?:[Ii]n|[Bb]y) (?:his|her|their|its) (?:own )?(?:words|account|accounting|telling|view)":
    "possessive",
    r"heaped praises? on": "verb",
    r"pointed out": "verb",
    r"went on": "verb",
}


def _trie_pattern(words: frozenset[str] | set[str]) -> str:
    """A regex alternation factored by common prefixes (much faster than a flat one)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


_CUE = re.compile(
    r"\b(?:(?P<phrase>" + "|".join(_PHRASE_CUES) + r")|(?P<verb>"
    + _trie_pattern(CUE_VERBS) + r"))\b"
)
_POSSESSIVE_WORD = re.compile(r"\b(his|her|their|its)\b")

_SENTENCE_END = re.compile(
    rf"[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*[^\S\n]+(?=[{_UP}\d{MASK}\"\u201c\u2018'\u00ab(\[])"
)
_WORD_BEFORE = re.compile(r"([\w\-]+)[^\w\-]*$")
_TIME_TAIL = re.compile(
    r"(?:\b(?:on|last|this|late|early|earlier|later)\s+)?\b(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|yesterday|today|tonight|week|month|year|night|morning|afternoon|"
    r"evening)(?:\s+(?:night|morning|afternoon|evening))?\s*$"
)
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ENGLISH_WORD = re.compile(r"\b(?:the|and|of|to|is|that|was|with|for|said|says|he|she)\b")
_NON_SPACE = re.compile(r"\S")
_ROLE_PREFIX = re.compile(
    r"(?:[a-z][\w\-]*[^\S\n]+){0,3}?(?:"
    + "|".join(sorted(ROLE_NOUNS | LOWER_TITLES, key=len, reverse=True))
    + rf")[^\S\n]+(?=[{_UP}])"
)
_GENDERED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_HONORIFIC_GENDER = {"Mr": "m", "Sir": "m", "Lord": "m", "Mrs": "f", "Ms": "f", "Miss": "f",
                     "Dame": "f", "Lady": "f"}
_MENTION_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]|[Aa]n) (?:word|term|phrase|slogan|hashtag|label|nickname|headline)s?|"
    r"\b(?:[Tt]he|[Aa]|[Aa]n|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur) (?:[\w\-]+ )?(?:title|book|novel|film|movie|song|"
    r"album|show|series|play|poem|exhibition|motto|banner|sign|caption|podcast|episode|"
    r"newsletter|blog|column|documentary|magazine|programme|program|tagline|campaign)s?"
    r"|\bso-called|\bdubbed|\bnicknamed|\bentitled|\btitled)"
    r"[^\S\n]*[,:]?[^\S\n]*$"
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being|be|get|gets|got)(?:[^\S\n]+\w+ly)?[^\S\n]+$")
_TITLE_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:campaign|slogan|song|album|film|movie|series|show|podcast|book|novel|"
    r"programme|program|initiative|hashtag|tagline|brand|treaty|option|label|app|game)s?\b"
)
_OBJECT_PREPOSITIONS = frozenset({"of", "to", "with", "against", "about"})
_APPOSITION_HEAD = re.compile(
    r",[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w\-]+[^\S\n]+){0,3}?([a-z\-]+),")
# "his main rival, ", "the race leader, ": a description a name is in apposition to
_APPOSED_HEAD = re.compile(
    r"\b(?:the|his|her|their|its|a|an)(?:[^\S\n]+[a-z][\w\-]*){1,3},[^\S\n]+$")
# ", the mountain wind,", ", meaning 'sea'.": a gloss after a quoted term
_GLOSS_AFTER = re.compile(
    r",[^\S\n]+(?:a|an|the|meaning|literally|roughly|or|which means)[^\S\n]+"
    r"(?:[a-z][\w\-']*[^\S\n]*){1,5}(?=[,.;:)])")
_AGE_APPOSITION = re.compile(r",[^\S\n]*(\d{1,3}),")
_AGE_PREFIX = re.compile(r"\b(\d{1,3})-year-old[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){0,2}$")
_ANY_ROLE = "*"
# Roles that cover many others: "the scientist" may be the geologist written earlier.
_BROAD_ROLES = frozenset({"scientist", "researcher", "expert", "academic", "veteran", "star",
                          "leader", "official", "executive", "boss", "politician", "champion",
                          "winner", "player", "artist", "writer", "author"})
_ROLE_WORD = re.compile(r"\b(?:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
                        + r"|[a-z]{3,}ist)\b", re.IGNORECASE)
# Roles usually left unnamed: "the spokesperson said" with no spokesperson named is no one.
# ("the woman said" is the story's woman, unless "one woman" or "a woman" came before.)
_UNNAMED_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "source", "official",
                            "officer", "aide", "insider"})
# Before a place ("in Marsa Alam", "from Leeds"): such a mention is no speaker.
_PLACE_PREPOSITIONS = frozenset({"in", "from", "at", "near", "off", "outside", "into", "via",
                                 "around", "across", "through", "towards", "toward", "above",
                                 "below", "beyond", "inside", "opposite", "on", "onto", "upon",
                                 "within", "throughout", "em", "de", "du"})
_STATEMENT_AFTER = re.compile(
    r"[^\S\n]+(?:said|says|added)[^\S\n]+in[^\S\n]+(?:a|its|their)[^\S\n]+"
    r"(?:[a-z]+[^\S\n]+)?(?:statement|release|post|filing)")
# "the company", "the team": nouns that may mean any organisation the story is about.
_GENERIC_ORG_NOUNS = CORPORATE_NOUNS | {"team", "side", "club", "band", "orchestra",
                                        "organisation", "organization", "charity", "group"}
# Words naming an organisation that "the company" cannot mean.
_OTHER_ORG_KINDS = frozenset().union(*(
    words for noun, words in ORG_NOUN_KINDS.items()
    if noun not in ("company", "firm", "team", "side", "club"))) - {
    "Group", "Holdings", "Inc", "Ltd", "Corp", "Corporation", "Company"}
# Lowercase words after which a name is still a subject ("when Brandt arrived", "and Vik").
_SUBJECT_INTRODUCERS = AUX_WORDS | CUE_VERBS | {
    "and", "or", "but", "nor", "so", "yet", "then", "when", "while", "as", "after", "before",
    "because", "since", "until", "if", "although", "though", "that", "where", "whom", "who",
    "once", "unless", "whether", "named", "called", "says", "said", "added", "told", "than"}
# Before someone mentioned in passing ("reviewed by Omar Haddad", "took over from Grant").
_PASSING_PREPOSITIONS = _OBJECT_PREPOSITIONS | {"by", "for", "under", "like", "than", "over",
                                               "including", "unlike", "besides"}
_NOT_BEFORE_A_PERSON = (PREPOSITIONS - {"to", "with", "for", "by", "about", "against"}) | {
    "a", "an", "the", "its", "their", "our"}
# Role words written capitalised before a name at a sentence start ("Developer Valve").
_LEADING_ROLES = ROLE_NOUNS | COMPANY_ROLES
_DASH_AFTER = re.compile(r"[^\S\n]*[\u2014\u2013][^\S\n]*")
_APPOSITIVE_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "a", "an"})
_CONTRACTION = re.compile(r"['\u2019](?:d|ll|s|ve)$")
_WINDOW = 600  # characters around a quote searched for its cue
_MAX_MENTIONS_BACK = 200  # people/organisations looked at when resolving a pronoun
# Quotes given a speaker per text; beyond this (no real article comes near) a hostile text
# gets None, so annotation time stays bounded.
MAX_ATTRIBUTED = 2000
_LIST_GOES_ON = re.compile(r",?[^\S\n]+(?:and[^\S\n]+|or[^\S\n]+)?[A-Z]|,[^\S\n]+[A-Z]")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*(?:\r?\n)?(?=[^\n])")
_LONE_NEWLINE = re.compile(r"(?<![\n\r])\n(?![^\S\n]*\n)")
_SPEAKER_LABELS = ("PERSON", "ORG", "GPE")


@lru_cache(maxsize=64)
def _kind_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A capitalised word of an organisation kind ("Bank", "United") as a whole word."""
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b")


@lru_cache(maxsize=4096)
def _name_shape(run: str) -> tuple[int, int, tuple[str, ...], bool, bool] | None:
    """How a capitalised run reads as a name, from its words alone (cached: names repeat):
    (offset and length of the name inside the run, its words, organisation?, had a title?),
    or None when it is no name ("The", "the President", "Western")."""
    tokens = [(t.group(), t.start(), t.end()) for t in _TOKEN_RE.finditer(run)]
    while tokens and tokens[0][0] not in TITLE_WORDS and (
            tokens[0][0] in FUNCTION_WORDS or tokens[0][0].rstrip(".") in ABBREVIATIONS):
        tokens.pop(0)
    while len(tokens) > 1 and tokens[0][0].lower() in _LEADING_ROLES and not any(
            t[0] in ORG_WORDS for t in tokens):
        tokens.pop(0)  # "Developer Valve", "Striker Okafor" (but "General Court")
    if not tokens:
        return None
    words = [t[0] for t in tokens]
    if len(words) == 1 and words[0] in NATIONALITIES:
        return None  # "the Russian", "Western": a description, not a name
    is_org = any(w in ORG_WORDS for w in words) or (
        len(words) == 1 and len(words[0]) > 1 and words[0].isupper())
    titled = False
    last_title = max((i for i, w in enumerate(words) if w in TITLE_WORDS), default=-1)
    if is_org and 0 <= last_title < len(words) - 1 and not any(
            w in ORG_WORDS for w in words[last_title + 1:]):
        # "Deputy Health Minister Joanna Wilk", "Bank of England Governor Andrew Bailey"
        is_org = False
    if not is_org:
        if 0 <= last_title < len(words) - 1:
            tokens = tokens[last_title + 1:]
            words = words[last_title + 1:]
            titled = True
        elif last_title == len(words) - 1:
            return None  # only a title ("the President")
    offset = tokens[0][1]
    return offset, tokens[-1][2] - offset, tuple(words), is_org, titled


def _looks_like_a_verb(word: str) -> bool:
    """`replaced`, `leaving`, `met`: a verb whose object may follow (not `official` or
    `defenseman`, which name a role before a name)."""
    return word.isalpha() and word.islower() and (
        (len(word) > 4 and word.endswith(("ed", "ing"))) or word in SHORT_VERBS)


def _is_agent_noun(word: str) -> bool:
    """`biologist`, `trader`, `campaigner`: a noun for a person by what they do (a
    description that refers back to someone), not `letter` or `report`."""
    return len(word) > 5 and word.isalpha() and word.islower() and word.endswith(
        ("ist", "er", "or")) and word not in NOT_AGENT_NOUNS


def _is_demonym(word: str) -> bool:
    """`Russian`, `Colombian`, `Dutchman`, `Swede`: a nationality word, not a name."""
    return word in NATIONALITIES or (word[:1].isupper() and word.endswith(
        ("ian", "ese", "ean", "man", "woman")) and word[1:].islower())


def _strip_titles(name: str, start: int) -> tuple[str, int]:
    """`NASA Administrator Jim Bridenstine` -> `Jim Bridenstine` (with its new start); a
    sentence-start word the entity layer took in goes too (`When Lena Brandt`)."""
    words = name.split(" ")
    if len(words) > 1 and words[0] in FUNCTION_WORDS and words[0] not in TITLE_WORDS:
        cut = len(words[0]) + 1
        return _strip_titles(name[cut:], start + cut)
    last_title = max((i for i, w in enumerate(words[:-1]) if w.rstrip(".") in TITLE_WORDS),
                     default=-1)
    if last_title < 0:
        return name, start
    cut = len(" ".join(words[:last_title + 1])) + 1
    return name[cut:], start + cut


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    name: str
    kind: str  # "person" | "org"
    gender: str  # "m" | "f" | ""
    key: str = ""  # the last word (surname): what names the same person

    def __post_init__(self) -> None:
        self.key = self.name.rsplit(None, 1)[-1] if self.name.strip() else self.name


@dataclass(slots=True)
class _Subject:
    kind: str  # "name" | "pronoun" | "unnamed" (a critic) | "none" | "inverted" | "nocue"
    name: str | None = None
    start: int = -1
    pronoun: str = ""


_NO_CUE = _Subject("nocue")


class _Attributor:
    def __init__(self, text: str, spans: list[tuple[int, int]],
                 entities: list[Span] | None) -> None:
        self.text = text
        self.spans = spans
        parts: list[str] = []
        last = 0
        for start, end in spans:
            parts.append(text[last:start])
            parts.append(MASK * (end - start))
            last = end
        parts.append(text[last:])
        self.m = "".join(parts)
        if is_soft_wrapped(text):
            # hard-wrapped paragraphs: a lone newline is a space (same length, same offsets)
            self.m = _LONE_NEWLINE.sub(" ", self.m)
        self.quote_starts = [s for s, _ in spans]
        self.genders = first_name_genders()
        self.entities = sorted(
            (e for e in entities or () if e.layer == "entity" and not self._in_quote(e.start)),
            key=lambda e: e.start,
        )
        self.entity_starts = [e.start for e in self.entities]
        # nothing beyond a window after the last quote can name its speaker
        self.scan_end = min(len(self.m), spans[-1][1] + _WINDOW)
        # cues are only looked for near quotes; names everywhere before the last one unless
        # the entity layer has named them
        windows = self._windows()
        if self.entities:
            self.runs = [(r.start(), r.end()) for a, b in windows
                         for r in _RUN.finditer(self.m, a, b)]
        else:
            self.runs = [(r.start(), r.end()) for r in _RUN.finditer(self.m, 0, self.scan_end)]
        self.run_by_end = {e: s for s, e in self.runs}
        self.run_by_start = {s: e for s, e in self.runs}
        self.clean_cache: dict[tuple[int, int, bool], tuple[str, int, str] | None] = {}
        self.cues = [cue for a, b in windows for cue in _CUE.finditer(self.m, a, b)]
        self.cue_starts = [cue.start() for cue in self.cues]
        self.mid_sentence_words = self._mid_sentence_words()
        self.surnames: set[str] = set()
        self.speaking_runs = self._speaking_runs()
        self.surnames = self._known_surnames()
        self.mentions = self._mentions()
        self.mention_ends = [mn.end for mn in self.mentions]
        self.sentence_cache: dict[int, list[int]] = {}
        self.speaker_keys: set[str] = set()  # surnames that have spoken a quote so far
        self.sure_people: dict[str, bool | None] = {}
        self.position_cache: dict[int, float] = {}  # mention start -> its position evidence
        self.people_by_key: dict[str, list[_Mention]] | None = None
        self.newlines: list[int] | None = None

    # ---- basics -------------------------------------------------------------------------

    def _windows(self) -> list[tuple[int, int]]:
        """Merged stretches of text within a window of some quote. (A regex started inside a
        stretch still sees the characters before it, so ``\\b`` holds at its start.)"""
        merged: list[tuple[int, int]] = []
        m = self.m
        for start, end in self.spans:
            a, b = max(0, start - _WINDOW), min(len(m), end + _WINDOW)
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        return merged

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]

    def _mid_sentence_words(self) -> set[str]:
        """Capitalised words seen after a lowercase word or comma: names, not sentence starts."""
        words: set[str] = set()
        m = self.m
        for start, end in self.runs:
            k = start - 1
            while k >= 0 and m[k] == " ":
                k -= 1
            if k >= 0 and (m[k].islower() or m[k] in ",;"):
                words.update(_TOKEN_RE.findall(m, start, end))
        return words

    def _entities_in(self, start: int, end: int) -> list[Span]:
        """Entities inside ``[start, end)``, and one ending inside it that starts a little
        before (the entity layer may join words our runs split: "Cyclists' Federation")."""
        i = bisect_left(self.entity_starts, start)
        found = []
        if i and start - 40 < self.entities[i - 1].start and start < self.entities[i - 1].end \
                <= end:
            found.append(self.entities[i - 1])
        while i < len(self.entities) and self.entities[i].start < end:
            if self.entities[i].end <= end:
                found.append(self.entities[i])
            i += 1
        return found

    def _gender(self, name: str) -> str:
        first = name.split()[0] if name else ""
        return self.genders.get(first, "")

    # ---- names --------------------------------------------------------------------------

    def _clean_run(
        self, start: int, end: int, as_subject: bool = False
    ) -> tuple[str, int, str] | None:
        key = (start, end, as_subject)
        if key not in self.clean_cache:
            self.clean_cache[key] = self._clean_run_uncached(start, end, as_subject)
        return self.clean_cache[key]

    def _clean_run_uncached(
        self, start: int, end: int, as_subject: bool
    ) -> tuple[str, int, str] | None:
        """(name as written, its start, kind) for a capitalised run, or None if not a name.

        kind: "person", "org" or "" (not known to be either). ``as_subject``: the run is the
        subject of a cue verb, so a lone capitalised word there is taken as a name unless it
        is a common plural like "Critics".
        """
        if self.entities:
            inside = [e for e in self._entities_in(start, end) if e.label in _SPEAKER_LABELS]
            if inside:
                # "Lars Nygaard of Skagerrak Bank", "Russian President Vladimir Putin"
                best = next((e for e in reversed(inside) if e.label == "PERSON"),
                            next((e for e in reversed(inside) if e.label == "ORG"), inside[-1]))
                kind = {"PERSON": "person", "ORG": "org"}.get(best.label or "", "place")
                name, name_start = self.text[best.start:best.end], best.start
                if _is_demonym(name) and self._word_before(name_start).lower() == "the":
                    return None  # "the Dutchman said": a description, however typed
                if kind in ("person", "org"):
                    stripped, stripped_start = _strip_titles(name, name_start)
                    if kind == "person" or stripped.split()[0] in self.genders:
                        # "NASA Administrator Jim Bridenstine", even when typed ORG
                        name, name_start, kind = stripped, stripped_start, "person"
                return name, name_start, kind
            if any(True for _ in self._entities_in(start, end)):
                return None  # a date, a nationality, a place the entity layer typed
        of = self.m.find(" of ", start, end)
        if of > 0:
            left = self._clean_run(start, of, as_subject)
            if left and left[2] == "person":
                return left  # "Lars Nygaard of Skagerrak Bank": the person
        shape = _name_shape(self.m[start:end])
        if shape is None:
            return None
        offset, length, words, is_org, titled = shape
        name_start, name_end = start + offset, start + offset + length
        if is_org:
            kind = "org"
        elif words[0] in self.genders or titled or self._after_role_noun(start) or (
                len(words) > 1 and (start, end) in self.speaking_runs):
            kind = "person"
        else:
            kind = ""
            known = words[0] in self.mid_sentence_words or self._is_known_surname(words[0]) \
                or _AGE_APPOSITION.match(self.m, end) is not None  # "Petrie, 54, left"
            if len(words) == 1 and self._apposition_is_org(end):
                kind, known = "org", True  # "Trenord, the regional operator, said"
            if len(words) == 1 and _is_demonym(words[0]) and \
                    self._word_before(start).lower() == "the":
                return None  # "the Dutchman said", "the Colombian": a description
            if len(words) == 1 and not known and (
                    not as_subject or words[0].lower() in INDEFINITE_STARTS):
                return None  # a capitalised common word at a sentence start ("Critics")
        return self.text[name_start:name_end], name_start, kind

    def _apposition_is_org(self, end: int) -> bool:
        """`Trenord, the regional operator,`: an apposition whose head is an organisation."""
        head = _APPOSITION_HEAD.match(self.m, end)
        return head is not None and head.group(1) in ORG_NOUNS

    def _after_role_noun(self, start: int) -> bool:
        """`envoy Claire Fontaine`, `aide Yuri Ushakov`: a role noun right before the name."""
        word = self._word_before(start, " ,.")
        return word in ROLE_NOUNS or word in TITLE_WORDS

    def _word_before(self, pos: int, gap: str = " ") -> str:
        """The word ending just before ``pos`` (over characters in ``gap``), or ""."""
        m = self.m
        k = pos
        while k > 0 and m[k - 1] in gap:
            k -= 1
        j = k
        while j > 0 and (m[j - 1].isalnum() or m[j - 1] == "-"):
            j -= 1
        return m[j:k]

    def _is_known_surname(self, word: str) -> bool:
        return word in self.surnames

    def _name_ending_at(self, pos: int, as_subject: bool = True) -> tuple[str, int, str] | None:
        run_start = self.run_by_end.get(pos)
        if run_start is None:
            return None
        return self._clean_run(run_start, pos, as_subject)

    def _name_starting_at(self, pos: int) -> tuple[str, int, str] | None:
        run_end = self.run_by_start.get(pos)
        if run_end is None:
            return None
        return self._clean_run(pos, run_end, as_subject=True)

    def _mentions(self) -> list[_Mention]:
        """People and organisations named outside quotes, in text order."""
        found: list[_Mention] = []
        if self.entities:
            for e in self.entities:
                if e.label == "PERSON":
                    name, name_start = _strip_titles(e.text, e.start)
                    if " " not in name and self._word_before(name_start).lower() in \
                            _NOT_BEFORE_A_PERSON:
                        continue  # "in Indiana", "a Tumblr post", "the AMAs": not a person
                    found.append(_Mention(name_start, e.end, name, "person", ""))
                elif e.label == "ORG":
                    kind = "person" if self._org_entity_is_person(e) else "org"
                    found.append(_Mention(e.start, e.end, e.text, kind, ""))
        else:
            for start, end in self.runs:
                cleaned = self._clean_run(start, end)
                if cleaned is None:
                    continue
                name, name_start, kind = cleaned
                if kind != "org" and self.m[max(0, start - 4):start] in ("the ", "The "):
                    continue  # "the Palais des Nations", "the Victoria Mills": not people
                if " " not in name and kind == "person" and name not in self.surnames:
                    kind = self._lone_first_name_kind(name_start, name_start + len(name))
                elif kind == "" and (name in self.surnames or self._followed_by_apposition(end)):
                    kind = "person"
                if kind:
                    found.append(_Mention(name_start, name_start + len(name), name, kind, ""))
        self._assign_genders(found)
        return found

    def _org_entity_is_person(self, e: Span) -> bool:
        """`Kaito Mori, a Japanese climber,` typed ORG: a known first name, no organisation
        word, and an apposition that is not an organisation's ("Morgan Stanley, a bank")."""
        words = e.text.split()
        if len(words) < 2 or not self._gender(e.text) or any(w in ORG_WORDS for w in words):
            return False
        head = _APPOSITION_HEAD.match(self.m, e.end)
        return head is not None and head.group(1) not in ORG_NOUNS and \
            head.group(1) not in COMPANY_ROLES

    def _assign_genders(self, found: list[_Mention]) -> None:
        """A person's gender: an honorific (Mr, Ms); else the usual gender of the first name;
        else the he/she that most often follows the name before another person is named.
        A surname shares its full name's gender."""
        people = [mn for mn in found if mn.kind == "person"]
        honorifics: dict[str, str] = {}
        from_first_name: dict[str, str] = {}
        votes: dict[str, int] = {}  # surname -> count of "he" minus count of "she"
        for i, mn in enumerate(people):
            surname = mn.key
            honorific = _HONORIFIC_GENDER.get(self._word_before(mn.start, " ."))
            if honorific:
                honorifics.setdefault(surname, honorific)
            if " " in mn.name:
                first = self._gender(mn.name)
                if first:
                    from_first_name.setdefault(surname, first)
            stop = people[i + 1].start if i + 1 < len(people) else len(self.m)
            pronoun = _GENDERED_PRONOUN.search(self.m, mn.end, min(stop, mn.end + 400))
            if pronoun:
                votes[surname] = votes.get(surname, 0) + (
                    1 if pronoun.group().lower() == "he" else -1)
        full_surnames = {mn.key for mn in people if " " in mn.name}
        for mn in people:
            if " " not in mn.name and mn.name not in full_surnames:
                # a lone name never written in full ("Daria"): its first-name gender
                first = self._gender(mn.name)
                if first:
                    from_first_name.setdefault(mn.name, first)
        for mn in people:
            surname = mn.key
            vote = votes.get(surname, 0)
            mn.gender = honorifics.get(surname) or from_first_name.get(surname) or (
                ("m" if vote > 0 else "f") if vote else "")

    def _lone_first_name_kind(self, start: int, end: int) -> str:
        """`Daria said` is a person; `in Paris`, `French critics` are not."""
        if self._word_before(start).lower() in PREPOSITIONS:
            return ""
        if self.m[start:end] in NATIONALITIES:
            return ""
        return "person"

    def _speaking_runs(self) -> set[tuple[int, int]]:
        """Capitalised runs right before or after a cue verb (`Owain Lloyd said`, `said X`)."""
        found: set[tuple[int, int]] = set()
        for cue in self.cues:
            if cue.group("verb") is None:
                continue
            end = self._skip_back(max(0, cue.start() - 40), cue.start())
            if end not in self.run_by_end and self.m[end - 1:end] == "," and \
                    end - 1 in self.run_by_end:
                # "The mayor of Goma, Jean-Baptiste Kabila, said" (but not the title-and-
                # company aside of "Rob Goldman, President Ascom North America, says")
                shape = _name_shape(self.m[self.run_by_end[end - 1]:end - 1])
                if shape is not None and shape[0] == 0 and not shape[3] and not shape[4]:
                    end -= 1
            if end in self.run_by_end:
                found.add((self.run_by_end[end], end))
            start = cue.end() + 1
            if start in self.run_by_start:
                found.add((start, self.run_by_start[start]))
        return found

    def _known_surnames(self) -> set[str]:
        """Last words of full names that are clearly people (a first name or a title first)."""
        if self.entities:
            return {e.text.split()[-1] for e in self.entities
                    if e.label == "PERSON" and " " in e.text}
        surnames: set[str] = set()
        m = self.m
        for start, end in self.runs:
            if m.find(" ", start, end) < 0:
                continue  # one word: its kind may depend on the surnames found here
            cleaned = self._clean_run(start, end)
            if cleaned and cleaned[2] == "person" and " " in cleaned[0]:
                surnames.add(cleaned[0].split()[-1])
        return surnames

    def _followed_by_apposition(self, end: int) -> bool:
        """`Hrytsenko, a former schoolteacher`, `Daria, 34,` `Okafor, who`: a person."""
        return re.match(r",\s+(?:a|an|who|\d+,)\s", self.m[end:end + 8]) is not None

    # ---- sentences ----------------------------------------------------------------------

    def _paragraph(self, pos: int) -> tuple[int, int]:
        start = self.m.rfind("\n", 0, pos) + 1
        end = self.m.find("\n", pos)
        return start, len(self.m) if end < 0 else end

    def _sentence(self, pos: int) -> tuple[int, int]:
        para_start, para_end = self._paragraph(pos)
        bounds = self.sentence_cache.get(para_start)
        if bounds is None:
            bounds = self._sentence_starts(para_start, para_end)
            self.sentence_cache[para_start] = bounds
        i = bisect_right(bounds, pos) - 1
        start = bounds[i]
        end = bounds[i + 1] if i + 1 < len(bounds) else para_end
        return start, end

    def _sentence_starts(self, para_start: int, para_end: int) -> list[int]:
        m = self.m
        starts = [para_start]
        for match in _SENTENCE_END.finditer(m, para_start, para_end):
            dot = match.start()
            if m[dot] == ".":
                word = _WORD_BEFORE.search(m, max(para_start, dot - 20), dot + 1)
                if word and (word.group(1) in ABBREVIATIONS or len(word.group(1)) == 1):
                    continue
            starts.append(match.end())
        # a quote ending in . ? ! before a capital starts a new sentence after it
        first = bisect_left(self.quote_starts, para_start)
        last = bisect_right(self.quote_starts, para_end)
        for qs, qe in self.spans[first:last]:
            if qe > para_end:
                continue
            inner = self.text[qs:qe].rstrip("\"'\u201d\u2019\u00bb\u201c\u2018 ")
            if inner and inner[-1] in ".!?\u2026":
                k = qe
                while k < para_end and m[k] == " ":
                    k += 1
                if k < para_end and k > qe and (m[k].isupper() or m[k] == MASK):
                    starts.append(k)
        return sorted(set(starts))

    # ---- subjects of cues ---------------------------------------------------------------

    def _skip_back(self, limit: int, pos: int) -> int:
        """Move back over spaces, auxiliaries, adverbs and time phrases before a cue."""
        m = self.m
        for _ in range(8):
            while pos > limit and m[pos - 1].isspace():
                pos -= 1
            word_start = pos
            while word_start > limit and (m[word_start - 1].isalpha()):
                word_start -= 1
            word = m[word_start:pos]
            if word and word.islower() and (word in AUX_WORDS or (
                    word.endswith("ly") and len(word) > 4 and word not in ("only",))):
                pos = word_start
                continue
            tail = _TIME_TAIL.search(m, max(limit, pos - 30), pos)
            if tail and tail.start() > limit and tail.end() == pos:
                pos = tail.start()
                continue
            break
        return pos

    def _subject_before(self, limit: int, pos: int) -> _Subject:
        """The speaker of a cue verb at ``pos``: the name, pronoun or description before it."""
        m = self.m
        if _PASSIVE_BEFORE.search(m, max(limit, pos - 30), pos):
            return _Subject("unnamed")  # "X was accused of", "it was described as": not X
        for _ in range(6):
            pos = self._skip_back(limit, pos)
            if pos <= limit or m[pos - 1] == MASK:
                return _Subject("inverted")
            char = m[pos - 1]
            if char == ",":
                comma = m.rfind(",", limit, pos - 1)
                seg_start = comma + 1 if comma >= 0 else limit
                named = self._segment_name(seg_start, pos - 1)
                if named and named[2] != "place" and not self._after_place(comma):
                    # "The group's counsel, Brian Whitlock, said" names the speaker, but in
                    # "Prince Andrew, the brother of the heir, Charles, has told" the first
                    # name does
                    if comma >= 0 and named[2] != "person":
                        # "Rob Goldman, President Ascom North America, says": the person
                        first_comma = m.rfind(",", limit, comma)
                        person = self._segment_name(
                            first_comma + 1 if first_comma >= 0 else limit, comma)
                        if person and person[2] == "person":
                            return _Subject("name", person[0], person[1])
                    desc_comma = m.rfind(",", limit, comma) if comma >= 0 else -1
                    if desc_comma >= 0:
                        description = m[desc_comma + 1:comma].split()
                        first_comma = m.rfind(",", limit, desc_comma)
                        first = self._segment_name(
                            first_comma + 1 if first_comma >= 0 else limit, desc_comma)
                        if first and description and description[0].lower() in (
                                "the", "a", "an"):
                            return _Subject("name", first[0], first[1])
                    return _Subject("name", named[0], named[1])
                # an aside: skip it ("Okafor, who has five goals, said"); at the start of the
                # region the words before the comma may end with the name
                if comma < 0:
                    words = m[limit:pos - 1].split()
                    if len(words) > 6 or any(w in AUX_WORDS for w in words):
                        return _Subject("none")  # a clause, not "study author Lucas Paganini"
                pos = comma if comma >= 0 else pos - 1
                continue
            word_start = pos
            while word_start > limit and (m[word_start - 1].isalnum() or m[word_start - 1] in
                                          "-'\u2019."):
                word_start -= 1
            word = m[word_start:pos]
            lower = _CONTRACTION.sub("", word.lower())  # "he'd respond", "she'll say"
            if lower in PRONOUNS and (word.islower() or word_start == limit or
                                      word in ("He", "She", "They", "It", "I", "We")):
                return _Subject("pronoun", start=word_start, pronoun=lower)
            if lower in RELATIVES:
                pos = word_start
                while pos > limit and m[pos - 1] in " ,":
                    pos -= 1
                antecedent = self._name_ending_at(pos)
                if antecedent:
                    return _Subject("name", antecedent[0], antecedent[1])
                return _Subject("none")
            named = self._name_ending_at(pos)
            if named and m[named[1] - 2:named[1]] == ", " and (
                    named[2] == "place" or self._after_place(named[1] - 2)):
                pos = named[1] - 1  # "in Munich, Germany, and co-author": still the aside
                continue
            if named:
                run_start = named[1]
                before = self._word_before(run_start)
                if before.lower() == "the":
                    before = self._word_before(run_start - 4)
                if before in PREPOSITIONS and before not in ("of", "by"):
                    # "Officials in Tokyo said", "a spokesman for Acme said": the head speaks
                    head_end = self.m.rfind(before, limit, run_start)
                    head = self._description(limit, head_end, head_end)
                    if head.kind != "none":
                        return head
                    aside = m.rfind(",", limit, run_start)
                    if aside >= 0:
                        # "X, a scientist at Y in Washington, D.C., said": still the aside
                        pos = aside + 1
                        continue
                return _Subject("name", named[0], named[1])
            if lower in ("and", "but", "or", "then"):
                return self._clause_subject(limit, word_start)
            if pos in self.run_by_end:  # a capitalised non-name ("The Russian", "Western")
                return self._description(limit, self.run_by_end[pos], pos)
            return self._description(limit, word_start, pos)
        return _Subject("none")

    def _segment_name(self, start: int, end: int) -> tuple[str, int, str] | None:
        """The name filling ``m[start:end]`` (spaces aside), or None."""
        seg = self.m[start:end]
        stripped = seg.strip()
        if not stripped:
            return None
        name_start = start + len(seg) - len(seg.lstrip())
        if self.run_by_start.get(name_start) != name_start + len(stripped):
            return None
        return self._clean_run(name_start, name_start + len(stripped))

    def _after_place(self, comma: int) -> bool:
        """`in Munich, Germany,`: the segment before the comma ends with a place."""
        if comma < 0:
            return False
        end = comma
        while end > 0 and self.m[end - 1] == " ":
            end -= 1
        start = self.run_by_end.get(end)
        return start is not None and self._word_before(start) in ("in", "at", "from", "near")

    def _description(self, limit: int, head_start: int, head_end: int) -> _Subject:
        """`the court said` -> the organisation; `the Russian added` -> the last person."""
        words = self.m[max(limit, head_end - 60):head_end].split()
        if not words:
            return _Subject("none")
        if len(words) > 1 and words[-2].endswith("-") and words[-1].islower():
            words[-2:] = [words[-2] + words[-1]]  # "the 54-year-\nold" wrapped at its hyphen
        head = words[-1].strip(",;:")
        head_word = head.lower()
        determiner = next((w.lower() for w in reversed(words[-3:-1])
                           if w.lower() in ("the", "a", "an")), "")
        if determiner in ("a", "an") or head_word in INDEFINITE_STARTS or any(
                w.lower() in INDEFINITE_STARTS for w in words[-3:-1]):
            return _Subject("unnamed")  # "a critic", "one reviewer", "critics": no name
        if determiner != "the":
            owner = next((i for i in range(len(words) - 2, max(-1, len(words) - 5), -1)
                          if words[i].endswith(("'s", "\u2019s")) and words[i][:1].isupper()), -1)
            if owner >= 0 and head_word in ORG_NOUNS:
                # "China's commerce ministry said": the organisation as written
                phrase = " ".join(words[owner:])
                return _Subject("name", phrase.strip(",;:"), head_end - len(phrase))
            return _Subject("none")
        if head_word in ORG_NOUNS:
            # "the health ministry": the modifier picks among ministries
            modifier = words[-2].lower() if len(words) > 1 and words[-2].isalpha() and \
                words[-2].lower() not in ("the", "a", "an") else None
            return _Subject("pronoun", name=modifier, start=head_start,
                            pronoun="the " + head_word)
        if head_word in ROLE_NOUNS or _is_agent_noun(head_word):
            # "the striker", "the British biologist", "the veteran singer"
            return _Subject("pronoun", start=head_start, pronoun="role:" + head_word)
        age = re.fullmatch(r"(\d{1,3})-year-old", head_word)
        if age:
            return _Subject("pronoun", start=head_start, pronoun="age:" + age.group(1))
        if head_word.endswith("-year-old") or _is_demonym(head):
            return _Subject("pronoun", start=head_start, pronoun="the person")
        return _Subject("none")

    def _clause_subject(self, limit: int, pos: int) -> _Subject:
        """The subject of coordinated verbs (`he laughed, nodded and said`): the first pronoun
        or name in the sentence that does not follow a preposition."""
        m = self.m
        for word in re.finditer(r"[^\W\d_][\w\-'\u2019.]*", m[limit:pos]):
            token = word.group()
            start = limit + word.start()
            if token.lower() in ("he", "she", "they") and (token.islower() or start == limit):
                return _Subject("pronoun", start=start, pronoun=token.lower())
            end = self.run_by_start.get(start)
            if end is None:
                continue
            before = self._word_before(start).lower()
            if before in PREPOSITIONS or before in ("the", "a", "an"):
                continue
            named = self._clean_run(start, end, as_subject=True)
            if named:
                return _Subject("name", named[0], named[1])
        return _Subject("none")

    def _subject_after(self, pos: int, limit: int) -> _Subject:
        """`said Lars Nygaard`, `said he`, `said the court`, `said a diplomat`."""
        m = self.m
        while pos < limit and m[pos] in " ,":
            pos += 1
        named = self._name_starting_at(pos)
        if named:
            run_end = self.run_by_start[pos]
            role = _ROLE_PREFIX.match(m, run_end + 1, limit)
            if role and m[run_end:run_end + 1] == " ":
                person = self._name_starting_at(role.end())
                if person:  # "said Commerzbank analyst Carsten Fritsch"
                    return _Subject("name", person[0], person[1])
            if m.startswith(("'s ", "\u2019s "), run_end):
                # "said Smith's lawyer, Jane Doe" / "said Smith's lawyer": not Smith
                comma = m.find(", ", run_end, min(limit, run_end + 40))
                appositive = self._name_starting_at(comma + 2) if comma > 0 else None
                if appositive:
                    return _Subject("name", appositive[0], appositive[1])
                return _Subject("unnamed")
            return _Subject("name", named[0], pos)
        # lowercase role words before the name: "said project manager Alicia Gomez"
        role = _ROLE_PREFIX.match(m, pos, limit)
        if role:
            named = self._name_starting_at(role.end())
            if named:
                return _Subject("name", named[0], role.end())
        word_end = pos
        while word_end < limit and m[word_end].isalpha():
            word_end += 1
        word = m[pos:word_end]
        if word in PRONOUNS and word in ("he", "she", "they", "it"):
            return _Subject("pronoun", start=pos, pronoun=word)
        if word.lower() in _APPOSITIVE_DETERMINERS:
            nxt = word_end + 1
            comma = m.find(", ", nxt, min(limit, nxt + 40))
            if comma > 0 and m[nxt:comma].count(" ") <= 2:
                # "said the spokesman, John Doe", "according to his aunt, Jane Starner"
                named = self._name_starting_at(comma + 2)
                if named:
                    return _Subject("name", named[0], named[1])
            if word.lower() in ("a", "an"):
                return _Subject("unnamed")
        if word.lower() == "the":
            nxt = pos + 4
            words = m[nxt:min(limit, nxt + 40)].split()
            for w in words[:3]:
                w = w.strip(",.;:").lower()
                if w in ORG_NOUNS:
                    return _Subject("pronoun", start=pos, pronoun="the " + w)
                if w in ROLE_NOUNS:
                    return _Subject("pronoun", start=pos, pronoun="role:" + w)
            if words and _is_demonym(words[0].strip(",.;:")):
                return _Subject("pronoun", start=pos, pronoun="the person")  # said the Swede
        return _Subject("none")

    # ---- resolving pronouns and descriptions --------------------------------------------

    def _resolve(self, subject: _Subject, before: int) -> str | None:
        if subject.kind == "name":
            return subject.name
        if subject.kind != "pronoun":
            return None
        pronoun = subject.pronoun
        gender = PRONOUNS.get(pronoun, "")
        if gender is None:
            return None  # "we", "I": the writer or an unnamed group
        i = bisect_right(self.mention_ends, before) - 1
        if pronoun.startswith("the ") and pronoun != "the person":
            return self._organisation_for(pronoun[4:], i, before, subject.name or "")
        if pronoun.startswith("role:"):
            # "the minister said": the last person written with that role nearby, else the
            # person the story is about
            role = pronoun[5:]
            stop = max(-1, i - _MAX_MENTIONS_BACK)
            # a subject written with the role first ("Sturridge, the former minister,
            # visited Tenby": not Tenby), then any mention that is not a place or thing
            for floor in (0.0, -3.0):
                for k in range(i, stop, -1):
                    mn = self.mentions[k]
                    if mn.kind == "person" and self._has_role_nearby(mn, role, before) and \
                            self._mention_evidence(mn, k - 1) >= floor:
                        return mn.name  # (not "conductor of the Bergen Philharmonic")
            if role in _UNNAMED_ROLES or re.search(
                    rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[^\S\n]+(?:[\w\-]+[^\S\n]+){{0,3}}?"
                    rf"{re.escape(role)}\b", self.m[max(0, before - 400, self._first_line_end()):
                                                     before]):
                return None  # "one woman ... the woman said", "the spokesperson": unnamed
            return self._best_person(i, "", role=role, before=before)
        if pronoun.startswith("age:"):
            return self._best_person(i, "", age=pronoun[4:], before=before)
        if gender == "org" or pronoun == "they":
            stop = max(-1, i - _MAX_MENTIONS_BACK)
            for k in range(i, stop, -1):
                mn = self.mentions[k]
                if mn.kind == "org" or (pronoun == "they" and mn.kind == "person"):
                    return mn.name
            return None
        return self._best_person(i, gender, before=before)

    def _best_person(self, i: int, gender: str, age: str = "", role: str = "",
                     before: int = 0, follow_on: str = "", since: int = -1) -> str | None:
        """The person a pronoun or description means, weighing evidence rather than taking
        the nearest capitalised name: each earlier person mention scores what speaks for it
        being a speaker (spoke before, written as a person: first name, title, apposition, cue
        verb) against what speaks for a place or passing mention (after "in"/"from"/"at",
        "the", "by"/"of", a lone unknown word), less 2 for every plausible person nearer."""
        best_name: str | None = None
        best_score = -1000.0
        plausible_nearer: set[str] = set()
        stop = max(-1, i - _MAX_MENTIONS_BACK)
        while i > stop and len(plausible_nearer) < 5:
            mn = self.mentions[i]
            i -= 1
            if mn.kind != "person":
                continue
            if gender in ("m", "f") and mn.gender and mn.gender != gender:
                continue
            if role and role not in _BROAD_ROLES and self._has_role_nearby(
                    mn, _ANY_ROLE, before):
                continue  # "Tom Smith, an analyst": not "the minister"
            key = mn.key
            name_evidence = self._name_evidence(key)
            position = self._mention_evidence(mn, i)
            evidence = name_evidence + position
            if gender and mn.gender == gender:
                evidence += 1.0
            if since >= 0 and key == follow_on:
                # an unattributed paragraph goes on with the last speaker, the more so when
                # the text since the last quote is still about them
                evidence += 2 if mn.start >= since else 0.75
            elif since >= 0 and position == 0 and " " in mn.name and \
                    self._first_mention(key) >= since:
                evidence += 1  # "Tomasz Nowicki, who runs the centre, ...": a new speaker
            if age:
                ages = self._stated_ages(key)
                if ages and age not in ages:
                    continue  # "Lindqvist, 31," is not "the 26-year-old"
                if age in ages:
                    evidence += 3
            nearer = len(plausible_nearer - {key})
            # paragraphs back cost a little: "she recalled" after "his editor Teresa" in the
            # same paragraph is not a speaker from far up the story
            paragraphs = min(4, self._paragraphs_between(mn.end, before))
            score = evidence - 2 * nearer - 0.75 * paragraphs
            if score > best_score:
                best_name, best_score = mn.name, score
            if position == 0 and name_evidence >= 0:
                plausible_nearer.add(key)  # a subject that may speak: it pushes others back
        return best_name

    def _people_named(self, key: str) -> list[_Mention]:
        """Every person mention with this surname, in text order (indexed once, so that
        weighing stays linear on texts with thousands of names)."""
        if self.people_by_key is None:
            self.people_by_key = {}
            for mn in self.mentions:
                if mn.kind == "person":
                    self.people_by_key.setdefault(mn.key, []).append(mn)
        return self.people_by_key.get(key, [])

    def _first_line_end(self) -> int:
        """The end of the headline line ("A novelist of the marshes ..." is the topic)."""
        end = self.m.find("\n")
        return max(end, 0)

    def _paragraphs_between(self, start: int, end: int) -> int:
        if self.newlines is None:
            self.newlines = [br.start() for br in _PARAGRAPH_BREAK.finditer(self.m)]
        return bisect_left(self.newlines, end) - bisect_left(self.newlines, start)

    def _first_mention(self, key: str) -> int:
        """Where a surname is first named (as a person)."""
        named = self._people_named(key)
        return named[0].start if named else -1

    def _name_evidence(self, key: str) -> float:
        """What the whole text says about a surname: it spoke before (+1.5); it is written
        as a person somewhere (+1); a lone word never written as a person (-2)."""
        score = 1.5 if key in self.speaker_keys else 0.0
        sure = self.sure_people.get(key)
        if sure is None:
            sure = self._is_sure_person(key)
            self.sure_people[key] = sure
        return score + (1.0 if sure else -2.0 if sure is False else 0.0)

    def _is_sure_person(self, key: str) -> bool | None:
        """True when some mention with this surname reads as a person (a full name with a
        known first name, an honorific or title, an apposition, the subject of a cue verb);
        False for a lone unknown word never so written; None when unsure."""
        mentions = self._people_named(key)
        full = False
        for mn in mentions:
            if mn.name.split()[0] in self.genders or \
                    self._word_before(mn.start) in ("named", "called"):
                return True  # "Helen Marsh", "Daria", "a mother named Daria"
            if " " in mn.name:
                full = True
            if mn.gender and _HONORIFIC_GENDER.get(self._word_before(mn.start, " .")):
                return True
            if self._followed_by_apposition(mn.end) or self._after_role_noun(mn.start):
                return True
            if self._cue_follows(mn.end):
                return True
        # (a gender learnt from a later "he" is no evidence of a person: "Sibelius ... he")
        if full or key in self.speaker_keys:
            return None
        return False

    def _cue_follows(self, end: int) -> bool:
        """`Matos said`, `Matos has also said`: a cue verb right after the name."""
        for cue in self._cues_in(end, min(len(self.m), end + 30)):
            if cue.group("verb") and self._skip_back(end, cue.start()) == end:
                return True
        return False

    def _mention_evidence(self, mn: _Mention, previous: int) -> float:
        score = self.position_cache.get(mn.start)
        if score is None:
            score = self._mention_evidence_uncached(mn, previous)
            self.position_cache[mn.start] = score
        return score

    def _mention_evidence_uncached(self, mn: _Mention, previous: int) -> float:
        """What the words around one mention say: after a place preposition or an article it
        is a place or a thing (-4); the object of "by"/"of"/"to" or a possessive (-2); the
        object of a verb (-1.5). A name coordinated with a place ("in Dahab and Sharm") or in
        apposition to an object ("lost time to his rival, Théo Marchal") is judged as that."""
        if self.m.startswith(("'s", "\u2019s"), mn.end):
            return -2.0
        before = self._word_before(mn.start)
        if before in ("For", "To") and self.m.startswith(",", mn.end):
            return 0.0  # "For Burns, the study has become a routine": the topic, fronted
        before = before.lower()
        if before in ("the", "a", "an"):
            return -4.0
        score = self._evidence_before(mn.start, mn.end)
        if score:
            return score
        in_list = self.m[mn.start - 2:mn.start] == ", " and _LIST_GOES_ON.match(self.m, mn.end)
        if (before in ("and", "or") or in_list) and previous >= 0:
            # "in Dahab and Sharm", "writers including Neil Gaiman, Jo Walton, Ellen Kushner":
            # a list item is what the list's first item is
            prior = self.mentions[previous]
            if mn.start - prior.end < 12 and re.fullmatch(
                    r"[^\S\n]*,?[^\S\n]*(?:(?:and|or)[^\S\n]+)?", self.m[prior.end:mn.start]):
                return min(0.0, self._mention_evidence(prior, previous - 1))
        if self.m[mn.start - 2:mn.start] == ", ":
            head = _APPOSED_HEAD.search(self.m, max(0, mn.start - 60), mn.start)
            if head:
                return min(0.0, self._evidence_before(head.start(), -1))
        return 0.0

    def _evidence_before(self, start: int, end: int) -> float:
        """The word before ``start``: a place preposition (-4), a passing one (-2), a verb
        whose object this is (-1.5), else 0. ``end``: the name's end, to see a cue after it
        ("when Brandt said"), or -1."""
        before = self._word_before(start).lower()
        if before in _PLACE_PREPOSITIONS:
            return -4.0
        if before in _PASSING_PREPOSITIONS or (
                before == "as" and self.m[max(0, start - 8):start].startswith("such")):
            return -2.0  # "reviewed by Omar Haddad", "a planet such as Mars"
        if before in ROLE_NOUNS or before in LOWER_TITLES or _is_agent_noun(before):
            # "written by Senator Roy Tillman", "visited his editor Teresa": judge the words
            # before the role (and its determiner)
            k = self._word_start_before(start)
            for _ in range(3):  # "Palestinian chief negotiator Saeb Erekat"
                word = self._word_before(k)
                if not word or not (word[:1].isupper() or word in LOWER_TITLES
                                    or word in ROLE_NOUNS):
                    break
                k = self._word_start_before(k)
            if self._word_before(k).lower() in _APPOSITIVE_DETERMINERS:
                k = self._word_start_before(k)  # "visited his editor Teresa": an object
                return self._evidence_before(k, -1) if 0 < k < start else 0.0
            word = self._word_before(k).lower()
            return -4.0 if word in _PLACE_PREPOSITIONS else -2.0 if (
                word in _PASSING_PREPOSITIONS) else 0.0  # "by Senator Roy Tillman"
        if _looks_like_a_verb(before) and before not in _SUBJECT_INTRODUCERS and \
                self.m[start - 1:start] == " " and (end < 0 or not self._cue_follows(end)):
            return -1.5  # "She replaced Ingrid Solberg": the object of a verb
        return 0.0

    def _word_start_before(self, pos: int) -> int:
        """Where the word ending just before ``pos`` (over spaces) starts."""
        k = pos
        while k > 0 and self.m[k - 1] == " ":
            k -= 1
        while k > 0 and (self.m[k - 1].isalnum() or self.m[k - 1] == "-"):
            k -= 1
        return k

    def _stated_ages(self, key: str) -> set[str]:
        """Ages written with a surname anywhere (`Petrie, 54,`, `54-year-old Petrie`): an age
        does not change within a story, so a later one counts too."""
        ages: set[str] = set()
        for mn in self._people_named(key):
            after = _AGE_APPOSITION.match(self.m, mn.end)
            if after:
                ages.add(after.group(1))
            prefix = _AGE_PREFIX.search(self.m, max(0, mn.start - 20), mn.start)
            if prefix:
                ages.add(prefix.group(1))
        return ages

    def _organisation_for(self, noun: str, i: int, before: int,
                          modifier: str = "") -> str | None:
        """`the bank` -> the last organisation whose name holds that noun or a word of its
        kind (Central Bank of Chile, Dunmore United FC for "the club"), one that also holds
        the modifier first ("the health ministry"); when the entity layer missed it, the last
        capitalised run holding such a word."""
        kinds = ORG_NOUN_KINDS.get(noun, frozenset()) | {noun.capitalize()}
        stop = max(-1, i - _MAX_MENTIONS_BACK)
        fallback: str | None = None
        for k in range(i, stop, -1):
            mn = self.mentions[k]
            if mn.kind != "org":
                continue
            words = mn.name.split()
            if noun in mn.name.lower().split() or kinds.intersection(words) or (
                    noun in CORPORATE_NOUNS and CORPORATE_SUFFIXES.intersection(words)):
                if not modifier or modifier in mn.name.lower().split():
                    return mn.name
                fallback = fallback or mn.name
        if fallback:
            return fallback
        if noun in _GENERIC_ORG_NOUNS:
            # "Sierra Nevada said in a statement ... the team said": the last name that spoke
            # as an organisation, though the entity layer did not call it one
            for start, end in sorted(self.speaking_runs, reverse=True):
                if end > before:
                    continue
                if before - start > 1500:
                    break
                named = self._clean_run(start, end, as_subject=True)
                if not named or (
                        self._word_before(named[1]).lower() == "the" and " " not in named[0]):
                    continue  # "the Colombian said": a description
                if _STATEMENT_AFTER.match(self.m, end) or (
                        named[2] not in ("person", "") and not self._gender(named[0])):
                    return named[0]
            # "Trenord, the regional operator, said ... the company said": the nearest
            # organisation in subject position that is not of another kind (a union, a court)
            for k in range(i, max(-1, i - 20), -1):
                mn = self.mentions[k]
                if before - mn.start > 800:
                    break
                if mn.kind == "org" and self._mention_evidence(mn, k - 1) > -2 and \
                        not _OTHER_ORG_KINDS.intersection(mn.name.split()):
                    return mn.name
        window_start = max(0, before - 3000)
        found = None
        for match in _kind_pattern(frozenset(kinds)).finditer(
                self.m, window_start, before):
            found = match
        if found is None:
            return None
        line_start = max(window_start, self.m.rfind("\n", 0, found.start()) + 1)
        for run in _RUN.finditer(self.m, line_start, min(before, found.end() + 80)):
            if run.start() <= found.start() < run.end():
                shape = _name_shape(run.group())
                if shape is None:
                    return None
                offset, length = shape[0], shape[1]
                return self.text[run.start() + offset:run.start() + offset + length]
        return None

    def _is_object(self, mn: _Mention) -> bool:
        """`the offices of Omar`, `McDonald's cameo`: a mention that is not a subject."""
        return self._word_before(mn.start) in _OBJECT_PREPOSITIONS or \
            self.m.startswith(("'s", "\u2019s"), mn.end)

    def _has_role_nearby(self, mn: _Mention, role: str, before: int) -> bool:
        """`Prime Minister Sara Lind`, `Lind, the prime minister,`: the role in the same
        sentence as the name, just before or after it."""
        m = self.m
        left = max(0, mn.start - 40)
        left = max(left, m.rfind(". ", left, mn.start) + 1, m.rfind("\n", left, mn.start) + 1)
        right = min(mn.end + 60, before)
        stop = m.find(". ", mn.end, right)
        if stop >= 0:
            right = stop
        if role == _ANY_ROLE:
            return _ROLE_WORD.search(m, left, right) is not None
        return re.search(rf"\b{re.escape(role)}\b", m[left:right], re.IGNORECASE) is not None

    # ---- cues ---------------------------------------------------------------------------

    def _cue_subject(self, cue: re.Match[str], limit_start: int, limit_end: int) -> _Subject:
        phrase = cue.group("phrase")
        if phrase is not None:
            kind = next(k for p, k in _PHRASE_CUES.items() if re.fullmatch(p, phrase))
            if kind == "according":
                return self._subject_after_according(cue.end(), limit_end)
            if kind == "possessive":
                word = _POSSESSIVE_WORD.search(phrase)
                pronoun = word.group(1) if word else "they"
                return _Subject("pronoun", start=cue.start(), pronoun=pronoun)
        verb = cue.group()
        if verb.endswith("ing") and self.m[limit_start:cue.start()].rstrip().endswith(","):
            # "Scholz agreed, calling the talks 'productive'": the clause's subject
            comma = self.m.rfind(",", limit_start, cue.start())
            clause_start = self.m.rfind(",", limit_start, comma) + 1 or limit_start
            subject = self._clause_subject(max(clause_start, limit_start), comma)
            if subject.kind != "none":
                return subject
        subject = self._subject_before(limit_start, cue.start())
        if subject.kind == "inverted":
            return self._subject_after(cue.end(), limit_end)
        if subject.kind == "none" and self.m[cue.start() - 2:cue.start()] == ", ":
            # "…, said Derek Scissors": a fronted clause, then the verb and its subject
            after = self._subject_after(cue.end(), limit_end)
            if after.kind in ("name", "unnamed"):
                return after
        return subject

    def _subject_after_according(self, pos: int, limit: int) -> _Subject:
        m = self.m
        while pos < limit and m[pos] == " ":
            pos += 1
        if m.startswith(("the ", "The "), pos):
            pos += 4
        named = self._name_starting_at(pos)
        if named:
            return _Subject("name", named[0], pos)
        return self._subject_after(pos, limit)

    def _only_titles_between(self, start: int, end: int) -> bool:
        between = self.m[start:end]
        if ";" in between:
            return False  # another clause: "“a dry year”; Reis calls it"
        for token in re.findall(r"[^\s,.;:\u2014\u2013\-]+", between):
            if token not in TITLE_WORDS and token not in ABBREVIATIONS:
                return False
        return True

    def _cues_in(self, start: int, end: int) -> list[re.Match[str]]:
        """Cue words and phrases lying wholly inside ``[start, end)``."""
        i = bisect_left(self.cue_starts, start)
        j = bisect_left(self.cue_starts, end, lo=i)
        return [cue for cue in self.cues[i:j] if cue.end() <= end]

    def _cue_after(self, start: int, end: int, adjacent: bool) -> _Subject:
        m = self.m
        fallback: _Subject | None = None
        for cue in self._cues_in(start, end):
            if m.find(MASK, start, cue.start()) >= 0 and adjacent:
                return _NO_CUE
            subject = self._cue_subject(cue, start, end)
            if subject.kind in ("nocue", "inverted"):
                continue
            if adjacent:
                anchor = subject.start if subject.kind != "none" else cue.start()
                if cue.group("phrase") and subject.kind != "none":
                    anchor = cue.start()
                if anchor < start or not self._only_titles_between(start, anchor):
                    return _NO_CUE
                if subject.kind == "none":
                    return _NO_CUE  # a subjectless verb here; a cue before or later may name one
            elif subject.kind == "none":
                # '"…" announced in October, said Derek Scissors': a later cue may name one
                fallback = fallback or subject
                continue
            return subject
        return fallback or _NO_CUE

    def _cue_before(self, start: int, end: int) -> _Subject:
        cues = self._cues_in(start, end)
        unnamed: _Subject | None = None
        nearer = end
        for cue in reversed(cues):
            if unnamed is not None and nearer - cue.end() > 40:
                break  # only a cue just before the subjectless one governs it
            subject = self._cue_subject(cue, start, end)
            if subject.kind in ("name", "pronoun", "unnamed"):
                return subject
            if subject.kind == "none" and unnamed is None:
                # "Whitlock said the ruling confirmed the law 'picked winners'": look further
                unnamed = subject
            nearer = cue.start()
        if unnamed is not None:
            return unnamed
        head = self.m[start:end].rstrip()
        if head.endswith(":"):
            pos = len(head) - 1 + start
            while pos > start and self.m[pos - 1] == " ":
                pos -= 1
            named = self._name_ending_at(pos)
            if named:
                return _Subject("name", named[0], named[1])
        return _NO_CUE

    # ---- per quote ----------------------------------------------------------------------

    def speakers(self) -> list[str | None]:
        result: list[str | None] = []
        self.attributed: list[bool] = []  # whether a cue (or continuation) gave the speaker
        for index, (start, end) in enumerate(self.spans):
            speaker = self._speaker(index, start, end, result)
            result.append(speaker)
            if speaker and speaker.split()[-1] not in self.speaker_keys:
                self.speaker_keys.add(speaker.split()[-1])
                self.sure_people.pop(speaker.split()[-1], None)
        return result

    def _speaker(self, index: int, start: int, end: int, earlier: list[str | None]) -> str | None:
        m = self.m
        sent_start, sent_end = self._sentence(start)
        # a cue farther away than this is not about this quote (and keeps hostile text linear)
        sent_start = max(sent_start, start - _WINDOW)
        sent_end = min(sent_end, end + _WINDOW)
        para_start, para_end = self._paragraph(start)
        self.attributed.append(False)
        if self._is_headline_quote(start, end, para_start, para_end):
            return None
        if _MENTION_BEFORE.search(m, max(0, start - 30), start) or _TITLE_AFTER.match(m, end):
            return None  # "the word «rediscovery»", "the so-called “X”": a mention, not speech
        if self._is_glossed_term(start, end):
            return None  # "«la tramontana», the mountain wind,": a term and its meaning
        dash = _DASH_AFTER.match(m, end, sent_end)
        if dash:
            named = self._name_starting_at(dash.end())  # a pull quote: “…” — Jane Smith
            if named:
                self.attributed[index] = True
                return named[0]
        for subject in (
            self._cue_after(end, sent_end, adjacent=True),
            self._cue_before(sent_start, start),
            # a later cue past a semicolon belongs to another clause ("Farmers call it
            # “a dry year”; Reis calls it “a disaster”")
            self._cue_after(end, self._clause_end(end, sent_end), adjacent=False),
        ):
            if subject.kind != "nocue":
                self.attributed[index] = True
                return self._resolve(subject, min(start, subject.start if subject.start >= 0
                                                  else start))
        if _LETTER.search(m, sent_start, start) or _LETTER.search(m, end, sent_end):
            return None  # embedded without a cue: a scare quote or a word mention
        # a quote standing on its own: continue the previous speaker (even an unnamed one),
        # else the last person named
        self.attributed[index] = True
        if index and (earlier[index - 1] is not None or self.attributed[index - 1]):
            prev_start = self.spans[index - 1][0]
            prev_para_start, _ = self._paragraph(prev_start)
            if prev_para_start == para_start or self._previous_paragraph(para_start) == \
                    prev_para_start:
                return earlier[index - 1]
        # farther on, the last speaker still weighs more than a name mentioned in between,
        # unless the paragraphs between introduce someone new
        last = next((k for k in range(index - 1, -1, -1) if earlier[k]), -1)
        i = bisect_right(self.mention_ends, start) - 1
        if last < 0 or len(_PARAGRAPH_BREAK.findall(self.m, self.spans[last][1], start)) > 2:
            # no speaker within a paragraph or so: whoever the text has moved on to
            return self._best_person(i, "", before=start, since=start)
        return self._best_person(i, "", before=start, follow_on=str(earlier[last]).split()[-1],
                                 since=self.spans[last][1])

    def _clause_end(self, pos: int, sent_end: int) -> int:
        semicolon = self.m.find(";", pos, sent_end)
        return sent_end if semicolon < 0 else semicolon

    def _is_glossed_term(self, start: int, end: int) -> bool:
        """A short quoted term followed by its translation or meaning in apposition:
        `«fado vadio», vagrant fado:`, `«mawther», a girl or young woman,`."""
        inner = self.text[start + 1:end - 1].strip()
        if not inner or len(inner.split()) > 3 or inner[-1] in ".,!?;:\u2026":
            return False
        gloss = _GLOSS_AFTER.match(self.m, end)
        return gloss is not None and not _CUE.search(gloss.group())

    def _previous_paragraph(self, para_start: int) -> int:
        k = para_start - 1
        while k > 0 and self.m[k - 1] in "\n\r \t":
            k -= 1
        return self.m.rfind("\n", 0, k) + 1 if k > 0 else -1

    def _is_headline_quote(self, start: int, end: int, para_start: int, para_end: int) -> bool:
        """A line that is only a quote without sentence punctuation (a subheading)."""
        if _NON_SPACE.search(self.m, para_start, start) or _NON_SPACE.search(self.m, end, para_end):
            return False
        inner = self.text[start:end].rstrip("\"'\u201d\u2019\u00bb\u201c\u2018 ")
        return not inner or inner[-1] not in ".!?,\u2026:;"


def _mostly_english(text: str) -> bool:
    """The cues and name rules here are English: other languages get no guessed speakers."""
    sample = text[:4000]
    # English with accented names has a few non-ASCII characters; Cyrillic, Greek, CJK most
    if not sample.isascii() and len(_NON_ASCII.findall(sample)) * 4 >= len(sample):
        return False
    words = len(sample.split())
    # about one English word in five is one of these; Portuguese or German prose has almost none
    return words < 40 or len(_ENGLISH_WORD.findall(sample)) * 20 >= words


def attribute_speakers(
    text: str, spans: list[tuple[int, int]], entities: list[Span] | None = None
) -> list[str | None]:
    """The speaker (name as written) or None for each quote span, in the order given."""
    if not spans:
        return []
    if not _mostly_english(text):
        return [None] * len(spans)
    attributed = _Attributor(text, spans[:MAX_ATTRIBUTED], entities).speakers()
    return attributed + [None] * (len(spans) - len(attributed))
