"""What the date layer looks for, and where: the regex families and their trigger words.

Each family is one regex for one shape of temporal expression ("stamp" for byline timestamps,
"duration" for "two months and 10 days", ...). Every expression of a family contains one of the
family's trigger words (or a run of digits of a telling shape), so instead of running each regex
over the whole text, ``trigger_windows(text)`` finds the triggers (one scan for digit runs, one
for words) and each family runs only in small windows around its own triggers; the busiest
families run only from the characters they can open with (``FIRST_CHARS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .date_calendar import MONTHS, US_GENERIC, WEEKDAYS, ZONES

MONTH_FULL = ("January|February|March|April|May|June|July|August|September|October|November"
              "|December")
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# as written in running text, or all in capitals as in some headlines and datelines
_MONTH_NAME = f"{MONTH_FULL}|{MONTH_FULL.upper()}"
_MONTH_ANY = rf"(?:(?:{_MONTH_NAME})|(?:{_MONTH_ABBR}|{_MONTH_ABBR.upper()})\.?)(?![a-zA-Z])"
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY = rf"(?:{_WEEKDAY_NAMES}|{_WEEKDAY_NAMES.upper()})"
_WEEKDAY_ABBR = r"(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_MDY = rf"{_MONTH_ANY}\s{_DAY}(?![\d:])(?:,?\s{_YEAR}(?![\d,]\d))?"
_DMY = rf"(?:the\s)?{_DAY}(?:\sof)?\s{_MONTH_ANY}(?:,?\s{_YEAR}(?![\d,]\d))?"
_ISO = rf"{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
# numeric dates with a four-digit year: 24/02/2025, 2/24/2025, 24.02.2025, 2025/02/24
_NUMERIC = (rf"(?:{_YEAR}[/.](?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|[12]\d|3[01])"
            rf"|(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])[/.]{_YEAR})(?![\d/.]\d)")
_DATE = rf"(?:{_ISO}|{_NUMERIC}|{_MDY}|{_DMY})"
_DOW_PREFIX = rf"(?:(?:{WEEKDAY}|{_WEEKDAY_ABBR}),?\s)?"

_ZONE_NAMES = sorted(set(ZONES) | set(US_GENERIC), key=len, reverse=True)
ZONE = (r"(?:(?:GMT|UTC)\s?[+\-−]\s?\d{1,2}(?::?\d\d)?|"
         + "|".join(z for z in _ZONE_NAMES if z != "Z") + r")(?![A-Za-z])")
_AMPM = r"(?:[ap]\.m\.|[ap]\.m\b|[AP]\.M\.|[ap]m\b|[AP]M\b)"
_HOUR = r"(?:[01]?\d|2[0-3])"
_CLOCK = (rf"(?:{_HOUR}(?:[:.][0-5]\d(?::[0-5]\d)?)?\s?{_AMPM}"
          rf"|{_HOUR}:[0-5]\d(?::[0-5]\d)?(?![\d:])"
          rf"|{_HOUR}\.[0-5]\d(?=\s?{ZONE})"
          r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s?(?:GMT|UTC)\b)"
          r"|(?:1[0-2]|0?[1-9])\so['’]clock"
          r"|(?i:noon|midday|midnight))")
_CLOCK_ZONE = rf"{_CLOCK}(?:\s?{ZONE}|(?<=\d)(?:Z|[+\-]\d\d:?\d\d)(?![\d:]))?"

_ONES = "one|two|three|four|five|six|seven|eight|nine"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUM_WORD = (rf"(?:(?:{TENS})[-\s](?:{_ONES})|{TENS}|{_ONES}|ten|eleven|twelve|thirteen|fourteen"
             r"|fifteen|sixteen|seventeen|eighteen|nineteen|a\shundred|hundred|a\sdozen|dozen)")
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_NUM_WORD})"
FEW = r"(?:a\sfew|a\scouple\sof|a\scouple|several|few|many|some)"
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ies))"
_PART = r"(?:morning|afternoon|evening|night)"
# "the end of", "early", "mid-": a part of a period keeps the period's value (gold convention)
_POS = (r"(?:(?i:the)\s(?:end|start|beginning|middle|turn|close|rest|remainder|bulk)\sof\s"
        r"|(?i:early|late|mid)(?:-|\s|–)(?!on\b))")

# Each family: (kind, pattern). Order breaks ties between candidates of equal length.
_FAMILIES: list[tuple[str, str]] = [
    # not dates, but they contain a duration shape: ages "64-year-old", "64 years old"
    ("block", (rf"(?<![\w-])(?i:(?:the\s)?(?:{NUM})[-\s](?:year|month|week|day)s?[-\s]olds?)\b")),
    # byline and dateline timestamps: "June 18, 2024, 07:57:20 IST", "Thu 7 Nov 2024 11.05 GMT"
    ("stamp", (rf"\b(?P<date>{_DOW_PREFIX}{_DATE})(?:,\s?|\s·\s|\s[-–—|]\s|\s|T)"
               rf"(?P<clock>{_CLOCK_ZONE})")),
    # clock times, optionally with a day right after: "10 a.m. Wednesday", "noon Thursday"
    ("clock", (rf"(?<![\w:.,])(?P<clock>{_CLOCK_ZONE})(?:,?\s(?P<day>{_DOW_PREFIX}{_DATE}|"
              rf"{WEEKDAY}|(?i:today|tomorrow|yesterday|tonight))(?![a-z]))?")),
    ("date", (rf"\b{_DOW_PREFIX}{_DATE}")),
    ("part_of", (rf"\b(?i:the)\s(?P<part>{_PART})\sof\s(?P<day>{_DATE}|{WEEKDAY})")),
    ("month", (rf"(?<![\w-])(?:{_POS})?"
               r"(?:(?i:this\s)?(?P<shift>(?i:last|next|this|coming|past))\s)?"
              rf"(?P<month>{_MONTH_NAME})(?![\w-])(?:(?:,?\s|\sof\s)(?P<year>{_YEAR})(?![\d,]\d)"
              r"|\sof\s(?P<relyear>this|last|next)\syear)?")),
    ("month_abbr_year", (rf"\b(?P<month>(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
                        rf",?\s(?P<year>{_YEAR})(?![\d,]\d)")),
    ("weekday", (rf"\b(?:(?P<lateearly>(?i:late|early))\s(?:on\s)?)?"
                r"(?:(?i:this\s)?(?P<shift>(?i:last|next|this|coming|past))\s)?"
                rf"(?P<wd>{WEEKDAY})"
                rf"(?P<plural>s)?(?:\s(?P<part>{_PART}))?(?![\w])")),
    ("relday", (r"\b(?i:(?P<word>yesterday|today|tomorrow|tonight)"
               rf"(?:\s(?P<part>{_PART}))?)(?![\w])")),
    ("relpart", (r"\b(?i:(?P<shift>this|last)\s(?P<part>morning|afternoon|evening|night))\b")),
    ("relunit", (rf"(?<![\w-])(?:{_POS})?(?i:(?:(?P<lead>earlier|later)\s)?"
                r"(?P<the>the\s)?(?P<shift>this\spast|this|last|next|coming|current|following"
                r"|previous|same)\s"
                r"(?P<unit>week(?:end)?|month|year|quarter|decade|century|day))(?!\w)")),
    ("theunit", (rf"(?<![\w-]){_POS}(?i:(?:the|this)\s(?P<unit>week(?:end)?|month|year|quarter"
                r"|decade|century))(?!\w)")),
    ("weekend", (r"\b(?i:the\sweekend)\b")),
    ("ago", (rf"\b(?i:(?:(?P<n>{NUM}|an?|{FEW})\s)?(?:(?:more|full|long)\s)?(?P<unit>{UNIT})s?\s"
            r"ago)\b")),
    ("decade", (r"(?<![\w-])(?:(?i:the)\s)?(?:(?P<pos>(?i:early|mid|late))[-\s])?"
               r"(?:(?P<digits>(?:1\d|20)\d)0s|['’](?P<short>\d)0s)\b")),
    ("quarter", (rf"(?<![\w-])(?:(?i:the)\s)?(?P<ord>(?i:first|second|third|fourth|final|last|1st"
                r"|2nd|3rd|4th))[-\s](?i:quarter)(?![\w-]\w)(?:\sof\s(?:(?P<year>"
                rf"{_YEAR})|(?P<rel>(?i:this|last|next))\syear)|,?\s(?P<year2>{_YEAR}))?"
                rf"|\bQ(?P<q>[1-4])(?:\s(?P<qyear>{_YEAR}))?\b")),
    ("half", (rf"(?<![\w-])(?:(?i:the)\s)?(?P<ord>(?i:first|second))[-\s](?i:half)\sof\s"
             rf"(?:(?P<year>{_YEAR})|(?:the|this)\syear|(?P<rel>last|next)\syear)")),
    ("season", (rf"(?<![\w-])(?:(?P<pos>(?i:early|mid|late))[-\s]|(?i:the)\s(?:end|start"
                r"|beginning|middle|height|depth)\sof\s)?(?:(?P<det>(?i:the|this|last"
               r"|next|coming|past))\s)?(?:(?P<pos2>early|mid|late)[-\s])?"
               r"(?P<season>(?i:spring|summer|autumn|winter|fall))(?![\w-])"
               rf"(?:\sof\s(?P<year>{_YEAR})(?!\d)|\s(?P<year2>{_YEAR})(?!\d))?")),
    # a year; in "2011-2016" both ends are years, in "2025-08-29" neither is
    ("year", (rf"(?:(?<![\w$£€#/.,\-–])|(?<=\d\d\d\d[-–])){_POS}?(?P<year>{_YEAR})"
              rf"(?![\w%]|[.,]\d|[-–](?!{_YEAR}\b|\d\d\b(?![-–/.]\d))\d)")),
    ("decade_word", (r"(?<![\w-])the\s(?:(?:early|mid|late)[-\s])?(?P<word>twenties|thirties"
                     r"|forties|fifties|sixties|seventies|eighties|nineties)\b")),
    ("century", (r"(?<![\w-])(?:the\s)?(?:(?:early|mid|late)[-\s])?(?P<ord>\d{1,2}(?:st|nd|rd|th)"
                 r"|(?:twenty-)?first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                 r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
                 r"|eighteenth|nineteenth|twentieth)[-\s]century\b")),
    # "for years", "within hours": an unknown number of units (the preposition stays outside)
    ("bare_units", (r"\b(?:for|within|in|over|after|take|takes|taking|took|lasted|lasting|spent"
                    r"|wait|waited|waiting)\s(?P<x>days|weeks"
                    r"|months|years|decades|hours|minutes|centuries)\b(?!\s(?:ago|earlier|later"
                    r"|old)\b)")),
    ("weekends", (r"\b(?:on|at|over)\s(?P<x>weekends)\b")),
    ("holiday", (r"\b(?P<name>Christmas\s(?:Day|Eve)|Christmas|New\sYear['’]s\s(?:Day|Eve)"
                 r"|Valentine['’]s\sDay|Halloween|Boxing\sDay|Thanksgiving(?:\sDay)?"
                 r"|Bastille\sDay|Hogmanay)(?![\w-])")),
    ("vague", (r"\b(?i:(?P<past>recently|lately|(?:in\s)?recent\s(?:days|weeks|months|years))"
              r"|(?P<present>these\sdays|nowadays)"
              r"|(?P<future>the\s(?:coming|near|foreseeable)\s"
              r"(?:days|weeks|months|years|future)))\b")),
    ("set", (rf"\b(?i:(?:every|each)\s(?:(?P<other>other)\s)?(?:(?P<n>{NUM}|few)\s"
            rf"(?P<nunit>{UNIT})s|(?P<wd>{WEEKDAY.lower()})(?:\s(?P<wdpart>{_PART}))?"
            rf"|(?P<part>{_PART})|(?P<unit>{UNIT}|weekend)|(?P<month>{MONTH_FULL.lower()})"
            r"|(?P<season>spring|summer|autumn|winter)))\b")),
    ("set_adverb", (r"\b(?i:(?P<word>annually|annual|yearly|quarterly|monthly|weekly|daily|nightly"
                   r"|hourly|fortnightly|biannually|biennially|biennial))\b")),
    ("per", (rf"\b(?i:per)\s(?P<unit>{UNIT})\b")),
    ("duration", (rf"(?<![\w/-])(?i:(?P<det>(?:the|its|their|his|her|our)\s(?:(?:past|last|next"
                 r"|previous|first|final|coming|following|remaining|initial|past\sfew|last\sfew"
                 rf"|next\sfew)\s)?)?(?P<body>(?:{NUM}|{FEW}|an?)\s(?:(?:more|further|full"
                 rf"|straight|consecutive|long|extra|additional)\s)?{UNIT}s?"
                 rf"(?:(?:(?:,|\sand|,\sand)\s(?:{NUM}|an?)|\s{NUM})\s{UNIT}s?){{0,4}}))"
                 r"(?![\w-])")),
    ("duration_half", (r"(?<![\w-])(?i:half\s(?:an?\s)(?P<unit>second|minute|hour|day|week|month"
                       r"|year|decade|century)|(?:an?|one)\s(?P<unit2>minute|hour|day|week|month"
                       r"|year)\sand\sa\shalf)(?![\w-])")),
    ("duration_the", (r"(?<![\w-])(?i:the\s(?P<which>past|last|next|previous|coming|following)"
                     r"\s(?P<unit>year|month|week|decade|century|day|fortnight))(?![\w-])")),
    ("duration_adj", (rf"(?<![\w-])(?i:(?P<n>\d+(?:\.\d+)?|{_NUM_WORD}|half)-(?P<unit>"
                     r"second|minute|hour|day|night|week|month|year|decade|century))"
                     r"(?![\w]|-(?:old|olds)\b)")),
    ("duration_long", (r"(?<![\w-])(?i:(?P<unit>year|month|week|day|decade|century|hour|"
                      r"years|months|weeks|days|decades|hours)-long)\b")),
    ("nth_year", (r"(?<![\w-])(?i:(?:its|their|his|her|our)\s(?P<ord>first|second|third|fourth"
                 r"|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s"
                 r"(?P<unit>year|month|week|day|decade))(?![\w-])")),
]
# Families without capitalised words run on the lowercased text with the case-blind groups
# made plain: Python's regex engine is about three times faster without IGNORECASE.
LOWERED_KINDS = frozenset((
    "decade_word", "century", "bare_units", "weekends", "relday", "relpart", "relunit",
    "theunit", "weekend", "ago", "vague", "set", "set_adverb",
    "per", "duration", "duration_half", "duration_the", "duration_adj", "duration_long",
    "nth_year", "block", "season", "half"))
_FAMILY_RES: list[tuple[str, re.Pattern[str]]] = [
    (k, re.compile(p.replace("(?i:", "(?:") if k in LOWERED_KINDS else p)) for k, p in _FAMILIES]
# used instead when lowering would change the text's length (rare scripts)
_FAMILY_PATTERNS = dict(_FAMILIES)


@cache
def family_anycase(kind: str) -> re.Pattern[str]:
    """The case-blind form of a lowered family, compiled on first use (rare scripts only)."""
    return re.compile(_FAMILY_PATTERNS[kind], re.IGNORECASE)

PRIORITY = {k: i for i, (k, _) in enumerate(_FAMILIES)}

# Where a match of these families can open (a superset): the family then runs only from those
# positions (``finditer_from``), not from every position of its window. Each opens with a
# character class, so sre skips ahead to it; what must not stand before it is a lookbehind.
# "date"/"stamp": at a word start, a digit, a capitalised weekday or month, or "the" ("the 5th
# of May"); "clock": any digit (\\d is Unicode there), "noon", "midday", "midnight", not after
# a word, ":", "." or ","; "part_of": "the " at a word start; "month", "weekday": below.
_WORD_START = r"(?<!\w[\s\S])"
FIRST_CHARS: dict[str, re.Pattern[str]] = {
    "date": re.compile(rf"[0-9A-Zt]{_WORD_START}"),
    "stamp": re.compile(rf"[0-9A-Zt]{_WORD_START}"),
    "clock": re.compile(r"[\dnNmM](?<![\w:.,][\s\S])"),
    "part_of": re.compile(rf"[tT]{_WORD_START}(?=[hH][eE]\s)"),
    # "the end of"/"early"/"late"/"mid" (any case), "this"/"last"/"next"/"coming"/"past" (any
    # case), a month or weekday name (capitalised or in capitals), not after a word (or "-")
    "month": re.compile(r"[tTeElLmMnNcCpPJFASOD](?<![\w-][\s\S])"),
    "weekday": re.compile(rf"[lLeEtTnNcCpPMWFS]{_WORD_START}"),
}


def finditer_from(pattern: re.Pattern[str], first: re.Pattern[str], source: str, start: int,
                  end: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(source, start, end)`` for a pattern whose matches are never empty
    and always open with a character ``first`` matches: tried only at those characters."""
    pos = start
    search, match = first.search, pattern.match
    while True:
        opener = search(source, pos, end)
        if opener is None:
            return
        found = match(source, opener.start(), end)
        if found is None:
            pos = opener.start() + 1
        else:
            yield found
            pos = found.end()


