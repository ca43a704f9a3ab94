"""Quotable sentences of a passage: exact spans, slide lines read together, lists found."""

from __future__ import annotations

from assistant.sentences import is_heading, is_labelled_title, list_blocks, readable, sentence_spans, sentences

SLIDE = ("Les CLSM en France\n2011\n40 CLSM actifs\n30 en projet\n2024\n276 CLSM actifs\n125 en projet\n"
         "18%\n12%24%\nProfil des participants\n80% de femmes")


def test_short_slide_lines_are_read_together_and_a_year_heads_its_run():
    assert sentences(SLIDE)[:3] == ("Les CLSM en France", "2011\n40 CLSM actifs\n30 en projet",
                                    "2024\n276 CLSM actifs\n125 en projet")
    assert readable("2024\n276 CLSM actifs\n125 en projet") == "2024 · 276 CLSM actifs · 125 en projet"
    assert readable("Trois niveaux :\nassemblée plénière") == "Trois niveaux : assemblée plénière"
    # a table's header, then its row: what the cells are, then the cells
    assert readable("Indicateur · Hommes · Femmes\nTrouble sévère — 27 % · 38 %") == (
        "Indicateur · Hommes · Femmes : Trouble sévère — 27 % · 38 %")


def test_chart_labels_without_letters_are_not_read_with_words():
    got = sentences(SLIDE)
    assert "Profil des participants\n80% de femmes" in got
    assert not any("12%24%" in s and "Profil" in s for s in got)


def test_spans_are_exact_and_bullets_are_trimmed():
    text = "Les missions :\n- Appui au développement des CLSM\n- Animation du réseau national\nFin."
    for start, end in sentence_spans(text):
        assert text[start:end] == text[start:end].strip() and not text[start:end].startswith("-")
    assert sentences(text) == ("Les missions :", "Appui au développement des CLSM", "Animation du réseau national",
                               "Fin.")


def test_lists_are_found_with_the_line_that_introduces_them():
    text = ("Les missions du centre :\n- Appui au développement des CLSM\n- Animation du réseau\n"
            "- Production de ressources\nTexte après.\nTrois niveaux :\nAssemblée plénière\nComité de pilotage\n"
            "Groupes de travail")
    blocks = [(text[i[0]:i[1]] if i else None, [text[a:b] for a, b in items]) for i, items in list_blocks(text)]
    assert blocks == [
        ("Les missions du centre :", ["Appui au développement des CLSM", "Animation du réseau",
                                      "Production de ressources"]),
        ("Trois niveaux :", ["Assemblée plénière", "Comité de pilotage", "Groupes de travail"]),
    ]


def test_a_long_item_goes_on_a_list_punctuated_the_french_way_not_a_slides_bullets():
    long_item = ("- Déstigmatisation et citoyenneté, co-piloté par le GEM Le Phare et la délégation du Morbihan de "
                 "l'UNAFAM : programme des Semaines d'information sur la santé mentale, interventions de personnes "
                 "concernées.")
    text = ("Quatre groupes de travail font vivre le CLSM :\n- Logement et habitat, piloté par Armor Habitat Sud ;\n"
            "- Jeunesse et santé mentale, piloté par la Maison des adolescents ;\n" + long_item + "\n")
    assert len(long_item) > 200
    [(_, items)] = list_blocks(text)
    assert len(items) == 3 and text[items[-1][0]:items[-1][1]].startswith("Déstigmatisation")
    # a slide's bullets without ";": a long line after them is a paragraph of its own, not one more item
    slide = ("Le CLSM représente une plus-value :\n- Une force de frappe à la hauteur des enjeux\n"
             "- Des acteurs mobilisés\n" + long_item + "\n")
    [(_, items)] = list_blocks(slide)
    assert len(items) == 2


