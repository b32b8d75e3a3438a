"""A recorded relationship as the context of a capability (``--relationship ID``).

What each capability takes from it:

- ask and chat: the pair's own session notes that bear on the question, shown after the
  guidance's answer (the answer itself still comes from the guidance only);
- agenda: the open action items (overdue ones called out), the goals, and the stage the pair
  has reached when no stage is given;
- GROW: the goal to coach on, and the record the summary and its action items are saved to;
- action items: the mentor's and the mentee's names, so "Sam will..." gets the right owner;
- FAQ: the questions of the stage the pair has reached;
- reflect: the sessions' notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.relationship.records import Relationship, StoredItem

#: How many passages of the pair's notes are shown next to an answer.
NOTE_MATCHES = 3

#: The FAQ topic for each stage (``regular`` has none: all questions).
STAGE_TOPICS = {
    "first-meeting": "first meeting",
    "action-plan": "action plan",
    "check-up": "checking progress",
    "midpoint": "mid point",
    "closing": "ending the relationship",
}


@dataclass(frozen=True)
class NoteMatch:
    """A passage of one session's notes; the matching words are in [brackets]."""

    session: str
    held_on: date
    snippet: str

    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()
        return {"session": self.session, "held_on": held_on, "snippet": self.snippet}


@dataclass(frozen=True)
class RelationshipContext:
    """What a capability knows of the relationship it runs for."""

    id: str
    mentor: str
    mentee: str
    status: str
    stage: str
    goals: tuple[str, ...]
    open_items: tuple[StoredItem, ...]
    notes: tuple[NoteMatch, ...] = ()

    def to_dict(self, today: date | None = None) -> dict[str, Any]:
        return {
            "id": self.id,
            "mentor": self.mentor,
            "mentee": self.mentee,
            "status": self.status,
            "stage": self.stage,
            "goals": list(self.goals),
            "open_action_items": [item.to_dict(today) for item in self.open_items],
            "session_notes": [match.to_dict() for match in self.notes],
        }


def next_stage(record: Relationship) -> str:
    """The stage of the pair's next meeting, from what the record holds.

    No session yet: the first meeting; after it, the action plan; a closed relationship: the
    closing; otherwise a regular meeting (check-ups and the midpoint are chosen by the pair).
    """
    if record.status == "closed":
        return "closing"
    if not record.sessions:
        return "first-meeting"
    latest = max(record.sessions, key=lambda session: session.held_on)
    if latest.stage == "first-meeting":
        return "action-plan"
    return "regular"


def content_words(text: str) -> str:
    """The words of ``text`` worth searching notes for (no stop words, no one-letter words)."""
    # Imported here: importing it loads the retrieval package, which action items never need.
    from assistant.retrieval.lexical import STOPWORDS

    words = "".join(c if c.isalnum() else " " for c in text.casefold()).split()
    return " ".join(word for word in words if len(word) > 1 and word not in STOPWORDS)


def build_context(
    record: Relationship, notes: list[tuple[str, str]] | None = None
) -> RelationshipContext:
    """The context of ``record``; ``notes`` are ``(session id, snippet)`` matches, best first."""
    from assistant.relationship.store import ordered_open_items

    held = {session.id: session.held_on for session in record.sessions}
    return RelationshipContext(
        id=record.id,
        mentor=record.mentor,
        mentee=record.mentee,
        status=record.status,
        stage=next_stage(record),
        goals=record.goal_texts,
        open_items=tuple(ordered_open_items(record)),
        notes=tuple(
            NoteMatch(session=sid, held_on=held[sid], snippet=" ".join(snippet.split()))
            for sid, snippet in (notes or [])
            if sid in held
        ),
    )
