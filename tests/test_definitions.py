"""Where a text defines a thing: an acronym spelled out next to it, a sentence whose subject it is, graded."""

from __future__ import annotations

from assistant.search.definitions import definition_strength_in, defines, defines_with_verb, expands, says_what
from assistant.store.glossary import Glossary

FORMS = ["Conseils Locaux de Santé Mentale"]
GLOSSARY = Glossary({"CLSM": {"Conseils Locaux de Santé Mentale": 3}})


def test_a_long_form_next_to_its_acronym_spells_it_out_in_the_singular_too():
    assert expands("Un Conseil Local de Santé Mentale (CLSM) est un espace de concertation.", "CLSM", FORMS)
    assert expands("CLSM – conseils locaux de santé mentale", "CLSM", FORMS)


def test_a_title_naming_both_apart_does_not_spell_it_out():
    title = "Quand le conseil local de santé mentale et la politique de la ville convergent : le CLSM du Val"
    assert not expands(title, "CLSM", FORMS)


def test_a_defining_verb_after_a_parenthesis_is_read():
    assert defines_with_verb("Pour le CCOMS, un CLSM (conseil local) est un espace de concertation.", "CLSM")
    assert not defines_with_verb("Instances départementales et CLSM : PTSM, CTS.", "CLSM")


def test_where_a_thing_is_or_what_it_is_made_of_does_not_say_what_it_is():
    assert not defines_with_verb("La maison des adolescents (MDA) est installée à Vernaux-les-Forges.",
                                 "maison des adolescents")
    assert not defines_with_verb("Le CLSM est composé de trois instances.", "CLSM")
    assert not defines_with_verb("Les CLSM sont constitués de trois instances.", "CLSM")
    assert defines_with_verb("Une maison des adolescents, c'est un lieu d'accueil et d'écoute.",
                             "maison des adolescents")
    assert defines_with_verb("Le CLSM est chargé de coordonner les acteurs.", "CLSM")


def test_a_table_row_under_its_label_defines_nothing():
    assert not defines("dont personnes avec trouble psychique — 2024 : 301 · 2025 : 412",
                       "personnes avec trouble psychique")
    assert not defines("CLSM — Échelle : Commune · Durée : Sans limite", "CLSM")
    assert defines("DAC — Dispositif d'appui à la coordination", "DAC")
    assert defines("CLSM — instance de concertation : elle réunit 12 partenaires", "CLSM")


def test_spelled_out_and_said_what_it_is_beats_spelled_out_beats_a_label():
    both = "Un Conseil Local de Santé Mentale (CLSM) est un espace de concertation entre les élus."
    spelled = "Les Conseils Locaux de Santé Mentale (CLSM) en Occitanie"
    label = "Instances départementales et CLSM : projets territoriaux de santé mentale."
    scores = [definition_strength_in(text, "CLSM", GLOSSARY) for text in (both, spelled, label)]
    assert scores[0] == 1.0 and scores[0] > scores[1] > scores[2] > 0
    assert definition_strength_in("Le réseau se réunit chaque mois.", "CLSM", GLOSSARY) == 0


def test_a_long_form_closed_by_a_place_still_spells_its_acronym_out():
    from assistant.search.definitions import expands

    sentence = "L'ARS a commandité la Fédération régionale de recherche en santé mentale des Hauts-de-France (F2RSM)."
    assert expands(sentence, "F2RSM", ["Fédération régionale de recherche en santé mentale"])
    assert not expands("La Fédération régionale de recherche en santé mentale publie un atlas ; la F2RSM aussi.",
                       "F2RSM", ["Fédération régionale de recherche en santé mentale"])


def test_a_speakers_label_and_opening_words_do_not_push_the_defined_subject_back():
    from assistant.search.definitions import definition_strength

    spoken = "Julien Castaing : Alors, le parrain, c'est une association qui soutient le GEM."
    naming = "À L'Escale, le parrain, c'est Solidarité Psy Armor, et le gestionnaire, c'est l'association Trajectoires."
    assert definition_strength(spoken, "parrain") > definition_strength(naming, "parrain") > 0
    assert definition_strength("CLSM : instance de concertation", "CLSM") > 0  # a label is still a definition


def test_a_pronoun_setting_a_subject_apart_introduces_what_it_does():
    from assistant.search.definitions import defines

    assert defines("Le gestionnaire, lui, s'occupe de la gestion administrative et financière.", "gestionnaire")
    assert defines("La MDA, elle, fait de l'accueil généraliste et de l'évaluation.", "MDA")
    assert defines("Le CMP assure des soins psychiatriques dans la durée.", "CMP")
    assert not defines("Le gestionnaire reçoit la subvention tant que le GEM n'est pas autonome.", "gestionnaire")


