"""Pure cleaning functions: characters, running lines, page numbers, hyphenation, line joins, builds."""

from __future__ import annotations

from collections import Counter

from assistant.ingest import clean


def test_normalise_chars():
    text = "ﬁnancement\u00a0de la ﬂotte\r\n• premier\n▪ second\n   espaces   multiples  "
    assert clean.normalise_chars(text) == "financement de la flotte\n- premier\n- second\nespaces multiples"


def test_running_lines_found_and_dropped_even_when_split():
    pages = [["RETOUR SUR...", "—", "SANTÉ MENTALE", f"Contenu de la page {n}", str(n)] for n in range(1, 7)]
    pages[3] = ["RETOUR", "SUR...", "SANTÉ MENTALE", "Contenu quatre"]
    running = clean.find_running_lines(pages)
    assert "retour sur" in running and "santé mentale" in running
    assert "contenu de la page" in running  # digits are ignored: the same template on every page
    assert clean.drop_running_lines(pages[3], running) == ["Contenu quatre"]


def test_body_line_with_header_words_in_another_case_survives():
    pages = [["- HAUTS-DE-FRANCE", text] for text in ("un", "deux", "trois", "quatre", "cinq")] + [["Agence Régionale de Santé", "Hauts-de-France"]]
    running = clean.find_running_lines(pages)
    shapes = clean.case_shapes(pages)
    assert clean.drop_running_lines(pages[0], running, shapes) == ["un"]
    assert clean.drop_running_lines(pages[-1], running, shapes) == ["Agence Régionale de Santé", "Hauts-de-France"]


def test_page_numbers():
    assert clean.drop_page_numbers(["Titre", "texte", "3"], 3, 10) == ["Titre", "texte"]
    assert clean.drop_page_numbers(["Page 3", "texte"], 3, 10) == ["texte"]
    assert clean.drop_page_numbers(["texte", "3/12"], 3, 12) == ["texte"]
    assert clean.drop_page_numbers(["texte", "- 4 -"], 4, 12) == ["texte"]
    assert clean.drop_page_numbers(["texte", "2024"], 3, 12) == ["texte", "2024"]  # a year, not a page
    assert clean.drop_page_numbers(["texte", "3/4"], 9, 12) == ["texte", "3/4"]  # a score on a slide
    assert clean.drop_page_numbers(["18", "texte", "suite"], 3, 40) == ["18", "texte", "suite"]


def test_hyphenation_rule():
    vocab = Counter()
    assert clean.join_hyphenated("santé men", "tale", vocab) == "santé mentale"
    assert clean.join_hyphenated("Hauts-de", "France", vocab) == "Hauts-de-France"
    assert clean.join_hyphenated("région des Hauts", "de", vocab) == "région des Hauts-de"
    assert clean.join_hyphenated("a", "t", vocab) == "a-t"
    assert clean.join_hyphenated("médico", "social", vocab) == "médico-social"
    assert clean.join_hyphenated("celle", "ci", vocab) == "celle-ci"
    assert clean.join_hyphenated("c'est-à", "dire", vocab) == "c'est-à-dire"
    # the document's own vocabulary wins over the rule
    assert clean.join_hyphenated("co", "construction", Counter({"co-construction": 2})) == "co-construction"
    assert clean.join_hyphenated("médico", "sociaux", Counter({"médicosociaux": 1})) == "médicosociaux"


def test_dehyphenate_moves_the_word_and_its_punctuation_up():
    lines = ["acteurs du champ médico-", "social, emploi et la santé men-", "tale des habitants."]
    assert clean.dehyphenate(lines, Counter()) == ["acteurs du champ médico-social,", "emploi et la santé mentale", "des habitants."]


def test_join_lines():
    lines = [
        "Le conseil local de santé mentale réunit les élus et la psychiatrie publique du",
        "territoire. Il agit.",
        "Les partenaires se retrouvent.",
        "- premier point",
        "qui continue ici",
        "- second point –",
        "VALBONNE",
    ]
    assert clean.join_lines(lines) == (
        "Le conseil local de santé mentale réunit les élus et la psychiatrie publique du territoire. Il agit.\n"
        "Les partenaires se retrouvent.\n"
        "- premier point qui continue ici\n"
        "- second point – VALBONNE"
    )


def test_a_line_ending_on_a_closing_quote_goes_on_unless_a_stop_ends_it_first():
    lines = ["Ils exposent au risque de « ping-pong »", "entre services, chacun renvoyant vers l'autre.",
             "Elle nous a dit : « on verra. »", "ensuite la réunion a repris."]
    assert clean.join_lines(lines) == ("Ils exposent au risque de « ping-pong » entre services, chacun renvoyant vers "
                                       "l'autre.\nElle nous a dit : « on verra. »\nensuite la réunion a repris.")


