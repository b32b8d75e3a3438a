"""Warm latency of the relationship record through the facade (offline engine, guard included).

Run: ``.venv/bin/python benchmarks/relationship.py [--runs N] [--sessions N]``

In a temporary data directory: opens the store (migrating a new file), then times recording a
session (notes -> action items -> one transaction), marking an item done, an agenda with the
relationship's open items, a scored check-up, an export, and delete + vacuum of a relationship
with ``--sessions`` sessions. Prints median and p95 in milliseconds and the file size.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.config import Settings  # noqa: E402
from assistant.relationship.checkup import parse_answers  # noqa: E402
from assistant.relationship.export import export_json  # noqa: E402
from assistant.relationship.store import RelationshipStore  # noqa: E402
from assistant.service import Assistant  # noqa: E402

NOTES = """\
We talked about the reorganisation and the stretch assignment.
- Priya will send Sam two articles on giving feedback by Friday
- Sam: draft the project proposal outline before Dec 3
- I'll ask my manager about the stretch assignment next Tuesday
"""
ANSWERS = {"match": "poor", "meetings": 2, "energized": False, "time_satisfied": False,
           "cancelled_three_in_a_row": False, "obstacles": [6, 9]}  # fmt: skip


def timed(call: Callable[[], object], runs: int) -> tuple[float, float]:
    call()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(0.95 * len(samples)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--sessions", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        assistant = Assistant(Settings.load(home=home, provider="offline"))
        assistant.kb.ensure_ready()
        start = time.perf_counter()
        RelationshipStore(home).close()
        print(f"open + migrate a new file: {(time.perf_counter() - start) * 1000:.1f} ms")
        start = time.perf_counter()
        RelationshipStore(home).close()
        print(f"open an up-to-date file: {(time.perf_counter() - start) * 1000:.1f} ms")

        store = assistant.relationships
        record = store.create("Priya", "Sam", goals=["Lead a team", "Present to leadership"])
        day = iter(date(2026, 1, 1) + timedelta(days=n) for n in range(100_000))
        rows = []

        def session() -> None:
            assistant.record_session(record.id, NOTES, today=next(day))

        def done() -> None:
            item = store.open_items(record.id)[0]
            store.set_item_status(record.id, item.id, "done")

        rows.append(("record a session (3 items)", *timed(session, args.runs)))
        rows.append(("mark an item done", *timed(done, args.runs)))
        rows.append(
            (
                "agenda with open items",
                *timed(lambda: assistant.agenda("regular", 45, relationship=record.id), args.runs),
            )
        )
        rows.append(
            (
                "90-day check-up (scored, stored)",
                *timed(lambda: assistant.checkup(record.id, parse_answers(ANSWERS)), args.runs),
            )
        )
        rows.append(("export (JSON)", *timed(lambda: export_json(store.get(record.id)), args.runs)))
        open_items = len(store.open_items(record.id))
        sessions = len(store.get(record.id).sessions)

        victims = []
        for _ in range(args.runs + 1):
            other = store.create("Ana", "Lee")
            for _ in range(args.sessions):
                store.add_session(other.id, held_on=next(day), stage="regular", notes=NOTES)
            victims.append(other.id)
        rows.append((f"delete + vacuum ({args.sessions} sessions)",
                     *timed(lambda: store.delete(victims.pop()), args.runs)))  # fmt: skip

        size = store.path.stat().st_size
        print(f"\nrelationship with {sessions} sessions and {open_items} open items")
        print(f"{'operation':<36} {'median ms':>10} {'p95 ms':>8}")
        for name, median, p95 in rows:
            print(f"{name:<36} {median:>10.1f} {p95:>8.1f}")
        print(f"\nfile size after the run: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
