"""Find and resolve due-date phrases in a task line ("by Friday", "Dec 3", "within two weeks").

Readings chosen (all relative to ``today``; weeks start on Monday):

- A bare weekday, "by Friday", "on Friday", "coming Friday": the next occurrence *after* today,
  so "by Friday" written on a Friday means a week later (a same-day deadline is written "today").
- "this Friday": the Friday of the current week; if it has already passed, the next one.
- "next Tuesday": the Tuesday of next week (on a Monday that is 8 days later, not tomorrow).
- "this week" / "end of the week": Friday of this week (today when that Friday has passed).
- "next week" / "end of next week" / "the coming week": Friday of next week.
- "the weekend" / "this weekend": Sunday of this week; "next weekend": Sunday of next week.
- "in 3 days", "within two weeks", "within a month", "in a fortnight": today plus that span
  (months keep the day of month, clamped to the month's last day; business days skip weekends).
- "tomorrow", "today", "tonight", "EOD": the obvious day.
- "end of month" / "end of next month" / "end of December" / "next month": the month's last day.
- "11/25", "25/11", "25.11.2025", "25-11-2025": a numeric date in either order when only one
  order is a real date; when both are ("3/4"), month first unless ``day_first`` (the notes' own
  date line is written day first) or the date is written with dots ("10.11.2023");
- "before the next meeting", "by our next session", "until the next dev meeting": the next
  meeting's date when the notes give it;
- "Dec 3", "December 3rd", "3 December", "3rd of December", "29. Nov.", "November 30":
  this year, or next year when the date has already passed; an explicit year is kept.
- "mid-January": the 15th of that month (next year when passed).
- "before May": the last day of the month before it (April 30th), next year's once passed.
- "EOD Monday": that weekday, as above.
- ISO "2026-12-01", and the year first with dots or slashes ("2017.09.08", "2017/09/08");
  a day-first date with a two-digit year when each part has two digits ("07.11.23").

Only the first phrase that forms a real date is used; a weekday followed by its date
("Thursday, 31st August") reads as that date. A date that cannot exist ("30 February", "2/30")
is found by :func:`impossible_date` so callers can report it. Matching is a single linear scan.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta

__all__ = ["find_due", "find_due_span", "impossible_date", "resolve_due"]

_MONTHS: dict[str, int] = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}

_WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "weds": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sunday": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a few": 3,
}


def _alt(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MON = _alt(list(_MONTHS))
_WD = _alt(list(_WEEKDAYS))
_NUM = r"\d{1,3}|" + _alt(list(NUMBER_WORDS)).replace(r"\ ", r"\s+")
_ORD = r"(?:st|nd|rd|th)?"

_PATTERN = re.compile(
    rf"""
    (?<![\w/-])
    (?:(?:no\s+later\s+than|due\s+by|due\s+on|due|by|before|until|till|on|for)\s+(?:the\s+)?)?
    (?:
        (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?![\w/-])
      | (?P<sm>\d{{1,2}})/(?P<sd>\d{{1,2}})(?:/(?P<sy>\d{{4}}|\d{{2}}))?(?![\w/])
      | (?P<dm>\d{{1,2}})(?P<dsep>[.-])(?P<dd>\d{{1,2}})(?P=dsep)
        (?P<dy>\d{{4}}|(?<=\d\d[.-]\d\d[.-])\d\d)(?![\w.-])
      | (?P<yy>(?:19|20)\d\d)(?P<ysep>[./])(?P<ym>\d{{1,2}})(?P=ysep)(?P<yd>\d{{1,2}})(?![\w/.-])
      | (?P<meeting>(?:our|the)\s+next\s+(?:(?!by\b|on\b|for\b)[a-z][\w-]{{1,15}}\s+)?
                  (?:meeting|mtg|session|call|sync|check[-\s]?in
                  |catch[-\s]?up|1[:-]1|one[-\s]to[-\s]one))\b
      | (?P<mon1>{_MON})(?:\.?\s+(?P<d1>\d{{1,2}}){_ORD}(?:,?\s+(?P<y1>\d{{4}}))?\b|\b(?!\.?\s*\d))
      | (?P<d2>\d{{1,2}})(?:{_ORD}|\.)\s+(?:of\s+)?(?P<mon2>{_MON})\b(?:\.?,?\s+(?P<y2>\d{{4}}))?
      | (?P<eom>end\s+of\s+(?:the\s+)?(?P<eomwhich>this\s+|next\s+)?month)\b
      | (?P<eomn>(?P<eomnwhich>this\s+|next\s+)?month[-\s]end)\b
      | end\s+of\s+(?P<eomname>{_MON})\b
      | (?P<week>(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<wk>this\s+|next\s+)?week
                |(?P<wk2>this|next|(?:the\s+)?(?:coming|upcoming))\s+week)\b(?![-\s]?ends?\b)
      | (?P<weekend>(?:(?:the|this|next)\s+)?(?:week[-\s]?end|wk[-\s]?nd|wkend))\b
      | mid[-\s]?(?P<midmon>{_MON})\b
      | (?:(?:eod|cob|end\s+of\s+(?:the\s+)?day)\s+(?:on\s+)?)?
        (?:(?P<wdmod>next|this|coming|the\s+coming)\s+)?(?P<wd>{_WD})\b
      | (?:with)?in\s+(?:the\s+next\s+)?(?P<num>{_NUM})\s+
        (?P<unit>(?:business|working)\s+days?|days?|weeks?|months?)\b
      | (?:with)?in\s+(?:a|one)\s+(?P<fortnight>fortnight)\b
      | (?P<dat>(?:the\s+)?day\s+after\s+tomorrow)\b
      | (?P<tomorrow>tomorrow|tmrw|tmr)\b
      | (?P<today>today|tonight|eod|end\s+of\s+(?:the\s+)?day)\b
      | (?P<nextmonth>next\s+month)\b
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

_MAX_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_month_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _MAX_DAYS[month]


def _plausible(m: re.Match[str]) -> bool:
    """Whether a match can form a date regardless of ``today``."""
    g = m.groupdict()
    if g["iso"]:
        y, mo, d = (int(p) for p in g["iso"].split("-"))
        try:
            date(y, mo, d)
        except ValueError:
            return False
        return True
    if g["sm"]:
        first, second = int(g["sm"]), int(g["sd"])
        if _valid_month_day(first, second):
            return True
        # Day first ("25/11") only as a deadline ("by 25/11") or with a year: not "open 24/7".
        lead = m.group(0)[: m.start("sm") - m.start()].strip()
        return _valid_month_day(second, first) and (bool(lead) or bool(g["sy"]))
    if g["dm"]:
        return _numeric_order(int(g["dm"]), int(g["dd"]), False) is not None
    if g["yy"]:
        return _valid_month_day(int(g["ym"]), int(g["yd"]))
    if g["meeting"]:
        return m.group(0)[: m.start("meeting") - m.start()].strip() != ""
    if g["mon1"] and g["d1"] is None:
        # "before May": a month named alone is a deadline only after "before", written as a name
        lead = m.group(0)[: m.start("mon1") - m.start()].strip().lower()
        return lead == "before" and g["mon1"][:1].isupper()
    if g["mon1"]:
        return _valid_month_day(_MONTHS[g["mon1"].lower()], int(g["d1"]))
    if g["mon2"]:
        return _valid_month_day(_MONTHS[g["mon2"].lower()], int(g["d2"]))
    if g["wd"] and len(g["wd"]) <= 4 and not g["wdmod"]:
        # Bare abbreviations ("Mon", "Wed") are only dates after a preposition ("by Wed").
        return m.group(0)[: m.start("wd") - m.start()].strip() != ""
    return True


def _iter_matches(text: str, meetings: bool = False) -> Iterator[re.Match[str]]:
    for m in _PATTERN.finditer(text):
        if (meetings or not m.group("meeting")) and _plausible(m):
            yield m


# A weekday followed by a day of the month with no month: "Saturday the 25th", "Sunday 25th".
_WEEKDAY_DAY = re.compile(
    rf"[\s,]{{0,3}}(?:the\s+)?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    rf"(?!\s+(?:of\s+)?(?:{_MON})\b|\s+(?:floor|time|century|anniversary|birthday|edition)\b)",
    re.IGNORECASE,
)


def _day_after_weekday(m: re.Match[str], text: str) -> re.Match[str] | None:
    """The day of the month that follows a weekday match ("Saturday the 25th"), if any."""
    return _WEEKDAY_DAY.match(text, m.end()) if m.group("wd") else None


def _weekday_day(m: re.Match[str], text: str, today: date) -> tuple[int, date | None] | None:
    """For a weekday match followed by its day of the month ("Saturday the 25th"): the phrase's
    end and that day (this month's or, once past, the next month's that falls on the weekday)."""
    after = _day_after_weekday(m, text)
    if after is None:
        return None
    day, weekday = int(after["day"]), _WEEKDAYS[m.group("wd").lower()]
    candidates = []
    year, month = today.year, today.month
    for _ in range(12):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) >= today:
            candidates.append(date(year, month, day))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    named = next((d for d in candidates if d.weekday() == weekday), None)
    return after.end(), named or (candidates[0] if candidates else None)


