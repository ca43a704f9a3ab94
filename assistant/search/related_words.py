"""Related French words a question and a document may use for the same notion: a noun and its adjective
("hommes" / "masculins"), a verb and its everyday synonym ("payer" / "financer"). General French, not this
corpus's words; each adds the other's term at the expansion weight, as the glossary does for acronyms."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import content_terms, prefix_term

# Groups of words that name the same notion in different parts of speech or registers. Only tight pairs:
# "ville" / "urbain" was tried and removed ("politique de la ville" is not "renouvellement urbain").
RELATED = (
    ("homme", "hommes", "masculin", "masculins", "masculine", "masculines"),
    ("femme", "femmes", "féminin", "féminins", "féminine", "féminines"),
    ("enfant", "enfants", "infantile", "infantiles"),
    ("école", "écoles", "scolaire", "scolaires"),
    ("mort", "morts", "décès", "mortalité"),
    ("payer", "paie", "paient", "payé", "payés", "financer", "finance", "financé", "financés", "financement",
     "financements", "financeur", "financeurs", "cofinancer", "cofinance", "cofinancé", "cofinancée", "cofinancés",
     "cofinancement"),
    ("médecin", "médecins", "médical", "médicale", "médicaux"),
    ("hlm", "bailleur", "bailleurs"),
    ("payer", "payant", "payante", "payants", "payantes", "gratuit", "gratuite", "gratuits", "gratuites",
     "gratuité"),
    ("présidentiel", "présidentielle", "quinquennat"),
    ("employer", "emploie", "emploient", "employé", "employés", "employeur", "employeurs", "recruter", "recrute",
     "recrutent", "recruté", "recrutés", "embaucher", "embauche", "embauché", "embauchés"),
    ("coordonner", "coordonne", "coordonnent", "coordonné", "coordination", "coordinateur", "coordinatrice",
     "coordonnateur", "coordonnatrice"),
    ("overdose", "overdoses", "surdose", "surdoses"),
    ("diriger", "dirige", "dirigent", "dirigé", "dirigée", "directeur", "directrice", "directeurs", "directrices"),
    ("postuler", "postule", "postulent", "candidater", "candidature", "candidatures", "candidat", "candidate",
     "candidats"),
    ("rentrée", "septembre"),  # "le cycle de la rentrée": the one starting in September
    ("lauréat", "lauréats", "lauréate", "lauréates", "retenu", "retenus", "retenue", "retenues", "sélectionné",
     "sélectionnés"),  # "combien de lauréats ?": "43 projets retenus"
    ("commencer", "débuter", "démarrer"),  # "commençait quand ?": "débutera le mardi 16 septembre"
    ("signataire", "signataires", "soussigné", "soussignés", "soussignée", "soussignées"),  # "Entre les soussignés"
    ("refaire", "refait", "refaite", "refaites", "reconduire", "reconduit", "reconduite", "reconduites",
     "reconduction"),  # "on refait l'enquête quand ?": "l'enquête sera reconduite…" ("renouvelé" is left out: it
    # reads as "renouvellement urbain")
    ("hôpital", "hôpitaux", "hospitalier", "hospitalière", "hospitaliers", "hospitalières"),  # "centre hospitalier"
)


@lru_cache(maxsize=1)
def _groups() -> list[frozenset[str]]:
    return [frozenset(t for word in group for t in content_terms(word)) for group in RELATED]


def word_family(term_: str) -> set[str]:
    """The term, the coarser term of its word family (same first letters: "satisfaits" / "satisfaction"), the verb
    of a noun of agent ("fumeurs" / "fumant") and its related words ("payer" / "financement")."""
    prefix = prefix_term(term_)
    verb = _AGENT_NOUN.sub("", term_) if term_.isalpha() else term_
    return ({term_} | ({prefix} if prefix else set()) | ({verb} if MIN_VERB_ROOT <= len(verb) < len(term_) else set())
            | related_terms(frozenset({term_})))


# The stem of a noun of agent and the verb's: "fumeur" / "fum" (fumer, fumant), "formateur" / "form" (former)
_AGENT_NOUN = re.compile(r"(?:at)?eur$")
MIN_VERB_ROOT = 3


def related_terms(terms: set[str] | frozenset[str]) -> set[str]:
    """The terms related to any of the given terms (not those already given)."""
    out: set[str] = set()
    for group in _groups():
        if group & terms:
            out |= group
    return out - set(terms)
