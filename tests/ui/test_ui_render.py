"""Pure rendering helpers: wrapping offsets, layer styles, panel entries, metadata, help rows."""

from __future__ import annotations

from tui.model import Annotations, Article, Span
from tui.ui.annotation_panel import panel_entries
from tui.ui.app import HELP_SECTIONS, NewsApp
from tui.ui.article_view import wrap_offsets
from tui.ui.detail_screen import DetailScreen, metadata_content, readable_published
from tui.ui.help_screen import key_rows
from tui.ui.highlight import DEFAULT_STYLES, display_text, highlight

TEXT = "Putin said “We stand firm” on June 18.\n\nKim Jong Un met Putin in Pyongyang."
PUTIN_1 = Span("entity", 0, 5, "Putin", "PERSON", "Vladimir Putin")
QUOTE = Span("quote", 11, 26, "“We stand firm”", speaker="Putin")
DATE = Span("date", 30, 37, "June 18", "DATE", "2024-06-18")
KIM = Span("entity", 40, 51, "Kim Jong Un", "PERSON", "Kim Jong Un")
PUTIN_2 = Span("entity", 56, 61, "Putin", "PERSON", "Vladimir Putin")
PYONGYANG = Span("entity", 65, 74, "Pyongyang", "GPE", "Pyongyang")
ANNOTATIONS = Annotations(entities=[PUTIN_1, KIM, PUTIN_2, PYONGYANG], quotes=[QUOTE],
                          dates=[DATE])


def test_spans_index_the_text() -> None:
    for span in ANNOTATIONS.all():
        assert TEXT[span.start:span.end] == span.text


def test_wrap_offsets_cover_every_word_and_respect_width() -> None:
    lines = wrap_offsets(TEXT, 12)
    # A line may end in the space it broke at; the renderer strips it.
    assert all(len(TEXT[start:end].rstrip()) <= 12 for start, end in lines)
    # The blank line between the paragraphs is an empty line at its own offset.
    assert (TEXT.index("\n\n") + 1,) * 2 in lines
    # Joining the lines gives back every word in order.
    words = " ".join(TEXT[start:end] for start, end in lines).split()
    assert words == TEXT.split()


def test_wrap_offsets_folds_words_longer_than_the_width() -> None:
    text = "x" * 25
    assert wrap_offsets(text, 10) == [(0, 10), (10, 20), (20, 25)]


def test_highlight_styles_each_enabled_layer_by_its_span() -> None:
    content = highlight(TEXT, ANNOTATIONS, {"entity", "quote", "date"})
    assert content.plain == TEXT
    styled = {(span.start, span.end): span.style for span in content.spans}
    assert styled[(0, 5)] == DEFAULT_STYLES["entity-person"]
    assert styled[(65, 74)] == DEFAULT_STYLES["entity-place"]
    assert styled[(11, 26)] == DEFAULT_STYLES["quote"]
    assert styled[(30, 37)] == DEFAULT_STYLES["date"]


def test_highlight_leaves_disabled_layers_plain() -> None:
    content = highlight(TEXT, ANNOTATIONS, {"date"})
    assert [(span.start, span.end) for span in content.spans] == [(30, 37)]
    assert highlight(TEXT, ANNOTATIONS, set()).spans == []


def test_highlight_marks_the_jump_target_last_so_it_wins() -> None:
    content = highlight(TEXT, ANNOTATIONS, {"entity"}, marked=PUTIN_2)
    assert content.spans[-1].style == DEFAULT_STYLES["mark"]
    assert (content.spans[-1].start, content.spans[-1].end) == (56, 61)


def test_layers_stay_distinct_without_colour() -> None:
    """NO_COLOR drops colours: the text attributes alone must tell the layers apart."""
    def attributes(key: str) -> tuple:
        style = DEFAULT_STYLES[key]
        return (style.bold, style.italic, style.underline, style.reverse)

    keys = ["entity-person", "quote", "date", "mark"]
    assert len({attributes(key) for key in keys}) == len(keys)


