"""One relationship out of the record and back in: JSON for machines, Markdown for people.

The JSON is ``{"format": "mentor-assist-relationship", "version": 1, "relationship": {...}}``
with the relationship as ``Relationship.to_dict`` writes it. :func:`parse_export` validates a
file at the edge (pydantic, unknown fields refused) and returns the record to restore.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import InputFileError
from assistant.relationship.documents import build_document, document_to_markdown
from assistant.relationship.records import (
    Activity,
    Agreement,
    CheckupResult,
    Goal,
    ItemEvent,
    Relationship,
    SessionRecord,
    StoredItem,
)

FORMAT = "mentor-assist-relationship"
VERSION = 1
MAX_IMPORT_BYTES = 20_000_000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Event(_Strict):
    at: datetime
    status: Literal["open", "done", "dropped"]
    note: str | None = None


class _Item(_Strict):
    id: str = Field(min_length=1, max_length=32)
    task: str = Field(min_length=1)
    owner: str
    due: date | None = None
    status: Literal["open", "done", "dropped"]
    source: str
    session: str | None = None
    created_at: datetime
    history: list[_Event] = Field(default_factory=list)
    overdue: bool | None = None


class _Activity(_Strict):
    id: str = Field(min_length=1, max_length=32)
    kind: Literal["doing", "others", "challenging"]
    text: str = Field(min_length=1)
    resources: str | None = None
    target_date: date | None = None
    status: Literal["planned", "in-progress", "done", "dropped"]


class _Goal(_Strict):
    id: str = Field(min_length=1, max_length=32)
    position: int
    text: str = Field(min_length=1)
    status: Literal["open", "achieved", "dropped"]
    activities: list[_Activity] = Field(default_factory=list)


class _Agreement(_Strict):
    meeting_place: str | None = None
    meeting_time: str | None = None
    meeting_length: str | None = None
    frequency: str | None = None
    initiator: str | None = None
    confidentiality: str | None = None
    no_fault_termination: bool | None = None
    supervisor_briefed: bool | None = None
    end_date: date | None = None


class _Session(_Strict):
    id: str = Field(min_length=1, max_length=32)
    held_on: date
    stage: str
    notes: str
    agenda: dict[str, Any] | None = None
    grow_summary: dict[str, Any] | None = None
    reflection: dict[str, Any] | None = None


class _Checkup(_Strict):
    id: str | None = None
    held_on: date | None = None
    suitable: bool
    unfavourable: list[str]
    obstacles: list[int]
    route: Literal["on-track", "plan", "coordinator"]
    next_steps: list[str]
    answers: dict[str, Any] = Field(default_factory=dict)
    plan_item: str | None = None


class _Relationship(_Strict):
    id: str = Field(min_length=1, max_length=32)
    mentor: str = Field(min_length=1)
    mentee: str = Field(min_length=1)
    roles: list[str] = Field(default_factory=list)
    status: Literal["active", "closed"]
    created_at: datetime
    closed_at: datetime | None = None
    goals: list[_Goal] = Field(default_factory=list)
    agreement: _Agreement | None = None
    sessions: list[_Session] = Field(default_factory=list)
    action_items: list[_Item] = Field(default_factory=list)
    checkups: list[_Checkup] = Field(default_factory=list)


class _Export(_Strict):
    format: Literal["mentor-assist-relationship"]
    version: Literal[1]
    exported_at: datetime | None = None
    relationship: _Relationship


def export_json(record: Relationship) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
        "relationship": record.to_dict(),
    }


def export_markdown(record: Relationship, *, today: date | None = None) -> str:
    """The whole record for people: agreement, plan, sessions, items and check-ups."""
    today = today or date.today()
    roles = ", ".join(record.roles) or "not chosen yet"
    lines = [
        f"# Mentoring relationship: {record.mentor} (mentor) and {record.mentee} (mentee)",
        "",
        f"Record {record.id}, {record.status}, started {record.created_at.date().isoformat()}. "
        f"Mentor roles: {roles}.",
        "",
    ]
    for kind in ("agreement", "plan"):
        body = document_to_markdown(build_document(record, kind, today=today))
        lines += ["#" + line if line.startswith("#") else line for line in body.splitlines()]
        lines.append("")
    lines += ["## Sessions", ""]
    for session in record.sessions:
        lines += [f"### {session.held_on.isoformat()} · {session.stage}", ""]
        lines += [session.notes.strip() or "_No notes._", ""]
    if not record.sessions:
        lines += ["_No sessions yet._", ""]
    lines += ["## Action items", ""]
    for item in record.items:
        mark = {"done": "x", "dropped": "-"}.get(item.status, " ")
        due = f", due {item.due.isoformat()}" if item.due else ""
        late = " (overdue)" if item.overdue(today) else ""
        lines.append(f"- [{mark}] {item.task} — {item.owner}{due}, {item.status}{late}")
    if not record.items:
        lines.append("_No action items yet._")
    lines += ["", "## 90-day check-ups", ""]
    for checkup in record.checkups:
        verdict = "suitable" if checkup.suitable else "not suitable"
        obstacles = ", ".join(str(n) for n in checkup.obstacles) or "none"
        lines.append(f"- {checkup.held_on}: {verdict}; obstacles {obstacles}; {checkup.route}")
        lines += [f"  - {step}" for step in checkup.next_steps]
    if not record.checkups:
        lines.append("_No check-ups yet._")
    return "\n".join(lines) + "\n"


def parse_export(data: Any, *, where: str = "The import") -> Relationship:
    """Validate an export (as parsed JSON) and return the relationship it holds."""
    try:
        parsed = _Export.model_validate(data).relationship
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in item['loc']) or 'top level'}: {item['msg']}"
            for item in error.errors()[:5]
        )
        raise InputFileError(
            where,
            f"this is not a relationship export written by 'mentor-assist relationship "
            f"export' ({problems})",
        ) from None
    return Relationship(
        id=parsed.id,
        mentor=parsed.mentor,
        mentee=parsed.mentee,
        roles=tuple(parsed.roles),
        status=parsed.status,
        created_at=parsed.created_at,
        closed_at=parsed.closed_at,
        goals=tuple(
            Goal(
                id=g.id,
                position=g.position,
                text=g.text,
                status=g.status,
                activities=tuple(Activity(**a.model_dump()) for a in g.activities),
            )
            for g in parsed.goals
        ),
        agreement=Agreement(**parsed.agreement.model_dump()) if parsed.agreement else None,
        sessions=tuple(SessionRecord(**s.model_dump()) for s in parsed.sessions),
        items=tuple(
            StoredItem(
                id=i.id,
                task=i.task,
                owner=i.owner,
                due=i.due,
                status=i.status,
                source=i.source,
                session=i.session,
                created_at=i.created_at,
                history=tuple(ItemEvent(**e.model_dump()) for e in i.history),
            )
            for i in parsed.action_items
        ),
        checkups=tuple(
            CheckupResult(
                id=c.id,
                held_on=c.held_on,
                suitable=c.suitable,
                unfavourable=tuple(c.unfavourable),
                obstacles=tuple(c.obstacles),
                route=c.route,
                next_steps=tuple(c.next_steps),
                answers=c.answers,
            )
            for c in parsed.checkups
        ),
    )


def read_export(path: str | Path) -> Relationship:
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise InputFileError(file, error.strerror or str(error)) from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise InputFileError(file, "this file is too large for a relationship export")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputFileError(file, f"this is not JSON ({error})") from None
    return parse_export(data, where=str(file))
