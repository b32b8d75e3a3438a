"""A habit said with the day it starts is first due on its own weekday, not on the start day."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow import hear
from assistant.grow.will import commitments_to_items

TODAY = date(2026, 12, 2)  # a Wednesday


def _due(answer: str, needle: str) -> date | None:
    heard = [("will", answer, hear(answer, "will", TODAY))]
    found = [i.due for i in commitments_to_items(heard, TODAY) if needle in i.task.lower()]
    assert found, answer
    return found[0]


@pytest.mark.parametrize(
    ("answer", "needle", "due"),
    [
        # starts Monday 7th, done on Thursdays: first done Thursday 10th
        (
            "Starting Monday I'll post a progress note every Thursday.",
            "progress note",
            date(2026, 12, 10),
        ),
        ("I'll water the allotment every Saturday from tomorrow.", "allotment", date(2026, 12, 5)),
        # the start is itself the weekday: done that day
        ("From Friday I'll phone my gran every Friday.", "gran", date(2026, 12, 4)),
        # a deadline, not a start: left as said
        ("I'll set up the every Thursday reminder by Monday.", "reminder", date(2026, 12, 7)),
    ],
)
def test_a_habit_with_its_start_day_is_first_due_on_its_weekday(
    answer: str, needle: str, due: date
) -> None:
    assert _due(answer, needle) == due


def test_a_start_day_leading_the_sentence_names_no_owner() -> None:
    answer = "From Monday I'll send my manager a weekly summary every Friday."
    heard = [("will", answer, hear(answer, "will", TODAY))]
    owners = [i.owner for i in commitments_to_items(heard, TODAY)]
    assert owners == ["mentee"]
