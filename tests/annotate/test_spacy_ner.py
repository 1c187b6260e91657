"""The spaCy adapter, tested with ``spacy.blank("en")`` + an entity ruler (no download needed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui.annotate import spacy_ner
from tui.annotate.entities import configure_spacy, find_entities

try:
    import spacy
except ImportError:  # the tests that need it skip; the message test still runs
    spacy = None
needs_spacy = pytest.mark.skipif(spacy is None, reason="spaCy is not installed")


@pytest.fixture()
def ruler_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": "Vladimir Putin"},
        {"label": "PERSON", "pattern": "President Vladimir Putin"},
        {"label": "PERSON", "pattern": "Putin"},
        {"label": "PERSON", "pattern": [{"LOWER": "putin"}, {"ORTH": "’s"}]},
        {"label": "ORG", "pattern": "the Kremlin"},
        {"label": "GPE", "pattern": "Moscow"},
        {"label": "DATE", "pattern": "Tuesday"},
        {"label": "PER", "pattern": "Ana Kovac"},
    ])
    spacy_ner.use_pipeline(nlp, "test-ruler")
    yield nlp
    spacy_ner._nlp = None
    spacy_ner._model = None


@needs_spacy
def test_adapter_maps_labels_strips_and_groups(ruler_pipeline) -> None:
    text = ("President Vladimir Putin spoke in Moscow on Tuesday.\n\n"
            "Later, the Kremlin said Putin’s trip was over. Ana Kovac agreed.")
    spans = find_entities(text, backend="spacy")
    got = [(s.text, s.label, s.value) for s in spans]
    for s in spans:
        assert text[s.start:s.end] == s.text
    assert ("Vladimir Putin", "PERSON", "Vladimir Putin") in got  # title stripped
    assert ("Moscow", "GPE", "Moscow") in got
    assert ("Kremlin", "ORG", "Kremlin") in got  # no leading "the"
    assert ("Putin", "PERSON", "Vladimir Putin") in got  # possessive outside, same group
    assert ("Ana Kovac", "PERSON", "Ana Kovac") in got  # "PER" mapped to PERSON
    assert not any(label == "DATE" for _, label, _ in got)  # not this layer's labels


@needs_spacy
def test_offsets_are_right_in_later_paragraphs(ruler_pipeline) -> None:
    text = "Nothing here.\n\n\nStill nothing.\nMoscow again, and Moscow."
    spans = find_entities(text, backend="spacy")
    assert [text[s.start:s.end] for s in spans] == ["Moscow", "Moscow"]
    assert spans[0].start == text.index("Moscow")


@needs_spacy
def test_configure_missing_pipeline_gives_one_line() -> None:
    problem = configure_spacy("no_such_pipeline_for_newstui")
    assert problem is not None and "\n" not in problem
    assert "no_such_pipeline_for_newstui" in problem and "--spacy-model" in problem


@needs_spacy
def test_configure_loads_a_pipeline_from_a_path(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": "Lumora"}])
    nlp.to_disk(tmp_path / "pipeline")
    try:
        assert configure_spacy(str(tmp_path / "pipeline")) is None
        assert spacy_ner.is_ready()
        spans = find_entities("Lumora shares rose.", backend="spacy")
        assert [(s.text, s.label) for s in spans] == [("Lumora", "ORG")]
    finally:
        spacy_ner._nlp = None
        spacy_ner._model = None


def test_configure_without_spacy_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)  # makes "import spacy" fail
    assert configure_spacy("en_core_web_sm") == (
        "spaCy is not installed: pip install 'newstui[spacy]'")
