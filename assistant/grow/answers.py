"""Reading one answer: unsure, short, an obstacle, a hedge, a measure, a timeframe, options."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from assistant.duedates import resolve_due

_UNSURE_RE = re.compile(
    r"^\W*(?:idk|i\s+don'?t\s+know|i\s+do\s+not\s+know|dunno|not\s+sure(?:\s+yet)?|no\s+idea|"
    r"nothing|none|no|yes|yeah|yep|maybe|perhaps|pass|skip|hmm+|um+|ok(?:ay)?|n/?a|"
    r"i'?m\s+not\s+sure(?:\s+yet)?|no\s+clue|don'?t\s+know)\W*$",
    re.IGNORECASE,
)
_OBSTACLE_RE = re.compile(
    r"\b(?:but|however|can'?t|cannot|can\s+not|couldn'?t|unable|don'?t\s+have\s+(?:the\s+|enough\s+)?"
    r"(?:time|budget|money|support)|no\s+time|not\s+enough|too\s+(?:busy|much|hard)|blocked|"
    r"blocking|blocker|stuck|afraid|scared|fear|worried|nervous|anxious|obstacle|barrier|"
    r"won'?t\s+(?:let|allow|approve|agree|support)|will\s+not|wouldn'?t|doesn'?t\s+(?:let|allow|"
    r"support|want)|not\s+allowed|lack(?:\s+of)?|struggl\w*|overwhelm\w*|problem\s+is|hard\s+to|"
    r"difficult)\b",
    re.IGNORECASE,
)
_HEDGE_RE = re.compile(
    r"\b(?:better|more|improve|improving|improvement|somehow|some|something|kind\s+of|sort\s+of|"
    r"a\s+bit|a\s+little|generally|stuff|things|grow|develop|get\s+ahead|work\s+on|maybe|"
    r"hopefully|try\s+to|should)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|"
    "hundred|dozen|half|double|twice|once"
)
_MEASURE_RE = re.compile(
    rf"\d|%|\bper\s?cent\b|\b(?:{_NUMBER_WORDS})\b|\bat\s+least\b|\bevery\s+(?:day|week|month)\b|"
    r"\bper\s+(?:day|week|month)\b|\bsuccess\s+(?:is|means|would|will|looks)\b|"
    r"\bi(?:'ll|\s+will|'d|\s+would)\s+know\b|\bmeasured?\b|\bwithout\s+(?:notes|help)\b|"
    r"\b(?:promoted|promotion|offer|certified|certification|published|launched|hired|passed)\b",
    re.IGNORECASE,
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_TIMEFRAME_RE = re.compile(
    rf"\b(?:by|before|until|in|within|this|next|end\s+of(?:\s+the)?)\s+(?:the\s+)?"
    rf"(?:{_MONTHS}|spring|summer|autumn|fall|winter|year|quarter|month|week|semester|term|"
    r"q[1-4]|\d+\s+(?:days?|weeks?|months?|years?)|(?:a|one|two|three|four|six|nine|twelve)\s+"
    r"(?:days?|weeks?|months?|years?))\b|\bq[1-4]\b|\b20\d\d\b|\bdeadline\b|\bquarterly\b",
    re.IGNORECASE,
)
_FACT_RE = re.compile(
    r"\d|\b(?:currently|right\s+now|at\s+the\s+moment|so\s+far|already|tried|usually|each|"
    r"once|twice|\w+\s+times|a\s+(?:day|week|month|year)|daily|weekly|monthly|often|never|"
    r"rarely|sometimes|always|"
    r"every|last\s+(?:week|month|year|time)|today|i'?ve|i\s+have|i\s+had|i\s+am|i'?m|we\s+have|"
    r"there\s+(?:is|are))\b",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def is_unsure(text: str) -> bool:
    """An answer that says nothing yet: "idk", "not sure", "maybe"."""
    return bool(_UNSURE_RE.match(text.strip()))


def is_short(text: str) -> bool:
    """A very short or unsure answer (fewer than four words)."""
    return is_unsure(text) or len(_words(text)) < 4


def has_obstacle(text: str) -> bool:
    return bool(_OBSTACLE_RE.search(text))


def has_hedge(text: str) -> bool:
    return bool(_HEDGE_RE.search(text))


def has_measure(text: str) -> bool:
    return bool(_MEASURE_RE.search(text))


def has_timeframe(text: str, today: date) -> bool:
    return resolve_due(text, today) is not None or bool(_TIMEFRAME_RE.search(text))


_OPTION_SPLIT_RE = re.compile(
    r"[\n;]+|(?<=[.!?])\s+|\s+or\s+|,\s*(?=(?:or|and|also|maybe|perhaps|i\s+could|i\s+might|"
    r"i\s+can|i'?d)\b)|\s+and\s+(?=(?:also|maybe|perhaps|i\s+could|i\s+might)\b)",
    re.IGNORECASE,
)
_OPTION_LEAD_RE = re.compile(
    r"^(?:\s*(?:[-*•]|\d+[.)]|or|and|also|maybe|perhaps|possibly|then|well|so|"
    r"(?:one|another|a\s+third|the\s+other)\s+option\s+(?:is|would\s+be|could\s+be)|"
    r"i\s+(?:could|might|can|would|may)(?:\s+also)?|i'?d|we\s+could|option\s*\d*\s*[:.)-]?)"
    r"[\s,:]+)+",
    re.IGNORECASE,
)


def extract_options(text: str) -> list[str]:
    """The options named in one answer: "I could ask Sam, or take a course" -> two options."""
    text = re.split(r"\bbut\b", text, maxsplit=1, flags=re.IGNORECASE)[0]
    options = []
    for part in _OPTION_SPLIT_RE.split(text):
        part = _OPTION_LEAD_RE.sub("", part.strip() + " ").strip(" ,.;:!?-")
        if len(_words(part)) >= 2 and not is_unsure(part):
            options.append(part[0].upper() + part[1:])
    return options


def _distinct(options: Sequence[str]) -> list[str]:
    seen: list[str] = []
    keys: list[str] = []
    for option in options:
        key = " ".join(w.lower() for w in _words(option) if w.lower() not in {"a", "an", "the"})
        if key and not any(key == k or key in k or k in key for k in keys):
            keys.append(key)
            seen.append(option)
    return seen
