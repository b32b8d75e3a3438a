"""What an option is, said between commas inside a list, leaves the option after it standing
(assistant/grow/options.py)."""

from __future__ import annotations

import pytest

from assistant.grow.options import extract_options


@pytest.mark.parametrize(
    ("answer", "options"),
    [
        ("There's a stall at the gate, a web page, which my son could set up, a coffee morning "
         "with cake, or partnering with the school.",
         ["A stall at the gate", "A web page", "A coffee morning with cake",
          "Partnering with the school"]),
        ("I could try the gym, which is cheap, a running club, or yoga.",
         ["Try the gym", "A running club", "Yoga"]),
        ("A night class, which my college runs, a private tutor, or an app.",
         ["A night class", "A private tutor", "An app"]),
    ],
)  # fmt: skip
def test_an_aside_inside_a_list_leaves_the_next_option(answer: str, options: list[str]) -> None:
    assert extract_options(answer) == options


def test_who_someone_is_before_what_is_asked_of_them_still_goes() -> None:
    assert extract_options(
        "I could ask Sam, who's already an educator, whether I could shadow her, or take a course."
    ) == ["Ask Sam whether I could shadow her", "Take a course"]
