"""List and how-to answers: the items of the passage that lists them, as a short list under their heading."""

from __future__ import annotations

import re
from itertools import groupby

from assistant.answer.quotes import Material, on_bulleted_line, quote
from assistant.models import AnswerPart, AnswerSentence
from assistant.search.answer_types import gives
from assistant.search.constraints import places, reference_agreement, references
from assistant.search.sentence_scores import (asks_who, coverage, introduces_people, naming_terms, question_weights,
                                             title_of)
from assistant.search.related_words import related_terms
from assistant.search.series import numbered_item, numbered_series
from assistant.sentences import (ITEM_WORDS, MAX_ITEM_CHARS, announces_list, is_caption, is_contents_entry, is_heading,
                                 list_blocks, ordinal_noun, sentence_spans)
from assistant.table_lines import ROW_MARK, header_columns
from assistant.text import content_terms, fold, prefix_term, window_terms

# How many items and characters a list answer quotes are settings (`settings.tuning`).
MIN_HEADING_COVERAGE = 0.3  # the list's heading (or title) must speak of what is asked
LIST_PASSAGES = 5  # lists are looked for in the best passages only
ASKED_NOUN_BONUS = 0.3  # a heading naming what the question lists, in a related word
ADVICE_COVERAGE = 0.0  # a list headed by the noun of the verb asked ("Recommandations") needs no more of its words
MEMBERS_BONUS = 0.5  # a list announced by a verb of composition ("…et comprend :"), for "qui compose… ?"
NAMED_ITEMS_BONUS = 1.0  # a numbered series of the very things asked for ("axes", "étapes", "parties") wins


def list_answer(material: Material, heading_says: re.Pattern[str] | None = None,
                min_coverage: float | None = None) -> tuple[AnswerPart, ...] | None:
    """The list that answers: the one whose heading (or title) and items hold most of the question's words, in
    the best passages; only one whose heading says `heading_says` when given ("les raisons … sont :")."""
    # the question's own words: an acronym's long form ("PASSAJ": "parcours d'accompagnement…") is not asked twice
    spelled = {t for forms in material.analysis.expansions.values() for form in forms for t in content_terms(form)}
    own = set(content_terms(material.analysis.question))
    weights = question_weights(material.snap, {t: w for t, w in material.analysis.terms.items()
                                               if not t.startswith("~") and (t in own or t not in spelled)})
    # the words naming the document ("…l'appel à projets 2027 « … »") need not head its list (they may: "Quels
    # conseils Samira Benhadj donne-t-elle…", "SAMIRA BENHADJ. — J'en donnerais trois.")
    naming = naming_terms(material.snap, material.analysis) if material.analysis.named else frozenset()
    best = None
    # what the question lists ("Quels sont les signataires…"), in its words and their related ones ("soussignés")
    noun_asked = _asked_terms(material.analysis.question) if _ASKED_NOUN.match(material.analysis.question) else set()
    noun_asked = noun_asked | related_terms(frozenset(noun_asked))
    referred = references(material.analysis.question)  # "les actions de l'axe 2": that part's items
    who = asks_who(material.analysis.question)
    members_asked = bool(_MEMBERS_ASKED.search(fold(material.analysis.question)))
    for rank, row in enumerate(material.rows[:LIST_PASSAGES]):
        title = title_of(material.snap.passages[row].context)
        for head_row, head, items, noun in _candidates(material, row):
            items = _of_part_asked(material, referred, items)
            if not who and sum(introduces_people(material.text(r)[a:b]) for r, (a, b) in items) * 2 > len(items):
                continue  # the speakers introduced ("Thomas Guérin, chef de projet…") answer who, not "quels conseils"
            heading = material.text(head_row)[head[0]:head[1]] if head else ""
            if heading_says and not heading_says.search(fold(heading)):
                continue
            # "Article 2 – Signataires" over "Le protocole est conclu entre les partenaires suivants :": the title
            # above the sentence announcing the list says what it lists too
            heading = f"{_title_above(material.text(head_row), head[0])} {heading}".strip() if head else heading
            listed = " ".join(material.text(r)[a:b] for r, (a, b) in items[:material.tuning.list_items])
            if header_columns(heading) is not None:
                listed = f"{heading} {listed}"  # a table's rows are of its columns ("N° · Recommandation · Pilote")
            headed = window_terms(f"{heading} {title}")
            asked = {t: w for t, w in weights.items() if t not in naming or t in headed} or weights
            # a word of the heading's family counts ("Comment je m'inscris ?" and "Comment s'inscrire ?")
            asked = {(prefix_term(t) if t not in headed and prefix_term(t) in headed else t): w
                     for t, w in asked.items()}
            score = coverage(asked, heading, title) + 0.5 * coverage(asked, listed) - 0.1 * rank
            if noun_asked and noun_asked & window_terms(heading):
                score += ASKED_NOUN_BONUS  # "Quels sont les signataires… ?": "Entre les soussignés :"
            if members_asked and _HAS_MEMBERS.search(fold(heading)):
                score += MEMBERS_BONUS  # "Qui compose la cellule ?": "…et comprend :", "Elle réunit :"
            if noun and any(t in weights for t in content_terms(noun)):
                score += NAMED_ITEMS_BONUS  # "quelles en sont les parties ?" and "Partie 1…", "Partie 2…"
            if len(items) >= 2 and (best is None or score > best[0]):
                best = (score, head_row, head, items)
    if best is None or best[0] < (MIN_HEADING_COVERAGE if min_coverage is None else min_coverage):
        return None
    _, head_row, intro, items = best
    if _done_elsewhere(material, head_row, intro, items):
        return None  # the sentences of the section saying how it is done answer, not a list of something else
    return _quoted_list(material, head_row, intro, items)


