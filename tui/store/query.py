"""The search language: parse the search box into an AST, then compile it to SQL.

Syntax (terms are ANDed; ``OR`` between two terms joins them)::

    putin pyon          words; the word being typed (last, no space after it) is a prefix
    missil*  "kim jo"*  an explicit prefix anywhere
    "kim jong un"       a phrase (an unterminated phrase is a prefix phrase: you are typing it)
    -excluded -"a b"    exclude a word, phrase or any filter below
    a OR b              either term (OR binds tighter than the implicit AND)
    title:word  source:reuters  source:"Korea Herald"  author:name  byline:name
    tag:name  -tag:name  untagged          (need a session: ``attach_session``)
    entity:putin  entity:"Kim Jong Un"     (entity group keys, word prefixes; annotated only)
    (unquoted field values are prefixes: source:reut finds Reuters)
    before:2024-06-20  after:2024-06  date:2024-06-18   (year, month or day; the page's own date)

``before:`` is strictly before the period's first day and ``after:`` strictly after its last day;
undated articles match no date filter (so ``-date:2024`` keeps them). “…”, „…“ and «…» quote
like "…". Words are matched as whole tokens, diacritics and case ignored ("creme" = "Crème").
User text never reaches SQL as text: FTS5 expressions quote every token as an FTS5 string and are
passed, like every other value, as bound parameters.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

__all__ = ["CompiledQuery", "Query", "QueryError", "compile_query", "parse"]


class QueryError(ValueError):
    """A search the language cannot read; ``str(error)`` is one line for the status bar."""


# ---------------------------------------------------------------- AST


@dataclass(frozen=True, slots=True)
class Text:
    """Words or a phrase matched by the full-text index, optionally in one column."""

    text: str
    prefix: bool
    column: str | None = None  # None = every indexed column


@dataclass(frozen=True, slots=True)
class Tag:
    name: str


@dataclass(frozen=True, slots=True)
class Tagged:
    """Has any tag in the session; ``untagged`` is its negation."""


@dataclass(frozen=True, slots=True)
class Entity:
    key: str
    prefix: bool


@dataclass(frozen=True, slots=True)
class DateRange:
    """``published_day`` in ``[start, end)``; either bound may be open (None)."""

    start: str | None
    end: str | None


Atom = Text | Tag | Tagged | Entity | DateRange


@dataclass(frozen=True, slots=True)
class Term:
    atom: Atom
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    """A conjunction of clauses; each clause is a disjunction of terms."""

    clauses: tuple[tuple[Term, ...], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.clauses

    @property
    def needs_session(self) -> bool:
        return any(isinstance(t.atom, Tag | Tagged) for c in self.clauses for t in c)


# ---------------------------------------------------------------- lexing

TEXT_COLUMNS = {"title": "title", "source": "source", "author": "byline", "byline": "byline"}
DATE_FIELDS = ("before", "after", "date")
FIELDS = set(TEXT_COLUMNS) | set(DATE_FIELDS) | {"tag", "entity"}

_FIELD = re.compile(r"([A-Za-z]+):")
_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")


@dataclass(slots=True)
class _Token:
    kind: str  # "term" | "or"
    negated: bool = False
    field: str | None = None
    value: str = ""
    quoted: bool = False
    closed: bool = True  # False: an unterminated quote (still being typed)
    star: bool = False  # ended with "*": an explicit prefix
    at_end: bool = False  # ends the text, no space after it: the word is still being typed


# Pasted text brings typographic quotes: “…”, „…“, «…» quote a phrase as "…" does.
_CLOSERS = {'"': '"', "“": "”\"", "„": "“”\"", "«": "»\""}


def _read_value(query: str, pos: int) -> tuple[str, bool, bool, int]:
    """Read a bare run or a quoted string at ``pos``: (value, quoted, closed, next_pos)."""
    if pos < len(query) and query[pos] in _CLOSERS:
        closers = _CLOSERS[query[pos]]
        end = next((i for i in range(pos + 1, len(query)) if query[i] in closers), -1)
        if end < 0:
            return query[pos + 1:], True, False, len(query)
        return query[pos + 1:end], True, True, end + 1
    end = pos
    while end < len(query) and not query[end].isspace():
        end += 1
    return query[pos:end], False, True, end


def _lex(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos, length = 0, len(query)
    while pos < length:
        if query[pos].isspace():
            pos += 1
            continue
        negated = False
        while pos < length and query[pos] == "-":
            negated = True
            pos += 1
        if pos >= length or query[pos].isspace():
            continue  # a lone "-" excludes nothing
        field_name = None
        match = _FIELD.match(query, pos)
        if match and match.group(1).lower() in FIELDS:
            field_name = match.group(1).lower()
            pos = match.end()
        value, quoted, closed, pos = _read_value(query, pos)
        if not negated and field_name is None and not quoted and value == "OR":
            tokens.append(_Token("or"))
            continue
        star = False
        if quoted and pos < length and query[pos] == "*":
            star, pos = True, pos + 1
        elif not quoted and value.endswith("*"):
            star, value = True, value.rstrip("*")
        tokens.append(_Token("term", negated, field_name, value, quoted, closed, star,
                             at_end=pos == length))
    return tokens


# ---------------------------------------------------------------- parsing


def _has_token_chars(text: str) -> bool:
    """FTS5's unicode61 tokenizer keeps letters and digits; a string without any is empty."""
    return any(ch.isalnum() for ch in text)


