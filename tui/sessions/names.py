"""Session names → files, the list of sessions on disk, and which session a corpus used last.

A session name is whatever the user typed (slashes, dots, ``..``, spaces, unicode). It never
becomes a path: the file name is an ASCII slug plus a short hash of the name, and the real name
is stored inside the file. Names compare case-insensitively (the hash is of the casefolded name).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tui import paths

SUFFIX = ".newstui-session"
MAX_NAME_LENGTH = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


class SessionError(Exception):
    """A session problem to show the user as one line (``str(error)``)."""


class SessionNameError(SessionError, ValueError):
    """A session name that cannot be used (empty, too long, control characters)."""


def clean_name(name: str) -> str:
    """The canonical form of a session name; raises ``SessionNameError`` when unusable."""
    cleaned = unicodedata.normalize("NFC", name).strip()
    if not cleaned:
        raise SessionNameError("a session name cannot be empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise SessionNameError(f"a session name is at most {MAX_NAME_LENGTH} characters")
    if _CONTROL.search(cleaned):
        raise SessionNameError("a session name cannot contain control or direction characters")
    return cleaned


def sessions_dir() -> Path:
    # absolute: file URIs (read-only opens) need it, and NEWSTUI_HOME may be relative
    path = (paths.data_dir() / "sessions").absolute()
    path.mkdir(parents=True, exist_ok=True)
    return path


def file_name(name: str) -> str:
    """``<slug>-<hash>`` + suffix: readable, unique per name, never a path component."""
    cleaned = clean_name(name)
    ascii_form = unicodedata.normalize("NFKD", cleaned).encode("ascii", "ignore").decode()
    slug = _NOT_SLUG.sub("-", ascii_form.lower()).strip("-")[:40].strip("-") or "session"
    digest = hashlib.sha256(cleaned.casefold().encode("utf-8")).hexdigest()[:10]
    return f"{slug}-{digest}{SUFFIX}"


def session_path(name: str) -> Path:
    return sessions_dir() / file_name(name)


def session_files() -> list[Path]:
    # dot-files are sessions being created (see core._create_file)
    return sorted(p for p in sessions_dir().glob(f"*{SUFFIX}") if not p.name.startswith("."))


def new_session_beside(name: str) -> str:
    """A fresh name next to ``name`` ("name (2)", "name (3)", ...) whose file does not exist."""
    base = clean_name(name)
    number = 2
    while True:
        candidate = f"{base} ({number})"
        if not session_path(candidate).exists():
            return candidate
        number += 1


# --- which session each corpus used last (a small JSON file; a preference, not user work) ---

def _recent_file() -> Path:
    return sessions_dir() / "recent.json"


def _read_recent() -> dict[str, Any]:
    try:
        data = json.loads(_recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"by_corpus": {}, "used": {}}
    if not isinstance(data, dict):
        return {"by_corpus": {}, "used": {}}
    by_corpus = data.get("by_corpus")
    used = data.get("used")
    return {
        "by_corpus": by_corpus if isinstance(by_corpus, dict) else {},
        "used": used if isinstance(used, dict) else {},
    }


def _write_recent(data: dict[str, Any]) -> None:
    # Write-then-rename so a crash never leaves half a file.
    directory = sessions_dir()
    handle, temp = tempfile.mkstemp(dir=directory, prefix=".recent-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1, sort_keys=True)
        os.replace(temp, _recent_file())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def last_session_for(corpus_key: str) -> str | None:
    """The session last used with this corpus, or None (the UI then uses the corpus's name)."""
    name = _read_recent()["by_corpus"].get(corpus_key)
    return name if isinstance(name, str) else None


def remember_session(corpus_key: str | None, name: str) -> None:
    """Record that ``name`` was just used (with ``corpus_key`` when given)."""
    cleaned = clean_name(name)
    data = _read_recent()
    if corpus_key is not None:
        data["by_corpus"][corpus_key] = cleaned
    data["used"][cleaned] = datetime.now(UTC).isoformat(timespec="microseconds")
    _write_recent(data)


def recent_sessions(limit: int = 20) -> list[str]:
    """Session names, most recently used first (for the session switcher)."""
    used = _read_recent()["used"]
    names = sorted(used, key=lambda n: str(used[n]), reverse=True)
    return [n for n in names if session_path(n).exists()][:limit]


# --- corpus identity: which session to resume when started without --session ---------------

def corpus_key(corpus_paths: Sequence[str]) -> str:
    """A stable key for a corpus opened from these command-line paths (absolute, sorted);
    no paths means the bundled sample articles."""
    if not corpus_paths:
        return str(paths.sample_articles_dir().resolve())
    return "\n".join(sorted({os.path.abspath(os.path.expanduser(p)) for p in corpus_paths}))


_ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xml", ".rss", ".atom", ".json",
                     ".jsonl", ".ndjson"}


def default_session_name(corpus_paths: Sequence[str]) -> str:
    """A readable name for a new session on this corpus: the folder or file name."""
    if not corpus_paths:
        return "sample articles"
    first = min(os.path.abspath(os.path.expanduser(p)) for p in corpus_paths)
    parts = Path(first).parts
    # a glob ("news/*.html", "feeds/**"): name it after the folder before the pattern
    plain = next((i for i, part in enumerate(parts) if any(c in part for c in "*?[")), None)
    if plain is not None:
        parts = parts[:plain]
    base = (parts[-1] if len(parts) > 1 else "") or "corpus"
    if Path(base).suffix.lower() in _ARTICLE_SUFFIXES:  # a single file: "reuters.xml"
        base = Path(base).stem
    extra = len(set(corpus_paths)) - 1
    name = f"{base} +{extra}" if extra > 0 else base
    try:
        return clean_name(name)
    except SessionNameError:
        return "corpus"


def session_name_for(corpus_paths: Sequence[str]) -> str:
    """The session to open when none was named: the one last used with this corpus, else a
    new one named after it."""
    return last_session_for(corpus_key(corpus_paths)) or default_session_name(corpus_paths)
