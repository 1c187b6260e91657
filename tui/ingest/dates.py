"""Publication dates as written on news pages → ISO 8601 with the zone offset when given.

Handles "June 18, 2024, 07:57:20 IST", "Thu 7 Nov 2024 11.05 GMT", "Oct. 14, 2025, 11:30 a.m.
PDT", "January 25, 2025 10:12 PM GMT+11", ISO timestamps, and RFC 822 dates from feeds.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_tz
from zoneinfo import ZoneInfo

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# German, French and Spanish month names (pages in those languages carry them in bylines).
MONTHS.update({
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "dezember": 12, "janvier": 1, "février": 2, "fevrier": 2,
    "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12, "enero": 1, "febrero": 2, "marzo": 3,
    "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9,
    "octubre": 10, "noviembre": 11, "diciembre": 12,
})
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
         ("thursday", "thu", "thur", "thurs"), ("friday", "fri"), ("saturday", "sat"),
         ("sunday", "sun")]
    )
    for name in names
}

# Fixed-offset abbreviations (IST is India: news sites using it are Indian far more often).
_ZONE_OFFSETS = {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "WEST": 60, "BST": 60, "IST": 330,
    "CET": 60, "CEST": 120, "MET": 60, "MEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "AST": -240,
    "ADT": -180, "NST": -210, "NDT": -150, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480,
    "AWST": 480, "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720,
    "NZDT": 780, "PKT": 300, "NPT": 345, "ICT": 420, "WIB": 420, "PHT": 480, "SAST": 120,
    "CAT": 120, "EAT": 180, "WAT": 60, "GST": 240, "TRT": 180, "BRT": -180, "ART": -180,
}
# Zones written without standard/daylight: the offset depends on the date.
_ZONE_NAMES = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles", "AET": "Australia/Sydney", "CEST/CET": "Europe/Paris",
    "UK": "Europe/London",
}

_MONTH_RE = (
    r"(?:januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|f[ée]vrier|"
    r"mars|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY_RE = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
_ZONE_RE = (
    r"(?:(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|Z\b|"
    + "|".join(sorted((z for z in list(_ZONE_OFFSETS) + list(_ZONE_NAMES) if z != "Z"),
                      key=len, reverse=True))
    + r")"
)
_TIME_RE = (
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\b\.?)?"
)
DATE_TIME = re.compile(
    rf"""
    \b  # every form starts at a word: positions inside words fail at once
    (?:{_WEEKDAY_RE}\s+)?
    (?:
        (?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?P<month1>{_MONTH_RE})\.?,?
        \s+(?:de\s+)?(?P<year1>\d{{4}})
      | (?P<month2>{_MONTH_RE})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{{4}})
      | (?P<iyear>\d{{4}})-(?P<imonth>\d{{2}})-(?P<iday>\d{{2}})
    )
    (?:
        (?:\s*,?\s*(?:at\s+)?[·|•@—–-]?\s*|T)
        {_TIME_RE}
    )?
    (?:\s*\(?(?P<zone>{_ZONE_RE})\)?)?
    """,
    re.IGNORECASE | re.VERBOSE,
)


_DIGIT = re.compile(r"\d")


def _zone_offset(zone: str, day: date, hour: int, minute: int) -> timezone | None:
    zone_key = zone.upper().replace(" ", "")
    if zone_key in _ZONE_OFFSETS:
        return timezone(timedelta(minutes=_ZONE_OFFSETS[zone_key]))
    if zone_key in _ZONE_NAMES:
        local = datetime(day.year, day.month, day.day, hour, minute,
                         tzinfo=ZoneInfo(_ZONE_NAMES[zone_key]))
        offset = local.utcoffset()
        return timezone(offset) if offset is not None else None
    match = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", zone_key)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
        if minutes <= 14 * 60:
            return timezone(sign * timedelta(minutes=minutes))
    return None


def match_to_iso(match: re.Match[str]) -> str | None:
    """The ISO 8601 form of a ``DATE_TIME`` match, or None when it is not a real date."""
    g = match.groupdict()
    try:
        if g["iyear"]:
            year, month, day = int(g["iyear"]), int(g["imonth"]), int(g["iday"])
        else:
            year = int(g["year1"] or g["year2"])
            month = MONTHS[(g["month1"] or g["month2"]).lower()]
            day = int(g["day1"] or g["day2"])
        the_day = date(year, month, day)
    except (ValueError, KeyError):
        return None
    if g["hour"] is None or (g["minute"] is None and g["ampm"] is None):
        return the_day.isoformat()
    hour, minute, second = int(g["hour"]), int(g["minute"] or 0), int(g["second"] or 0)
    if g["ampm"]:
        if not 1 <= hour <= 12:
            return the_day.isoformat()
        hour = hour % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
    if hour > 23 or minute > 59 or second > 59:
        return the_day.isoformat()
    tz = _zone_offset(g["zone"], the_day, hour, minute) if g["zone"] else None
    moment = datetime(year, month, day, hour, minute, second, tzinfo=tz)
    return moment.isoformat()


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first date (with time and zone when written) in ``text`` as ISO 8601, and its match."""
    if not _DIGIT.search(text):
        return None  # every date form has a day or a year (and the full search is costly)
    for match in DATE_TIME.finditer(text):
        iso = match_to_iso(match)
        if iso:
            return iso, match
    return None


def parse_date(value: str) -> str | None:
    """Any date string from metadata (ISO 8601, RFC 822, "June 18, 2024, 07:57 IST") → ISO 8601.

    Returns None when nothing date-like is found; the caller keeps the raw value out of
    ``published`` rather than storing something unparseable.
    """
    value = value.strip()
    if not value:
        return None
    iso = _parse_iso(value)
    if iso:
        return iso
    found = find_date(value)
    if found:
        return found[0]
    rfc = parsedate_tz(value)
    if rfc and rfc[0] > 0:
        year, month, day, hour, minute, second = rfc[:6]
        try:
            if rfc[9] is None:
                return datetime(year, month, day, hour, minute, second).isoformat()
            tz = timezone(timedelta(seconds=rfc[9]))
            return datetime(year, month, day, hour, minute, second, tzinfo=tz).isoformat()
        except ValueError:
            pass
    return None


def _parse_iso(value: str) -> str | None:
    candidate = value.replace("z", "Z")
    if candidate.endswith("Z"):
        candidate = candidate[:-1] + "+00:00"
    if not re.match(r"\d{4}-\d{2}-\d{2}", candidate):
        return None
    try:
        moment = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if len(candidate) == 10:
        return moment.date().isoformat()
    return moment.isoformat()


def infer_year(month: int, day: int, weekday: int | None, reference: date,
               not_before: int | None = None) -> int:
    """The year of a dateline that gives only month and day ("GENEVA, March 3").

    With a weekday from the lead ("on Monday"), the latest year up to ``reference`` in which
    that day falls on that weekday (and not before the latest year the text mentions);
    otherwise the latest year up to ``reference``.
    """
    candidates = []
    for year in range(reference.year, reference.year - 30, -1):
        try:
            day_in_year = date(year, month, day)
        except ValueError:
            continue
        if day_in_year > reference:
            continue
        candidates.append(day_in_year)
    if weekday is not None:
        matching = [d for d in candidates if d.weekday() == weekday]
        if not_before is not None:
            preferred = [d for d in matching if d.year >= not_before]
            if preferred:
                return preferred[0].year
        if matching:
            return matching[0].year
    return candidates[0].year if candidates else reference.year
