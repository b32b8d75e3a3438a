"""A goal answer that opens by pointing back at the goal already said ("its on 2 May so pass it
then") adds its time to that goal rather than replacing it."""

from __future__ import annotations

from coaching import say

from assistant.grow import GrowCoach


def test_an_answer_pointing_back_keeps_the_goal_it_points_at(coach: GrowCoach) -> None:
    turn = coach.start("exams")
    turn = say(coach, turn, "pass my driving theory test")
    turn = say(coach, turn, "its on 14 january so pass it then, need 43 out of 50")
    goal = coach.summary(turn.session).goal.lower()
    assert "driving theory test" in goal and "14 january" in goal, goal


def test_a_whole_goal_said_again_still_replaces_the_first_try(coach: GrowCoach) -> None:
    turn = coach.start("exams")
    turn = say(coach, turn, "do better at school")
    turn = say(coach, turn, "I want to pass my maths GCSE with a grade 6 by June")
    goal = coach.summary(turn.session).goal.lower()
    assert goal.startswith("i want to pass my maths gcse"), goal


def test_a_goal_naming_the_first_try_by_its_noun_alone_keeps_the_try(coach: GrowCoach) -> None:
    turn = coach.start("career")
    turn = say(coach, turn, "I want to join a community orchestra.")
    turn = say(coach, turn, "I'd love to be playing in an orchestra by the spring concert in May.")
    goal = coach.summary(turn.session).goal.lower()
    assert "community orchestra" in goal and "spring concert" in goal, goal


def test_names_it_shorter_needs_the_same_noun_without_its_word() -> None:
    from assistant.grow.rules import names_it_shorter

    assert names_it_shorter("find a remote job", "have a job by June")
    assert not names_it_shorter("find a remote job", "have a remote job by June")
    assert not names_it_shorter("do better at school", "pass my maths exam by June")
