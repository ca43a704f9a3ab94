"""What shape of answer a question asks for: a definition (and of what), a list of items, a value, or an
open answer. Patterns read folded text (lower case, accents dropped), French first, English too."""

from __future__ import annotations

import re

from assistant.search.answer_types import expected_type, later_asks
from assistant.search.metadata import names_a_document
from assistant.text import INSISTING_WORDS, content_terms, fold, is_acronym

_ARTICLE = r"(?:(?:une|un|les|le|la|des|du)\b\s*|(?:l'|d')\s*)?"  # a whole word: "une maison", not "un" + "e maison"
# A word said after "c'est quoi" ("c'est quoi au juste un CLSM ?", "…, c'est quoi exactement ?"): no part of the target
_FILLER = r"(?:(?:au juste|exactement|concretement|en fait|donc|deja|vraiment|precisement)(?:\s+|,\s*|(?=[?.!])))?"
_NAMED = r"(?:(?:le |du )?(?:sigle|acronyme|terme|mot|expression|dispositif|notion)\s+(?:de\s+|d')?)?"
_SPELLED_OUT = r"(?:nom complet|intitule complet|forme (?:longue|developpee)|en toutes lettres|full name)"
_DEFINITION = (
    # "OTSO, c'est quoi le nom complet ?", "Quel est le nom complet de l'OTSO ?", "OTSO en toutes lettres ?" (first:
    # "c'est quoi le nom complet de QPV ?" asks what QPV stands for, not what "nom complet de QPV" is)
    re.compile(r"^\s*" + _ARTICLE + r"(?P<t>[\w'’ -]{2,40}?)\s*(?:,|:)?\s*(?:(?:c'est quoi|quel est)\s+)?(?:le |son )?"
               + _SPELLED_OUT + r"\s*[?.!]*\s*$"),
    re.compile(r"^\s*(?:(?:c'est quoi|quel est)\s+)?(?:le |son )?" + _SPELLED_OUT + r"\s+(?:de |du |des |d')?\s*"
               + _ARTICLE + r"(?P<t>[\w'’ -]{2,40}?)\s*[?.!]*\s*$"),
    re.compile(r"^\s*(?:que|qu'est-ce que|qu'est ce que)\s+(?:signifie|veut dire|designe|recouvre)\s+"
               + _ARTICLE + _NAMED + r"(?P<t>.+?)\s*[?.!]*\s*$"),
    re.compile(r"^\s*(?:c'est quoi|qu'est-ce qu[e']|qu'est ce qu[e']|que sont)\s*,?\s*" + _FILLER + _ARTICLE + _NAMED
               + r"(?P<t>.+?)\s*[?.!]*\s*$"),
    re.compile(r"^\s*(?:definition|signification|sens|definir|define)\s*(?:de |du |des |d'|:)?\s*" + _ARTICLE
               + _NAMED + r"(?P<t>.+?)\s*[?.!]*\s*$"),
    # "EMPP, ça veut dire quoi ?", "PAEJ signification", and "…, et qui la finance ?" after it (a later ask), or
    # where it is said ("aller-vers définition selon le Dr Ferrandou")
    re.compile(r"^\s*" + _ARTICLE + r"(?P<t>[\w'’ -]{2,40}?)\s*(?:,|:)?\s*(?:c'est quoi|(?:ca )?veut dire quoi|"
               r"(?:ca )?(?:signifie|designe) quoi|definition|signification|"
               r"c'est (?:le |un |l')?(?:sigle|acronyme|abreviation) de quoi)"
               r"(?:\s+" + _FILLER + r")?"  # "…, c'est quoi au juste ?"
               # "PFR, c'est quoi ce sigle ?": the word naming what was said first
               r"(?:\s*(?:ce|cet|cette|ces)\s+(?:sigles?|acronymes?|abreviations?|termes?|mots?|expressions?|trucs?|"
               r"noms?|dispositifs?))?"
               # "…, et qui la finance ?", "… c'est quoi et ça sert à quoi ?": a later ask
               r"\s*(?:[?.!]*\s*$|,?\s*(?:et|and)\b|\s(?:selon|dans|d'apres|chez)\s[^?]*[?.!]*\s*$)"),
    re.compile(r"^\s*what (?:does|do) (?:the (?:acronym|abbreviation|term) )?(?P<t>.+?) (?:stand for|mean)\b"),
    # "What is a GEM?", and "…, and how many members does it have?" after it (a later ask)
    re.compile(r"^\s*what (?:is|are) (?:a |an |the )?(?P<t>[a-z0-9' -]{2,30}?)\s*(?:[?.!]*\s*$|,\s*(?:and|et)\b)"),
)
# "Quelles sont les missions…", "quels leviers…", "comment impliquer…", "what are the…", "how to…"; also after
# a comma or colon ("Comment s'organise un CLSM : quelles instances ?")
_LIST = re.compile(
    r"(?:^|[?.!,;:]\s+)\s*(?:(?:(?:par|pour|dans|sur|avec|selon|a|en|de)\s+)?quel(?:le)?s\s+(?:sont\s+)?(?:les\s+)?\w+|"
    r"liste[rz]?\b|enumere[rz]?\b|citez\b|"
    r"comment\s+(?:faire|fait-on|on fait|proceder|s['’]y prendre|impliquer|mobiliser|mettre en place|monter|organiser|creer|lancer|developper|"
    r"associer|construire|agir|favoriser|ameliorer|renforcer|financer|deployer|animer|articuler)\b|"
    # "Comment candidater…", "comment saisir la commission", "comment s'inscrire": how to do it, in steps
    # (a bare infinitive: not "Comment le centre fonctionne-t-il ?", whose "centre" is a noun)
    r"comment\s+(?:(?:se|s'|en|y)\s*)?(?!(?:notre|votre|autre|entre|contre|etre)\b)[a-z]{3,}(?:er|ir|re)\b(?![-'])"
    r"(?![^?]*-(?:t-)?(?:il|elle|ils|elles|on)\b)|"
    # "comment on saisit…" (not "comment on s'y prend le plus souvent…": the one way most used)
    r"comment\s+(?:(?:on|je|nous|peut-on|faut-il|doit-on|dois-je|puis-je)\b|j')(?![^?]*\b(?:le|la|les) plus\b)|"
    # "…devenir bénévole : comment elle fait ?" (not "comment il fonctionne ?", "comment elle peut être jointe ?")
    r"comment\s+(?:il|elle|ils|elles|vous|tu)\s+(?:fait|font|faites|fais)\b|"
    r"what are the\b|how (?:to|can|do|should)\b|which (?:are|steps|actions)\b)|\betape par etape\b|\bstep by step\b|"
    # "Qui compose la cellule ?", "qui siège au comité ?", "de qui est composé…": its members, listed
    r"\bqui\s+(?:compose(?:nt)?|siege(?:nt)?|fait partie|font partie)\b|\bde qui (?:est|sont|se) compos|"
    r"\bwho (?:sits on|is on|are (?:the )?members)\b|"
    # "C'est quoi les cinq actions du plan ?": the items counted by the question (not "les 3 derniers mois")
    r"\bles\s+(?:trois|quatre|cinq|six|sept|huit|neuf|dix|[3-9]|1\d)\s+(?!(?:ans|mois|semaines|jours|annees|heures|"
    r"premier\w*|dernier\w*|prochain\w*)\b)[a-z]{3,}(?![^?]*-(?:t-)?(?:il|elle|ils|elles|on)\b)|"
    # typed as a search: "étapes pour créer un CLSM", "les étapes de la démarche", "steps to set up…"
    r"^\s*(?:les\s+)?(?:etapes|steps)\s+(?:pour|to|for)\b|"
    r"^\s*(?:les\s+)?etapes\s+(?:de|d'|du|des)\b(?![^?]*-(?:t-)?(?:il|elle|ils|elles|on)\b)")
