"""The mentee's commitments as action items: each step with its owner and due date.

Commitments are heard in the answers (:mod:`assistant.grow.hearing`): "I'll email Dana by
Friday", "Mia will send me the job description", "First, update my CV" in the Will stage.
Options ("I could...") and requests ("just tell me what to do") are never commitments. Each
commitment becomes an item through the same extractor as session notes
(:func:`assistant.actions.extract_action_items`, the mentee writing, so "I" is the mentee); a
time phrase it does not read ("by the 15th", "before the end of the year") is resolved by
:mod:`assistant.understanding.timeframes`, and a "By when?" answer dates the steps before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from assistant.actions import ActionItem, extract_action_items
from assistant.grow.hearing import Commitment, Heard, hear
from assistant.understanding.timeframes import find_time, resolve_date

# Commitments heard outside the Will stage count only when they carry a time.
_DATED_ONLY_STAGES = frozenset({"reality", "options"})
_LEAD_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|then|and|also|next|after\s+that|finally|first(?:ly)?|second(?:ly)?|"
    r"i\s+think|i\s+guess|right|well|step\s+(?:one|two|three|\d)|\d[.)])[,:\s]+)+",
    re.IGNORECASE,
)


@dataclass
class _Step:
    commitment: Commitment
    due: date | None
    timed: bool


def _item_for(commitment: Commitment, today: date) -> ActionItem | None:
    text = _LEAD_RE.sub("", commitment.text).strip(" ,.;")
    if not text:
        return None
    found = extract_action_items(text, today=today, author="mentee")
    if not found:
        found = extract_action_items(f"Next steps:\n- {text}", today=today, author="mentee")
    if not found:
        return None
    item = found[0]
    if len(found) > 1:  # one clause, one step: keep the extractor's first reading whole
        item = ActionItem(task=_strip_time(text, today), owner=item.owner, due=item.due)
    owner = item.owner
    if commitment.owner not in ("mentee", "both") and owner in ("mentee", "mentor"):
        owner = commitment.owner
    if commitment.owner == "both":
        owner = "both"
    task = _strip_time(item.task, today)
    due = commitment.due or item.due or resolve_date(text, today)
    return ActionItem(task=task, owner=owner, due=due)


def _strip_time(task: str, today: date) -> str:
    for expression in reversed(find_time(task, today)):
        task = task[: expression.start] + task[expression.end :]
    task = re.sub(
        r"\s+(?:by|on|before|until|no\s+later\s+than|and|at|this|next|the)\s*$", "", task.strip()
    )
    task = re.sub(r"\s{2,}", " ", task).strip(" ,.;:-")
    return task[:1].upper() + task[1:]


def commitments_to_items(
    answers: Iterable[tuple[str, str, Heard]], today: date
) -> list[ActionItem]:
    """Action items from ``(stage, answer, heard)`` in order; later times date earlier steps."""
    steps: list[_Step] = []
    for stage, answer, heard in answers:
        if heard.has("off_topic"):
            continue
        new: list[_Step] = []
        for commitment in heard.commitments:
            timed = commitment.when is not None
            if stage in _DATED_ONLY_STAGES and not timed:
                continue
            if stage == "goal":
                continue
            new.append(_Step(commitment, commitment.due, timed))
        if new:
            steps.extend(new)
            continue
        if stage == "will" and heard.times and not heard.options:
            due = resolve_date(answer, today)
            for step in steps:
                if not step.timed:
                    step.due, step.timed = due, True
    items: list[ActionItem] = []
    seen: set[tuple[str, str]] = set()
    for step in steps:
        item = _item_for(step.commitment, today)
        if item is None:
            continue
        if step.due is not None and item.due is None:
            item = ActionItem(task=item.task, owner=item.owner, due=step.due)
        key = (item.task.lower(), item.owner)
        if key not in seen:
            seen.add(key)
            items.append(item)
    return items


def actions_from_answer(text: str, today: date, stage: str = "will") -> list[ActionItem]:
    """The steps in one answer, with owners and due dates resolved against ``today``."""
    heard = hear(text, stage, today)
    return commitments_to_items([(stage, text, heard)], today)
