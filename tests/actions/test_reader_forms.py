"""Forms a reader of the extractor's output found wrong: what each should give instead."""

from __future__ import annotations

from datetime import date

from assistant.actions import ActionItem, extract_action_items

TODAY = date(2026, 3, 4)  # Wednesday


def extract(notes: str, **kwargs: object) -> list[ActionItem]:
    kwargs.setdefault("today", TODAY)
    return extract_action_items(notes, **kwargs)  # type: ignore[arg-type]


def test_a_span_from_an_undated_event_keeps_its_words_and_sets_no_date() -> None:
    notes = "- Ruth will comment on the proposal within ten days of getting it.\n"
    items = extract(notes, mentee="Omar", mentor="Ruth")
    assert [(i.task, i.owner, i.due) for i in items] == [
        ("Comment on the proposal within ten days of getting it", "Ruth", None)
    ]


def test_a_recurring_weekday_is_not_a_due_date() -> None:
    items = extract("- Omar will post the team digest every Monday\n", mentee="Omar")
    assert [(i.task, i.due) for i in items] == [("Post the team digest every Monday", None)]


def test_a_handle_after_a_preposition_is_the_object_not_the_owner() -> None:
    notes = "- [ ] @lee: set up a pairing call with @pat-k\n- [ ] Fix the flaky test @amy\n"
    items = extract(notes, author=None)
    assert [(i.task, i.owner) for i in items] == [
        ("Set up a pairing call with @pat-k", "lee"),
        ("Fix the flaky test", "amy"),
    ]


def test_a_conjunction_opening_an_open_question_is_no_owner() -> None:
    notes = "## Open\n\n- Whether to present at the spring meetup. Omar to weigh it up.\n"
    owners = [i.owner for i in extract(notes, mentee="Omar", mentor="Ruth")]
    assert "Whether" not in owners
    assert "Omar" in owners


def test_a_reminder_prefix_is_not_part_of_the_task() -> None:
    notes = "dont forget: ask whether the library has the book\nremember - book the room\n"
    tasks = [i.task for i in extract(notes, mentee="Omar", author="mentor")]
    assert tasks == ["Ask whether the library has the book", "Book the room"]


def test_a_thing_decided_or_a_new_meeting_rhythm_is_no_item() -> None:
    notes = (
        "We weighed a printed poster; decided slides only.\n"
        "We agreed to shift our calls to every second Monday.\n"
        "We agreed Omar will send the slides.\n"
    )
    items = extract(notes, mentee="Omar", mentor="Ruth")
    assert [(i.task, i.owner) for i in items] == [("Send the slides", "Omar")]


def test_a_name_in_brackets_says_who_i_is() -> None:
    notes = "- I'll find out if the department covers the fee. (Ruth)\n- I'll book a room.\n"
    items = extract(notes, mentee="Omar", mentor="Ruth")
    assert [(i.task, i.owner) for i in items] == [
        ("Find out if the department covers the fee", "Ruth"),
        ("Book a room", "Omar"),
    ]


def test_a_jotted_lower_case_commitment_after_a_full_stop_is_read() -> None:
    notes = "- cover letter too long. she'll trim it\n- bio ok. nothing to do\n"
    items = extract(notes, mentee="Omar", author="mentor")
    assert [(i.task, i.owner) for i in items] == [("Trim it", "Omar")]


def test_a_proposal_or_a_line_saying_no_one_committed_is_no_item() -> None:
    notes = (
        "- suggestion: he could join the reading group\n"
        "- apply for the summer school - didn't commit yet\n"
        "- Omar didn't commit the fix, he will push it tonight\n"
    )
    items = extract(notes, mentee="Omar", author="mentor")
    assert [(i.task, i.owner) for i in items] == [("Push it", "Omar")]


def test_a_team_with_no_mentee_or_mentor_gets_no_placeholder_owner() -> None:
    notes = (
        "Present: Nadia, Felix, Grace, Tom\n\n"
        "Poster\n- Print the poster\n- We will rehearse on Friday\n- Felix will book the hall.\n"
    )
    owners = {i.task: i.owner for i in extract(notes)}
    assert owners.get("Book the hall") == "Felix"
    assert not {"mentee", "mentor", "both"} & set(owners.values())
    session = {i.task: i.owner for i in extract("- Print the poster\n- We will rehearse\n")}
    assert set(session.values()) <= {"mentee", "both"}


def test_an_own_date_either_way_round_follows_the_notes_other_dates() -> None:
    notes = (
        "catch-up with Omar 4/6/2026\n\n- omar to send the essay by 20/6\n"
        "- omar to call Ruth by fri\n"
    )
    items = extract_action_items(notes, mentee="Omar", author="mentor")
    dues = {i.task: i.due for i in items}
    assert dues["Call Ruth"] == date(2026, 6, 5)  # 4 June 2026 is a Thursday
    assert all(i.warning is None for i in items if i.task == "Call Ruth")


def test_an_own_date_either_way_round_with_nothing_to_tell_warns() -> None:
    notes = "catch-up with Omar 4/6/2026\n\n- omar to call Ruth by fri\n"
    (item,) = [i for i in extract_action_items(notes, mentee="Omar", author="mentor") if i.due]
    assert item.warning is not None and "4/6/2026" in item.warning
    assert item.due in (date(2026, 4, 10), date(2026, 6, 5))


def test_a_dated_part_handed_to_a_participant_is_theirs() -> None:
    notes = (
        "Present: Nadia, Felix, Grace, Tom\n\nPoster split\n"
        "- Methods part: Grace, due Mar 16\n- Scribe: Tom\n"
    )
    items = extract(notes, author=None)
    assert [(i.task, i.owner, i.due) for i in items] == [
        ("Methods part", "Grace", date(2026, 3, 16))
    ]


def test_a_weekend_placed_by_an_undated_event_sets_no_date() -> None:
    items = extract(
        "- Ruth is going to proofread it the weekend before the launch.\n", mentee="Omar"
    )
    assert [(i.task, i.due) for i in items] == [
        ("Proofread it the weekend before the launch", None)
    ]


def test_what_someone_would_prefer_is_a_wish_not_an_item() -> None:
    notes = "- Omar would rather drop the survey.\n- Omar would prefer to skip the poster.\n"
    assert extract(notes, mentee="Omar", mentor="Ruth") == []


def test_a_commitment_after_a_dash_inside_an_aside_is_read() -> None:
    notes = (
        "Present: Nadia, Felix, Grace, Tom\n\n"
        "- Budget: Nadia (she was away — Felix will brief her tomorrow)\n"
    )
    items = extract(notes, author=None)
    assert [(i.task, i.owner, i.due) for i in items] == [("Brief her", "Felix", date(2026, 3, 5))]
