"""Saved HTML pages: body via trafilatura, metadata from meta tags, JSON-LD and ``<time>``.

lxml parses the page for metadata; trafilatura parses the markup again for the body (handing
it our tree measured slower: it copies and re-cleans it). When trafilatura finds nothing, the
``<p>``-like elements outside navigation, header, footer, aside, script and style are
collected instead; a page too deeply nested for libxml2 is read flat, tag by tag.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from typing import Any

import lxml.etree
import lxml.html

from .dates import parse_date
from .textpage import is_boilerplate_line

_WS = re.compile(r"[ \t\r\f\v\xa0]+")
_NON_CONTENT = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                "form", "button", "svg", "iframe", "select", "option", "head", "title"}
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
_NEWS_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
               "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "webpage",
               "socialmediaposting", "report", "liveblogposting", "reviewnewsarticle"}
_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+")


@dataclass(slots=True)
class HtmlPage:
    title: str
    text: str
    byline: str | None = None
    published: str | None = None
    source: str = ""
    url: str | None = None


class NoHtml(ValueError):
    """The content could not be parsed as HTML at all."""


def parse_html(markup: str) -> HtmlPage:
    """Title, body and metadata of one HTML page (``markup`` already decoded)."""
    # An XML declaration with an encoding makes lxml refuse a str; drop it.
    if markup.lstrip().startswith("<?xml"):
        markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    # A parser per page: its error log tells whether libxml2 cut the tree short.
    # No network, no huge trees (libxml2's depth limit keeps nesting bombs bounded).
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  huge_tree=False)
    try:
        tree = lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise NoHtml(f"not HTML ({error})") from error
    truncated = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    meta = _metadata(tree)
    title = meta.get("title") or ""
    headline = next(iter(tree.iter("h1")), None)
    headings = {title, _text_of(headline) if headline is not None else ""} - {""}
    # Too deep for libxml2 (a nesting bomb): the tree lacks the rest, so read the markup flat.
    text = _flat_text(markup) if truncated else _main_text(tree, markup)
    text = _drop_boilerplate(_drop_leading_headings(text, headings))
    return HtmlPage(
        title=title,
        text=text,
        byline=meta.get("byline"),
        published=meta.get("published"),
        source=meta.get("source", ""),
        url=meta.get("url"),
    )


_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*>|<!--.*?(?:-->|$)", re.DOTALL)
_FLAT_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "nav", "header",
                           "footer", "aside", "svg", "title"})
_FLAT_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br",
                          "blockquote", "article", "section", "tr", "td", "pre", "main"})


def _flat_text(markup: str) -> str:
    """Text of markup too deeply nested to parse as a tree: one linear pass over the tags,
    skipping script/style/navigation elements, with blocks kept apart as paragraphs."""
    import html as html_entities

    parts: list[str] = []
    skipping: str | None = None  # the element whose content is skipped until it closes
    position = 0
    for match in _TAG.finditer(markup):
        if skipping is None:
            parts.append(markup[position:match.start()])
        position = match.end()
        closing, name = match.group(1), (match.group(2) or "").lower()
        if skipping is not None:
            if closing and name == skipping:
                skipping = None
            continue
        if not closing and name in _FLAT_SKIPPED and not match.group(0).endswith("/>"):
            skipping = name
        elif name in _FLAT_BLOCKS:
            parts.append("\n")
    if skipping is None:
        parts.append(markup[position:])
    return _paragraphs(html_entities.unescape("".join(parts)))


def _drop_boilerplate(text: str) -> str:
    """The text-page line rules over the extracted paragraphs: "Read more: ...", "Comments",
    wire credits and copyright lines that the extractor kept (+0.001 F1 on the benchmark)."""
    paragraphs = text.split("\n\n")
    kept = [p for p in paragraphs if not is_boilerplate_line(p.lstrip("-•·* ").strip() or p)]
    return "\n\n".join(kept) if len(kept) != len(paragraphs) else text


KICKER_MAX_CHARS = 60  # a kicker/section line above a headline is a few words
LEAD_SEARCH = 3  # the headline is looked for among the first paragraphs only


def _words_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _same_heading(paragraph: str, heading: str) -> bool:
    """``paragraph`` repeats ``heading`` (the page title or h1), allowing small differences:
    case, punctuation, quote marks, a site name after it."""
    left, right = _words_key(paragraph), _words_key(heading)
    if not left or not right:
        return False
    if left == right:
        return True
    shorter, longer = sorted((left, right), key=len)
    if longer.startswith(shorter) and len(shorter) >= 0.6 * len(longer):
        return True
    return difflib.SequenceMatcher(None, left, right, autojunk=False).ratio() >= 0.9


def _is_kicker(paragraph: str) -> bool:
    """A short label line (section, topic, "Analysis"), not a sentence."""
    return (len(paragraph) <= KICKER_MAX_CHARS and len(paragraph.split()) <= 8
            and not paragraph.rstrip().endswith((".", "!", "?", "”", '"', ":")))


def _drop_leading_headings(text: str, headings: set[str]) -> str:
    """The body starts after the headline: a leading paragraph equal or near-equal to the
    title or h1 goes, with short kicker/section lines above it, then a bare "By" left by a
    removed author link."""
    paragraphs = text.split("\n\n")
    for index, paragraph in enumerate(paragraphs[:LEAD_SEARCH]):
        if any(_same_heading(paragraph, heading) for heading in headings):
            if all(_is_kicker(above) for above in paragraphs[:index]):
                del paragraphs[:index + 1]
            break
    while paragraphs and (paragraphs[0] in headings
                          or paragraphs[0].lower() in ("by", "by:", "from")):
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def _text_of(element: Any) -> str:
    return _WS.sub(" ", element.text_content()).strip()


def _metadata(tree: Any) -> dict[str, str]:
    meta: dict[str, str] = {}
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop")
               or "").strip().lower()
        content = (element.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content
    json_ld = _json_ld_article(tree)

    title = (json_ld.get("headline") or found.get("og:title") or found.get("twitter:title")
             or "")
    h1 = next(iter(tree.iter("h1")), None)
    if not title and h1 is not None:
        title = _text_of(h1)
    if not title:
        title_element = next(iter(tree.iter("title")), None)
        if title_element is not None:
            title = _strip_site_from_title(_text_of(title_element))
    meta["title"] = title

    published_raw = (json_ld.get("datePublished") or found.get("article:published_time")
                     or found.get("og:published_time") or found.get("datepublished")
                     or found.get("pubdate") or found.get("publishdate")
                     or found.get("date") or found.get("dc.date") or found.get("dcterms.created")
                     or found.get("sailthru.date") or found.get("parsely-pub-date") or "")
    if not published_raw:
        time_element = next(iter(tree.iter("time")), None)
        if time_element is not None:
            published_raw = time_element.get("datetime") or _text_of(time_element)
    published = parse_date(published_raw) if published_raw else None
    if published:
        meta["published"] = published

    byline = json_ld.get("author") or found.get("author") or found.get("article:author") or ""
    if byline.startswith("http"):
        byline = ""
    if not byline:
        byline = _byline_in_page(tree)
    if byline:
        meta["byline"] = byline

    source = (json_ld.get("publisher") or found.get("og:site_name")
              or found.get("application-name") or _site_from_title(tree)
              or found.get("twitter:site", "").lstrip("@"))
    if source:
        meta["source"] = source
        # "Dam talks collapse | The River Post": the site's name is not part of the headline.
        for separator in (" | ", " - ", " – ", " — ", " :: "):
            if meta["title"].endswith(separator + source):
                meta["title"] = meta["title"][: -len(separator + source)].strip()
                break
    url = found.get("og:url") or json_ld.get("url") or ""
    if not url:
        canonical = tree.find(".//link[@rel='canonical']")
        if canonical is not None:
            url = canonical.get("href") or ""
    if url.startswith(("http://", "https://")):
        meta["url"] = url
    return meta


_AUTHOR_MARK = re.compile(r"\bauthor(?:[-_]?name)?\b|\bbyline__author\b|\bcontributor\b")
_BYLINE_MARK = re.compile(r"\bbyline\b|\bbyline[-_]\w+|\bauthors?\b")


def _byline_in_page(tree: Any) -> str:
    """The author named in the page: itemprop/rel/class "author" first, then a "byline" block
    (with its "By" and any date cut off)."""
    from .textpage import clean_byline

    by_author: list[Any] = []
    by_byline: list[Any] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "script"):
            continue
        itemprop = (element.get("itemprop") or "").lower()
        rel = (element.get("rel") or "").lower()
        marker = (element.get("class") or "").lower()
        if itemprop == "author" or rel == "author" or _AUTHOR_MARK.search(marker):
            by_author.append(element)
        elif _BYLINE_MARK.search(marker):
            by_byline.append(element)
        if len(by_author) >= 3:
            break
    for element in by_author + by_byline:
        name = clean_byline(_text_of(element))
        if name and len(name) < 100:
            return name
    return ""


def _site_from_title(tree: Any) -> str:
    """"Tram line opens | City Gazette" → "City Gazette" (a short last part only)."""
    title_element = next(iter(tree.iter("title")), None)
    if title_element is None:
        return ""
    parts = _TITLE_SEPARATORS.split(_text_of(title_element))
    if len(parts) > 1 and 0 < len(parts[-1].split()) <= 4 and len(parts[0]) >= 15:
        return parts[-1]
    return ""


def _strip_site_from_title(title: str) -> str:
    """"Port reopens after strike | Example News" → "Port reopens after strike"."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and len(parts[0]) >= 15:
        return parts[0]
    return title


