"""A step another person takes on is noted beside the plan, with its owner and date, and is not
one of the mentee's action items; the benchmark reads each set's convention for such steps."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from coaching import TODAY, at_will, say

from assistant.actions import ActionItem
from assistant.cli.grow import summary_markdown
from assistant.grow import GrowCoach
from assistant.grow.will import split_by_owner


def test_split_keeps_the_mentees_and_joint_steps_and_sets_others_apart() -> None:
    own = ActionItem(task="Email Dana", owner="mentee", due=None)
    joint = ActionItem(task="Look at vans", owner="both", due=None)
    hers = ActionItem(task="Book the visit", owner="sister", due=date(2026, 12, 4))
    mine = ActionItem(task="Send me the notes", owner="mentor", due=None)
    assert split_by_owner([own, hers, joint, mine]) == ([own, joint], [hers, mine])


def test_summary_lists_another_persons_step_apart(coach: GrowCoach) -> None:
    turn = at_will(coach, "I want a flat of my own by the end of March.")
    answer = (
        "I'll email the letting agent by Friday. My sister will ask her landlord about the "
        "top-floor flat."
    )
    summary = coach.summary(say(coach, turn, answer).session)
    assert [(i.task, i.owner) for i in summary.action_items] == [
        ("Email the letting agent", "mentee")
    ]
    assert [i.owner for i in summary.others_steps] == ["sister"]
    assert "ask her landlord" in summary.others_steps[0].task.lower()
    assert summary.to_dict()["others_steps"][0]["owner"] == "sister"
    text = summary_markdown(SimpleNamespace(result=summary))  # type: ignore[arg-type]
    assert "## Steps others take on" in text
    assert text.index("Email the letting agent") < text.index("## Steps others take on")
    assert summary.action_items[0].due == date(2026, 12, 4)  # the Friday after TODAY
    assert TODAY.weekday() == 1


def test_the_benchmark_reads_each_sets_convention_for_other_peoples_steps() -> None:
    from benchmarks.grow import DialogueResult, _check_summary, lists_others_steps

    theirs = ActionItem(task="Book the visit", owner="sister", due=None)
    summary = SimpleNamespace(
        goal="a flat by March",
        options=(),
        action_items=(ActionItem(task="Email the agent", owner="mentee", due=None),),
        others_steps=(theirs,),
    )
    old = {"action_items": [{"task_contains": "book the visit", "owner": "sister", "due": None}]}
    new = {
        "action_items": [{"task_contains": "email the agent", "owner": "mentee", "due": None}],
        "not_action_items": ["book the visit"],
    }
    assert lists_others_steps([{"summary": old}]) and not lists_others_steps([{"summary": new}])
    for expected, convention in ((old, True), (new, False)):
        result = DialogueResult(id="x")
        _check_summary(expected, summary, result, convention)
        assert result.items_ok, result.problems
    # where other people's steps are items, one the set says is none is wrong there too
    result = DialogueResult(id="x")
    _check_summary({"not_action_items": ["book the visit"]}, summary, result, True)
    assert not result.items_ok


def test_where_every_item_is_the_mentees_a_shared_step_is_the_mentees() -> None:
    from benchmarks.grow import DialogueResult, _check_summary, mentee_owns_all

    summary = SimpleNamespace(
        goal="more volunteers by March",
        options=(),
        action_items=(ActionItem(task="Run the open evening", owner="both", due=None),),
        others_steps=(),
    )
    expected = {"action_items": [{"task_contains": "open evening", "owner": "mentee"}]}
    shared = {"action_items": [{"task_contains": "open evening", "owner": "both"}]}
    assert mentee_owns_all([{"summary": expected}]) and not mentee_owns_all([{"summary": shared}])
    result = DialogueResult(id="x")
    _check_summary(expected, summary, result, False, True)
    assert result.items_ok, result.problems
    # a set that tells shared steps apart still finds the owner wrong
    result = DialogueResult(id="x")
    _check_summary(expected, summary, result, False, False)
    assert not result.items_ok