def _prefix_ok(word: str) -> bool:
    """Prefixes need two characters: a one-letter prefix would touch most of the index."""
    last = re.findall(r"\w+", word)
    return bool(last) and len(last[-1]) >= 2


def _parse_date(field_name: str, value: str) -> DateRange:
    match = _DATE.fullmatch(value.strip())
    if not match:
        raise QueryError(f"{field_name}: needs a date like 2024-06-18, 2024-06 or 2024")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            start = dt.date(year, month, day)  # type: ignore[arg-type]
            end = start + dt.timedelta(days=1)
        elif month is not None:
            start = dt.date(year, month, 1)  # type: ignore[arg-type]
            end = dt.date(year + (month == 12), month % 12 + 1, 1)  # type: ignore[arg-type]
        else:
            start = dt.date(year, 1, 1)  # type: ignore[arg-type]
            end = dt.date(year + 1, 1, 1)  # type: ignore[arg-type]
    except ValueError:
        raise QueryError(f"{field_name}: {value} is not a calendar date") from None
    if field_name == "before":
        return DateRange(None, start.isoformat())
    if field_name == "after":
        return DateRange(end.isoformat(), None)
    return DateRange(start.isoformat(), end.isoformat())


def _atom(token: _Token) -> Atom | None:
    """The AST node for one term, or None for a term with nothing searchable in it."""
    value, name = token.value, token.field
    open_prefix = token.quoted and not token.closed  # typing inside a phrase
    if name is None:
        if not _has_token_chars(value):
            return None
        # Only the word being typed (and an explicit "*") is a prefix: every prefix term costs
        # a merge of all its words' postings, ~10 ms each at 100,000 articles.
        typing = token.at_end and not token.quoted
        return Text(value, (open_prefix or typing or token.star) and _prefix_ok(value))
    if not value.strip():
        raise QueryError(f"{name}: needs a value, e.g. {name}:{_EXAMPLES[name]}")
    if name in TEXT_COLUMNS:
        if not _has_token_chars(value):
            return None
        prefix = open_prefix or not token.quoted or token.star  # a closed quote: finished
        return Text(value, prefix and _prefix_ok(value), TEXT_COLUMNS[name])
    if name == "tag":
        return Tag(value.strip())
    if name == "entity":
        if not _has_token_chars(value):
            return None
        return Entity(value.strip(), prefix=not token.quoted or open_prefix or token.star)
    return _parse_date(name, value)


_EXAMPLES = {"title": "election", "source": "reuters", "author": "smith", "byline": "smith",
             "tag": "verified", "entity": "putin", "before": "2024-06-18",
             "after": "2024-06", "date": "2024-06-18"}


