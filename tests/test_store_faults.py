"""Faults during a refresh: kill -9 at any moment, concurrent refreshes, readers swapping generations."""

from __future__ import annotations

import threading
import time

import pytest

from conftest import FAST_EMBEDDER, make_settings
from helpers import one_json, run_cli, start_cli
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from assistant.core import Assistant
from assistant.store.lock import writer_lock
from assistant.store.snapshot import current_generation

pytestmark = pytest.mark.subprocess  # every test here runs `cli.py ingest` in a child process

WORDS = ("santé mentale conseil local quartier habitants élus psychiatrie prévention coordination "
         "partenaires diagnostic territoire logement insertion jeunesse précarité parcours").split()


def write_long_pdf(path, pages: int, seed: int) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    for p in range(pages):
        y = 800
        for line in range(40):
            words = [WORDS[(seed * 7 + p * 13 + line * 5 + i * 3) % len(WORDS)] for i in range(11)]
            c.drawString(40, y, f"{' '.join(words)} {seed}-{p}-{line}.")
            y -= 19
        c.showPage()
    c.save()


def test_kill_9_at_any_moment_leaves_the_previous_generation_live(tmp_path):
    settings = make_settings(tmp_path)
    settings.corpus_dir.mkdir()
    (settings.corpus_dir / "note.txt").write_text("Le conseil local de santé mentale réunit les élus.", "utf-8")
    Assistant(settings).refresh()
    for n in range(4):
        write_long_pdf(settings.corpus_dir / f"long-{n}.pdf", pages=30, seed=n)
    args = ("ingest", "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir), "--json")
    killed = 0
    for delay in (0.2, 0.8, 1.5, 2.5):
        process = start_cli(*args, ASSISTANT_EMBEDDER=FAST_EMBEDDER)
        time.sleep(delay)
        process.kill()
        process.wait()
        killed += process.returncode == -9
        live = current_generation(settings.index_dir)
        assert live is not None
        reader = Assistant(settings)
        reader.load()  # the live generation is complete and readable
        assert reader.ask("conseil local de santé mentale élus").citations
        if process.returncode == -9:
            assert live == "gen-000001"
    assert killed >= 2
    result = run_cli(*args, ASSISTANT_EMBEDDER=FAST_EMBEDDER)
    assert result.returncode == 0, result.stderr
    report = one_json(result.stdout)
    assert sorted(report["added"]) == [f"long-{n}.pdf" for n in range(4)]
    assert report["generation"] != "gen-000001"
    assert not list(settings.index_dir.glob(".gen-*")), "temporary folders of killed refreshes are cleaned"
    assert Assistant(settings).stats().documents == 5


def test_a_second_refresh_says_another_is_running_or_waits(tmp_path):
    settings = make_settings(tmp_path)
    settings.corpus_dir.mkdir()
    (settings.corpus_dir / "note.txt").write_text("Les ateliers santé ville précèdent les conseils.", "utf-8")
    args = ("ingest", "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir), "--json")
    with writer_lock(settings.index_dir):
        busy = run_cli(*args, ASSISTANT_EMBEDDER=FAST_EMBEDDER)
    assert busy.returncode == 3
    assert "Une autre mise à jour de l'index est déjà en cours" in busy.stderr
    assert busy.stdout == "" and current_generation(settings.index_dir) is None

    held = threading.Event()

    def hold_for_a_second():
        with writer_lock(settings.index_dir):
            held.set()
            time.sleep(1.0)

    holder = threading.Thread(target=hold_for_a_second)
    holder.start()
    held.wait()
    waited = run_cli(*args, "--wait", "30", ASSISTANT_EMBEDDER=FAST_EMBEDDER)
    holder.join()
    assert waited.returncode == 0, waited.stderr
    assert one_json(waited.stdout)["added"] == ["note.txt"]


def test_a_reader_swaps_to_a_generation_written_by_another_process(sample_copy):
    reader = Assistant(sample_copy)
    reader.load()
    before = reader.stats().generation
    assert reader.reload_if_changed() is False
    (sample_copy.corpus_dir / "compte-rendu-zetetique.txt").write_text(
        "Le comité zététique du conseil local s'est réuni à Montauban le 3 mars.", "utf-8")
    result = run_cli("ingest", "--corpus", str(sample_copy.corpus_dir), "--index", str(sample_copy.index_dir), "--json")
    assert result.returncode == 0, result.stderr
    assert reader.reload_if_changed() is True
    assert reader.stats().generation != before
    assert reader.ask("comité zététique Montauban").citations[0].doc == "compte-rendu-zetetique"
