"""Ingestion: load a corpus file by its suffix, clean it, and cut it into cited passages."""

from .catalog import catalog_warnings, read_catalog
from .pipeline import SUPPORTED_SUFFIXES, process_file

__all__ = ["SUPPORTED_SUFFIXES", "catalog_warnings", "process_file", "read_catalog"]