def test_a_table_of_words_as_ingest_lays_it_out_is_a_list_of_its_rows_and_a_table_of_figures_is_not():
    decisions = ("Le comité a adopté les décisions suivantes.\nRelevé de décisions\nN° · Décision · Responsable\n"
                 "1 — Diffuser les résultats de l'enquête · Inès Bouzid\n"
                 "2 — Ouvrir une permanence · Jean-Paul Decroix\n"
                 "Prochaine réunion : jeudi 13 mars 2025.")
    blocks = [(decisions[i[0]:i[1]], [decisions[a:b] for a, b in items]) for i, items in list_blocks(decisions)]
    assert ("Relevé de décisions", ["1 — Diffuser les résultats de l'enquête · Inès Bouzid",
                                    "2 — Ouvrir une permanence · Jean-Paul Decroix"]) in blocks
    figures = ("Financement en 2024\nFinanceur · Montant · Part\nARS — 42 000 € · 48 %\n"
               "Ville — 30 000 € · − 34 %\nÉtat — 12 000 € · 14 %")
    assert not any("000 €" in figures[a:b] for _, items in list_blocks(figures) for a, b in items)
    # a line that only looks like a header (a row, or values named by no column) opens no table
    rows_only = ("Gironde — Bordeaux · 6,4 mois\nLandes — Mont-de-Marsan · 4,4 mois\n"
                 "Creuse — Guéret · 3,2 mois")
    assert not list_blocks(rows_only)


def test_bulleted_paragraphs_three_in_a_row_are_a_list():
    step = ("- {}. Trois à six partenaires suffisent : un centre social ou une maison de quartier, le GEM ou une "
            "association d'usagers, le CLSM s'il existe, un service de soins, et si possible un ou deux habitants.")
    names = ("Constituer un collectif porteur", "Partir des représentations", "Évaluer, même simplement")
    three = "\n\n".join(step.format(name) for name in names)
    assert all(len(step.format(name)) > 200 for name in names)
    [(_, items)] = list_blocks(three)
    assert [three[a:b].split(".")[0] for a, b in items] == list(names)
    assert not list_blocks("\n\n".join(step.format(name) for name in names[:2]))  # two paragraphs are paragraphs


def test_headings_name_a_topic():
    assert is_heading("Mode opératoire de tentatives de suicide")
    assert not is_heading("L'auto-intoxication constitue le mode opératoire dans 80% des cas")
    assert not is_heading("Les missions :")


def test_a_numbered_title_said_as_a_sentence_is_a_title():
    assert is_labelled_title("Recommandation 5 — Traiter le suicide avec précaution.")
    assert is_labelled_title("Article 3 : Gouvernance")
    assert is_labelled_title("R2 – Former les gardiens d'immeuble.")
    # a sentence that says something after its label, or a figure, is no title
    assert not is_labelled_title("Recommandation 5 — Les journalistes ne décrivent jamais la méthode utilisée "
                                 "ni le lieu précis du passage à l'acte.")
    assert not is_labelled_title("Objectif 2 : former 150 secouristes.")
    assert not is_labelled_title("Traiter le suicide avec précaution.")


def test_a_list_without_bullets_is_found_under_its_heading_anywhere_in_a_passage():
    text = ("- Un CLSM répond à une logique communautaire et vise le développement social de tous les habitants "
            "du territoire, avec leur participation active à toutes les étapes de la démarche engagée\n"
            "- Il agit en prévention\n- Il s'appuie sur les ressources locales\n"
            "Qu'est-ce qu'un CLSM ?\nLes grandes missions\nLa lutte contre la stigmatisation\n"
            "La prévention des troubles psychiques\nL'accès aux soins (en cohérence avec les parcours de vie)\n"
            "Les CLSM : des outils inscrits dans la politique nationale\n")  # the next slide's title
    blocks = [(text[i[0]:i[1]] if i else None, [text[a:b] for a, b in items]) for i, items in list_blocks(text)]
    assert ("Qu'est-ce qu'un CLSM ?", ["Les grandes missions", "La lutte contre la stigmatisation",
                                       "La prévention des troubles psychiques",
                                       "L'accès aux soins (en cohérence avec les parcours de vie)"]) in blocks
    # sentences of a paragraph are not items
    assert not list_blocks("Le CLSM réunit les élus.\nIl agit en prévention.\nIl s'appuie sur le réseau.")


