"""argparse's own words in French (usage, help headings, errors): every message the command line shows is French."""

from __future__ import annotations

import argparse

FRENCH = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "arguments inconnus : %s (voir --help)",
    "the following arguments are required: %s": "argument obligatoire manquant : %s (voir --help)",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r (attendu : %(type)s)",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix inconnu : %(value)r (au choix : %(choices)s)",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "one of the arguments %s is required": "l'un de ces arguments est obligatoire : %s",
    "not allowed with argument %s": "impossible avec l'argument %s",
    "ignored explicit argument %r": "valeur ignorée : %r",
    "unexpected option string: %s": "option inattendue : %s",
}


def whole_number(text: str) -> int:
    return int(text)


def number(text: str) -> float:
    return float(text.replace(",", "."))  # "2,5" as well as "2.5"


whole_number.__name__ = "un nombre entier"  # what "valeur invalide : 'abc' (attendu : …)" names
number.__name__ = "un nombre"


def _french(message: str) -> str:
    return FRENCH.get(message, message)


def use_french() -> None:
    """Make argparse speak French (its messages go through this module-level function)."""
    argparse._ = _french  # type: ignore[attr-defined]
