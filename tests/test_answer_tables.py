"""Tables in answers: a PDF printed a row a line ("Champ-Rollin 118 124 139 147" under "… 2022 2023 2024 2025"),
read as the figures of the years over it and quoted with that header; a table's source line is no answer.
Built without an embedder: the behaviour is the reading of the table, not the model."""

from __future__ import annotations

from conftest import lexical_assistant
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PAGE = [
    "3.1 Le suivi en centre médico-psychologique",
    "Le nombre d'habitants des QPV suivis par les CMP adultes progresse chaque année depuis 2022, avec une",
    "hausse nette en 2024, année de la réouverture de l'antenne de Vaulmières.",
    "Tableau 2 – Habitants des QPV suivis en CMP adultes (nombre de patients)",
    "Quartier 2022 2023 2024 2025",
    "Les Grands Prés 214 236 251 263",
    "Champ-Rollin 118 124 139 147",
    "La Chênaie-Basse 61 58 72 79",
    "Total QPV 393 418 462 489",
    "Source : département d'information médicale du centre hospitalier, traitement de l'observatoire.",
    "Aux urgences, les habitants des QPV viennent pour motif psychiatrique 1,7 fois plus souvent que les autres.",
    "Source : résumés de passage aux urgences des habitants des QPV, hôpital de Lussac ; reste de l'agglomération.",
]


def write_page(path, lines) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 80
    for line in lines:  # each row drawn whole, as a browser's or an office suite's print writes it
        c.drawString(40, y, line)
        y -= 18
    c.showPage()
    c.save()


def test_a_row_printed_whole_is_read_by_the_years_over_it_and_a_source_line_is_no_answer(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_page(corpus / "barometre.pdf", PAGE)
    assistant = lexical_assistant(tmp_path, {})
    first = assistant.ask("nombre de patients de Champ-Rollin suivis en CMP adultes en 2024").answer.sentences[0].text
    assert "Champ-Rollin 118 124 139 147" in first and first.startswith(
        "Tableau 2 – Habitants des QPV suivis en CMP adultes (nombre de patients) · Quartier 2022 2023 2024 2025 …"), first
    compared = assistant.ask("Passages aux urgences des habitants des QPV par rapport au reste de l'agglomération ?")
    assert "1,7 fois" in compared.answer.sentences[0].text, compared.answer.text


def test_a_school_year_asked_is_answered_by_its_own_row_and_another_school_year_is_no_answer(tmp_path):
    from assistant.search.constraints import seasons

    assert seasons("en 2024-2025 et en 2025/2026, pour la période 2022-2026") == {"2024-2025", "2025-2026"}
    assistant = lexical_assistant(tmp_path, {
        "fiche.md": (
            "# Bien dans mes baskets en chiffres\n\nLe programme s'étend chaque année à de nouvelles écoles.\n\n"
            "| Année scolaire | Écoles | Élèves | Enseignants formés |\n| --- | --- | --- | --- |\n"
            "| 2023-2024 | 1 | 71 | 4 |\n| 2024-2025 | 2 | 162 | 9 |\n| 2025-2026 | 3 | 254 | 14 |\n"),
    })
    asked = assistant.ask("combien d'enseignants formés à Bien dans mes baskets en 2024-2025 ?").answer
    # the row under its header, as the page prints them ("2024-2025 2 162 9")
    assert asked.sentences[0].text == "Année scolaire · Écoles · Élèves · Enseignants formés … 2024-2025 — 2 · 162 · 9"
    assert assistant.ask("combien d'enseignants formés à Bien dans mes baskets en 2022-2023 ?").answer.abstained
    both = assistant.ask("Bien dans mes baskets : nb d'élèves en 2024-2025 et en 2025-2026 ?").answer.text
    assert "162" in both and "254" in both and "2023-2024" not in both, both


def test_a_caption_written_with_a_colon_still_says_what_a_total_counts(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "rapport.md": "# Les moyens\n\nLe budget a progressé en deux ans.\n\nTableau 1 : Budget du CLSM par financeur "
                      "(en euros)\n\n| Financeur | 2022 | 2024 |\n| --- | --- | --- |\n| ARS | 28 000 | 32 000 |\n"
                      "| Ville | 35 000 | 41 500 |\n| Total | 63 000 | 73 500 |\n",
    })
    answer = assistant.ask("Budget du CLSM : combien en 2022 et combien en 2024 ?").answer
    total = next(s.text for s in answer.sentences if "Total" in s.text)
    assert total == "Tableau 1 : Budget du CLSM par financeur (en euros) · Financeur · 2022 · 2024 … Total — 63 000 · 73 500"


