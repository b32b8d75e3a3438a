"""A provider that talks like a savior is caught at the choke point, whole or streamed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from assistant.citations import Passage
from assistant.guard import StreamGuard
from assistant.output import deliver
from assistant.providers.base import Outcome, Provider
from assistant.requests import AskRequest, Request

SAVIOR_ANSWER = (
    "Good question. Don't worry, I'll take care of everything. "
    "Here's what needs to get done: first you'll quit, then you'll apply, then you'll call me. "
    "What matters most to you right now?"
)


@dataclass(frozen=True)
class _Answer:
    answer: str
    follow_ups: tuple[str, ...]
    citations: tuple[Passage, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"answer": self.answer, "follow_ups": list(self.follow_ups)}


class SaviorProvider(Provider):
    """A real provider implementation whose model writes savior language."""

    name = "savior"

    def invoke(self, request: Request) -> Outcome:
        passage = Passage(
            source="informal-mentoring-how-tos.md",
            title="Informal Mentoring How-To's",
            section="What Is Not The Role Of A Mentor?",
            text="“I know best”",
            score=0.9,
        )
        result = _Answer(
            answer=SAVIOR_ANSWER,
            follow_ups=("You need me.", "What would you like to try first?"),
            citations=(passage,),
        )
        return Outcome(result=result, provider=self.name)

    def stream(self, request: Request) -> Iterator[str]:
        text = SAVIOR_ANSWER
        for start in range(0, len(text), 7):
            yield text[start : start + 7]


def test_deliver_rewrites_every_savior_text_and_says_so() -> None:
    reply = deliver(SaviorProvider().invoke(AskRequest(question="How do I start?")))
    answer: Any = reply.result
    assert "take care of everything" not in answer.answer
    assert "Good question." in answer.answer
    assert answer.answer.endswith("What matters most to you right now?")
    assert answer.follow_ups[0] != "You need me."
    assert answer.follow_ups[1] == "What would you like to try first?"
    # Quoted source passages are shown verbatim with their publisher credited.
    assert answer.citations[0].text == "“I know best”"
    categories = {f.category for rewrite in reply.rewrites for f in rewrite.findings}
    assert {"rescuing", "dictating", "dependency"} <= categories
    assert reply.to_dict()["guard_rewrites"]


def test_streamed_output_is_checked_before_each_sentence_is_shown() -> None:
    guard = StreamGuard()
    shown: list[str] = []
    for piece in SaviorProvider().stream(AskRequest(question="How do I start?")):
        for sentence in guard.feed(piece):
            shown.append(sentence.text)
    shown += [sentence.text for sentence in guard.flush()]
    text = "".join(shown)
    assert "I'll take care of everything" not in text
    assert "Here's what needs to get done" not in text
    assert text.startswith("Good question. ")
    assert text.endswith("What matters most to you right now?")
