"""How a question is read: its kind, what it defines, places and years, follow-ups, key notions, language."""

from __future__ import annotations

import pytest

from assistant.search.analyse import is_follow_up, key_notions, stands_alone
from assistant.search.answer_types import counted_terms, holds, type_words
from assistant.search.constraints import agreement, places, years
from assistant.search.metadata import document_scores, names_a_document
from assistant.search.question_kinds import asks_for_list, definition_target
from assistant.models import DocumentMeta, Turn
from assistant.text import is_english, tokenize


@pytest.mark.parametrize("question, target", [
    ("Que signifie le sigle DAC ?", "DAC"),
    ("C'est quoi un DAC ?", "DAC"),
    ("Qu'est-ce qu'un CLSM ?", "CLSM"),
    ("Que veut dire PTSM ?", "PTSM"),
    ("Définition du contrat local de santé", "contrat local de santé"),
    ("CLSM, c'est quoi ?", "CLSM"),
    ("What does CLSM stand for?", "CLSM"),
    ("Combien de CLSM en Occitanie ?", None),
    ("Comment impliquer les élus ?", None),
    ("Après les séances, qu'est-ce que les gens ont le plus réclamé ?", None),  # a verb: what they did
    ("Qu'est-ce que le CLSM a permis ?", None),
    # where it is said is no part of what to define, when an acronym is asked or the clause names a document
    ("Que signifie CCSC dans la fiche de poste du coordinateur du CLSM de Val d'Orbière ?", "CCSC"),
    ("Qu'est-ce que la médiation en santé selon le webinaire de mars ?", "médiation en santé"),
    ("C'est quoi la santé dans la ville ?", "santé dans la ville"),
    ("C'est quoi une maison des adolescents ?", "maison des adolescents"),  # "une", not "un" and "e maison…"
    ("Qu'est-ce qu'une MDA ?", "MDA"),
    ("Le refus scolaire anxieux, c'est quoi au juste ?", "refus scolaire anxieux"),  # a word after "c'est quoi"
    ("C'est quoi au juste un CLSM ?", "CLSM"),
    ("Le refus scolaire anxieux, c'est quoi au juste?", "refus scolaire anxieux"),
    ("SIAO signifie quoi ?", "SIAO"),
    ("MONALISA, c'est le sigle de quoi ?", "MONALISA"),
    ("C'est quoi, une sentinelle, dans le projet Vigie Aînés ?", "sentinelle"),  # where, set apart by a comma
    ("EMPSA, ça désigne quoi ?", "EMPSA"),
    ("PFR, c'est quoi ce sigle ?", "PFR"),  # "ce sigle" names what was said first
    ("Le CLSM, c'est quoi ce dispositif, et qui le finance ?", "CLSM"),
    ("La domiciliation au CCAS, c'est quoi et ça sert à quoi ?", "domiciliation au CCAS"),  # a later ask, no comma
    # context after the question mark; a quoted name before "c'est quoi" at the end
    ("EMPPA ça veut dire quoi ? (c'est l'équipe du Dr Lacombe à Saint-Gilvert)", "EMPPA"),
    ("Dans le podcast, Thomas Roussel parle d'un « plan de crise conjoint » : c'est quoi ?", "plan de crise conjoint"),
    ("c'est quoi le budget 2026 du CLSM et qui met le plus d'argent ?", None),  # a value, asked colloquially
    ("What is a GEM, and how many members does the one in Sarreval have?", "GEM"),  # "how many" is a later ask
    # typed as a search: the thing, then the word asking what it means, maybe where it is said
    ("PAEJ signification", "PAEJ"),
    ("Le GEM : définition ?", "GEM"),
    ("aller-vers définition selon le Dr Ferrandou", "aller-vers"),
    ("La signification du vote dans la commune", None),
    ("Quelle signification ?", None),
    ("Quels critères entrent dans la définition selon l'OMS ?", None),
    # its full name asked: what it stands for
    ("OTSO, c'est quoi le nom complet ?", "OTSO"),
    ("Quel est le nom complet de l'OTSO ?", "OTSO"),
    ("c'est quoi le nom complet de QPV ?", "QPV"),
    ("OTSO en toutes lettres ?", "OTSO"),
])
def test_definition_questions_name_what_they_define(question, target):
    assert definition_target(question) == target


def test_list_questions_are_told_from_differences_and_values():
    assert asks_for_list("Quelles sont les missions du centre national ?")
    assert asks_for_list("Comment impliquer les élus ?")
    # how to do it, in steps: an infinitive, or "on"/"je" doing it; not how something works or what someone did
    assert asks_for_list("Comment candidater à l'appel à projets ?") and asks_for_list("Comment je m'inscris ?")
    assert not asks_for_list("Comment le centre médico-psychologique fonctionne-t-il ?")
    assert not asks_for_list("Comment le maire a-t-il réagi ?")
    assert not asks_for_list("Comment on s'y prend le plus souvent pour tenter de se suicider ?")
    assert asks_for_list("On est partenaire du CLSM : comment fait-on pour présenter une situation à la cellule ?")
    assert asks_for_list("Ça se passe comment, une séance ? Quelles en sont les étapes ?")  # a second sentence
    assert asks_for_list("Par quelles étapes passe une situation signalée ?")  # after a preposition
    assert not asks_for_list("Par quel moyen ?")
    assert asks_for_list("Comment s'organise un CLSM : quelles instances ?")  # after a colon or a comma
    assert asks_for_list("Comment un CLSM doit-il être organisé, quelles instances faut-il prévoir ?")
    assert not asks_for_list("Quelles différences entre CLS et CLSM ?")
    assert not asks_for_list("Quel est le rôle du coordinateur ?")
    assert asks_for_list("étapes pour créer un CLSM")  # typed as a search
    assert not asks_for_list("Étape la plus longue pour créer un CLSM ?")
    assert not asks_for_list("les étapes du projet ont-elles été respectées ?")  # a yes or no


