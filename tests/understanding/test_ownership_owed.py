"""A thing the speaker owes the mentee, fetched and sent on, promises no outcome and takes
nothing over (assistant/understanding/ownership.py)."""

from __future__ import annotations

import pytest

from assistant.understanding.ownership import delivers_only, ownership


def test_a_thing_promised_before_is_owed_not_an_outcome() -> None:
    moves = ownership("I'll find the checklist I promised you and email it tonight.")
    assert "ensures_outcome" not in {m.kind for m in moves}


def test_an_outcome_promised_is_still_one() -> None:
    assert "ensures_outcome" in {m.kind for m in ownership("I promise you'll get the job.")}


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("I'll find the checklist I promised you and email it tonight.", True),
        ("I'll dig out my old slides and send them over tomorrow.", True),
        # the step before the sending takes the mentee's task over
        ("I'll rewrite your cover letter and email it tonight.", False),
        ("I'll ring the site foreman and email it tonight.", False),
    ],
)
def test_fetched_and_sent_on(text: str, only: bool) -> None:
    assert delivers_only(text) is only