def test_contents_entries_and_captions_are_told_from_list_items():
    from assistant.sentences import is_caption, is_contents_entry

    assert is_contents_entry("Tableau 1 – Chiffres clés du territoire ........................ 3")
    assert is_contents_entry("Tableau 2 – Activité du RESAD ................")  # the page number cut off
    assert not is_contents_entry("1) pérenniser le poste de coordination d'ici 2026 ;")
    assert is_caption("Tableau 1 – Détresse selon l'agglomération") and is_caption("Figure 2 : Répartition")
    assert not is_caption("Tableaux de bord partagés avec les partenaires")


def test_steps_numbered_without_a_dot_and_items_told_in_prose_are_lists():
    from assistant.sentences import list_blocks

    slide = ("Le parcours d'une famille\n1 Repérage par l'école\nParenthèse\n2 Premier entretien sous 15 jours\n"
             "3 Jusqu'à 6 séances\n4 Bilan à 3 mois")
    found = [([slide[a:b] for a, b in items], intro and slide[intro[0]:intro[1]]) for intro, items in list_blocks(slide)]
    assert (["1 Repérage par l'école", "2 Premier entretien sous 15 jours", "3 Jusqu'à 6 séances",
             "4 Bilan à 3 mois"], "Le parcours d'une famille") in found
    prose = ("J'en donnerais trois. D'abord, prendre le temps de se faire connaître. Ensuite, ne jamais travailler "
             "seule. Enfin, connaître les limites de son rôle. Merci.")
    (intro, items), = list_blocks(prose)
    assert prose[intro[0]:intro[1]] == "J'en donnerais trois."
    assert [prose[a:b] for a, b in items] == ["D'abord, prendre le temps de se faire connaître.",
                                             "Ensuite, ne jamais travailler seule.",
                                             "Enfin, connaître les limites de son rôle."]


def test_short_items_told_in_prose_are_a_list_and_a_story_is_not():
    from assistant.sentences import list_blocks, ordinal_noun

    prose = "J'en donnerais trois. D'abord, le logement. Ensuite, l'emploi. Enfin, la santé."
    assert [[prose[a:b] for a, b in items] for _, items in list_blocks(prose)] == [
        ["D'abord, le logement.", "Ensuite, l'emploi.", "Enfin, la santé."]]
    counted = ("Quels seraient tes conseils ? Premier conseil, commencer avec un seul bailleur. Deuxième conseil, "
               "écrire la charte avant la réunion. Et troisième conseil, toujours faire un retour. Merci Karim.")
    (_, items), = list_blocks(counted)  # ordinals count their items themselves: no "enfin" needed
    assert [counted[a:b] for a, b in items][-1] == "Et troisième conseil, toujours faire un retour."
    assert ordinal_noun(counted[items[0][0]:items[0][1]]) == "conseil" and not ordinal_noun("Premier ministre")
    assert list_blocks("J'en vois deux. D'abord, le logement. Ensuite, la santé. Merci.") == ()  # no "enfin"
    spoken = "On a fait trois choses. D'abord, la CPTS. Et ensuite, une ligne dédiée. Et enfin, une soirée par an."
    assert [[spoken[a:b] for a, b in items] for _, items in list_blocks(spoken)] == [  # "Et ensuite," as said
        ["D'abord, la CPTS.", "Et ensuite, une ligne dédiée.", "Et enfin, une soirée par an."]]
    # speech counts with ordinals standing for the noun announced ("trois questions" … "La première, c'est : …")
    pronouns = ("On a ajouté trois questions sur le moral. La première, c'est : comment vous sentez-vous ? La deuxième "
                ": est-ce que quelqu'un est venu vous voir ? Et la troisième, qui nous faisait peur : est-ce que la vie "
                "vaut la peine ? Voilà pour la trame.")
    (intro, items), = list_blocks(pronouns)
    assert pronouns[intro[0]:intro[1]] == "On a ajouté trois questions sur le moral."
    assert [pronouns[a:b][:16] for a, b in items] == ["La première, c'e", "La deuxième : es", "Et la troisième,"]
    assert ordinal_noun("La première, c'est : comment ?") == ""
    assert list_blocks("La première fois, j'ai eu peur. Puis j'ai compris. Merci.") == ()
    story = ("Le CLSM a été créé en 2015. D'abord porté par la ville, il est ensuite passé au CCAS. Puis il a "
             "grandi. Finalement, il compte 40 membres.")
    assert list_blocks(story) == ()


