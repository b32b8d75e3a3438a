"""The relationship as context: sessions take in GROW summaries and reflections, reflections use
the record's notes, and deleting a relationship removes the GROW sessions it took in."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.errors import SessionNotFoundError
from assistant.service import Assistant

NOTES = "We discussed the reorganisation.\n- Sam will draft the proposal outline by Friday\n"


def test_a_session_takes_in_a_grow_summary_and_reflections(assistant: Assistant) -> None:
    record = assistant.relationships.create("Priya", "Sam")
    turn = assistant.grow_start("presenting to leadership").result
    assistant.grow_answer(turn.session, "I want to present the quarterly plan by March")
    recorded = assistant.record_session(
        record.id, NOTES, today=date(2026, 11, 20), grow_session=turn.session, reflect=True
    )
    data = recorded.to_dict()
    assert data["grow_summary"]["session"] == turn.session
    assert "quarterly plan" in data["grow_summary"]["goal"]
    assert data["reflection"]["prompts"]
    assert data["action_items"][0]["task"] == "Draft the proposal outline"
    assert data["action_items"][0]["due"] == "2026-11-27"
    stored = assistant.relationships.get(record.id).sessions[0]
    assert stored.grow_summary == data["grow_summary"]

    # Deleting the relationship removes the GROW session it took in, and nothing else.
    other = assistant.grow_start("another topic").result
    from assistant.relationship.workflow import delete_relationship

    report = delete_relationship(assistant, record.id)
    assert report["grow_sessions"] == 1
    with pytest.raises(SessionNotFoundError):
        assistant.grow_summary(turn.session)
    assert assistant.grow_summary(other.session).result.session == other.session


def test_reflections_are_tailored_to_the_record(assistant: Assistant) -> None:
    record = assistant.relationships.create("Priya", "Sam")
    assistant.record_session(record.id, NOTES, today=date(2026, 11, 20))
    assistant.record_session(
        record.id, "- I'm worried about the budget review\n", today=date(2026, 12, 4)
    )
    session = " ".join(assistant.reflect("session", relationship=record.id).result.prompts)
    assert "budget review" in session and "proposal outline" not in session
    closing = " ".join(assistant.reflect("closing", relationship=record.id).result.prompts)
    assert "budget review" in closing and "proposal outline" in closing


def test_open_items_feed_the_agenda_with_overdue_ones_called_out(assistant: Assistant) -> None:
    record = assistant.relationships.create("Priya", "Sam", goals=["Lead a team"])
    assistant.record_session(record.id, NOTES, today=date(2026, 11, 20))
    early = assistant.agenda("regular", 45, relationship=record.id, today=date(2026, 11, 25))
    late = assistant.agenda("regular", 45, relationship=record.id, today=date(2026, 11, 30))
    review = {a.items[1].topic for a in (early.result, late.result)}
    assert review == {"Review open action items"}
    assert early.result.items[1].prompts[0].startswith("Draft the proposal outline (Sam, due")
    assert late.result.items[1].prompts[0].startswith("Overdue: Draft the proposal outline")


def test_the_record_starts_afresh_after_the_data_directory_is_emptied(
    assistant: Assistant,
) -> None:
    record = assistant.relationships.create("Priya", "Sam")
    path = assistant.relationships.path
    assert path.parent == assistant.settings.home
    # What erasing all data does: every file in the data directory but the lock files goes.
    for entry in path.parent.iterdir():
        if entry.is_file() and not entry.name.endswith(".lock"):
            entry.unlink()
    assert not path.exists()
    assert assistant.relationships.list() == []
    assert not assistant.relationships.exists(record.id)
    again = assistant.relationships.create("Ana", "Lee")
    assert [r.id for r in assistant.relationships.list()] == [again.id]
