"""The acronym glossary is mined from text: both definition patterns, and no pair whose initials disagree."""

from assistant.store.glossary import Glossary, mine_pairs


def test_long_form_then_acronym_in_parentheses():
    pairs = mine_pairs("Les Conseils Locaux de Santé Mentale (CLSM) réunissent élus et psychiatrie.")
    assert ("CLSM", "Conseils Locaux de Santé Mentale") in pairs


def test_acronym_then_dash_and_long_form():
    pairs = mine_pairs("PTSM – Projet territorial de santé mentale\nCPTS - Communauté professionnelle territoriale de santé")
    assert ("PTSM", "Projet territorial de santé mentale") in pairs
    assert ("CPTS", "Communauté professionnelle territoriale de santé") in pairs


def test_acronym_then_its_long_form_in_apposition():
    pairs = mine_pairs("L'EMPPA, l'équipe mobile de psychiatrie de la personne âgée, a été créée en 2017.")
    assert ("EMPPA", "équipe mobile de psychiatrie de la personne âgée") in pairs
    assert mine_pairs("Le CMP, la porte d'entrée de la psychiatrie, reçoit sans rendez-vous.") == []  # initials differ


def test_a_long_form_with_a_comma_in_apposition_before_its_acronym():
    pairs = mine_pairs("Il y a la formation spécialisée en santé, sécurité et conditions de travail, la F3SCT, qui se réunit.")
    assert ("F3SCT", "formation spécialisée en santé, sécurité et conditions de travail") in pairs


def test_skipped_content_words_are_bounded():
    pairs = mine_pairs("les quartiers prioritaires de la politique de la ville (QPV) sont 1 500")
    assert ("QPV", "quartiers prioritaires de la politique de la ville") in pairs


def test_no_false_pairs():
    text = ("Le rapport annuel (RAS) a été publié. Voir la page (2019). Les élus (ARS) étaient là. "
            "OK – merci pour votre attention. Une mission (SUPER) réussie.")
    assert mine_pairs(text) == []


def test_glossary_counts_variants_and_drops_elisions():
    glossary = Glossary.mine([
        "l'Atelier santé ville (ASV) agit.",
        "Un Atelier Santé Ville (ASV) existe.",
        "ASV – Atelier santé-ville",
    ])
    forms = glossary.entries["ASV"]
    assert all(not f.lower().startswith("l'") for f in forms)
    assert sum(forms.values()) == 3


def test_a_digit_repeats_a_letter_and_a_place_may_close_the_long_form():
    text = ("L'ARS a commandité auprès de la Fédération régionale de recherche en santé mentale des Hauts-de-France "
            "(F2RSM) un travail de concertation avec l'Agence régionale de santé d'Occitanie (ARS).")
    assert mine_pairs(text) == [("F2RSM", "Fédération régionale de recherche en santé mentale"),
                                ("ARS", "l'Agence régionale de santé")]  # Glossary.mine drops the elision


def test_an_acronym_in_apposition_after_its_long_form_is_mined():
    text = "Je suis coordonnatrice du CLSM, et l'atelier santé ville, l'ASV, pour 0,3 équivalent temps plein."
    assert mine_pairs(text) == [("ASV", "l'atelier santé ville")]
    assert mine_pairs("Nous avons rencontré le maire, le DGS, puis les élus.") == []  # no long form before it


def test_an_acronym_after_ou_in_apposition_is_mined():
    assert mine_pairs("Le groupe d'entraide mutuelle, ou GEM, accueille les adhérents.") == [
        ("GEM", "groupe d'entraide mutuelle")]
    assert mine_pairs("3. Gouvernance et moyens (GEM)") == []  # "et" spells nothing


def test_an_acronym_then_what_it_is_in_the_next_sentence_is_mined():
    # speech: the acronym named, then spelled out by "C'est une …"
    said = "La deuxième action, c'est la RESAD. C'est une réunion d'évaluation des situations d'adultes en difficulté."
    assert mine_pairs(said) == [("RESAD", "réunion d'évaluation des situations d'adultes en difficulté")]
    assert mine_pairs("Le CLSM, c'est une instance de concertation sur la santé mentale.") == []  # no initials
    assert mine_pairs("La RESAD se réunit chaque mois. C'est une réunion utile.") == []