_NOT_LIST = re.compile(r"(?:^|[?.!]\s+)\s*quel(?:le)?s\s+(?:sont\s+)?(?:les\s+)?(?:differences?|points? communs?)\b")


def definition_target(question: str) -> str | None:
    """The thing a definition question asks about ("Que signifie le sigle DAC ?" -> "DAC"), in the
    question's own letters; None when the question is not a definition question."""
    asked = question[:question.index("?") + 1] if "?" in question else question  # "…? (c'est l'équipe du Dr X)"
    later = later_asks(asked)
    if later and (cut := asked.find(later[0])) > 0:  # "Qu'est-ce qu'un CLSM et à quoi sert-il ?": "CLSM"
        asked = asked[:cut].rstrip(" ,;:") + " ?"
    insisting = _LAST_WORD.search(asked)  # "C'est quoi une sentinelle, exactement ?": a sentinelle
    if insisting and fold(insisting.group(1)) in INSISTING_WORDS | {"au juste"}:
        asked = asked[:insisting.start()] + " ?"
    found = _definition_target(asked) or _quoted_target(asked)
    if found is None:  # "Mon adresse est …, que veut dire PTSM ?": the clause that asks
        for cut in _CLAUSE.finditer(asked):
            found = _definition_target(asked[cut.end():])
            if found is not None:
                break
    if found is not None and _COUNTED_ITEMS.match(fold(found)):
        return None  # "C'est quoi les cinq actions du plan ?": its items, a list
    spoken = _SPOKEN_OF.match(fold(found)) if found else None
    if spoken and spoken.end() < len(found):  # "Sandrine parle des DAP : c'est quoi ?": the DAP
        found = found[spoken.end():] if len(fold(found)) == len(found) else fold(found)[spoken.end():]
    return found


