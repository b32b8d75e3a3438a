"""Load test: several indexers, askers and app sessions on one data directory at once.

Run: ``.venv/bin/python benchmarks/load.py [--seconds 60] [--indexers 3] [--askers 2]
[--app-sessions 2] [--min-runs 3] [--json]``

For a bounded time (and at least ``--min-runs`` operations per worker, so a slow machine still
overlaps them), on one fresh data directory (its index of the guidance built first):

- each *indexer* runs ``mentor-assist index FOLDER`` again and again, a new document added to its
  folder before every run (a new process each time, as a coordinator's script would);
- each *asker* is one long-lived ``mentor-assist ask - --json`` process fed a question every
  half second (it must keep answering while the index changes under it);
- each *app session* is the Streamlit app driven by Streamlit's AppTest in its own process,
  asking on the Ask page and reading the coordinator's document table in turn.

Afterwards a fresh process lists the index: every document an indexer added must be there.
Printed: runs, answers and their latency, errors of any kind (non-zero exits, error lines,
exceptions or error boxes in the app, tracebacks on stderr) and lost documents. Everything stays
on this machine: no sockets are opened at all.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = (
    "How often should mentor and mentee meet?",
    "What should we agree on at the first meeting?",
    "How do we end the mentoring relationship well?",
    "What is the role of a mentee?",
    "How do I give feedback to my mentor?",
)


@dataclass
class Tally:
    """What one kind of worker did and what went wrong."""

    runs: int = 0
    seconds: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        ordered = sorted(self.seconds)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else None
        return {
            "runs": self.runs,
            "p50_s": round(statistics.median(ordered), 3) if ordered else None,
            "p95_s": round(p95, 3) if p95 is not None else None,
            "errors": len(self.errors),
            "first_errors": self.errors[:3],
        }


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "assistant", *args]


def environment(home: Path) -> dict[str, str]:
    return {**os.environ, "MENTOR_ASSIST_HOME": str(home), "MENTOR_ASSIST_PROVIDER": "offline"}


def indexer(
    number: int, home: Path, folder: Path, until: float, min_runs: int, tally: Tally
) -> list[str]:
    """Add a document, index the folder; repeat until time is up. Returns the names added."""
    folder.mkdir(parents=True)
    added: list[str] = []
    while time.monotonic() < until or len(added) < min_runs:
        name = f"indexer{number}-doc{len(added)}.md"
        (folder / name).write_text(
            f"# Load note {number}.{len(added)}\n\n## Practice\n\nPairs in cohort {number} "
            f"practise habit {len(added)}: agree an agenda and review progress together.\n"
        )
        added.append(name)
        started = time.monotonic()
        result = subprocess.run(
            cli("index", str(folder), "--json"),
            capture_output=True,
            text=True,
            env=environment(home),
            cwd=ROOT,
            timeout=600,
        )
        tally.seconds.append(time.monotonic() - started)
        tally.runs += 1
        if result.returncode != 0 or "Traceback" in result.stderr:
            tally.errors.append(f"index exit {result.returncode}: {result.stderr.strip()[-300:]}")
    return added


def asker(home: Path, until: float, min_runs: int, tally: Tally) -> None:
    """One long-lived ``ask -`` process, a question every half second."""
    process = subprocess.Popen(
        cli("ask", "-", "--json"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(home),
        cwd=ROOT,
    )
    assert process.stdin is not None and process.stdout is not None
    count = 0
    try:
        while time.monotonic() < until or count < min_runs:
            question = QUESTIONS[count % len(QUESTIONS)]
            count += 1
            started = time.monotonic()
            process.stdin.write(question + "\n")
            process.stdin.flush()
            line = process.stdout.readline()
            tally.seconds.append(time.monotonic() - started)
            tally.runs += 1
            if not line:
                tally.errors.append("ask - stopped answering")
                break
            reply = json.loads(line)
            if "error" in reply or not reply.get("citations"):
                tally.errors.append(f"ask -: {line.strip()[:300]}")
            time.sleep(0.5)
    finally:
        process.stdin.close()
        stderr = process.stderr.read() if process.stderr else ""
        process.wait(timeout=120)
    if process.returncode != 0 or "Traceback" in stderr:
        tally.errors.append(f"ask - exit {process.returncode}: {stderr.strip()[-300:]}")


APP_WORKER = """
import json, sys, time
from streamlit.testing.v1 import AppTest

