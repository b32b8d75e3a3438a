"""Reading and changing the relationship record. Every change is one transaction.

:class:`RelationshipStore` is opened on the data directory. Its methods return the plain values
of :mod:`assistant.relationship.records`, never ORM rows, so nothing outlives its transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, selectinload

from assistant.errors import AssistantError, UsageError
from assistant.relationship.database import database_path, open_database, vacuum
from assistant.relationship.guidance import ACTIVITY_KINDS, AGREEMENT_FIELDS, load_guide
from assistant.relationship.models import (
    ActivityRow,
    AgreementRow,
    CheckupRow,
    GoalRow,
    ItemEventRow,
    ItemRow,
    RelationshipRow,
    SessionRow,
)
from assistant.relationship.records import (
    ACTIVITY_STATUSES,
    GOAL_STATUSES,
    ITEM_STATUSES,
    Activity,
    Agreement,
    CheckupResult,
    Goal,
    ItemEvent,
    Relationship,
    SessionRecord,
    StoredItem,
)

if TYPE_CHECKING:
    from assistant.actions import ActionItem

MAX_NAME_CHARS = 200
MAX_TEXT_CHARS = 2000
MAX_NOTES_CHARS = 200_000
STAGES = ("first-meeting", "action-plan", "regular", "check-up", "midpoint", "closing")


# Everything a record is built from, loaded in one query per table instead of one per row.
_EAGER = (
    selectinload(RelationshipRow.goals).selectinload(GoalRow.activities),
    selectinload(RelationshipRow.agreement),
    selectinload(RelationshipRow.sessions),
    selectinload(RelationshipRow.items).selectinload(ItemRow.events),
    selectinload(RelationshipRow.checkups),
)


def ordered_open_items(record: Relationship) -> list[StoredItem]:
    """A record's open items, the earliest due first (so overdue ones lead), undated last."""
    items = list(record.open_items())
    return sorted(items, key=lambda i: (i.due is None, i.due or date.max, i.created_at))


class RelationshipNotFoundError(AssistantError):
    """A relationship (or an item in it) that the user named does not exist."""


@dataclass(frozen=True)
class DeleteReport:
    """What :meth:`RelationshipStore.delete` removed."""

    id: str
    sessions: int
    action_items: int
    checkups: int
    indexed_notes: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "deleted": self.id,
            "sessions": self.sessions,
            "action_items": self.action_items,
            "checkups": self.checkups,
            "indexed_notes": self.indexed_notes,
        }


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _clean(value: str, what: str, limit: int = MAX_TEXT_CHARS) -> str:
    text_ = " ".join(str(value).split())
    if not text_:
        raise UsageError(f"{what} is empty: give some text.")
    if len(text_) > limit:
        raise UsageError(f"{what} is {len(text_)} characters long; keep it under {limit}.")
    return text_


def _not_found(relationship_id: str) -> RelationshipNotFoundError:
    return RelationshipNotFoundError(
        f"No relationship '{relationship_id}'. See the ones recorded with: "
        "mentor-assist relationship list"
    )


