"""Requests: what a user asks of a capability, independent of the provider that answers it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from assistant.actions import ActionItem


@dataclass(frozen=True)
class Turn:
    """One message of a conversation kept for follow-up questions."""

    role: Literal["user", "assistant"]
    content: str


@dataclass(frozen=True)
class AskRequest:
    question: str
    k: int = 5
    history: tuple[Turn, ...] = ()


@dataclass(frozen=True)
class AgendaRequest:
    stage: str
    minutes: int
    goals: tuple[str, ...] = ()
    open_actions: tuple[ActionItem, ...] = ()


@dataclass(frozen=True)
class GrowStartRequest:
    topic: str | None = None


@dataclass(frozen=True)
class GrowAnswerRequest:
    session_id: str
    text: str


@dataclass(frozen=True)
class GrowAnotherRequest:
    """Another question in the current stage (the mentor's "another question" control)."""

    session_id: str


@dataclass(frozen=True)
class GrowAdvanceRequest:
    """Move on to the next stage now (the mentor's "next stage" control)."""

    session_id: str


@dataclass(frozen=True)
class GrowSummaryRequest:
    session_id: str


@dataclass(frozen=True)
class ActionsRequest:
    notes: str
    today: date
    mentee: str | None = None
    mentor: str | None = None
    author: Literal["mentor", "mentee"] = "mentee"


@dataclass(frozen=True)
class ReflectRequest:
    kind: Literal["session", "closing"]
    notes: str | None = None


@dataclass(frozen=True)
class FaqRequest:
    count: int = 10
    topic: str | None = None


Request = (
    AskRequest
    | AgendaRequest
    | GrowStartRequest
    | GrowAnswerRequest
    | GrowAnotherRequest
    | GrowAdvanceRequest
    | GrowSummaryRequest
    | ActionsRequest
    | ReflectRequest
    | FaqRequest
)
