"""End to end: the installed ``newstui`` in a real terminal (tmux), driven as a person would."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

NEWSTUI = shutil.which("newstui") or shutil.which("newstui", path=str(Path(sys.executable).parent))
TMUX = shutil.which("tmux")

pytestmark = [
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed"),
    pytest.mark.skipif(NEWSTUI is None, reason="newstui is not installed (pip install .)"),
]

WIDTH, HEIGHT = 120, 36
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ui"
EXIT_MARK = "newstui exited with"
SGR = re.compile(r"\x1b\[([0-9;]*)m")


class Terminal:
    """One tmux server on its own socket, with one window running a command."""

    def __init__(self, command: str, env: dict[str, str]) -> None:
        self.socket = f"newstui-e2e-{uuid.uuid4().hex[:10]}"
        exports = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
        # After newstui ends, the shell prints its exit status and stays, so the test can
        # look at the terminal it left behind.
        # COLUMNS/LINES (pytest may set them) would override the real size in the app.
        script = (f"unset COLUMNS LINES; {exports} {command}; status=$?; echo; "
                  f"echo \"{EXIT_MARK} $status\"; sleep 600")
        self.tmux("new-session", "-d", "-x", str(WIDTH), "-y", str(HEIGHT), "sh", "-c", script)

    def tmux(self, *args: str) -> str:
        result = subprocess.run([TMUX, "-L", self.socket, *args], capture_output=True,
                                text=True, timeout=20, check=True)
        return result.stdout

    def screen(self, *, styles: bool = False) -> str:
        return self.tmux("capture-pane", "-p", *(["-e"] if styles else []))

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", *keys)

    def typed(self, text: str) -> None:
        self.tmux("send-keys", "-l", text)

    def flag(self, name: str) -> str:
        return self.tmux("display-message", "-p", f"#{{{name}}}").strip()

    def wait_for(self, predicate: Callable[[str], bool], what: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if predicate(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}; the screen was:\n{screen}")

    def close(self) -> None:
        subprocess.run([TMUX, "-L", self.socket, "kill-server"], capture_output=True,
                       timeout=20, check=False)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    started: list[Terminal] = []

    def start(*args: str) -> Terminal:
        env = {"NEWSTUI_HOME": str(tmp_path / "home"), "TERM": "xterm-256color",
               "PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"}
        command = " ".join(shlex.quote(part) for part in (NEWSTUI, *args))
        term = Terminal(command, env)
        started.append(term)
        return term

    yield start
    for term in started:
        term.close()


ATTRIBUTES = {"1": "bold", "3": "italic", "4": "underline", "7": "reverse"}
RESETS = {"22": "bold", "23": "italic", "24": "underline", "27": "reverse"}


def styled_words(screen_with_styles: str) -> dict[str, set[str]]:
    """Each word on the screen → the text attributes (bold, italic, ...) it was drawn with."""
    result: dict[str, set[str]] = {}
    for line in screen_with_styles.splitlines():
        active: set[str] = set()
        for index, part in enumerate(SGR.split(line)):
            if index % 2:  # the parameters of one SGR sequence
                params = part.split(";") if part else ["0"]
                skip = 0
                for number, param in enumerate(params):
                    if skip:
                        skip -= 1
                    elif param in ("38", "48", "58"):  # colour: 5;n or 2;r;g;b follow
                        skip = 2 if params[number + 1:number + 2] == ["5"] else 4
                    elif param in ("0", ""):
                        active.clear()
                    elif param in ATTRIBUTES:
                        active.add(ATTRIBUTES[param])
                    elif param in RESETS:
                        active.discard(RESETS[param])
                continue
            for word in re.findall(r"[\w’']+", part):
                result.setdefault(word, set()).update(active or {"plain"})
    return result


def test_search_open_read_highlights_and_quit(terminal) -> None:
    term = terminal()  # no paths: the bundled sample articles
    term.wait_for(lambda s: re.search(r"\b\d+ articles\b", s) is not None and "Pyongyang" in s,
                  "the article list")

    term.keys("/")
    term.typed("Pyongyang")
    screen = term.wait_for(lambda s: "Pyongyang" in s and "match" in s, "the filtered list")
    count = int(re.search(r"\b(\d+) articles? match", screen).group(1))
    assert 1 <= count < 25
    search_box = next(line for line in screen.splitlines()[:6] if line.startswith("▊  "))
    assert "Pyongyang" in search_box

    term.keys("Enter")  # back to the list
    term.keys("Enter")  # open the first match
    screen = term.wait_for(lambda s: "Entities (" in s and " e " in s, "the article and panel")
    assert "Back to list" in screen and "Quotes (" in screen

    # Entities are bold in the text, quotes italic, dates underlined.
    words = styled_words(term.screen(styles=True))
    bold = {word for word, attributes in words.items() if "bold" in attributes}
    assert {"Pyongyang", "Putin", "Kim"} & bold, sorted(bold)
    assert any("italic" in attributes for attributes in words.values())

    term.keys("e")  # entities off: the names are drawn plain (the title line stays bold)
    def names_plain(_: str) -> bool:
        text_words = styled_words("\n".join(term.screen(styles=True).splitlines()[6:]))
        return not any("bold" in text_words.get(name, set()) for name in ("Pyongyang", "Kim"))
    term.wait_for(names_plain, "entity highlights to go")

    term.keys("q")
    screen = term.wait_for(lambda s: EXIT_MARK in s, "newstui to exit")
    assert f"{EXIT_MARK} 0" in screen
    # The terminal is back to normal: main screen, no mouse reporting, cursor shown.
    assert term.flag("alternate_on") == "0"
    assert term.flag("mouse_any_flag") == "0"
    assert term.flag("cursor_flag") == "1"
    assert "Traceback" not in screen


def _search_box(screen: str) -> str:
    return next(line for line in screen.splitlines()[:6] if line.startswith("▊  ")).strip("▊▎ ")


def test_a_search_typed_in_one_burst_keeps_every_key(terminal) -> None:
    """"/Pyongyang" in ONE send-keys call (one terminal read) as soon as rows show, then again
    right after Escape from an article: every letter lands in the box, in order."""
    term = terminal()
    first_row = re.compile(r"\d{4}-\d{2}-\d{2}\s*$", re.MULTILINE)
    term.wait_for(lambda s: first_row.search(s) is not None, "the first rows")
    term.keys("/", *"Pyongyang")
    # Wait until as many letters as were sent have been read (a loaded machine reads the burst
    # over several frames); a lost key never gets there and times out.
    screen = term.wait_for(lambda s: "match" in s and len(_search_box(s)) >= len("Pyongyang"),
                           "the search to run")
    assert _search_box(screen) == "Pyongyang"

    term.keys("Enter", "Enter")  # to the list, open the first match
    term.wait_for(lambda s: "Back to list" in s, "the article")
    term.keys("Escape")
    term.keys("/", *"Quillon")  # as one burst, right behind the Escape
    screen = term.wait_for(lambda s: "match" in s and _search_box(s) != "Pyongyang"
                           and len(_search_box(s)) >= len("Quillon"), "the second search")
    assert _search_box(screen) == "Quillon"
    assert "Entities (" not in screen  # the list, not the article

    term.keys("C-q")
    assert f"{EXIT_MARK} 0" in term.wait_for(lambda s: EXIT_MARK in s, "newstui to exit")


def test_tags_survive_kill_9(terminal, tmp_path: Path) -> None:
    """Tag several articles, kill the process without warning, restart: every tag is there."""
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES, corpus, ignore=shutil.ignore_patterns("binary-*"))
    term = terminal(str(corpus), "--session", "kill test")
    term.wait_for(lambda s: "5 articles" in s and "no tags yet" in s, "the list and tag bar")

    term.keys("t")
    term.wait_for(lambda s: "Tag this article" in s, "the tag prompt")
    term.typed("urgent")
    term.keys("Enter")
    term.wait_for(lambda s: "1/5 tagged" in s, "the first tag")
    for tagged in (2, 3, 4):  # down one row, key 1
        term.keys("j")
        term.keys("1")
        term.wait_for(lambda s, n=tagged: f"{n}/5 tagged" in s, f"tag {tagged}")
    shown = term.screen()
    tagged_rows = [line for line in shown.splitlines() if line.rstrip().endswith("urgent")]
    assert len(tagged_rows) == 4

    pid = int(term.tmux("list-panes", "-F", "#{pane_pid}").split()[0])
    newstui_pid = _child_pid(pid)
    os.kill(newstui_pid, signal.SIGKILL)
    term.wait_for(lambda s: f"{EXIT_MARK} 137" in s, "the killed process")

    again = terminal(str(corpus), "--session", "kill test")
    screen = again.wait_for(lambda s: "4/5 tagged" in s, "the tags after restart")
    assert sorted(line for line in screen.splitlines() if line.rstrip().endswith("urgent")) \
        == sorted(tagged_rows)
    again.keys("q")
    again.wait_for(lambda s: f"{EXIT_MARK} 0" in s, "newstui to exit")


def _child_pid(shell_pid: int) -> int:
    """The newstui process under the pane's shell (read from /proc; Linux)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent == shell_pid and b"newstui" in cmdline:
                return int(entry.name)
        time.sleep(0.1)
    raise AssertionError("newstui process not found")
