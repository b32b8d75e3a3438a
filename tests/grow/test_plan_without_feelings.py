"""The plan keeps the choice and the steps; how the mentee feels is what the coach heard."""

from __future__ import annotations

import pytest

from assistant.grow import GrowCoach
from assistant.grow.wording import without_feelings


@pytest.mark.parametrize(
    ("said", "plan"),
    [
        (
            "The second option looks best, but I'm nervous about it.",
            "The second option looks best.",
        ),
        ("Moving teams seems right. Honestly I'm terrified.", "Moving teams seems right."),
        ("I'm worried, but I'll ask Priya on Friday.", "I'll ask Priya on Friday."),
        (
            "I feel I should ring the landlord by Monday.",
            "I feel I should ring the landlord by Monday.",
        ),
        ("I'm so anxious about all of it.", ""),
    ],
)
def test_the_plan_leaves_out_how_the_mentee_feels(said: str, plan: str) -> None:
    assert without_feelings(said) == plan


def test_the_summary_way_forward_has_the_choice_and_step_not_the_fear(coach: GrowCoach) -> None:
    turn = coach.start("changing careers")
    for answer in (
        "I want to move into product design by next summer.",
        "I teach maths full time and do design courses at night.",
        "I could take a bootcamp, or build a portfolio on my own.",
    ):
        if turn.stage != "will":
            turn = coach.answer(turn.session, answer)
    while turn.stage != "will":
        turn = coach.advance(turn.session)
    turn = coach.answer(
        turn.session, "The portfolio one seems best but I'm scared I'm not good enough."
    )
    coach.answer(turn.session, "OK. I'll finish one case study by Sunday.")
    will = coach.summary(turn.session).will
    assert "portfolio one seems best" in will
    assert "case study" in will
    assert "scared" not in will
    assert "OK." not in will
