"""The terminal app (Textual): one widget per file, each rendering what the core returns."""
