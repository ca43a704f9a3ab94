"""The usage report: unanswered questions grouped by meaning with the real embedder, volumes, feedback and
documents cited, through the facade and through `cli.py report` in a child process (env as the README)."""

from __future__ import annotations

import csv
import json
import re
from datetime import date, timedelta

import pytest
from helpers import one_json, run_cli
from test_question_log import entry

from assistant.core import Assistant
from assistant.usage.report import ReportDateError, group_questions, parse_day, same_question_cosine
from tui_support import ARS_DOC, CCOMS_DOC, FTS_DOC

ANSWERED = "Comment impliquer les élus ?"
RATATOUILLE = ("Comment préparer une ratatouille ?", "comment préparer une ratatouille",
               "Quelle est la recette de la ratatouille ?")


def abstained(question: str, **fields):
    return entry(question, abstained=True, answer_kind="none", **fields)


def test_paraphrases_are_grouped_most_frequent_first(tiny):
    rows = [abstained(q) for q in RATATOUILLE] + [abstained("Combien de CLSM en Bretagne ?")] * 2 + [
        abstained("Comment associer les usagers au CLSM ?"),
        abstained("Comment faire participer les usagers dans un CLSM ?"),
        abstained("Comment associer les élus au CLSM ?")]
    groups = group_questions(rows, tiny.embed_questions, same_question_cosine("use-multilingual"))
    assert [(g.question, g.count) for g in groups] == [
        ("Comment préparer une ratatouille ?", 3),
        ("Combien de CLSM en Bretagne ?", 2),  # equal counts: alphabetical
        ("Comment associer les usagers au CLSM ?", 2),
        ("Comment associer les élus au CLSM ?", 1),
    ]
    assert groups[0].other_wordings == ["Quelle est la recette de la ratatouille ?"]  # the folded twin is one
    assert groups[2].other_wordings == ["Comment faire participer les usagers dans un CLSM ?"]


def test_questions_naming_other_places_or_years_are_never_merged(tiny):
    """Even at a low threshold, where the cosine alone would merge them."""
    rows = [abstained(q) for q in ("Combien de CLSM en Bretagne ?", "Combien de CLSM en Occitanie ?",
                                   "Combien de CLSM en 2023 ?", "Combien de CLSM en 2015 ?",
                                   "Combien de CLSM ?")]
    vectors = tiny.embed_questions([r.question for r in rows])
    assert float(vectors[0] @ vectors[1]) > 0.7 and float(vectors[2] @ vectors[3]) > 0.7
    groups = group_questions(rows, tiny.embed_questions, 0.7)
    assert len(groups) < len(rows)  # the threshold does merge some wordings…
    for group in groups:  # …but never two that name different places or years
        members = " ".join([group.question, *group.other_wordings])
        assert not ("Bretagne" in members and "Occitanie" in members), group
        assert not ("2023" in members and "2015" in members), group


def test_without_an_embedder_only_identical_wordings_group():
    rows = [abstained(q) for q in RATATOUILLE]
    groups = group_questions(rows, None, 0.9)
    assert [(g.question, g.count) for g in groups] == [("Comment préparer une ratatouille ?", 2),
                                                       ("Quelle est la recette de la ratatouille ?", 1)]


def test_a_bad_day_is_a_french_error():
    assert parse_day("2024-05-02") == date(2024, 5, 2) and parse_day("") is None
    with pytest.raises(ReportDateError, match="AAAA-MM-JJ"):
        parse_day("02/05/2024")


@pytest.fixture
def logged(tiny, tmp_path) -> Assistant:
    """A facade over the tiny index with a private log: real answers from every front end, one unanswered
    question asked three ways, one rated not useful, one row from last month."""
    assistant = Assistant(tiny.settings.model_copy(update={"data_dir": tmp_path / "data"}))
    assistant.load()
    useful = assistant.ask(ANSWERED, front_end="widget")
    assistant.feedback(useful.id, True)
    for question, front_end in zip(RATATOUILLE, ("widget", "api", "tui"), strict=True):
        assistant.ask(question, front_end=front_end)
    not_useful = assistant.ask("Combien de CLSM en Occitanie ?", front_end="cli")
    assert not not_useful.answer.abstained
    assistant.feedback(not_useful.id, False, "Je cherchais les chiffres de 2025.")
    assistant.question_log.record(entry("Question du mois dernier", abstained=True, answer_kind="none",
                                        asked_at=f"{date.today() - timedelta(days=40)}T09:00:00+02:00"))
    return assistant


