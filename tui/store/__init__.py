"""Store: SQLite corpus index (articles, FTS5, file cache, annotation cache) and query parsing."""
