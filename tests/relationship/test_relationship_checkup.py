"""The 90-day check-up: scored and routed as the guidance says, stored, shown as next steps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.errors import InputFileError, UsageError
from assistant.relationship.checkup import load_answers, parse_answers, score
from assistant.service import Assistant

GOOD = {
    "match": "good",
    "meetings": 5,
    "energized": "yes",
    "time_satisfied": "yes",
    "cancelled_three_in_a_row": "no",
}
POOR = {
    "match": "poor",
    "meetings": 1,
    "energized": "no",
    "time_satisfied": "no",
    "cancelled_three_in_a_row": "yes",
}


def _score(**changes: object):
    return score(parse_answers({**GOOD, **changes}), today=date(2026, 11, 21))


def test_favourable_answers_are_on_track() -> None:
    result, task, _ = _score()
    assert (result.suitable, result.route, result.unfavourable, task) == (
        True,
        "on-track",
        (),
        None,
    )
    assert "right on track" in result.next_steps[0]


def test_two_unfavourable_answers_are_still_suitable_three_are_not() -> None:
    two, _, _ = _score(match="poor", energized=False)
    assert (two.suitable, two.route) == (True, "on-track")
    three, task, _ = _score(match="poor", energized=False, meetings=2)
    assert three.suitable is False
    assert three.unfavourable == ("match", "meetings", "energized")
    assert three.route == "plan" and task is None
    assert "obstacle list (1-10)" in three.next_steps[0]


def test_obstacles_one_to_five_route_to_the_coordinator() -> None:
    result, task, _ = score(parse_answers({**POOR, "obstacles": [9, 1]}))
    assert (result.suitable, result.obstacles, result.route) == (False, (1, 9), "coordinator")
    assert "program coordinator" in result.next_steps[0] and "lack of trust" in result.next_steps[0]
    assert "high workload" in result.next_steps[1]
    assert task is None


def test_obstacles_six_to_ten_route_to_a_plan_with_a_follow_up_item() -> None:
    result, task, due = score(
        parse_answers({**POOR, "obstacles": [6, 10], "held_on": "2026-11-21"})
    )
    assert (result.route, result.held_on) == ("plan", date(2026, 11, 21))
    assert "unclear goals" in result.next_steps[0] and "geographical" in result.next_steps[0]
    assert task is not None and task.startswith("Meet (face-to-face if possible)")
    assert due == date(2026, 12, 5)


def test_meetings_default_to_the_sessions_recorded() -> None:
    answers = parse_answers({key: value for key, value in GOOD.items() if key != "meetings"})
    assert "meetings" in score(answers, meetings_recorded=0)[0].unfavourable
    assert "meetings" not in score(answers, meetings_recorded=3)[0].unfavourable


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"match": "great"}, "match"),
        ({"obstacles": [11]}, "numbered 1 to 10"),
        ({"colour": "blue"}, "colour"),
        ({"energized": "maybe"}, "energized"),
    ],
)
def test_bad_answers_say_what_is_wrong(change: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_answers({**GOOD, **change})


def test_answers_file_yaml_and_json(tmp_path: Path) -> None:
    yaml_file = tmp_path / "answers.yaml"
    yaml_file.write_text(
        "match: fair\nmeetings: 4\nenergized: yes\ntime_satisfied: no\n"
        "cancelled_three_in_a_row: no\nobstacles: [9]\n"
    )
    answers = load_answers(yaml_file)
    assert (answers.match, answers.time_satisfied, answers.obstacles) == ("fair", False, [9])
    json_file = tmp_path / "answers.json"
    json_file.write_text('{"match": "good", "energized": true, "time_satisfied": true, '
                         '"cancelled_three_in_a_row": false}')  # fmt: skip
    assert load_answers(json_file).meetings is None
    with pytest.raises(InputFileError, match=r"missing\.yaml"):
        load_answers(tmp_path / "missing.yaml")


def test_a_checkup_is_stored_and_a_plan_becomes_an_open_item(assistant: Assistant) -> None:
    record = assistant.relationships.create("Priya", "Sam")
    reply = assistant.checkup(
        record.id, parse_answers({**POOR, "obstacles": [9]}), today=date(2026, 11, 21)
    )
    assert reply.result.route == "plan" and reply.rewrites == ()
    stored = assistant.relationships.get(record.id)
    assert [c.route for c in stored.checkups] == ["plan"]
    assert stored.checkups[0].answers["obstacles"] == [9]
    (item,) = stored.open_items()
    assert (item.id, item.owner, item.source) == (reply.result.plan_item, "both", "checkup")
    assert item.due == date(2026, 12, 5)
