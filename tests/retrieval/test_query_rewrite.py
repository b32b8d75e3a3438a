"""Query rewriting: everyday questions are also searched in the guidance's words."""

import numpy as np
import pytest

from assistant.retrieval import KnowledgeBase, rewrite
from assistant.understanding import vectors
from assistant.understanding.exemplars import bank_texts

needs_vectors = pytest.mark.skipif(
    not vectors.available(), reason="sentence vectors are unavailable here"
)


def test_every_topic_of_the_bank_has_its_guidance_wording_and_no_wording_is_unused() -> None:
    _, labels = bank_texts(rewrite.FAMILY)
    placed = set(labels) - {rewrite.SPECIFIC}
    assert placed == set(rewrite.topics())
    assert all(wording.strip() for wording in rewrite.topics().values())


def _place(question: str) -> rewrite.Rewrite | None:
    return rewrite.place(question, vectors.embed([question])[0])


@needs_vectors
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # wordings that are in no exemplar
        ("What is the mentee in charge of?", "mentee_role"),
        ("Is being mentored worth the time, what do you gain?", "benefits"),
        ("My mentor cancels on me at the last minute every time, help!", "obstacles"),
        ("How do we know our mentorship should be over?", "ending"),
        # who leads the relationship: the guidance has the mentee drive it
        ("Which of us should take the lead in our mentoring, me or my mentor?", "mentee_role"),
        ("Who is in charge of running the relationship?", "mentee_role"),
    ],
)
def test_a_question_in_everyday_words_is_placed_under_the_topic_that_answers_it(
    question: str, topic: str
) -> None:
    placed = _place(question)
    assert placed is not None and placed.topic == topic
    assert placed.wording == rewrite.topics()[topic]


@needs_vectors
@pytest.mark.parametrize(
    "question",
    [
        "How many minutes should a mentoring session take?",
        "How do I stop my kitchen tap from dripping?",
        # one concrete matter of the guidance, nearest to "What are the steps of the GROW model?"
        "What are the four steps of the GROW framework?",
    ],
)
def test_a_question_about_one_concrete_matter_or_none_is_searched_in_its_own_words(
    question: str,
) -> None:
    assert _place(question) is None


@needs_vectors
def test_a_question_as_close_to_two_topics_is_searched_with_both_wordings() -> None:
    placed = _place("Why is being mentored so important?")
    assert placed is not None and set(placed.topic.split("+")) == {"benefits", "definition"}
    assert rewrite.topics()["benefits"] in placed.wording
    assert rewrite.topics()["definition"] in placed.wording


@needs_vectors
@pytest.mark.parametrize("subject", ["confidentiality", "paid program"])
def test_a_subject_of_a_word_or_two_is_not_rewritten(subject: str) -> None:
    assert _place(subject) is None


def test_expanding_blends_the_wording_and_adds_its_words_below_the_question_s_own() -> None:
    question = np.zeros(384, dtype=np.float32)
    question[0] = 1.0
    wording = np.zeros(384, dtype=np.float32)
    wording[1] = 1.0
    placed = rewrite.Rewrite("mentee_role", "The role of a mentee.", 0.7)
    vector, weights = rewrite.expand("What does a mentee do?", question, wording, placed)
    assert np.isclose(np.linalg.norm(vector), 1.0)
    assert vector[0] > vector[1] > 0
    assert weights["mente"] == 1.0  # the question's own word keeps its full weight
    assert weights["role"] == rewrite.TERM_WEIGHT
    unchanged, own = rewrite.expand("What does a mentee do?", question, None, None)
    assert unchanged is question and set(own) == {"mente"}


@needs_vectors
@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("Who is a mentor, anyway?", "What is a mentor-mentee relationship?"),
        ("What is the mentee in charge of?", "What Is The Role of a Mentee?"),
    ],
)
def test_a_rewritten_question_finds_the_section_that_answers_it(
    kb: KnowledgeBase, question: str, section: str
) -> None:
    found = [p.section.split(" > ")[-1] for p in kb.search(question, 3)]
    assert section in found


@needs_vectors
def test_what_a_mentor_should_not_do_is_a_topic_of_its_own(kb: KnowledgeBase) -> None:
    placed = _place("What should mentors stay away from doing?")
    assert placed is not None and placed.topic.split("+")[0] == "mentor_limits"
    found = [p.section for p in kb.search("What should a mentor not do?", 3)]
    assert "What Is Not The Role Of A Mentor?" in found


@needs_vectors
def test_whether_a_question_is_covered_is_decided_on_what_its_own_words_find(
    kb: KnowledgeBase,
) -> None:
    from assistant.ask import answer_question

    question = "How often should mentor and mentee meet?"
    own = kb.search(question, 5, own_words=True)
    assert [p.chunk_id for p in own] == [p.chunk_id for p in kb.search(question, 5, own_words=True)]
    assert answer_question(question, kb).grounded


@needs_vectors
@pytest.mark.parametrize(
    "question",
    [
        "My mentor cancels on me at the last minute every time, help!",  # rewritten
        "How do I stop my kitchen tap from dripping?",  # not placed under any topic
    ],
)
def test_searching_both_ways_at_once_finds_what_each_search_finds(
    kb: KnowledgeBase, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    searches = []
    search = kb._search

    def counted(*args: object, **kwargs: object) -> object:
        searches.append(args)
        return search(*args, **kwargs)

    monkeypatch.setattr(kb, "_search", counted)
    found, own = kb.search_both(question, 5)
    # a question that is not rewritten is one search, ranked with and without units
    assert len(searches) == (1 if _place(question) is None else 2)

    def ids(passages: list) -> list[str]:
        return [p.chunk_id for p in passages]

    assert ids(found) == ids(kb.search(question, 5))
    assert ids(own) == ids(kb.search(question, 5, own_words=True))
    assert [p.score for p in own] == [p.score for p in kb.search(question, 5, own_words=True)]


@needs_vectors
@pytest.mark.parametrize(
    "question",
    ["How frequently should mentor and mentee get together?", "How often do we need to meet?"],
)
def test_how_often_to_meet_is_searched_as_the_meeting_schedule_and_answered(
    kb: KnowledgeBase, question: str
) -> None:
    from assistant.ask import answer_question

    placed = _place(question)
    assert placed is not None and placed.topic == "schedule"
    found = [p.section.split(" > ")[-1] for p in kb.search(question, 3)]
    assert any(section.startswith("Step 3 - Create a Mentoring") for section in found)
    answer = answer_question(question, kb)
    assert answer.grounded
    assert "meeting schedule" in answer.answer


def test_a_mentor_who_dictates_is_searched_as_what_a_mentor_is_not_to_do() -> None:
    from assistant.retrieval.ranking import heading_encoder

    if not vectors.available():
        pytest.skip("sentence vectors are unavailable here")
    question = "My mentor tells me what to do all the time. Is that okay?"
    placed = rewrite.place(question, heading_encoder().embed([question])[0])
    assert placed is not None and placed.topic.startswith("mentor_limits")
