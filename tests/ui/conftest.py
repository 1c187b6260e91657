"""UI test helpers: a small corpus in a temp dir, NEWSTUI_HOME in a temp dir, settle()."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from tui.library import Library
from tui.model import Annotations, Span
from tui.ui.app import NewsApp

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ui"
ARTICLES = [
    "firstpost-putin-north-korea.txt",
    "01-denmark-confidence-vote.txt",
    "07-norges-bank-holds.txt",
    "10-australian-open-tanaka.txt",
    "markup-injection.txt",
]


@pytest.fixture(autouse=True)
def newstui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("NEWSTUI_HOME", str(home))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Five good articles (seed, three dev articles, the markup-injection page)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ARTICLES:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


@pytest.fixture
def corpus_with_binary(corpus: Path) -> Path:
    shutil.copy(FIXTURES / "binary-disguised.txt", corpus / "binary-disguised.txt")
    return corpus


async def _settle(pilot: Pilot, rounds: int = 3) -> None:
    """Let workers finish and the messages they posted be handled (a few rounds: a finished
    scan starts a search, a finished search updates the list)."""
    for _ in range(rounds):
        for _attempt in range(100):
            try:
                await pilot.app.workers.wait_for_complete()
                break
            except WorkerCancelled:  # a newer search replaced an older one: wait again
                await pilot.pause()
        await pilot.pause()


@pytest.fixture
def settle():
    return _settle


# A small deterministic recogniser, so these tests exercise the UI whatever the state of the
# real recognisers (tests/annotate covers those; tests/e2e runs them through the app).
_NAMES = {
    "Vladimir Putin": ("PERSON", "Vladimir Putin"),
    "Putin": ("PERSON", "Vladimir Putin"),
    "Kim Jong Un": ("PERSON", "Kim Jong Un"),
    "Pyongyang": ("GPE", "Pyongyang"),
    "Russia": ("GPE", "Russia"),
    "Kremlin": ("ORG", "Kremlin"),
    "Ortiz": ("PERSON", "Ana Ortiz"),
}
_NAME_RE = re.compile("|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True)))
_QUOTE_RE = re.compile(r"[“\"][^”\"\n]{3,}[”\"]")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_DATE_RE = re.compile(rf"\b({'|'.join(_MONTHS)}) (\d{{1,2}})\b")
_RELATIVE_DATES = {"Tuesday": "2024-06-18", "Last year": "2023", "2022": "2022"}
_RELATIVE_RE = re.compile(rf"\b({'|'.join(_RELATIVE_DATES)})\b")


def fake_annotator(text: str, published: str | None) -> Annotations:
    year = (published or "2024")[:4]
    entities = [Span("entity", m.start(), m.end(), m.group(), *_NAMES[m.group()])
                for m in _NAME_RE.finditer(text)]
    quotes = [Span("quote", m.start(), m.end(), m.group(), speaker="Putin")
              for m in _QUOTE_RE.finditer(text)]
    dates = [Span("date", m.start(), m.end(), m.group(), "DATE",
                  f"{year}-{_MONTHS.index(m.group(1)) + 1:02d}-{int(m.group(2)):02d}")
             for m in _DATE_RE.finditer(text)]
    dates += [Span("date", m.start(), m.end(), m.group(), "DATE", _RELATIVE_DATES[m.group()])
              for m in _RELATIVE_RE.finditer(text)]
    dates.sort(key=lambda span: span.start)
    return Annotations(entities=entities, quotes=quotes, dates=dates)


@pytest.fixture
def make_app():
    """``make_app(*paths, **options)``: the real app on a real Library (in-process parsing,
    the fake recogniser above)."""

    def make(*paths: Path, **options: object) -> NewsApp:
        def library(paths_: list[str]) -> Library:
            return Library(paths_, annotator=fake_annotator, annotator_version="ui-test-1",
                           workers=0)

        options.setdefault("library_factory", library)
        return NewsApp([str(p) for p in paths], **options)  # type: ignore[arg-type]

    return make
