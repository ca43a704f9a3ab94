"""Where a text defines a thing: "DAC – Dispositif d'appui à la coordination", "Le CLSM est un espace de…"."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.store.glossary import Glossary
from assistant.table_lines import is_value
from assistant.sentences import sentence_spans
from assistant.text import NAME_GOES_BY, content_terms, fold, is_acronym

# What follows a defined thing: a dash or colon, a verb that defines or says what it does, or a pronoun that sets
# it apart from another ("Le gestionnaire, lui, s'occupe de…", "La MDA, elle, fait de l'accueil…").
_DEFINING = (r"\s*(?:\([^)]{1,120}\)\s*)?,?\s*(?:(?:lui|elle|eux|elles)\s*,\s*(?=\w)|"
             r"[:–—=]|-\s|est\b|sont\b|c['’]est\b|designe|se definit|consiste|assure\b|"
             r"correspond|signifie|a pour (?:objectif|mission|but|vocation|role)|ont pour|vise|permet|regroupe|"
             r"rassemble|représente|represente|constitue|s['’]occupe|is\b|are\b|means\b|stands for\b)")
# A figure right after the verb, maybe after a word or two ("désormais", "plus de"): a quantity is said
_QUANTITY = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?\d")
OPENING_CHARS = 60  # the defined thing is the subject: it comes early in the sentence
VERB_ADVANCE = 20
_VERB = re.compile(r"(?:est|sont|c['’]est|designe|se definit|consiste|correspond|signifie|a pour|ont pour|vise|permet|"
                   r"regroupe|rassemble|représente|represente|constitue|s['’]occupe|assure|is|are|means|stands for)\b$")


def acronym_of(target: str) -> str | None:
    """The acronym a definition target names ("le sigle DAC" -> "DAC", "PTSM du Vaucluse" -> "PTSM"), if any; not
    one that only qualifies it ("la file active du CMP" asks what the file active is)."""
    return next((w for w in re.findall(r"[^\W_]+", _head(target)) if is_acronym(w)), None)


def _head(target: str) -> str:
    """The target without the complement naming what it belongs to ("la file active du CMP" -> "la file active")."""
    return _COMPLEMENT.split(target, 1)[0]


# "… du CMP", "… de la Ville de Lyon", "… au CCAS": a complement naming what the target belongs to (an acronym, a name)
_COMPLEMENT = re.compile(r"\s+(?:du|des|de la|de l['’]|d['’]|de|au|aux|à la|à l['’])\s*(?=[A-ZÀ-Ý])")
MIN_HEAD_TERMS = 2  # "le rôle du CLSM": no sentence defines "rôle"


def names(target: str, glossary: Glossary) -> list[str]:
    """The ways the corpus names the target: itself, and its long forms when it is a known acronym (or its
    acronym when it is a known long form)."""
    acronym = acronym_of(target)
    out = [acronym or target]
    if acronym:
        out += list(glossary.entries.get(acronym, {}))
    else:
        terms = set(content_terms(target))
        for acro, forms in glossary.entries.items():
            if any(set(content_terms(f)) == terms for f in forms):
                out.append(acro)
        head = _head(target)  # "la file active du CMP": a document defines "la file active"
        if head != target and len(content_terms(head)) >= MIN_HEAD_TERMS:
            out.append(head)
    return out


def _name_regex(name: str) -> str:
    """A name's words in order, singular or plural alike ("trouble(s) psychiatrique(s)"), up to two words
    between them, on folded text."""
    words = [word_pattern(w) for w in re.findall(r"[^\W_]+", name)]
    return r"(?<!\w)" + r"\W+(?:\w+\W+){0,2}?".join(words) + r"(?!\w)"


@lru_cache(maxsize=5_000)
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(_name_regex(name) + r"\)?" + _DEFINING)


def _defining_match(sentence: str, name: str) -> tuple[re.Match[str], int] | None:
    """Where the sentence defines `name` (the name early in it, then a dash, a colon or a defining verb), and
    how far into what is said: a speaker's label and a spoken opening ("Julien Castaing : Alors, le parrain,
    c'est…") do not push the subject back."""
    folded = fold(sentence)
    m = _pattern(name).search(folded)
    if not m or (m.group(0).rstrip().endswith(("–", "—")) and _is_row_cells(folded[m.end():])):
        return None  # "dont personnes suivies — 301 · 412": a table's row, no definition
    if m.group(0)[-1:].isalpha() and _QUANTITY.match(folded, m.end()):
        return None  # "Le péril imminent représente désormais 20,3 % des admissions": how much, not what it is
    lead = _SPOKEN_LEAD.match(folded).end()
    position = m.start() - lead if m.start() >= lead else m.start()
    return (m, position) if position <= OPENING_CHARS else None