class RelationshipStore:
    """The relationship record kept in ``relationships.db`` under the data directory ``home``."""

    def __init__(self, home: Path) -> None:
        self.path = database_path(Path(home))
        self.engine = open_database(self.path)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    # Relationships ----------------------------------------------------------------------------

    def create(
        self,
        mentor: str,
        mentee: str,
        *,
        goals: Sequence[str] = (),
        roles: Sequence[str] = (),
    ) -> Relationship:
        guide = load_guide()
        clean_goals = [_clean(goal, "A goal", 300) for goal in goals if str(goal).strip()]
        if len(clean_goals) > guide.max_goals:
            raise UsageError(
                f"{len(clean_goals)} goals were given; the guidance asks for the top "
                f"{guide.max_goals}. Choose the {guide.max_goals} that matter most."
            )
        row = RelationshipRow(
            id=new_id(),
            mentor=_clean(mentor, "The mentor's name", MAX_NAME_CHARS),
            mentee=_clean(mentee, "The mentee's name", MAX_NAME_CHARS),
            roles=_check_roles(roles),
            status="active",
            created_at=_now(),
        )
        with self.transaction() as session:
            session.add(row)
            for position, goal in enumerate(clean_goals, 1):
                session.add(
                    GoalRow(
                        id=new_id(),
                        relationship_id=row.id,
                        position=position,
                        text=goal,
                        status="open",
                    )
                )
            session.flush()
            return _record(self._row(session, row.id))

    def list(self) -> list[Relationship]:
        with self.transaction() as session:
            rows = session.scalars(
                select(RelationshipRow).order_by(RelationshipRow.created_at).options(*_EAGER)
            )
            return [_record(row) for row in rows]

    def get(self, relationship_id: str) -> Relationship:
        with self.transaction() as session:
            return _record(self._row(session, relationship_id))

    def exists(self, relationship_id: str) -> bool:
        with self.transaction() as session:
            return session.get(RelationshipRow, relationship_id) is not None

    def _row(self, session: Session, relationship_id: str) -> RelationshipRow:
        row = session.scalars(
            select(RelationshipRow).where(RelationshipRow.id == relationship_id).options(*_EAGER)
        ).one_or_none()
        if row is None:
            raise _not_found(relationship_id)
        return row

    def set_status(self, relationship_id: str, status: str) -> Relationship:
        if status not in ("active", "closed"):
            raise UsageError(f"Unknown status {status!r}: choose active or closed.")
        with self.transaction() as session:
            row = self._row(session, relationship_id)
            row.status = status
            row.closed_at = _now() if status == "closed" else None
            return _record(row)

    # Agreement and plan -----------------------------------------------------------------------

    def update_agreement(self, relationship_id: str, **fields: Any) -> Relationship:
        """Set agreement fields (None leaves a field as it is); ``roles`` sets the mentor roles."""
        unknown = set(fields) - set(AGREEMENT_FIELDS)
        if unknown:
            raise UsageError(f"Unknown agreement fields: {', '.join(sorted(unknown))}.")
        with self.transaction() as session:
            row = self._row(session, relationship_id)
            roles = fields.pop("roles", None)
            if roles is not None:
                row.roles = _check_roles(roles)
            agreement = row.agreement or AgreementRow(relationship_id=row.id, updated_at=_now())
            for name, value in fields.items():
                if value is None:
                    continue
                if isinstance(value, str):
                    value = _clean(value, name.replace("_", " ").capitalize())
                setattr(agreement, name, value)
            agreement.updated_at = _now()
            row.agreement = agreement
            session.flush()
            return _record(row)

    def add_goal(self, relationship_id: str, goal: str) -> Relationship:
        guide = load_guide()
        with self.transaction() as session:
            row = self._row(session, relationship_id)
            active = [g for g in row.goals if g.status == "open"]
            if len(active) >= guide.max_goals:
                raise UsageError(
                    f"This relationship already has {len(active)} open goals; the guidance asks "
                    f"for the top {guide.max_goals}. Mark one achieved or dropped first."
                )
            position = max((g.position for g in row.goals), default=0) + 1
            row.goals.append(
                GoalRow(
                    id=new_id(),
                    relationship_id=row.id,
                    position=position,
                    text=_clean(goal, "The goal", 300),
                    status="open",
                )
            )
            session.flush()
            return _record(row)

    def set_goal_status(self, relationship_id: str, goal: str, status: str) -> Relationship:
        if status not in GOAL_STATUSES:
            raise UsageError(f"Unknown goal status {status!r}: choose {', '.join(GOAL_STATUSES)}.")
        with self.transaction() as session:
            row = self._row(session, relationship_id)
            _goal_row(row, goal).status = status
            return _record(row)

    def add_activity(
        self,
        relationship_id: str,
        goal: str,
        *,
        kind: str,
        text: str,
        resources: str | None = None,
        target_date: date | None = None,
    ) -> Relationship:
        if kind not in ACTIVITY_KINDS:
            raise UsageError(
                f"Unknown activity type {kind!r}: choose {', '.join(ACTIVITY_KINDS)} "
                "(learning by doing, from others, from challenging experiences)."
            )
        with self.transaction() as session:
            row = self._row(session, relationship_id)
            goal_row = _goal_row(row, goal)
            goal_row.activities.append(
                ActivityRow(
                    id=new_id(),
                    goal_id=goal_row.id,
                    kind=kind,
                    text=_clean(text, "The activity"),
                    resources=_clean(resources, "Resources") if resources else None,
                    target_date=target_date,
                    status="planned",
                    created_at=_now(),
                )
            )
            session.flush()
            return _record(row)

    def set_activity_status(
        self, relationship_id: str, activity_id: str, status: str
    ) -> Relationship:
        if status not in ACTIVITY_STATUSES:
            raise UsageError(
                f"Unknown activity status {status!r}: choose {', '.join(ACTIVITY_STATUSES)}."
            )
        with self.transaction() as session:
            row = self._row(session, relationship_id)
            for goal in row.goals:
                for activity in goal.activities:
                    if activity.id == activity_id:
                        activity.status = status
                        return _record(row)
            raise RelationshipNotFoundError(
                f"No activity '{activity_id}' in relationship '{relationship_id}'. See the plan "
                f"with: mentor-assist relationship plan {relationship_id}"
            )

    # Sessions and action items ----------------------------------------------------------------

    def add_session(
        self,
        relationship_id: str,
        *,
        held_on: date,
        stage: str,
        notes: str,
        items: Iterable[ActionItem] = (),
        source: str = "notes",
        agenda: dict[str, Any] | None = None,
        grow_summary: dict[str, Any] | None = None,
        reflection: dict[str, Any] | None = None,
    ) -> tuple[SessionRecord, list[StoredItem]]:
        """Record a session and its action items together: all of it is stored, or none."""
        if stage not in STAGES:
            raise UsageError(f"Unknown stage {stage!r}: choose one of {', '.join(STAGES)}.")
        if len(notes) > MAX_NOTES_CHARS:
            raise UsageError(
                f"The notes are {len(notes)} characters long; split them below "
                f"{MAX_NOTES_CHARS} characters."
            )
        with self.transaction() as session:
            row = self._row(session, relationship_id)
            session_row = SessionRow(
                id=new_id(),
                relationship_id=row.id,
                held_on=held_on,
                stage=stage,
                notes=notes,
                agenda=agenda,
                grow_summary=grow_summary,
                reflection=reflection,
                created_at=_now(),
            )
            session.add(session_row)
            session.flush()
            if notes.strip():
                session.execute(
                    text(
                        "INSERT INTO notes_index (notes, session_id, relationship_id) "
                        "VALUES (:notes, :session, :relationship)"
                    ),
                    {"notes": notes, "session": session_row.id, "relationship": row.id},
                )
            stored = self._add_items(session, row, items, source=source, session_id=session_row.id)
            return _session(session_row), [_item(item) for item in stored]

    def add_items(
        self,
        relationship_id: str,
        items: Iterable[ActionItem],
        *,
        source: str,
        session_id: str | None = None,
    ) -> list[StoredItem]:
        with self.transaction() as session:
            row = self._row(session, relationship_id)
            stored = self._add_items(session, row, items, source=source, session_id=session_id)
            return [_item(item) for item in stored]

    def _add_items(
        self,
        session: Session,
        row: RelationshipRow,
        items: Iterable[ActionItem],
        *,
        source: str,
        session_id: str | None,
    ) -> list[ItemRow]:
        stored = []
        now = _now()
        for item in items:
            item_row = ItemRow(
                id=new_id(),
                relationship_id=row.id,
                session_id=session_id,
                task=_clean(item.task, "An action item's task"),
                owner_name=_clean(item.owner or "mentee", "An action item's owner", 200),
                due=item.due,
                status="open",
                source=source,
                created_at=now,
                updated_at=now,
            )
            item_row.events.append(ItemEventRow(at=now, status="open", note=f"from {source}"))
            session.add(item_row)
            session.flush()
            stored.append(item_row)
        return stored

    def set_item_status(
        self, relationship_id: str, item_id: str, status: str, *, note: str | None = None
    ) -> StoredItem:
        if status not in ITEM_STATUSES:
            raise UsageError(f"Unknown status {status!r}: choose {', '.join(ITEM_STATUSES)}.")
        with self.transaction() as session:
            if session.get(RelationshipRow, relationship_id) is None:
                raise _not_found(relationship_id)
            item = session.get(ItemRow, item_id)
            if item is None or item.relationship_id != relationship_id:
                raise RelationshipNotFoundError(
                    f"No action item '{item_id}' in relationship '{relationship_id}'. See its "
                    f"items with: mentor-assist action list {relationship_id}"
                )
            if item.status != status:
                now = _now()
                item.status = status
                item.updated_at = now
                item.events.append(ItemEventRow(at=now, status=status, note=note))
                session.flush()
            return _item(item)

    def open_items(self, relationship_id: str) -> list[StoredItem]:
        """Open items, the overdue ones (earliest due) first, then by due date and age."""
        return ordered_open_items(self.get(relationship_id))

    def search_notes(
        self, relationship_id: str, query: str, *, any_word: bool = False, limit: int = 50
    ) -> list[tuple[str, str]]:
        """Sessions whose notes match ``query`` (full-text), as ``(session id, snippet)``, best
        first. Every word must match, or with ``any_word`` at least one (the more, the better)."""
        words = [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w]
        if not words:
            return []
        match = (" OR " if any_word else " ").join(f'"{word}"' for word in words)
        with self.transaction() as session:
            if session.get(RelationshipRow, relationship_id) is None:
                raise _not_found(relationship_id)
            rows = session.execute(
                text(
                    "SELECT session_id, snippet(notes_index, 0, '[', ']', '…', 12) "
                    "FROM notes_index WHERE notes_index MATCH :match "
                    "AND relationship_id = :relationship ORDER BY rank LIMIT :limit"
                ),
                {"match": match, "relationship": relationship_id, "limit": limit},
            )
            return [(str(sid), str(snip)) for sid, snip in rows]

    # Check-ups --------------------------------------------------------------------------------

    def save_checkup(
        self, relationship_id: str, result: CheckupResult, *, plan_item: ActionItem | None = None
    ) -> CheckupResult:
        """Store a scored check-up and, when it routes to a plan, its follow-up action item."""
        with self.transaction() as session:
            row = self._row(session, relationship_id)
            checkup = CheckupRow(
                id=new_id(),
                relationship_id=row.id,
                held_on=result.held_on or date.today(),
                answers=result.answers,
                suitable=result.suitable,
                unfavourable=list(result.unfavourable),
                obstacles=list(result.obstacles),
                route=result.route,
                next_steps=list(result.next_steps),
            )
            session.add(checkup)
            item_id = None
            if plan_item is not None:
                item_id = self._add_items(
                    session, row, [plan_item], source="checkup", session_id=None
                )[0].id
            session.flush()
            stored = _checkup(checkup)
            return CheckupResult(**{**stored.__dict__, "plan_item": item_id})

    # Deleting ---------------------------------------------------------------------------------

    def delete(self, relationship_id: str) -> DeleteReport:
        """Delete the relationship and everything derived from it, then vacuum the file."""
        with self.transaction() as session:
            row = self._row(session, relationship_id)
            report = DeleteReport(
                id=row.id,
                sessions=len(row.sessions),
                action_items=len(row.items),
                checkups=len(row.checkups),
                indexed_notes=int(
                    session.scalar(
                        text("SELECT count(*) FROM notes_index WHERE relationship_id = :r"),
                        {"r": row.id},
                    )
                    or 0
                ),
            )
            session.execute(
                text("DELETE FROM notes_index WHERE relationship_id = :r"), {"r": row.id}
            )
            session.delete(row)
        vacuum(self.engine)
        return report

    def counts(self) -> dict[str, int]:
        """How many rows each table holds (for checks after a crash or a delete)."""
        tables = {
            "relationships": RelationshipRow,
            "sessions": SessionRow,
            "action_items": ItemRow,
            "action_item_events": ItemEventRow,
            "checkups": CheckupRow,
            "plan_goals": GoalRow,
            "plan_activities": ActivityRow,
            "agreements": AgreementRow,
        }
        with self.transaction() as session:
            counts = {
                name: int(session.scalar(select(func.count()).select_from(model)) or 0)
                for name, model in tables.items()
            }
            counts["notes_index"] = int(
                session.scalar(text("SELECT count(*) FROM notes_index")) or 0
            )
            return counts

    def restore(self, record: Relationship) -> Relationship:
        """Store a whole relationship (from an export) under its own ids, in one transaction."""
        with self.transaction() as session:
            if session.get(RelationshipRow, record.id) is not None:
                raise UsageError(
                    f"Relationship '{record.id}' is already recorded. To replace it with the "
                    f"export, delete it first: mentor-assist relationship delete {record.id} --yes"
                )
            session.add(_row_from_record(record))
            session.flush()
            # Items after their sessions: they refer to them.
            session.add_all(_item_rows(record))
            session.flush()
            for stored in record.sessions:
                if stored.notes.strip():
                    session.execute(
                        text(
                            "INSERT INTO notes_index (notes, session_id, relationship_id) "
                            "VALUES (:notes, :session, :relationship)"
                        ),
                        {"notes": stored.notes, "session": stored.id, "relationship": record.id},
                    )
            return _record(self._row(session, record.id))


