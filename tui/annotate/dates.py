"""Dates and times in news text, typed and normalised the TIMEX3 way.

``find_dates(text, published)`` returns ``Span(layer="date", label=<DATE|TIME|DURATION|SET>,
value=<TIMEX3 value>)``. Values are resolved against the publication date: weekday names go to
the nearest such day in the direction the sentence's tense points, bare months and month-days
get the year the tense (else nearness) points to, clock times take the day written next to them
(or the last day the text mentioned, else the publication day). Without a publication date
relative values stay underspecified (``XXXX-06-18``, ``PAST_REF``).

How it works: one regex per family of expressions (``date_patterns``) finds candidates in
windows around trigger words; context checks drop the ones that are not dates ("may include",
"Theresa May", titles of works, ages, "Black Friday"); overlaps are resolved longest-first; each
kept span is normalised (calendar arithmetic in ``date_calendar``); then a few discourse rules
run: clock times take their day, months listed together share a year, "the previous year" counts
from the year just named. Pure stdlib, regexes compiled once.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass

from tui.model import Span

from .date_calendar import (
    FUTURE,
    MONTHS,
    PAST,
    SEASONS,
    WEEKDAYS,
    add_months,
    day_in_year,
    iso_week,
    month_year,
    parse_published,
    quarter_year,
    season_year,
    weekday_date,
    zone_offset,
)
from .date_patterns import (
    FAMILY_BY_KIND,
    FEW,
    FIRST_CHARS,
    LOWERED_KINDS,
    MONTH_FULL,
    NUM,
    PRIORITY,
    TENS,
    UNIT,
    WEEKDAY,
    ZONE,
    family_anycase,
    finditer_from,
    trigger_windows,
)

VERSION = "10"

_I = re.IGNORECASE
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "final": 4, "last": -1, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4,
}
_NUMBER_WORDS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"))}
_NUMBER_WORDS.update({w: 10 * (i + 2) for i, w in enumerate(TENS.split("|"))})
_NUMBER_WORDS.update({"a": 1, "an": 1, "hundred": 100, "dozen": 12, "couple": 2})


# Sentence boundaries: end punctuation (and closing quotes) before a capital, or a line break.
_NO_SENTENCE_END_AFTER = (
    "No", "Nos", "Dr", "Mr", "Mrs", "Ms", "St", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep", "Prof",
    "Inc", "Co", "Corp", "Ltd", "vs", "Lt", "Col", "Capt", "Sgt", "Rev", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed",
    "Thu", "Thurs", "Fri", "Sat", "Sun",
)
# Every branch opens with a literal, so sre skips ahead to the next "!", "?", newline or period.
_SENTENCE_END = re.compile(
    r"![\"”’»)]*\s+(?=[\"“‘«(]?[A-Z0-9])|\?[\"”’»)]*\s+(?=[\"“‘«(]?[A-Z0-9])|\n\s*|\."
    + "".join(rf"(?<!\b{w}\.)" for w in _NO_SENTENCE_END_AFTER)
    + r"(?<!\b[A-Z]\.)[\"”’»)]*\s+(?=[\"“‘«(]?[A-Z0-9])")

# Tense cues (the one nearest to an expression decides which way it points): irregular past
# forms and past-pointing adverbs here, any other word ending in "-ed" unless listed below.
_PAST_WORDS = frozenset((
    "said", "told", "was", "were", "had", "did", "made", "took", "came", "went", "saw", "got",
    "gave", "found", "left", "fell", "rose", "lost", "held", "won", "met", "began", "became",
    "wrote", "spoke", "sent", "brought", "bought", "paid", "ran", "sat", "stood", "led", "broke",
    "struck", "chose", "drew", "drove", "flew", "grew", "kept", "knew", "meant", "rode", "rang",
    "sold", "shot", "sang", "sank", "slept", "spent", "stole", "stuck", "swore", "swept", "taught",
    "thought", "threw", "tore", "understood", "woke", "wore", "felt", "fought", "heard", "hung",
    "hid", "built", "caught", "dealt", "fled", "forgot", "froze", "sought", "shook", "slid",
    "sprang", "swam", "swung", "upheld", "withdrew", "overtook", "underwent", "undertook", "wept",
    "ago", "since", "earlier", "previously", "yesterday", "beat", "beaten", "been", "done", "gone",
    "seen", "taken", "given", "written", "spoken", "known", "shown", "grown", "drawn", "driven",
    "broken", "chosen", "fallen", "forgotten", "frozen", "hidden", "risen", "stolen", "sworn",
    "thrown", "begun", "sung", "bitten", "eaten", "flown", "withdrawn", "overtaken", "undertaken",
    "arose", "arisen", "formerly", "once",
))
_NOT_PAST_ED = {
    "need", "seed", "speed", "feed", "breed", "bleed", "weed", "greed", "deed", "heed",
    "steed", "proceed", "exceed", "succeed", "indeed", "red", "bed", "shed", "wed", "hundred",
    "sacred", "naked", "wicked", "rugged", "ragged", "beloved", "based", "related", "limited",
    "armed", "alleged", "proposed", "planned", "expected", "scheduled", "detailed",
    "advanced", "experienced", "skilled", "aged", "united", "concerned", "interested", "used",
    "supposed", "involved", "listed", "so-called", "unexpected", "unprecedented", "embed",
    "coed", "biased", "talented", "renewed", "sized", "owned",
}
# Tense cue words (matched on lowercased tokens). A modal swallows up to four words after it
# so that "will most likely be reduced" counts as future, not as the participle "reduced".
_MODALS = frozenset(("will", "shall", "would", "won't", "won’t", "wouldn't", "wouldn’t",
                     "should", "might", "may", "must"))
_PERFECT_MODALS = frozenset(("would", "should", "might", "may", "must", "could"))
_BEFORE_TO = frozenset((
    "due", "set", "scheduled", "expected", "slated", "poised", "likely", "planned", "plan",
    "plans", "planning", "aim", "aims", "aiming", "intend", "intends", "hope", "hopes", "hoping",
    "prepare", "prepares", "preparing", "want", "wants", "ready", "going"))
_BEFORE_FOR = frozenset(("set", "scheduled", "slated", "pencilled", "penciled", "booked",
                         "planned"))
_FUTURE_WORDS = frozenset(("upcoming", "until", "till", "next", "ahead", "forthcoming",
                           "tomorrow", "scheduled", "slated"))
_WORD = re.compile(r"[a-z’']+")


# Where a tense cue stops applying: quotation marks (the quote has its own tense) and a comma
# before a conjunction or relative pronoun ("cuts in March and June, though some said ...").
_CLAUSE_BREAK = re.compile(r"[“”«»\"]|(?<!\w)‘|[;:]\s"
                           r"|,\s(?=(?:though|although|but|while|whereas"
                           r"|which|who|where|because|so|and|as|after|before|when|he|she|it"
                           r"|they|we|I|you|if|unless)\b)")


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    match: re.Match[str]
    label: str = "DATE"
    value: str | None = None


class _Context:
    """Per-call state: the text, its sentences, the anchor and the tense cues per sentence."""

    def __init__(self, text: str, published: str | None) -> None:
        self.text = text
        lowered = text.lower()
        # lowering can change the length ("İ"); then cues are read from the text as written
        self.lowered = lowered if len(lowered) == len(text) else text
        stamp = parse_published(published)
        self.anchor: dt.date | None = stamp.date() if stamp else _written_date(published)
        self.sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
        self._cues: dict[int, list[tuple[int, int, int]]] = {}
        self.span_starts: list[int] = []  # the kept expressions, set before normalising
        self.span_ends: list[int] = []
        self.weekday_memory: dict[int, str] = {}  # weekday → the day it first resolved to
        self.day_values: list[tuple[int, str]] = []  # (start, value) of days resolved so far

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def sentence_bounds(self, index: int) -> tuple[int, int]:
        start = self.sentence_starts[index]
        end = (self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts)
               else len(self.text))
        return start, end

    def cues(self, index: int) -> list[tuple[int, int, int]]:
        """(start, end, direction) of the tense cues in one sentence, computed once."""
        if index not in self._cues:
            start, end = self.sentence_bounds(index)
            words = [(m.start(), m.end(), m.group())
                     for m in _WORD.finditer(self.lowered, start, end)]
            found: list[tuple[int, int, int]] = []
            i, n = 0, len(words)
            while i < n:
                w_start, w_end, word = words[i]
                nxt = words[i + 1][2] if i + 1 < n else ""
                if word in _PERFECT_MODALS and nxt == "have":
                    found.append((w_start, words[i + 1][1], PAST))  # "may have been"
                    i += 2
                    continue
                if word in _MODALS or word.endswith(("'ll", "’ll")):
                    last = i  # swallow the verb group: up to four words joined by spaces
                    while last + 1 < n and last - i < 4 and \
                            self.lowered[words[last][1]:words[last + 1][0]].isspace():
                        last += 1
                    found.append((w_start, words[last][1], FUTURE))
                    i = last + 1
                    continue
                if (word in _BEFORE_TO and nxt == "to") or (word in _BEFORE_FOR and nxt == "for"):
                    last = min(i + 2, n - 1)  # "due to take", "set for"
                    found.append((w_start, words[last][1], FUTURE))
                    i = last + 1
                    continue
                if word in _FUTURE_WORDS:
                    found.append((w_start, w_end, FUTURE))
                elif word in _PAST_WORDS or (len(word) > 3 and word.endswith("ed")
                                             and word not in _NOT_PAST_ED):
                    found.append((w_start, w_end, PAST))
                i += 1
            self._cues[index] = found
        return self._cues[index]

    def tense(self, start: int, end: int) -> int | None:
        """The direction of the tense cue nearest to text[start:end] in its clause.

        Cues after the expression count at triple distance (the verb usually comes first:
        "officials said Monday"); cues inside other time expressions ("next Saturday") and
        across a quotation mark or a ", though"-style clause break do not count.
        """
        sentence = self.sentence_of(start)
        s_start, s_end = self.sentence_bounds(sentence)
        left = s_start
        for m in _CLAUSE_BREAK.finditer(self.text, s_start, start):
            left = m.end()
        right_m = _CLAUSE_BREAK.search(self.text, end, s_end)
        right = right_m.start() if right_m else s_end
        best: tuple[int, int] | None = None
        for c_start, c_end, direction in self.cues(sentence):
            if c_start < left or c_end > right:
                continue
            if c_start < start:
                distance = max(0, start - c_end)
            elif c_start >= end:
                distance = 3 * (c_start - end)
            else:
                continue  # the cue is part of the expression ("last week", "next May")
            if self._in_other_span(c_start, c_end):
                continue
            if best is None or distance < best[0]:
                best = (distance, direction)
        return best[1] if best else None

    def _in_other_span(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.span_starts, start) - 1
        return i >= 0 and self.span_ends[i] >= end


# ---------------------------------------------------------------------------------------------
# Checks that drop candidates which are not dates
# ---------------------------------------------------------------------------------------------

_NEXT_WORD = re.compile(r"^[^\w\n]{0,2}([\w’']+)")
_QUANTITY_WORDS = {"about", "around", "nearly", "almost", "some", "than", "over", "under",
                   "roughly", "approximately", "just", "only", "least", "to", "of", "and",
                   "or", "extra", "additional", "another", "those"}
_PREPOSITION_BEFORE_MONTH = {"in", "since", "until", "till", "by", "from", "before", "after",
                             "of", "during", "through", "throughout", "between", "and", "or",
                             "to", "on", "early", "late", "mid", "last", "next", "this", "that",
                             "for", "around", "about", "as", "at", "into", "each", "every",
                             "the", "late-", "mid-", "early-"}
_BILL_LIKE = re.compile(r"^(?:[A-Z]{1,4}|No\.?|Nos\.?|Room|Flight|Route|Highway|Article|Section"
                        r"|Rule|Act|Bill|Model|Platform|Gate|Unit|Suite|Box|Level|Resolution"
                        r"|Regulation|Directive|Case|Ticket|Order|Number|Interstate|Page|pp?\.?"
                        r"|Vol\.?|Issue|Chapter|version|v)$")
# "a year or two", "a day later": lengths of time even after a plural noun
_NOT_PER_AFTER = re.compile(r"\s(?:or|to|and|later|earlier|after|before|ago|of|in)\b")
_SET_BEFORE_A = re.compile(r"(?:\d|\b(?:times|twice|once|thrice|dollars|euros|pounds|pence|cents"
                           r"|miles|kilometres|kilometers|hours|calls|meals|cigarettes|doses"
                           r"|days|nights|weeks|months|years|minutes|seconds"
                           r"|visitors|people|cases|arrivals|refugees|pills|shifts|trains|flights)"
                           r"|\b[a-z]{3,}[^s\W]s)[^\w\n]{0,2}$")


def _prev_word(text: str, start: int) -> str:
    """The word before ``start`` (skipping up to three spaces or punctuation marks)."""
    i = start
    while i > 0 and start - i < 3 and not _is_word_char(text[i - 1]) and text[i - 1] != "\n":
        i -= 1
    j = i
    while j > 0 and i - j < 40 and _is_word_char(text[j - 1]):
        j -= 1
    return text[j:i]


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_’'."


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text[end:end + 30])
    return m.group(1) if m else ""


def _at_sentence_start(ctx: _Context, start: int) -> bool:
    """Whether only spaces, quote marks or dashes stand between the sentence start and here."""
    sentence_start = ctx.sentence_starts[ctx.sentence_of(start)]
    i = start  # walk back (never slice back to a far sentence start: that costs O(n) each time)
    while i > sentence_start and ctx.text[i - 1] in _LEADING_MARKS:
        i -= 1
    return i == sentence_start


_LEADING_MARKS = frozenset(" \t\"“‘«(—–-")


def _inside_title(ctx: _Context, start: int) -> bool:
    """"The Orchard in February": a month after a mid-sentence capitalised "The ..." phrase."""
    before = ctx.text[max(0, start - 60):start]
    m = re.search(r"(?:^|[^.!?\n])\s(The|A|An)((?:\s[A-Z][\w’']*)+)\s(?:in|of|at)\s$", before)
    return m is not None


def _keep(ctx: _Context, found: _Found) -> bool:
    """Context checks for candidates whose shape alone does not make them dates."""
    text, m, kind = ctx.text, found.match, found.kind
    if kind == "month" and not m.group("year") and found.end - found.start == len(
            m.group("month")):
        # a bare month name: "May" must look like the month, names/titles are not dates
        month = m.group("month")
        prev = _prev_word(text, found.start)
        nxt = _next_word(text, found.end)
        if _inside_title(ctx, found.start):
            return False
        if month.isupper():  # a headline in capitals: only after a preposition ("IN MARCH")
            return prev.lower() in _PREPOSITION_BEFORE_MONTH
        if nxt[:1].isupper() and nxt not in _MONTH_SET and not _at_sentence_start(
                ctx, found.end + 1) and text[found.end:found.end + 1] == " ":
            return False  # "June Carter", "April Ryan"
        if prev[:1].isupper() and not _at_sentence_start(ctx, found.start) \
                and prev.rstrip(",") not in _MONTH_SET and prev not in ("In", "Since", "By",
                                                                       "Until", "From"):
            return False  # "Theresa May", "Ides of March" written as a name
        return month != "May" or prev.lower() in _PREPOSITION_BEFORE_MONTH
    if kind == "year":
        prev = _prev_word(text, found.start)
        if _BILL_LIKE.match(prev) and prev not in ("In", "Since", "By", "Until", "From", "AD"):
            return False
        if prev.lower() in _QUANTITY_WORDS and prev.lower() not in ("of", "to", "and", "or"):
            return False
        if _STREET_AFTER.match(text, found.end):
            return False  # "1909 Jolinda Drive": a house number
        return _next_word(text, found.end).lower() not in _COUNT_NOUNS
    if kind == "season" and not (m.group("det") or m.group("year") or m.group("year2")
                                 or m.group("pos") or m.group("pos2")):
        prev = _prev_word(text, found.start).lower()
        if m.group("season").lower() == "fall":
            return False
        return prev in ("in", "by", "until", "till", "since", "before", "after", "during",
                        "through", "throughout", "over", "for", "and", "or", "this", "next",
                        "last", "from")
    if kind == "season" and m.group("season").lower() == "fall" and not (
            m.group("year") or m.group("year2")):
        # "fall" is a verb and a noun ("the fall of the government") far more than a season
        det = (m.group("det") or "").lower()
        if det in ("this", "last", "next"):
            return True
        return det == "the" and _prev_word(text, found.start).lower() in (
            "in", "by", "until", "since", "during", "through") and not text.startswith(
            " of", found.end)
    if kind == "relday" and text[found.start] == "T" and m.group("word").lower() == "today" \
            and not _at_sentence_start(ctx, found.start):
        return False  # mid-sentence "Today" is a name: "USA Today", "the Today programme"
    if kind in ("duration", "duration_adj") and text[found.start].isupper() and \
            not _at_sentence_start(ctx, found.start):
        return False  # "the Six-Day War", "Hundred Days": part of a name
    if kind == "duration":
        body = m.group(0).lower()
        if _A_SECOND.fullmatch(body):
            return False  # "a second producer": an ordinal far more often than a duration
        if body in ("one day", "one night") and _prev_word(text, found.start).lower() not in (
                "for", "in", "within", "after", "than", "over", "by", "of", "per", "just",
                "only", "a", "about", "nearly", "almost", "least"):
            return False  # "would love to one day buy": "some day", not a length of time
    if kind == "weekday" and _prev_word(text, found.start).lower() in _NAMED_DAY_WORDS and \
            text[found.start - 1:found.start] == " ":
        return False  # "Black Friday", "Super Tuesday": named days, not dates
    if kind == "set_adverb" and text[found.start].isupper() and not _at_sentence_start(
            ctx, found.start):
        return False  # "Monthly Notices of ...", "the Annual Report": part of a name
    if kind == "duration_the" and text.startswith(" of ", found.end):
        return False  # "the last week of March": a part of March, not a length of time
    if kind == "holiday" and m.group("name") == "Christmas" and \
            _next_word(text, found.end)[:1].isupper():
        return False  # "Christmas Island"
    if kind == "relunit" and m.group("unit").lower() == "day":
        # only "the next/following/previous/same day": anaphoric days, not "this day"
        return bool(m.group("the")) and m.group("shift").lower() in (
            "next", "following", "previous", "same") and not m.group("lead")
    if kind == "relunit" and m.group("the"):
        if text.startswith(" of ", found.end):
            return False  # "the last weekend of the festival": relative to the festival
        if m.group("shift").lower() in ("last", "next"):
            return False  # "over the next decade", "the last year": lengths of time
    if kind == "clock":
        clock = m.group("clock")
        if re.fullmatch(r"\d{1,2}:\d\d(?::\d\d)?", clock):
            # a bare 24-hour time needs a cue: "at 18:45", not a ratio or a score
            prev = _prev_word(text, found.start).lower()
            if prev not in ("at", "from", "until", "till", "by", "before", "after", "around",
                            "about", "since", "to", "and", "or", "between"):
                return False
    return True


_MONTH_SET = set(MONTH_FULL.split("|"))
_A_SECOND = re.compile(r"an?\ssecond")
_STREET_AFTER = re.compile(r"\s(?:[A-Z][\w’']+\s){1,2}(?:Drive|Street|St|Avenue|Ave|Road|Rd"
                           r"|Lane|Ln"
                           r"|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Highway|Hwy|Terrace|Crescent)\b")
_NAMED_DAY_WORDS = {"black", "cyber", "super", "ash", "easter", "holy", "bloody", "maundy", "palm",
                    "good", "giving", "shrove", "fat", "manic", "blue", "mad", "whit", "low"}
_COUNT_NOUNS = {"people", "votes", "members", "cases", "deaths", "jobs", "homes", "km",
                "miles", "metres", "meters", "feet", "tonnes", "tons", "units", "words",
                "pages", "troops", "soldiers", "students", "workers", "residents", "families",
                "visitors", "patients", "children", "households", "stores", "shares", "points",
                "runs", "yards", "pounds", "dollars", "euros", "kg", "mm", "cm", "hectares",
                "acres", "calories", "signatures", "copies", "participants", "refugees"}


# ---------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------

def _number(word: str) -> int | float | None:
    word = word.lower().replace(",", "").strip()
    if not word:
        return None
    if re.fullmatch(r"\d+", word):
        return int(word)
    if re.fullmatch(r"\d+\.\d+", word):
        return float(word)
    if word in ("a few", "few", "several", "many", "some", "a couple of", "a couple"):
        return 2 if "couple" in word else None
    parts = re.split(r"[-\s]", word)
    parts = [p for p in parts if p not in ("a", "an")] or ["a"]
    total = 0
    for part in parts:
        if part not in _NUMBER_WORDS:
            return None
        value = _NUMBER_WORDS[part]
        total = total * value if value == 100 and total else total + value
    return total


_UNIT_CODE = {"second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1),
              "day": ("", "D", 1), "night": ("", "D", 1), "week": ("", "W", 1),
              "fortnight": ("", "W", 2), "month": ("", "M", 1), "year": ("", "Y", 1),
              "decade": ("", "Y", 10), "century": ("", "Y", 100), "centuries": ("", "Y", 100)}


def _unit_key(unit: str) -> str:
    unit = unit.lower()
    if unit.startswith("centur"):
        return "century"
    return unit[:-1] if unit.endswith("s") and unit[:-1] in _UNIT_CODE else unit


_FEW_RE = re.compile(FEW, _I)


def _amount(words: str) -> int | float | None:
    """The count a duration or "ago" phrase gives: "two" 2, "a couple of" 2, "a few" None."""
    if "couple" in words.lower():
        return 2
    return None if _FEW_RE.fullmatch(words) else _number(words)


def _duration(parts: list[tuple[int | float | None, str]]) -> str:
    """P... value from (amount, unit) pairs; amount None is an unknown count (X)."""
    date_part, time_part = "", ""
    for amount, unit in parts:
        is_time, code, factor = _UNIT_CODE[_unit_key(unit)]
        if amount is None:
            text = "X"
        else:
            total = amount * factor
            text = str(int(total)) if float(total).is_integer() else str(total)
        if is_time:
            time_part += text + code
        else:
            date_part += text + code
    return "P" + date_part + ("T" + time_part if time_part else "")


_DURATION_PIECE = re.compile(rf"(?i:(?P<n>{NUM}|{FEW}|an?)\s(?:(?:more|further|full|straight"
                             rf"|consecutive|long|extra|additional)\s)?(?P<unit>{UNIT})s?)")


def _weekday_value(ctx: _Context, found: _Found, weekday: int, shift: str) -> str:
    """The day a weekday name points to. A bare name with no tense cue takes the day the same
    name was resolved to earlier in the article ("NASA on Monday enlisted ..." then "Monday's
    announcement"): one article rarely means two different Mondays without saying so. Failing
    that, it looks the way the day last named in this or the previous sentence lies ("travel to
    Perth next Saturday. Harbour host Thistle on Friday night." is the coming Friday)."""
    if ctx.anchor is None:
        return f"XXXX-WXX-{weekday + 1}"
    if not shift and weekday == ctx.anchor.weekday():
        value = ctx.anchor.isoformat()  # the publication day, whatever the tense
        ctx.weekday_memory.setdefault(weekday, value)
        return value
    direction = ctx.tense(found.start, found.end)
    if not shift and direction is None:
        if weekday in ctx.weekday_memory:
            return ctx.weekday_memory[weekday]
        direction = _recent_direction(ctx, found.start)
    value = weekday_date(weekday, ctx.anchor, direction, shift).isoformat()
    if not shift:
        ctx.weekday_memory.setdefault(weekday, value)
    return value


def _written_date(published: str | None) -> dt.date | None:
    """A publication date written the way articles write dates ("June 18, 2024, 07:57 IST",
    "18 June 2024"): read with the layer itself, so any form it recognises will do."""
    if not published or len(published) > 80:
        return None
    for span in find_dates(published, None):
        if span.value and _DAY_VALUE.match(span.value):
            return dt.date.fromisoformat(span.value[:10])
    return None


def _recent_direction(ctx: _Context, pos: int) -> int | None:
    """PAST/FUTURE: where the last day named before ``pos`` (this or the previous sentence)
    lies from the publication day; None when there is none or it is that day."""
    sentence = ctx.sentence_of(pos)
    for start, value in reversed(ctx.day_values):
        if start >= pos:
            continue
        if ctx.sentence_of(start) < sentence - 1:
            break
        day = dt.date.fromisoformat(value[:10])
        if ctx.anchor is None or day == ctx.anchor:
            return None
        return FUTURE if day > ctx.anchor else PAST
    return None


_ISO_IN = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_MONTH_IN = re.compile(r"\b(" + MONTH_FULL + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov"
                       r"|Dec)(?![a-z])", re.IGNORECASE)
_DAY_IN = re.compile(r"(?<![\d:.])(\d{1,2})(?:st|nd|rd|th)?(?![\d:])")
_YEAR_IN = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_WEEKDAY_AT_START = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon"
                               r"|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)", re.IGNORECASE)


_NUMERIC_IN = re.compile(r"(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})")


def _numeric_date(ctx: _Context, m: re.Match[str]) -> str | None:
    """24/02/2025 or 2/24/2025: the order the numbers allow; when both do (03/04/2025), the
    reading nearer the publication date (bylines and datelines sit next to it)."""
    a, b, c = m.group(1), m.group(2), m.group(3)
    if len(a) == 4:
        readings = [(int(a), int(b), int(c))]
    else:
        readings = [(int(c), int(b), int(a)), (int(c), int(a), int(b))]  # day first, month first
    valid = []
    for year, month, day in readings:
        try:
            valid.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not valid:
        return None
    if ctx.anchor is not None:
        anchor = ctx.anchor
        return min(valid, key=lambda d: abs((d - anchor).days)).isoformat()
    return valid[0].isoformat()


def _date_value(ctx: _Context, found: _Found, text: str) -> str | None:
    """The value of a written calendar date (ISO, month-day, day-month, with or without year)."""
    iso = _ISO_IN.search(text)
    if iso:
        return f"{iso.group(1)}-{iso.group(2)}-{iso.group(3)}"
    numeric = _NUMERIC_IN.search(text)
    if numeric:
        return _numeric_date(ctx, numeric)
    month_m = _MONTH_IN.search(text)
    if not month_m:
        return None
    month = MONTHS[month_m.group(1).lower()]
    rest = text[:month_m.start()] + " " + text[month_m.end():]
    day_m = _DAY_IN.search(rest)
    year_m = _YEAR_IN.search(rest)
    day = int(day_m.group(1)) if day_m and (not year_m or day_m.group(1) != year_m.group(1)) \
        else None
    if year_m:
        year = int(year_m.group(1))
        if day is None:
            return f"{year:04d}-{month:02d}"
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if day is None:
        return None
    if ctx.anchor is None:
        return f"XXXX-{month:02d}-{day:02d}"
    # a weekday written with the date checks the year: "Thursday 14 August"
    wd = _WEEKDAY_AT_START.match(text)
    if wd:
        for year in (ctx.anchor.year, ctx.anchor.year + 1, ctx.anchor.year - 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate.weekday() == WEEKDAYS[wd.group(1).lower()]:
                return candidate.isoformat()
    nearest = day_in_year(month, day, ctx.anchor, None)
    if nearest is not None and abs((nearest - ctx.anchor).days) <= 60:
        return nearest.isoformat()  # within two months the other years are too far for tense
    resolved = day_in_year(month, day, ctx.anchor, ctx.tense(found.start, found.end))
    return resolved.isoformat() if resolved else None


_ZONE_AT_END = re.compile(rf"\s?({ZONE})$")
_OFFSET_AT_END = re.compile(r"(?<=\d)(Z|[+\-]\d\d:?\d\d)$")
_DIGITS = re.compile(r"\d+")
_PM = re.compile(r"[pP]\.?[mM]")
_AM = re.compile(r"[aA]\.?[mM]")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
_WEEKDAY_ONLY = re.compile(WEEKDAY, re.IGNORECASE)


def _clock_value(clock: str, day_value: str | None) -> str:
    """``T09:00`` (+ offset) from a written clock time, on the given day (or unknown)."""
    c = clock.strip()
    zone = None
    zm = _ZONE_AT_END.search(c)
    attached = _OFFSET_AT_END.search(c)
    if zm:
        zone = zm.group(1)
        c = c[:zm.start()].strip()
    elif attached:
        zone = attached.group(1)
        c = c[:attached.start()]
    low = c.lower()
    if low in ("noon", "midday"):
        hour, minute, second = 12, 0, None
    elif low == "midnight":
        hour, minute, second = 0, 0, None
    else:
        nums = _DIGITS.findall(c)
        if len(nums) == 1 and len(nums[0]) == 4:  # wire style "1630 GMT"
            nums = [nums[0][:2], nums[0][2:]]
        hour = int(nums[0])
        minute = int(nums[1]) if len(nums) > 1 else 0
        second = int(nums[2]) if len(nums) > 2 else None
        if _PM.search(c) and hour < 12:
            hour += 12
        elif _AM.search(c) and hour == 12:
            hour = 0
    value = f"T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
    day = None
    if day_value and _DAY_VALUE.match(day_value):
        day = dt.date.fromisoformat(day_value[:10])
    offset = None
    if zone:
        if zone == "Z":
            offset = "+00:00"
        elif zone[0] in "+-":
            offset = zone if ":" in zone else zone[:3] + ":" + zone[3:]
        else:
            offset = zone_offset(zone, day)
    return (day_value[:10] if day_value else "XXXX-XX-XX") + value + (offset or "")


_HALF = {"second": "PT0.5S", "minute": "PT30S", "hour": "PT30M", "day": "PT12H",
         "week": "P3DT12H", "month": "P15D", "year": "P6M", "decade": "P5Y", "century": "P50Y"}
_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
              "tonight": "NI"}


def _normalise(ctx: _Context, f: _Found) -> None:
    """Set the TIMEX3 type and value of one kept expression (one branch per family)."""
    m, kind, anchor = f.match, f.kind, ctx.anchor
    if kind == "stamp":
        day = _date_value(ctx, f, m.group("date"))
        f.label, f.value = "TIME", _clock_value(m.group("clock"), day)
    elif kind == "clock":
        f.label = "TIME"
        day_text = m.group("day")
        if day_text:
            wd_only = _WEEKDAY_ONLY.fullmatch(day_text)
            if wd_only:
                day = _weekday_value(ctx, f, WEEKDAYS[day_text.lower()], "")
            elif day_text.lower() in ("today", "tomorrow", "yesterday", "tonight"):
                day = _relday(anchor, day_text.lower())
            else:
                day = _date_value(ctx, f, day_text)
            f.value = _clock_value(m.group("clock"), day)
        else:
            f.value = None  # resolved later from the days around it
    elif kind == "date":
        f.value = _date_value(ctx, f, m.group(0))
    elif kind == "part_of":
        day_text = m.group("day")
        if _WEEKDAY_ONLY.fullmatch(day_text):
            day = _weekday_value(ctx, f, WEEKDAYS[day_text.lower()], "")
        else:
            day = _date_value(ctx, f, day_text)
        f.label, f.value = "TIME", f"{day}T{_PART_CODE[m.group('part').lower()]}"
    elif kind in ("month", "month_abbr_year"):
        month = MONTHS[m.group("month").rstrip(".").lower()]
        relyear = (m.groupdict().get("relyear") or "").lower()
        if m.group("year"):
            f.value = f"{m.group('year')}-{month:02d}"
        elif relyear and anchor is not None:
            year = anchor.year + {"last": -1, "next": 1}.get(relyear, 0)
            f.value = f"{year:04d}-{month:02d}"
        elif anchor is None:
            f.value = f"XXXX-{month:02d}"
        else:
            shift = (m.groupdict().get("shift") or "").lower()
            if shift in ("last", "past"):
                year = anchor.year if month < anchor.month else anchor.year - 1
            elif shift in ("next", "coming"):
                year = anchor.year if month > anchor.month else anchor.year + 1
            elif shift == "this":
                year = anchor.year
            else:
                year = month_year(month, anchor, None if month == anchor.month
                                  else ctx.tense(f.start, f.end))
            f.value = f"{year:04d}-{month:02d}"
    elif kind == "weekday":
        weekday = WEEKDAYS[m.group("wd").lower()]
        if m.group("plural"):
            f.label, f.value = "SET", f"XXXX-WXX-{weekday + 1}"
            if m.group("part"):
                f.value += "T" + _PART_CODE[m.group("part").lower()]
            return
        shift = (m.group("shift") or "").lower()
        shift = {"coming": "next", "past": "last"}.get(shift, shift)
        f.value = _weekday_value(ctx, f, weekday, shift)
        part = m.group("part")
        lateearly = (m.group("lateearly") or "").lower()
        if part:
            f.label, f.value = "TIME", f"{f.value}T{_PART_CODE[part.lower()]}"
        elif lateearly:
            f.label, f.value = "TIME", f"{f.value}T{'NI' if lateearly == 'late' else 'MO'}"
    elif kind == "relday":
        word = m.group("word").lower()
        f.value = _relday(anchor, word)
        part = m.group("part")
        if word == "tonight":
            f.label, f.value = "TIME", f"{f.value}TNI" if anchor else "PRESENT_REF"
        elif part:
            f.label = "TIME"
            f.value = f"{f.value}T{_PART_CODE[part.lower()]}" if anchor else f.value
    elif kind == "relpart":
        f.label = "TIME"
        part = m.group("part").lower()
        if anchor is None:
            f.value = "PRESENT_REF" if m.group("shift").lower() == "this" else "PAST_REF"
        else:
            day = anchor - dt.timedelta(days=1) if m.group("shift").lower() == "last" and \
                part == "night" else anchor
            f.value = f"{day.isoformat()}T{_PART_CODE[part]}"
    elif kind in ("relunit", "theunit"):
        unit = m.group("unit").lower()
        shift = (m.groupdict().get("shift") or "this").lower()
        step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(shift, 0)
        if shift.startswith("this") and shift.endswith("past"):
            # "this past weekend": the one just gone (this week's when published at the weekend)
            step = 0 if anchor is not None and anchor.weekday() >= 5 and unit == "weekend" \
                else -1
        f.value = _relative_unit(anchor, unit, step)
    elif kind == "weekend":
        if anchor is None:
            f.value = "XXXX-WXX-WE"
        else:
            direction = ctx.tense(f.start, f.end)
            if anchor.weekday() >= 5:
                day = anchor
            elif direction == PAST or (direction is None and anchor.weekday() <= 1):
                day = anchor - dt.timedelta(days=7)
            else:
                day = anchor
            f.value = iso_week(day) + "-WE"
    elif kind == "ago":
        f.value = _ago(anchor, m.group("n"), m.group("unit"))
    elif kind == "decade":
        if m.group("digits"):
            f.value = m.group("digits") + "X"
        else:
            f.value = "19" + m.group("short") + "X"
    elif kind == "quarter":
        if m.group("q"):
            q = int(m.group("q"))
            year = m.group("qyear")
        else:
            q = _ORDINALS[m.group("ord").lower()]
            year = m.group("year") or m.group("year2")
            if m.group("rel") and anchor:
                year = str(anchor.year + {"this": 0, "last": -1, "next": 1}[
                    m.group("rel").lower()])
        if q == -1:  # "the last quarter": the one before the current one
            if anchor is None:
                f.value = "PAST_REF"
                return
            y, mo = add_months(anchor.year, anchor.month, -3)
            f.value = f"{y:04d}-Q{(mo - 1) // 3 + 1}"
            return
        if year is None:
            year = (str(quarter_year(q, anchor, ctx.tense(f.start, f.end))) if anchor
                    else "XXXX")
        f.value = f"{year}-Q{q}"
    elif kind == "half":
        h = 1 if m.group("ord").lower() == "first" else 2
        year = m.group("year")
        if year is None:
            if anchor is None:
                year = "XXXX"
            else:
                year = str(anchor.year + {"last": -1, "next": 1}.get(
                    (m.group("rel") or "").lower(), 0))
        f.value = f"{year}-H{h}"
    elif kind == "season":
        code = SEASONS[m.group("season").lower()]
        year = m.group("year") or m.group("year2")
        if year is None:
            if anchor is None:
                f.value = f"XXXX-{code}"
                return
            det = (m.group("det") or "").lower()
            shift = {"this": "this", "last": "last", "past": "last", "next": "next",
                     "coming": "next"}.get(det, "")
            year = str(season_year(code, anchor, ctx.tense(f.start, f.end), shift))
        f.value = f"{year}-{code}"
    elif kind == "year":
        f.value = m.group("year")
    elif kind == "decade_word":
        f.value = "19" + str(_DECADE_WORDS.index(m.group("word").lower()) + 2) + "X"
    elif kind == "century":
        ordinal = m.group("ord").lower()
        number = int(ordinal[:-2]) if ordinal[0].isdigit() else _ORDINAL_WORDS.index(
            ordinal.replace("twenty-first", "twentyfirst")) + 1
        f.value = f"{number - 1:02d}"
    elif kind == "bare_units":
        f.label, f.value = "DURATION", _duration([(None, m.group("x"))])
    elif kind == "weekends":
        f.label, f.value = "SET", "XXXX-WXX-WE"
    elif kind == "holiday":
        f.value = _holiday_value(ctx, f, m.group("name"))
    elif kind == "vague":
        f.value = ("PAST_REF" if m.group("past") else "PRESENT_REF" if m.group("present")
                   else "FUTURE_REF")
    elif kind == "set":
        f.label = "SET"
        f.value = _set_value(m)
    elif kind == "set_adverb":
        word = m.group("word").lower()
        f.label = "SET"
        f.value = {"annually": "P1Y", "annual": "P1Y", "yearly": "P1Y", "quarterly": "P3M",
                   "monthly": "P1M", "weekly": "P1W", "daily": "P1D", "nightly": "P1D",
                   "hourly": "PT1H", "fortnightly": "P2W", "biannually": "P6M",
                   "biennially": "P2Y", "biennial": "P2Y"}[word]
    elif kind == "per":
        f.label, f.value = "SET", _duration([(1, m.group("unit"))])
    elif kind == "duration":
        pieces = [(_amount(p.group("n")), p.group("unit"))
                  for p in _DURATION_PIECE.finditer(m.group("body"))]
        f.label, f.value = "DURATION", _duration(pieces)
        first = pieces[0]
        if first[0] == 1 and len(pieces) == 1 and re.match(r"(?i)an?\s", m.group("body")) \
                and not m.group("det") and _SET_BEFORE_A.search(
                    ctx.text, max(0, f.start - 40), f.start) \
                and not _NOT_PER_AFTER.match(ctx.lowered, f.end):
            f.label = "SET"  # "50,000 refugees a day", "twice a year"
    elif kind == "duration_half":
        if m.group("unit"):
            f.label, f.value = "DURATION", _HALF[m.group("unit").lower()]
        else:
            unit = m.group("unit2").lower()
            whole = _duration([(1, unit)])
            half = _HALF[unit][1:].lstrip("T")
            # "an hour and a half" → PT1H30M; "a year and a half" → P18M
            f.label, f.value = "DURATION", {"year": "P18M", "month": "P1M15D", "week": "P10D",
                                            "day": "P1DT12H"}.get(unit, whole + half)
    elif kind == "duration_the":
        f.label, f.value = "DURATION", _duration([(1, m.group("unit"))])
    elif kind == "duration_adj":
        n = m.group("n").lower()
        amount = 0.5 if n == "half" else _number(n)
        f.label, f.value = "DURATION", _duration([(amount, m.group("unit"))])
    elif kind == "duration_long":
        unit = m.group("unit").lower()
        plural = unit.endswith("s") and not unit.startswith("centur")
        f.label = "DURATION"
        f.value = _duration([(None if plural else 1, unit)])
    elif kind == "nth_year":
        ordinal = m.group("ord").lower()
        amount = _ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal) or 0) or None
        if ordinal in ("fifth", "sixth", "seventh", "eighth", "ninth", "tenth"):
            amount = ["fifth", "sixth", "seventh", "eighth", "ninth", "tenth"].index(ordinal) + 5
        f.label, f.value = "DURATION", _duration([(amount, m.group("unit"))])


_DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties"]
_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                  "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                  "twentieth", "twentyfirst"]
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
             "valentine's day": (2, 14), "halloween": (10, 31), "bastille day": (7, 14),
             "hogmanay": (12, 31)}


def _thanksgiving(year: int) -> dt.date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _holiday_value(ctx: _Context, f: _Found, name: str) -> str | None:
    """The date of a named holiday in the year the tense (else nearness) points to."""
    key = " ".join(name.lower().replace("’", "'").split())
    anchor = ctx.anchor
    if key.startswith("thanksgiving"):
        if anchor is None:
            return "XXXX-11"
        direction = ctx.tense(f.start, f.end)
        options = [_thanksgiving(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        if direction == PAST:
            options = [d for d in options if d <= anchor] or options
        elif direction == FUTURE:
            options = [d for d in options if d >= anchor] or options
        return min(options, key=lambda d: abs((d - anchor).days)).isoformat()
    month, day = _HOLIDAYS[key]
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}"
    resolved = day_in_year(month, day, anchor, ctx.tense(f.start, f.end))
    return resolved.isoformat() if resolved else None


def _relday(anchor: dt.date | None, word: str) -> str:
    if anchor is None:
        return {"yesterday": "PAST_REF", "tomorrow": "FUTURE_REF"}.get(word, "PRESENT_REF")
    delta = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    return (anchor + dt.timedelta(days=delta)).isoformat()


def _relative_unit(anchor: dt.date | None, unit: str, step: int) -> str:
    if anchor is None:
        return {-1: "PAST_REF", 1: "FUTURE_REF"}.get(step, "PRESENT_REF")
    if unit in ("week", "weekend"):
        value = iso_week(anchor + dt.timedelta(days=7 * step))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        year, month = add_months(anchor.year, anchor.month, step)
        return f"{year:04d}-{month:02d}"
    if unit == "day":
        return (anchor + dt.timedelta(days=step)).isoformat()
    if unit == "quarter":
        year, month = add_months(anchor.year, anchor.month, 3 * step)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "decade":
        return f"{(anchor.year // 10 + step):03d}X"
    if unit == "century":
        return f"{(anchor.year // 100 + step):02d}"
    return f"{anchor.year + step:04d}"


def _ago(anchor: dt.date | None, amount_text: str | None, unit: str) -> str:
    amount = _amount(amount_text) if amount_text else None
    if anchor is None or amount is None or isinstance(amount, float):
        return "PAST_REF"
    unit = _unit_key(unit)
    if unit in ("day", "night"):
        return (anchor - dt.timedelta(days=amount)).isoformat()
    if unit in ("week", "fortnight"):
        weeks = amount * (2 if unit == "fortnight" else 1)
        return iso_week(anchor - dt.timedelta(days=7 * weeks))
    if unit == "month":
        year, month = add_months(anchor.year, anchor.month, -amount)
        return f"{year:04d}-{month:02d}"
    if unit in ("year", "decade", "century"):
        years = amount * {"year": 1, "decade": 10, "century": 100}[unit]
        return f"{anchor.year - years:04d}"
    return anchor.isoformat()  # hours/minutes ago: the day itself


def _set_value(m: re.Match[str]) -> str:
    if m.group("wd"):
        value = f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()] + 1}"
        if m.group("wdpart"):
            value += "T" + _PART_CODE[m.group("wdpart").lower()]
        return value
    if m.group("part"):
        return f"XXXX-XX-XXT{_PART_CODE[m.group('part').lower()]}"
    if m.group("month"):
        return f"XXXX-{MONTHS[m.group('month').lower()]:02d}"
    if m.group("season"):
        return f"XXXX-{SEASONS[m.group('season').lower()]}"
    factor = 2 if m.group("other") else 1
    if m.group("unit"):
        unit = m.group("unit").lower()
        if unit == "weekend":
            return "XXXX-WXX-WE"
        return _duration([(factor, unit)])
    n = m.group("n")
    amount = None if n.lower() == "few" else _number(n)
    return _duration([(amount * factor if amount else None, m.group("nunit"))])