# Trigger words: every expression of a family contains one of its triggers, so each family's
# regex only runs in windows around them (one scan of the text instead of one per family).
_UNIT_WORDS = (
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights",
    "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months", "year",
    "years", "decade", "decades", "century", "centuries", "quarter", "quarters",
)
_TRIGGERS: dict[str, tuple[str, ...]] = {}


def _add_triggers(words: list[str] | tuple[str, ...], kinds: tuple[str, ...]) -> None:
    for word in words:
        _TRIGGERS[word] = tuple(dict.fromkeys(_TRIGGERS.get(word, ()) + kinds))


_add_triggers([w for w in MONTHS], ("month", "date", "stamp", "month_abbr_year", "part_of",
                                    "clock"))
_add_triggers([w for w in WEEKDAYS], ("weekday", "part_of", "date", "stamp"))
_add_triggers([w + "s" for w in WEEKDAYS if w.endswith("day")], ("weekday",))
_add_triggers(["yesterday", "today", "tomorrow", "tonight"], ("relday", "clock"))
_add_triggers(["noon", "midday", "midnight"], ("clock",))
_add_triggers(["morning", "afternoon", "evening", "night"], ("relpart",))
_add_triggers(_UNIT_WORDS, ("relunit", "theunit", "duration", "duration_the", "duration_adj",
                            "nth_year"))
