"""French dates as every front end shows them."""

from __future__ import annotations

from assistant.dates import french_date


def test_iso_dates_are_written_the_french_way():
    assert french_date("2024-04-23") == "23 avril 2024"
    assert french_date("2025-04-01") == "1er avril 2025"  # the first of the month is "1er"
    assert french_date("2025-11-23T20:25:00Z") == "23 novembre 2025"  # a timestamp's day
    assert french_date("2024-05") == "mai 2024"
    assert french_date("2024") == "2024" and french_date("printemps 2024") == "printemps 2024"
    assert french_date(None) == "" and french_date("") == ""
