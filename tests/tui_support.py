"""Shared helpers of the TUI tests (no tests here): a tiny corpus indexed for real, and a wait helper.

The tiny corpus has three documents (two Markdown files with sections, one plain text file) and a
catalog giving their kind, region, date, organisers and url, so that screens are small and the
ranking of the questions the tests ask is unambiguous. The index is built by the real `Assistant`
with `SOURCE_DATE_EPOCH` pinned, so its build time (shown in the status line) is fixed.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.core import Assistant
from conftest import make_settings

BUILT_AT_EPOCH = "1714644000"  # 2024-05-02 10:00 UTC (12:00 in Paris)

CATALOG = """\
["2024-04-23_ccoms_clsm-occitanie.md"]
title = "Le conseil local de santé mentale, un outil en Occitanie"
kind = "slides"
date = 2024-04-23
organisers = ["CCOMS"]
region = "Occitanie"
url = "http://ressources-clsm.org/"

["2024-04-23_ars-occitanie_cls-sante-mentale.txt"]
title = "La santé mentale dans les contrats locaux de santé"
kind = "slides"
date = 2024-04-23
organisers = ["ARS Occitanie"]
region = "Occitanie"

["2017-11-09_fts_sante-mentale-politique-de-la-ville.md"]
title = "Santé mentale et politique de la ville"
kind = "report"
date = 2017-11-09
organisers = ["Fabrique Territoires Santé", "IREV"]
region = "Hauts-de-France"
url = "http://www.fabrique-territoires-sante.org/"
"""

CCOMS = """\
# Le conseil local de santé mentale

## Définition

Le conseil local de santé mentale (CLSM) est une plateforme de concertation et de coordination entre \
les élus locaux, la psychiatrie publique, les usagers et les aidants d'un territoire. Il définit des \
politiques locales et des actions pour améliorer la santé mentale de la population.

## Gouvernance

Un conseil local de santé mentale est présidé par un élu local et co-animé par la psychiatrie publique. \
Son comité de pilotage réunit les partenaires une à deux fois par an et fixe les priorités de travail du \
conseil pour les années à venir.

## Impliquer les élus

Pour impliquer les élus, le CLSM s'appuie sur une convention signée par le maire et sur un coordinateur \
dédié qui anime le comité de pilotage. Les élus présentent les actions du conseil en conseil municipal et \
portent ses priorités auprès des partenaires.

## En Occitanie

En Occitanie, trente-deux CLSM sont en fonctionnement en 2024, surtout dans les grandes agglomérations. \
Une dizaine de projets sont en préparation dans les villes moyennes de la région, accompagnés par le \
centre national de ressources.
"""

ARS = """\
Le contrat local de santé (CLS) peut comporter un volet santé mentale, qui s'articule avec le contrat de \
ville dans les quartiers prioritaires. Le volet santé mentale du CLS peut s'appuyer sur un CLSM existant \
ou préfigurer sa création. L'ARS Occitanie accompagne les collectivités dans l'élaboration des contrats \
locaux de santé.
"""

FTS = """\
# Santé mentale et politique de la ville

## La journée d'Amiens

La journée régionale d'Amiens a réuni les acteurs de la santé mentale et de la politique de la ville des \
Hauts-de-France. Professionnels, associations et habitants ont partagé leurs expériences au cours de trois \
tables rondes et de plusieurs ateliers.

## Les ateliers santé ville

Les ateliers santé ville (ASV) mobilisent les habitants des quartiers prioritaires autour de la santé \
mentale. Ils organisent des groupes de parole, des formations de premiers secours et des temps d'échange \
avec les professionnels du soin.

## Le rôle des élus

Dans les Hauts-de-France, les élus locaux ont un rôle clé dans la création d'un CLSM : ils en assurent la \
présidence. Leur engagement conditionne la durée du conseil et la mobilisation des services municipaux \
autour de ses actions.
"""

TINY_FILES = {
    "catalog.toml": CATALOG,
    "2024-04-23_ccoms_clsm-occitanie.md": CCOMS,
    "2024-04-23_ars-occitanie_cls-sante-mentale.txt": ARS,
    "2017-11-09_fts_sante-mentale-politique-de-la-ville.md": FTS,
}
CCOMS_DOC = "2024-04-23_ccoms_clsm-occitanie"
ARS_DOC = "2024-04-23_ars-occitanie_cls-sante-mentale"
FTS_DOC = "2017-11-09_fts_sante-mentale-politique-de-la-ville"


def write_tiny_corpus(corpus_dir: Path) -> None:
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for name, text in TINY_FILES.items():
        (corpus_dir / name).write_text(text, encoding="utf-8")


def build_tiny_index(base: Path, **overrides) -> Settings:
    """Write the tiny corpus under `base/corpus` and index it for real into `base/index`."""
    settings = make_settings(base, **overrides)
    write_tiny_corpus(settings.corpus_dir)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", BUILT_AT_EPOCH)
        report = Assistant(settings).refresh()
    assert not report.failed, report.failed
    assert report.documents == 3, report
    return settings


def loaded_assistant(settings: Settings) -> Assistant:
    assistant = Assistant(settings)
    assistant.load()
    return assistant


async def settle(pilot, timeout: float = 60.0) -> None:
    """Wait until the app has loaded its index, no search runs and every worker has finished."""
    from textual.worker import WorkerState

    app = pilot.app
    deadline = time.monotonic() + timeout
    while True:
        await app.workers.wait_for_complete()
        await pilot.pause()
        busy = (
            getattr(app, "loading", False)
            or getattr(app, "searching", False)
            or any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers)
        )
        if not busy:
            break
        if time.monotonic() > deadline:
            raise TimeoutError("the app is still busy")
        await asyncio.sleep(0.02)
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()


async def ask(pilot, question: str) -> None:
    """Type a question, send it, and wait for its answer to be on screen."""
    app = pilot.app
    app.question_input.focus()
    app.question_input.value = question
    await pilot.press("enter")
    await settle(pilot)


def text_of(widget) -> str:
    """What a widget shows, as plain text."""
    return str(widget.render())


def make_app(assistant: Assistant):
    """The terminal app over a loaded facade."""
    from assistant.tui.app import AssistantApp

    return AssistantApp(assistant.settings, assistant)


def without_clipboard(monkeypatch) -> None:
    """The terminal of a person with no clipboard tool and no tmux: only OSC 52, which nothing confirms."""
    for name in ("TMUX", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)


class HeldCurrent:
    """The index's CURRENT file replaced by a named pipe: whoever reads it (loading the index, or the check
    made before each question) waits, for real, until `release()` writes the generation's name back.

    A slow disk made deterministic: the tests see the app while it loads or searches, as long as they like."""

    def __init__(self, index_dir: Path) -> None:
        self.current = Path(index_dir) / "CURRENT"
        self.generation = self.current.read_text("utf-8").strip()
        fifo = self.current.with_name("CURRENT.fifo")
        os.mkfifo(fifo)
        os.replace(fifo, self.current)

    def release(self) -> None:
        """Put the real CURRENT back, then let a reader waiting on the pipe read the generation's name."""
        regular = self.current.with_name("CURRENT.tmp")
        regular.write_text(self.generation, "utf-8")
        try:
            writer = os.open(self.current, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # ENXIO: nobody is reading the pipe (yet): the regular file will do
            writer = None
        os.replace(regular, self.current)
        if writer is not None:
            os.write(writer, self.generation.encode("utf-8"))
            os.close(writer)
