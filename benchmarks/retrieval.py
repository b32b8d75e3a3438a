"""Retrieval benchmarks: prints figures for the embedding model (more sections can be added).

Run: ``.venv/bin/python benchmarks/retrieval.py [--texts 300] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import os
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
        for path in sorted(p for p in folder.glob(pattern) if p.name != "README.md"):
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


def _interleaved_seconds(
    runs: dict[str, Callable[[], object]], repeat: int
) -> dict[str, list[float]]:
    """Time each run ``repeat`` times, alternating between them so background load hits all."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return times


def bench_embedding(texts: Sequence[str], repeat: int = 3) -> list[Row]:
    """Throughput of MiniLMEmbedder vs Chroma's stock ONNXMiniLM_L6_V2 on the same texts."""
    texts = list(texts)
    ours = MiniLMEmbedder()
    with tempfile.TemporaryDirectory() as workdir:
        stock = stock_embedding_function(Path(workdir))
        # Create both sessions outside the timed region.
        start = time.perf_counter()
        ours.embed(["warm up"])
        ours_load = time.perf_counter() - start
        stock(["warm up"])

        times = _interleaved_seconds(
            {"ours": lambda: ours.embed(texts), "stock": lambda: stock(texts)}, repeat
        )
        a = ours.embed(texts)
        b = np.asarray(stock(texts), dtype=np.float32)

    query = "How do I prepare for my first mentoring meeting?"
    start = time.perf_counter()
    ours.embed_query(query)
    cold_query = time.perf_counter() - start
    start = time.perf_counter()
    ours.embed_query(query)
    cached_query = time.perf_counter() - start

    n = len(texts)
    ours_rate = n / statistics.median(times["ours"])
    stock_rate = n / statistics.median(times["stock"])
    cosine = (a * b).sum(axis=1)
    lengths = [len(e.ids) for e in ours._load()[1].encode_batch(texts)]
    return [
        Row("embedding", "texts", n, "count"),
        Row("embedding", "mean tokens per text (max 256)", float(np.mean(lengths)), "tok"),
        Row("embedding", "MiniLMEmbedder session load", ours_load * 1000, "ms"),
        Row("embedding", "MiniLMEmbedder throughput (median)", ours_rate, "texts/s"),
        Row("embedding", "stock ONNXMiniLM_L6_V2 throughput (median)", stock_rate, "texts/s"),
        Row("embedding", "speed-up", ours_rate / stock_rate, "x"),
        Row("embedding", "min cosine vs stock", float(cosine.min()), ""),
        Row("embedding", "max abs diff vs stock", float(np.abs(a - b).max()), ""),
        Row("embedding", "query, first call", cold_query * 1000, "ms"),
        Row("embedding", "query, cached", cached_query * 1000, "ms"),
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
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"cores: {cores}  load average before: {load}")
    print_table(bench_embedding(texts, repeat=args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
