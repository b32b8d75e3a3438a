"""The notes' first line, written as a title, names the notes: it is never an item."""

from __future__ import annotations

from datetime import date

from assistant.actions import extract_action_items

TODAY = date(2026, 6, 1)


def test_a_title_opening_on_a_verb_is_not_a_task() -> None:
    notes = (
        "Review Board — Quarterly Session\nDate: 2026-06-01\n\nMarta will circulate the agenda.\n"
    )
    items = extract_action_items(notes, today=TODAY)
    assert [(i.task, i.owner) for i in items] == [("Circulate the agenda", "Marta")]


def test_a_sentence_on_the_first_line_is_still_read() -> None:
    notes = "Marta will circulate the agenda.\n\nOther notes follow here.\n"
    items = extract_action_items(notes, today=TODAY, author=None)
    assert [(i.task, i.owner) for i in items] == [("Circulate the agenda", "Marta")]


def test_a_titled_line_further_down_is_not_taken_for_the_title() -> None:
    notes = "# Sync\n\n## Actions\n- Draft Release Notes\n"
    items = extract_action_items(notes, today=TODAY, author=None)
    assert [i.task for i in items] == ["Draft Release Notes"]
