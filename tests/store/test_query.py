"""The search language: every operator parses to the node it should, bad values are QueryError."""

from __future__ import annotations

import random

import pytest

from tui.store.query import (
    DateRange,
    Entity,
    QueryError,
    Tag,
    Tagged,
    Term,
    Text,
    compile_query,
    parse,
)


def terms(query: str) -> list[list[Term]]:
    return [list(clause) for clause in parse(query).clauses]


def test_words_are_anded_and_the_word_being_typed_is_a_prefix() -> None:
    assert terms("putin pyon") == [[Term(Text("putin", False))], [Term(Text("pyon", True))]]
    assert terms("putin pyon ") == [[Term(Text("putin", False))], [Term(Text("pyon", False))]]


def test_explicit_prefixes_with_a_star() -> None:
    assert terms("missil* launch ") == [[Term(Text("missil", True))], [Term(Text("launch", False))]]
    assert terms('"kim jo"* x') == [[Term(Text("kim jo", True))], [Term(Text("x", False))]]
    assert terms("p* x") == [[Term(Text("p", False))], [Term(Text("x", False))]]  # too short


def test_one_letter_words_are_never_prefixes() -> None:
    assert terms("vote us") == [[Term(Text("vote", False))], [Term(Text("us", True))]]
    assert terms("a") == [[Term(Text("a", False))]]


def test_typographic_quotes_make_phrases_too() -> None:
    for query in ("“kim jong un”", "„kim jong un“", "«kim jong un»", "“kim jong un\""):
        assert terms(query) == [[Term(Text("kim jong un", False))]], query
    assert terms("source:“Korea Herald” x") == [[Term(Text("Korea Herald", False, "source"))],
                                               [Term(Text("x", False))]]


def test_phrases_are_exact_unless_still_open() -> None:
    assert terms('"kim jong un"') == [[Term(Text("kim jong un", False))]]
    assert terms('"kim jo') == [[Term(Text("kim jo", True))]]


def test_exclusion_of_words_phrases_and_filters() -> None:
    assert terms('-putin -"north korea" -tag:done') == [
        [Term(Text("putin", False), negated=True)],
        [Term(Text("north korea", False), negated=True)],
        [Term(Tag("done"), negated=True)],
    ]


def test_or_joins_neighbours_and_binds_tighter_than_and() -> None:
    assert terms("putin OR kim seoul") == [
        [Term(Text("putin", False)), Term(Text("kim", False))],
        [Term(Text("seoul", True))],
    ]
    # lowercase "or" is a word; a dangling OR is forgiven while typing
    assert terms("putin or") == [[Term(Text("putin", False))], [Term(Text("or", True))]]
    assert terms("OR putin OR") == [[Term(Text("putin", False))]]


def test_column_fields() -> None:
    assert terms("title:vote") == [[Term(Text("vote", True, "title"))]]
    assert terms('source:"Korea Herald" ') == [[Term(Text("Korea Herald", False, "source"))]]
    assert terms("source:reuters") == [[Term(Text("reuters", True, "source"))]]
    assert terms("author:smith byline:jones") == [
        [Term(Text("smith", True, "byline"))], [Term(Text("jones", True, "byline"))]]
    assert terms("SOURCE:bbc") == [[Term(Text("bbc", True, "source"))]]


def test_tags_and_untagged() -> None:
    assert terms("tag:Verified untagged") == [[Term(Tag("Verified"))],
                                              [Term(Tagged(), negated=True)]]
    assert terms("-untagged") == [[Term(Tagged())]]
    assert parse("tag:x").needs_session and parse("untagged").needs_session
    assert not parse('"untagged"').needs_session


def test_entities() -> None:
    assert terms("entity:putin") == [[Term(Entity("putin", True))]]
    assert terms('entity:"Kim Jong Un" x') == [[Term(Entity("Kim Jong Un", False))],
                                               [Term(Text("x", False))]]


@pytest.mark.parametrize(("query", "expected"), [
    ("before:2024-06-20", DateRange(None, "2024-06-20")),
    ("after:2024-06", DateRange("2024-07-01", None)),
    ("after:2024-12", DateRange("2025-01-01", None)),
    ("date:2024-06-18", DateRange("2024-06-18", "2024-06-19")),
    ("date:2024", DateRange("2024-01-01", "2025-01-01")),
    ("date:2024/2/29", DateRange("2024-02-29", "2024-03-01")),
    ("before:2024", DateRange(None, "2024-01-01")),
])
def test_dates_by_day_month_year(query: str, expected: DateRange) -> None:
    assert terms(query) == [[Term(expected)]]


@pytest.mark.parametrize(("query", "message"), [
    ("before:yesterday", "before: needs a date like 2024-06-18"),
    ("after:2024-13", "after: 2024-13 is not a calendar date"),
    ("date:2023-02-29", "date: 2023-02-29 is not a calendar date"),
    ("source:", "source: needs a value"),
    ("tag: x", "tag: needs a value"),
    ('entity:""', "entity: needs a value"),
])
def test_bad_values_give_one_line_errors(query: str, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(query)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_unknown_fields_and_punctuation_are_text() -> None:
    assert terms("10:30") == [[Term(Text("10:30", True))]]
    assert terms("( ) * - -- \"\"") == []


def test_compiled_query_binds_user_text_as_parameters() -> None:
    compiled = compile_query(parse('x" OR 1=1; DROP TABLE articles -- tag:a'))
    sql = " ".join(compiled.where)
    assert "DROP" not in sql and "1=1" not in sql
    assert compiled.match is not None and "DROP" in compiled.match  # inside an FTS5 string
    assert "a" in compiled.params


def test_pure_text_queries_become_one_ranked_match() -> None:
    compiled = compile_query(parse('putin "kim jong" -seoul title:vote'))
    assert compiled.where == []
    assert compiled.match == ('(("putin") AND ("kim jong") AND ({title} : "vote" *)) '
                              'NOT ("seoul")')


def test_fuzzed_queries_parse_or_raise_query_error_only() -> None:
    alphabet = ['"', "*", "(", ")", "NEAR", "-", ":", "OR", "AND", "NOT", "^", "+", "{", "}",
                "tag:", "source:", "before:", "x", "é", " ", "  ", "'", "\\", "%", "_", "date:2024"]
    rng = random.Random(7)
    for _ in range(2000):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        try:
            compile_query(parse(query))
        except QueryError:
            pass
