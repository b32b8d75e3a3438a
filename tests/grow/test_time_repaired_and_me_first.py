"""A time the mentee corrects after a dash ("— wait no, ...") is replaced by the correction, a
reason after it notwithstanding; "Me, I'll ..." names who acts, not what "it" is."""

from __future__ import annotations

from datetime import date

from assistant.grow import hear
from assistant.grow.will import commitments_to_items

TODAY = date(2026, 8, 11)  # a Tuesday


def _items(answer: str) -> list[tuple[str, date | None]]:
    heard = [("will", answer, hear(answer, "will", TODAY))]
    return [(i.task, i.due) for i in commitments_to_items(heard, TODAY)]


def test_a_time_corrected_after_a_dash_gives_way_to_the_correction() -> None:
    got = _items("I'll book the dentist by Friday — wait no, end of the month, they're shut.")
    assert got == [("Book the dentist", date(2026, 8, 31))], got


def test_a_time_not_corrected_stands() -> None:
    got = _items("I'll book the dentist by Friday, then tell my boss.")
    assert ("Book the dentist", date(2026, 8, 14)) in got, got


def test_me_said_first_is_not_what_it_refers_to() -> None:
    tasks = [task for task, _ in _items("Me, I'll ring the garage on Thursday and chase it.")]
    assert tasks and all(" Me" not in t for t in tasks), tasks