def test_highlight_keeps_offsets_when_the_text_has_control_characters() -> None:
    text = "a\rb\tc Putin"
    span = Span("entity", 6, 11, "Putin", "PERSON", "Putin")
    content = highlight(text, Annotations(entities=[span]), {"entity"})
    assert len(content.plain) == len(text)
    assert content.plain[6:11] == "Putin"
    assert display_text(text) == "a b c Putin"


def test_highlight_ignores_spans_outside_the_text() -> None:
    stale = Span("entity", 70, 500, "x", "ORG", "x")
    content = highlight("short text", Annotations(entities=[stale]), {"entity"})
    assert content.spans == []


def test_highlight_never_parses_markup() -> None:
    text = "[@click=app.quit]Quit[/] [b]bold[/b] $title"
    content = highlight(text, Annotations(), {"entity"})
    assert content.plain == text and content.spans == []


def test_panel_groups_entities_by_type_and_key_with_counts() -> None:
    rows = panel_entries(ANNOTATIONS)
    plain = [(kind, prompt.plain.strip()) for kind, prompt, _ in rows]
    assert plain[0] == ("heading", "Entities (4)")
    assert ("heading", "PERSON") in plain and ("heading", "GPE") in plain
    putin = next(spans for kind, prompt, spans in rows if "Vladimir Putin" in prompt.plain)
    assert [s.start for s in putin] == [0, 56]
    assert any(kind == "entity" and text == "Vladimir Putin ×2" for kind, text in plain)
    assert ("quote", "Putin: “We stand firm”") in plain
    assert ("date", "June 18 → 2024-06-18") in plain
    # PERSON comes before GPE; the most frequent key first inside a type.
    assert plain.index(("heading", "PERSON")) < plain.index(("heading", "GPE"))


def test_panel_marks_span_tags_and_lists_the_unplaced() -> None:
    rows = panel_entries(ANNOTATIONS, {(56, 61): ["verified"], (11, 26): ["disputed"]},
                         [("source", "a sentence that was edited away")])
    plain = [prompt.plain.strip() for _, prompt, _ in rows]
    assert "Vladimir Putin ×2 [verified]" in plain  # a tag on any occurrence marks the group
    assert "Putin: “We stand firm” [disputed]" in plain
    assert plain[-2] == "Span tags not found in the text (1)"
    assert plain[-1] == "source: a sentence that was edited away"
    assert rows[-1][0] == "heading"  # not selectable: there is nothing to jump to


def test_panel_prompts_show_markup_literally() -> None:
    span = Span("quote", 0, 10, "[@click=app.quit]x[/]", speaker="[b]Ortiz[/b]")
    rows = panel_entries(Annotations(quotes=[span]))
    assert "[b]Ortiz[/b]" in rows[1][1].plain and "[@click=app.quit]" in rows[1][1].plain


def test_metadata_is_literal_and_complete() -> None:
    article = Article(id="1", path="/news/[b]x[/b].txt", format="text",
                      title="[@click=app.quit]Title[/]", text="", source="Daily [Ledger]",
                      byline="FP Staff", published="2024-06-18T07:57:20+05:30",
                      url="https://example.com/a")
    plain = metadata_content(article).plain
    for value in ("[@click=app.quit]Title[/]", "Daily [Ledger]", "FP Staff",
                  "2024-06-18 07:57:20 +05:30", "https://example.com/a", "/news/[b]x[/b].txt"):
        assert value in plain


def test_publication_times_read_as_date_time_and_zone() -> None:
    assert readable_published("2024-06-18T07:57:20+05:30") == "2024-06-18 07:57:20 +05:30"
    assert readable_published("2024-06-20T20:45:00+09:00") == "2024-06-20 20:45 +09:00"
    assert readable_published("2024-06-20T20:45:00Z") == "2024-06-20 20:45 UTC"
    assert readable_published("2024-06-20T20:45:00") == "2024-06-20 20:45"
    assert readable_published("2024-06-20") == "2024-06-20"
    assert readable_published("last Tuesday") == "last Tuesday"


