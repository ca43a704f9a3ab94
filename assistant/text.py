"""French text analysis shared by indexing and querying: accent folding, elisions, stopwords, stemming."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

# A generic French stopword list (function words only; nothing specific to this corpus).
STOPWORDS_FR = frozenset(
    """
    a afin ai aie aient aies ait alors as au aucun aucune aupres auquel aura aurai auraient aurais
    aurait auras aurez auriez aurions aurons auront aussi autre autres aux auxquelles auxquels avaient
    avais avait avant avec avez aviez avions avoir avons ayant ayez ayons c ca car ce ceci cela
    celle celles celui cependant ces cet cette ceux chacun chacune chaque chez ci comme comment d dans
    de depuis des desquelles desquels dont donc du duquel elle elles en encore entre es est et etaient
    etais etait etant etes etiez etions etre eu eue eues eumes eurent eus eusse eussent eusses eussiez
    eussions eut eutes eux fait faites font fumes furent fus fusse fussent fusses fussiez fussions fut
    futes ici il ils j je jusqu l la laquelle le lequel les lesquelles lesquels leur leurs lors lorsqu
    lui m ma mais me meme memes mes moi mon n ne ni nos notre nous on ont or ou par parce pas pendant peu peut
    plus pour pourquoi puis puisqu qu quand que quel quelle quelles quels qui quoi s sa sans se sera
    serai seraient serais serait seras serez seriez serions serons seront ses si soi soient sois soit
    selon sommes son sont soyez soyons suis sur t ta te tes toi ton tous tout toute toutes tres tu un une
    unes uns va vers via voici voila vont vos votre vous vu y
    """.split()
)

# Question words carry no content for retrieval ("combien", "quelles différences"...); English function
# words neither (a question may be asked in English; the corpus is French).
# Adverbs that only insist ("c'est quoi, exactement ?", "concrètement, ça sert à quoi ?"), folded
INSISTING_WORDS = frozenset("exactement precisement concretement vraiment".split())
QUESTION_WORDS_FR = frozenset(
    "combien quel quelle quels quelles qui quoi comment pourquoi ou quand lequel laquelle "
    "lesquels lesquelles est-ce vs versus".split()
) | frozenset(
    # verbs that only carry the question ("que dit…", "quelle note donnent-ils…", "que doit…")
    "dit disent dire donne donnent donner faire dois doit devons devez doivent devoir faut falloir".split()
) | frozenset(
    # wanting and doing as a question says them of the asker ("Je voudrais devenir sentinelle, comment je fais ?")
    "fais voudrais voudrait voudrions voudriez veux voulons aimerais aimerait aimerions souhaiterais souhaiterait "
    "souhaiterions".split()
) | frozenset(
    # everyday words a question uses where documents name who or where ("les gens", "en dessous de")
    "gens dessous dessus quelqu devant cote trop".split()  # ("côté DSDEN": on its side; "trop juste": how much)
) | INSISTING_WORDS | frozenset(
    "the a of in on at to for from by with and or is are was were be been being do does did how many much "
    "what which who whom whose why when where there their this that these those it its have has had can could "
    "should would will shall may might must about into than then".split()
)

_ELISION = re.compile(r"\b(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ]", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
URL = re.compile(r"https?://\S+|www\.\S+")  # a link in running text (left out where its words or digits mislead)
# The article opening a name ("Les Courtils", "La Boussole", "L'Escale"): French contracts it ("aux Courtils", "de la
# Boussole", "à l'Escale"), so that the name is found written without it
LEADING_ARTICLE = re.compile(r"^(?:[Ll]es\s+|[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*)(?=[A-ZÀ-Ý])")
_STEMMER = Stemmer.Stemmer("french")
EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
# French numbers: 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, +33 (0)6…, 0033 6…
PHONE_FR = re.compile(r"(?<![\w+])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?|0)[1-9](?:[\s.\-]?\d{2}){4}(?!\d)")
# Any other international number: a "+" and 8 to 15 digits, grouped by spaces, dots, dashes or brackets.
PHONE_INTL = re.compile(r"(?<![\w+])\+\d(?:[\s.\-()]{0,2}\d){7,14}(?!\d)")


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae"})


def unligature(text: str) -> str:
    """The text with œ and æ written out ("Barœul" -> "Baroeul"), as people type them."""
    return text.translate(_LIGATURES)


def without_contacts(text: str) -> str:
    """The text without its e-mail addresses, phone numbers and links (their words and digits mislead a search)."""
    for pattern in (EMAIL, URL, PHONE_FR, PHONE_INTL):
        text = pattern.sub(" ", text)
    return text


def unaccented(text: str) -> str:
    """The text with its accents removed and its capitals kept ("Hérault" -> "Herault")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lower case with accents removed (NFKD, combining marks dropped), the typographic apostrophe as "'".
    Cached: the same sentences are read for every question."""
    if text.isascii():
        return text.lower()
    return unaccented(text.lower().replace("’", "'"))  # "c’est" reads as "c'est"


def normalise_for_match(text: str) -> str:
    """The evaluation's containment normalisation: folded, every non a-z0-9 run replaced by one space."""
    return _NON_ALNUM.sub(" ", fold(text)).strip()