# "Qui compose la cellule ?", "qui siège au comité ?", "de qui est-il composé ?": the members, which a list announced by
# a verb of composition gives ("…et comprend :", "Elle réunit :", "composée de :", "Membres :")
_MEMBERS_ASKED = re.compile(r"\bqui\s+(?:compose(?:nt)?|siege(?:nt)?|fait partie|font partie)\b|\bde qui\b.*\bcompos|"
                            r"\bmembres\b|\bwho (?:sits on|is on)\b|\bmembers\b")
_HAS_MEMBERS = re.compile(r"\b(?:compren(?:d|nent)|composee?s? de|reuni(?:t|ssent)|rassembl\w*|associe(?:nt)?|"
                          r"constitue(?:e|s|es)? de|membres)\b")


# "Comment j'envoie la fiche… ?", "comment on saisit la commission ?": the action asked, after its subject pronoun
# (or after "fais pour": "Comment je fais pour présenter une situation ?")
_HOW_ACTION = re.compile(r"^\s*(?:et\s+)?comment\s+(?:est-ce\s+qu(?:e\s+|'))?(?:je\s+|j'|on\s+|nous\s+|vous\s+|"
                         r"il\s+|elle\s+|ils\s+|elles\s+)(?:(?:dois\s+|doit\s+|peux\s+|peut\s+)?"
                         r"(?:fais|fait|faisons|faites|font|faire)\s+pour\s+)?"
                         r"(?:me\s+|m'|se\s+|s'|le\s+|la\s+|les\s+|l'|y\s+|en\s+)?([^\W\d_][\w-]*)")


def _done_elsewhere(material: Material, head_row: int, intro: tuple[int, int] | None, items: list[Item]) -> bool:
    """True when a how-to question's action ("Comment j'envoie la fiche ?": "envoyer") is not in the list found (its
    heading, or its passage's title when it has none, or its items: "Ce que contient la fiche") but titles a section
    of the best passages ("Envoyer la fiche d'alerte"): that section says how, in sentences."""
    m = _HOW_ACTION.match(fold(material.analysis.question))
    action = set(content_terms(m.group(1))) if m else set()
    if not action:
        return False
    # the list's own heading ("Ce que contient la fiche d'alerte"), else the title of its passage
    heading = material.text(head_row)[intro[0]:intro[1]] if intro else title_of(material.snap.passages[head_row].context)
    listed = " ".join(material.text(r)[a:b] for r, (a, b) in items)
    said = window_terms(f"{heading} {listed}")
    if action & said:
        # one duty among others, the item the action opens ("- Présenter les situations bloquées à la CASC" in a
        # référent's missions), while a sentence of the best passages says how ("Pour présenter une situation, un
        # membre… remplit la fiche…"); not a step told ("La situation est présentée le jeudi suivant")
        doing = [material.text(r)[a:b] for r, (a, b) in items if action & window_terms(material.text(r)[a:b])]
        duty = len(items) >= 3 and len(doing) == 1 and not action & window_terms(heading) and bool(
            action & set(content_terms(doing[0].split()[0])))
        return duty and _said_outside(material, action, items)
    return any(action & window_terms(title_of(material.snap.passages[row].context))
               for row in material.rows[:LIST_PASSAGES])


def _said_outside(material: Material, action: set[str], items: list[Item]) -> bool:
    """True when a sentence of the best passages that is no item of the list says the action."""
    return any(action & window_terms(material.text(row)[a:b])
               and not any(r == row and a < end and start < b for r, (start, end) in items)
               for row in material.rows[:LIST_PASSAGES] for a, b in sentence_spans(material.text(row)))


def _of_part_asked(material: Material, referred: frozenset[tuple[str, str]], items: list[Item]) -> list[Item]:
    """The items of the numbered part the question names ("les actions éligibles à l'axe 2": the table's two rows
    "Axe 2 — …"), when some items name it; those naming another part of that kind ("Axe 1 — …") are left out."""
    if not referred:
        return items
    agreeing = [reference_agreement(referred, material.text(r)[a:b]) for r, (a, b) in items]
    return [item for item, agree in zip(items, agreeing) if agree >= 0] if any(a > 0 for a in agreeing) else items