def test_the_report_counts_groups_rates_and_cites(logged):
    report = logged.usage_report()
    today = date.today().isoformat()
    assert report.questions == 6 and report.unanswered_count == 4
    assert (report.rated_useful, report.rated_not_useful) == (1, 1)
    assert report.days[-1].day == today and report.days[-1].total == 5
    assert report.days[-1].by_front_end == {"api": 1, "cli": 1, "tui": 1, "widget": 2}
    assert report.front_ends == {"widget": 2, "api": 2, "tui": 1, "cli": 1}  # the old row came by the API
    assert [(g.question, g.count) for g in report.unanswered] == [("Comment préparer une ratatouille ?", 3),
                                                                  ("Question du mois dernier", 1)]
    [bad] = report.not_useful
    assert bad.question == "Combien de CLSM en Occitanie ?" and bad.comment == "Je cherchais les chiffres de 2025."
    assert bad.front_end == "cli" and {c["doc"] for c in bad.citations} == {CCOMS_DOC}
    assert bad.citations[0]["title"] == "Le conseil local de santé mentale, un outil en Occitanie"
    assert [(d.doc, d.answers) for d in report.most_cited] == [(CCOMS_DOC, 2)]
    assert {d.doc for d in report.never_cited} == {ARS_DOC, FTS_DOC}
    recent = logged.usage_report(since=date.today() - timedelta(days=7))
    assert recent.questions == 5 and recent.since == (date.today() - timedelta(days=7)).isoformat()
    assert "Question du mois dernier" not in json.dumps(recent.to_dict(), ensure_ascii=False)


@pytest.mark.subprocess
def test_cli_report_json_human_and_csv_as_the_readme_writes_them(logged, tmp_path):
    data_dir, index = str(logged.settings.data_dir), str(logged.settings.index_dir)
    as_json = run_cli("report", "--index", index, "--json", ASSISTANT_DATA_DIR=data_dir)
    assert as_json.returncode == 0, as_json.stderr
    assert one_json(as_json.stdout) == json.loads(json.dumps(logged.usage_report().to_dict()))

    since = (date.today() - timedelta(days=7)).isoformat()
    sheet = tmp_path / "journal.csv"
    human = run_cli("report", "--index", index, "--since", since, "--csv", str(sheet), ASSISTANT_DATA_DIR=data_dir)
    assert human.returncode == 0, human.stderr
    out = human.stdout
    assert "Rapport d'utilisation" in out and "5 questions · 3 sans réponse" in out
    assert "3 × Comment préparer une ratatouille ?" in out and "Quelle est la recette de la ratatouille ?" in out
    assert "Je cherchais les chiffres de 2025." in out and "Santé mentale et politique de la ville" in out
    assert "réponse de type" not in out and not re.search(r"\((?:value|passage|list)\)", out)  # kinds in French
    assert "Journal exporté : 5 questions" in out and "Question du mois dernier" not in out
    with open(sheet, encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    assert lines[0][:3] == ["date", "interface", "question"] and len(lines) == 6
    assert ["widget", "api", "tui"] == [line[1] for line in lines if "ratatouille" in line[2]]
    assert any(line[2] == "Combien de CLSM en Occitanie ?" and line[7] == "non" for line in lines)

    bad = run_cli("report", "--index", index, "--since", "02/05/2024", ASSISTANT_DATA_DIR=data_dir)
    assert bad.returncode == 2 and "Date invalide" in bad.stderr and "AAAA-MM-JJ" in bad.stderr
    assert "Traceback" not in bad.stderr


@pytest.mark.subprocess
def test_cli_ask_logs_as_cli_unless_the_log_is_turned_off(tiny, tmp_path):
    index = str(tiny.settings.index_dir)
    on = run_cli("ask", ANSWERED, "--index", index, "--json", ASSISTANT_DATA_DIR=str(tmp_path / "on"))
    assert on.returncode == 0, on.stderr
    answer_id = one_json(on.stdout)["id"]
    from assistant.usage import QuestionLog

    [row] = QuestionLog(tmp_path / "on").rows()
    assert (row.id, row.front_end, row.question) == (answer_id, "cli", ANSWERED)
    off = run_cli("ask", ANSWERED, "--index", index, ASSISTANT_DATA_DIR=str(tmp_path / "off"),
                  ASSISTANT_QUESTION_LOG="false")
    assert off.returncode == 0, off.stderr
    assert not (tmp_path / "off").exists()


def test_a_document_cited_then_and_no_longer_indexed_is_said_so():
    """A document cited by a logged answer and since removed from the index (or logged from another index) is
    listed with a note saying it is no longer in the live index, not as a bare file name."""
    from assistant.usage.question_log import LoggedQuestion
    from assistant.usage.report import build_report

    row = LoggedQuestion(id="a1", asked_at="2026-12-01T10:00:00+01:00", front_end="widget", question="Combien ?",
                         answer_kind="value", abstained=False, latency_ms=30,
                         citations=({"n": 1, "doc": "2025-12-09_ancien-compte-rendu", "location": "p. 2",
                                     "quoted": True},))
    report = build_report([row], {"2024-04-23_ccoms": "Le CLSM, un outil en Occitanie"}, None, 0.9)
    [gone] = report.most_cited
    assert gone.title == "2025-12-09_ancien-compte-rendu (plus dans l'index en service)"
    assert [d.title for d in report.never_cited] == ["Le CLSM, un outil en Occitanie"]