def words(text: str) -> list[str]:
    """Lower-case words with elisions (l', d', qu'...) split off, accents kept."""
    return _WORD.findall(_ELISION.sub(" ", text.lower()))


def cased_words(text: str) -> list[str]:
    """Words with their case kept ("CLSM", "Brest"), elisions split off."""
    return _WORD.findall(_ELISION.sub(" ", text))


def is_acronym(word: str) -> bool:
    """"CLS", "QPV", "PRS2": two or more capitals and nothing lower-case."""
    return len(word) >= 2 and word.isupper()


def term(word: str) -> str:
    """The index term of one cased word: acronyms are kept whole (a stemmer reads "CLS" as a plural)."""
    return fold(word) if is_acronym(word) else stem(word.lower())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball French stem of an accented lower-case word, then accent-folded. Snowball leaves the present
    plural of verbs whole ("se suicident", "se terminent"): such a word is stemmed as its infinitive in -er
    ("suicider" -> "suicid", as "suicide"), so the question's verb finds the text's noun or other forms."""
    word = _MONTH_ABBREVIATIONS.get(word, word)  # "janv." in a table's header is January
    stemmed = _STEMMER.stemWord(_VENIR.sub("venir", word))
    if len(stemmed) >= MIN_VERB_CHARS and stemmed.endswith("ent"):  # applied to every form alike
        stemmed = _STEMMER.stemWord(stemmed[:-3] + "er")  # ("patients", "patient" -> "pati")
    if len(stemmed) >= 4:  # not "du"
        stemmed = _THIRD_GROUP.sub("", stemmed)
    return fold(stemmed)


# The months as tables and slides shorten them ("1er janv. – 31 mai 2025"; not "sept", also a number)
_MONTH_ABBREVIATIONS = {"janv": "janvier", "fév": "février", "févr": "février", "avr": "avril", "juil": "juillet",
                        "oct": "octobre", "nov": "novembre", "déc": "décembre"}
_SHORT_DAYS = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")  # "Le mer. 9 juil. 2025"


# Snowball keeps the "r" of infinitives in -dre and -ivre and the "u" of their participles ("suivre" -> "suivr",
# "répondu" -> "répondu"), so "ont suivi" never met "à suivre", nor "répondre" "répondu": every stem drops them.
_THIRD_GROUP = re.compile(r"(?:(?<=d)|(?<=iv))r$|(?<=d)us?$")


# The present of "venir" and its family ("devient", "intervient", "reviennent") shares no stem with the infinitive
# ("devenir" -> "deven"): read as the infinitive, "Comment devient-on membre ?" finds "Comment devenir membre ?"
_VENIR = re.compile(r"vi(?:ens|ent|ennent)$")  # (a word is letters and digits only: `_WORD`)
MIN_VERB_CHARS = 7  # "suicident", "terminent"; shorter words in -ent ("souvent", "moment") are left alone


def is_stopword(word: str) -> bool:
    return fold(word) in STOPWORDS_FR


def tokenize(text: str) -> list[str]:
    """Index terms of a text: words minus stopwords, stemmed and folded.

    A word in capitals is kept whole ("CLS" is an acronym, not a plural) and, when it may also be a
    shouted ordinary word ("SATISFACTION"), its stem is added too.
    """
    out = []
    for w in _said_words(text):
        if is_acronym(w):
            out.append(fold(w))
            stemmed = stem(w.lower())
            if stemmed != out[-1] and fold(w) not in STOPWORDS_FR:
                out.append(stemmed)
        elif fold(w) not in STOPWORDS_FR:
            out.append(stem(w.lower()))
    return out


def _said_words(text: str) -> list[str]:
    """`cased_words` without "été" as the participle of "être" after "avoir" ("ont été signalés"): not the summer
    ("l'été 2025")."""
    words = cased_words(text)
    return [w for i, w in enumerate(words)
            if not (i and fold(w) == "ete" and words[i - 1].lower() in _AVOIR)]  # ("a été", not "à l'été")


_AVOIR = frozenset("a ai as avons avez ont avait avais avions aviez avaient aura auras aurons aurez auront aurait "
                   "aurais aurions auriez auraient ayant avoir eu".split())


@lru_cache(maxsize=20_000)
def term_set(text: str) -> frozenset[str]:
    """The set of `tokenize(text)`, cached: passages and their sentences are analysed again at every query."""
    return frozenset(tokenize(text))


PREFIX_LENGTH = 5
PREFIX_MARK = "~"


def prefix_term(term_: str) -> str | None:
    """A coarser term shared by a word family whose stems differ ("satisfaits" / "satisfaction")."""
    return PREFIX_MARK + term_[:PREFIX_LENGTH] if len(term_) > PREFIX_LENGTH and term_.isalpha() else None


def index_terms(text: str) -> list[str]:
    """What the lexical index stores for a passage: its terms and their word-family prefixes."""
    terms = tokenize(text)
    return terms + [p for p in map(prefix_term, terms) if p]


@lru_cache(maxsize=50_000)
def window_terms(text: str) -> frozenset[str]:
    """`index_terms` of a short text as a set, cached (sentences are read again at every question)."""
    return frozenset(index_terms(text))


@lru_cache(maxsize=50_000)
def content_terms(text: str) -> tuple[str, ...]:
    """Query terms: like `tokenize`, also without question words; order kept, duplicates dropped
    (cached: the glossary's forms are analysed again at every question)."""
    seen: dict[str, None] = {}
    for w in _said_words(text):
        f = fold(w)
        if not is_acronym(w) and (f in STOPWORDS_FR or f in QUESTION_WORDS_FR):
            continue
        seen.setdefault(term(w), None)
    return tuple(seen)


# Not after a title before a name ("M. Patrice Lenoir", "Dr. Martin").
# (not after a first name's initial: "CLSM (N. Bellamy)", "Dr H. Stoltz", "Mme A. Roth", "J.-P. Martin")
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?<!\bM\.)(?<!\bMM\.)(?<!\bDr\.)(?<!\bPr\.)(?<!\bMe\.)(?<!\bSt\.)"
                           r"(?<!\([A-ZÀ-Ý]\.)(?<!\bDr [A-ZÀ-Ý]\.)(?<!\bDre [A-ZÀ-Ý]\.)(?<!\bPr [A-ZÀ-Ý]\.)(?<!\bMme [A-ZÀ-Ý]\.)"
                           r"(?<!\bM\. [A-ZÀ-Ý]\.)(?<!\bDr\. [A-ZÀ-Ý]\.)(?<!: [A-ZÀ-Ý]\.)(?<!, [A-ZÀ-Ý]\.)"
                           r"(?<![A-ZÀ-Ý]\.-[A-ZÀ-Ý]\.)"
                           # nor after a month or a day shortened ("1er janv. – 31 mai 2025", "Le mer. 9 juil. 2025")
                           + "".join(rf"(?<!\b{short}\.)" for short in (*_MONTH_ABBREVIATIONS, *_SHORT_DAYS)) +
                           r"\s+"
                           r"(?=[«\"(A-ZÀ-ÖØ-Ý0-9•\-–])|\n+|"
                           # a footnote's call after the full stop ("…à 1 517 en 2025.6 Lors de l'épisode…", "…des
                           # aidants.3 Le…"): the number ends the sentence before it
                           r"(?:(?<=[a-zà-ÿ%»)]\.\d)|(?<=[a-zà-ÿ%»)]\.\d\d)|(?<=\d{4}\.\d)|(?<=\d{4}\.\d\d))\s+"
                           r"(?=[A-ZÀ-ÖØ-Ý][a-zà-ÿ])")


