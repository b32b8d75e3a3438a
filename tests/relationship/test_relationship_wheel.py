"""An installed wheel carries the migrations and the guidance: a record opens and migrates there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_the_installed_wheel_creates_and_migrates_a_record(
    installed_wheel: Path, tmp_path: Path
) -> None:
    target = installed_wheel
    shipped = target / "assistant" / "relationship"
    assert (shipped / "guidance.yaml").is_file()
    assert (shipped / "migrations" / "versions" / "0001_first_schema.py").is_file()

    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(target), "MENTOR_ASSIST_HOME": str(home)}
    create = subprocess.run(
        [sys.executable, "-m", "assistant", "relationship", "create", "--mentor", "Priya",
         "--mentee", "Sam", "--goal", "Lead a team", "--json"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert create.returncode == 0, create.stderr
    record = json.loads(create.stdout)
    assert record["goals"][0]["text"] == "Lead a team"
    assert (home / "relationships.db").is_file()
    plan = subprocess.run(
        [sys.executable, "-m", "assistant", "relationship", "plan", record["id"]],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert plan.returncode == 0, plan.stderr
    assert "Which learning activities will advance this goal?" in plan.stdout
