from __future__ import annotations

from datetime import date

import pytest
from scaling import assert_linear

from assistant.duedates import find_due, find_due_span, resolve_due

WED = date(2025, 11, 19)  # a Wednesday
FRI = date(2025, 11, 21)
MON = date(2025, 11, 17)
SUN = date(2025, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday", date(2025, 11, 21)),
        ("send it by Friday", date(2025, 11, 21)),
        ("on friday", date(2025, 11, 21)),
        ("by Fri", date(2025, 11, 21)),
        ("before Monday", date(2025, 11, 24)),
        ("Wednesday", date(2025, 11, 26)),  # same weekday as today: a week later
        ("next Tuesday", date(2025, 11, 25)),
        ("next Friday", date(2025, 11, 28)),
        ("this Friday", date(2025, 11, 21)),
        ("this Wednesday", WED),
        ("this Monday", date(2025, 11, 24)),  # already past: the next one
        ("this week", date(2025, 11, 21)),
        ("by the end of the week", date(2025, 11, 21)),
        ("end of next week", date(2025, 11, 28)),
        ("next week", date(2025, 11, 28)),
        ("by the weekend", date(2025, 11, 23)),
        ("fix it this wknd", date(2025, 11, 23)),  # the jotted abbreviation
        ("within two weeks", date(2025, 12, 3)),
        ("in 3 days", date(2025, 11, 22)),
        ("within a month", date(2025, 12, 19)),
        ("in a couple of weeks", date(2025, 12, 3)),
        ("in a fortnight", date(2025, 12, 3)),
        ("in the next 10 days", date(2025, 11, 29)),
        ("within 5 business days", date(2025, 11, 26)),
        ("tomorrow", date(2025, 11, 20)),
        ("the day after tomorrow", date(2025, 11, 21)),
        ("today", WED),
        ("by EOD", WED),
        ("by EOD Monday", date(2025, 11, 24)),
        ("end of month", date(2025, 11, 30)),
        ("by the end of the month", date(2025, 11, 30)),
        ("end of next month", date(2025, 12, 31)),
        ("next month", date(2025, 12, 31)),
        ("end of December", date(2025, 12, 31)),
        ("mid-January", date(2026, 1, 15)),
        ("11/25", date(2025, 11, 25)),
        ("12/1/26", date(2026, 12, 1)),
        ("Dec 3", date(2025, 12, 3)),
        ("Dec. 3", date(2025, 12, 3)),
        ("December 3rd", date(2025, 12, 3)),
        ("3 December", date(2025, 12, 3)),
        ("3rd of December", date(2025, 12, 3)),
        ("November 30", date(2025, 11, 30)),
        ("December 3, 2027", date(2027, 12, 3)),
        ("2026-12-01", date(2026, 12, 1)),
    ],
)
def test_expressions_resolve_against_today(text: str, expected: date) -> None:
    assert resolve_due(text, WED) == expected


def test_weekday_on_the_same_weekday_means_next_week() -> None:
    assert resolve_due("by Friday", FRI) == date(2025, 11, 28)
    assert resolve_due("today", FRI) == FRI


def test_next_weekday_is_in_next_week_even_when_this_weeks_is_ahead() -> None:
    assert resolve_due("next Tuesday", MON) == date(2025, 11, 25)  # not tomorrow
    assert resolve_due("Tuesday", MON) == date(2025, 11, 18)


def test_week_boundaries_on_sunday() -> None:
    assert resolve_due("this week", SUN) == SUN  # Friday already passed
    assert resolve_due("next week", SUN) == date(2025, 11, 28)
    assert resolve_due("Monday", SUN) == date(2025, 11, 24)
    assert resolve_due("next Monday", SUN) == date(2025, 11, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/5", date(2026, 1, 5)),
        ("Jan 8", date(2026, 1, 8)),
        ("12/29", date(2025, 12, 29)),  # today stays this year
        ("12/28", date(2026, 12, 28)),
        ("within a week", date(2026, 1, 5)),
        ("end of next month", date(2026, 1, 31)),
        ("next Friday", date(2026, 1, 9)),
    ],
)
def test_year_rollover(text: str, expected: date) -> None:
    assert resolve_due(text, date(2025, 12, 29)) == expected


def test_month_arithmetic_clamps_to_month_end() -> None:
    assert resolve_due("within a month", date(2026, 1, 31)) == date(2026, 2, 28)


