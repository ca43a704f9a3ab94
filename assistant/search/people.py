"""People the documents name in a role: who "la directrice de l'EHPAD Saint-Éloi" or "le psychiatre de l'EMPG" is,
so that what that person says ("Colette Brunerie : soutient le projet mais…") answers a question naming them so."""

from __future__ import annotations

import re

from assistant.store.snapshot import Snapshot
from assistant.text import content_terms, fold, window_terms

# The roles people are introduced with ("Audrey Lissy, coordinatrice du CLS", "Dr Varin, psychiatre")
ROLES = (r"(?:coordinat(?:eur|rice)|coordonnat(?:eur|rice)|direct(?:eur|rice)|charg[ée]e?|chef|cheffe|responsable|"
         r"(?:vice-)?pr[ée]sidente?|m[ée]decin|(?:p[ée]do)?psychiatre|psychologue|infirmi[eè]re?|adjointe?|maire|"
         r"conseill[eè]re?|[ée]ducat(?:eur|rice)|m[ée]diat(?:eur|rice)|format(?:eur|rice)|assistante?|juriste|"
         r"d[ée]l[ée]gu[ée]e?|[ée]lue?|animat(?:eur|rice)|r[ée]f[ée]rente?|chercheu(?:r|se)|sociologue|secr[ée]taire|"
         r"d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|fondat(?:eur|rice)|repr[ée]sentante?|ing[ée]nieure?|professeure?|"
         r"docteure?|dr|pr|sages?-femmes?|pu[ée]ricult(?:eur|rice)|intervenante?|travailleu(?:r|se)|p[ée]diatre|"
         r"g[ée]n[ée]raliste|cadre|psychomotricien(?:ne)?|orthophoniste|ergoth[ée]rapeute|pair-aidante?|avocate?|"
         r"commissaire|capitaine|gendarme|polici(?:er|[eè]re)|pharmacien(?:ne)?|[ée]conomiste|attach[ée]e?)s?")
# A first name and a surname ("Colette Brunerie", "Anne-Laure Mesplède", "Marc de la Tour")
FULL_NAME = (r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)? (?:(?:de|du|le|la|van|von) )?"
             r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")

# "la directrice de l'EHPAD Saint-Éloi", "le psychiatre de l'EMPG", "l'infirmière du bus": a role, maybe whose (three
# words at most, up to what the question goes on with)
_ROLE_OF = re.compile(r"\b(?:l[ea]\s+|l['’]\s*)(?P<role>" + ROLES + r")\b(?:\s+invit[ée]e?)?"
                      r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?P<whose>[^\s?,;:!]+(?:\s+[^\s?,;:!]+){0,2}?))?"
                      r"(?=\s*(?:[?,;:.!]|$|(?:sur|dans|pendant|lors|au|aux|a|à|quand|pour|et|qui|que|qu['’]|dit|"
                      r"conseille|raconte|explique|propose|répond|repond|selon|d['’]après|a-t-il|a-t-elle)\b))", re.I)
