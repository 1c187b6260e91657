"""Tag sessions: durable tagging of articles and spans, undo/redo, export and import."""
