"""The OpenAI-compatible chat provider: the same capabilities, answered by a language model.

Every request follows the same path: retrieve passages (``kb.search``), fit them and the history
into the context window (:mod:`assistant.budget`), replace contact details with placeholders
(:mod:`assistant.privacy`), render the capability's prompt file (:mod:`assistant.prompts`), call
the model, then check what came back:

* text answers (ask, reflect): citation numbers are checked against the passages given; a number
  that was not given is removed; an answer without any valid citation is marked ungrounded
  (:mod:`assistant.providers.citecheck`);
* JSON answers (agenda, action items, FAQ): validated with pydantic after repairing small slips,
  asked again once, and otherwise answered by the offline engine with a notice
  (:mod:`assistant.providers.llm_structured`);
* GROW: the offline coach keeps the session and chooses the question; the model only rephrases it
  so it follows on from the mentee's words (:mod:`assistant.providers.llm_text`).

This module holds the provider itself: dispatch, rendering within the budget, the ask path and the
JSON ask-again loop. Calling the server lives in :mod:`assistant.providers.openai_client`.
Transport failures are raised as :mod:`assistant.errors` provider errors (see
:mod:`assistant.providers.openai_errors`); :class:`assistant.providers.fallback.FallbackProvider`
turns them into an offline answer with a notice.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import openai
from pydantic import BaseModel

from assistant.budget import (
    MAX_CHARS_PER_TOKEN,
    MESSAGE_OVERHEAD,
    Budget,
    count_tokens,
    fit,
    fit_texts,
)
from assistant.citations import Passage
from assistant.config import Settings
from assistant.errors import ProviderError, ProviderOutputError
from assistant.privacy import Redactor
from assistant.prompts import Prompt, load_prompt, number_passages
from assistant.providers import llm_structured, llm_text
from assistant.providers.base import Outcome, Provider
from assistant.providers.citecheck import check_citations, hold_brackets
from assistant.providers.deadline import Deadline, current, within
from assistant.providers.jsonfix import parse_model
from assistant.providers.llm_structured import _ActionsOut, _AgendaOut, _FaqOut, _grounded_in
from assistant.providers.llm_text import single_question
from assistant.providers.openai_client import (
    MISSING_KEY,
    PLACEHOLDER_KEY,
    ChatModel,
    JsonMode,
    ModelCall,
    make_client,
)
from assistant.providers.second_draft import feedback_message, with_second_draft
from assistant.requests import (
    ActionsRequest,
    AgendaRequest,
    AskRequest,
    FaqRequest,
    GrowAnswerRequest,
    GrowStartRequest,
    GrowSummaryRequest,
    ReflectRequest,
    Request,
    Turn,
)

if TYPE_CHECKING:
    from assistant.ask import Answer
    from assistant.retrieval import KnowledgeBase

__all__ = [  # the names below were all defined here before the split; they stay importable
    "MISSING_KEY",
    "PLACEHOLDER_KEY",
    "JsonMode",
    "OpenAIProvider",
    "PreparedAsk",
    "_ActionsOut",
    "_AgendaOut",
    "_FaqOut",
    "_grounded_in",
    "check_citations",
    "hold_brackets",
    "make_client",
    "single_question",
]

logger = logging.getLogger("assistant.providers.openai")


@dataclass
class PreparedAsk:
    """Everything needed to call the model for a question and to read its answer."""

    request: AskRequest
    passages: tuple[Passage, ...]
    messages: list[dict[str, str]]
    redactor: Redactor
    budget: Budget | None
    prompt: Prompt
    not_covered: Answer | None = None
    # Shared by every call for this question (a restarted stream too).
    deadline: Deadline | None = None


@dataclass
class _ClippingRedactor(Redactor):
    """A redactor that first cuts a text to ``limit`` characters (more can never be sent)."""

    limit: int = 0

    def redact(self, text: str) -> str:
        return super().redact(text[: self.limit] if self.limit else text)


class OpenAIProvider(Provider):
    """Answers every capability with an OpenAI-compatible chat model, grounded and checked."""

    name: ClassVar[str] = "openai"

    def __init__(
        self,
        settings: Settings,
        kb: KnowledgeBase,
        offline: Provider,
        *,
        client: openai.OpenAI | None = None,
        json_mode: JsonMode | None = None,
        temperature: float | None = None,
    ) -> None:
        self.settings = settings
        self.kb = kb
        self.offline = offline
        self.chat = ChatModel(settings, client=client, json_mode=json_mode, temperature=temperature)

    @property
    def client(self) -> openai.OpenAI:
        return self.chat.client

    @property
    def server(self) -> str:
        return self.chat.server

    # Provider API -------------------------------------------------------------------------------

    def invoke(self, request: Request) -> Outcome:
        with within(Deadline(self.settings.deadline)):
            return with_second_draft(lambda: self._invoke(request), self.name)

    def _invoke(self, request: Request) -> Outcome:
        match request:
            case AskRequest():
                return self.outcome(self.ask(request))
            case AgendaRequest():
                return llm_structured.agenda(self, request)
            case GrowStartRequest() | GrowAnswerRequest():
                return llm_text.grow(self, request)
            case GrowSummaryRequest():
                # The summary is the mentee's own words, assembled by rules: nothing to generate.
                outcome = self.offline.invoke(request)
                return Outcome(result=outcome.result, provider=self.name, notice=outcome.notice)
            case ActionsRequest():
                return llm_structured.actions(self, request)
            case ReflectRequest():
                return llm_text.reflect(self, request)
            case FaqRequest():
                return llm_structured.faq(self, request)
        raise TypeError(f"unknown request type {type(request).__name__}")

    def stream(self, request: Request) -> Iterator[str]:
        if not isinstance(request, AskRequest):
            yield from super().stream(request)
            return
        prepared = self.prepare_ask(request)
        if prepared.not_covered is not None:
            yield prepared.not_covered.answer
            return
        yield from self.stream_prepared(prepared)

    def outcome(self, result: object, notice: str | None = None) -> Outcome:
        """``result`` as this provider's outcome."""
        return Outcome(result=result, provider=self.name, notice=notice)

    def offline_instead(self, request: Request, what: str, error: ProviderError) -> Outcome:
        """The offline engine's answer, with a notice saying why the model's was not used."""
        outcome = self.offline.invoke(request)
        notice = f"{str(error).rstrip('.')}; the {what} comes from the offline engine instead."
        return Outcome(result=outcome.result, provider=outcome.provider, notice=notice)

    # Budget and privacy -------------------------------------------------------------------------

    def redactor(self) -> Redactor:
        """A fresh redactor (placeholders are per request), on or off as configured.

        It first cuts each text to what could ever fit the context window, so that 10 MB of notes
        are not scanned whole; :meth:`render` then trims to the exact token budget.
        """
        limit = self.settings.context_window * MAX_CHARS_PER_TOKEN
        return _ClippingRedactor(enabled=self.settings.redact_pii, limit=limit)

    def _fit(
        self,
        prompt: Prompt,
        variables: dict[str, Any],
        passages: Sequence[Passage],
        history: Sequence[Turn] = (),
    ) -> Budget:
        fixed = prompt.render({**variables, "passages": ""})
        fixed_text = "\n".join(message["content"] for message in fixed)
        return fit(
            passages,
            history,
            fixed_text=fixed_text,
            context_window=self.settings.context_window,
            reserve=prompt.output.max_tokens,
        )

    def _fit_texts(self, prompt: Prompt, variables: dict[str, Any], shared: bool) -> dict[str, Any]:
        texts = {k: v for k, v in variables.items() if isinstance(v, str) and k != "passages"}
        if not texts:
            return variables
        empty = {**variables, **dict.fromkeys(texts, ""), "passages": ""}
        frame = "\n".join(message["content"] for message in prompt.render(empty))
        room = (
            self.settings.context_window
            - prompt.output.max_tokens
            - count_tokens(frame)
            - 4 * MESSAGE_OVERHEAD
        )
        return {**variables, **fit_texts(texts, room // 2 if shared else room)}

    def render(
        self,
        prompt: Prompt,
        variables: dict[str, Any],
        passages: Sequence[Passage] = (),
        history: Sequence[Turn] = (),
    ) -> tuple[list[dict[str, str]], Budget | None, tuple[Passage, ...]]:
        """The prompt's messages with the passages and history that fit; the passages kept.

        Long texts among ``variables`` (notes, goals, the question) are cut first, to half of the
        room when passages or history are sent too, so that those keep room as well.
        """
        variables = self._fit_texts(prompt, variables, bool(passages) or bool(history))
        budget = None
        if "passages" in prompt.spec.input_variables or history:
            budget = self._fit(prompt, variables, passages, history)
            passages, history = budget.passages, budget.history
        if "passages" in prompt.spec.input_variables:
            variables = {**variables, "passages": number_passages(passages)}
        messages = prompt.render(variables, history)
        feedback = feedback_message()  # set while a second draft is asked for
        if feedback is not None:
            messages = [*messages, feedback]
        return messages, budget, tuple(passages)

    # Ask ----------------------------------------------------------------------------------------

    def prepare_ask(self, request: AskRequest) -> PreparedAsk:
        from assistant.ask import compose_answer, relevant

        deadline = current(self.settings.deadline)
        prompt = load_prompt("ask")
        query = request.question
        last_user = next((t.content for t in reversed(request.history) if t.role == "user"), "")
        if last_user and len(request.question.split()) < 6:
            query = f"{last_user} {request.question}"  # a short follow-up leans on the last turn
        passages = relevant(self.kb.search(query, request.k))
        redactor = self.redactor()
        if not passages:
            return PreparedAsk(
                request, (), [], redactor, None, prompt, compose_answer(request.question, ())
            )
        history = tuple(Turn(t.role, redactor.redact(t.content)) for t in request.history)
        variables = {"question": redactor.redact(request.question)}
        messages, budget, kept = self.render(prompt, variables, passages, history)
        return PreparedAsk(request, kept, messages, redactor, budget, prompt, deadline=deadline)

    def stream_prepared(self, prepared: PreparedAsk) -> Iterator[str]:
        """Stream the answer's text with placeholders restored and invalid citations removed."""
        call = ModelCall(prepared.messages, prepared.prompt, deadline=prepared.deadline)
        pieces = self.chat.stream_text(call)
        for piece in hold_brackets(pieces):
            text, _ = check_citations(prepared.redactor.restore(piece), len(prepared.passages))
            if text:
                yield text

    def finish_ask(self, prepared: PreparedAsk, text: str) -> Answer:
        """Build the :class:`Answer` from the model's full text."""
        from assistant.ask import Answer

        if prepared.not_covered is not None:
            return prepared.not_covered
        text, used = check_citations(
            prepared.redactor.restore(text).strip(), len(prepared.passages)
        )
        if not text:
            raise ProviderOutputError(f"{self.server} returned an empty answer.")
        return Answer(answer=text, citations=prepared.passages, grounded=bool(used))

    def ask(self, request: AskRequest) -> Answer:
        prepared = self.prepare_ask(request)
        if prepared.not_covered is not None:
            return prepared.not_covered
        call = ModelCall(prepared.messages, prepared.prompt, deadline=prepared.deadline)
        return self.finish_ask(prepared, self.chat.complete(call))

    # Structured answers -------------------------------------------------------------------------

    def ask_json(
        self, prompt: Prompt, messages: list[dict[str, str]], shape: type[BaseModel], key: str
    ) -> Any:
        """Ask for JSON, validate (repairing small slips), ask once more; raise if still invalid."""
        text = self.chat.complete_json(ModelCall(messages, prompt))
        try:
            value, repaired = parse_model(text, shape, wrap_key=key)
            if repaired:
                logger.info("repaired the model's %s JSON", prompt.name)
            return value
        except ProviderOutputError as error:
            logger.info("the model's %s JSON was invalid (%s); asking again", prompt.name, error)
            retry = [
                *messages,
                {"role": "assistant", "content": text[:2000]},
                {
                    "role": "user",
                    "content": f"{error} Reply again with JSON only, matching the schema.",
                },
            ]
            text = self.chat.complete_json(ModelCall(retry, prompt))
            return parse_model(text, shape, wrap_key=key)[0]
