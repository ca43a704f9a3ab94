"""Hybrid retrieval on the real sample index: expansions, comparisons, near-duplicates, filters, follow-ups."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.models import Filters, Turn
from assistant.search.analyse import analyse, comparison_sides
from assistant.store.glossary import Glossary
from assistant.search.retrieve import FEW_TERMS, spread_to_context, vocabulary_coverage
from assistant.text import content_terms, tokenize

GLOSSARY = Glossary({"ASV": {"Atelier santé ville": 2}, "CLS": {"Contrat local de santé": 1}})


def _run(assistant, question, k=5, filters=None, conversation=()):
    return assistant.retrieve(question, k=k, filters=filters, conversation=conversation)


def test_expansion_acronym_to_long_form_has_its_own_lower_weight():
    terms = analyse("Quel rôle pour l'ASV ?", GLOSSARY, 0.4).terms
    assert terms["asv"] == 1.0
    atelier, ville = tokenize("atelier ville")
    assert 0 < terms[atelier] < 1.0 and 0 < terms[ville] < 1.0


def test_expansion_long_form_to_acronym():
    analysis = analyse("Quel rôle pour les ateliers santé ville ?", GLOSSARY, 0.4)
    assert analysis.terms.get("asv", 0) > 0
    assert "ASV" in analysis.expansions


def test_no_expansion_without_the_acronym_or_its_whole_long_form():
    assert "asv" not in analyse("Un atelier de cuisine en ville", GLOSSARY, 0.4).terms


def test_comparison_patterns():
    assert comparison_sides("CLS volet santé mentale vs CLSM : quelles différences ?") == ("CLS volet santé mentale", "CLSM")
    assert comparison_sides("Quelle différence entre un ASV et un CLSM ?") is not None
    assert comparison_sides("Combien de CLSM en Occitanie ?") is None
    # what precedes a comma sets the scene for both sides; it is not part of the first
    assert comparison_sides("À Strasbourg, ASV et CLSM : quelle répartition des rôles ?") == ("ASV", "CLSM")
    # spoken: "la diff", after a comma
    assert comparison_sides("ASV et CLSM, c'est quoi la diff concrètement ?") == ("ASV", "CLSM")
    assert comparison_sides("Quelle diff entre ASV et CLSM ?") == ("ASV", "CLSM")
    assert comparison_sides("Roubaix et Lille, deux villes différentes ?") is None
    # who draws the difference comes before "entre"; "de" does not separate two sides
    assert comparison_sides("Quelle différence fait l'association entre un interprète et un médiateur ?") == (
        "interprète", "médiateur")
    assert comparison_sides("Quelle différence fait la coordinatrice de Vauzelles ?") is None
    assert comparison_sides("PTSM et CLSM, c'est pareil ?") == ("PTSM", "CLSM")
    # what the sides are compared on, before a colon, is no part of the first side
    assert comparison_sides("Délai d'un premier rendez-vous : CMP de Liré vs CMP de Gesvres ?") == (
        "CMP de Liré", "CMP de Gesvres")
    # two school years compare one value
    assert comparison_sides("Jeunes accompagnés : 2022-2023 vs 2023-2024 ?") is None
    # "X ou Y, comment on fait la différence ?"; the words asking to compare are no subject of either side
    assert comparison_sides("Baby blues ou vraie dépression, comment on fait la différence ?") == (
        "Baby blues", "vraie dépression")
    # what they are compared on, said with the ask, is no part of the second side
    assert comparison_sides("Quelle différence entre CLSM et ASV côté périmètre ?") == ("CLSM", "ASV")
    # for whom both are compared is no part of the second side, unless the first says its own
    assert comparison_sides("Quelle différence entre la halte-répit et l'accueil de jour pour la personne aidée ?") == (
        "halte-répit", "accueil de jour")
    assert comparison_sides("CMP pour les adultes vs CMP pour les enfants ?") == (
        "CMP pour les adultes", "CMP pour les enfants")
    assert analyse("PSSM Standard vs PSSM Jeunes : quelle différence de public ?", GLOSSARY,
                   0.4).compared_on == frozenset(content_terms("public"))
    analysis = analyse("Baby blues ou dépression, comment on fait la différence ?", GLOSSARY, 0.4)
    assert analysis.terms["differ"] <= 0.2 and analysis.terms["blu"] == 1.0, analysis.terms


def test_what_a_comparison_compares_its_sides_on_counts_for_each_side(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "bilan.md": "# Bilan de l'emploi accompagné\n\nEn 2025, les personnes avec trouble psychique accompagnées "
                    "sont à 57 % des hommes ; leur âge moyen est de 36 ans.\n\nDouze mois après leur entrée, 44 % "
                    "des personnes avec trouble psychique occupent un emploi en milieu ordinaire.\n\nDouze mois "
                    "après leur entrée, 51 % de l'ensemble des personnes accompagnées occupent un emploi en milieu "
                    "ordinaire.\n\nL'ensemble des personnes accompagnées compte 1 046 personnes en 2025.\n",
    })
    answer = assistant.ask("Taux d'emploi à douze mois : personnes avec trouble psychique vs ensemble des "
                           "personnes accompagnées ?").answer
    assert answer.kind == "comparison", answer.text
    first = {p.label: " ".join(s.text for s in p.sentences[:1]) for p in answer.parts}
    assert "44 %" in first["personnes avec trouble psychique"], answer.text
    assert "51 %" in first["ensemble des personnes accompagnées"], answer.text


@pytest.mark.parametrize("question, sides", [
    ("ASV et CLSM : comment ces deux démarches se complètent-elles ?", ("asv", "clsm")),
    ("Quelle différence entre un contrat local de santé et un conseil local de santé mentale ?", ("cls", "clsm")),
])
def test_comparison_has_both_sides_in_the_top_5(sample_assistant, question, sides):
    result = _run(sample_assistant, question)
    assert len(result.analysis.sides) == 2
    for side in sides:
        assert any(side in tokenize(h.passage.context + "\n" + h.passage.text) for h in result.hits[:5]), side


def test_near_duplicates_are_not_shown_twice(sample_assistant):
    for question in ("Qu'est-ce qu'un CLSM ?", "Les décès par suicide en Occitanie", "santé mentale quartiers"):
        hits = _run(sample_assistant, question, k=10).hits
        assert len({h.passage.id for h in hits}) == len(hits)
        term_sets = [set(tokenize(h.passage.text)) for h in hits]
        for i, a in enumerate(term_sets):
            for b in term_sets[:i]:
                share = sample_assistant.settings.tuning.near_duplicate
                if len(a) >= FEW_TERMS:  # a slide of a few words may share them with a fuller one
                    assert len(a & b) < share * max(1, len(a)), hits[i].passage.id


def test_a_short_passage_sharing_its_words_with_a_fuller_one_elsewhere_is_kept(tmp_path):
    from conftest import make_settings

    from assistant.core import Assistant

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "rapport.md").write_text(
        "# Tentatives de suicide\n\nLes tentatives de suicide touchent majoritairement les jeunes femmes ; les "
        "décès sont plus souvent masculins, et les passages aux urgences féminines dans deux cas sur trois, "
        "selon les données régionales de surveillance publiées chaque année par l'observatoire.\n", "utf-8")
    (corpus / "diaporama.md").write_text(
        "# Hospitalisations\n\nDes hospitalisations pour tentative de suicide majoritairement féminines\n", "utf-8")
    assistant = Assistant(make_settings(tmp_path, embedder="none"))
    assistant.refresh()
    hits = assistant.retrieve("hospitalisations après une tentative de suicide : hommes ou femmes ?", k=5).hits
    assert {h.passage.doc_id for h in hits} == {"rapport", "diaporama"}


def test_context_spread_borrows_from_the_previous_passage(sample_assistant):
    snap = sample_assistant.snapshot()
    lexical = np.zeros(len(snap.passages), dtype=np.float32)
    i = next(j for j in range(1, len(snap.passages)) if snap.same_doc_as_previous[j])
    lexical[i - 1] = 10.0
    spread = spread_to_context(lexical, snap, 0.0, 0.5)
    assert spread[i] == pytest.approx(5.0)
    assert spread[i - 1] == pytest.approx(10.0)


@pytest.mark.parametrize("filters, check", [
    (Filters(kinds=("report",)), lambda m: m.kind == "report"),
    (Filters(kinds=("Diaporama",)), lambda m: m.kind == "slides"),  # the French label people see
    (Filters(regions=("Occitanie",)), lambda m: m.region == "Occitanie"),
    (Filters(regions=("hauts-de-france",)), lambda m: m.region == "Hauts-de-France"),
    (Filters(date_from="2024-01-01"), lambda m: m.date >= "2024-01-01"),
    (Filters(date_from="2017-01-01", date_to="2023-12-31"), lambda m: "2017" <= m.date <= "2023-12-31"),
])
def test_filters(sample_assistant, filters, check):
    snap = sample_assistant.snapshot()
    hits = _run(sample_assistant, "santé mentale des habitants des quartiers", k=10, filters=filters).hits
    assert hits
    assert all(check(snap.documents[h.passage.doc_id]) for h in hits)


def test_document_filter(sample_assistant):
    snap = sample_assistant.snapshot()
    doc = sorted(snap.documents)[0]
    hits = _run(sample_assistant, "santé mentale", k=10, filters=Filters(docs=(doc,))).hits
    assert hits and {h.passage.doc_id for h in hits} == {doc}


def test_follow_up_is_resolved_against_the_previous_turn(sample_assistant):
    turn = Turn("Combien de CLSM actifs en Hauts-de-France ?")
    result = _run(sample_assistant, "et en Occitanie ?", conversation=[turn])
    assert result.analysis.follow_up
    # another place alone replaces the one asked before: the question read is the previous one, for Occitanie
    assert result.analysis.text == "Combien de CLSM actifs en Occitanie ?" and result.analysis.places == ("occitanie",)
    assert result.analysis.terms[tokenize("Occitanie")[0]] == 1.0 and tokenize("Hauts")[0] not in result.analysis.terms
    # a follow-up saying more is read with the previous turn, its words weighing less
    more = _run(sample_assistant, "et pour les élus ?", conversation=[turn])
    assert more.analysis.follow_up and more.analysis.text.startswith("Combien de CLSM actifs en Hauts-de-France ?")
    assert "clsm" in more.analysis.terms and more.analysis.terms["clsm"] < 1.0
    top = result.hits[0]
    assert "clsm" in tokenize(top.passage.text) and "occitan" in tokenize(top.passage.context + top.passage.text)
    alone = _run(sample_assistant, "et en Occitanie ?")
    assert not alone.analysis.follow_up


def test_a_question_in_another_language_is_looked_up_by_its_names_and_translated_words(sample_assistant):
    snap = sample_assistant.snapshot()
    # English words match this French corpus only in its English references: its names, acronyms, numbers and
    # places are looked up, and the French words its own translate to; the multilingual model reads the rest.
    english = analyse("How many people die by suicide each year in France?", snap.glossary, 0.4).terms
    assert {"franc", "person", "suicid"} <= set(english) and not {"peopl", "die", "year"} & set(english)
    french = analyse("Combien de décès par suicide chaque année ?", snap.glossary, 0.4).terms
    assert {"deces", "suicid"} <= set(french) and vocabulary_coverage(snap, french) > 0.5


@pytest.mark.parametrize("question", [
    "Comment préparer une ratatouille provençale ?",
    "Quelle est la capitale de l'Australie ?",
])
def test_off_topic_question_is_abstained(sample_assistant, question):
    response = sample_assistant.ask(question)
    assert response.answer.abstained
    assert response.citations  # the closest passages are still shown as leads


@pytest.mark.parametrize("question", [
    "Que veut dire CPTS ?",
    "Combien de CLSM actifs en France en 2024 ?",
    "How many people die by suicide each year in France?",
])
def test_answerable_questions_are_not_abstained(sample_assistant, question):
    assert not sample_assistant.ask(question).answer.abstained


def _naive_spread(matrix, passages, page_weight, neighbour_weight):
    """Word-by-word borrowing written as plain loops, to check the vectorised version."""
    out = matrix.copy()
    for i, p in enumerate(passages):
        for j, q in enumerate(passages):
            same_page = (p.doc_id, p.location.kind, p.location.start) == (q.doc_id, q.location.kind, q.location.start)
            if same_page:
                out[i] = np.maximum(out[i], page_weight * matrix[j])
        if i and passages[i - 1].doc_id == p.doc_id:
            out[i] = np.maximum(out[i], neighbour_weight * matrix[i - 1])
    return out


def test_context_spread_matches_a_plain_loop_word_by_word(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Long sections are cut into several passages of one section: the page borrowing has work to do.
    for n in range(3):
        paragraphs = [f"Paragraphe {k} du document {n} sur la coordination locale et les partenaires. " * 4
                      for k in range(8)]
        (corpus / f"doc-{n}.md").write_text("# Titre\n\n" + "\n\n".join(paragraphs), "utf-8")
    from conftest import make_settings

    from assistant.core import Assistant

    assistant = Assistant(make_settings(tmp_path, passage_max_chars=400, embedder="none"))
    assistant.refresh()
    snap = assistant.snapshot()
    assert snap.page_starts.size < len(snap.passages)
    rng = np.random.default_rng(5)
    matrix = rng.random((len(snap.passages), 4)).astype(np.float32) * (rng.random((len(snap.passages), 4)) < 0.3)
    expected = _naive_spread(matrix, snap.passages, 0.5, 0.4)
    assert np.allclose(spread_to_context(matrix, snap, 0.5, 0.4), expected)


def test_every_fusion_the_settings_accept_exists_and_no_other():
    from typing import get_args

    from assistant.config import Settings
    from assistant.search.fusion import FUSIONS

    assert set(get_args(Settings.model_fields["fusion"].annotation)) == set(FUSIONS)



def test_an_acronym_of_a_place_is_known_when_one_passage_names_both(sample_assistant):
    from assistant.search.retrieve import missing_notions

    snap = sample_assistant.snapshot()
    # The 2017 report: at Château-Thierry, "un rapprochement avec l'UNAFAM"; Toulouse has no UNAFAM there.
    assert missing_notions("Quel est le rôle de l'UNAFAM de Château-Thierry ?", snap) == ()
    assert missing_notions("Que fait l'UNAFAM de Toulouse ?", snap) == ("UNAFAM de Toulouse",)


def test_a_name_after_an_acronym_the_glossary_writes_out_must_be_in_the_corpus(tmp_path):
    """"Le CLSM de Dolmont…": the corpus writing "conseil local de santé mentale" out is no CLSM of a town it never
    names; a town it writes with its accent, typed without ("Ferriere"), is known."""
    from conftest import lexical_assistant
    from assistant.search.retrieve import missing_notions

    snap = lexical_assistant(tmp_path, {
        "lettre.md": "# Le CLSM\n\nLe conseil local de santé mentale (CLSM) de Belcombe réunit les familles. Le "
                     "groupe d'entraide mutuelle (GEM) de la Ferrière ouvre le mardi aux parents et à leurs enfants.\n",
    }).snapshot()
    assert missing_notions("Le CLSM de Dolmont a-t-il lancé un groupe ?", snap) == ("CLSM de Dolmont",)
    assert missing_notions("Le GEM de la Ferriere, il ouvre quand ?", snap) == ()
    # asked whether something exists, a word the corpus never writes is the thing asked: it cannot confirm it
    assert missing_notions("Y a-t-il un groupe pour les parents d'enfants autistes à Belcombe ?", snap) == ("autist",)
    assert missing_notions("Y a-t-il un groupe pour les familles à Belcombe ?", snap) == ()
    # quoted words the corpus says in another form are said: "« ouvrent le mardi »" / "ouvre le mardi"
    assert missing_notions("Qui « ouvrent le mardi » ?", snap) == ()
    assert missing_notions("Qui « ferment le lundi » ?", snap) == ("ferment le lundi",)


def test_who_holds_the_role_asked_about_comes_first(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "fiche.md":
            "# Fiche action : des psychologues dans les maisons France services\n\n## Contexte\n\nLa fiche action "
            "répond au manque de psychologues ; la référente du CLSM a réuni les partenaires de la fiche action.\n\n"
            "## Objectifs\n\nOffrir une permanence de psychologue ; la référente suit les objectifs de la fiche.\n\n"
            "## Pilotage et contacts\n\nPorteur : agglomération\n\nRéférente : Léa Cattin, coordinatrice du CLSM\n",
    }, passage_min_chars=10)
    hits = assistant.retrieve("Qui est la référente de la fiche action ?", k=3).hits
    assert "Léa Cattin" in hits[0].passage.text, [h.passage.location.label for h in hits]


def test_an_english_question_names_a_document_by_its_kind_not_by_words_french_titles_share(tmp_path):
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "catalog.toml": '["formation.md"]\ntitle = "Équipe mobile : module de formation des sentinelles"\nkind = "slides"\n\n'
                        '["webinaire.md"]\ntitle = "Retours de terrain sur l\'isolement des aînés"\nkind = "transcript"\n',
        "formation.md": "# Équipe mobile\n\nLa visite à domicile a lieu sous 72 heures.\n",
        "webinaire.md": "# Retours de terrain\n\nLe délai moyen avant la première visite à domicile, c'est neuf "
                        "jours.\n",
    })
    named = assistant.retrieve("In the webinar, how long before the mobile team's first home visit?").analysis.named
    assert max(named, key=named.get) == "webinaire", named


def test_an_english_question_naming_a_webinar_is_answered_by_what_it_asks_not_by_the_welcome(tmp_path):
    """"In the Grand Est webinar": the French word it is looked for as ("webinaire") names the document too, so the
    host's welcome to "ce webinaire … Grand Est" is no answer to how the post is funded."""
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, {
        "catalog.toml": '["webinaire.md"]\ntitle = "Webinaire Grand Est : logement et santé mentale"\n'
                        'kind = "transcript"\n\n["guide.md"]\ntitle = "Guide du CLSM"\nkind = "report"\n',
        "webinaire.md": "# Logement\n\nBonjour et bienvenue à ce webinaire du centre de ressources Grand Est. "
                        "Je suis coordinatrice depuis 2020. Mon poste est financé pour moitié par l'ARS et pour "
                        "moitié par la ville.\n",
        "guide.md": "# Le CLSM\n\nLe conseil local de santé mentale réunit élus et psychiatrie.\n",
    })
    answer = assistant.ask("In the Grand Est webinar, how is the coordinator's post funded?").answer
    assert answer.parts[0].sentences[0].text.startswith("Mon poste est financé"), answer.text


