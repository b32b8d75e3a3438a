"""Quick chat's shortened words read as the words they stand for (understanding/text.py)."""

from __future__ import annotations

import pytest

from assistant.understanding import tokens


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ping me b4 u reply", ["ping", "me", "before", "you", "reply"]),
        ("pls wait til tmrw", ["please", "wait", "until", "tomorrow"]),
        ("go thru it tho", ["go", "through", "it", "though"]),
    ],
)
def test_shortened_words_are_read_in_full(text: str, words: list[str]) -> None:
    assert list(tokens(text)) == words
