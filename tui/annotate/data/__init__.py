"""Data files for the built-in recognisers (gazetteers, word lists)."""
