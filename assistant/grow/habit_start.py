"""A habit said with the day it starts: the first time it is done is its due date.

"From Monday I'll send a weekly summary every Friday" starts on Monday but is first done on the
Friday after it; "starting tomorrow I'll run every Tuesday" is first done on the next Tuesday.
The date the start phrase gives is moved on to the first repeated weekday on or after it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["first_time_done"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAYS = "|".join(_WEEKDAYS)
# "every Friday", "each friday", "every other Monday" is left alone (which week is unclear)
_EVERY_DAY_RE = re.compile(rf"\b(?:every|each)\s+(?P<day>{_DAYS})\b", re.IGNORECASE)
_START_RE = r"\b(?:from|starting|beginning|start(?:ing)?\s+from)\s+(?:on\s+|from\s+)?"


def first_time_done(text: str, when: str | None, due: date | None) -> date | None:
    """``due`` moved to the first day the habit in ``text`` is done, when ``when`` is the day it
    starts ("from Monday"); otherwise ``due`` as it is."""
    if due is None or not when:
        return due
    days = {_WEEKDAYS.index(m.group("day").lower()) for m in _EVERY_DAY_RE.finditer(text)}
    if len(days) != 1:
        return due  # no habit on a weekday, or several days: no one first day to name
    if not re.search(_START_RE + re.escape(when.strip()), text, re.IGNORECASE):
        return due  # "send it every Friday by Monday": a deadline, not a start
    return due + timedelta(days=(days.pop() - due.weekday()) % 7)
