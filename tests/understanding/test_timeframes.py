"""Time phrases in spoken answers: due dates where one day is meant, time frames otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.understanding.timeframes import find_time, resolve_date

TODAY = date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("ask Leo for feedback by the 15th", date(2026, 12, 15)),
        ("on the 1st", date(2026, 12, 1)),
        ("by the 1st", date(2026, 12, 1)),
        ("before the end of the year", date(2026, 12, 31)),
        ("in the next two weeks", date(2026, 12, 15)),
        ("by Friday", date(2026, 12, 4)),
        ("end of next month", date(2027, 1, 31)),
        ("this quarter", date(2026, 12, 31)),
        ("before Christmas", date(2026, 12, 25)),
        ("before our next meeting", None),
        ("by next summer", None),
        ("the 21st century", None),
    ],
)
def test_resolve_date(text: str, due: date | None) -> None:
    assert resolve_date(text, TODAY) == due


def test_time_frames_without_a_day_still_count() -> None:
    for text in ("by next summer", "within a year", "in two years", "by 2027", "in June"):
        (found,) = find_time(text, TODAY)
        assert found.due is None and found.text == text


def test_habits_are_dated_only_when_nothing_else_is() -> None:
    assert resolve_date("block Sunday evenings in my calendar today", TODAY) == TODAY
    assert resolve_date("two hours every Friday", TODAY) == date(2026, 12, 4)
    habit = find_time("every Friday", TODAY)[0]
    assert habit.recurring


def test_phrases_come_in_order_with_exact_spans() -> None:
    text = "email Dana by Friday and update the CV by the end of next month"
    found = find_time(text, TODAY)
    assert [t.text for t in found] == ["by Friday", "by the end of next month"]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_the_end_of_a_named_quarter_is_its_last_day() -> None:
    assert resolve_date("finish the project by end of Q2", date(2026, 4, 14)) == date(2026, 6, 30)
    assert resolve_date("before the end of Q4", TODAY) == date(2026, 12, 31)
    assert resolve_date("by the end of Q3", TODAY) == date(2027, 9, 30)  # this year's is past
    (frame,) = find_time("in Q3", TODAY)
    assert frame.due is None