REASONS = re.compile(r"\b(?:raisons?|causes?|motifs?|pourquoi|parce que|freins?|obstacles?|reasons?|because)\b")


# "Que recommande le rapport… ?", "Qu'est-ce que le comité propose… ?": a verb of advice, whose noun heads the list
# that answers ("6. Recommandations", "Nos propositions pour 2026", "Préconisations")
_ADVISES = re.compile(r"\b(recommand|propos|preconis|conseill|sugger)\w*")
# (the plural noun: "Conseil local de santé mentale" heads no advice, "à propos" no proposal)
_ADVICE_HEADINGS = {"recommand": r"\brecommandations?\b", "propos": r"\bpropositions\b",
                    "preconis": r"\bpreconisations?\b", "conseill": r"\bconseils\b", "sugger": r"\bsuggestions\b"}


def advice_list(material: Material) -> tuple[AnswerPart, ...] | None:
    """For "que recommande… ?", "que propose… ?": the list its noun heads ("Recommandations"), when the best
    passages hold one."""
    m = _ADVISES.search(fold(material.analysis.question))
    return list_answer(material, re.compile(_ADVICE_HEADINGS[m.group(1)]), ADVICE_COVERAGE) if m else None


def reasons_list(material: Material) -> tuple[AnswerPart, ...] | None:
    """For "pourquoi … ?": the list of reasons a heading announces ("Les raisons de ce renoncement … sont les
    suivantes :"), when the best passages hold one."""
    return list_answer(material, REASONS)


def announced_list(material: Material, sentence: AnswerSentence) -> tuple[AnswerPart, ...] | None:
    """The list a quoted sentence announces ("…recommande aux CLSM un fonctionnement en 3 niveaux :"), under
    it: a sentence that ends on a colon is never quoted without what it announces."""
    if not sentence.text.rstrip().endswith(":") or not sentence.spans:
        return None
    row = material.row_of(sentence.n)
    if row is None:
        return None
    start, end = sentence.spans[-1]
    for head_row, head, items, _ in _candidates(material, row):
        if head_row == row and head and head[0] < end and start < head[1] and len(items) >= 2:
            return _quoted_list(material, head_row, head, items)
    return None


def told_list(material: Material, sentences: list[AnswerSentence]) -> tuple[AnswerPart, ...] | None:
    """The things a speaker or a text counts out before saying them one a sentence ("Je regarde trois choses. La
    durée : quand ça dure… Le retentissement : … Et la rupture : …"), when the sentence chosen first is the count,
    the sentence before it or one of them: the count, then every one of them, each its own sentence opening on its
    label."""
    for sentence in sentences[:1]:
        row = material.row_of(sentence.n)
        if row is None or not sentence.spans:
            continue
        text = material.text(row)
        spans = list(sentence_spans(text))
        first, last = sentence.spans[0][0], sentence.spans[-1][1]
        for k, (a, b) in enumerate(spans):
            told = _TOLD_COUNT.search(fold(text[a:b]))
            if not told or not text[a:b].rstrip().endswith((".", ":")):
                continue
            count = _COUNT_WORDS.get(told.group(1)) or int(told.group(1))
            items = spans[k + 1:k + 1 + count]
            before = spans[k - 1][0] if k else a
            if len(items) == count and all(_told_item(text[c:d]) for c, d in items) and (
                    before < last and first < items[-1][1]):  # (the count, the sentence before it or an item chosen)
                return _quoted_list(material, row, (a, b), [(row, span) for span in items])
    return None


def _told_item(sentence: str) -> bool:
    """True for a sentence opening on the label of one of the things counted out ("Et la rupture : …"), not on a
    speaker's name ("Sonia Lecarpentier : Oui.")."""
    label = sentence.partition(" : ")[0].split()
    return bool(_TOLD_ITEM.match(sentence)) and not (len(label) >= 2 and all(w[:1].isupper() for w in label))


_COUNT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
# "Je regarde trois choses.", "Il y a deux raisons :" (folded): a count of things, said before them
_TOLD_COUNT = re.compile(r"\b(deux|trois|quatre|cinq|[2-5])\s+(?:grand(?:e)?s\s+|principa(?:les|ux)\s+)?(?:choses|points|"
                         r"raisons|criteres|signes|etapes|conseils|elements|conditions|facons|manieres|"
                         r"leviers|regles|pistes|axes|priorites|messages|idees|risques|freins|obstacles)\b[^.:;]{0,40}[.:]\s*$")
# one of them, said on its label: "La durée : quand ça dure…", "Et la rupture : …", "- Le retentissement : …"
_TOLD_ITEM = re.compile(r"\s*(?:[-•–]\s*)?(?i:(?:et|puis|enfin|ensuite|d'abord)\s*,?\s+)?(?i:l[ae]s?\s+|l['’]\s*)?"
                        r"[^\W\d_][^:.?!\n]{0,40}\s:\s\S")


