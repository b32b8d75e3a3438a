"""Steps put off or refused are no items, weekdays in the plural are a habit, and a feeling or a
remark about the weather is not read as options."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from coaching import NoKB

from assistant.grow import GrowCoach, hear
from assistant.grow.coach import _obstacle_line
from assistant.grow.options import extract_options
from assistant.grow.will import commitments_to_items
from assistant.understanding.timeframes import find_time

TODAY = date(2026, 12, 2)  # a Wednesday


def items(answer: str) -> list[tuple[str, str, date | None]]:
    heard = [("will", answer, hear(answer, "will", TODAY))]
    return [(i.task.lower(), i.owner, i.due) for i in commitments_to_items(heard, TODAY)]


@pytest.mark.parametrize(
    ("answer", "kept", "dropped"),
    [
        ("I'll phone the clinic on Friday. not gonna ask my uncle, he's busy", "clinic", "uncle"),
        ("I'll sign up for the gym tomorrow. The personal trainer I'll decide about later.",
         "gym", "trainer"),
        ("I'll email the recruiter by Monday and think about the night course later.",
         "recruiter", "night course"),
    ],
)  # fmt: skip
def test_a_step_refused_or_put_off_is_no_item(answer: str, kept: str, dropped: str) -> None:
    tasks = [task for task, _, _ in items(answer)]
    assert any(kept in t for t in tasks), tasks
    assert not any(dropped in t for t in tasks), tasks


def test_weekdays_in_the_plural_are_a_habit_with_no_due_date() -> None:
    found = find_time("I'll swim on Mondays and Wednesdays", TODAY)
    assert [(t.text, t.due, t.recurring) for t in found] == [("Mondays and Wednesdays", None, True)]
    assert items("I'll book the course by Friday, and I'll swim on Mondays and Wednesdays.") == [
        ("book the course", "mentee", date(2026, 12, 4)),
        ("swim on mondays and wednesdays", "mentee", None),
    ]


def test_when_something_happens_is_no_step() -> None:
    tasks = [task for task, _, _ in items("Choir is Thursdays, so I'll ask Ben on Thursday.")]
    assert tasks == ["ask ben"], tasks


@pytest.mark.parametrize(
    ("answer", "act"),
    [
        ("Honestly I'm so angry. Properly fuming.", "feeling"),
        ("Cold out today, isn't it? Freezing.", "off_topic"),
    ],
)
def test_asked_for_options_a_feeling_or_small_talk_is_no_option(answer: str, act: str) -> None:
    heard = hear(answer, "options", TODAY)
    assert act in heard.acts, heard.describe()
    assert not heard.options


def test_an_interjection_is_no_option() -> None:
    heard = hear("Haha, oops. I could join a choir, or take singing lessons.", "options", TODAY)
    assert heard.options == ("Join a choir", "Take singing lessons")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a condition leading the list, and a remark on an option, stop at the colon
        (
            "Right, if I boil it down: I could rent a studio, which would cost a lot, or I "
            "could share one with Kat.",
            ["Rent a studio", "Share one with Kat"],
        ),
        # "but" and a second step of the same option stays with it
        (
            "I could hire a cleaner, or do it myself but book a slot for it each week.",
            ["Hire a cleaner", "Do it myself but book a slot for it each week"],
        ),
        # an option named by its noun and its days, with a hedge after it
        (
            "drills at the pool wednesdays maybe. or a swim coach",
            ["Drills at the pool wednesdays", "A swim coach"],
        ),
        (
            "lengths at the pool mondays probably. or lessons",
            ["Lengths at the pool mondays", "Lessons"],
        ),
    ],
)
def test_options_keep_their_parts(answer: str, expected: list[str]) -> None:
    assert extract_options(answer) == expected


def test_what_was_tried_is_no_option() -> None:
    answer = (
        "Fine, it's like this: we use paper forms, and I tried an app last year but it crashed."
    )
    assert extract_options(answer) == []


def test_a_feeling_is_acknowledged_once_then_its_content_moves_on(tmp_path: Path) -> None:
    coach = GrowCoach(NoKB(), tmp_path / "sessions", today=TODAY)
    turn = coach.start("getting my allotment back in shape")
    turn = coach.answer(turn.session, "I want the allotment fully planted by the end of April.")
    assert (turn.stage, turn.move) == ("reality", "advance")
    # an interjection first does not hide the feeling; the wish after it is no goal
    turn = coach.answer(
        turn.session, "Argh, honestly I'm so annoyed. Each time I go down there I want to give up."
    )
    assert (turn.stage, turn.move) == ("reality", "acknowledge")
    # the feeling said again, with where things stand: not acknowledged a second time
    turn = coach.answer(
        turn.session,
        "I'm annoyed, sure, but this is how it is: half the beds are weeds, the shed leaks, and "
        "I only get there on Sundays.",
    )
    assert (turn.stage, turn.move) == ("options", "advance")


@pytest.mark.parametrize(
    ("answer", "stage", "line"),
    [
        # what follows "but", with the speaker's "I" (and "have") it goes on without
        (
            "I cycle to work most days, and I joined a climbing gym in May but stopped going "
            "after a month.",
            "reality",
            "I stopped going after a month",
        ),
        ("I've drafted the grant but never shown it to anyone.", "reality",
         "I've drafted the grant but never shown it to anyone"),
        ("We've saved a deposit but the bank wants two years of accounts.", "reality",
         "The bank wants two years of accounts"),
        # "but it ...": the clause before stays, so "it" still says something
        ("I signed up for the evening course, but it clashes with my shifts.", "reality",
         "I signed up for the evening course, but it clashes with my shifts"),
        # a feeling conceded, then the situation: no obstacle
        ("I'm anxious, sure, but here's the picture: two interviews, no offers.", "reality",
         None),
        # an option said with a cost is an option, not an obstacle
        ("I could hire a tutor but that can't happen before May, or use the free app.",
         "options", None),
    ],
)  # fmt: skip
def test_an_obstacle_line_says_what_is_in_the_way(
    answer: str, stage: str, line: str | None
) -> None:
    heard = hear(answer, stage, TODAY)
    assert "obstacle" in heard.acts, heard.describe()
    assert _obstacle_line(answer, heard, stage) == line


def test_pay_day_is_a_time_with_no_day() -> None:
    found = find_time("I'll move 200 into savings after the next pay day", TODAY)
    assert [(t.text, t.due) for t in found] == [("after the next pay day", None)]
    assert find_time("payday loans cost a fortune", TODAY) == []
    heard = hear("I'll open the account by Friday and move 200 in on payday.", "will", TODAY)
    assert [c.when for c in heard.commitments] == ["by Friday", "on payday"]


@pytest.mark.parametrize(
    ("answer", "kept", "dropped"),
    [
        # what was named first, then left where it is
        ("I'll call Priya tonight. The returnship thing, I'll leave it.", "priya", "returnship"),
        # left until a later period
        ("I'll ask the director tomorrow. I'll leave the course enrolment until next year.",
         "director", "enrolment"),
        ("I'll book the test by Friday and leave the driving lessons for later.", "test",
         "lessons"),
    ],
)  # fmt: skip
def test_a_step_left_for_later_is_no_item(answer: str, kept: str, dropped: str) -> None:
    tasks = [task for task, _, _ in items(answer)]
    assert any(kept in t for t in tasks), tasks
    assert not any(dropped in t for t in tasks), tasks


def test_leaving_somewhere_or_leaving_something_is_still_a_step() -> None:
    assert [t for t, _, _ in items("I'll leave work at 5 on Thursday.")] == ["leave work at 5"]
    assert [t for t, _, _ in items("I'll leave a note for Sam by Friday.")] == [
        "leave a note for sam"
    ]


@pytest.mark.parametrize(
    ("answer", "tasks"),
    [
        # a step said with a rise at the end is still said
        ("I'll probably try the lunchtime slot, three days a week? And I'll email Jo on Friday.",
         ["try the lunchtime slot, three days a week", "email jo"]),
        ("So I'll ring the library on Monday?", ["ring the library"]),
        # one that goes on to ask, or asks, is not
        ("I'll ask Sam, or should I wait?", []),
        ("I'll book it, is that ok?", []),
        ("Will I need to book?", []),
    ],
)  # fmt: skip
def test_a_step_said_with_a_question_mark(answer: str, tasks: list[str]) -> None:
    assert [task for task, _, _ in items(answer)] == tasks