def test_a_line_opening_on_the_euro_sign_goes_on_from_the_line_before():
    lines = ["Pour la première année, 86 000 € sont mobilisés : 36 000", "€ par la ville, 30 000 € par l'ARS.",
             "Le comité se réunit en juin."]
    assert clean.join_lines(lines).split("\n") == [
        "Pour la première année, 86 000 € sont mobilisés : 36 000 € par la ville, 30 000 € par l'ARS.",
        "Le comité se réunit en juin."]
    assert clean.join_lines(lines, slides=True).split("\n")[0].endswith("30 000 € par l'ARS.")


def test_a_sentence_going_on_with_a_figure_in_a_narrow_column_is_one_line():
    """A two-column newsletter under a full-width editorial: its column lines are short beside the page's widest,
    and a sentence wrapped before a figure ("…ont réuni" / "74 spectateurs…") is still one sentence; a key figure
    under its heading, and the line after a sentence's end, are not joined to them."""
    lines = ["Pour sa cinquième participation aux Semaines d'information sur la santé mentale, Port-Ardelle a battu "
             "ses records.", "Les deux séances du théâtre-forum, jouées par la Compagnie du Ressac, ont réuni",
             "74 spectateurs aux Salines et 52 à la Vigie.", "Les SISM 2025 en chiffres", "2 140",
             "participations au total"]
    assert clean.join_lines(lines).split("\n") == [
        lines[0], "Les deux séances du théâtre-forum, jouées par la Compagnie du Ressac, ont réuni 74 spectateurs aux "
        "Salines et 52 à la Vigie.", "Les SISM 2025 en chiffres", "2 140 participations au total"]
    figures = [lines[0], "410 visiteurs au village santé mentale de la Vigie", "126 spectateurs des deux théâtres-forums"]
    assert clean.join_lines(figures).split("\n") == figures
    headed = [lines[0], "Activité du service d'accompagnement à domicile", "152 personnes accompagnées en 2025."]
    assert clean.join_lines(headed).split("\n") == headed  # a heading over a figure


def test_a_line_ending_on_a_word_that_cannot_end_a_sentence_goes_on_with_the_next():
    """"…Parmi eux, 119, soit" / "29 %, obtiennent…": "soit", "dont", "que" leave the sentence open, even before a
    figure and its comma."""
    lines = ["Entre juin 2025 et février 2026, 412 adultes ont rempli le questionnaire : 195 en consultation et 217",
             "lors des permanences. Parmi eux, 119, soit", "29 %, obtiennent un score supérieur ou égal à 33.",
             "Les cinq quartiers dont", "trois prioritaires ont participé."]
    assert clean.join_lines(lines).split("\n") == [
        "Entre juin 2025 et février 2026, 412 adultes ont rempli le questionnaire : 195 en consultation et 217 lors "
        "des permanences. Parmi eux, 119, soit 29 %, obtiennent un score supérieur ou égal à 33.",
        "Les cinq quartiers dont trois prioritaires ont participé."]


def test_a_heading_in_capitals_is_never_joined_to_the_line_before():
    lines = ["Conception AVVG avec le soutien de la Ville de Montbazac et du contrat de ville — mars 2026 — ne pas jeter",
             "PRÉPARER UN DÉPART : LE SAC DE SÉCURITÉ",
             "Si vous pensez devoir partir un jour, préparez à l'avance un sac que vous pourrez prendre vite."]
    assert clean.join_lines(lines).split("\n") == lines
    assert clean.join_lines(["Le CLSM réunit les élus et la psychiatrie publique et les associations du", "CAARUD"]) \
        == "Le CLSM réunit les élus et la psychiatrie publique et les associations du CAARUD"  # one acronym goes on


def test_join_lines_rejoins_cut_urls():
    lines = [
        "→ Pour en savoir plus : https://www.fabrique-territoires-sante.org/ressources/epinay-le-res",
        "eau-estime-de-soi",
    ]
    assert clean.join_lines(lines).endswith("/epinay-le-reseau-estime-de-soi")


def test_slide_builds_keep_the_fullest_version_in_place():
    slides = [
        ["Intro", "- a"],
        ["Étapes", "- un"],
        ["Étapes", "- un", "- deux"],
        ["Étapes", "- un", "- deux", "- trois"],
        ["Fin"],
    ]
    assert clean.collapse_slide_builds(slides) == [["Intro", "- a"], [], [], ["Étapes", "- un", "- deux", "- trois"], ["Fin"]]


