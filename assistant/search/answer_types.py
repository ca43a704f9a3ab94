"""Expected answer types: what a question asks for (a duration, a share, a date, an amount of money, a count) and
whether a text holds one.

"Pour quelle durée…" wants "5 ans", "quelle part…" wants "70 %", "en quelle année…" wants "2016", "combien…"
wants a number. Retrieval gives a bonus to the candidate passages that hold an answer of the expected type, and the
answer prefers the sentences that do. Patterns read folded text (lower case, accents dropped), French first,
English too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.dates import FOLDED_MONTHS
from assistant.text import URL, content_terms, fold, is_english, term_set, window_terms

_MONTHS = "|".join(FOLDED_MONTHS)
# A day said in words, as speech is transcribed ("le quatorze octobre deux mille vingt-quatre", "le premier mars").
_SPOKEN_DAY = (r"premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
               r"dix-sept|dix-huit|dix-neuf|vingt(?:-et-un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf)?|"
               r"trente(?:-et-un)?")
_DATE = re.compile(rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\b\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b|"
                   rf"\b(?:le|du|au|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:{_SPOKEN_DAY})\s+(?:{_MONTHS})\b(?:\s+deux mille(?:[ -](?:{_SPOKEN_DAY}|et|un))*)?")
# A year said as a year ("en 2024", "fin 2016", "2024-2030", "(2019)", "Montant 2023 : 42 000 €", "le budget 2023
# du CLSM": a year-like number followed by no noun): it answers "quand", not "combien" ("2023 personnes" counts).
_YEAR_MENTION = re.compile(r"\b(?:en|depuis|fin|debut|mi|au|de|entre|et|a|in|since|by|annee|annees)\s+(?:19|20)\d\d\b|"
                           r"\b(?:19|20)\d\d\s*(?:[-–/]|\.{2,3}|…)\s*(?:19|20)?\d\d\b|\((?:19|20)\d\d\)|^\s*(?:19|20)\d\d\s*$|"
                           r"(?<!\d)(?<!\d[ .,])(?:19[5-9]\d|20[0-4]\d)(?![.,]?\d)(?=\s*(?:$|[^\w\s]|\d|(?:du|de|des|d|la|le|les|et|ou|"
                           r"a|au|aux|en|pour|par|sur|dans|est|sont|ont|etait)\b))")
# A year said as speech is transcribed: "créée en deux mille neuf", "en deux mille vingt-quatre" (not "deux mille"
# alone: a sum, a count)
_SPOKEN_YEAR = (r"\b(?:en|depuis|fin|debut|de|d'ici|avant|apres)\s+deux mille(?:[\s-]+(?:et[\s-]+)?(?:un|deux|trois|"
                r"quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente)\b)+")
_SPOKEN_YEAR_MENTION = re.compile(_SPOKEN_YEAR)  # "créée en deux mille neuf": when, not how many
_SLASHED = re.compile(r"\S*\d\S*/\S*|\S*/\S*\d\S*")
_NUMBERED_REFERENCE = re.compile(r"\b(?:articles?|art\.|n°|no\.|numero|chapitre|alinea|annexe|page|p\.)\s*\d+\w*|"
                                 # "Appelez le 15 (SAMU)", "composer le 119": a number to call; "…mesure[5]": a note
                                 r"\b(?:appel\w*|compos\w*)\s+(?:le|au)\s+\d{2,4}\b(?:\s+ou\s+(?:le|au)\s+\d{2,4}\b)*|\[\d{1,2}\]")
# A section's number before its title, as written: "3.1 Le suivi…" (not "2.5 ETP sont financés")
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")
# A list item's number ("1. Repérage"), or a footnote's before its capitalised first word ("2 Délai entre la première
# demande…": a count is followed by what it counts, "2 jeunes", "12 ETP")
_ITEM_NUMBER = re.compile(r"^[ \t]*\d{1,2}(?:[.)](?=\s)|[ \t]+(?=[A-ZÀ-Ý][a-zà-ÿ]{2,}\s))", re.MULTILINE)
# "tous deux", "les deux": both, not a count.
_BOTH = re.compile(r"\b(?:tous|toutes|les|ces|des|aux|nos|vos|leurs)\s+deux\b")
# 17:41, 14h30, 9h (not a length: "1 h 31 min")
_TIME = re.compile(r"\b\d{1,2}\s*(?:h|:)\s*\d{2}\b(?!\s*min)|\b\d{1,2}\s*h\b(?!\s*\d{1,2}\s*min)")
_LENGTH = re.compile(r"\b\d{1,2}\s*h\s*(?:\d{1,2}\s*)?min\b")  # "1 h 31 min": a recording's length, no count
_SMALL_NUMBER = (r"(?:\d+(?:[,.]\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
                 r"quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|trente|quarante|cinquante|soixante)")
_UNITS_FR = r"annees|ans|mois|semaines|jours|heures|minutes"
_UNITS_EN = r"years|months|weeks|days|hours|minutes"

# "quelle", "quel est le", "quelles sont les"…
_WHICH = (r"(?:\bquel(?:le)?s? (?:(?:est|sont|etait|etaient) (?:la |le |les |l')?)?|"
          r"\bc'(?:est|etait) quoi (?:la |le |les |l')(?=[^?]*\b(?:19|20)\d\d\b))")
# "c'est quoi le budget 2026 du CLSM…" as "quel est le budget…", a year telling a value from a notion ("c'est quoi le
# budget participatif ?", "c'est quoi un CLSM ?": definitions)
# "Quand faut-il…", "Quand un patient refuse, que faire ?": "quand" introduces a situation, not a date.
# (a comma before "d'après la charte ?" only names where it is said)
_WHEN_AS_DATE = (r"^\s*(?:et |mais )?quand\b(?![^?]*,(?!\s*(?:d'apres|selon|dans (?:le|la|les|l')|lors d(?:e|u|es|'))\b[^,?]*\?))"
                 r"(?!\s+(?:faut|doi[st]|doivent|peu[tx]|peuvent|convient)\b)|"
                 # "Où et quand se réunit la cellule ?": a date, and where (a later ask)
                 r"^\s*ou et quand\b|,\s*(?:quand et ou|ou et quand)\b|"
                 r"^\s*(?:et |mais )?c'(?:est|etait) quand\b|"  # "C'est quand qu'Allô Voisins a démarré ?"
                 # "… se réunit quand ?", "… se réunit quand, et où ?": "quand" last, or before another ask
                 r"\bquand(?:\s+(?:exactement|precisement|donc|alors|ca|cela))?\s*(?:\?\s*$|,\s*et\s+(?:ou|qui|"
                 r"comment|combien|a quelle heure|avec qui)\b|\s+et\s+(?:ou|a quelle heure)\s*\?\s*$)|"
                 r"\b(?:depuis|a partir de|jusqu'a|de) quand\b|"
                 # "Selon le webinaire…, quand se réunit la commission ?": "quand" and a verb after a comma
                 r",\s*quand\s+(?:se|s'|a|ont|est|sont|sera|seront|aura|auront|commence\w*|debute\w*|termine\w*|"
                 r"finit|prend\w*|ouvre\w*|a-t-\w+|est-ce)\b")

# "Combien l'ARS donne-t-elle… ?", "Combien peut-on demander par projet ?": a verb of money after "combien",
# and no counted noun after the verb ("combien a-t-elle reçu de dossiers ?" counts dossiers).
_GIVES_HOW_MUCH = (r"\bcombien\s+(?!de\b|d'|des\b|du\b)(?:[\w'-]+\s+){0,4}?(?:donn|verse|mis|mett|met|(?:co-?)?financ|contribu|pai|"
                   r"pay|rapport|recoi|recu|recev|attribu|allou|accord|demand|investi|depens|subventionn|apport|touch|cout|obten|obtien|"
                   r"gagn|cotis|factur)\w*(?:-t-(?:il|elle|ils|elles|on))?\b"
                   r"(?!(?:-t)?(?:-(?:il|elle|ils|elles|on))?\s+(?:de\s|d')\s*[^\W\d_])")


# A question written as the values it wants ("cellule d'écoute : nombre d'appels en 2024 et coût annuel ?", "délai
# moyen MDPH Gironde 2025 ?", "Donnez les deux taux."): a value's name opening the question or its clause after
# ":" (after "et", a later ask), or asked for in the imperative
_QUALIFIED = r"(?:(?:total|moyen|global|annuel|mensuel|cumule|exact)\s+)?"  # "nombre total de…"
_NAMED_VALUE = (r"(?:(?:^\s*|[:;]\s*)(?![^?]*(?:-(?:t-)?(?:il|elle|ils|elles|on)\b|\b(?:comment|pourquoi|quel\w*|"
                r"qui|que|quoi|combien|quand|est-ce)\b))|\b(?:donne[zr]?|indique[zr]?|precise[zr]?)(?:-moi|-nous)?\s+|"
                # "T'as le délai… ?", "Vous auriez le budget… ?": the value asked for as a thing one has
                r"^\s*(?:t'as|tu as|as-tu|tu aurais|aurais-tu|vous avez|avez-vous|vous auriez|auriez-vous)\s+)"
                r"(?:(?:le|la|les|son|sa|leur)\s+|l')?(?:(?:deux|trois)\s+)?")  # "…? Donnez les deux taux."
# (not "Le taux d'incapacité est-il évalué… ?", "Délai : comment contester… ?": they ask something else of it)

# Most specific first: "combien de temps" is a duration before it is a count.
_HOUR_ASKED = (r"\ba quelle heure\b|\bquels? (?:sont les )?horaires?\b|\bwhat time\b|\b(?:opening|drop-in) hours\b|"
               # "Il ouvre quand, le PAEJ ?", "c'est ouvert quand ?": when it is open, in the week (not "a ouvert")
               r"\b(?:il|elle|ils|elles|ca|c'est)\s+ouv(?:re|rent|ert|erte)\s+quand\b")  # (not "les inscriptions sont
# ouvertes quand ?": a date)
# what is counted in money ("le budget", "les dépenses", "la subvention"), folded
_MONEY_NOUNS = (r"(?:budgets?|montants?|couts?|depenses?|subventions?|financements?|sommes?|enveloppes?|charges|"
                r"recettes|produits|dotations?|frais)\b")
QUESTION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("duration", re.compile(_WHICH + r"(?:duree|delai)\b|^\s*(?:la )?duree\b|" + _NAMED_VALUE + r"(?:duree|delai)\b|\bcombien de temps\b|\bpendant combien\b|"
                            rf"\bcombien (?:de |d')(?:{_UNITS_FR})\b|\bhow (?:long|soon|quickly)\b|"
                            r"\bwhat (?:is|was|are|were) the (?:\w+ ){0,2}(?:delay|waiting time|wait|duration|lead time)s?\b|"
                            rf"\bhow many (?:{_UNITS_EN})\b|"
                            # "elle disait combien d'attente ?", "on attend combien ?": how long one waits
                            r"\bcombien d'attente\b|\battend\w*\s+combien\b(?!\s+(?:de|d'|des|du)\b)|"
                            # "Le délai du premier rdv, il est passé de combien à combien ?": a wait asked by "combien"
                            r"^\s*(?:le |la |les )?(?:delais?|durees?)\b[^?]*\bcombien\b(?!\s+(?:de\s|d'|des\s|du\s))")),
    ("share", re.compile(_WHICH + r"(?:part|proportion|pourcentage|taux|ratio)\b|" + _NAMED_VALUE + r"taux\b|\ben quelle proportion\b|"
                         # a poll's result: "qu'a donné le sondage… ?", "résultat du sondage… ?" (shares of answers)
                         r"\b(?:resultats?|qu'a donne|qu'ont donne)\b[^?]{0,30}\b(?:sondage|vote|poll)\b|"
                         r"\b(?:sondage|poll)\b[^?]{0,60}\b(?:resultats?|a donne)\b|"
                         r"\bwhat (?:is the )?(?:percentage|percent|proportion|share|rate)\b")),
    ("date", re.compile(_WHEN_AS_DATE + r"|\ben quelle annee\b|" + _WHICH + r"(?:annees?|dates?|periodes?)\b|"
                        + _NAMED_VALUE + r"dates? limites?\b|"  # "…et date limite ?", "Date limite de dépôt ?"
                        r"(?:^|,)\s*when\b(?:\s*,?\s*and where\b|(?!\s+(?:should|must|can|could|do|does)\b))|\bsince when\b|"
                        r"\b(?:what|which|in what|in which) year\b|\bquels? (?:jours?|soirs?|matins?)\b|"
                        # "à quelle heure ?", "quels horaires ?": a time of day is when
                        + _HOUR_ASKED + "|"
                        r"\ba quel moment\b(?![^?]{0,12}\b(?:apres|avant|pendant|dans)\b)|"  # not "…après la sortie"
                        r"\b(?:what|which) days?\b")),
    ("amount", re.compile(_NAMED_VALUE + r"(?:montant|budget|cout)\b|" + _WHICH + r"(?:montant|budget|cout|somme|enveloppe|subvention|salaire|remuneration|"
                          r"prix|tarif)s?\b|^\s*(?:le |la )?(?:montant|budget|cout|salaire)\b|\bcombien (?:coute|"
                          r"coutent|gagne|gagnent|d'euros|d'argent)\b|" + _GIVES_HOW_MUCH + "|"
                          # "c'est combien le repas ?", "c combien l'adhésion ?": a price asked of a thing
                          r"\b(?:c'est|c|ca fait)\s+combien\s+(?:le|la|les|l')\s*(?![^?]*\b(?:de|d')\s*\w+\s*\?)|"
                          # "Le Chèque Souffle, c'est combien (et où on le demande) ?": the thing named before
                          r"\b(?:c'est|c)\s+combien\s*(?:\?|$|,|;|et\b)|"
                          # "il coûte combien par an ?", "ça revient à combien ?"
                          r"\b(?:coute|coutent|coutait|coutera|revient|reviennent)\s+(?:a\s+)?combien\b|"
                          # "et l'ARS ajoute combien ?", "le Département verse combien ?": a giver's sum
                          r"\b(?:donn|vers|apport|ajout|rajout|accord|allou|attribu|financ|pai|pay|mis|met)\w*\s+combien\b"
                          r"(?!\s+(?:de|d'|des|du)\b|\s*d')|"
                          # "À combien s'élève le budget… ?", "Les dépenses se montent à combien ?": money named
                          r"\b(?:s'eleve(?:nt|ra|ront|ait|aient)?|se mont(?:e|ent|era|ait))\b[^?]*\b" + _MONEY_NOUNS + r"|"
                          r"\b" + _MONEY_NOUNS + r"[^?]*\b(?:s'eleve(?:nt|ra|ront|ait|aient)?|se mont(?:e|ent|era|ait))\b|"
                          # "Le fonds était doté de combien ?": what a fund or budget is endowed with is money
                          r"\bdote(?:e|s|es)?\s+(?:de|d')\s*combien\b(?!\s+(?:de|des|du|d')\b|\s*d')|"
                          # "Qui met de l'argent dans L'Escale, et combien ?": money named, then "combien" alone
                          # ("…, et combien par an ?": money per year)
                          r"\b(?:argent|euros?|financ\w*|subvention\w*|budget|paie|paient|paye\w*|payer)\b[^?]*\bcombien"
                          r"(?:\s+(?:par|chaque)\s+(?:an|annee|mois|personne|participant|stagiaire|session|seance))?\s*\?|"
                          # "Who pays for the training, and how much per year?"
                          r"\b(?:pays?|paid|funds?|funded|finances?|financed|money)\b[^?]*\bhow much"
                          r"(?:\s+(?:per|a|each)\s+(?:year|month|person|participant|session))?\s*\?|"
                          r"\bhow much (?:(?:\w+ )?(?:money|funding|grant|subsidy)|does\b[^?]*\b(?:cost|earn)|is\b[^?]*\bpaid)\b|"
                          r"\bwhat (?:is |are |was |were )?(?:the |its |their )?(?:(?:[a-z-]+|(?:19|20)\d\d) ){0,3}?"
                          r"(?:amount|budget|cost|salary|salaries|wage|wages|price|fee|fees)\b")),
    # "Le nombre de CLSM a-t-il beaucoup augmenté ?", "y a-t-il une hausse du nombre…": how a number changed
    ("change", re.compile(r"^(?!.*\bcombien\b).*(?:\b(?:augmente|progresse|evolue|diminue|baisse|recule|double|"
                          r"triple|grandi)s?\b|\b(?:hausse|baisse|augmentation|progression|evolution|diminution)\s+"
                          r"(?:du|des|de la)\s+(?:nombre|part|taux)\b|\b(?:increased|decreased|grown|risen|fallen|"
                          r"doubled)\b)")),  # "combien…" asks a count first
    # "Quelle adresse est donnée pour télécharger le kit ?", "le site internet du CLSM ?": a web address ("quel lien
    # entre CLSM et PTSM ?" asks how they relate)
    ("link", re.compile(r"\badresse (?:web|internet|url|du site|de la page)\b|\burl\b|"
                        r"\bquel(?:le)? (?:est )?(?:le |l')?(?:site|page) (?:internet|web)\b|"
                        r"\blien (?:internet|web|de telechargement|pour (?:telecharger|s'inscrire|acceder))\b|"
                        r"\b(?:adresse|lien)\b[^?]{0,60}\b(?:telecharg\w*|en ligne)|"
                        r"\bwhat is the (?:web address|website|link)\b")),
    # "Quel est le numéro de la ligne d'écoute ?", "Comment joindre la coordinatrice ?": a phone number or an email
    # (not "demander au téléphone", "joindre par téléphone": a means)
    ("contact", re.compile(r"\bnumero (?:de telephone|de tel|de la ligne|d'appel|vert|d'urgence)\b|"
                           r"(?<!\bau )(?<!\bpar )\btelephone\b|"
                           r"\b(?:son|leur|ton|votre|quel est le) numero\s*\?|"
                           r"\b(?:adresse )?(?:e-?mail|courriel)\b|\bcomment (?:la |le |les )?(?:contacter|joindre)\b|"
                           r"\bphone number\b|\bemail address\b|"
                           # "Mon frère parle d'en finir, j'appelle qui ?": a number to call
                           r"\bj'appelle qui\b|\bqui (?:dois-je |faut-il |peut-on |puis-je )?(?:appeler|contacter|joindre)\b|"
                           r"\bquel numero (?:appeler|composer)\b|\bwho (?:should i |do i |can i |to )call\b")),
    # "Il est où, le CSAPA ?", "C'est à quelle adresse ?": a street address (not a web or an email address, nor where
    # to send a file: "À quelle adresse envoyer le dossier ?" may be answered by an email)
    # (not the verb: "Comment on adresse quelqu'un à la consultation ?", "j'adresse", "qui adresse")
    ("address", re.compile(r"(?<!\bon )(?<!j')(?<!\bil )(?<!\belle )(?<!\bqui )(?<!\bnous )"
                           r"\badresse\b(?!\s+(?:web|internet|url|e-?mail|mail|electronique|du site))"
                           r"(?!-t-)"
                           r"(?![^?]{0,12}\b(?:envoyer|ecrire|adresser|transmettre|retourner|renvoyer)\b)|"
                           r"\bou (?:se (?:trouve|situe)n?t?|est (?:situee?|installee?)s?)\b|\b(?:il|elle|c') ?est ou\b|"
                           r"\bwhere is\b|\bwhat is the address\b")),
    # "à partir de quel âge ?", "ça accueille quel âge ?", "What age group…?": ages, not a count
    ("age", re.compile(r"\bquel(?:le)?s? (?:age|tranche d'age|classe d'age)s?\b|\bhow old\b|\bwhat ages?\b|"
                       r"\bage (?:range|group|limit)s?\b|\b(?:age|ages) (?:minimum|maximum|limite)\b")),
    # ("nombre total de…", "le nombre moyen de…": a count all the same)
    ("count", re.compile(r"\bcombien\b|" + _WHICH + r"nombre\b|" + _NAMED_VALUE + rf"nombre {_QUALIFIED}d(?:e|es|u|')|"
                         rf"\b(?:le|du|au) nombre {_QUALIFIED}d|\bhow (?:many|much)\b|"
                         r"\bwhat (?:is the )?number\b")),
)

# Ages and spans of years ("de 16 à 25 ans", "18-25 ans", "60 ans et plus", "moins de 3 ans"), folded.
_AGE_PATTERN = r"(?<![\d,.])\d{1,3}\s*(?:a|-|–|et|ou)\s*\d{1,3}\s*ans\b|(?<![\d,.])\d{1,3}\s*ans\b"

# Numbers written in words, as speech is transcribed ("quarante-deux mille")
_WRITTEN = (r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
            r"trente|quarante|cinquante|soixante|cent|mille")

ANSWER_PATTERNS: dict[str, re.Pattern[str]] = {
    "duration": re.compile(rf"\b{_SMALL_NUMBER}\s*(?:ans?|annees?|mois|semaines?|jours?|heures?|h|min|minutes?|"
                           r"years?|months?|weeks?|days?|hours?)\b|\b\d{1,2}\s*h\s*\d{2}\b|"
                           # as long as another: "une fois et demie le temps d'une consultation", "deux fois plus long"
                           r"\b(?:une fois et demie|(?:deux|trois|\d+) fois)\s+(?:le temps|plus longu?e?s?|plus de temps)\b"),
    "share": re.compile(r"\d\s*%|\bpour ?cent\b|\bper ?cent\b|\bmoitie\b|\b\d+\s+sur\s+\d+\b|"
                        r"\b(?:un|deux|trois|\d+)\s+(?:tiers|quarts?)\b(?!-)"),  # not "tiers-lieux", "quatre quarts"
    # A year, a day, or when something recurs ("le deuxième jeudi de chaque mois", "une fois par trimestre").
    "date": re.compile(r"\b(?:19|20)\d\d\b|" + _DATE.pattern + r"|" + _SPOKEN_YEAR + r"|"
                       r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                       r"dimanche)s?\b|\b(?:chaque|tous les|toutes les|une fois par|deux fois par)\s+(?:mois|semaines?|"
                       r"ans?|annees?|trimestres?|semestres?)\b"),
    # A time of day, for "à quelle heure ?" ("de 19 h à 22 h", "14h30", "de quatorze heures à dix-huit heures")
    "hour": re.compile(_TIME.pattern + rf"|\b(?:{_WRITTEN}|une|onze|midi|minuit)(?:-\w+)?\s+heures?\b"),
    # "2 400 €", "1,2 million d'euros", and said in words ("quarante-deux mille euros", "dix-huit mille" after it)
    # (and a table's row whose column is in euros: "Total — Montant (€) : 214 600")
    "amount": re.compile(r"\d\s*(?:k|m|md)?\s*(?:€|euros?\b|eur\b)|\b(?:millions?|milliards?|mille) d'euros\b|"
                         r"(?:€|\beuros?\b|k€)\s*\)?\s*:\s*(?!(?:19|20)\d\d\b)\d|"
                         rf"\b(?:{_WRITTEN}|cents?)\s+euros\b"),
    # A change stated ("doublement en 5 ans", "passage de 12 à 24", "en hausse", "+15 %"); a table's row under
    # columns of years shows one too (search/sentence_scores.py).
    "change": re.compile(r"\b(?:doubl|tripl|augment|hausse|progress|croissance|diminu|baiss|recul|multipli)\w*|"
                         r"\bde\s+\d+\s+a\s+\d+\b|\+\s?\d+(?:[.,]\d+)?\s?%|"
                         # two figures, each of its year ("14 % en 2024, 10 % sur les cinq premiers mois de 2025")
                         r"\d\s?%?\s+en\s+(?:19|20)\d\d\s*,\s*\d+(?:[.,]\d+)?\s?%?\s[^.;]{0,40}?\b(?:19|20)\d\d\b"),
    "contact": re.compile(r"(?<!\d)0\d(?:[ .-]?\d\d){4}(?!\d)|\+33\s?\d(?:[ .-]?\d\d){4}|(?<![\d/])3\d{3}(?![\d/])|"
                          r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    # "14 rue des Forgerons", "12 bis, avenue Jean-Jaurès"
    "address": re.compile(r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allee|impasse|"
                          r"quai|route|cours|square|esplanade|passage|parvis|rond-point)\b"),
    # "de 11 à 25 ans", "les 16-25 ans", "à partir de treize ans", "jusqu'à 16 ans", "les mineurs"
    "age": re.compile(_AGE_PATTERN + rf"|\b(?:{_WRITTEN})(?:-\w+)*\s+ans\b|\b(?:mineurs?|majeurs?)\b|"
                      r"\b\d{1,2}\s*(?:-|to)\s*\d{1,2}\b(?=[^.]{0,20}\b(?:years?|ans)\b)|"
                      r"\b\d{1,2}\s*(?:years? old|year-olds?)\b"),
    # A number of its own ("12", "653 000", "douze"), not a digit inside a code such as "F2RSM" or "PRS2".
    "count": re.compile(r"(?<![^\W\d_])\d+(?:[\s.,]\d+)*(?![^\W\d_]|\d|[.,]\d|\s*%)|\b(?:deux|trois|quatre|cinq|six|sept|huit|"
                        r"neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|"
                        r"soixante|cent|cents|mille|million|millions|milliard|milliards|dizaines?|centaines?|"
                        r"milliers?)\b|(?<!pas )\bune?\s+seule?\b(?!\s+et\s+m[eê]me)"),  # "n'a plus qu'un seul médecin": one
}
# A question word of its own: a follow-up that has one does not inherit the previous question's type.
_QUESTION_WORD = re.compile(r"\b(?:comment|pourquoi|qui|que|quoi|ou|quel\w*|combien|quand|lequel|laquelle|"
                            r"how|why|who|what|which|where|when)\b")


# Words that name the kind of value asked ("pour quelle durée", "quel nombre"): they say what to look for,
# not what it is about, so a passage echoing them ("durée de séjour") is no better for it.
TYPE_WORDS = {
    "duration": "duree durees temps long",
    "share": "part proportion pourcentage taux ratio share percentage proportion rate",
    "date": "date dates annee annees periode periodes year jour jours soir soirs",
    "amount": "montant montants budget cout somme enveloppe subvention argent amount cost money",
    "count": "nombre nombres number many much",
    "age": "age ages tranche classe old",
    "contact": "numero telephone tel courriel mail email adresse phone joindre contacter joignable",
    "address": "adresse address trouve situe where",
    "link": "adresse lien site url page internet web",
}


def type_words(answer_type: str | None, question: str = "") -> frozenset[str]:
    """Folded words that merely name the kind of value a question asks for (and "monde" in "combien de monde":
    people, whatever the documents call them)."""
    people = {"monde"} if _PEOPLE_COUNTED.search(fold(question)) else set()
    return frozenset(TYPE_WORDS.get(answer_type or "", "").split()) | people


_PEOPLE_COUNTED = re.compile(r"\bcombien de monde\b")


def expected_type(question: str) -> str | None:
    """The kind of answer the question asks for, or None for an open question."""
    folded = fold(question)
    return next((name for name, pattern in QUESTION_PATTERNS if pattern.search(folded)), None)


@lru_cache(maxsize=5_000)  # (asked again by each check of an answer)
def asked_type(question: str) -> str | None:
    """The kind of answer a question asks for first: its first ask's when it asks more than one thing ("quel est le
    numéro de téléphone du PRIS et quels jours il est ouvert ?" asks a contact, then days), else `expected_type`."""
    first = first_ask(question)
    if first and _WHO_FIRST.match(fold(first)) and expected_type(question) == "date":
        return None  # "Qui est la médiatrice…, et depuis quand… ?": who she is first, then the date (a later ask)
    return (expected_type(f"{first} ?") if first else None) or expected_type(question)