def test_a_sentence_closeness_counts_less_for_a_question_asked_in_english(sample_assistant):
    """`english_sentence_dense` scales the sentence's cosine for an English question only: with it at 0, the weight
    of that cosine changes nothing in English and still does in French."""
    from assistant.config import Tuning
    from assistant.search.sentence_scores import score_sentences

    snap = sample_assistant.snapshot()

    def scores(question: str, **tuning) -> list[float]:
        result = sample_assistant.retrieve(question, k=3)
        rows = [snap.row_of(h.passage.id) for h in result.hits]
        return [round(s.score, 6) for s in score_sentences(snap, result.analysis, result.query_vec, rows,
                                                          tuning=Tuning(**tuning))]

    english = "How many local mental health councils were active in France at the end of 2016?"
    assert scores(english, english_sentence_dense=0, sentence_dense=0.2) == scores(
        english, english_sentence_dense=0, sentence_dense=0.9)
    french = "Combien de CLSM actifs en France fin 2016 ?"
    assert scores(french, english_sentence_dense=0, sentence_dense=0.2) != scores(
        french, english_sentence_dense=0, sentence_dense=0.9)


def test_filters_that_would_match_nothing_by_mistake_say_why():
    assert Filters(kinds=("diaporama",), date_from="2024-03", date_to="2025").problem() is None
    assert "Types possibles" in Filters(kinds=("video",)).problem()
    assert Filters(kinds=("podcast",)).problem({"podcast"}) is None  # a kind the catalog uses, unknown or not
    assert "illisible" in Filters(date_to="31/12/2024").problem()
    assert "Inversez" in Filters(date_from="2025-06", date_to="2025-01").problem()
    assert Filters(date_from="2025-06", date_to="2025").problem() is None  # the same year, month left open


