"""Small helpers for tests that run the real command line in a separate process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["ASSISTANT_CONFIG"] = str(ROOT / "tests" / "no-such-config.toml")
    if "ASSISTANT_DATA_DIR" in os.environ:  # the tests' question log (conftest.py), not the repository's data/
        env["ASSISTANT_DATA_DIR"] = os.environ["ASSISTANT_DATA_DIR"]
    env.update(extra)
    return env


def run_cli(*args: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess:
    """Run `python cli.py ARGS` from the repository root and capture its output."""
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], cwd=ROOT, env=cli_env(**env),
                          capture_output=True, text=True, timeout=timeout)


def start_cli(*args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "cli.py"), *args], cwd=ROOT, env=cli_env(**env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=ctrl_c_heard)


def ctrl_c_heard() -> None:
    """In the child, Ctrl+C does what it does in a terminal, even when the suite runs in the background (`nohup`,
    `make test &`: the shell then starts it with SIGINT ignored, and the child would inherit that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def one_json(stdout: str) -> dict:
    """The output must be exactly one JSON object."""
    value = json.loads(stdout)
    assert isinstance(value, dict)
    return value
