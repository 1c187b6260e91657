"""Modal screens: every key (F1 / ?), and the files that could not be loaded."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.model import Skipped


def key_rows(
    sections: Sequence[tuple[str, Iterable[type[DOMNode]]]],
    key_display: callable,  # type: ignore[valid-type]
) -> list[tuple[str, list[tuple[str, str]]]]:
    """``[(section, [(keys, description), ...]), ...]`` from the classes' BINDINGS.

    Keys bound to one action are shown together ("j/down"). Read from the classes, so the help
    can never fall out of step with the bindings.
    """
    result: list[tuple[str, list[tuple[str, str]]]] = []
    for title, classes in sections:
        by_action: dict[str, tuple[list[str], str]] = {}
        for cls in classes:
            for binding in Binding.make_bindings(cls.BINDINGS):
                if binding.system:
                    continue  # covered by another row (e.g. "1-9")
                keys, _ = by_action.setdefault(binding.action, ([], binding.description))
                shown = key_display(binding)
                if shown not in keys:
                    keys.append(shown)
        rows = [("/".join(keys), description) for keys, description in by_action.values()]
        result.append((title, rows))
    return result


class HelpScreen(ModalScreen[None]):
    """Every key, by screen. Esc, q, F1 or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "dismiss", "Close help"),
    ]

    def __init__(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        lines: list[Content] = [Content.styled("newstui keys", "bold underline"), Content("")]
        for title, rows in self.sections:
            lines.append(Content.styled(title, "bold"))
            width = max((len(keys) for keys, _ in rows), default=0)
            for keys, description in rows:
                lines.append(Content.assemble("  ", (keys.ljust(width), "bold"),
                                              "  ", description))
            lines.append(Content(""))
        lines.append(Content.styled("ctrl+p opens the command palette: every action by name.",
                                    "italic"))
        with Vertical(id="help-box"):
            with VerticalScroll():
                yield Static(Content("\n").join(lines), id="help-text")
            yield Static(Content.styled("Esc closes", "dim"))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)


class SkippedScreen(ModalScreen[None]):
    """The files that did not load, each with its one-line reason."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,w", "dismiss", "Close"),
    ]

    def __init__(self, skipped: Sequence[Skipped]) -> None:
        super().__init__()
        self.skipped = list(skipped)

    def compose(self) -> ComposeResult:
        count = len(self.skipped)
        lines = [Content.styled(f"{count} file{'s' if count != 1 else ''} skipped", "bold"),
                 Content("")]
        for item in self.skipped:
            lines.append(Content.assemble((" ".join(item.path.split()), "bold"), "  ",
                                          " ".join(item.reason.split())))
        if not self.skipped:
            lines.append(Content("Every file loaded."))
        with Vertical(id="skipped-box"):
            with VerticalScroll():
                yield Static(Content("\n").join(lines), id="skipped-text")
            yield Static(Content.styled("Esc closes", "dim"))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
