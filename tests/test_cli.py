"""The command line as scripts use it: exactly one JSON object, exit codes, French messages."""

from __future__ import annotations

import pytest

from helpers import one_json, run_cli

pytestmark = pytest.mark.subprocess

CITATION_KEYS = {"n", "doc", "title", "location", "url", "text", "score"}


def test_ask_json_is_one_object_with_cited_passages(sample_settings):
    result = run_cli("ask", "Combien de quartiers prioritaires compte la région Hauts-de-France ?",
                     "--index", str(sample_settings.index_dir), "--json", "--k", "4")
    assert result.returncode == 0, result.stderr
    data = one_json(result.stdout)
    assert data["question"].startswith("Combien de quartiers")
    assert set(data["answer"]) >= {"text", "abstained"} and data["answer"]["abstained"] is False
    assert len(data["citations"]) == 4
    for n, citation in enumerate(data["citations"], start=1):
        assert CITATION_KEYS <= set(citation)
        assert citation["n"] == n and citation["text"]
    assert "199 quartiers prioritaires" in " ".join(c["text"] for c in data["citations"])
    assert "[1]" in data["answer"]["text"] or "[2]" in data["answer"]["text"]


def test_ask_without_json_prints_the_answer_and_its_sources(sample_settings):
    result = run_cli("ask", "Qui est venue témoigner pour le CLSM de Roubaix ?",
                     "--index", str(sample_settings.index_dir))
    assert result.returncode == 0, result.stderr
    assert "[1]" in result.stdout and "Alicia RENARD" in result.stdout
    assert "https://" in result.stdout or "http://" in result.stdout
    out = " ".join(result.stdout.split())  # (rich wraps long source lines)
    assert "2 février 2023" in out and "2023-02-02" not in out  # dates as the TUI and the widget show them


def test_filters_restrict_the_sources(sample_settings):
    result = run_cli("ask", "conseil local de santé mentale", "--index", str(sample_settings.index_dir),
                     "--json", "--region", "Occitanie", "--from", "2024-01-01")
    citations = one_json(result.stdout)["citations"]
    assert citations and all(c["doc"].startswith("2024-04-23") for c in citations)
    # a kind by the French label the assistant shows, a region in lower case
    result = run_cli("ask", "conseil local de santé mentale", "--index", str(sample_settings.index_dir),
                     "--json", "--kind", "rapport", "--region", "hauts-de-france")
    citations = one_json(result.stdout)["citations"]
    assert citations and all(c["doc"].startswith("2017-11-09_fts") for c in citations)


