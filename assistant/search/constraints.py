"""Where and when a question asks about: the places (French regions, France), years and numbered references
("la délibération n° 2025-03") it names, and whether a sentence agrees with them ("France" asked, "Occitanie"
stated: a figure for another place)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import fold, unaccented

# French regions (current and former) and the country: general knowledge, not this corpus's words.
PLACES = (
    "France", "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse",
    "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie",
    "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "PACA", "Guadeloupe", "Martinique", "Guyane",
    "La Réunion", "Mayotte", "Nord-Pas-de-Calais", "Picardie", "Alsace", "Lorraine", "Champagne-Ardenne",
    "Languedoc-Roussillon", "Midi-Pyrénées", "Aquitaine", "Limousin", "Poitou-Charentes", "Auvergne",
    "Rhône-Alpes", "Bourgogne", "Franche-Comté", "Basse-Normandie", "Haute-Normandie",
)
REGIONS = frozenset(re.sub(r"[-\s]+", "-", fold(name)) for name in PLACES) - {"france"}
# The English names of those that English writes otherwise ("How many… in Brittany?").
ENGLISH_PLACES = {
    "Brittany": "Bretagne", "Normandy": "Normandie", "Lower Normandy": "Basse-Normandie",
    "Upper Normandy": "Haute-Normandie", "Burgundy": "Bourgogne", "Corsica": "Corse", "Occitania": "Occitanie",
    "French Guiana": "Guyane", "Reunion": "La Réunion", "Réunion": "La Réunion", "Picardy": "Picardie",
    "Greater Paris": "Île-de-France", "Paris region": "Île-de-France", "French Riviera": "Provence-Alpes-Côte d'Azur",
}
# French départements: general knowledge too. Many are also common words or rivers ("Nord", "Manche", "Var",
# "Loire"), so they count only written with their capital, not as the first word of a name ("Loire Cœur Habitat"),
# and a region's name is read first ("Pays de la Loire").
DEPARTEMENTS = (
    "Ain", "Aisne", "Allier", "Alpes-de-Haute-Provence", "Hautes-Alpes", "Alpes-Maritimes", "Ardèche", "Ardennes",
    "Ariège", "Aube", "Aude", "Aveyron", "Bouches-du-Rhône", "Calvados", "Cantal", "Charente", "Charente-Maritime",
    "Cher", "Corrèze", "Corse-du-Sud", "Haute-Corse", "Côte-d'Or", "Côtes-d'Armor", "Creuse", "Dordogne", "Doubs",
    "Drôme", "Eure", "Eure-et-Loir", "Finistère", "Gard", "Haute-Garonne", "Gers", "Gironde", "Hérault",
    "Ille-et-Vilaine", "Indre", "Indre-et-Loire", "Isère", "Jura", "Landes", "Loir-et-Cher", "Loire", "Haute-Loire",
    "Loire-Atlantique", "Loiret", "Lot", "Lot-et-Garonne", "Lozère", "Maine-et-Loire", "Manche", "Marne",
    "Haute-Marne", "Mayenne", "Meurthe-et-Moselle", "Meuse", "Morbihan", "Moselle", "Nièvre", "Nord", "Oise", "Orne",
    "Pas-de-Calais", "Puy-de-Dôme", "Pyrénées-Atlantiques", "Hautes-Pyrénées", "Pyrénées-Orientales", "Bas-Rhin",
    "Haut-Rhin", "Rhône", "Haute-Saône", "Saône-et-Loire", "Sarthe", "Savoie", "Haute-Savoie", "Paris",
    "Seine-Maritime", "Seine-et-Marne", "Yvelines", "Deux-Sèvres", "Somme", "Tarn", "Tarn-et-Garonne", "Var",
    "Vaucluse", "Vendée", "Vienne", "Haute-Vienne", "Vosges", "Yonne", "Territoire de Belfort", "Essonne",
    "Hauts-de-Seine", "Seine-Saint-Denis", "Val-de-Marne", "Val-d'Oise",
)
# Names that are also common words ("Lot 2", "Somme totale", "Cher collègue", "Au Nord de la ville", "Vienne
# (Autriche)"): a place only after what introduces a place ("dans le Nord", "du Var", "la Somme", "en Vienne").
AMBIGUOUS_DEPARTEMENTS = frozenset({"Lot", "Somme", "Cher", "Nord", "Manche", "Var", "Vienne", "Aube", "Ain", "Gard",
                                    "Orne", "Eure", "Aude", "Gers", "Tarn", "Jura", "Indre", "Oise", "Loire", "Marne",
                                    "Rhone", "Landes", "Vosges", "Creuse", "Cantal", "Allier", "Doubs", "Drome",
                                    "Savoie", "Vendee", "Sarthe", "Mayenne", "Meuse", "Moselle", "Yonne", "Aisne"})
_AS_PLACE = re.compile(r"(?:\b(?:dans|du|de|le|la|l'|en|au|aux|sur|et|des)|[,(/])\s*$")
# Some names contain another ("Hauts-de-France" holds "France"): the longest match wins.
_PLACE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(fold(p)).replace(r"\-", r"[-\s]+").replace(r"\ ", r"[-\s]+")
                           for p in sorted([*PLACES, *ENGLISH_PLACES], key=len, reverse=True)) + r")(?![\w-])")
_FRENCH_NAME = {re.sub(r"[-\s]+", "-", fold(english)): re.sub(r"[-\s]+", "-", fold(french))
                for english, french in ENGLISH_PLACES.items()}  # both as `places` writes them
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/])")
_YEAR_RANGE = re.compile(r"(?<![\d/.])((?:19|20)\d\d)\s?[-–]\s?((?:19|20)\d\d)(?![\d/])")  # "2021-2022": both
_NATIONAL = re.compile(r"\b(?:national(?:e|es|ement)?|nationwide)\b")


def _canonical(match: str) -> str:
    return re.sub(r"[-\s]+", "-", match)


# A place whose name is also a common word counts only written with its capital ("à quelle réunion ?" asks
# for a meeting, "la réunion du groupe" too); "bretagne" in lower-case captions is still the region.
_ISLAND = re.compile(r"(?<![\w-])R[ée]union\b|\bLA\s+R[ÉE]UNION\b")  # all capitals: "LA RÉUNION", not "RÉUNION DU COPIL"
_COMMON_WORD = {"reunion": _ISLAND, "la-reunion": _ISLAND}


_REGION_CASED = re.compile(_PLACE.pattern, re.I)  # the same names in a text that keeps its capitals
_DEPARTEMENT = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(unaccented(d)).replace(r"\-", r"[-\s]+").replace(r"\ ", r"[-\s]+")
                           for d in sorted(DEPARTEMENTS, key=len, reverse=True)) + r")(?![\w-])"
    r"(?!\s+(?:[A-Z][\w-]|&|\d))")  # "Loire Cœur Habitat", "Var Habitat", "Lot 2": a name's first word, no place

# The same in capitals ("CLSM DU LOIRET", a heading or a slide title), those that are no common word
_DEPARTEMENT_CAPITALS = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(unaccented(d).upper()).replace(r"\-", r"[-\s]+").replace(r"\ ", r"[-\s]+")
                           for d in sorted(DEPARTEMENTS, key=len, reverse=True)
                           if unaccented(d) not in AMBIGUOUS_DEPARTEMENTS) + r")(?![\w-])")


@lru_cache(maxsize=50_000)
def places(text: str) -> frozenset[str]:
    """Places named in a text (folded, hyphenated): {"france"}, {"hauts-de-france"}, {"loiret"}…"""
    found = map(_canonical, _PLACE.findall(fold(text)))
    regions = frozenset(_FRENCH_NAME.get(name, name) for name in found
                        if name not in _COMMON_WORD or _COMMON_WORD[name].search(text))
    plain = _REGION_CASED.sub(" ", unaccented(text).replace("’", "'"))  # "Pays de la Loire" is no "Loire"
    return regions | frozenset(_canonical(fold(m.group(1))) for m in _DEPARTEMENT.finditer(plain)
                               if m.group(1) not in AMBIGUOUS_DEPARTEMENTS or _AS_PLACE.search(plain, 0, m.start())
                               ) | frozenset(_canonical(fold(name)) for name in _DEPARTEMENT_CAPITALS.findall(plain))


@lru_cache(maxsize=50_000)
def years(text: str) -> frozenset[str]:
    """Years (1900-2099) written in a text, outside dates such as 31/12/2023 and references such as 2016/289."""
    return frozenset(_YEAR.findall(text)) | frozenset(y for pair in _YEAR_RANGE.findall(text) for y in pair)


_SMALL = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
_SPOKEN_UNITS = {word: n for n, word in enumerate(_SMALL, start=1)} | {
    "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30}
_SPOKEN_YEAR = re.compile(r"\bdeux mille[\s-]+((?:vingt|trente)(?:[\s-]+et)?(?:[\s-]+(?:un|deux|trois|quatre|cinq|six|sept|"
                          r"huit|neuf))?|dix-(?:sept|huit|neuf)|" + "|".join(_SMALL) + r")\b", re.I)


@lru_cache(maxsize=20_000)
def spoken_years(text: str) -> frozenset[str]:
    """The years 2001-2039 a text says in words, as speech is transcribed: "en deux mille vingt-quatre" -> 2024,
    "deux mille neuf" -> 2009 (not "deux mille personnes")."""
    if "deux mille" not in text.lower():
        return frozenset()
    out = set()
    for m in _SPOKEN_YEAR.finditer(text):
        parts = [w for w in re.split(r"[\s-]+", m.group(1).lower()) if w != "et"]
        joined = "-".join(parts)
        value = _SPOKEN_UNITS.get(joined) or sum(_SPOKEN_UNITS.get(w, 0) for w in parts)
        if 0 < value < 40:
            out.add(str(2000 + value))
    return frozenset(out)


@lru_cache(maxsize=50_000)
def seasons(text: str) -> frozenset[str]:
    """School or campaign years a text names, two years in a row ("2024-2025", "2024/2025"), as "2024-2025"."""
    return frozenset(f"{a}-{b}" for a, b in _SEASON.findall(text) if int(b) == int(a) + 1)


_SEASON = re.compile(r"(?<![\d/.])((?:19|20)\d\d)\s?[-–/]\s?((?:19|20)\d\d)(?![\d/])")


def agreement(asked_places: frozenset[str], asked_years: frozenset[str], text: str, context: str = "") -> float:
    """+1 for each of place and year the text (or, for the place, its title) confirms, -1 for each it
    contradicts (it names another one and not the one asked), 0 when it says nothing; in [-2, 2]."""
    return sum(agreements(asked_places, asked_years, text, context))


def agreements(asked_places: frozenset[str], asked_years: frozenset[str], text: str,
               context: str = "") -> tuple[int, int]:
    """(place, year): each +1 when the text confirms what is asked, -1 when it names another, else 0."""
    place = year = 0
    if asked_places:
        named = places(text) or places(context)
        # "…plus haut que dans la région ?": any region names it ("33 en Auvergne-Rhône-Alpes")
        region = THE_REGION in asked_places and bool(named & REGIONS)
        place = 1 if named & asked_places or region else -1 if named else 0
    if asked_years:
        named_years = years(text)
        # "…réserve désormais trois demi-journées…, contre deux en 2024": the year of what it is compared with
        # names no other year for its own figure (which is of its document's: see `compared_years_only`)
        year = 1 if named_years & asked_years else -1 if named_years and not compared_years_only(text) else 0
    return place, year


def compared_years_only(text: str) -> bool:
    """True when every year a text names is that of what its figure is compared with ("…trois demi-journées par
    semaine…, contre deux en 2024"): its own figure is of no year it says."""
    return bool(years(text)) and not years(_COMPARED_WITH.sub(" ", text))


# What a figure is compared with, up to its year: "contre deux en 2024", "contre 14 % en 2023"
_COMPARED_WITH = re.compile(r"\bcontre\b[^.;:()]{0,40}?\b(?:19|20)\d\d\b")


def asks_the_region(question: str) -> bool:
    """True when a question asks of "la région" without naming it ("…plus haut que dans la région et qu'en France ?")."""
    return bool(_THE_REGION.search(fold(question))) and not places(question) & REGIONS


THE_REGION = "la-region"  # the place asked by "la région", which any region's name confirms
_THE_REGION = re.compile(r"\b(?:la|de la|notre|ma|the|our) region\b|\b(?:niveau|echelle) regionale?\b|"
                         r"\bregional (?:level|average|rate|figure)\b")  # (not "le formateur régional")


def national(text: str) -> bool:
    """True when the text speaks of the national level ("au niveau national")."""
    return bool(_NATIONAL.search(fold(text)))


# A numbered part of a document: a label, maybe "n°", then its number ("Délibération n° 2025-03", "l'article 4",
# "fiche action 3.2", "axe 2"), or "n° 12" alone. General French for documents, not this corpus's words.
_REFERENCE_LABELS = ("article", "fiche action", "fiche-action", "fiche", "action", "axe", "deliberation",
                     "recommandation", "mesure", "objectif", "annexe", "resolution", "orientation", "priorite",
                     "etape", "chapitre", "partie", "decision", "engagement", "amendement", "motion", "n")
_REFERENCE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(label) for label in _REFERENCE_LABELS) + r")s?"
    # "n° 2025-02", and "no 2025-02" as a PDF's text layer gives the raised "o" of "n°"
    r"(?:\s*(?:n\s?[°º]|no\.?|numero)\s*|\s+|(?<=n)\s?[°º]\s*|(?<=n)o\.?\s*(?=\d))"
    r"(\d{1,4}(?:[.\-/]\d{1,4})*)(?!\d|[.,]\d|\s?%)")