def test_two_years_asked_of_two_things_are_each_answered_by_its_own_thing(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "bilan.md": "# Bilan\n\nEn 2022, le CLSM a tenu 12 réunions de travail.\n\nEn 2024, il a tenu 35 réunions de "
                    "travail.\n\nLes actions de 2024 ont réuni 420 participants.\n",
    })
    answer = assistant.ask("Nombre de réunions en 2022 et nombre de participants en 2024 ?").answer
    assert "12 réunions" in answer.text and "420 participants" in answer.text, answer.text


def test_a_saint_written_short_by_the_corpus_is_still_the_name_asked(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "fiche.md": "# Recrutement\n\nLe CLSM de St-Vaast-les-Lys recrute une coordinatrice. Candidature au plus tard "
                    "le vendredi 15 janvier 2027.\n",
    })
    answer = assistant.ask("Jusqu'à quand postuler au CLSM de St Vaast-les-Lys ?").answer
    assert not answer.abstained and "15 janvier 2027" in answer.text, answer.text


def test_a_row_under_columns_of_years_shows_a_change_and_reads_as_printed(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "indicateurs.md": "# Indicateurs des QPV\n\nLe tableau suivant donne les indicateurs suivis.\n\n"
                          "| Indicateur | 2022 | 2023 | 2024 |\n| --- | --- | --- | --- |\n"
                          "| Habitants des QPV suivis | 18 950 | 19 120 | 19 340 |\n"
                          "| Hospitalisations sans consentement de résidents des QPV | 142 | 131 | 126 |\n\n"
                          "Les hospitalisations sans consentement concernent surtout des hommes jeunes.\n",
    })
    answer = assistant.ask("Les hospitalisations sans consentement ont-elles baissé entre 2022 et 2024 ?").answer
    # the row as the page prints it ("… des QPV 142 131 126"), under the header that says which year each is
    assert answer.sentences[0].text == ("Indicateur · 2022 · 2023 · 2024 … Hospitalisations sans consentement de "
                                        "résidents des QPV — 142 · 131 · 126"), answer.text


def test_a_person_named_in_a_table_row_with_the_role_asked_is_who(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "cr.md": "# Compte rendu du groupe sport et santé mentale\n\n## Participants\n\n"
                 "| Nom | Structure et fonction |\n| --- | --- |\n"
                 "| Laure Ferracci | Coordinatrice du CLSM de Castelvérane |\n"
                 "| Fabrice Ollivier | Directeur du service municipal des sports, ville de Castelvérane |\n\n"
                 "## Jardin\n\nLe service des sports propose de prêter un abri de jardin démontable.\n",
    })
    answer = assistant.ask("Qui dirige le service des sports de Castelvérane ?").answer
    assert "Fabrice Ollivier — Directeur du service municipal des sports" in answer.sentences[0].text, answer.text


def test_a_table_whose_columns_are_the_two_sides_answers_their_comparison_row_asked_first(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "module.md": "# Deux façons d'aller vers les aînés\n\n"
                     "| | Vigie Aînés | Allô Voisins Seniors |\n| --- | --- | --- |\n"
                     "| Qui agit | Professionnels de proximité formés en une journée | 46 bénévoles appelants |\n"
                     "| Principe | Des sentinelles repèrent et orientent la détresse | Des bénévoles appellent chaque "
                     "semaine des seniors isolés |\n\n"
                     "# Vigie Aînés\n\nVigie Aînés est un réseau de sentinelles créé en 2024 à Montferville.\n\n"
                     "# Allô Voisins Seniors\n\nAllô Voisins Seniors organise des appels de convivialité depuis 2024.\n",
    })
    answer = assistant.ask("Vigie Aînés et Allô Voisins Seniors : quelle différence de principe ?").answer
    lead = [s.text for s in answer.parts[0].sentences]
    assert lead == ["Vigie Aînés · Allô Voisins Seniors", "Principe — Des sentinelles repèrent et orientent la "
                    "détresse · Des bénévoles appellent chaque semaine des seniors isolés"], answer.text
    assert not any("Qui agit" in s.text for part in answer.parts[1:] for s in part.sentences)  # the table is both's