@pytest.mark.parametrize("question, alone", [
    ("C'est quoi un DAC ?", True),  # its own acronym
    ("Comment impliquer les élus ?", True),
    ("Quel est le rôle du coordinateur ?", True),
    ("et en Occitanie ?", False),
    ("Et en 2024 ?", False),
    ("Qui le finance ?", False),
    ("Quelles sont ses missions ?", False),
    ("Pour les élus ?", False),
])
def test_a_question_stands_alone_when_it_names_its_own_subject(question, alone):
    assert stands_alone(question) is alone
    previous = [Turn("Que veut dire PTSM ?")]
    assert is_follow_up(question, previous) is (not alone)
    assert is_follow_up(question, []) is False


def test_places_and_years_and_whether_a_sentence_agrees():
    assert places("Combien de CLSM en Hauts-de-France et en France ?") == {"hauts-de-france", "france"}
    assert places("Les CLSM en Occitanie") == {"occitanie"}
    assert places("How many councils in Brittany and in Occitania?") == {"bretagne", "occitanie"}  # English names
    assert places("À quelle réunion le présente-t-il ?") == set() and places("à La Réunion") == {"la-reunion"}
    assert places("C'est quand la réunion du groupe ?") == set() and places("LA RÉUNION") == {"la-reunion"}
    assert places("RÉUNION DU COMITÉ DE PILOTAGE") == set()  # a heading in capitals names a meeting
    assert places("la région bourgogne-franche-comté") == {"bourgogne-franche-comte"}  # captions in lower case
    assert years("fin 2016, le 31/12/2023, réf. DGS/2016/289, en 2024") == {"2016", "2024"}
    france, y2024 = places("en France"), years("en 2024")
    assert agreement(france, y2024, "2024 : 276 CLSM actifs", "Les CLSM en France") == 2
    assert agreement(france, frozenset(), "27 CLSM actifs en Occitanie") == -1
    assert agreement(france, y2024, "27 CLSM actifs en Occitanie en 2024") == 0
    assert agreement(frozenset(), y2024, "En 2011, 40 CLSM actifs") == -1


def test_departements_are_places_when_written_as_names_of_places():
    assert places("En 2025, 41,9 % des personnes accompagnées par le DEA du Loiret") == {"loiret"}
    assert places("dans le Var et l’Hérault, comme en Seine-Saint-Denis") == {"var", "herault", "seine-saint-denis"}
    # a region's name is read first; a common word or a river is no place without its capital
    assert places("les CLSM des Pays de la Loire") == {"pays-de-la-loire"}
    assert places("Auvergne-Rhône-Alpes et le Rhône") == {"auvergne-rhone-alpes", "rhone"}
    assert places("au nord de la ville, la manche du pull") == set()
    assert places("Loire Cœur Habitat gère 14 200 logements") == set()  # the first word of a name
    # a name that is also a common word counts after what introduces a place, not opening a line or before a number
    assert places("Lot 2 – Menuiseries : 45 000 €") == set() and places("Somme totale : 12 000 €") == set()
    assert places("Cher collègue,") == set() and places("Vienne (Autriche)") == set()
    assert places("dans le Nord et la Somme") == {"nord", "somme"}
    # in capitals (a heading, a slide title) when the name is no common word: "LOT 2", "NORD" stay words
    assert places("CLSM DU LOIRET : BILAN 2025") == {"loiret"} and places("SEINE-SAINT-DENIS") == {"seine-saint-denis"}
    assert places("LOT 2 – MENUISERIES") == set() and places("AU NORD DE LA VILLE") == set()
    loiret = places("dans le Loiret")
    assert agreement(loiret, frozenset(), "Loiret (45) : 41,9 %") == 1
    assert agreement(loiret, frozenset(), "39,4 % en Centre-Val de Loire") == -1  # the region's figure is not its


def test_counts_are_numbers_of_their_own_and_say_what_they_count():
    assert holds("count", "douze CLSM") and holds("count", "2150 participant.e.s")
    assert not holds("count", "la F2RSM et le PRS2")  # digits inside codes
    assert not holds("count", "en 2024") and not holds("count", "entre 2017 et 2022")  # years answer "quand"
    assert not holds("count", "Taux standardisé (moyenne annuelle) (2019..2021)")  # a span of years
    # ages are not how many: "les jeunes de 16 à 25 ans", "les 18-25 ans", "les 60 ans et plus"
    assert not holds("count", "Mission locale : jeunes de 16 à 25 ans") and not holds("count", "les 18-25 ans")
    assert not holds("count", "les 60 ans et plus vivant seuls") and holds("count", "612 jeunes de 18 à 25 ans")
    assert set(tokenize("décès suicide")) <= counted_terms("En moyenne, 770 décès par suicide chaque année")
    assert "durée" in " ".join(type_words("duration")).replace("duree", "durée")


def test_abbreviations_typed_in_a_hurry_are_read_as_documents_write_them():
    from assistant.search.analyse import asking_part

    asked, _ = asking_part("jusqu'a quand on peut postuler pour le poste de coordo a St Vaast ?")
    assert "Saint-Vaast" in asked and "Saint-Vaast" in key_notions(asked)
    assert asking_part("CLSM de Ste-Foy : nb de réunions ?")[0] == "CLSM de Sainte-Foy : nombre de réunions ?"
    assert asking_part("La ste famille, le nb ?")[0] == "La ste famille, le nb ?"  # no name after, no "de" after


