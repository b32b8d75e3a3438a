"""Will answers to action items: each step with its owner and due date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from assistant.actions import ActionItem
from assistant.duedates import find_due_span, resolve_due
from assistant.grow.answers import _words, is_unsure
from assistant.grow.bank import QuestionBank
from assistant.grow.store import SessionRecord

_ACTION_SPLIT_RE = re.compile(
    r"[\n;]+|(?<=[.!?])\s+|,?\s+(?:and\s+)?then\s+|"
    r",?\s+and\s+(?=(?i:i|we|you|both)\b|(?i:i'll|we'll)|[A-Z][a-z]+\s+will\b)"
)
_NOT_ACTION_RE = re.compile(
    r"^(?:that|this|it|which|because|so\s+that|hopefully|i\s+hope|i\s+feel)\b",
    re.IGNORECASE,
)
_MODAL = (
    r"(?:'ll|’ll|\s+will|\s+shall|\s+am\s+going\s+to|'m\s+going\s+to|\s+are\s+going\s+to|"
    r"\s+is\s+going\s+to|\s+can|\s+could|\s+would|\s+plan\s+to|\s+want\s+to|\s+need\s+to|"
    r"\s+have\s+to|\s+has\s+to|\s+agreed\s+to|\s+offered\s+to|\s+to)"
)
_NOT_NAMES = frozenset(
    {
        "I", "We", "You", "He", "She", "They", "It", "This", "That", "Then", "Next", "First",
        "Also", "Maybe", "Perhaps", "And", "So", "Both", "My", "Our", "Ok", "Okay", "Well",
        "Probably", "Hopefully", "Tomorrow", "Today",
    }
)  # fmt: skip
_SUBJECT_RE = re.compile(
    rf"^\s*(?:(?i:ok(?:ay)?|so|then|first(?:ly)?|and|also|next|well|i\s+think)[,\s]+)*"
    rf"(?P<subject>(?i:i|we|you|both(?:\s+of\s+us)?|my\s+(?:mentor|manager|boss|supervisor|lead|"
    rf"team\s+lead|coach|colleague|partner))|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?){_MODAL}\s+",
)
_BOTH_PREFIX_RE = re.compile(r"^\s*(?P<who>both|we|us)\s*:\s*", re.IGNORECASE)
_LEADING_FILLER_RE = re.compile(
    r"^(?:(?:ok(?:ay)?|so|then|first(?:ly)?|and|also|next|well|i\s+think)[,\s]+|"
    r"(?:first|then|also|try\s+to|start\s+by|begin\s+by)\s+)+",
    re.IGNORECASE,
)
_BOTH_WORDS_RE = re.compile(r"\b(?:together|both\s+of\s+us|the\s+two\s+of\s+us)\b", re.IGNORECASE)


@dataclass
class _Draft:
    task: str
    owner: str
    due: date | None


def _owner_of(subject: str | None, clause: str) -> str:
    if subject is None:
        return "both" if _BOTH_WORDS_RE.search(clause) else "mentee"
    low = " ".join(subject.lower().split())
    if low in {"we", "both", "both of us"}:
        return "both"
    if low == "i":
        return "both" if _BOTH_WORDS_RE.search(clause) else "mentee"
    if low == "you":
        return "mentor"
    if low.startswith("my "):
        role = low[3:]
        return "mentor" if role == "mentor" else role
    return subject if subject.split()[0] not in _NOT_NAMES else "mentee"


def _clean_task(text: str) -> str:
    span = find_due_span(text)
    if span and not re.search(r"\b(?:every|each)\s+$", text[: span[0]], re.IGNORECASE):
        text = text[: span[0]] + " " + text[span[1] :]
    text = re.sub(r"\s+", " ", text).strip(" ,.;:!-")
    text = re.sub(r"\s+(?:by|on|before|until|no\s+later\s+than|and)$", "", text, flags=re.I)
    text = _LEADING_FILLER_RE.sub("", text).strip(" ,.;:!-")
    return text[:1].upper() + text[1:]


def _action_clauses(text: str, today: date) -> Iterator[str]:
    for part in _ACTION_SPLIT_RE.split(text):
        part = part.strip(" ,.;")
        if not part:
            continue
        # "email Sam by Friday and draft the plan by Dec 3": two dated steps.
        pieces = re.split(r"\s+and\s+", part)
        current = pieces[0]
        for piece in pieces[1:]:
            if resolve_due(current, today) and resolve_due(piece, today):
                yield current
                current = piece
            else:
                current = f"{current} and {piece}"
        yield current


def _parse_action(clause: str, today: date) -> _Draft | None:
    if _NOT_ACTION_RE.match(clause) or is_unsure(clause):
        return None
    due = resolve_due(clause, today)
    prefix = _BOTH_PREFIX_RE.match(clause)
    if prefix:
        return _draft(_clean_task(clause[prefix.end() :]), "both", due)
    subject = _SUBJECT_RE.match(clause)
    if subject:
        owner = _owner_of(subject.group("subject"), clause)
        return _draft(_clean_task(clause[subject.end() :]), owner, due)
    return _draft(_clean_task(clause), _owner_of(None, clause), due)


def _draft(task: str, owner: str, due: date | None) -> _Draft | None:
    return _Draft(task, owner, due) if len(_words(task)) >= 1 and not is_unsure(task) else None


def actions_from_answer(text: str, today: date) -> list[ActionItem]:
    """The steps in one Will answer, with owners and due dates resolved against ``today``."""
    drafts = [d for c in _action_clauses(text, today) if (d := _parse_action(c, today))]
    return [ActionItem(task=d.task, owner=d.owner, due=d.due) for d in drafts]


def _will_actions(record: SessionRecord, bank: QuestionBank) -> list[_Draft]:
    """Action drafts from the Will answers; a "By when?" answer dates the step before it."""
    drafts: list[_Draft] = []
    undated: list[_Draft] = []
    for entry in record.answered("will"):
        answer = entry.answer or ""
        if entry.intent == "by_when":
            due = resolve_due(answer, record.created)
            if due:
                for draft in undated:
                    draft.due = due
                undated = []
            continue
        question = bank.get(entry.question_id)
        if question is None or "action" not in question.tags or is_unsure(answer):
            continue
        new = [
            d
            for c in _action_clauses(answer, record.created)
            if (d := _parse_action(c, record.created))
        ]
        drafts.extend(new)
        undated = [d for d in new if d.due is None] or undated
    return drafts