def test_the_rows_of_a_table_named_by_its_header_are_the_list_asked(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "evaluation.md": "# Évaluation du CLSM\n\n## Suites\n\nLes trois premières sont jugées prioritaires.\n\n"
                         "| N° | Recommandation | Échéance |\n| --- | --- | --- |\n"
                         "| R1 | Porter le poste de coordination à un temps plein | 2026 |\n"
                         "| R2 | Intégrer deux représentants des usagers au comité de pilotage | 2026 |\n"
                         "| R3 | Construire un groupe de travail avec la médecine générale | 2027 |\n",
    })
    answer = assistant.ask("Quelles sont les recommandations prioritaires de l'évaluation ?").answer
    assert answer.kind == "list" and "R2 — Intégrer deux représentants des usagers" in answer.text, answer.text


def test_a_table_without_column_names_reads_label_and_value(tmp_path):
    from assistant.ingest.text import pipe_tables

    table = "| | |\n|---|---|\n| **Rédaction** | Nadia Ferhat, coordinatrice |\n| Version | 2.0 |\n"
    assert pipe_tables(table).splitlines()[:2] == ["**Rédaction** : Nadia Ferhat, coordinatrice", "Version : 2.0"]


def test_a_total_asked_of_a_document_named_by_its_organiser_is_answered(tmp_path):
    catalog = ('["bilan.md"]\ntitle = "Compte rendu d\'activité 2025 du point accueil écoute jeunes"\nkind = "report"\n'
               'date = 2026-02-16\norganisers = ["Horizons Jeunes Saône"]\n\n'
               '["autre.md"]\ntitle = "Fiche action santé des jeunes"\nkind = "report"\ndate = 2025-01-28\n'
               'organisers = ["Ville de Bellerive"]\n')
    assistant = lexical_assistant(tmp_path, {
        "catalog.toml": catalog,
        "bilan.md": "# Les financements\n\nLe point accueil reçoit des jeunes de 11 à 25 ans.\n\n"
                    "| Financeur | Montant (€) |\n| --- | --- |\n| Ville | 54 000 |\n| ARS | 62 000 |\n"
                    "| Total | 214 600 |\n",
        "autre.md": "# Financement\n\nLa fiche action est financée à hauteur de 12 000 euros par la ville.\n",
    })
    answer = assistant.ask("D'après le compte rendu d'activité 2025 de l'association Horizons Jeunes Saône, à combien "
                           "s'élève le total des financements ?").answer
    # the passage never names the association: its document does, by its organiser
    assert not answer.abstained and "Total — 214 600" in answer.sentences[0].text, answer.text


def test_a_card_s_title_on_a_paragraph_of_its_own_says_whose_address_follows(tmp_path):
    assistant = lexical_assistant(tmp_path, {
        "contact.md": "# Où nous trouver ?\n\nSiège de Castelvérane\n\n14 avenue des Platanes, 13790 Castelvérane "
                      "Du lundi au vendredi, 8 h 30 – 18 h\n\nAntenne des Oliviers-Hauts\n\n"
                      "Centre social La Bastide, 3 allée des Genêts\nMardi et jeudi, 9 h – 12 h\n",
    })
    answer = assistant.ask("L'antenne aux Oliviers-Hauts, c'est à quelle adresse ?").answer
    assert "3 allée des Genêts" in answer.sentences[0].text, answer.text


def test_a_year_named_in_the_first_header_cell_dates_every_row(tmp_path):
    from assistant.search.sentence_scores import score_sentences

    assistant = lexical_assistant(tmp_path, {
        "comite.md": "# Comité de liaison santé mentale et forces de l'ordre\n\n## Bilan de l'année\n\n"
                     "Le commandant présente les chiffres de l'année :\n\n"
                     "| Indicateur 2025 | Police nationale | Gendarmerie | Total |\n|---|---|---|---|\n"
                     "| Interventions pour crise psychique | 188 | 141 | 329 |\n"
                     "| Agents formés au module crise psychique | 47 | 39 | 86 |\n",
    })
    snap = assistant.snapshot()
    row = next(i for i, p in enumerate(snap.passages) if "Agents formés" in p.text)

    def agreement(question: str) -> int:
        result = assistant.retrieve(question)
        scored = score_sentences(snap, result.analysis, None, [row])
        return next(s.agree for s in scored if snap.passages[row].text[s.start:s.end].startswith("Agents formés"))

    assert agreement("Combien d'agents formés au module crise psychique en 2025 ?") == 1
    assert agreement("Combien d'agents formés au module crise psychique en 2024 ?") == -1


