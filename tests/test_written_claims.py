"""A written reply cut into claims (sentences and the passages they cite), and each claim checked against
hand-written passages: facts, acronyms, names, citations (no server, no embedder)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.models import Citation, Location
from assistant.sentences import sentence_spans
from assistant.written.claims import Claim, cited_numbers, claims, complete_claims
from assistant.written.support import Source, Sources, numbers

# -- claims ---------------------------------------------------------------------------------


def pairs(text: str) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.text, c.cites) for c in claims(text)]


@pytest.mark.parametrize("marks, expected", [
    ("[2]", (2,)), ("[1][3]", (1, 3)), ("[1] [3]", (1, 3)), ("[1, 2]", (1, 2)), ("[1;4]", (1, 4)),
    ("[2-4]", (2, 3, 4)), ("[2–3]", (2, 3)), ("[3][1][3]", (3, 1)), ("[ 5 ]", (5,)), ("sans marque", ()),
])
def test_cited_numbers_reads_every_way_a_model_writes_its_marks(marks, expected):
    assert cited_numbers(marks) == expected


def test_a_range_of_marks_is_not_read_as_a_run_of_a_hundred_passages():
    assert cited_numbers("[2-300]") == (2, 300)


def test_marks_before_or_after_the_full_stop_belong_to_the_sentence_they_close():
    text = "Le CLSM réunit les élus. [1] Il a été créé en 2015 [2]. Il compte 12 membres [1, 2]."
    assert pairs(text) == [("Le CLSM réunit les élus.", (1,)), ("Il a été créé en 2015.", (2,)),
                           ("Il compte 12 membres.", (1, 2))]


def test_several_marks_ranges_and_a_sentence_without_a_mark():
    text = "Le CLSM associe les usagers [1][3]. Les élus le président [2-3]. Cela paraît utile."
    assert pairs(text) == [("Le CLSM associe les usagers.", (1, 3)), ("Les élus le président.", (2, 3)),
                           ("Cela paraît utile.", ())]


def test_bullets_numbered_items_and_markdown_bold_are_read_as_plain_sentences():
    text = ("Les missions du CLSM :\n- **Observer** les besoins du territoire [1].\n"
            "* Coordonner les acteurs [2]\n• Informer les habitants [1][2]\n1. Former les élus [3].\n"
            "2) Évaluer les actions [3]")
    found = claims(text)
    assert [(c.text, c.cites, c.bulleted) for c in found] == [
        ("Les missions du CLSM :", (), False),
        ("Observer les besoins du territoire.", (1,), True),
        ("Coordonner les acteurs", (2,), True),
        ("Informer les habitants", (1, 2), True),
        ("Former les élus.", (3,), True),
        ("Évaluer les actions", (3,), True),
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = ("Selon M. Martin, le CLSM est utile [1]. Le rapport le dit p. 12 [2]. "
            "Mme Durand cite J. Dupont [1]. Voir art. 3 du décret [2].")
    assert pairs(text) == [("Selon M. Martin, le CLSM est utile.", (1,)), ("Le rapport le dit p. 12.", (2,)),
                           ("Mme Durand cite J. Dupont.", (1,)), ("Voir art. 3 du décret.", (2,))]


def test_french_spacing_before_double_punctuation_is_kept_and_marks_leave_no_gap():
    text = "Le CLSM est un outil [1] ; il est utile [2] ! Pourquoi ? Parce que les élus le portent [1]."
    assert pairs(text) == [("Le CLSM est un outil ; il est utile !", (1, 2)), ("Pourquoi ?", ()),
                           ("Parce que les élus le portent.", (1,))]


def test_a_reply_without_letters_gives_no_claim():
    assert claims("[1]\n\n- \n**  **") == []


REPLIES = [
    "Selon M. Martin, le CLSM est utile [1]. Voir p. 12 du rapport [2]. En 2023, 2 150 personnes [2].",
    "Le CLSM réunit les élus. [1] Il a été créé en 2015 [2]. Il compte 12 membres [1, 2].",
    "Les missions :\n- **Observer** les besoins [1].\n- Coordonner, p. ex. les acteurs [2]\n- Informer [1][2]",
    "Le CLSM est un outil [1] ; il est utile [2] ! Pourquoi ? Parce que Mme Durand le dit [2-3]…",
    "Les documents ne permettent pas de répondre.",
]


def streamed(text: str, cuts: list[int]) -> list[Claim]:
    """The claims read as `Writing` reads a stream: finished sentences as pieces arrive, then the rest."""
    found, pending, start = [], "", 0
    for cut in [*cuts, len(text)]:
        pending += text[start:cut]
        start = cut
        done, pending = complete_claims(pending)
        found += done
    return found + claims(pending)


@pytest.mark.parametrize("text", REPLIES)
def test_a_reply_streamed_in_pieces_of_any_size_gives_the_claims_of_the_whole(text):
    whole = claims(text)
    assert whole
    for size in range(1, len(text) + 1):
        assert streamed(text, list(range(size, len(text), size))) == whole, size
    rng = np.random.default_rng(14)
    for _ in range(30):  # irregular pieces, as a real server sends them
        cuts = sorted(set(rng.integers(1, len(text), size=int(rng.integers(1, 12))).tolist()))
        assert streamed(text, cuts) == whole, cuts


def test_a_finished_sentence_is_given_only_once_the_next_one_starts():
    done, rest = complete_claims("Le CLSM réunit les élus [1].")
    assert done == [] and rest == "Le CLSM réunit les élus [1]."  # its marks may still come
    done, rest = complete_claims("Le CLSM réunit les élus. [1] Il a été")
    assert done == [] and rest.startswith("Le CLSM")
    done, rest = complete_claims("Le CLSM réunit les élus [1]. Il a été")
    assert done == [Claim("Le CLSM réunit les élus.", (1,))] and rest == "Il a été"
    done, rest = complete_claims("Selon M. Martin")
    assert done == [] and rest == "Selon M. Martin"


# -- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize("a, b", [
    ("2 150 personnes", "2150 personnes"), ("2\u202f150", "2150"), ("2\u00a0150,5", "2150.5"),
    ("1,5 fois", "1.5 fois"), ("03 mars", "3 mars"), ("12,0 %", "12 %"),
])
def test_numbers_are_written_one_way(a, b):
    assert numbers(a) == numbers(b) != set()


def test_numbers_of_dates_and_of_several_figures():
    assert numbers("le 31/12/2023") == {"31", "12", "2023"}
    assert numbers("En 2023, 2 150 personnes, soit 1,5 fois plus") == {"2023", "2150", "1.5"}
    assert numbers("sans chiffre") == set()
    assert numbers("45") != numbers("46")


# -- the check ------------------------------------------------------------------------------

P1 = ("Le conseil local de santé mentale (CLSM) est un espace de concertation et de coordination entre les "
      "élus, la psychiatrie, les usagers et les aidants. Il a été créé à Lille en 2015 et réunit 45 "
      "partenaires. Sa coordinatrice est Mme Durand.")
P2 = ("En 2023, 2 150 personnes ont été accompagnées par l'équipe mobile, soit 1,5 fois plus que l'année "
      "précédente. Le projet territorial de santé mentale est piloté par l'agence régionale de santé. "
      "Le bilan a été arrêté au 31 décembre 2023.")
GLOSSARY = {"PTSM": ["projet territorial de santé mentale"], "ARS": ["agence régionale de santé"],
            "CCAS": ["centre communal d'action sociale"]}


def citation(n: int, text: str) -> Citation:
    return Citation(n=n, doc=f"doc-{n}", title=f"Rapport d'activité {n}", location=Location("page", n, n),
                    url=None, text=text, score=1.0, passage_id=f"p{n}")


def sources(glossary=GLOSSARY) -> Sources:
    given = {n: Source(citation(n, text), np.array(sentence_spans(text)), None) for n, text in ((1, P1), (2, P2))}
    return Sources(given, glossary, embed=None)


def verdict(sentence: str, glossary=GLOSSARY):
    [claim] = claims(sentence)
    return sources(glossary).check(claim)


def test_a_faithful_restatement_is_kept_and_points_at_the_sentence_it_restates():
    found = verdict("Le CLSM est un espace de concertation entre les élus, la psychiatrie et les usagers [1].")
    assert found.supported and found.n == 1 and found.lexical >= 0.75
    assert P1[slice(*found.span)].startswith("Le conseil local de santé mentale")
    found = verdict("Créé en 2015 à Lille, il réunit 45 partenaires [1].")
    assert found.supported and P1[slice(*found.span)].startswith("Il a été créé à Lille")
    found = verdict("L'équipe mobile a accompagné 2150 personnes en 2023 [1][2].")
    assert found.supported and found.n == 2 and P2[slice(*found.span)].startswith("En 2023, 2 150")


def test_an_invented_or_changed_number_is_removed():
    assert verdict("Le CLSM réunit 45 partenaires depuis 2015 [1].").supported
    found = verdict("Le CLSM réunit 46 partenaires depuis 2015 [1].")
    assert not found.supported and found.reason == "not in its passages: 46"
    assert not verdict("Le CLSM réunit 45 partenaires depuis 2016 [1].").supported
    assert not verdict("L'équipe mobile a accompagné 2 150 personnes, soit 2,5 fois plus [2].").supported
    assert verdict("L'équipe mobile a accompagné 2 150 personnes, soit 1.5 fois plus [2].").supported


def test_a_number_must_be_in_the_passage_the_sentence_cites_not_in_another():
    assert verdict("En 2023, l'équipe mobile a accompagné 2 150 personnes [2].").supported
    found = verdict("En 2023, l'équipe mobile a accompagné 2 150 personnes [1].")
    assert not found.supported and found.reason == "not in its passages: 2023"


def test_dates_match_whether_written_in_digits_or_in_words():
    assert verdict("Le bilan a été arrêté au 31/12/2023 [2].").supported
    assert not verdict("Le bilan a été arrêté au 30/12/2023 [2].").supported
    assert not verdict("Le bilan a été arrêté au 31/11/2023 [2].").supported


def test_an_acronym_absent_from_the_passage_is_removed_unless_the_passage_spells_it_out():
    found = verdict("Le projet territorial de santé mentale est piloté par l'ARS [2].")
    assert found.supported
    assert not verdict("Le projet territorial de santé mentale est piloté par l'ARS [2].", glossary={}).supported
    found = verdict("Le PTSM est piloté par l'ARS [2].")  # nothing but acronyms the passage writes in full
    assert found.supported and found.lexical == 1.0
    found = verdict("Le CLSM a été créé à Lille en 2015 avec le CCAS [1].")  # in the glossary, not in [1]
    assert not found.supported and found.reason == "not in its passages: CCAS"
    assert not verdict("Le PTSM est piloté par l'ARS [1].").supported  # spelled out in [2], not in [1]


def test_a_name_absent_from_the_passage_is_removed():
    assert verdict("Le CLSM a été créé à Lille en 2015 [1].").supported
    found = verdict("Le CLSM a été créé à Roubaix en 2015 [1].")
    assert not found.supported and found.reason == "not in its passages: Roubaix"
    assert verdict("Sa coordinatrice est Mme Durand [1].").supported
    assert not verdict("Sa coordinatrice est Mme Dupont [1].").supported
    # A common word written with a capital is not a name: "Conseil" is the passage's "conseil".
    assert verdict("Le Conseil local de santé mentale associe les élus et les usagers [1].").supported


def test_a_sentence_citing_a_passage_not_given_or_nothing_is_removed():
    sentence = "En 2023, 2 150 personnes ont été accompagnées par l'équipe mobile"
    assert verdict(f"{sentence} [2].").supported
    found = verdict(f"{sentence} [3].")
    assert not found.supported and found.reason == "cites a passage that was not given"
    found = verdict(f"{sentence}.")
    assert not found.supported and found.reason == "no citation"
    assert verdict(f"{sentence} [2][3].").supported  # one of its passages was given, and it holds the facts


def test_a_sentence_about_something_else_is_removed_by_its_words():
    found = verdict("Les jardins partagés favorisent le lien social dans les quartiers [1].")
    assert not found.supported and found.reason.startswith("too far from its passages") and found.lexical < 0.4
    assert verdict("Le CLSM favorise la coordination entre les élus et la psychiatrie [1].").supported

