"""What the mentee says of their own habits is no option; a list's label is none either; what
narrows an option or describes inside it stays with it."""

from __future__ import annotations

import pytest

from assistant.grow.options import extract_options
from assistant.grow.verdicts import judges


@pytest.mark.parametrize(
    "answer",
    [
        "I always pick the wrong one. Can you choose for me?",
        "Honestly I keep changing my mind. What would you do?",
        "I never stick with anything, you decide.",
        "I keep on second-guessing myself.",
    ],
)
def test_a_habit_of_the_speakers_is_no_option(answer: str) -> None:
    assert extract_options(answer) == []


def test_keeping_a_thing_is_still_an_option() -> None:
    options = extract_options("I could sell the car, or I keep it but only for weekends.")
    assert options == ["Sell the car", "Keep it but only for weekends"]


def test_an_alternative_said_as_a_habit_to_keep_stays() -> None:
    assert extract_options("I could go part time, or I keep working full time.") == [
        "Go part time",
        "I keep working full time",
    ]


@pytest.mark.parametrize(
    "lead",
    ["Options as I see them:", "The options as I see it:", "Choices I can see:", "Ideas we have:"],
)
def test_the_label_of_a_list_is_no_option(lead: str) -> None:
    options = extract_options(f"{lead} (a) ask my tutor; (b) join the choir; (c) sing at home.")
    assert options == ["Ask my tutor", "Join the choir", "Sing at home"]


def test_but_only_narrows_the_same_option() -> None:
    options = extract_options("Maybe I sell the van, or I rent it out but only in summer.")
    assert options == ["Sell the van", "Rent it out but only in summer"]


def test_a_cost_after_but_is_still_cut() -> None:
    assert extract_options("I could take the course, but it's expensive.") == ["Take the course"]


@pytest.mark.parametrize(
    "clause",
    [
        "film every rehearsal and drop what's dead",
        "go through the stock and bin whatever is off",
        "keep the bits which are dead funny",
    ],
)
def test_a_verdict_inside_a_what_clause_judges_nothing(clause: str) -> None:
    assert not judges(clause)


def test_a_verdict_on_the_option_itself_still_judges() -> None:
    assert judges("The workshop is out, far too dear.")
    assert judges("Filming everything's dead, forget it.")


@pytest.mark.parametrize(
    "lead",
    [
        "I can see two ways.",
        "So I have a few possibilities.",
        "I've got three routes in mind:",
        "The possibilities are:",
        "Possibilities:",
        "Options, okay.",
    ],
)
def test_a_count_or_name_of_the_list_is_no_option(lead: str) -> None:
    options = extract_options(f"{lead} I could ask my tutor, or join the choir.")
    assert options == ["Ask my tutor", "Join the choir"]


def test_a_way_named_with_its_content_is_still_an_option() -> None:
    assert extract_options("One way is to ask my tutor, or I could join the choir.") == [
        "Ask my tutor",
        "Join the choir",
    ]
