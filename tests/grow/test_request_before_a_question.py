"""A request put before a question ("Tell me straight, is it worth it or not?") asks the mentor
something and offers no option; "or not" makes a yes-or-no question, not a second option
(assistant/grow/options.py)."""

from __future__ import annotations

import pytest

from assistant.grow.options import extract_options


@pytest.mark.parametrize(
    "answer",
    [
        "Tell me straight, is it worth the money or not? You choose.",
        "Tell me honestly, should I take the night shifts?",
        "Just tell me, is the diploma worth it?",
    ],
)
def test_a_request_leading_a_question_offers_no_option(answer: str) -> None:
    assert extract_options(answer) == []


def test_or_not_adds_no_option() -> None:
    assert extract_options("I could take the diploma or not, or find a mentor.") == [
        "Take the diploma",
        "Find a mentor",
    ]


def test_a_question_offering_options_after_the_request_keeps_them() -> None:
    assert extract_options("Tell me, could I ask Sam or take a course?") == [
        "Ask Sam",
        "Take a course",
    ]