def _is_row_cells(rest: str) -> bool:
    """True for what follows a table row's label as ingest writes it: two cells or more ("301 · 412",
    "Commune · Sans limite"), or one figure ("412"); not "Dispositif d'appui à la coordination"."""
    cells = [cell.strip() for cell in rest.split(" · ")]
    if len(cells) == 1:
        return is_value(cells[0])
    return all(0 < len(cell) <= 60 for cell in cells)


# A speaker's label ("julien castaing : ", folded) and the words a speaker opens with ("alors, ", "donc ")
_SPOKEN_LEAD = re.compile(r"\s*(?:[a-z][\w'’.-]*(?: [\w'’.-]+){0,3} ?: )?"
                          r"(?:(?:alors|donc|bon|eh bien|ben|euh|oui|voila|en fait|en effet|justement|effectivement)"
                          r"\b[,.]?\s*)*")


def word_pattern(word: str) -> str:
    """A word in the singular or the plural alike: "trouble(s)", "local"/"locaux", "réseau(x)" (folded)."""
    folded = fold(word)
    if len(folded) > 4 and folded.endswith(("al", "aux")):
        return re.escape(folded[: -2 if folded.endswith("al") else -3]) + "(?:al|aux)"
    return re.escape(re.sub(r"(?<=\w\w)[sx]$", "", folded)) + "[sx]?"


def defines(sentence: str, name: str) -> bool:
    """True when the sentence defines `name`: the name early in it, then a dash, a colon or a defining verb."""
    return definition_strength(sentence, name) > 0


def definition_strength(sentence: str, name: str) -> float:
    """How plainly the sentence defines `name`, 0 when it does not: the earlier the name (its subject), the
    more; a defining verb ("le CLSM représente…") counts as 20 characters earlier than a dash or a colon
    (a label in a list: "… et CLSM : …")."""
    found = _defining_match(sentence, name)
    if not found:
        return 0.0
    m, position = found
    position -= VERB_ADVANCE if _VERB.search(m.group(0)) else 0
    return 1.0 + (OPENING_CHARS - position) / OPENING_CHARS


def expands(sentence: str, acronym: str, long_forms: list[str]) -> bool:
    """True when the sentence spells the acronym out: one of its long forms right before it ("Conseil local de
    santé mentale (CLSM)") or right after it ("DAC – Dispositif d'appui…", "CLSM : conseil local…"). A title
    naming both apart ("quand le conseil local de santé mentale … du CLSM") does not spell it out."""
    if acronym not in re.findall(r"[^\W_]+", sentence):
        return False
    folded = fold(sentence)
    return any(_spelled_out(form, fold(acronym)).search(folded) for form in long_forms)


def opens_with_long_form(sentence: str, long_forms: list[str]) -> bool:
    """True when the sentence opens on a long form, after a footnote's number ("2 Réseau d'évaluation des
    situations d'adultes en difficulté ; …"): the gloss of an acronym its page uses."""
    folded = fold(re.sub(r"^\s*\d{1,2}\.?\s+", "", sentence))
    return any(re.match(_name_regex(form), folded) for form in long_forms)


def says_what_it_is(sentence: str, long_forms: list[str]) -> bool:
    """True when the sentence says what something is by one of the long forms ("C'est une réunion d'évaluation
    des situations d'adultes en difficulté.", after "… c'est la RESAD."): the acronym, spelled out in speech."""
    folded = fold(sentence)
    return any(re.match(rf"\s*(?:c['’]est|il s['’]agit d['’]?|ca veut dire|cela signifie)\s*(?:(?:un|une|le|la|les|de)\s+|l['’]|d['’])?"
                        rf"{_name_regex(form)}", folded) for form in long_forms)


