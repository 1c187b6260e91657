"""Every sessions test runs with NEWSTUI_HOME in a temp dir: never the user's data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.model import Article, article_id


@pytest.fixture(autouse=True)
def newstui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("NEWSTUI_HOME", str(home))
    monkeypatch.setenv("NEWSTUI_ANNOTATOR", "tester")
    return home


def make_article(title: str, text: str, path: str = "/corpus/a.txt", **extra: object) -> Article:
    return Article(id=article_id(title, text), path=path, format="text", title=title, text=text,
                   **extra)  # type: ignore[arg-type]


@pytest.fixture
def articles() -> list[Article]:
    return [
        make_article("Vote in Copenhagen", 'The minister said "we will not resign" on Tuesday.',
                     path="/corpus/dk.txt", url="https://example.org/dk", source="Example"),
        make_article("Bridge closed", "Portland closed the Burnside bridge for repairs.",
                     path="/corpus/pdx.html", published="2024-06-18T07:57:20+05:30"),
        make_article("Cholera", "The WHO reported 1,200 cases in East Africa.",
                     path="/corpus/who.json"),
    ]


@pytest.fixture
def session_factory() -> Iterator[object]:
    from tui.sessions import Session

    opened: list[Session] = []

    def open_session(name: str = "coding", **kwargs: object) -> Session:
        session = Session.open(name, **kwargs)  # type: ignore[arg-type]
        opened.append(session)
        return session

    yield open_session
    for session in opened:
        session.close()
