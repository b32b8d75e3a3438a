"""Clauses the semantic layer never reads: what the speaker declines, teaches, says of their own
affairs, or a verdict on the mentee's work (no vectors, so no nearness can flag them)."""

from __future__ import annotations

import pytest

from assistant.guard import check
from assistant.guard.semantic import _own_matter, candidate
from assistant.understanding import roles
from assistant.understanding.ownership import ownership


def read(clause: str) -> bool:
    return candidate(roles(clause), clause, ownership(clause))


@pytest.mark.parametrize(
    ("clause", "read_it"),
    [
        ("I can't help with the legal side", False),
        ("I'd rather not read your essay before it's marked", False),
        ("I'm afraid I can't write the literature review for you", False),
        # holding the mentee back is not declining
        ("I can't have you talking to the press", True),
        ("I can't let you take that job", True),
        # "I wouldn't" advises the mentee, it declines nothing
        ("I wouldn't bother applying anywhere else", True),
    ],
)
def test_what_the_speaker_declines_is_not_read(clause: str, read_it: bool) -> None:
    assert read(clause) is read_it


@pytest.mark.parametrize(
    ("clause", "read_it"),
    [
        ("Let me walk you through the regression once, using your data", False),
        ("I can show you how I set up my invoicing spreadsheet", False),
        ("I can help you get ahead", True),
        ("I'll talk you up to the panel", True),
    ],
)
def test_what_the_speaker_teaches_is_not_read(clause: str, read_it: bool) -> None:
    assert read(clause) is read_it


@pytest.mark.parametrize(
    ("clause", "read_it"),
    [
        ("Your pull request description is clear", False),
        ("I don't think the essay is ready yet", False),
        ("Your application is a sure thing", True),
        ("the office job is right for you", True),
    ],
)
def test_a_verdict_on_the_mentees_work_is_not_read(clause: str, read_it: bool) -> None:
    assert read(clause) is read_it


@pytest.mark.parametrize(
    ("sentence", "before", "own"),
    [
        ("I messed up my first audit badly.", "", True),
        ("I'll email my manager tomorrow and ask about the transfer myself.", "", True),
        ("I'll ring Dana's landlord tomorrow.", "", False),
        ("I'll ring him tomorrow.", "", False),
        # nothing of the speaker's named: a terse line may still be about the mentee's things
        ("I'll write the report myself.", "", False),
        ("I'll break the news to the choir director myself.", "", False),
        ("I rang the assessor myself and explained the delay.", "Your assessor is slow.", False),
    ],
)
def test_a_sentence_naming_no_one_but_the_speaker_is_their_own_matter(
    sentence: str, before: str, own: bool
) -> None:
    assert _own_matter(sentence, before) is own


@pytest.mark.parametrize(
    "text",
    [
        "Let me walk you through the regression once, using your data, and then you run the rest.",
        "I don't think the essay is ready yet, and I'd be doing you no favours pretending.",
        "Your pull request description is clear; I'd just add a note on how you tested it.",
    ],
)
def test_feedback_and_teaching_are_healthy(text: str) -> None:
    assert not check(text).flagged


@pytest.mark.parametrize(
    "clause",
    [
        "You mentioned the bank still hasn't refunded the fee.",
        "You told me your flatmate keeps moving your things.",
    ],
)
def test_what_the_mentee_told_is_told_back_not_read(clause: str) -> None:
    assert not read(clause)


def test_what_the_mentee_told_then_set_aside_is_read() -> None:
    assert read("You mentioned the job is stressful, but honestly it's easy.")
