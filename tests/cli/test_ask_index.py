"""The ask/index command contract, run as a user would: a real process per call."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def mentor_assist(
    *args: str, home: Path, stdin: str | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    environment = {**os.environ, "MENTOR_ASSIST_HOME": str(home), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )


def test_ask_json_contract(kb_home: Path) -> None:
    result = mentor_assist(
        "ask", "What is the role of a mentee?", "--json", "--k", "3", home=kb_home
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"answer", "citations", "grounded", "provider", "notice"} <= set(data)
    assert data["grounded"] is True and data["provider"] == "offline" and data["notice"] is None
    assert 1 <= len(data["citations"]) <= 3
    for citation in data["citations"]:
        assert set(citation) == {"source", "title", "section", "text", "score"}
        assert isinstance(citation["score"], float)
    assert "[1]" in data["answer"]


def test_ask_reads_one_question_per_line_and_answers_in_order(kb_home: Path) -> None:
    questions = ["How should we celebrate success?", "", "What is the capital of Peru?"]
    result = mentor_assist("ask", "-", "--json", home=kb_home, stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["grounded"] for line in lines] == [True, False]


def test_ask_builds_the_index_on_first_use_and_prints_sources(home: Path) -> None:
    result = mentor_assist("ask", "What happens at the 90 day check up?", home=home)
    assert result.returncode == 0, result.stderr
    assert "Sources:" in result.stdout and "[1]" in result.stdout
    assert "Embedding" in result.stderr  # progress was shown while the index was built
    assert (home / "index").is_dir()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("ask", "   "), 2, "empty"),
        (("ask", "hi", "--k", "0"), 2, "--k"),
        (("ask",), 2, "QUESTION"),
        (("nonsense",), 2, "invalid choice"),
        (("ask", "hi", "--provider", "openai"), 1, "OPENAI_API_KEY"),
    ],
)
def test_usage_errors_exit_2_and_errors_exit_1(
    kb_home: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    result = mentor_assist(*args, home=kb_home)
    assert result.returncode == code
    assert message in result.stderr
    assert result.stdout == ""


def test_index_prints_a_summary_and_names_bad_files(kb_home: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "ok.md").write_text("# Reverse mentoring\n\nJunior staff mentor senior staff.")
    home = tmp_path / "home"
    result = mentor_assist("index", str(tmp_path), home=home)
    assert result.returncode == 1  # something failed, and it says what
    assert f"{tmp_path / 'empty.md'}: file is empty" in result.stderr
    assert "6 files added" in result.stdout and "1 failed" in result.stdout
    again = mentor_assist("index", "--json", home=home)
    report = json.loads(again.stdout)
    assert report["unchanged"] and not report["added"] and report["embedded_chunks"] == 0
