"""The article list's columns: the title takes every cell the source, date and tags do not
need, at any width; short outlet names are shown whole."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from textual.app import App, ComposeResult

from tui.ui.article_list import ArticleList


@dataclass
class FakeRow:
    id: str
    title: str
    source: str
    published: str | None
    tags: list[str] = field(default_factory=list)


LONG_TITLE = ("Tokyo and Washington voice 'grave concern' over Russia and North Korea's new "
              "defence treaty as Seoul weighs its options and Beijing stays quiet")
ROWS = [
    FakeRow("a", LONG_TITLE, "Eastgate News", "2024-06-20T10:00:00+09:00"),
    FakeRow("b", "Quillon outage knocks out file sync for millions",
            "Circuit Ledger: Technology", "2025-09-03"),
    FakeRow("c", "Putin and Kim sign mutual defence pact", "Pacific Ledger", "2024-06-19"),
]


class ListApp(App[None]):
    def __init__(self, tags: dict[str, list[str]] | None = None) -> None:
        super().__init__()
        self.tags = tags

    def compose(self) -> ComposeResult:
        yield ArticleList(id="articles")

    def on_mount(self) -> None:
        articles = self.query_one(ArticleList)
        articles.set_source(lambda limit, offset: ROWS[offset:offset + limit], len(ROWS), ROWS)
        if self.tags is not None:
            tags = self.tags
            articles.set_tags_source(lambda article_id: tags.get(article_id, []))


def lines(app: App[None]) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("width", [80, 100, 120, 160, 200])
async def test_the_title_fills_the_width_the_other_columns_leave(width: int) -> None:
    app = ListApp()
    async with app.run_test(size=(width, 10)) as pilot:
        await pilot.pause()
        first, second = lines(app)[:2]
        scrollbar = 2  # ArticleList keeps a vertical scrollbar gutter
        # The long title runs up to its source; the row ends with the date, not with blanks.
        assert first.rstrip().endswith("2024-06-20")
        assert len(first.rstrip()) >= width - scrollbar - 1
        source_at = first.index("Eastgate News")
        title = first[1:source_at].rstrip()
        assert title == LONG_TITLE or title.endswith("…")  # cut only where the source begins
        if title != LONG_TITLE:
            assert source_at - 1 - len(title) <= 1  # one space between title and source
        # A short outlet name is whole; the longest one is whole when a quarter of the
        # width holds it.
        if width // 4 >= len("Circuit Ledger: Technology"):
            assert "Circuit Ledger: Technology 2025-09-03" in second
        else:
            assert "Circuit Ledger" in second


async def test_a_tags_column_only_takes_the_room_its_tags_need() -> None:
    app = ListApp(tags={"a": ["keep", "verify"]})
    async with app.run_test(size=(100, 10)) as pilot:
        await pilot.pause()
        first, second = lines(app)[:2]
        assert first.rstrip().endswith("2024-06-20 keep verify")
        assert second.rstrip().endswith("2025-09-03")  # untagged: blank cell at the end
        assert len(first.rstrip()) >= 100 - 3
