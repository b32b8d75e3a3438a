"""``mentor-assist agenda``, ``reflect`` and ``faq`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main

NOTES = """- Discussed how to ask for a stretch assignment
- I will draft the proposal for the data-platform project by Friday
"""


@pytest.fixture(autouse=True)
def shared_index(kb_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Read the index built once per run instead of building one per test."""
    monkeypatch.setenv("MENTOR_ASSIST_HOME", str(kb_home))
    return kb_home


def test_agenda_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    actions = tmp_path / "actions.json"
    actions.write_text(
        json.dumps(
            {
                "action_items": [
                    {"task": "Send the draft to Sam", "owner": "mentee", "due": "2026-11-28"}
                ]
            }
        ),
        encoding="utf-8",
    )
    argv = ["agenda", "--stage", "midpoint", "--minutes", "45", "--goal", "lead a project",
            "--goal", "learn to delegate", "--open-actions", str(actions), "--json"]  # fmt: skip
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"stage", "total_minutes", "items", "provider", "notice", "guard_rewrites"} <= set(data)
    assert data["stage"] == "midpoint" and data["total_minutes"] == 45
    assert sum(item["minutes"] for item in data["items"]) == 45
    assert data["items"][1]["topic"] == "Review open action items"
    assert data["items"][1]["prompts"] == [
        "Send the draft to Sam (mentee, due 2026-11-28): done, in progress, or blocked?"
    ]
    prompts = [p for item in data["items"] for p in item["prompts"]]
    assert any(p.startswith("Goal: learn to delegate — ") for p in prompts)
    assert data["provider"] == "offline" and data["guard_rewrites"] == []


def test_agenda_markdown_and_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "agenda.md"
    argv = ["agenda", "--stage", "first-meeting", "--minutes", "30", "--output", str(target)]
    assert main(argv) == 0
    out = capsys.readouterr()
    assert out.out.startswith("# Agenda: First meeting")
    assert "| 0:00-" in out.out and "## Sources" in out.out
    assert target.read_text(encoding="utf-8") == out.out
    assert f"Wrote {target}" in out.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["agenda", "--stage", "regular", "--minutes", "4"], "between 5 and 480"),
        (["agenda", "--stage", "regular", "--minutes", "30", "--open-actions", "missing.json"],
         "no such file"),
        (["reflect", "--kind", "session", "--notes", "missing.txt"], "no such file"),
        (["faq", "--count", "0"], "between 1 and 50"),
    ],
)  # fmt: skip
def test_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) in (1, 2)
    assert message in capsys.readouterr().err


def test_bad_stage_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["agenda", "--stage", "kickoff", "--minutes", "30"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_reflect_json_with_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert main(["reflect", "--kind", "session", "--notes", str(notes), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["prompts"][0] == "What worked well in this session?"
    assert (
        "You committed to draft the proposal for the data-platform project by Friday — what is "
        "your first step?" in data["prompts"]
    )
    assert data["citations"] and set(data["citations"][0]) == {
        "source",
        "title",
        "section",
        "text",
        "score",
    }


def test_reflect_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reflect", "--kind", "closing"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Closing reflection")
    assert "- What have we appreciated about each other?" in out


def test_faq_json_and_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["faq", "--count", "4", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["faq"]) == 4 and "Is the program paid?" in data["gaps"]
    target = tmp_path / "faq.md"
    assert main(["faq", "--count", "2", "--topic", "confidentiality", "--output", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n### ") == 2 and "Sources:" in out
    assert target.read_text(encoding="utf-8") == out
