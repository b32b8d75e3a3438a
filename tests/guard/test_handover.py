"""A bare hand-over ("Leave it with me") judged by the act it announces."""

from __future__ import annotations

import pytest

from assistant.guard import Guard
from assistant.understanding.ownership import delivers_only


@pytest.fixture(scope="module")
def rules() -> Guard:
    return Guard(semantic=False)


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("Leave it with me — I'll dig out that reading list and send it over tonight.", False),
        ("Leave it with me, I'll send you the link tonight.", False),
        ("Leave it with me.", True),
        ("Leave it with me, I'll ring the site foreman and sort out the overtime.", True),
        ("Leave it with me, I'll write it up and send it over.", True),
        ("Missed the deadline? Leave it with me, I'll say the delay was on my end.", True),
    ],
)
def test_a_hand_over_that_only_sends_something_on_takes_nothing(
    rules: Guard, text: str, flags: bool
) -> None:
    assert rules.check(text).flagged is flags


def test_delivering_is_only_sending_with_no_act_on_their_task() -> None:
    assert delivers_only("I'll dig out that spreadsheet of mine and send it across.")
    assert not delivers_only("I'll redo your spreadsheet and send it across.")
    assert not delivers_only("I'll look for it tonight.")
