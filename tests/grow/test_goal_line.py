"""The summary's goal line reads as one goal: hedges dropped, a fragment that sharpens it joined
in lower case after a comma, a sentence of its own kept as a sentence (never a dash)."""

from __future__ import annotations

from coaching import say

from assistant.grow import GrowCoach
from assistant.grow.goal_line import goal_line, without_hedges


def test_hedges_that_only_soften_are_dropped() -> None:
    calmer = "I want to be calmer in exams"
    assert without_hedges(f"{calmer}, I guess.") == calmer
    assert without_hedges("I suppose I'd like to run a 10k") == "I'd like to run a 10k"
    assert without_hedges("I want to kind of lead the team") == "I want to lead the team"


def test_a_kind_of_thing_is_no_hedge() -> None:
    assert without_hedges("I want a different kind of role") == "I want a different kind of role"


def test_a_time_fragment_is_joined_in_lower_case() -> None:
    line = goal_line(["I want to sing in the choir, I think", "Before the summer concert."])
    assert line == "I want to sing in the choir, before the summer concert"
    assert "—" not in line


def test_a_sentence_of_its_own_stays_a_sentence() -> None:
    line = goal_line(["I want to run a half marathon by May", "I need to finish under two hours."])
    assert line == "I want to run a half marathon by May. I need to finish under two hours"


def test_the_summary_goal_joins_the_time_the_mentee_added(coach: GrowCoach) -> None:
    turn = coach.start("new job")
    turn = say(coach, turn, "I want to feel settled in the new team, I guess.")
    turn = say(coach, turn, "Before my probation review on March 3rd.")
    goal = coach.summary(turn.session).goal
    assert goal == "I want to feel settled in the new team, before my probation review on March 3rd"