until = time.monotonic() + float(sys.argv[1])
questions = json.loads(sys.argv[2])
min_runs = int(sys.argv[4])
runs, seconds, errors = 0, [], []
at = AppTest.from_file(sys.argv[3], default_timeout=300).run()
while time.monotonic() < until or runs < min_runs:
    started = time.monotonic()
    if runs % 3 == 2:
        at.switch_page("assistant/ui/pages/coordinator.py").run()
        shown = len(at.dataframe[0].value) if at.dataframe else 0
        if not shown:
            errors.append("the coordinator's document table is missing or empty")
    else:
        at.switch_page("assistant/ui/pages/ask.py").run()
        at.chat_input[0].set_value(questions[runs % len(questions)]).run()
        if not at.expander:
            errors.append("an answer came without sources")
    seconds.append(time.monotonic() - started)
    runs += 1
    errors.extend(f"exception: {e.value}"[:300] for e in at.exception)
    errors.extend(f"error box: {e.value}"[:300] for e in at.error)
print(json.dumps({"runs": runs, "seconds": seconds, "errors": errors}))
"""


def app_session(home: Path, seconds: float, min_runs: int, tally: Tally) -> None:
    """The app in its own process through AppTest, asking and listing documents in turn."""
    worker = [str(seconds), json.dumps(QUESTIONS), "app.py", str(min_runs)]
    result = subprocess.run(
        [sys.executable, "-c", APP_WORKER, *worker],
        capture_output=True,
        text=True,
        env=environment(home),
        cwd=ROOT,
        timeout=seconds + 600,
    )
    if result.returncode != 0:
        tally.errors.append(f"app exit {result.returncode}: {result.stderr.strip()[-300:]}")
        return
    data = json.loads(result.stdout.strip().splitlines()[-1])
    tally.runs += data["runs"]
    tally.seconds.extend(data["seconds"])
    tally.errors.extend(data["errors"])


def run(
    seconds: float, indexers: int, askers: int, app_sessions: int, min_runs: int = 3
) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="mentor-load-"))
    home = workdir / "home"
    try:
        built = subprocess.run(
            cli("index", "--json"),
            capture_output=True,
            text=True,
            env=environment(home),
            cwd=ROOT,
            timeout=600,
        )
        if built.returncode != 0:
            raise SystemExit(f"could not build the index: {built.stderr}")
        tallies = {"index": Tally(), "ask": Tally(), "app": Tally()}
        added: dict[int, list[str]] = {}
        until = time.monotonic() + seconds
        started = time.monotonic()

        def index_worker(number: int) -> None:
            added[number] = indexer(
                number, home, workdir / f"folder{number}", until, min_runs, tallies["index"]
            )

        threads = [threading.Thread(target=index_worker, args=(n,)) for n in range(indexers)]
        threads += [
            threading.Thread(target=asker, args=(home, until, min_runs, tallies["ask"]))
            for _ in range(askers)
        ]
        threads += [
            threading.Thread(target=app_session, args=(home, seconds, min_runs, tallies["app"]))
            for _ in range(app_sessions)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started

        listed = subprocess.run(
            cli("index", "--list", "--json"),
            capture_output=True,
            text=True,
            env=environment(home),
            cwd=ROOT,
            timeout=600,
        )
        sources = {doc["source"] for doc in json.loads(listed.stdout)}
        expected = [name for names in added.values() for name in names]
        lost = sorted(name for name in expected if name not in sources)
        errors = sum(len(tally.errors) for tally in tallies.values())
        return {
            "seconds": round(elapsed, 1),
            "indexers": indexers,
            "askers": askers,
            "app_sessions": app_sessions,
            "documents_added": len(expected),
            "documents_lost": lost,
            "errors": errors,
            **{name: tally.figures() for name, tally in tallies.items()},
        }
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--indexers", type=int, default=3)
    parser.add_argument("--askers", type=int, default=2)
    parser.add_argument("--app-sessions", type=int, default=2)
    parser.add_argument(
        "--min-runs", type=int, default=3, help="operations each worker does even past the time"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = run(args.seconds, args.indexers, args.askers, args.app_sessions, args.min_runs)
    if args.json:
        print(json.dumps(figures))
        return
    print(
        f"{figures['seconds']} s, {args.indexers} indexers, {args.askers} `ask -` processes, "
        f"{args.app_sessions} app sessions on one data directory"
    )
    print(f"{'worker':<8}{'runs':>6}{'p50 s':>8}{'p95 s':>8}{'errors':>8}")
    for name in ("index", "ask", "app"):
        row = figures[name]
        print(f"{name:<8}{row['runs']:>6}{row['p50_s']!s:>8}{row['p95_s']!s:>8}{row['errors']:>8}")
        for error in row["first_errors"]:
            print(f"    {error}")
    print(
        f"documents added {figures['documents_added']}, lost {len(figures['documents_lost'])}; "
        f"errors {figures['errors']}"
    )


if __name__ == "__main__":
    main()
