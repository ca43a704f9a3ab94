"""Query analysis: weighted terms, glossary and related-word expansions, the answer type and shape asked for,
comparison sides, places and years, and follow-up resolution."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from assistant.models import Turn
from assistant.search.related_words import related_terms
from assistant.search.answer_types import (asked_type, asks_hour, expected_type, has_question_word, later_asks,
                                           most_words, type_words)
from assistant.search.constraints import THE_REGION, asks_the_region, places, years
from assistant.search.english_words import in_french
from assistant.search.familiar_words import formal_words
from assistant.store.glossary import Glossary
from assistant.search.question_kinds import asks_for_list, choice_alternatives, definition_target
from assistant.text import (PREFIX_MARK, content_terms, fold, is_acronym, is_english, prefix_term, term,
                            without_contacts, words)

# "X vs Y", "différence(s) entre X et Y", "comparer X et Y", "X et Y : quelles différences", "X ou Y ?"
_COMPARISONS = [
    # ("contre" compares names: "CLS contre CLSM", "le CLS contre le CLSM"; "une action contre la stigmatisation",
    # "contre sa volonté" act against something)
    re.compile(r"^(?P<a>.+?)\s+(?:vs\.?|versus|v\.s\.|contre(?=\s+(?:(?:le|la|les|l['’])\s*)?(?-i:[A-ZÀ-Ý])))\s+(?P<b>.+)$",
               re.I),
    # "Quelle différence de public entre le module Standard et le module Jeunes ?": what differs, then the sides
    re.compile(r"diff(?:[ée]ren(?:ce|ces|cier))?\s+(?:de|d['’])\s*[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+entre\s+(?P<a>.+?)"
               r"\s+(?:et|avec)\s+(?P<b>.+)$", re.I),
    re.compile(r"diff(?:[ée]ren(?:ce|ces|cier))?\s+(?:entre\s+|de\s+)?(?P<a>.+?)\s+(?:et|avec)\s+(?P<b>.+)$", re.I),
    re.compile(r"compar(?:er|aison|e)\s+(?:entre\s+)?(?P<a>.+?)\s+(?:et|avec|à)\s+(?P<b>.+)$", re.I),
    re.compile(r"^(?P<a>.+?)\s+et\s+(?P<b>.+?)\s*:\s*(?:quelles?|comment|quels?)\b.*$", re.I),
    # "ASV et CLSM, c'est quoi la diff ?", "CLS et CLSM : la différence ?"
    re.compile(r"^(?P<a>.+?)\s+et\s+(?P<b>.+?)\s*[:,]\s*.{0,25}?\bdiff(?:[ée]rences?|s)?\b.*$", re.I),
    # "Baby blues ou vraie dépression, comment on fait la différence ?"
    re.compile(r"^(?P<a>.+?)\s+ou\s+(?P<b>.+?)\s*[:,]\s*.{0,30}?\bdiff(?:[ée]rences?|s)?\b.*$", re.I),
    # "Obligation de soins, injonction de soins : c'est quoi la différence ?", "CMP / CMPP : quelle différence ?"
    # (not a scene set before the comma: "Depuis 2023, le CLSM : quelles différences ?")
    re.compile(r"^(?!(?:depuis|sur|dans|en|pour|selon|d['’]apr[èe]s|ok|oui|non|merci|bon|alors|apr[èe]s|avant|à|au|"
               r"aux)\b)(?P<a>[^,:/?]+?)\s*[,/]\s*(?P<b>[^,:/?]+?)\s*:\s*.{0,25}?\bdiff(?:[ée]rences?|s)?\b.*$", re.I),
    # "Atelier santé ville et CLSM, c'est pareil ?", "CMP et CMPP : la même chose ?"
    re.compile(r"^(?P<a>.+?)\s+et\s+(?P<b>.+?)\s*[:,]\s*(?:c['’]est\s+)?(?:pareil|la\s+m[êe]me\s+chose|identiques?)\b.*$",
               re.I),
    # "Qu'est-ce qui distingue un CAARUD d'un CSAPA ?", "En quoi la CJC se distingue-t-elle du CSAPA ?"
    re.compile(r"\bdistingu(?:e|ent|er)\s+(?P<a>.+?)\s+(?:de|d['’])\s*(?:celles?|ceux|celui)\s+(?:de\s+la|de\s+l['’]|de|du|"
               r"des|d['’])\s*(?P<b>[^?]+)\??\s*$", re.I),  # "…les missions du CLSM de celles du PTSM ?"
    re.compile(r"\bdistingu(?:e|ent|er)\s+(?P<a>.+?)\s+(?:des\s+|du\s+|de\s+|d['’]\s*)(?P<b>[^?]+)\??\s*$", re.I),
    re.compile(r"^(?:(?:en quoi|comment|pourquoi)\s+)?(?P<a>.+?)\s+se\s+distingu\w*(?:-t-(?:il|elle|ils|elles))?\s+"
               r"(?:des\s+|du\s+|de\s+|d['’]\s*)(?P<b>[^?]+)\??\s*$", re.I),
    re.compile(r"^(?:(?:faut-il|vaut-il mieux|choisir)\s+)?(?P<a>[^?]+?)\s+ou\s+(?P<b>[^?]+?)\s*\?\s*$", re.I),
]
_EITHER = _COMPARISONS[-1]
_COMPARING_WORDS = re.compile(r"\b(?:diff[ée]ren\w*|diffs?|compar\w*|distingu\w*|pareils?|versus|vs)\b", re.I)
EITHER_MAX_WORDS = 6  # "X ou Y ?" is a comparison only between two short names
_SIDE_TAIL = re.compile(r"\s*[:?!.]+.*$|\s+(?:quelles?|quels?)\s+diff[ée]rences?.*$", re.I)
_FOLLOW_UP_START = re.compile(r"^(?:et|mais|aussi|pareil|idem|même question|et pour|et dans|et en|et à|and|what about)\b",
                              re.I)
# Words that point back to something said before ("qui le finance ?", "son rôle", "ce dispositif").
_ANAPHORA = re.compile(r"\b(?:il|elle|ils|elles|lui|leur|leurs|son|sa|ses|y|ce|cet|cette|ces|"
                       r"celui-ci|celle-ci|ceux-ci|ce dernier|cela|ça|it|its|they|their|this|these)\b", re.I)
OWN_SUBJECT_TERMS = 2  # a question with this many content words of its own (places and years aside) stands alone
PREVIOUS_TURN_WEIGHT = 0.5
PREAMBLE_WEIGHT = 0.5  # a word of the sentences before the question ("Je coordonne un CLSM. Comment…?")
# a sentence's end, not an initial's nor a title's ("chez Monsieur R. ?", "Qui est M. Dupont ?", "le Dr. Martin"),
# and never before a lone "?"
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bDr\.)(?<!\bPr\.)(?<!\bMme\.)(?<!\bMr\.)(?<!\bSt\.)"
                       r"\s+(?=[^\s?!])")
_SPACES = re.compile(r"\s+")
TRANSLATION_WEIGHT = 1.0  # a French word an English question's word translates to ("caretakers": "gardien")
OTHER_TRANSLATION_WEIGHT = 0.6  # a less usual one ("gardiens d'immeuble")
TYPE_WORD_WEIGHT = 0.2  # a word naming the kind of value asked ("durée", "nombre") counts little
# A long form typed in full names the same thing as its acronym: the acronym counts as a typed word.
LONG_FORM_TO_ACRONYM_WEIGHT = 1.0
# Word-family prefixes match morphology the stemmer misses, at a fraction of a word's weight.
PREFIX_WEIGHT = 0.4
FAMILIAR_WEIGHT = 0.8  # a formal word for a familiar one typed ("chez le psy": "psychiatre")


@dataclass(frozen=True)
class QuerySide:
    """One side of a comparison: its words and weighted terms."""

    text: str
    terms: dict[str, float]


@dataclass(frozen=True)
class QueryAnalysis:
    """What retrieval needs to know about a question."""

    question: str
    text: str  # the question after follow-up resolution (what the embedder reads)
    typed_terms: tuple[str, ...]  # content terms the person wrote (after resolution)
    terms: dict[str, float]  # typed terms (weight 1) + expansions (their own weight) + earlier turns
    sides: tuple[QuerySide, ...] = ()
    # what a comparison compares its sides on, when the question says it before them ("Délai d'un premier
    # rendez-vous : CMP de Liré vs CMP de Gesvres ?"): its words weigh fully in choosing each side's sentences
    compared_on: frozenset[str] = frozenset()
    expansions: dict[str, list[str]] = field(default_factory=dict)
    follow_up: bool = False
    # "et en Occitanie ?" after "Combien de CLSM actifs en France ?": the answer read already, whose values are
    # another place's or year's
    answered_before: str = ""
    answer_type: str | None = None  # "count", "duration", "share", "date" (answer_types.py) or None
    kind: str = "open"  # "definition", "comparison", "list", "value" or "open": the shape of the answer
    target: str | None = None  # what a definition question asks about ("DAC")
    places: tuple[str, ...] = ()  # regions or country named (constraints.py), inherited by a follow-up
    years: tuple[str, ...] = ()
    named: dict[str, float] = field(default_factory=dict)  # documents the question names (metadata.py), by doc id
    # "les hommes ou les femmes… ?": the terms of each thing to choose between, with their related words
    # ("masculins", "féminines"); a sentence naming one of them answers
    alternatives: tuple[frozenset[str], ...] = ()
    # asked in English: the terms of the French words its own translate to ("caretakers": "gardien"), which name
    # what is asked, not a document
    translated: frozenset[str] = frozenset()


def expand(text: str, glossary: Glossary, weight: float) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Glossary expansions both ways: an acronym adds its long form's terms, a long form adds its acronym."""
    typed = set(content_terms(text))
    tokens = {w for w in words(text)}
    added: dict[str, float] = {}
    shown: dict[str, list[str]] = {}
    for acronym, forms in glossary.entries.items():
        acro_terms = content_terms(acronym)
        if not any(forms.values()) and not re.search(rf"\b{re.escape(acronym)}s?\b", text):
            continue  # a general acronym the corpus never defines, typed in capitals ("AAP"; not "un ami")
        if fold(acronym) in tokens or fold(acronym) + "s" in tokens:
            for long_form in forms:
                long_terms = [t for t in content_terms(long_form) if t not in typed]
                for t in long_terms:
                    added[t] = max(added.get(t, 0.0), weight / max(1.0, len(long_terms) ** 0.5))
                shown.setdefault(acronym, []).append(long_form)
        else:
            for long_form, defined in forms.items():
                if not defined:  # a general acronym the corpus never defines: not what it searches by
                    continue
                long_terms = content_terms(long_form)
                if long_terms and all(t in typed for t in long_terms):
                    for t in acro_terms:
                        if t not in typed:
                            added[t] = max(added.get(t, 0.0), LONG_FORM_TO_ACRONYM_WEIGHT)
                    shown.setdefault(acronym, []).append(long_form)
                    break
    return added, shown


