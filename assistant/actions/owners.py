"""Who owns a task: resolve a person reference in the notes to an owner.

"I"/"me" is the author, "we"/"both"/"us" is ``both``, "you"/"she"/"they" is the other person,
``mentor``/``mentee`` or a given name is that person, and any other short capitalised name is
kept as written. Words that are tasks, topics or dates are never owners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.duedates import find_due_span

__all__ = ["NAME", "SPACES", "SUBJECT", "TASK_VERBS", "People", "Role"]

Role = Literal["mentor", "mentee"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TASK_VERBS = _words(
    """
    add apply arrange ask attend block book bring build call check choose circulate clarify
    collect compile complete confirm connect contact create decide define draft edit email
    enrol enroll explore figure fill find finalise finalize finish fix follow forward gather
    get give identify install interview introduce invite join journal learn list log look
    map message note organise organize outline pick plan polish post practice practise
    prepare present prioritise prioritize publish put read reach record refine reflect
    register rehearse remind request research reserve respond revise revisit rewrite run
    schedule send set share shadow sign sketch speak start study submit summarise summarize
    take talk test text think track try update upload use volunteer watch write
    """
)

_NON_OWNER_WORDS = _words(
    """
    it this that there these those the a an what which who how when where why everything
    nothing something everyone someone somebody anyone nobody one here then also maybe perhaps
    if and but so next last today recap tomorrow tonight note notes topic topics agenda summary goal
    goals context feedback reflection reflections mood question questions update updates wins
    challenges discussion discussed date attendees time location session meeting follow action
    actions todo to-do done status progress outcome outcomes result results decision decisions
    plan overall highlights idea ideas thoughts lessons learning learnings observations risk
    risks blocker blockers resources resource energy confidence homework priority priorities
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december please let hopefully ideally
    """
)

_NOUN_SUFFIXES = ("ing", "tion", "ment", "ness", "ity", "ship", "ance", "ence", "ism")

_SELF = frozenset({"i", "me", "myself", "self"})
_BOTH = frozenset(
    {"we", "us", "both", "both of us", "we both", "the two of us", "together", "everyone", "all"}
)
_OTHER = frozenset({"you", "he", "she", "they", "him", "her", "them"})

NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?"
"""A capitalised given name, optionally with a surname."""
SUBJECT = (
    r"(?:I|we|We|you|You|he|He|she|She|they|They|both(?:\s+of\s+us)?|Both(?:\s+of\s+us)?"
    r"|(?:[Tt]he|[Mm]y|[Oo]ur)\s+(?:mentor|mentee)|[Mm]entor|[Mm]entee"
    rf"|{NAME}\s+(?:and|&)\s+(?:I|me|{NAME})|{NAME})"
)
"""The person (or pair) a sentence starts with: a pronoun, a role or a name."""

SPACES = re.compile(r"\s+")
_STRIP = ".,;:'\"“”*_()[]@ "


@dataclass(frozen=True)
class People:
    """The two people in a session, by name when known, and which of them wrote the notes."""

    mentee: str | None
    mentor: str | None
    author: Role

    def name_of(self, role: Role) -> str:
        return (self.mentee if role == "mentee" else self.mentor) or role

    @property
    def author_owner(self) -> str:
        return self.name_of(self.author)

    @property
    def other_owner(self) -> str:
        return self.name_of("mentor" if self.author == "mentee" else "mentee")

    def _matches(self, token: str, name: str | None) -> bool:
        if not name:
            return False
        name_l = name.lower()
        return token == name_l or token == name_l.split()[0]

    def resolve(self, raw: str, *, strict: bool = False) -> str | None:
        """Return the owner a person reference means, or None when it is not a person."""
        token = SPACES.sub(" ", raw.strip().strip(_STRIP)).lower()
        token = re.sub(r"^(?:the|my|our)\s+", "", token)
        if not token:
            return None
        if token in _SELF:
            return self.author_owner
        if token in _BOTH:
            return "both"
        if token in _OTHER:
            return self.other_owner
        for role in ("mentee", "mentor"):
            if token == role or self._matches(
                token, self.mentee if role == "mentee" else self.mentor
            ):
                return self.name_of(role)  # type: ignore[arg-type]
        parts = re.split(r"\s+(?:and|&)\s+", token)
        if len(parts) == 2:
            resolved = {self.resolve(p, strict=strict) for p in parts}
            if None not in resolved:
                people = {self.name_of("mentee"), self.name_of("mentor")}
                if resolved == people or len(resolved) == 2:
                    return "both" if resolved <= people | {"both"} else None
            return None
        return self._unknown_name(raw.strip().strip(_STRIP), strict=strict)

    def _unknown_name(self, raw: str, *, strict: bool) -> str | None:
        words = raw.split()
        if not 1 <= len(words) <= (2 if strict else 3):
            return None
        for word in words:
            lowered = word.lower()
            if not re.fullmatch(r"[A-Za-z][A-Za-z'’.-]*", word) or lowered in _NON_OWNER_WORDS:
                return None
            if lowered in TASK_VERBS or lowered.endswith(_NOUN_SUFFIXES):
                return None
            if strict and not word[0].isupper():
                return None
        if find_due_span(raw):
            return None
        return " ".join(w[0].upper() + w[1:] for w in words)
