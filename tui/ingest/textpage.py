"""Scraped text pages: drop boilerplate lines, find title, byline, publication time and source.

Rules (each named, so a report can say which fired):
- boilerplate lines: ads ("Advertisement", "STORY CONTINUES BELOW ..."), navigation menus (a
  line of " | "-separated items, or a line made of navigation words such as "Home Video Shorts
  Live TV"), "Skip to main content", "Menu", "QUICK LINKS", "Trending:", "Read more: ...",
  share/comment/subscribe/newsletter/copyright lines, photo captions ("... Photo: X",
  "Photograph: X", "(Name / Outlet)", "Source REUTERS/FILE"), wire credit lines
  ("(Reporting by ...; Editing by ...)", "With inputs from agencies"), lists under "Most read" /
  "Related stories", and the site chrome above a menu at the top (the site name).
- front matter: leading "Title: / Author: / Date: / URL: / Source:" lines or a YAML block.
- header: within the first eight kept lines, the byline ("By X", or a name line right above
  the date) and the date line ("FP Staff June 18, 2024, 07:57:20 IST" carries both); the title
  is the last line above them that is not a standfirst sentence, and short lines above the
  title are the site's name. Without a byline or date, the first line is the title.
- dateline: "GENEVA, March 3 (Meridian Wire) - ..." gives the date (the year from the weekday
  the lead names, "on Monday") and the agency.
- source: the site-name line above the menu, else a "©" line, else a known outlet in the file
  name, else the agency of the dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import islice

from .dates import MONTHS, WEEKDAYS, find_date, infer_year

_LINE_PATTERNS = [
    r"advertisement|advertising|sponsored( content)?|ad|ads|promoted|paid (post|content)",
    r"story continues below( this ad(vertisement)?)?|article continues (below|after .*)",
    r"continue reading( below)?|scroll (down )?to continue.*",
    r"skip to (main )?content|jump to (main )?content|menu|main menu|navigation|search",
    r"quick links|top stories|most (read|popular|viewed|shared)|related( stories| articles| news)?",
    r"trending( now| stories)?:?|you may also like:?|recommended( for you)?:?|more from .{1,40}",
    r"(also )?read( more| also| next)?:.*|see also:.*|watch:.*|listen:.*|related:.*",
    r"share( this)?( article| story| page| on .*)?:?|share via .*|tweet|email|print|copy link",
    r"comments?( \(\d+\))?|\d+ comments?|view comments|leave a comment|show comments",
    r"(sign up|subscribe)( now)?( to| for)? .*newsletters?.*|sign up|subscribe( now)?",
    r"log ?in|sign in|register",
    r"(©|\(c\) \d{4}|copyright (©|\(c\)|\d{4})).*|all rights reserved\.?",
    r"with inputs from (agencies|pti|ani|ians|reuters|ap|afp|wires)( and [a-z]+)?\.?",
    # Wire credits: "(Reporting by X; Editing by Y)", "Reporting by X; editing by Y".
    r"\((additional )?(reporting|writing|compiled|editing)( by)? [^)]*\)\.?",
    r"(additional )?(reporting|writing) by [^;()]{2,80}; editing by [^;()]{2,80}\.?",
]
_BOILERPLATE_LINE = re.compile("(?:" + "|".join(_LINE_PATTERNS) + ")", re.IGNORECASE)
# Captions end with a credit: "... Wednesday. Photo: Anders Holm/Nordic Ledger", "Photograph:
# X", "(Jorge Ortiz / Valley Courier)", "Source REUTERS/FILE", "(AP Photo/Name)". The credit
# word is capitalised and starts the line or a sentence, so prose like "the image: a man"
# stays.
_CAPTION = re.compile(
    r"(?:(?:^|[.!?)\]]\s+|\|\s*)"
    r"(?:Photo|PHOTO|Photograph|Picture|Image|Credit|File photo|Video|Illustration)s?"
    r"(?: by| credit)?\s*:\s*[^.]{2,80}\.?"
    r"|\bSource:?\s+[A-Z]{2,}(?:/[A-Za-z ]+)+"
    r"|\([A-Z][^()]{1,50}\s/\s[^()]{2,50}\)"
    r"|\((?:AP|AFP|Reuters|Getty|EPA|PA)(?: Photo| Images)?/[^()]{2,50}\)"
    r"|\b(?:REUTERS|AFP|AP|EPA|Getty Images)/[A-Z][\w ]{1,40}"
    r")\s*$",
)
_LONGEST_BOILERPLATE = 300  # no line rule applies to longer lines
_NOT_MENU_ENDINGS = frozenset(".!?…:;,\"”’'")
_NAV_WORDS = frozenset([
    "home", "news", "video", "videos", "shorts", "live", "tv", "world", "politics", "business",
    "opinion", "sport", "sports", "entertainment", "lifestyle", "tech", "technology",
    "science", "health", "travel", "culture", "arts", "books", "photos", "podcasts", "podcast",
    "newsletters", "markets", "economy", "local", "weather", "india", "us", "uk", "latest",
    "trending", "more", "menu", "search", "about", "contact", "privacy", "terms", "cookie",
    "cookies", "settings", "subscribe", "login", "advertise", "careers", "fixtures", "results",
    "tables", "scores", "e-paper", "epaper", "web", "stories", "explainers", "fact", "check",
    "games", "puzzles", "food", "drink", "education", "auto", "cricket",
])
_LIST_HEADING = re.compile(
    r"(most (read|popular|viewed|shared)|related (stories|articles|news|coverage)|"
    r"top stories|trending|more (stories|news|from [\w ]+)|you may also like|recommended|"
    r"latest news|editor'?s picks|popular|read next)\s*:?",
    re.IGNORECASE,
)
_BYLINE_BY = re.compile(r"^(?:by|from|words by|written by|von|par|por)\s+(?P<name>.+)$",
                        re.IGNORECASE)
_ROLE_WORDS = re.compile(
    r"\b(reporter|correspondent|editor|writer|staff writer|contributor|columnist|analyst|"
    r"desk|bureau|chief|producer|journalist|critic|news|senior|special|political|"
    r"business|health|science|sports?|markets|economics)\b",
    re.IGNORECASE,
)
_EDIT_NOTE = re.compile(r"(?:edited|updated|published|posted|reviewed|fact[- ]checked)\b",
                        re.IGNORECASE)
_BYLINE_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")
_NAME_LINE = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|di|la|le|bin|al|"
    r"and|&))*$"
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{1,40}[A-Z](?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2}))?"
    r"(?:\s+\((?P<agency>[^()]{2,40})\))?"
    r"\s+[-—–]{1,2}\s+",
)
_WEEKDAY_IN_LEAD = re.compile(
    r"\b(?:on|late on|early on|late|early)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b"
)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_DATE_LABEL_AT_END = re.compile(
    r"(?:^|[\s|,·•-])(?:last\s+)?(?:updated|published|posted|first published|date)"
    r"\s*(?:on|at)?\s*:?\s*$",
    re.IGNORECASE,
)
_DATE_LINE_PREFIX = re.compile(
    r"^(?:published|posted|updated|last updated|first published|date)\s*(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…]['’\"”]?$")

# Outlet names recognised in file names ("firstpost-putin-north-korea.txt").
KNOWN_OUTLETS = {
    "firstpost": "Firstpost", "reuters": "Reuters", "apnews": "AP News", "bbc": "BBC",
    "guardian": "The Guardian", "theguardian": "The Guardian", "nytimes": "The New York Times",
    "washingtonpost": "The Washington Post", "wsj": "The Wall Street Journal",
    "aljazeera": "Al Jazeera", "cnn": "CNN", "foxnews": "Fox News", "ndtv": "NDTV",
    "hindustantimes": "Hindustan Times", "timesofindia": "The Times of India",
    "thehindu": "The Hindu", "indianexpress": "The Indian Express", "dw": "DW",
    "france24": "France 24", "euronews": "Euronews", "bloomberg": "Bloomberg",
    "ft": "Financial Times", "economist": "The Economist", "npr": "NPR", "politico": "Politico",
    "axios": "Axios", "independent": "The Independent", "telegraph": "The Telegraph",
    "scmp": "South China Morning Post", "afp": "AFP", "abcnews": "ABC News", "cbsnews": "CBS News",
    "nbcnews": "NBC News", "usatoday": "USA Today", "latimes": "Los Angeles Times",
    "spiegel": "Der Spiegel", "lemonde": "Le Monde", "elpais": "El País", "kyivindependent":
    "The Kyiv Independent", "japantimes": "The Japan Times", "straitstimes": "The Straits Times",
}
_OUTLET_IN_NAME = re.compile(r"[a-z0-9]+")


@dataclass(slots=True)
class TextPage:
    title: str
    text: str
    byline: str | None = None
    published: str | None = None
    source: str = ""
    dropped: list[str] = field(default_factory=list)  # the boilerplate lines removed
    url: str | None = None


def _is_menu(line: str) -> bool:
    if "|" in line and (line.count(" | ") >= 2 or (len(line) < 200 and line.count("|") >= 2)):
        return True
    if len(line) > 120 or line[-1] in _NOT_MENU_ENDINGS:
        return False
    words = line.split()
    # "Home Video Shorts Live TV": several capitalised items, mostly navigation words (a
    # subheading such as "Health and science" has lowercase words and stays).
    if len(words) < 4 or not all(w[0].isupper() or not w[0].isalpha() for w in words):
        return False
    nav = sum(1 for w in words if w.strip("|•·,").lower() in _NAV_WORDS)
    return nav / len(words) >= 0.6


@lru_cache(maxsize=4096)  # chrome lines ("Advertisement", menus) repeat across a corpus
def is_boilerplate_line(line: str) -> bool:
    """True for a whole line a reader should not see (ad, menu, caption, share/footer line).

    ``line`` is stripped.
    """
    length = len(line)
    if not length:
        return False
    if length < 160 and _BOILERPLATE_LINE.fullmatch(line):
        return True
    # Only lines holding a colon or slash and a credit word can be captions; the rule's search
    # is costly, so most lines skip it.
    if length < 300 and ("/" in line or ":" in line):
        low = line.lower()
        if ("/" in low or "photo" in low or "source" in low or "credit" in low
                or "image" in low or "picture" in low or "video" in low
                or "illustration" in low) and _CAPTION.search(line):
            return True
    return _is_menu(line)


def clean_byline(raw: str) -> str | None:
    """"By Eilidh Fraser, Health Correspondent" → "Eilidh Fraser"; a trailing date is cut,
    "Rosa Almeida in Porto" → "Rosa Almeida"."""
    found = find_date(raw)
    if found:
        raw = raw[: found[1].start()]
    raw = _BYLINE_PLACE.sub("", raw.strip(" |,-–—·•"))
    match = _BYLINE_BY.match(raw)
    name = match.group("name") if match else raw
    parts = [p.strip() for p in re.split(r",|\s[|–—]\s", name)]
    # Later parts are kept when they are more names ("A, B and C"), not roles or edit notes.
    kept = [parts[0]] + [p for p in parts[1:] if p and not _ROLE_WORDS.search(p)
                         and not _EDIT_NOTE.match(p)]
    name = ", ".join(kept).strip(" |,-–—·•")
    return name or None


def _looks_like_name(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 6 and bool(_NAME_LINE.match(line.split(",")[0].strip()))


def _date_line(line: str) -> tuple[str, str] | None:
    """If ``line`` is a date line (maybe with a byline before the date), (iso, byline-part)."""
    if len(line) > 160:
        return None
    found = find_date(line)
    if not found:
        return None
    iso, match = found
    before = _DATE_LINE_PREFIX.sub("", line[: match.start()].strip())
    after = line[match.end():].strip(" |,-–—·•")
    if after and len(after) > 20:
        return None
    # "By X Updated: June 5, 2024": the label belongs to the date, not to the name.
    before = _DATE_LABEL_AT_END.sub("", before).strip(" |,-–—·•")
    if before and not (_BYLINE_BY.match(before) or _looks_like_name(before)):
        return None
    return iso, before


def source_from_url(url: str | None) -> str:
    """A known outlet named by a URL's host ("https://www.theguardian.com/..." → "The
    Guardian"), else ""."""
    if not url:
        return ""
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    for label in host.split("."):
        if label in KNOWN_OUTLETS:
            return KNOWN_OUTLETS[label]
    return ""


