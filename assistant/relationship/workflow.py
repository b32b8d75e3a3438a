"""The relationship as context for the other capabilities, used by the facade.

Recording a session runs the existing capabilities (action items from the notes, the GROW
summary, session reflections) through the facade, so their texts pass the guard and a configured
model is used exactly as elsewhere, then stores the results in one transaction. Open items
become the agenda's review item, overdue ones called out. Check-ups and documents are delivered
through :func:`assistant.output.deliver` like every other text the assistant writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from assistant.output import Reply, Rewrite, deliver
from assistant.providers.base import Outcome
from assistant.relationship.checkup import CheckupAnswers, score
from assistant.relationship.documents import DOCUMENT_KINDS, build_document
from assistant.relationship.records import Relationship, StoredItem

if TYPE_CHECKING:
    from assistant.actions import ActionItem
    from assistant.service import Assistant

OFFLINE = "offline"
_GROW_ID = re.compile(r"^[A-Za-z0-9_-]{4,64}$")


@dataclass(frozen=True)
class RecordedSession:
    """A stored session and what came out of it, as ``session add`` reports it."""

    session: str
    relationship: str
    held_on: date
    stage: str
    action_items: tuple[StoredItem, ...]
    reflection: dict[str, Any] | None = None
    grow_summary: dict[str, Any] | None = None
    provider: str = OFFLINE
    notice: str | None = None
    rewrites: tuple[Rewrite, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "session": self.session,
            "relationship": self.relationship,
            "held_on": self.held_on.isoformat(),
            "stage": self.stage,
            "action_items": [item.to_dict(self.held_on) for item in self.action_items],
            "reflection": self.reflection,
            "grow_summary": self.grow_summary,
            "provider": self.provider,
            "notice": self.notice,
            "guard_rewrites": [rewrite.to_dict() for rewrite in self.rewrites],
        }


def agenda_actions(items: list[StoredItem], today: date) -> list[ActionItem]:
    """Open items as the agenda's review prompts; an overdue one says so first."""
    from assistant.actions import ActionItem

    return [
        ActionItem(
            task=f"Overdue: {item.task}" if item.overdue(today) else item.task,
            owner=item.owner,
            due=item.due,
        )
        for item in items
    ]


def record_session(
    assistant: Assistant,
    relationship_id: str,
    notes: str,
    *,
    today: date,
    stage: str = "regular",
    author: Literal["mentor", "mentee"] = "mentee",
    grow_session: str | None = None,
    reflect: bool = False,
    agenda: dict[str, Any] | None = None,
) -> RecordedSession:
    store = assistant.relationships
    record = store.get(relationship_id)
    replies: list[Reply] = []
    items: list[ActionItem] = []
    if notes.strip():
        reply = assistant.actions(
            notes, today=today, mentee=record.mentee, mentor=record.mentor, author=author
        )
        replies.append(reply)
        items.extend(reply.result.items)
    grow_summary = None
    if grow_session:
        reply = assistant.grow_summary(grow_session)
        replies.append(reply)
        grow_summary = reply.result.to_dict()
        known = {(item.task.casefold(), (item.owner or "").casefold()) for item in items}
        items.extend(
            item
            for item in reply.result.action_items
            if (item.task.casefold(), (item.owner or "").casefold()) not in known
        )
    reflection = None
    if reflect:
        reply = assistant.reflect("session", notes or None)
        replies.append(reply)
        reflection = reply.result.to_dict()
    stored_session, stored_items = store.add_session(
        relationship_id,
        held_on=today,
        stage=stage,
        notes=notes,
        items=items,
        source="grow" if grow_session and not notes.strip() else "notes",
        agenda=agenda,
        grow_summary=grow_summary,
        reflection=reflection,
    )
    notices = [reply.notice for reply in replies if reply.notice]
    return RecordedSession(
        session=stored_session.id,
        relationship=relationship_id,
        held_on=today,
        stage=stage,
        action_items=tuple(stored_items),
        reflection=reflection,
        grow_summary=grow_summary,
        provider=next((r.provider for r in replies if r.provider != OFFLINE), OFFLINE),
        notice=notices[0] if notices else None,
        rewrites=tuple(rewrite for reply in replies for rewrite in reply.rewrites),
    )


def run_checkup(
    assistant: Assistant,
    relationship_id: str,
    answers: CheckupAnswers,
    *,
    today: date | None = None,
) -> Reply:
    """Score the check-up, deliver it through the guard, store it (and its follow-up item)."""
    from assistant.actions import ActionItem

    store = assistant.relationships
    record = store.get(relationship_id)
    result, task, due = score(answers, meetings_recorded=len(record.sessions), today=today)
    reply = deliver(Outcome(result=result, provider=OFFLINE))
    plan_item = None
    if task:
        guarded = deliver(
            Outcome(result=ActionItem(task=task, owner="both", due=due), provider=OFFLINE)
        )
        plan_item = guarded.result
    stored = store.save_checkup(relationship_id, reply.result, plan_item=plan_item)
    return Reply(result=stored, provider=reply.provider, rewrites=reply.rewrites)


def document(
    assistant: Assistant, relationship_id: str, kind: str, *, today: date | None = None
) -> Reply:
    if kind not in DOCUMENT_KINDS:
        from assistant.errors import UsageError

        raise UsageError(f"Unknown document {kind!r}: choose {', '.join(DOCUMENT_KINDS)}.")
    record = assistant.relationships.get(relationship_id)
    return deliver(Outcome(result=build_document(record, kind, today=today), provider=OFFLINE))


def session_notes(record: Relationship, kind: str) -> str | None:
    """The notes a reflection is tailored to: the latest session's, or all of them at closing."""
    notes = [session.notes for session in record.sessions if session.notes.strip()]
    if not notes:
        return None
    return "\n\n".join(notes) if kind == "closing" else notes[-1]


def delete_relationship(assistant: Assistant, relationship_id: str) -> dict[str, Any]:
    """Delete the relationship, everything stored with it and the GROW sessions it took in."""
    record = assistant.relationships.get(relationship_id)
    grow_ids = {
        str(session.grow_summary.get("session"))
        for session in record.sessions
        if session.grow_summary and session.grow_summary.get("session")
    }
    report = assistant.relationships.delete(relationship_id).to_dict()
    removed = 0
    for grow_id in sorted(grow_ids):
        if not _GROW_ID.match(grow_id):
            continue
        path = assistant.settings.sessions_dir / f"{grow_id}.json"
        if path.is_file():
            path.unlink()
            removed += 1
    report["grow_sessions"] = removed
    return report