def test_key_notions_are_acronyms_names_regions_and_quoted_titles():
    notions = key_notions("Montant de la subvention CAF pour un coordinateur CLSM en Bretagne ?")
    assert {"CAF", "CLSM", "Bretagne"} <= set(notions)
    assert "Mon soutien psy" in key_notions("Comment marche le dispositif Mon soutien psy ?")
    assert "La santé mentale dans mon quartier" in key_notions(
        "Combien ont participé aux séances « La santé mentale dans mon quartier » ?")
    assert key_notions("Comment impliquer les élus ?") == []
    assert "pHARe" in key_notions("Combien d'élèves ont suivi le programme pHARe ?")  # a capital inside a name
    # a name opened by its article stops at "à ses …": what follows is not part of it
    assert "La Boussole" in key_notions("Quelles activités propose La Boussole à ses adhérents ?")
    # a name written with capitals ends at its last capital; no question word is part of a name
    notions = key_notions("Le GEM La Boussole compte combien d'adhérents ?")
    assert "La Boussole" in notions and not any("combien" in n for n in notions), notions


def test_english_questions_are_recognised():
    assert is_english("How many people die by suicide each year in France?")
    assert is_english("What share of coordinator posts are co-funded?")
    assert not is_english("Combien de CLSM en France ?")
    assert not is_english("What est le CLSM ?")
    # "a" and the possessive's "s" are written in French too ("il a", "s'inscrire"): they count for neither
    assert is_english("Within how many hours must a school's crisis cell meet after a suicide is reported?")
    assert not is_english("Combien a-t-on formé de sentinelles en 2025, et où s'inscrire ?")


def test_questions_naming_a_document_weigh_its_catalog_description():
    docs = {
        "ars": DocumentMeta("ars", "ars.pdf", "La santé mentale dans les CLS", kind="slides", date="2024-04-23",
                            organisers=("ARS Occitanie",), speakers=("Evangéline Bonnerot",), region="Occitanie"),
        "irev": DocumentMeta("irev", "irev.html", "Santé mentale et politique de la ville", kind="webinar page",
                             date="2023-02-02", organisers=("IREV", "CCOMS"), region="Hauts-de-France"),
    }
    assert names_a_document("Selon le support de l'ARS Occitanie, combien de CLS ?")
    assert names_a_document("Que s'est-il dit en février 2023 ?")
    assert names_a_document("Que dit Evangéline Bonnerot des CLS ?", docs)
    assert not names_a_document("Combien de CLSM en France ?", docs)
    # "à la radio", "au webinaire", "dans la lettre": a kind of document named after "à" as after "dans"
    assert names_a_document("À la radio, la psychiatre donne quel délai ?")
    assert names_a_document("Au webinaire, que conseille-t-il aux élus ?")
    assert names_a_document("Dans la lettre du CLSM, combien de réponses ?")
    assert not names_a_document("À la maison, que faire en cas de crise ?")
    assert names_a_document("On the radio show, how soon does a nurse call back?")  # English: "on the radio"
    assert not names_a_document("How soon does a nurse call back on the phone?")
    assert names_a_document("Que dit Bonnerot des CLS ?", docs)  # a speaker by their surname
    # a first name is no speaker's: "Evangéline" may be a street's, "Olivier" the stem of "aux Oliviers-Hauts"
    olivier = {"hdj": DocumentMeta("hdj", "hdj.pptx", "Bilan du programme", kind="slides", speakers=("Olivier Brémond",))}
    assert not names_a_document("L'antenne aux Oliviers-Hauts, c'est à quelle adresse ?", olivier)
    # a title between quotes names its document; quoted words that are no title do not
    assert names_a_document("Que retenir de la séance « santé mentale et politique de la ville » ?", docs)
    assert not names_a_document("Que veut dire « aller vers » en santé mentale ?", docs)
    from assistant.text import content_terms

    scores = document_scores(docs, content_terms("Dans le webinaire de février 2023, combien de QPV ?"))
    assert scores == {"irev": 1.0}
    scores = document_scores(docs, content_terms("Selon le support de l'ARS Occitanie sur la santé mentale"))
    assert max(scores, key=scores.get) == "ars"
    # in English: the kind of document it names ("in the webinar": a transcript's recording too)
    docs["video"] = DocumentMeta("video", "video.vtt", "Isolement des aînés : retours de terrain", kind="transcript",
                                 date="2025-10-14", organisers=("PVSN",))
    scores = document_scores({"ars": docs["ars"], "video": docs["video"]},
                             content_terms("In the webinar, how long before the first home visit?"))
    assert scores == {"video": 1.0}
    # English names it before the kind of document ("in the Grand Est webinar"); "in the first place" names none
    assert names_a_document("In the Occitanie ARS slides, how many CLS?")
    assert names_a_document("In the October 2025 webinar, who spoke first?")
    assert not names_a_document("In the first place, what is a CLSM?")
    # a TV or radio report is a recording's transcript as much as a written report
    scores = document_scores({"ars": docs["ars"], "video": docs["video"]},
                             content_terms("In the TV report, who called the mobile team?"))
    assert scores == {"video": 1.0}
    # a podcast, a radio programme or an interview is a recording too
    for question in ["À la radio, qui a parlé des aînés ?", "Dans le podcast, qui a parlé des aînés ?",
                     "Selon la psychologue interviewée, qui appeler ?"]:
        assert document_scores({"ars": docs["ars"], "video": docs["video"]}, content_terms(question)) == {"video": 1.0}