def test_a_name_introduced_then_said_what_it_is_in_the_next_sentence_is_defined_by_both(tmp_path):
    from conftest import lexical_assistant
    from assistant.search.definitions import introduces, says_what

    introducing = "THOMAS ROUSSEL : J'ajoute un outil qu'on utilise beaucoup : le plan de crise conjoint."
    assert introduces(introducing, "plan de crise conjoint") and not introduces(introducing, "outil")
    assert says_what("C'est un document que la personne rédige avec son équipe de soins.")
    assert not says_what("C'est important pour les familles.")
    # "Je voudrais aussi parler du traumatisme vicariant." then what it is, said as "ce que…"
    assert says_what("Agnès Rolland : C'est ce que les professionnels absorbent à force d'entendre des récits.")
    assistant = lexical_assistant(tmp_path, {
        "podcast.srt": "1\n00:14:16,000 --> 00:14:21,000\nTHOMAS ROUSSEL : J'ajoute un outil qu'on utilise "
                       "beaucoup : le plan de crise conjoint.\n\n2\n00:14:21,500 --> 00:14:27,000\nC'est un document "
                       "que la personne rédige avec son équipe de soins, quand elle va bien.\n\n3\n00:14:27,500 --> "
                       "00:14:33,000\nLes familles nous disent que le plan de crise conjoint les rassure.\n"})
    answer = assistant.ask("Thomas Roussel parle d'un « plan de crise conjoint » : c'est quoi ?").answer
    assert answer.text.startswith("THOMAS ROUSSEL : J'ajoute un outil") and "C'est un document" in answer.text, \
        answer.text


def test_an_acronym_then_its_long_form_after_an_indefinite_article_spells_it_out(tmp_path):
    from conftest import lexical_assistant
    from assistant.search.definitions import expands

    defining = ("Un GEM, un groupe d'entraide mutuelle, c'est une association de personnes qui vivent avec des "
                "troubles psychiques.")
    assert expands(defining, "GEM", ["groupe d'entraide mutuelle"])
    # Asked in English with a later ask: the sentence that spells it out and says what it is, then the later ask
    # answered from the same document (not from a line elsewhere naming a GEM in passing)
    assistant = lexical_assistant(tmp_path, {
        "courriel.txt": "Objet : ciné-débat\n\nfilm : « Entre deux rives », documentaire tourné dans un groupe "
                        "d'entraide mutuelle (GEM) de Marseille ;\n",
        "emission.srt": "1\n00:08:20,000 --> 00:08:31,000\n" + defining + "\n\n2\n00:08:42,000 --> 00:08:49,000\n"
                        "À Sarreval, le GEM L'Escale compte 45 adhérents.\n"})
    answer = assistant.ask("What is a GEM, and how many members does the one in Sarreval have?").answer
    assert answer.text.startswith("Un GEM, un groupe d'entraide mutuelle, c'est") and "45 adhérents" in answer.text, \
        answer.text
    assert "Entre deux rives" not in answer.text


def test_a_long_form_then_its_acronym_after_an_article_spells_it_out_but_a_long_mention_gives_way(tmp_path):
    from conftest import lexical_assistant
    from assistant.search.definitions import expands

    assert expands("…et la formation spécialisée en santé, sécurité et conditions de travail, la F3SCT, qui se réunit.",
                   "F3SCT", ["formation spécialisée en santé, sécurité et conditions de travail"])
    # a sentence spelling the acronym out in passing, among other things, does not lead when a sentence says what
    # the long form is
    assistant = lexical_assistant(tmp_path, {"webinaire.srt": (
        "1\n00:01:35,000 --> 00:01:55,000\nEt je précise tout de suite une particularité de mon poste, parce qu'on va "
        "en reparler : je suis à temps plein, mais je partage mon temps entre le CLSM, pour 0,7 équivalent temps plein, "
        "et l'atelier santé ville, l'ASV, pour 0,3 équivalent temps plein.\n\n2\n00:03:58,000 --> 00:04:10,000\n"
        "L'atelier santé ville est une démarche de santé publique née de la politique de la ville au début des années "
        "2000.\n")})
    answer = assistant.ask("Que veut dire ASV ?").answer
    assert answer.text.startswith("L'atelier santé ville est une démarche"), answer.text


