"""Action-item extraction on the labelled notes: precision, recall, owner/due accuracy, latency.

Run: ``.venv/bin/python benchmarks/actions.py [--runs N]``

A predicted task matches an expected one when their normalised texts are equal or their token
overlap (Dice coefficient over word tokens) is at least ``TASK_MATCH_THRESHOLD``; pairs are
matched greedily, best overlap first, one-to-one. Owner and due accuracy are computed over the
matched pairs. The tests import ``match_items`` and ``score_file`` from here so there is one
definition of a match.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.actions import ActionItem, extract_action_items  # noqa: E402

DATA_DIR = ROOT / "tests" / "data" / "notes"
TASK_MATCH_THRESHOLD = 0.7
_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def task_similarity(a: str, b: str) -> float:
    """1.0 for equal normalised text, else the Dice coefficient of the word-token multisets."""
    ta, tb = tokens(a), tokens(b)
    if ta == tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    common = 0
    remaining = list(tb)
    for token in ta:
        if token in remaining:
            remaining.remove(token)
            common += 1
    return 2 * common / (len(ta) + len(tb))


def match_items(
    predicted: list[ActionItem], expected: list[ActionItem]
) -> list[tuple[ActionItem, ActionItem]]:
    """Greedy one-to-one matching of predicted to expected items by task similarity."""
    pairs = sorted(
        (
            (task_similarity(p.task, e.task), i, j)
            for i, p in enumerate(predicted)
            for j, e in enumerate(expected)
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_e: set[int] = set()
    matched = []
    for score, i, j in pairs:
        if score < TASK_MATCH_THRESHOLD or i in used_p or j in used_e:
            continue
        used_p.add(i)
        used_e.add(j)
        matched.append((predicted[i], expected[j]))
    return matched


@dataclass
class Case:
    name: str
    today: date
    mentee: str | None
    mentor: str | None
    author: str
    notes: str
    expected: list[ActionItem]
    not_items: list[str] = field(default_factory=list)

    def run(self) -> list[ActionItem]:
        return extract_action_items(
            self.notes,
            today=self.today,
            mentee=self.mentee,
            mentor=self.mentor,
            author=self.author,  # type: ignore[arg-type]
        )


def load_case(path: Path) -> Case:
    raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    expected = [
        ActionItem(task=str(e["task"]), owner=str(e["owner"]), due=e["due"])
        for e in raw.get("expected") or []
    ]
    return Case(
        name=path.stem,
        today=raw["today"],
        mentee=raw.get("mentee"),
        mentor=raw.get("mentor"),
        author=raw.get("author", "mentee"),
        notes=raw["notes"],
        expected=expected,
        not_items=[str(n) for n in raw.get("not_items") or []],
    )


def load_cases(directory: Path = DATA_DIR) -> list[Case]:
    return [load_case(p) for p in sorted(directory.glob("*.yaml"))]


@dataclass
class Score:
    predicted: int = 0
    expected: int = 0
    matched: int = 0
    owner_ok: int = 0
    due_ok: int = 0

    def add(self, other: Score) -> None:
        self.predicted += other.predicted
        self.expected += other.expected
        self.matched += other.matched
        self.owner_ok += other.owner_ok
        self.due_ok += other.due_ok

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def owner_accuracy(self) -> float:
        return self.owner_ok / self.matched if self.matched else 1.0

    @property
    def due_accuracy(self) -> float:
        return self.due_ok / self.matched if self.matched else 1.0


def score_file(case: Case, predicted: list[ActionItem] | None = None) -> Score:
    predicted = case.run() if predicted is None else predicted
    matched = match_items(predicted, case.expected)
    return Score(
        predicted=len(predicted),
        expected=len(case.expected),
        matched=len(matched),
        owner_ok=sum(p.owner == e.owner for p, e in matched),
        due_ok=sum(p.due == e.due for p, e in matched),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="timed runs per notes file")
    parser.add_argument("--verbose", action="store_true", help="list misses and extras")
    args = parser.parse_args(argv)

    cases = load_cases()
    total = Score()
    for case in cases:
        predicted = case.run()
        score = score_file(case, predicted)
        total.add(score)
        print(
            f"{case.name:28s} expected {score.expected:2d} predicted {score.predicted:2d} "
            f"matched {score.matched:2d} owner {score.owner_ok:2d} due {score.due_ok:2d}"
        )
        if args.verbose:
            matched = match_items(predicted, case.expected)
            hit_p = {id(p) for p, _ in matched}
            hit_e = {id(e) for _, e in matched}
            for p in predicted:
                if id(p) not in hit_p:
                    print(f"    extra: {p.to_dict()}")
            for e in case.expected:
                if id(e) not in hit_e:
                    print(f"    missed: {e.to_dict()}")
            for p, e in matched:
                if p.owner != e.owner or p.due != e.due:
                    print(f"    wrong: {p.to_dict()} expected {e.to_dict()}")

    print()
    print(f"files {len(cases)}, expected items {total.expected}, predicted {total.predicted}")
    print(f"precision      {total.precision:.3f}")
    print(f"recall         {total.recall:.3f}")
    print(f"owner accuracy {total.owner_accuracy:.3f} (over {total.matched} matched)")
    print(f"due accuracy   {total.due_accuracy:.3f} (over {total.matched} matched)")

    for case in cases:  # warm-up
        case.run()
    timings = []
    for _ in range(args.runs):
        for case in cases:
            start = time.perf_counter()
            case.run()
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    print(
        f"warm latency per notes file: median {statistics.median(timings):.2f} ms, "
        f"p95 {p95:.2f} ms, max {timings[-1]:.2f} ms ({len(timings)} runs)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
