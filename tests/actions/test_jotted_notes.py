"""Jotted one-line notes: initials as owners, a status line, a decision label."""

from __future__ import annotations

from datetime import date

from assistant.actions import ActionItem, extract_action_items

TODAY = date(2026, 3, 2)  # Monday

JOTTED = (
    "Catch-up w/ R. 02/03/26\n\n"
    "- R. to send slides to the panel by Thurs\n"
    "- R. thesis intro: ~40% done\n"
    "- decision: R. presents at the April seminar\n"
)


def extract(notes: str, mentee: str) -> list[ActionItem]:
    return extract_action_items(notes, today=TODAY, mentee=mentee, mentor="me", author="mentor")


def test_an_initial_after_the_list_marker_is_the_owner_not_a_lettered_item() -> None:
    items = extract(JOTTED, "R.")
    assert [(i.task, i.owner, i.due) for i in items] == [
        ("Send slides to the panel", "R", date(2026, 3, 5))
    ]


def test_the_mentee_given_with_or_without_a_full_stop_reads_the_same() -> None:
    with_stop = [(i.task, i.owner, i.due) for i in extract(JOTTED, "R.")]
    assert with_stop == [(i.task, i.owner, i.due) for i in extract(JOTTED, "R")]


def test_how_far_along_a_draft_is_no_item() -> None:
    assert extract("- R. methods chapter: draft 80 % complete\n", "R") == []


def test_a_decision_label_over_a_settled_fact_is_no_item_but_a_commitment_under_it_is() -> None:
    notes = "- dec: R. presents in April\n- Decision: R. will book the room\n"
    assert [(i.task, i.owner) for i in extract(notes, "R")] == [("Book the room", "R")]


def test_a_full_stop_closing_an_attendee_list_is_not_part_of_the_name() -> None:
    notes = (
        "Committee\nDate: 2026-03-02\nApologies: Greta Olsen.\n\n"
        "1. Greta is asked to call the vet.\n"
    )
    items = extract_action_items(notes)
    assert [(i.task, i.owner) for i in items] == [("Call the vet", "Greta Olsen")]