def test_an_acronym_a_long_form_goes_by_is_mined():
    said = "Je vais vous présenter la commission d'appui aux situations complexes, qu'on appelle entre nous la CASC."
    assert mine_pairs(said) == [("CASC", "commission d'appui aux situations complexes")]
    assert mine_pairs("Le groupe d'entraide mutuelle, dit GEM, accueille les adhérents.") == [
        ("GEM", "groupe d'entraide mutuelle")]
    assert mine_pairs("La cellule de veille, appelée aussi la CASC, se réunit.") == []  # initials differ


def test_a_general_acronym_the_corpus_writes_in_full_is_known_but_never_searched_for():
    from assistant.search.analyse import expand

    glossary = Glossary.mine(["La région lance un appel à projets pour les quartiers.",
                              "Un appel à manifestation d'intérêt (AMI) est ouvert aux associations."])
    assert glossary.entries["AAP"] == {"Appel à projets": 0}  # written in full, never defined
    assert glossary.entries["AMI"] == {"Appel à manifestation d'intérêt": 1}  # the corpus's own definition
    assert "COPIL" not in glossary.entries  # the corpus never writes "comité de pilotage"
    added, _ = expand("AAP quartiers 2027 : montant max ?", glossary, 0.5)
    assert {"appel", "projet"} <= set(added)  # "AAP" finds "appel à projets"
    added, _ = expand("Quel appel à projets pour les quartiers ?", glossary, 0.5)
    assert "aap" not in added  # no passage says "AAP": nothing to find by it
    glossary = Glossary.mine(["Un appel à manifestation d'intérêt est ouvert aux associations."])
    assert glossary.entries["AMI"] == {"Appel à manifestation d'intérêt": 0}
    assert expand("Comment aider un ami en crise ?", glossary, 0.5) == ({}, {})  # typed in capitals only
    assert "manifest" in expand("AMI 2027 : qui peut répondre ?", glossary, 0.5)[0]
    # written in the plural ("cinq virgule cinq équivalents temps plein"): known all the same
    assert "ETP" in Glossary.mine(["Aujourd'hui on est cinq virgule cinq équivalents temps plein."]).entries


def test_an_acronym_then_one_word_a_letter_in_parentheses_is_mined():
    assert mine_pairs("la grille RUD (risque, urgence et\ndangerosité) des soignants") == [
        ("RUD", "risque, urgence et dangerosité")]
    assert mine_pairs("les 3 niveaux (rouge, orange, vert) et la MDA (2019)") == []
    # a list whose content words give one letter each, small words between ("Mobiliser les élèves")
    assert mine_pairs("le programme PRISME (Prévenir, Repérer, Intervenir, Soutenir, Mobiliser les élèves) du "
                      "rectorat") == [("PRISME", "Prévenir, Repérer, Intervenir, Soutenir, Mobiliser les élèves")]
    assert mine_pairs("le groupe ABC (accueil, soutien, écoute) et le CLSM") == []
    # an elided word gives the letter of its word, not of its "d'": R-É-A-A-P
    assert mine_pairs("au titre du REAAP (réseau d'écoute, d'appui et d'accompagnement des parents) à hauteur de") == [
        ("REAAP", "réseau d'écoute, d'appui et d'accompagnement des parents")]
    assert mine_pairs("le groupe DUP (dispositif d'un parcours) et le CLSM") == []  # "d'un" gives no letter


