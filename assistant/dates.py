"""French dates for people: "2024-05-02" -> "2 mai 2024", "2025-04-01" -> "1er avril 2025"."""

from __future__ import annotations

import re
from datetime import date

from assistant.text import fold

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
FOLDED_MONTHS = tuple(fold(month) for month in MONTHS)  # as folded text writes them ("fevrier", "aout")
MONTH_WORD = re.compile(r"\b(" + "|".join(FOLDED_MONTHS) + r")\b")  # a month named in folded text


def year_month(month: str, year: str) -> str:
    """A folded month and a year as an ISO date's first seven characters: ("avril", "2026") -> "2026-04"."""
    return f"{year}-{FOLDED_MONTHS.index(month) + 1:02d}"


def french_date(value: str | None) -> str:
    """An ISO date (or the date of an ISO timestamp) written the French way; "2024-05" -> "mai 2024", "2024" as is;
    anything unparsable is returned as is, and nothing as ""."""
    if not value:
        return ""
    text = str(value)
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        parts = text.split("-")
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        return text
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"
