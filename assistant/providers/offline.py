"""The offline engine: retrieval, question banks and rules. No key, no network, deterministic."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from assistant.providers.base import Outcome, Provider
from assistant.requests import (
    ActionsRequest,
    AgendaRequest,
    AskRequest,
    FaqRequest,
    GrowAdvanceRequest,
    GrowAnotherRequest,
    GrowAnswerRequest,
    GrowStartRequest,
    GrowSummaryRequest,
    ReflectRequest,
    Request,
)

if TYPE_CHECKING:
    from assistant.grow import GrowCoach
    from assistant.retrieval import KnowledgeBase


class OfflineProvider(Provider):
    """Answers every capability from the knowledge base with extractive text and data files."""

    name: ClassVar[str] = "offline"

    def __init__(self, kb: KnowledgeBase, sessions_dir: Path) -> None:
        self.kb = kb
        self.sessions_dir = sessions_dir

    def invoke(self, request: Request) -> Outcome:
        return Outcome(result=own_markers_only(self._answer(request)), provider=self.name)

    def _answer(self, request: Request) -> object:
        # Imports are local so each capability loads only when used (fast CLI start-up).
        match request:
            case AskRequest():
                from assistant.ask import answer_question

                return answer_question(request.question, self.kb, k=request.k)
            case AgendaRequest():
                from assistant.agenda import build_agenda

                return build_agenda(
                    self.kb,
                    stage=request.stage,
                    minutes=request.minutes,
                    goals=request.goals,
                    open_actions=request.open_actions,
                )
            case GrowStartRequest():
                return self._coach().start(topic=request.topic)
            case GrowAnswerRequest():
                return self._coach().answer(request.session_id, request.text)
            case GrowAnotherRequest():
                return self._coach().another(request.session_id)
            case GrowAdvanceRequest():
                return self._coach().advance(request.session_id)
            case GrowSummaryRequest():
                return self._coach().summary(request.session_id)
            case ActionsRequest():
                from assistant.actions import ActionItemList, extract_action_items

                items = extract_action_items(
                    request.notes,
                    today=request.today,
                    mentee=request.mentee,
                    mentor=request.mentor,
                    author=request.author,
                )
                return ActionItemList(tuple(items))
            case ReflectRequest():
                from assistant.reflect import build_reflection

                return build_reflection(self.kb, kind=request.kind, notes=request.notes)
            case FaqRequest():
                from assistant.faq import build_faq

                return build_faq(self.kb, count=request.count, topic=request.topic)
        raise TypeError(f"unknown request type {type(request).__name__}")

    def _coach(self) -> GrowCoach:
        from assistant.grow import GrowCoach

        return GrowCoach(self.kb, self.sessions_dir)


def own_markers_only(result: object) -> object:
    """An answer without citation numbers that point at no source it lists.

    A quoted sentence can carry a marker of its own document ("… Institute [7] …"); shown as it
    is, it would look like a citation of this answer. Only such numbers go; the text is otherwise
    unchanged.
    """
    from assistant.ask import Answer
    from assistant.providers.citecheck import CITATION

    if not isinstance(result, Answer) or not result.citations:
        return result
    count = len(result.citations)

    def keep(match: re.Match[str]) -> str:
        numbers = [int(n) for n in re.findall(r"\d+", match.group(1))]
        if all(1 <= n <= count for n in numbers):
            return match.group(0)
        valid = [str(n) for n in numbers if 1 <= n <= count]
        lead = match.group(0)[0] if match.group(0)[0] in " \t" else ""
        return f"{lead}[{', '.join(valid)}]" if valid else ""

    text = CITATION.sub(keep, result.answer)
    return result if text == result.answer else replace(result, answer=text)
