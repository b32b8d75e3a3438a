"""Every capability through the language-model provider, replayed from a real model's answers.

The cassettes were recorded from llama-cpp-python's server running SmolLM2-135M-Instruct (see
``scripts/record_cassettes.py``). The ``[live]`` variants run the same checks against the
endpoint configured in the environment (``pytest -m live``).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from datetime import date

import pytest

from assistant.actions import ActionItemList
from assistant.agenda import Agenda
from assistant.ask import UNGROUNDED, Answer
from assistant.errors import ProviderOutputError
from assistant.faq import FAQ
from assistant.grow import GrowTurn
from assistant.providers.jsonfix import parse_model
from assistant.providers.openai_chat import OpenAIProvider, _ActionsOut
from assistant.reflect import Reflection
from assistant.requests import (
    ActionsRequest,
    AgendaRequest,
    AskRequest,
    FaqRequest,
    GrowAnswerRequest,
    GrowStartRequest,
    ReflectRequest,
    Turn,
)
from tests.model_cassettes import streamed_text
from tests.providers.conftest import Endpoint

QUESTION = "How do I prepare for my first mentoring meeting?"
NOTES = """Session notes, 6 May
Discussed Sam's job search and the portfolio.
Action items:
- Sam will update the CV by Friday.
- Sam to email Priya (priya.k@example.org) about the design role next week.
- Mentor to share two portfolio examples by 2024-05-20.
"""

Build = Callable[..., OpenAIProvider]


def markers(text: str) -> list[int]:
    return [
        int(n) for group in re.findall(r"\[(\d+(?:,\s*\d+)*)\]", text) for n in group.split(",")
    ]


def sent_bodies(endpoint: Endpoint) -> list[dict]:
    if endpoint.cassette is None:
        return []
    return [json.loads(request.body) for request in endpoint.cassette.requests]


def reply_texts(endpoint: Endpoint) -> list[str]:
    """The model's message in each recorded (non-streamed) response."""
    texts = []
    for response in endpoint.cassette.responses:
        body = response["body"]["string"]
        data = json.loads(body.decode() if isinstance(body, bytes) else body)
        texts.append(data["choices"][0]["message"]["content"])
    return texts


def test_ask_answers_with_valid_citations(endpoint: Endpoint, make_llm: Build) -> None:
    llm = make_llm(endpoint)
    outcome = llm.invoke(AskRequest(QUESTION, k=3))
    answer = outcome.result
    assert isinstance(answer, Answer) and outcome.provider == "openai"
    assert answer.answer.strip()
    # Sources are only the passages the answer cites; citing none makes it ungrounded, and the
    # answer says so itself (so Markdown and JSON agree).
    assert len(answer.citations) <= 3
    assert set(markers(answer.answer)) == set(range(1, len(answer.citations) + 1))
    assert answer.grounded == bool(answer.citations)
    assert answer.grounded or answer.answer.endswith(UNGROUNDED)
    for body in sent_bodies(endpoint):
        system = body["messages"][0]["content"]
        assert "The mentee owns the goals" in system and "[1] " in system


def test_ask_follow_up_sends_the_history(endpoint: Endpoint, make_llm: Build) -> None:
    llm = make_llm(endpoint)
    history = (Turn("user", QUESTION), Turn("assistant", "Agree on goals together [1]."))
    outcome = llm.invoke(AskRequest("How often should we meet after that?", k=3, history=history))
    assert outcome.result.answer.strip()
    for body in sent_bodies(endpoint):
        roles = [m["role"] for m in body["messages"]]
        assert roles == ["system", "user", "assistant", "user"]


def test_agenda_keeps_the_time_boxes(endpoint: Endpoint, make_llm: Build) -> None:
    llm = make_llm(endpoint)
    request = AgendaRequest(stage="first-meeting", minutes=30, goals=("Find a stretch project",))
    outcome = llm.invoke(request)
    agenda = outcome.result
    assert isinstance(agenda, Agenda)
    assert sum(item.minutes for item in agenda.items) == 30
    assert all(item.prompts and item.citations for item in agenda.items)
    if outcome.provider == "openai":
        assert outcome.notice is None
    else:
        assert outcome.provider == "offline" and "offline engine" in outcome.notice
    assert any("Find a stretch project" in p for item in agenda.items for p in item.prompts)


def test_action_items_from_notes(endpoint: Endpoint, make_llm: Build) -> None:
    llm = make_llm(endpoint)
    request = ActionsRequest(notes=NOTES, today=date(2024, 5, 6), mentee="Sam", mentor="Alex")
    outcome = llm.invoke(request)
    assert isinstance(outcome.result, ActionItemList)
    items = outcome.result.items
    assert all(item.owner in {"Sam", "Alex", "both"} for item in items)
    if outcome.provider == "offline":
        assert "offline engine" in outcome.notice
    # Contact details never left the machine.
    for body in sent_bodies(endpoint):
        assert "priya.k@example.org" not in json.dumps(body)
        assert "[EMAIL_1]" in body["messages"][-1]["content"]


def test_reflection_questions(endpoint: Endpoint, make_llm: Build) -> None:
    llm = make_llm(endpoint)
    outcome = llm.invoke(ReflectRequest(kind="session", notes="We talked about the portfolio."))
    reflection = outcome.result
    assert isinstance(reflection, Reflection)
    assert len(reflection.prompts) >= 3 and reflection.citations
    if outcome.provider == "openai":
        assert all(p.rstrip(" ]0-9,[").endswith("?") for p in reflection.prompts)
        assert all(
            1 <= n <= len(reflection.citations) for p in reflection.prompts for n in markers(p)
        )
    else:
        assert "offline engine" in outcome.notice


