"""The summary's goal line, read as one goal: the mentee's goal with the answers that sharpened it.

"I want to feel less panicky about ventilators, I guess" and then "Before I start on January
5th." read "I want to feel less panicky about ventilators, before I start on January 5th": a
hedge that only softens how the goal is said ("I guess", "kind of") is dropped, a fragment that
adds a time or a measure is joined in lower case after a comma, and an answer that is a sentence
of its own follows as a sentence, never pasted on with a dash.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["goal_line", "without_hedges"]

# A hedge said before the clause it softens: "I guess I want...", "I suppose I'd like...".
_HEDGE_LEAD_RE = re.compile(
    r"^\W*(?:i\s+(?:guess|suppose|think|reckon)|probably|maybe|perhaps)\s*,?\s+(?=i\b|i['’])",
    re.IGNORECASE,
)
# A hedge said after it: "..., I guess.", "... or something", "..., kind of".
_HEDGE_TAIL_RE = re.compile(
    r"(?:\s*,\s*|\s+)(?:i\s+(?:guess|suppose|think|reckon)|kind\s+of|sort\s+of|kinda|sorta|"
    r"or\s+something(?:\s+like\s+that)?|if\s+that\s+makes\s+sense)\W*$",
    re.IGNORECASE,
)
# A hedge inside it, after the subject or before the verb it softens: "I want to kind of be
# calmer", "I'm sort of hoping" (not "a different kind of role", where "kind" is the noun).
_HEDGE_INSIDE_RE = re.compile(
    r"(?:(?<=\bto\s)|(?<=\bi\s)|(?<=\bi'm\s)|(?<=\bi’m\s)|(?<=\bwe\s)|(?<=\bjust\s))"
    r"(?:kind\s+of|sort\s+of|kinda|sorta)\s+",
    re.IGNORECASE,
)
# A fragment that sharpens the goal rather than states one: a time ("by March", "Mid-January",
# "before I start"), a measure or a condition ("without notes", "ideally in a year").
_FRAGMENT_LEAD_RE = re.compile(
    r"^\W*(?:by|before|within|in|around|at|as|with|without|for|from|starting|until|till|"
    r"after|on|no\s+later|ideally|realistically|hopefully|maybe|probably|perhaps|preferably|"
    r"mid|early|late|end|next|this|sometime|some\s+time|and|or|but|so|say|roughly|about|"
    r"at\s+least|at\s+most|max|min|under|over|less|more)\b",
    re.IGNORECASE,
)


def without_hedges(text: str) -> str:
    """``text`` without the hedges that only soften how it is said."""
    said = _HEDGE_LEAD_RE.sub("", text.strip())
    said = _HEDGE_TAIL_RE.sub("", said)
    said = _HEDGE_INSIDE_RE.sub("", said)
    if not said.strip():
        return text.strip()
    return said[:1].upper() + said[1:] if text[:1].isupper() else said


def goal_line(parts: Sequence[str]) -> str:
    """The goal stated first, then what sharpened it: fragments after a comma in lower case,
    sentences as sentences."""
    line = ""
    for part in parts:
        said = without_hedges(part).strip().rstrip(".;,")
        if not said:
            continue
        if not line:
            line = said
        elif _FRAGMENT_LEAD_RE.match(said):
            line += ", " + said[:1].lower() + said[1:]
        else:
            line += ". " + said[:1].upper() + said[1:]
    return line