def weighted_terms(text: str, glossary: Glossary, expansion_weight: float):
    """(typed terms, weighted terms with expansions and word-family prefixes, expansions shown)."""
    typed = content_terms(text)
    terms = {t: 1.0 for t in typed}
    added, shown = expand(text, glossary, expansion_weight)
    for t, w in added.items():
        terms.setdefault(t, w)
    for t in related_terms(frozenset(typed)):  # "hommes" finds "masculins", "payer" finds "financé"
        terms.setdefault(t, expansion_weight)
    for formal in formal_words(text):  # "chez le psy" finds "psychiatre", "l'hosto" finds "hôpital"
        formal_ones = {t for word in formal for t in content_terms(word)}
        for t in formal_ones:
            terms.setdefault(t, FAMILIAR_WEIGHT)
    for t, w in list(terms.items()):
        prefix = prefix_term(t)
        if prefix:
            terms[prefix] = max(terms.get(prefix, 0.0), w * PREFIX_WEIGHT)
    return typed, terms, shown


# "entre une Maison des adolescents…", "…et le CLSM": the words before a side's name are not its name
_SIDE_HEAD = re.compile(r"^(?:(?:entre|les?|la|une|un|des)\s+|l['’]\s*)+", re.I)


def comparison_sides(question: str) -> tuple[str, str] | None:
    """The two things compared, when the question is a comparison."""
    found = _comparison(question)
    return found[:2] if found else None


