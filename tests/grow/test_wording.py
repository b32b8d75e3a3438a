"""The mentee's own words inside questions, normalised."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow.wording import gerund, normalise_phrase, without_acknowledgement

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I want to move into product management", "moving into product management"),
        (
            "I want to move into product management by next summer.",
            "moving into product management",
        ),
        ("I hope to open my own bakery one day.", "opening your own bakery"),
        ("Pass the B2 exam in June.", "passing the B2 exam"),
        # the words that led the time go with it
        (
            "I want to be a product manager at my company by the end of next year",
            "being a product manager at your company",
        ),
        ("public speaking", "public speaking"),
        ("so basically i want to be a team lead", "being a team lead"),
        ("What should I do?", None),
        ("it", None),
    ],
)
def test_normalise_phrase(text: str, phrase: str | None) -> None:
    assert normalise_phrase(text, TODAY) == phrase


def test_gerund() -> None:
    assert [gerund(v) for v in ("move", "get", "lie", "see", "lead", "run")] == [
        "moving",
        "getting",
        "lying",
        "seeing",
        "leading",
        "running",
    ]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # an acknowledgement or a label before the goal is not the goal
        (
            "Sure. I intend to pass the driving theory test in March.",
            "passing the driving theory test",
        ),
        (
            "Right, to be specific: run 10k without stopping by June.",
            "running 10k without stopping",
        ),
        ("ok: 20 clients on the books, up from 8", "20 clients on the books, up from 8"),
        # the wish said after how things are
        (
            "I'm shattered, but what I want is a weekly rota agreed with my sisters.",
            "a weekly rota agreed with your sisters",
        ),
        ("What I actually want is for us to have 10k saved by next summer.", "having 10k saved"),
        (
            "I'd like us to get through a meeting without shouting.",
            "getting through a meeting without shouting",
        ),
        ("I've been thinking about retraining as a midwife.", "retraining as a midwife"),
        # what follows a removed time is an aside
        ("pass the maths resit on 3 June, need 55%", "passing the maths resit"),
        # verbs joined by "and" go the same way; "be" before an -ing verb goes
        (
            "I want to move to Dublin and work as a paramedic there.",
            "moving to Dublin and working as a paramedic there",
        ),
        ("I want to be walking to work three days a week.", "walking to work three days a week"),
        ("I want to be engineering lead for payments.", "being engineering lead for payments"),
        ("submit my portfolio to the gallery", "submitting your portfolio to the gallery"),
        # a pronoun names nothing here
        ("I want to get it open by spring.", None),
        ("I want to do it without reading from my notes.", None),
        ("I want them all sold before Christmas.", None),
    ],
)
def test_the_part_that_states_the_goal_is_carried(text: str, phrase: str | None) -> None:
    assert normalise_phrase(text, TODAY) == phrase


def test_a_goal_said_as_how_things_are_is_not_carried() -> None:
    assert normalise_phrase("I'm the only one who ever gets called.", TODAY, goal=True) is None
    # a topic still is, when nothing better is known
    assert normalise_phrase("I'm the only one who ever gets called.", TODAY) is not None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Of course. I intend to sit the B2 exam in May.", "I intend to sit the B2 exam in May."),
        ("ok fair. finish the grant report by friday", "finish the grant report by friday"),
        ("Hi! Thanks. I want a new role by June.", "I want a new role by June."),
        ("Sure.", "Sure."),  # nothing after it: left as said
        # a discourse marker frames the goal: it goes, what it led stays
        ("Okay, more specific: 40 orders a month", "More specific: 40 orders a month"),
        (
            "Okay, concretely: have a solo show of my seascapes before the end of next year",
            "Have a solo show of my seascapes before the end of next year",
        ),
        ("Honestly? I want to do architecture.", "I want to do architecture."),
        ("ok clear the 2400 on my card by dec 31", "ok clear the 2400 on my card by dec 31"),
    ],
)
def test_a_summary_goal_drops_the_acknowledgement_before_it(text: str, kept: str) -> None:
    assert without_acknowledgement(text) == kept


def test_a_thing_wanted_without_to_is_got_not_made_a_verb() -> None:
    from datetime import date

    day = date(2026, 12, 1)
    assert normalise_phrase("I guess I want chapter 2 ready for my tutor.", day, goal=True) == (
        "getting chapter 2 ready for your tutor"
    )
    assert normalise_phrase("I want to move to Leeds by June", day, goal=True) == "moving to Leeds"
