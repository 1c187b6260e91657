"""RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds, parsed safely.

Safety: a DOCTYPE that declares entities (entity-expansion bombs, external entities that read
local files or the network) is refused before parsing; the parser itself never resolves
entities, never touches the network and keeps libxml2's size and depth limits (no huge_tree).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.entities import name2codepoint
from typing import Any

import lxml.etree

from .dates import parse_date
from .html import html_fragment_to_text

_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)


_HTML_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})


def _entity_to_reference(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in _XML_ENTITIES or name not in name2codepoint:
        return match.group(0)
    return f"&#{name2codepoint[name]};"


class FeedError(ValueError):
    """The feed cannot be read (the message is the one-line reason)."""


@dataclass(slots=True)
class FeedItem:
    title: str
    text: str
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    source: str = ""


def _local(element: Any) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _children(element: Any, *names: str) -> list[Any]:
    return [child for child in element if _local(child) in names]


def _child_text(element: Any, *names: str) -> str:
    for name in names:
        for child in element:
            if _local(child) == name:
                text = "".join(child.itertext()).strip()
                if text:
                    return text
    return ""


def _parser() -> lxml.etree.XMLParser:
    return lxml.etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
        dtd_validation=False, remove_comments=True, remove_pis=True, recover=True,
    )


def parse_feed(text: str) -> tuple[list[FeedItem], str]:
    """The items of a feed and its format ("rss" or "atom"). Raises ``FeedError``."""
    head = text[:65536]
    if _DOCTYPE.search(head) and _ENTITY_DECLARATION.search(text):
        raise FeedError("refused: the XML declares entities in its DOCTYPE "
                        "(entity expansion or external entity)")
    # HTML entities (&nbsp; &rsquo;) are common in feeds but undefined in XML: make them
    # character references, or the parser (recovering) would drop them.
    text = _HTML_ENTITY.sub(_entity_to_reference, text)
    # lxml refuses a str that carries an encoding declaration; the text is decoded already.
    data = text.encode("utf-8")
    if text.lstrip().startswith("<?xml"):
        data = re.sub(rb"^\s*<\?xml[^>]*\?>", b"", data)
    try:
        root = lxml.etree.fromstring(data, parser=_parser())
    except lxml.etree.XMLSyntaxError as error:
        raise FeedError(f"invalid XML: {error}") from error
    if root is None:
        raise FeedError("invalid XML: no root element")
    kind = _local(root)
    if kind == "feed":
        return _atom_items(root), "atom"
    if kind in ("rss", "rdf"):
        return _rss_items(root), "rss"
    raise FeedError(f"not a feed (root element <{kind}>)")


def _rss_items(root: Any) -> list[FeedItem]:
    channel = next(iter(_children(root, "channel")), None)
    source = _child_text(channel, "title") if channel is not None else ""
    # RSS 0.9x/2.0 keep items inside <channel>; RSS 1.0 (RDF) puts them beside it.
    containers = [root] + ([channel] if channel is not None else [])
    items: list[FeedItem] = []
    for container in containers:
        for item in _children(container, "item"):
            content = _child_text(item, "encoded", "content")
            description = _child_text(item, "description", "summary")
            body = content if len(content) >= len(description) else description
            title = _child_text(item, "title")
            link = _child_text(item, "link")
            if not link:
                guid = next(iter(_children(item, "guid")), None)
                if guid is not None and (guid.text or "").startswith("http"):
                    link = guid.text.strip()
            if not link:
                link = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about", "")
            date = _child_text(item, "pubdate", "date", "published", "issued", "created")
            item_source = _child_text(item, "source") or source
            items.append(FeedItem(
                title=html_fragment_to_text(title) if "<" in title or "&" in title else title,
                text=html_fragment_to_text(body),
                byline=_author_name(_child_text(item, "creator", "author")) or None,
                published=parse_date(date) if date else None,
                url=link or None,
                source=item_source,
            ))
    return items


_EMAIL_WITH_NAME = re.compile(r"^\S+@\S+\s*\((?P<name>[^()]+)\)$")


def _author_name(author: str) -> str:
    """RSS <author> is "email (Name)": keep the name; a bare address is no byline."""
    match = _EMAIL_WITH_NAME.match(author.strip())
    if match:
        return match.group("name").strip()
    if re.fullmatch(r"\S+@\S+", author.strip()):
        return ""
    return author


def _atom_text(element: Any | None) -> str:
    """Text of an Atom text construct (type text, html or xhtml)."""
    if element is None:
        return ""
    kind = (element.get("type") or "text").lower()
    if kind == "xhtml":
        inner = "".join(lxml.etree.tostring(child, encoding="unicode", method="html")
                        for child in element)
        return html_fragment_to_text(re.sub(r"</?\w+:", lambda m: m.group(0)[:2] if
                                            m.group(0).startswith("</") else "<", inner))
    text = "".join(element.itertext()).strip()
    if kind in ("html", "text/html"):
        return html_fragment_to_text(text)
    return text


def _atom_items(root: Any) -> list[FeedItem]:
    source = _atom_text(next(iter(_children(root, "title")), None))
    items: list[FeedItem] = []
    for entry in _children(root, "entry"):
        content = _atom_text(next(iter(_children(entry, "content")), None))
        summary = _atom_text(next(iter(_children(entry, "summary")), None))
        url = ""
        for link in _children(entry, "link"):
            if (link.get("rel") or "alternate") == "alternate" and link.get("href"):
                url = link.get("href")
                break
        authors = [_child_text(author, "name") for author in _children(entry, "author")]
        date = _child_text(entry, "published", "issued", "updated", "created")
        entry_source = next(iter(_children(entry, "source")), None)
        items.append(FeedItem(
            title=_atom_text(next(iter(_children(entry, "title")), None)),
            text=content if len(content) >= len(summary) else summary,
            byline=", ".join(a for a in authors if a) or None,
            published=parse_date(date) if date else None,
            url=url or None,
            source=(_atom_text(next(iter(_children(entry_source, "title")), None))
                    if entry_source is not None else "") or source,
        ))
    return items