def test_a_question_asks_for_people_only_with_an_interrogative_who():
    from assistant.search.sentence_scores import _WHO, introduces_people

    assert _WHO.search("Qui anime le CLS ?") and _WHO.search("Dans la présentation, qui intervenait ?")
    assert _WHO.search("Par qui est financé le poste ?") and _WHO.search("Who chairs a council?")
    assert not _WHO.search("Quels sont les axes qui ressortent des diagnostics ?")
    assert introduces_people("Evangéline BONNEROT · Chargée de mission")
    from assistant.search.sentence_scores import asked_role

    # the role asked, in English as the French word for it ("chairs": "président")
    assert asked_role("Qui préside le CLSM ?") == asked_role("Who chairs the council?") == "presid"
    assert asked_role("Who spoke first?") is None
    assert not introduces_people("Le CLSM reçoit une dotation.")  # an article before an acronym


def test_a_sentence_says_who_does_what_was_asked_by_par_and_a_name():
    from assistant.search.sentence_scores import names_agent
    from assistant.text import content_terms

    asked = dict.fromkeys(content_terms("Qui finance le centre national ?"), 1.0)
    assert names_agent("Il est soutenu et financé par la Délégation générale de la santé (DGS).", asked)
    assert not names_agent("Valorisation des actions portées par les CLSM", asked)  # not what was asked
    assert not names_agent("Le centre est financé depuis longtemps.", asked)  # by whom, not said


def test_a_sentence_says_who_does_what_was_asked_by_an_organisation_before_the_verb():
    from assistant.search.sentence_scores import asked_doing, organisation_does
    from assistant.text import content_terms

    question = "Qui emploie les médiateurs en santé de Bellegrève ?"
    asked, doing = dict.fromkeys(content_terms(question), 1.0), asked_doing(question)
    # "employer" and "recruter" are one family: the CCAS recruited them
    assert organisation_does("En mars 2023, le centre communal d'action sociale (CCAS) de Bellegrève a recruté "
                             "quatre médiateurs en santé.", doing, asked)
    assert not organisation_does("Le dispositif permet de recruter des personnes sans emploi.", doing, asked)
    coordinated = dict.fromkeys(content_terms("Qui coordonne le CLSM ?"), 1.0)
    assert not organisation_does("Chaque année, le CLSM coordonne les SISM.", asked_doing("Qui coordonne le CLSM ?"),
                                 coordinated)  # what the CLSM asked about does, not who does it
    assert asked_doing("Qui met la main au portefeuille pour payer la personne qui coordonne ?") is None


def test_the_words_asking_for_a_definition_count_little_and_the_thing_to_define_fully():
    from assistant.search.analyse import TYPE_WORD_WEIGHT, analyse
    from assistant.store.glossary import Glossary

    read = analyse("Que signifie le sigle PAEJ ?", Glossary({}), 0.4)
    assert read.kind == "definition" and read.terms["paej"] == 1.0
    assert read.terms["signif"] <= TYPE_WORD_WEIGHT and read.terms["sigl"] <= TYPE_WORD_WEIGHT  # not "significatif"
    whole = analyse("Qu'est-ce qu'un conseil local de santé mentale ?", Glossary({}), 0.4)
    assert whole.terms["conseil"] == whole.terms["mental"] == 1.0


def test_what_comes_before_the_question_is_set_apart_and_contacts_left_out():
    from assistant.search.analyse import analyse
    from assistant.store.glossary import Glossary

    glossary = Glossary({})
    read = analyse("Bonjour, je coordonne un CLSM en Occitanie. Que veut dire PTSM ?", glossary, 0.4)
    assert (read.kind, read.target, read.places) == ("definition", "PTSM", ())
    assert read.terms["ptsm"] == 1.0 and 0 < read.terms["clsm"] < 1.0 and "occitan" not in read.terms
    mailed = analyse("Mon courriel est jean.dupont@mairie-albi.fr, que veut dire PTSM ?", glossary, 0.4)
    assert mailed.target == "PTSM" and not {"albi", "dupont", "mairi"} & set(mailed.terms)
    assert analyse("Combien de CLSM en Occitanie en 2024 ?", glossary, 0.4).places == ("occitanie",)


@pytest.mark.parametrize("question, naming", [
    ("Quelle est la durée d'un PTSM ?", "durée"),
    ("Pour quelle durée un PTSM est-il arrêté ?", "durée"),
    ("En quelle année le CLSM a-t-il été créé ?", "année"),
])
def test_a_word_naming_the_value_asked_counts_little_accents_and_all(question, naming):
    from assistant.search.analyse import TYPE_WORD_WEIGHT, analyse
    from assistant.store.glossary import Glossary
    from assistant.text import term

    read = analyse(question, Glossary({}), 0.4)
    assert read.terms[term(naming)] == TYPE_WORD_WEIGHT and read.terms["ptsm" if "PTSM" in question else "clsm"] == 1.0


@pytest.mark.parametrize("question, choice", [
    ("Les hommes ou les femmes se suicident-ils davantage ?", ("hommes", "femmes")),
    ("Qui est le plus hospitalisé, les hommes ou les femmes ?", ("hommes", "femmes")),
    ("Est-ce la commune ou l'ARS qui finance le poste ?", ("commune", "ars")),
    ("Quels outils ou ressources pour un CLSM ?", None),  # asks for things, not a choice
    ("Le CLSM est-il plus ou moins efficace ?", None),
    ("Faut-il un coordinateur ou non ?", None),
    ("Les élus et/ou les usagers participent-ils ?", None),
    ("Un ou plusieurs QPV ?", None),
])
def test_a_choice_between_two_things_is_read_as_such(question, choice):
    from assistant.search.question_kinds import choice_alternatives

    assert choice_alternatives(question) == choice