def test_a_row_the_question_names_beats_the_table_s_total(tmp_path):
    """A count asked for one place of a table ("…pour le canton de Mourèze-les-Bois ?") is that row's, not the
    total's, which answers a count asked of the whole table."""
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {"repit.csv": (
        "Canton;Journées 2024;Journées 2025;Évolution\nSaint-Privat;312;384;+23 %\nChanteloube;268;331;+24 %\n"
        "Mourèze-les-Bois;221;352;+59 %\nVal d'Arbonne;238;287;+21 %\n"
        "Total des journées de répit;1 039;1 354;+30 %\n")})
    named = assistant.ask("Combien de journées de répit pour le canton de Mourèze-les-Bois en 2025 ?").answer
    assert "Mourèze-les-Bois — 221 · 352" in named.sentences[0].text, named.text
    whole = assistant.ask("Combien de journées de répit en tout en 2025 ?").answer
    assert "Total des journées de répit — 1 039 · 1 354" in whole.sentences[0].text, whole.text


def test_an_ensemble_row_is_the_total_of_the_rows_it_names(tmp_path):
    """Statistics tables write the total of some rows "Ensemble des …" (Insee's way): a count asked of all the
    neighbourhoods is that row's, not one neighbourhood's nor the rest of the town's ("hors QPV")."""
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {"suivis.csv": (
        "Quartier;Personnes suivies 2024;Personnes suivies 2025\nBellevue;151;163\nLa Croix-Verte;104;99\nMoulin-Neuf;58;66\n"
        "Ensemble des QPV;313;328\nReste de la ville (hors QPV);801;820\n")})
    answer = assistant.ask("Combien de personnes suivies dans les QPV de la ville en 2025 ?").answer
    assert "Ensemble des QPV — 313 · 328" in answer.sentences[0].text, answer.text


def test_the_rows_under_a_group_label_of_a_table_in_euros_are_sums_of_money(tmp_path):
    budget = ("Budget prévisionnel du CLSM (total des charges prévues par année)\n"
              "Poste;Montant 2026 (€);Montant 2027 (€)\n"
              "CHARGES;;\n1. Coordination;;\n"
              "Rémunération de la coordinatrice;49500;50700\n"
              "2. Actions;;\n"
              "Formations;9600;14400\n"
              "TOTAL DES CHARGES;59100;65100\n")
    notes = ("# Notes du budget\n\nLe fonds régional finance la moitié du coût prévu du poste de coordination en 2027, "
             "le reste relevant de la ville.\n")
    assistant = lexical_assistant(tmp_path, {"budget.csv": budget, "notes.md": notes})
    answer = assistant.ask("À combien s'élève le budget total prévu pour 2027 ?").answer
    # "CHARGES", "1. Coordination" label groups of rows: the rows under them are still in euros, the total an amount
    assert not answer.abstained and "65100" in answer.text, answer.text


def test_a_wait_asked_as_a_thing_one_has_is_read_in_the_row_of_the_year_its_table_is_captioned_with(tmp_path):
    from conftest import lexical_assistant

    # three tables, one a year, the same rows; the year is said on the line over each header only
    tables = "\n\n".join(
        f"Année civile {year} (1er janvier – 31 décembre)\n\n"
        "| Site | Demandes reçues | Délai moyen 1er rendez-vous de soins (semaines) |\n| --- | --- | --- |\n"
        f"| Site des Tisserands | {demands} | {weeks} |\n| Site Centre | 400 | 20 |"
        for year, demands, weeks in [(2023, 236, 31), (2024, 250, 29), (2025, 271, 27)])
    assistant = lexical_assistant(tmp_path, {"delais.md": "# Délais d'attente au CMP\n\n" + tables + "\n"})
    answer = assistant.ask("T'as le délai d'attente pour un premier rdv de soins au CMP des Tisserands en 2025 ?").answer
    assert "271 · 27" in answer.sentences[0].text, answer.text


