"""Spreadsheets: a unit per shown sheet, rows read as a table, values as the sheet shows them, French errors."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest.pipeline import load_document
from spreadsheet_fixtures import write_csv, write_ods, write_xlsx

ROW = "Varèze Habitat — 42 · 27 · 64,3 %"


def test_an_excel_workbook_is_read_sheet_by_sheet_as_excel_shows_it(tmp_path):
    doc = load_document(write_xlsx(tmp_path / "suivi-pssm.xlsx"), None, Settings())
    sheets = {u.location.section: u.text for u in doc.units}
    assert list(sheets) == ["Formation PSSM", "Calendrier"]  # the hidden "Brouillon" is left out
    assert sheets["Formation PSSM"].splitlines()[:2] == ["Bailleur · Gardiens · Formés · Part", ROW]
    assert "S5 — 12/02/2026" in sheets["Calendrier"]  # a date cell as the sheet shows it, not 46065


def test_a_calc_workbook_and_a_french_csv_read_the_same(tmp_path):
    ods = load_document(write_ods(tmp_path / "suivi.ods"), None, Settings())
    assert [u.location.section for u in ods.units] == ["Formation PSSM"] and ROW in ods.units[0].text
    csv = load_document(write_csv(tmp_path / "suivi.csv"), None, Settings())  # ";" and Windows-1252, as Excel saves
    assert ROW in csv.units[0].text


def test_a_figure_of_a_spreadsheet_answers_with_its_row(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {"notes.md": "# Notes\n\nLa formation des gardiens continue en 2026.\n"})
    write_xlsx(tmp_path / "corpus" / "suivi-pssm.xlsx")
    report = assistant.refresh()
    assert not report.failed, report.failed
    response = assistant.ask("Combien de gardiens de Varèze Habitat ont été formés ?")
    assert "Varèze Habitat — 42 · 27" in response.answer.text, response.answer.text
    assert "Formation PSSM" in response.citations[0].location.label


def test_a_broken_or_empty_spreadsheet_is_refused_in_french(tmp_path):
    renamed = tmp_path / "suivi.xlsx"
    renamed.write_bytes(b"%PDF-1.4 not a workbook")
    with pytest.raises(IngestError, match="PDF"):
        load_document(renamed, None, Settings())
    empty = tmp_path / "vide.csv"
    empty.write_text(";;\n;;\n", "utf-8")
    with pytest.raises(IngestError, match="sans cellule remplie"):
        load_document(empty, None, Settings())


def test_a_title_and_notes_above_the_table_are_lines_of_their_own_and_empty_cells_keep_their_column(tmp_path):
    sheet = tmp_path / "indicateurs.csv"
    sheet.write_bytes("Suivi post-crue — indicateurs mensuels;;;\nMise à jour :;31/03/2026;;\n;;;\n"
                      "Mois;Appels;Personnes vues;Commentaire\navril 2025;612;;Ligne ouverte le 17 avril\n"
                      "juillet 2025;174;41;Premières prises en charge\n".encode("cp1252"))
    lines = load_document(sheet, None, Settings()).units[0].text.splitlines()
    assert lines[:3] == ["Suivi post-crue — indicateurs mensuels", "Mise à jour : 31/03/2026",
                         "Mois · Appels · Personnes vues · Commentaire"]
    # an empty cell keeps its place: 612 calls in April, no one seen yet, not "612 · Ligne…" read as people seen
    assert lines[3] == "avril 2025 — 612 · – · Ligne ouverte le 17 avril"
    assert lines[4] == "juillet 2025 — 174 · 41 · Premières prises en charge"
    # one row spread over more cells (a note) does not take the header's place
    noted = tmp_path / "budget.csv"
    noted.write_text("Financeur;Montant;;;\nARS;40 000;;;\nVille;20 000;;;\nTotal;60 000;voir note;à confirmer;x\n"
                     "Reste;0;;;\n", "utf-8")
    lines = load_document(noted, None, Settings()).units[0].text.splitlines()
    assert lines[0].startswith("Financeur · Montant") and lines[1].startswith("ARS — 40 000 ·"), lines


def test_a_wide_survey_table_in_percent_answers_a_share_even_past_its_first_passage(tmp_path):
    """A survey export: "résultats en %" above a header of fourteen columns, then one row per indicator. A share asked
    is given by the indicator's row (its figures are percentages though they carry no "%"), also for a row of the
    passage after the one holding the header."""
    from conftest import lexical_assistant

    groups = ["ensemble", "femmes", "hommes", "L1", "L2-L3", "master", "doctorat", "logement CRVE", "chez les parents",
              "locatif privé", "internationaux", "boursiers", "non boursiers"]
    rows = [f"SM{n:02d};Indicateur de suivi numéro {n} de la vie étudiante;" + ";".join(f"{n + k},{k}" for k in
                                                                                      range(len(groups))) + ";–"
            for n in range(1, 60)]  # (three passages: the last row is two passages past the header)
    rows.append("PR05;Renoncement à des soins pour raisons financières;" + ";".join(f"2{k},4" for k in
                                                                                     range(len(groups))) + ";–")
    pad = ";" * (len(groups) + 2)  # (Excel writes every column of a title line)
    table = (f"Enquête bien-être étudiant 2025{pad}\nQuestionnaire en ligne - résultats en % des répondants{pad}\n"
             "code;indicateur;" + ";".join(groups) + ";note\n" + "\n".join(rows) + "\n")
    assistant = lexical_assistant(tmp_path, {"notes.md": "# Notes\n\nL'enquête a été menée en mars 2025.\n"})
    (tmp_path / "corpus" / "enquete.csv").write_bytes(table.encode("cp1252"))
    assert not assistant.refresh().failed
    passages = [p for p in assistant.snapshot().passages if p.doc_id == "enquete"]
    assert len(passages) > 2 and passages[-1].text.startswith("SM")  # the last rows are a passage of their own
    from assistant.search.sentence_scores import header_before

    snap = assistant.snapshot()
    last = snap.row_of(passages[-1].id)
    header, caption = header_before(snap, last)  # two passages back
    assert header.startswith("code · indicateur · ensemble") and "résultats en %" in caption
    answer = assistant.ask("Quelle part des étudiants renonce à des soins pour raisons financières d'après "
                           "l'enquête ?").answer
    assert "PR05 — Renoncement à des soins pour raisons financières · 20,4" in answer.sentences[0].text, answer.text