def find_due_span(text: str) -> tuple[int, int] | None:
    """Return the (start, end) of the first due-date phrase, including "by"/"on"/"due", or None."""
    for m in _iter_matches(text):
        after = _day_after_weekday(m, text)
        return m.start(), after.end() if after else m.end()
    return None


def resolve_due(text: str, today: date) -> date | None:
    """Return the date the first due-date phrase in ``text`` means, relative to ``today``
    (a weekday followed by its date, "Monday 3rd of March", is that date)."""
    found = find_due(text, today)
    return found[2] if found is not None else None


def _year(raw: str | None) -> int | None:
    if raw is None:
        return None
    value = int(raw)
    return value + 2000 if value < 100 else value


def _month_day(month: int, day: int, year: int | None, today: date) -> date | None:
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    for candidate_year in range(today.year, today.year + 9):
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:
            continue  # 29 February outside a leap year
        if candidate >= today:
            return candidate
    return None


def _end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(today: date, months: int) -> date:
    index = today.month - 1 + months
    year, month = today.year + index // 12, index % 12 + 1
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def _add_business_days(today: date, days: int) -> date:
    current = today
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _number(raw: str) -> int:
    key = " ".join(raw.lower().split())
    return int(key) if key.isdigit() else NUMBER_WORDS[key]


