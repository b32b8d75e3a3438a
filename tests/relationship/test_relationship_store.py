"""The relationship store: one transaction per change, history kept, deletes leave nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.actions import ActionItem
from assistant.errors import UsageError
from assistant.relationship.store import RelationshipNotFoundError, RelationshipStore

NOTES = "We talked about the stretch assignment.\nSam will draft the proposal by Friday."


@pytest.fixture
def store(home: Path) -> RelationshipStore:
    return RelationshipStore(home)


def test_the_file_lives_in_the_data_directory_in_wal_mode(store: RelationshipStore, home: Path):
    assert store.path == home / "relationships.db"
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_create_list_and_get(store: RelationshipStore) -> None:
    record = store.create(
        " Priya ", "Sam", goals=["Lead a team", "Present to leadership"], roles=["Guide", "ally"]
    )
    assert (record.mentor, record.mentee, record.status) == ("Priya", "Sam", "active")
    assert record.roles == ("guide", "ally")
    assert record.goal_texts == ("Lead a team", "Present to leadership")
    assert [r.id for r in store.list()] == [record.id]
    assert store.get(record.id) == record


def test_top_three_goals_and_known_roles_only(store: RelationshipStore) -> None:
    with pytest.raises(UsageError, match="top 3"):
        store.create("Priya", "Sam", goals=["a b", "c d", "e f", "g h"])
    with pytest.raises(UsageError, match="Unknown mentor role 'savior'"):
        store.create("Priya", "Sam", roles=["savior"])
    record = store.create("Priya", "Sam", goals=["a b", "c d", "e f"])
    with pytest.raises(UsageError, match="already has 3 open goals"):
        store.add_goal(record.id, "one more")
    store.set_goal_status(record.id, "2", "achieved")
    assert store.add_goal(record.id, "one more").goal_texts == ("a b", "e f", "one more")


def test_unknown_ids_name_the_fix(store: RelationshipStore) -> None:
    with pytest.raises(RelationshipNotFoundError, match="mentor-assist relationship list"):
        store.get("nope")
    record = store.create("Priya", "Sam")
    with pytest.raises(RelationshipNotFoundError, match="mentor-assist action list"):
        store.set_item_status(record.id, "nope", "done")


def test_session_items_keep_status_and_history(store: RelationshipStore) -> None:
    record = store.create("Priya", "Sam")
    session, items = store.add_session(
        record.id,
        held_on=date(2026, 11, 21),
        stage="first-meeting",
        notes=NOTES,
        items=[
            ActionItem("Draft the proposal", "Sam", date(2026, 11, 27)),
            ActionItem("Share the checklist", "Priya", None),
        ],
    )
    assert [i.status for i in items] == ["open", "open"]
    assert all(i.session == session.id for i in items)
    done = store.set_item_status(record.id, items[0].id, "done", note="sent on Thursday")
    assert [(e.status, e.note) for e in done.history] == [
        ("open", "from notes"),
        ("done", "sent on Thursday"),
    ]
    assert store.set_item_status(record.id, items[0].id, "done").history == done.history
    assert [i.id for i in store.open_items(record.id)] == [items[1].id]
    assert not store.get(record.id).items[1].overdue(date(2030, 1, 1))  # no due date
    assert store.get(record.id).items[0].overdue(date(2030, 1, 1)) is False  # done
    with pytest.raises(UsageError, match="Unknown status"):
        store.set_item_status(record.id, items[1].id, "finished")


def test_a_failed_write_stores_nothing(store: RelationshipStore) -> None:
    record = store.create("Priya", "Sam")
    before = store.counts()
    items = [ActionItem("Draft the proposal", "Sam", None), ActionItem("   ", "Sam", None)]
    with pytest.raises(UsageError, match="task is empty"):
        store.add_session(
            record.id, held_on=date(2026, 11, 21), stage="regular", notes=NOTES, items=items
        )
    assert store.counts() == before


def test_agreement_and_plan(store: RelationshipStore) -> None:
    record = store.create("Priya", "Sam", goals=["Lead a team"])
    updated = store.update_agreement(
        record.id, meeting_place="The cafe", no_fault_termination=True, frequency=None
    )
    assert updated.agreement is not None
    assert updated.agreement.meeting_place == "The cafe"
    assert updated.agreement.no_fault_termination is True
    assert updated.agreement.frequency is None
    plan = store.add_activity(
        record.id, "1", kind="others", text="Shadow a team lead", target_date=date(2027, 1, 15)
    )
    activity = plan.goals[0].activities[0]
    assert (activity.kind, activity.status) == ("others", "planned")
    done = store.set_activity_status(record.id, activity.id, "done")
    assert done.goals[0].activities[0].status == "done"
    with pytest.raises(UsageError, match="Unknown activity type"):
        store.add_activity(record.id, "1", kind="reading", text="Read a book")
    with pytest.raises(RelationshipNotFoundError, match="No goal '7'"):
        store.add_activity(record.id, "7", kind="doing", text="Write a memo")


def test_notes_are_searchable_and_delete_removes_everything(
    store: RelationshipStore, home: Path
) -> None:
    keep = store.create("Ana", "Lee")
    store.add_session(keep.id, held_on=date(2026, 11, 1), stage="regular", notes="budget talk")
    record = store.create("Priya", "Sam", goals=["Lead a team"])
    secret = "Zanzibarian merger rumours"
    store.add_session(
        record.id,
        held_on=date(2026, 11, 21),
        stage="regular",
        notes=f"Sam mentioned the {secret}.",
        items=[ActionItem("Draft the proposal", "Sam", None)],
    )
    assert [snippet for _, snippet in store.search_notes(record.id, "zanzibarian")] == [
        f"Sam mentioned the [{secret.split()[0]}] merger rumours."
    ]
    assert store.search_notes(keep.id, "zanzibarian") == []
    report = store.delete(record.id)
    assert (report.sessions, report.action_items, report.indexed_notes) == (1, 1, 1)
    counts = store.counts()
    assert counts["relationships"] == 1 and counts["sessions"] == 1
    assert counts["action_items"] == 0 and counts["action_item_events"] == 0
    assert counts["notes_index"] == 1 and counts["plan_goals"] == 0
    with pytest.raises(RelationshipNotFoundError):
        store.get(record.id)
    # Vacuumed, with the log folded in: the words are gone from every file on disk.
    for path in home.iterdir():
        if path.is_file():
            assert b"Zanzibarian" not in path.read_bytes(), path.name
    assert store.search_notes(keep.id, "budget")
