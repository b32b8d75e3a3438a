"""Retrieval benchmarks: prints figures for the embedding model (more sections can be added).

Run: ``.venv/bin/python benchmarks/retrieval.py [--texts 300] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.retrieval.embedder import MiniLMEmbedder, stock_embedding_function

ROOT = Path(__file__).resolve().parent.parent
CORPUS_GLOBS = (ROOT / "knowledge", "*.md"), (Path("/work/shared/seeds"), "*.txt")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


@dataclass(frozen=True)
class Row:
    """One line of the printed table."""

    section: str
    name: str
    value: float
    unit: str


def load_sentences(limit: int) -> list[str]:
    """Up to ``limit`` sentences/short paragraphs from the knowledge base (or the seed texts)."""
    sentences: list[str] = []
    for folder, pattern in CORPUS_GLOBS:
        for path in sorted(folder.glob(pattern)):
            text = _FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
            for paragraph in re.split(r"\n\s*\n", text):
                paragraph = " ".join(paragraph.split())
                sentences.extend(s for s in _SENTENCE_END.split(paragraph) if len(s) > 3)
        if len(sentences) >= limit:
            break
    if not sentences:
        raise SystemExit("No texts found under knowledge/ or /work/shared/seeds/.")
    while len(sentences) < limit:  # small corpus: repeat rather than fail
        sentences.extend(sentences[: limit - len(sentences)])
    return sentences[:limit]


def _best_seconds(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def bench_embedding(texts: Sequence[str], repeat: int = 3) -> list[Row]:
    """Throughput of MiniLMEmbedder vs Chroma's stock ONNXMiniLM_L6_V2 on the same texts."""
    ours = MiniLMEmbedder()
    with tempfile.TemporaryDirectory() as workdir:
        stock = stock_embedding_function(Path(workdir))
        # Warm up: create both sessions outside the timed region.
        start = time.perf_counter()
        ours.embed(["warm up"])
        ours_load = time.perf_counter() - start
        stock(["warm up"])

        ours_times = _best_seconds(lambda: ours.embed(texts), repeat)
        stock_times = _best_seconds(lambda: stock(list(texts)), repeat)
        a = ours.embed(texts)
        b = np.asarray(stock(list(texts)), dtype=np.float32)

    n = len(texts)
    ours_rate = n / statistics.median(ours_times)
    stock_rate = n / statistics.median(stock_times)
    cosine = (a * b).sum(axis=1)
    tokens = ours._load()[1].encode_batch(list(texts))
    return [
        Row("embedding", "texts", n, "count"),
        Row(
            "embedding", "mean tokens per text", float(np.mean([len(t.ids) for t in tokens])), "tok"
        ),
        Row("embedding", "MiniLMEmbedder session load", ours_load * 1000, "ms"),
        Row("embedding", "MiniLMEmbedder throughput", ours_rate, "texts/s"),
        Row("embedding", "stock ONNXMiniLM_L6_V2 throughput", stock_rate, "texts/s"),
        Row("embedding", "speed-up", ours_rate / stock_rate, "x"),
        Row("embedding", "min cosine vs stock", float(cosine.min()), ""),
        Row("embedding", "max abs diff vs stock", float(np.abs(a - b).max()), ""),
    ]


def print_table(rows: Sequence[Row]) -> None:
    """Print rows as an aligned plain-text table."""
    width = max(len(f"{r.section}: {r.name}") for r in rows)
    for r in rows:
        label = f"{r.section}: {r.name}"
        value = f"{r.value:.0f}" if r.unit == "count" else f"{r.value:.4g}"
        print(f"{label:<{width}}  {value:>12}  {r.unit if r.unit != 'count' else ''}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=300, help="number of sentences to embed")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per variant (median)")
    args = parser.parse_args(argv)
    texts = load_sentences(args.texts)
    print_table(bench_embedding(texts, repeat=args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
