"""``expand_paths`` walks with strings now (fast at 100,000 files): it must give exactly what
the Path-based walk it replaced gave, on a tree with every case the walk filters."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from tui.ingest import expand_path_names, expand_paths
from tui.ingest.sniff import ARTICLE_EXTENSIONS

# ---- the previous implementation, kept verbatim as the reference

_GLOB_CHARS = set("*?[")
_NOT_ARTICLES = {"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE",
                 "AUTHORS", "COPYING", "INDEX"}
_NOTE_SUFFIXES = {"", ".md", ".markdown", ".rst", ".txt", ".text"}


def _reference_inner_suffix(path: Path) -> str:
    if path.suffix.lower() == ".gz":
        return Path(path.stem).suffix.lower()
    return path.suffix.lower()


def _reference_walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__pycache__")))
        for name in files:
            if name.startswith("."):
                continue
            suffix = _reference_inner_suffix(Path(name))
            if suffix in _NOTE_SUFFIXES and Path(name).stem.upper() in _NOT_ARTICLES:
                continue
            if suffix in ARTICLE_EXTENSIONS:
                yield Path(root, name).absolute()


def reference_expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    found: set[Path] = set()
    for raw in paths:
        text = os.fspath(raw)
        path = Path(text).expanduser()
        if path.exists():
            candidates = [path]
        elif _GLOB_CHARS & set(text):
            candidates = [Path(p) for p in glob.glob(os.path.expanduser(text), recursive=True)]
            if not candidates:
                found.add(path.absolute())
                continue
        else:
            found.add(path.absolute())
            continue
        for candidate in candidates:
            if candidate.is_dir():
                found.update(_reference_walk(candidate))
            else:
                found.add(candidate.absolute())
    return sorted(found)


# ---- the tree


def _touch(path: Path, text: str = "x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for name in [
        "a.txt", "b.html", "c.HTML", "d.xml", "e.json", "f.jsonl", "g.ndjson", "h.md",
        "noext", "trailing.", "image.png", "dump.jsonl.gz", "page.html.gz", "plain.gz",
        "README.md", "readme", "INDEX.md", "index.html", "LICENSE", "README.md.gz",
        "Notes.txt", "CHANGELOG.rst", ".hidden.txt", "x..txt", "a b c.txt", "ünï.txt",
        "sub/one.txt", "sub/two.rss", "sub-x/three.txt", "sub/deeper/four.atom",
        "sub/deeper/INDEX", "sub.txt", ".git/config.txt", ".hidden/five.txt",
        "__pycache__/six.txt", "__pycache__x/seven.txt", "_ok/eight.txt",
    ]:
        _touch(root / name)
    outside = tmp_path / "outside"
    _touch(outside / "linked.txt")
    _touch(outside / "nested" / "deep.txt")
    (root / "link_to_file.txt").symlink_to(outside / "linked.txt")
    (root / "link_to_dir").symlink_to(outside / "nested", target_is_directory=True)
    (root / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (root / "link_no_ext").symlink_to(outside / "linked.txt")
    return root


def test_same_files_and_order_as_the_path_walk(tree: Path, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    home = tree.parent
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tree)
    inputs: list[str | os.PathLike[str]] = [
        str(tree),                          # a folder
        "sub",                              # a relative folder
        "./sub/../sub-x",                   # dots kept as Path keeps them
        tree / "image.png",                 # a file named explicitly: kept whatever it is
        str(tree / "README.md"),            # a note named explicitly: kept
        str(tree / "*.json*"),              # a glob
        str(tree / "**" / "*.atom"),        # a recursive glob
        str(tree / "missing" / "*.txt"),    # a glob that matches nothing: reported
        str(tree / "missing.txt"),          # a missing file: reported
        "~/outside",                        # a folder under ~
        str(tree / "link_to_dir"),          # a symlinked folder named explicitly is walked
        str(tree / "a.txt"),                # a duplicate of a walked file
    ]
    expected = reference_expand_paths(inputs)
    got = expand_paths(inputs)
    assert got == expected
    assert [str(p) for p in got] == expand_path_names(inputs)
    assert all(isinstance(p, Path) for p in got)
    names = {p.name for p in got}
    # the filters really ran (the comparison alone would pass if both walks listed everything)
    assert not {"config.txt", "five.txt", "six.txt", "seven.txt"} & names  # hidden, caches
    assert {"eight.txt", "link_to_file.txt", "broken.txt", "dump.jsonl.gz"} <= names
    assert "deep.txt" in names  # through ~/outside and the named symlink, not the walk
    assert "INDEX.md" not in names and "LICENSE" not in names and "plain.gz" not in names


def test_component_order_not_string_order(tmp_path: Path) -> None:
    for name in ["b/c.txt", "b-c.txt", "b.txt", "b0/a.txt", "B/a.txt"]:
        _touch(tmp_path / name)
    got = expand_paths([tmp_path])
    assert got == reference_expand_paths([tmp_path])
    relative = [p.relative_to(tmp_path).as_posix() for p in got]
    assert relative.index("b/c.txt") < relative.index("b-c.txt")  # "/" sorts below "-"


def test_symlinked_folder_inside_a_folder_is_not_followed(tree: Path) -> None:
    got = {p.name for p in expand_paths([tree])}
    assert "deep.txt" not in got  # only reachable through link_to_dir
    assert "link_to_dir" not in got


def test_unreadable_folder_is_skipped(tree: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    locked = tree / "sub"
    locked.chmod(0)
    try:
        assert expand_paths([tree]) == reference_expand_paths([tree])
    finally:
        locked.chmod(0o755)
