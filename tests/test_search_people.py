"""People a question names by their role ("la directrice de l'EHPAD Saint-Éloi"): who the documents say holds it,
and what that person says answers. Real facade, tiny corpora indexed without an embedder (conftest)."""

from __future__ import annotations

from conftest import lexical_assistant

from assistant.search.people import role_named
from assistant.text import content_terms

MINUTES = (
    "# Compte rendu de l'assemblée plénière du 9 décembre\n\n"
    "## Participants\n\n"
    "| Nom | Structure | Fonction |\n| --- | --- | --- |\n"
    "| Colette Brunerie | EHPAD Saint-Éloi | Directrice |\n"
    "| Marc Aujoulat | EHPAD Les Glycines | Médecin coordonnateur |\n"
    "| Karine Vidalenc | Orvanne Habitat | Directrice de l'agence Nord |\n\n"
    "## 3. Charte de coopération avec les EHPAD\n\n"
    "Nadia Boukhelifa : présente le projet de charte entre les EHPAD et l'équipe mobile.\n\n"
    "Colette Brunerie : soutient le projet mais s'interroge sur les nuits et les week-ends, quand l'équipe mobile "
    "n'est pas joignable et que les équipes de nuit sont réduites à deux personnes pour 78 résidents.\n\n"
    "Marc Aujoulat : indique que son établissement applique déjà ce fonctionnement depuis un an.\n"
)


def test_the_role_a_question_names_someone_by():
    assert role_named("Quelle réserve a exprimée la directrice de l'EHPAD Saint-Éloi sur la charte ?") == (
        "directrice de l'EHPAD Saint-Éloi", frozenset({"ehpad", "saint", "eloi"}))
    assert role_named("Dans l'interview, l'infirmière du bus dit quoi sur le café ?")[0] == "infirmière du bus"
    assert role_named("Quel psychiatre intervient au webinaire ?") is None  # the role is what is asked
    assert role_named("Combien de résidents compte l'EHPAD ?") is None


def test_what_the_person_in_the_role_asked_says_answers_not_the_line_saying_who_she_is(tmp_path):
    assistant = lexical_assistant(tmp_path, {"cr-pleniere.md": MINUTES})
    answer = assistant.ask("Quelle réserve a exprimée la directrice de l'EHPAD Saint-Éloi sur la charte ?").answer
    assert answer.sentences[0].text.startswith("Colette Brunerie : soutient le projet"), answer.text
    assert "Fonction" not in answer.text and "Médecin coordonnateur" not in answer.text, answer.text


def test_a_speaker_who_says_her_role_and_whose_it_is_in_one_turn_is_the_person_in_that_role(tmp_path):
    from assistant.search.people import person_in_role

    webinar = ("# Webinaire des CLSM\n\nLucie Perrochon : Bonjour, je suis chargée de mission au centre de ressources.\n\n"
               "Étienne Carrasset : Bonjour, Étienne Carrasset, je suis psychiatre au centre hospitalier Les Tilleuls, "
               "et je suis le médecin responsable de l'équipe mobile de psychogériatrie, l'EMPG.\n\n"
               "Sophie Marchetti : Bonjour, je suis psychologue à la plateforme de répit, qui travaille avec l'EMPG.\n")
    assistant = lexical_assistant(tmp_path, {"webinaire.md": webinar})
    snap = assistant.snapshot()
    found = person_in_role(snap, [0], *role_named("Selon le psychiatre de l'EMPG, que faire ?"))
    assert found == frozenset(content_terms("Étienne Carrasset")), found  # not "Les Tilleuls", nor the psychologue


def test_the_person_in_a_role_is_the_one_most_lines_naming_the_role_name_nearest_it(tmp_path):
    from assistant.search.people import person_in_role

    webinar = ("# Webinaire du 12 mars\n\nLaura Desvignes : Autour de la table, le Dr Anne Morel, psychiatre, mais "
               "aussi la capitaine Sandrine Oudinot, de la compagnie de gendarmerie, et Yannick Bellerose, infirmier.\n\n"
               "Laura Desvignes : Capitaine Oudinot, côté gendarmerie, comment ça se passe ?\n\n"
               "Sandrine Oudinot : D'abord, nous ne sommes pas des soignants. Et le menottage doit rester exceptionnel.\n\n"
               "Compte rendu : la capitaine Oudinot et Yannick Bellerose présentent le projet de patrouille de "
               "gendarmerie avec un infirmier.\n")
    assistant = lexical_assistant(tmp_path, {"webinaire.md": webinar})
    role = role_named("Au webinaire, la capitaine de gendarmerie a dit quoi sur les menottes ?")
    assert role == ("capitaine de gendarmerie", frozenset(content_terms("gendarmerie")))
    assert person_in_role(assistant.snapshot(), [0], *role) == frozenset(content_terms("Sandrine Oudinot"))
    answer = assistant.ask("Au webinaire, la capitaine de gendarmerie a dit quoi sur les menottes ?").answer
    assert "menottage doit rester exceptionnel" in answer.text, answer.text


def test_a_role_of_a_named_body_is_not_another_body_s_holder(tmp_path):
    from assistant.search.people import person_in_role

    page = ("# Le CLSM de Valbrenne\n\nÉlodie Marchand, coordinatrice du CLSM de Valbrenne, anime le comité de "
            "pilotage. Le CLSM réunit élus, soignants et associations.\n")
    assistant = lexical_assistant(tmp_path, {"clsm.md": page})
    snap = assistant.snapshot()
    assert person_in_role(snap, [0], *role_named("Que propose la coordinatrice du CLSM de Montbrézac ?")) == frozenset()
    assert person_in_role(snap, [0], *role_named("Que propose la coordinatrice du CLSM de Valbrenne ?")) == frozenset(
        content_terms("Élodie Marchand"))


def test_who_was_on_air_asks_who_spoke():
    from assistant.search.sentence_scores import asks_who_spoke

    assert asks_who_spoke("Qui était à l'antenne de Radio Côtes FM pour l'émission ?")
    assert asks_who_spoke("Qui étaient les invités de l'émission ?")
    assert not asks_who_spoke("Qui finance l'antenne de Castelvieil ?")
    # who leads what recurs is not who spoke in a recording ("Maëlle Guéroult : …" does not answer it)
    assert asks_who_spoke("Qui animait le webinaire de septembre ?")
    assert not asks_who_spoke("Qui anime les réunions du réseau des sentinelles ?")


def test_a_doctors_title_says_the_role_of_doctor():
    from assistant.search.sentence_scores import introduces_in_role

    # "Qui est le médecin du travail… ?": "Dr Agnès Vidal" is a doctor, whatever her service is called
    row = "Gardien d'immeuble ou médiateur — Dr Agnès Vidal, service de santé au travail interentreprises · 03 99 00 64 80"
    assert introduces_in_role(row, "medecin")
    assert not introduces_in_role(row.replace("Dr ", ""), "medecin")
    assert not introduces_in_role(row, "coordinatric")


def test_a_question_said_of_another_organisation_is_told_apart():
    from assistant.search.sentence_scores import _names_another

    mda = frozenset({"mda"})
    assert _names_another("- Combien de jeunes passent la porte du Point Virgule ?", mda)
    assert _names_another("Et au PAEJ, combien de jeunes ?", mda)
    assert not _names_another("Et à la MDA, combien de jeunes ?", mda)
    # a town's one-word name, a speaker's label: no organisation of its own
    assert not _names_another("Et combien de personnes ont été formées à Kervallon ?", frozenset({"pssm"}))
    assert not _names_another("ÉLODIE CARPENTIER: Une dernière question : qu'est-ce qui vous manque ?", mda)
