"""Search: reading a question (terms, kind, places, years), hybrid retrieval and sentence scores."""