def test_a_long_form_said_with_the_name_it_goes_by_spells_it_out(tmp_path):
    from conftest import lexical_assistant

    said = "Je vais vous présenter la commission d'appui aux situations complexes, qu'on appelle entre nous la CASC."
    assert expands(said, "CASC", ["commission d'appui aux situations complexes"])
    assert not expands("La commission d'appui aux situations complexes se réunit ; la CASC aussi.", "CASC",
                       ["commission d'appui aux situations complexes"])
    cues = ["Merci Élodie, bonjour à tous.", said, "La CASC, on l'a créée en 2021.",
            "Sandrine partagera la charte de la CASC, qui sera en ligne avec les autres documents."]
    vtt = "WEBVTT\n\n" + "".join(f"00:0{k}:00.000 --> 00:0{k}:09.000\n{text}\n\n" for k, text in enumerate(cues))
    assistant = lexical_assistant(tmp_path, {"webinaire.vtt": vtt})
    answer = assistant.ask("C'est quoi la CASC ?").answer
    assert answer.text.startswith(said), answer.text


def test_a_long_sentence_naming_an_acronym_in_passing_gives_way_to_the_glossary_line(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "rapport.md": (
            "# Offre de soins\n\nLes principales ressources identifiées sur le territoire sont les suivantes : le CMP "
            "adultes de la rue Pasteur et son antenne, ouverte deux jours par semaine ; l'équipe mobile psychiatrie "
            "précarité du Val d'Orbe, qui intervient dans les structures d'hébergement ; la Maison des adolescents "
            "et le point accueil écoute jeunes (PAEJ) Le Tremplin, qui reçoit sans rendez-vous.\n\n"
            "# Glossaire des sigles\n\nCMP\n\nPAEJ\n\nQPV\n\nCentre médico-psychologique\n\n"
            "Point accueil écoute jeunes\n\nQuartier prioritaire de la politique de la ville\n"),
    })
    answer = assistant.ask("PAEJ signification").answer
    assert answer.kind == "definition" and answer.text.startswith("Point accueil écoute jeunes"), answer.text


def test_a_name_introduced_in_a_long_sentence_is_defined_by_the_next_one_alone(tmp_path):
    from conftest import lexical_assistant

    assert says_what("Santé publique France les définit comme un ensemble cohérent de capacités psychologiques.")
    assistant = lexical_assistant(tmp_path, {
        "fiche.md": (
            "# Le projet\n\nPlutôt que de demander davantage de places en soin, que personne n'était en mesure de "
            "créer rapidement, le groupe de travail a choisi d'agir en amont, en prévention, en s'appuyant sur un "
            "levier dont l'efficacité est bien documentée : le renforcement des compétences psychosociales (CPS). "
            "Santé publique France les définit comme un ensemble cohérent de capacités psychologiques, cognitives, "
            "émotionnelles et sociales, qui permettent de renforcer le pouvoir d'agir et de maintenir un état de "
            "bien-être. Dans le même temps, le centre médico-psychologique pour enfants affichait une liste "
            "d'attente de plus de huit mois.\n"),
    })
    answer = assistant.ask("definition competences psychosociales").answer
    assert answer.text.startswith("Santé publique France les définit comme"), answer.text


def test_a_name_mentioned_then_taken_up_as_this_term_is_defined_by_both(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "lettre.md": "# Dossier : quand l'angoisse empêche d'aller en cours\n\nDepuis deux ans, l'équipe voit arriver "
                     "davantage de collégiens. En 2024, 71 jeunes ont été reçus pour un refus scolaire anxieux, contre "
                     "39 en 2022. Derrière ce terme, il ne s'agit ni de paresse ni de caprice : l'angoisse est réelle. "
                     "La maison des adolescents propose un accueil rapide.\n",
    })
    answer = assistant.ask("Le refus scolaire anxieux, c'est quoi au juste ?").answer
    assert "il ne s'agit ni de paresse ni de caprice : l'angoisse est réelle" in answer.text, answer.text


def test_how_often_a_thing_is_found_is_not_what_it_is():
    name = "trouble de stress post-traumatique"
    assert not defines_with_verb("Un trouble de stress post-traumatique (TSPT) est diagnostiqué chez 61 % des "
                                 "personnes évaluées.", name)
    assert not defines_with_verb("Le trouble de stress post-traumatique est plus fréquent chez les femmes.", name)
    assert defines_with_verb("Le trouble de stress post-traumatique est un trouble qui peut apparaître après un "
                             "événement où la personne a été confrontée à la mort.", name)