# --------------------------------------------------------------------------- rows -> values


def _check_roles(roles: Iterable[str]) -> list[str]:
    known = load_guide().mentor_roles.roles
    chosen: list[str] = []
    for role in roles:
        name = str(role).strip().lower().replace(" ", "-")
        if name not in known:
            raise UsageError(f"Unknown mentor role {role!r}: choose from {', '.join(known)}.")
        if name not in chosen:
            chosen.append(name)
    return chosen


def _goal_row(row: RelationshipRow, goal: str) -> GoalRow:
    """A goal by id or by its number (1 = the first goal)."""
    for goal_row in row.goals:
        if goal_row.id == goal or str(goal_row.position) == str(goal).strip():
            return goal_row
    raise RelationshipNotFoundError(
        f"No goal '{goal}' in relationship '{row.id}': give its number (1-{len(row.goals)}) or "
        f"id. See them with: mentor-assist relationship plan {row.id}"
    )


def _item(row: ItemRow) -> StoredItem:
    return StoredItem(
        id=row.id,
        task=row.task,
        owner=row.owner_name,
        due=row.due,
        status=row.status,
        source=row.source,
        session=row.session_id,
        created_at=row.created_at,
        history=tuple(ItemEvent(at=e.at, status=e.status, note=e.note) for e in row.events),
    )


