"""The store's `tag:` search ATTACHes a session file: the table names are a shared contract."""

from __future__ import annotations

import shutil
from pathlib import Path

from tui.library import Library
from tui.sessions import Session

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "firstpost-putin-north-korea.txt"


def test_tag_search_reads_a_session_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "seed.txt")
    with Library([str(corpus)]) as library:
        library.scan()
        [row] = library.search("")
        article = library.get(row.id)
        with Session.open("contract") as session:
            session.toggle_tag(article, "Verified")
            library.attach_session(session.path)
            assert [r.id for r in library.search("tag:verified")] == [article.id]
            assert library.count("untagged") == 0
            assert library.search("")[0].tags == ["Verified"]