def _numeric_order(first: int, second: int, day_first: bool) -> tuple[int, int] | None:
    """(month, day) for a numeric date: the only valid order, or the preferred one."""
    month_first = _valid_month_day(first, second)
    day_first_ok = _valid_month_day(second, first)
    if month_first and day_first_ok:
        return (second, first) if day_first else (first, second)
    if month_first:
        return first, second
    if day_first_ok:
        return second, first
    return None


def _resolve(
    m: re.Match[str], today: date, next_meeting: date | None = None, day_first: bool = False
) -> date | None:
    g = m.groupdict()
    monday = today - timedelta(days=today.weekday())
    if g["iso"]:
        return date.fromisoformat(g["iso"])
    if g["sm"] or g["dm"]:
        first, second = (int(g["sm"]), int(g["sd"])) if g["sm"] else (int(g["dm"]), int(g["dd"]))
        # written with dots ("10.11.2023"), a date is day first, as where dots are the custom
        order = _numeric_order(first, second, day_first or g["dsep"] == ".")
        if order is None:
            return None
        return _month_day(*order, _year(g["sy"] or g["dy"]), today)
    if g["yy"]:
        return _month_day(int(g["ym"]), int(g["yd"]), int(g["yy"]), today)
    if g["meeting"]:
        return next_meeting
    if g["mon1"] and g["d1"] is None:  # "before May": the last day of April
        first = _month_day(_MONTHS[g["mon1"].lower()], 1, None, today + timedelta(days=1))
        return first - timedelta(days=1) if first else None
    if g["mon1"]:
        return _month_day(_MONTHS[g["mon1"].lower()], int(g["d1"]), _year(g["y1"]), today)
    if g["mon2"]:
        return _month_day(_MONTHS[g["mon2"].lower()], int(g["d2"]), _year(g["y2"]), today)
    if g["eom"] or g["eomn"]:
        which = (g["eomwhich"] or g["eomnwhich"] or "").strip().lower()
        if which == "next":
            nxt = _add_months(today.replace(day=1), 1)
            return _end_of_month(nxt.year, nxt.month)
        return _end_of_month(today.year, today.month)
    if g["eomname"]:
        month = _MONTHS[g["eomname"].lower()]
        year = today.year if month >= today.month else today.year + 1
        return _end_of_month(year, month)
    if g["midmon"]:
        return _month_day(_MONTHS[g["midmon"].lower()], 15, None, today)
    if g["nextmonth"]:
        nxt = _add_months(today.replace(day=1), 1)
        return _end_of_month(nxt.year, nxt.month)
    if g["wd"]:
        return _weekday(_WEEKDAYS[g["wd"].lower()], (g["wdmod"] or "").split(), today, monday)
    if g["weekend"]:
        extra = 7 if g["weekend"].lower().startswith("next") else 0
        return monday + timedelta(days=6 + extra)
    if g["week"]:
        which = (g["wk"] or g["wk2"] or "").strip().lower()
        if which == "next" or which.endswith("coming"):  # "the coming week": the next one
            return monday + timedelta(days=11)
        return max(monday + timedelta(days=4), today)
    if g["num"]:
        count = _number(g["num"])
        unit = g["unit"].lower()
        if unit.startswith(("business", "working")):
            return _add_business_days(today, count)
        if unit.startswith("day"):
            return today + timedelta(days=count)
        if unit.startswith("week"):
            return today + timedelta(weeks=count)
        return _add_months(today, count)
    if g["fortnight"]:
        return today + timedelta(days=14)
    if g["dat"]:
        return today + timedelta(days=2)
    if g["tomorrow"]:
        return today + timedelta(days=1)
    if g["today"]:
        return today
    return None


