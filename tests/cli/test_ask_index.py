"""The ask/index command contract, run as a user would: a real process per call.

The processes are independent of each other, so they are all started when the module starts and
run side by side (a process spends seconds loading before it answers); each test then waits for
its own and checks what it printed.
"""

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Like the shared ``home`` fixture: no provider settings from the environment reach the processes.
CLEARED = ("OPENAI_", "MENTOR_ASSIST_", "CHROMA_")


def environment(home: Path, env: dict | None = None) -> dict:
    kept = {name: value for name, value in os.environ.items() if not name.startswith(CLEARED)}
    return {**kept, "MENTOR_ASSIST_HOME": str(home), **(env or {})}


def mentor_assist(
    *args: str, home: Path, stdin: str | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment(home, env),
        timeout=300,
    )


@dataclass
class Started:
    """A ``mentor-assist`` process started ahead of its test, on data directory ``home``."""

    process: subprocess.Popen
    home: Path

    def result(self) -> subprocess.CompletedProcess:
        out, err = self.process.communicate(timeout=300)
        return subprocess.CompletedProcess(self.process.args, self.process.returncode, out, err)


def start(*args: str, home: Path, stdin: str | None = None) -> Started:
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(home),
    )
    assert process.stdin is not None
    process.stdin.write(stdin or "")  # a few lines: the pipe holds them
    process.stdin.close()
    process.stdin = None  # communicate() only reads
    return Started(process, home)


QUESTIONS = ["How should we celebrate success?", "", "What is the capital of Peru?"]
USAGE = [
    (("ask", "   "), 2, "empty"),
    (("ask", "hi", "--k", "0"), 2, "--k"),
    (("ask",), 2, "QUESTION"),
    (("nonsense",), 2, "invalid choice"),
    (("ask", "hi", "--provider", "openai"), 1, "OPENAI_API_KEY"),
]


@pytest.fixture(scope="module")
def started(kb_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """Every independent process of this module, started at once."""
    fresh = tmp_path_factory.mktemp("first-use") / "home"
    summary = tmp_path_factory.mktemp("index-summary")
    (summary / "empty.md").write_bytes(b"")
    (summary / "ok.md").write_text("# Reverse mentoring\n\nJunior staff mentor senior staff.")
    processes = {
        "json": start("ask", "What is the role of a mentee?", "--json", "--k", "3", home=kb_home),
        "stdin": start("ask", "-", "--json", home=kb_home, stdin="\n".join(QUESTIONS) + "\n"),
        "first use": start("ask", "What happens at the 90 day check up?", home=fresh),
        "index": start("index", str(summary), home=summary / "home"),
        **{args: start(*args, home=kb_home) for args, _, _ in USAGE},
    }
    yield processes
    for each in processes.values():  # any a failed or deselected test left running
        if each.process.poll() is None:
            each.process.kill()
            each.process.communicate()


def test_ask_json_contract(started: dict) -> None:
    result = started["json"].result()
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"answer", "citations", "grounded", "provider", "notice"} <= set(data)
    assert data["grounded"] is True and data["provider"] == "offline" and data["notice"] is None
    assert 1 <= len(data["citations"]) <= 3
    for citation in data["citations"]:
        assert set(citation) == {"source", "title", "section", "text", "score"}
        assert isinstance(citation["score"], float)
    assert "[1]" in data["answer"]


def test_ask_reads_one_question_per_line_and_answers_in_order(started: dict) -> None:
    result = started["stdin"].result()
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["grounded"] for line in lines] == [True, False]


def test_ask_builds_the_index_on_first_use_and_prints_sources(started: dict) -> None:
    result = started["first use"].result()
    assert result.returncode == 0, result.stderr
    assert "Sources:" in result.stdout and "[1]" in result.stdout
    assert "Embedding" in result.stderr  # progress was shown while the index was built
    assert (started["first use"].home / "index").is_dir()


@pytest.mark.parametrize(("args", "code", "message"), USAGE)
def test_usage_errors_exit_2_and_errors_exit_1(
    started: dict, args: tuple[str, ...], code: int, message: str
) -> None:
    result = started[args].result()
    assert result.returncode == code
    assert message in result.stderr
    assert result.stdout == ""


def test_index_prints_a_summary_and_names_bad_files(started: dict) -> None:
    result = started["index"].result()
    home = started["index"].home
    folder = home.parent
    assert result.returncode == 1  # something failed, and it says what
    assert f"{folder / 'empty.md'}: file is empty" in result.stderr
    assert "6 files added" in result.stdout and "1 failed" in result.stdout
    again = mentor_assist("index", "--json", home=home)
    report = json.loads(again.stdout)
    assert report["unchanged"] and not report["added"] and report["embedded_chunks"] == 0