_add_triggers(["ago"], ("ago",))
_add_triggers(["per"], ("per",))
_add_triggers(["old", "olds"], ("block",))
_add_triggers(["long"], ("duration_long",))
_add_triggers(["these", "coming", "recent", "near", "foreseeable"], ("vague",))
_add_triggers(["weekend"], ("weekend",))
_add_triggers(["quarter"], ("quarter",))
_add_triggers(["half"], ("half", "duration_adj", "duration_half"))
_add_triggers(["spring", "summer", "autumn", "winter", "fall"], ("season",))
_add_triggers(["recently", "lately", "nowadays", "future"], ("vague",))
_add_triggers(["every", "each"], ("set",))
_add_triggers(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
               "nineties"], ("decade_word",))
_add_triggers(["century"], ("century",))
_add_triggers(["days", "weeks", "months", "years", "decades", "hours", "minutes", "centuries"],
              ("bare_units",))
_add_triggers(["weekends"], ("weekends",))
_add_triggers(["year's", "year’s"], _TRIGGERS["year"] + ("holiday",))  # "New Year's Day"
_add_triggers(["christmas", "valentine", "halloween", "boxing", "thanksgiving", "bastille",
               "hogmanay"], ("holiday",))
_add_triggers(["annually", "annual", "yearly", "quarterly", "monthly", "weekly", "daily",
               "nightly", "hourly", "fortnightly", "biannually", "biennially", "biennial"],
              ("set_adverb",))
