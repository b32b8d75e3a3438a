"""An option ruled out or judged is not offered; a cost or a dislike beside one leaves it."""

from __future__ import annotations

import pytest

from assistant.grow.options import extract_options
from assistant.grow.verdicts import judges, without_withdrawn


@pytest.mark.parametrize(
    "clause",
    [
        "Selling the flat is out, the market's awful.",
        "A second mortgage is off the table",
        "Going back to agency work is not happening, I promise you.",
        "Night shifts are a non-starter for me.",
        "The gym's dead, forget it.",
        "I'd rather not ask my dad for money.",
        "I don't want to move schools again",
        "I do not think a sabbatical is realistic this year.",
        "I don't think the bank would work.",
        "Hiring a cleaner feels like giving up.",
        "Asking for a transfer doesn't appeal.",
    ],
)
def test_a_verdict_offers_nothing(clause: str) -> None:
    assert judges(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "I could ask my manager for a secondment",
        "Going part-time could work",
        "a night class, but it's expensive",
        "The out-of-hours clinic",
        "Take the dog out in the evenings",
        "maybe write it all out first",
        "I think the evening course is the best",
    ],
)
def test_an_offer_is_no_verdict(clause: str) -> None:
    assert not judges(clause)


def test_a_verdict_sentence_after_the_options_adds_none() -> None:
    options = extract_options(
        "I could rent a van, borrow my brother's car or take the train. Flying is out, too dear."
    )
    assert [o.lower() for o in options] == [
        "rent a van",
        "borrow my brother's car",
        "take the train",
    ]


def test_an_option_said_with_its_own_verdict_is_taken_back() -> None:
    said = "ask the council, or move out but that's not really an option with the kids"
    assert without_withdrawn(said) == "ask the council"
    assert "move" not in " ".join(extract_options(said)).lower()


def test_a_cost_or_a_dislike_leaves_the_option_on_the_table() -> None:
    options = [o.lower() for o in extract_options("a coach, or a retreat but that's pricey")]
    assert any("retreat" in o for o in options), options


def test_a_marker_before_a_dash_opens_no_remark() -> None:
    options = extract_options(
        "Right — I could cut my hours, I could take the course online, or I could ask for help."
    )
    assert len(options) == 3, options


@pytest.mark.parametrize(
    "clause",
    [
        "tbh the gym thing, nobody would turn up",
        "That second idea, my boss would never sign it off.",
    ],
)
def test_an_option_pointed_at_again_with_a_remark_is_judged(clause: str) -> None:
    assert judges(clause)


@pytest.mark.parametrize("clause", ["the cheaper one, maybe", "That one, or a loan"])
def test_an_option_pointed_at_without_a_remark_is_not_judged(clause: str) -> None:
    assert not judges(clause)


def test_what_the_options_after_it_are_for_is_not_one() -> None:
    options = extract_options(
        "I could hire a van or ask my uncle. For the furniture, I could sell it or store it."
    )
    assert not any(o.lower().startswith("for ") for o in options), options
    assert len(options) == 4, options


def test_who_a_person_is_between_commas_leaves_what_is_asked_of_them() -> None:
    options = extract_options(
        "I could ask Priya, who's run the clinic for years, whether I can shadow her, "
        "or I could book the course."
    )
    assert [o.lower() for o in options] == [
        "ask priya whether i can shadow her",
        "book the course",
    ], options


def test_who_a_person_is_before_the_next_option_still_goes() -> None:
    options = extract_options("ask Jo, who runs the bakery, or take a course")
    assert [o.lower() for o in options] == ["ask jo", "take a course"], options
