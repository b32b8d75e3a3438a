"""A date said without its year that has just gone by keeps the writers' convention (next
year) on the item, and the coach asks to confirm it rather than rolling it on silently."""

from __future__ import annotations

from datetime import date

from coaching import TODAY, say

from assistant.grow import GrowCoach
from assistant.grow.past_dates import past_date_checks

DEC_3 = date(2026, 12, 3)


def test_a_date_just_gone_by_is_noted() -> None:
    notes = past_date_checks(["I'll send the form by November 28."], DEC_3)
    assert len(notes) == 1 and "2027-11-28" in notes[0] and "confirm" in notes[0]


def test_a_coming_date_or_one_with_its_year_is_not_noted() -> None:
    assert past_date_checks(["I'll send the form by December 18."], DEC_3) == []
    assert past_date_checks(["I'll send the form by November 28 2027."], DEC_3) == []
    # far enough back, next year's day is what was meant
    assert past_date_checks(["I'll run the race on June 6."], DEC_3) == []


def test_the_coach_says_so_and_the_summary_keeps_the_item(coach: GrowCoach) -> None:
    turn = coach.start("promotion")
    turn = say(coach, turn, "I want to be promoted to team lead by next summer")
    coach.advance(turn.session)
    turn = coach.advance(turn.session)
    assert turn.stage == "will" and date(2026, 12, 1) == TODAY
    turn = say(coach, turn, "I'll finish the application by November 24.")  # said on Dec 1
    assert "looks past" in turn.reason, turn.reason
    summary = coach.summary(turn.session)
    assert summary.action_items and summary.action_items[0].due is not None
    assert summary.action_items[0].due.year == 2027
    assert summary.date_checks


def test_the_cli_summary_lists_the_dates_to_confirm(coach: GrowCoach) -> None:
    from types import SimpleNamespace

    from assistant.cli.grow import summary_markdown

    turn = say(coach, coach.start("exams"), "I want to pass my driving theory test by March")
    coach.advance(turn.session)
    turn = coach.advance(turn.session)
    turn = say(coach, turn, "I'll book the test by November 20.")
    text = summary_markdown(SimpleNamespace(result=coach.summary(turn.session)))  # type: ignore[arg-type]
    assert "## Dates to confirm" in text and "November 20" in text
