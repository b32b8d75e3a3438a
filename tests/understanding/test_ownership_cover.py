"""The speaker's act that hides the mentee's slip, a cover story told for them, and the speaker's
means not mistaken for the speaker's own matter (assistant/understanding/ownership.py)."""

from __future__ import annotations

import pytest

from assistant.understanding.ownership import ownership


def kinds(clause: str, sentence: str | None = None, previous: str = "") -> set[str]:
    return {move.kind for move in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        # the fallout kept off the mentee, in the same clause or a sentence of its own
        ("I've quietly redone the forms so it won't show up in your appraisal.", None, ""),
        ("It won't come back on you.", None, "So I adjusted the dates on the timesheet."),
        ("Nothing will count against you.", None, "I've amended the stock count."),
        # a cover story told to a person named in two words
        ("Told your line manager you were at the dentist", None, ""),
        # the speaker's means ("out of my own pocket") leave the act on the mentee's things
        (
            "I replied to all your supplier emails and paid the late fees out of my own pocket",
            None,
            "",
        ),
    ],
)
def test_the_mentees_slip_covered(clause: str, sentence: str | None, previous: str) -> None:
    assert "takes_over" in kinds(clause, sentence, previous)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        # the speaker's act on their own thing hides nothing
        ("Nothing will show up on your bill.", None, "I fixed my own bike last week."),
        # no act of the speaker's before
        ("It won't come back on you.", None, "The supplier admitted the error."),
        ("I'll write my own report tonight.", None, ""),
    ],
)
def test_nothing_of_the_mentees_is_covered(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert "takes_over" not in kinds(clause, sentence, previous)
