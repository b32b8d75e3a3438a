"""What the coach returns: the next turn of a session and the session's summary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from assistant.actions import ActionItem
from assistant.citations import Passage
from assistant.grow.bank import STAGES


@dataclass(frozen=True)
class GrowTurn:
    """The coach's next move: the question to ask (``None`` once the session is done)."""

    session: str
    stage: str
    question: str | None
    done: bool
    question_id: str | None = None
    reason: str = ""
    step: int = 1
    stage_number: int = 1
    stage_question: int = 1
    max_questions_per_stage: int = 4
    citations: tuple[Passage, ...] = ()
    move: str | None = None  # advance | probe | hand_back | acknowledge | redirect (None at start)
    heard: dict[str, Any] | None = None  # what the coach understood from the last answer

    def to_dict(self) -> dict[str, Any]:
        return {
            "session": self.session,
            "stage": self.stage,
            "question": self.question,
            "done": self.done,
            "question_id": self.question_id,
            "reason": self.reason,
            "move": self.move,
            "heard": self.heard,
            "progress": {
                "step": self.step,
                "stage_number": self.stage_number,
                "stages": len(STAGES),
                "stage_question": self.stage_question,
                "max_questions_per_stage": self.max_questions_per_stage,
            },
            "citations": [p.to_citation() for p in self.citations],
        }


@dataclass(frozen=True)
class GrowSummary:
    """Goal, reality, options and the way forward in the mentee's words, plus action items."""

    __verbatim__: ClassVar[frozenset[str]] = frozenset(
        {"goal", "reality", "obstacles", "options", "will", "topic"}
    )

    goal: str
    reality: str
    options: tuple[str, ...]
    will: str
    action_items: tuple[ActionItem, ...]
    session: str = ""
    topic: str | None = None
    done: bool = False
    obstacles: tuple[str, ...] = ()
    # Steps other people take on ("my sister will book the visit"): beside the plan, not the
    # mentee's action items.
    others_steps: tuple[ActionItem, ...] = ()
    # Dates said without a year that look just past ("by November 28" on December 3): the item
    # keeps next year's date, and the mentor is asked to confirm it.
    date_checks: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "goal": self.goal,
            "reality": self.reality,
            "obstacles": list(self.obstacles),
            "options": list(self.options),
            "will": self.will,
            "action_items": [item.to_dict() for item in self.action_items],
            "others_steps": [item.to_dict() for item in self.others_steps],
            "date_checks": list(self.date_checks),
            "session": self.session,
            "topic": self.topic,
            "done": self.done,
        }
