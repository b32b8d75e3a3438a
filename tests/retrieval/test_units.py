"""A chunk is also scored by its best unit: one sentence, or one list item with its nested items."""

import numpy as np
import pytest

from assistant.retrieval import KnowledgeBase
from assistant.retrieval.chunker import retrievable_units
from assistant.retrieval.ranking import Corpus, heading_encoder


def test_a_list_item_keeps_its_nested_items_and_prose_is_cut_at_sentence_ends() -> None:
    text = (
        "Agree on the basics first. Then write them down.\n"
        "- Clarify goals and roles.\n"
        "- Establish a meeting schedule.\n"
        "  - Where?\n"
        "  - Frequency?\n"
        "- Ok.\n"
        "Review the agreement when things change."
    )
    assert retrievable_units(text) == [
        "Agree on the basics first.",
        "Then write them down.",
        "Clarify goals and roles.",
        "Establish a meeting schedule. Where? Frequency?",
        "Ok.",
        "Review the agreement when things change.",
    ]


def test_a_chunk_of_only_fragments_is_its_own_unit() -> None:
    assert retrievable_units("Be there.") == ["Be there."]


def test_the_item_that_answers_scores_higher_than_the_list_around_it() -> None:
    items = [
        "Bring an updated résumé to share.",
        "Agree how frequently the two of you will get together.",
        "Name the skills you want to build this year.",
        "Introduce each other to colleagues in other departments.",
        "Read the organisation's strategy before the first session.",
    ]
    text = "\n".join(f"- {item}" for item in items)
    encoder = heading_encoder()
    whole = encoder.embed([f"Checklist.\n{text}"])
    corpus = Corpus(["c1"], [text], [{"title": "Checklist", "section": ""}], whole)
    query = encoder.embed(["How often should we meet?"])[0]

    best = float(corpus.unit_similarity([0], query)[0])

    assert best > float(whole[0] @ query) + 0.1
    item_vectors = encoder.embed(items)
    assert np.isclose(best, float((item_vectors @ query).max()), atol=1e-4)


def test_the_decision_to_decline_reads_the_ranking_without_units(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "What should I do when my mentee keeps missing our meetings?"
    with_units = kb.search(question, 5)

    def refuse(*args: object) -> None:
        raise AssertionError("units were read")

    monkeypatch.setattr(Corpus, "unit_similarity", refuse)
    plain = kb.search(question, 5, own_words=True)

    assert plain and with_units
    assert all(0.0 <= p.score <= 1.0 for p in [*plain, *with_units])


def test_lexical_coverage_counts_the_topic_wording_a_question_was_searched_with() -> None:
    from assistant.retrieval.ranking import _coverage

    corpus = Corpus(
        ["a"],
        [
            "Arrange a meeting with your partner to discuss the obstacle that is impacting your "
            "relationship. Put an action plan together to overcome the obstacle."
        ],
        [{"title": "Guide", "section": "Design a plan to overcome the obstacles"}],
        np.zeros((1, 384), dtype=np.float32),
    )
    question = "My mentee keeps cancelling our meetings, what should I do?"
    own = _coverage(corpus, question, [0])
    assert own == pytest.approx(0.25)  # "meeting" of mentee, keep, cancel, meet
    topic = {"obstacl": 0.4, "plan": 0.4, "overcom": 0.4, "problem": 0.4}
    # meet, and obstacles, plan, overcome at 0.4 each: 2.2 of 5.6
    assert _coverage(corpus, question, [0], topic) == pytest.approx(2.2 / 5.6)
    assert _coverage(corpus, question, [0], {}) == own