def test_an_acronym_said_to_mean_its_long_form_and_a_glossary_table_read_one_cell_a_line():
    pairs = mine_pairs("CAARUD veut dire Centre d'accueil et d'accompagnement à la réduction des risques pour usagers "
                       "de drogues. C'est un lieu où venir tel que l'on est.")
    assert ("CAARUD", "Centre d'accueil et d'accompagnement à la réduction des risques pour usagers de drogues") in pairs
    table = ("Glossaire\nSigle\nSignification\nAHAL\nARS\nAgence régionale de santé\nCSAPA\n"
             "Centre de soins, d'accompagnement et de prévention en addictologie\nETP\nÉquivalent temps plein\n")
    pairs = mine_pairs(table)
    assert ("CSAPA", "Centre de soins, d'accompagnement et de prévention en addictologie") in pairs  # its comma kept
    assert ("ARS", "Agence régionale de santé") in pairs and ("ETP", "Équivalent temps plein") in pairs
    assert "AHAL" not in dict(pairs)  # its cell left empty: the next line spells another acronym


def test_a_glossary_line_gives_a_long_form_taking_a_letter_inside_a_word():
    text = ("Sigles\nPFR : plateforme d'accompagnement et de répit des aidants\n"
            "CLSM : instance locale de concertation sur la santé mentale\nCLSM : 12 CLSM dans la région\n")
    assert mine_pairs(text) == [("PFR", "plateforme d'accompagnement et de répit des aidants")]


def test_a_glossary_table_cell_gives_a_long_form_taking_one_letter_inside_a_word():
    table = "Annexe 1. Glossaire des sigles\nEMPG\nÉquipe mobile de psychogériatrie\n"
    assert ("EMPG", "Équipe mobile de psychogériatrie") in mine_pairs(table)
    # its letters in order, but two of them inside words: another cell's text
    assert mine_pairs("Tableau 2\nEMPG\nEmploi et groupe de parole\n") == []


def test_the_acronym_of_a_public_scheme_the_corpus_writes_in_full_is_known():
    """"Les membres du GEM siègent-ils… ?" where the transcript only says "groupe d'entraide mutuelle": the
    usual acronym of the field finds it, and the question is not abstained for want of "GEM"."""
    glossary = Glossary.mine(["Les membres du groupe d'entraide mutuelle ne siègent pas à la cellule.",
                              "Les centres médico-psychologiques reçoivent sur rendez-vous."])
    assert glossary.entries["GEM"] == {"Groupe d'entraide mutuelle": 0}
    assert glossary.entries["CMP"] == {"Centre médico-psychologique": 0}  # written in the plural
    assert "MDA" not in glossary.entries  # never written, in full or short
    # administrative ones too: "l'avis du DPO" where a charter writes "délégué à la protection des données"
    glossary = Glossary.mine(["Durée fixée sur avis du délégué à la protection des données de la ville."])
    assert glossary.entries["DPO"] == {"Délégué à la protection des données": 0}


def test_a_question_on_an_acronym_the_corpus_only_writes_in_full_is_answered(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "webinaire.md": "# La cellule\n\nLes membres du groupe d'entraide mutuelle ne siègent pas à la cellule de "
                        "situations complexes, parce que des situations individuelles y sont discutées.\n",
        "autre.md": "# Le CLSM\n\nLe conseil local de santé mentale réunit les élus.\n",
    })
    answer = assistant.ask("Les membres du GEM siègent-ils à la cellule de situations complexes ?").answer
    assert not answer.abstained and "ne siègent pas" in answer.text, answer.text


def test_the_last_word_of_a_long_form_may_give_two_letters():
    # "CCAPEX": commission de coordination des actions de prévention des EXpulsions (locatives)
    pairs = mine_pairs("CCAPEX : Commission de coordination des actions de prévention des expulsions locatives.")
    assert ("CCAPEX", "Commission de coordination des actions de prévention des expulsions") in pairs
    assert mine_pairs("CCAPEX : Commission de coordination des actions.") == []  # no word gives "EX"
    # a letter a word first: "RESAD" is not "…d'ADultes" when "…en Difficulté" ends it
    said = "La RESAD. C'est une réunion d'évaluation des situations d'adultes en difficulté."
    assert mine_pairs(said) == [("RESAD", "réunion d'évaluation des situations d'adultes en difficulté")]
