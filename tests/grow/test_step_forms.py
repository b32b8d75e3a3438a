"""Steps said in forms new writers use: "n" for "and", a day naming a class, the date a thing
is for beside the day it is done, a question the step asks, a month named May, and a thing
judged with a time."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow import hear
from assistant.grow.will import commitments_to_items

TODAY = date(2026, 12, 2)  # a Wednesday


def items(answer: str) -> list[tuple[str, date | None]]:
    heard = [("will", answer, hear(answer, "will", TODAY))]
    return [(i.task.lower(), i.due) for i in commitments_to_items(heard, TODAY)]


@pytest.mark.parametrize("joiner", ["n", "&"])
def test_a_short_and_joins_two_steps(joiner: str) -> None:
    got = items(f"tidy the portfolio by friday {joiner} email the agency next week")
    assert [due for _, due in got] == [date(2026, 12, 4), date(2026, 12, 11)]
    assert "email the agency" in got[1][0] and "email" not in got[0][0]


def test_a_day_after_the_names_a_class_not_the_step_s_day() -> None:
    got = items("I'll enrol for the Sunday pottery course on Friday.")
    assert got == [("enrol for the sunday pottery course", date(2026, 12, 4))]


def test_the_day_a_thing_is_for_gives_way_to_the_day_it_is_done() -> None:
    got = items("Reserving the hall for 20 December tomorrow.")
    assert [due for _, due in got] == [date(2026, 12, 3)]


def test_a_would_in_what_the_step_asks_is_no_doubt_about_it() -> None:
    got = items(
        "I'll tidy the shop by Friday and ring the suppliers by the end of the month to see "
        "what discount they'd give."
    )
    assert [due for _, due in got] == [date(2026, 12, 4), date(2026, 12, 31)]


def test_a_step_doubted_with_could_is_still_none() -> None:
    assert items("Ring the suppliers to see what they'd give, could be Friday maybe.") == []


def test_a_step_dated_in_may_is_a_step() -> None:
    got = items("Booking the venue for 14 May on Friday.")
    assert [due for _, due in got] == [date(2026, 12, 4)]


@pytest.mark.parametrize(
    "answer",
    ["The choir is too much before March.", "Evening classes are not for this term."],
)
def test_a_thing_judged_with_a_time_is_no_step(answer: str) -> None:
    assert items(answer) == []