def test_builds_repeated_inside_one_page_collapse():
    page = ["FAQ", "Question ?", "Réponse.", "Question ?", "Réponse.", "- point 1", "Question ?", "Réponse.", "- point 1", "- point 2"]
    assert clean.collapse_slide_builds([page]) == [["FAQ", "Question ?", "Réponse.", "- point 1", "- point 2"]]


def test_distinct_slides_sharing_a_title_are_kept():
    slides = [["Qu'est-ce qu'un CLSM ?", "Une philosophie"], ["Qu'est-ce qu'un CLSM ?", "Les missions"]]
    assert clean.collapse_slide_builds(slides) == slides


def test_slide_title():
    assert clean.slide_title("Les étapes de création\n- Diagnostic") == "Les étapes de création"
    assert clean.slide_title("- un\n- deux\n- trois\nTitre tardif") == ""


def test_a_compound_place_name_cut_after_its_hyphen_is_joined_and_a_suspended_hyphen_kept():
    from assistant.ingest.clean import normalise_chars

    assert normalise_chars("CLSM en Hauts-de- France et en Île-de- France") == "CLSM en Hauts-de-France et en Île-de-France"
    assert normalise_chars("les soins pré- et post-natals") == "les soins pré- et post-natals"


def test_a_footnote_letter_run_into_a_word_is_dropped_when_the_document_writes_the_word_without_it():
    vocab = clean.vocabulary("Les hospitalisations et les urgences. Taux de mortalité. Organiser, organise.")
    line = "Des hospitalisationsa pour TS · 7 017 passages aux urgenceso · mortalitéo · il faut organiser"
    assert clean.drop_footnote_letters(line, vocab) == (
        "Des hospitalisations pour TS · 7 017 passages aux urgences · mortalité · il faut organiser")
    assert clean.drop_footnote_letters("une prestationsa", vocab) == "une prestationsa"  # "prestations" unknown


def test_a_footnote_number_run_into_a_word_is_dropped_when_the_page_has_that_footnote():
    document = "Le score MHI-5 mesure la détresse des habitants ; les PRS2 régionaux."
    lines = ["auprès de 212 000 habitants1. Elle compte", "le score MHI-52 et un budget de 98 500 euros3",
             "les PRS2 et le COVID-19", "1 Recensement de la population 2021, Insee.", "2 Source : Baromètre.",
             "3 Budget exécuté."]
    cleaned = clean.drop_footnote_numbers(lines, document)
    assert cleaned[0] == "auprès de 212 000 habitants. Elle compte"
    assert cleaned[1] == "le score MHI-5 et un budget de 98 500 euros"
    assert cleaned[2] == "les PRS2 et le COVID-19"  # a code the document writes so, no footnote 9
    assert cleaned[3:] == lines[3:]  # the footnotes themselves are kept
    assert clean.drop_footnote_numbers(lines[:3], document) == lines[:3]  # no footnote on the page


def test_lines_of_a_narrow_column_are_joined_and_a_number_cut_at_its_space_is_one_number():
    column = ["L'enquête a été réalisée par téléphone et en face à", "face entre le 4 mars et le 12 avril auprès de 1",
              "206 habitants âgés de 18 ans et plus, résidant dans", "32 des 33 quartiers prioritaires de Bretagne. Les",
              "résultats sont redressés sur l'âge et le sexe (39", "%). Fin."]
    joined = clean.join_lines(column)
    assert "\n" not in joined
    assert "auprès de 1 206 habitants" in joined and "(39 %)" in joined
    contents = ["Tableau 1 – Chiffres clés du territoire ............................ 3", "Synthèse",
                "Le CLSM a atteint ses objectifs."]
    assert clean.join_lines(contents).split("\n")[:2] == contents[:2]  # an entry of contents ends its line


def test_a_slide_number_printed_under_the_title_and_footer_is_found_and_dropped():
    pages = [["Titre", "Rencontre régionale – 5 décembre 2024", str(n + 1 if n >= 5 else n), "Contenu"]
             for n in range(1, 9)]  # slide 5 is hidden: pages 5-8 print 6-9
    printed = clean.printed_numbers(pages)
    assert printed == [1, 2, 3, 4, 6, 7, 8, 9]
    assert clean.drop_printed_number(["Le déploiement", "6", "486 secouristes formés"], 6) == [
        "Le déploiement", "486 secouristes formés"]