_WHO_FIRST = re.compile(r"\s*(?:qui (?:est|sont|etait|etaient)|who (?:is|are|was|were))\b")  # not "Qui finance…, et
# combien ?", which asks the amount with its giver


def asks_where_things_stand(question: str) -> bool:
    """True for "…, et où en est-on en 2025 ?": the value asked before, at another time."""
    return bool(_WHERE_THINGS_STAND.search(fold(question)))


_WHERE_THINGS_STAND = re.compile(r"\bou en (?:est|sont|etait|etaient)\b")


def asks_the_present(question: str) -> bool:
    """True when a question asks how things stand now ("c'est toujours le jeudi ?", "is it still…?", "en ce
    moment"), not at a year it names: the latest document says it, when documents of several dates do."""
    folded = fold(question)
    return bool(_PRESENT.search(folded)) and not re.search(r"\b(?:19|20)\d\d\b", folded)


_PRESENT = re.compile(r"\b(?:toujours|encore|actuellement|aujourd'hui|desormais|maintenant|en ce moment|a ce jour|"
                      # "on en est à combien d'adhérents cet automne ?"
                      r"on en est|pour l'instant|pour le moment|a l'heure actuelle|cet automne|cet ete|cet hiver|"
                      r"ce printemps|cette annee(?!-la)|ce mois-ci|"
                      # "Finalement, … a été lancé quel jour ?": what was done in the end, not what was planned
                      r"finalement|au final|en fin de compte|"
                      r"still|currently|now|nowadays|these days|in the end|eventually)\b")