_YEAR_KINDS = ("year", "stamp", "date", "decade")
_CLOCK_KINDS = ("clock", "stamp")
_WIRE_CLOCK_KINDS = ("clock", "stamp", "year")  # "1630 GMT"
_NUMERIC_KINDS = ("clock", "stamp", "date", "year")


def _digit_kinds(text: str, start: int, end: int) -> tuple[str, ...]:
    """Families a run of digits can belong to, judged by its shape: amounts, percentages and
    thousands ("£310m", "4.5%", "1,214") start none."""
    before = text[start - 1] if start else " "
    after = text[end:end + 1]
    if after == "%" or before in "$£€¥" or (before in ",." and start > 1
                                             and text[start - 2].isdigit()):
        return ()
    if after == "," and text[end + 1:end + 4].isdigit():
        return ()
    length = end - start
    if after in "/." and text[end + 1:end + 2].isdigit():
        j = end + 1
        while j < len(text) and text[j].isdigit():
            j += 1
        if text[j:j + 1] == "%":
            return ()  # "4.5%"
        return _NUMERIC_KINDS  # 24/02/2025, 10.30am, 11.05 GMT, 2024.04.05
    if length == 4:
        if text.startswith((" GMT", " UTC", "GMT", "UTC"), end):
            return _WIRE_CLOCK_KINDS
        if after == "s" or after == "-":
            return _YEAR_KINDS
        return ("year",) if "1500" <= text[start:end] <= "2099" else ()
    if length > 2:
        return ()
    if after in (":", "."):
        return _CLOCK_KINDS if text[end + 1:end + 2].isdigit() else ("clock",)
    if after == "s" or before in "'’":
        return ("decade",)
    if before in "Qq":
        return ("quarter",)
    return ("clock",)


