"""Questions asked in English: their words looked up in French through the lexicon, on real indexes."""

from conftest import lexical_assistant

from assistant.search.english_words import french_words, in_french

DAY_CENTRE = """# L'Escale, accueil de jour

L'accueil de jour L'Escale reçoit les personnes sans domicile au 12 rue des Corons.

Horaires d'ouverture : du lundi au vendredi, de 9 h à 17 h.

Une permanence sans rendez-vous a lieu le mardi matin, de 9 h à 12 h.

Vous pouvez y prendre une douche et laver votre linge.
"""

CARETAKERS = """# Logement et santé mentale

Le bailleur a signé la charte en 2023 avec la ville.

À ce jour, 58 gardiens d'immeuble ont été formés aux premiers secours en santé mentale.

Le comité de suivi de la charte se réunit une fois par mois, le premier jeudi.

La ville compte deux quartiers prioritaires et 34 000 habitants.
"""


def test_english_words_are_read_back_to_the_lexicon_s_forms_longest_phrase_first():
    found = french_words("How many building caretakers were trained, and what are the opening hours?")
    assert [f[0] for f in found] == ["immeuble", "gardien", "formé", "horaires"]
    assert in_french("Is there a walk-in slot?")[0] == "sans rendez-vous ; créneau"
    assert french_words("Combien de gardiens ?") == ()  # French words are no keys (but a few are both: "budget")
    assert french_words("How many people were cared for?")[1][0] == "soins"  # "cared" is "care", not "car"
    # a case closed is "clôturé", one still open "en cours"
    said = [alternative for found in french_words("How many cases were closed, and how many are still open?")
            for alternative in found]
    assert "clôturé" in said and "en cours" in said
    # who "sent apologies" for a meeting is who the minutes list as "Excusés"
    assert "excusés" in [alternative for found in french_words("Who sent apologies for the March meeting?")
                         for alternative in found]
    assert in_french("Which days were on red alert for farmers?")[0] == "jour ; alerte ; agriculteur"
    # seasons and the days of the week, a museum's opening hours
    assert in_french("What are the museum's opening hours on weekdays in summer?")[0] == (
        "musée ; horaires ; en semaine ; été")
    # care without consent, in the words French documents use
    assert in_french("What share of involuntary admissions went through the imminent peril procedure?")[0] == (
        "admission en soins sans consentement ; péril imminent ; procédure")
    assert in_french("Can a relative refer a case to the crisis cell?")[0] == "proche ; orienter ; situation ; crise ; cellule"
    # a service "sees" the people it receives: "la consultation a reçu 66 nouveaux jeunes"
    assert in_french("How many new young people did the consultation see?")[0] == (
        "nouveau ; jeunes ; consultation ; recevoir")


def test_an_english_question_finds_the_french_sentence_by_its_translated_words(tmp_path):
    # no embedder: the words alone decide, so the lexicon is what finds "gardiens" for "caretakers"
    assistant = lexical_assistant(tmp_path, {"logement.md": CARETAKERS, "escale.md": DAY_CENTRE})
    answer = assistant.ask("How many building caretakers have been trained in mental health first aid?").answer
    assert not answer.abstained and "58 gardiens d'immeuble" in answer.sentences[0].text, answer.text


def test_an_english_day_of_the_week_is_no_name_the_corpus_lacks(tmp_path):
    """"on Thursdays" is written with a capital, as English writes days: the corpus says "jeudi", the question is
    answered, not abstained as asking of a notion no document names."""
    from assistant.search.retrieve import missing_notions

    assistant = lexical_assistant(tmp_path, {"escale.md": DAY_CENTRE + "\nLe jeudi, ouverture jusqu'à 19 h.\n"})
    assert missing_notions("What are the day centre's opening hours on Thursdays?", assistant.snapshot()) == ()
    assert missing_notions("Is the day centre open on Sundays?", assistant.snapshot()) == ("Sundays",)


def test_the_later_ask_of_an_english_question_is_answered_by_its_own_translated_words(tmp_path):
    assistant = lexical_assistant(tmp_path, {"logement.md": CARETAKERS, "escale.md": DAY_CENTRE})
    answer = assistant.ask("How many building caretakers have been trained, and when does the committee meet?").answer
    assert "58 gardiens" in answer.sentences[0].text, answer.text
    assert any("premier jeudi" in s.text for s in answer.sentences[1:]), answer.text


def test_who_is_eligible_asked_in_english_is_said_by_whom_a_scheme_is_for(tmp_path):
    guide = ("# Le Chèque répit\n\nSon montant est de 300 euros par an, utilisables en accueil de jour ou en "
             "hébergement temporaire. Créé par le Département en 2024, il s'ajoute au droit au répit. Les aidants "
             "épuisés peuvent aussi appeler la plateforme de répit, qui les reçoit sans rendez-vous. Un café des "
             "aidants se tient chaque mois au centre social. Il s'adresse aux aidants d'une personne bénéficiaire de "
             "l'APA à domicile classée en GIR 1 à 4.\n")
    assistant = lexical_assistant(tmp_path, {"guide.md": guide})
    answer = assistant.ask("What is the yearly amount of the Chèque répit and which caregivers are eligible?").answer
    assert "300 euros par an" in answer.sentences[0].text, answer.text
    assert "bénéficiaire de l'APA" in answer.text, answer.text


def test_an_english_question_looks_for_its_acronyms_by_their_french_long_form_too():
    """"What is a CLSM?": the long form the documents write ("conseil local de santé mentale") is looked for, as
    in French; an acronym inside a name ("the MDA-bus") brings no long form."""
    from assistant.search.analyse import analyse
    from assistant.store.glossary import Glossary

    glossary = Glossary({"CLSM": {"Conseil local de santé mentale": 3}, "MDA": {"Maison des adolescents": 2}})
    terms = analyse("What is a CLSM?", glossary, 0.4).terms
    assert terms["clsm"] == 1.0 and {"conseil", "local", "mental"} <= set(terms)
    assert "adolescent" not in analyse("When does the MDA-bus stop in the neighbourhoods?", glossary, 0.4).terms


def test_months_are_translated_but_may_is_first_a_verb():
    assert french_words("June") == (("juin",),) and french_words("December") == (("décembre",),)
    assert french_words("May") == ()
