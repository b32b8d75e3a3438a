"""Time expressions in what someone says: a due date when one is meant, a time frame otherwise.

:func:`assistant.duedates.resolve_due` reads the forms a task line uses ("by Friday", "Dec 3",
"end of next month"). Spoken answers add a few more, resolved here with the same conventions:

- "on the 10th", "by the 15th": that day of the current month, or of the next month when it has
  passed;
- "by the end of the year", "before the end of the year", "by year end": 31 December;
- "end of the quarter", "this quarter": the quarter's last day; "next quarter": the next one's;
  "by end of Q2": that quarter's last day.

A weekday used as a habit ("every Friday", "Sunday evenings", "on Fridays") is marked
``recurring``: its first occurrence is the due date only when nothing else is named.

Some phrases set a time frame but no single day ("by next summer", "within a year", "in two
years", "by 2027", "this spring", "in Q3"); they count for :func:`find_time`, with no date.
A meeting is not a date: "before our next meeting" gives neither.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from assistant.duedates import find_due_span, resolve_due

__all__ = ["TimeExpression", "find_time", "is_habit", "resolve_date"]


@dataclass(frozen=True)
class TimeExpression:
    """A time phrase: its text and span, and the day it means (``None`` for a time frame)."""

    text: str
    start: int
    end: int
    due: date | None
    recurring: bool = False  # "every Friday", "Sunday evenings": a habit; ``due`` is its first day


_ORDINAL_DAY = re.compile(
    r"\b(?:(?:by|on|before|until|till|for)\s+)?the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|century|floor|time))",
    re.IGNORECASE,
)
_YEAR_END = re.compile(
    r"\b(?:(?:by|before|until|till|for)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+year|"
    r"year[-\s]end|end\s+of\s+(?:the\s+)?year)\b",
    re.IGNORECASE,
)
_QUARTER = re.compile(
    r"\b(?:(?:by|before|until|for)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?P<w1>this\s+|next\s+)?"
    r"quarter|(?P<w2>this|next)\s+quarter)\b",
    re.IGNORECASE,
)
# "by end of Q2", "before the end of Q4": the named quarter's last day (next year's once this
# year's is past); "in Q3" alone sets a time frame with no day.
_NAMED_QUARTER_END = re.compile(
    r"\b(?:(?:by|before|until|till|for)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?q(?P<q>[1-4])\b",
    re.IGNORECASE,
)
_SEASONS = r"spring|summer|autumn|fall|winter"
_MONTH_NAMES = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_FRAME = re.compile(
    rf"\b(?:(?:by|before|until|in|within|over|during|for\s+the\s+next|this|next|the\s+next|the\s+coming|"
    rf"end\s+of(?:\s+the)?)\s+)+(?:the\s+)?(?:{_SEASONS}|year|years|quarter|semester|term|"
    rf"(?:school\s+)?holidays|q[1-4]|\d+\s+(?:days?|weeks?|months?|years?)|"
    rf"(?:a|one|two|three|four|five|six|nine|twelve|eighteen|a\s+couple\s+of|a\s+few)\s+"
    rf"(?:days?|weeks?|months?|years?))\b"
    rf"|\b(?:by|in|before|during)\s+(?:the\s+)?(?:{_SEASONS}|q[1-4])\b|\bq[1-4]\b|"
    rf"\b(?:(?:by|in|before|until|till|from|since|starting|start\s+of|end\s+of|this|next|"
    rf"the\s+(?:start|end|beginning)\s+of)\s+)+(?:(?:early|mid|late)[-\s]+)?(?:{_MONTH_NAMES})\b|"
    rf"\b(?:{_MONTH_NAMES})\s+(?:review|cycle|intake|deadline|exams?)\b|"
    rf"\b(?:{_SEASONS})\s+(?:open|show|exhibition|term|semester|intake|review|exams?|season|"
    rf"cycle|round|conference)\b|\b(?:next|this)\s+season\b|"
    rf"\b(?:by|in|before|until)\s+20\d\d\b|\bthis\s+(?:month|week)\b|\bnext\s+(?:month|week)\b|"
    rf"\b(?:from\s+now\s+on|starting\s+now|going\s+forward|"
    rf"deadline|next\s+review\s+cycle|next\s+review|review\s+cycle|"
    rf"next\s+(?:academic\s+)?year|this\s+year|within\s+a\s+year|a\s+year\s+from\s+now|"
    rf"(?:months?|weeks?|years?)\s+from\s+now(?!\s+on\b))\b",
    re.IGNORECASE,
)
# Events of a year that set a time frame without a calendar day: "before reading week", "by half
# term", "before exams", "by graduation", "over the summer break".
_EVENT_FRAME = re.compile(
    r"\b(?:by|before|after|until|till|for|over|during)\s+(?:the\s+|my\s+|our\s+)?(?:reading\s+week|"
    r"half[-\s]?term|mid[-\s]?terms?|exams?|finals|graduation|freshers['’]?\s+week|"
    r"(?:summer|winter|spring|easter|christmas|xmas|holiday)\s+(?:break|holidays?|vacation|hols))\b"
    # pay day comes round each month: "on payday", "after the next pay day", "by payday"
    r"|\b(?:on|by|before|after|until|till|from)\s+(?:the\s+|my\s+)?(?:next\s+)?pay\s?day\b",
    re.IGNORECASE,
)
_MEETING = re.compile(
    r"\b(?:by|before|at|for|until)\s+(?:our|the)\s+next\s+(?:meeting|session|catch[-\s]?up|"
    r"call|chat|one[-\s]to[-\s]one|1:1)\b",
    re.IGNORECASE,
)


_WEEKDAY_WORD = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.IGNORECASE
)
# "Sunday evenings", "Fridays", "Monday each week" (not "Monday morning": one morning)
_RECURRING_AFTER = re.compile(
    r"^(?:s\b|s?\s+(?:mornings|afternoons|evenings|nights|lunchtimes|each|every)\b)",
    re.IGNORECASE,
)
_RECURRING_BEFORE = re.compile(r"\b(?:every|each|on|most|all)\s+$", re.IGNORECASE)


def _recurring(text: str, start: int, end: int) -> bool:
    """ "Sunday evenings", "every Friday", "on Fridays": a habit, not a due date."""
    phrase = text[start:end]
    if not _WEEKDAY_WORD.search(phrase):
        return False
    if _RECURRING_AFTER.match(text[end:]):
        return True
    return bool(_RECURRING_BEFORE.search(text[:start])) and "on" not in phrase.lower().split()[:1]


def _quarter_end(year: int, quarter: int) -> date:
    year += (quarter - 1) // 4
    quarter = (quarter - 1) % 4 + 1
    month = quarter * 3
    return date(year, month, calendar.monthrange(year, month)[1])


def _ordinal_date(day: int, today: date) -> date | None:
    year, month = today.year, today.month
    for _ in range(3):
        if day <= calendar.monthrange(year, month)[1]:
            candidate = date(year, month, day)
            if candidate >= today:
                return candidate
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return None


# "by Christmas", "at Christmas", "Christmas." — not "the Christmas market stall": a word after
# it other than a time word makes it part of a name.
_CHRISTMAS = re.compile(
    r"\b(?:(?:by|before|until|till|for|at|over)\s+)?christmas\b"
    r"(?!\s+(?!(?:eve|day|break|holidays?|i|we|and|or|at|to|so|then|if)\b)[a-z])",
    re.IGNORECASE,
)
# Weekdays said in the plural: "on Tuesdays", "Mondays".
_PLURAL_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"
# A habit with no weekday: "every morning", "daily", "twice a week". A time, never a due date.
_HABIT = re.compile(
    r"\b(?:(?:every|each)\s+(?:other\s+)?(?:single\s+)?(?:day|morning|afternoon|evening|night|"
    r"week(?:day|end)?|month|lunch(?:time)?|session|shift)|"
    r"(?:daily|nightly|weekly|fortnightly)(?=\s*(?:[.,;:!?)]|$|and\b|or\b|from\b|until\b))|"
    r"(?:once|twice|(?:two|three|four|five|\d)\s+times)\s+(?:a|per|each)\s+(?:day|week|month)|"
    r"(?:every|each)\s+(?:two|three|couple\s+of|few)\s+(?:days|weeks)|"
    # weekdays said in the plural: "on Tuesdays and Thursdays", "Mondays", "weekday mornings"
    rf"(?:{_PLURAL_DAY}(?:\s+(?:and|or|&)\s+{_PLURAL_DAY})?))\b",
    re.IGNORECASE,
)


def _extra(text: str, today: date) -> list[TimeExpression]:
    found: list[TimeExpression] = []
    for m in _CHRISTMAS.finditer(text):
        day = date(today.year, 12, 25)
        day = day if day >= today else date(today.year + 1, 12, 25)
        found.append(TimeExpression(m.group(0), m.start(), m.end(), day))
    for m in _HABIT.finditer(text):
        found.append(TimeExpression(m.group(0), m.start(), m.end(), None, recurring=True))
    for m in _ORDINAL_DAY.finditer(text):
        found.append(
            TimeExpression(m.group(0), m.start(), m.end(), _ordinal_date(int(m["day"]), today))
        )
    for m in _YEAR_END.finditer(text):
        found.append(TimeExpression(m.group(0), m.start(), m.end(), date(today.year, 12, 31)))
    for m in _NAMED_QUARTER_END.finditer(text):
        day = _quarter_end(today.year, int(m["q"]))
        day = day if day >= today else _quarter_end(today.year + 1, int(m["q"]))
        found.append(TimeExpression(m.group(0), m.start(), m.end(), day))
    for m in _QUARTER.finditer(text):
        which = (m["w1"] or m["w2"] or "").strip().lower()
        quarter = (today.month - 1) // 3 + 1 + (which == "next")
        found.append(
            TimeExpression(m.group(0), m.start(), m.end(), _quarter_end(today.year, quarter))
        )
    return found


def find_time(text: str, today: date) -> list[TimeExpression]:
    """Every time phrase in ``text``, in order; ``due`` is set where one day is meant."""
    meetings = [(m.start(), m.end()) for m in _MEETING.finditer(text)]

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in meetings) and not any(
            start < t.end and t.start < end for t in out
        )

    out: list[TimeExpression] = []
    for expression in _extra(text, today):
        if free(expression.start, expression.end):
            out.append(expression)
    # resolve_due reads the first phrase only: walk the text phrase by phrase.
    offset = 0
    while offset < len(text):
        span = find_due_span(text[offset:])
        if span is None:
            break
        start, end = offset + span[0], offset + span[1]
        if free(start, end):
            due = resolve_due(text[start:end], today)
            habit = _recurring(text, start, end)
            out.append(TimeExpression(text[start:end], start, end, due, recurring=habit))
        offset = end if end > offset else offset + 1
    for pattern in (_FRAME, _EVENT_FRAME):
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                out.append(TimeExpression(m.group(0), m.start(), m.end(), None))
    return sorted(out, key=lambda t: t.start)


def resolve_date(text: str, today: date) -> date | None:
    """The first day meant in ``text`` (see :func:`find_time`), or ``None``.

    A habit's first day ("every Friday") counts only when no other day is named.
    """
    found = [e for e in find_time(text, today) if e.due is not None]
    found.sort(key=lambda e: e.recurring)  # stable: text order within each kind
    return found[0].due if found else None


def is_habit(text: str | None, today: date) -> bool:
    """Is every time phrase in ``text`` a habit ("three times a week", "every Friday")?"""
    found = find_time(text, today) if text else []
    return bool(found) and all(t.recurring for t in found)