# someone in a line: a first name and a surname, or a title and a surname ("Dr Vialaret")
_PERSON = re.compile(r"(?:\b(?:Dr|Dre|Docteure?|Pr|Mme|M\.)\s+)?\b" + FULL_NAME + r"|\b(?:Dr|Dre|Docteure?|Pr)\.?\s+"
                     r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")
DOCUMENT_ROWS = 400  # the passages of a document read for the person in a role


def role_named(question: str) -> tuple[str, frozenset[str]] | None:
    """The role a question names someone by, as (its words, whose words): "…la directrice de l'EHPAD Saint-Éloi sur
    la charte ?" -> ("directrice de l'EHPAD Saint-Éloi", {"ehpad", "saint", "eloi"}); None when it names none, or
    asks which role ("quel psychiatre…") or for someone ("qui…")."""
    for m in _ROLE_OF.finditer(question):
        if re.search(r"\bquel(?:le)?s?\s*$", question[:m.start()], re.I):
            continue
        said = question[m.start("role"):m.end()].strip()
        return said, frozenset(content_terms(said[m.end("role") - m.start("role"):]))  # ("invité de la matinale")
    return None


def person_in_role(snap: Snapshot, rows: list[int], role: str, whose: frozenset[str]) -> frozenset[str]:
    """The terms of the name of the person the documents of these passages introduce in that role (of whose, when
    said): "Colette Brunerie — EHPAD Résidence Saint-Éloi · Directrice" -> {"colet", "bruner"}. Each line naming the
    role (and whose) votes for the name nearest it, by surname ("la capitaine Sandrine Oudinot, …", "Capitaine
    Oudinot, côté gendarmerie…"); none when no line does, or two people get as many votes."""
    role_term = next(iter(content_terms(role.split()[0])), "")
    if not role_term:
        return frozenset()
    # the names in whose ("EHPAD Saint-Éloi", "EMPG"), not its common words ("du bus", "de gendarmerie")
    named = frozenset(t for word in role.split()[1:] if re.split(r"['’]", word)[-1][:1].isupper()
                      for t in content_terms(re.split(r"['’]", word)[-1]))
    votes: dict[str, int] = {}
    written: dict[str, str] = {}  # a surname's fullest name seen
    for row in _document_rows(snap, rows):
        text = snap.passages[row].text
        if role_term[:4] not in fold(text):
            continue
        lines = [line for line in re.split(r"\n|(?<=[.!?])\s+", text) if line.strip()]
        for i, line in enumerate(lines):
            held = window_terms(line)
            # (not its first letters: "psych…" is a psychologue's too); whose role, maybe said on the line before or
            # after ("…je suis psychiatre au centre hospitalier," then "et je suis le médecin responsable de … l'EMPG")
            near = window_terms(" ".join(lines[max(0, i - 1):i + 2]))
            if role_term not in held or (whose and not whose & near) or not named <= near:
                continue  # (whose names, all of them: "du CLSM de Montbrézac" is not another town's)
            vote = 2 if not whose or whose & held else 1  # (whose said on its own line counts more)
            at = fold(line).find(role_term[:4])
            names = [(m.start(), _without_role(m.group(0))) for m in _PERSON.finditer(line)]
            names += [(m.start(1), m.group(1)) for m in _ROLE_THEN_SURNAME.finditer(line)]  # "la capitaine Oudinot"
            names = [(start, name) for start, name in names if name and not whose & set(content_terms(name))
                     and not _ARTICLE.match(name)]  # (not "Les Tilleuls", a hospital's name)
            if names:
                _, nearest = min(names, key=lambda n: abs(n[0] - at))
                surname = next(reversed(content_terms(nearest)), "")
                if surname:
                    votes[surname] = votes.get(surname, 0) + vote
                    written[surname] = max(written.get(surname, ""), _TITLE.sub("", nearest), key=len)
    ranked = sorted(votes.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return frozenset()
    best = max(votes, key=votes.get)
    return frozenset(t for t in content_terms(written[best]) if not t.isdigit())


def _without_role(name: str) -> str:
    """A name without the role written before it with a capital ("Capitaine Oudinot" -> "Oudinot")."""
    first, _, rest = name.partition(" ")
    return rest if re.fullmatch(ROLES, first, re.I) else name


_ROLE_THEN_SURNAME = re.compile(r"\b(?i:" + ROLES + r")\s+([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\b(?!\s+[A-ZÀ-Ý])")
_ARTICLE = re.compile(r"(?:Le|La|Les|Du|Des|Au|Aux)\s")
_TITLE = re.compile(r"^(?:Dr|Dre|Docteure?|Pr|Mme|M\.)\.?\s+")


def _document_rows(snap: Snapshot, rows: list[int]) -> list[int]:
    """The rows of the documents of the given passages (each document's passages follow one another)."""
    out: list[int] = []
    seen: set[str] = set()
    for row in rows:
        doc = snap.passages[row].doc_id
        if doc in seen:
            continue
        seen.add(doc)
        first = row
        while first > 0 and snap.passages[first - 1].doc_id == doc and row - first < DOCUMENT_ROWS:
            first -= 1
        last = row
        while last + 1 < len(snap.passages) and snap.passages[last + 1].doc_id == doc and last - first < DOCUMENT_ROWS:
            last += 1
        out.extend(range(first, last + 1))
    return out
