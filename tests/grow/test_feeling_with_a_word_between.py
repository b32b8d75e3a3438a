"""A feeling said with a word between "I" and "feel" ("i just feel so alone"), or as being worn
out, is a feeling: in the Goal stage, with no goal said, it is acknowledged."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow import hear

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    "answer",
    [
        "honestly i just feel so alone since the divorce, evenings are the worst",
        "I really feel invisible at work these days.",
        "I've run the choir for ten years and, frankly, I am worn out.",
    ],
)
def test_a_feeling_with_a_word_between_is_heard(answer: str) -> None:
    heard = hear(answer, "goal", TODAY)
    assert heard.has("feeling") and not heard.has("goal"), heard.describe()


def test_a_goal_is_not_taken_for_a_feeling() -> None:
    heard = hear("I want to run the choir's spring concert by May.", "goal", TODAY)
    assert heard.has("goal") and not heard.has("feeling"), heard.describe()