def test_ask_without_index_says_how_to_build_it(tmp_path):
    result = run_cli("ask", "Qu'est-ce qu'un CLSM ?", "--index", str(tmp_path / "vide"))
    assert result.returncode == 2
    assert "Aucun index" in result.stderr and "cli.py ingest" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_json_reports_failures_and_strict_changes_the_exit_code(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text("Les élus président le conseil local de santé mentale.", "utf-8")
    (corpus / "illisible.pdf").write_bytes(b"%PDF-1.7 garbage")
    args = ("ingest", "--corpus", str(corpus), "--index", str(tmp_path / "index"), "--json")
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    report = one_json(result.stdout)
    assert set(report) == {"added", "updated", "unchanged", "removed", "failed", "warnings", "ocr", "generation"}
    assert report["added"] == ["note.txt"] and report["generation"] == "gen-000001"
    assert [f["path"] for f in report["failed"]] == ["illisible.pdf"] and report["failed"][0]["reason"]
    strict = run_cli(*args, "--strict")
    assert strict.returncode == 1
    assert one_json(strict.stdout)["unchanged"] == ["note.txt"]


def test_ingest_without_json_shows_progress_and_a_french_report(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.md").write_text("# Titre\n\nLe diagnostic partagé du territoire.", "utf-8")
    result = run_cli("ingest", "--corpus", str(corpus), "--index", str(tmp_path / "index"))
    assert result.returncode == 0, result.stderr
    assert "Lecture des fichiers" in result.stderr and "Calcul des vecteurs" in result.stderr
    assert "Ajoutés : 1" in result.stdout and "En échec : 0" in result.stdout


def test_glossary_shows_acronyms_mined_from_the_corpus(sample_settings):
    result = run_cli("glossary", "--index", str(sample_settings.index_dir), "--json")
    glossary = one_json(result.stdout)
    assert any("santé mentale" in form.lower() for form in glossary["CLSM"])
    assert any("ville" in form.lower() for form in glossary["ASV"])


def test_missing_corpus_folder_is_a_clear_error(tmp_path):
    result = run_cli("ingest", "--corpus", str(tmp_path / "absent"), "--index", str(tmp_path / "index"))
    assert result.returncode == 2
    assert "n'existe pas" in result.stderr and "Traceback" not in result.stderr


def test_serve_reads_cors_origins_as_the_readme_writes_them(sample_settings):
    """`ASSISTANT_CORS_ORIGINS=a,b python cli.py serve` starts (the comma-separated form), and a JSON list too."""
    import socket
    import time

    import httpx

    from helpers import start_cli

    for value in ("https://ressources-clsm.example, https://autre.example",
                  '["https://ressources-clsm.example"]'):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = start_cli("serve", "--index", str(sample_settings.index_dir), "--port", str(port),
                           ASSISTANT_CORS_ORIGINS=value)
        try:
            deadline = time.monotonic() + 120
            while True:
                assert server.poll() is None, server.communicate()[1]
                try:
                    r = httpx.get(f"http://127.0.0.1:{port}/healthz",
                                  headers={"Origin": "https://ressources-clsm.example"}, timeout=2)
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline, "le serveur n'a pas démarré"
                    time.sleep(0.3)
            assert r.status_code == 200
            assert r.headers["access-control-allow-origin"] == "https://ressources-clsm.example"
            other = httpx.get(f"http://127.0.0.1:{port}/healthz", headers={"Origin": "https://pirate.example"})
            assert "access-control-allow-origin" not in other.headers
        finally:
            server.terminate()
            server.communicate(timeout=30)


def test_a_bad_setting_stops_the_command_with_one_french_line(sample_settings):
    result = run_cli("ask", "Qu'est-ce qu'un CLSM ?", "--index", str(sample_settings.index_dir),
                     ASSISTANT_TOP_K="cinq")
    assert result.returncode == 2
    assert "ASSISTANT_TOP_K" in result.stderr and "nombre entier" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_choice_names_the_setting_and_the_values_it_takes(sample_settings):
    result = run_cli("ask", "Qu'est-ce qu'un CLSM ?", "--index", str(sample_settings.index_dir),
                     ASSISTANT_FUSION="normalized")
    assert result.returncode == 2
    assert "ASSISTANT_FUSION" in result.stderr and "'normalised'" in result.stderr and "'rrf'" in result.stderr
    assert "Traceback" not in result.stderr


def test_add_stores_catalogues_and_indexes_a_document_and_refuses_a_broken_one(tmp_path):
    from conftest import FAST_EMBEDDER

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Le conseil local de santé mentale réunit les élus.", "utf-8")
    note = tmp_path / "Compte rendu zététique.md"
    note.write_text("# Comité\n\nLe comité zététique du CLSM s'est réuni à Montauban le 3 mars.\n\n"
                    "Le groupe logement du CLSM de Figeac se réunit chaque premier mardi du mois.", "utf-8")
    common = ("--corpus", str(corpus), "--index", str(index))
    added = run_cli("add", str(note), "--title", "Compte rendu du comité", "--kind", "report",
                    "--date", "2025-03-03", "--organiser", "CLSM de Montauban", "--json", *common,
                    ASSISTANT_EMBEDDER=FAST_EMBEDDER)
    assert added.returncode == 0, added.stderr
    body = one_json(added.stdout)
    assert body["indexed"] and body["file"] == "Compte-rendu-zetetique.md"
    assert 'title = "Compte rendu du comité"' in (corpus / "catalog.toml").read_text("utf-8")
    answer = run_cli("ask", "Où s'est réuni le comité zététique ?", "--json", "--index", str(index),
                     ASSISTANT_EMBEDDER=FAST_EMBEDDER)
    assert "Montauban" in one_json(answer.stdout)["answer"]["text"]
    # "quand" answered by a recurrence, not a date: still an answer
    when = run_cli("ask", "Quand se réunit le groupe logement du CLSM de Figeac ?", "--json", "--index", str(index),
                   ASSISTANT_EMBEDDER=FAST_EMBEDDER)
    assert "chaque premier mardi du mois" in one_json(when.stdout)["answer"]["text"]
    again = run_cli("add", str(note), *common, ASSISTANT_EMBEDDER=FAST_EMBEDDER)
    assert again.returncode == 2 and "existe déjà" in again.stderr and "--replace" in again.stderr
    broken = tmp_path / "vide.pdf"
    broken.write_bytes(b"%PDF-1.4\n%%EOF\n")
    refused = run_cli("add", str(broken), "--title", "Vide", *common, ASSISTANT_EMBEDDER=FAST_EMBEDDER)
    assert refused.returncode == 2 and "n'a pas pu être indexé" in refused.stderr
    assert not (corpus / "vide.pdf").exists() and "Vide" not in (corpus / "catalog.toml").read_text("utf-8")


def test_tuning_is_read_from_the_environment_and_the_toml_file_as_the_readme_writes_them(sample_settings, tmp_path):
    question = "How many local mental health councils were active in France at the end of 2016?"
    args = ("ask", question, "--json", "--index", str(sample_settings.index_dir))
    default = one_json(run_cli(*args).stdout)["answer"]["sentences"]
    assert len(default) >= 2
    one = one_json(run_cli(*args, ASSISTANT_TUNING__MAX_SENTENCES="1").stdout)["answer"]["sentences"]
    assert one == default[:1]
    config = tmp_path / "assistant.toml"
    config.write_text("[tuning]\nmax_sentences = 1\n", "utf-8")
    assert one_json(run_cli(*args, ASSISTANT_CONFIG=str(config)).stdout)["answer"]["sentences"] == default[:1]
    bad = run_cli(*args, ASSISTANT_TUNING__RANK_DECAY="2")
    assert bad.returncode == 2 and "ASSISTANT_TUNING__RANK_DECAY" in bad.stderr and "inférieure à 1" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_a_misspelt_embedder_stops_at_start_and_lists_the_choices(sample_settings):
    result = run_cli("ask", "Qu'est-ce qu'un CLSM ?", "--index", str(sample_settings.index_dir),
                     ASSISTANT_EMBEDDER="e5-smal")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "ASSISTANT_EMBEDDER" in result.stderr and "e5-small" in result.stderr and "organisation/nom" in result.stderr


def test_a_bad_trusted_proxy_address_stops_the_server_with_one_french_line():
    result = run_cli("serve", "--port", "8799", ASSISTANT_TRUSTED_PROXIES="127.0.0.1,mon-proxy")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "ASSISTANT_TRUSTED_PROXIES" in result.stderr and "10.0.0.0/8" in result.stderr


@pytest.mark.parametrize("args, said", [
    (("ask", "Qu'est-ce qu'un CLSM ?", "--bogus"), "arguments inconnus : --bogus"),
    (("ask",), "argument obligatoire manquant : question"),
    (("ask", "Qu'est-ce qu'un CLSM ?", "--k", "abc"), "valeur invalide : 'abc' (attendu : un nombre entier)"),
    (("frobnicate",), "choix inconnu : 'frobnicate'"),
])
def test_a_mistyped_command_line_is_a_french_error_with_exit_code_2(args, said):
    result = run_cli(*args)
    assert result.returncode == 2
    assert said in result.stderr and "erreur" in result.stderr and "utilisation :" in result.stderr, result.stderr
    assert "error" not in result.stderr.replace("erreur", "")


def test_help_is_french():
    result = run_cli("ask", "--help")
    assert result.returncode == 0
    assert "utilisation :" in result.stdout and "affiche cette aide et quitte" in result.stdout, result.stdout
    assert "usage:" not in result.stdout and "show this help" not in result.stdout


@pytest.mark.parametrize("args, said", [
    (("--kind", "video"), "Type de document inconnu : « video ». Types possibles : « diaporama »"),
    (("--from", "2030", "--to", "2020"), "La période se termine avant de commencer"),
    (("--from", "demain"), "Date de début illisible : « demain »"),
])
def test_a_filter_that_would_match_nothing_by_mistake_is_a_french_error(sample_settings, args, said):
    result = run_cli("ask", "Que veut dire PTSM ?", "--index", str(sample_settings.index_dir), *args)
    assert result.returncode == 2 and said in result.stderr, result.stderr
