"""Fixtures shared by the relationship tests that run the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from assistant.cli import main


@pytest.fixture
def indexed_home(kb_home: Path, home: Path) -> Path:
    """A data directory of this test's own, holding a copy of the index built once per run."""
    shutil.copytree(kb_home, home, ignore=shutil.ignore_patterns("sessions", "*.lock"))
    return home


class Cli:
    """``mentor-assist`` in this process: its standard output, or its JSON."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def run(self, *args: str, code: int = 0) -> str:
        assert main(list(args)) == code, self.capsys.readouterr().err
        return self.capsys.readouterr().out

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--json"))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capsys)