def test_a_line_stating_something_is_told_from_a_heading():
    from assistant.sentences import states

    assert states("Les décès par suicide sont majoritairement masculins")
    assert states("Le taux a doublé en cinq ans")
    assert not states("Mode opératoire des tentatives de suicide entre 2017 et 2022")
    assert not states("Accès à la prévention et aux soins")  # "à", not "a"


def test_a_choice_is_not_a_comparison_and_each_side_brings_its_related_words():
    from assistant.search.analyse import analyse
    from assistant.store.glossary import Glossary

    analysis = analyse("Les hommes ou les femmes se suicident-ils davantage ?", Glossary({}), 0.5)
    assert analysis.kind == "open" and not analysis.sides
    assert "masculin" in analysis.alternatives[0] and "feminin" in analysis.alternatives[1]
    assert analyse("CLS ou CLSM ?", Glossary({}), 0.5).kind == "comparison"  # two names: compare them


def test_a_surname_in_capitals_is_told_from_an_acronym():
    from assistant.search.sentence_scores import introduces_people

    assert introduces_people("Antoine BAILLOEUL, directeur de l'innovation")
    assert introduces_people("Jean-Luc ROELANDT")
    assert not introduces_people("Coordo ASV invités au COPIL CLS")
    assert not introduces_people("Loi HPST du 21 juillet 2009")


def test_a_name_followed_by_a_role_is_a_byline_that_does_not_say_who_pays():
    from assistant.search.sentence_scores import introduces_people, says_who

    byline = "une dynamique émergente au profit de la santé mentale Audrey Lissy, coordinatrice du CLS"
    assert introduces_people(byline) and introduces_people("Marie de Villiers, Directrice de l'ARS")
    assert not introduces_people("La ville de Château-Thierry, en complémentarité du contrat local")
    assert not introduces_people("En Occitanie, la direction de la santé publique")  # a place, a service
    assert not says_who(byline, None, spoke=False)  # "Qui paie… ?" is not answered by a byline
    assert says_who("Antoine BAILLOEUL, directeur", None, spoke=False)


@pytest.mark.parametrize("question, answer_type", [
    ("Le nombre de CLSM a-t-il beaucoup augmenté ces dernières années ?", "change"),
    ("Y a-t-il une hausse du nombre de conseils locaux ?", "change"),
    ("Has the number of councils increased?", "change"),
    ("Combien de CLSM en 2024, et comment ce nombre a-t-il évolué ?", "count"),  # the count first
    ("Comment faire progresser la participation des habitants ?", None),  # a how-to, not a trend
])
def test_a_question_on_how_a_number_changed_wants_a_change_stated(question, answer_type):
    from assistant.search.answer_types import expected_type

    assert expected_type(question) == answer_type
    assert holds("change", "l'ARS se félicite du doublement en 5 ans, avec un passage de 12 à 24")
    assert holds("change", "une hausse de +15 % en un an")
    assert not holds("change", "nous disposons actuellement de douze CLSM")


def test_a_table_caption_is_what_a_table_shows_not_an_answer():
    from assistant.search.sentence_scores import shape_factor

    weights = {"agglomer": 1.0, "detress": 1.0}
    caption = shape_factor("Tableau 1 – Détresse psychologique probable selon l'agglomération (2024)", weights, None)
    stated = shape_factor("Lorient présente le taux de détresse le plus élevé des agglomérations bretonnes.", weights,
                          None)
    assert caption < 0.6 * stated
    # a replay's chapter is what a part of the video is about, not what is said in it
    weights = {"maison": 1.0, "adolescent": 1.0}
    chapter = shape_factor("00:01:19 – Présentation de la Maison des adolescents", weights, None)
    said = shape_factor("La Maison des adolescents accueille les jeunes de 11 à 25 ans et leurs parents.", weights, None)
    assert chapter < 0.6 * said


def test_a_share_does_not_count_and_a_sentence_with_dates_in_order_is_no_table_of_contents():
    from assistant.search.sentence_scores import is_contents

    assert "habit" not in counted_terms("Seuls 14 % des habitants ont consulté un psychologue.")
    assert "habit" in counted_terms("L'enquête a interrogé 1 206 habitants.")
    assert not holds("count", "27 % des habitants")
    survey = ("L'enquête a été réalisée entre le 4 mars et le 12 avril 2024 auprès de 1 206 habitants âgés de 18 ans "
              "et plus, résidant dans 32 des 33 quartiers prioritaires.")
    assert not is_contents(survey)
    assert is_contents("Val d'Oise Est : quand le conseil local convergent 27 à Lille, l'échelon communal 28 à Creil, "
                       "la ville 30")


def test_a_sentence_naming_who_holds_the_role_asked_about_answers_who():
    from assistant.search.sentence_scores import names_holder

    asked = {"coordon": 1.0, "coordin": 0.4, "clsm": 1.0}  # "Qui coordonne le CLSM… ?" and its related words
    assert names_holder("Sa coordinatrice, Nadia Ferreira, est en poste depuis septembre 2019.", asked)
    assert not names_holder("La présidente, Anne Martin, ouvre la séance.", asked)  # another role
    assert not names_holder("Le poste de coordination est financé à moitié par les villes.", asked)  # no one named
    # a role no list knows, the question's own word, then the person between commas
    from assistant.text import term_set
    joker = dict.fromkeys(term_set("qui tient le rôle du joker"), 1.0)
    assert names_holder("Le « joker », Romain Cazaubon, anime les échanges entre la salle et les comédiens.", joker)
    assert not names_holder("Le public, Romain Cazaubon compris, a applaudi les comédiens.", joker)
    # a list of organisations is no one set after the word asked
    programme = dict.fromkeys(term_set("qui présentait le programme la santé mentale"), 1.0)
    assert not names_holder("Groupe de travail (Fabrique territoire santé, Profession Banlieue, Psycom)", programme)


