from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def newstui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every store test indexes into its own cache directory."""
    home = tmp_path / "home"
    monkeypatch.setenv("NEWSTUI_HOME", str(home))
    return home
