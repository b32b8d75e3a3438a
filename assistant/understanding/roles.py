"""Who does what in a clause: the speaker, the person addressed, or someone else; how firmly.

:func:`roles` reads one clause's normalised words and answers the questions every capability
asks: who is the agent of the action (``speaker`` for "I'll..." or "let me...", ``addressee`` for
"you...", ``imperative`` for an order, ``third`` for a named person or "she"), is it a commitment
(future), a thing already done (past), an obligation ("you must", "you have to"), a possibility
("could", "might") or a wish; is a choice left to the other person ("if you'd like", "your
call"); is it a question; does the action reach into the other person's domain ("your report",
"for you", "so you don't have to"); does it route them through the speaker ("past me first");
does it describe a trap rather than fall into it ("some mentors take over").

Everything is word lists from ``roles.yaml`` (reviewed data) matched on the tokens produced by
:mod:`assistant.understanding.text`, so it is deterministic, linear and explainable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from assistant.datafiles import load_data
from assistant.understanding.text import WORD_RE, expand_word, is_question

__all__ = ["Roles", "roles", "tokens"]

ROLES_PATH = Path(__file__).with_name("roles.yaml")


class _Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    fillers: list[str]
    speaker: list[str]
    addressee: list[str]
    third: list[str]
    future: list[str]
    past: list[str]
    obligation: list[str]
    possibility: list[str]
    wish: list[str]
    choice: list[str]
    mentee_domain: list[str]
    route_me: list[str]
    describing: list[str]
    imperative_verbs: list[str]
    strong_order: list[str]
    outcome: list[str]
    feeling: list[str]


@dataclass(frozen=True)
class Roles:
    """What one clause does, structurally."""

    agent: str  # speaker | addressee | imperative | we | third | none
    modality: str  # future | past | obligation | possibility | wish | present
    question: bool
    negated: bool
    choice_left: bool
    mentee_domain: bool
    route_me: bool
    describing: bool
    strong_order: bool
    outcome: bool
    feeling: bool
    mentions_me: bool

    def features(self) -> dict[str, float]:
        """Named 0/1 features for a linear model."""
        return {
            "agent_speaker": float(self.agent == "speaker"),
            "agent_addressee": float(self.agent == "addressee"),
            "agent_imperative": float(self.agent == "imperative"),
            "agent_we": float(self.agent == "we"),
            "agent_third": float(self.agent == "third"),
            "future": float(self.modality == "future"),
            "past": float(self.modality == "past"),
            "obligation": float(self.modality == "obligation"),
            "possibility": float(self.modality == "possibility"),
            "wish": float(self.modality == "wish"),
            "question": float(self.question),
            "negated": float(self.negated),
            "choice_left": float(self.choice_left),
            "mentee_domain": float(self.mentee_domain),
            "route_me": float(self.route_me),
            "describing": float(self.describing),
            "strong_order": float(self.strong_order),
            "outcome": float(self.outcome),
            "feeling": float(self.feeling),
            "mentions_me": float(self.mentions_me),
        }

    def explain(self) -> str:
        """A short human description, for explanations."""
        parts = []
        who = {
            "speaker": "the speaker acts",
            "addressee": "the other person is told what they will do",
            "imperative": "an order",
            "we": "a shared action",
            "third": "someone else acts",
        }.get(self.agent)
        if who:
            parts.append(who)
        if self.mentee_domain:
            parts.append("on the mentee's own task or decision")
        if self.route_me:
            parts.append("routing the mentee through the mentor")
        if self.strong_order:
            parts.append("leaving no choice")
        if self.outcome:
            parts.append("about an outcome")
        return ", ".join(parts)


@lru_cache(maxsize=1)
def _lexicon() -> _Compiled:
    data = load_data(ROLES_PATH, _Lexicon, what="the understanding lexicon (roles.yaml)")
    return _Compiled(data)


class _Compiled:
    def __init__(self, data: _Lexicon) -> None:
        self.fillers = frozenset(data.fillers)

        def phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
            out = []
            for item in items:
                words = tuple(w for word in WORD_RE.findall(item) for w in expand_word(word))
                if words:
                    out.append(words)
            return tuple(sorted(set(out), key=len, reverse=True))

        self.speaker = phrases(data.speaker)
        self.addressee = phrases(data.addressee)
        self.third = phrases(data.third)
        self.future = phrases(data.future)
        self.past = phrases(data.past)
        self.obligation = phrases(data.obligation)
        self.possibility = phrases(data.possibility)
        self.wish = phrases(data.wish)
        self.choice = phrases(data.choice)
        self.mentee_domain = phrases(data.mentee_domain)
        self.route_me = phrases(data.route_me)
        self.describing = phrases(data.describing)
        self.strong_order = phrases(data.strong_order)
        self.outcome = phrases(data.outcome)
        self.feeling = phrases(data.feeling)
        self.imperative_verbs = frozenset(data.imperative_verbs)


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[str, ...]:
    """Lowercase normalised words, contractions expanded, filler adverbs dropped."""
    fillers = _lexicon().fillers
    return tuple(w for word in WORD_RE.findall(text) for w in expand_word(word) if w not in fillers)


def _find(words: tuple[str, ...], options: tuple[tuple[str, ...], ...]) -> int:
    """Index of the first occurrence of any phrase in ``options``, or -1."""
    best = -1
    for phrase in options:
        k = len(phrase)
        first = phrase[0]
        for i in range(len(words) - k + 1):
            if words[i] == first and words[i : i + k] == phrase:
                if best == -1 or i < best:
                    best = i
                break
    return best


def _has(words: tuple[str, ...], options: tuple[tuple[str, ...], ...]) -> bool:
    return _find(words, options) >= 0


@lru_cache(maxsize=16384)
def roles(clause: str) -> Roles:
    """Read one clause (or a short sentence)."""
    lex = _lexicon()
    words = tokens(clause)
    lead = _strip_lead(words, lex)
    agent = _agent(lead, lex)
    modality = _modality(words, lex)
    mentions_me = any(w in ("me", "my", "mine", "myself") for w in words) or agent == "speaker"
    return Roles(
        agent=agent,
        modality=modality,
        question=is_question(clause) or _asks(lead),
        negated="not" in words or "never" in words or "no" in words,
        choice_left=_has(words, lex.choice),
        mentee_domain=_has(words, lex.mentee_domain),
        route_me=_has(words, lex.route_me),
        describing=_has(words, lex.describing),
        strong_order=_has(words, lex.strong_order),
        outcome=_has(words, lex.outcome),
        feeling=_has(words, lex.feeling),
        mentions_me=mentions_me,
    )


def _asks(lead: tuple[str, ...]) -> bool:
    """A question without its question mark: "what do you think", "would you like to"."""
    if not lead or lead[0] not in _QUESTION_WORDS:
        return False
    if lead[0] in _WH_WORDS:
        return len(lead) > 1 and lead[1] not in ("a", "an", "the", "i", "you", "we")
    return len(lead) > 1 and lead[1] in _SUBJECTS


_WH_WORDS = frozenset({"what", "how", "why", "when", "where", "which", "who"})
_SUBJECTS = frozenset(
    {"you", "u", "i", "we", "they", "he", "she", "it", "this", "that", "there", "anyone"}
)
_QUESTION_WORDS = frozenset(
    {"what", "how", "why", "when", "where", "which", "who", "would", "could", "do", "does",
     "did", "shall", "should", "can", "is", "are", "will"}
)  # fmt: skip
# Openers that do not change who acts: "ok", "so", "and", "look", names of no one in particular.
_OPENERS = frozenset(
    {"ok", "okay", "so", "and", "but", "well", "look", "listen", "right", "anyway", "oh", "hey",
     "hi", "yes", "yeah", "no", "now", "then", "also", "plus", "alright", "sure", "great",
     "good", "thanks", "because", "since", "if", "otherwise", "or", "mate", "dear"}
)  # fmt: skip


def _strip_lead(words: tuple[str, ...], lex: _Compiled) -> tuple[str, ...]:
    i = 0
    while i < len(words) - 1 and words[i] in _OPENERS:
        i += 1
    return words[i:]


def _agent(lead: tuple[str, ...], lex: _Compiled) -> str:
    if not lead:
        return "none"
    # The subject is the first pronoun or name-like phrase among the first few words.
    window = lead[:6]
    candidates = [
        (_find(window, lex.speaker), "speaker"),
        (_find(window, lex.addressee), "addressee"),
        (_find(window, (("we",), ("us",))), "we"),
        (_find(window, lex.third), "third"),
    ]
    found = sorted((i, who) for i, who in candidates if i >= 0)
    if lead[0] in lex.imperative_verbs and (not found or found[0][0] > 0):
        # "Leave it to me", "Send it tonight": an order, even when "me" follows.
        if lead[0] in ("let", "leave") and "me" in lead[:6]:
            return "speaker"
        return "imperative"
    if (
        lead[0] in ("just", "please", "kindly", "simply")
        and len(lead) > 1
        and lead[1] in lex.imperative_verbs
    ):
        if lead[1] in ("let", "leave") and "me" in lead[:7]:
            return "speaker"
        return "imperative"
    if found:
        return found[0][1]
    return "none"


# Words after which "may" is the month ("by May", "end of May"), as it is beside a day's number
# ("on 4 May", "May 28th").
_BEFORE_MONTH = frozenset(
    {"in", "by", "of", "until", "till", "since", "from", "before", "after", "early", "late",
     "mid", "next", "this", "last", "during", "end", "start"}
)  # fmt: skip
_DAY_NUMBER_RE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def _month_may(words: tuple[str, ...], i: int) -> bool:
    """Is ``words[i]`` ("may") the month, not the modal?"""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return (
        before in _BEFORE_MONTH
        or bool(_DAY_NUMBER_RE.fullmatch(before))
        or bool(_DAY_NUMBER_RE.fullmatch(after))
    )


def _modality(words: tuple[str, ...], lex: _Compiled) -> str:
    words = tuple(
        "(month)" if w == "may" and _month_may(words, i) else w for i, w in enumerate(words)
    )
    hits = [
        (_find(words, lex.obligation), "obligation"),
        (_find(words, lex.future), "future"),
        (_find(words, lex.past), "past"),
        (_find(words, lex.possibility), "possibility"),
        (_find(words, lex.wish), "wish"),
    ]
    found = sorted((i, m) for i, m in hits if i >= 0)
    return found[0][1] if found else "present"