def test_a_long_item_that_goes_on_numbering_stays_in_its_list():
    from assistant.sentences import list_blocks

    long_item = "4. porter une attention particulière aux deux quartiers prioritaires de la politique de la ville " \
                "(QPV) de la commune, Les Tanneries et le Bois-Joli, qui comptent 6 840 habitants, soit 31 % de la " \
                "population communale ;"
    assert len(long_item) > 200
    letter = ("Ce soutien est assorti des engagements suivants :\n1. maintenir un ETP ;\n2. réunir l'assemblée "
              "plénière ;\n3. inscrire les actions dans le PTSM ;\n" + long_item + "\n5. transmettre un bilan.\n"
              "La subvention sera versée en deux fois.")
    (intro, items), = list_blocks(letter)[:1]
    assert [letter[a:b][:2] for a, b in items] == ["1.", "2.", "3.", "4.", "5."]
    assert letter[intro[0]:intro[1]] == "Ce soutien est assorti des engagements suivants :"


def test_ordinal_items_with_a_colon_asides_between_them_or_after_connectives_are_a_list():
    from assistant.sentences import list_blocks

    roles = ("Le CLSM a joué trois rôles. Premier rôle : faire remonter le besoin. Deuxième rôle : ouvrir des "
             "portes. C'est le CLSM qui a négocié les salles. Troisième rôle : former. Merci.")
    (intro, items), = list_blocks(roles)
    assert [roles[a:b] for a, b in items] == ["Premier rôle : faire remonter le besoin.",
                                              "Deuxième rôle : ouvrir des portes.", "Troisième rôle : former."]
    steps = ("Il y a eu quatre étapes. D'abord, constituer un noyau. Ensuite, trouver un parrain. Troisième "
             "étape, répondre à l'appel. Et la quatrième étape, trouver un local, a été la plus longue. Oui.")
    (intro, items), = list_blocks(steps)
    assert steps[intro[0]:intro[1]] == "Il y a eu quatre étapes." and len(items) == 4


def test_numbered_items_each_with_a_line_under_it_are_one_list():
    from assistant.sentences import list_blocks

    slide = ("Les six priorités du PTSM\n1. Repérage précoce\nFormer les acteurs au repérage des troubles\n"
             "2. Accès aux soins\nRéduire les délais en CMP\n3. Situations de crise\nOrganiser la réponse à l'urgence\n"
             "4. Logement\nDévelopper le logement accompagné")
    (intro, items), = list_blocks(slide)
    assert slide[intro[0]:intro[1]] == "Les six priorités du PTSM"
    assert [slide[a:b] for a, b in items][0] == "1. Repérage précoce\nFormer les acteurs au repérage des troubles"
    assert slide[items[-1][0]:items[-1][1]] == "4. Logement\nDévelopper le logement accompagné" and len(items) == 4


