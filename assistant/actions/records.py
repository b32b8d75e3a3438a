"""A line of labelled fields read as one task table row.

Some notes keep each action as a record on one line, its fields labelled as a task table's
columns would be: "Task: Set up the tables | Assigned To: Noor | Deadline: Friday", or in
brackets "- [action] Draft the report [assignee] Rafa [due] 9 May 2025 [status] todo". Such a
line says the same as a row under "| Task | Assigned To | Deadline |", so it is written as the
row would be (:func:`assistant.actions.markup.clean_notes` writes a task table's rows as
"- TODO: task (owner: who) (due: date)"), and a record whose status says it is finished is no
task. The labels are named as the task table's columns are (``markup``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.duedates import find_due_span

__all__ = ["record_line"]

# "[assignee] Guillermo", "[due] 12 June 2024": a field's label in square brackets
_BRACKET_LABEL = re.compile(r"\[(?P<label>[A-Za-z][\w -]{0,20})\]")
_PIPE = re.compile(r"\s+\|\s+")
_LABELLED = re.compile(r"^(?P<label>[A-Za-z][\w -]{0,20}?)\s*:\s*(?P<value>.*)$")
_LEAD = re.compile(r"^(?P<lead>[ \t]*(?:[-*+]|\d{1,3}[.)])?[ \t]*)(?P<rest>.*)$")


def record_line(
    line: str,
    column: Callable[[str], str | None],
    finished: Callable[[str], bool],
) -> str | None:
    """``line`` written as a task table's row when it is a record of labelled fields with a
    task and its owner or due date; "" when that record is finished; None when it is no record.

    ``column`` names the task table column a label is ("task", "owner", "due", "status") or
    None; ``finished`` says whether a status cell marks the row done.
    """
    parts = _LEAD.match(line)
    if parts is None:
        return None
    lead, rest = parts.group("lead"), parts.group("rest").strip()
    fields = _bracket_fields(rest, column) or _pipe_fields(rest, column)
    if fields is None or "task" not in fields or not ({"owner", "due"} & fields.keys()):
        return None
    if finished(fields.get("status", "")):
        return ""
    row = f"{lead}TODO: {fields['task']}"
    if fields.get("owner"):
        row += f" (owner: {fields['owner']})"
    due = fields.get("due", "")
    if due and find_due_span(f"due {due}") is not None:
        row += f" (due: {due})"  # "Deadline: next release" is no date: no due date
    return row


def _bracket_fields(text: str, column: Callable[[str], str | None]) -> dict[str, str] | None:
    """The fields of "[action] Draft it [assignee] Rafa [due] 9 May"; None when fewer than
    two of its bracketed labels name a column."""
    labels = list(_BRACKET_LABEL.finditer(text))
    named = [(m, column(m.group("label"))) for m in labels]
    if sum(1 for _, key in named if key is not None) < 2:
        return None
    fields: dict[str, str] = {}
    if labels[0].start() > 0:  # "Draft it [assignee] Rafa": the words before the first label
        fields["task"] = text[: labels[0].start()].strip()
    for index, (m, key) in enumerate(named):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        value = text[m.end() : end].strip()
        if key is not None and value and key not in fields:
            fields[key] = value
    return fields


def _pipe_fields(text: str, column: Callable[[str], str | None]) -> dict[str, str] | None:
    """The fields of "Task: Set it up | Assigned To: Noor | Deadline: Friday"; None when
    fewer than two of its cells are labelled with a column's name."""
    cells = _PIPE.split(text)
    if len(cells) < 2:
        return None
    fields: dict[str, str] = {}
    labelled = 0
    for index, cell in enumerate(cells):
        m = _LABELLED.match(cell.strip())
        key = column(m.group("label")) if m else None
        if key is not None and m is not None:
            labelled += 1
            fields.setdefault(key, m.group("value").strip())
        elif index == 0:  # "Set it up | Owner: Noor | Due: Friday": the first cell says what
            fields["task"] = cell.strip()
    return fields if labelled >= 2 else None