def has_question_word(question: str) -> bool:
    """True when the question says what it asks ("comment", "qui", "combien"…), as "et en Occitanie ?" does not."""
    return bool(_QUESTION_WORD.search(fold(question)))


def holds(answer_type: str | None, text: str) -> bool:
    """True when the text holds an answer of that type. Links are left out (their digits answer nothing);
    dates and times answer "quand", not "combien", and a date is not a duration."""
    return answer_type is not None and _holds(answer_type, text)


@lru_cache(maxsize=20_000)
def _holds(answer_type: str, text: str) -> bool:  # cached: the same passages come back question after question
    if answer_type == "link":
        return bool(_WEB_ADDRESS.search(text))
    if answer_type == "count":
        text = _SECTION_NUMBER.sub(" ", text)  # a number naming a section counts nothing
        text = _ITEM_NUMBER.sub(" ", text)  # nor does a list item's ("1. Repérage des situations")
    text = _BOTH.sub(" ", URL.sub(" ", fold(text)))
    if answer_type in ("count", "share"):
        text = _YEAR_MENTION.sub(" ", _TIME.sub(" ", _DATE.sub(" ", _SPOKEN_YEAR_MENTION.sub(" ", _LENGTH.sub(" ", text)))))
    if answer_type == "count":
        text = _SLASHED.sub(" ", text)  # references and ratings ("2016/289", "3,5/4") count nothing
        text = _NUMBERED_REFERENCE.sub(" ", text)  # "l'article 69", "le n° 12": a number names, it counts nothing
        text = _MONEY.sub(" ", text)  # "une session coûte 2 400 euros": a sum, not how many
        text = _AGE.sub(" ", text)  # "les jeunes de 16 à 25 ans", "les 60 ans et plus": ages, not how many
    elif answer_type == "duration":
        text = _DATE.sub(" ", text)
    return bool(ANSWER_PATTERNS[answer_type].search(text))


