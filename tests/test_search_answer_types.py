"""Expected answer types: which questions ask for a duration, a share, a date or a count, and what it buys."""

from __future__ import annotations

import pytest
from conftest import lexical_assistant, make_settings

from assistant.core import Assistant
from assistant.models import Turn
from assistant.search.analyse import analyse
from assistant.search.answer_types import (asked_event, asks_until, asks_yes_or_no, dates_event, counted_nouns, counted_term, expected_type, holds,
                                           later_asks, states_polarity, states_until)
from assistant.store.glossary import Glossary


@pytest.mark.parametrize("question, kind", [
    ("Pour quelle durée un CLS est-il conclu ?", "duration"),
    ("Où et quand se réunit la cellule pluridisciplinaire ?", "date"),
    ("Combien de temps dure un diagnostic partagé ?", "duration"),
    ("How long does a local health contract last?", "duration"),
    ("How soon does a CMP nurse call back after a request?", "duration"),
    ("In the webinar, what was the average delay between referral and case review?", "duration"),
    ("Combien d'années dure un PTSM ?", "duration"),
    ("How many years does a contract last?", "duration"),
    ("Quelle part des quartiers est couverte ?", "share"),
    ("Quel est le taux de pauvreté dans les QPV ?", "share"),
    ("Depuis quand les CLSM existent-ils ?", "date"),
    ("Quand la loi 3DS a-t-elle été votée ?", "date"),
    ("En quelle année le premier CLSM a-t-il été créé ?", "date"),
    ("Quelle est la date du prochain webinaire ?", "date"),
    ("Combien de CLSM en Occitanie ?", "count"),
    ("How many local councils are active?", "count"),
    ("Quel est le nombre de CLSM actifs ?", "count"),
    ("Comment impliquer les élus ?", None),
    ("Que faire quand un habitant est en crise ?", None),  # "quand" as a conjunction asks for no date
    ("Quand faut-il saisir l'ARS ?", None),
    ("Quand un patient refuse les soins, que faire ?", None),
    ("Quand se réunit la cellule, d'après la charte ?", "date"),  # the comma only names where it is said
    ("Quand un patient refuse, selon le guide, que faire ?", None),
    ("La loi a été votée quand ?", "date"),
    ("C'est quand qu'Allô Voisins a démarré à Cambrevast ?", "date"),  # spoken
    ("Qui contacter au CMP adultes pour une orientation périnatale ?", "contact"),  # a number to call, a name
    ("Pour combien de communes le CLS est-il signé ?", "count"),
    ("Quel est le rôle du coordonnateur pendant la durée du CLS ?", None),
    ("What percent of councils have a coordinator?", "share"),
    ("Which year was the first council created?", "date"),
    ("What is the average salary of a CLSM coordinator?", "amount"),
    ("Combien gagne un coordinateur de CLSM ?", "amount"),
    ("Quel est le délai d'attente au CMP ?", "duration"),
    ("Qu'est-ce qu'un conseil local de santé mentale ?", None),
    ("Le dispositif, il coûte combien par an ?", "amount"),  # the verb of money before "combien"
    ("Ça revient à combien pour la commune ?", "amount"),
    ("À combien s'élève le budget total du CLSM prévu pour 2027 ?", "amount"),  # "s'élève" is no pupil counted
    ("Les dépenses de personnel se montent à combien ?", "amount"),
    ("Le nombre de participants s'élève à combien ?", "count"),  # what rises to a number is a count
    ("Quelle adresse est donnée pour télécharger le kit sentinelles ?", "link"),  # a web address
    ("Quel est le site internet du CLSM ?", "link"),
    ("Quel lien entre CLSM et PTSM ?", None),  # how they relate
    ("Quelle est l'adresse du CLSM ?", "address"),  # where it is: a street address
    ("Il est où exactement, le CSAPA Le Relais ?", "address"),
    ("Comment on adresse quelqu'un à la consultation Escale ?", None),  # the verb: how to refer someone
    ("Comment adresse-t-on un patient à l'équipe mobile ?", None),
    ("Où en est le projet ?", None),
    ("À quelle adresse envoyer le dossier d'inscription ?", None),
    ("Selon le site internet de la ville, qui coordonne le CLSM ?", None),  # where it is said
    ("C'est quoi le taux d'incapacité ?", None),  # a notion; "c'est quoi le budget 2026 du CLSM ?" a value
    ("Le taux d'incapacité est-il évalué par la MDPH ?", None),  # a yes or no about it
    ("Taux de pauvreté : quelles conséquences pour les CLSM ?", None),  # a topic, then the question
    ("Mon frère parle d'en finir, j'appelle qui ?", "contact"),  # a number to call
    ("Qui appeler en cas de crise la nuit ?", "contact"),
    ("L'absentéisme a-t-il baissé entre 2023 et 2024 ? Donnez les deux taux.", "share"),  # asked in the imperative
    ("Indiquez le montant de la subvention.", "amount"),
])
def test_expected_type_of_a_question(question, kind):
    assert expected_type(question) == kind


@pytest.mark.parametrize("kind, text, expected", [
    ("duration", "- Pour 5 ans", True),
    ("duration", "signé pour trois ans renouvelables", True),
    ("duration", "signé en 2024", False),
    ("date", "signé en 2024", True),
    ("date", "le 2 février à 14h", True),
    ("duration", "Séance de sensibilisation de 3h", True),
    ("hour", "Enregistré par Armelle Guillou — 1 h 31 min", False),  # a recording's length is no time of day
    ("count", "Enregistré par Armelle Guillou — 1 h 31 min", False),  # nor a count
    ("hour", "Accueil le mercredi de 14 h 30 à 16 h", True),
    ("duration", "une séance d'1h30", True),
    ("duration", "webinaire du 2 février 2023", False),  # a date is not a duration
    ("share", "Près de 70% des CLSM ont un ASV", True),
    ("share", "27 CLSM actifs", False),
    ("share", "un tiers des CLSM", True),
    ("share", "un tiers-lieu associatif, le modèle des quatre quarts", False),
    ("count", "27 CLSM actifs", True),
    ("count", "voir https://www.example.org/page-2024 pour le détail", False),  # a link's digits count for nothing
    ("count", "modifié le 31/07/2023 - 17:41", False),  # nor do a date's and a time's
    ("date", "modifié le 31/07/2023 - 17:41", True),
    ("count", "ouvert de 9h à 17h", False),
    ("count", "Replay du webinaire du 2 février 2023", False),
    ("count", "plus de 120 participants le 2 février", True),
    ("count", "L'an dernier à la même date on était à 151, donc ça monte", True),  # a comma after it
    ("count", "On en a formé 96.", True),  # the sentence's end
    ("count", "un taux de 6,1 %", False),
    ("amount", "Budget (en euros) : 12 000", True),
    ("amount", "Part (%) : 12", False),
    ("amount", "Dépenses en euros : 2023", False),  # a year under a column in euros
    ("count", "1. Repérage des situations", False),  # a list item's number
    ("count", "2 Délai entre la première demande et le premier entretien.", False),  # a footnote's number
    ("count", "64\nLes Chaumes", True),  # a chart's figure over its label
    ("count", "12 ETP financés par l'ARS", True),
    ("date", "Notre équipe a été créée en deux mille neuf.", True),  # a year said in words
    ("count", "Notre équipe a été créée en deux mille neuf.", False),
    ("count", "On a reçu deux mille personnes.", True),
    (None, "27 CLSM actifs", False),
])
def test_holds_an_answer_of_the_type(kind, text, expected):
    assert holds(kind, text) is expected


