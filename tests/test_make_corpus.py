"""benchmarks/make_corpus.py: a reproducible, loadable corpus with the promised mix."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import statistics
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from types import ModuleType

import pytest

from tui.ingest import load_paths
from tui.model import Article, Skipped

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "make_corpus.py"
N = 60


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmarks_make_corpus", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


make_corpus = _load_script()


def digest_tree(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    make_corpus.make_corpus(N, out, seed=7, jsonl_lines=8)
    return out


@pytest.fixture(scope="module")
def stories() -> list[make_corpus.Story]:
    return [story for _, story in make_corpus.generate_stories(N, seed=7)]


@pytest.fixture(scope="module")
def loaded(corpus: Path) -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in load_paths([corpus]):
        (skipped if isinstance(item, Skipped) else articles).append(item)
    return articles, skipped


def test_same_seed_gives_byte_identical_files(corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    make_corpus.make_corpus(N, again, seed=7, jsonl_lines=8)
    assert digest_tree(again) == digest_tree(corpus)
    other = tmp_path / "other"
    make_corpus.make_corpus(N, other, seed=8, jsonl_lines=8)
    assert digest_tree(other) != digest_tree(corpus)


def test_parallel_workers_write_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(make_corpus, "CHUNK", 10)  # six chunks, shared by two workers
    serial = make_corpus.make_corpus(N, tmp_path / "serial", seed=7, jsonl_lines=8, jobs=1)
    parallel = make_corpus.make_corpus(N, tmp_path / "parallel", seed=7, jsonl_lines=8, jobs=2)
    assert digest_tree(tmp_path / "parallel") == digest_tree(tmp_path / "serial")
    assert (parallel.files, parallel.bytes, parallel.by_form) == (
        serial.files, serial.bytes, serial.by_form)


def test_form_mix_and_layout(corpus: Path) -> None:
    assert make_corpus.form_counts(N) == {"text": 36, "html": 6, "jsonl": 18}
    assert make_corpus.form_counts(100_000) == {"text": 60_000, "html": 10_000, "jsonl": 30_000}
    files = [p for p in corpus.rglob("*") if p.is_file()]
    by_suffix = Counter(p.suffix for p in files)
    assert by_suffix == {".txt": 36, ".html": 6, ".jsonl": 3}  # 18 records, 8 per JSONL file
    lines = [line for p in corpus.rglob("*.jsonl") for line in p.read_text().splitlines()]
    assert len(lines) == 18 and all(json.loads(line) for line in lines)
    assert {p.parent.relative_to(corpus).parts[0] for p in files} == {"text", "html", "jsonl"}


def test_folders_hold_at_most_the_shard_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(make_corpus, "FILES_PER_FOLDER", 10)
    make_corpus.make_corpus(40, tmp_path, seed=1)
    folders = Counter(p.parent for p in tmp_path.rglob("*") if p.is_file())
    assert max(folders.values()) <= 10
    assert (tmp_path / "text" / "002").is_dir()  # 24 text pages → shards 000, 001, 002


def test_everything_loads_with_the_metadata_written(
    loaded: tuple[list[Article], list[Skipped]], stories: list[make_corpus.Story],
) -> None:
    articles, skipped = loaded
    assert skipped == []
    assert Counter(a.format for a in articles) == {"text": 36, "html": 6, "jsonl": 18}
    expected = Counter(
        (story.title, story.published.isoformat(), story.outlet, story.author)
        for story in stories
    )
    found = Counter((a.title, a.published, a.source, a.byline) for a in articles)
    assert found == expected
    assert len({a.id for a in articles}) == N


def test_bodies_are_clean_and_of_realistic_length(
    loaded: tuple[list[Article], list[Skipped]], stories: list[make_corpus.Story],
) -> None:
    articles, _ = loaded
    by_key = {(story.title, story.published.isoformat()): story for story in stories}
    for article in articles:
        words = len(article.text.split())
        assert 200 <= words <= 2_000, (article.path, words)
        # page chrome (ads, menus, "Most read", cookie banners, scripts) never reaches the body
        assert article.text == by_key[article.title, article.published].text, article.path


def test_vocabulary_gives_entities_quotes_and_dates(
    loaded: tuple[list[Article], list[Skipped]],
) -> None:
    articles, _ = loaded
    corpus_text = "\n".join(a.text for a in articles)
    assert corpus_text.count("“") >= 3 * N and '"' in corpus_text
    assert " said" in corpus_text and "According to " in corpus_text
    for phrase in ("last year", "next month", " on Monday", "weeks ago"):
        assert phrase in corpus_text, phrase
    years = {datetime.fromisoformat(a.published).year for a in articles if a.published}
    assert len(years) >= 4
    assert len({a.source for a in articles}) >= 8


def test_zipf_vocabulary_makes_common_names_common() -> None:
    texts = [story.text for _, story in make_corpus.generate_stories(400, seed=3)]
    terms = make_corpus.vocabulary_terms(seed=3)
    assert len(terms["people"]) == 400 and len(terms["places"]) >= 250
    assert len(terms["orgs"]) >= 300
    for kind in ("people", "places", "orgs"):
        top_hits = sum(terms[kind][0] in text for text in texts)
        assert 40 <= top_hits <= 300, (kind, top_hits)  # common, but not in every article
        # the least frequent fifty, by their median (a rare place can still be common inside
        # organisation names: "the Port of Lagos")
        tail = [sum(term in text for text in texts) for term in terms[kind][-50:]]
        assert top_hits >= 4 * max(1, statistics.median(tail)), (kind, top_hits, tail)
    for phrase in terms["phrases"]:
        assert sum(phrase in text for text in texts) >= 10, phrase


def test_command_line_prints_counts_and_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "cli"
    run = [sys.executable, str(SCRIPT), "20", str(out), "--seed", "3"]
    first = subprocess.run(run, capture_output=True, text=True, check=True)
    assert "wrote 20 articles (12 text, 2 html, 6 jsonl)" in first.stdout
    assert " MB" in first.stdout and " s " in first.stdout
    refused = subprocess.run(run, capture_output=True, text=True, check=False)
    assert refused.returncode == 2 and "--force" in refused.stderr
    forced = subprocess.run([*run, "--force"], capture_output=True, text=True, check=True)
    assert "wrote 20 articles" in forced.stdout
    # --force replaces a generated corpus only, never a folder of someone's own files
    (out / "text" / "notes.txt").write_text("mine")
    kept = subprocess.run([*run, "--force"], capture_output=True, text=True, check=False)
    assert kept.returncode == 2 and "notes.txt" in kept.stderr
    assert (out / "text" / "notes.txt").read_text() == "mine"
