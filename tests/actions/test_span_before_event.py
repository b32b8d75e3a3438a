"""A step said to come a span before the event the line above dates."""

from __future__ import annotations

from datetime import date

from assistant.actions import extract_action_items

TODAY = date(2026, 5, 4)


def test_a_span_before_the_event_named_just_above_is_dated_from_it() -> None:
    notes = (
        "5. Open day: it will take place on 30 May.\n"
        "   - Ines to print the flyers and hand them out one week before.\n"
    )
    items = extract_action_items(notes, today=TODAY, author=None)
    assert [(i.task, i.owner, i.due) for i in items] == [
        ("Print the flyers and hand them out one week before", "Ines", date(2026, 5, 23))
    ]


def test_with_no_date_above_the_span_sets_no_due_date() -> None:
    notes = "5. Open day was discussed.\n   - Ines to hand out flyers a week before.\n"
    items = extract_action_items(notes, today=TODAY, author=None)
    assert [i.due for i in items if i.owner == "Ines"] == [None]