@lru_cache(maxsize=5_000)
def _spelled_out(long_form: str, acronym: str) -> re.Pattern[str]:
    long = _name_regex(long_form)
    acro = rf"(?<!\w){re.escape(acronym)}(?!\w)"
    place = r"(?:\s+(?:de|des|du|d')\s*[a-z][a-z-]+)?"  # "… en santé mentale des hauts-de-france (f2rsm)"
    return re.compile(rf"{long}{place}\W{{1,4}}(?:(?:{NAME_GOES_BY})\W+)?(?:(?:le|la|les|l|ou)\W+)?{acro}|"  # "…de travail, la F3SCT"
                      rf"{acro}\W{{1,4}}(?:(?:le|la|les|l|du|des|de|un|une)\W+)?{long}")


EXPANSION_ONLY = 0.8  # a line that only spells the acronym out ("Les Conseils Locaux de Santé Mentale (CLSM) en…")
LABEL_ONLY = 0.4  # a label followed by ":" or a dash, without a defining verb ("… et CLSM : …")


# "A : Approcher, évaluer…", "E – Écouter…", "R comme Réconforter": one line per letter of a mnemonic acronym.
_LETTER_LINE = re.compile(r"[ \t]*(?:[-•*][ \t]*)?([A-ZÀ-Ý])[ \t]*(?::|–|—|-|=|\)|comme\b)[ \t]*\w")


def spelled_letters(text: str, acronym: str) -> list[tuple[int, int]]:
    """The lines that spell an acronym letter by letter, each opening on its letter ("A : Approcher…", "E :
    Écouter…" for AERER), in order; [] when the text has no such run."""
    letters = [c for c in acronym if c.isalpha()]
    if len(letters) < 3:
        return []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for i in range(len(lines) - len(letters) + 1):
        run = lines[i:i + len(letters)]
        found = [_LETTER_LINE.match(text[a:b]) for a, b in run]
        if all(m and fold(m.group(1)).upper() == fold(letter).upper() for m, letter in zip(found, letters)):
            return run
        # an acrostic under the line naming it ("… en cinq étapes, AERER :" then "Approcher…", "Écouter…")
        if i and acronym in text[lines[i - 1][0]:lines[i - 1][1]] and all(
                fold(text[a:b].lstrip(" -•*"))[:1].upper() == fold(letter).upper() and _words(text[a:b]) >= 2
                for (a, b), letter in zip(run, letters)):
            return run
    return []


