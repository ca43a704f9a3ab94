"""The layers hold: ingest and store never reach up into search, answer or a front end; the core never
imports a front end's framework; importing the core loads no front end (read from the source, and in a
fresh interpreter)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"
FRONT_ENDS = ("assistant.api", "assistant.tui")


def imported_modules(path: Path) -> set[str]:
    """Every module a source file imports, at the top or inside a function."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.add(node.module)
    return out


def reaches(modules: set[str], forbidden: tuple[str, ...]) -> set[str]:
    return {m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden)}


@pytest.mark.parametrize("layer", ["ingest", "store"])
def test_ingest_and_store_never_import_search_answer_or_front_ends(layer):
    forbidden = ("assistant.search", "assistant.answer", *FRONT_ENDS, "fastapi", "textual")
    offenders = {str(p.relative_to(PACKAGE)): sorted(reaches(imported_modules(p), forbidden))
                 for p in (PACKAGE / layer).rglob("*.py")}
    assert not {k: v for k, v in offenders.items() if v}


@pytest.mark.parametrize("module", ["core.py", "sentences.py", "text.py", "models.py", "config.py", "links.py",
                                    "table_lines.py"])
def test_the_core_never_imports_a_front_end_framework(module):
    assert not reaches(imported_modules(PACKAGE / module), (*FRONT_ENDS, "fastapi", "textual", "starlette"))


@pytest.mark.parametrize("module", ["sentences.py", "text.py", "table_lines.py"])
def test_modules_shared_by_ingest_and_answers_never_import_ingest(module):
    """Ingest's chunker cuts sentences and writes table lines with these: an import back would be a cycle."""
    assert not reaches(imported_modules(PACKAGE / module), ("assistant.ingest", "assistant.store"))


@pytest.mark.parametrize("layer", ["search", "answer"])
def test_search_and_answer_never_import_front_ends(layer):
    for path in (PACKAGE / layer).rglob("*.py"):
        assert not reaches(imported_modules(path), (*FRONT_ENDS, "fastapi", "textual")), path


@pytest.mark.subprocess
def test_importing_the_core_loads_no_front_end():
    code = ("import json, sys, assistant.core, assistant.answer, assistant.search.retrieve; "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('fastapi', 'textual', "
            "'starlette', 'uvicorn') or m.startswith(('assistant.api', 'assistant.tui')))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent)
    assert json.loads(out.stdout) == []
