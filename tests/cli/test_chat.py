"""``mentor-assist chat``: a conversation with streamed, cited, guarded answers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from assistant.cli import main


def run_chat(monkeypatch: pytest.MonkeyPatch, kb_home: Path, lines: str, *args: str) -> int:
    monkeypatch.setenv("MENTOR_ASSIST_HOME", str(kb_home))
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    return main(["chat", *args])


def test_chat_answers_each_question_with_sources_and_stops_at_exit(
    monkeypatch: pytest.MonkeyPatch, kb_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (
        "How do I prepare for my first mentoring meeting?\n\n"
        "How often should we meet?\nexit\nnot asked\n"
    )
    assert run_chat(monkeypatch, kb_home, lines) == 0
    out = capsys.readouterr().out
    assert out.count("Sources:") == 2
    assert "[1]" in out


def test_chat_json_events_end_with_done_and_keep_history(
    monkeypatch: pytest.MonkeyPatch, kb_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = "How do I prepare for my first mentoring meeting?\nWhat about goals?\n"
    assert run_chat(monkeypatch, kb_home, lines, "--json") == 0  # EOF ends the session
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    done = [e for e in events if e["event"] == "done"]
    assert len(done) == 2
    assert all(e["provider"] == "offline" and e["notice"] is None for e in done)
    assert all(e["citations"] for e in done)
    assert all(e["event"] in {"text", "done"} for e in events)


def test_chat_with_an_unreachable_model_falls_back_with_a_note(
    monkeypatch: pytest.MonkeyPatch, kb_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.providers.conftest import closed_port

    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{closed_port()}/v1")
    lines = "How do I prepare for my first mentoring meeting?\n"
    assert run_chat(monkeypatch, kb_home, lines, "--provider", "openai") == 0
    captured = capsys.readouterr()
    assert "Sources:" in captured.out
    assert "could not be reached" in captured.err and "offline engine" in captured.err
