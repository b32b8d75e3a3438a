"""The whole lifecycle through the command line, with the interface contract's names and fields:
create -> first-meeting agenda -> session notes -> items carried into the next agenda -> done ->
check-up routing -> closing -> export -> delete -> import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from assistant.cli import main

if TYPE_CHECKING:
    from conftest import Cli

NOTES_1 = """# First meeting
We agreed to meet every two weeks at the cafe.
- Sam will draft the project proposal by Friday
- Action: Priya to share the onboarding checklist next Tuesday
- I'll ask my manager about the stretch assignment by Monday
"""
NOTES_2 = """- Sam will book a slot to present the proposal to the leadership team by next Friday
"""


def review_prompts(agenda: dict[str, Any]) -> list[str]:
    for item in agenda["items"]:
        if item["topic"] == "Review open action items":
            return item["prompts"]
    return []


def test_the_relationship_lifecycle(
    indexed_home: Path, cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    created = cli.json(
        "relationship", "create", "--mentor", "Priya", "--mentee", "Sam",
        "--goal", "Move into a team-lead role", "--goal", "Present to leadership",
        "--role", "guide", "--role", "advocate",
    )  # fmt: skip
    rid = created["id"]
    assert isinstance(rid, str) and created["mentee"] == "Sam"
    assert [r["id"] for r in cli.json("relationship", "list")["relationships"]] == [rid]

    # First meeting: the agenda uses the relationship's goals; nothing to review yet.
    first = cli.json("agenda", "--relationship", rid, "--stage", "first-meeting", "--minutes", "45")
    assert sum(item["minutes"] for item in first["items"]) == 45
    assert first["open_action_items"] == [] and review_prompts(first) == []
    assert any("Move into a team-lead role" in p for i in first["items"] for p in i["prompts"])

    notes = tmp_path / "notes1.md"
    notes.write_text(NOTES_1)
    agenda_file = tmp_path / "agenda.json"
    agenda_file.write_text(json.dumps(first))
    added = cli.json(
        "session", "add", rid, "--notes", str(notes), "--today", "2026-11-21",
        "--stage", "first-meeting", "--agenda", str(agenda_file),
    )  # fmt: skip
    assert isinstance(added["session"], str)
    (stored,) = cli.json("session", "list", rid)["sessions"]
    assert stored["agenda"]["items"] == first["items"] and stored["notes"] == NOTES_1
    items = {item["task"]: item for item in added["action_items"]}
    assert set(items) == {
        "Draft the project proposal",
        "Share the onboarding checklist",
        "Ask my manager about the stretch assignment",
    }
    assert all(item["status"] == "open" and item["id"] for item in items.values())
    assert (
        items["Draft the project proposal"] | {"owner": "Sam", "due": "2026-11-27"}
        == items["Draft the project proposal"]
    )

    # The next agenda reviews the open items and calls out the overdue ones.
    regular = cli.json(
        "agenda", "--relationship", rid, "--stage", "regular", "--minutes", "45",
        "--today", "2026-11-26",
    )  # fmt: skip
    assert sum(item["minutes"] for item in regular["items"]) == 45
    assert {i["id"] for i in regular["open_action_items"]} == {i["id"] for i in items.values()}
    prompts = review_prompts(regular)
    assert len(prompts) == 3
    assert (
        "Overdue: Ask my manager about the stretch assignment (Sam, due 2026-11-23)"
        in "\n".join(prompts)
    )
    assert any(p.startswith("Draft the project proposal (Sam, due 2026-11-27)") for p in prompts)

    # Done is one command; the item leaves the next agenda and keeps its history.
    done_id = items["Draft the project proposal"]["id"]
    assert "done" in cli.run("action", "done", rid, done_id)
    cli.run("action", "drop", rid, items["Share the onboarding checklist"]["id"])
    after = cli.json(
        "agenda", "--relationship", rid, "--stage", "regular", "--minutes", "30",
        "--today", "2026-11-26",
    )  # fmt: skip
    assert [i["task"] for i in after["open_action_items"]] == [
        "Ask my manager about the stretch assignment"
    ]
    assert len(review_prompts(after)) == 1
    listed = cli.json("action", "list", rid, "--all")["action_items"]
    history = next(i["history"] for i in listed if i["id"] == done_id)
    assert [event["status"] for event in history] == ["open", "done"]

    notes2 = tmp_path / "notes2.md"
    notes2.write_text(NOTES_2)
    cli.json("session", "add", rid, "--notes", str(notes2), "--today", "2026-12-05")

    # Check-up routing, one branch per answers file.
    base = (
        "energized: {e}\ntime_satisfied: {t}\ncancelled_three_in_a_row: {c}\nmatch: {m}\n"
        "meetings: {n}\n"
    )
    cases = {
        "on-track": (base.format(e="yes", t="yes", c="no", m="good", n=5), True, []),
        "plan": (base.format(e="no", t="no", c="no", m="poor", n=4) + "obstacles: [6, 9]\n",
                 False, [6, 9]),
        "coordinator": (base.format(e="no", t="no", c="yes", m="poor", n=1)
                        + "obstacles: [2, 8]\n", False, [2, 8]),
    }  # fmt: skip
    for route, (text, suitable, obstacles) in cases.items():
        answers = tmp_path / f"{route}.yaml"
        answers.write_text(text)
        result = cli.json("checkup", rid, "--answers", str(answers))
        assert result["route"] == route
        assert (result["suitable"], result["obstacles"]) == (suitable, obstacles)
        assert result["next_steps"] and all(isinstance(s, str) for s in result["next_steps"])

    # Midpoint renewal and the end signals, on request.
    midpoint = cli.run("relationship", "midpoint", rid)
    assert "Should we shift our goals at all?" in midpoint
    signals = cli.json("relationship", "signals", rid, "--today", "2026-12-06")
    assert signals["kind"] == "signals"
    assert "Mentor and mentee don't" in json.dumps(signals)

    # Closing: the agenda still reviews what is open, with closing reflections.
    closed = cli.json("relationship", "close", rid, "--today", "2026-12-06")
    assert closed["status"] == "closed"
    assert "Did we accomplish our mentoring goals?" in json.dumps(closed["closing"])
    assert closed["agenda"]["stage"] == "closing" and closed["reflection"]["prompts"]
    assert review_prompts(closed["agenda"])

    # Export, delete, import: the same record comes back.
    shown = cli.json("relationship", "show", rid)
    exported = cli.run("relationship", "export", rid)
    export_file = tmp_path / "export.json"
    export_file.write_text(exported)
    assert json.loads(exported)["relationship"]["id"] == rid
    markdown = cli.run("relationship", "export", rid, "--format", "md")
    assert "## Sessions" in markdown and "Draft the project proposal" in markdown

    assert main(["relationship", "delete", rid]) == 2  # asks for --yes
    assert "--yes" in capsys.readouterr().err
    deleted = cli.json("relationship", "delete", rid, "--yes")
    assert (deleted["sessions"], deleted["checkups"]) == (2, 3)
    assert cli.json("relationship", "list")["relationships"] == []
    assert main(["relationship", "show", rid]) == 1
    assert "No relationship" in capsys.readouterr().err
    assert b"stretch assignment" not in (indexed_home / "relationships.db").read_bytes()

    imported = cli.json("relationship", "import", str(export_file))
    assert imported["id"] == rid
    assert cli.json("relationship", "show", rid) == shown
    assert main(["relationship", "import", str(export_file)]) == 2
    assert "already recorded" in capsys.readouterr().err


def test_bad_import_files_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "mentor-assist-relationship", "version": 1, "relationship": {}}')
    assert main(["relationship", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and "relationship export" in err
