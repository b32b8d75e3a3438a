"""The relationship record as plain values: what the store returns and the CLI and UI show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar, Literal

ItemStatus = Literal["open", "done", "dropped"]
ITEM_STATUSES: tuple[ItemStatus, ...] = ("open", "done", "dropped")
GoalStatus = Literal["open", "achieved", "dropped"]
GOAL_STATUSES: tuple[GoalStatus, ...] = ("open", "achieved", "dropped")
ActivityStatus = Literal["planned", "in-progress", "done", "dropped"]
ACTIVITY_STATUSES: tuple[ActivityStatus, ...] = ("planned", "in-progress", "done", "dropped")
Route = Literal["on-track", "plan", "coordinator"]


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class ItemEvent:
    at: datetime
    status: str
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"at": _iso(self.at), "status": self.status, "note": self.note}


@dataclass(frozen=True)
class StoredItem:
    """An action item kept across sessions, with its status and history."""

    id: str
    task: str
    owner: str
    due: date | None
    status: str
    source: str
    session: str | None
    created_at: datetime
    history: tuple[ItemEvent, ...] = ()

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.due is not None and self.due < today

    def to_dict(self, today: date | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "task": self.task,
            "owner": self.owner,
            "due": _iso(self.due),
            "status": self.status,
            "source": self.source,
            "session": self.session,
            "created_at": _iso(self.created_at),
            "history": [event.to_dict() for event in self.history],
        }
        if today is not None:
            data["overdue"] = self.overdue(today)
        return data


@dataclass(frozen=True)
class Activity:
    id: str
    kind: str
    text: str
    resources: str | None
    target_date: date | None
    status: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "resources": self.resources,
            "target_date": _iso(self.target_date),
            "status": self.status,
        }


@dataclass(frozen=True)
class Goal:
    id: str
    position: int
    text: str
    status: str
    activities: tuple[Activity, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "position": self.position,
            "text": self.text,
            "status": self.status,
            "activities": [activity.to_dict() for activity in self.activities],
        }


@dataclass(frozen=True)
class Agreement:
    """The partnership agreement; ``None`` marks what is not agreed yet."""

    meeting_place: str | None = None
    meeting_time: str | None = None
    meeting_length: str | None = None
    frequency: str | None = None
    initiator: str | None = None
    confidentiality: str | None = None
    no_fault_termination: bool | None = None
    supervisor_briefed: bool | None = None
    end_date: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "meeting_place": self.meeting_place,
            "meeting_time": self.meeting_time,
            "meeting_length": self.meeting_length,
            "frequency": self.frequency,
            "initiator": self.initiator,
            "confidentiality": self.confidentiality,
            "no_fault_termination": self.no_fault_termination,
            "supervisor_briefed": self.supervisor_briefed,
            "end_date": _iso(self.end_date),
        }


@dataclass(frozen=True)
class SessionRecord:
    """One meeting: when, which stage, the notes and what came out of it."""

    id: str
    held_on: date
    stage: str
    notes: str
    agenda: dict[str, Any] | None = None
    grow_summary: dict[str, Any] | None = None
    reflection: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "held_on": _iso(self.held_on),
            "stage": self.stage,
            "notes": self.notes,
            "agenda": self.agenda,
            "grow_summary": self.grow_summary,
            "reflection": self.reflection,
        }


@dataclass(frozen=True)
class CheckupResult:
    """A scored 90-day check-up: suitability, obstacles, route and next steps."""

    # The user's answers are echoed back as given, never rewritten by the guard.
    __verbatim__: ClassVar[frozenset[str]] = frozenset({"answers", "unfavourable"})

    suitable: bool
    unfavourable: tuple[str, ...]
    obstacles: tuple[int, ...]
    route: str
    next_steps: tuple[str, ...]
    held_on: date | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    id: str | None = None
    plan_item: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "held_on": _iso(self.held_on),
            "suitable": self.suitable,
            "unfavourable": list(self.unfavourable),
            "obstacles": list(self.obstacles),
            "route": self.route,
            "next_steps": list(self.next_steps),
            "answers": self.answers,
            "plan_item": self.plan_item,
        }


@dataclass(frozen=True)
class Relationship:
    """Everything recorded about one mentoring relationship."""

    id: str
    mentor: str
    mentee: str
    roles: tuple[str, ...]
    status: str
    created_at: datetime
    closed_at: datetime | None = None
    goals: tuple[Goal, ...] = ()
    agreement: Agreement | None = None
    sessions: tuple[SessionRecord, ...] = ()
    items: tuple[StoredItem, ...] = ()
    checkups: tuple[CheckupResult, ...] = ()

    @property
    def goal_texts(self) -> tuple[str, ...]:
        return tuple(goal.text for goal in self.goals if goal.status == "open")

    def open_items(self) -> tuple[StoredItem, ...]:
        return tuple(item for item in self.items if item.status == "open")

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "mentor": self.mentor,
            "mentee": self.mentee,
            "status": self.status,
            "goals": [goal.text for goal in self.goals],
            "sessions": len(self.sessions),
            "open_items": len(self.open_items()),
            "created_at": _iso(self.created_at),
        }

    def to_dict(self, today: date | None = None) -> dict[str, Any]:
        return {
            "id": self.id,
            "mentor": self.mentor,
            "mentee": self.mentee,
            "roles": list(self.roles),
            "status": self.status,
            "created_at": _iso(self.created_at),
            "closed_at": _iso(self.closed_at),
            "goals": [goal.to_dict() for goal in self.goals],
            "agreement": self.agreement.to_dict() if self.agreement else None,
            "sessions": [session.to_dict() for session in self.sessions],
            "action_items": [item.to_dict(today) for item in self.items],
            "checkups": [checkup.to_dict() for checkup in self.checkups],
        }