def test_when_after_a_comma_asks_a_date_and_a_recurring_day_answers_it():
    from assistant.search.answer_types import expected_type

    assert expected_type("Selon le webinaire de mars 2025, quand se réunit la commission ?") == "date"
    assert expected_type("Que faire, quand un patient refuse les soins ?") is None  # a situation, not a date
    assert holds("date", "Elle se réunit le deuxième jeudi de chaque mois à la mairie.")
    assert expected_type("Quels jours ont lieu les permanences de psychologue ?") == "date"
    assert holds("date", "Le comité se retrouve une fois par trimestre.")
    assert not holds("date", "Chaque acteur apporte ses compétences.")


def test_a_sentence_giving_the_role_of_the_person_asked_about_answers_who_is():
    from assistant.search.sentence_scores import presents_asked_person

    assert presents_asked_person("Je suis Hélène Vasseur, psychiatre, je dirige l'EMPP.", "Qui est Hélène Vasseur ?")
    assert presents_asked_person("Je suis Hélène Vasseur, psychiatre.", "Who is Hélène Vasseur?")
    assert not presents_asked_person("Karim Haddad, chargé de mission au bailleur.", "Qui est Hélène Vasseur ?")


def test_what_something_does_is_answered_by_that_subject_and_verb():
    from assistant.search.sentence_scores import asked_subject_verb, says_subject_verb

    asked = asked_subject_verb("Que prévoit la charte signée entre le bailleur et le CLSM ?")
    assert asked and says_subject_verb("La charte prévoit trois choses : un interlocuteur unique…", asked)
    assert not says_subject_verb("Depuis mars 2023, nous avons signé une charte avec le CLSM.", asked)
    assert asked_subject_verb("Qu'a décidé le comité de pilotage ?") == ("comit", "decid")
    assert asked_subject_verb("Combien de CLSM en France ?") is None


def test_a_preposition_is_no_verb_and_a_counted_noun_is_a_whole_word():
    from assistant.search.answer_types import counted_term
    from assistant.search.constraints import years

    assert definition_target("Qu'est-ce que l'éducation à la santé ?") is not None  # "à" is no "a"
    assert counted_term("Combien ont participé en décembre ?") != "cembr"  # "décembre" is no "de …"
    assert years("Bilan 2021-2022 du CLSM") == {"2021", "2022"}  # both years of a range


def test_a_numbered_part_named_in_a_question_is_found_and_its_neighbours_contradict_it():
    from assistant.search.constraints import reference_agreement, references

    asked = references("La délibération n° 2025-03 a-t-elle été adoptée à l'unanimité ?")
    assert asked == {("deliberation", "2025-03")}
    assert reference_agreement(asked, "Délibération n° 2025-03 – Création d'une cellule") == 1
    assert reference_agreement(asked, "Délibération n° 2025-04 – Adoption du programme d'actions") == -1
    assert reference_agreement(asked, "Vote : adoptée à l'unanimité.") == 0
    assert references("Fiche action 3.2 : point écoute") == {("fiche action", "3.2")}
    assert references("l'article 4 de la convention") == {("article", "4")}
    # years after a label are dates, and a figure is no number of a part
    assert not references("Quels sont les objectifs 2024-2030 et l'objectif 2026 ?")
    assert not references("article 12,5 % des dépenses")
    assert reference_agreement(references("l'article 3"), "Étape 3 : le bilan") == 0  # another kind of part
    # "n°" as a PDF's text layer gives it: "no 2025-02"
    asked = references("Qui a écrit le document de travail ONSV n° 2025-02 ?")
    assert reference_agreement(asked, "Document de travail ONSV no 2025-02 — 18 mars 2025") == 1
    assert reference_agreement(asked, "Document de travail ONSV no 2023-05.") == -1