def test_a_name_brought_in_as_a_subject_then_described_is_defined_by_both_not_by_the_glossary_line(tmp_path):
    from conftest import lexical_assistant
    from assistant.search.definitions import goes_on_about, is_subject

    created = "Une équipe mobile santé-logement (EMSL) est créée par le présent protocole."
    assert is_subject(created, "équipe mobile santé-logement") and not is_subject(created, "protocole")
    assert goes_on_about("Portée par l'hôpital, elle est composée d'un infirmier et d'un psychologue.")
    assert not goes_on_about("Il faut prévenir le référent.") and not goes_on_about("Les bailleurs financent.")
    assert not goes_on_about("Il est rappelé que les bailleurs restent responsables.")  # impersonal
    assert not goes_on_about("Si le locataire refuse, il est orienté vers le CMP.")  # someone else
    assistant = lexical_assistant(tmp_path, {
        "protocole.md": f"# Article 5\n\nLes bailleurs signent le protocole. {created} Portée par l'hôpital, elle est "
                        "composée d'un infirmier et d'un psychologue. Les bailleurs désignent un référent.\n",
        "bilan.md": "# Sigles\n\nEMSL — Équipe mobile santé-logement\n\nCCAS — Centre communal d'action sociale\n"})
    answer = assistant.ask("L'EMSL, c'est quoi exactement ?").answer
    assert answer.text.startswith(created) and "elle est composée d'un infirmier" in answer.text, answer.text


def test_an_acronym_completing_the_target_is_not_what_is_defined():
    from assistant.search.definitions import acronym_of

    assert acronym_of("PTSM du Vaucluse") == "PTSM" and acronym_of("le sigle DAC") == "DAC"
    # "la file active du CMP", "la domiciliation au CCAS": what the CMP or the CCAS holds or does is asked
    assert acronym_of("la file active du CMP") is None
    assert acronym_of("La domiciliation au CCAS") is None and acronym_of("la permanence à la MDA") is None


def test_a_question_about_what_an_acronym_does_gets_that_not_its_long_form(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "ccas.md": "# Le CCAS\n\nLe centre communal d'action sociale (CCAS) de Valmoret vous accueille du lundi au "
                   "vendredi.\n\n## Se domicilier au CCAS\n\nLa domiciliation vous donne une adresse administrative au "
                   "CCAS pour recevoir votre courrier et ouvrir vos droits.\n",
        "convention.md": "# Convention\n\nLa Ville de Valmoret, agissant pour son centre communal d'action sociale "
                         "(CCAS), représentée par son maire.\n",
    })
    answer = assistant.ask("La domiciliation au CCAS, c'est quoi ?").answer
    assert "La domiciliation vous donne une adresse administrative" in answer.text, answer.text


def test_a_figure_after_the_verb_is_a_quantity_not_a_definition():
    from assistant.search.definitions import definition_strength

    assert definition_strength("Le péril imminent représente désormais 20,3 % des admissions.", "péril imminent") == 0
    assert definition_strength("Le péril imminent est une admission sans tiers, sur un certificat.",
                               "péril imminent") > 0


def test_a_term_a_speaker_talks_about_is_what_is_defined(tmp_path):
    """"Sandrine parle des DAP : c'est quoi ?" asks what the DAP are; a speaker who spells them out at the end of a
    sentence ("…, les DAP.") and then says "C'est un document où…" defines them by both sentences, not by a
    glossary's bare line."""
    from conftest import lexical_assistant
    from assistant.search.question_kinds import definition_target

    assert definition_target("Dans le podcast, Sandrine parle des DAP : c'est quoi ?") == "DAP"
    assert definition_target("Que signifie le sigle DAC ?") == "DAC"
    assert definition_target("C'est quoi la Cité des métiers ?") == "Cité des métiers"  # a noun, not "cite"
    assistant = lexical_assistant(tmp_path, {
        "podcast.md": "# Podcast\n\nSANDRINE : Vous parliez de plan de crise. Il y a aussi les directives "
                      "anticipées, c'est ça ? Oui, les directives anticipées en psychiatrie, les DAP. C'est un document "
                      "où la personne écrit à l'avance ce qu'elle souhaite si elle est en crise. Ce n'est pas encore "
                      "très connu.\n",
        "sigles.md": "# Sigles\n\nDAP : directives anticipées en psychiatrie.\n\nCMP : centre médico-psychologique.\n"})
    answer = assistant.ask("Dans le podcast, Sandrine parle des DAP : c'est quoi ?").answer
    assert "ce qu'elle souhaite si elle est en crise" in answer.text, answer.text
