"""newstui: read, search, annotate and tag folders of news articles in the terminal."""

__version__ = "0.1.0"