def values_list(material: Material, sentences: list[AnswerSentence]) -> tuple[AnswerPart, ...] | None:
    """Values asked in the plural ("C'est quoi les dates des séjours Parenthèse 2026 ?"): the list one of the first
    sentences chosen is an item of, whole, when most of its items give a value of the kind asked ("du vendredi 24
    au dimanche 26 avril 2026 ;", "du vendredi 12 au dimanche 14 juin 2026 ;"…)."""
    funders = bool(_FUNDERS_ASKED.search(fold(material.analysis.question)))  # "Qui finance… ?": each funder's row
    asked = "amount" if funders else material.analysis.answer_type  # (a funder's row gives its amount)
    compared = _compares_places(material.analysis)
    if compared and sentences and (territories := _territory_rows(material, sentences[0])):
        return _quoted_list(material, *territories)
    if not asked or not (funders or _PLURAL_VALUES.search(fold(material.analysis.question))):
        return None
    for sentence in sentences[:2]:
        if (at := _where_quoted(material, sentence)) is None:
            continue
        row, start = at
        # "Financeur · Objet · Montant", then a row a funder: the table's rows are the funders
        tables = [(row, header, [(row, span) for span in rows], "") for header, rows in _table_blocks(
            material.text(row))] if funders else []
        for head_row, head, items, _ in [*_candidates(material, row), *tables]:
            if not any(r == row and a <= start < b for r, (a, b) in items) or len(items) < 2:
                continue
            giving = sum(gives(asked, material.text(r)[a:b], material.analysis.question) for r, (a, b) in items)
            short = sum(b - a for _, (a, b) in items) <= VALUE_ITEM_CHARS * len(items)  # values, not a plan's steps
            if short and giving * 3 >= len(items) * 2:
                return _quoted_list(material, head_row, head, items)
    return None


def _where_quoted(material: Material, sentence: AnswerSentence) -> tuple[int, int] | None:
    """(the passage's row, an offset inside the sentence itself, past a caption or lead quoted over it) of a sentence
    chosen, or None when it quotes no passage."""
    row = material.row_of(sentence.n)
    return (row, sentence.spans[-1][1] - 1) if row is not None and sentence.spans else None


def _compares_places(analysis) -> bool:
    """True when a value is asked of a place beside others ("…le Cher-et-Sauldre est à combien, par rapport à la
    région et à la moyenne nationale ?", "…la Seine-Bocage est-elle au-dessus de la Normandie et de la France ?")."""
    return bool(analysis.places) and (len(analysis.places) >= 2 or bool(_COMPARED_TO.search(fold(analysis.question))))


_COMPARED_TO = re.compile(r"\bpar rapport (?:a|au|aux)\b|\bcompar\w*|\bau-dessus\b|\ben[- ]dessous\b|\bvs\b|\bversus\b|"
                          r"\bmoyennes? (?:nationale|regionale|departementale)s?\b|\bcompared\b")


def _territory_rows(material: Material, sentence: AnswerSentence) -> tuple[int, tuple[int, int], list[Item]] | None:
    """The rows of the table a chosen row belongs to that are of territories ("Cher-et-Sauldre — 27,6", "Centre-Val
    de Loire — 24,9", "France métropolitaine — 21,4"), with its header, when two or more are: what a comparison of
    places reads; not its notes ("Moyenne 2019-2021, taux standardisés — 5")."""
    if (at := _where_quoted(material, sentence)) is None:
        return None
    row, start = at
    text = material.text(row)
    for head, rows in _table_blocks(text):
        kept = [(row, (a, b)) for a, b in rows if _is_territory(text[a:b].partition(ROW_MARK)[0])]
        if len(kept) >= 2 and any(a <= start < b for _, (a, b) in kept):
            return row, head, kept
    return None


def _is_territory(label: str) -> bool:
    """A row's label naming a place: a region or France, a word saying so ("Orsange (département)", "Les Tilleuls
    (QPV)"), or a proper name alone ("Cher-et-Sauldre", "Montbrisac")."""
    named = _BRACKETED.sub(" ", label).split()
    if not named or len(named) > TERRITORY_WORDS or fold(named[0]) in _NOT_PLACES:
        return False  # "Agence régionale de santé (ARS) de Normandie" is a funder, "Total" a sum
    # (a single capitalised word may be anyone or anything: "Hommes", "Psychologues", "ARS")
    return bool(places(label) or _TERRITORY_WORD.search(fold(label)) or (
        _PROPER_NAME.fullmatch(label.strip()) and ("-" in label or len(named) > 1) and not label.isupper()))


