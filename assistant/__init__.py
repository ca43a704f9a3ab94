"""Cited-answer assistant over the CLSM resource corpus."""
