"""Tag sessions: durable tagging of articles and spans, undo/redo, export and import.

One SQLite file per session in ``tui.paths.data_dir()/sessions/`` (WAL, synchronous=FULL).
Every method that changes something returns only after its transaction is committed, so the UI
may show the change as soon as the call returns. Never imports Textual.

Typical start (the UI)
----------------------
    name = args.session or session_name_for(paths)        # resume the corpus's last session
    try:
        s = Session.open(name)
    except SessionDamaged as error:                        # show str(error); offer:
        s = Session.open(new_session_beside(name))         # "name (2)"; the file is untouched
    s.set_corpus(corpus_key(paths), library.count(""))     # progress total + remembered
    library.attach_session(s.path)                         # tag:/untagged searches
    ... s.toggle_tag(article, s.tag_for_key(3).name) ... then repaint from s.article_tags(id)

Threads: every method may be called from any thread (a lock serialises them). A change waits
for the disk (fsync, ~1-4 ms measured): fine on the UI thread for one toggle; run apply_tag on
thousands, import and export in a worker.

Opening
-------
    s = Session.open(name)                  # create or resume; name may be anything printable
    s = Session.open(name, create=False)    # SessionNotFound when it does not exist
    s.name, s.path                          # the real name; the file (Library.attach_session)
    s.close()                               # or `with Session.open(name) as s:`

Errors (all subclasses of ``SessionError``; ``str(error)`` is one line to show the user):
    SessionDamaged      the file is not a readable session; it is never modified. Offer
                        ``new_session_beside(name)`` -> "name (2)" and open that instead.
    SessionNotFound     open(..., create=False) on an unknown name.
    SessionNameError    (also a ValueError) empty name, control characters, > 200 chars.
    TagError            (also a ValueError) bad tag name (empty, ';', control chars, > 80 chars),
                        unknown tag, duplicate name on rename, key outside 1-9.

Tags (``Tag``: id, name, color "#rrggbb", key 1-9 or None, position)
----
    s.tags() -> list[Tag]                   # tag-bar order
    s.tag(name) -> Tag | None               # names are case-insensitive (ASCII, like SQLite)
    s.tag_for_key(3) -> Tag | None          # what key 3 toggles
    s.add_tag(name, color=None) -> Tag      # next free key 1-9 and a palette colour;
                                            # returns the existing tag if the name exists
    s.rename_tag(name, new_name) -> Tag
    s.set_tag_color(name, "#rrggbb") -> Tag
    s.set_tag_key(name, key | None) -> Tag  # a tag already on that key gets this one's old key
    s.move_tag(name, index) -> list[Tag]    # reorder the tag bar
    s.delete_tag(name) -> int               # also removes its uses; returns articles affected
    s.tag_counts() -> dict[str, int]        # articles per tag (for "delete 'x' from 12?")

Article tags (attach to ``Article.id``, so they survive moves/renames/re-scrapes)
------------
    s.toggle_tag(article, name) -> bool     # True = now tagged; creates the tag if new
    s.apply_tag(articles, name, remove=False) -> int   # bulk, one undo step; count changed
    s.article_tags(article_id) -> list[str]            # tag-bar order
    s.tags_for(article_ids) -> dict[id, list[str]]     # only ids that have tags (in memory)
    s.tagged_ids(name=None) -> set[str]                # with that tag / with any tag
    s.progress(article_ids) -> (tagged, total)         # tagged = has at least one tag;
                                                       # pass a set: cost ~ min(sizes)
    s.untagged(article_ids) -> list[str]               # given order kept (triage)

Notes
-----
    s.set_note(article, text)               # "" removes it; undoable
    s.note(article_id) -> str               # "" when none

Span tags (``SpanTag``: id, article_id, layer, start, end, text, tag, context_before,
context_after, status, created) — quotes/entities/dates tagged e.g. "verified", "disputed".
Span tag names are free text, separate from the article tags above (no keys, no colours).
---------
    s.tag_span(article, span, tag) -> SpanTag          # idempotent
    s.toggle_span_tag(article, span, tag) -> bool
    s.untag_span(span_tag_id) -> bool
    s.span_tags(article_id) -> list[SpanTag]           # as stored
    s.span_tags_for(article) -> list[SpanTag]          # re-located in article.text; status
        "attached" | "moved" (same text elsewhere) | "changed" (text edited, found by its
        context) | "detached" (not found: do not highlight, show it as flagged)

Undo / redo (persisted: works across restarts and sees other processes' changes)
-----------
    s.undo() -> str | None                  # description of what was undone, None if nothing
    s.redo() -> str | None
    s.history(limit=50) -> [(time, description, state)]

Resume and refresh
------------------
    s.get_state(key, default=None) / s.set_state(key, value)   # JSON values, committed
        keys the UI uses: "article_id", "query", "scroll", "cursor" (set_corpus owns
        "corpus_key" and "corpus_total")
    s.set_corpus(corpus_key, total)          # for `newstui sessions` and the next start
    s.refresh() -> bool                      # reload if another process committed; call on a
                                             # timer / focus; True = repaint tags
    s.last_change() -> str | None            # ISO time
    s.revision -> int                        # goes up on every change (own, or seen by
                                             # refresh); key tag-dependent caches on it

Choosing a session (module functions)
-------------------------------------
    last_session_for(corpus_key) -> str | None   # None: use the corpus's name for a new one
    remember_session(corpus_key, name)           # set_corpus() calls it
    recent_sessions(limit=20) -> list[str]       # for the switcher, most recent first
    list_sessions() -> list[SessionInfo]         # every session file (damaged ones flagged)
    session_name_for(corpus_paths) -> str        # no --session: last used with this corpus,
                                                 # else default_session_name(corpus_paths)
    corpus_key(corpus_paths) -> str              # the key set_corpus()/last_session_for() use
    session_path(name) -> Path                   # never outside the sessions directory
    new_session_beside(name) -> str

Export / import: ``tui.sessions.export`` (FORMATS, export(session, fmt, out), import_jsonl).
"""

from tui.sessions.core import (
    Session,
    SessionDamaged,
    SessionError,
    SessionNotFound,
    SpanTag,
    Tag,
    TagError,
)
from tui.sessions.names import (
    SessionNameError,
    corpus_key,
    default_session_name,
    last_session_for,
    new_session_beside,
    recent_sessions,
    remember_session,
    session_name_for,
    session_path,
)
from tui.sessions.registry import SessionInfo, list_sessions

__all__ = [
    "Session",
    "SessionDamaged",
    "SessionError",
    "SessionInfo",
    "SessionNameError",
    "SessionNotFound",
    "SpanTag",
    "Tag",
    "TagError",
    "corpus_key",
    "default_session_name",
    "last_session_for",
    "list_sessions",
    "new_session_beside",
    "recent_sessions",
    "remember_session",
    "session_name_for",
    "session_path",
]
