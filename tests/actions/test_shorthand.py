"""Note-takers' shorthand and the dates of jotted notes."""

from __future__ import annotations

from datetime import date

from assistant.actions import extract_action_items
from assistant.actions.shorthand import spell_out


def test_shorthand_words_are_spelled_out_keeping_the_first_letters_case() -> None:
    assert spell_out("Nxt wk: ask mgr b4 Fri") == "Next week: ask manager before Fri"


def test_shorthand_inside_other_words_or_handles_is_left_alone() -> None:
    assert spell_out("see @wk and wkday and /b4/ path") == "see @wk and wkday and /b4/ path"


def test_a_two_digit_year_dates_the_notes_and_the_next_meeting_dates_before_it() -> None:
    notes = "1:1 w/ Tam 16/03/26\n\n- Tam to review the rubric b4 nxt mtg\n- nxt mtg 30/03\n"
    items = extract_action_items(notes, mentee="Tam", mentor="me", author="mentor")
    assert [(i.task, i.owner, i.due) for i in items] == [
        ("Review the rubric", "Tam", date(2026, 3, 30))
    ]
