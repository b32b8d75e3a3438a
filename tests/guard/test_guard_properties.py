"""Property tests: any text, however large or hostile, is checked fast and without crashing."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.guard import Guard, StreamGuard, check, default_guard

# Per call, for inputs up to 100 KB: the rules alone are linear and fast; the whole guard also
# reads every distinct candidate clause by meaning, bounded per clause.
MAX_SECONDS_RULES = 0.5
MAX_SECONDS = 4.0
RULES_ONLY = Guard(semantic=False)

TRIGGERS = [
    "I will ", "I'll ", "I’ll ", "let me ", "you need ", "you must ", "I know ", "first ",
    "then ", "take care of ", "without me ", "for you ", "your resume ", "\"", "“", "’", "'",
    "? ", ". ", "!\n", "don't ", "not ", "never ", "here's what ", "avoid saying ", "…", "—",
]  # fmt: skip

ADVERSARIAL = st.one_of(
    # Long runs of one word or one trigger prefix.
    st.builds(
        lambda w, n: (w + " ") * n,
        st.sampled_from(["will", "I", "me", "you", "best"]),
        st.integers(1, 20_000),
    ),
    st.builds(lambda p, n: p * n, st.sampled_from(TRIGGERS), st.integers(1, 8_000)),
    # A whole trap repeated with no punctuation, or inside one endless quotation.
    st.builds(lambda n: "I will take care of you and you need me " * n, st.integers(1, 2_500)),
    st.builds(lambda n: '"' + "I know best " * n, st.integers(1, 8_000)),
    # Huge whitespace, no punctuation at all, long single tokens.
    st.builds(lambda n: " " * n + "I know best" + "\n" * n, st.integers(1, 50_000)),
    st.builds(lambda n: "a" * n, st.integers(1, 100_000)),
    st.builds(lambda n: "." * n + "?" * n, st.integers(1, 50_000)),
    # Random mixes of trigger fragments and arbitrary unicode.
    st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=20)), max_size=3_000).map(
        "".join
    ),
)


@pytest.fixture(autouse=True, scope="module")
def _compiled() -> None:
    default_guard()  # compile the rules once, outside the timed calls
    check("I'll write your report for you.")  # and load the sentence encoder


def _timed_check(text: str) -> None:
    started = time.perf_counter()
    rules = RULES_ONLY.check(text)
    elapsed = time.perf_counter() - started
    assert elapsed < MAX_SECONDS_RULES, (elapsed, len(text))
    started = time.perf_counter()
    result = check(text)
    elapsed = time.perf_counter() - started
    assert len(text) <= 110_000
    assert elapsed < MAX_SECONDS, (elapsed, len(text))
    assert {f.span for f in rules.findings} <= {f.span for f in result.findings}
    assert result.text == text
    for finding in result.findings:
        start, end = finding.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == finding.quote
    if not result.flagged:
        assert result.rewrite == text


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2_000))
def test_random_text(text: str) -> None:
    _timed_check(text)


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(ADVERSARIAL)
def test_adversarial_text(text: str) -> None:
    _timed_check(text[:100_000])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=12)), max_size=200).map("".join),
    st.lists(st.integers(1, 40), min_size=1, max_size=10),
)
def test_streaming_equals_whole_text(text: str, sizes: list[int]) -> None:
    guard = StreamGuard()
    sentences = []
    pos = index = 0
    while pos < len(text):
        size = sizes[index % len(sizes)]
        sentences += guard.feed(text[pos : pos + size])
        pos += size
        index += 1
    sentences += guard.flush()
    whole = check(text)
    assert "".join(s.original for s in sentences) == text
    assert "".join(s.text for s in sentences) == whole.rewrite
    assert tuple(f for s in sentences for f in s.findings) == whole.findings