def _source_from_file_name(name: str) -> str:
    for token in _OUTLET_IN_NAME.findall(name.lower()):
        if token in KNOWN_OUTLETS:
            return KNOWN_OUTLETS[token]
    return ""


def parse_text_page(text: str, file_name: str = "", reference: date | None = None) -> TextPage:
    """Split a scraped text page into title, body and metadata. ``text`` is already cleaned."""
    fields, text = _front_matter(text)
    page = _parse_page(text, file_name, reference)
    if fields:
        page = _apply_front_matter(page, fields, text)
    return page


def _parse_page(text: str, file_name: str, reference: date | None) -> TextPage:
    lines = [line.strip() for line in text.split("\n")]
    keep = [True] * len(lines)

    # Per-line rules, and lists under a "Most read"-style heading (the block up to a blank line).
    dropped: list[str] = []
    in_list = False
    previous = None
    for index, line in enumerate(lines):
        if not line:
            in_list = False
            previous = None
            continue
        if line == previous:
            keep[index] = False  # a caption or line repeated by the scraper
        elif len(line) >= _LONGEST_BOILERPLATE:
            pass  # a paragraph: no line rule applies (the common case, kept cheap)
        elif in_list and len(line) < 140:
            keep[index] = False
        elif is_boilerplate_line(line):
            keep[index] = False
            if len(line) < 40 and _LIST_HEADING.fullmatch(line):
                in_list = True
        if not keep[index]:
            dropped.append(line)
        previous = line

    # Site chrome at the top: short lines above the last menu line of the first few lines.
    source = ""
    nonblank = list(islice((i for i, line in enumerate(lines) if line), 8))
    menu_at = [i for i in nonblank if _is_menu(lines[i])]
    if menu_at:
        last_menu = menu_at[-1]
        for i in nonblank:
            if i >= last_menu:
                break
            line = lines[i]
            if keep[i] and len(line.split()) <= 5 and not _SENTENCE_END.search(line):
                keep[i] = False
                dropped.append(line)
                source = line  # the last short line above the menu is the site name

    # The first kept lines are all the header reading needs (the lead paragraph included).
    kept = list(islice((i for i, line in enumerate(lines) if line and keep[i]), 12))

    # Header: title, then (standfirst), byline and date within the first few kept lines.
    title = ""
    byline: str | None = None
    published: str | None = None
    header_lines: set[int] = set()
    if kept:
        title, byline, published, header_lines, site_name = _read_header(lines, kept)
        source = source or site_name
        body_start = max(header_lines) if header_lines else -1
        # Dateline of the first paragraph after the header.
        lead = next((lines[i] for i in kept if i > body_start), "")
        dateline = _DATELINE.match(lead)
        if dateline and published is None and dateline.group("month"):
            published = _dateline_date(dateline, lead, text, reference)
        # The agency of a dateline comes last: a page's own name beats the wire it carries.
        if not source:
            source = _source_from_copyright(dropped) or _source_from_file_name(file_name)
        if not source and dateline and dateline.group("agency"):
            source = dateline.group("agency")

    # Paragraphs of kept lines, one blank line between them; hard-wrapped ones rejoined.
    paragraphs: list[str] = []
    block: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            if block:
                paragraphs.append(_join_block(block))
                block = []
        elif keep[i] and i not in header_lines:
            block.append(line)
    if block:
        paragraphs.append(_join_block(block))
    body = "\n\n".join(paragraphs)
    return TextPage(title=title, text=body, byline=byline, published=published, source=source,
                    dropped=dropped)


