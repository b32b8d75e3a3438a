"""The speaker dealing with a person of the mentee's trouble in their place: the person named by
what they do to the mentee, the matter named as the mentee's, or the speaker's commitment
carried after a lead (assistant/understanding/ownership.py)."""

from __future__ import annotations

import pytest

from assistant.understanding.ownership import ownership


def kinds(clause: str, sentence: str | None = None, previous: str = "") -> set[str]:
    return {move.kind for move in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        # a person named by what they keep doing to the mentee, then "him" in the speaker's act
        (
            "I'll ring him myself this evening",
            None,
            "The shift lead keeps putting you on weekends.",
        ),
        # the mentee's own trouble as the matter
        ("I talked to the head brewer about the row you two had", None, ""),
        # the speaker's commitment carried after a lead of several words
        (
            "tell him youre not covering fridays anymore",
            "no stress about the gym manager, ill swing by tmrw and tell him youre not covering "
            "fridays anymore",
            "",
        ),
    ],
)
def test_their_trouble_taken_over(clause: str, sentence: str | None, previous: str) -> None:
    assert "takes_over" in kinds(clause, sentence, previous)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        # a person who dealt with the speaker, not with the mentee
        ("I'll ring him back tomorrow", None, "The caretaker kept calling me about the keys."),
        # the speaker's own talk about their own matter
        ("I talked to my manager about the budget", None, ""),
        # an invitation to the mentee, not the speaker's act
        ("tell me how the talk went", "I'll be around later and tell me how the talk went", ""),
    ],
)
def test_no_trouble_of_theirs_taken(clause: str, sentence: str | None, previous: str) -> None:
    assert "takes_over" not in kinds(clause, sentence, previous)
