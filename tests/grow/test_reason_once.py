"""The coach's reason states the goal's reading once, as the session holds it: an answer that
only adds a time to a specific goal is not called vague in the same breath as "the goal is
specific"."""

from __future__ import annotations

from coaching import say

from assistant.grow import GrowCoach


def test_a_time_frame_added_to_a_specific_goal_does_not_read_it_as_vague(
    coach: GrowCoach,
) -> None:
    turn = coach.start("writing")
    turn = say(coach, turn, "I want to submit two short stories to a magazine")
    turn = say(coach, turn, "By the end of March.")
    assert turn.stage == "reality"
    assert "not yet specific" not in turn.reason
    assert turn.reason.count("specific") == 1, turn.reason
