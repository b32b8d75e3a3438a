"""Steps of other people the mentee names: a titled name ("Dr. Patel") and the mentor's own step
said back ("You said you'd ...")."""

from __future__ import annotations

from coaching import at_will, say

from assistant.grow import GrowCoach


def test_a_titled_persons_step_is_theirs_in_the_summary(coach: GrowCoach) -> None:
    turn = at_will(coach, "I want to submit my dissertation by June.")
    answer = (
        "I'll write to the exams office on Friday. Prof. Adeyemi will find out whether a late "
        "extension is possible."
    )
    summary = coach.summary(say(coach, turn, answer).session)
    assert [i.owner for i in summary.action_items] == ["mentee"]
    assert [i.owner for i in summary.others_steps] == ["Prof. Adeyemi"]
    assert "find out whether a late extension" in summary.others_steps[0].task.lower()


def test_the_mentors_step_said_back_by_the_mentee_is_the_mentors(coach: GrowCoach) -> None:
    turn = at_will(coach, "I want to run a half marathon by September.")
    answer = "I'll book a gait check on Friday. You said you'd lend me your training log."
    summary = coach.summary(say(coach, turn, answer).session)
    assert [i.owner for i in summary.action_items] == ["mentee"]
    assert [i.owner for i in summary.others_steps] == ["mentor"]
    assert "training log" in summary.others_steps[0].task


def test_another_persons_step_is_worded_as_their_task_without_their_name(
    coach: GrowCoach,
) -> None:
    turn = at_will(coach, "I want to get the choir to the festival in May.")
    answer = "I'll email the organisers on Monday. Mrs Hale will book the minibus."
    summary = coach.summary(say(coach, turn, answer).session)
    assert [(i.owner, i.task) for i in summary.others_steps] == [("Mrs Hale", "Book the minibus")]


def test_a_step_of_someone_named_after_their_role_is_theirs(coach: GrowCoach) -> None:
    turn = at_will(coach, "I want to apply for the senior role this cycle.")
    answer = "I'll finish the packet by Friday. My manager, Jo, is going to review it after that."
    summary = coach.summary(say(coach, turn, answer).session)
    assert [i.owner for i in summary.others_steps] == ["Jo"]


def test_a_step_reported_as_promised_by_a_named_person_is_theirs(coach: GrowCoach) -> None:
    turn = at_will(coach, "I want to pass the pharmacology exam in March.")
    answer = "I'll redo the practice paper on Monday. Ms Varga said she'll mark it this week."
    summary = coach.summary(say(coach, turn, answer).session)
    assert [(i.owner, i.task) for i in summary.others_steps] == [("Ms Varga", "Mark it")]


def test_a_titled_persons_step_reads_as_a_task_without_their_name(coach: GrowCoach) -> None:
    turn = at_will(coach, "I want our choir to sing at the spring fair in April.")
    answer = "I'll email the fair's organisers on Monday. Mrs Holloway will print the programmes."
    summary = coach.summary(say(coach, turn, answer).session)
    assert [i.owner for i in summary.others_steps] == ["Mrs Holloway"]
    assert summary.others_steps[0].task == "Print the programmes"
