"""Retrieval quality on the question sets in tests/data (the benchmark prints the same figures)."""

import importlib.util
import sys
from pathlib import Path

import yaml

from assistant.retrieval import KnowledgeBase
from assistant.retrieval.decline import decide, vocabulary

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


def test_hit_at_3_on_the_question_sets(kb: KnowledgeBase) -> None:
    earlier = yaml.safe_load((DATA / "retrieval_questions.yaml").read_text())
    tuning = [q for q in yaml.safe_load((DATA / "ask_real_tune.yaml").read_text()) if q["covered"]]
    for questions, floor in ((earlier, 0.84), (tuning, 0.6)):
        misses = [q["question"] for q in questions if not is_hit(q, kb.search(q["question"], 3))]
        assert 1 - len(misses) / len(questions) >= floor, misses


def test_off_topic_questions_are_declined_and_covered_ones_answered(kb: KnowledgeBase) -> None:
    words = vocabulary(kb.corpus())
    off_topic = yaml.safe_load((DATA / "unanswerable_questions.yaml").read_text())
    answered = [q for q in off_topic if decide(q, kb.search(q, 5), words).covered]
    assert answered == []
    earlier = yaml.safe_load((DATA / "retrieval_questions.yaml").read_text())
    declined = [
        q["question"]
        for q in earlier
        if not decide(q["question"], kb.search(q["question"], 5), words).covered
    ]
    assert len(declined) <= 2, declined


def test_how_close_a_question_is_to_reviewed_in_and_out_of_scope_questions_counts(
    kb: KnowledgeBase,
) -> None:
    from assistant.understanding import vectors

    if not vectors.available():
        import pytest

        pytest.skip("sentence vectors are unavailable here")
    words = vocabulary(kb.corpus())
    plumbing = "How do I stop my kitchen tap from dripping?"
    off = decide(plumbing, kb.search(plumbing, 5), words)
    assert off.evidence.scope < 0 and off.evidence.nearest
    assert not off.covered
    goals = "How should my mentee and I agree on goals for the next few months?"
    on = decide(goals, kb.search(goals, 5), words)
    assert on.covered
    assert on.evidence.scope >= 0


def test_the_tuning_run_measures_every_readable_set_but_never_the_held_out_one() -> None:
    tuning = dict(_bench.question_sets(held_out=False))
    assert _bench.FRESH2 not in tuning.values()
    assert {"tuning half", "untouched half", "earlier set"} <= set(tuning)
    if _bench.FRESH.is_file():
        assert tuning["fresh set"] == _bench.FRESH