def test_what_a_funder_named_in_other_words_put_in_is_read_on_its_row(tmp_path):
    from conftest import lexical_assistant

    # "le Département" is the row "Conseil départemental…"; "a mis combien" asks money, not a count
    report = ("# Rapport d'activité 2025 de la maison des adolescents\n\n## 1. Présentation\n\n"
              "La maison des adolescents accueille les jeunes de 11 à 21 ans ; le Département la soutient depuis "
              "2012.\n\n## 5. Financement\n\n"
              "Le budget réalisé 2025 s'élève à 562 400 €.\n\n"
              "| Financeur | Montant 2025 | Part |\n| --- | --- | --- |\n"
              "| ARS Hauts-de-France | 318 000 € | 56,5 % |\n| Conseil départemental de la Haute-Selle | 151 000 € | 26,8 % |\n"
              "| Total | 562 400 € | 100 % |\n")
    assistant = lexical_assistant(tmp_path, {"rapport.md": report}, passage_min_chars=10)  # a passage a section
    answer = assistant.ask("Combien le Département a mis dans le budget 2025, et ça représente quelle part ?").answer
    assert "151 000 € · 26,8 %" in answer.sentences[0].text, answer.text


def test_a_count_asked_in_familiar_words_is_read_in_the_documents_words(tmp_path):
    from conftest import lexical_assistant

    # "gamins" is one letter from a name the corpus writes ("Amin"), and is the documents' "enfants"
    table = ("# Délais d'attente au CMP, fin 2024\n\n## L'équipe\n\nAmin Haddad, cadre de santé, présente les "
             "chiffres de l'année.\n\n## La liste d'attente\n\n"
             "| Site | Enfants en liste d'attente au 31/12 |\n| --- | --- |\n| Site Centre | 148 |\n"
             "| Ensemble des sites | 324 |\n")
    assistant = lexical_assistant(tmp_path, {"delais.md": table}, passage_min_chars=10)  # a passage a section
    answer = assistant.ask("Fin 2024, combien de gamins en liste d'attente au CMP, tous sites confondus ?").answer
    assert not answer.abstained and "324" in answer.text, answer.text


def test_a_share_asked_for_a_named_row_is_read_under_a_column_in_percent_named_by_a_survey_question(tmp_path):
    # the column names are the survey's questions, one of them longer than 60 characters: still a header, and the
    # row of the neighbourhood asked gives the share, not the sentence comparing other territories
    survey = ("Enquête « Le numérique et votre santé » — résultats par secteur\n"
              "Secteur;Répondants;Sans accès internet à domicile (%);Sans smartphone (%);"
              "Accepterait une téléconsultation avec un professionnel de santé mentale (%)\n"
              "QPV Les Tilleuls;148;23,6;14,2;43,2\nSecteur de Fontenay;124;12,1;13,7;56,5\n"
              "Bourg-centre;209;11,4;16,3;52,1\nTotal;481;15,2;14,7;50,7\n")
    note = ("# Note de synthèse\n\nComparaison – part des foyers sans accès internet à domicile : département 10,8 % ; "
            "région 9,6 % ; France 8,4 %.\n")
    assistant = lexical_assistant(tmp_path, {"enquete.csv": survey, "synthese.md": note})
    answer = assistant.ask("D'après l'enquête, quelle part des répondants des Tilleuls n'a pas internet chez eux ?").answer
    assert "QPV Les Tilleuls — 148 · 23,6" in answer.sentences[0].text, answer.text


def test_a_step_written_as_a_long_cell_is_no_table_header():
    from assistant.table_lines import header_columns

    # a column named in more than 60 characters is a survey's question before its unit, or a sentence
    assert header_columns("Secteur · Répondants · Accepterait une téléconsultation avec un professionnel de santé "
                          "mentale (%)") is not None
    assert header_columns("Repérage · Le gardien ou le chargé de gestion locative remplit la fiche d'alerte · 2.") is None


