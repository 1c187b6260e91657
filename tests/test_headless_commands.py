"""The headless commands, run as a user runs them (a subprocess of `python -m tui.cli`)."""

import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = FIXTURES / "seed" / "firstpost-putin-north-korea.txt"
ROOT = Path(__file__).resolve().parent.parent


def newstui(*args: str, stdin: str | None = None, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSTUI_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "tui.cli", *args], input=stdin, env=env,
                          check=False, capture_output=True, text=True, timeout=120)


def test_extract_prints_one_object_per_article_with_spans_into_text(tmp_path: Path) -> None:
    result = newstui("extract", str(SEED), "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1
    record = records[0]
    for key in ("id", "path", "format", "title", "source", "byline", "published", "url", "text",
                "entities", "quotes", "dates"):
        assert key in record
    assert record["byline"] == "FP Staff"
    assert record["published"] == "2024-06-18T07:57:20+05:30"
    text = record["text"]
    assert "Advertisement" not in text.splitlines()
    for layer in ("entities", "quotes", "dates"):
        assert record[layer], layer
        for span in record[layer]:
            assert text[span["start"]:span["end"]] == span["text"]
    assert any(q["speaker"] and "Putin" in q["speaker"] for q in record["quotes"])


def test_extract_reports_each_hostile_file_in_one_line_and_keeps_the_good_ones(
        tmp_path: Path) -> None:
    result = newstui("extract", str(FIXTURES / "hostile"), str(SEED), "--json", home=tmp_path)
    assert result.returncode == 1  # some files were skipped
    assert "Traceback" not in result.stderr
    for line in result.stderr.splitlines():
        assert line.startswith("skipped "), line
    skipped = result.stderr
    assert "binary-disguised.txt" in skipped and "not text" in skipped
    assert "malformed.json" in skipped
    records = [json.loads(line) for line in result.stdout.splitlines()]
    titles = " ".join(r["title"] for r in records)
    assert "Putin praises Pyongyang" in titles
    for record in records:
        assert "\x1b" not in record["text"] and "\x9b" not in record["text"]


def test_annotate_offsets_index_the_input_verbatim(tmp_path: Path) -> None:
    text = "  Raw\r\ninput:  “We will win,” said Sara Lind on Tuesday.\n\x00"
    result = newstui("annotate", "-", "--published", "2025-02-12", "--json",
                     stdin=text, home=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for layer in ("entities", "quotes", "dates"):
        for span in data[layer]:
            assert text[span["start"]:span["end"]] == span["text"]
    assert [q["speaker"] for q in data["quotes"]] == ["Sara Lind"]
    assert any(d["value"] == "2025-02-11" for d in data["dates"])


def test_annotate_missing_file_is_one_line(tmp_path: Path) -> None:
    result = newstui("annotate", str(tmp_path / "nope.txt"), home=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
