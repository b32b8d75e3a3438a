"""A mentee's words inside the coach's questions and summary: a topic or goal phrase that reads
badly inside a question, a filler in the way forward, "me" in someone else's step."""

from __future__ import annotations

from datetime import date

import pytest
from coaching import at_will, say

from assistant.grow import GrowCoach
from assistant.grow.wording import as_said_of_the_mentee, normalise_phrase

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a choice still open reads as deciding it
        ("whether to go back to nursing", "deciding whether to go back to nursing"),
        ("Whether I should sell the flat", "deciding whether you should sell the flat"),
        # a wish of someone else: getting them to do it
        (
            "I'd like my director to trust me with the budget",
            "getting your director to trust you with the budget",
        ),
        (
            "I want the board to see which grants I won",
            "getting the board to see which grants you won",
        ),
        # the speaker's own aim is unchanged
        ("I want to lead the design team", "leading the design team"),
    ],
)
def test_a_phrase_reads_inside_a_question(text: str, phrase: str) -> None:
    assert normalise_phrase(text, TODAY) == phrase


def test_a_wish_of_someone_else_never_loses_what_they_are_to_do() -> None:
    phrase = normalise_phrase(
        "I want my lead to know which of the launch fixes were mine, ahead of my appraisal in May",
        TODAY,
        goal=True,
    )
    assert phrase is None or phrase.startswith("getting your lead to know which")


def test_the_way_forward_leaves_out_answers_that_only_acknowledge(coach: GrowCoach) -> None:
    turn = at_will(coach, "I want to run a half marathon by September.")
    summary = coach.summary(
        say(coach, turn, "Sure. I'll sign up for the club run on Saturday.").session
    )
    assert summary.will == "I'll sign up for the club run on Saturday."


def test_another_persons_step_names_the_mentee_for_the_reader() -> None:
    assert as_said_of_the_mentee("send me my notes") == "send the mentee the mentee's notes"
    assert as_said_of_the_mentee("book the meeting room") == "book the meeting room"


def test_working_out_what_to_do_is_no_specific_goal(coach: GrowCoach) -> None:
    turn = say(coach, coach.start(), "Mostly to work out what to do next, I suppose.")
    assert turn.heard is not None and "not yet specific" in turn.heard["summary"]
    turn = say(coach, coach.start(), "I want to work out what I want from my career.")
    assert turn.heard is not None and "not yet specific" in turn.heard["summary"]