def _read_header(lines: list[str], kept: list[int],
                 ) -> tuple[str, str | None, str | None, set[int], str]:
    """Title, byline, published, the header line indices and a site name, from the first kept
    lines: [site name] title [standfirst] [byline] date-line, in the shapes of the gold pages."""
    window = kept[:8]
    byline: str | None = None
    published: str | None = None
    header_lines: set[int] = set()
    first_meta: int | None = None  # position in window of the first byline/date line
    for position, i in enumerate(window):
        line = lines[i]
        dated = _date_line(line) if position > 0 else None
        if dated:
            published, before = dated
            header_lines.add(i)
            if before:
                byline = clean_byline(before)
            elif byline is None and position >= 2 and _is_name_line(lines[window[position - 1]]):
                byline = clean_byline(lines[window[position - 1]])
                header_lines.add(window[position - 1])
                position -= 1
            if first_meta is None or position < first_meta:
                first_meta = position
            break
        if byline is None and _is_by_line(line):
            byline = clean_byline(line)
            header_lines.add(i)
            first_meta = position
    site_name = ""
    if first_meta is None:
        # No byline or date: the first line is the title when it is headline-sized.
        first_line = lines[kept[0]]
        if len(first_line) <= 300:
            header_lines.add(kept[0])
            return first_line, byline, published, header_lines, site_name
        return _title_from_paragraph(first_line), byline, published, header_lines, site_name
    candidates = window[:first_meta]
    if not candidates:
        return "", byline, published, header_lines, site_name
    # The headline is the last line above the byline that is not a standfirst sentence; short
    # lines above the headline are the site's name and chrome.
    title_at = next((i for i in reversed(candidates) if not lines[i].endswith(".")),
                    candidates[0])
    header_lines.add(title_at)
    for i in candidates:
        if i >= title_at:
            break
        if len(lines[i].split()) <= 5 and not _SENTENCE_END.search(lines[i]):
            header_lines.add(i)
            site_name = lines[i]
    return lines[title_at], byline, published, header_lines, site_name


