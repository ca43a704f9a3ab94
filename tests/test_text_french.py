"""French analysis shared by indexing and querying: folding, elisions, acronyms, sentences."""

from assistant.text import content_terms, fold, normalise_for_match, split_sentences, tokenize


def test_accents_and_case_fold_to_the_same_terms():
    assert tokenize("Santé Mentale, réseaux") == tokenize("sante mentale reseaux")
    assert fold("Écoute Élus") == "ecoute elus"


def test_elisions_are_split_and_stopwords_dropped():
    assert tokenize("l'hôpital d'accueil qu'il") == tokenize("hôpital accueil")
    assert tokenize("L’État") == tokenize("état")


def test_acronyms_are_kept_whole_and_plural_words_stemmed():
    assert "cls" in tokenize("Les CLS signés")
    assert tokenize("contrats")[0] == tokenize("contrat")[0]


def test_the_present_of_venir_and_its_family_shares_the_infinitive_s_stem():
    # "Comment devient-on membre ?" finds "Comment devenir membre ?"; "revenu" (an income) stays apart
    assert tokenize("devient deviennent intervient") == tokenize("devenir devenir intervenir")
    assert tokenize("revenus") != tokenize("revient")


def test_question_words_are_not_content():
    assert list(content_terms("Combien de quartiers ?")) == tokenize("quartiers")


def test_normalisation_matches_the_evaluation():
    assert normalise_for_match("« Pour 5 ans » !") == "pour 5 ans"


def test_sentences_and_bullets_are_spans_of_the_text():
    text = "Premier point. Deuxième phrase ici !\n- une puce\n- une autre"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["Premier point.", "Deuxième phrase ici !", "- une puce", "- une autre"]


def test_a_present_plural_verb_finds_its_family_and_every_form_of_a_word_stems_alike():
    from assistant.text import stem

    assert stem("suicident") == stem("suicide")  # "se suicident-ils" finds "décès par suicide"
    assert stem("terminent") == stem("terminer")
    for forms in (("patient", "patients"), ("adolescent", "adolescents", "adolescence"),
                  ("président", "présidents", "présidence")):
        assert len({stem(f) for f in forms}) == 1, forms
    assert stem("moment") == "moment"  # short words in -ent are left alone


def test_verbs_in_dre_and_ivre_meet_their_participles():
    from assistant.text import stem

    for forms in (("suivre", "suivi", "suivies", "suivant"), ("répondre", "répondu", "répondus", "répond"),
                  ("attendre", "attendu", "attendus"), ("prendre", "prend")):
        assert len({stem(f) for f in forms}) == 1, forms
    assert stem("suivi") in tokenize("Vous avez été plus de 120 à suivre ce webinaire")
    assert stem("du") == "du" and stem("centre") != stem("cent")  # short words and other endings are left alone


def test_a_title_before_a_name_ends_no_sentence():
    from assistant.text import split_sentences

    text = "Copie : M. Patrice Lenoir, directeur du CCAS. Le Dr. Martin préside. Mme Varin coordonne."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Copie : M. Patrice Lenoir, directeur du CCAS.", "Le Dr. Martin préside.", "Mme Varin coordonne."]


def test_a_first_name_s_initial_ends_no_sentence():
    from assistant.text import split_sentences

    text = ("A3 — Former 100 sentinelles · CLSM (N. Bellamy) · 68 %. Le Dr H. Stoltz et J.-P. Martin animent. Il "
            "faut de la vitamine D. Ensuite on verra.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "A3 — Former 100 sentinelles · CLSM (N. Bellamy) · 68 %.", "Le Dr H. Stoltz et J.-P. Martin animent.",
        "Il faut de la vitamine D.", "Ensuite on verra."]  # (a letter alone after a word still ends one)
    accented = "Contact : É. Durand, avec le Dr. H. Stoltz. Merci."
    assert [accented[a:b] for a, b in split_sentences(accented)] == [
        "Contact : É. Durand, avec le Dr. H. Stoltz.", "Merci."]


def test_during_is_a_function_word_not_what_is_asked():
    from assistant.text import content_terms

    # "pendant le webinaire, ils ont dit si…": when it was said, not a word the answer holds
    assert content_terms("pendant le webinaire") == content_terms("le webinaire")
    assert "pend" not in content_terms("Pendant combien de temps le dispositif a-t-il duré ?")


def test_a_shortened_month_or_day_ends_no_sentence_and_is_its_month():
    # a table's header "1er janv. – 31 mai 2025" is one line of columns, and "janv." is January to a question
    text = "Site · 2024 · 1er janv. – 31 mai 2025\nLe mer. 9 juil. 2025 à 18:40, Hélène a écrit. Merci."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Site · 2024 · 1er janv. – 31 mai 2025", "Le mer. 9 juil. 2025 à 18:40, Hélène a écrit.", "Merci."]
    assert tokenize("janv. févr. déc.") == tokenize("janvier février décembre")
    assert tokenize("sept personnes") != tokenize("septembre personnes")  # "sept" is a number too


def test_ete_after_avoir_is_a_participle_not_the_summer():
    # "ont été signalés" asks nothing of summer; "à l'été 2025", "en été" do
    assert "ete" not in tokenize("Combien d'incidents ont été signalés ?")
    assert "ete" not in content_terms("Il a été formé en 2024")
    assert "ete" in tokenize("Les séances reprennent à l'été 2025") and "ete" in content_terms("ouvert en été ?")


def test_wanting_and_doing_said_of_the_asker_are_not_what_is_asked():
    # "Je voudrais devenir sentinelle, comment je fais ?" asks how to become one: "voudrais", "fais" name nothing
    assert content_terms("Je voudrais devenir sentinelle, comment je fais ?") == content_terms("devenir sentinelle")
    assert content_terms("J'aimerais savoir, je souhaiterais une formation") == content_terms("savoir formation")
