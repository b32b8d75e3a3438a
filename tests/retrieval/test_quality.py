"""Retrieval quality on the question sets in tests/data (the benchmark prints the same figures)."""

import importlib.util
import sys
from pathlib import Path

import yaml

from assistant.retrieval import RELEVANCE_THRESHOLD, KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"
# One definition of a hit, shared with the benchmark that prints the same figure.
_spec = importlib.util.spec_from_file_location(
    "benchmarks_retrieval", ROOT / "benchmarks" / "retrieval.py"
)
assert _spec and _spec.loader
_bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _bench  # dataclasses look their module up while it loads
_spec.loader.exec_module(_bench)
is_hit = _bench.is_hit


def test_hit_at_3_on_the_question_set(kb: KnowledgeBase) -> None:
    questions = yaml.safe_load((DATA / "retrieval_questions.yaml").read_text())
    assert len(questions) >= 30
    misses = [q["question"] for q in questions if not is_hit(q, kb.search(q["question"], 3))]
    hit_rate = 1 - len(misses) / len(questions)
    assert hit_rate >= 0.9, misses


def test_off_topic_questions_score_below_the_relevance_threshold(kb: KnowledgeBase) -> None:
    questions = yaml.safe_load((DATA / "unanswerable_questions.yaml").read_text())
    above = [q for q in questions if kb.search(q, 1)[0].score >= RELEVANCE_THRESHOLD]
    assert above == []