def test_a_count_asked_at_a_date_is_read_on_the_row_that_date_labels(tmp_path):
    # the rows are labelled by dates; the question's "Au 30 avril 2025" names one of them, and a sentence of the
    # speaker's notes counting other things on the same day ("4 personnes attendent…") does not answer it
    deck = ("# Le site en chiffres\n\n| Date | Places | Personnes accompagnées | dont logées |\n| --- | --- | --- | --- |\n"
            "| 31 décembre 2023 | 40 | 21 | 15 |\n| 31 décembre 2024 | 40 | 39 | 35 |\n| 30 avril 2025 | 55 | 48 | 44 |\n\n"
            "Au 30 avril, 4 personnes accompagnées attendent encore leur logement : nous avons 3 logements en cours "
            "de remise en état.\n")
    assistant = lexical_assistant(tmp_path, {"programme.md": deck})
    answer = assistant.ask("Au 30 avril 2025, le programme avait combien de places et de personnes logées ?").answer
    assert "30 avril 2025 — 55 · 48 · 44" in answer.sentences[0].text, answer.text


def test_a_row_is_quoted_under_its_header_even_when_the_header_is_long(tmp_path):
    # eight columns named by the survey's questions: without its header the row is a line of bare figures
    columns = ["Répondants", "Sans accès internet à domicile (%)", "Sans smartphone (%)",
               "Connexion insuffisante pour la vidéo (%)", "En difficulté pour les démarches en ligne (%)",
               "A déjà fait une téléconsultation (%)"]
    survey = ("Secteur;" + ";".join(columns) + "\n"
              "QPV Les Tilleuls;148;23,6;14,2;6,1;42,6;14,9\nBourg-centre;209;11,4;16,3;5,2;25,1;21,0\n"
              "Total;357;16,4;15,4;5,6;32,3;18,5\n")
    assert len(" · ".join(["Secteur", *columns])) > 200
    assistant = lexical_assistant(tmp_path, {"enquete.csv": survey})
    answer = assistant.ask("Quelle part des répondants des Tilleuls a déjà fait une téléconsultation ?").answer
    first = answer.sentences[0].text
    assert "A déjà fait une téléconsultation (%)" in first and "QPV Les Tilleuls — 148" in first, answer.text


def test_a_total_over_years_is_not_the_figure_of_one_year(tmp_path):
    # "Total 2021-2025" sums five years: a count asked "pour 2025" is on the row of 2025
    board = ("Situations examinées par quartier et par année\n"
             "Année;Grands Prés;Champ-Fleuri;Hors QPV;Total\n"
             "2021;12;8;10;30\n2022;15;12;14;41\n2023;20;14;16;50\n2024;26;19;22;67\n2025 (provisoire);36;21;34;91\n"
             "Total 2021-2025;109;74;96;279\n")
    assistant = lexical_assistant(tmp_path, {"tableau-de-bord.csv": board})
    answer = assistant.ask("Combien de situations examinées à Champ-Fleuri pour 2025 ?").answer
    assert "2025 (provisoire) — 36 · 21 · 34 · 91" in answer.sentences[0].text, answer.text


def test_a_wait_is_read_on_the_row_whose_indicator_names_its_unit(tmp_path):
    # the unit of time is in the row's indicator cell ("… au CMP (jours)"), not in the header of years
    table = ("Indicateurs de santé mentale par commune, 2022-2024\n"
             "Catégorie;Indicateur;Commune;2022;2023;2024\n"
             "Accès aux soins;Délai moyen avant un premier rendez-vous au CMP (jours);Montclar;75;81;52\n"
             "Accès aux soins;Délai moyen avant un premier rendez-vous au CMP (jours);Verlac;40;44;38\n"
             "Recours;Passages aux urgences pour motif psychiatrique;Montclar;210;236;251\n")
    note = ("# Note d'accès aux soins\n\nEn 2024, l'entretien infirmier d'accueil permet de recevoir toute première "
            "demande des habitants de Montclar au CMP en moins de quinze jours, le rendez-vous médical venant ensuite.\n")
    assistant = lexical_assistant(tmp_path, {"indicateurs.csv": table, "note.md": note})
    answer = assistant.ask("What was the average wait for a first CMP appointment for Montclar residents in 2024?").answer
    assert "Montclar · 75 · 81 · 52" in answer.sentences[0].text, answer.text