def _comparison(question: str) -> tuple[str, str, str] | None:
    """The two things compared and what they are compared on when the question says it before a colon
    ("Délai d'un premier rendez-vous : CMP de Liré vs CMP de Gesvres ?") or with the ask ("…: quelle différence
    de public ?"), else ""."""
    q = question.strip()
    for pattern in _COMPARISONS:
        m = pattern.search(q)
        if not m:
            continue
        a = m.group("a").strip(" :,-")
        topic = ""
        if "," in a and content_terms(a.rsplit(",", 1)[1]):
            a = a.rsplit(",", 1)[1]  # "À Strasbourg, ASV et CLSM…": what precedes the comma sets the scene
        if " : " in a and (content_terms(a.rsplit(" : ", 1)[1]) or _YEAR_ONLY.match(a.rsplit(" : ", 1)[1])):
            # "Nombre de CLSM en France : 2011 vs 2024 ?", "Délai d'un premier rendez-vous : CMP de Liré vs CMP de
            # Gesvres ?": what is compared, then the sides
            topic, a = a.rsplit(" : ", 1)
        a = re.split(r"\bentre\s+", a, flags=re.I)[-1]  # "Quelle différence fait l'équipe entre X et Y ?"
        a = _SIDE_HEAD.sub("", a.strip(" :,-"))
        written_b = _SIDE_TAIL.sub("", m.group("b")).strip(" :,-")
        b = _SIDE_HEAD.sub("", written_b)
        if pattern is _EITHER and (max(len(a.split()), len(written_b.split())) > EITHER_MAX_WORDS or (
                len(a.split()) == 1 < len(written_b.split()) and choice_alternatives(q))):
            continue  # "les hommes ou les femmes se suicident-ils davantage ?" asks to choose, compares nothing
        if _YEAR_ONLY.match(a) and _YEAR_ONLY.match(b):
            return None  # "…, 2024 vs 2025 ?", "différence de coût entre 2023 et 2024 ?": one value, two years
        aspect = _ASPECT.search(q)  # "PSSM Standard vs PSSM Jeunes : quelle différence de public ?"
        said_in_b = _ASPECT.search(b)
        if said_in_b and content_terms(b[:said_in_b.start()]):
            b = b[:said_in_b.start()].strip(" :,-")  # "…entre CLSM et ASV côté périmètre ?": the side is "ASV"
        for_whom = _FOR_WHOM.search(b)
        if for_whom and not _FOR_WHOM.search(a) and content_terms(b[:for_whom.start()]):
            # "…entre la halte-répit et l'accueil de jour pour la personne aidée ?": for whom both are compared
            b = b[:for_whom.start()].strip(" :,-")
        if _CLAUSE.match(a) and _CLAUSE.match(b):
            continue  # pronoun: "Je suis sous traitement et je sors un samedi : comment… ?" tells a situation
        if content_terms(a) and content_terms(b):
            return a, b, topic or (aspect.group("aspect") if aspect else "")
    return None


