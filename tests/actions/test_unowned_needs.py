"""A step the notes say someone must take, with no one named: an item nobody owns yet."""

from __future__ import annotations

from datetime import date

from assistant.actions import extract_action_items

TODAY = date(2026, 2, 2)


def test_someone_needs_to_is_an_unassigned_item() -> None:
    notes = "Garden club\nPresent: Ida, Rolf, Mina\n\nSomebody needs to water the seedlings.\n"
    items = extract_action_items(notes, today=TODAY)
    assert [(i.task, i.owner) for i in items] == [("Water the seedlings", None)]


def test_someone_should_keeps_its_deadline() -> None:
    notes = "# Sync\n\n## Notes\n- Someone should book the hall by Friday.\n"
    items = extract_action_items(notes, today=TODAY, author=None)
    assert [(i.task, i.owner, i.due) for i in items] == [("Book the hall", None, date(2026, 2, 6))]


def test_someone_with_no_verb_after_it_is_no_item() -> None:
    notes = "# Sync\n\n- Someone should probably be happier about the results.\n"
    assert extract_action_items(notes, today=TODAY, author=None) == []
