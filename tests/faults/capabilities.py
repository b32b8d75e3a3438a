"""Every capability (and chat) called once through the facade, the way the CLI and app call them.

Shared by ``tests/faults/test_model_faults.py`` and ``benchmarks/faults.py``: each call returns
what the user got (the provider that answered, the notice, whether there was content).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.service import Assistant

CAPABILITIES = ("ask", "agenda", "grow", "actions", "reflect", "faq", "chat")
QUESTION = "How do I prepare for my first mentoring meeting?"
NOTES = """\
- Priya will send Sam two articles on giving feedback by Friday
- Sam: draft the project proposal outline before Dec 3
- I'll ask my manager about the stretch assignment next Tuesday
"""
TODAY = date(2026, 11, 21)


@dataclass(frozen=True)
class Answered:
    """What one capability call gave the user."""

    provider: str
    notice: str | None
    has_content: bool


def _reply(reply: Any, content: bool) -> Answered:
    return Answered(reply.provider, reply.notice, content)


def ask(assistant: Assistant) -> Answered:
    reply = assistant.ask(QUESTION)
    return _reply(reply, bool(reply.result.answer and reply.result.citations))


def agenda(assistant: Assistant) -> Answered:
    reply = assistant.agenda("first-meeting", 45, goals=["Move into a team-lead role"])
    return _reply(reply, bool(reply.result.items))


def grow(assistant: Assistant, session_id: str) -> Answered:
    """The answer to a started session's first question (the first turn that calls the model)."""
    reply = assistant.grow_answer(session_id, "I want to get better at presenting to my team.")
    return _reply(reply, bool(reply.result.question))


def grow_session(assistant: Assistant) -> str:
    """A started GROW session (starting one does not call the model)."""
    return assistant.grow_start(topic="public speaking").result.session


def actions(assistant: Assistant) -> Answered:
    reply = assistant.actions(NOTES, today=TODAY, mentee="Sam", mentor="Priya")
    return _reply(reply, bool(reply.result.items))


def reflect(assistant: Assistant) -> Answered:
    reply = assistant.reflect("session", notes=NOTES)
    return _reply(reply, len(reply.result.prompts) >= 3)


def faq(assistant: Assistant) -> Answered:
    reply = assistant.faq(count=5)
    return _reply(reply, bool(reply.result.entries))


def chat(assistant: Assistant) -> Answered:
    events = list(assistant.stream_ask(QUESTION))
    done = events[-1]
    assert done.kind == "done" and done.answer is not None
    return Answered(done.provider or "", done.notice, bool(done.answer.answer))


def caller(name: str, assistant: Assistant) -> Callable[[], Answered]:
    """A call of capability ``name`` with any set-up (a GROW session) already done."""
    if name == "grow":
        session = grow_session(assistant)
        return lambda: grow(assistant, session)
    call = {
        "ask": ask,
        "agenda": agenda,
        "actions": actions,
        "reflect": reflect,
        "faq": faq,
        "chat": chat,
    }[name]
    return lambda: call(assistant)
