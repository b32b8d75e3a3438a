"""Verdicts: an option ruled out or judged is not offered.

Asked for options, mentees name some and pass judgement on others: "Paid adverts are out",
"Moving back in with my parents is not happening, before you say it", "Fishing's dead, forget
it", "I'd rather not go alone", "I do not think unpaid leave is realistic for us", "Cutting
scope feels like hiding the problem". Such a clause offers nothing; and an option said with its
own verdict ("or drop the module but that's not really an option") is taken back. A cost or a
dislike said beside an option ("but it's expensive", "but I hate them") leaves it on the table.
The phrases are the reviewed data file ``verdicts.yaml``; the judgement said of an action as
subject ("Cutting scope feels like ...") is read from the parse.

>>> judges("Paid adverts are out, we've no budget at all.")
True
>>> judges("I could pay a photographer")
False
>>> without_withdrawn("do past papers, or drop the module but thats not really an option")
'do past papers'
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from assistant.datafiles import load_data
from assistant.understanding.discourse import without_markers
from assistant.understanding.syntax import available, parse
from assistant.understanding.text import phrase_pattern

__all__ = ["VERDICTS_PATH", "judges", "without_withdrawn"]

VERDICTS_PATH = Path(__file__).with_name("verdicts.yaml")


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    ruled_out: list[str]
    dismissals: list[str]
    aversions: list[str]
    doubts: list[str]


@lru_cache(maxsize=1)
def _data() -> _File:
    return load_data(VERDICTS_PATH, _File, what="the verdicts on options (verdicts.yaml)")


# where a clause ends: a comma, a stop, a dash, "before you say it" after a comma, or the end
_END = r"(?=\s*(?:[,.;:!?—–]|\s-\s|$))"


@lru_cache(maxsize=1)
def _ruled_out_re() -> re.Pattern[str]:
    return re.compile(
        # (not "cut what's dead": the verdict of a "what" clause is said of what it names, inside
        # the option)
        r"(?<!\bwhat)(?<!\bwhat\s)(?<!\bwhatever)(?<!\bwhatever\s)(?<!\bwhich)(?<!\bwhich\s)"
        r"(?:\b(?:is|are|was|were)|'s|'re)\s+(?:(?:just|simply|definitely|totally|completely|"
        r"really|so|probably|basically|kind\s+of|sort\s+of)\s+)*(?:"
        + phrase_pattern(_data().ruled_out)
        + r")(?:\s+(?:for\s+(?:me|us|them|him|her|now)|either|anyway|then))?"
        + _END,
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _dismissal_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:^|[,;—–]\s*)(?:" + phrase_pattern(_data().dismissals) + r")" + _END, re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _aversion_re() -> re.Pattern[str]:
    return re.compile(r"^(?:" + phrase_pattern(_data().aversions) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _doubt_re() -> re.Pattern[str]:
    return re.compile(r"^(?:" + phrase_pattern(_data().doubts) + r")\b", re.IGNORECASE)


# An option named again by pointing at it, then a remark on it: "the app thing, people won't
# download it", "That last idea, my boss would never sign it off".
_POINTED_RE = re.compile(
    r"^(?:(?:tbh|ngl|honestly|and|but|also|oh)\s+)*(?:the|that|this|those|these)\s+(?:[\w'-]+\s+){0,3}?(?:thing|one|idea|option|route|plan)s?"
    r"\s*[,—–-]\s*(?!(?:or|and|i|we)\b)[a-z]+\s+\S",
    re.IGNORECASE,
)


# Impressions said of an action as subject: "Cutting scope feels like hiding the problem".
_IMPRESSIONS = frozenset({"feel", "seem", "sound", "look"})
_OPEN = frozenset({"could", "might", "may", "would", "can", "'d"})


def _plain(text: str) -> str:
    return without_markers(text.replace("’", "'").strip())


def judges(clause: str) -> bool:
    """Does ``clause`` rule a thing out or pass judgement on it, rather than offer it?"""
    text = _plain(clause)
    if not text:
        return False
    if _aversion_re().match(text):
        return True  # "I'd rather not go alone"
    doubt = _doubt_re().match(text)
    if doubt and _ruled_out_re().search(text, doubt.end()):
        return True  # "I do not think unpaid leave is realistic for us"
    if doubt and re.search(r"\b(?:realistic|possible|feasible|doable|work(?:s|ing)?)\b", text):
        return True
    if _POINTED_RE.match(text):
        return True  # "the app thing, people won't download it": a remark on one named before
    first = re.split(r"[,;—–]", text, maxsplit=1)[0]
    if _ruled_out_re().search(first) or _dismissal_re().search(text):
        return True  # "Paid adverts are out", "Fishing's dead, forget it"
    return _action_judged(first)


def _action_judged(text: str) -> bool:
    """ "Moving back in with my parents is not happening", "Cutting scope feels like hiding the
    problem": an action said as the subject of a verb that judges it (negated, or an
    impression), not offered."""
    if not available():
        return False
    doc = parse(text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not any(t.dep_ == "csubj" and t.head.i == root.i for t in doc):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _OPEN for c in root.children):
        return False  # "Going part-time could work": a possibility
    negated = any(c.dep_ == "neg" for c in root.children)
    return negated or root.lemma_.lower() in _IMPRESSIONS


# An option said with its own verdict: "drop the module but that's not really an option".
@lru_cache(maxsize=1)
def _withdrawn_re() -> re.Pattern[str]:
    return re.compile(
        r",?\s+(?:but|though|although)\s+(?:that|it|this|thats|its)(?:'s|\s+is|\s+would\s+be)?\s+"
        r"(?:(?:just|simply|definitely|really|probably)\s+)*(?:"
        + phrase_pattern(_data().ruled_out)
        + r")\b[^.;!?]*",
        re.IGNORECASE,
    )


# Where one option ends and the next begins, before a verdict on the last.
_BOUNDARY_RE = re.compile(r",?\s+or\s+|,\s*|;\s*|^", re.IGNORECASE)


def without_withdrawn(sentence: str) -> str:
    """``sentence`` without an option it takes back with its own verdict: "past papers, or drop
    the module but that's not really an option cos it's core" -> "past papers"."""
    plain = sentence.replace("’", "'")
    m = _withdrawn_re().search(plain)
    if m is None:
        return sentence
    starts = [b.start() for b in _BOUNDARY_RE.finditer(plain, 0, m.start())]
    cut = max(starts) if starts else 0
    return (sentence[:cut] + sentence[m.end() :]).strip(" ,")
