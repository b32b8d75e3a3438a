"""Discourse markers: what frames a sentence without adding to it
(assistant/understanding/discourse.py)."""

from __future__ import annotations

import pytest

from assistant.understanding import syntax
from assistant.understanding.discourse import marker_only, without_markers
from assistant.understanding.syntax import participle_only


@pytest.mark.parametrize(
    "text",
    ["Okay, concretely:", "Concretely", "To be fair,", "In short", "Right, so, in short:", "Fine."],
)
def test_a_run_of_markers_says_nothing_of_its_own(text: str) -> None:
    assert marker_only(text)


@pytest.mark.parametrize(
    "text",
    ["To be a nurse", "So I could ask Sam", "Right now I am stuck", "Ask Sam", "Then the course"],
)
def test_words_that_go_on_to_say_something_are_not_markers(text: str) -> None:
    assert not marker_only(text)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("To be honest, I feel quite anxious.", "I feel quite anxious."),
        ("Honestly? I'm scared.", "I'm scared."),
        ("Okay, concretely: ask Sam.", "ask Sam."),
        ("To start my own bakery by spring.", "To start my own bakery by spring."),
        ("To start with, I'm tired.", "I'm tired."),
    ],
)
def test_the_markers_heading_a_text_come_off(text: str, rest: str) -> None:
    assert without_markers(text) == rest


@pytest.mark.skipif(not syntax.available(), reason="the English parser is not here")
@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("anonymised obviously", True),
        ("fully funded", True),
        ("get promoted", False),
        ("a course", False),
    ],
)
def test_a_participle_alone_describes(fragment: str, expected: bool) -> None:
    assert participle_only(fragment) is expected


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Let me think... I could ask Sam.", "I could ask Sam."),
        ("Hmm, let's see, a course maybe.", "Hmm, let's see, a course maybe."),  # "hmm" first
        ("Let me see: ask Sam.", "ask Sam."),
        ("Let me think about it.", "Let me think about it."),  # goes on: a deferral, not a pause
    ],
)
def test_a_pause_to_think_frames_what_follows(text: str, rest: str) -> None:
    assert without_markers(text) == rest


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Thinking about it: ask the bank.", "ask the bank."),
        ("Okay, come to think of it, I could move.", "I could move."),
        ("On reflection, stay put.", "stay put."),
    ],
)
def test_a_second_thought_frames_what_follows(text: str, rest: str) -> None:
    assert without_markers(text) == rest


def test_thinking_about_something_named_is_no_marker() -> None:
    assert not marker_only("Thinking about it more")
