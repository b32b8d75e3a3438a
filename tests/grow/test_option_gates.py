"""Questions that build on options wait for one: a request to decide or an unsure answer before
any option asks for the mentee's first ideas."""

from __future__ import annotations

from coaching import say

from assistant.grow import GrowCoach, GrowTurn


def _to_options(coach: GrowCoach) -> GrowTurn:
    turn = say(coach, coach.start(), "I want to run a half marathon by September.")
    while turn.stage != "options":
        turn = coach.advance(turn.session)
    return turn


def test_a_request_to_decide_before_any_option_asks_for_the_mentees_ideas(
    coach: GrowCoach,
) -> None:
    turn = say(coach, _to_options(coach), "Honestly, you pick. What would you do?")
    assert turn.move == "hand_back"
    assert turn.question_id == "options-hand-back-ideas"
    assert "would you choose" not in turn.question.lower()


def test_a_request_to_decide_after_options_hands_the_choice_back(coach: GrowCoach) -> None:
    turn = say(coach, _to_options(coach), "I could join a running club or follow an app plan.")
    turn = say(coach, turn, "Honestly, you pick. What would you do?")
    assert turn.move == "hand_back"
    assert turn.question_id != "options-hand-back-ideas"


def test_unsure_before_any_option_asks_for_a_first_idea(coach: GrowCoach) -> None:
    turn = say(coach, _to_options(coach), "no idea")
    assert "more" not in turn.question.lower() and "else" not in turn.question.lower()
