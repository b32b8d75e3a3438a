"""A date said without its year that has just gone by: "I'll finish the draft by November 28",
said on December 3.

The writers' convention dates such a step next year, and the item keeps that due date; but the
mentee more likely misspoke or means a date already missed, so the coach says the date looks
past and asks to confirm it rather than rolling it on silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from assistant.understanding.timeframes import find_time

__all__ = ["past_date_checks"]

# How far back a day this year still reads as "just gone by" rather than next year's.
RECENT = timedelta(days=92)
# A year said with the date: "November 28 2027", "next year", "in '27".
_YEAR_SAID_RE = re.compile(r"\b(?:\d{4}|next\s+year|'\d\d|’\d\d)\b", re.IGNORECASE)


def _rolled_on(said: str, due: date, today: date) -> bool:
    """Was ``due`` moved to next year only because this year's day is a little past?"""
    if due.year != today.year + 1 or _YEAR_SAID_RE.search(said):
        return False
    try:
        this_year = due.replace(year=today.year)
    except ValueError:  # February 29
        return False
    return today - RECENT <= this_year < today


def past_date_checks(answers: Iterable[str], today: date) -> list[str]:
    """One note per date in ``answers`` that looks past, asking to confirm it."""
    notes: list[str] = []
    for answer in answers:
        for expression in find_time(answer, today):
            if expression.due is None or expression.recurring:
                continue
            if not _rolled_on(expression.text, expression.due, today):
                continue
            said = expression.text.strip()
            note = (
                f"“{said}” looks past (today is {today.isoformat()}); the step is dated "
                f"{expression.due.isoformat()}: confirm the date with the mentee."
            )
            if note not in notes:
                notes.append(note)
    return notes