def test_faq_pairs_are_cited(endpoint: Endpoint, make_llm: Build) -> None:
    llm = make_llm(endpoint)
    outcome = llm.invoke(FaqRequest(count=3, topic="meeting cadence"))
    faq = outcome.result
    assert isinstance(faq, FAQ) and faq.entries
    for entry in faq.entries:
        assert entry.citations
        assert all(1 <= n <= len(entry.citations) for n in markers(entry.answer))
    if outcome.provider != "openai":
        assert "offline engine" in outcome.notice


def test_grow_turn_keeps_the_coach_in_charge(endpoint: Endpoint, make_llm: Build) -> None:
    llm = make_llm(endpoint)
    first = llm.invoke(GrowStartRequest(topic="changing teams")).result
    assert isinstance(first, GrowTurn) and first.stage == "goal"
    answer = "I want to move to the data team within six months, email me at sam@example.org."
    outcome = llm.invoke(GrowAnswerRequest(session_id=first.session, text=answer))
    turn = outcome.result
    assert isinstance(turn, GrowTurn) and turn.session == first.session
    assert turn.question and turn.question.endswith("?") and turn.question.count("?") == 1
    # The answer was saved by the coach whatever the model did.
    from assistant.grow import GrowCoach

    transcript = GrowCoach(llm.kb, llm.offline.sessions_dir).transcript(first.session)
    assert transcript[0].answer == answer
    for body in sent_bodies(endpoint):
        assert "sam@example.org" not in json.dumps(body)


# --------------------------------------------------------------------------- recorded scenarios


def test_out_of_range_citations_are_removed(recorded: Endpoint, make_llm: Build) -> None:
    """With one passage given, the model's other numbers are dropped."""
    llm = make_llm(recorded, temperature=0)
    question = (
        "Which passages, [2] or [3], say what a mentee should bring to meetings? "
        "Answer with the passage numbers in brackets."
    )
    outcome = llm.invoke(AskRequest(question, k=1))
    raw = reply_texts(recorded)[0]
    answer = outcome.result
    assert len(answer.citations) == 1
    assert set(markers(answer.answer)) <= {1}
    assert any(n > 1 for n in markers(raw)), "the recorded answer cites passages it was not given"


def test_invalid_json_is_repaired_or_falls_back(
    recorded: Endpoint, make_llm: Build, caplog
) -> None:
    """Without structured output, the model's JSON needs repair, a retry, or the offline engine."""
    llm = make_llm(recorded, json_mode="none")
    request = ActionsRequest(notes=NOTES, today=date(2024, 5, 6), mentee="Sam", mentor="Alex")
    with caplog.at_level(logging.INFO, logger="assistant.providers.openai"):
        outcome = llm.invoke(request)
    replies = reply_texts(recorded)
    with pytest.raises(ProviderOutputError):
        parse_model(replies[0], _ActionsOut, wrap_key="action_items")
    if outcome.provider == "offline":
        assert len(replies) == 2  # asked once more before falling back
        assert outcome.notice.endswith(
            "the action item list comes from the offline engine instead."
        )
        assert outcome.result.items  # the user's notes were still read, by the rules
    else:
        assert "invalid" in caplog.text and len(replies) == 2
    assert isinstance(outcome.result, ActionItemList)


def test_budget_trims_passages_for_a_small_window(
    recorded: Endpoint, make_llm: Build, caplog
) -> None:
    llm = make_llm(recorded, context_window=1100)
    with caplog.at_level(logging.INFO, logger="assistant.budget"):
        outcome = llm.invoke(AskRequest(QUESTION, k=8))
    assert "dropped" in caplog.text
    answer = outcome.result
    system = sent_bodies(recorded)[0]["messages"][0]["content"]
    given = re.findall(r"^\[(\d+)\] ", system, flags=re.MULTILINE)
    assert len(given) < 8 and len(answer.citations) <= len(given)


def test_streamed_model_text_is_guarded_sentence_by_sentence(
    recorded: Endpoint, make_llm: Build
) -> None:
    """The model's own rescuing sentence is replaced before it is shown, and marked."""
    from assistant.providers.fallback import FallbackProvider
    from assistant.service import Assistant
    from assistant.streaming import stream_answer

    llm = make_llm(recorded, temperature=0)
    assistant = Assistant(llm.settings, kb=llm.kb, provider=FallbackProvider(llm, llm.offline))
    prompt = "Write a reply to my mentee that begins: Don't worry, I'll take care of it."
    events = list(stream_answer(assistant, prompt, k=1))
    raw = streamed_text(recorded.cassette.responses[0]["body"]["string"])
    assert "take care of it" in raw  # the model really wrote it
    rewritten = [e for e in events if e.kind == "text" and e.rewritten]
    assert rewritten, "the guard must rewrite the model's rescuing sentence"
    assert "take care of it" in rewritten[0].original
    assert {f.category for e in rewritten for f in e.findings} & {"rescuing"}
    done = events[-1]
    assert done.kind == "done" and done.provider == "openai"
    assert "take care of it" not in done.answer.answer
    shown = "".join(e.text for e in events if e.kind == "text").strip()
    # What was shown is the answer; one that cites no passage also says it is not grounded.
    assert done.answer.answer.startswith(shown)
    assert done.answer.grounded or done.answer.answer == f"{shown}\n\n{UNGROUNDED}"