def _named_order(m: re.Match[str], weekday: int, today: date) -> date | None:
    """The reading of a numeric date (month first or day first) that falls on ``weekday``."""
    first, second = (int(m["sm"]), int(m["sd"])) if m["sm"] else (int(m["dm"]), int(m["dd"]))
    year = _year(m["sy"] or m["dy"])
    for month, day in ((first, second), (second, first)):
        if _valid_month_day(month, day):
            candidate = _month_day(month, day, year, today)
            if candidate is not None and candidate.weekday() == weekday:
                return candidate
    return None


def _weekday(target: int, modifier: list[str], today: date, monday: date) -> date:
    if modifier and modifier[-1] == "next":
        return monday + timedelta(days=7 + target)
    if modifier and modifier[-1] == "this":
        this_week = monday + timedelta(days=target)
        if this_week >= today:
            return this_week
    ahead = (target - today.weekday()) % 7 or 7
    return today + timedelta(days=ahead)


# "every other Wednesday", "each Friday": a weekday that recurs
_RECURRING = re.compile(r"\b(?:every|each|alternate)(?:\s+(?:other|second))?\s+$", re.IGNORECASE)
# "within two weeks of receiving it", "in 3 days after the launch": counted from an event the
# text does not date, not from today ("in two weeks from now" is from today)
_FROM_EVENT = re.compile(
    r"\s+(?:of|after|from|following)\s+(?!now\b|today\b|this\s+meeting\b)", re.IGNORECASE
)

# "the weekend before submission", "the week after the launch": placed by an undated event
_AROUND_EVENT = re.compile(
    r"\s+(?:before|after|of)\s+(?!(?:next|this|the\s+next|today|tomorrow)\b|\d)(?:the\s+)?[a-z]",
    re.IGNORECASE,
)


def _not_a_deadline(m: re.Match[str], text: str) -> bool:
    """A weekday that recurs, or a span counted from some other event: no date to meet."""
    if m.group("wd") and _RECURRING.search(text[: m.start()]):
        return True
    if m.group("weekend") or m.group("week"):  # "the weekend before submission"
        return bool(_AROUND_EVENT.match(text, m.end()))
    return bool(m.group("num") or m.group("fortnight")) and bool(_FROM_EVENT.match(text, m.end()))