_AGE = re.compile(_AGE_PATTERN)


# A table's caption or header giving its unit of money: "Tableau 1 — Budget par financeur (en euros)", "Montant (k€)".
_MONEY_UNIT = re.compile(r"\beuros?\b|€")  # "€" in "k€", "M€" too


def in_money(caption: str) -> bool:
    """True when a table's caption or header says its figures are sums of money ("(en euros)", "k€")."""
    return bool(_MONEY_UNIT.search(fold(caption)))


def gives(answer_type: str | None, text: str, question: str) -> bool:
    """True when the text gives a value of the kind asked; for a count of something named ("Combien de logements
    …", "combien de personnes accompagnées…"), a number that is not how long something lasts ("pendant 3 mois")."""
    if answer_type == "count" and counted_nouns(question):
        return counts_things(text)
    if answer_type == "amount" and _IN_MONEY_TABLE.search(text):
        return True  # "Tableau 1 : Budget … (en euros) … Total — 2022 : 63 000": a row quoted under its caption
    if answer_type == "date" and asks_hour(question):
        return gives_hour(text)
    return holds(answer_type, text)


def asks_hour(question: str) -> bool:
    """True when the question asks at what time of day ("à quelle heure ?", "quels horaires ?"): a year is no answer.
    Not when it asks something else too ("…c'est quels soirs et à quelle heure ?": its later ask is read alone)."""
    return bool(_ASKS_HOUR.search(fold(question))) and not later_asks(question)


def gives_hour(text: str) -> bool:
    """True when the text gives a time of day ("de 19 h à 22 h", "14h30", "de quatorze heures à dix-huit heures")."""
    return holds("hour", text)


_ASKS_HOUR = re.compile(_HOUR_ASKED)


# A table's caption in money, then one of its rows with a figure, quoted together
_IN_MONEY_TABLE = re.compile(r"\((?:en |montants? en )?(?:k|m)?(?:euros?|€)\)[^\n]*? … [^\n]*—[^\n]*\d")


def counts_things(text: str) -> bool:
    """True when the text holds a count, not only how long something lasts: "réhospitalisés à trois mois" and "six
    mois pour former les sentinelles" do not say how many were trained."""
    return holds("count", _LASTING.sub(" ", _AGE.sub(" ", fold(text))))  # ("jeunes de 16 à 25 ans": ages)


# "https://…", "www.…", "clsm-valdorbelle.fr/visa/kit": a web address
_WEB_ADDRESS = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:fr|org|com|net|eu|info|example)\b(?:/\S*)?")
_LASTING = re.compile(rf"\b{_SMALL_NUMBER}\s*(?:{_UNITS_FR}|an|annee|semaine|jour|heure)\b")
_MONEY = re.compile(r"(?<![^\W\d_])\d+(?:[\s.,]\d+)*\s*(?:€|k€|m€|euros?\b|(?:millions?|milliards?) d'euros)")


_NUMBER = re.compile(r"(?<![^\W\d_])\d+(?:[\s.,]\d{3})*(?:[.,]\d+)?\s*%?(?![^\W\d_])|\b(?:" + _WRITTEN + r")\b",
                     re.IGNORECASE)
COUNTED_WITHIN = 4  # words after a number where what it counts is named ("2150 participant.e.s")


# (not "combien sont restés…", "combien ont été formés…": a verb after it, what is counted is the subject asked;
# nor "…, et combien hors QPV ?", "combien en 2023 ?": the same value asked elsewhere or at another time)
_COUNTED = re.compile(r"\b(?:combien(?!\s+(?:sont|ont|a|est|etaient|avaient|seront|auront|y|hors|en|au|aux|dans|"
                      # "combien vivent au Haut-Fourneau ?": a verb, not what is counted
                      r"pour|chez|par|sur|entre|contre|avec|sans|depuis|avant|apres|pendant|selon|se|s'|[a-z]+ent)\b)|nombre|how many|"
                      r"how much|number)\s+" + _QUALIFIED + r"(?:de |d'|des |du |of )?"
                      r"\s*(?:la |le |les )?"
                      r"([^\W\d_][\w'-]*(?:\s+[\w'-]+){0,3})")


# "Combien l'Occitanie comptait-elle de CLSM actifs ?": the counted noun comes after the verb
_COUNTED_LATER = re.compile(r"\bcombien\s+(?!de\b|d'|des\b|du\b)(?:[\w'-]+\s+){1,4}?(?:de\s+|d')"
                            r"([^\W\d_][\w'-]*(?:\s+[\w'-]+){0,3})")


