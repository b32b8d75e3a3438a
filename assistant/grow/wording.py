"""The mentee's own words, normalised so a question can carry them.

"I want to move into product management by next summer" becomes "moving into product
management": the wish and the time phrase are dropped, the first verb becomes its -ing form and
"my" becomes "your", so "What is happening with {topic} right now?" reads naturally. A phrase
that cannot be normalised safely (too long, a question, several sentences) is not used.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.understanding.timeframes import find_time

__all__ = ["gerund", "normalise_phrase"]

MAX_WORDS = 12

_LEAD_RE = re.compile(
    r"^(?:(?:so|well|ok(?:ay)?|um+|uh+|honestly|basically|really|i\s+think|i\s+guess|"
    r"i\s+suppose|ideally|mainly|long\s+term|right\s+now)[,\s]+)*"
    r"(?:i\s+(?:really\s+|would\s+really\s+)?(?:want|wanna|need|hope|plan|aim|intend|wish|"
    r"would\s+like|'d\s+like|’d\s+like|would\s+love|'d\s+love|’d\s+love)(?:\s+to)?|"
    r"i(?:'m|’m|\s+am)\s+(?:hoping|aiming|trying|looking|planning|wanting)\s+to|"
    r"(?:my|the|our)\s+(?:main\s+|real\s+|big\s+)?(?:goal|aim|target|ambition|dream|plan|hope|"
    r"objective)\s+(?:is|would\s+be)(?:\s+to)?|goal\s*:|aim\s*:|"
    r"what\s+i\s+(?:really\s+)?(?:want|need)\s+is(?:\s+to)?|how\s+(?:to|do\s+i|can\s+i)|"
    r"help\s+(?:me\s+)?(?:with|to)?|i(?:'m|’m|\s+am)\s+(?:thinking\s+about|considering)|"
    r"to)\s+",
    re.IGNORECASE,
)
_PRONOUNS = {
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "me": "you",
    "i": "you",
    "i'm": "you're",
    "i’m": "you’re",
    "our": "your",
    "we": "you",
    "us": "you",
    "am": "are",
}
_IRREGULAR = {
    "be": "being",
    "see": "seeing",
    "get": "getting",
    "run": "running",
    "set": "setting",
    "put": "putting",
    "stop": "stopping",
    "plan": "planning",
    "shop": "shopping",
    "swim": "swimming",
    "win": "winning",
    "begin": "beginning",
    "sit": "sitting",
    "cut": "cutting",
    "quit": "quitting",
    "lie": "lying",
    "die": "dying",
    "tie": "tying",
    "ship": "shipping",
    "drop": "dropping",
    "hit": "hitting",
    "chat": "chatting",
    "dig": "digging",
}
_NOT_VERBS = frozenset(
    {
        "a", "an", "the", "more", "better", "public", "my", "your", "our", "their", "his", "her",
        "its", "some", "any", "this", "that", "these", "those", "product", "career", "work", "job",
        "team", "data"
    }
)  # fmt: skip
# Verbs a goal often starts with ("Pass the B2 exam"): read as the goal's action.
_GOAL_VERBS = frozenset(
    {
        "pass", "become", "get", "land", "move", "finish", "run", "start", "build", "publish",
        "launch", "lead", "switch", "find", "change", "learn", "write", "stop", "earn", "sell",
        "submit", "make", "go", "give", "open", "raise", "close", "ship", "hire", "save", "reach",
        "improve", "speak", "present", "complete", "apply", "join", "grow", "manage", "take",
        "have", "hand", "delegate", "network", "retrain", "return", "rebuild", "quit", "decide",
        "prepare", "practise", "practice", "develop", "strengthen", "negotiate", "secure",
        "explore", "understand", "balance", "prioritise", "prioritize", "organise", "organize",
        "communicate", "increase", "reduce", "gain", "establish", "create", "pursue", "obtain",
        "design", "transition", "expand", "deepen", "clarify", "define", "identify", "be",
    }
)  # fmt: skip
_TOO_VAGUE = re.compile(r"^(?:it|this|that|things?|stuff|something|everything|nothing)\b", re.I)


def gerund(verb: str) -> str:
    """The -ing form of a base verb ("move" -> "moving", "get" -> "getting")."""
    low = verb.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ing"):
        return low
    if low.endswith("ie"):
        return low[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "ye", "oe")) and len(low) > 2:
        return low[:-1] + "ing"
    return low + "ing"


def normalise_phrase(text: str | None, today: date | None = None) -> str | None:
    """``text`` as a short phrase a question can carry, or ``None`` when it cannot be used."""
    if not text:
        return None
    text = " ".join(text.split()).strip()
    if "?" in text:
        return None
    first = re.split(
        r"(?<=[.!;])\s+|\s+(?:but|because|so\s+that|which|so(?=\s+(?:i|we|that)\b))\s+|,\s*(?:so|and|but)\s+",
        text,
        maxsplit=1,
    )[0]
    first = first.strip(" .!;,")
    had_to = bool(_LEAD_RE.match(first))
    first = _LEAD_RE.sub("", first, count=1).strip()
    if today is not None:
        for expression in reversed(find_time(first, today)):
            first = first[: expression.start] + first[expression.end :]
    first = re.sub(
        r"(?:\s+(?:by|before|in|within|this|next|every|each|from|until|at|the|of|end))+\s*$",
        "",
        first.strip(" ,.;"),
    )
    first = re.sub(r",?\s+(?:ideally|eventually|one\s+day|someday)\b.*$", "", first, flags=re.I)
    first = re.sub(  # "get better at my job i guess": the hedge is not part of the goal
        r",?\s+(?:i\s+(?:guess|think|suppose|reckon)|probably|maybe|perhaps)\W*$",
        "",
        first,
        flags=re.I,
    )
    words = first.split()
    if not words or len(words) > MAX_WORDS or _TOO_VAGUE.match(first):
        return None
    words = [_PRONOUNS.get(w.lower(), w) for w in words]
    head = words[0]
    looks_verb = head.isalpha() and head.lower() not in _NOT_VERBS and not head[0].isupper()
    if (had_to and looks_verb) or head.lower() in _GOAL_VERBS:
        words[0] = gerund(head)
    elif (
        words[0][0].isupper()
        and words[0].lower() not in _PRONOUNS
        and len(words[0]) > 1
        and not (len(words) > 1 and words[1][:1].isupper())
    ):
        words[0] = words[0].lower()
    phrase = " ".join(words).strip(" ,.;")
    return phrase or None
