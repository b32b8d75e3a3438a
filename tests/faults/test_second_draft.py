"""A model answer the guard flags is asked for again, once, with the findings as feedback."""

from __future__ import annotations

from pathlib import Path

from assistant.config import Settings
from assistant.service import Assistant
from tests.faults.fault_server import FaultServer

SAVIOR = "Don't worry, I'll talk to your manager for you and sort it all out [1]."
COACHING = (
    "What would you like your manager to understand, and how could you open that "
    "conversation yourself? [1]"
)
QUESTION = "What should we talk about in our first mentoring meeting?"


class Drafts(FaultServer):
    """A healthy server that gives each successive chat request the next answer in ``answers``."""

    def __init__(self, answers: list[str]) -> None:
        super().__init__("none", answer=answers[0], lifetime=30)
        self.answers = list(answers)

    def _good(self, stream: bool) -> bytes:
        index = min(len(self.requests) - 1, len(self.answers) - 1)
        self.answer = self.answers[max(index, 0)]
        return super()._good(stream)


def _assistant(kb, home: Path, url: str) -> Assistant:
    settings = Settings(home=home, provider="openai", base_url=url, model="m", deadline=10)
    return Assistant(settings, kb=kb)


def test_a_flagged_answer_is_redrafted_with_the_findings_as_feedback(kb, home: Path) -> None:
    with Drafts([SAVIOR, COACHING]) as server:
        reply = _assistant(kb, home, server.url).ask(QUESTION)
    assert len(server.requests) == 2
    feedback = server.requests[1]["messages"][-1]
    assert feedback["role"] == "system"
    assert "ownership away from the mentee" in feedback["content"]
    assert "talk to your manager for you" in feedback["content"]
    assert server.requests[0]["messages"][-1]["role"] != "system"
    assert reply.provider != "offline"
    assert "What would you like your manager to understand" in reply.result.answer
    assert not reply.rewrites  # the second draft needed no deterministic rewrite


def test_when_the_second_draft_is_no_better_the_guard_rewrites_the_first(kb, home: Path) -> None:
    with Drafts([SAVIOR, SAVIOR]) as server:
        reply = _assistant(kb, home, server.url).ask(QUESTION)
    assert len(server.requests) == 2  # one second draft, never more
    assert reply.rewrites  # the choke point rewrote what the model still got wrong
    assert "talk to your manager for you" not in reply.result.answer


def test_a_clean_answer_is_asked_for_once(kb, home: Path) -> None:
    with Drafts([COACHING]) as server:
        _assistant(kb, home, server.url).ask(QUESTION)
    assert len(server.requests) == 1
