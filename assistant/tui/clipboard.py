"""Copying out of the terminal: a clipboard tool when one answers, tmux's paste buffer, never a guess.

The OSC 52 escape the app also sends can be ignored by the terminal (tmux does by default) and nothing
tells the app; only a tool's exit status (wl-copy, xclip, xsel, pbcopy) or tmux's confirms a copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass

TOOL_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class CopyResult:
    """What became of a copy: `tool` names the clipboard tool that took it (the copy is confirmed);
    `tmux` says it is in tmux's paste buffer; `in_tmux` that the app runs inside tmux at all."""

    tool: str | None = None
    tmux: bool = False
    in_tmux: bool = False

    @property
    def confirmed(self) -> bool:
        return self.tool is not None


def clipboard_tools(env: Mapping[str, str]) -> list[list[str]]:
    """The clipboard commands that may work here, the likeliest first."""
    tools: list[list[str]] = []
    if sys.platform == "darwin":
        tools.append(["pbcopy"])
    if env.get("WAYLAND_DISPLAY"):
        tools.append(["wl-copy"])
    if env.get("DISPLAY"):
        tools += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    return [tool for tool in tools if shutil.which(tool[0], path=env.get("PATH"))]


def _run(command: list[str], text: str, env: Mapping[str, str]) -> bool:
    try:
        done = subprocess.run(command, input=text.encode("utf-8"), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=TOOL_TIMEOUT_S, env=dict(env), check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def copy_text(text: str, env: Mapping[str, str] | None = None) -> CopyResult:
    """Copy `text` with the first clipboard tool that accepts it, and into tmux's buffer inside tmux."""
    env = os.environ if env is None else env
    in_tmux = bool(env.get("TMUX")) and shutil.which("tmux", path=env.get("PATH")) is not None
    tmux = False
    if in_tmux:
        # -w also hands the text to the outer terminal's clipboard when tmux may (set-clipboard)
        tmux = _run(["tmux", "load-buffer", "-w", "-"], text, env) or _run(["tmux", "load-buffer", "-"], text, env)
    for tool in clipboard_tools(env):
        if _run(tool, text, env):
            return CopyResult(tool=tool[0], tmux=tmux, in_tmux=in_tmux)
    return CopyResult(tool=None, tmux=tmux, in_tmux=in_tmux)