def test_a_title_before_a_name_and_articles_before_a_side_are_no_part_of_them():
    from assistant.search.analyse import comparison_sides, key_notions
    from assistant.search.answer_types import expected_type

    question = "Selon la Dre Rohou, quelle différence entre une Maison des adolescents et un point accueil écoute jeunes ?"
    assert "Rohou" in key_notions(question) and "Dre Rohou" not in key_notions(question)
    assert comparison_sides(question) == ("Maison des adolescents", "point accueil écoute jeunes")
    assert comparison_sides("Quelle différence entre l'ASV et le CLSM ?") == ("ASV", "CLSM")
    assert comparison_sides("Qui est le plus hospitalisé, les hommes ou les femmes ?") is None  # a choice
    # what differs, named before the sides; one value's two years are no sides
    assert comparison_sides("Quelle différence de public entre le module PSSM Standard et le module PSSM Jeunes ?") \
        == ("module PSSM Standard", "module PSSM Jeunes")
    assert comparison_sides("Délai pour un premier rendez-vous au CMP de Riom, 2022 vs 2024 ?") is None
    assert comparison_sides("Nombre de CLSM en France : 2011 vs 2024 ?") is None
    assert comparison_sides("Différence de coût entre 2023 et 2024 ?") is None
    assert comparison_sides("Quelle différence de prise en charge entre le CMP et le CATTP ?") == ("CMP", "CATTP")
    # two sides set apart by a comma or a slash before the ask; not the scene set before a comma
    assert comparison_sides("Obligation de soins, injonction de soins : c'est quoi la différence ?") == (
        "Obligation de soins", "injonction de soins")
    assert comparison_sides("CMP / CMPP : quelle différence ?") == ("CMP", "CMPP")
    assert comparison_sides("Dans le protocole, niveau alerte ou niveau urgence : c'est quoi la différence ?") == (
        "niveau alerte", "niveau urgence")
    # a situation told in two clauses, then the ask, compares nothing
    assert comparison_sides("Je suis sous traitement et je sors un samedi : comment j'ai mon traitement ?") is None
    assert comparison_sides("Depuis 2023, le CLSM : quelles différences ?") is None
    assert comparison_sides("On a le CLS et le CLSM : quelle différence ?") is not None  # one clause only
    assert expected_type("Combien peut-on obtenir au maximum par projet avec cet appel à projets ?") == "amount"
    # "contre" compares two names; before an article it says what an action is against
    assert comparison_sides("CLS contre CLSM : quelles différences ?") == ("CLS", "CLSM")
    assert comparison_sides("Faut-il un CLSM pour une action contre la stigmatisation dans son quartier ?") is None
    assert comparison_sides("Le CLS contre le CLSM : quelles différences ?") == ("CLS", "CLSM")
    assert comparison_sides("Une hospitalisation contre sa volonté est-elle possible ?") is None
    assert comparison_sides("Comment lutter contre cette stigmatisation ?") is None
    # what distinguishes one from the other
    assert comparison_sides("Selon Karim, qu'est-ce qui distingue un CAARUD d'un CSAPA ?") == ("CAARUD", "CSAPA")
    assert comparison_sides("En quoi la CJC se distingue-t-elle du CSAPA ?") == ("CJC", "CSAPA")
    assert comparison_sides("Comment distinguer un burn-out d'une dépression ?") == ("burn-out", "dépression")
    assert comparison_sides("Qu'est-ce qui distingue les missions du CLSM de celles du PTSM ?") == (
        "missions du CLSM", "PTSM")


def test_a_definition_target_leaves_out_a_relative_clause_and_a_later_ask():
    from assistant.search.question_kinds import definition_target

    assert definition_target("C'est quoi la CRIP dont a parlé la pédopsychiatre pendant le webinaire ?") == "CRIP"
    assert definition_target("EMPP, ça veut dire quoi, et qui la finance ?") == "EMPP"
    assert definition_target("Qu'est-ce que le CLSM a permis ?") is None  # what it did, not what it is
    # a later ask without a comma is no part of what is defined ("CLSM et à quoi sert-il" is never named)
    assert definition_target("Qu'est-ce qu'un CLSM et à quoi sert-il ?") == "CLSM"
    assert definition_target("C'est quoi un GEM et comment on y adhère ?") == "GEM"


def test_a_person_named_by_their_office_is_who_does_it():
    from assistant.search.sentence_scores import names_agent

    asked = {"copresid": 1.0, "comit": 1.0, "pilotag": 1.0}
    assert names_agent("Il est co-présidé par la maire et par le chef du pôle de psychiatrie adulte.",
                       {"co": 1.0, "presid": 1.0, **asked})
    assert not names_agent("Il est co-présidé à tour de rôle, chaque année.", {"co": 1.0, "presid": 1.0, **asked})


def test_numbered_parts_after_a_comma_and_laws_cited_by_number():
    from assistant.search.constraints import reference_agreement, references
    from assistant.search.question_kinds import definition_target
    from assistant.search.answer_types import expected_type

    assert references("Selon l'article 4, quelle est la durée ?") == {("article", "4")}
    asked = references("Quel a été le vote de la délibération n° 2025-03 ?")
    assert reference_agreement(asked, "Vu la loi n° 2016-41 du 26 janvier 2016") == 0  # a law cited contradicts nothing
    assert definition_target("C'est quoi le CLSM Quiberon ?") == "CLSM Quiberon"  # "qui" inside a word cuts nothing
    assert expected_type("Y a-t-il des pairs-aidants dans l'équipe, et combien ?") == "count"
    assert expected_type("Combien obtient-on de places en crèche ?") == "count"


def test_a_spoken_step_keeps_its_decimal_figure_and_its_condition():
    from assistant.answer.lists import _SAID_STEP

    assert _SAID_STEP.match("Seconde étape, le dossier est étudié en 2,5 mois. Puis…").group(0).endswith("2,5 mois")
    assert _SAID_STEP.match("Deuxième étape, prévenir la famille, sauf si le patient s'y oppose.") is None


def test_a_question_typed_with_typographic_apostrophes_is_read_as_with_straight_ones():
    from assistant.search.answer_types import expected_type
    from assistant.search.question_kinds import definition_target

    # phones and word processors type "’": the same question as with "'"
    assert definition_target("C’est quoi un DAC ?") == definition_target("C'est quoi un DAC ?") == "DAC"
    assert definition_target("Qu’est-ce qu’un CLSM ?") == "CLSM"
    assert expected_type("Jusqu’à quand peut-on déposer un dossier ?") == "date"


def test_one_entry_of_a_table_of_contents_says_less_than_the_line_it_names():
    from assistant.search.sentence_scores import shape_factor

    weights = {"clsm": 1.0, "normand": 1.0}
    entry = "Annexe 2. Les CLSM de Normandie par département ................................. 12"
    line = "Annexe 2. Les CLSM de Normandie par département : Calvados, Manche, Orne, Eure et Seine-Maritime"
    assert shape_factor(entry, weights, None) < 0.5 * shape_factor(line, weights, None)


