"""Readings that keep the speaker's view, word or feedback from counting as a change of owner
(assistant/understanding/ownership.py, roles.yaml)."""

from __future__ import annotations

import pytest

from assistant.understanding import roles
from assistant.understanding.ownership import ownership


def _kinds(clause: str, sentence: str | None = None) -> set[str]:
    return {m.kind for m in ownership(clause, sentence)}


@pytest.mark.parametrize(
    "clause",
    [
        "I think your sequencing in the Thursday class ran a bit fast.",
        "I feel the handover went well on your side.",
        "I hope it works out for you in the end.",
    ],
)
def test_a_view_with_its_own_subject_is_not_the_speakers_act(clause: str) -> None:
    assert "takes_over" not in _kinds(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "I think I'll ring your landlord myself.",
        "I think your essay is weak, so I'll rewrite your essay myself.",
    ],
)
def test_the_speakers_own_act_after_a_view_still_counts(clause: str) -> None:
    assert "takes_over" in _kinds(clause)


def test_keeping_ones_own_word_secures_no_outcome_of_theirs() -> None:
    said = "I'll make sure the minutes get to you by Friday, as I said I would."
    assert "ensures_outcome" not in _kinds(said)
    assert "ensures_outcome" in _kinds("I'll make sure you get the job.")


def test_feedback_after_work_handed_over_takes_nothing() -> None:
    sentence = "Kindly send me your reflection when ready, and I will provide written feedback."
    assert "takes_over" not in _kinds("I will provide written feedback.", sentence)
    done = "Send me your reflection, and I will rewrite the whole thing."
    assert "takes_over" in _kinds("I will rewrite the whole thing.", done)


def test_what_something_can_be_like_is_understanding_shown() -> None:
    assert "knows_better" not in _kinds("I know how isolating all of that can be.")
    assert "knows_better" in _kinds("I know how this will turn out for you.")


@pytest.mark.parametrize(
    "clause",
    [
        "I'm happy to look over your notice before you send it, if that's useful.",
        "I could ring them for you, if it would be helpful.",
        "I can send you my template if that works for you.",
    ],
)
def test_an_offer_left_to_their_use_leaves_the_choice(clause: str) -> None:
    assert roles(clause).choice_left
    assert not _kinds(clause)


def test_a_relative_clause_after_each_names_a_thing() -> None:
    said = "Repeat the steps for each project you are applying for."
    assert "future_as_fact" not in _kinds(said)
