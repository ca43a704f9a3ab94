"""Watching the corpus folder: real files, the real watcher, the real index; `cli.py watch` and a real server."""

from __future__ import annotations

import queue
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest
from api_support import serve
from conftest import make_settings
from helpers import run_cli, start_cli

from assistant.core import Assistant
from assistant.corpus_watch import is_partial_name, watch_corpus

FIRST = "Le conseil local de santé mentale réunit les élus, la psychiatrie et les usagers du territoire."
CHUNKS = [  # a document copied in several writes; its last words only arrive with the last write
    "# Équipe mobile de Tourcoing\n\n",
    "L'équipe mobile psychiatrie précarité de Tourcoing va à la rencontre des personnes sans abri. ",
    "Elle travaille avec les maraudes du Samu social et les centres d'hébergement. ",
    "Chaque jeudi elle tient une permanence au centre Zéphyrine avec un médiateur pair.\n",
]


def corpus_with_one_document(tmp_path: Path, **overrides):
    settings = make_settings(tmp_path, watch_debounce_s=0.2, **overrides)
    settings.corpus_dir.mkdir()
    (settings.corpus_dir / "conseil.txt").write_text(FIRST, "utf-8")
    return settings


def wait_for(predicate, timeout: float = 30.0, what: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"délai dépassé : {what}")


def docs(assistant: Assistant) -> set[str]:
    return {d.meta.path for d in assistant.documents()}


def test_partial_and_hidden_names_are_not_documents():
    for name in ("rapport.pdf.part", "rapport.pdf.crdownload", "~$rapport.docx", "note.tmp", ".cache/a.pdf",
                 ".rapport.pdf.Xy12", "notes.md~"):
        assert is_partial_name(Path(name)), name
    for name in ("rapport.pdf", "sous-dossier/note.md", "catalog.toml", "part.txt"):
        assert not is_partial_name(Path(name)), name


def test_a_file_copied_in_several_writes_is_indexed_once_whole_then_changed_then_removed(tmp_path):
    settings = corpus_with_one_document(tmp_path, watch_settle_s=1.0)
    assistant = Assistant(settings)
    lines: list[tuple[float, str]] = []
    stop = threading.Event()
    thread = threading.Thread(target=watch_corpus, args=(assistant, lambda line: lines.append((time.monotonic(), line)),
                                                         stop), daemon=True)
    thread.start()
    try:
        wait_for(lambda: lines, what="la mise à jour au démarrage")
        assert "ajoutés : conseil.txt" in lines[0][1] and "gen-000001" in lines[0][1]

        # a download in progress under a temporary name wakes nothing
        (settings.corpus_dir / "rapport.pdf.crdownload").write_bytes(b"%PDF-1.4 en cours")
        target = settings.corpus_dir / "equipe-mobile.md"
        with target.open("w", encoding="utf-8") as out:
            for chunk in CHUNKS:
                out.write(chunk)
                out.flush()
                time.sleep(0.25)
                assert len(lines) == 1, f"mise à jour pendant la copie : {lines[1:]}"
        last_write = time.monotonic()
        wait_for(lambda: len(lines) == 2, what="la mise à jour après la copie")
        when, line = lines[1]
        assert when - last_write >= 0.8, "indexé avant que le fichier ne soit stable"
        assert "ajoutés : equipe-mobile.md" in line and "gen-000002" in line and "crdownload" not in line
        time.sleep(0.6)
        assert len(lines) == 2, f"une seule mise à jour attendue : {lines}"
        hits = assistant.search("permanence au centre Zéphyrine", k=1)
        assert hits[0].passage.doc_id == "equipe-mobile" and "médiateur pair" in hits[0].passage.text

        target.write_text(CHUNKS[0] + "L'équipe mobile de Tourcoing ouvre une antenne à Wattrelos.\n", "utf-8")
        wait_for(lambda: len(lines) == 3, what="la mise à jour après la modification")
        assert "mis à jour : equipe-mobile.md" in lines[2][1]
        assert "Wattrelos" in assistant.search("antenne Wattrelos", k=1)[0].passage.text

        (settings.corpus_dir / "conseil.txt").unlink()
        wait_for(lambda: len(lines) == 4, what="la mise à jour après le retrait")
        assert "retirés : conseil.txt" in lines[3][1]
        assert docs(assistant) == {"equipe-mobile.md"}
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()


def read_lines(stream) -> queue.Queue:
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line.rstrip("\n")) for line in stream], daemon=True).start()
    return lines


def next_line(lines: queue.Queue, timeout: float = 60.0) -> str:
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        raise AssertionError("aucune ligne de cli.py watch") from None


@pytest.mark.subprocess
def test_cli_watch_with_the_settings_the_readme_writes_and_ctrl_c(tmp_path):
    from conftest import FAST_EMBEDDER

    settings = corpus_with_one_document(tmp_path)
    env = {"ASSISTANT_CORPUS_DIR": str(settings.corpus_dir), "ASSISTANT_INDEX_DIR": str(settings.index_dir),
           "ASSISTANT_EMBEDDER": FAST_EMBEDDER, "ASSISTANT_WATCH_DEBOUNCE_S": "0.2", "ASSISTANT_WATCH_SETTLE_S": "0.5"}
    watcher = start_cli("watch", **env)
    try:
        lines = read_lines(watcher.stdout)
        assert next_line(lines).startswith("Surveillance du dossier")
        assert "ajoutés : conseil.txt" in next_line(lines)
        (settings.corpus_dir / "equipe-mobile.md").write_text("".join(CHUNKS), "utf-8")
        assert "ajoutés : equipe-mobile.md" in next_line(lines)
        found = run_cli("ask", "Où se tient la permanence de l'équipe mobile ?", "--json", **env)
        assert "Zéphyrine" in found.stdout, found.stderr
        watcher.send_signal(signal.SIGINT)
        assert next_line(lines) == "Surveillance arrêtée."
        assert watcher.wait(timeout=20) == 0
        assert "Traceback" not in watcher.stderr.read()
    finally:
        if watcher.poll() is None:
            watcher.kill()
            watcher.wait()


@pytest.mark.subprocess
def test_cli_watch_without_its_corpus_folder_is_one_french_line(tmp_path):
    result = run_cli("watch", "--corpus", str(tmp_path / "absent"), "--index", str(tmp_path / "index"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "n'existe pas" in result.stderr and "ASSISTANT_CORPUS_DIR" in result.stderr


@pytest.mark.server
def test_a_server_with_watch_corpus_serves_added_and_removed_documents_by_itself(tmp_path):
    settings = corpus_with_one_document(tmp_path, watch_corpus=True, watch_settle_s=0.5)
    Assistant(settings).refresh()
    server = serve(settings)
    try:
        with httpx.Client(base_url=server.url, timeout=30) as http:
            def listed() -> set[str]:
                return {d["path"] for d in http.get("/v1/documents").json()["documents"]}

            assert listed() == {"conseil.txt"}
            (settings.corpus_dir / "equipe-mobile.md").write_text("".join(CHUNKS), "utf-8")
            wait_for(lambda: listed() == {"conseil.txt", "equipe-mobile.md"}, what="le document ajouté servi")
            hits = http.get("/v1/search", params={"q": "permanence centre Zéphyrine"}).json()
            assert hits["hits"][0]["doc"] == "equipe-mobile"
            (settings.corpus_dir / "conseil.txt").unlink()
            wait_for(lambda: listed() == {"equipe-mobile.md"}, what="le document retiré")
    finally:
        server.stop()
