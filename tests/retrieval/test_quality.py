"""Retrieval quality on the question sets in tests/data (the benchmark prints the same figures)."""

from pathlib import Path

import yaml

from assistant.retrieval import RELEVANCE_THRESHOLD, KnowledgeBase

DATA = Path(__file__).parent.parent / "data"


def is_hit(expected: dict, passages: list) -> bool:
    targets = [(expected["source"], expected["section"])]
    targets += [(extra["source"], extra["section"]) for extra in expected.get("also", [])]
    return any(
        p.source == source and section in p.section.split(" > ")
        for p in passages
        for source, section in targets
    )


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
