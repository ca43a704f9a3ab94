"""Everyday French a coordinator may type and the documents write formally: "psy" for "psychiatre" or
"psychologue", "hosto" for "hôpital", "coordo" for "coordinateur". General French, not this corpus's words; one
way only (a question saying "psychiatre" does not look for "psychologue")."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import content_terms, fold

# A familiar word (as typed, folded) and the words the documents use for it.
FAMILIAR = {
    "psy": ("psychiatre", "psychologue"),
    "hosto": ("hôpital", "hospitalier"),
    "toubib": ("médecin",),
    "coordo": ("coordinateur", "coordinatrice", "coordination"),
    "ado": ("adolescent", "adolescents"),
    "papy": ("personnes âgées", "aînés", "seniors"),
    "papi": ("personnes âgées", "aînés", "seniors"),
    "mamie": ("personnes âgées", "aînés", "seniors"),
    "mamy": ("personnes âgées", "aînés", "seniors"),
    "vieux": ("personnes âgées", "aînés", "seniors"),
    "vieille": ("personnes âgées", "aînés", "seniors"),
    "boulot": ("travail", "emploi"),
    "taf": ("travail", "emploi"),
    "flic": ("police", "policiers"),
    "keuf": ("police", "policiers"),
    "appart": ("appartement", "logement"),
    "fric": ("argent", "financement"),
    "thune": ("argent", "financement"),
    "pognon": ("argent", "financement"),
    "gamin": ("enfants", "jeunes"),
    "gamine": ("enfants", "jeunes"),
    "mome": ("enfants",),
    "gosse": ("enfants",),
    "bebe": ("enfants", "nourrissons", "naissances"),
    "asso": ("association",),
    "rdv": ("rendez-vous",),
    "prof": ("enseignant", "professeur"),
    "instit": ("enseignant", "professeur des écoles"),
    "deprime": ("dépression", "dépressif"),
    "clope": ("cigarette", "tabac"),
    "bouffe": ("alimentation", "repas"),
    "bagnole": ("voiture",),
    "info": ("information",),
    "dispo": ("disponible",),
    "pro": ("professionnel", "professionnels"),
    "secu": ("sécurité sociale", "assurance maladie"),
    "kine": ("kinésithérapeute",),
    "appli": ("application",),
    "galere": ("difficultés",),
    "visio": ("vidéo", "visioconférence", "téléconsultation"),
    "comcom": ("communauté de communes",),
}

# A word written in lower case (a name is not familiar French: "Le Vieux-Puits"), alone or in the plural, after an
# elision or not ("l'hosto")
_WORD = re.compile(r"(?<![\w-])([a-zà-öø-ÿ]+?)s?(?![\w-])")


# Familiar as a noun only, after a determiner ("chez le psy", "la psy du CCAS"): "actions psy", "PASS psy" are
# adjectives or names
NOUNS_ONLY = frozenset({"psy", "pro"})
_DETERMINER = re.compile(r"(?:\b(?:le|la|les|un|une|des|du|au|aux|mon|ma|mes|son|sa|ses|ton|ta|tes|votre|vos|notre|nos|"
                         r"leur|leurs|ce|cette|ces)|\bl['’])\s*$", re.I)


def formal_words(text: str) -> list[tuple[str, ...]]:
    """The documents' words for each familiar word of a question, in the order it types them."""
    return [FAMILIAR[word] for m in _WORD.finditer(text) if (word := fold(m.group(1))) in FAMILIAR
            and (word not in NOUNS_ONLY or _DETERMINER.search(text, 0, m.start()))]


@lru_cache(maxsize=1)
def _formal_by_term() -> dict[str, frozenset[str]]:
    return {t: frozenset(f for word in formal for f in content_terms(word))
            for familiar, formal in FAMILIAR.items() for t in content_terms(familiar)}


def formal_terms(term_: str) -> frozenset[str]:
    """The terms of the documents' words for a familiar word's term ("hosto": "hopital", "hospitali"), or none."""
    return _formal_by_term().get(term_, frozenset())
