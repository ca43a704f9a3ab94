"""The index: snapshots written atomically, BM25, vectors (passages and sentences), glossary, embedders."""
