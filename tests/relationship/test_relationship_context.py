"""``--relationship ID`` as the context of every capability: ask, chat, agenda, GROW, action
items, FAQ and reflect each take what they need from the record, through the command line."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from assistant.cli import main

if TYPE_CHECKING:
    from conftest import Cli
from assistant.relationship.context import content_words, next_stage
from assistant.service import Assistant

NOTES = """# First meeting
We talked about the charge nurse interview and the worries about the rota.
- Sam will draft answers to the three leadership questions by Friday
"""
FOLLOW_UP = "Sam to book a mock interview with the ward manager by 3 December.\n"


def test_every_capability_takes_the_relationship_as_context(
    indexed_home: Path,
    cli: Cli,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rid = cli.json(
        "relationship", "create", "--mentor", "Dana Reyes", "--mentee", "Sam Okafor",
        "--goal", "Prepare for the charge nurse interview",
    )["id"]  # fmt: skip

    # Agenda: with no --stage, the stage the record has reached (no session yet: the first).
    first = cli.json("agenda", "--relationship", rid, "--minutes", "30")
    assert first["stage"] == "first-meeting"
    assert first["relationship"] == rid and first["relationship_stage"] == "first-meeting"
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    cli.json("session", "add", rid, "--notes", str(notes), "--today", "2026-11-20",
             "--stage", "first-meeting")  # fmt: skip
    second = cli.json("agenda", "--relationship", rid, "--minutes", "30")
    assert second["stage"] == "action-plan"
    assert [i["task"] for i in second["open_action_items"]] == [
        "Draft answers to the three leadership questions"
    ]

    # FAQ: with no --topic, the questions of the stage the pair has reached.
    faq = cli.json("faq", "--count", "3", "--relationship", rid)
    topical = cli.json("faq", "--count", "3", "--topic", "action plan")
    general = cli.json("faq", "--count", "3")
    assert faq["relationship_stage"] == "action-plan"
    questions = [entry["question"] for entry in faq["faq"]]
    assert questions == [entry["question"] for entry in topical["faq"]]
    assert questions != [entry["question"] for entry in general["faq"]]

    # Ask: the guidance's answer is the same; the pair's own notes that bear on it follow.
    question = "How should I get ready for the interview panel?"
    plain = cli.json("ask", question)
    with_notes = cli.json("ask", question, "--relationship", rid)
    assert with_notes["answer"] == plain["answer"] and "session_notes" not in plain
    assert with_notes["relationship"] == rid
    [match] = with_notes["session_notes"]
    assert match["held_on"] == "2026-11-20" and "[interview]" in match["snippet"]
    assert "\n" not in match["snippet"]
    markdown = cli.run("ask", question, "--relationship", rid)
    assert "From Sam Okafor and Dana Reyes's session notes:" in markdown
    unrelated = cli.json("ask", "What is confidentiality?", "--relationship", rid)
    assert unrelated["session_notes"] == []

    # Chat: the notes come as their own event, before "done" (where scripts stop reading).
    monkeypatch.setattr("sys.stdin", io.StringIO(question + "\nexit\n"))
    events = [json.loads(line) for line in cli.run("chat", "--relationship", rid,
                                                "--json").splitlines()]  # fmt: skip
    kinds = [event.get("event") for event in events]
    assert kinds.index("session_notes") == kinds.index("done") - 1
    assert events[kinds.index("session_notes")]["matches"][0]["session"] == match["session"]

    # GROW: coached on the relationship's goal; the summary is saved to its record.
    turn = cli.json("grow", "start", "--relationship", rid)
    assert "preparing for the charge nurse interview" in turn["question"]
    cli.json("grow", "answer", turn["session"],
             "I will practise my answers with a colleague by Thursday")  # fmt: skip
    summary = cli.json("grow", "summary", turn["session"], "--relationship", rid,
                       "--today", "2026-11-27")  # fmt: skip
    assert summary["relationship"] == rid
    saved = summary["saved"]
    assert saved["held_on"] == "2026-11-27" and saved["grow_summary"]["session"] == turn["session"]
    sessions = cli.json("session", "list", rid)["sessions"]
    assert saved["session"] in {session["id"] for session in sessions} and len(sessions) == 2

    # Action items: the record's names give the owners their full names.
    follow_up = tmp_path / "follow-up.md"
    follow_up.write_text(FOLLOW_UP, encoding="utf-8")
    bare = cli.json("actions", str(follow_up), "--today", "2026-11-27")
    named = cli.json("actions", str(follow_up), "--today", "2026-11-27",
                     "--relationship", rid)  # fmt: skip
    assert [item["owner"] for item in bare["action_items"]] == ["Sam"]
    assert [item["owner"] for item in named["action_items"]] == ["Sam Okafor"]
    assert named["relationship"] == rid and named["action_items"][0]["due"] == "2026-12-03"

    # Reflect: tailored to the record's notes.
    reflection = cli.json("reflect", "--kind", "session", "--relationship", rid)
    assert any("leadership questions" in prompt for prompt in reflection["prompts"])


@pytest.mark.parametrize(
    "argv",
    [
        ["ask", "How often should we meet?"],
        ["faq", "--count", "2"],
        ["grow", "start"],
        ["agenda", "--minutes", "30"],
    ],
)
def test_an_unknown_relationship_is_a_clear_error(
    indexed_home: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--relationship", "nope"]) == 1
    err = capsys.readouterr().err
    assert "No relationship 'nope'" in err and "mentor-assist relationship list" in err


def test_an_agenda_needs_a_stage_or_a_relationship(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agenda", "--minutes", "30"]) == 2
    assert "--stage is required" in capsys.readouterr().err


def test_the_next_stage_follows_the_record(assistant: Assistant) -> None:
    store = assistant.relationships
    record = store.create("Priya", "Sam")
    assert next_stage(store.get(record.id)) == "first-meeting"
    store.add_session(record.id, held_on=date(2026, 11, 2), stage="first-meeting", notes="Hi")
    assert next_stage(store.get(record.id)) == "action-plan"
    store.add_session(record.id, held_on=date(2026, 11, 16), stage="action-plan", notes="Plan")
    assert next_stage(store.get(record.id)) == "regular"
    store.set_status(record.id, "closed")
    assert next_stage(store.get(record.id)) == "closing"


def test_content_words_leave_out_the_question_words() -> None:
    assert content_words("How should I get ready for the interview, Sam?") == (
        "ready interview sam"
    )
    assert content_words("What is it?") == ""
