"""The headless layers never import Textual (DESIGN.md: headless core, thin UI)."""

import ast
from pathlib import Path

import pytest

TUI = Path(__file__).resolve().parent.parent / "tui"
HEADLESS = [p for d in ("ingest", "annotate", "store", "sessions") for p in (TUI / d).rglob("*.py")]
HEADLESS += [TUI / "model.py", TUI / "library.py", TUI / "paths.py"]


@pytest.mark.parametrize("path", HEADLESS, ids=lambda p: str(p.relative_to(TUI)))
def test_headless_module_does_not_import_textual(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            assert not name.startswith(("textual", "tui.ui")), f"{path} imports {name}"


def test_every_subpackage_is_packaged() -> None:
    """pyproject lists packages by hand (see the comment there); a new one must be added."""
    import tomllib

    listed = set(tomllib.loads((TUI.parent / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {"tui"} | {
        "tui." + ".".join(p.parent.relative_to(TUI).parts)
        for p in TUI.rglob("__init__.py") if p.parent != TUI
    }
    assert found <= listed, f"add to pyproject packages: {sorted(found - listed)}"
