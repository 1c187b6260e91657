"""Tagging UI pieces: the tag bar and the small dialogs (tag name, note, confirm, manage tags,
session switcher, damaged session). Names, tags and notes are user data: never markup."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

SPAN_TAG_SUGGESTIONS = ["verified", "disputed", "source", "check", "misattributed"]


def _colour(value: str | None) -> Color | None:
    try:
        return Color.parse(value) if value else None
    except Exception:  # noqa: BLE001 - a bad stored colour only loses its colour
        return None


def tag_bar_content(tags: Sequence[Any], current: Sequence[str], progress: tuple[int, int],
                    session_name: str) -> Content:
    """``1 urgent  2 follow-up …`` with each tag's colour; tags on the current article are
    drawn reversed and bold (visible without colour too), then the session's progress."""
    parts: list[Content] = []
    on_article = {name.casefold() for name in current}
    for tag in tags:
        colour = _colour(tag.color)
        key = str(tag.key) if tag.key else "·"
        key_style = f"bold reverse {colour.hex}" if colour else "bold reverse"
        name = Content(" ".join(tag.name.split()))
        if tag.name.casefold() in on_article:
            name = Content.assemble("✓", name).stylize(
                f"bold reverse {colour.hex}" if colour else "bold reverse")
        elif colour:
            name = name.stylize(colour.hex)
        parts.append(Content.assemble((f" {key} ", key_style), " ", name, "  "))
    if not tags:
        parts.append(Content.styled("no tags yet: t adds one", "dim"))
    tagged, total = progress
    parts.append(Content.styled(f"  {tagged:,}/{total:,} tagged", "bold"))
    parts.append(Content.assemble("  session ", (" ".join(session_name.split()), "italic")))
    return Content.assemble(*parts)


class TagBar(Static):
    """One line under the header: the session's tags with their keys and colours."""

    DEFAULT_CSS = """
    TagBar { height: 1; padding: 0 1; background: $boost; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)

    def update(self, content: Any = "", *, layout: bool = False) -> None:
        # One line, always: no layout pass per keystroke (it costs more than the repaint).
        super().update(content, layout=layout)


class NewsDialog(ModalScreen[Any]):
    # q closes a dialog rather than quitting the app from inside it (typed into a text box,
    # q is just a letter: the box takes it first).
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "cancel", "Cancel")]

    DEFAULT_CSS = """
    NewsDialog { align: center middle; }
    NewsDialog > Vertical {
        width: 70; max-width: 95%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    NewsDialog .dialog-title { text-style: bold; margin-bottom: 1; }
    NewsDialog .dialog-hint { color: $text-muted; }
    NewsDialog Horizontal { height: auto; align-horizontal: right; }
    NewsDialog Button { margin-left: 1; }
    NewsDialog OptionList { height: auto; max-height: 16; }
    """

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextPrompt(NewsDialog):
    """Ask for one line (a tag name, a note, a colour …); dismisses with the text or None."""

    def __init__(self, title: str, *, value: str = "", suggestions: Sequence[str] = (),
                 hint: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.suggestions = list(suggestions)
        self.hint = hint
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self.title_text), classes="dialog-title")
            suggester = (SuggestFromList(self.suggestions, case_sensitive=False)
                         if self.suggestions else None)
            yield Input(self.value, placeholder=self.placeholder, suggester=suggester,
                        id="prompt-input")
            hint = self.hint or "Enter accepts (→ completes), Esc cancels"
            yield Static(Content(hint), classes="dialog-hint")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)


class Confirm(NewsDialog):
    """Yes/No; dismisses with True/False. ``y`` and ``n`` answer from the keyboard."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", "No"),
        Binding("y", "answer(True)", "Yes"),
    ]

    def __init__(self, question: str, *, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self.question), classes="dialog-title")
            with Horizontal():
                yield Button(Content(self.no), id="no")
                yield Button(Content(self.yes), id="yes", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class Choose(NewsDialog):
    """Pick one of ``items`` (label, value); dismisses with the value or None."""

    def __init__(self, title: str, items: Sequence[tuple[str | Content, Any]],
                 hint: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.items = list(items)
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(self.title_text), classes="dialog-title")
            options = [Option(label if isinstance(label, Content) else Content(label),
                              id=str(number))
                       for number, (label, _) in enumerate(self.items)]
            yield OptionList(*options, markup=False, id="choices")
            if self.hint:
                yield Static(Content(self.hint), classes="dialog-hint")

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.items[int(event.option.id or 0)][1])


class ManageTags(NewsDialog):
    """The session's tags; keys act on the highlighted one. Dismisses with
    ``(action, tag_name)`` — action in rename/colour/key/delete/up/down — or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close"),
        Binding("r", "act('rename')", "Rename"),
        Binding("c", "act('colour')", "Colour"),
        Binding("k", "act('key')", "Key"),
        Binding("x,delete", "act('delete')", "Delete"),
        Binding("ctrl+up", "act('up')", "Move up"),
        Binding("ctrl+down", "act('down')", "Move down"),
    ]

    def __init__(self, tags: Sequence[Any], counts: dict[str, int],
                 highlighted: str | None = None) -> None:
        super().__init__()
        self.tags = list(tags)
        self.counts = counts
        self.highlighted_name = highlighted

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content("Tags"), classes="dialog-title")
            options = []
            for tag in self.tags:
                colour = _colour(tag.color)
                key = str(tag.key) if tag.key else "·"
                label = Content.assemble(
                    (f" {key} ", f"bold reverse {colour.hex}" if colour else "bold reverse"),
                    " ", Content(tag.name).stylize(colour.hex) if colour else Content(tag.name),
                    (f"  {self.counts.get(tag.name, 0):,} articles", "dim"),
                    (f"  {tag.color or ''}", "dim"))
                options.append(Option(label, id=tag.name))
            if not options:
                options.append(Option(Content("No tags yet (t adds one)"), disabled=True))
            yield OptionList(*options, markup=False, id="tags")
            yield Static(Content("r rename · c colour · k key · x delete · "
                                 "ctrl+↑/↓ move · Esc close"), classes="dialog-hint")

    def on_mount(self) -> None:
        tags = self.query_one(OptionList)
        tags.focus()
        if self.highlighted_name is not None:
            for index, tag in enumerate(self.tags):
                if tag.name == self.highlighted_name:
                    tags.highlighted = index

    def action_act(self, action: str) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is not None and option.id is not None:
            self.dismiss((action, option.id))


class DamagedSession(NewsDialog):
    """The session file is damaged: say so, and offer a new file beside it."""

    def __init__(self, message: str, new_name: str) -> None:
        super().__init__()
        self.message = message
        self.new_name = new_name

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content("This session cannot be opened"), classes="dialog-title")
            yield Static(Content(self.message))
            yield Static(Content(f"The file is left as it is. Start a new session "
                                 f"“{self.new_name}” beside it?"))
            with Horizontal():
                yield Button(Content("Continue without tagging"), id="no")
                yield Button(Content(f"Start “{self.new_name}”"), id="yes", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


def prompt_then(callback: Callable[[str], None]) -> Callable[[str | None], None]:
    """A dismiss callback that ignores cancel (None) and blank answers."""

    def done(value: str | None) -> None:
        if value is not None and value.strip():
            callback(value.strip())

    return done
