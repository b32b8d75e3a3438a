"""Retrieval benchmarks: embedding throughput, index build, quality and query latency.

Run: ``.venv/bin/python benchmarks/retrieval.py [--texts 300] [--repeat 3] [--large 10000]``

Sections: embedding throughput of our embedder vs Chroma's stock ONNX function on the same texts
in the same run; building the index of knowledge/ from scratch; hit@3 on the question set in
tests/data and how many off-topic questions are (correctly) judged not covered; warm query
latency p50/p95; the same latency on a synthetic corpus of about ``--large`` chunks built from
the guidance's sentences (``--large 0`` skips it).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from assistant.config import Settings
from assistant.retrieval import RELEVANCE_THRESHOLD, KnowledgeBase
from assistant.retrieval.embedder import MiniLMEmbedder, stock_embedding_function

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
QUESTIONS = ROOT / "tests" / "data" / "retrieval_questions.yaml"
OFF_TOPIC = ROOT / "tests" / "data" / "unanswerable_questions.yaml"
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
    """Up to ``limit`` sentences/short paragraphs from the knowledge base."""
    sentences: list[str] = []
    for path in sorted(p for p in KNOWLEDGE.glob("*.md") if p.name != "README.md"):
        text = _FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
        for paragraph in re.split(r"\n\s*\n", text):
            paragraph = " ".join(paragraph.split())
            sentences.extend(s for s in _SENTENCE_END.split(paragraph) if len(s) > 3)
    if not sentences:
        raise SystemExit("No texts found under knowledge/.")
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


def _percentiles(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return (
        statistics.median(ordered) * 1000,
        ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000,
    )


def _search_latency(kb: KnowledgeBase, questions: Sequence[str]) -> tuple[float, float]:
    """Warm p50/p95 of ``kb.search``; each question is new to the query cache."""
    kb.search("warm up the index, the model and the lexical tables", 5)
    samples = []
    for question in questions:
        start = time.perf_counter()
        kb.search(question, 5)
        samples.append(time.perf_counter() - start)
    return _percentiles(samples)


def is_hit(expected: dict, passages: Sequence) -> bool:
    targets = [(expected["source"], expected["section"])]
    targets += [(extra["source"], extra["section"]) for extra in expected.get("also", [])]
    return any(
        p.source == source and section in p.section.split(" > ")
        for p in passages
        for source, section in targets
    )


def bench_knowledge_base(workdir: Path) -> tuple[list[Row], KnowledgeBase]:
    """Index build of knowledge/ from scratch, hit@3, off-topic rejection, query latency."""
    kb = KnowledgeBase(Settings.load(home=workdir / "kb"))
    start = time.perf_counter()
    report = kb.index()
    build = time.perf_counter() - start
    questions = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    off_topic = yaml.safe_load(OFF_TOPIC.read_text(encoding="utf-8"))
    hits = sum(is_hit(q, kb.search(q["question"], 3)) for q in questions)
    rejected = sum(kb.search(q, 1)[0].score < RELEVANCE_THRESHOLD for q in off_topic)
    p50, p95 = _search_latency(kb, [f"{q['question']} (again)" for q in questions])
    return [
        Row("index", "documents in knowledge/", len(report.added), "count"),
        Row("index", "chunks", report.chunks, "count"),
        Row("index", "build from scratch (load, chunk, embed, store)", build, "s"),
        Row("quality", f"hit@3 on {len(questions)} questions", hits / len(questions), ""),
        Row("quality", f"off-topic judged not covered (of {len(off_topic)})", rejected, "count"),
        Row("query", "warm latency p50 (k=5)", p50, "ms"),
        Row("query", "warm latency p95 (k=5)", p95, "ms"),
    ], kb


def bench_large(workdir: Path, chunks: int, questions: Sequence[str]) -> list[Row]:
    """Query latency on a synthetic corpus of about ``chunks`` chunks (one section each)."""
    rng = random.Random(7)
    # Heading lines would start new sections; keep prose only so each section is one chunk.
    sentences = [text for text in load_sentences(2000) if not text.startswith("#")]
    folder = workdir / "synthetic"
    folder.mkdir()
    per_doc = 25
    for d in range(max(1, chunks // per_doc)):
        sections = []
        for sec in range(per_doc):
            body = " ".join(rng.sample(sentences, 4))
            sections.append(f"## Topic {d}.{sec}\n\n{body}\n")
        (folder / f"doc{d:05d}.md").write_text(
            f"# Synthetic guide {d}\n\n" + "\n".join(sections), encoding="utf-8"
        )
    kb = KnowledgeBase(Settings.load(home=workdir / "large"), knowledge_dir=folder)
    start = time.perf_counter()
    report = kb.index()
    build = time.perf_counter() - start
    p50, p95 = _search_latency(kb, questions)
    return [
        Row("large", "chunks", report.chunks, "count"),
        Row("large", "build (embed + store)", build, "s"),
        Row("large", "indexing throughput", report.chunks / build, "chunks/s"),
        Row("large", "warm latency p50 (k=5)", p50, "ms"),
        Row("large", "warm latency p95 (k=5)", p95, "ms"),
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
    parser.add_argument(
        "--large", type=int, default=10000, help="chunks in the synthetic corpus (0: skip)"
    )
    args = parser.parse_args(argv)
    texts = load_sentences(args.texts)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"cores: {cores}  load average before: {load}")
    rows = bench_embedding(texts, repeat=args.repeat)
    with tempfile.TemporaryDirectory() as workdir:
        kb_rows, _ = bench_knowledge_base(Path(workdir))
        rows += kb_rows
        if args.large:
            questions = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
            rows += bench_large(Path(workdir), args.large, [q["question"] for q in questions])
    print_table(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