_CLAUSE = re.compile(r"(?:je|j['’]|tu|il|elle|on|nous|vous|ils|elles)\s", re.I)  # both sides opening on a subject


_FOR_WHOM = re.compile(r"\s+pour\s+((?:les?|la|l['’]|une?|leurs?|son|sa|ses)\s*[^?:;,]+)$", re.I)
# What two things are compared on, said with the ask: "quelle différence de public ?", "différence d'échelle
# d'intervention", "…côté périmètre géographique ?", "en termes de financement"
_ASPECT = re.compile(r"\b(?:diff[ée]rences?\s+(?:de|d['’]|du|des)|c[ôo]t[ée]|en\s+termes?\s+(?:de|d['’])|"
                     r"sur\s+le\s+plan\s+(?:de|d['’]|du|des)|au\s+niveau\s+(?:de|d['’]|du|des))\s*"
                     r"(?P<aspect>[^\W\d_][^?:;,!]*?)\s*(?:[?:;,!]|\bentre\b|$)", re.I)


# "2024", "en 2025", "2022-2023" (a school or financial year)
_YEAR_ONLY = re.compile(r"(?:en\s+)?(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?\s*[?.!]*$", re.I)


_CAPITALISED = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-ZÀ-Ý][\w'’-]+(?:\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])?"
                          r"[A-ZÀ-Ý][\w'’-]+)*)")