def parse(query: str) -> Query:
    """Parse the search box text; raises ``QueryError`` (one line) for a bad filter value.

    Forgiving while typing: a dangling ``OR``, a lone ``-`` and an unterminated quote are
    read as the user is most likely in the middle of writing them.
    """
    clauses: list[list[Term]] = []
    join_next = False
    for token in _lex(query):
        if token.kind == "or":
            join_next = bool(clauses)
            continue
        if token.field is None and not token.quoted and token.value.lower() == "untagged":
            term = Term(Tagged(), negated=not token.negated)
        else:
            atom = _atom(token)
            if atom is None:
                continue
            term = Term(atom, token.negated)
        if join_next and clauses:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        join_next = False
    return Query(tuple(tuple(dict.fromkeys(c)) for c in dict.fromkeys(tuple(c) for c in clauses)))


# ---------------------------------------------------------------- compiling


def fts_string(text: str) -> str:
    """``text`` as one FTS5 string literal: the tokenizer splits it, operators inside are inert."""
    return '"' + text.replace('"', '""') + '"'


def _fts(term_text: Text) -> str:
    expr = fts_string(term_text.text) + (" *" if term_text.prefix else "")
    if term_text.column:
        expr = "{" + term_text.column + "} : " + expr
    return expr


@dataclass(slots=True)
class CompiledQuery:
    """SQL pieces over ``articles AS a`` (and ``articles_fts`` when ``match`` is set).

    ``match`` is the FTS5 expression for ``articles_fts MATCH ?`` (ranked), ``where`` a list of
    SQL conditions with ``?`` placeholders and ``params`` their values in order.
    """

    match: str | None = None
    where: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    @property
    def ranked(self) -> bool:
        return self.match is not None


_FTS_ROWIDS = "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
_TAGGED_IDS = ("SELECT at.article_id FROM sess.article_tags AS at "
               "JOIN sess.tags AS t ON t.id = at.tag_id WHERE t.name = ? COLLATE NOCASE")
_ENTITY_IDS = ("a.id IN (SELECT m.article_id FROM entity_mentions AS m WHERE m.key IN "
               "(SELECT key FROM entity_keys_fts WHERE entity_keys_fts MATCH ?))")


def _condition(term: Term, params: list[object]) -> str:
    """One term as a SQL condition over ``a`` (used where FTS alone cannot express it)."""
    atom = term.atom
    if isinstance(atom, Text):
        params.append(_fts(atom))
        sql = _FTS_ROWIDS
    elif isinstance(atom, Tag):
        params.append(atom.name)
        sql = f"a.id IN ({_TAGGED_IDS})"
    elif isinstance(atom, Tagged):
        sql = "a.id IN (SELECT article_id FROM sess.article_tags)"
    elif isinstance(atom, Entity):
        params.append(fts_string(atom.key) + (" *" if atom.prefix else ""))
        sql = _ENTITY_IDS
    else:
        parts = []
        if atom.start:
            parts.append("a.published_day >= ?")
            params.append(atom.start)
        if atom.end:
            parts.append("a.published_day < ?")
            params.append(atom.end)
        sql = " AND ".join(parts)
    return f"NOT ifnull(({sql}), 0)" if term.negated else f"({sql})"


def compile_query(query: Query) -> CompiledQuery:
    """Put what FTS5 can do into one ranked MATCH expression; the rest becomes SQL conditions."""
    positive: list[str] = []
    negative: list[str] = []
    other: list[list[Term]] = []
    for clause in query.clauses:
        if all(isinstance(t.atom, Text) for t in clause):
            if len(clause) == 1 and clause[0].negated:
                negative.append(_fts(clause[0].atom))  # type: ignore[arg-type]
                continue
            if not any(t.negated for t in clause):
                positive.append("(" + " OR ".join(_fts(t.atom) for t in clause) + ")")  # type: ignore[arg-type]
                continue
        other.append(list(clause))
    compiled = CompiledQuery()
    if positive:
        compiled.match = " AND ".join(positive)
        if negative:
            compiled.match = f"({compiled.match}) NOT ({' OR '.join(negative)})"
    elif negative:
        compiled.where.append(f"NOT ({_FTS_ROWIDS})")
        compiled.params.append(" OR ".join(negative))
    for clause in other:
        parts = [_condition(t, compiled.params) for t in clause]
        compiled.where.append(parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")")
    return compiled