# A numbered label printed before its text on the same line ("Recommandation 1.", "Étape 2.", "Article 12.").
NUMBERED_LABEL = re.compile(r"[A-ZÀ-Ý][^\W\d_]{2,}(?:\s(?:n°\s?)?)\d{1,3}[a-z]?\.")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences (and bullet lines) of a passage."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0).strip(" \t") == "" and NUMBERED_LABEL.fullmatch(text[start:m.start()].strip()):
            continue  # "Recommandation 1. Généraliser l'interprétariat…": the label opens its sentence
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


@lru_cache(maxsize=20_000)
def sentence_terms(text: str) -> tuple[frozenset[str], ...]:
    """`window_terms` of each sentence of a passage, cached (candidates are read again at every question)."""
    return tuple(window_terms(text[a:b]) for a, b in split_sentences(text))


# Function words of English that French never uses: a question holding several is in English.
_ENGLISH = frozenset("the what which how does do did is are was were many much of to for with who why when where "
                     "there their this that these those have has been can could should would and in from by it its "
                     "be must within after before during".split())
# Words both languages write: the English article and the French verb ("a"), the English possessive's and the
# French elision's "s" ("a school's", "s'inscrire")
_EITHER = frozenset(("a", "s"))


def is_english(text: str) -> bool:
    """True when the text reads as English (at least two English function words, and more than French ones)."""
    tokens = [fold(w) for w in _WORD.findall(text)]
    english = sum(t in _ENGLISH for t in tokens)
    french = sum(t in STOPWORDS_FR and t not in _ENGLISH and t not in _EITHER for t in tokens)
    return english >= 2 and english > french


# "…, qu'on appelle entre nous la CASC", "…, aussi appelée MDA", "…, dit GEM": the name a long form goes by (read in
# written or folded text)
NAME_GOES_BY = (r"(?:(?:aussi|[ée]galement)\s+)?(?:(?:qu['’]\s?on|que\s+l['’]\s?on|que\s+nous)\s+)?appel\w*"
                r"(?:\s+(?:entre\s+nous|aussi|[ée]galement|souvent|simplement|couramment))?|dite?s?")
