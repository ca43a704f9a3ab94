"""Everyday French typed in a question ("chez le psy", "l'hosto", "l'asso") finds the documents' formal words."""

from conftest import lexical_assistant

from assistant.search.familiar_words import formal_words

CONSULTATIONS = """# Consultations

La psychologue du CCAS, Mme Leroy, reçoit sans rendez-vous le mardi matin à la maison de quartier.

Le centre social organise un repas partagé le mardi midi, ouvert à toutes les familles du quartier.

Le délai pour un premier rendez-vous avec un psychiatre de l'hôpital est de six semaines.
"""


def test_familiar_words_are_read_as_the_documents_write_them():
    assert formal_words("voir le psy de l'hosto") == [("psychiatre", "psychologue"), ("hôpital", "hospitalier")]
    assert formal_words("les ados et les gamins de la cité") == [("adolescent", "adolescents"), ("enfants", "jeunes")]
    assert formal_words("combien de bébés sont nés") == [("enfants", "nourrissons", "naissances")]
    assert formal_words("le chiffre cité par le rapport") == []  # "cité" is also a verb: no familiar word
    # "psy" is familiar as a noun only ("le psy"), not as an adjective or in a name; a capitalised word is a name
    assert formal_words("des actions psy, la PASS psy") == []
    assert formal_words("le quartier du Vieux-Moulin") == []


def test_a_familiar_question_finds_the_formal_sentence(tmp_path):
    assistant = lexical_assistant(tmp_path, {"consultations.md": CONSULTATIONS})
    answer = assistant.ask("c'est quoi le délai pour voir un psy à l'hosto ?").answer
    assert "six semaines" in answer.sentences[0].text, answer.text
    answer = assistant.ask("la psy du ccas elle reçoit quel jour ?").answer
    assert "Mme Leroy" in answer.sentences[0].text, answer.text