def test_leap_day_rolls_to_the_next_leap_year() -> None:
    assert resolve_due("Feb 29", date(2025, 3, 1)) == date(2028, 2, 29)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Update the CV",
        "50/50 split",
        "open 24/7",
        "13/45",
        "Feb 30",
        "read chapter 3",
        "two focus mornings per week",
        "we meet every other week",
        "Mon",  # a bare abbreviation is not a date without "by"/"on"
        "before our next session",
        "2026-13-01",
    ],
)
def test_text_without_a_date(text: str) -> None:
    assert resolve_due(text, WED) is None
    assert find_due_span(text) is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Update CV by Friday.", "by Friday"),
        ("Send the deck no later than Dec 3 please", "no later than Dec 3"),
        ("Book the interview for 11/25", "for 11/25"),
        ("Draft plan, due end of next week", "due end of next week"),
        ("By tomorrow, send notes", "By tomorrow"),
        ("Read it within two weeks", "within two weeks"),
    ],
)
def test_span_covers_the_phrase_and_its_preposition(text: str, phrase: str) -> None:
    span = find_due_span(text)
    assert span is not None
    assert text[span[0] : span[1]] == phrase


def test_first_date_wins() -> None:
    assert resolve_due("Send on Friday and follow up Dec 3", WED) == date(2025, 11, 21)


def test_long_input_is_linear() -> None:
    def text(size: int) -> str:
        return ("1/" * 2 * size) + " in " * size + " next " * size

    assert resolve_due(text(100_000), WED) is None
    assert_linear(lambda t: resolve_due(t, WED), text, 25_000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday with its day of the month: the day, not the next such weekday.
        ("First session Saturday the 29th.", date(2025, 11, 29)),
        ("budget drafted by Sunday the 30th", date(2025, 11, 30)),
        ("on Tuesday 2nd", date(2025, 12, 2)),
        # The weekday picks the order of a numeric date: 5.12.2025 is a Friday read day first,
        # 12.5.2025 a Friday read month first.
        ("until Friday 5.12.2025", date(2025, 12, 5)),
        ("until Friday 12.5.2025", date(2025, 12, 5)),
        ("by Monday 3rd of December", date(2025, 12, 3)),
        # An ordinal that names something else is not a day.
        ("meet Friday the 5th floor kitchen", date(2025, 11, 21)),
    ],
)
def test_a_weekday_followed_by_its_date_means_that_date(text: str, expected: date) -> None:
    assert resolve_due(text, WED) == expected


def test_the_span_of_a_weekday_with_its_day_covers_both() -> None:
    text = "First session Saturday the 29th."
    start, end = find_due_span(text) or (0, 0)
    assert text[start:end] == "Saturday the 29th"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meeting of 2017.09.08", date(2017, 9, 8)),
        ("sync 2017/09/08", date(2017, 9, 8)),
        ("by 07.11.23", date(2023, 11, 7)),  # dots: day first
        ("by 10.11.2023", date(2023, 11, 10)),
        ("by 11/10/2023", date(2023, 11, 10)),  # slashes: month first unless told
    ],
)
def test_year_first_two_digit_years_and_dots_read_day_first(text: str, expected: date) -> None:
    assert resolve_due(text, date(2010, 1, 1)) == expected


@pytest.mark.parametrize("text", ["release 1.2.3", "bump to v10.11.12", "build 2017.9"])
def test_version_numbers_are_no_dates(text: str) -> None:
    assert find_due(text, date(2010, 1, 1)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ensure the infrastructure is ready before May", date(2026, 4, 30)),
        ("before December", date(2025, 11, 30)),
        ("before May 3", date(2026, 5, 3)),
    ],
)
def test_before_a_month_is_the_last_day_of_the_month_before(text: str, expected: date) -> None:
    assert resolve_due(text, WED) == expected


@pytest.mark.parametrize("text", ["by May", "before may we start", "in March"])
def test_a_month_alone_is_no_deadline_without_before(text: str) -> None:
    assert resolve_due(text, WED) is None


@pytest.mark.parametrize(
    "text", ["in the coming week", "this coming week", "over the upcoming week"]
)
def test_the_coming_week_is_next_week(text: str) -> None:
    assert resolve_due(f"Post the blog {text}", WED) == resolve_due("Post the blog next week", WED)
    assert resolve_due(f"Post the blog {text}", WED) == date(2025, 11, 28)


@pytest.mark.parametrize(
    "text",
    [
        "we now meet every other Tuesday",  # a weekday that recurs
        "post the digest each Friday",
        "comment within ten days of getting the draft",  # counted from an undated event
        "reply in 3 days after the vote",
        "proofread it the weekend before submission",  # placed by an undated event
        "sort the photos the weekend after the trip",
    ],
)
def test_no_deadline_in_habits_and_spans_from_an_event(text: str) -> None:
    assert find_due(text, WED, deadlines_only=True) is None
    assert find_due(text, WED) is not None  # a time frame all the same


def test_a_deadline_after_a_habit_is_found() -> None:
    found = find_due("post it every Friday, and the recap by Monday", WED, deadlines_only=True)
    assert found is not None and found[2] is not None and found[2].weekday() == 0


def test_a_weekend_before_a_date_is_still_a_deadline() -> None:
    assert find_due("finish the weekend before 12 May", WED, deadlines_only=True) is not None
    assert find_due("finish by the end of the week", WED, deadlines_only=True) is not None
