"""The mentee's own words inside questions, normalised."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow.wording import gerund, normalise_phrase

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I want to move into product management", "moving into product management"),
        (
            "I want to move into product management by next summer.",
            "moving into product management",
        ),
        ("I hope to open my own bakery one day.", "opening your own bakery"),
        ("Pass the B2 exam in June.", "passing the B2 exam"),
        # the words that led the time go with it
        (
            "I want to be a product manager at my company by the end of next year",
            "being a product manager at your company",
        ),
        ("public speaking", "public speaking"),
        ("so basically i want to be a team lead", "being a team lead"),
        ("What should I do?", None),
        ("it", None),
    ],
)
def test_normalise_phrase(text: str, phrase: str | None) -> None:
    assert normalise_phrase(text, TODAY) == phrase


def test_gerund() -> None:
    assert [gerund(v) for v in ("move", "get", "lie", "see", "lead", "run")] == [
        "moving",
        "getting",
        "lying",
        "seeing",
        "leading",
        "running",
    ]
