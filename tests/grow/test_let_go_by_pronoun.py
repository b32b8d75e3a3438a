"""What was just named, let go or handed to someone else by a pronoun ("so drop that", "I'll
leave that to her") is no step of the mentee's (assistant/grow/steps.py)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow import actions_from_answer

TODAY = date(2026, 12, 1)  # a Tuesday


def _mine(text: str) -> list[str]:
    return [i.task for i in actions_from_answer(text, TODAY) if i.owner in ("mentee", "both")]


@pytest.mark.parametrize(
    "after",
    [
        "The flyers cost too much, so drop that.",
        "The open evening clashes with half term, ditch it.",
        "Our treasurer will check the figures, so I'll leave that to her.",
        "Sam will phone the council, I'll leave it up to him.",
    ],
)
def test_a_thing_let_go_or_handed_on_is_no_step(after: str) -> None:
    assert _mine(f"I'll draft the budget by Friday. {after}") == ["Draft the budget"]


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("I'll drop it off on Friday.", "Drop it off"),
        ("I'll leave it with reception on Friday.", "Leave it with reception"),
    ],
)
def test_a_thing_delivered_is_still_a_step(said: str, task: str) -> None:
    assert _mine(said) == [task]
