"""The Library over the real ingest and annotate layers, on the seed article."""

from __future__ import annotations

import shutil
from pathlib import Path

from tui.library import Library

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed"


def test_seed_is_indexed_searched_and_annotated(tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    shutil.copytree(SEED, folder)
    with Library([folder]) as lib:
        result = lib.scan()
        assert result.finished and result.articles == 1 and lib.skipped == []
        assert lib.count("Pyon") == 1 and lib.count("date:2024-06-18") == 1
        row = lib.search("putin source:firstpost")[0]
        assert row.source == "Firstpost" and row.published == "2024-06-18T07:57:20+05:30"
        assert lib.count("entity:putin") == 0  # not annotated yet
        assert lib.annotate_all().done == 1
        assert lib.count("entity:putin") == 1
        article = lib.get(row.id)
        annotations = lib.annotations(row.id)
        assert annotations.entities and annotations.quotes and annotations.dates
        for span in annotations.all():
            assert article.text[span.start:span.end] == span.text
        names = {key for key, _label, _count in lib.entity_counts()}
        assert any("Putin" in name for name in names)