def _is_by_line(line: str) -> bool:
    """"By Mette Aagaard", not "By the time the count ended, ..."."""
    match = _BYLINE_BY.match(line)
    if not match or len(line) >= 80 or _SENTENCE_END.search(line):
        return False
    name = clean_byline(line) or ""
    return _looks_like_name(name.split(" and ")[0].split(",")[0])


def _is_name_line(line: str) -> bool:
    """"Callum Reid", "By X", "Priya Raman, Markets Reporter": a byline on its own line."""
    return (len(line) < 80 and not _SENTENCE_END.search(line)
            and bool(_BYLINE_BY.match(line) or _looks_like_name(line.split(",")[0])))


_FIELD_NAMES = {
    "title": "title", "headline": "title", "author": "byline", "authors": "byline",
    "byline": "byline", "by": "byline", "date": "published", "published": "published",
    "publication date": "published", "published at": "published", "pubdate": "published",
    "datetime": "published", "url": "url", "link": "url", "source url": "url",
    "source": "source", "publisher": "source", "site": "source", "outlet": "source",
    "site name": "source", "newspaper": "source",
}
_FIELD_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,20}?)\s*:\s*(.*?)\s*$")


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Leading "Title: ... / Author: ... / Date: ..." lines (or a YAML block between "---"
    lines), as scrapers export them: the fields, and the text after them."""
    start = text.lstrip("\n")
    first_line = start[:start.find("\n")] if "\n" in start[:200] else start[:200]
    if ":" not in first_line and first_line.strip() != "---":
        return {}, text  # the common case: no front matter, no copying
    lines = start.split("\n", 40)
    fenced = lines[0].strip() == "---"
    fields: dict[str, str] = {}
    used = 0
    for index, line in enumerate(lines[1:] if fenced else lines, start=1 if fenced else 0):
        if fenced and line.strip() == "---":
            used = index + 1
            break
        if not line.strip():
            if fenced:
                continue
            used = index
            break
        match = _FIELD_LINE.match(line)
        key = match.group(1).strip().lower().replace("_", " ").replace("-", " ") if match else ""
        if key not in _FIELD_NAMES:
            if fenced:
                continue  # other YAML keys (tags, id ...) are ignored
            return {}, text
        value = match.group(2).strip().strip("\"'") if match else ""
        if value:
            fields.setdefault(_FIELD_NAMES[key], value)
    else:
        return {}, text
    # Two or more known fields (or a fenced block) before a blank line: front matter.
    if not fields or (len(fields) < 2 and not fenced):
        return {}, text
    rest = "\n".join(lines[used:]) if used < len(lines) else ""
    return fields, rest


def _apply_front_matter(page: TextPage, fields: dict[str, str], text: str) -> TextPage:
    from .dates import parse_date

    if "title" in fields and page.title and page.title != fields["title"]:
        # The page's first line was body text, not a headline: put it back.
        body_start = text.lstrip().split("\n", 1)[0].strip()
        if body_start == page.title:
            page.text = f"{page.title}\n\n{page.text}" if page.text else page.title
    if "title" in fields:
        page.title = fields["title"]
    if "byline" in fields:
        page.byline = clean_byline(fields["byline"])
    if "published" in fields:
        page.published = parse_date(fields["published"]) or page.published
    if "source" in fields:
        page.source = fields["source"]
    if "url" in fields and fields["url"].startswith(("http://", "https://")):
        page.url = fields["url"]
        page.source = page.source or source_from_url(page.url)
    return page


_LIST_ITEM = re.compile(r"^(?:[-*•·–]\s|\d{1,3}[.)]\s)")
_LINE_END = frozenset(".!?:;\"”’)»…")


def _join_block(block: list[str]) -> str:
    """A paragraph's lines: rejoined with spaces when the text was hard-wrapped (lines of
    similar length ending mid-sentence, as in e-mail and wire exports), else kept as lines."""
    if len(block) < 2:
        return block[0] if block else ""
    wrapped = block[:-1]
    if (max(len(line) for line in block) <= 100 and min(len(line) for line in wrapped) >= 30
            and sum(line[-1] not in _LINE_END for line in wrapped) * 2 >= len(wrapped)
            and not any(_LIST_ITEM.match(line) for line in block)):
        return " ".join(block)
    return "\n".join(block)


def _title_from_paragraph(paragraph: str, max_words: int = 12) -> str:
    """A title for a page that starts with a paragraph, not a headline: its first words."""
    sentence = re.split(r"(?<=[.!?])\s", paragraph[:400], maxsplit=1)[0]
    words = sentence.split()
    if len(words) <= max_words:
        return sentence
    return " ".join(words[:max_words]) + "…"


def _source_from_copyright(dropped: list[str]) -> str:
    for line in dropped:
        match = re.fullmatch(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(.{2,40}?)\.?"
                             r"(?:\s*all rights reserved\.?)?", line, re.IGNORECASE)
        if match:
            return match.group(1).strip()
    return ""


def _dateline_date(dateline: re.Match[str], lead: str, text: str,
                   reference: date | None) -> str | None:
    month = MONTHS.get(dateline.group("month").lower().rstrip("."))
    if month is None:
        return None
    day = int(dateline.group("day"))
    weekday_match = _WEEKDAY_IN_LEAD.search(lead)
    weekday = WEEKDAYS[weekday_match.group(1).lower()] if weekday_match else None
    years = [int(y) for y in _YEAR.findall(text)]
    reference = reference or date.today()
    past_years = [y for y in years if y <= reference.year]
    not_before = max(past_years) if past_years else None
    year = infer_year(month, day, weekday, reference, not_before)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
