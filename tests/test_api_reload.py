"""A refresh made by another process is served without restart, and no request fails meanwhile."""

from __future__ import annotations

import pytest

import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from api_support import ErrorLog, assert_french_error, copy_index, serve

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parent.parent
NEW_DOC = (
    "# Maraudes santé mentale à Roubaix\n\n"
    "Les maraudes santé mentale de Roubaix associent une infirmière de secteur et un médiateur pair "
    "qui vont chaque vendredi à la rencontre des habitants isolés du quartier de l'Alma.\n"
)
QUESTIONS = ["Comment impliquer les élus dans un CLSM ?", "Combien de CLSM en Occitanie ?",
             "Qu'est-ce qu'un contrat local de santé ?", "Quels sont les enjeux de santé mentale dans les quartiers ?"]


def test_ingest_in_another_process_is_picked_up_without_failures(sample_settings, tmp_path):
    settings = copy_index(sample_settings, tmp_path, rate_limit_per_minute=0)
    (settings.corpus_dir / "2024-06-14_maraudes-roubaix.md").write_text(NEW_DOC, encoding="utf-8")
    failures: list[str] = []
    statuses: list[int] = []
    stop = threading.Event()

    def hammer(url: str) -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            i = 0
            while not stop.is_set():
                try:
                    response = http.post("/v1/ask", json={"question": QUESTIONS[i % len(QUESTIONS)]})
                    statuses.append(response.status_code)
                    if response.status_code != 200 or not response.json()["citations"]:
                        failures.append(f"{response.status_code} {response.text[:200]}")
                except httpx.HTTPError as exc:  # a dropped connection is a failure too
                    failures.append(repr(exc))
                i += 1

    with ErrorLog() as log:
        server = serve(settings, reload_interval=0.2)
        try:
            with httpx.Client(base_url=server.url, timeout=30) as http:
                before = http.get("/readyz").json()["generation"]
                workers = [threading.Thread(target=hammer, args=(server.url,)) for _ in range(3)]
                for w in workers:
                    w.start()
                time.sleep(0.5)
                code = (
                    "import json, sys\n"
                    "from assistant.config import Settings\n"
                    "from assistant.core import Assistant\n"
                    "settings = Settings(**json.loads(sys.argv[1]))\n"
                    "report = Assistant(settings).refresh()\n"
                    "print(json.dumps(report.to_dict()))\n"
                )
                done = subprocess.run([sys.executable, "-c", code, settings.model_dump_json()], cwd=ROOT,
                                      capture_output=True, text=True, timeout=300)
                assert done.returncode == 0, done.stderr
                report = json.loads(done.stdout.strip().splitlines()[-1])
                assert report["added"] == ["2024-06-14_maraudes-roubaix.md"]

                deadline = time.monotonic() + 15
                while http.get("/readyz").json()["generation"] == before:
                    assert time.monotonic() < deadline, "la nouvelle génération n'a pas été chargée"
                    time.sleep(0.1)
                assert http.get("/readyz").json()["generation"] == report["generation"]
                time.sleep(0.5)  # requests keep flowing on the new generation
                stop.set()
                for w in workers:
                    w.join(timeout=30)
                answer = http.post("/v1/ask", json={"question": "Que font les maraudes santé mentale à Roubaix ?"})
                assert answer.json()["citations"][0]["doc"] == "2024-06-14_maraudes-roubaix"
                assert http.get("/readyz").json()["documents"] == 6
        finally:
            stop.set()
            server.stop()
    assert not failures, failures[:5]
    assert len(statuses) > 20
    assert not log.records, log.messages()


def test_server_started_before_any_index_serves_it_once_built(sample_settings, tmp_path):
    settings = sample_settings.model_copy(update={"corpus_dir": tmp_path / "corpus", "index_dir": tmp_path / "index"})
    with ErrorLog() as log:
        server = serve(settings, reload_interval=0.2)
        try:
            with httpx.Client(base_url=server.url, timeout=30) as http:
                assert http.get("/healthz").status_code == 200
                assert_french_error(http.get("/readyz"), 503, "pas encore chargé")
                assert_french_error(http.post("/v1/ask", json={"question": "CLSM ?"}), 503, "Aucun index")
                # Publish a generation the way a refresh does: the folder first, CURRENT last.
                live = (sample_settings.index_dir / "CURRENT").read_text().strip()
                shutil.copytree(sample_settings.index_dir / live, settings.index_dir / live)
                (settings.index_dir / "CURRENT").write_text(live + "\n")
                deadline = time.monotonic() + 15
                while http.get("/readyz").status_code != 200:
                    assert time.monotonic() < deadline, "l'index n'a pas été chargé"
                    time.sleep(0.1)
                assert http.get("/readyz").json()["generation"] == live
                assert http.post("/v1/ask", json={"question": "Combien de CLSM en Occitanie ?"}).json()["citations"]
        finally:
            server.stop()
    assert not log.records, log.messages()
