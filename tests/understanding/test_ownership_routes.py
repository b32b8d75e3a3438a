"""The speaker named as the mentee's one way in (assistant/understanding/ownership.py)."""

from __future__ import annotations

import pytest

from assistant.understanding.ownership import ownership


def kinds(clause: str, sentence: str | None = None, previous: str = "") -> set[str]:
    return {move.kind for move in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("send every contract question to me alone", None),
        (
            "Take your worries to me instead",
            "Your colleagues mean well. Take your worries to me instead.",
        ),
        ("I'd prefer you only turned to me", None),
        ("He should only be taking direction from me this month.", None),
        ("all purchases, large or small, are checked with me before you pay", None),
        ("if he calls you about the merger, send him back to me", None),
        ("you ring me, not the night manager", None),
        # a tag question after the order asks nothing ("..., ok??")
        ("message me b4 u reply to any supplier ok??", None),
        # a step held until the speaker is asked, in quick chat's spelling
        ("dont sign anything with the caterers til u check w me", None),
        ("You don't need the other writers in that group, you've got me.", None),
    ],
)
def test_the_speaker_as_the_one_way_in(clause: str, sentence: str | None) -> None:
    assert "routes_through_me" in kinds(clause, sentence)


@pytest.mark.parametrize(
    "clause",
    [
        # released, not kept
        "You don't have to tell everything to me, only what helps you.",
        # an offer of another way
        "If the forum is slow, you could ask me instead",
        "You've got me thinking about my own schedule.",
    ],
)
def test_an_open_door_routes_no_one(clause: str) -> None:
    assert "routes_through_me" not in kinds(clause)