def test_a_follow_up_keeps_the_type_only_when_it_asks_nothing_of_its_own():
    first = [Turn("Combien de CLSM en Occitanie ?")]
    assert analyse("Et en Bretagne ?", Glossary({}), 0.4, first).answer_type == "count"
    assert analyse("Et comment les financer ?", Glossary({}), 0.4, first).answer_type is None
    assert analyse("Et à Lyon, que font-ils ?", Glossary({}), 0.4, first).answer_type is None


def test_a_passage_holding_the_asked_duration_comes_first(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # The first note repeats the question's words; only the second says how long; the third is noise.
    (corpus / "note-cadre.txt").write_text(
        "Le contrat de territoire est signé par la commune, le département et la caisse d'allocations "
        "familiales. Le contrat de territoire signé réunit les élus autour d'objectifs partagés.", "utf-8")
    (corpus / "note-duree.txt").write_text(
        "Le contrat de territoire est signé par la commune et ses partenaires. "
        "Il vaut pour 5 ans, renouvelables une fois.", "utf-8")
    (corpus / "note-autre.txt").write_text(
        "La commune anime un atelier santé ville avec ses partenaires associatifs.", "utf-8")
    question = "Pour quelle durée le contrat de territoire est-il signé ?"
    typed = Assistant(make_settings(tmp_path, embedder="none", abstain_threshold=0.0))
    typed.refresh()
    assert typed.search(question)[0].passage.doc_id == "note-duree"
    untyped = Assistant(make_settings(tmp_path, embedder="none", answer_type_weight=0.0, sentence_weight=0.0))
    assert untyped.search(question)[0].passage.doc_id == "note-cadre"
    response = typed.ask(question)
    # The answer line names no word of the question: it is quoted with the line it completes, verbatim.
    first = response.answer.sentences[0]
    assert first.text == ("Le contrat de territoire est signé par la commune et ses partenaires. "
                          "Il vaut pour 5 ans, renouvelables une fois.")
    assert first.text in response.citations[first.n - 1].text


def test_amounts_superlatives_and_related_words():
    from assistant.search.answer_types import asks_for_most, expected_type, holds, most_words, states_most
    from assistant.search.related_words import related_terms
    from assistant.text import content_terms

    assert expected_type("Quel montant l'ANCT verse-t-elle ?") == "amount"
    assert expected_type("Montant de la subvention CAF ?") == "amount"
    assert expected_type("Combien de CLSM ?") == "count"
    assert holds("amount", "430 millions d'euros") and holds("amount", "15 000 €")
    assert not holds("amount", "une équipe de 5 personnes")
    assert asks_for_most("Quel est le mode opératoire le plus fréquent ?") and not asks_for_most("Quel mode ?")
    assert most_words("le plus souvent exprimée") == {"souvent"}
    assert states_most("constitue le mode opératoire dans 80% des cas") and not states_most("dans 30% des cas")
    assert set(content_terms("masculins")) <= related_terms(frozenset(content_terms("hommes")))
    assert not related_terms(frozenset(content_terms("conseil local")))
    assert set(content_terms("coordinatrice")) <= related_terms(frozenset(content_terms("coordonne")))


def test_since_when_is_answered_by_when_it_started():
    from assistant.search.answer_types import asks_since, states_since

    assert asks_since("Depuis quand la santé n'est-elle plus une priorité ?") and not asks_since("Quand ?")
    assert states_since("A partir de 2015 la santé n'était plus un champ prioritaire")
    assert states_since("Depuis janvier 2017, le CCOMS porte le centre") and not states_since("signés en 2015")
    # "à compter du" starts something too
    assert asks_since("Le 3114 va répondre plus tard le soir ? À compter de quand ?")
    assert states_since("Il élargit ses horaires : ouverture de 8 h à minuit à compter du 2 mars 2026.")


def test_what_a_count_question_counts_is_never_its_place_or_year():
    from assistant.search.answer_types import counted_nouns

    assert counted_nouns("Nombre de CLSM en Hauts-de-France en 2017 ?") == {"clsm"}
    assert counted_nouns("Combien de personnes ont participé ?") == {"person", "particip"}
    assert "deces" in counted_nouns("Combien de décès par suicide en Occitanie ?")  # stemmed as the index does
    # "…, et combien hors QPV ?": the same share asked elsewhere, nothing counted
    assert counted_nouns("Quel pourcentage des 65 ans des QPV sont isolés, et combien hors QPV ?") == frozenset()


def test_the_counted_noun_may_come_after_the_verb():
    from assistant.search.answer_types import counted_term

    assert counted_term("Combien l'Occitanie comptait-elle de CLSM actifs en 2019 ?") == "clsm"
    assert counted_term("Combien y a-t-il de CLSM en France ?") == "clsm"
    assert counted_term("Combien de personnes en situation de handicap ?") == "person"
    # the first count asked, not the origin of the second ("combien venant d'un QPV")
    assert counted_term("En septembre, combien de nouvelles situations, et combien venant d'un QPV ?") == "nouvel"
    # "combien se sont terminés…": a verb follows, nothing named is counted
    assert counted_term("Les troubles clôturés, combien se sont terminés par un relogement ?") is None


def test_a_text_naming_the_number_of_something_counts_it():
    from assistant.search.answer_types import counted_terms

    text = "L'ARS se félicite du doublement du nombre de CLSM avec un passage de 12 à 24."
    assert "clsm" in counted_terms(text)
    assert "clsm" not in counted_terms("Le nombre de CLSM progresse.")  # no number: nothing is counted


def test_a_number_that_names_an_article_counts_nothing():
    assert not holds("count", "La loi inscrit les CLSM dans le cadre de l'article 69.")
    assert holds("count", "Nous comptons 166 CLSM actifs.")
    # ages count nothing either: "de 16 à 25 ans", "qui ont eux-mêmes 75 ou 80 ans"
    assert not holds("count", "Ce sont des conjoints qui ont eux-mêmes 75 ou 80 ans.")
    assert not holds("count", "Les jeunes de 16 à 25 ans sont accueillis.")
    # nor a day said in words after its weekday, as speech is transcribed
    assert not holds("count", "On est jeudi neuf octobre, et depuis lundi, ce sont les SISM.")
    assert holds("date", "Je vous donne rendez-vous le mardi neuf décembre.")


def test_an_end_date_may_name_its_weekday_and_applying_is_sending_a_candidature():
    from assistant.search.related_words import related_terms
    from assistant.text import content_terms

    assert states_until("Candidature à adresser au plus tard le vendredi 15 janvier 2027, par courriel.")
    assert not states_until("Entretiens : semaine du 1er février 2027.")
    assert set(content_terms("candidature")) <= related_terms(frozenset(content_terms("postuler")))


def test_combien_before_a_verb_names_no_counted_noun():
    assert counted_term("Nombre de situations examinées, et combien sont restés dans leur logement ?") == "situat"
    assert counted_term("Combien sont restés dans leur logement ?") is None
    assert counted_term("Combien de secouristes ont été formés ?") == "secour"
    # a verb in the plural right after "combien": what they do, not what is counted
    assert counted_term("Parmi les patients d'Escale, combien vivent au Haut-Fourneau et aux Forges ?") is None
    assert counted_term("Combien de patients vivent au Haut-Fourneau ?") == "pati"


def test_a_section_number_counts_nothing_and_a_day_said_in_words_is_a_date():
    assert not holds("count", "3.1 Le suivi en centre médico-psychologique")
    assert holds("count", "2.5 ETP sont financés par l'ARS.")  # a decimal, not a section
    assert holds("count", "3 CMP suivent les habitants des quartiers.")
    spoken = "On l'a lancé le quatorze octobre deux mille vingt-quatre, après presque un an de préparation."
    assert holds("date", spoken) and not holds("count", spoken)
    assert expected_type("Le dispositif a démarré quand exactement ?") == "date"


def test_a_sum_of_money_counts_nothing():
    assert not holds("count", "Une session coûte 2 400 euros.")
    assert not holds("count", "Le budget du CLSM est de 84 000 € en 2024.")
    assert holds("count", "Nous avons formé 58 gardiens pour 6 000 euros.")  # the gardiens are counted
    assert holds("amount", "Une session coûte 2 400 euros.")


def test_a_year_naming_a_budget_or_a_column_counts_nothing():
    # "Montant 2023", "le budget 2023 du CLSM": the year says when, the sentence counts no one
    assert not holds("count", "Budget 2023 : 42 000 €")
    assert not holds("count", "Le budget 2023 du CLSM s'élève à 84 000 euros.")
    # a number of that size followed by what it counts is a count, and so is any other number
    assert holds("count", "Au total, 2023 personnes ont été reçues.")
    assert holds("count", "Bilan 2024 : 2150 participants.")


def test_a_change_is_asked_and_stated():
    assert expected_type("Les hospitalisations sans consentement ont-elles baissé entre 2022 et 2024 ?") == "change"
    assert holds("change", "Les hospitalisations sans consentement ont baissé de 142 à 126.")
    assert not holds("change", "Ville de Valmoret — 42 000 € · 50 %")
    # two figures, each said with its year, state how it went from one to the other
    assert holds("change", "Taux d'absence aux téléconsultations : 14 % en 2024, 10 % sur les cinq premiers mois de 2025.")
    assert not holds("change", "Il y a 12 CLSM en 2024, dont 3 créés dans l'année.")


def test_until_when_asks_for_an_end():
    assert asks_until("Jusqu'à quand peut-on déposer un dossier ?") and asks_until("Quelle est la date limite ?")
    assert not asks_until("Depuis quand le CLSM existe-t-il ?")
    assert states_until("Les associations peuvent déposer un dossier jusqu’au 3 avril 2026.")
    assert states_until("Date limite de dépôt des dossiers : 3 avril 2026 à 12 h")
    assert not states_until("Rendez-vous entre le 23 février et le 27 mars 2026.")
    assert states_until("La convention prend effet le 1er janvier 2025 et s'achève le 31 décembre 2027.")
    assert states_until("Le contrat de ville prend fin en 2030.")
    # "jusqu'à quelle date…" asks the end too, said by a range or a closing
    assert asks_until("Jusqu'à quelle date court le protocole ?")
    assert states_until("Le protocole est conclu pour trois ans, du 1er février 2026 au 31 janvier 2029.")
    assert states_until("Le questionnaire du CLSM est clos depuis le 31 octobre 2025.")
    assert not states_until("Fait à Montreval-sur-Loire, le 20 janvier 2026.")


def test_later_asks_follow_a_first_ask_after_a_comma_and_may_ask_yes_or_no():
    from assistant.search.answer_types import later_asks

    assert later_asks("Dans le rapport 2024, quel est le budget total et combien l'ARS a-t-elle apporté ?") == [
        "et combien l'ARS a-t-elle apporté ?"]
    # what it is for, asked after what it is
    assert later_asks("La domiciliation, c'est quoi et ça sert à quoi ?") == ["et ça sert à quoi ?"]
    assert later_asks("Qu'est-ce qu'un CLSM et à quoi sert-il ?") == ["et à quoi sert-il ?"]
    assert later_asks("Le CLSM sert à quoi ?") == []
    # a question written as the values it wants: the value named first is the first ask
    assert later_asks("Le budget total, et combien pour l'ARS ?") == ["et combien pour l'ARS ?"]
    # a yes or no asked after, its subject named before its verb
    assert later_asks("Qui finance la MDA, et la PMI est-elle associée ?") == [", et la PMI est-elle associée ?"]
    assert later_asks("Qui finance la MDA, et l'équipe peut-elle venir ?") == [", et l'équipe peut-elle venir ?"]
    assert later_asks("Qui a créé l'association, et depuis quand existe-t-elle ?") == ["et depuis quand existe-t-elle ?"]
    # in English too: "which", "where", "why", and a question word after a preposition ("and since when")
    assert later_asks("What share was referred elsewhere in 2025, and which service received the most?") == [
        "and which service received the most?"]
    assert later_asks("Who chairs the association, and since when has it been a MONALISA team?") == [
        "and since when has it been a MONALISA team?"]
    assert later_asks("Cellule d'écoute : nombre d'appels en 2024 et coût annuel pour la ville ?") == [
        "et coût annuel pour la ville ?"]
    assert expected_type("Cellule d'écoute : nombre d'appels en 2024 et coût annuel pour la ville ?") == "count"
    assert expected_type("délai moyen MDPH Gironde 2025 ?") == "duration"
    assert later_asks("CLSM : budget 2024 et nombre de réunions ?") == ["et nombre de réunions ?"]
    assert later_asks("cout annuel de fonctionnement de la Caravelle + montant ARS ?") == ["montant ARS ?"]  # "+": and
    assert later_asks("AAP 2027 : montant max par projet et date limite ?") == ["et date limite ?"]
    assert expected_type("Date limite de dépôt du dossier ?") == "date"
    assert later_asks("Taux de pauvreté : quelles conséquences pour les CLSM ?") == []
    assert expected_type("Quels sont les objectifs et le budget du projet ?") is None  # the objectives first
    # a later ask whose question word comes last; "à quel moment après…" asks no date
    assert later_asks("F3SCT ça veut dire quoi, et à Marbeuf elle se réunit tous les combien ?") == [
        "et à Marbeuf elle se réunit tous les combien ?"]
    assert expected_type("L'appel aux patients, c'est à quel moment après la sortie des urgences ?") is None
    assert expected_type("À quel moment l'ARS a-t-elle validé le projet ?") == "date"
    assert later_asks("Jusqu'à quand court la convention, et peut-elle être reconduite ?") == [
        ", et peut-elle être reconduite ?"]
    assert later_asks("Le CMP est-il gratuit ?") == []
    # a second question that asks the same of another time or place, in its own sentence
    assert later_asks("Combien de jeunes reçus depuis janvier ? et l'an dernier à la même date ?") == [
        "et l'an dernier à la même date ?"]
    # a clause with its own subject asks again, comma or not; "et de parents" does not
    assert later_asks("L'équipe existe depuis quand et elle fait combien d'ETP ?") == ["et elle fait combien d'ETP ?"]
    assert later_asks("Combien de jeunes et de parents ont été reçus ?") == []


def test_why_may_come_after_the_document_named():
    from assistant.search.answer_types import asks_why, states_cause

    assert asks_why("Pourquoi les habitants renoncent-ils à consulter ?")
    assert asks_why("Dans le rapport de 2025, pourquoi n'y a-t-il pas de chiffres avant 2022 ?")
    assert not asks_why("Qui paie la formation ?")
    assert states_cause("Les séries s'arrêtent en raison d'un changement de logiciel.")


def test_an_english_budget_question_with_a_year_asks_an_amount():
    assert expected_type("What is the 2026 budget of the Valmoret CLSM, and how much comes from the ARS?") == "amount"
    assert expected_type("What was the total budget in 2024?") == "amount"
    # a cost qualified by a word or two is still money, even of a telephone service
    assert expected_type("What was the estimated cost of one hour of telephone interpreting?") == "amount"
    assert expected_type("What is the planned 2026 budget of the council?") == "amount"  # a year among its words
    assert expected_type("What is the phone number of the helpline?") == "contact"


def test_his_or_her_number_asks_a_contact():
    assert expected_type("Qui représente l'UNAFAM, et quel est son numéro ?") == "contact"
    assert expected_type("Quel est le numéro de la délibération adoptée ?") is None  # a number that names


def test_how_much_after_money_asks_an_amount_said_in_words_too():
    assert expected_type("Qui met de l'argent dans L'Escale, le point écoute jeunes de Landivic, et combien ?") == "amount"
    assert expected_type("Combien de jeunes ont été reçus, et par qui ?") == "count"
    assert holds("amount", "Pour L'Escale, la CAF apporte quarante-deux mille euros par an, la ville dix-huit mille.")
    assert not holds("amount", "On refait l'enquête tous les deux ou trois ans.")


def test_how_much_per_year_after_who_pays_asks_an_amount_in_french_and_english():
    assert expected_type("Qui paie la formation des gardiens, et combien par an ?") == "amount"
    assert expected_type("Who pays for the training of landlord staff, and how much per year?") == "amount"
    assert expected_type("How is the second group funded in 2026, and for how much?") == "amount"
    assert expected_type("Qui anime la formation, et combien de sessions par an ?") == "count"  # a counted noun
    assert expected_type("How much time do volunteers spend each week?") != "amount"


def test_how_long_something_lasts_is_not_a_count_of_things():
    from assistant.search.answer_types import counts_things

    assert not counts_things("Le taux de réhospitalisation à trois mois, chez les personnes accompagnées, est de 19 %.")
    assert not counts_things("Et ensuite six mois pour former les premières sentinelles.")
    assert counts_things("Aujourd'hui, on a cent quarante sentinelles formées en deux ans.")
    assert counts_things("En 2025, 83 personnes ont été accompagnées.")


def test_a_web_address_answers_a_link_question_and_nothing_else_does(tmp_path):
    from conftest import lexical_assistant

    assert holds("link", "Kit sentinelles : https://www.clsm-valdorbelle.example/visa/kit-sentinelles")
    assert holds("link", "Téléchargeable sur clsm-brenaye.fr/guide") and not holds("link", "Le guide est en mairie.")
    assistant = lexical_assistant(tmp_path, {"kit.md": (
        "# Le kit sentinelles\n\nLe kit sentinelles du CLSM présente la veille en amont de la cellule. Il a été "
        "diffusé à toutes les mairies.\n\n# Pour aller plus loin\n\nKit sentinelles à télécharger : "
        "https://www.clsm-valdorbelle.example/visa/kit-sentinelles\n")})
    answer = assistant.ask("Quelle adresse est donnée pour télécharger le kit sentinelles ?").answer
    assert "Kit sentinelles à télécharger : https://www.clsm-valdorbelle.example/visa/kit-sentinelles" in answer.text
    assert "diffusé" not in answer.text, answer.text
    assistant = lexical_assistant(tmp_path / "sans", {"kit.md": (
        "# Le kit sentinelles\n\nLe kit sentinelles du CLSM présente la veille en amont de la cellule. Il a été "
        "diffusé à toutes les mairies, qui peuvent le télécharger.\n")})
    assert assistant.ask("Quelle adresse est donnée pour télécharger le kit sentinelles ?").answer.abstained


def test_which_evenings_and_at_what_time_ask_when_and_a_time_of_day_answers_the_hour():
    from assistant.search.answer_types import asks_hour, gives, gives_hour

    assert expected_type("Les maraudes, c'est quels soirs ?") == "date"
    assert expected_type("La permanence ouvre à quelle heure ?") == "date"
    assert expected_type("What are the drop-in hours on Wednesdays?") == "date"
    assert asks_hour("Quels sont les horaires de l'accueil ?") and not asks_hour("Quels soirs ?")
    assert gives_hour("le mercredi de 10 h à 17 h 30") and gives_hour("de quatorze heures à dix-huit heures")
    assert not gives_hour("depuis 2019") and not gives("date", "depuis 2019", "C'est à quelle heure ?")
    assert gives("date", "depuis 2019", "Depuis quand ?")


def test_a_deck_s_agenda_slide_is_a_table_of_contents():
    from assistant.search.sentence_scores import is_contents_page

    assert is_contents_page("Au programme\nL'Escale en bref\nCAARUD ou CSAPA ?\nL'aller-vers en 2025")
    assert not is_contents_page("Programme de la journée\n9 h : accueil des participants\n10 h : table ronde")


def test_as_long_as_another_answers_how_long_and_a_question_acknowledged_says_nothing():
    from assistant.search.answer_types import holds
    from assistant.search.sentence_scores import QUESTION_FACTOR, _form

    assert holds("duration", "Une consultation avec interprète dure au moins une fois et demie le temps habituel.")
    assert holds("duration", "Le trajet est deux fois plus long qu'avant.")
    assert not holds("duration", "Elle est venue deux fois à la permanence.")
    for said in ("Très bonne question.", "(Karim Bensaïd) Oui, c'est la question qu'on me pose le plus.",
                 "Dr Hélène Varin : C'est la question la plus fréquente, et elle est très juste."):
        assert _form(said)[1] <= QUESTION_FACTOR, said
    assert _form("C'est une bonne question, et la réponse est non : il faut un CLSM.")[1] > QUESTION_FACTOR


def test_a_poll_s_result_is_a_share():
    assert expected_type("Au webinaire de février, qu'a donné le sondage sur les groupes de travail ?") == "share"
    assert expected_type("Webinaire du 12 février : résultat du sondage sur les groupes de travail ?") == "share"
    assert expected_type("Le sondage : combien ont répondu oui ?") == "count"


def test_at_which_address_and_to_whom_ask_for_a_place_and_a_person():
    from assistant.search.sentence_scores import asks_who, introduces_people

    assert expected_type("L'antenne des Oliviers-Hauts, c'est à quelle adresse ?") == "address"
    assert expected_type("À quelle adresse envoyer le dossier d'inscription ?") is None  # maybe an email
    assert asks_who("Pour la presse, on s'adresse à qui ?") and asks_who("À qui s'adresser pour la presse ?")
    assert introduces_people("Camille Roux, attachée de presse de la ville")


def test_the_same_value_asked_of_another_time_is_a_later_ask():
    assert later_asks("Combien de CLSM actifs en 2022 et en 2024 ?") == ["et en 2024 ?"]
    assert later_asks("Bien dans mes baskets : combien d'élèves en 2024-2025 et en 2025-2026 ?") == ["et en 2025-2026 ?"]
    assert later_asks("Combien de CLSM actifs entre 2022 et 2024 ?") == []  # one span of time
    assert later_asks("Combien de CLSM en France et en Occitanie en 2024 ?") == []
    # after a comma, of a time said in words
    assert later_asks("L'équipe mobile, combien d'interventions fin octobre 2025, et sur toute l'année 2025 ?") == [
        "et sur toute l'année 2025 ?"]
    assert later_asks("Combien de passages en 2024, et l'an dernier ?") == ["et l'an dernier ?"]


def test_asks_separated_by_commas_are_later_asks():
    assert later_asks("Le ciné-débat, c'est quel jour, dans quel ciné, et c'est payant ?") == [
        "dans quel ciné, ", "et c'est payant ?"]
    assert later_asks("Pour le GEM, dans quel quartier est-il ?") == []  # one ask, after a topic


def test_where_asked_after_and_is_a_later_ask_and_or_is_not():
    assert later_asks("L'Escale ferme cet été : quelles dates, et où on envoie les gens ?") == [
        "et où on envoie les gens ?"]
    assert later_asks("Faut-il un rendez-vous ou est-ce sans rendez-vous ?") == []


@pytest.mark.parametrize("question, yes_or_no", [
    ("Faut-il avoir un diagnostic psy pour aller au GEM ?", True),
    ("Est-ce qu'il faut passer par son médecin pour être reçue ?", True),
    ("La formation de février, elle est gratuite ?", True),
    ("Le conseil municipal a-t-il voté le réseau à l'unanimité ?", True),
    ("Les jeunes des QPV déclarent-ils plus de symptômes que les autres ?", False),  # which, told by figures
    ("Combien coûte la formation ?", False),
    ("Qui pilote le groupe ?", False),
    ("Faut-il une ordonnance, et combien coûte l'adhésion ?", False),  # two asks
    ("Is the training free?", False),
    ("Quelqu'un fait une surdose devant moi, qu'est-ce que je dois faire ?", False),
    ("Que faire si la personne refuse ?", False),
    # "qui" opening a relative clause after "est-ce qu'il existe…" asks no one; after "tu sais" it does
    ("Est-ce qu'il existe une équipe mobile qui va voir les personnes âgées chez elles ?", True),
    ("Est-ce que tu sais qui coordonne le CLSM ?", False),
    ("Est-ce que c'est qui ?", False),
])
def test_a_yes_or_no_question_is_one_no_question_word_asks_beyond(question, yes_or_no):
    assert asks_yes_or_no(question) is yes_or_no


@pytest.mark.parametrize("text, polar", [
    ("Non. Le programme se déroule sur le temps scolaire.", True),
    ("Pas besoin d'ordonnance pour venir au GEM.", True),
    ("L'accueil ne nécessite aucune ordonnance.", True),
    ("Tarif : gratuit pour les structures des quartiers prioritaires.", True),
    ("Sur orientation d'un professionnel : pas d'accès direct des familles", True),  # a note's "pas de…"
    ("Convention avec l'ARS (pas de SCHS à Saint-Clair-du-Mont)", True),
    ("Le programme compte douze séances d'une heure.", False),
    ("Un pas de plus vers le logement.", False),
    ("Les premiers pas de la cellule ont été difficiles.", False),
    ("Nonobstant la convention, le comité se réunit.", False),
])
def test_a_sentence_saying_yes_or_no(text, polar):
    assert states_polarity(text) is polar


def test_a_yes_or_no_question_is_answered_first_by_the_sentence_saying_it(tmp_path):
    assistant = lexical_assistant(tmp_path, {"programme.md": (
        "# Le programme CPS de l'école des Tilleuls\n\n"
        "Les parents de l'école des Tilleuls sont associés au programme par deux cafés des parents par an. "
        "Le programme des Tilleuls compte douze séances, coanimées par l'enseignant et une animatrice. "
        "Les parents reçoivent une lettre d'information sur le programme en début d'année.\n\n"
        "# L'accord des parents\n\n"
        "Non, aucun accord écrit n'est demandé aux parents : le programme se déroule sur le temps scolaire.\n")})
    answer = assistant.ask("Pour le programme des Tilleuls, il faut l'accord écrit des parents ?").answer
    assert answer.sentences[0].text.startswith("Non, aucun accord écrit"), answer.text


def test_a_total_or_average_number_asked_is_a_count_of_the_noun_after_it(tmp_path):
    for question in ("Nombre total de fiches d'alerte reçues en 2025 ?", "Quel est le nombre moyen de fiches reçues ?"):
        assert expected_type(question) == "count" and "fich" in counted_nouns(question)
        assert "total" not in counted_nouns(question) and "moyen" not in counted_nouns(question)
    assistant = lexical_assistant(tmp_path, {"bilan.md": (
        "# Référent santé mentale\n\nLes indicateurs suivis sont : le nombre de fiches d'alerte reçues ; le nombre "
        "de situations examinées.\n\nLe référent centralise les alertes des gardiens : 63 fiches d'alerte reçues de "
        "mars à décembre 2025.\n")})
    answer = assistant.ask("Nombre total de fiches d'alerte reçues par le référent en 2025 ?").answer
    assert not answer.abstained and "63 fiches d'alerte" in answer.sentences[0].text, answer.text


def test_when_asked_last_before_a_later_ask_is_a_date_and_where_alone_is_a_later_ask():
    assert expected_type("La cellule CASC se réunit quand, et où ?") == "date"
    assert later_asks("La cellule CASC se réunit quand, et où ?") == ["et où ?"]
    assert later_asks("La cellule se réunit quand et qui l'anime ?") == ["et qui l'anime ?"]
    assert later_asks("Vaut-il mieux appeler le CMP ou le CSAPA ?") == []  # "ou" there is "or"
    assert expected_type("Qui prévenir quand et comment la situation se dégrade ?") != "date"  # "quand" is "if"


def test_a_no_about_the_thing_asked_beats_a_sentence_sharing_more_of_the_question_s_other_words(tmp_path):
    assistant = lexical_assistant(tmp_path, {"referent.md": (
        "# Le référent santé mentale du bailleur\n\n"
        "Le gardien transmet la fiche d'alerte au référent santé mentale sous 48 heures. En cas de danger grave et "
        "immédiat : appeler le 15, le 17 ou le 112, puis prévenir son responsable au bailleur. Le référent santé "
        "mentale n'est pas un dispositif d'urgence.\n")})
    answer = assistant.ask("On peut appeler le référent santé mentale du bailleur en cas d'urgence ?").answer
    assert answer.sentences[0].text.startswith("Le référent santé mentale n'est pas"), answer.text


def test_what_a_fund_is_endowed_with_is_an_amount():
    assert expected_type("Le fonds incurie était doté de combien en 2025 ?") == "amount"
    assert expected_type("Le fonds était doté de combien, et ça a payé combien d'interventions ?") == "amount"
    assert expected_type("Combien de logements sont dotés d'un détecteur ?") == "count"
    assert expected_type("Le fonds est-il doté de combien de postes ?") == "count"


@pytest.mark.parametrize("question, event", [
    ("La cellule de crise se réunit quand ?", {"reun"}),
    ("Quand s'est tenue la plénière ?", {"tenu"}),
    ("Quand débute-t-il ?", {"debut"}),
    ("La plénière aura-t-elle lieu quand ?", set()),  # an auxiliary: the event is the noun's
    ("Quels jours ont lieu les permanences des maisons France services ?", set()),  # "services" is no "se …"
    ("Quand démarre le recontact de proximité ?", {"demarr"}),  # the verb right after "quand"
    ("Quand la cellule se réunit-elle ?", {"reun"}),  # (not its subject's article)
    ("Quand est-ce que ça commence ?", set()),
    ("Quand exactement démarre le recontact ?", set()),  # (an adverb, no event)
])
def test_the_event_a_when_question_dates_is_its_verb(question, event):
    assert asked_event(question) == event


def test_a_word_of_the_verb_s_family_dates_the_event():
    event = asked_event("La cellule se réunit quand ?")
    assert dates_event("lors de la réunion hebdomadaire du jeudi", event)
    assert not dates_event("La cellule a été créée en septembre 2024.", event)


@pytest.mark.parametrize("question, role", [
    ("…, et qui est sa coordinatrice ?", "coordin"),
    ("Who chairs the CLSMi and who is its coordinator?", "presid"),
    ("and who is its coordinator?", "coordin"),
])
def test_a_role_asked_after_a_possessive_is_the_role(question, role):
    from assistant.search.sentence_scores import asked_role

    assert asked_role(question) == role


def test_where_things_stand_is_a_later_ask():
    from assistant.search.answer_types import asks_where_things_stand, later_asks

    question = "En 2023 il fallait attendre combien de temps au CMP, et où en est-on en 2025 ?"
    assert later_asks(question) == ["et où en est-on en 2025 ?"]
    assert asks_where_things_stand("et où en sont les délais ?")
    assert not asks_where_things_stand("Où se trouve le CMP ?") and later_asks("En 2024 ou en 2025 ?") == []


def test_a_yes_or_no_or_a_value_named_before_and_is_a_first_ask():
    from assistant.search.answer_types import first_ask, later_asks

    question = "La formation PSSM de février, elle est gratuite et qui la finance ?"
    assert first_ask(question) == "La formation PSSM de février, elle est gratuite"
    assert later_asks(question) == ["et qui la finance ?"]
    # a topic is no ask: "…en Bretagne : date limite de dépôt et plateforme ?" asks one thing
    assert later_asks("Appel à projets santé mentale et quartiers en Bretagne : date limite et plateforme ?") == []


def test_a_telephone_as_the_means_asks_for_no_number():
    from assistant.search.answer_types import expected_type

    assert expected_type("Est-ce risqué de demander au téléphone à une personne âgée si elle pense au suicide ?") is None
    assert expected_type("Combien d'interventions ont eu lieu par téléphone en 2026 ?") == "count"
    assert expected_type("Quel est le téléphone de la plateforme de répit ?") == "contact"


def test_a_question_asking_two_things_asks_first_for_its_first_ask_s_kind():
    from assistant.search.answer_types import asked_type, expected_type

    two = "quel est le numéro de téléphone du PRIS de Verlaincourt et quels jours il est ouvert ?"
    assert expected_type(two) == "date"  # the kinds' order alone reads "quels jours" first
    assert asked_type(two) == "contact"  # but the phone number is asked first
    assert asked_type("fiche de liaison v3 : validée quand, et elle remplace quoi ?") == "date"
    assert asked_type("Combien de CLSM en France ?") == expected_type("Combien de CLSM en France ?") == "count"
    # who someone is, asked first, is no date; who gives money, with how much, asks the amount with its giver
    assert asked_type("Qui est la médiatrice de santé pair du CRPS, et depuis quand est-elle en poste ?") is None
    assert asked_type("Qui met de l'argent dans L'Escale, et combien ?") == "amount"
    assert asked_type("Qui sont les financeurs, et combien donnent-ils ?") == "amount"
    # "c'est combien le repas ?" asks a price, "combien de repas ?" a count
    assert asked_type("c combien le repas du midi au clubhouse ?") == "amount"
    assert asked_type("c'est combien l'adhésion ?") == "amount"
    assert asked_type("Le Chèque Souffle du CCAS, c'est combien et où on le demande ?") == "amount"  # named before
    assert asked_type("combien de repas servis au clubhouse ?") == "count"


def test_the_phone_number_asked_first_is_quoted_first(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {"pris.md": (
        "# Informations pratiques\n\nLe point ressources et information des sinistrés (PRIS) est le guichet unique des "
        "sinistrés, ouvert trois jours par semaine.\n\nHoraires : lundi, mercredi et vendredi, de 9 h à 17 h\n\n"
        "Numéro de téléphone : 03 99 00 41 00\n\nLa ligne d'écoute est ouverte du lundi au samedi.\n")})
    answer = assistant.ask("quel est le numéro de téléphone du PRIS et quels jours il est ouvert ?").answer
    assert "03 99 00 41 00" in answer.sentences[0].text, answer.text  # not the days, asked second


def test_a_question_asking_which_evenings_is_answered_by_the_days_not_by_the_word_evenings(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {"escale.md": (
        "# Les maraudes\n\nLes maraudes de L'Escale partent du local de la rue des Corons, deux soirs par semaine, "
        "avec deux bénévoles.\n\nElles ont lieu le mardi et le vendredi, de 20 h à 23 h.\n\nLe local est ouvert "
        "aux bénévoles tous les soirs pour préparer le café.\n")})
    answer = assistant.ask("Les maraudes de L'Escale, c'est quels soirs ?").answer
    assert "le mardi et le vendredi" in answer.sentences[0].text, answer.text


def test_an_end_asked_after_a_start_is_a_later_ask():
    """"…s'applique à partir de quand et jusqu'à quand ?": two asks, the end date the later one."""
    from assistant.search.answer_types import first_ask

    question = "Le protocole s'applique à partir de quand et jusqu'à quand ?"
    assert later_asks(question) == ["et jusqu'à quand ?"]
    assert first_ask(question) == "Le protocole s'applique à partir de quand"
    assert later_asks("Jusqu'à quand court la convention ?") == []


def test_one_said_as_a_single_one_is_a_count():
    """"Le canton n'a plus qu'un seul médecin" answers "Combien de médecins reste-t-il ?"."""
    assert holds("count", "Le canton de Mourèze n'a plus qu'un seul médecin depuis décembre.")
    assert holds("count", "Il reste une seule place.")
    assert not holds("count", "Le médecin traitant oriente vers le CMP.")
    assert not holds("count", "Il n'y a pas un seul psychiatre libéral.") and not holds("count", "un seul et même lieu")


def test_a_place_where_something_is_held_is_a_room_a_building_or_an_address():
    from assistant.search.answer_types import says_where

    for where in ["La cellule se réunit à la Maison des services publics des Aubépins.", "salle de l'ancienne "
                  "coopérative, rue du Foirail", "le mardi matin, à la maison France services"]:
        assert says_where(where), where
    for nowhere in ["La mise en place du groupe a demandé deux ans.", "Un foyer sur trois est concerné.",
                    "Elle travaille à la maison le lundi.", "le chemin de la guérison"]:
        assert not says_where(nowhere), nowhere


def test_a_question_asking_where_too_is_read_however_it_words_it():
    from assistant.search.answer_types import asks_where_too

    for both in ["Où et quand se réunit le groupe ?", "La cellule se réunit quand, et où ?", "Quel jour et où ?",
                 "Quand a lieu la réunion et où ?", "Où et à quelle date ?", "C'est à quelle heure et à quel endroit ?",
                 "When and where was the forum held?", "Le chèque, c'est combien et où on le demande ?"]:
        assert asks_where_too(both), both
    for one in ["Quand a lieu la réunion ?", "Le CMP ou le CMPP ?", "Qui finance et où ?"]:
        assert not asks_where_too(one), one



def test_when_and_where_is_one_ask_of_one_clause_and_a_date_after_a_comma():
    from assistant.search.answer_types import later_asks

    for both in ["In the radio show, when and where does the choir rehearse?", "Quand et où répète la chorale ?",
                 "À la radio, quand et où répète la chorale ?"]:
        assert later_asks(both) == [], both
        assert expected_type(both) == "date", both
    # an ask after "quand," is a later one all the same
    assert later_asks("La convention court jusqu'à quand, et peut-elle être reconduite ?") == \
        [", et peut-elle être reconduite ?"]
    assert later_asks("Le café des ados, c'est quand et qui le co-anime ?") == ["et qui le co-anime ?"]
    assert later_asks("When and where is the forum held, and who runs it?") == ["and who runs it?"]


def test_an_age_asked_is_an_age_not_a_count():
    for asked in ["Vigilans prend aussi les ados ? à partir de quel âge ?", "C'est pour quel âge, le point écoute ?",
                  "Le CMP prend les jeunes jusqu'à quel âge ?", "What age group does the programme target?"]:
        assert expected_type(asked) == "age", asked
    assert expected_type("Combien de jeunes de 16 à 25 ans ont été reçus ?") == "count"
    for age in ["On accueille les jeunes de onze à vingt-cinq ans", "Jeunes de 12 à 25 ans", "à partir de treize ans",
                "jusqu'à 16 ans", "for 11-25 year-olds", "les mineurs sont reçus sans leurs parents"]:
        assert holds("age", age), age
    for other in ["En 2025, on a reçu 40 jeunes.", "La permanence a lieu le mardi."]:
        assert not holds("age", other), other


def test_a_step_of_a_procedure_is_told_in_any_words():
    from assistant.search.answer_types import states_step

    for step in ["Le médecin remplit la fiche de saisine et l'envoie par messagerie sécurisée.",
                 "Téléchargez le formulaire sur cette page.", "La fiche doit être envoyée au moins huit jours avant.",
                 "Présentez-vous un mardi à 18 h 15 au centre social.", "Il suffit d'appeler le secrétariat."]:
        assert states_step(step), step
    for other in ["Le chœur a été créé en septembre 2024.", "Chez nous, le modèle est dans la mallette de l'élu.",
                  "En 2025, l'équipe a reçu 212 demandes."]:
        assert not states_step(other), other
    # an instruction by imperative, or in the infinitive after the case it is for (three words at least)
    for step in ["Donnez la naloxone : une pulvérisation dans une narine.", "N'attendez pas pour appeler.",
                 "idées suicidaires sans danger immédiat : appeler le 3114 pour un conseil ;"]:
        assert states_step(step), step
    for other in ["Avez-vous un médecin traitant ?", "Comptez quatre à six mois de préparation.",
                  "Objectif : orienter 80 % des jeunes.", "Donnez-vous rendez-vous ?"]:
        assert not states_step(other), other


def test_what_is_offered_or_said_to_exist_is_read_up_to_whom_or_where():
    from assistant.search.answer_types import existing_terms, offered_terms

    assert offered_terms("Le CRP propose-t-il des séances d'hypnose aux sinistrés de la crue ?") == ("seanc", "hypnos")
    assert offered_terms("Le CMP propose-t-il de l'hypnose aux enfants ?") == ("hypnos",)
    assert offered_terms("Combien de séances propose le CMP ?") == ()  # no yes or no asked
    assert existing_terms("Y a-t-il un groupe de parole à Belcombe ?") == ("group", "parol")  # not the place
    assert existing_terms("Est-ce qu'il existe une équipe mobile de gérontopsychiatrie qui va voir les personnes "
                          "âgées ?") == ("equip", "mobil", "gerontopsychiatr")


def test_combien_read_in_its_sentence():
    from assistant.search.answer_types import asked_type, counted_heads, counted_nouns, counted_term, counts_things

    # "passé de combien à combien avec l'équipe mobile": no team is counted; a wait is asked by its noun
    asked = "Le délai du premier rdv CMP, il est passé de combien à combien avec l'équipe mobile ?"
    assert counted_nouns(asked) == frozenset() and expected_type(asked) == "duration"
    # a giver's sum asked by its verb before "combien", not after it
    for money in ["Et l'ARS ajoute combien ?", "En 2024, l'ARS et le Département ont mis combien pour l'EMAP ?"]:
        assert expected_type(money) == "amount", money
    assert expected_type("Le CCAS a ajouté combien de places ?") == "count"
    # "combien" after a comma asks again: the date is asked first, what it counts is no count asked first
    several = "L'antenne, elle ouvre quand, avec combien de postes, et l'ARS ajoute combien ?"
    assert asked_type(several) == "date" and counted_term(several) is None
    assert later_asks(several)[0].startswith("avec combien de postes")
    assert later_asks("Le CLSM de Brou, combien de membres ?") == []  # one ask, after its topic
    # the nouns counted, before a verb: "l'EMAP a suivis" says who followed them
    assert counted_heads("Combien d'enfants l'EMAP a suivis sur sa première année ?") == {"enfant", "emap"}
    assert counted_heads("combien de conversations et d'orientations en un an ?") == {"convers", "orient"}
    assert not counts_things("Mission locale — jeunes de 16 à 25 ans")  # ages count nobody


def test_a_wait_asked_by_combien_and_items_counted_by_the_question():
    from assistant.search.question_kinds import asks_for_list, definition_target

    for wait in ["Au webinaire, elle disait combien d'attente aux Tisserands ?", "Et au site Centre, on attend combien ?"]:
        assert expected_type(wait) == "duration", wait
    assert expected_type("On attend combien de familles ?") == "count"
    # "les cinq actions" are items to list, not a notion to define
    assert definition_target("C'est quoi les cinq actions du plan 2026-2028 ?") is None
    assert asks_for_list("C'est quoi les cinq actions du plan 2026-2028 ?")
    assert not asks_for_list("Les trois sites ont-ils le même délai ?")  # a yes or no
    assert not asks_for_list("Combien de jeunes sur les 3 derniers mois ?")
    assert definition_target("C'est quoi le PTSM ?") == "PTSM"


def test_an_adjective_qualifying_what_is_counted_is_read_not_a_participle():
    from assistant.search.answer_types import qualifying_terms

    assert qualifying_terms("Combien de logements vacants Habitat Loue-Vesonde a-t-il ?") == ("vac",)
    assert qualifying_terms("Combien de situations annoncées pour 2025 ?") == ()  # how it is asked
    assert qualifying_terms("Combien de personnes ont participé ?") == ()
    assert qualifying_terms("How many empty flats?") == ()


def test_what_is_offered_includes_how_it_is_done_after_en_not_where():
    from assistant.search.answer_types import offered_terms

    assert offered_terms("Le CMP propose-t-il des séances en réalité virtuelle pour les phobies ?") == (
        "seanc", "realit", "virtuel")
    assert offered_terms("Le CMP propose-t-il des consultations en Occitanie ?") == ("consult",)  # where


def test_when_something_is_open_asks_its_hours():
    from assistant.search.answer_types import asks_hour

    assert asks_hour("Il ouvre quand, le PAEJ Point Virgule ?") and asks_hour("C'est ouvert quand, le PAEJ ?")
    assert not asks_hour("Les inscriptions sont ouvertes quand ?")  # a date
    assert expected_type("Il ouvre quand, le PAEJ Point Virgule ?") == "date"
    assert not asks_hour("Elle a ouvert quand, l'antenne ?")  # a day it opened, not its hours


def test_how_things_stand_now_is_asked_in_everyday_words():
    from assistant.search.answer_types import asks_the_present

    assert asks_the_present("Le Phare, on en est à combien d'adhérents cet automne ?")
    assert asks_the_present("Pour l'instant, combien de places ?")
    assert not asks_the_present("Combien d'adhérents en 2024 ?")
