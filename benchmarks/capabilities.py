"""Warm latency of every capability through the facade (offline engine, guard included).

Run: ``.venv/bin/python benchmarks/capabilities.py [--runs N]``

Builds the index in a temporary data directory, calls each capability once to warm it, then
times ``--runs`` calls and prints median and p95 per capability, next to the 200 ms target.
Questions and goals differ on every call so no query-embedding cache hides the real work; the FAQ
is cached per index state by design, so its figure is the cached (served) cost.
Action-item accuracy on the labelled notes is printed by ``benchmarks/actions.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.config import Settings  # noqa: E402
from assistant.service import Assistant  # noqa: E402

QUESTIONS = ROOT / "tests" / "data" / "retrieval_questions.yaml"
TARGET_MS = 200.0
NOTES = """\
- Priya will send Sam two articles on giving feedback by Friday
- Sam: draft the project proposal outline before Dec 3
- We agreed to book the next session for two weeks from now
- I'll ask my manager about the stretch assignment next Tuesday
"""


def timed(call: Callable[[], object], runs: int) -> tuple[float, float]:
    call()  # warm: loads data files, models and caches
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(0.95 * len(samples)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        assistant = Assistant(Settings.load(home=Path(home), provider="offline"))
        start = time.perf_counter()
        assistant.kb.ensure_ready()
        print(f"index built in {time.perf_counter() - start:.1f} s (not part of the figures)")
        start = time.perf_counter()
        assistant.warm_up()  # as the app does on start: the parser and banks are loaded once
        print(f"warm-up {time.perf_counter() - start:.1f} s (not part of the figures)\n")
        # Each timed GROW answer goes to a fresh session, so no session runs out of questions.
        sessions = iter(
            [assistant.grow_start(topic="speaking").result.session for _ in range(args.runs + 1)]
        )
        goal = "I want to present at the all-hands by March with confidence"
        questions = iter(
            [q["question"] for q in yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))] * 3
        )
        goals = iter(f"Grow in skill number {i}: public speaking" for i in range(10 * args.runs))
        cases: dict[str, Callable[[], object]] = {
            "ask": lambda: assistant.ask(next(questions)),
            "agenda (first-meeting, 60 min)": lambda: assistant.agenda(
                "first-meeting", 60, goals=[next(goals)]
            ),
            "grow start": lambda: assistant.grow_start(topic="delegation"),
            "grow answer": lambda: assistant.grow_answer(next(sessions), goal),
            "actions (4 lines of notes)": lambda: assistant.actions(
                NOTES, today=date(2026, 11, 21), mentee="Sam", mentor="Priya", author="mentee"
            ),
            "reflect (session, with notes)": lambda: assistant.reflect("session", NOTES),
            "faq (10)": lambda: assistant.faq(10),
            "check my message": lambda: assistant.check_message(
                "I know best, so leave it to me and I will take care of you."
            ),
        }
        print(f"{'capability':34} {'median ms':>10} {'p95 ms':>10}  target < {TARGET_MS:.0f} ms")
        for name, call in cases.items():
            median, p95 = timed(call, args.runs)
            verdict = "ok" if median < TARGET_MS else "SLOW"
            print(f"{name:34} {median:10.2f} {p95:10.2f}  {verdict}")


if __name__ == "__main__":
    main()
