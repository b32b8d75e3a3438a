"""Program FAQ: distinct questions, cited extractive answers, gaps, topics, added documents."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import time
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import UsageError
from assistant.faq import (
    FAQ,
    alike,
    build_faq,
    faq_to_markdown,
    heading_question,
    load_bank,
    main_passage,
)
from assistant.retrieval import RELEVANCE_THRESHOLD, KnowledgeBase

HANDBOOK = """---
title: Riverside Mentoring Program Handbook
publisher: Riverside Health Talent Office
---

# Riverside Mentoring Program Handbook

## Program Stipend

Mentors in the Riverside program are paid a stipend of 500 dollars for each program year, in two
installments. Mentees are not paid for taking part, but mentoring meetings count as paid work
time for both partners.

## Continuing Education Credits

Mentors earn ten continuing education credits, which count as training credits, once they finish
the program and hand in the end-of-program evaluation.

## Cohort Calendar

Each cohort opens with a kickoff lunch in April, meets for a mid-year review in September and
closes with a celebration in December. The coordinator sends the cohort calendar to every
partner and their supervisors in March.
"""

MARKER = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def coordinator_kb(kb_home: Path, tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    """The shipped guidance plus a coordinator's handbook, indexed incrementally in a copy."""
    home = tmp_path_factory.mktemp("coordinator") / "home"
    shutil.copytree(kb_home, home)
    folder = home.parent / "handbook"
    folder.mkdir()
    (folder / "riverside-handbook.md").write_text(HANDBOOK, encoding="utf-8")
    knowledge_base = KnowledgeBase(Settings.load(home=home))
    report = knowledge_base.index([folder])
    assert report.changed
    return knowledge_base


def test_the_bank_has_common_participant_questions() -> None:
    bank = load_bank()
    assert len(bank.questions) >= 25
    assert "How often should we meet?" in bank.questions
    assert "Is the program paid?" in bank.questions
    assert len(set(bank.questions)) == len(bank.questions)


@pytest.mark.parametrize(
    ("heading", "question"),
    [
        ("What Is The Role of a Mentee?", "What is the role of a mentee?"),
        (
            "Step 2 - Discuss Your Overall Mentoring Goals",
            "How do we discuss our overall mentoring goals?",
        ),
        ("Celebrate Success!", "How should we celebrate success?"),
        (
            "Tips for ending a mentoring relationship",
            "What are some tips for ending a mentoring relationship?",
        ),
        (
            "Signs a mentoring relationship should end",
            "What are the signs a mentoring relationship should end?",
        ),
        (
            "Guiding Principles for a Mentoring Relationship",
            "What are the guiding principles for a mentoring relationship?",
        ),
        (
            "First Meeting: Building Rapport",
            "How do we go about building rapport during the first meeting?",
        ),
        (
            "First 30 Days - Creating a Mentoring Action Plan (MAP)",
            "How do we go about creating a Mentoring Action Plan (MAP) during the first 30 days?",
        ),
        (
            "The GROW model of building successful mentor-mentee relationships",
            "What is the GROW model of building successful mentor-mentee relationships?",
        ),
        ("7. Share resources with one another", "How do we share resources with one another?"),
        ("Program Stipend", "What should we know about the program stipend?"),
        ("Meeting Frequency", "What should we know about the meeting frequency?"),
        ("Eligibility", "What should we know about eligibility?"),
        ("What Stays Between Mentor and Mentee", "What stays between mentor and mentee?"),
        ("When to End", "When should we end?"),
        ("What to Expect", "What should we expect?"),
        ("Why Mentoring Matters", "What should we know about why mentoring matters?"),
        ("Contact Us", None),
        ("Sign up for our newsletter", None),
        ("About the Author", None),
        ("Exercise: Adult Learning Principles with Implications", None),
    ],
)
def test_heading_questions(heading: str, question: str | None) -> None:
    bank = load_bank()
    assert heading_question(heading, skip=bank.skip_headings, terms_=bank.proper_terms) == question