def _word_trie(words: list[str]) -> str:
    """A regex alternation shaped as a trie (shared prefixes), which sre matches quickly."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


_TRIGGER_TRIE = _word_trie(sorted(_TRIGGERS))
_TRIGGER_RE = re.compile(r"\d+|" + _TRIGGER_TRIE)
# The same scan, split in two that sre runs far faster (it skips ahead to the characters a
# match can start with): digit runs, and trigger words with the character before them. Both
# find exactly the triggers of ``_TRIGGER_RE`` unless a "year's" runs into other letters,
# where the one-pass scan consumes differently; those rare texts take the one-pass scan.
_DIGIT_RUN = re.compile(r"\d+")
_TRIGGER_WORD_AFTER = re.compile(r"[^a-z](" + _TRIGGER_TRIE + ")")
_TRIGGER_WORD_AT = re.compile(_TRIGGER_TRIE)
_YEAR_APOSTROPHE_RUN_ON = re.compile(r"[a-z]year['’]|year['’](?!s(?![a-z]))")
FAMILY_BY_KIND = dict(_FAMILY_RES)
# How far an expression of each family reaches before its first and after its last trigger
# ("Wednesday, September 30" reaches 21 characters before the digits): the window margins.
_MARGINS = {
    "stamp": (26, 34), "clock": (4, 36), "date": (26, 12), "part_of": (24, 16),
    "month_abbr_year": (4, 8), "decade": (16, 4), "quarter": (32, 16), "year": (24, 4),
    "vague": (8, 20), "duration_adj": (16, 4), "relunit": (40, 4), "theunit": (28, 4),
    "duration": (40, 4), "duration_the": (24, 4), "duration_long": (12, 4), "nth_year": (24, 4),
    "block": (40, 4), "ago": (40, 4), "per": (8, 12), "month": (28, 10), "weekday": (20, 12),
    "set": (4, 36), "season": (28, 10), "relday": (4, 12), "relpart": (8, 4), "half": (16, 16),
    "weekend": (8, 4), "set_adverb": (2, 2), "duration_half": (24, 16),
    "decade_word": (20, 4), "century": (40, 12), "bare_units": (12, 4), "weekends": (8, 4),
    "holiday": (8, 12),
}


def _group_margins(kinds: tuple[str, ...]) -> tuple[int, int]:
    return (max(_MARGINS[k][0] for k in kinds), max(_MARGINS[k][1] for k in kinds))


_GROUP_MARGINS = {kinds: _group_margins(kinds) for kinds in set(_TRIGGERS.values())}
_GROUP_MARGINS.update({kinds: _group_margins(kinds) for kinds in (
    _YEAR_KINDS, ("year",), _CLOCK_KINDS, _WIRE_CLOCK_KINDS, _NUMERIC_KINDS, ("clock",),
    ("decade",),
    ("quarter",))})


def _fast_triggers(lowered: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every ``_TRIGGER_RE`` match in ``lowered``, in text order."""
    found = [(*m.span(), m.group()) for m in _DIGIT_RUN.finditer(lowered)]
    first = _TRIGGER_WORD_AT.match(lowered)
    if first and first.end() > 0:
        found.append((0, first.end(), first.group()))
    found += [(*m.span(1), m.group(1))
              for m in _TRIGGER_WORD_AFTER.finditer(lowered, first.end() if first else 0)]
    found.sort()
    return found


