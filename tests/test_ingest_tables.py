"""Tables whose text layer gives one cell per line are read back one row per line, as the page prints them."""

from __future__ import annotations

from assistant.ingest.tables import table_rows

CELLS = ["Des écarts entre agglomérations", "Tableau 1 – Détresse selon l'agglomération (2024)", "Agglomération",
         "Répondants", "Détresse (%)", "Rennes", "412", "25 %", "Lorient", "198", "31 %", "Ensemble Bretagne",
         "1 206", "27 %", "Un recours aux soins limité", "Seuls 14 % des habitants ont consulté."]


def test_a_table_of_cells_becomes_a_header_line_and_one_line_per_row():
    lines = table_rows(CELLS)
    assert lines[:2] == CELLS[:2]  # the heading and the caption stay as they are
    assert lines[2] == "Agglomération · Répondants · Détresse (%)"
    assert lines[3] == "Rennes — 412 · 25 %"
    assert lines[4] == "Lorient — 198 · 31 %"
    assert lines[5] == "Ensemble Bretagne — 1 206 · 27 %"
    assert lines[6:] == CELLS[-2:]


def test_a_caption_is_not_a_column_and_years_can_head_rows():
    cells = ["Tableau 2 – Activité de 2020 à 2022", "Année", "Situations", "Délai (jours)",
             "2020", "21", "26", "2021", "28", "23", "2022", "33", "18", "Total", "82", "22", "Suite du texte."]
    lines = table_rows(cells)
    assert lines[0] == cells[0] and lines[1] == "Année · Situations · Délai (jours)"
    assert lines[2:5] == ["2020 — 21 · 26", "2021 — 28 · 23", "2022 — 33 · 18"]
    assert lines[5:] == ["Total — 82 · 22", "Suite du texte."]


def test_short_lines_that_are_not_a_table_are_left_alone():
    lines = ["Qui former en priorité ?", "Adultes-relais et médiateurs", "Gardiens d'immeuble", "Animateurs",
             "Objectif : 2026", "Une phrase de texte."]
    assert table_rows(lines) == lines
    one_row = ["Indicateur", "Valeur", "Communes", "13", "Le texte reprend."]  # a single row is no table
    assert table_rows(one_row) == one_row


def test_years_head_the_columns_and_a_long_label_may_wrap():
    # a caption line took the first header cell ("… 2022-2024 Indicateur" is one line): the years head alone
    cells = ["Tableau 1 – Indicateurs des QPV, 2022-2024 Indicateur", "2022", "2023", "2024",
             "Habitants des QPV", "18 950", "19 120", "19 340",
             "Hospitalisations sans consentement (SDT et SDRE) de résidents", "des QPV", "142", "131", "126",
             "Passages aux urgences pour motif psychiatrique, 15-24 ans", "206", "238", "251", "Sources : OTS."]
    lines = table_rows(cells)
    assert lines[0] == cells[0] and lines[1] == "– · 2022 · 2023 · 2024"  # the label column, unnamed
    assert lines[2] == "Habitants des QPV — 18 950 · 19 120 · 19 340"
    assert lines[3] == "Hospitalisations sans consentement (SDT et SDRE) de résidents des QPV — 142 · 131 · 126"
    assert lines[4] == "Passages aux urgences pour motif psychiatrique, 15-24 ans — 206 · 238 · 251"
    assert lines[5:] == ["Sources : OTS."]


def test_figures_drawn_before_their_wrapped_labels_are_no_table():
    # a design tool's slide: "81 %" then its label over two lines; pairing figures with the line before is wrong
    lines = ["Ce qu'en disent", "les secouristes", "Questionnaire à 6 mois : 214 répondants", "81 %",
             "se sentent plus à l'aise", "pour aborder une personne", "57 %", "ont utilisé le plan d'action",
             "au moins une fois", "29 %", "ont orienté quelqu'un vers", "le CMP"]
    assert table_rows(lines) == lines


def test_a_row_is_read_back_by_its_columns_even_when_its_label_holds_a_dash():
    from assistant.table_lines import laid_out, row_values

    header, *rows = laid_out(["Financeur", "2022", "2024", "2025"],
                             [["État — crédits politique de la ville", "8 000", "", "10 500"], ["Ville", "2 000", "", ""]])
    assert rows == ["État – crédits politique de la ville — 8 000 · – · 10 500", "Ville — 2 000 · – · –"]
    assert row_values(rows[0], header.split(" · ")[1:]) == ["8 000", "–", "10 500"]
    assert row_values("Une phrase — avec un tiret, sans colonnes", ["2022", "2024"]) is None
    assert row_values("Une phrase — avec un tiret · puis un point médian", ["2022", "2024", "2025"]) is None


def test_a_header_of_two_levels_names_each_column_by_its_name_and_year():
    cells = ["Annexe B — Personnes accompagnées par les DEA, par département", "Département", "Nombre",
             "Part des personnes accompagnées", " Évolution 2024-2025", "dont résidant en QPV", "(2025)",
             "2024", "2025", "2024", "2025",
             "Cher (18)", "38", "52", "31,9 %", "36,1 %", "+36,8 %", "9",
             "Loiret (45)", "86", "121", "37,1 %", "41,9 %", "+40,7 %", "33",
             "Centre-Val de Loire", "301", "412", "34,7 %", "39,4 %", "+36,9 %", "88", "Source : recueil des DEA."]
    lines = table_rows(cells)
    assert lines[1] == ("Département · Nombre 2024 · Nombre 2025 · Part des personnes accompagnées 2024 · Part des "
                        "personnes accompagnées 2025 · Évolution 2024-2025 · dont résidant en QPV (2025)")
    assert lines[3] == "Loiret (45) — 86 · 121 · 37,1 % · 41,9 % · +40,7 % · 33"  # as printed, "Loiret (45) 86 121…"
    assert lines[0] == cells[0] and lines[-1] == cells[-1] and len(lines) == 6


def test_a_two_level_header_is_not_read_when_its_years_do_not_sit_over_the_first_names():
    # the years are under "Nombre" and "Part", not under "Évolution": read as the first names', a share and a count
    # would share a name; the cells are left as they are
    cells = ["Département", "Évolution", "Nombre", "Part", "2024", "2025", "2024", "2025",
             "Loiret", "+8 %", "120", "130", "12 %", "13 %", "Cher", "+5 %", "80", "84", "10 %", "11 %"]
    assert not any("Évolution 2025" in line for line in table_rows(cells))