def test_a_figure_aimed_at_does_not_answer_what_was_reached(tmp_path):
    # "Objectif : 250 agents formés" is what the programme aims at; "on est à combien ?" asks the total reached
    deck = ("# Formation : où en est-on ?\n\n- Objectif : 250 agents formés (cumul) fin 2026\n"
            "- L'objectif de 250 agents formés fin 2026 suppose six sessions en 2026.\n\n"
            "## Agents formés par année\n\n| Année | 2023 | 2024 | 2025 | janvier 2026 | Cumul |\n| --- | --- | --- | --- | --- | --- |\n"
            "| Total | 42 | 68 | 87 | 6 | 203 |\n")
    assistant = lexical_assistant(tmp_path, {"copil.md": deck}, passage_min_chars=10)
    reached = assistant.ask("On est à combien d'agents formés en cumulé fin janvier 2026 ?").answer
    assert "Total — 42 · 68 · 87 · 6 · 203" in reached.sentences[0].text, reached.text
    aimed = assistant.ask("C'est quoi l'objectif d'agents formés pour fin 2026 ?").answer
    assert "250 agents formés" in aimed.sentences[0].text, aimed.text


def test_the_row_of_the_year_asked_wins_over_the_total_of_the_years(tmp_path):
    # the caption spans 2022-2025 and the rows are each a year's: the total row sums them, it is no one year's
    board = ("Personnes incluses par année et par établissement de sortie, 2022-2025\n"
             "Année;CH de Pont-Vernel;CH de Lisors;Total\n"
             "2022;214;156;370\n2023;248;171;419\n2024;276;183;459\n2025;301;190;491\nTotal;1039;700;1739\n")
    assistant = lexical_assistant(tmp_path, {"indicateurs.csv": board})
    answer = assistant.ask("Combien de personnes incluses en 2025 au CH de Pont-Vernel ?").answer
    assert "2025 — 301 · 190 · 491" in answer.sentences[0].text, answer.text
    assert "1039" not in answer.text, answer.text


def test_a_figure_given_for_comparison_is_not_the_one_of_the_place_the_document_is_about(tmp_path):
    # "Pour comparaison, Normandie (toute la région) : 6 940…" stands beside the town's figure, it is not it
    note = ("# Indicateurs VigilanS de Pont-Vernel\n\n"
            "Pour comparaison, Normandie (toute la région) : 6 940 personnes incluses en 2025.\n\n"
            "À Pont-Vernel, 142 personnes ont été incluses en 2025, dont 39 en quartier prioritaire.\n")
    assistant = lexical_assistant(tmp_path, {"indicateurs.md": note})
    answer = assistant.ask("Combien de personnes incluses dans VigilanS en 2025 ?").answer
    assert "142" in answer.sentences[0].text, answer.text
    region = assistant.ask("Combien de personnes incluses dans VigilanS en Normandie en 2025 ?").answer
    assert "6 940" in region.sentences[0].text, region.text


def test_a_month_asked_is_read_on_the_row_that_month_labels(tmp_path):
    # the year's totals count interviews; "en octobre 2025" asks the October row of the monthly table
    board = ("Fréquentation des lieux d'accueil jeunes, année 2025 (nombre d'accueils)\n"
             "Mois;MDA siège;MDA antenne;Total\n"
             "Septembre;534;96;630\nOctobre;569;110;679\nNovembre;631;99;730\nTotal;5912;958;6870\n")
    report = ("# Rapport d'activité 2025 de la MDA\n\nL'équipe de la MDA a réalisé 6 870 entretiens : 5 912 au siège "
              "et 958 à l'antenne. Le délai moyen avant un premier accueil est de 14 jours au siège de la MDA et de "
              "6 jours à l'antenne.\n")
    assistant = lexical_assistant(tmp_path, {"frequentation.csv": board, "rapport.md": report})
    answer = assistant.ask("En octobre 2025, combien d'accueils au siège de la MDA et à l'antenne ?").answer
    assert "Octobre — 569 · 110 · 679" in answer.text, answer.text


def test_who_funds_is_answered_by_each_row_of_the_funders_table(tmp_path):
    # a funder's row each, and the total the later ask wants: not the one row that scored best
    deck = ("# Financements 2026 du programme jeunesse\n\n| Financeur | Objet | Montant 2026 |\n|---|---|---|\n"
            "| ARS Bretagne | Antenne de la MDA et sessions PSSM | 92 000 € |\n"
            "| Contrat de ville | Permanences PAEJ en QPV, ateliers écrans | 21 500 € |\n"
            "| CAF | Groupe de parents | 15 000 € |\n| Total | | 128 500 € |\n\n"
            "Le montant du contrat de ville 2026 reste sous réserve du comité de pilotage de mars.\n")
    assistant = lexical_assistant(tmp_path, {"financements.md": deck})
    answer = assistant.ask("Qui finance le programme jeunesse en 2026, et ça fait combien au total ?").answer
    for row in ("ARS Bretagne — ", "Contrat de ville — ", "CAF — ", "Total — – · 128 500 €"):
        assert row in answer.text, answer.text