def _count_asked(folded: str) -> re.Match | None:
    """The first count a folded question asks ("combien de nouvelles situations, et combien venant d'un QPV ?"
    counts situations, not "un QPV")."""
    found = [m for m in (_COUNTED_LATER.search(folded), _COUNTED.search(folded)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def counted_term(question: str) -> str | None:
    """The term of the noun a count question in French counts ("Combien de secouristes ont été formés…" ->
    "secour"); None for another question, or one in English (its words are not the corpus's)."""
    if asked_type(question) != "count" or is_english(question):  # (not a count asked after a date: "…ouvre quand,
        return None  # avec combien de postes ?")
    return next(iter(_counted_in_question(question)), None)


def counted_heads(question: str) -> frozenset[str]:
    """The terms of the nouns a count question counts, before a verb ("Combien d'enfants l'EMAP a suivis…" ->
    enfant, emap; "combien de conversations et d'orientations…" -> convers, orient), in any language."""
    folded = fold(question)
    m = _count_asked(folded)
    if not m:
        return frozenset()
    before_verb = _VERB_IN_COUNTED.split(m.group(1))[0]
    return frozenset(t for t in content_terms(before_verb) if not t.isdigit())


# an auxiliary or a verb after what is counted ("enfants l'EMAP a suivis", "personnes ont participé")
_VERB_IN_COUNTED = re.compile(r"\b(?:a|ont|est|sont|ete|etaient|avaient|avait|etait|sera|seront|have|has|were|was|"
                              r"are|is|did|do)\b")


def counted_nouns(question: str) -> frozenset[str]:
    """The terms of what a count question counts: its noun and the words just after it ("Combien de
    personnes ont participé…" -> personne, particip), so that "2150 participant.e.s" answers it directly. A
    place or a year is where or when, never what is counted ("nombre de CLSM en Hauts-de-France")."""
    return frozenset(_counted_in_question(question))


def qualifying_terms(question: str) -> tuple[str, ...]:
    """The term of the adjective qualifying the noun a French count question counts ("Combien de logements
    vacants…" -> vac): what is counted too, which the corpus must name. Not a place, nor a participle."""
    from assistant.search.constraints import places
    if is_english(question):
        return ()
    m = _count_asked(fold(question))
    if not m:
        return ()
    words = m.group(1).split()
    where = {t for place in places(question) for t in content_terms(place)}
    after = content_terms(words[1]) if len(words) > 1 and _ADJECTIVE.fullmatch(words[1]) else ()
    return tuple(t for t in after if t not in where and not t.isdigit())


# an adjective after the noun counted ("logements vacants", "jeunes sourds"), not a participle telling what was done
# to them ("situations annoncées", "jeunes accompagnés"), which the documents say in other words
_ADJECTIVE = re.compile(r"(?!\w*(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues)$)[a-z]{4,}")


def counted_complement(question: str) -> frozenset[str]:
    """The term of the noun that completes what a count question counts ("combien de plaintes de locataires ?" ->
    locatair): "14 signalements de locataires" counts them in other words. Not a place, nor a verb after it."""
    from assistant.search.constraints import places
    folded = fold(question)
    m = _count_asked(folded)
    complement = _COMPLEMENT.match(m.group(1)) if m else None
    if not complement:
        return frozenset()
    where = {t for place in places(question) for t in content_terms(place)}
    return frozenset(t for t in content_terms(complement.group(1)) if t not in where and not t.isdigit())


_COMPLEMENT = re.compile(r"[^\W\d_][\w'-]*\s+(?:de|des|du|d')\s*([^\W\d_][\w-]*)")


def _counted_in_question(question: str) -> tuple[str, ...]:
    from assistant.search.constraints import places
    folded = fold(question)
    m = _count_asked(folded)
    if not m:
        return ()
    # the question's own letters when folding kept the length: "décès" stems as the index does, "deces" not
    counted = question[m.start(1):m.end(1)] if len(folded) == len(question) else m.group(1)
    where = {t for place in places(question) for t in content_terms(place)}
    return tuple(t for t in content_terms(counted) if t not in where and not t.isdigit())


def full_date(text: str) -> bool:
    """True when the text gives a day ("31/12/2023", "21 février 2014"), not only a year."""
    return bool(_DATE.search(fold(text)))


def counted_terms(text: str, within: int = COUNTED_WITHIN) -> frozenset[str]:
    """Terms of the words just after each number of a text ("770 décès par suicide" -> décès, suicide): what
    the numbers count. A count question whose words are among them is answered directly. (`within`: how many words
    after the number; 1 for the noun a number counts.)"""
    out: set[str] = set()
    plain = URL.sub(" ", text)
    for m in _NUMBER.finditer(plain):
        if m.group(0).endswith("%") or _SHARE_AFTER.match(plain, m.end()):
            continue  # "14 % des habitants": a share of them, not how many
        following = plain[m.end():m.end() + 80].split()[:within]
        out |= term_set(" ".join(following))
    if out:  # "le nombre de CLSM … passage de 12 à 24": the text names what its numbers count
        for m in _NUMBER_OF.finditer(fold(text)):
            out |= term_set(m.group(1))
    return frozenset(out)


_SHARE_AFTER = re.compile(r"\s*(?:%|pour ?cent\b)")
_NUMBER_OF = re.compile(r"\b(?:nombre|number)\s+(?:de |d'|des |du |of )\s*(?:la |le |les )?([^\W\d_][\w'-]*)")


# "le plus souvent", "la principale", "majoritairement", "most", "main": the question asks for the first of several.
_ASKS_MOST = re.compile(r"\b(?:le|la|les) (?:plus|moins)\b|\bprincipa(?:l|le|ux|les)\b|\bmajoritaire|"
                        r"\bmost\b|\bmain\b|\bleading\b|\bbiggest\b|\blargest\b")
_STATES_MOST = re.compile(r"\b(?:le|la|les) plus\b|\bprincipa(?:l|le|ux|les)\b|\bmajorit|\bessentiellement\b|"
                          r"\bsurtout\b|\ben tete\b|\bmost\b|\bmainly\b")
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
MAJORITY = 50.0


def asks_for_most(question: str) -> bool:
    """True when the question asks which comes first ("le mode opératoire le plus fréquent")."""
    return bool(_ASKS_MOST.search(fold(question)))


def states_most(text: str) -> bool:
    """True when a sentence says what comes first: "le plus", "principal", "majoritairement", or a share
    above half ("dans 80% des cas")."""
    folded = fold(text)
    return bool(_STATES_MOST.search(folded)) or any(value >= MAJORITY for value in percents(folded))


def percents(text: str) -> list[float]:
    """The percentages written in a text."""
    return [float(m.group(1).replace(",", ".")) for m in _PERCENT.finditer(text)]


_MOST_WORD = re.compile(r"\b(?:le|la|les) (?:plus|moins) ([a-z]+)")


def most_words(question: str) -> frozenset[str]:
    """The word a superlative bears on ("le plus souvent" -> "souvent"): it says how to rank, not what about."""
    return frozenset(_MOST_WORD.findall(fold(question)))


_ASKS_SINCE = re.compile(r"\b(?:depuis|a partir de|a compter de|des) quand\b|\bsince when\b|\bfrom when\b")
_STATES_SINCE = re.compile(r"\b(?:depuis|a partir d[eu]|a compter d[eu]|a dater d[eu]|des|since|from)\s+"
                           r"(?:le |l'|la fin de |le debut de )?"
                           rf"(?:\d{{1,2}}(?:er)?\s+)?(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d\b")


_ASKS_UNTIL = re.compile(r"\bjusqu['’](?:a|au) (?:quand|quelle date|quel jour|quelle annee)\b|\bavant quand\b|\bdate limite\b|\b(?:until|by) when\b|\bdeadline\b")
_STATES_UNTIL = re.compile(r"\b(?:jusqu['’](?:a|au|en)|du\s[^.;\n]{1,40}?\sau|avant le|au plus tard(?: le)?|date limite\b[^.\n]{0,40}?|until|by|"
                           r"(?:s['’]ach[eè]ve|prend fin|se termine|expire|arrive a (?:echeance|son terme)|ends?|expires?|"
                           r"clos(?:e|es)?(?: depuis)?|clotur\w*)"
                           r"(?: le| au| en| on| in)?)\s*"
                           r"(?:le |la fin de )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"  # "le vendredi 15…"
                           rf"(?:\d{{1,2}}(?:er)?\s+)?(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d\b")


def asked_event(question: str) -> frozenset[str]:
    """The stems of the verb a "quand" question dates: "La cellule se réunit quand ?" -> {"reun"}; "Quand a été
    signée la convention ?" -> {"sign"}; "Quand débute-t-il ?" -> {"debut"}. Empty when no verb is plain to see."""
    verbs = [m.group(1) or m.group(2) or m.group(3) or m.group(4) for m in _EVENT_VERB.finditer(fold(question))]
    verbs = [verb for verb in verbs if verb not in _AUXILIARIES]
    return frozenset(t for verb in verbs for t in term_set(verb) if len(t) >= EVENT_STEM)


def dates_event(text: str, event: frozenset[str]) -> bool:
    """True when the text holds a word of the verb's family ("réunion" for "se réunit")."""
    said = window_terms(text)
    return any(t == stem or (len(stem) >= EVENT_PREFIX and t.startswith(stem))
               for stem in event for t in (w.lstrip("~") for w in said))


_AUXILIARIES = frozenset("est sont sera seront etait aura auront avait peut peuvent pourra doit doivent faut va vont "
                         "fait font".split())  # "aura-t-elle lieu": the event is the noun's
EVENT_STEM = 3  # a verb's stem shorter than this says nothing ("a eu")
EVENT_PREFIX = 4  # "reun" starts "reunion"; "cre" is too short to start words of its family only
# "se réunit", "s'est tenue"; "a été signée", "ont été créés"; "débute-t-il", "aura-t-elle" (not "est-ce")
_EVENT_VERB = re.compile(r"\b(?:se\s+|s')(?:(?:est|sont|sera|seront)\s+)?([a-z]{3,})"
                         r"|\b(?:a|ont|aura|auront)\s+ete\s+([a-z]{3,})"
                         r"|\b([a-z]{3,})-(?:t-)?(?:il|elle|ils|elles|on)\b"
                         # "Quand démarre le recontact… ?", "quand commence la formation ?": the verb right after
                         r"|^\s*(?:et\s+)?(?:a\s+partir\s+de\s+)?quand\s+(?!(?:le|la|les|leur|leurs|une?|ce|cet|cette|ces|"
                         r"mon|ma|mes|son|sa|ses|notre|nos|votre|vos|est-ce|on|je|il|elle|ils|elles|nous|vous)\b)"
                         r"(?![a-z]*ment\b)([a-z]{4,})\b")  # (not "Quand exactement…")


def asks_since(question: str) -> bool:
    """True for "depuis quand…": the answer is when something started."""
    return bool(_ASKS_SINCE.search(fold(question)))


def states_since(text: str) -> bool:
    """True when a text says when something started ("A partir de 2015", "depuis janvier 2017")."""
    return bool(_STATES_SINCE.search(fold(text)))


def asks_until(question: str) -> bool:
    """True for "jusqu'à quand…", "quelle date limite…": the answer is when something ends."""
    return bool(_ASKS_UNTIL.search(fold(question)))


def states_until(text: str) -> bool:
    """True when a text says when something ends ("jusqu'au 3 avril 2026", "Date limite de dépôt : 3 avril 2026",
    "s'achève le 31 décembre 2027")."""
    return bool(_STATES_UNTIL.search(fold(text)))


def names_one_of(text: str, alternatives: tuple[frozenset[str], ...]) -> bool:
    """True when the text names one of the things a question asks to choose between (their terms)."""
    terms = term_set(text)
    return any(terms & alternative for alternative in alternatives)


_WHY = re.compile(r"(?:^|[,:;]\s*|\bet\s+)(?:pourquoi|why)\b")
# A reason given: "en effet", "car", "parce que", "en raison de", "du fait de", "à cause de", "la raison", "s'explique"
_BECAUSE = re.compile(r"(?<!\w)(?:en effet\b|car\b|parce qu(?:e\b|['’])|c['’]est pourquoi\b|(?:cela |ce qui )?s['’]explique\b|"
                      r"la raison\b|en raison d|du fait d|a cause d|à cause d|faute d|because\b|due to\b)", re.I)


# "Avec quel outil…", "Par quels moyens…", "À l'aide de quelle échelle…", "How… measured": the answer is a means
_HOW_DONE = re.compile(r"\b(?:avec|par|a l'aide d(?:e|u|es)|grace a|au moyen d(?:e|u|es)|selon) quel(?:le)?s?\b|"
                       r"\b(?:with|by) (?:what|which)\b")
# A means given: "est mesuré par l'échelle…", "avec un questionnaire", "à l'aide de", "grâce à", "au moyen de"
_MEANS = re.compile(r"(?:\b(?:[ée]t[ée]e?s?|sont|est|a|ont)\s+\w+[ée]e?s?\s+par\b|\bà l['’]aide d|\bgrâce à\b|"
                    r"\bau moyen d|\bavec (?:un|une|le|la|les|l['’])\s*(?:outil|questionnaire|échelle|grille|logiciel|"
                    r"méthode|test|entretien))", re.I)


def asks_how_done(question: str) -> bool:
    """True for "Avec quel outil l'enquête a-t-elle mesuré… ?": the answer names the means."""
    return bool(_HOW_DONE.search(fold(question)))


def states_means(text: str) -> bool:
    """True when a text names how something is done ("L'isolement est mesuré par l'échelle de Lubben")."""
    return bool(_MEANS.search(text))


def states_step(text: str) -> bool:
    """True when a text tells a step of a procedure: a form to fill in or send ("Le médecin remplit la fiche de
    saisine", "Téléchargez le formulaire"), how it is sent ("par messagerie sécurisée", "à escale@…"), when at the
    latest ("au moins huit jours avant"), or an instruction ("présentez-vous un mardi à 18 h 15")."""
    return not text.rstrip().endswith("?") and bool(_STEP.search(fold(text)))


# (folded) what a procedure is made of, in any document's words
_STEP = re.compile(r"\b(?:fiche|formulaire|dossier|bulletin) (?:de |d')?(?:saisine|orientation|inscription|liaison|"
                   r"signalement|demande|adhesion|candidature|contact)\b|\b(?:formulaire|fiche)\b[^.]{0,40}\b(?:en ligne|"
                   r"telecharg\w*|rempli\w*|envoy\w*|adress\w*|transmi\w*)|\b(?:rempli|envoy|adress|transmi|"
                   r"telecharg|complet)\w*\b[^.]{0,40}\b(?:fiche|formulaire|dossier)\b|"
                   r"\bpar (?:messagerie|mail|courriel|e-mail|telephone|ecrit)\b|"
                   r"\b(?:au moins|au plus tard|au minimum)\s+\S+\s+(?:jours?|semaines?)\s+avant\b|"
                   r"\b(?:telecharg|rempliss|envoy|present|inscriv|adress|appel|contact|renseign|transmett|"
                   r"deposez|munissez|prenez)ez(?:-vous|-nous|-la|-le|-les)?\b|\bil suffit d[e']|"
                   # a guide's instruction in the infinitive, after its case ("… sans danger immédiat : appeler le 3114")
                   r"(?:^|^(?=(?:[^\s:;]+\s+){3})[^:;\n]*[:;]\s)(?:ne pas \w+|appeler|contacter|orienter|signaler|prevenir|adresser|"
                   r"remplir|envoyer|"
                   r"telephoner|composer)\b|"
                   # a sentence opening on an imperative ("Donnez la naloxone…", "Parlez-lui fort…", "N'attendez pas"), not
                   # one that informs ("Comptez quatre à six mois…", "Sachez que…")
                   r"^\s*(?:[-•–]\s*)?(?:ne\s+|n')?(?!(?:chez|assez|nez|rez|comptez|sachez|notez|voyez|avez|pouvez|voulez|savez|devez|allez)\b)[a-z]{2,}ez\b(?!\s+(?:vous|nous)\b)")


def asks_why(question: str) -> bool:
    """True for "Pourquoi…", "Dans le rapport, pourquoi…": the answer is a reason."""
    return bool(_WHY.search(fold(question)))


def asks_yes_or_no(question: str) -> bool:
    """True for a question answered by yes or no ("Faut-il une ordonnance… ?", "Est-ce que le GEM est gratuit ?",
    "La formation, elle est gratuite ?"): no question word asks for something else, nothing is compared."""
    folded = fold(question).strip()
    if _YES_NO_OPENING.match(folded):  # "Est-ce qu'il existe une équipe … qui va voir … ?": "qui" opens a relative
        folded = _RELATIVE_WHO.sub(" ", folded)
    return (folded.endswith("?") and not is_english(question) and not _ASKS_SOMETHING.search(folded)
            and not _MORE_OR_LESS.search(folded))  # ("…déclarent-ils plus de symptômes que… ?": figures tell)


_YES_NO_OPENING = re.compile(r"\s*(?:est-ce qu|y a-t-il\b|existe-t-il\b)")
# after a word (not asking at the end, nor after "savez-vous", "dire": "…tu sais qui coordonne… ?" asks who)
_RELATIVE_WHO = re.compile(r"(?<=[^\W\d_]\s)(?<!sais\s)(?<!sait\s)(?<!savez\s)(?<!vous\s)(?<!dire\s)(?<!dit\s)"
                           r"(?<!connais\s)(?<!indiquer\s)qui\b(?!\s*\?)")
_MORE_OR_LESS = re.compile(r"\b(?:plus|moins|davantage|mieux|pire)\b[^?]*\b(?:que|qu'|qu)\b|\bplus ou moins\b")


def states_polarity(text: str) -> bool:
    """True for a sentence saying yes or no ("Non.", "Pas besoin d'ordonnance", "ne nécessite aucune ordonnance",
    "L'adhésion est libre", "c'est obligatoire"), or that things changed ("et non plus le jeudi", "désormais"): what a
    yes-or-no question wants."""
    return bool(_POLARITY.search(fold(text)))


_POLARITY = re.compile(r"^\s*(?:oui|non)\b|\bn(?:e\s|')[^.;:]{0,60}?\b(?:pas|plus|jamais|aucune?|rien|personne|ni)\b|"
                       r"(?<!\bun )(?<!\ble )(?<!\bce )(?<!\bpetit )(?<!\bpremiers )(?<!\bdes )(?<!\bles )(?<!\bau )"
                       r"\bpas (?:besoin|necessaire|obligatoire|de\s|d')|"
                       r"\b(?:aucune?|sans)\s|\bnon plus\b|\bdesormais\b|\b(?:obligatoire|facultati\w*|"
                       r"gratuit\w*|payant\w*|libre|possible|impossible|interdit\w*|autorise\w*)\b")


def states_cause(text: str) -> bool:
    """True when a text gives a reason ("car…", "en raison de…", "cela s'explique…")."""
    return bool(_BECAUSE.search(text))


def opens_on_cause(text: str) -> bool:
    """True when a text opens on a reason ("En effet, …", "Car …")."""
    return bool(_BECAUSE.match(text.lstrip()))


def asks_twice(question: str) -> bool:
    """True when a question asks two things ("Combien coûte une session, et qui la paie ?")."""
    return len(_ask_starts(fold(question))) >= 2


def _ask_starts(folded: str) -> list[int]:
    """Where a folded question's asks start; "when and where does…", "quand et où se réunit…" ask two things of one
    clause, one ask (asks_where_too answers where)."""
    return [m.start() for m in _ASKING.finditer(folded)
            if not (_PAIRED_ASK.fullmatch(m.group()) and _PAIRED_BEFORE.search(folded, 0, m.start()))]


_PAIRED_ASK = re.compile(r"(?:et|and)\s+(?:ou|quand|when|where)")
_PAIRED_BEFORE = re.compile(r"\b(?:quand|ou|when|where)\s+$")


def later_asks(question: str) -> list[str]:
    """The clauses of a question after its first ask ("Quel est le budget…, et combien apporte l'ARS ?" ->
    ["et combien apporte l'ARS ?"]); none for a question asking one thing."""
    folded = fold(question)
    text = question if len(folded) == len(question) else folded  # its own letters (acronyms) when folding kept them
    starts = _ask_starts(folded)
    # "Dans le rapport…, quel est le budget et combien l'ARS a-t-elle apporté ?": the first ask follows a comma,
    # where _ASKING does not look; the clause after "et" is then a later one
    # "…: prix du camping-car et qui l'a financé", "faut il une ordonnance…, et l'adhésion coûte combien ?": a
    # first ask by the value it names or by yes or no
    before = folded[:starts[0]].rstrip(" ,;:+&") + " ?" if starts else ""
    opened = bool(starts) and starts[0] > 0 and bool(_ASKED_BEFORE.search(folded, 0, starts[0]) or (
        (_AND_BEFORE.match(folded, starts[0]) or folded[:starts[0]].rstrip().endswith("?"))
        and (expected_type(before) or asks_yes_or_no(before) and _VERB_ASKED.search(before))))
    starts = starts if opened else starts[1:]
    return [text[a:b].lstrip("+& ") for a, b in zip(starts, starts[1:] + [len(text)])]  # "… + montant ARS ?"


def first_ask(question: str) -> str:
    """The question's first ask when it asks more than one thing ("Quel est le budget…, et combien apporte l'ARS ?"
    -> "Quel est le budget…"); "" for a question asking one thing."""
    later = later_asks(question)
    if not later:
        return ""
    cut = question.find(later[0])  # where the later asks start (as folded text when folding changed the letters)
    return (question[:cut] if cut >= 0 else question[:len(question) - sum(map(len, later))]).rstrip(" ,;:+&")


# ("où", folded to "ou", only where no "or" reads: "…, et où on envoie les gens ?", "où se trouve…", "…, et où ?")
_ASK_WORDS = (r"combien|quand|qui|quel(?:le)?s?|comment|pourquoi|how|when|who|what|which|where|why|"
              r"ou(?=\s+(?:on|se|s'|est|sont|aller|envoyer|orienter|trouver|adresser)\b|\s*\?|"
              r"\s+en\s+(?:est|sont|etait|etaient)\b)")
_AND_BEFORE = re.compile(r"[;:+&\s]*(?:et|and)\s")  # (the later ask opens with it)
# a yes or no asked by a verb ("faut il…", "est-elle…", "elle est gratuite"), not a topic ("Appel à projets 2026")
_VERB_ASKED = re.compile(r"\w-(?:t-)?(?:il|elle|ils|elles|on)\b|\best-ce\b|\b(?:faut|peut|peuvent|doit|doivent|est|"
                         r"sont|existe|existent|y a)\b")
_ASKED_BEFORE = re.compile(rf"\b(?:{_ASK_WORDS}|quoi|signifie|veut dire|est-ce)\b")
# (asks_yes_or_no: "qu'est-ce que je dois faire ?", "Que faire… ?" ask something too)
_ASKS_SOMETHING = re.compile(rf"\b(?:{_ASK_WORDS}|quoi|signifie|veut dire|qu'est-ce)\b|(?:^|[,:;]\s*)qu(?:e\b|')")


# A question word opening the question, a clause after "et", ";" or ":" ("…, et qui la paie ?", "…, et par combien de
# membres ?", "…, et à partir de quand ?"); not a relative clause after a comma ("…des professionnels, qui ont…")
_ASKING = re.compile(r"(?:^\s*|[;:+&]\s*(?:et\s+|and\s+)?|\b(?:et|and)\s+)(?:(?:par|pour|de|a|avec|dans|en|"
                     rf"a partir de|depuis|jusqu'a|jusqu'au|since|from|until|by|in|for)\s+)?(?:{_ASK_WORDS})\b"
                     # "…, et à Marbeuf elle se réunit tous les combien ?": its question word comes last
                     rf"|(?<=,\s)(?:et|mais)\s+(?=[^?,;:]*\b(?:{_ASK_WORDS})\b)"
                     # "…existe depuis quand et elle fait combien d'ETP ?": a clause of its own subject, no comma
                     rf"|\b(?:et|mais)\s+(?=(?:il|elle|ils|elles|on|ca|cela)\s[^?,;:]*\b(?:{_ASK_WORDS}|quoi)\b)"
                     # "…, c'est quoi et à quoi ça sert ?"
                     r"|\bet\s+(?=a\s+quoi\b)"
                     # "…, elle ouvre quand, avec combien de postes… ?": "combien" after a comma is no relative
                     r"|(?<=,\s)(?:(?:par|pour|de|a|avec|dans|en|sur)\s+)?combien\b"
                     # "…, et que faire s'il a des idées suicidaires ?", "…, et qu'est-ce qu'on fait si… ?"
                     r"|(?<=,)\s*(?:et|mais)\s+(?=que\s+faire\b|qu'est-ce\s+qu)"
                     # "…nb d'élèves en 2024-2025 et en 2025-2026 ?": the same value, of another time, asked last
                     r"|\bet\s+(?=en\s+(?:19|20)\d\d(?:\s*[-/]\s*(?:19|20)?\d\d)?\s*\??\s*$)"
                     # "…: nombre d'appels en 2024 et coût annuel ?": the values wanted, named one after the other
                     r"|(?:^\s*|[;:+&]\s*|\bet\s+)(?:(?:le|la|les|son|sa|leur)\s+|l')?(?:nombre d(?:e|es|u|')|cout|"
                     r"montant|budget|taux|delai|duree|date limite)\b"
                     # (not a topic before its question: "Taux de pauvreté : quelles conséquences ?")
                     rf"(?![^?,;:]*:\s*(?:{_ASK_WORDS}|que|qu'|quoi)\b)"
                     # "…, et peut-elle être reconduite ?", "…, et est-ce qu'il faut…": a yes or no asked after
                     # ("…, et la PMI est-elle associée ?": its subject named before the verb)
                     rf"|,\s*(?:et|mais)\s+(?:est-ce\s+qu|(?:(?:le|la|les|son|sa|ses|leur|leurs)\s+|l')?"
                     rf"(?:(?!(?:{_ASK_WORDS})\b)[\w-]+\s+)?"
                     r"\w+-(?:t-)?(?:il|elle|ils|elles|on)\b)"
                     # "…combien de jeunes depuis janvier ? et l'an dernier à la même date ?": asked again of another
                     r"|(?<=\?)\s*(?:et|and)\s+(?=\S)"
                     # "…fin octobre 2025, et sur toute l'année 2025 ?": the same value, of another time, asked last
                     r"|(?<=,\s)(?:et|mais)\s+(?=(?:sur|pour|en|a|au|fin|l'an|l'annee)\b[^?,;:]{0,40}?(?:(?:19|20)\d\d|"
                     r"derni\w+|precedent\w*|passe\w*)\s*\??\s*$)"
                     # "c'est quel jour, dans quel ciné, et c'est payant ?": asks one after the other, by commas
                     r"|(?<=,\s)(?:par|pour|de|a|avec|dans|en|sur|chez)\s+quel(?:le)?s?\b"
                     r"|(?<=,\s)et\s+(?=c'est\s+[\w-]+\s*\?\s*$)")


# "Le centre propose-t-il de l'hypnose… ?", "Est-ce que l'équipe fait des téléconsultations ?": what a yes-or-no
# question asks whether someone offers (a service, an activity), named after the verb with its partitive article
_OFFERS = re.compile(r"\b(?:propos|offr|organis|pratiqu|dispens|fai[ts]|font)\w*(?:-t)?(?:-(?:il|elle|ils|elles|on))?"
                     r"\s+(?:(?:aussi|encore|egalement|deja|toujours)\s+)?(?:de la|de l'|du|des|d')\s*"
                     r"([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3}?)"
                     r"(?=\s+(?:a|au|aux|dans|en|chez|pour|qui|que|avec|sur)\s|\s*[?,;]|$)")


def offered_terms(question: str) -> tuple[str, ...]:
    """The terms of what a French yes-or-no question asks whether someone offers ("…propose-t-il des séances
    d'hypnose aux enfants ?" -> seanc, hypnos), up to whom or where: the key notion of the question, which a corpus
    that never names it cannot confirm."""
    if not asks_yes_or_no(question):
        return ()
    folded = fold(question)
    m = _OFFERS.search(folded)
    if not m:
        return ()
    offered = m.group(1)
    # "…des séances en réalité virtuelle pour les phobies ?": "en" and a word in lower case says how, not where ("en
    # Occitanie"): part of what is offered
    manner = _IN_MANNER.match(question, m.end(1)) if len(folded) == len(question) else None
    if manner:
        offered = f"{offered} {manner.group(1)}"
    return tuple(t for t in content_terms(offered) if not t.isdigit())


_IN_MANNER = re.compile(r"\s+en\s+([a-zà-ÿ][\w'’-]*(?:\s+(?!(?:a|à|au|aux|dans|en|chez|pour|qui|que|avec|sur)\s)"
                        r"[a-zà-ÿ][\w'’-]*)?)")


def existing_terms(question: str) -> tuple[str, ...]:
    """The terms of what a French question asks whether it exists ("Y a-t-il un groupe de soutien pour les parents
    d'enfants autistes à Belcombe ?" -> group, soutien, parent, enfant, autist), up to where or when it is asked:
    each one is the thing asked, which a corpus that never says it cannot confirm."""
    m = _EXISTS.search(fold(question))
    return tuple(t for t in content_terms(m.group(1)) if not t.isdigit()) if m else ()


def subject_terms(question: str) -> tuple[str, ...]:
    """The terms of the subject a French yes-or-no question asks about before its verb, when it is a noun and its
    complement ("La maison des adolescents de Montclavel est-elle associée au protocole ?" -> maison, adolescent),
    the place named after it aside: one thing, which a corpus must name to answer."""
    if not asks_yes_or_no(question):
        return ()
    m = _INVERTED_SUBJECT.match(question)
    if not m:
        return ()
    words = m.group(1).split()
    named = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))  # "… de Montclavel": where
    compound = _COMPOUND.fullmatch(" ".join(words[:named]))
    return tuple(content_terms(compound.group(0))) if compound else ()


