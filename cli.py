#!/usr/bin/env python3
"""Entry point: `python cli.py ingest|ask|glossary|stats|eval|serve|tui` (same as the `clsm-assistant` command)."""

import sys

from assistant.cli import main

if __name__ == "__main__":
    sys.exit(main())