# ---------------------------------------------------------------------------------------------
# Clock times without a day of their own
# ---------------------------------------------------------------------------------------------

_JOINED_BY_ON = re.compile(r"^\s*,?\s*on\s+$")


def _resolve_clocks(ctx: _Context, kept: list[_Found]) -> None:
    """A bare clock time takes the day joined to it by "on", else the nearest day in its
    sentence, else the last day in the sentence before, else the publication day."""

    def day_of(other: _Found) -> str | None:
        if other.kind == "clock" or other.label == "SET" or not other.value or \
                not _DAY_VALUE.match(other.value):
            return None
        return other.value

    for i, f in enumerate(kept):
        if f.kind != "clock" or f.value is not None:
            continue
        day: str | None = None
        if i + 1 < len(kept) and kept[i + 1].start - f.end < 16 and \
                _JOINED_BY_ON.match(ctx.text[f.end:kept[i + 1].start]):
            day = day_of(kept[i + 1])
        if day is None:
            sentence = ctx.sentence_of(f.start)
            best: tuple[int, str] | None = None
            j = i + 1  # later in the same sentence
            while j < len(kept) and ctx.sentence_of(kept[j].start) == sentence:
                value = day_of(kept[j])
                if value:
                    best = (kept[j].start - f.start, value)
                    break
                j += 1
            j = i - 1  # earlier in the same sentence, then the last one in the sentence before
            while j >= 0:
                other_sentence = ctx.sentence_of(kept[j].start)
                if other_sentence < sentence - 1:
                    break
                value = day_of(kept[j])
                if value:
                    distance = f.start - kept[j].start + (
                        0 if other_sentence == sentence else 100_000)
                    if best is None or distance < best[0]:
                        best = (distance, value)
                    break
                j -= 1
            if best:
                day = best[1]
        if day is None and ctx.anchor is not None:
            day = ctx.anchor.isoformat()
        f.value = _clock_value(f.match.group("clock"), day[:10] if day else None)


