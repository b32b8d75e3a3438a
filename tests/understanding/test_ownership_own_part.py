"""The speaker's own part, which takes nothing from the mentee
(assistant/understanding/ownership.py)."""

from __future__ import annotations

import pytest

from assistant.understanding.ownership import ownership


def kinds(clause: str, sentence: str | None = None, previous: str = "") -> set[str]:
    return {move.kind for move in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "sentence", "kind"),
    [
        # the speaker's own testimony about the mentee, "one" being the reference named before
        (
            "I'm glad to write one about what I saw of your work",
            "If the agency wants a reference, I'm glad to write one about what I saw of your work.",
            "takes_over",
        ),
        # notes given after the mentee sends their own draft
        (
            "I'll give you candid notes.",
            "Email it across once you've finished a draft and I'll give you candid notes.",
            "takes_over",
        ),
        # the speaker's past, told after a hedge
        (
            "not sure if this helps but when i was in ur position i just rang my manager",
            None,
            "takes_over",
        ),
        # a verdict put as a possibility
        ("it may not be for you", "It suited me; it may not be for you.", "knows_better"),
    ],
)
def test_the_speakers_own_part_takes_nothing(clause: str, sentence: str | None, kind: str) -> None:
    assert kind not in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "sentence", "kind"),
    [
        (
            "I'll write one for you tonight.",
            "Your cover letter is weak, so I'll write one for you tonight.",
            "takes_over",
        ),
        ("Publishing isn't for you, trust me.", None, "knows_better"),
    ],
)
def test_the_same_words_on_the_mentees_part_still_move(
    clause: str, sentence: str | None, kind: str
) -> None:
    assert kind in kinds(clause, sentence)