def test_count_is_respected(kb: KnowledgeBase) -> None:
    faq = build_faq(kb, count=10)
    assert len(faq.entries) == 10
    assert faq.note is None
    assert len(build_faq(kb, count=3).entries) == 3


def test_fewer_than_asked_says_why(kb: KnowledgeBase) -> None:
    faq = build_faq(kb, count=20, topic="supervisor")
    assert 1 <= len(faq.entries) < 20
    assert faq.note and faq.note.startswith(f"Only {len(faq.entries)} distinct questions about")
    assert len(build_faq(kb, count=50).entries) >= 25


def test_no_two_questions_alike(kb: KnowledgeBase) -> None:
    faq = build_faq(kb, count=50)
    questions = [entry.question for entry in faq.entries]
    assert len({q.casefold() for q in questions}) == len(questions)
    for first, second in itertools.combinations(faq.entries, 2):
        assert not alike(first.question, second.question), (first.question, second.question)
        one = main_passage(first.answer, first.citations)
        other = main_passage(second.answer, second.citations)
        assert one.chunk_id != other.chunk_id
    assert alike("How often should we meet?", "How often should we meet each month?")
    assert alike("What is the GROW model?", "What is the GROW model of coaching?")
    assert alike("How do we review our top 3 goals?", "How do we review the top 3 goals?")
    assert not alike("How often should we meet?", "Is what I share confidential?")
    assert not alike("What is the role of a mentor?", "What is not the role of a mentor?")


def test_answers_are_extractive_and_cited(kb: KnowledgeBase) -> None:
    texts = "\n".join(p.text for p in kb.passages_for("informal-mentoring-how-tos.md"))
    for entry in build_faq(kb, count=50).entries:
        assert entry.question.endswith("?") and entry.question[0].isupper()
        numbers = [int(n) for n in MARKER.findall(entry.answer)]
        assert numbers, entry.question
        assert set(numbers) == set(range(1, len(entry.citations) + 1)), entry.question
        assert all(p.score >= RELEVANCE_THRESHOLD for p in entry.citations)
    confidential = next(
        e
        for e in build_faq(kb, count=50).entries
        if e.question == "Is what I share with my mentor confidential?"
    )
    first_sentence = MARKER.split(confidential.answer)[0].strip()
    assert first_sentence[:60] in texts  # quoted, not paraphrased


def test_a_question_asking_for_the_numbered_things_under_a_heading_lists_them(
    kb: KnowledgeBase,
) -> None:
    entry = next(
        e
        for e in build_faq(kb, count=50).entries
        if e.question == "What are the 7 things to do in a mentoring relationship?"
    )
    lines = entry.answer.splitlines()
    assert lines[1].startswith("1. Take time to get to know one another")
    assert len(entry.citations) == 7


def test_uncovered_questions_are_gaps(kb: KnowledgeBase) -> None:
    faq = build_faq(kb, count=50)
    asked = {entry.question for entry in faq.entries}
    for gap in (
        "Is the program paid?",
        "Do mentors get training credits?",
        "Is there an application deadline for the program?",
    ):
        assert gap in faq.gaps
        assert gap not in asked
    for covered in ("Is what I share with my mentor confidential?", "How often should we meet?"):
        assert covered not in faq.gaps
    # A covered question is asked unless an entry answering from the same passage stands for it.
    assert "Is what I share with my mentor confidential?" in asked


def test_topic_filter(kb: KnowledgeBase) -> None:
    faq = build_faq(kb, count=10, topic="confidentiality")
    assert 1 <= len(faq.entries) < 10 and faq.note and "confidentiality" in faq.note
    for entry in faq.entries:
        about = entry.question + " ".join(p.section + p.text for p in entry.citations)
        assert "confidential" in about.lower()
    assert "Is what I share with my mentor confidential?" in [e.question for e in faq.entries]
    assert faq.gaps == ()
    money = build_faq(kb, count=5, topic="paid program")
    assert "Is the program paid?" in money.gaps
    with pytest.raises(UsageError, match="no content words"):
        build_faq(kb, topic="the of and")


