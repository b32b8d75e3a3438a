"""A pick closed after it is stated: a closing tag, the talk shut off, or the mentoring itself
withdrawn if the mentee picks otherwise (assistant/understanding/ownership.py)."""

from __future__ import annotations

import pytest

from assistant.understanding.ownership import ownership


def firm_kinds(clause: str, sentence: str | None = None, previous: str = "") -> set[str]:
    return {m.kind for m in ownership(clause, sentence, previous) if m.firm}


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        # the mentoring withdrawn as the price of the other pick
        (
            "we're done working together.",
            "Either you sign with the agency or we're done working together.",
            "",
        ),
        (
            "don't bother ringing me again.",
            "If you say no to the transfer, don't bother ringing me again.",
            "",
        ),
        (
            "I stop helping you.",
            "Either you cut the side project or I stop helping you.",
            "",
        ),
        # a closing tag after the pick
        ("Final answer.", None, "You're staying in the Bristol office."),
        ("That's what's happening.", None, "You're going part-time from March."),
        ("That's the plan, no buts.", None, "On Monday you email the dean that you're leaving."),
        ("I'll hear no more about the other offer.", None, "You're joining the Leeds team."),
    ],
)
def test_a_pick_closed_leaves_no_choice(clause: str, sentence: str | None, previous: str) -> None:
    assert "future_as_fact" in firm_kinds(clause, sentence, previous)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        # the end named inside the mentee's own condition
        ("If you ever feel we're done", "If you ever feel we're done, just say so.", ""),
        # a closing tag after no pick
        ("Final answer.", None, "What's the capital of Peru?"),
        ("That's the plan, no buts.", None, "You tell great stories."),
        # a stutter is no closing tag
        ("That's-that's really big steps.", None, "You're putting the bottle away, that's huge."),
    ],
)
def test_no_pick_is_closed(clause: str, sentence: str | None, previous: str) -> None:
    assert "future_as_fact" not in firm_kinds(clause, sentence, previous)


def test_the_withdrawal_after_the_condition_in_one_clause() -> None:
    clause = "if u say no to this role dont bother texting me again"
    assert "future_as_fact" in firm_kinds(clause)
