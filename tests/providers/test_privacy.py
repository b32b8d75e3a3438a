"""Contact details become placeholders before a remote call and come back in the answer."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from assistant.privacy import Redactor

NOTES = (
    "Sam (sam.lee@example.org, +1 (555) 123-4567) will email priya_k@mail.example.co.uk by "
    "2024-06-01 at 10:30. Call 020 7946 0958 or 555-1234. Budget 1000000, ratio 3.14159265."
)


def test_emails_and_phones_become_placeholders() -> None:
    redactor = Redactor()
    text = redactor.redact(NOTES)
    for secret in (
        "sam.lee@example.org",
        "priya_k@mail.example.co.uk",
        "123-4567",
        "7946",
        "555-1234",
    ):
        assert secret not in text
    assert "[EMAIL_1]" in text and "[EMAIL_2]" in text
    assert "[PHONE_1]" in text and "[PHONE_3]" in text
    # Dates, times and plain numbers are not contact details.
    assert "2024-06-01" in text and "10:30" in text and "1000000" in text and "3.14159265" in text
    assert redactor.restore(text) == NOTES


def test_same_value_same_placeholder_and_answer_restored() -> None:
    redactor = Redactor()
    first = redactor.redact("Write to ana@example.com.")
    second = redactor.redact("Again: ana@example.com")
    assert first == "Write to [EMAIL_1]." and second == "Again: [EMAIL_1]"
    answer = "You could ask [EMAIL_1] yourself [1]; [PHONE_9] is unknown."
    assert (
        redactor.restore(answer)
        == "You could ask ana@example.com yourself [1]; [PHONE_9] is unknown."
    )


def test_restore_in_a_stream_split_inside_a_placeholder() -> None:
    redactor = Redactor()
    redactor.redact("mail bo@example.net")
    pieces = ["Ask [EM", "AIL_1", "] about it [", "1]."]
    assert "".join(redactor.restore_stream(pieces)) == "Ask bo@example.net about it [1]."


def test_disabled_sends_text_unchanged() -> None:
    redactor = Redactor(enabled=False)
    assert redactor.redact(NOTES) == NOTES


@given(st.text(alphabet="ab@.-+( )0123456789xyz\n", max_size=300))
def test_round_trip_any_text(text: str) -> None:
    redactor = Redactor()
    assert redactor.restore(redactor.redact(text)) == text


def test_linear_time_on_adversarial_input() -> None:
    redactor = Redactor()
    for text in (
        "a" * 200_000,
        "1 " * 100_000,
        "a." * 100_000 + "@",
        "a@" * 100_000,
        "(" * 200_000,
    ):
        started = time.perf_counter()
        redactor.redact(text)
        assert time.perf_counter() - started < 1.0, text[:10]
