"""Tag sessions in the app (issue 3): the app's tagging actions, written against tui.sessions.

Every change goes through ``Session`` (committed to SQLite before it returns), and only then
is the screen repainted, so what the screen shows survives ``kill -9``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.content import Content
from textual.screen import ModalScreen

from tui.ui.article_list import ArticleList
from tui.ui.session_widgets import (
    SPAN_TAG_SUGGESTIONS,
    Choose,
    Confirm,
    DamagedSession,
    ManageTags,
    TagBar,
    TextPrompt,
    prompt_then,
    tag_bar_content,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tui.model import Article, Span
    from tui.ui.app import NewsApp

SESSION_REFRESH_SECONDS = 2.0  # look for other processes' changes this often
PALETTE = ["#e06c75", "#98c379", "#e5c07b", "#61afef", "#c678dd", "#56b6c2", "#d19a66",
           "#abb2bf"]
APPLY_BATCH = 500


class Tagging:
    """Mixed into ``NewsApp``: session state and every tagging action."""

    session: Any = None
    session_error: str | None = None

    # -- opening -----------------------------------------------------------------------------

    def open_session(self: NewsApp) -> None:
        """Open (or create) the session named on the command line, else the corpus's last."""
        from tui.sessions import SessionDamaged, SessionError, new_session_beside, session_name_for

        name = self.session_name or session_name_for(self.user_paths)
        try:
            self._use_session(self._session_open(name))
        except SessionDamaged as error:
            beside = new_session_beside(name)

            def answered(start_new: bool | None) -> None:
                if start_new:
                    self._use_session(self._session_open(beside))
                else:
                    self.notify("Tagging is off: the session could not be opened.",
                                severity="warning", markup=False)

            self.session_error = str(error)
            self.push_screen(DamagedSession(str(error), beside), answered)
        except SessionError as error:
            self.session_error = str(error)
            self.notify(f"Tagging is off: {error}", severity="error", markup=False, timeout=10)

    def _session_open(self: NewsApp, name: str) -> Any:
        from tui.sessions import Session

        return Session.open(name)

    def _use_session(self: NewsApp, session: Any) -> None:
        from tui.sessions import corpus_key

        if self.session is not None and self.session is not session:
            self.session.close()
        self.session = session
        self.session_error = None
        self.sub_title = session.name
        self.library.attach_session(session.path)
        session.set_corpus(corpus_key(self.user_paths), self.library.count(""))
        self.list_screen.query_one(ArticleList).set_tags_source(session.article_tags)
        if self._session_timer is None:
            self._session_timer = self.set_interval(SESSION_REFRESH_SECONDS,
                                                    self._refresh_session)
        self.refresh_bindings()
        self.tags_changed()

    def _refresh_session(self: NewsApp) -> None:
        if self.session is not None and self.session.refresh():
            self.tags_changed()

    def restore_position(self: NewsApp) -> None:
        """Resume where the session was left: the query now; the article once rows arrive."""
        if self.session is None or self.list_screen.user_is_searching():
            return  # keys typed during start-up win over the resumed search and article
        query = self.session.get_state("query") or ""
        self._resume_article = self.session.get_state("article_id")
        self._resume_query = query
        if query:
            self.list_screen.set_query(query)

    # -- what the keys act on ----------------------------------------------------------------

    def current_article_id(self: NewsApp) -> str | None:
        from tui.ui.detail_screen import DetailScreen
        from tui.ui.list_screen import ListScreen

        screen = self.screen
        if isinstance(screen, DetailScreen):
            return screen.article_id
        if isinstance(screen, ListScreen):
            return screen.query_one(ArticleList).current_id
        return None

    def check_tagging_action(self: NewsApp, action: str) -> bool | None:
        """Tagging keys act on an article: only with a session, and not inside a dialog."""
        if isinstance(self.screen, ModalScreen):
            return False
        if self.session is None:
            return False
        if action in ("toggle_key", "add_tag", "note") and self.current_article_id() is None:
            return None  # shown, disabled
        return True

    # -- repainting --------------------------------------------------------------------------

    def tags_changed(self: NewsApp, article_id: str | None = None) -> None:
        """Repaint what shows tags after a committed change (``article_id``: only that
        article's tags changed, so only its rows are redrawn)."""
        from tui.ui.detail_screen import DetailScreen

        for screen in self.screen_stack:
            for bar in screen.query(TagBar):
                bar.update(self.tag_bar_for(screen))
            for articles in screen.query(ArticleList):
                if article_id is None:
                    articles.refresh_rows()
                else:
                    articles.refresh_article(article_id)
            if isinstance(screen, DetailScreen) and article_id in (None, screen.article_id):
                screen.show_session_data()
        self.list_screen.update_status()

    def tag_bar_for(self: NewsApp, screen: Any) -> Any:
        from tui.ui.detail_screen import DetailScreen

        session = self.session
        if session is None:
            return Content.styled("tagging off" + (f": {self.session_error}"
                                                   if self.session_error else ""), "dim")
        if isinstance(screen, DetailScreen):
            article_id = screen.article_id
        else:
            article_id = self.list_screen.query_one(ArticleList).current_id
        current = session.article_tags(article_id) if article_id else []
        total = self.corpus_total or session.tagged_count()
        bar = tag_bar_content(session.tags(), current, (session.tagged_count(), total),
                              session.name)
        if self.triage:
            bar = Content.assemble(bar, ("  TRIAGE (R stops)", "bold reverse"))
        return bar

    # -- article tags ------------------------------------------------------------------------

    def action_toggle_key(self: NewsApp, key: int) -> None:
        tag = self.session.tag_for_key(key)
        if tag is None:
            self.notify(f"No tag on key {key}: press t to add one.", markup=False, timeout=3)
            return
        self.toggle_tag(tag.name)

    def toggle_tag(self: NewsApp, name: str) -> None:
        article_id = self.current_article_id()
        if article_id is None:
            return
        article = self.library.get(article_id)
        added = self.session.toggle_tag(article, name)
        self.tags_changed(article_id)
        if added and self.triage:
            self.triage_next()

    def action_add_tag(self: NewsApp) -> None:
        names = [tag.name for tag in self.session.tags()]
        self.push_screen(
            TextPrompt("Tag this article (a new name creates the tag)", suggestions=names,
                       placeholder="tag name"),
            prompt_then(self._add_tag))

    def _add_tag(self: NewsApp, name: str) -> None:
        from tui.sessions import TagError

        try:
            self.toggle_tag(name)
        except TagError as error:
            self.notify(str(error), severity="error", markup=False)

    def action_undo(self: NewsApp) -> None:
        done = self.session.undo()
        self.tags_changed()
        self.notify(f"Undone: {done}" if done else "Nothing to undo", markup=False, timeout=3)

    def action_redo(self: NewsApp) -> None:
        done = self.session.redo()
        self.tags_changed()
        self.notify(f"Redone: {done}" if done else "Nothing to redo", markup=False, timeout=3)

    # -- bulk --------------------------------------------------------------------------------

    def action_apply_tag(self: NewsApp) -> None:
        query = self.list_screen.query_text
        total = self.list_screen.query_one(ArticleList).total
        if not total:
            self.notify("The search matches no articles.", markup=False)
            return
        names = [tag.name for tag in self.session.tags()]

        def chosen(name: str) -> None:
            question = f"Apply tag “{name}” to all {total:,} articles matching “{query}”?" \
                if query.strip() else f"Apply tag “{name}” to all {total:,} articles?"
            self.push_screen(Confirm(question, yes=f"Tag {total:,}"),
                             lambda yes: yes and self._apply_tag(query, name))

        self.push_screen(TextPrompt("Tag every article the search matches", suggestions=names,
                                    placeholder="tag name"), prompt_then(chosen))

    @work(thread=True, exclusive=True, group="apply")
    def _apply_tag(self: NewsApp, query: str, name: str) -> None:
        def articles() -> Iterator[Article]:
            offset = 0
            while True:
                rows = self.library.search(query, limit=APPLY_BATCH, offset=offset)
                if not rows:
                    return
                for row in rows:
                    yield self.library.get(row.id)
                offset += len(rows)

        try:
            changed = self.session.apply_tag(articles(), name)
        except Exception as error:  # noqa: BLE001 - one line for the user
            self.call_from_thread(self.notify, f"Not applied: {error}", severity="error",
                                  markup=False)
            return
        self.call_from_thread(self._applied, name, changed)

    def _applied(self: NewsApp, name: str, changed: int) -> None:
        self.tags_changed()
        self.notify(f"Tagged {changed:,} more articles “{name}” (u undoes)", markup=False)

    # -- notes -------------------------------------------------------------------------------

    def action_note(self: NewsApp) -> None:
        article_id = self.current_article_id()
        if article_id is None:
            return

        def save(text: str | None) -> None:
            if text is None:
                return
            self.session.set_note(self.library.get(article_id), text)
            self.tags_changed()
            self.notify("Note saved" if text.strip() else "Note removed", timeout=2)

        self.push_screen(TextPrompt("Note on this article (empty removes it)",
                                    value=self.session.note(article_id)), save)

    # -- span tags ---------------------------------------------------------------------------

    def tag_span(self: NewsApp, article_id: str, span: Span) -> None:
        from tui.sessions import TagError

        existing = {tag.tag for tag in self.session.span_tags(article_id)}
        suggestions = sorted(existing | set(SPAN_TAG_SUGGESTIONS))

        def chosen(tag: str) -> None:
            try:
                added = self.session.toggle_span_tag(self.library.get(article_id), span, tag)
            except TagError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self.tags_changed()
            verb = "Tagged" if added else "Untagged"
            self.notify(f"{verb} “{span.text[:40]}” {tag}", markup=False, timeout=3)

        self.push_screen(TextPrompt(f"Tag this {span.layer}: {span.text[:50]}",
                                    suggestions=suggestions, placeholder="verified"),
                         prompt_then(chosen))

    # -- manage tags -------------------------------------------------------------------------

    def action_manage_tags(self: NewsApp, highlighted: str | None = None) -> None:
        self.push_screen(ManageTags(self.session.tags(), self.session.tag_counts(),
                                    highlighted), self._managed)

    def _managed(self: NewsApp, result: tuple[str, str] | None) -> None:
        from tui.sessions import TagError

        if result is None:
            return
        action, name = result
        session = self.session

        def reopen() -> None:
            self.tags_changed()
            self.action_manage_tags(name if action != "delete" else None)

        def guarded(change: Any) -> Any:
            def run(value: Any) -> None:
                if value is None or value is False:
                    return reopen()
                try:
                    change(value)
                except (TagError, ValueError) as error:
                    self.notify(str(error), severity="error", markup=False)
                reopen()
            return run

        if action == "rename":
            def rename(new: str) -> None:
                nonlocal name
                name = session.rename_tag(name, new.strip()).name
            self.push_screen(TextPrompt(f"Rename tag “{name}”", value=name), guarded(rename))
        elif action == "colour":
            tag = session.tag(name)
            current = tag.color if tag else None
            following = PALETTE[(PALETTE.index(current) + 1) % len(PALETTE)] \
                if current in PALETTE else PALETTE[0]
            self.push_screen(TextPrompt(f"Colour for “{name}” (#rrggbb)", value=following,
                                        suggestions=PALETTE),
                             guarded(lambda value: session.set_tag_color(name, value.strip())))
        elif action == "key":
            def set_key(value: str) -> None:
                value = value.strip()
                session.set_tag_key(name, int(value) if value else None)
            self.push_screen(TextPrompt(f"Key 1-9 for “{name}” (empty: none)"),
                             guarded(set_key))
        elif action == "delete":
            count = session.tag_counts().get(name, 0)
            self.push_screen(
                Confirm(f"Delete tag “{name}” and remove it from {count:,} articles?",
                        yes="Delete"),
                guarded(lambda _yes: session.delete_tag(name)))
        elif action in ("up", "down"):
            names = [tag.name for tag in session.tags()]
            position = names.index(name) + (-1 if action == "up" else 1)
            if 0 <= position < len(names):
                session.move_tag(name, position)
            reopen()

    # -- sessions ----------------------------------------------------------------------------

    def action_switch_session(self: NewsApp) -> None:
        from tui.sessions import recent_sessions

        new = object()  # the "New session…" entry
        items: list[tuple[str, Any]] = [(name, name) for name in recent_sessions()]
        items.append(("New session…", new))

        def chosen(value: Any) -> None:
            if value is new:
                self.push_screen(TextPrompt("New session name"), prompt_then(self._switch_to))
            elif value is not None:
                self._switch_to(value)

        self.push_screen(Choose("Sessions (most recent first)", items), chosen)

    def _switch_to(self: NewsApp, name: str) -> None:
        from tui.sessions import SessionError

        try:
            session = self._session_open(name)
        except SessionError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self._use_session(session)
        self.list_screen.refresh_results(keep_cursor=True)
        self.notify(f"Session: {session.name}", markup=False, timeout=3)

    # -- triage ------------------------------------------------------------------------------

    def action_triage(self: NewsApp) -> None:
        self.triage = not self.triage
        if self.triage:
            self.notify("Triage: each tag moves on to the next untagged article. "
                        "R stops.", markup=False, timeout=4)
            self.triage_next(from_start=True)
        else:
            self.notify("Triage off", timeout=2)
        self.refresh_bindings()
        self.tags_changed()

    def triage_next(self: NewsApp, *, from_start: bool = False) -> None:
        """Open the next untagged article after the list cursor (in list order)."""
        from tui.ui.detail_screen import DetailScreen

        article_id = self.list_screen.next_untagged(self.session, from_start=from_start)
        if article_id is None:
            self.triage = False
            self.refresh_bindings()
            self.tags_changed()
            self.notify("Triage done: every listed article has a tag.", timeout=5)
            return
        if isinstance(self.screen, DetailScreen):
            self.screen.load(article_id)
        else:
            self.open_article(article_id)
        self.tags_changed()
