from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from assistant.cli import main

NOTES = """## Session notes
We talked about interview nerves.
- Sam will update her CV by Friday
- I'll send two contacts at Acme next week
Next meeting: Dec 5
"""
ARGS = ["--today", "2025-11-19", "--mentee", "Sam", "--mentor", "Priya", "--author", "mentor"]
EXPECTED = [
    {"task": "Update her CV", "owner": "Sam", "due": "2025-11-21", "owners": ["Sam"]},
    {
        "task": "Send two contacts at Acme",
        "owner": "Priya",
        "due": "2025-11-28",
        "owners": ["Priya"],
    },
]


# Through the facade like every capability: who answered, any notice, and nothing rewritten.
OFFLINE_REPLY = {
    "action_items": EXPECTED,
    "provider": "offline",
    "notice": None,
    "guard_rewrites": [],
}


@pytest.fixture
def notes_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.md"
    path.write_text(NOTES)
    return path


def test_json_output(notes_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actions", str(notes_file), *ARGS, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == OFFLINE_REPLY
    assert main(["actions", str(notes_file), *ARGS, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == OFFLINE_REPLY


def test_markdown_is_the_default(notes_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actions", str(notes_file), *ARGS]) == 0
    out = capsys.readouterr().out
    assert "- [ ] Update her CV — Sam, due 2025-11-21" in out
    assert "- [ ] Send two contacts at Acme — Priya, due 2025-11-28" in out


@pytest.mark.parametrize(("fmt", "marker"), [("csv", "task,owner,due"), ("ics", "BEGIN:VTODO")])
def test_other_formats(
    notes_file: Path, capsys: pytest.CaptureFixture[str], fmt: str, marker: str
) -> None:
    assert main(["actions", str(notes_file), *ARGS, "--format", fmt]) == 0
    assert marker in capsys.readouterr().out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NOTES.encode())))
    assert main(["actions", "-", *ARGS, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == OFFLINE_REPLY


def test_today_defaults_to_the_current_date(
    notes_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["actions", str(notes_file), "--mentee", "Sam", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["action_items"]
    assert [i["task"] for i in items] == [e["task"] for e in EXPECTED]
    assert all(i["due"] for i in items)


@pytest.mark.parametrize("bad", ["2025-13-01", "Friday", "11/19/2025"])
def test_bad_date_exits_2(notes_file: Path, capsys: pytest.CaptureFixture[str], bad: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["actions", str(notes_file), "--today", bad])
    assert info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_json_and_another_format_disagree(
    notes_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["actions", str(notes_file), *ARGS, "--json", "--format", "csv"]) == 2
    assert "disagree" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9", "not UTF-8"),
    ],
)
def test_file_errors_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, reason: str
) -> None:
    path = tmp_path / "notes.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["actions", str(path), *ARGS]) == 1
    err = capsys.readouterr().err
    assert f"{path}: " in err and reason in err


def test_oversized_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)  # sparse: no 20 MB written to disk
    assert main(["actions", str(path), *ARGS]) == 1
    assert "over the 20 MB limit" in capsys.readouterr().err


def test_stdin_with_two_commitments_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Sam to finish the SQL course by Dec 15. Sam, please book a chat with Dana."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["actions", "-", *ARGS, "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["action_items"]
    assert [(i["task"], i["owner"], i["due"]) for i in items] == [
        ("Finish the SQL course", "Sam", "2025-12-15"),
        ("Book a chat with Dana", "Sam", None),
    ]


def test_several_owners_and_unknown_owner_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "minutes.md"
    path.write_text(
        "## Attendees\n- Ben Hart\n- Leonard Hegarty\n\n## Next steps\n"
        "- Ben and Leonard to coordinate the triage list\n- Improve commit naming\n"
    )
    assert main(["actions", str(path), "--today", "2025-11-19", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["action_items"]
    assert items[0]["owners"] == ["Ben Hart", "Leonard Hegarty"]
    assert items[0]["owner"] == "Ben Hart and Leonard Hegarty"
    # Notes from a meeting, not a mentoring session: an unowned step has no owner.
    assert (
        main(["actions", str(path), "--today", "2025-11-19", "--json", "--author", "mentee"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["action_items"][1]["owner"] == "mentee"


def test_ics_events_on_request(notes_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    icalendar = pytest.importorskip("icalendar")
    assert main(["actions", str(notes_file), *ARGS, "--format", "ics", "--ics-events"]) == 0
    calendar = icalendar.Calendar.from_ical(capsys.readouterr().out)
    assert len(calendar.walk("VTODO")) == 2
    assert [e.decoded("DTSTART").isoformat() for e in calendar.walk("VEVENT")] == [
        "2025-11-21",
        "2025-11-28",
    ]
    assert main(["actions", str(notes_file), *ARGS, "--ics-events"]) == 2
    assert "--format ics" in capsys.readouterr().err


def test_csv_output_uses_crlf(notes_file: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["actions", str(notes_file), *ARGS, "--format", "csv"]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b"task,owner,due\r\n") and out.count(b"\r\n") == 3


def test_today_from_the_notes_date_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "dated.md"
    path.write_text("Date: 2024-03-26\n\n- Sam will send the draft by Friday\n")
    assert main(["actions", str(path), "--mentee", "Sam", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["action_items"][0]["due"] == "2024-03-29"
