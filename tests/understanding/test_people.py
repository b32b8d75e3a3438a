"""Who took part, read from the notes' attendee lines."""

from __future__ import annotations

import pytest

from assistant.understanding.people import participants


@pytest.mark.parametrize(
    "line",
    [
        "- Attendees: JP, RS, SM",
        "- Atendees: JP, RS, SM",
        "Antendees: JP, RS, SM",
        "Attended: JP, RS, SM",
    ],
)
def test_an_attendee_line_is_read_however_its_key_is_spelt(line: str) -> None:
    found = participants([line])
    assert all(initials in found for initials in ("JP", "RS", "SM"))


def test_a_word_near_attendees_that_is_no_key_names_no_one() -> None:
    found = participants(["Attention: JP, RS, SM"])
    assert "JP" not in found
