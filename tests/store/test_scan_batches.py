"""How a scan batches its writes and reports: a small first batch (the first page shows
early), big batches after, progress at most every PROGRESS_SECONDS, fast forms first."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from store_helpers import expand_art, load_art, load_art_logging_pid, write_art

import tui.store.corpus as corpus_module
from tui.library import Library, ScanProgress
from tui.store.corpus import FAST_FILE_BYTES, FIRST_CHUNK_FILES, fast_first


def _folder(tmp_path: Path, files: int, per_file: int = 1) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(files):
        stories = [{"Title": f"Story {n}-{k}", "Source": "Wire", "Date": "2024-06-01",
                    "body": f"Body {n} {k} about Pyongyang."} for k in range(per_file)]
        write_art(folder / f"{n:04d}.art", *stories)
    return folder


def _scan(folder: Path) -> tuple[list[tuple[int, bool]], ScanProgress]:
    seen: list[tuple[int, bool]] = []
    with Library([folder], loader=load_art, expander=expand_art, workers=0) as lib:
        final = lib.scan(progress=lambda p: seen.append((p.articles, p.finished)))
        assert lib.count("pyongyang") == final.articles
    return seen, final


def test_first_batch_is_small_then_batches_grow(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "FIRST_BATCH_ARTICLES", 3)
    monkeypatch.setattr(corpus_module, "BATCH_ARTICLES", 10)
    monkeypatch.setattr(corpus_module, "BATCH_SECONDS", 1000.0)  # only sizes cut batches here
    monkeypatch.setattr(corpus_module, "FIRST_BATCH_SECONDS", 1000.0)
    monkeypatch.setattr(corpus_module, "PROGRESS_SECONDS", 0.0)
    seen, final = _scan(_folder(tmp_path, 33))
    assert final.finished and final.articles == 33
    # one commit per report: 3 rows first, then 10 at a time, the rest at the end (twice:
    # the last batch, then the final report)
    assert [articles for articles, _ in seen] == [3, 13, 23, 33, 33]
    assert [finished for _, finished in seen] == [False] * 4 + [True]


def test_progress_is_throttled_but_the_first_rows_and_the_end_always_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "FIRST_BATCH_ARTICLES", 1)
    monkeypatch.setattr(corpus_module, "BATCH_ARTICLES", 1)  # a commit per file ...
    monkeypatch.setattr(corpus_module, "PROGRESS_SECONDS", 1000.0)  # ... but few reports
    seen, final = _scan(_folder(tmp_path, 12))
    assert seen == [(1, False), (12, True)]
    assert final.articles == 12


def test_a_batch_of_only_skipped_files_keeps_the_next_batch_small(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "FIRST_BATCH_ARTICLES", 2)
    monkeypatch.setattr(corpus_module, "BATCH_ARTICLES", 100)
    monkeypatch.setattr(corpus_module, "BATCH_SECONDS", 1000.0)
    monkeypatch.setattr(corpus_module, "FIRST_BATCH_SECONDS", 0.0)  # flush each file at first
    monkeypatch.setattr(corpus_module, "PROGRESS_SECONDS", 0.0)
    folder = _folder(tmp_path, 6)
    (folder / "0000.art").write_text("BROKEN", encoding="utf-8")
    seen, final = _scan(folder)
    # the broken file's commit adds no rows; the next file's rows still commit at once, and
    # only then do batches grow (the other four wait for the end)
    assert [articles for articles, _ in seen] == [0, 1, 5, 5]
    assert final.articles == 5 and final.skipped == 1


def test_fast_first_takes_small_non_html_files_first() -> None:
    html = [f"/c/a-html/{n:03d}.html" for n in range(40)]
    text = [f"/c/b-text/{n:03d}.txt" for n in range(40)]
    sizes = {path: 3000 for path in html + text}
    front, rest = fast_first(html + text, sizes)
    assert front == text[:FIRST_CHUNK_FILES]
    assert rest == html + text[FIRST_CHUNK_FILES:]
    sizes[text[0]] = FAST_FILE_BYTES + 1  # a big dump is no quick first page
    assert fast_first(html + text, sizes)[0] == text[1:FIRST_CHUNK_FILES + 1]
    assert fast_first(html, sizes) == ([], html)  # nothing fast: all in order
    assert fast_first(["/c/x.HTML.gz", "/c/y.jsonl"], {}) == (["/c/y.jsonl"], ["/c/x.HTML.gz"])


def test_the_first_page_is_parsed_in_the_scanning_process(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 30)
    seen: list[int] = []
    with Library([folder], loader=load_art_logging_pid, expander=expand_art, workers=2) as lib:
        final = lib.scan(progress=lambda p: seen.append(p.articles))
    assert final.finished and final.articles == 30
    assert seen[0] == FIRST_CHUNK_FILES  # the first report is the first page, on its own
    parsed = [(int(p.read_text()), str(p.with_suffix(".art"))) for p in folder.glob("*.pid")]
    assert len(parsed) == 30
    here = sorted(path for pid, path in parsed if pid == os.getpid())
    assert here == [str(folder / f"{n:04d}.art") for n in range(FIRST_CHUNK_FILES)]
    # the rest went to worker processes
    assert len(here) < len(parsed)


def test_the_scan_writer_skips_fsync_and_automerge_on_the_cache(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 2)
    with Library([folder], loader=load_art, expander=expand_art, workers=0) as lib:
        lib.scan()
        writer = lib._corpus._writer
        assert writer.execute("PRAGMA synchronous").fetchone()[0] == 0  # OFF
        with sqlite3.connect(lib.db_path) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            # segments are merged once at the end of a big scan, not while it writes
            assert conn.execute("SELECT v FROM articles_fts_config WHERE k = 'automerge'"
                                ).fetchone()[0] == 0


def test_many_small_commits_without_automerge_keep_a_sound_index(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "FIRST_BATCH_ARTICLES", 1)
    monkeypatch.setattr(corpus_module, "BATCH_ARTICLES", 1)  # a segment per file
    monkeypatch.setattr(corpus_module, "MERGE_AFTER_ARTICLES", 10**9)  # and no final merge
    folder = _folder(tmp_path, 40)
    with Library([folder], loader=load_art, expander=expand_art, workers=0) as lib:
        assert lib.scan().articles == 40
        with sqlite3.connect(lib.db_path) as conn:
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        assert lib.count("pyongyang") == 40 and lib.count("story") == 40
        assert [row.title for row in lib.search("body 7")][:1] == ["Story 7-0"]
