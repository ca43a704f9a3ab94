"""Shared fixtures: a real index built once per session from the sample corpus, and fresh copies of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.core import Assistant

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "corpus"


# Tests that are not about the model build their indexes with the fast packaged USE (a few ms a passage);
# the shared index of the sample corpus, which the answer and retrieval tests read, uses the product's default.
FAST_EMBEDDER = "use-multilingual"


def make_settings(base: Path, **overrides) -> Settings:
    """Settings rooted in `base` (corpus/, index/ and data/ inside it), ignoring any local config file; the
    fast embedder unless the test names one."""
    overrides.setdefault("embedder", FAST_EMBEDDER)
    overrides.setdefault("data_dir", base / "data")
    return Settings(corpus_dir=base / "corpus", index_dir=base / "index", **overrides)


def lexical_assistant(base: Path, files: dict[str, str], **overrides) -> Assistant:
    """The real facade over a few documents written for the test into `base/corpus` (name -> text, a
    catalog.toml among them if given), indexed without an embedder: the words alone decide, in milliseconds."""
    corpus = base / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    overrides.setdefault("embedder", "none")
    assistant = Assistant(make_settings(base, **overrides))
    assistant.refresh()
    return assistant


def pytest_configure(config):
    """No test reads the developer's own assistant.toml or ASSISTANT_* variables: cleared before any test
    module is imported (some build their Settings at import time)."""
    import os
    import tempfile

    for key in list(os.environ):
        if key.startswith("ASSISTANT_"):
            del os.environ[key]
    os.environ["ASSISTANT_CONFIG"] = str(Path(tempfile.mkdtemp(prefix="noconfig-")) / "absent.toml")
    # Questions asked by tests are logged in a temporary folder, never in the repository's data/.
    os.environ["ASSISTANT_DATA_DIR"] = tempfile.mkdtemp(prefix="test-data-")


@pytest.fixture(scope="session")
def sample_settings(tmp_path_factory) -> Settings:
    """A copy of the sample corpus with an index built from it (shared: do not modify)."""
    base = tmp_path_factory.mktemp("sample")
    shutil.copytree(SAMPLE_CORPUS, base / "corpus")
    settings = make_settings(base, embedder=Settings.model_fields["embedder"].default)
    report = Assistant(settings).refresh()
    assert not report.failed, report.failed
    return settings


@pytest.fixture(scope="session")
def sample_assistant(sample_settings) -> Assistant:
    assistant = Assistant(sample_settings)
    assistant.load()
    return assistant


def copy_index(sample: Settings, base: Path, **overrides) -> Settings:
    """A private copy of a corpus and its built index under `base`, free to modify (the one way tests copy
    an index)."""
    shutil.copytree(sample.corpus_dir, base / "corpus")
    shutil.copytree(sample.index_dir, base / "index", ignore=shutil.ignore_patterns(".refresh.lock", "*.lock"))
    return sample.model_copy(update={"corpus_dir": base / "corpus", "index_dir": base / "index",
                                     "data_dir": base / "data", **overrides})


@pytest.fixture
def sample_copy(sample_settings, tmp_path) -> Settings:
    """A private copy of the sample corpus and its built index, free to modify; refreshes embed with the
    fast embedder."""
    return copy_index(sample_settings, tmp_path, embedder=FAST_EMBEDDER)


def pytest_collection_modifyitems(items):
    """A test reading the sample index (directly or through another fixture) is marked `model`: its first
    use builds that index with the default embedder."""
    for item in items:
        if "sample_settings" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="module")
def errors():
    """Fails the module's tests if anything logged an ERROR while they ran (API modules use it)."""
    from api_support import ErrorLog

    with ErrorLog() as handler:
        yield handler
    assert not handler.records, handler.messages()


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Assistant:
    """The real facade over the TUI tests' tiny corpus (tests/tui_support.py), built and loaded once per
    module; the tests only read it."""
    from tui_support import build_tiny_index, loaded_assistant

    return loaded_assistant(build_tiny_index(tmp_path_factory.mktemp("tiny")))


@pytest.fixture(scope="module")
def script():
    """The replies of the module's stand-in chat server (tests/llm_standin.py); a test sets the next one."""
    from llm_standin import Script

    return Script()


@pytest.fixture(scope="module")
def chat(script):
    """A real chat server on loopback speaking the OpenAI protocol, answering from the module's `script`."""
    from llm_standin import StandInChat

    with StandInChat(script) as server:
        yield server
