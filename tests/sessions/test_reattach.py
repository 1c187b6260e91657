"""Span tags keep offsets plus quoted text and context, and re-attach when the text changes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.sessions.conftest import make_article
from tui.model import Span

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "firstpost-putin-north-korea.txt"
QUOTE = "‘Bilateral cooperation will be put onto a higher level"


def _quote_span(text: str) -> Span:
    start = text.index(QUOTE)
    return Span("quote", start, start + len(QUOTE), QUOTE, speaker="Putin")


def test_unchanged_text_is_attached(session_factory) -> None:
    text = SEED.read_text(encoding="utf-8")
    article = make_article("Putin", text)
    session = session_factory()
    made = session.tag_span(article, _quote_span(text), "verified")
    assert made.context_before and made.context_after
    assert session.tag_span(article, _quote_span(text), "verified") == made  # idempotent
    [found] = session.span_tags_for(article)
    assert (found.status, found.start, found.end) == ("attached", made.start, made.end)


def test_text_shifted_is_moved_to_the_new_offsets(session_factory) -> None:
    text = SEED.read_text(encoding="utf-8")
    original = make_article("Putin", text)
    session = session_factory()
    session.tag_span(original, _quote_span(text), "verified")
    edited = replace(original, text="Update: a correction was added at the top.\n\n" + text)
    [found] = session.span_tags_for(edited)
    assert found.status == "moved" and found.start > _quote_span(text).start
    assert edited.text[found.start:found.end] == QUOTE


def test_repeated_text_prefers_the_occurrence_with_matching_context(session_factory) -> None:
    text = "Alpha said yes. Then Beta said yes. Finally Gamma said yes."
    article = make_article("t", text)
    start = text.index("Beta said yes") + len("Beta said ")
    session = session_factory()
    session.tag_span(article, Span("entity", start, start + 3, "yes"), "odd")
    moved = replace(article, text="Intro. " + text)
    [found] = session.span_tags_for(moved)
    assert found.status == "moved"
    assert moved.text[found.start - 10:found.end] == "Beta said yes"


def test_whitespace_and_case_changes_still_attach(session_factory) -> None:
    text = "The mayor said the Bridge Will Reopen in May, officials confirmed."
    article = make_article("t", text)
    start = text.index("the Bridge")
    span = Span("quote", start, start + len("the Bridge Will Reopen"), "the Bridge Will Reopen")
    session = session_factory()
    session.tag_span(article, span, "check")
    changed = replace(article, text="The mayor said  the bridge will\nreopen in May.")
    [found] = session.span_tags_for(changed)
    assert found.status == "moved" and found.text == "the bridge will\nreopen"


def test_edited_quote_is_found_by_its_context(session_factory) -> None:
    text = "Before the vote, the leader said we shall never surrender today, and left the hall."
    article = make_article("t", text)
    start = text.index("we shall")
    end = text.index(" today")
    session = session_factory()
    session.tag_span(article, Span("quote", start, end, text[start:end]), "disputed")
    edited = text.replace("we shall never surrender", "we will never surrender")
    [found] = session.span_tags_for(replace(article, text=edited))
    assert found.status == "changed"
    assert edited[found.start:found.end] == "we will never surrender"


def test_gone_text_is_detached(session_factory) -> None:
    text = "The minister said the budget is balanced and the deficit is gone."
    article = make_article("t", text)
    start = text.index("the budget")
    session = session_factory()
    session.tag_span(article, Span("quote", start, start + 23, text[start:start + 23]), "x")
    rewritten = replace(article, text="Completely different story.")
    [found] = session.span_tags_for(rewritten)
    assert found.status == "detached" and (found.start, found.end) == (start, start + 23)


def test_untag_and_toggle_span(session_factory) -> None:
    text = "Kim Jong Un met Vladimir Putin."
    article = make_article("t", text)
    span = Span("entity", 16, 30, "Vladimir Putin", label="PERSON")
    session = session_factory()
    assert session.toggle_span_tag(article, span, "source") is True
    assert [s.tag for s in session.span_tags(article.id)] == ["source"]
    assert session.toggle_span_tag(article, span, "SOURCE") is False
    assert session.span_tags(article.id) == []
    assert "source" in session.undo()
    assert len(session.span_tags(article.id)) == 1