def test_a_quarter_asked_is_read_on_its_subtotal_row(tmp_path):
    sheet = ("Tableau de suivi du SAMU social 2025 (sous-totaux par trimestre)\nMois;Nuits de sortie;Rencontres\n"
             "juin;13;199\njuillet;13;190\naoût;13;187\nseptembre;13;189\nSous-total T3;39;566\n"
             "octobre;18;240\nSous-total T4;54;702\nTotal 2025;203;2 400\n")
    assistant = lexical_assistant(tmp_path, {"samu.csv": sheet})
    answer = assistant.ask("Combien de nuits de sortie et de rencontres au 3e trimestre dans le tableau du SAMU social ?")
    assert "Sous-total T3 — 39 · 566" in answer.answer.sentences[0].text, answer.answer.text


def test_how_many_people_said_as_du_monde_is_a_count_of_people(tmp_path):
    report = ("# Rapport d'activité de la PASS psy\n\nLa PASS psy participe au groupe de travail du CLSM.\n\n"
              "En 2025, la PASS psy a suivi 341 personnes, contre 287 en 2024.\n")
    assistant = lexical_assistant(tmp_path, {"rapport.md": report})
    answer = assistant.ask("La PASS psy, elle a suivi combien de monde en 2025 ?").answer
    assert "341 personnes" in answer.text, answer.text


def test_hours_asked_of_a_named_row_are_read_in_the_column_the_header_names(tmp_path):
    from conftest import lexical_assistant

    # a CSV export: the hours are a bare figure under "Heures d'infirmière scolaire par semaine"; a summary line of
    # another document gives hours too, of all schools, not of the one asked
    files = {
        "ecoles.csv": "École;Quartier;Élèves;Heures d'infirmière scolaire par semaine\n"
                      "École Jules-Ferry;Les Tilleuls;286;6\nÉcole Jean-Macé;Champ-Rollin;198;4\n"
                      "École Pasteur;Le Plateau;225;2\nTotal;;709;12\n",
        "bilan.md": "# Santé scolaire\n\n2 infirmières scolaires pour les écoles élémentaires : 34 heures par semaine "
                    "au total.\n",
    }
    answer = lexical_assistant(tmp_path, files).ask(
        "Combien d'heures d'infirmière scolaire par semaine pour l'école Jean-Macé ?").answer
    assert not answer.abstained and "Jean-Macé" in answer.text and "198 · 4" in answer.text, answer.text


def test_a_place_compared_with_others_is_answered_by_the_rows_of_each_place(tmp_path):
    from conftest import lexical_assistant

    # a slide's table of a rate by territory, with a note row; beside it a funders' table whose labels name places
    slide = ("# Suicide des aînés : un département au-dessus des moyennes\n\n"
             "Territoire | Taux de décès par suicide, 65 ans et plus, pour 100 000\n--- | ---\n"
             "Cher-et-Sauldre | 27,6\nCentre-Val de Loire | 24,9\nFrance métropolitaine | 21,4\n"
             "Moyenne 2019-2021, taux standardisés | 5\n")
    budget = ("# Budget 2025\n\nFinanceur | Montant 2025\n--- | ---\nAgence régionale de santé (ARS) de Normandie | "
              "12 000 €\nVille de Vernançay | 10 500 €\nTotal | 22 500 €\n")
    assistant = lexical_assistant(tmp_path, {"aines.md": slide, "budget.md": budget})
    answer = assistant.ask("Suicide des 65 ans et plus : le Cher-et-Sauldre est à combien, par rapport à la région et à "
                           "la moyenne nationale ?").answer
    assert all(row in answer.text for row in ("Cher-et-Sauldre — 27,6", "Centre-Val de Loire — 24,9",
                                              "France métropolitaine — 21,4")), answer.text
    assert "taux standardisés" not in answer.text, answer.text  # a note, not a place
    from assistant.answer.lists import _is_territory
    assert _is_territory("Moyenne nationale") and _is_territory("Orsange (département)")
    assert not any(_is_territory(label) for label in ("Hommes", "ARS", "Agence régionale de santé", "Total"))
