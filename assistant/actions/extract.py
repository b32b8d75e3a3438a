"""Turn free-form session notes into action items (task, owner, due date).

A line or sentence becomes an item when it is a commitment:

- a prefixed line: ``TODO``, ``Action:``, ``AI:``, ``Follow-up:``, ``Next step:``, ``[ ]``;
- a line under an action heading ("Action items", "Next steps", "To-dos for Sam");
- prose with a person and a future commitment: "Sam will…", "I'll…", "We agreed that…",
  "Priya to send…", "Mentor to…", "Let's…", "both: …", "Sam: update the CV";
- a bullet or sentence that starts with a task verb ("Update the CV by Friday").

Discussion ("We talked about…", "Discussed…", "She mentioned…"), questions, headings, the next
meeting's date, feelings and past-tense reports are not items. Owners resolve to the names given,
"I"/"me" to the author, "we"/"both"/"us" to ``both``; a task without an owner belongs to the author.
A sentence longer than ``MAX_SENTENCE_CHARS`` is not read as a task, which keeps the scan linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from assistant.actions.clause import Section, parse_clause
from assistant.actions.items import ActionItem
from assistant.actions.owners import NAME, SPACES, People, Role
from assistant.errors import UsageError

__all__ = ["MAX_SENTENCE_CHARS", "extract_action_items"]

MAX_SENTENCE_CHARS = 600

_BULLET = re.compile(r"^(?:[-*•·+▪◦‣]|\d{1,3}[.)]|[a-zA-Z][.)](?=\s))\s*")
_HEADING_MD = re.compile(r"^#{1,6}\s*(?P<h>.*?)\s*#*$")
_HEADING_BOLD = re.compile(r"^(?:\*\*|__)(?P<h>[^*_]{1,80})(?:\*\*|__)\s*:?$")
_HEADING_COLON = re.compile(r"^(?P<h>[A-Za-z][\w '’/&()-]{0,50}):$")
_RULE = re.compile(r"^[-=_*\s]{3,}$")
_ACTION_HEADING = re.compile(
    r"\b(?:actions?|action\s+items?|to-?dos?|todo|next\s+steps?|follow[-\s]?ups?|tasks?"
    r"|homework|commitments?|agreed|assignments?|deliverables?|plans?)\b",
    re.IGNORECASE,
)
_HEADING_OWNER = re.compile(
    r"(?:\bfor\s+(?P<for>[\w'’ ]{1,30})$|^(?P<poss>[\w'’ ]{1,30}?)['’]s?\s|^(?P<my>my|our)\s"
    r"|^(?P<bare>[\w'’ ]{1,30}?)\s*[-–—(]|^(?P<role>mentor|mentee|both)\b)",
    re.IGNORECASE,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“'(\[]?[A-Z])|\s*;\s+|\s+[•·]\s+")
_CLAUSE_SPLIT = re.compile(
    rf"(,\s*(?:and\s+|but\s+|then\s+|while\s+|so\s+)?|\s+(?:and|but|then|while|so)\s+)"
    rf"(?=(?:I|we|you|he|she|they|[Bb]oth|{NAME})(?:['’]ll|['’]m\s+going\s+to|\s+(?:will|shall|"
    rf"is\s+going\s+to|are\s+going\s+to)\b))"
)


def extract_action_items(
    notes: str,
    *,
    today: date,
    mentee: str | None = None,
    mentor: str | None = None,
    author: Role = "mentee",
) -> list[ActionItem]:
    """Return the commitments in ``notes``, in order, without duplicates."""
    if "\x00" in notes:
        raise UsageError("The notes contain NUL bytes; give a plain-text file.")
    if author not in ("mentor", "mentee"):
        raise UsageError(f"author must be 'mentor' or 'mentee', not {author!r}.")
    people = People(_clean_name(mentee), _clean_name(mentor), author)
    items: list[ActionItem] = []
    seen: set[tuple[str, str]] = set()
    section = Section()
    after_blank = False
    for raw_line in notes.splitlines():
        line = raw_line.strip()
        if not line or _RULE.match(line):
            after_blank = after_blank or not line
            continue
        heading = _heading(line)
        if heading is not None:
            section = _section_for(heading, people)
            after_blank = False
            continue
        bullet = _BULLET.match(line)
        if section.actions and after_blank and not bullet:
            section = Section()  # a paragraph after the list ends the action section
        after_blank = False
        body = line[bullet.end() :] if bullet else line
        for clause in _clauses(body):
            item = parse_clause(clause, people, section, today)
            if item is None:
                continue
            key = (item.task.lower(), item.owner)
            if key not in seen:
                seen.add(key)
                items.append(item)
    return items


def _clean_name(name: str | None) -> str | None:
    if name is None:
        return None
    cleaned = SPACES.sub(" ", name).strip()
    return cleaned or None


def _heading(line: str) -> str | None:
    for pattern in (_HEADING_MD, _HEADING_BOLD, _HEADING_COLON):
        m = pattern.match(line)
        if m:
            return m.group("h").strip()
    bare = line.rstrip(":").strip()
    if len(bare) <= 40 and _ACTION_HEADING.fullmatch(bare):
        return bare
    return None


def _section_for(heading: str, people: People) -> Section:
    text = heading.strip(" *_:")
    if not _ACTION_HEADING.search(text):
        owner = people.resolve(text, strict=True) if len(text.split()) <= 3 else None
        return Section(actions=owner is not None, owner=owner)
    rest = _ACTION_HEADING.sub(" ", text).strip(" -–—:()")
    owner = None
    m = _HEADING_OWNER.search(text)
    if m:
        if m.group("my"):
            owner = people.author_owner if m.group("my").lower() == "my" else "both"
        else:
            candidate = m.group("for") or m.group("poss") or m.group("bare") or m.group("role")
            owner = people.resolve(candidate) if candidate else None
    elif rest:
        owner = people.resolve(rest, strict=True)
    return Section(actions=True, owner=owner)


def _clauses(body: str) -> Iterator[str]:
    for sentence in _SENTENCE_SPLIT.split(body):
        if not sentence or len(sentence) > MAX_SENTENCE_CHARS:
            continue
        parts = _CLAUSE_SPLIT.split(sentence)  # [clause, separator, clause, ...]
        clause = parts[0]
        for separator, part in zip(parts[1::2], parts[2::2], strict=True):
            if separator.strip() == "and" and len(clause.split()) <= 2:
                clause = f"{clause}{separator}{part}"  # "Sam and I will…" is one subject
                continue
            if clause.strip():
                yield clause.strip()
            clause = part
        if clause.strip():
            yield clause.strip()