def find_due(
    text: str,
    today: date,
    *,
    next_meeting: date | None = None,
    day_first: bool = False,
    deadlines_only: bool = False,
) -> tuple[int, int, date | None, str | None] | None:
    """The first due-date phrase in ``text``: (start, end, the date, a problem or None).

    "before the next meeting" resolves to ``next_meeting`` (no date when it is not known); a
    weekday followed by its date ("Thursday, 31st August") is read as that date; an ambiguous
    numeric date ("3/4") follows ``day_first`` and says so in the problem. ``deadlines_only``
    passes over a weekday that recurs ("every Friday") and a span counted from an undated event
    ("within two weeks of receiving it"), which give a task no date to meet.
    """
    matches = [
        m
        for m in _iter_matches(text, meetings=True)
        if not (deadlines_only and _not_a_deadline(m, text))
    ]
    for index, m in enumerate(matches):
        start, end = m.start(), m.end()
        due = _resolve(m, today, next_meeting, day_first)
        dated = _weekday_day(m, text, today)
        if dated is not None:
            end, due = dated[0], dated[1] or due
        following = matches[index + 1] if index + 1 < len(matches) else None
        if (
            m.group("wd")
            and following is not None
            and re.fullmatch(r"[\s,(]{0,3}", text[end : following.start()])
            and (
                following.group("mon1")
                or following.group("mon2")
                or following.group("iso")
                or following.group("sm")
                or following.group("dm")
            )
        ):
            due = _resolve(following, today, next_meeting, day_first)
            if following.group("sm") or following.group("dm"):
                # "Friday 10.11.2023": the weekday says which order the numbers are in.
                due = _named_order(following, _WEEKDAYS[m.group("wd").lower()], today) or due
            end = following.end()
            if (
                text[start:end].count("(") > text[start:end].count(")")
                and text[end : end + 1] == ")"
            ):
                end += 1
        problem = None
        numeric = m.group("sm") or m.group("dm")
        if numeric:
            first = int(m.group("sm") or m.group("dm"))
            second = int(m.group("sd") or m.group("dd"))
            if (
                first != second
                and _valid_month_day(first, second)
                and _valid_month_day(second, first)
            ):
                digits = re.search(r"\d[\d/.-]*\d", m.group(0))
                written = digits.group(0) if digits else m.group(0).strip()
                problem = (
                    f"{written} could be read day first or month first; read as {due:%d %B}."
                    if due
                    else None
                )
        if due is not None:
            return start, end, due, problem
    return None


_IMPOSSIBLE = re.compile(
    rf"(?<![\w/-])(?:(?:by|before|on|until|due)\s+(?:the\s+)?)?(?:"
    rf"(?P<d1>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m1>{_MON})\b"
    rf"|(?P<m2>{_MON})\.?\s+(?P<d2>\d{{1,2}}){_ORD}\b"
    rf"|(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})(?:/\d{{2,4}})?(?![\w/])"
    rf"|(?P<i>\d{{4}}-\d{{2}}-\d{{2}})(?![\w/-]))",
    re.IGNORECASE,
)


def impossible_date(text: str) -> tuple[int, int, str] | None:
    """The first date phrase that names a day no month has ("30 February", "2/30", "31/04").

    Returns (start, end, the phrase as written); None when every date phrase is possible.
    """
    for m in _IMPOSSIBLE.finditer(text):
        g = m.groupdict()
        if g["m1"] or g["m2"]:
            month = _MONTHS[(g["m1"] or g["m2"]).lower()]
            day = int(g["d1"] or g["d2"])
            if not 1 <= day <= 31:
                continue
            bad = not _valid_month_day(month, day)
            phrase = f"{day} {calendar.month_name[month]}"
        elif g["n1"]:
            first, second = int(g["n1"]), int(g["n2"])
            if max(first, second) > 31 or min(first, second) < 1 or (first > 12 and second > 12):
                continue  # "50/50", "24/7": not meant as dates
            bad = _numeric_order(first, second, False) is None
            phrase = m.group(0).split()[-1]
        else:
            y, mo, d = (int(x) for x in g["i"].split("-"))
            try:
                date(y, mo, d)
                bad = False
            except ValueError:
                bad = 1 <= mo <= 12
            phrase = g["i"]
        if bad:
            return m.start(), m.end(), phrase
    return None