# who speaks of the thing to define, before it: "Sandrine parle des…", "le docteur a évoqué la…" (folded)
_SPOKEN_OF = re.compile(r".*?\b(?:parle|parlait|parlent|a parle|ont parle|evoque|evoquait|a evoque|mentionne|"
                        r"mentionnait|a mentionne|a cite)\s+(?:de la |de l'|des |du |de |d'un |d'une |d'|la |le |"
                        r"les |l'|un |une )")


_COUNTED_ITEMS = re.compile(r"\s*(?:les\s+)?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s+[a-z]")


# the question's last word, or "au juste", before its "?" (an adverb that only insists: "…, exactement ?")
_LAST_WORD = re.compile(r"[,\s]+(au juste|[^\W\d_]+)\s*\?\s*$", re.I)


# "…, Thomas Roussel parle d'un « plan de crise conjoint » : c'est quoi ?": the name quoted just before the ask
_QUOTED_THEN_ASKED = re.compile(r"[«\"“]\s*(?P<t>[^«»\"“”]{2,60}?)\s*[»\"”][^«»\"“”,:;?]{0,30}?\s*[,:;]?\s*"
                                r"(?:c'est quoi|ca veut dire quoi|qu'est-ce que c'est|ca designe quoi|ca signifie quoi)"
                                r"\s*[?.!]*\s*$")


def _quoted_target(question: str) -> str | None:
    folded = fold(question)
    m = _QUOTED_THEN_ASKED.search(folded)
    if not m:
        return None
    return _as_written(question, folded, m).strip()


def _as_written(question: str, folded: str, match: re.Match[str]) -> str:
    """The target a pattern found on the folded question, in the question's own letters when folding kept its
    length (accents and capitals back: "DAC", "santé")."""
    start, end = match.span("t")
    return question[start:end] if len(folded) == len(question) else match.group("t")


_CLAUSE = re.compile(r"[,;:]\s+")


_PRONOUN_FIRST = re.compile(r"(?:je|j'|tu|il|ils|elle|elles|on|nous|vous)\b")
_QUESTION_WORD_FIRST = re.compile(r"(?:quel|quelle|quels|quelles|que|qu'|quoi|comment|pourquoi)\b")


def _definition_target(question: str) -> str | None:
    folded = fold(question)
    if folded.lstrip().startswith("c'est quoi") and expected_type(question):
        return None  # "c'est quoi le budget 2026 du CLSM ?": a value asked as "quel est le budget…"
    for pattern in _DEFINITION:
        m = pattern.search(folded)
        if not m:
            continue
        target = _as_written(question, folded, m).strip(" '’\"«»")
        target = _without_where_said(target)
        words = target.split()
        asking = folded[:m.end()]  # not a later ask ("What is a GEM, and how many members…?")
        if _QUESTION_WORD_FIRST.match(fold(target)) or _PRONOUN_FIRST.match(fold(target)):
            continue  # "Quels critères entrent dans la définition… ?", "Quelle signification ?", "qu'est-ce que je
            # dois faire ?": no thing named
        if 1 <= len(words) <= 8 and re.search(r"\w", target) \
                and not re.search(r"\b(?:combien|quand|pourquoi|how many|how much)\b", asking) \
                and not _CONJUGATED.search(target.lower()):
            return target
    return None