def test_steps_drawn_as_numbers_apart_from_their_text_read_as_numbered_lines():
    lines = ["Le parcours d'une famille", "1", "Repérage par l'école", "Parenthèse", "2", "Premier entretien",
             "3", "Six séances", "64", "Les Chaumes"]
    assert clean.number_steps(lines) == ["Le parcours d'une famille", "1 Repérage par l'école", "Parenthèse",
                                         "2 Premier entretien", "3 Six séances", "64", "Les Chaumes"]
    chart = ["Enfants par quartier", "64", "Les Chaumes", "47", "Saint-Éloi", "31", "Le Pré"]
    assert clean.number_steps(chart) == chart  # values of a chart are no series of steps



def test_a_long_line_on_every_page_is_furniture_at_the_page_edge_only():
    from assistant.ingest.clean import find_running_lines, line_key

    footer = "Guide pratique « Troubles psychiques et accès aux droits » — Réseau régional des CLSM de Nouvelle-Aquitaine — février 2026"
    body = ("Chaque MDPH dispose d'une adresse électronique de contact et d'un site internet, et son accueil répond "
            "du lundi au vendredi.")
    assert len(footer) > 100 and len(body) > 100
    pages = [[f"Titre {n}", f"Texte {n} a", f"Texte {n} b", body, f"Texte {n} c", f"Texte {n} d", footer]
             for n in range(5)]
    running = find_running_lines(pages)
    assert line_key(footer) in running and line_key(body) not in running


def test_a_slide_number_out_of_the_deck_counts_when_the_deck_prints_that_total():
    from assistant.ingest.clean import printed_numbers

    assert printed_numbers([["Titre", "Sous-titre", "Pied de page", f"{n} / 4", "Texte", "Suite"]
                            for n in range(1, 5)]) == [1, 2, 3, 4]
    # a fraction among the figures of a deck that prints bare numbers is no slide number
    slides = [["Titre", "a", "b", "1"], ["Titre", "a", "b", "3/4"], ["Titre", "a", "b", "3"], ["Titre", "a", "b", "4"]]
    assert printed_numbers(slides) == [1, 2, 3, 4]


def test_a_line_opening_on_a_colon_goes_on_from_the_line_before():
    lines = ["ni de paresse ni de caprice", ": l'angoisse est réelle, souvent accompagnée de maux de ventre."]
    assert clean.join_lines(lines) == ("ni de paresse ni de caprice : l'angoisse est réelle, souvent accompagnée de "
                                       "maux de ventre.")


def test_control_characters_go_but_a_bullet_read_as_one_stays_a_bullet():
    # a wiki page printed to PDF gives its icons as NUL characters; a Symbol-font bullet comes out as DEL
    assert clean.normalise_chars("\x00 Ville : Courvières\n\x7f remplir la fiche") == (
        "Ville : Courvières\n- remplir la fiche")
    assert clean.normalise_chars("Le\x03CLSM de la ville") == "Le CLSM de la ville"  # a space, not glued words


def test_a_drop_cap_rejoins_its_word_but_panel_letters_do_not():
    vocab = clean.vocabulary("Cette rentrée. ette rentrée. après près")
    assert clean.restore_drop_caps(["C", "La Lettre", "Édito", "ette rentrée restera"], vocab) == [
        "La Lettre", "Édito", "Cette rentrée restera"]
    assert clean.restore_drop_caps(["A", "B", "Part des jeunes reçus :", "près de 40 %"], vocab) == [
        "A", "B", "Part des jeunes reçus :", "près de 40 %"]


def test_a_bracket_the_next_line_closes_and_a_figure_cut_from_its_label_go_on_from_the_line_before():
    lines = ["Enfants suivis en CMP (2024) : Val-de-Sévrine 31 % ; Nouvelle-Aquitaine 26 % ; France", "23 %.",
             "693 000 € : budget 2026 de l'EMAP (ARS", "Nouvelle-Aquitaine 498 000 €, Département 195 000 €).",
             "Part des jeunes résidant en QPV", "55 %", "58 %"]
    assert clean.join_lines(lines).split("\n") == [
        "Enfants suivis en CMP (2024) : Val-de-Sévrine 31 % ; Nouvelle-Aquitaine 26 % ; France 23 %.",
        "693 000 € : budget 2026 de l'EMAP (ARS Nouvelle-Aquitaine 498 000 €, Département 195 000 €).",
        "Part des jeunes résidant en QPV", "55 %", "58 %"]  # a table's cells, one a line, stay apart
