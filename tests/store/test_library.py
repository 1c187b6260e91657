"""The Library on small corpora built here: search, re-open, change, delete, tags, entities."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from store_helpers import PARSE_LOG_ENV, expand_art, failing_annotate, load_art, write_art

from tui.library import Library, QueryError, ScanProgress
from tui.model import Annotations, Article, Skipped, Span

PUTIN = {"Title": "Putin arrives in Pyongyang", "Source": "Firstpost", "Byline": "FP Staff",
         "Date": "2024-06-18T07:57:20+05:30",
         "body": "Russian President Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday."}
HERALD = {"Title": "Seoul watches the summit", "Source": "Korea Herald", "Byline": "Lee Min-ji",
          "Date": "2024-06-19",
          "body": "Officials in Seoul said the Pyongyang summit worried Yoon Suk Yeol."}
DENMARK = {"Title": "Danish government survives vote", "Source": "Reuters", "Date": "2024-05-02",
           "body": "Denmark's government survived a confidence vote on Tuesday."}
CAFE = {"Title": "Café culture returns", "Source": "Reuters", "body": "Crème brûlée sales rose."}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "asia").mkdir(parents=True)
    write_art(folder / "asia" / "summit.art", PUTIN, HERALD)
    write_art(folder / "denmark.art", DENMARK)
    write_art(folder / "cafe.art", CAFE)
    (folder / "junk.art").write_text("BROKEN file", encoding="utf-8")
    return folder


def open_lib(*paths: Path, workers: int = 0) -> Library:
    return Library(list(paths), loader=load_art, expander=expand_art, workers=workers)


@pytest.fixture
def lib(corpus: Path) -> Library:
    library = open_lib(corpus)
    library.scan()
    yield library
    library.close()


def titles(lib: Library, query: str) -> list[str]:
    rows = lib.search(query)
    assert lib.count(query) == len(rows)
    return [row.title for row in rows]


def test_empty_query_lists_newest_first_undated_last(lib: Library) -> None:
    assert titles(lib, "") == ["Seoul watches the summit", "Putin arrives in Pyongyang",
                               "Danish government survives vote", "Café culture returns"]
    row = lib.search("", limit=1)[0]
    assert (row.source, row.published, row.format) == ("Korea Herald", "2024-06-19", "text")
    assert row.path.endswith("summit.art") and row.tags == []


def test_prefix_while_typing_finds_the_whole_word(lib: Library) -> None:
    assert set(titles(lib, "Pyon")) == {"Putin arrives in Pyongyang", "Seoul watches the summit"}
    assert titles(lib, "Pyongyang putin") == ["Putin arrives in Pyongyang"]
    assert titles(lib, "Py") == titles(lib, "Pyon")  # two letters while typing
    assert titles(lib, "Py ") == []  # a finished two-letter word is matched whole


def test_title_hits_rank_first(lib: Library) -> None:
    assert titles(lib, "pyongyang")[0] == "Putin arrives in Pyongyang"
    assert titles(lib, "seoul")[0] == "Seoul watches the summit"


def test_phrases_exclusion_and_or(lib: Library) -> None:
    assert titles(lib, '"kim jong un"') == ["Putin arrives in Pyongyang"]
    assert titles(lib, '"jong kim"') == []
    assert titles(lib, "pyongyang -putin") == ["Seoul watches the summit"]
    assert titles(lib, '-"confidence vote" -pyongyang') == ["Café culture returns"]
    assert set(titles(lib, "denmark OR putin")) == {"Danish government survives vote",
                                                    "Putin arrives in Pyongyang"}


def test_diacritics_and_case_do_not_matter(lib: Library) -> None:
    assert titles(lib, "creme brulee") == ["Café culture returns"]
    assert titles(lib, "CAFÉ") == ["Café culture returns"]


def test_fields(lib: Library) -> None:
    assert set(titles(lib, "source:reuters")) == {"Danish government survives vote",
                                                  "Café culture returns"}
    assert titles(lib, "source:REUT vote") == ["Danish government survives vote"]
    assert titles(lib, 'source:"Korea Herald"') == ["Seoul watches the summit"]
    assert titles(lib, "-source:reuters -source:herald") == ["Putin arrives in Pyongyang"]
    assert titles(lib, "title:summit") == ["Seoul watches the summit"]
    assert titles(lib, "title:pyongyang") == ["Putin arrives in Pyongyang"]
    assert titles(lib, "author:staff") == ["Putin arrives in Pyongyang"]
    assert titles(lib, "byline:lee") == ["Seoul watches the summit"]


def test_dates(lib: Library) -> None:
    assert titles(lib, "date:2024-06-18") == ["Putin arrives in Pyongyang"]
    assert titles(lib, "date:2024-06") == ["Seoul watches the summit",
                                           "Putin arrives in Pyongyang"]
    assert titles(lib, "before:2024-06") == ["Danish government survives vote"]
    assert titles(lib, "after:2024-06-18") == ["Seoul watches the summit"]
    assert titles(lib, "after:2024-05-31 before:2024-06-19") == ["Putin arrives in Pyongyang"]
    assert titles(lib, "date:2023") == []
    # excluding a period keeps undated articles
    assert titles(lib, "-date:2024") == ["Café culture returns"]


def test_special_characters_never_raise_anything_but_query_error(lib: Library) -> None:
    for query in ['"', '""', "*", "(", ")", "NEAR", "NEAR(a b)", "-", ":", "a:", "^x", "x*y",
                  "AND", "NOT x", "{title}: x", "title:(", '" OR "', "'", "\\", "%", "_%_",
                  "source:%", 'entity:"', "x -", "-(", "col:umn", "\x00", "a\"b\"c"]:
        try:
            lib.search(query)
            lib.count(query)
        except QueryError:
            pass
    assert lib.count("%") == 4  # no letters: matches everything, like an empty box
    with pytest.raises(QueryError, match="before: needs a date"):
        lib.search("before:soon")


def test_paging(lib: Library) -> None:
    everything = [row.id for row in lib.search("", limit=10)]
    assert [row.id for row in lib.search("", limit=2, offset=1)] == everything[1:3]
    ranked = [row.id for row in lib.search("pyongyang OR vote")]
    assert [row.id for row in lib.search("pyongyang OR vote", limit=1, offset=2)] == ranked[2:3]
    assert lib.search("", limit=5, offset=10) == []


def test_get_returns_the_article(lib: Library) -> None:
    row = lib.search("denmark")[0]
    article = lib.get(row.id)
    assert article.text == DENMARK["body"] and article.source == "Reuters"
    assert article.published == "2024-05-02" and article.item == 0
    with pytest.raises(KeyError):
        lib.get("nope")


def test_skipped_files_are_reported_and_remembered(corpus: Path, lib: Library) -> None:
    reasons = [(Path(s.path).name, s.reason) for s in lib.skipped]
    assert reasons == [("junk.art", "not an article file (second line)")]
    again = open_lib(corpus)
    assert [s.reason for s in again.skipped] == ["not an article file (second line)"]
    again.close()


def parses(log: Path) -> list[str]:
    return [Path(p).name for p in log.read_text().split()] if log.exists() else []


def test_reopen_does_not_parse_unchanged_files(corpus: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "parses.log"
    monkeypatch.setenv(PARSE_LOG_ENV, str(log))
    first = open_lib(corpus)
    assert first.scan().files_done == 4
    first.close()
    assert sorted(parses(log)) == ["cafe.art", "denmark.art", "junk.art", "summit.art"]
    log.unlink()
    second = open_lib(corpus)
    assert second.count("") == 4  # listed from the index before any scan
    result = second.scan()
    assert (result.files_done, result.files_total, result.files_unchanged) == (0, 0, 4)
    assert result.articles == 4 and result.finished
    assert parses(log) == []
    second.close()


def test_changed_file_is_reparsed_and_its_old_rows_replaced(corpus: Path, lib: Library,
                                                            tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    log = tmp_path / "parses.log"
    monkeypatch.setenv(PARSE_LOG_ENV, str(log))
    write_art(corpus / "denmark.art", dict(DENMARK, body="The Folketing vote failed. Elections."))
    assert [Path(p).name for p in lib.changed_files()] == ["denmark.art"]
    result = lib.scan()
    assert parses(log) == ["denmark.art"] and result.files_done == 1
    assert titles(lib, "folketing") == ["Danish government survives vote"]
    assert titles(lib, "confidence") == []
    assert lib.count("") == 4


def test_deleted_file_is_removed(corpus: Path, lib: Library) -> None:
    (corpus / "asia" / "summit.art").unlink()
    assert lib.changed_files() == [str(corpus / "asia" / "summit.art")]
    result = lib.scan()
    assert result.files_removed == 1 and result.articles == 2
    assert titles(lib, "pyongyang") == []


def test_new_file_is_added(corpus: Path, lib: Library) -> None:
    write_art(corpus / "new.art", {"Title": "Tanaka wins", "Source": "AP", "Date": "2025-01-25",
                                       "body": "Tanaka won the Australian Open."})
    assert lib.scan().articles_added == 1
    assert titles(lib, "")[0] == "Tanaka wins"


def test_duplicate_articles_collapse_and_return_when_the_first_goes(corpus: Path,
                                                                    lib: Library) -> None:
    copy = write_art(corpus / "zz-copy.art", DENMARK)
    lib.scan()
    assert lib.count("denmark") == 1
    assert lib.search("denmark")[0].path == str(corpus / "denmark.art")  # the first path kept
    (corpus / "denmark.art").unlink()
    lib.scan()
    rows = lib.search("denmark")
    assert [row.path for row in rows] == [str(copy)]


def test_the_index_lives_in_the_cache_dir_keyed_by_paths(corpus: Path, newstui_home: Path
                                                         ) -> None:
    first, second = open_lib(corpus), open_lib(corpus / "asia")
    assert first.db_path != second.db_path
    assert first.db_path.parent == newstui_home / "cache" / "corpora"
    assert open_lib(corpus / "." ).db_path == first.db_path
    with sqlite3.connect(first.db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    first.close()
    second.close()


def make_session(path: Path, tags: dict[str, list[str]]) -> Path:
    """A session file as the sessions layer writes it (the two tables the store reads)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE tags(id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
    conn.execute("CREATE TABLE article_tags(article_id TEXT, tag_id INTEGER)")
    for name, ids in tags.items():
        tag_id = conn.execute("INSERT INTO tags(name) VALUES (?)", (name,)).lastrowid
        conn.executemany("INSERT INTO article_tags VALUES (?, ?)", [(i, tag_id) for i in ids])
    conn.commit()
    conn.close()
    return path


def test_tag_filters_read_the_attached_session(lib: Library, tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="session"):
        lib.search("tag:verified")
    putin = lib.search("putin")[0].id
    denmark = lib.search("denmark")[0].id
    session = make_session(tmp_path / "s.sqlite", {"Verified": [putin, denmark],
                                                   "disputed": [denmark]})
    lib.attach_session(session)
    assert set(titles(lib, "tag:verified")) == {"Putin arrives in Pyongyang",
                                                "Danish government survives vote"}
    assert titles(lib, "tag:verified -tag:DISPUTED") == ["Putin arrives in Pyongyang"]
    assert titles(lib, "untagged") == ["Seoul watches the summit", "Café culture returns"]
    assert titles(lib, "-untagged pyongyang") == ["Putin arrives in Pyongyang"]
    assert titles(lib, "tag:verified OR source:herald") == [
        "Seoul watches the summit", "Putin arrives in Pyongyang",
        "Danish government survives vote"]
    assert titles(lib, "tag:nosuch") == []
    tags = {row.title: row.tags for row in lib.search("")}
    assert tags["Danish government survives vote"] == ["Verified", "disputed"]
    assert tags["Café culture returns"] == []
    # the sessions layer writes; the next search and count see it
    assert lib.count("tag:disputed") == 1
    with sqlite3.connect(session) as conn:
        conn.execute("INSERT INTO article_tags VALUES (?, 2)", (putin,))
    assert titles(lib, "tag:disputed") == ["Putin arrives in Pyongyang",
                                           "Danish government survives vote"]
    assert lib.count("tag:disputed") == 2
    lib.attach_session(None)
    assert lib.search("")[0].tags == []
    with pytest.raises(QueryError):
        lib.count("untagged")


def fake_annotate(text: str, published: str | None) -> Annotations:
    """Capitalised word pairs as PERSON entities: enough to test the store's entity search."""
    import re

    spans = []
    for match in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+", text):
        key = match.group(0).removeprefix("Russian President ")
        spans.append(Span("entity", match.start(), match.end(), match.group(0), "PERSON", key))
    quotes = [Span("quote", 0, 4, text[:4], speaker="x")]
    return Annotations(entities=spans, quotes=quotes)


def test_annotations_are_cached_and_feed_entity_search(corpus: Path) -> None:
    calls: list[str] = []

    def counting(text: str, published: str | None) -> Annotations:
        calls.append(text)
        return fake_annotate(text, published)

    lib = Library([corpus], loader=load_art, expander=expand_art, workers=0,
                  annotator=counting, annotator_version="v1")
    lib.scan()
    assert lib.count("entity:putin") == 0  # nothing annotated yet
    putin = lib.search("putin")[0].id
    first = lib.annotations(putin)
    assert lib.annotations(putin) == first and len(calls) == 1
    assert [s.value for s in first.entities] == ["Vladimir Putin", "Kim Jong Un"]
    assert first.quotes[0].speaker == "x"
    assert titles(lib, "entity:putin") == ["Putin arrives in Pyongyang"]
    assert titles(lib, 'entity:"kim jong un"') == ["Putin arrives in Pyongyang"]
    assert titles(lib, "entity:kim") == ["Putin arrives in Pyongyang"]
    assert titles(lib, 'entity:"jong kim"') == []
    progress = lib.annotate_all()
    assert progress.finished and progress.done == progress.total == 3
    assert len(calls) == 4
    assert titles(lib, "entity:yeol") == ["Seoul watches the summit"]
    assert ("Vladimir Putin", "PERSON", 1) in lib.entity_counts()
    assert lib.annotate_all().total == 0
    lib.close()
    # a new annotator version recomputes
    newer = Library([corpus], loader=load_art, expander=expand_art, workers=0,
                    annotator=counting, annotator_version="v2")
    newer.annotations(putin)
    assert len(calls) == 5
    newer.close()


def test_search_while_scanning_in_a_thread(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(300):
        write_art(folder / f"{n:04d}.art",
                  {"Title": f"Story {n} from Pyongyang", "Source": "Wire", "Date": "2024-06-01",
                   "body": f"Number {n} says Pyongyang again to Kim Jong Un. " * 20})
    lib = Library([folder], loader=load_art, expander=expand_art, workers=0,
                  annotator=fake_annotate, annotator_version="t")
    seen: list[ScanProgress] = []
    counts: list[int] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def scan() -> None:
        try:
            lib.scan(progress=lambda p: seen.append(p))
        except BaseException as error:  # noqa: BLE001 - reported by the assert below
            errors.append(error)
        finally:
            done.set()

    worker = threading.Thread(target=scan)
    worker.start()
    opened: list[str] = []
    while not done.is_set():
        counts.append(lib.count("pyongyang"))
        rows = lib.search("pyon", limit=20)
        if rows and len(opened) < 20:  # open articles (annotate + cache) while the scan writes
            opened.append(rows[-1].id)
            assert lib.annotations(rows[-1].id).entities
            assert lib.get(rows[-1].id).title == rows[-1].title
    worker.join()
    assert errors == [] and opened
    assert counts == sorted(counts)  # the list only grows while it runs
    assert lib.count("pyongyang") == 300 and seen[-1].finished
    assert seen[-1].files_done == seen[-1].files_total == 300
    lib.close()


def test_cancel_stops_the_scan_and_the_next_scan_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(50):
        write_art(folder / f"{n:03d}.art", {"Title": f"T{n}", "body": f"body {n}"})
    lib = open_lib(folder)
    cancel = threading.Event()
    cancel.set()
    result = lib.scan(cancel=cancel)
    assert result.cancelled and not result.finished and result.files_done < 50
    result = lib.scan()
    assert result.finished and result.articles == 50
    lib.close()


def test_worker_processes_index_the_same_as_in_process(corpus: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.store.corpus as corpus_module

    monkeypatch.setattr(corpus_module, "CHUNK_FILES", 3)  # 15 chunks, 6 in flight at a time
    for n in range(40):
        write_art(corpus / f"extra{n:02d}.art", {"Title": f"Extra {n}", "body": f"Pyongyang {n}"})
    with Library([corpus], loader=load_art, expander=expand_art, workers=2) as pooled:
        result = pooled.scan()
        pooled_ids = [row.id for row in pooled.search("", limit=100)]
    assert result.finished and result.articles == 44 and result.files_done == 44
    other = tmp_path / "copy"
    other.symlink_to(corpus)  # another key: a fresh index of the same files
    with Library([other], loader=load_art, expander=expand_art, workers=0) as serial:
        serial.scan()
        assert [row.id for row in serial.search("", limit=100)] == pooled_ids


def test_undated_articles_list_last_by_title(tmp_path: Path) -> None:
    folder = tmp_path / "undated"
    folder.mkdir()
    for title in ["zebra crossing", "Apple harvest", "“Quoted” headline", "apricot jam", "42 ways"]:
        write_art(folder / f"{title[:3]}.art", {"Title": title, "body": f"{title} text"})
    write_art(folder / "dated.art", {"Title": "Zulu dated", "Date": "2001-01-01", "body": "old"})
    with open_lib(folder) as lib:
        lib.scan()
        assert titles(lib, "") == ["Zulu dated", "42 ways", "Apple harvest", "apricot jam",
                                   "“Quoted” headline", "zebra crossing"]


def test_big_result_sets_are_listed_newest_first(lib: Library) -> None:
    assert titles(lib, "pyongyang")[0] == "Putin arrives in Pyongyang"  # title hit first
    lib._corpus.rank_limit = 1  # more matches than this: newest first, as the empty query
    assert titles(lib, "pyongyang")[0] == "Seoul watches the summit"
    assert titles(lib, "pyongyang OR denmark") == ["Seoul watches the summit",
                                                  "Putin arrives in Pyongyang",
                                                  "Danish government survives vote"]
    assert [r.title for r in lib.search("pyongyang OR denmark", limit=1, offset=1)] == [
        "Putin arrives in Pyongyang"]
    assert titles(lib, "source:reuters OR pyongyang -seoul") == [
        "Putin arrives in Pyongyang", "Danish government survives vote", "Café culture returns"]


def test_sort_block_orders_rowids_as_the_list() -> None:
    from tui.store.corpus import published_fields, sort_block

    newer = sort_block(published_fields("2024-06-19T00:00:00+09:00")[0], "b")
    older = sort_block(published_fields("2024-06-18T14:59:59Z")[0], "a")  # 1 s earlier
    ancient = sort_block(published_fields("1650-01-01")[0], "a")
    undated_a, undated_b = sort_block(None, "Alpha"), sort_block(None, "beta")
    assert newer[0] > older[1] > older[0] > ancient[1] > undated_a[1]
    assert undated_a[0] > undated_b[1] > 0
    assert newer[1] < 1 << 63
    assert published_fields("2024-06-18T07:57:20+05:30") == (1718677640.0, "2024-06-18")
    assert published_fields("June 2024") == (None, None)
    assert published_fields("2024-06-18") == (1718668800.0, "2024-06-18")


def test_annotate_all_in_worker_processes_and_a_failing_article(tmp_path: Path) -> None:
    folder = tmp_path / "bulk"
    folder.mkdir()
    for n in range(300):
        write_art(folder / f"{n:03d}.art", {"Title": f"Story {n}", "body": f"Minister Anna Berg{n}"
                                            f" met Kim Jong Un. {'FAIL' if n == 7 else ''}"})
    with Library([folder], loader=load_art, expander=expand_art, workers=2,
                 annotator=failing_annotate, annotator_version="bulk") as lib:
        lib.scan()
        seen: list[int] = []
        result = lib.annotate_all(progress=lambda p: seen.append(p.done))
        assert result.finished and result.total == 300 and result.done == 299
        assert seen == sorted(seen) and seen[-1] == 299
        assert lib.count('entity:"kim jong un"') == 299
        assert lib.count('entity:"anna berg7"') == 0 and lib.count('entity:"berg8"') == 1
        assert lib.count("entity:berg7") == 10  # unquoted: a prefix (berg70 ... berg79)
        assert lib.annotate_all().total == 1  # the failed one is tried again next time


def test_close_stops_a_running_scan(tmp_path: Path) -> None:
    import time

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(400):
        write_art(folder / f"{n:03d}.art", {"Title": f"T{n}", "body": f"body {n}"})

    def slow_loader(path: Path) -> tuple[list[Article], list[Skipped]]:
        time.sleep(0.005)  # 400 files: 2 s, far longer than the close below takes
        return load_art(path)

    lib = Library([folder], loader=slow_loader, expander=expand_art, workers=0)
    results: list[ScanProgress] = []
    worker = threading.Thread(target=lambda: results.append(lib.scan()))
    worker.start()
    while lib.count("") == 0 and worker.is_alive():
        time.sleep(0.01)
    lib.close()
    worker.join(timeout=20)
    assert not worker.is_alive() and results and results[0].cancelled
    assert results[0].files_done < 400


def test_an_index_from_another_schema_version_is_rebuilt(corpus: Path) -> None:
    lib = open_lib(corpus)
    lib.close()
    with sqlite3.connect(lib.db_path) as conn:  # an older layout, as a previous release left it
        conn.execute("DROP TABLE articles")
        conn.execute("CREATE TABLE articles(id TEXT, text TEXT)")
        conn.execute("INSERT INTO files VALUES ('x', 1, 1, 'text', NULL)")
        conn.execute("PRAGMA user_version = 1")
    with open_lib(corpus) as again:
        assert again.count("") == 0
        assert again.scan().articles == 4
        assert titles(again, "pyongyang")[0] == "Putin arrives in Pyongyang"


def test_the_index_stays_consistent_after_changes(corpus: Path, lib: Library) -> None:
    write_art(corpus / "denmark.art", dict(DENMARK, body="Changed body about Pyongyang."))
    (corpus / "cafe.art").unlink()
    lib.scan()
    with sqlite3.connect(lib.db_path) as conn:
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        assert conn.execute("SELECT count(*) FROM bodies").fetchone()[0] == 3
    assert lib.count("pyongyang") == 3 and lib.count("brulee") == 0


def test_a_damaged_index_file_is_replaced(corpus: Path) -> None:
    lib = open_lib(corpus)
    lib.close()
    lib.db_path.write_bytes(b"this is not a database" * 100)
    Path(f"{lib.db_path}-wal").unlink(missing_ok=True)
    with open_lib(corpus) as again:
        assert again.scan().articles == 4


def test_a_big_scan_merges_the_index_and_search_still_works(corpus: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    import tui.store.corpus as corpus_module

    monkeypatch.setattr(corpus_module, "MERGE_AFTER_ARTICLES", 1)
    monkeypatch.setattr(corpus_module, "BATCH_ARTICLES", 1)  # one segment per file first
    with open_lib(corpus) as lib:
        assert lib.scan().finished
        with sqlite3.connect(lib.db_path) as conn:
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        assert titles(lib, "pyongyang")[0] == "Putin arrives in Pyongyang"
        assert lib.count("") == 4


def test_count_always_equals_the_rows_listed(lib: Library, tmp_path: Path) -> None:
    """count() subtracts exclusions instead of scanning; it must agree with search()."""
    import itertools

    putin = lib.search("putin")[0].id
    lib.attach_session(make_session(tmp_path / "s.sqlite", {"x": [putin]}))
    pieces = ["pyongyang", "-pyongyang", "-tag:x", "untagged", "-untagged", "-source:reuters",
              "-date:2024-06", "before:2024-06-19", "-entity:putin", "seoul OR vote", "-vote",
              '-"kim jong"', "tag:x OR denmark"]
    for size in (1, 2, 3, 4):
        for combo in itertools.combinations(pieces, size):
            query = " ".join(combo)
            assert lib.count(query) == len(lib.search(query, limit=50)), query


def test_matching_ids_is_the_whole_list_in_order(lib: Library) -> None:
    for query in ("", "pyongyang", "source:reuters OR pyongyang", "-vote"):
        assert lib.matching_ids(query) == [row.id for row in lib.search(query, limit=100)]
    lib._corpus.rank_limit = 1
    assert lib.matching_ids("pyongyang") == [row.id for row in lib.search("pyongyang")]
    assert lib.matching_ids("nothing-here") == []


def test_big_windows_do_not_hit_sqlite_variable_limits(tmp_path: Path) -> None:
    folder = tmp_path / "wide"
    folder.mkdir()
    write_art(folder / "all.art", *({"Title": f"Story {n}", "body": f"common word {n}"}
                                    for n in range(1200)))
    with open_lib(folder) as lib:
        lib.scan()
        ids = [row.id for row in lib.search("common", limit=5000)]
        assert len(ids) == 1200 == len(set(ids)) == lib.count("common")
        putin = ids[0]
        lib.attach_session(make_session(tmp_path / "s.sqlite", {"x": ids[:700]}))
        rows = lib.search("common", limit=5000)
        assert sum(1 for row in rows if row.tags == ["x"]) == 700 and rows[0].id == putin


def test_entity_counts_follow_articles_leaving_and_changing(corpus: Path) -> None:
    with Library([corpus], loader=load_art, expander=expand_art, workers=0,
                 annotator=fake_annotate, annotator_version="v1") as lib:
        lib.scan()
        lib.annotate_all()
        counts = {key: n for key, _label, n in lib.entity_counts()}
        assert counts["Kim Jong Un"] == 1 and counts["Yoon Suk Yeol"] == 1
        assert [key for key, _l, _n in lib.entity_counts("yoon")] == ["Yoon Suk Yeol"]
        write_art(corpus / "asia" / "summit.art", PUTIN)  # Herald's article leaves the file
        write_art(corpus / "more.art", dict(HERALD, Title="Kim again", body="Kim Jong Un spoke."))
        lib.scan()
        assert lib.annotate_all().done == 1  # only the new article; Putin's cache survived
        counts = {key: n for key, _label, n in lib.entity_counts()}
        assert counts["Kim Jong Un"] == 2 and "Yoon Suk Yeol" not in counts
        assert lib.entity_counts("yoon") == [] and lib.count("entity:yoon") == 0
        (corpus / "asia" / "summit.art").unlink()
        lib.scan()
        assert {key: n for key, _l, n in lib.entity_counts()}["Kim Jong Un"] == 1
        assert ("Kim Jong Un", "PERSON", 1) in lib.entity_counts("kim")
