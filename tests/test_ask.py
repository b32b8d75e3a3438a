import re

import pytest

from assistant.ask import NOT_COVERED, answer_question, compose_answer, sentences
from assistant.citations import Passage
from assistant.errors import UsageError
from assistant.retrieval import KnowledgeBase
from assistant.service import Assistant


def test_answer_is_extractive_and_every_marker_points_at_a_citation(kb: KnowledgeBase) -> None:
    answer = answer_question("How do we end the mentoring relationship on a good note?", kb)
    assert answer.grounded
    markers = [int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)]
    assert markers and set(markers) == set(range(1, len(answer.citations) + 1))
    # Each cited sentence is taken from the passage its marker names.
    for sentence, number in re.findall(r"(.+?) \[(\d+)\]\s*", answer.answer):
        words = sentence.strip().rstrip(".").lower().split()[:6]
        assert " ".join(words) in answer.citations[int(number) - 1].text.lower().replace("\n", " ")
    assert [c.score for c in answer.citations] == sorted(
        (c.score for c in answer.citations), reverse=True
    )


def test_off_topic_question_says_the_guidance_does_not_cover_it(kb: KnowledgeBase) -> None:
    answer = answer_question("What is a good recipe for lasagna?", kb)
    assert not answer.grounded
    assert answer.answer == NOT_COVERED
    assert answer.citations == ()
    assert answer.to_dict() == {"answer": NOT_COVERED, "citations": [], "grounded": False}


def test_sentences_are_well_formed() -> None:
    text = (
        "- find the commonalities you share\n- Explore hobbies\nMentoring is…\n"
        "Mentoring works both ways. It also helps the mentor grow!"
    )
    assert sentences(text) == [
        "Find the commonalities you share.",
        "Mentoring works both ways.",
        "It also helps the mentor grow!",
    ]


def test_list_items_continue_their_lead_in_and_lead_ins_are_dropped() -> None:
    text = (
        "Each relationship is unique; the principles are as follows.\n"
        "Mentoring is…\n- ...confidential within the pair.\n- ...not tied to performance reviews.\n"
        "“Mentoring is mutually beneficial. A mentor can learn too.”\n"
        "**How to close down a mentoring relationship**\n"
        "Meet to **celebrate** what you both gained."
    )
    assert sentences(text) == [
        "Mentoring is confidential within the pair.",
        "Mentoring is not tied to performance reviews.",
        "Mentoring is mutually beneficial.",
        "A mentor can learn too.",
        "Meet to celebrate what you both gained.",
    ]


def test_low_scoring_passages_are_not_cited() -> None:
    strong = Passage("a.md", "A", "S", "Meet every two weeks for an hour of mentoring.", 0.8)
    weak = Passage("b.md", "B", "T", "Unrelated text about quarterly budgets and plans.", 0.1)
    answer = compose_answer("How often should we meet?", [strong, weak])
    assert answer.citations == (strong,)
    assert answer.answer.endswith("[1]")


@pytest.mark.parametrize(
    ("question", "message"),
    [("   ", "empty"), ("why\x00\x01", "binary"), ("how do we meet? " * 400, "6,399 characters")],
)
def test_bad_questions_are_usage_errors_before_any_work(
    assistant: Assistant, question: str, message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        assistant.ask(question)
