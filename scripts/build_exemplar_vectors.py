"""Recompute the shipped vectors of every exemplar bank (assistant/understanding/exemplars/).

Usage: python scripts/build_exemplar_vectors.py

Run after editing a bank; tests fail while a bank's shipped vectors do not match its texts.
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


def main() -> None:
    for path in sorted(BANK_DIR.glob("*.yaml")):
        family = path.stem
        started = time.perf_counter()
        texts, labels = bank_texts(family)
        vectors = build_vectors(texts)
        out = save_vectors(family, texts, vectors, labels)
        print(
            f"{family}: {len(texts)} exemplars -> {out.relative_to(ROOT)} "
            f"({time.perf_counter() - started:.1f} s)"
        )


if __name__ == "__main__":
    main()