# A noun and its complement naming one thing ("maison des adolescents", "groupe de parole"), before where it is
_COMPOUND = re.compile(r"[a-zà-ÿ-]+\s+(?:de la\s+|de l['’]|des\s+|du\s+|de\s+|d['’])[a-zà-ÿ-]+(?=(?:\s+(?:de|du|des|à|a))?$)"
                       r"(?:\s+(?:de|du|des|à|a))?")


# "La maison des adolescents de Montclavel est-elle associée… ?": an article, the subject, its verb and pronoun
_INVERTED_SUBJECT = re.compile(r"\s*(?:[Ee]t\s+)?(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’]|[Cc]e|[Cc]ette|[Cc]es)\s*"
                               r"([^?,:;]+?)\s+[\w'’]+-(?:t-)?(?:il|elle|ils|elles)\b")


_EXISTS = re.compile(r"\b(?:y a[- ]t[- ]il|y-a-t-il|existe[- ]t[- ]il|est-ce qu'il (?:y a|existe)|il existe)\s+"
                     r"(?:une\b|un\b|des\b|de\b|d')\s*([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,7}?)"
                     r"(?=\s+(?:a|au|aux|dans|en|chez|qui|que)\s|\s*[?,;]|$)")  # (up to "qui va voir…")


def priced_term(question: str) -> str | None:
    """The term of the kind of money an amount question asks ("c'est quoi le salaire d'un agent… ?" -> salair): a
    key notion the corpus must name, or it cannot say what that money is."""
    folded = fold(question)
    m = _PRICE_ASKED.search(folded) or (expected_type(question) == "amount" and _PRICED.search(folded))
    return content_terms(m.group(1))[0] if m else None