def _session(row: SessionRow) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        held_on=row.held_on,
        stage=row.stage,
        notes=row.notes,
        agenda=row.agenda,
        grow_summary=row.grow_summary,
        reflection=row.reflection,
    )


def _checkup(row: CheckupRow) -> CheckupResult:
    return CheckupResult(
        id=row.id,
        held_on=row.held_on,
        answers=dict(row.answers),
        suitable=row.suitable,
        unfavourable=tuple(row.unfavourable),
        obstacles=tuple(row.obstacles),
        route=row.route,
        next_steps=tuple(row.next_steps),
    )


def _record(row: RelationshipRow) -> Relationship:
    agreement = None
    if row.agreement is not None:
        a = row.agreement
        agreement = Agreement(**{name: getattr(a, name) for name in AGREEMENT_FIELDS[1:]})
    return Relationship(
        id=row.id,
        mentor=row.mentor,
        mentee=row.mentee,
        roles=tuple(row.roles or ()),
        status=row.status,
        created_at=row.created_at,
        closed_at=row.closed_at,
        goals=tuple(
            Goal(
                id=g.id,
                position=g.position,
                text=g.text,
                status=g.status,
                activities=tuple(
                    Activity(
                        id=a.id,
                        kind=a.kind,
                        text=a.text,
                        resources=a.resources,
                        target_date=a.target_date,
                        status=a.status,
                    )
                    for a in g.activities
                ),
            )
            for g in row.goals
        ),
        agreement=agreement,
        sessions=tuple(_session(s) for s in row.sessions),
        items=tuple(_item(i) for i in row.items),
        checkups=tuple(_checkup(c) for c in row.checkups),
    )