@lru_cache(maxsize=50_000)
def references(text: str) -> frozenset[tuple[str, str]]:
    """The numbered references a text names, as (label, number): "la délibération n° 2025-03" gives
    ("deliberation", "2025-03"); a year or two after a label ("l'objectif 2026", "objectifs 2024-2030") are dates."""
    found = set()
    for label, number in _REFERENCE.findall(fold(text)):
        if not _BARE_YEAR.fullmatch(number):
            found.add((label.replace("-", " "), number))
    return frozenset(found)


_BARE_YEAR = re.compile(r"(?:19|20)\d\d(?:-(?:19|20)\d\d)?")  # "objectifs 2024-2030": years too


def opens_on_reference(text: str) -> bool:
    """True when a line opens on a numbered part's label and number ("Article 11 – …", "Délibération n° 2025-03 :"):
    it names the part the lines under it belong to; "…la cellule prévue à l'article 11" only mentions one."""
    folded = fold(text)
    found = _REFERENCE.search(folded)
    # (the label may have two words: "Fiche repère n° 12 –")
    return found is not None and len(_NON_WORD.sub(" ", folded[:found.start()]).split()) <= OPENING_WORDS


OPENING_WORDS = 2
_NON_WORD = re.compile(r"[^\w]+")


def reference_agreement(asked: frozenset[tuple[str, str]], text: str) -> int:
    """+1 when the text names a reference asked (its number after its label or "n°"), -1 when it names another
    of the same label and not the one asked ("Délibération n° 2025-04" when 2025-03 is asked), else 0."""
    if not asked:
        return 0
    named = references(text)
    numbers = {number for _, number in named}
    # the label asked, or "n°" alone, before the number asked ("n° 12" asked: any label before 12)
    if any((label, number) in named or ("n", number) in named or (label == "n" and number in numbers)
           for label, number in asked):
        return 1
    labels = {label for label, _ in asked}  # "Vu la loi n° 2016-41" contradicts no deliberation asked
    return -1 if any(label in labels for label, _ in named) else 0
