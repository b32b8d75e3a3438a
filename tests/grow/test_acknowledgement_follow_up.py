"""A feeling acknowledged in Options is followed by a question that fits the stage: which
options feel manageable only once there are some, else what options the mentee can see."""

from __future__ import annotations

from coaching import say

from assistant.grow import GrowCoach


def test_a_feeling_before_any_option_asks_for_options_not_a_pick(coach: GrowCoach) -> None:
    turn = coach.start("moving house")
    turn = say(coach, turn, "I want to move to a flat nearer work by June")
    turn = say(coach, turn, "Right now the commute takes two hours each way.")
    assert turn.stage == "options"
    turn = say(coach, turn, "Honestly I just feel stuck and a bit ashamed.")
    assert turn.move == "acknowledge"
    assert "which options" not in turn.question.lower(), turn.question


def test_a_feeling_after_options_may_ask_which_feels_manageable(coach: GrowCoach) -> None:
    turn = coach.start("moving house")
    turn = say(coach, turn, "I want to move to a flat nearer work by June")
    turn = say(coach, turn, "Right now the commute takes two hours each way.")
    turn = say(coach, turn, "I could rent a room near the office.")
    turn = say(coach, turn, "It all makes me anxious though.")
    assert turn.move == "acknowledge"
    assert "options can you see" not in turn.question.lower(), turn.question
