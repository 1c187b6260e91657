"""Calendar arithmetic for the date layer: publication anchors, TIMEX3 value formats, zones.

Pure stdlib; every function takes plain ``datetime.date`` values so it can be tested alone.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

PAST, FUTURE = -1, 1  # tense directions; None means "no cue"

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
# Season codes with the months they cover; winter belongs to the year of its December.
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Fixed offsets of written zone abbreviations. US/EU generic names ("ET", "PT", "CET" written
# in summer) are resolved with the daylight-saving rules below.
ZONES = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "WET": "+00:00", "BST": "+01:00",
    "WEST": "+01:00", "IST": "+05:30", "CET": "+01:00", "CEST": "+02:00", "MET": "+01:00",
    "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "EAT": "+03:00", "WAT": "+01:00",
    "CAT": "+02:00", "SAST": "+02:00", "GST": "+04:00", "PKT": "+05:00", "NPT": "+05:45",
    "ICT": "+07:00", "WIB": "+07:00", "HKT": "+08:00", "SGT": "+08:00", "PHT": "+08:00",
    "AWST": "+08:00", "JST": "+09:00", "KST": "+09:00", "ACST": "+09:30", "ACDT": "+10:30",
    "AEST": "+10:00", "AEDT": "+11:00", "NZST": "+12:00", "NZDT": "+13:00",
    "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00",
    "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "AKST": "-09:00", "AKDT": "-08:00",
    "HST": "-10:00", "AST": "-04:00", "ADT": "-03:00", "NST": "-03:30", "NDT": "-02:30",
    "BRT": "-03:00", "ART": "-03:00",
}
# Generic US zone names: (standard, daylight) offsets.
US_GENERIC = {"ET": (-5, -4), "CT": (-6, -5), "MT": (-7, -6), "PT": (-8, -7)}
_GMT_OFFSET = re.compile(r"(?:GMT|UTC)\s?([+-−])\s?(\d{1,2})(?::?(\d\d))?$")


def parse_published(published: str | None) -> dt.datetime | None:
    """The publication timestamp as a datetime (naive when no offset is given), or None."""
    if not published:
        return None
    text = published.strip()
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.combine(dt.date.fromisoformat(text[:10]), dt.time())
    except ValueError:
        pass
    try:  # RFC 2822 dates as feeds write them
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    """The n-th Sunday of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)


def us_daylight(day: dt.date) -> bool:
    return _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1)


def eu_daylight(day: dt.date) -> bool:
    return _nth_sunday(day.year, 3, -1) <= day < _nth_sunday(day.year, 10, -1)


def zone_offset(zone: str, day: dt.date | None) -> str | None:
    """``+05:30`` for a written zone (``IST``, ``GMT+11``, ``ET`` on a given day), else None."""
    name = zone.upper().replace(".", "")
    if name in ZONES:
        return ZONES[name]
    if name in US_GENERIC:
        std, dst = US_GENERIC[name]
        hours = dst if day is not None and us_daylight(day) else std
        return f"{'-' if hours < 0 else '+'}{abs(hours):02d}:00"
    m = _GMT_OFFSET.match(name)
    if m:
        sign = "-" if m.group(1) in "-−" else "+"
        return f"{sign}{int(m.group(2)):02d}:{m.group(3) or '00'}"
    return None


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_year(month: int, anchor: dt.date, direction: int | None) -> int:
    """The year of a month named without one: same month → anchor year; else by tense/nearest."""
    if month == anchor.month:
        return anchor.year
    past_year = anchor.year if month < anchor.month else anchor.year - 1
    future_year = anchor.year if month > anchor.month else anchor.year + 1
    if direction == PAST:
        return past_year
    if direction == FUTURE:
        return future_year
    back = (anchor.month - month) % 12
    ahead = (month - anchor.month) % 12
    return future_year if ahead < back else past_year


def day_in_year(month: int, day: int, anchor: dt.date, direction: int | None) -> dt.date | None:
    """A month-day without a year placed in the year the tense (else nearness) points to."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction == PAST:
        past = [c for c in candidates if c <= anchor]
        if past and (anchor - past[-1]).days <= 300:
            return past[-1]
    elif direction == FUTURE:
        future = [c for c in candidates if c >= anchor]
        if future and (future[0] - anchor).days <= 300:
            return future[0]
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def weekday_date(weekday: int, anchor: dt.date, direction: int | None, shift: str = "") -> dt.date:
    """The date a weekday name points to from the anchor.

    The anchor's own weekday is the anchor day itself; otherwise the nearest such day in the
    tense's direction, or simply the nearest one (at most three days away) when no cue says.
    ``shift`` is "last"/"next"/"this" when the text says so.
    """
    ahead = (weekday - anchor.weekday()) % 7
    back = (anchor.weekday() - weekday) % 7
    if shift == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if shift == "last":
        return anchor - dt.timedelta(days=back or 7)
    if shift == "this":
        return anchor + dt.timedelta(days=weekday - anchor.weekday())
    if ahead == 0:
        return anchor
    if direction == PAST or (direction is None and back < ahead):
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=ahead)


def season_year(code: str, anchor: dt.date, direction: int | None, shift: str = "") -> int:
    """The year of a season named without one ("the summer", "last spring", "next autumn")."""
    start = SEASON_START[code]
    # current season and its year
    cur_code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
                8: "SU", 9: "FA", 10: "FA", 11: "FA"}[anchor.month]
    cur_year = anchor.year - 1 if anchor.month < 3 else anchor.year
    now_index = anchor.year * 12 + anchor.month - 1
    # season instances (year, index of first month) around the anchor
    instances = [(y, y * 12 + start - 1) for y in (anchor.year - 2, anchor.year - 1, anchor.year,
                                                   anchor.year + 1)]
    started = [y for y, i in instances if i <= now_index]
    upcoming = [y for y, i in instances if i > now_index]
    current = cur_year if code == cur_code else None
    if shift == "this" or (current is not None and shift == ""):
        return current if current is not None else (
            upcoming[0] if direction != PAST else started[-1])
    if shift == "last":
        return started[-1] - 1 if current is not None else started[-1]
    if shift == "next":
        return upcoming[0]
    if direction == PAST:
        return started[-1]
    if direction == FUTURE:
        return upcoming[0]
    return started[-1] if now_index - (started[-1] * 12 + start - 1) < 6 else upcoming[0]


def quarter_year(quarter: int, anchor: dt.date, direction: int | None) -> int:
    """The year of a quarter named without one; quarters are reported on after they end."""
    current = (anchor.month - 1) // 3 + 1
    if quarter <= current or direction == FUTURE:
        return anchor.year
    if direction == PAST:
        return anchor.year - 1
    return anchor.year if quarter == current + 1 else anchor.year - 1