_MONEY_NOUNS = (r"(salaires?|loyers?|tarifs?|remunerations?|honoraires|indemnites?|cotisations?|primes?|pensions?|"
                r"allocations?)\b")
_PRICED = re.compile(r"\b(?:le|la|les|du|des|son|sa|ses|leur|leurs)\s+" + _MONEY_NOUNS)
# "c'est quoi le salaire… ?", "quel est le tarif… ?" (not "Qui paie le salaire… ?", which asks who)
_PRICE_ASKED = re.compile(r"\b(?:(?:c'est quoi|quel(?:le)?s? (?:est|sont|etait)|combien (?:est|fait))\s+"
                          r"(?:le|la|les|son|sa|ses|leur|leurs)\s+|^\s*quel(?:le)?s?\s+)" + _MONEY_NOUNS)  # "Quel salaire… ?"
# (not a later ask, "…, et à quel tarif ?": "65 € HT par m3" is one, though the word is not written)


def awaited_term(question: str) -> str | None:
    """The term of whom or what a wait asked is for ("Combien de temps pour avoir un orthophoniste… ?" -> orthophon):
    a key notion the corpus must name, or its waits are for something else."""
    if expected_type(question) != "duration":
        return None
    m = _AWAITED.search(fold(question))
    terms = content_terms(m.group(1)) if m else ()
    return terms[0] if terms else None