_QUOTED = re.compile(r"[«\"“]\s*([^»\"”]{3,60}?)\s*[»\"”]")


def quoted_names(question: str) -> list[str]:
    """The names a question writes between quotes ("le programme « Un chez-soi d'abord »")."""
    return [m.group(1) for m in _QUOTED.finditer(question)]


# "le dispositif Mon soutien psy": a capitalised article or possessive starts a name that runs on.
TITLE_ARTICLES = ("Mon", "Ma", "Mes", "Le", "La", "Les", "Un", "Une", "Nos", "Notre")  # a name may open on one
_TITLED = re.compile(r"(?<!^)(?<![.?!]\s)\b((?:" + "|".join(TITLE_ARTICLES) + r")\s+[\w'’-]+(?:\s+(?!(?:et|ou|pour|avec|dans|"
                     r"de|du|des|en|à|a|au|aux|sur|par|chez|que|qui|ses|son|sa|leur|leurs|combien|quand|comment|pourquoi|quel|quelle|"
                     r"quels|quelles|où)\b)[\w'’-]+){0,3})")


def _titled_name(name: str) -> str:
    """A name opening on an article: "Mon soutien psy" whole, but "La Boussole compte…" is "La Boussole" (a name
    written with capitals ends at its last capital; the words after it say something of it)."""
    article, _, rest = name.partition(" ")
    if not rest[:1].isupper():
        return name
    return f"{article} {_CAPITAL_RUN.match(rest).group()}"


