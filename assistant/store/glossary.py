"""Acronym glossary mined from the corpus itself ("Conseil local de santé mentale (CLSM)", "PTSM – Projet ...")."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from assistant.text import NAME_GOES_BY, content_terms, fold, is_stopword, normalise_for_match

_ACRONYM = r"[A-Z][A-Za-z0-9&]{1,9}"
_WORDS_BEFORE_PAREN = re.compile(rf"((?:[\w'’\-]+[ \u00a0]+){{1,12}})\(\s*({_ACRONYM})\s*\)")
# "l'atelier santé ville, l'ASV, …", "le conseil local de santé mentale, le CLSM, …", "une Maison des
# adolescents, ou MDA, …": the acronym in apposition
_ARTICLE = r"(?:l['’]|le[ \u00a0]+|la[ \u00a0]+|les[ \u00a0]+)"
_WORDS_BEFORE_APPOSITION = re.compile(  # a comma inside the long form too ("…en santé, sécurité et conditions…")
    rf"((?:[\w'’\-]+,?[ \u00a0]+){{0,11}}[\w'’\-]+),[ \u00a0]+(?:{_ARTICLE}|ou[ \u00a0]+(?:encore[ \u00a0]+)?{_ARTICLE}?"
    rf"|(?:{NAME_GOES_BY})[ \u00a0]+{_ARTICLE}?)({_ACRONYM})(?=[,.;:)\s])")
_ACRONYM_THEN_LONG = re.compile(
    rf"(?:^|[\s(•\-–—])({_ACRONYM})\s*(?:[–—:=]|-\s|\()\s*([A-ZÀ-Ýa-zà-ÿ][\w'’\- ]{{3,120}})"
)
# "… c'est la RESAD. C'est une réunion d'évaluation des situations d'adultes en difficulté": the acronym, then
# what it is, said in the same or the next sentence
_ACRONYM_THEN_SAID = re.compile(
    rf"\b([A-Z][A-Z0-9&]{{1,9}})\b[^\n.?!]{{0,40}}[.,:;]?\s*(?i:c['’]est|(?:ça |cela |qui )?veut dire|veulent dire|"
    rf"(?:qui )?signifie|(?:qui )?désigne)\s+(?i:un |une |le |la |l['’]|les )?([A-ZÀ-Ýa-zà-ÿ][\w'’\- ]{{3,120}})")
# "L'EMPPA, l'équipe mobile de psychiatrie de la personne âgée, a été créée…": the acronym, then its long form in
# apposition
_ACRONYM_THEN_APPOSITION = re.compile(
    rf"(?:^|[\s(•\-–—'’])({_ACRONYM}),[ \u00a0]+{_ARTICLE}([A-ZÀ-Ýa-zà-ÿ][\w'’\- ]{{3,120}})")
# A glossary table read one cell a line: "CAARUD", then "Centre d'accueil et d'accompagnement à la réduction…"
_ACRONYM_LINE_THEN_LONG = re.compile(rf"(?m)^[ \t]*({_ACRONYM})[ \t]*\n[ \t]*([A-ZÀ-Ýa-zà-ÿ][^\n]{{3,160}})$")
# A glossary's line, the acronym then its long form alone ("PFR : plateforme d'accompagnement et de répit des aidants")
_GLOSSARY_LINE = re.compile(rf"(?m)^[ \t•\-–—]*({_ACRONYM})[ \t]*[:–—=][ \t]*([A-ZÀ-Ýa-zà-ÿ][^\n\d]{{3,120}}?)[ \t.;]*$")
MAX_GLOSSARY_LINE_WORDS = 12
# "la grille RUD (risque, urgence, dangerosité)": one word a letter, in a list
_ACRONYM_THEN_WORDS = re.compile(rf"\b({_ACRONYM})\s*\(\s*([^()]{{5,120}}?)\s*\)")
_FOOTNOTE = re.compile(r"(?m)^\d{1,2}\.?[ \t]+([A-ZÀ-Ý][^\n]{3,200})")
_LONG_FORM_STOP = re.compile(r"[,.;:()\[\]\n]|\s[–—-]\s")
_MAX_SKIPPED = 2
_LEADING_ELISION = re.compile(r"^(?:[ld]|qu)['’]", re.I)


_REPEATED = re.compile(r"([2-4])([A-Za-z])")  # "F2RSM": F, R, R, S, M
# A place closing a long form before its acronym ("… en santé mentale des Hauts-de-France (F2RSM)")
_PLACE_TAIL = re.compile(r"^(?:de|des|du|d['’]\S+|en|pour)$", re.I)


def _is_acronym(token: str) -> bool:
    uppers = sum(c.isupper() for c in token)
    return uppers >= 2 and uppers >= len(token) - 2 and not token.isdigit()


def _initials_match(acronym: str, long_words: list[str], two_last: bool = False) -> bool:
    """True when the acronym's letters are the initials of the long form's content words, in order.

    The first and last content words must give the first and last letters; stopwords are skipped,
    and at most two content words may give no letter ("quartiers prioritaires de la politique de
    la ville" -> QPV). Letters may also come from inside a hyphenated word's parts.
    """
    letters = fold(re.sub(r"[^A-Za-z]", "", _REPEATED.sub(lambda m: m.group(2) * int(m.group(1)), acronym)))
    parts: list[str] = []
    for word in long_words:
        parts.extend(p for p in re.split(r"[-'’]", word) if p)
    content = [p for p in parts if p and not is_stopword(p) and p[0].isalpha()]
    initials = [fold(p)[0] for p in content]
    if not two_last:
        return len(letters) >= 2 and _spells(letters, initials)
    # (`two_last`) the last word gives two letters: "CCAPEX", "commission de coordination des actions de prévention des
    # EXpulsions" (tried when no long form spells it a letter a word)
    return len(letters) >= 4 and len(content) >= 3 and fold(content[-1])[:2] == letters[-2:] and _spells(
        letters[:-1], initials)


def _spells(letters: str, initials: list[str]) -> bool:
    if not initials or initials[0] != letters[0] or initials[-1] != letters[-1]:
        return False
    i, skipped = 0, 0
    for initial in initials:
        if i < len(letters) and initial == letters[i]:
            i += 1
        else:
            skipped += 1
    return i == len(letters) and skipped <= _MAX_SKIPPED


def _initials_but_one(letters: str, long_form: str) -> bool:
    """True when the initials of the long form's content words are the acronym's letters with one left out."""
    initials = "".join(fold(p)[0] for w in long_form.split() for p in re.split(r"[-'’]", w)
                       if p and p[0].isalpha() and not is_stopword(p))
    return any(letters[:i] + letters[i + 1:] == initials for i in range(len(letters)))


def _shortest_long_form(acronym: str, words: list[str]) -> str | None:
    """The shortest run of trailing words whose initials spell the acronym."""
    for start in range(len(words) - 1, -1, -1):
        candidate = words[start:]
        if _initials_match(acronym, candidate):
            return " ".join(candidate)
    return None


def _without_place(words: list[str]) -> list[str]:
    """The words without a place that closes them ("… mentale des Hauts-de-France"): up to three capitalised
    words after a small word."""
    for cut in range(len(words) - 1, max(0, len(words) - 4) - 1, -1):
        rest = words[cut + 1:]
        elided = bool(re.match(r"d['’][A-ZÀ-Ý]", words[cut]))  # "d'Occitanie"
        if _PLACE_TAIL.match(words[cut]) and all(w[:1].isupper() for w in rest) and (rest or elided):
            return words[:cut]
    return words


def _leading_long_form(acronym: str, words: list[str]) -> str | None:
    """The shortest run of leading words whose initials spell the acronym."""
    for end in range(1, len(words) + 1):
        if _initials_match(acronym, words[:end]):
            return " ".join(words[:end])
    return next((" ".join(words[:end]) for end in range(1, len(words) + 1)
                 if _initials_match(acronym, words[:end], two_last=True)), None)


def mine_pairs(text: str) -> list[tuple[str, str]]:
    """(acronym, long form) pairs defined in a text."""
    pairs = []
    for m in [*_WORDS_BEFORE_PAREN.finditer(text), *_WORDS_BEFORE_APPOSITION.finditer(text)]:
        acronym = m.group(2)
        if _is_acronym(acronym):
            words = m.group(1).split()
            long_form = _shortest_long_form(acronym, words) or _shortest_long_form(acronym, _without_place(words))
            if long_form:
                pairs.append((acronym, long_form))
    # A footnote that spells out an acronym of its page ("… le RESAD2 …", then "2 Réseau d'évaluation des
    # situations d'adultes en difficulté ; …"): the footnote's leading words whose initials are the acronym.
    used = {a for a in re.findall(rf"\b({_ACRONYM})\d?\b", text) if _is_acronym(a)}
    for m in _FOOTNOTE.finditer(text):
        words = _LONG_FORM_STOP.split(m.group(1))[0].split()
        for acronym in used:
            long_form = _leading_long_form(acronym, words)
            if long_form and len(long_form.split()) >= len(acronym) - _MAX_SKIPPED:
                pairs.append((acronym, long_form))
    for m in [*_ACRONYM_THEN_LONG.finditer(text), *_ACRONYM_THEN_SAID.finditer(text),
              *_ACRONYM_THEN_APPOSITION.finditer(text), *_ACRONYM_LINE_THEN_LONG.finditer(text)]:
        acronym = m.group(1)
        if _is_acronym(acronym):
            # a cell holds its long form whole ("Centre de soins, d'accompagnement et de prévention…")
            tail = m.group(2) if m.re is _ACRONYM_LINE_THEN_LONG else _LONG_FORM_STOP.split(m.group(2))[0]
            long_form = _leading_long_form(acronym, tail.split())
            if long_form:
                pairs.append((acronym, long_form))
    # a glossary's line gives the long form whole, even when the acronym takes a letter inside a word ("PFR":
    # "PlateForme de Répit…"): it starts with the acronym's letter and holds its letters in order
    defined = {a for a, _ in pairs}
    # (and a glossary's table read a cell a line, "EMPG" over "Équipe mobile de psychogériatrie", when the words'
    # initials give all its letters but the one inside a word)
    lines = [(m, False) for m in _GLOSSARY_LINE.finditer(text)] + [
        (m, True) for m in _ACRONYM_LINE_THEN_LONG.finditer(text)]
    for m, in_cells in lines:
        acronym, long_form = m.group(1), " ".join(m.group(2).split())
        letters = fold(re.sub(r"[^A-Za-z]", "", acronym))
        if (_is_acronym(acronym) and acronym not in defined and len(content_terms(long_form)) >= 2
                and len(long_form.split()) <= MAX_GLOSSARY_LINE_WORDS and fold(long_form)[0] == letters[0]
                and re.search(".*".join(letters), fold(long_form))
                and (not in_cells or _initials_but_one(letters, long_form))):
            pairs.append((acronym, long_form))
            defined.add(acronym)
    for m in _ACRONYM_THEN_WORDS.finditer(text):
        acronym, written = m.group(1), " ".join(m.group(2).split())
        items = re.split(r"\s*,\s*|\s+(?:et|and)\s+", written)
        if _is_acronym(acronym) and len(items) == len(acronym) >= 2 and all(
                re.fullmatch(r"[\w'’-]+", item) and fold(item)[0] == fold(letter)
                for item, letter in zip(items, acronym)):
            pairs.append((acronym, written))
        elif _is_acronym(acronym) and len(items) >= 3 and fold(acronym).isalpha() and "".join(
                fold(_LEADING_ELISION.sub("", w))[0] for w in re.findall(r"[^\W\d_][\w'’-]*", written)
                if _LEADING_ELISION.sub("", w) and not is_stopword(_LEADING_ELISION.sub("", w))) == fold(acronym):
            # "PRISME (Prévenir, Repérer, …, Mobiliser les élèves)": a list whose content words give one letter each;
            # "REAAP (réseau d'écoute, d'appui et d'accompagnement des parents)": an elided word gives its own
            pairs.append((acronym, written))
    return pairs


# Abbreviations of general French administrative writing, not of this corpus: added to the glossary when the
# corpus writes the long form and never defines the acronym.
GENERAL_ACRONYMS = {
    "AAP": "appel à projets", "AMI": "appel à manifestation d'intérêt", "ETP": "équivalent temps plein",
    "RDV": "rendez-vous", "ODJ": "ordre du jour", "COPIL": "comité de pilotage", "COTECH": "comité technique",
    "CR": "compte rendu", "PV": "procès-verbal", "DPO": "délégué à la protection des données",
    "RGPD": "règlement général sur la protection des données",
    # the public bodies and schemes of mental health, social action and urban policy, one long form each, as
    # people type them short when a document only writes them in full ("GEM" for "groupe d'entraide mutuelle")
    "GEM": "groupe d'entraide mutuelle", "CMP": "centre médico-psychologique",
    "CMPP": "centre médico-psycho-pédagogique", "CCAS": "centre communal d'action sociale",
    "ARS": "agence régionale de santé", "CLS": "contrat local de santé", "CLSM": "conseil local de santé mentale",
    "PTSM": "projet territorial de santé mentale", "ASV": "atelier santé ville",
    "EMPP": "équipe mobile psychiatrie précarité", "MDA": "maison des adolescents",
    "PAEJ": "point accueil écoute jeunes", "PMI": "protection maternelle et infantile",
    "MDPH": "maison départementale des personnes handicapées", "PSSM": "premiers secours en santé mentale",
    "SISM": "semaines d'information sur la santé mentale", "CPTS": "communauté professionnelle territoriale de santé",
    "DAC": "dispositif d'appui à la coordination", "EPSM": "établissement public de santé mentale",
    "CATTP": "centre d'accueil thérapeutique à temps partiel", "HDJ": "hôpital de jour",
    "CAF": "caisse d'allocations familiales", "CPAM": "caisse primaire d'assurance maladie",
    "FIR": "fonds d'intervention régional", "PRE": "programme de réussite éducative",
    "SIAO": "service intégré d'accueil et d'orientation", "CHRS": "centre d'hébergement et de réinsertion sociale",
    "CJC": "consultation jeunes consommateurs", "MSP": "maison de santé pluriprofessionnelle",
    "SDRE": "soins à la demande du représentant de l'État", "SDT": "soins à la demande d'un tiers",
    "SPI": "soins en péril imminent",
    "QPV": "quartier prioritaire de la politique de la ville", "CSAPA": "centre de soins, d'accompagnement et de "
    "prévention en addictologie", "EHPAD": "établissement d'hébergement pour personnes âgées dépendantes",
}


class Glossary:
    """Acronym <-> long forms, each long form with how often the corpus defines it."""

    def __init__(self, entries: dict[str, dict[str, int]]):
        self.entries = entries  # acronym -> {long form: count}

    @classmethod
    def mine(cls, texts: list[str]) -> Glossary:
        counts: dict[str, Counter] = defaultdict(Counter)
        display: dict[tuple[str, str], str] = {}
        for text in texts:
            for acronym, long_form in mine_pairs(text):
                long_form = _LEADING_ELISION.sub("", long_form)
                key = " ".join(content_terms(long_form))
                counts[acronym][key] += 1
                display.setdefault((acronym, key), long_form[0].upper() + long_form[1:])
        entries = {
            acronym: {display[(acronym, key)]: n for key, n in forms.most_common(3)}
            for acronym, forms in sorted(counts.items())
        }
        # what the corpus writes in full and people type short ("AAP" for the "appel à projets" it announces)
        folded = [f" {normalise_for_match(text)} " for text in texts]
        for acronym, long_form in GENERAL_ACRONYMS.items():  # in the singular or the plural ("équivalents temps plein")
            written = re.compile(" " + " ".join(f"{word}[sx]?" for word in normalise_for_match(long_form).split()) + " ")
            if acronym not in entries and any(written.search(text) for text in folded):
                entries[acronym] = {long_form[0].upper() + long_form[1:]: 0}  # defined 0 times by the corpus
        return cls(dict(sorted(entries.items())))

    def as_dict(self) -> dict[str, list[str]]:
        return {acronym: list(forms) for acronym, forms in self.entries.items()}

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.entries, ensure_ascii=False, indent=1), "utf-8")

    @classmethod
    def load(cls, path: Path) -> Glossary:
        return cls(json.loads(path.read_text("utf-8"))) if path.exists() else cls({})
