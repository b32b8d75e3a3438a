"""Being overwhelmed in the goal stage is no goal to put a date on: acknowledged, not dated."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow import GrowCoach, hear

TODAY = date(2026, 12, 2)  # a Wednesday


@pytest.mark.parametrize(
    "answer",
    [
        "dunno, things are just a lot right now",
        "Honestly? Everything is too much at the moment.",
        "nothing really. it's all so much lately",
    ],
)
def test_being_overwhelmed_in_the_goal_stage_is_no_goal(coach: GrowCoach, answer: str) -> None:
    heard = hear(answer, "goal", TODAY)
    assert heard.goal is None
    turn = coach.start("my thesis")
    turn = coach.answer(turn.session, answer)
    assert turn.move in ("acknowledge", "probe")
    # not "By when would you like to have reached this goal?": there is no goal to date yet
    assert not (turn.question or "").lower().startswith("by when")


def test_a_goal_beside_a_lot_of_work_is_still_a_goal() -> None:
    heard = hear("It's a lot of work, but I want to submit the thesis by May.", "goal", TODAY)
    assert heard.goal is not None