def trigger_windows(text: str, lowered: str | None = None
                    ) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Per group of families sharing a trigger, the merged text windows around the triggers.

    ``lowered`` is ``text.lower()`` when the caller has it already.
    """
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text):  # lowering changed the length (rare scripts)
        lowered = text  # match case-blind on the text itself
        anycase = re.compile(_TRIGGER_RE.pattern, re.IGNORECASE)  # re caches it
        matches = [(m.start(), m.end(), m.group()) for m in anycase.finditer(text)]
    elif ("year'" in lowered or "year’" in lowered) and _YEAR_APOSTROPHE_RUN_ON.search(lowered):
        matches = [(m.start(), m.end(), m.group()) for m in _TRIGGER_RE.finditer(lowered)]
    else:
        matches = _fast_triggers(lowered)
    merged: dict[tuple[str, ...], list[list[int]]] = {}
    size = len(text)
    triggers = _TRIGGERS
    for start, end, word in matches:
        if word[0].isdigit():
            kinds = _digit_kinds(text, start, end)
            if not kinds:
                continue
        else:
            if (start and lowered[start - 1].isalpha()) or (end < size and lowered[end].isalpha()):
                continue  # inside a longer word ("market", "decision")
            kinds = triggers[word.lower()]
        before, after = _GROUP_MARGINS[kinds]
        w_start, w_end = max(0, start - before), min(size, end + after)
        windows = merged.get(kinds)
        if windows is None:
            merged[kinds] = [[w_start, w_end]]
        elif w_start <= windows[-1][1]:  # triggers come in text order: extend the last window
            windows[-1][1] = max(windows[-1][1], w_end)
        else:
            windows.append([w_start, w_end])
    return merged  # type: ignore[return-value]
