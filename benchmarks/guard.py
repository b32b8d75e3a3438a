"""Guard figures: latency per check (200 characters and 2 KB), throughput, and quality.

Usage: python benchmarks/guard.py [--repeat N]

Quality is measured on tests/data/guard_utterances.yaml (labelled savior / healthy utterances) and,
separately, on two blind sets: tests/data/guard_blind.yaml (written before the rule changes that
followed it) and tests/data/guard_blind2.yaml (a second blind set, written without reading the
rules). Each blind set's header keeps the figures measured before the rules changed for it. For
each set: precision, recall, false-positive rate, and every false positive and false negative.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.guard import check, default_guard  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "guard_utterances.yaml"
BLIND = ROOT / "tests" / "data" / "guard_blind.yaml"
BLIND2 = ROOT / "tests" / "data" / "guard_blind2.yaml"

# A realistic mentor reply of about 200 characters: healthy, and one with two traps.
HEALTHY_200 = (
    "Thanks for walking me through the project update today. What would success look like for "
    "you by the end of the quarter? I will send you the article on stakeholder mapping by Friday, "
    "as promised."
)
SAVIOR_200 = (
    "Thanks for walking me through the project update today. Don't worry about the review, I'll "
    "take care of everything and talk to your manager for you. What would success look like for "
    "you?"
)


def _two_kb(seed: str) -> str:
    parts = []
    while sum(len(p) + 1 for p in parts) < 2048:
        parts.append(seed)
    return " ".join(parts)[:2048]


def latency(text: str, repeat: int) -> tuple[float, float]:
    """Median and p99 of one ``check`` call, in microseconds."""
    for _ in range(200):
        check(text)
    samples = []
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            check(text)
            samples.append(time.perf_counter() - started)
    finally:
        gc.enable()
    samples.sort()
    return statistics.median(samples) * 1e6, samples[int(0.99 * (len(samples) - 1))] * 1e6


def throughput(texts: list[str], seconds: float = 1.0) -> float:
    """Messages checked per second over a mix of texts."""
    count = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for text in texts:
            check(text)
        count += len(texts)
    return count / (time.perf_counter() - started)


def quality(path: Path, title: str) -> None:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    tp = fp = fn = tn = wrong_category = 0
    false_positives: list[tuple[str, list[str]]] = []
    false_negatives: list[tuple[str, str]] = []
    for item in items:
        result = check(item["text"])
        if item["savior"]:
            if result.flagged:
                tp += 1
                if item["category"] not in {f.category for f in result.findings}:
                    wrong_category += 1
            else:
                fn += 1
                false_negatives.append((item["category"], item["text"]))
        elif result.flagged:
            fp += 1
            false_positives.append(
                (item["text"], [f"{f.category}: {f.quote}" for f in result.findings])
            )
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"{title}: {len(items)} utterances ({tp + fn} savior, {fp + tn} healthy)")
    fp_rate = fp / (fp + tn) if fp + tn else 0.0
    print(f"  precision {precision:.3f}  recall {recall:.3f}  false-positive rate {fp_rate:.3f}")
    print(f"  flagged with a different category than labelled: {wrong_category}")
    print(f"  false positives ({len(false_positives)}):")
    for text, found in false_positives:
        print(f"    - {text!r} -> {found}")
    print(f"  false negatives ({len(false_negatives)}):")
    for category, text in false_negatives:
        print(f"    - [{category}] {text!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5000, help="timed calls per message")
    args = parser.parse_args()

    started = time.perf_counter()
    default_guard()
    print(f"Rules compiled in {(time.perf_counter() - started) * 1000:.0f} ms")
    cases = {
        "200 chars, healthy": HEALTHY_200,
        "200 chars, 2 findings": SAVIOR_200,
        "2 KB, healthy": _two_kb(HEALTHY_200),
        "2 KB, savior": _two_kb(SAVIOR_200),
    }
    print(f"Latency per check ({args.repeat} calls each, warm):")
    for name, text in cases.items():
        median, p99 = latency(text, args.repeat)
        print(f"  {name:24s} ({len(text):5d} chars): median {median:8.1f} µs   p99 {p99:8.1f} µs")
    rate = throughput([HEALTHY_200, SAVIOR_200])
    print(f"Throughput (200-char messages, half flagged): {rate:,.0f} messages/s")
    quality(LABELLED, "Labelled set")
    quality(BLIND, "Blind set (written before the rule changes that followed it)")
    quality(BLIND2, "Second blind set, written without reading the rules")
    print(f"  before the rule changes it led to: {_measured_before(BLIND2)}")


def _measured_before(path: Path) -> str:
    """The figures a blind set's header records from before the rules changed for it."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# Blind:"):
            return line.split(":", 2)[-1].strip()
    return "not recorded"


if __name__ == "__main__":
    main()
