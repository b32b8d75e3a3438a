"""Chat logs: a time stamp before the speaker, "I" as the speaker, "he" as someone else."""

from __future__ import annotations

from datetime import date

from assistant.actions import ActionItem, extract_action_items

TODAY = date(2026, 5, 4)  # Monday


def extract(notes: str, **kwargs: object) -> list[ActionItem]:
    kwargs.setdefault("today", TODAY)
    return extract_action_items(notes, **kwargs)  # type: ignore[arg-type]


CHAT = (
    "Weekly call\n\n"
    "[09:14] Priti: Hello Tomas, how did the survey go?\n"
    "[09:15] Tomas: Not many answers yet.\n"
    "[09:16] Tomas: I'll send the reminder email on Wednesday.\n"
    "[09:17] Priti: Good. I'll check the questionnaire wording before the next call.\n"
    "[09:18] Priti: Could you ask Anika for the panel list? She said she'd update it by Friday.\n"
    "[09:19] Tomas: Will do\n"
    "[09:20] Priti: Next call 12 May.\n"
)


def test_a_time_stamped_line_is_the_speakers_commitment() -> None:
    items = extract(CHAT, mentee="Tomas", mentor="Priti")
    owned = {(i.task, i.owner) for i in items}
    assert ("Send the reminder email", "Tomas") in owned
    assert ("Check the questionnaire wording", "Priti") in owned


def test_the_next_call_a_speaker_announces_dates_before_the_next_call() -> None:
    items = extract(CHAT, mentee="Tomas", mentor="Priti")
    check = next(i for i in items if i.task.startswith("Check the questionnaire"))
    assert check.due == date(2026, 5, 12)


def test_he_or_she_in_a_speakers_line_is_the_person_named_before_not_the_speaker() -> None:
    items = extract(CHAT, mentee="Tomas", mentor="Priti")
    update = next(i for i in items if i.task.startswith("Update it"))
    assert (update.owner, update.due) == ("Anika", date(2026, 5, 8))


def test_a_bare_will_do_takes_on_the_request_a_sentence_or_two_back() -> None:
    items = extract(CHAT, mentee="Tomas", mentor="Priti")
    assert ("Ask Anika for the panel list", "Tomas") in {(i.task, i.owner) for i in items}


def test_a_person_named_after_their_role_between_commas_owns_the_step() -> None:
    notes = "Our coach, Mira Holt, will book the pitch by Friday.\n"
    items = extract(notes, author="mentee")
    assert [(i.task, i.owner, i.due) for i in items] == [
        ("Book the pitch", "Mira Holt", date(2026, 5, 8))
    ]


def test_a_remark_between_commas_is_no_name() -> None:
    assert extract("My manager, as usual, will decide.\n", author="mentee") == []