_LIST_JOINER = re.compile(r"^(?:,\s|,?\s(?:and|or|to|through)\s|\s?[-–]\s?)$")


def _month_lists(ctx: _Context, kept: list[_Found]) -> None:
    """Months listed together run forward within one year: "in March, June, September and
    December" written in January is 2025-03 … 2025-12, not 2024-12 for the last one."""
    for prev, f in itertools.pairwise(kept):
        if f.kind != "month" or prev.kind != "month" or f.match.group("year") or \
                f.match.group("shift") or not prev.value or not f.value or \
                not prev.value[:4].isdigit() or not _LIST_JOINER.match(
                    ctx.text[prev.end:f.start]):
            continue
        prev_year, prev_month = int(prev.value[:4]), int(prev.value[5:7])
        month = int(f.value[5:7])
        year = prev_year if month > prev_month else prev_year + 1
        f.value = f"{year:04d}-{month:02d}"


_REFERENCE_VALUE = re.compile(r"^(\d{4})(?:-(\d\d))?")


def _anaphoric_units(kept: list[_Found]) -> None:
    """"The previous year" / "the following month" count from the last year or month the text
    named ("in 2017, up from the previous year" → 2016), not from the publication date."""
    for i, f in enumerate(kept):
        if f.kind != "relunit":
            continue
        shift = f.match.group("shift").lower()
        unit = f.match.group("unit").lower()
        if shift not in ("previous", "following", "same", "next") or unit not in (
                "year", "month", "day") or (shift == "next" and unit != "day"):
            continue
        step = {"previous": -1, "following": 1, "next": 1}.get(shift, 0)
        for ref in reversed(kept[:i]):
            if f.start - ref.end > 600:
                break
            m = _REFERENCE_VALUE.match(ref.value or "") if ref.label in ("DATE", "TIME") else None
            if not m or (unit == "month" and not m.group(2)):
                continue
            if unit == "day":
                if not _DAY_VALUE.match(ref.value or ""):
                    continue
                day = dt.date.fromisoformat(ref.value[:10]) + dt.timedelta(days=step)
                f.value = day.isoformat()
            elif unit == "year":
                f.value = f"{int(m.group(1)) + step:04d}"
            else:
                year, month = add_months(int(m.group(1)), int(m.group(2)), step)
                f.value = f"{year:04d}-{month:02d}"
            break


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------