def _row_from_record(record: Relationship) -> RelationshipRow:
    now = _now()
    row = RelationshipRow(
        id=record.id,
        mentor=record.mentor,
        mentee=record.mentee,
        roles=_check_roles(record.roles),
        status=record.status,
        created_at=record.created_at,
        closed_at=record.closed_at,
    )
    if record.agreement is not None:
        row.agreement = AgreementRow(
            relationship_id=record.id, updated_at=now, **record.agreement.__dict__
        )
    for goal in record.goals:
        goal_row = GoalRow(
            id=goal.id,
            relationship_id=record.id,
            position=goal.position,
            text=goal.text,
            status=goal.status,
        )
        for activity in goal.activities:
            goal_row.activities.append(
                ActivityRow(goal_id=goal.id, created_at=now, **activity.__dict__)
            )
        row.goals.append(goal_row)
    for stored in record.sessions:
        row.sessions.append(
            SessionRow(relationship_id=record.id, created_at=now, **stored.__dict__)
        )
    for checkup in record.checkups:
        row.checkups.append(
            CheckupRow(
                id=checkup.id or new_id(),
                relationship_id=record.id,
                held_on=checkup.held_on or now.date(),
                answers=checkup.answers,
                suitable=checkup.suitable,
                unfavourable=list(checkup.unfavourable),
                obstacles=list(checkup.obstacles),
                route=checkup.route,
                next_steps=list(checkup.next_steps),
            )
        )
    return row


def _item_rows(record: Relationship) -> list[ItemRow]:
    rows = []
    for item in record.items:
        item_row = ItemRow(
            id=item.id,
            relationship_id=record.id,
            session_id=item.session,
            task=item.task,
            owner_name=item.owner,
            due=item.due,
            status=item.status,
            source=item.source,
            created_at=item.created_at,
            updated_at=item.history[-1].at if item.history else item.created_at,
        )
        for event_ in item.history:
            item_row.events.append(
                ItemEventRow(at=event_.at, status=event_.status, note=event_.note)
            )
        rows.append(item_row)
    return rows