TERRITORY_WORDS = 4  # a place's label is this short ("France métropolitaine", "Orsange (département)")
_BRACKETED = re.compile(r"\([^()]*\)")
_NOT_PLACES = frozenset({"total", "sous-total", "ensemble", "autres", "autre", "agence", "conseil", "caisse", "centre",
                         "association", "direction", "service", "fondation", "mutualite"})


_TERRITORY_WORD = re.compile(r"\b(?:departement|region|ville|commune|quartiers?|qpv|france|nationale?|metropole|"
                             r"metropolitaine|agglomeration|intercommunalite|epci|canton)\b")
_PROPER_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|du|des|la|le|les|sur|en|et)\s+)?[A-ZÀ-Ý][\w'’-]+)*")


# "Qui finance le programme… ?", "qui sont les financeurs", "who funds…": the rows of the funders' table
_FUNDERS_ASKED = re.compile(r"\bqui (?:co-?)?financ\w*|\bquels? (?:sont )?(?:les )?(?:co-?)?financeurs\b|"
                            r"\bwho (?:funds|finances|pays for)\b")
VALUE_ITEM_CHARS = 80  # the mean length of a list's items that are values ("du vendredi 24 au dimanche 26 avril 2026 ;")
# "les dates des séjours", "quelles dates", "quels jours", "les montants", "the dates"
_PLURAL_VALUES = re.compile(r"\b(?:les|des|quelles|quels|ses|leurs|the|what|which) (?:dates|jours|horaires|montants)\b|"
                            r"\bdates\s*\?")


def _quoted_list(material: Material, head_row: int, intro: tuple[int, int] | None,
                 items: list[Item]) -> tuple[AnswerPart, ...]:
    """The list's heading (when short enough to lead) and as many of its items as fit."""
    items = _closed(material, _top_level(material, items))
    parts = []
    used = 0
    if intro and intro[1] - intro[0] <= 160:
        lead = quote(material, head_row, [intro])
        parts.append(AnswerPart((lead,)))
        used += len(lead.text)
    quoted = [quote(material, r, [span]) for r, span in items[:material.tuning.list_items]]
    whole = used + sum(len(q.text) + 4 for q in quoted) <= material.tuning.whole_list_chars
    if not whole:
        labels = [_label(material, r, span) for r, span in items[:material.tuning.list_items]]
        if sum(map(bool, labels)) * 2 > len(labels):
            # "Pôle habitat : l'association gère…": the items named, their descriptions left out (an item without
            # a name of its own is quoted whole), when that gives the whole list
            named = [quote(material, r, [label or span]) for (r, span), label in zip(items, labels)]
            if used + sum(len(q.text) + 4 for q in named) <= material.tuning.whole_list_chars:
                quoted, whole = named, True
    chosen = []
    for item in quoted:
        if not whole and used + len(item.text) > material.tuning.list_chars and len(chosen) >= MIN_LIST_ITEMS:
            break
        chosen.append(item)
        used += len(item.text) + 4
    parts.append(AnswerPart(tuple(chosen), is_list=True, left_out=len(items) - len(chosen)))
    return tuple(parts)


Item = tuple[int, tuple[int, int]]  # (row, span)


def _top_level(material: Material, items: list[Item]) -> list[Item]:
    """The items of a nested list's top level ("- Évaluation à domicile", not its "– visite conjointe…"), when it
    has both: the steps asked, not their details."""
    def bullet(row: int, start: int) -> str:
        text = material.text(row)
        return text[text.rfind("\n", 0, start) + 1:start].strip()

    bullets = [bullet(r, a) for r, (a, _) in items]
    top = [item for item, b in zip(items, bullets) if b == "-"]
    return top if len(top) >= 2 and "–" in bullets else items


def _label(material: Material, row: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """The span of an item's label, the words before its " : " ("Pôle habitat"), or before the comma ahead of a long
    one ("Jeunesse et santé mentale, piloté par la Maison des adolescents du Morbihan : …"); for a
    step said in speech, its ordinal and the clause after it ("Quatrième étape, transmettre l'arrêté à la
    préfecture, au bureau…" -> "Quatrième étape, transmettre l'arrêté à la préfecture"); else its first sentence,
    when the item is a paragraph ("Constituer un petit collectif porteur. Trois à six partenaires…")."""
    text = material.text(row)[span[0]:span[1]]
    # a paragraph's short first sentence ("Constituer un petit collectif porteur. Trois à six partenaires…"), of
    # words (not the "1." of a numbered item), ending before any " : " label
    first = sentence_spans(text)[:2] if len(text) > MAX_ITEM_CHARS else []
    opening = text[first[0][0]:first[0][1]] if first else ""
    short_opening = len(first) == 2 and first[0][1] <= LABEL_CHARS and len(re.findall(r"[^\W\d_]{3,}", opening)) >= 2
    cut = _outside_brackets(text, " : ")  # not "(par exemple : refus…)"
    if short_opening and not 0 < cut < first[0][1]:
        return span[0], span[0] + first[0][1]
    if cut > LABEL_CHARS:  # "Jeunesse et santé mentale, piloté par la Maison des adolescents… : ateliers…": its name
        comma = _outside_brackets(text, ", ", cut)
        cut = comma if comma > 0 else cut
    named = (0 < cut <= LABEL_CHARS and re.search(r"[^\W\d_]{3,}", text[:cut])  # "2023 : 4 sessions" is no name
             and " — " not in text[:cut])  # nor a table's row ("1 — Diffuser les résultats · Inès Bouzid"): it
    # is quoted whole
    if named:
        return span[0], span[0] + cut
    spoken = _SAID_STEP.match(text)
    return (span[0], span[0] + spoken.end()) if spoken else None


def _outside_brackets(text: str, mark: str, end: int | None = None) -> int:
    """Where `mark` first occurs in `text` (before `end`) outside parentheses, or -1."""
    at = text.find(mark, 0, end)
    while at > 0 and text.count("(", 0, at) > text.count(")", 0, at):
        at = text.find(mark, at + 1, end)
    return at


LABEL_CHARS = 60
_ORDINALS = (r"premi[eè]re?|deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me|septi[eè]me|"
             r"huiti[eè]me|neuvi[eè]me|dixi[eè]me|derni[eè]re?")
_SAID_STEP = re.compile(rf"(?i:(?:et\s+)?(?:{_ORDINALS})\s+[^\W\d_]+\s*,\s*)(?:[^,;:.]|[,.](?=\d)){{3,80}}"
                        r"(?=[,;:.](?!\d))(?![,;:]\s*(?i:sauf|si|à condition|uniquement|seulement|sans)\b)")
MIN_LIST_ITEMS = 3  # a list cut for length still shows this many items: two read as a pair, not a list


def _candidates(material: Material, row: int):
    """The candidate lists of a passage as (row of the heading, heading span or None, items, noun of a numbered
    series or ""): each list of
    the passage, each heading inside a flattened nested list ("Formation des agents…") heading the items
    after it, and a numbered series running over the next passages ("1er enjeu…", "2e enjeu…")."""
    for intro, items, items_row in _lists(material, row):
        items_text = material.text(items_row)
        if items_row == row and _numbered_in_order([items_text[a:b] for a, b in items[1:]]) and re.match(
                r"\s*\d{1,2}\b", items_text[items[0][0]:items[0][1]]):
            intro, items = items[0], items[1:]  # "9. Comment déposer un dossier ?" over its 1., 2., 3.: the heading
        if _contents(material, [(items_row, span) for span in items]):
            continue  # a table of contents ("Tableau 1 – Chiffres clés …….. 3") lists titles, not the answer
        head_text = material.text(row)[intro[0]:intro[1]] if intro else ""
        if not (items and head_text and _opening(head_text) == _opening(items_text[items[0][0]:items[0][1]])):
            # (not a parallel item as heading); items numbered 1, 2, 3… are steps ("étape par étape ?")
            noun = STEPS if _numbered_in_order([items_text[a:b] for a, b in items]) else ordinal_noun(
                items_text[items[0][0]:items[0][1]])  # "Premier conseil, …": the items are the advice asked
            yield row, intro, [(items_row, span) for span in items], noun
        for i, (a, b) in enumerate(items[:-1]):
            if is_heading(items_text[a:b], ITEM_WORDS) and not _sibling(items_text, items, i):
                yield items_row, items[i], [(items_row, span) for span in items[i + 1:]], ""
    yield from _label_series(material, row)
    series = numbered_series(material.snap, row)
    cited = []
    for item_row, span in series:
        if item_row not in material.numbers:
            break
        cited.append((item_row, span))
    if len(cited) >= 2 and not _contents(material, cited) and not is_caption(
            material.text(cited[0][0])[cited[0][1][0]:cited[0][1][1]]):  # "Tableau 1…", "Tableau 2…": captions
        first_row, (first_start, first_end) = cited[0]
        _, noun = numbered_item(material.text(first_row)[first_start:first_end]) or (0, "")
        yield first_row, _sentence_before(material.text(first_row), first_start), cited, noun


STEPS = "étapes"  # what items numbered 1, 2, 3… are, for a question asking for the steps


def _label_series(material: Material, row: int):
    """Lines in a row under one label numbered in turn ("Fiche-action 3.1 – Repérer…", "Fiche-action 3.2 – …"; "Action
    1 : …", "Action 2 : …"), not bulleted: a list of what the label names, after the sentence before them."""
    if material.snap.passages[row].location.kind == "time":
        return  # ("Intervenant 1 : …", "Intervenant 2 : …": who speaks, not items)
    text = material.text(row)
    spans = sentence_spans(text)
    labels = [_SERIES_LABEL.match(text[a:b]) for a, b in spans]
    keys = [fold(m.group(1)) if m and fold(m.group(1)) not in _SPEAKER_LABELS else None for m in labels]
    for key, run in groupby(range(len(spans)), key=keys.__getitem__):  # runs of lines under one label
        run = list(run)
        if key and len(run) > 1:
            first = run[0]
            yield row, spans[first - 1] if first else None, [(row, spans[k]) for k in run], labels[first].group(1)


_SPEAKER_LABELS = frozenset({"intervenant", "intervenante", "speaker", "participant", "participante", "locuteur",
                             "locutrice", "orateur", "oratrice"})
_SERIES_LABEL = re.compile(r"\s*([^\W\d_][\w'’-]{2,30})\s+\d{1,2}(?:\.\d{1,2})?\s*[-–—:.]\s+\S")


def _numbered_in_order(items: list[str]) -> bool:
    """True when the items open on 1, 2, 3… in order (three at least): steps."""
    numbers = [re.match(r"\s*[A-Z]{0,2}(\d{1,2})\b", item) for item in items]  # "1.", "2." or "R1.", "R2."
    return len(items) >= 3 and all(m and int(m.group(1)) == n for n, m in enumerate(numbers, start=1))


def _contents(material: Material, items: list[Item]) -> bool:
    """True when most items are entries of a table of contents (a title, dot leaders, a page number)."""
    return sum(is_contents_entry(material.text(r)[a:b]) for r, (a, b) in items) * 2 > len(items)


def _sibling(text: str, items: tuple[tuple[int, int], ...], i: int) -> bool:
    """True when item i opens with the same words as the item before or after it ("Suite à cette séance, vous…"
    three times): one of parallel items, not a heading over the ones after it."""
    opening = _opening(text[items[i][0]:items[i][1]])
    return any(0 <= j < len(items) and _opening(text[items[j][0]:items[j][1]]) == opening for j in (i - 1, i + 1))


def _opening(item: str) -> tuple[str, ...]:
    return tuple(fold(item).split()[:SIBLING_WORDS])


SIBLING_WORDS = 3


def _title_above(text: str, start: int) -> str:
    """The line just above a position when it is a title, numbered or not ("Article 2 – Signataires"), else ""."""
    before = text[:start]
    line = before.rstrip().rsplit("\n", 1)[-1] if "\n" in before else ""  # (a passage may open on the title)
    return line if is_heading(_NUMBERING.sub("", line)) else ""


# "Article 2 – ", "3. ", "II) ", "Axe 1 : ": a title's number
_NUMBERING = re.compile(r"^\s*(?:(?:article|chapitre|partie|section|titre|axe|annexe)\s+)?(?:\d{1,2}|[IVX]{1,4})"
                        r"(?:\s*[.)]|\s*[-–—:])?\s+", re.I)


def _sentence_before(text: str, start: int) -> tuple[int, int] | None:
    """The sentence just before a position, when it announces what follows (ends in "." or ":") and is not
    the last item of a list before it ("- Méthodes participatives.")."""
    before = [s for s in sentence_spans(text) if s[1] <= start]
    if not before or not text[before[-1][0]:before[-1][1]].rstrip().endswith((".", ":")):
        return None
    return None if on_bulleted_line(text, before[-1][0]) else before[-1]


def _lists(material: Material, row: int):
    """The lists of a passage as (intro span, item spans, row of the items); a passage ending on a line
    that announces a list ("…un fonctionnement en 3 niveaux :") lends that line to the items of the
    cited passage that follows it; a slide's sentences, one a line, are items under its title."""
    text = material.text(row)
    blocks = list_blocks(text)
    for intro, items in blocks:
        yield intro, items, row
    if not blocks and material.snap.passages[row].location.kind == "slide":
        sentences = slide_sentences(text)
        # its title must name what is asked ("les signes qui doivent alerter"), not only whose it is (a name), or
        # two words of the question ("…dans la feuille de route 2026 ?" and a slide "Feuille de route 2026")
        titled = set(content_terms(text[sentences[0][0]:sentences[0][1]])) if sentences else set()
        if sentences and (_asked_terms(material.analysis.question) & titled or len(
                titled & set(content_terms(_lower_case(material.analysis.question)))) >= TITLE_WORDS):
            yield sentences[0], sentences[1:], row
    nxt = row + 1
    if (nxt in material.numbers and material.snap.same_doc_as_previous[nxt]
            and announces_list(text, material.text(nxt))):
        last = sentence_spans(text)[-1]
        for intro, items in list_blocks(material.text(nxt))[:1]:
            if intro is None:  # the list opens the next passage
                yield last, items, nxt


SLIDE_ITEMS = 3


def _table_blocks(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """The tables of a text as `laid_out` writes them: (its header line, its rows: the lines right under it), two rows
    or more."""
    out: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    open_table, start = False, 0
    for line in text.split("\n"):
        span, start = (start, start + len(line)), start + len(line) + 1
        if header_columns(line) is not None:
            out.append((span, []))
            open_table = True
        elif open_table and ROW_MARK in line:
            out[-1][1].append(span)
        else:
            open_table = False
    return [(head, rows) for head, rows in out if len(rows) >= 2]


_ASKED_NOUN = re.compile(r"\s*(?:quel(?:le)?s(?:\s+sont)?|what\s+are|which)\s+(?:(?:les|leurs|ses|nos|vos|des|the|its|their)\s+)?"
                         r"(?:(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five)\s+)?"  # "les quatre…"
                         r"(?:(?:principa(?:les?|ux)|grand(?:e?s)?|main|key)\s+)?([^\W\d_][\w'’-]*)", re.I)


def _asked_terms(question: str) -> set[str]:
    """What a question asks for: the noun after "quels"/"quelles" ("Quels signes…"), else the terms of its words
    written in lower case (not the names it gives)."""
    asked = _ASKED_NOUN.match(question)
    return set(content_terms(asked.group(1) if asked else _lower_case(question)))


def slide_sentences(text: str) -> list[tuple[int, int]]:
    """A slide's title line and its lines that are each a whole sentence ("Le repli sur soi, l'isolement…."), three
    or more, or, on a slide whose every line is one, its lines that each say an action or a thing without a final
    stop ("Étendre Cap Sortie à l'antenne…", "Passer de 18 à 24 places"): what a slide without bullets lists. []
    when it has fewer."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    said = [(a, b) for a, b in lines[1:] if text[a:b].rstrip()[-1:] in ".;!" and b - a <= MAX_ITEM_CHARS]
    if len(said) < SLIDE_ITEMS and len(lines) > SLIDE_ITEMS and all(_item_line(text[a:b]) for a, b in lines[1:]):
        said = lines[1:]
    return lines[:1] + said if len(said) >= SLIDE_ITEMS else []


def _item_line(line: str) -> bool:
    """A line that lists one thing: opening on a capital, of a few words up to ITEM_WORDS, not a heading's colon."""
    words = line.split()
    return (ITEM_LINE_MIN_WORDS <= len(words) <= ITEM_WORDS and words[0][:1].isupper() and len(line) <= MAX_ITEM_CHARS
            and not line.rstrip().endswith(":"))


ITEM_LINE_MIN_WORDS = 3
TITLE_WORDS = 2  # words of the question a slide's title holds to be what a list question asks for


def _lower_case(question: str) -> str:
    """The question's words written in lower case: what it asks, not the names it gives."""
    return " ".join(w for w in question.split() if w[:1].islower())


def _closed(material: Material, items: list[Item]) -> list[Item]:
    """The items up to the one that closes the list: items punctuated the French way end in ";" and the last
    one in "." ("…savoir gérer ses émotions."); a line after it ("Pour en savoir plus…") is not an item."""
    ends = [material.text(row)[a:b].rstrip()[-1:] for row, (a, b) in items]
    if ends.count(";") < 2:
        return items
    for i, end in enumerate(ends):
        if end == "." and i and ends[i - 1] == ";":
            return items[:i + 1]
    return items


# A list's item under a label of its own ("- À faire : Inviter la sous-préfecture", "- Fait : Réserver la salle")
_LABELLED_ITEM = re.compile(r"(?m)^[ \t]*(?:[-•*▪◦]|\d{1,2}[.)])?[ \t]*([^\W\d_][^:\n]{0,24}?)[ \t]*:[ \t]*(\S[^\n]*)$")


def labelled_items(material: Material, sentences: list[AnswerSentence]) -> tuple[AnswerPart, ...] | None:
    """For "Qu'est-ce qui reste à faire… ?", answered by items of a list labelled "À faire : …" beside others ("Fait :
    …"): every item of that passage under the label the question says, as a list."""
    asked = set(window_terms(material.analysis.question))
    for sentence in sentences[:2]:
        row = material.row_of(sentence.n)
        if row is None or not sentence.spans or material.snap.passages[row].location.kind == "time":
            continue  # (a transcript's "Dr Vialaret : …" turns are what someone says, not items labelled so)
        text = material.text(row)
        lines = list(_LABELLED_ITEM.finditer(text))
        here = next((m for m in lines if m.start() <= sentence.spans[0][0] < m.end() + 1), None)
        if here is None:
            continue
        label = fold(here.group(1).strip())
        same = [m for m in lines if fold(m.group(1).strip()) == label]
        others = {fold(m.group(1).strip()) for m in lines} - {label}
        words = set(window_terms(here.group(1)))
        # the label is said by the question, and the list holds items under other labels too (what is done, what not)
        if len(same) >= 2 and others and words and words <= asked:
            items = [quote(material, row, [(m.start(1), m.end(2))]) for m in same[:material.tuning.list_items]]
            return (AnswerPart(tuple(items), is_list=True, left_out=max(0, len(same) - len(items))),)
    return None