_KINDS_NEEDING_CHECK = {"month", "year", "season", "relday", "clock", "duration", "weekday",
                        "set_adverb", "relunit", "duration_adj", "duration_the", "holiday"}




_EXTENT_GROUP_KINDS = frozenset(("bare_units", "weekends"))


def _candidates(ctx: _Context) -> list[_Found]:
    found: list[_Found] = []
    text = ctx.text
    # ctx.lowered is the text itself when lowering changes the length: then lower it there
    lowered = ctx.lowered if ctx.lowered is not text else None
    for kinds, windows in trigger_windows(text, lowered).items():
        for kind in kinds:
            if kind in LOWERED_KINDS:
                source = ctx.lowered
                pattern = family_anycase(kind) if ctx.lowered is text else FAMILY_BY_KIND[kind]
            else:
                source, pattern = text, FAMILY_BY_KIND[kind]
            check = kind in _KINDS_NEEDING_CHECK
            first = FIRST_CHARS.get(kind)
            for w_start, w_end in windows:
                matches = pattern.finditer(source, w_start, w_end) if first is None \
                    else finditer_from(pattern, first, source, w_start, w_end)
                for m in matches:
                    if kind in _EXTENT_GROUP_KINDS:  # the match includes a cue word outside
                        f = _Found(m.start("x"), m.end("x"), kind, m)
                    else:
                        f = _Found(m.start(), m.end(), kind, m)
                    if check and not _keep(ctx, f):
                        continue
                    found.append(f)
    return found


