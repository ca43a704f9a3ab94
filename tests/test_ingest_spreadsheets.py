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


def test_a_title_without_separators_above_a_csv_table_and_decimal_commas_keep_its_separator(tmp_path):
    """An export with a title and a quoted source line above the header (no ";" in the title), CRLF line ends, a
    byte-order mark and decimal commas: still split by ";", "57,1" one cell (Python's csv.Sniffer gives up on it
    and the file was read as commas)."""
    sheet = tmp_path / "indicateurs.csv"
    sheet.write_bytes(("\ufeffIndicateurs du groupe Rétablissement – 2022 à 2025\r\n"
                       '"Source : porteurs des dispositifs ; compilation CLSM, février 2026"\r\n'
                       "Indicateur;Unité;2024;2025;Note\r\nGEM – adhérents;personnes;74;91;dont 23 en QPV\r\n"
                       "Emploi accompagné – taux d'emploi;%;55,3;63,0;en emploi / accompagnées\r\n"
                       "Clubhouse – membres;personnes;71;86;\r\n").encode("utf-8"))
    lines = load_document(sheet, None, Settings()).units[0].text.splitlines()
    assert lines[:3] == ["Indicateurs du groupe Rétablissement – 2022 à 2025",
                         "Source : porteurs des dispositifs ; compilation CLSM, février 2026",
                         "Indicateur · Unité · 2024 · 2025 · Note"], lines
    assert "Emploi accompagné – taux d'emploi — % · 55,3 · 63,0 · en emploi / accompagnées" in lines, lines


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


def test_a_header_of_two_lines_names_each_column_by_its_group_and_its_year(tmp_path):
    """A group's name over merged cells ("Signalements reçus" over 2024 and 2025), under a title and notes: each
    figure of a row reads under "Signalements reçus 2025", not under a bare "2025" nor as cells joined by " | "."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    rows = [[("Tableau de bord par canton, 2024-2025", 1)], [("Source : extraction du 12 janvier 2026.", 1)],
            [("Note : un signalement est une situation nouvelle transmise à la cellule.", 1)],
            [("Note : les sentinelles sont comptées là où elles exercent.", 1)],
            [("Canton", 1), ("Signalements reçus", 2), ("Sentinelles formées", 2), ("Commentaire", 1)],
            [("", 1), ("2024", 1), ("2025", 1), ("2024", 1), ("2025", 1), ("", 1)],
            [("Chanteloube", 1), ("22", 1), ("29", 1), ("15", 1), ("19", 1), ("Permanence depuis octobre", 1)],
            [("Val d'Arbonne", 1), ("19", 1), ("27", 1), ("12", 1), ("6", 1), ("Session reportée", 1)]]
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Repérage")
    for row in rows:
        tr = TableRow()
        for text, span in row:
            cell = TableCell(numbercolumnsspanned=span) if span > 1 else TableCell()
            if text:
                cell.addElement(P(text=text))
            tr.addElement(cell)
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(tmp_path / "tableau.ods"))
    lines = load_document(tmp_path / "tableau.ods", None, Settings()).units[0].text.splitlines()
    assert lines[4] == ("Canton · Signalements reçus 2024 · Signalements reçus 2025 · Sentinelles formées 2024 · "
                        "Sentinelles formées 2025 · Commentaire"), lines
    assert lines[5] == "Chanteloube — 22 · 29 · 15 · 19 · Permanence depuis octobre", lines
    assert lines[6].startswith("Val d'Arbonne — 19 · 27 · 12 · 6"), lines
    # a data row with no label under a header ending on an empty column is no second header line
    from assistant.ingest.office_files import table_lines
    assert table_lines([["Action", "Pilote", "Échéance", ""], ["", "Ville", "2025", "note"],
                        ["Forum", "CLSM", "2026", ""]])[0] == "Action · Pilote · Échéance · –"
