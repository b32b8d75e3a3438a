"""In a session's notes, "him"/"her" after a step's verb is the other party when no one else is
named near it."""

from __future__ import annotations

from datetime import date

from assistant.actions import ActionItem, extract_action_items

TODAY = date(2026, 4, 6)


def extract(notes: str) -> list[ActionItem]:
    return extract_action_items(notes, today=TODAY, mentee="Noor", mentor="Hana", author="mentor")


def test_the_mentors_step_for_him_or_her_names_the_mentee() -> None:
    notes = "## Next steps\n- Noor will draft the abstract.\n- I'll email her the template.\n"
    assert [i.task for i in extract(notes)] == ["Draft the abstract", "Email Noor the template"]


def test_a_third_person_named_nearby_keeps_the_pronoun() -> None:
    notes = "## Next steps\n- Yusuf has the data.\n- I'll call him about it on Friday.\n"
    assert [i.task for i in extract(notes)] == ["Call him about it"]


def test_her_as_a_possessive_is_left_alone() -> None:
    notes = "## Next steps\n- I'll read her chapter two.\n"
    assert [i.task for i in extract(notes)] == ["Read her chapter two"]
