"""Moves seen across two writers' messages: a pick refused and then closed, a slip hidden by
what the speaker did, the mentee's outcome stated beside the speaker's tie to whoever decides
(assistant/understanding/ownership.py)."""

from __future__ import annotations

import pytest

from assistant.understanding.ownership import ownership


def _kinds(clause: str, sentence: str | None = None, previous: str = "") -> set[str]:
    return {m.kind for m in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("That's final.", "You're not going to the night school."),
        ("so don't bother bringing it up again.", "You're not moving to nights."),
    ],
)
def test_a_pick_refused_and_then_closed(clause: str, previous: str) -> None:
    assert "future_as_fact" in _kinds(clause, previous=previous)


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("That's final.", "The printer is broken again."),
        ("That's final.", "The rota for May is up on the board."),
    ],
)
def test_a_closing_with_no_pick_of_theirs_before_it(clause: str, previous: str) -> None:
    assert "future_as_fact" not in _kinds(clause, previous=previous)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("I've updated the log so it looks like you did the checks", None),
        (
            "I've fixed the form you got wrong and sent it in",
            "I've fixed the form you got wrong and sent it in, so nobody will see the mistake.",
        ),
    ],
)
def test_a_slip_hidden_by_the_speakers_act(clause: str, sentence: str | None) -> None:
    assert "takes_over" in _kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        ("I've spoken with the hiring manager myself.", None, "The post will be offered to you."),
        (
            "you'll get your licence no problem, the examiner's my cousin",
            None,
            "",
        ),
        ("I sit on the selection panel.", None, "You'll walk onto the programme, trust me."),
        ("I've made sure of it.", None, "You'll be on the next promotion list."),
    ],
)
def test_the_mentees_outcome_beside_the_speakers_tie(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert "ensures_outcome" in _kinds(clause, sentence, previous)


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("You'll meet my manager and the panel on Friday.", ""),
        ("I'm on the panel, so I'll recuse myself.", "You'll be interviewed in March."),
        ("I know the hiring manager.", "You might not get this one."),
    ],
)
def test_a_tie_with_no_settled_outcome_promises_nothing(clause: str, previous: str) -> None:
    assert "ensures_outcome" not in _kinds(clause, previous=previous)


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("I'll do it anyway.", "Would it help if I just rang your landlord tonight?"),
        ("It'd be easier if I did it.", "Shall I just email the assessor about your late form?"),
    ],
)
def test_an_offer_taken_back_by_doing_it_regardless(clause: str, previous: str) -> None:
    assert "takes_over" in _kinds(clause, previous=previous)


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("I'll do it anyway.", "Shall I send you my notes from today?"),
        ("I'll do it anyway.", "The room is booked for Tuesday."),
        ("I'll think about it.", "Would it help if I rang your landlord?"),
    ],
)
def test_an_offer_left_open_or_ones_own_things(clause: str, previous: str) -> None:
    assert "takes_over" not in _kinds(clause, previous=previous)
