"""``mentor-assist guard``: text and JSON output, stdin mode, exit codes."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from assistant.cli import guard as guard_cli
from assistant.errors import UsageError
from assistant.guard import check


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mentor-assist")
    guard_cli.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_json_for_one_text(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse(["guard", "Don't worry, I'll handle it all.", "--json"])
    assert args.func is guard_cli.run
    assert guard_cli.run(args) == 0
    out = capsys.readouterr().out
    assert out.endswith("\n") and out.count("\n") == 1
    data = json.loads(out)
    assert data == check("Don't worry, I'll handle it all.").to_dict()
    assert data["flagged"] is True
    assert data["findings"][0]["category"] == "rescuing"
    assert isinstance(data["findings"][0]["span"], list)


def test_unflagged_text_exits_zero_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert guard_cli.run(parse(["guard", "What would success look like?", "--json"])) == 0
    assert json.loads(capsys.readouterr().out) == {
        "flagged": False,
        "findings": [],
        "rewrite": "What would success look like?",
    }


def test_the_report_names_each_category_as_the_help_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert guard_cli.run(parse(["guard", "I'll make sure you get the fellowship."])) == 0
    out = capsys.readouterr().out
    assert "1. promising outcomes: " in out
    assert "gatekeeping" not in out
    assert guard_cli.run(parse(["guard", "I'll make sure you get the fellowship.", "--json"])) == 0
    assert '"category": "gatekeeping"' in capsys.readouterr().out  # the JSON contract stays


def test_readable_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert guard_cli.run(parse(["guard", "Great work. I know best."])) == 0
    out = capsys.readouterr().out
    assert out.startswith("FLAGGED: 1 finding.")
    assert "knowing best: “I know best”" in out  # the label the help uses, not the JSON name
    assert "Why: " in out and "What Is Not The Role Of A Mentor?" in out
    assert "Try instead: " in out
    assert out.rstrip().endswith(check("Great work. I know best.").rewrite)

    assert guard_cli.run(parse(["guard", "I'll share my notes."])) == 0
    assert capsys.readouterr().out.startswith("OK: no savior language found")


def test_empty_text_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as error:
        guard_cli.run(parse(["guard", "  "]))
    assert error.value.exit_code == 2
    assert "empty" in str(error.value)


def test_stdin_one_json_object_per_line_in_order(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["You need me.", "", "I’ll share my notes.", "Here's what needs to get done."]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert guard_cli.run(parse(["guard", "-", "--json"])) == 0
    out = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in out] == [check(line).to_dict() for line in lines]
    assert [json.loads(line)["flagged"] for line in out] == [True, False, False, True]


def test_stdin_answers_each_line_before_reading_the_next(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written: list[str] = []

    class Stdout(io.StringIO):
        def flush(self) -> None:
            written.append(self.getvalue())

    class Stdin:
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield "You need me.\n"
            # The first answer must already be out (flushed) before the second line arrives.
            assert written and written[-1].count("\n") == 1
            yield "I know best.\n"

    monkeypatch.setattr("sys.stdin", Stdin())
    monkeypatch.setattr("sys.stdout", Stdout())
    assert guard_cli.run(parse(["guard", "-", "--json"])) == 0
    assert written[-1].count("\n") == 2
