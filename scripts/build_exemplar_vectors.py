"""Recompute the shipped vectors of every exemplar bank (assistant/understanding/exemplars/).

Usage: python scripts/build_exemplar_vectors.py [FAMILY ...]

With family names (``question_topics``), only those banks are rebuilt. Run after editing a bank;
tests fail while a bank's shipped vectors do not match its texts.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.understanding.exemplars import (  # noqa: E402
    BANK_DIR,
    bank_texts,
    build_vectors,
    save_vectors,
)


def main(families: list[str]) -> None:
    known = {path.stem for path in BANK_DIR.glob("*.yaml")}
    unknown = sorted(set(families) - known)
    if unknown:
        sys.exit(f"no such bank: {', '.join(unknown)} (banks: {', '.join(sorted(known))})")
    for family in sorted(families or known):
        started = time.perf_counter()
        texts, labels = bank_texts(family)
        vectors = build_vectors(texts)
        out = save_vectors(family, texts, vectors, labels)
        print(
            f"{family}: {len(texts)} exemplars -> {out.relative_to(ROOT)} "
            f"({time.perf_counter() - started:.1f} s)"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
