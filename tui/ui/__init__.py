"""The Textual UI: a thin layer over tui.library and tui.sessions."""
