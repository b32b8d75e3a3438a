"""The guard's structural readings that are not the speaker's own words about the mentee:
reassurances, questions that list options, modifiers, and a pick closed in the next sentence."""

from __future__ import annotations

import pytest

from assistant.understanding.ownership import ownership


def kinds(clause: str, previous: str = "") -> set[str]:
    return {move.kind for move in ownership(clause, clause, previous)}


@pytest.mark.parametrize(
    ("clause", "claimed"),
    [
        ("Trust me, every first job feels like this for everyone.", False),
        ("Believe me, the first winter on nights is hard on all of us.", False),
        ("Trust me, you'll regret turning it down.", True),
        ("Take it from me, your plan won't survive the first month.", True),
    ],
)
def test_a_claim_to_authority_is_a_verdict_only_when_it_is_about_the_mentee(
    clause: str, claimed: bool
) -> None:
    assert ("knows_better" in kinds(clause)) is claimed


def test_a_question_that_lists_the_options_routes_nobody_through_the_speaker() -> None:
    assert not kinds("Would you rather rehearse the talk with me first, or with your team?")
    assert "routes_through_me" in kinds("Run every draft past me before you send it.")


def test_a_participle_after_a_possessive_is_no_act_of_the_speaker() -> None:
    assert not kinds("I have to say, your spoken French has come on a lot.")
    assert "takes_over" in kinds("I've rewritten your cover letter.")


@pytest.mark.parametrize(
    ("closer", "previous", "closed"),
    [
        ("That's the decision.", "You're taking the Glasgow job.", True),
        ("No more discussion.", "Drop the evening class and keep the Saturday shifts.", True),
        ("I've decided it isn't going ahead.", "Write to the club and pull out of the tour.", True),
        ("Not this year.", "You're applying next year.", True),
        ("No more discussion.", "Would you like to drop the evening class?", False),
        ("That's the decision.", "Let's meet on Thursday.", False),
    ],
)
def test_a_pick_closed_in_the_next_sentence(closer: str, previous: str, closed: bool) -> None:
    assert ("future_as_fact" in kinds(closer, previous)) is closed


def test_the_speaker_securing_what_was_just_said_of_the_mentee() -> None:
    assert "ensures_outcome" in kinds(
        "I'll make certain of that.", "The panel will fund your trip."
    )
    assert not kinds("I'll make certain of that.", "Maybe the panel will fund your trip?")
