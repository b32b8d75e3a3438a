"""Numbered sections as an answer's list: a question asking for the steps gets the steps.

Much of the guidance is steps written as headings, each with its own text ("## 1. Take time to
get to know one another", "### Step 2 - Explore obstacles to a suitable mentoring match"). A
question that asks for such a list ("What are the 7 things to do in a mentoring relationship?")
is answered best by the headings themselves, each cited to its own section, rather than by
sentences from whichever one section ranked first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.citations import Passage
from assistant.compose import boilerplate_section
from assistant.duedates import NUMBER_WORDS
from assistant.retrieval.lexical import terms

# "1. Take time ...", "2) Share ...", "Step 3 - Design a plan ...", "Step 4: Solicit ..."
_NUMBERED = re.compile(r"^(?:step\s+)?(\d{1,2})(?:[.):]|\s+[-–—:])\s*\S", re.IGNORECASE)
# What asks for a list: "What are the ...", "Which are ...", "List the ...", "the 7 things".
_ASKS_LIST = re.compile(
    r"^\s*(?:so\s+)?(?:what|which)\s+(?:are|were)\b|^\s*(?:list|name)\s+(?:the|all)\b",
    re.IGNORECASE,
)
# "the 7 things", "What are the five stages": a count of what is listed, not "in the first 30 days"
_COUNTED = re.compile(
    r"\b(?:the|are|these|those|top)\s+(\d{1,2}|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[a-z-]+\s+)?[a-z-]+s\b",
    re.IGNORECASE,
)
MIN_STEPS = 3
# The list asked for is the one under a heading the question names: at least this share of the
# heading's words ("the steps of the 90 day check-up" names "90 Day Check Up: Suitability of the
# Mentoring Match" by half of them; "What are mentoring agreements?" names no steps heading).
NAMED_SHARE = 0.5
_PATH = " > "


@dataclass(frozen=True)
class Outline:
    """A parent heading and the first passage of each numbered section under it, in order."""

    heading: str
    steps: tuple[Passage, ...]

    def text(self, first_marker: int = 1) -> str:
        """The heading, then one line per step cited ``[n]`` from ``first_marker``."""
        lines = [
            f"{self.heading.rstrip('!?.:; ')}:"
        ]  # "Celebrate Success!" -> "Celebrate Success:"
        for n, passage in enumerate(self.steps, start=first_marker):
            step = passage.section.split(_PATH)[-1].strip()
            bullet = "" if re.match(r"^\d", step) else "- "
            lines.append(f"{bullet}{step} [{n}]")
        return "\n".join(lines)


def asks_for_list(question: str) -> bool:
    """ "What are the steps ...?", "List the ...", or a count of things ("the 7 things")."""
    return bool(_ASKS_LIST.search(question) or _COUNTED.search(question))


def _count(question: str) -> int | None:
    match = _COUNTED.search(question)
    if match is None:
        return None
    word = match.group(1).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _parent(passage: Passage) -> str:
    """The section a passage's section sits under ("" for a document's top-level sections)."""
    return passage.section.rsplit(_PATH, 1)[0] if _PATH in passage.section else ""


def _at_top(section: str, title: str) -> bool:
    return section in ("", title)


def _children(parent: str, title: str, document: Sequence[Passage]) -> list[Passage]:
    """The first passage of each section one level under ``parent``, in order.

    A document's introduction sits under its title ("7 Things to Do in a Mentoring
    Relationship"); its top-level sections ("1. Take time ...") are its children.
    """
    prefix = "" if _at_top(parent, title) else parent + _PATH
    seen: dict[str, Passage] = {}
    for passage in document:
        section = passage.section
        if _at_top(section, title) or section == parent or not section.startswith(prefix):
            continue
        if _PATH in section[len(prefix) :] or boilerplate_section(section):
            continue  # deeper, or "About the Author" after the last step
        seen.setdefault(section, passage)
    return list(seen.values())


def numbered_steps(parent: str, title: str, document: Sequence[Passage]) -> tuple[Passage, ...]:
    """The sections under ``parent`` when every one is numbered 1, 2, 3 ... (at least three)."""
    children = _children(parent, title, document)
    numbers = []
    for child in children:
        match = _NUMBERED.match(child.section.split(_PATH)[-1].strip())
        if match is None:
            return ()
        numbers.append(int(match.group(1)))
    if len(children) < MIN_STEPS or numbers != list(range(1, len(children) + 1)):
        return ()
    return tuple(children)


def _candidates(kept: Sequence[Passage]) -> list[str]:
    """Sections whose steps may answer: the best passage's own section, or the section it is a
    step of when another kept passage is that section or one of its other steps."""
    best = kept[0]
    out = [best.section]
    parent = _parent(best)
    if any(
        p is not best and p.source == best.source and parent in (p.section, _parent(p))
        for p in kept
    ):
        out.append(parent)
    return out


def find_outline(
    question: str, kept: Sequence[Passage], document_of: dict[str, Sequence[Passage]]
) -> Outline | None:
    """The numbered sections that answer a question asking for a list, if any.

    ``kept`` are the passages the answer is written from, best first; ``document_of`` maps a
    source to its passages in order. The question must name the steps' heading
    (:data:`NAMED_SHARE`), and a count in it must match the number of steps ("the 7 things" is
    not answered by five).
    """
    if not kept or not asks_for_list(question):
        return None
    wanted = _count(question)
    best = kept[0]
    document = document_of.get(best.source)
    if not document:
        return None
    asked = set(terms(question))
    for parent in _candidates(kept):
        steps = numbered_steps(parent, best.title, document)
        heading = (parent.split(_PATH)[-1].strip() if parent else best.title) or best.title
        named = set(terms(heading))
        if not steps or not named or (wanted is not None and wanted != len(steps)):
            continue
        if len(named & asked) / len(named) >= NAMED_SHARE:
            return Outline(heading=heading, steps=steps)
    return None