def test_a_follow_up_naming_only_another_place_or_year_is_the_previous_question_for_it():
    from assistant.search.analyse import _with_place_or_year_of as instead

    assert instead("Combien de CLSM en Occitanie ?", "et en France ?") == "Combien de CLSM en France ?"
    assert instead("Combien de CLSM en Hauts-de-France ?", "Et en Bretagne ?") == "Combien de CLSM en Bretagne ?"
    assert instead("Combien de CLSM actifs en 2019 ?", "et en 2024 ?") == "Combien de CLSM actifs en 2024 ?"
    assert instead("Quel budget en 2024 ?", "Et pour 2025 ?") == "Quel budget en 2025 ?"
    # saying more, or naming no place nor year, it is read with the previous turn as before
    assert instead("Combien de CLSM en Occitanie ?", "et les jeunes en France ?") is None
    assert instead("Combien de CLSM en Occitanie ?", "et pour les élus ?") is None
    assert instead("Combien de CLSM ?", "et en France ?") is None  # no place to replace


@pytest.mark.parametrize("question, asked, before", [
    ("Comment s'est déroulé le nettoyage chez Monsieur R. ?", "Comment s'est déroulé le nettoyage chez Monsieur R. ?", ""),
    ("Qui est M. Dupont ?", "Qui est M. Dupont ?", ""),
    ("Que conseille le Dr. Varin ?", "Que conseille le Dr. Varin ?", ""),
    ("Je coordonne un CLSM à Albi. Que veut dire PTSM ?", "Que veut dire PTSM ?", "Je coordonne un CLSM à Albi."),
])
def test_an_initial_or_a_title_does_not_end_the_sentence_asked(question, asked, before):
    from assistant.search.analyse import asking_part

    assert asking_part(question) == (asked, before)


@pytest.mark.parametrize("question, target", [
    ("C'est quoi une sentinelle, exactement ?", "sentinelle"),
    ("Que veut dire PTSM au juste ?", "PTSM"),
])
def test_an_adverb_that_only_insists_is_not_part_of_what_is_defined(question, target):
    from assistant.search.question_kinds import definition_target

    assert definition_target(question) == target


@pytest.mark.parametrize("question, asked", [
    ("C'est quoi la postvention, en deux mots ?", "C'est quoi la postvention ?"),
    ("En bref, qui finance le CLSM ?", "qui finance le CLSM ?"),
    ("What is a sentinel, in a nutshell?", "What is a sentinel?"),
    ("Le bilan en gros ?", "Le bilan ?"),
])
def test_how_short_an_answer_is_wished_is_not_what_is_asked(question, asked):
    from assistant.search.analyse import asking_part

    assert asking_part(question)[0] == asked


def test_the_question_a_question_reports():
    from assistant.search.sentence_scores import reported_question

    assert reported_question("Qu'a répondu le formateur quand on lui a demandé si on peut former les lycéens ?") == (
        "on peut former les lycéens ")
    assert "traduction" in reported_question("Que répond-on à la question du chat sur les applications de traduction ?")
    assert reported_question("Combien de demandes de logement en 2024 ?") == ""


def test_the_words_of_the_phrase_naming_a_document_weigh_more_than_the_question_s_others():
    from assistant.search.metadata import naming_phrase
    from assistant.text import content_terms

    docs = {
        "guide": DocumentMeta("guide", "guide.odt", "Aider sans s'épuiser : guide pour les proches aidants d'une "
                              "personne âgée", kind="report"),
        "deck": DocumentMeta("deck", "deck.pdf", "Santé mentale des aînés et soutien aux aidants (diaporama de "
                             "l'atelier 2)", kind="slides"),
        "page": DocumentMeta("page", "page.html", "Santé mentale des seniors", kind="web page"),
    }
    question = "D'après le quiz de l'atelier, faut-il que la personne aidée touche l'APA ?"
    assert naming_phrase(question) == "d'apres le quiz de l'atelier"
    scores = document_scores(docs, content_terms(question), frozenset(content_terms(naming_phrase(question))))
    assert max(scores, key=scores.get) == "deck", scores
    unweighted = document_scores(docs, content_terms(question))
    assert unweighted["guide"] >= unweighted["deck"], unweighted  # without it: the guide, by "personne" and "aidée"


def test_a_passive_who_question_is_answered_by_the_person_said_to_be_what_it_asks():
    from assistant.search.sentence_scores import asked_role, person_in_act

    role = asked_role("Qui a été élu à la présidence du CLSM, et avec quel résultat ?")
    assert role == asked_role("Qui a été élue ?")
    assert person_in_act("Résultat : Isabelle Fromentin est élue présidente du CLSM à l'unanimité.", role)
    # a name over a role in a table says who holds it, not that they were elected
    assert not person_in_act("Présidente : Isabelle Fromentin · Vice-président : Dr Karim Benaïssa", role)
    assert not person_in_act("Isabelle Fromentin anime le CLSM ; le comité sera élu en mars.", role)


def test_the_region_asked_without_its_name_is_confirmed_by_any_region():
    from assistant.search.constraints import THE_REGION, asks_the_region

    asked = frozenset({"france", THE_REGION})
    assert asks_the_region("Le taux de SDRE chez nous, il est plus haut que dans la région et qu'en France ?")
    assert not asks_the_region("D'après le formateur régional, quelle condition faut-il remplir ?")
    assert not asks_the_region("Combien de CLSM dans la région Occitanie ?")  # named: the region is that one
    assert agreement(asked, frozenset(), "33 en Auvergne-Rhône-Alpes (2024, même indicateur)") == 1
    assert agreement(asked, frozenset(), "36 en France (2024)") == 1
    assert agreement(frozenset({"france"}), frozenset(), "33 en Auvergne-Rhône-Alpes") == -1