# "Que signifie CCSC dans la fiche de poste du… ?", "… selon le webinaire ?": where it is said, not what is asked.
_WHERE_SAID = re.compile(r"\s+(?:dans|selon|d['’]apr[eè]s|au sein d[eu])\s+(?:(?:le|la|les|ce|cet|cette|ces|son|sa|ses|"
                         r"leur|leurs|un|une)\s+|l['’])", re.I)


def _without_where_said(target: str) -> str:
    """The target without the clause saying where it is said, when it names an acronym or the clause names a
    document ("CCSC dans la fiche de poste du…" -> "CCSC"); "la santé dans la ville" stays whole."""
    relative = _RELATIVE.split(target, maxsplit=1)[0].strip(" '’\"«»")  # "la CRIP dont a parlé la pédopsychiatre"
    if relative != target.strip(" '’\"«»") and any(is_acronym(w) for w in relative.split()):
        target = relative
    set_apart = _SET_APART_WHERE.match(target)
    if set_apart:
        return set_apart.group(1)  # "une sentinelle, dans le projet Vigie Aînés": where, after a comma
    parts = _WHERE_SAID.split(target, maxsplit=1)
    head = parts[0].strip(" '’\"«»")
    if len(parts) == 1 or not head:
        return target
    return head if any(is_acronym(w) for w in head.split()) or names_a_document(target[len(parts[0]):]) else target


_SET_APART_WHERE = re.compile(r"\s*(.+?)\s*,\s*(?=(?:dans|selon|d['’]apr[eè]s|au sein d[eu]|chez|pour)\s)", re.I)
_RELATIVE = re.compile(r"\s+(?:dont|qui|que)\b\s*|\s+qu['’]\s*", re.I)


# "Qu'est-ce que les gens ont le plus réclamé ?", "qu'est-ce que le CLSM a permis ?": a verb after the subject
# asks what was done, not what the subject is.
_CONJUGATED = re.compile(r"(?<!\w)(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront|fait|font|"
                         r"peut|peuvent|va|vont)\s+\S")  # read on the question's own letters: "à" is no verb


def asks_for_list(question: str) -> bool:
    """True when the question asks for several items (missions, steps, levers, ways to…)."""
    folded = fold(question)
    return bool(_LIST.search(folded)) and not _NOT_LIST.search(folded)


# "Les hommes ou les femmes se suicident-ils davantage ?", "…, les hommes ou les femmes ?": a choice between two
# things named by a word each; the sentence that names one of them answers.
_DETERMINER = r"(?:(?:un|une|les|le|la|des|du|ce|cette|ces)\s+|[ld]')?"
_CHOICE = re.compile(r"(?:^|[\s,(])" + _DETERMINER + r"(?P<a>[^\W\d_][\w-]*)\s+ou\s+" + _DETERMINER
                     + r"(?P<b>[^\W\d_][\w-]*)")
# Questions that ask for something else than a choice ("quels outils ou ressources…", "comment ou par qui…").
_NOT_CHOICE = re.compile(r"^\s*(?:quel(?:le)?s?|comment|combien|pourquoi|quand|ou|que|qu'|what|which|how|when|why)\b")


def choice_alternatives(question: str) -> tuple[str, str] | None:
    """The two words a question asks to choose between ("hommes", "femmes"), or None."""
    folded = fold(question)
    if _NOT_CHOICE.match(folded):
        return None
    m = _CHOICE.search(folded)
    if not m:
        return None
    a, b = m.group("a"), m.group("b")
    if not (content_terms(a) and content_terms(b)) or content_terms(a) == content_terms(b) or "non" in (a, b):
        return None  # "plus ou moins", "ou non", "et/ou"
    return a, b
