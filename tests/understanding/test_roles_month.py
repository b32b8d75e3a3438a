"""The month May is no modal: a clause dated in May says nothing about what might be."""

from __future__ import annotations

import pytest

from assistant.understanding import roles


@pytest.mark.parametrize(
    "clause",
    [
        "I start the evening class on 4 May.",
        "I book the hall for May 28th.",
        "I finish the draft by May.",
        "I hand it in at the end of May",
    ],
)
def test_the_month_is_no_possibility(clause: str) -> None:
    assert roles(clause).modality == "present"


@pytest.mark.parametrize("clause", ["I may go to the fair.", "You may start on Monday."])
def test_the_modal_is_still_a_possibility(clause: str) -> None:
    assert roles(clause).modality == "possibility"