def test_help_rows_list_every_binding_with_a_description() -> None:
    app = NewsApp(["unused"])
    sections = dict(key_rows(HELP_SECTIONS, app.get_key_display))
    article_rows = {desc: keys for keys, desc in sections["Article"]}
    assert article_rows["Entities"] == "e"
    assert article_rows["Next article"] == "n"
    assert "Back to list" in article_rows
    list_rows = {desc for _, desc in sections["Article list"]}
    assert {"Search", "Open", "Down", "Up", "Page down", "Top", "Bottom"} <= list_rows
    for rows in sections.values():
        assert all(keys and description for keys, description in rows)
    assert sum(len(rows) for rows in sections.values()) >= len(DetailScreen.BINDINGS)


async def test_list_keeps_the_cursor_on_its_article_when_rows_arrive_above() -> None:
    from dataclasses import dataclass

    from textual.app import App, ComposeResult

    from tui.ui.article_list import ArticleList

    @dataclass
    class Row:
        id: str
        title: str
        source: str = ""
        published: str | None = None

    rows = [Row(f"id{i}", f"Article {i}") for i in range(10)]

    class ListApp(App[None]):
        def compose(self) -> ComposeResult:
            yield ArticleList()

    app = ListApp()
    async with app.run_test(size=(80, 20)) as pilot:
        articles = app.query_one(ArticleList)
        articles.set_source(lambda limit, offset: rows[offset:offset + limit], 10, rows)
        articles.focus()
        await pilot.press("j", "j", "j")
        assert articles.current_id == "id3"
        newer = [Row("new1", "Newer"), Row("new2", "Newer still"), *rows]
        articles.set_source(lambda limit, offset: newer[offset:offset + limit], 12, newer,
                            keep_cursor=True)
        assert articles.current_id == "id3" and articles.cursor == 5
        articles.set_source(lambda limit, offset: rows[offset:offset + limit], 10, rows)
        assert articles.cursor == 0  # a new query starts at the top
        # A cursor the user never moved follows the top while a scan adds newer rows above.
        articles.set_source(lambda limit, offset: newer[offset:offset + limit], 12, newer,
                            keep_cursor=True)
        assert articles.cursor == 0 and articles.current_id == "new1"
        articles.set_source(lambda limit, offset: rows[offset:offset + limit], 10, rows)
        # Drawn rows: the cursor row and a title, never more than the visible lines.
        assert "Article 0" in articles.render_line(0).text

        many = [Row(f"m{i}", f"Many {i}") for i in range(100_000)]
        fetched: list[int] = []

        def fetch(limit: int, offset: int) -> list[Row]:
            fetched.append(offset)
            return many[offset:offset + limit]

        articles.set_source(fetch, len(many))
        await pilot.pause()
        # Virtual: only the rows on screen were fetched and drawn, not 100,000.
        assert fetched == [0]
        assert len(articles._strips) <= articles.size.height
        await pilot.press("G")
        await pilot.pause()
        assert articles.current_id == "m99999" and fetched[-1] == 99_900
        assert "Many 99999" in app.screen._compositor.render_strips()[-1].text


def test_a_megabyte_paragraph_is_folded_at_the_width() -> None:
    from rich.cells import cell_len

    from tui.ui.article_view import LONG_PARAGRAPH

    text = "intro\n" + "word " * 200_000 + "\nend"
    lines = wrap_offsets(text, 50)
    body = [(s, e) for s, e in lines if 6 <= s < len(text) - 4]
    assert len(text) - 10 > LONG_PARAGRAPH
    assert all(e - s <= 50 for s, e in body)
    assert "".join(text[s:e] for s, e in body) == "word " * 200_000  # nothing lost
    assert lines[0] == (0, 5) and lines[-1] == (len(text) - 3, len(text))
    wide = "日本語" * 10_000
    folded = wrap_offsets(wide, 11)
    assert all(cell_len(wide[s:e]) <= 11 for s, e in folded)
    assert "".join(wide[s:e] for s, e in folded) == wide