def test_a_key_figure_alone_on_its_line_is_read_with_its_label_but_chart_values_are_not():
    text = "Chiffres clés 2026\n41\nCLSM actifs au 30 juin 2026\n28,4\nETP de coordination financés"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Chiffres clés 2026", "41\nCLSM actifs au 30 juin 2026", "28,4\nETP de coordination financés"]
    # a key figure in its own paragraph, the words it opens in the next ("**37 %**" then "des jeunes …")
    figure = "Le chiffre du mois\n\n37 %\n\ndes jeunes de 18 à 25 ans déclarent avoir renoncé à consulter.\nSource : enquête."
    assert [figure[a:b] for a, b in sentence_spans(figure)] == [
        "Le chiffre du mois", "37 %\n\ndes jeunes de 18 à 25 ans déclarent avoir renoncé à consulter.",
        "Source : enquête."]
    chart = "Répartition\n18%\n12%24%\nHommes\nFemmes"
    assert [chart[a:b] for a, b in sentence_spans(chart)] == ["Répartition", "18%\n12%24%", "Hommes\nFemmes"]
    chart = "Répartition\n18 24\nHommes Femmes"  # two values, not one figure
    assert [chart[a:b] for a, b in sentence_spans(chart)] == ["Répartition", "18 24", "Hommes Femmes"]
    prose = "3\nLes habitants accueillis au GEM sont orientés par le CMP."  # a sentence is no figure's label
    assert [prose[a:b] for a, b in sentence_spans(prose)] == ["3", prose[2:]]


def test_a_numbered_label_printed_before_its_text_opens_its_sentence():
    from assistant.text import split_sentences

    text = ("Recommandation 1. Généraliser l'interprétariat professionnel. Recommandation 2. Former les agents.\n"
            "Le total est de 12. Ensuite viennent les autres.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Recommandation 1. Généraliser l'interprétariat professionnel.", "Recommandation 2. Former les agents.",
        "Le total est de 12.", "Ensuite viennent les autres."]


def test_a_sentence_opening_on_what_we_had_points_back_to_the_event_just_named():
    from assistant.sentences import points_back

    assert points_back("On avait dix-sept participants : six gardiens d'immeuble, quatre agents du CCAS.")
    assert points_back("Elle réunit douze partenaires.")
    assert not points_back("On a eu quatorze glissements de bail depuis le début du dispositif.")
    assert not points_back("La première session de formation a eu lieu le vingt-trois septembre.")
    # no verb, an act's noun and its date: of what the sentence before named ("D4. Recontact de proximité : …")
    assert points_back("Démarrage le 1er avril 2026, pour une expérimentation d'un an.")
    assert points_back("Lancement prévu en mai 2026.")
    assert not points_back("Actuellement le CMP compte deux infirmiers.")  # an adverb, no date
    assert not points_back("Financement\nEn 2024, le budget s'élève à 98 500 euros.")  # a heading over its text


def test_a_value_wrapped_after_the_colon_announcing_it_goes_on_from_that_line():
    text = ("Brévanec (Kerjaouen, Moulin-Vert) :\n22 % ; Trégonvel : 20 % ; Bretagne hors QPV : 12 %.\n"
            "Financement :\n- ARS : 20 000 €\n- Ville : 5 000 €\nÉtapes :\n1. Repérer\n2. Orienter")
    assert sentences(text)[0] == "Brévanec (Kerjaouen, Moulin-Vert) :\n22 % ; Trégonvel : 20 % ; Bretagne hors QPV : 12 %."
    assert "ARS : 20 000 €" in sentences(text) and "Repérer" in sentences(text)  # a list's items stay apart


def test_items_numbered_by_a_code_are_a_list():
    text = ("6. Recommandations\nR1. Documenter la recherche d'un tiers avant toute admission en péril imminent.\n"
            "R2. Aménager aux urgences un espace d'apaisement dédié aux patients en crise.\n"
            "R3. Remettre à chaque patient le livret des droits dès l'admission.\n")
    items = [text[a:b] for _, block in list_blocks(text) for a, b in block]
    assert any(item.startswith("R2. Aménager") for item in items) and len(items) >= 3


def test_items_told_in_prose_may_open_after_the_colon_announcing_them():
    text = ("Oui, on peut. Mes trois conseils : d'abord, commencez petit, avec cinq partenaires. Ensuite, écrivez une "
            "charte de confidentialité. Et enfin, il faut quelqu'un dont c'est le travail de coordonner.")
    blocks = [(text[i[0]:i[1]] if i else None, [text[a:b][:20] for a, b in items]) for i, items in list_blocks(text)]
    assert ("Mes trois conseils :", ["d'abord, commencez p", "Ensuite, écrivez une", "Et enfin, il faut qu"]) in blocks


