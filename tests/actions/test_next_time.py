""" "Next time" is the next meeting when the notes date it."""

from __future__ import annotations

from datetime import date

from assistant.actions import extract_action_items

TODAY = date(2026, 7, 6)


def test_next_time_is_the_dated_next_meeting() -> None:
    notes = "- Let's go over the budget options next time.\n- Next meeting: 20 July\n"
    items = extract_action_items(notes, today=TODAY, mentee="Ali", mentor="Bea")
    assert [(i.task, i.due) for i in items] == [("Go over the budget options", date(2026, 7, 20))]


def test_next_time_without_a_dated_meeting_keeps_its_words_and_no_date() -> None:
    notes = "- Let's go over the budget options next time.\n"
    items = extract_action_items(notes, today=TODAY, mentee="Ali", mentor="Bea")
    assert [(i.task, i.due) for i in items] == [("Go over the budget options next time", None)]
