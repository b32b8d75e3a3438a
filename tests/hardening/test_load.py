"""The load test, small: indexers, a long-lived asker and two app sessions on one data directory."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT


def test_concurrent_indexers_askers_and_app_sessions_lose_nothing_and_show_no_error() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "load.py"),
            *("--seconds", "20", "--indexers", "2", "--askers", "1", "--app-sessions", "2"),
            *("--min-runs", "3", "--json"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1500,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["documents_added"] >= 6
    assert figures["documents_lost"] == []
    assert figures["errors"] == 0, figures
    assert figures["index"]["runs"] >= 6
    assert figures["ask"]["runs"] >= 3
    assert figures["app"]["runs"] >= 6
