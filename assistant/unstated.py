"""A question asking for a number the guidance does not give is told so first.

"How often should I meet with my mentor?" is answered by guidance that names the frequency as a
thing the pair settles ("Establish a meeting schedule: ... Frequency?") and gives no number; "How
long does a mentoring relationship last?" by a condition ("As long as it is mutually beneficial
..."). Said as they stand, such answers read as if they missed the question. The answer then
leads with a direct sentence: the guidance does not set a number, and, when a line of the answer
names the measure asked as a thing to settle, that it is agreed between the partners, under that
line's heading, cited as that line is.
"""

from __future__ import annotations

import re

# A question that asks only for a measure: how long, how often, how many, how much time, the
# duration, length or frequency of something.
_ASKS_MEASURE = re.compile(
    r"^(?:and\s+)?(?:for\s+)?how\s+(?P<how>long|often|frequent(?:ly)?|many\s+times|many|much\s+time)\b"
    r"|^(?:what\s+is|what['’]s)\s+(?:the\s+)?(?:usual\s+|typical\s+|ideal\s+)?"
    r"(?P<what>duration|length|frequency)\b",
    re.IGNORECASE,
)
# How a line names each measure as a thing to settle ("Frequency?", "How long?").
_NAMED = {
    "often": re.compile(r"\bfrequency\b|\bhow\s+often\b", re.IGNORECASE),
    "long": re.compile(r"\bhow\s+long\b|\bduration\b|\blength\b", re.IGNORECASE),
    "many": re.compile(r"\bhow\s+many\b|\bnumber\s+of\b", re.IGNORECASE),
}
_KIND = {
    "often": "often",
    "frequent": "often",
    "frequently": "often",
    "frequency": "often",
    "long": "long",
    "duration": "long",
    "length": "long",
    "many times": "often",
    "many": "many",
    "much time": "long",
}
# Where a question's asking clauses start: after a sentence end, and before a question word that
# follows a comma or "and" ("How often should we meet, and where?").
_CLAUSES = re.compile(
    r"[?.!;]+\s*|,\s*(?:and\s+)?(?=(?:how|what|who|when|where|why|which)\b)"
    r"|\s+and\s+(?=(?:how|what|who|when|where|why|which)\b)",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^- (?P<text>.*?)\s*(?P<marks>(?:\[\d+\])+)\s*$")

# A count said in the answer ("Choose your top 3 mentoring goals."), citation markers aside.
_NUMBER = re.compile(
    r"(?<!\[)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b(?!\])",
    re.IGNORECASE,
)

NO_NUMBER = "The guidance does not set a number for this."


def asked_measure(question: str) -> str:
    """The measure a question asks for and nothing else ("often", "long", "many"), else ""."""
    clauses = [c.strip() for c in _CLAUSES.split(question) if c.strip()]
    kinds = set()
    for clause in clauses:
        match = _ASKS_MEASURE.match(clause)
        if match is None:
            return ""
        word = (match.group("how") or match.group("what")).lower()
        kinds.add(_KIND[re.sub(r"\s+", " ", word)])
    return kinds.pop() if len(kinds) == 1 else ""


def lead_with_no_number(question: str, answer: str, stated: bool) -> str:
    """``answer`` led by the sentence saying the guidance sets no number, when the question asks
    only for one and ``stated`` is False (the answer states no quantity)."""
    measure = asked_measure(question)
    if not measure or stated or not answer or (measure == "many" and _NUMBER.search(answer)):
        return answer
    lines = answer.splitlines()
    for index, line in enumerate(lines):
        item = _ITEM.match(line)
        if item is None or not _NAMED[measure].search(item["text"]):
            continue
        heading = next(
            (lines[i] for i in range(index - 1, -1, -1) if not lines[i].startswith("- ")), ""
        )
        if heading.endswith(":") and "[" not in heading:
            under = heading.rstrip(":").strip().strip("“”")
            return (
                f"The guidance does not set a number for this: it is one of the things to agree "
                f"between you, as part of “{under}”. {item['marks']}\n\n{answer}"
            )
    joint = "\n\n" if lines[0].endswith(":") else " "
    return f"{NO_NUMBER}{joint}{answer}"


def states_quantity(text: str) -> bool:
    """Whether ``text`` states a quantity ("once a month", "two sessions", "weekly"), by the
    reviewed patterns the decision to decline reads (``decline.yaml``: quantities)."""
    from assistant.retrieval.decline import model

    return any(pattern.search(text) for pattern in model().quantities)