def _json_ld_article(tree: Any) -> dict[str, str]:
    """headline, datePublished, author, publisher, url of the first NewsArticle-like JSON-LD."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (json.JSONDecodeError, RecursionError):
            continue
        for item in _json_ld_items(data):
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            if not any(isinstance(t, str) and t.lower() in _NEWS_TYPES for t in types):
                continue
            result: dict[str, str] = {}
            for key in ("headline", "datePublished", "url"):
                if isinstance(item.get(key), str):
                    result[key] = item[key]
            author = _ld_name(item.get("author"))
            if author:
                result["author"] = author
            publisher = _ld_name(item.get("publisher"))
            if publisher:
                result["publisher"] = publisher
            if result:
                return result
    return {}


def _json_ld_items(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > 4:
        return []
    if isinstance(data, list):
        return [i for d in data for i in _json_ld_items(d, depth + 1)]
    if isinstance(data, dict):
        items = [data]
        if isinstance(data.get("@graph"), list):
            items += _json_ld_items(data["@graph"], depth + 1)
        return items
    return []


def _ld_name(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]
    if isinstance(value, list):
        return ", ".join(n for n in (_ld_name(v) for v in value[:10]) if n)
    return ""


# Chosen on the 181-page benchmark (benchmarks/html_extraction.py): fast (no second
# extractor) scored F1 0.948 at ~30 ms CPU per page; favor_precision 0.948 at ~42 ms.
# Tables are left out: on news pages they are mostly navigation, scores and widgets.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "fast": True, "favor_precision": False, "include_comments": False, "include_tables": False,
    "include_images": False, "include_links": False, "include_formatting": False,
    "deduplicate": False, "with_metadata": False,
}


def _main_text(tree: Any, markup: str) -> str:
    import trafilatura  # imported on first use: it takes a while to import

    text = ""
    try:
        text = trafilatura.extract(markup, **TRAFILATURA_OPTIONS) or ""
    except (RecursionError, ValueError, TypeError, lxml.etree.LxmlError):
        text = ""
    if not text.strip():
        text = collect_paragraphs(tree)
    return _paragraphs(text)


def _paragraphs(text: str) -> str:
    """One blank line between paragraphs, spaces tidied inside them."""
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


def collect_paragraphs(tree: Any) -> str:
    """Fallback body: text of paragraph-like elements outside page chrome and scripts."""
    paragraphs: list[str] = []
    for element in tree.iter(*_BLOCK_TAGS):
        if any(isinstance(a.tag, str) and a.tag in _NON_CONTENT
               for a in element.iterancestors()):
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in element.iterdescendants()):
            continue  # the inner block is collected on its own
        text = _text_without_scripts(element)
        if text:
            paragraphs.append(text)
    return "\n".join(paragraphs)


def _text_without_scripts(element: Any) -> str:
    parts: list[str] = []
    for node in element.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "noscript"):
            if node is not element and node.tail:
                parts.append(node.tail)
            continue
        if node.text:
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    return _WS.sub(" ", "".join(parts)).strip()


_FRAGMENT_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
                    "br", "tr", "article", "section", "ul", "ol", "table", "figure", "hr"}


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML snippet (feed item content, a JSON "body" in HTML): scripts and styles
    dropped, block elements become paragraphs."""
    if "<" not in fragment and "&" not in fragment:
        return fragment
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  huge_tree=False)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div", parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return _flat_text(fragment)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return _flat_text(fragment)
    parts: list[str] = []

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("script", "style", "noscript", "template", "iframe", "svg"):
            return
        block = tag in _FRAGMENT_BLOCKS
        if block:
            parts.append("\n")
        if element.text and tag:
            parts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    try:
        walk(root)
    except RecursionError:
        return _flat_text(fragment)
    return _paragraphs("".join(parts))
