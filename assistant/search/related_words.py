"""Related French words a question and a document may use for the same notion: a noun and its adjective
("hommes" / "masculins"), a verb and its everyday synonym ("payer" / "financer"). General French, not this
corpus's words; each adds the other's term at the expansion weight, as the glossary does for acronyms."""

from __future__ import annotations

from functools import lru_cache

from assistant.text import content_terms

# Groups of words that name the same notion in different parts of speech or registers.
RELATED = (
    ("homme", "hommes", "masculin", "masculins", "masculine", "masculines"),
    ("femme", "femmes", "féminin", "féminins", "féminine", "féminines"),
    ("enfant", "enfants", "infantile", "infantiles", "enfance"),
    ("jeune", "jeunes", "jeunesse", "juvénile"),
    ("ville", "villes", "urbain", "urbaine", "urbains", "urbaines"),
    ("campagne", "rural", "rurale", "ruraux", "rurales"),
    ("école", "écoles", "scolaire", "scolaires", "élève", "élèves"),
    ("mort", "morts", "décès", "mortalité", "décédé", "décédés"),
    ("payer", "paie", "paient", "payé", "payés", "financer", "finance", "financé", "financés", "financement",
     "financements", "financeur", "financeurs"),
    ("argent", "budget", "crédits", "subvention", "subventions", "dotation"),
    ("médecin", "médecins", "médical", "médicale", "médicaux"),
    ("logement", "logements", "bailleur", "bailleurs", "hlm", "habitat"),
    ("travail", "emploi", "professionnel", "professionnelle", "professionnels"),
    ("pauvreté", "pauvres", "précarité", "précaires", "précaire"),
    ("président", "présidentiel", "présidentielle", "quinquennat"),
)


@lru_cache(maxsize=1)
def _groups() -> list[frozenset[str]]:
    return [frozenset(t for word in group for t in content_terms(word)) for group in RELATED]


def related_terms(terms: set[str] | frozenset[str]) -> set[str]:
    """The terms related to any of the given terms (not those already given)."""
    out: set[str] = set()
    for group in _groups():
        if group & terms:
            out |= group
    return out - set(terms)