def test_a_coordinator_document_adds_questions_and_closes_gaps(
    coordinator_kb: KnowledgeBase,
) -> None:
    faq = build_faq(coordinator_kb, count=50)
    by_question = {entry.question: entry for entry in faq.entries}
    calendar = by_question["What should we know about the cohort calendar?"]
    assert calendar.citations[0].source == "riverside-handbook.md"
    assert calendar.citations[0].section == "Cohort Calendar"
    paid = by_question["Is the program paid?"]
    assert "riverside-handbook.md" in {p.source for p in paid.citations}
    assert "stipend" in paid.answer
    assert "Is the program paid?" not in faq.gaps
    assert "Is there an application deadline for the program?" in faq.gaps
    topic = build_faq(coordinator_kb, count=5, topic="cohort")
    assert [e.question for e in topic.entries][:1] == [
        "What should we know about the cohort calendar?"
    ]


def test_to_dict_matches_the_contract(kb: KnowledgeBase) -> None:
    data = json.loads(json.dumps(build_faq(kb, count=4).to_dict()))
    assert set(data) == {"faq", "gaps", "note", "asked", "answered", "summary"}
    assert data["asked"] == 4 and data["answered"] == 4
    assert len(data["faq"]) == 4 and all(isinstance(g, str) for g in data["gaps"])
    for entry in data["faq"]:
        assert set(entry) == {"question", "answer", "citations"}
        for citation in entry["citations"]:
            assert set(citation) == {"source", "title", "section", "text", "score"}


def test_markdown_export(kb: KnowledgeBase) -> None:
    faq = build_faq(kb, count=3)
    text = faq_to_markdown(faq)
    assert text.startswith("# Program FAQ\n")
    assert text.count("\n### ") == 3
    first = faq.entries[0]
    assert (
        f"### {first.question}\n\n{first.answer}\n\nSources:\n\n1. *{first.citations[0].title}*"
        in text
    )
    assert first.citations[0].publisher in text and first.citations[0].section in text
    assert f"_Answered 3 of the 3 questions asked; {len(faq.gaps)} questions" in text
    assert "\n## Gaps: questions the guidance does not cover\n" in text
    assert "\n- Is the program paid?\n" in text
    empty = faq_to_markdown(FAQ(entries=(), gaps=()))
    assert "Gaps" not in empty


@pytest.mark.parametrize("count", [0, 51, -3])
def test_bad_count(kb: KnowledgeBase, count: int) -> None:
    with pytest.raises(UsageError, match="between 1 and 50"):
        build_faq(kb, count=count)


def test_warm_latency(kb: KnowledgeBase) -> None:
    build_faq(kb, count=10)
    started = time.perf_counter()
    build_faq(kb, count=10)
    build_faq(kb, count=10, topic="goals")
    assert (time.perf_counter() - started) / 2 < 0.5  # target 0.2 s


def test_faq_page_shows_how_many_it_answered_and_the_gaps(
    kb_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("MENTOR_ASSIST_HOME", str(kb_home))
    root = Path(__file__).resolve().parent.parent
    at = AppTest.from_file(str(root / "app.py"), default_timeout=90).run()
    at.switch_page("assistant/ui/pages/coordinator.py").run()
    at.number_input(key="in_faq_count").set_value(12)
    at.text_input(key="in_faq_topic").set_value("program")
    at.button(key="faq_button").click().run()
    assert not at.exception, at.exception
    faq = at.session_state["faq_reply"].result
    assert len(faq.entries) < 12 and faq.gaps
    infos = [str(element.value) for element in at.info]
    warnings = [str(element.value) for element in at.warning]
    # The shortfall: how many of the questions asked have answers, and why there are fewer.
    assert any(f"Answered {len(faq.entries)} of the 12 questions asked" in i for i in infos)
    assert any(w.startswith(f"Only {len(faq.entries)} distinct questions") for w in warnings)
    # The gaps: every question asked about the topic that the guidance does not cover.
    page = "\n".join(str(element.value) for element in at.markdown).replace("\\", "")
    assert "Gaps: questions the knowledge base cannot answer yet" in page
    for gap in faq.gaps:
        assert f"- {gap}" in page
