"""`newstui sessions | export | import` with NEWSTUI_HOME in a temp dir."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sessions.conftest import make_article
from tui.cli import main
from tui.model import Span
from tui.sessions import Session, session_path

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def coded() -> Session:
    articles = [make_article(f"Story {i}", f"Body of story {i}, with Putin.", path=f"/c/{i}.txt")
                for i in range(5)]
    session = Session.open("ukraine/coding 2024")
    session.apply_tag(articles[:3], "relevant")
    session.toggle_tag(articles[0], "verified")
    start = articles[1].text.index("Putin")
    session.tag_span(articles[1], Span("entity", start, start + 5, "Putin"), "source")
    session.set_corpus("/home/me/news", 5)
    session.close()
    return session


def test_sessions_lists_name_tags_progress_and_last_change(coded, capsys) -> None:
    Session.open("empty one").close()
    session_path("broken").write_bytes(b"not a database")
    assert main(["sessions"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["NAME", "TAGS", "TAGGED", "/", "TOTAL", "LAST", "CHANGE", "(UTC)"]
    body = {line.split("  ")[0]: line for line in lines[1:]}
    row = body["ukraine/coding 2024"]
    assert " 2 " in row and "3 / 5" in row
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", row)  # the last change
    assert "0 / ?" in body["empty one"] and "never" in body["empty one"]
    broken = next(line for line in lines if "unreadable" in line)
    assert "not an SQLite database" in broken
    assert main(["sessions", "--json"]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    coding = next(r for r in records if r["name"] == "ukraine/coding 2024")
    assert (coding["tags"], coding["tagged"], coding["total"]) == (2, 3, 5)


def test_export_unknown_session_is_one_line_listing_sessions(coded, capsys) -> None:
    assert main(["export", "nope", "--format", "csv"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no session named 'nope'" in err and "'ukraine/coding 2024'" in err
    assert not session_path("nope").exists()  # export never creates a session


def test_export_to_stdout_and_files(coded, capsys, tmp_path: Path) -> None:
    assert main(["export", "ukraine/coding 2024"]) == 0  # jsonl to stdout by default
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert len(records) == 3 and "exported 3 articles" in captured.err
    assert main(["export", "UKRAINE/coding 2024", "-f", "csv", "-o", "-"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted(r["tags"] for r in rows) == ["relevant", "relevant", "relevant;verified"]
    out = tmp_path / "p.jsonl"
    assert main(["export", "ukraine/coding 2024", "--format", "prodigy", "-o", str(out)]) == 0
    tasks = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [s["label"] for t in tasks for s in t["spans"]] == ["source"]
    assert main(["export", "ukraine/coding 2024", "--format", "brat"]) == 2
    assert "-o DIR" in capsys.readouterr().err
    brat = tmp_path / "brat"
    assert main(["export", "ukraine/coding 2024", "--format", "brat", "-o", str(brat)]) == 0
    assert len(list(brat.glob("*.ann"))) == 3 and (brat / "annotation.conf").exists()


def test_import_round_trip_through_the_command(coded, capsys, tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    second = tmp_path / "second.jsonl"
    assert main(["export", "ukraine/coding 2024", "-o", str(first)]) == 0
    assert main(["import", str(first), "--session", "copy"]) == 0
    assert "imported 3 articles into session 'copy'" in capsys.readouterr().err
    assert main(["export", "copy", "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_import_errors_are_one_line(coded, capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    assert main(["import", str(bad), "--session", "target"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.jsonl:1:" in err and "nothing imported" in err
    assert main(["import", str(tmp_path / "missing.jsonl"), "--session", "t"]) == 2
    assert "No such file" in capsys.readouterr().err
    session_path("damaged").write_bytes(b"junk")
    good = tmp_path / "good.jsonl"
    main(["export", "ukraine/coding 2024", "-o", str(good)])
    capsys.readouterr()
    assert main(["import", str(good), "--session", "damaged"]) == 2
    assert "damaged" in capsys.readouterr().err
    assert session_path("damaged").read_bytes() == b"junk"


def test_installed_command_runs_export(coded, newstui_home: Path) -> None:
    env = {**os.environ, "NEWSTUI_HOME": str(newstui_home), "PYTHONPATH": str(REPO),
           "LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": ""}
    done = subprocess.run([sys.executable, "-m", "tui.cli", "export", "ukraine/coding 2024",
                           "--format", "doccano"], env=env, capture_output=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    docs = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert len(docs) == 3
    missing = subprocess.run([sys.executable, "-m", "tui.cli", "export", "missing"], env=env,
                             capture_output=True, text=True, timeout=60, check=False)
    assert missing.returncode == 2 and "no session named 'missing'" in missing.stderr


def test_import_from_stdin(coded, newstui_home: Path, tmp_path: Path) -> None:
    env = {**os.environ, "NEWSTUI_HOME": str(newstui_home), "PYTHONPATH": str(REPO)}
    exported = subprocess.run([sys.executable, "-m", "tui.cli", "export", "ukraine/coding 2024"],
                              env=env, capture_output=True, timeout=60, check=True).stdout
    done = subprocess.run([sys.executable, "-m", "tui.cli", "import", "-", "--session", "piped"],
                          env=env, input=exported, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    again = subprocess.run([sys.executable, "-m", "tui.cli", "export", "piped"], env=env,
                           capture_output=True, timeout=60, check=True).stdout
    assert again == exported
