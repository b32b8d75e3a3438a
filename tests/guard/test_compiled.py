"""The compiled rules kept between processes: read back when sound, rebuilt when not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.guard import Guard
from assistant.guard.compiled import cache_path, load_engine
from assistant.guard.rules import RULES_PATH

SAVIOR = "Don't worry about the director, I'll deal with him for you."


def _findings(guard: Guard, text: str) -> list[tuple[str, tuple[int, int]]]:
    return [(f.category, f.span) for f in guard.check(text).findings]


def test_the_second_process_reads_the_rules_compiled_by_the_first(home: Path) -> None:
    first = Guard(semantic=False)
    stored = cache_path(RULES_PATH, home)
    assert stored.is_file()
    second = Guard(semantic=False)
    assert second.engine is not first.engine
    assert _findings(second, SAVIOR) == _findings(first, SAVIOR) != []
    # the lock of the automata's cache is made anew, not shared through the file
    assert second.engine.dfa.cache.lock is not first.engine.dfa.cache.lock


def test_a_damaged_file_is_compiled_again_and_replaced(home: Path) -> None:
    Guard(semantic=False)
    stored = cache_path(RULES_PATH, home)
    stored.write_bytes(stored.read_bytes()[:1000])  # a write cut short
    guard = Guard(semantic=False)
    assert _findings(guard, SAVIOR)
    assert load_engine(RULES_PATH, home).patterns  # and the file reads back whole now
    assert stored.stat().st_size > 1000


def test_a_directory_that_cannot_be_written_only_costs_the_saving(tmp_path: Path) -> None:
    blocked = tmp_path / "home"
    blocked.write_text("a file where the data directory should be", encoding="utf-8")
    engine = load_engine(RULES_PATH, blocked)
    assert engine.patterns
    assert not (tmp_path / "home" / "cache").exists()


def test_an_edited_rules_file_compiles_afresh_and_drops_the_old_file(
    home: Path, tmp_path: Path
) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    load_engine(rules, home)
    old = cache_path(rules, home)
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    load_engine(rules, home)
    assert cache_path(rules, home).is_file()
    assert not old.exists()


def test_an_invalid_rules_file_is_still_reported(home: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("version: 1\ncategories: {}\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_engine(rules, home)
    assert not any((home / "cache").glob("*.pickle"))


def test_two_starts_at_once_both_get_whole_rules(home: Path) -> None:
    code = (
        "from assistant.guard import check; "
        'print(len(check("I\'ll deal with your landlord for you.").findings))'
    )
    runs = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120)[0].strip() for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert outputs[0] == outputs[1] != "0"
    assert len(list((home / "cache").glob("guard-rules-*.pickle"))) == 1
    assert not list((home / "cache").glob(".guard-rules-*"))  # no temporary file left behind
