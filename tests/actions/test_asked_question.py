"""A question, then someone who will ask a person about it: the question is what they ask."""

from __future__ import annotations

from datetime import date

from assistant.actions import extract_action_items

TODAY = date(2026, 9, 1)


def tasks(notes: str) -> list[str]:
    items = extract_action_items(notes, today=TODAY, mentee="Ravi", mentor="Lin")
    return [i.task for i in items]


def test_the_question_before_becomes_what_is_asked() -> None:
    notes = "## Questions\n- Could Ravi join the field trip? Lin will ask the course lead.\n"
    assert tasks(notes) == ["Ask the course lead whether Ravi could join the field trip"]


def test_an_ask_with_its_own_object_is_left_as_said() -> None:
    notes = "## Questions\n- Could Ravi join the trip? Lin will ask the lead about the budget.\n"
    assert tasks(notes) == ["Ask the lead about the budget"]


def test_a_question_with_do_is_not_reworded() -> None:
    notes = "## Questions\n- Does Ravi need a visa? Lin will ask the office.\n"
    assert tasks(notes) == ["Ask the office"]