_CAPITAL_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])?[A-ZÀ-Ý][\w'’-]*)*")


# "une formation Premiers secours en santé mentale": a capital inside a sentence starts a name, with the
# words written after it (up to a small word).
_NAME_WORDS = re.compile(r"(?<!^)(?<![.?!]\s)(?<![\w'’-])([A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?!(?:en|de|du|des|et|ou|pour|avec|dans|sur|"
                         r"par|à|au|aux|la|le|les|un|une|qui|que|combien|quand|comment|pourquoi|quel|quelle|quels|"
                         r"quelles|où)\b)"
                         r"(?![a-zà-ÿ'’]*-(?:t-)?(?:il|elle|ils|elles|on)\b)"  # "a-t-elle", "est-il": the verb, not the name
                         r"(?!(?:[cdjlmnst]|qu)['’])"  # "…de Montclavel l'équipe a suivis": an article, another noun
                         r"[a-zà-ÿ'’-]{3,}){1,3})")


# A title before a person's name is no part of it ("la Dre Rohou": the corpus writes "la docteure Rohou")
_HONORIFIC = re.compile(r"^(?:Dr|Dre|Docteur|Docteure|Pr|Pre|Professeur|Professeure|Me|Maître|Mme|Mlle|M)\.?\s+")


class NamePhrase(str):
    """A capitalised word and the words after it ("Premiers secours"): a name only if the corpus never
    writes that word with a capital inside a sentence, as it does a place ("Amiens mène-t-elle…")."""

    @property
    def head(self) -> str:
        return self.split()[0]


_INNER_CAPITAL = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")  # a name written with a capital inside it ("pHARe", "PsyCom")


def key_notions(question: str) -> list[str]:
    """What a question is specifically about: its acronyms, its names written with a capital (not the
    first word, "Mon soutien psy" whole), the regions it names, and what it puts in quotes."""
    out = [w for w in re.findall(r"[^\W_]+", question) if is_acronym(w) or _INNER_CAPITAL.search(w)]
    out += [_HONORIFIC.sub("", m.group(1)) for m in _CAPITALISED.finditer(question.strip())
            if not is_acronym(m.group(1)) and _HONORIFIC.sub("", m.group(1))]
    out += [_titled_name(m.group(1).rstrip(" ?!.")) for m in _TITLED.finditer(question.strip())]
    out += [NamePhrase(_HONORIFIC.sub("", m.group(1))) for m in _NAME_WORDS.finditer(question.strip())]
    out += quoted_names(question)
    # a title alone ("Selon le Dr. Rohou" cut at its dot, "la Dre") names no one
    return [n for n in dict.fromkeys(out) if content_terms(n) and not _HONORIFIC.fullmatch(f"{n} ")]


def stands_alone(question: str) -> bool:
    """True when the question names its own subject: an acronym, a thing to define, or enough content words
    besides places and years. "C'est quoi un DAC ?" stands alone; "et en Occitanie ?" and "qui le finance ?"
    do not."""
    if any(is_acronym(w) and not places(w) for w in re.findall(r"[^\W_]+", question)):
        return True
    if definition_target(question):
        return True
    place_or_year = {t for p in places(question) for t in content_terms(p)} | set(years(question))
    own = [t for t in content_terms(question) if t not in place_or_year and not t.isdigit()]
    return len(own) >= OWN_SUBJECT_TERMS and not (len(own) == OWN_SUBJECT_TERMS and _ANAPHORA.search(question))


def is_follow_up(question: str, conversation: Sequence[Turn]) -> bool:
    """A question is read with the previous turn only when it cannot stand alone."""
    if not conversation:
        return False
    return bool(_FOLLOW_UP_START.match(question.strip())) or not stands_alone(question)


# Abbreviations typed in a hurry, spelled out as documents write them: "St Vaast" is "Saint-Vaast", "nb de
# situations" is "nombre de situations".
_SAINT = re.compile(r"\b(St|Ste)\.?[\s-]+(?=[A-ZÀ-Ý])")
_NUMBER_OF = re.compile(r"\b(?:nb|nbre)\b\.?(?=\s+d)", re.I)


# how short an answer is wished ("en deux mots", "en bref", "in a nutshell"): it names nothing asked
_ASIDE = re.compile(r",?\s*\b(?:en (?:deux|trois|quelques|peu de) mots|en un mot|en bref|en r[ée]sum[ée]|en gros|"
                    r"en somme|in a nutshell|in short|in a few words)\b(?=\s*[,?.!]|\s*$)", re.I)


OPEN_WORDS = frozenset("ouvre ouvrent ouvert ouverte ouverts ouvertes open".split())


def asking_part(question: str) -> tuple[str, str]:
    """(what is asked, what comes before it): e-mail addresses, phone numbers and links left out, and the
    sentences before the first one that asks ("Bonjour, je coordonne un CLSM à Albi. Que veut dire PTSM ?")
    set apart: their words still count, but not their places and years, nor their shape."""
    text = _SPACES.sub(" ", without_contacts(question)).strip(" ,;")
    text = _NUMBER_OF.sub("nombre", _SAINT.sub(lambda m: "Saint-" if m.group(1) == "St" else "Sainte-", text))
    text = _ASIDE.sub("", text).strip(" ,;")  # "C'est quoi la postvention, en deux mots ?": how short, not what
    sentences = _SENTENCE.split(text)
    asking = next((i for i, s in enumerate(sentences) if s.rstrip().endswith("?")), 0)
    return " ".join(sentences[asking:]), " ".join(sentences[:asking])


# A follow-up naming only another place or year: "et en France ?", "Et pour 2023 ?", "et en Bretagne ?"
_ONLY_ANOTHER = re.compile(r"^\s*(?:et|mais|and)?\s*(?:(?:en|à|a|au|aux|dans|pour|sur|in|for)\s+)?(?:(?:l['’]|la|le|les|the)\s*)?"
                           r"(?P<what>[^?,;:]+?)\s*\?*\s*$", re.I)


def _with_place_or_year_of(previous: str, question: str) -> str | None:
    """The previous question with its one place or year replaced by the one a follow-up names and nothing else
    ("Combien de CLSM en Occitanie ?", "et en France ?" -> "Combien de CLSM en France ?"); None otherwise."""
    m = _ONLY_ANOTHER.match(question)
    if not m:
        return None
    what = m.group("what")
    new_places, new_years = places(what), years(what)
    old_places, old_years = places(previous), years(previous)
    if new_places and not new_years and len(old_places) == 1 and old_places != new_places:
        name = next(iter(old_places))  # "hauts-de-france", written with or without its hyphens
        folded = fold(previous)
        old = next((i for i in (folded.find(name.replace("-", " ")), folded.find(name)) if i >= 0), -1)
    elif new_years and not new_places and len(old_years) == 1 and old_years != new_years:
        name = next(iter(old_years))
        old = previous.find(name)
    else:
        return None
    own = set(content_terms(what)) - {t for p in new_places for t in content_terms(p)} - set(new_years)
    if old < 0 or own:  # the old one not found as written, or the follow-up says more ("et les jeunes en France ?")
        return None
    return f"{previous[:old]}{what.strip()}{previous[old + len(name):]}"


def analyse(question: str, glossary: Glossary, expansion_weight: float,
            conversation: Sequence[Turn] = (), standalone: bool = False) -> QueryAnalysis:
    """Analyse a question; with `standalone`, never read it with the previous turn (the person undid it)."""
    question, preamble = asking_part(question)
    follow_up = not standalone and is_follow_up(question, conversation)
    typed, terms, shown = weighted_terms(question, glossary, expansion_weight)
    if preamble:
        preamble_places = {t for p in places(preamble) for t in content_terms(p)}
        for t, w in weighted_terms(preamble, glossary, expansion_weight)[1].items():
            if t not in preamble_places:
                terms.setdefault(t, w * PREAMBLE_WEIGHT)
    text = question
    if follow_up and (instead := _with_place_or_year_of(conversation[-1].question, question)):
        # "et en France ?" after "Combien de CLSM en Occitanie ?" asks "Combien de CLSM en France ?", read alone
        analysis = analyse(instead, glossary, expansion_weight)
        return replace(analysis, follow_up=True, answered_before=conversation[-1].answer)
    if follow_up:
        previous = conversation[-1].question
        text = f"{previous} {question}"
        _, earlier, _ = weighted_terms(previous, glossary, expansion_weight)
        for t, w in earlier.items():
            terms.setdefault(t, w * PREVIOUS_TURN_WEIGHT)
    answer_type = asked_type(question)
    if answer_type is None and follow_up and not has_question_word(question):
        answer_type = expected_type(conversation[-1].question)  # "et en Occitanie ?" after "combien…"
    naming_the_value = type_words(answer_type, question) | most_words(question)  # folded: "duree", "souvent"
    for ask in later_asks(question):  # "Qui est la référente…, et comment la joindre ?": "joindre" names a contact
        naming_the_value |= type_words(expected_type(ask))
    if re.search(r"\ba jour\b", fold(question)):
        naming_the_value -= {"jour"}  # "mise à jour" is what is dated, no day asked
    if asks_hour(question):  # "Il ouvre quand, le PAEJ ?": its hours are asked, not the word "ouvert"
        naming_the_value |= OPEN_WORDS
    for word in words(question):  # "pour quelle durée", "le plus souvent": look for a duration or for
        # what comes first, not for the words "durée" or "souvent" (the question's own accented words are
        # stemmed, as its terms were: "durée" and "duree" have different stems)
        if fold(word) not in naming_the_value:
            continue
        for t in content_terms(word):
            if t in terms:
                terms[t] = min(terms[t], TYPE_WORD_WEIGHT)
    sides: tuple[QuerySide, ...] = ()
    compared = _comparison(question)
    if compared:
        sides = tuple(
            QuerySide(side, weighted_terms(side, glossary, expansion_weight)[1]) for side in compared[:2]
        )
        # "…, comment on fait la différence ?": the words asking to compare are no subject ("c'est ce qui fait la
        # différence" says nothing of either side)
        asking = {t for word in _COMPARING_WORDS.findall(question) for t in content_terms(word)}
        terms = {t: min(w, TYPE_WORD_WEIGHT) if t.lstrip(PREFIX_MARK) in asking else w for t, w in terms.items()}
    translated: frozenset[str] = frozenset()
    if is_english(question):
        # English words match this French corpus only in its English references: keep what crosses
        # languages (names, acronyms, numbers, places), add the French words the lexicon translates the others
        # to, and let the multilingual model read the rest.
        kept = {term(w) for w in re.findall(r"[^\W_]+", question)[1:] if w[:1].isupper() or w[:1].isdigit()}
        kept |= {term(w) for w in re.findall(r"[^\W_]+", question) if is_acronym(w) or w.isdigit()}
        terms = {t: w for t, w in terms.items() if t in kept or t.lstrip(PREFIX_MARK) in kept}
        # an acronym's long form is French, as the documents write it ("CLSM": "conseil local de santé mentale")
        # (not an acronym inside a name: "the MDA-bus")
        acronyms = " ".join(w for w in re.findall(r"(?<![\w-])[^\W_]+(?![\w-])", question) if is_acronym(w))
        for t, w in (weighted_terms(acronyms, glossary, expansion_weight)[1].items() if acronyms else ()):
            terms.setdefault(t, w)
        for region in places(question):  # "Brittany" is looked for as "Bretagne"
            terms.update({t: 1.0 for t in content_terms(region) if t not in terms})
        # "caretakers" is looked for as "gardien", "local mental health council" as its acronym too
        crossing = set(terms)
        for french, weight in zip(in_french(question), (TRANSLATION_WEIGHT, OTHER_TRANSLATION_WEIGHT)):
            for t, w in weighted_terms(french, glossary, expansion_weight)[1].items():
                terms.setdefault(t, w * weight)
        translated = frozenset(terms) - crossing
    asked_places, asked_years = places(question), years(question)
    if asks_the_region(question):
        asked_places |= {THE_REGION}
    if follow_up:
        asked_places = asked_places or places(conversation[-1].question)
        asked_years = asked_years or years(conversation[-1].question)
    target = None if sides else definition_target(question)
    if target:
        # "Que signifie PAEJ ?": the words that ask for a definition are not what to look for ("signifie"
        # would find "significatif"); the thing to define is.
        def with_prefixes(words: frozenset[str]) -> frozenset[str]:
            return words | frozenset(p for p in map(prefix_term, words) if p)

        asking = with_prefixes(frozenset(content_terms(question))) - with_prefixes(frozenset(content_terms(target)))
        terms = {t: min(w, TYPE_WORD_WEIGHT) if t in asking else w for t, w in terms.items()}
    kind = ("comparison" if sides else "definition" if target else "value" if answer_type
            else "list" if asks_for_list(question) else "open")
    choice = None if sides or answer_type else choice_alternatives(question)
    alternatives = tuple(frozenset(content_terms(w)) | related_terms(frozenset(content_terms(w)))
                         for w in choice) if choice else ()
    return QueryAnalysis(question=question, text=text, typed_terms=tuple(typed), terms=terms,
                         sides=sides, compared_on=frozenset(content_terms(compared[2])) if compared else frozenset(),
                         expansions=shown, follow_up=follow_up,
                         answer_type=answer_type, kind=kind, target=target,
                         places=tuple(sorted(asked_places)), years=tuple(sorted(asked_years)),
                         alternatives=alternatives, translated=translated)