def test_a_footnote_call_after_a_full_stop_ends_its_sentence():
    from assistant.text import split_sentences

    text = ("Le registre est passé de 1 184 inscrits en 2023 à 1 517 en 2025.6 Lors de l'épisode de canicule, "
            "l'équipe a passé 4 870 appels. Elles aident les aidants.3 Le guide est gratuit.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Le registre est passé de 1 184 inscrits en 2023 à 1 517 en 2025.6",
        "Lors de l'épisode de canicule, l'équipe a passé 4 870 appels.", "Elles aident les aidants.3",
        "Le guide est gratuit."]
    # a section's number and a decimal are no footnote's call
    for text in ("2.1 Les équipes mobiles interviennent.", "Voir la section 2.1 Les équipes.", "Une part de 12.5 % en 2024."):
        assert len(split_sentences(text)) == 1, text


def test_a_numbered_title_over_items_marked_another_way_introduces_them():
    """A report's "7. Recommandations" after section 6's bullets and over "R1. …", "R2. …": the bullets end there
    and the title introduces the recommendations; the last item of a numbered list ("4. …" before "=> …") stays
    an item."""
    text = ("6. Les points de vigilance\n- L'accès au dossier patient : accordé en lecture.\n"
            "- La charge émotionnelle : elle pèse.\n7. Recommandations\nR1. Pérenniser les deux postes existants.\n"
            "R2. Organiser une intervision régionale.\nR3. Rédiger une fiche de poste commune.")
    blocks = [(text[i[0]:i[1]] if i else None, [text[a:b] for a, b in items]) for i, items in list_blocks(text)]
    assert blocks[:2] == [
        ("6. Les points de vigilance", ["L'accès au dossier patient : accordé en lecture.",
                                        "La charge émotionnelle : elle pèse."]),
        ("7. Recommandations", ["R1. Pérenniser les deux postes existants.", "R2. Organiser une intervision régionale.",
                                "R3. Rédiger une fiche de poste commune."])], blocks
    socles = "Les 4 socles du CLS\n1. prévention\n2. accès aux soins\n3. santé environnementale\n4. santé mentale\n=> un CLSM"
    [(_, items)] = list_blocks(socles)[:1]
    assert "4. santé mentale" in [socles[a:b] for a, b in items]


def test_a_slide_whose_title_reads_label_colon_text_lists_items_that_read_so_too():
    """"Cyberharcèlement : les signes qui doivent alerter" over six lines, "Isolement : il se tient à l'écart…" among
    them: one more item, not the next slide's title."""
    slide = ("Cyberharcèlement : les signes qui doivent alerter\nChangement brutal d'humeur après le téléphone\n"
             "Refus d'aller au collège, maux de ventre le matin\nLe jeune supprime ses comptes\n"
             "Isolement : il se tient à l'écart du groupe, mange seul\nBaisse des résultats, troubles du sommeil\n")
    items = [[slide[a:b] for a, b in found] for _, found in list_blocks(slide)]
    assert ["Changement brutal d'humeur après le téléphone", "Refus d'aller au collège, maux de ventre le matin",
            "Le jeune supprime ses comptes", "Isolement : il se tient à l'écart du groupe, mange seul",
            "Baisse des résultats, troubles du sommeil"] in items, items


def test_a_question_read_from_the_chat_without_its_mark_is_a_question():
    from assistant.sentences import is_question

    # auto-captions drop the question mark: "deuxième question de karim … comment …" still asks
    assert is_question("deuxième question de karim directeur d'école comment une école qui n'est pas dans un quartier "
                       "prioritaire peut rejoindre le programme cps")
    assert is_question("Une question de Marie : comment s'inscrire")
    assert not is_question("Il y a une question de fond quand on parle de logement.")
    assert not is_question("La question de la stigmatisation, qui est centrale, revient souvent.")
    assert not is_question("C'est une question d'organisation quand les équipes sont réduites.")
    assert not is_question("Cette distinction n'est pas qu'une question de vocabulaire : « Si on demande à une "
                           "médiatrice de traduire, on la met en difficulté. »")