def _resolve_overlaps(found: list[_Found], size: int) -> list[_Found]:
    """Longest first (ties by family order); spans never overlap."""
    found.sort(key=lambda f: (f.start - f.end, PRIORITY[f.kind], f.start))
    taken = bytearray(size)
    kept: list[_Found] = []
    for f in found:
        if 1 in taken[f.start:f.end]:
            continue
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
        kept.append(f)
    kept.sort(key=lambda f: f.start)
    return [f for f in kept if f.kind != "block"]


def find_dates(text: str, published: str | None) -> list[Span]:
    """Dates, times, durations and sets in ``text``, TIMEX3-typed and normalised."""
    ctx = _Context(text, published)
    kept = _resolve_overlaps(_candidates(ctx), len(text))
    ctx.span_starts = [f.start for f in kept]
    ctx.span_ends = [f.end for f in kept]
    for f in kept:
        _normalise(ctx, f)
        if f.value and f.label in ("DATE", "TIME") and _DAY_VALUE.match(f.value):
            ctx.day_values.append((f.start, f.value))
    _month_lists(ctx, kept)
    _anaphoric_units(kept)
    _resolve_clocks(ctx, kept)
    # positional: layer, start, end, text, label (TIMEX3 type), value
    return [Span("date", f.start, f.end, text[f.start:f.end], f.label, f.value)
            for f in kept if f.value]