_AWAITED = re.compile(r"\b(?:pour|avant d'|avant de)\s*(?:avoir|obtenir|voir|trouver|decrocher|consulter)\s+"
                      r"(?:un|une|le|la|l'|des|les)\s*([^\W\d_][\w-]*)")


def measured_term(question: str) -> str | None:
    """The term of what a rate, a score or an index asked measures ("quel est le taux de chômage… ?" -> chomag): a
    key notion the corpus must name, or its figures measure something else."""
    m = _MEASURE_ASKED.search(fold(question))
    terms = content_terms(m.group(1)) if m else ()
    return terms[0] if terms else None


# "le taux de chômage", "l'indice de précarité" (not "la part des habitants": who)
_MEASURE_ASKED = re.compile(r"\b(?:taux|scores?|indices?)\s+(?:de |d'|du )([^\W\d_]{4,})")  # (not "niveau d'études")


# A question asking where too ("Où et quand se réunit… ?", "…c'est quand et où ?", "Quel jour et où ?", "When and
# where…"): a date alone does not answer it
_WHERE_TOO = re.compile(r"\bou et (?:quand|a quelle (?:heure|date)|quel(?:le)?s? (?:jours?|dates?|heures?))\b|"
                        r"\b(?:quand|jours?|dates?|heures?|soirs?)\s*,?\s*et ou\b|"
                        r"\bcombien\s*,?\s*et ou\b|"  # "c'est combien et où on le demande ?": where, with a price
                        # "Quand a lieu la réunion et où ?", "…à quelle heure et à quel endroit ?"
                        r"(?=.*\b(?:quand|quel(?:le)?s? (?:jours?|dates?|heures?)|a quelle (?:heure|date))\b).*"
                        r"(?:\bet ou\s*\?\s*$|\bet (?:a|dans) quel(?:le)? (?:endroit|lieu|salle)\b)|"
                        r"\bwhere and when\b|\bwhen\s*,?\s*and where\b")


def asks_where_too(question: str) -> bool:
    """True for a question asking when and where something is ("Où et quand se réunit le groupe ?")."""
    return bool(_WHERE_TOO.search(fold(question)))


# A place named as where something is: a room, a building, a street ("salle de l'ancienne coopérative", "rue du
# Foirail"), not "le conseil local"
_VENUE = re.compile(r"\b(?:salles?|mairie|hotel de ville|centre social|hall|amphi\w*|mediatheque|bibliotheque|"
                    r"gymnase|halle|campus|batiment|ferme-auberge|locaux)\b|\b(?:rue|avenue|boulevard|quai|allee|"
                    r"impasse)\s+(?:de la |de l'|du |des |d')?[a-z]")
# the same, written as a name: "la Maison des services publics", "au Foyer Saint-Jean", "l'Espace Bellevue" (not "à la
# maison", "un foyer sur trois", "mise en place")
_NAMED_VENUE = re.compile(r"\b(?:Maison|Foyer|Espace|Centre|Antenne|Agence|Café|Auberge|Théâtre|Cinéma|Siège)\b"
                          r"|\b(?i:maison (?:france services|de quartier|des associations|de l'|de la|du|des))\b")


def says_where(text: str) -> bool:
    """True when a sentence names a place where something is held (a room, a building, an address)."""
    return bool(_VENUE.search(fold(text)) or _NAMED_VENUE.search(text))
