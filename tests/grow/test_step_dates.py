"""Which time dates a step: the step's own time, not a day naming a thing or a routine's days."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow import hear
from assistant.grow.will import commitments_to_items
from assistant.understanding.timeframes import find_time

TODAY = date(2026, 12, 2)  # a Wednesday


def items(answer: str) -> list[tuple[str, str, date | None]]:
    heard = [("will", answer, hear(answer, "will", TODAY))]
    return [(i.task.lower(), i.owner, i.due) for i in commitments_to_items(heard, TODAY)]


def due_of(answer: str, needle: str) -> date | None:
    found = [due for task, _, due in items(answer) if needle in task]
    assert found, items(answer)
    return found[0]


@pytest.mark.parametrize(
    ("answer", "needle", "due"),
    [
        # a day after an article names the thing; the step's own time dates it
        ("I'll book the Wednesday group by Monday.", "wednesday group", date(2026, 12, 7)),
        ("My mum said she'll do the Tuesday pickups.", "tuesday pickups", None),
        ("Ill book the Dec 12 market pitch tomorrow.", "market pitch", date(2026, 12, 3)),
        ("I'll book the Saturday class tomorrow.", "saturday class", date(2026, 12, 3)),
        # the date a thing is for, beside when it is done by
        ("I will book the exam for 27 January by Friday.", "book the exam", date(2026, 12, 4)),
        # the days of a routine, and when it starts
        (
            "I'll do the exercises Monday, Wednesday and Friday, starting tomorrow.",
            "exercises",
            date(2026, 12, 3),
        ),
        # a day inside the period said stays the more exact time
        ("I'll go to the club's Saturday run this week.", "saturday run", date(2026, 12, 5)),
        # "her" before a day is whom the step is for, not whose day it is
        ("I'll ask her Sunday at dinner.", "ask her", date(2026, 12, 6)),
        # another person's habit is help that goes on, with no day due
        ("My brother will call her every Sunday evening.", "call her", None),
    ],
)
def test_the_step_is_dated_by_its_own_time(answer: str, needle: str, due: date | None) -> None:
    assert due_of(answer, needle) == due


def test_one_morning_is_no_habit_but_mornings_are() -> None:
    (one,) = find_time("I'll send it on Monday morning", TODAY)
    (many,) = find_time("I swim Monday mornings", TODAY)
    assert not one.recurring and one.due == date(2026, 12, 7)
    assert many.recurring


# ------------------------------------------------------------------ steps set aside


@pytest.mark.parametrize(
    "answer",
    [
        "I'll email Sam tomorrow. The GP I'll leave for now.",
        "I'll email Sam tomorrow. I shall not ask him to lead the rewrite.",
        "I'll email Sam tomorrow. The evening class clashes with my shifts so not that.",
        "I'll email Sam tomorrow. The course can wait.",
        "I'll email Sam tomorrow. Neighbour idea's out.",
    ],
)
def test_an_option_set_aside_is_no_item(answer: str) -> None:
    assert items(answer) == [("email sam", "mentee", date(2026, 12, 3))]


def test_a_step_waiting_on_something_out_is_still_a_step() -> None:
    assert items("I'll apply once the job ad is out.") == [
        ("apply once the job ad is out", "mentee", None)
    ]


def test_a_step_naming_nothing_names_no_step() -> None:
    from assistant.grow.will import names_a_step

    (vague,) = hear("ill do it this week", "will", TODAY).commitments
    (named,) = hear("ill email Sam this week", "will", TODAY).commitments
    assert not names_a_step(vague, TODAY)
    assert names_a_step(named, TODAY)


# ------------------------------------------------------------------ other people's steps


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # who they are, in brackets, and chat shorthand
        (
            "Bev (the electrician) said shes gonna ask her old firm about insurance by Friday",
            ("ask her old firm about insurance", "Bev", date(2026, 12, 4)),
        ),
        # "he" is the one named just before, title and all; his step is his, not a time of mine
        (
            "I'll send it to Dr Okafor. He has agreed to suggest two journals by 15 December.",
            ("suggest two journals", "Dr Okafor", date(2026, 12, 15)),
        ),
        # a relation named at the start of a sentence is that relation
        (
            "Sister's getting agency quotes by Thursday.",
            ("getting agency quotes", "sister", date(2026, 12, 3)),
        ),
        ("Wife will put it in the calendar tonight.", ("put it in the calendar", "wife", TODAY)),
        # a family word used as a name stays as written
        (
            "Dad will set up the meeting by Friday.",
            ("set up the meeting", "Dad", date(2026, 12, 4)),
        ),
    ],
)
def test_another_persons_step_is_theirs(
    answer: str, expected: tuple[str, str, date | None]
) -> None:
    assert expected in items(answer)


# ------------------------------------------------------------------ options


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # semicolons separate the options; commas go on within one
        (
            "Options are: a tutor online, maybe italki; a course on Saturdays; or ask my cousin.",
            ["A tutor online, maybe italki", "A course on Saturdays", "Ask my cousin"],
        ),
        # the example that names a bare kind of thing stays with it
        (
            "Maybe a teacher. Or a book, like the Levine book.",
            ["A teacher", "A book, like the Levine book"],
        ),
        # the options taken together are no option of their own
        ("A bootcamp. Or an online course. Maybe a mix?", ["A bootcamp", "An online course"]),
        # the speaker's alternative said plainly after "or"
        (
            "I could make a rota, or we get a cleaner, or we take turns cooking.",
            ["Make a rota", "We get a cleaner", "We take turns cooking"],
        ),
        # a wondering is an option
        (
            "One idea is to ask the college. I have also wondered whether firms might lend staff.",
            ["Ask the college", "Firms might lend staff"],
        ),
    ],
)
def test_options_are_split_one_per_option(answer: str, expected: list[str]) -> None:
    from assistant.grow.options import extract_options

    assert extract_options(answer) == expected


# ------------------------------------------------------------------ what an answer does


@pytest.mark.parametrize(
    ("answer", "stage", "acts"),
    [
        # chat shorthand for a request to decide
        ("wat wud u do", "will", ("ask_to_decide",)),
        # "I'm afraid" before a plain no is politeness, not a fear
        ("I'm afraid I really don't know what would be best.", "options", ("unsure",)),
        ("I'm afraid I'll fail.", "options", ("feeling",)),
        # a feeling said of how things feel
        ("I'm not sure where to begin. It all feels rather overwhelming.", "will", ("feeling",)),
    ],
)
def test_what_the_answer_does(answer: str, stage: str, acts: tuple[str, ...]) -> None:
    assert hear(answer, stage, TODAY).acts == acts


def test_a_time_something_happened_is_no_goals_time_frame() -> None:
    past = hear("My mum moved here in October and she's lonely.", "goal", TODAY)
    planned = hear("I want to run the Cardiff Half in October.", "goal", TODAY)
    assert past.goal is None or past.goal.timeframe is None
    assert planned.goal is not None and planned.goal.timeframe == "in October"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a verb with no object of its own goes on with the step before it
        (
            "I will write one essay every two days and send to my cousin.",
            [("write one essay every two days and send to my cousin", "mentee", None)],
        ),
        (
            "I go to the academy on Thursday and ask.",
            [("go to the academy and ask", "mentee", date(2026, 12, 3))],
        ),
        # an aside about the thing names no step; the time after it is the step's
        (
            "I'm going to book the physio, there's one near the office, by Friday.",
            [("book the physio", "mentee", date(2026, 12, 4))],
        ),
    ],
)
def test_one_step_said_in_pieces(answer: str, expected: list[tuple[str, str, date | None]]) -> None:
    assert items(answer) == expected


@pytest.mark.parametrize(
    ("answer", "needle", "due"),
    [
        # a step the speaker dates is planned, whatever it waits on
        (
            "I'll send the form by 15 January, provided the hall confirms.",
            "send the form",
            date(2027, 1, 15),
        ),
        (
            "The deadline is 15 January, so I'll have the bid in by then, if the hall confirms.",
            "have the bid in",
            date(2027, 1, 15),
        ),
    ],
)
def test_a_dated_step_that_waits_on_someone_is_still_an_item(
    answer: str, needle: str, due: date
) -> None:
    assert due_of(answer, needle) == due


def test_an_undated_step_that_waits_on_someone_is_no_item() -> None:
    assert not [t for t, _, _ in items("I'll book the course if the boss pays half.")]


def test_a_date_beside_its_day_goes_with_it() -> None:
    from coaching import TODAY

    from assistant.grow.will import actions_from_answer

    items = actions_from_answer("I'll hold the kick-off meeting on Monday December 7.", TODAY)
    assert [(i.task, i.due) for i in items] == [("Hold the kick-off meeting", date(2026, 12, 7))]