def _words(line: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", line))


def definition_strength_in(text: str, target: str, glossary: Glossary) -> float:
    """How plainly the passage defines the target, in [0, 1]: 1 for a sentence that spells its acronym out and
    says what it is ("Le conseil local de santé mentale (CLSM) est un espace…"), less for a line that only
    spells it out, or a sentence whose subject it is ("Le CLSM est…"), least for a label ("… et CLSM :")."""
    acronym = acronym_of(target)
    forms = list(glossary.entries.get(acronym, {})) if acronym else []
    named = names(target, glossary)
    best = 1.0 if acronym and spelled_letters(text, acronym) else 0.0
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        spelled = bool(acronym and forms and expands(sentence, acronym, forms))
        said = max((_said(sentence, n) for n in named), default=(False, 0.0))
        if spelled:
            best = max(best, 1.0 if said[0] else EXPANSION_ONLY)
        elif said[1]:
            best = max(best, said[1] * (EXPANSION_ONLY if said[0] else LABEL_ONLY))
    return best


def _said(sentence: str, name: str) -> tuple[bool, float]:
    """(with a defining verb, how early) when the sentence defines `name`: 1 for its first words, down to
    0.5 at OPENING_CHARS; (False, 0) when it does not define it."""
    found = _defining_match(sentence, name)
    if not found:
        return False, 0.0
    m, position = found
    verb = _VERB.search(m.group(0))
    # "La maison des adolescents (MDA) est installée à…", "Le CLSM est composé de…": where it is, what it is made
    # of, not what it is ("… est un lieu d'accueil…", "… est chargé de…" aside)
    if verb and verb.group(0) in ("est", "sont") and _NOT_WHAT.match(fold(sentence), m.end()):
        return False, 1.0 - 0.5 * position / OPENING_CHARS
    return bool(verb), 1.0 - 0.5 * position / OPENING_CHARS


# After "est" or "sont", a participle of place, make-up or time: "installée", "situé", "composé", "ouverte", "née";
# or of how often it is found: "Un TSPT est diagnostiqué chez 61 % des personnes", "est retrouvée chez un tiers"
_NOT_WHAT = re.compile(r"\s+(?:(?:aujourd'hui|desormais|actuellement|toujours|bien|egalement|aussi|plus|moins|tres|"
                       r"souvent|rarement)\s+)?"
                       r"(?:install|situ|implant|basee?s?\b|compos|constituee?s?\b|ouvert|ferme|nee?s?\b|cre{1,2}e|"
                       r"localis|heberg|loge|rattache|place|diagnostiqu|observ|constat|retrouv|repere|signale|recense|"
                       r"declare|estime|frequent|present(?:e|s|es)?\s+chez)")


def defines_with_verb(sentence: str, name: str) -> bool:
    """True when the sentence's subject is `name` followed by a defining verb ("Le CLSM est un espace…")."""
    return _said(sentence, name)[0]


def mentions(sentence: str, name: str) -> bool:
    """True when the sentence names `name` anywhere ("…reçus pour un refus scolaire anxieux, contre 39 en 2022.")."""
    return bool(re.search(_name_regex(name), fold(sentence)))


def introduces(sentence: str, name: str) -> bool:
    """True when the sentence ends on the name, introducing it ("J'ajoute un outil qu'on utilise beaucoup : le
    plan de crise conjoint.")."""
    # "… le renforcement des compétences psychosociales (CPS).": its acronym in brackets after it
    return bool(re.search(_name_regex(name) + r"(?:\s*\([^()]{1,15}\))?[\W_]{0,4}$", fold(sentence)))


def points_to_the_term(sentence: str) -> bool:
    """True when the sentence opens on the term just named, to say what it means ("Derrière ce terme, il ne s'agit
    ni de paresse ni de caprice…", "Ce mot désigne…")."""
    return bool(_TERM_BACK.match(fold(sentence)))


_TERM_BACK = re.compile(r"\s*(?:(?:derriere|sous|par|avec) (?:ce|cet|cette) (?:terme|mot|nom|expression|appellation|sigle|"
                        r"acronyme)\b|(?:ce|cet|cette) (?:terme|mot|expression|appellation|sigle|acronyme) "
                        r"(?:designe|recouvre|renvoie|signifie)\b)")


def is_subject(sentence: str, name: str) -> bool:
    """True when the sentence opens on the name, as its subject ("Une équipe mobile santé-logement (EMSL) est créée
    par le présent protocole."), whatever its verb."""
    return bool(re.match(r"\s*(?:(?:un|une|le|la|les|l['’]|ce|cette|cet)\s*)?" + _name_regex(name) + r"(?:\s*\([^()]{1,15}\))?\s+\w",
                         fold(sentence)))


def goes_on_about(sentence: str) -> bool:
    """True when the sentence goes on about what the one before named, as its subject ("Portée par le CHVV, elle
    est composée d'un infirmier…", "Il réunit…")."""
    return bool(_GOES_ON.match(fold(sentence)))


# (not "Il est rappelé que…", "Il convient de…": impersonal; not "Si le locataire refuse, il…": someone else)
_GOES_ON = re.compile(r"\s*(?!(?:si|quand|lorsque|lorsqu['’]|en cas|des que|apres que)\b)(?:[^.;:!?]{0,80},\s*)?"
                      r"(?:elle|il|elles|ils|celle-ci|celui-ci)\s+(?!y\b|faut\b|s['’]agit\b|est\s+(?:rappele|precise|"
                      r"entendu|prevu|possible|necessaire|important)|convient\b|existe\b|importe\b|reste\b|suffit\b|"
                      r"semble\b|appartient\b|arrive\b)\w")


def says_what(sentence: str) -> bool:
    """True when the sentence opens by saying what the thing just named is ("C'est un document que la personne
    rédige…", "Il s'agit d'une réunion…", "Santé publique France les définit comme…")."""
    return bool(_SAYS_WHAT.match(fold(sentence)))


_SAYS_WHAT = re.compile(r"\s*(?:[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,3} ?: )?(?:alors,? |en fait,? |donc,? )?"
                        r"(?:c['’]est (?:un|une|le|la|l['’]|des|ce que|ce qu['’]|ce qui|quand|lorsque)\b|il s['’]agit d['’]|"
                        r"ca consiste a\b|cela consiste a\b)"
                        # "Santé publique France les définit comme un ensemble…"
                        r"|[^.;:]{0,60}?\b(?:les|le|la|l['’])\s*(?:definit|definissent|decrit|decrivent)\s+comme\b")