PODCAST_AND_WEBINAR = {
    "catalog.toml": '["podcast.srt"]\ntitle = "Les Voix du Lignon, épisode 14"\nkind = "transcript"\n'
                    'event = "Podcast « Les Voix du Lignon » de Radio Lignon FM"\norganisers = ["Radio Lignon FM"]\n\n'
                    '["webinaire.md"]\ntitle = "Webinaire : la pair-aidance au CMP"\nkind = "transcript"\n'
                    'organisers = ["Centre hospitalier du Val-de-Lignon"]\n\n'
                    '["diaporama.md"]\ntitle = "Groupe rétablissement : projet de clubhouse"\nkind = "slides"\n',
    "podcast.srt": "1\n00:13:10,000 --> 00:13:20,000\nLe local n'est pas prêt. Donc l'ouverture, qui était prévue en "
                   "septembre 2026, est repoussée au printemps 2027.\n",
    "webinaire.md": "# Pair-aidance\n\nLe pair-aidant s'appuie sur son vécu. Le clubhouse est un lieu de jour géré "
                    "avec ses membres.\n",
    "diaporama.md": "# Projet de clubhouse\n\nSéance plénière du CLSM — jeudi 26 juin 2025 — salle du conseil.\n\n"
                    "Calendrier du clubhouse : local trouvé, ouverture visée en septembre 2026.\n",
}


def test_a_document_named_by_its_own_event_is_not_confused_with_another_of_its_kind(tmp_path):
    """"Selon le podcast de Radio Lignon": the podcast's own catalog entry says "podcast" and "Radio Lignon"; the
    webinar is a recording too (its kind's words say "podcast", "radio") and its organiser is of the Val-de-Lignon,
    which does not make it the podcast named. The words naming it count as held by its passages (its event, its
    organisers), so the question is answered from it, not abstained."""
    from conftest import lexical_assistant

    assistant = lexical_assistant(tmp_path, PODCAST_AND_WEBINAR)
    question = "Selon le podcast de Radio Lignon, le clubhouse ouvrira quand ?"
    named = assistant.retrieve(question).analysis.named
    assert max(named, key=named.get) == "podcast" and named.get("webinaire", 0) < 0.5, named
    answer = assistant.ask(question).answer
    assert not answer.abstained and "repoussée au printemps 2027" in answer.text, answer.text
