"""Tables whose text layer gives one cell per line are read back one row per line, each figure with its column."""

from __future__ import annotations

from assistant.ingest.tables import table_rows

CELLS = ["Des écarts entre agglomérations", "Tableau 1 – Détresse selon l'agglomération (2024)", "Agglomération",
         "Répondants", "Détresse (%)", "Rennes", "412", "25 %", "Lorient", "198", "31 %", "Ensemble Bretagne",
         "1 206", "27 %", "Un recours aux soins limité", "Seuls 14 % des habitants ont consulté."]


def test_a_table_of_cells_becomes_a_header_line_and_one_line_per_row():
    lines = table_rows(CELLS)
    assert lines[:2] == CELLS[:2]  # the heading and the caption stay as they are
    assert lines[2] == "Agglomération · Répondants · Détresse (%)"
    assert lines[3] == "Rennes — Répondants : 412 · Détresse (%) : 25 %"
    assert lines[4] == "Lorient — Répondants : 198 · Détresse (%) : 31 %"
    assert lines[5] == "Ensemble Bretagne — Répondants : 1 206 · Détresse (%) : 27 %"
    assert lines[6:] == CELLS[-2:]


def test_a_caption_is_not_a_column_and_years_can_head_rows():
    cells = ["Tableau 2 – Activité de 2020 à 2022", "Année", "Situations", "Délai (jours)",
             "2020", "21", "26", "2021", "28", "23", "2022", "33", "18", "Total", "82", "22", "Suite du texte."]
    lines = table_rows(cells)
    assert lines[0] == cells[0] and lines[1] == "Année · Situations · Délai (jours)"
    assert lines[2:5] == ["2020 — Situations : 21 · Délai (jours) : 26", "2021 — Situations : 28 · Délai (jours) : 23",
                          "2022 — Situations : 33 · Délai (jours) : 18"]
    assert lines[5:] == ["Total — Situations : 82 · Délai (jours) : 22", "Suite du texte."]


def test_short_lines_that_are_not_a_table_are_left_alone():
    lines = ["Qui former en priorité ?", "Adultes-relais et médiateurs", "Gardiens d'immeuble", "Animateurs",
             "Objectif : 2026", "Une phrase de texte."]
    assert table_rows(lines) == lines
    one_row = ["Indicateur", "Valeur", "Communes", "13", "Le texte reprend."]  # a single row is no table
    assert table_rows(one_row) == one_row
