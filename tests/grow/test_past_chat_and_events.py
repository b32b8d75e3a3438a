"""A time told of the past is no goal's time frame; chat put to the mentor is off topic, whatever
the rules read in it; a step set by an event has its time."""

from __future__ import annotations

import pytest
from coaching import TODAY, say

from assistant.grow import GrowCoach, hear


@pytest.mark.parametrize(
    ("answer", "timeframe"),
    [
        # what happened, beside the wish: the wish's time is the frame
        (
            "I lost my job in March. I want to be back in work, in sales ideally, by the summer.",
            "by the summer",
        ),
        (
            "Since her stroke in August I've done all the driving. What I want is a rota with "
            "my sisters, agreed by Christmas.",
            "by Christmas",
        ),
        # only a past time: no frame yet
        (
            "I've meant to do this for years, ever since my GP raised it back in the spring, and "
            "I just want to be fitter really.",
            None,
        ),
        # going back is no past
        ("Have part-time hours agreed before I go back in April.", "in April"),
    ],
)
def test_a_time_told_of_the_past_is_no_time_frame(answer: str, timeframe: str | None) -> None:
    heard = hear(answer, "goal", TODAY)
    assert heard.goal is not None
    assert heard.goal.timeframe == timeframe


def test_a_goal_with_only_a_past_time_is_asked_for_a_time_frame(coach: GrowCoach) -> None:
    turn = coach.start("getting fitter")
    turn = say(
        coach,
        turn,
        "Ever since the nurse weighed me back in the autumn I've been thinking about it, and I "
        "just want to be able to run for the bus without wheezing.",
    )
    assert (turn.stage, turn.move) == ("goal", "probe")


@pytest.mark.parametrize(
    ("answer", "stage"),
    [
        ("Before we start, did your team win on Saturday? You said you'd be there.", "goal"),
        ("Oh, by the way, have you tried the new café downstairs? I keep meaning to.", "options"),
        (
            "Before we carry on, do you happen to know if the library opens on Sundays? I'd "
            "like to work there.",
            "options",
        ),
        (
            "Random, but do you know a good dentist near the station? My tooth is killing me.",
            "will",
        ),
    ],
)
def test_chat_put_to_the_mentor_is_off_topic(answer: str, stage: str) -> None:
    heard = hear(answer, stage, TODAY)
    assert heard.acts == ("off_topic",), heard.describe()
    assert not heard.options and not heard.commitments and heard.goal is None


@pytest.mark.parametrize(
    ("answer", "stage", "act"),
    [
        # a description led by a question to the mentor, with no cue of chat: still the situation
        (
            "Do you know what I mean? My lead keeps moving the deadline and I can't plan.",
            "reality",
            "situation",
        ),
        # chat, then the stage's business said in full
        (
            "By the way, did you see the match? Anyway, I could ask Jo for help, or take the "
            "evening course, or move my hours.",
            "options",
            "options",
        ),
    ],
)
def test_what_is_more_than_chat_is_still_heard(answer: str, stage: str, act: str) -> None:
    heard = hear(answer, stage, TODAY)
    assert act in heard.acts, heard.describe()


def test_a_step_set_by_an_event_is_not_asked_by_when(coach: GrowCoach) -> None:
    turn = coach.start("moving to Lisbon")
    turn = say(coach, turn, "Live and work in Lisbon by next September.")
    turn = say(coach, turn, "I have a remote job offer but no visa yet and no flat.")
    turn = say(
        coach, turn, "I could apply for the digital nomad visa, or ask my employer to sponsor."
    )
    turn = say(
        coach,
        turn,
        "I'll book the visa appointment by Friday. We'll choose the neighbourhood once the "
        "visa is through.",
    )
    assert turn.done and turn.move == "advance"


def test_an_undated_step_beside_a_dated_one_is_still_asked_by_when(coach: GrowCoach) -> None:
    turn = coach.start("moving to Lisbon")
    turn = say(coach, turn, "Live and work in Lisbon by next September.")
    turn = say(coach, turn, "I have a remote job offer but no visa yet and no flat.")
    turn = say(
        coach, turn, "I could apply for the digital nomad visa, or ask my employer to sponsor."
    )
    turn = say(coach, turn, "I'll book the visa appointment by Friday and look at flats.")
    assert (turn.stage, turn.move) == ("will", "probe")
