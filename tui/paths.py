"""Where newstui keeps its files. ``NEWSTUI_HOME`` overrides all of them (tests set it)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "newstui"


def _home() -> Path | None:
    value = os.environ.get("NEWSTUI_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Sessions (the user's work) live here."""
    home = _home()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Corpus indexes and annotation caches: safe to delete, rebuilt on demand."""
    home = _home()
    path = home / "cache" if home else Path(platformdirs.user_cache_dir(APP))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    path = home / "config" if home else Path(platformdirs.user_config_dir(APP))
    path.mkdir(parents=True, exist_ok=True)
    return path


def sample_articles_dir() -> Path:
    """The bundled corpus: ``tui/sample_articles`` when installed, ``sample_articles/`` in a checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "sample_articles"
    return installed if installed.is_dir() else package.parent / "sample_articles"
