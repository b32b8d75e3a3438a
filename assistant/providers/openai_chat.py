"""The OpenAI-compatible chat provider: the same capabilities, answered by a language model.

Every request follows the same path: retrieve passages (``kb.search``), fit them and the history
into the context window (:mod:`assistant.budget`), replace contact details with placeholders
(:mod:`assistant.privacy`), render the capability's prompt file (:mod:`assistant.prompts`), call
the model, then check what came back:

* text answers (ask, reflect): citation numbers are checked against the passages given; a number
  that was not given is removed; an answer without any valid citation is marked ungrounded;
* JSON answers (agenda, action items, FAQ): validated with pydantic after repairing small slips,
  asked again once, and otherwise answered by the offline engine with a notice;
* GROW: the offline coach keeps the session and chooses the question; the model only rephrases it
  so it follows on from the mentee's words (the bank question is kept when the model's reply is
  not one question).

Transport failures are raised as :mod:`assistant.errors` provider errors (see
:mod:`assistant.providers.openai_errors`); :class:`assistant.providers.fallback.FallbackProvider`
turns them into an offline answer with a notice.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import openai
from pydantic import BaseModel, ConfigDict, Field

from assistant.budget import Budget, fit
from assistant.citations import Passage
from assistant.config import Settings
from assistant.errors import (
    ConfigError,
    ProviderError,
    ProviderOutputError,
    ProviderUnavailableError,
)
from assistant.privacy import Redactor
from assistant.prompts import Prompt, load_prompt, number_passages
from assistant.providers.base import Outcome, Provider
from assistant.providers.jsonfix import parse_model
from assistant.providers.openai_errors import translate, where
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

logger = logging.getLogger("assistant.providers.openai")

PLACEHOLDER_KEY = "not-needed-for-a-local-server"
MISSING_KEY = (
    "The openai provider needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server such as "
    "Ollama); set it, or choose the offline provider with --provider offline."
)
JsonMode = Literal["json_schema", "json_object", "none"]
_JSON_MODES: tuple[JsonMode, ...] = ("json_schema", "json_object", "none")

_CITATION = re.compile(r"[ \t]?\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
_QUOTES = "\"'“”‘’«»"


def make_client(settings: Settings) -> openai.OpenAI:
    """An ``openai`` client from the settings; a base URL without a key gets a placeholder key."""
    if not settings.api_key and not settings.base_url:
        raise ConfigError(MISSING_KEY)
    return openai.OpenAI(
        api_key=settings.api_key or PLACEHOLDER_KEY,
        base_url=settings.base_url,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
    )


# --------------------------------------------------------------------------- citations


def check_citations(text: str, count: int) -> tuple[str, tuple[int, ...]]:
    """Remove citation numbers outside 1..``count``; return the text and the valid numbers used."""
    used: list[int] = []

    def keep(match: re.Match[str]) -> str:
        numbers = [int(n) for n in re.split(r"\s*,\s*", match.group(1))]
        valid = [n for n in numbers if 1 <= n <= count]
        for number in valid:
            if number not in used:
                used.append(number)
        if not valid:
            return ""
        lead = match.group(0)[0] if match.group(0)[0] in " \t" else ""
        return f"{lead}[{', '.join(str(n) for n in valid)}]"

    cleaned = _CITATION.sub(keep, text)
    cleaned = re.sub(r"[ \t]+([.,;:!?])", r"\1", cleaned)
    return cleaned, tuple(used)


def hold_brackets(chunks: Iterable[str], limit: int = 24) -> Iterator[str]:
    """Re-chunk text so no piece ends inside an unfinished ``[...]`` marker."""
    pending = ""
    for chunk in chunks:
        pending += chunk
        cut = pending.rfind("[")
        if cut != -1 and "]" not in pending[cut:] and len(pending) - cut <= limit:
            ready, pending = pending[:cut], pending[cut:]
        else:
            ready, pending = pending, ""
        if ready:
            yield ready
    if pending:
        yield pending


# --------------------------------------------------------------------------- JSON shapes


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _AgendaItemOut(_Strict):
    topic: str = ""
    prompts: list[str] = Field(min_length=1, max_length=5)
    sources: list[int] = Field(default_factory=list)


class _AgendaOut(_Strict):
    items: list[_AgendaItemOut] = Field(min_length=1)


class _ActionOut(_Strict):
    task: str = Field(min_length=3, max_length=300)
    owner: str = Field(min_length=1, max_length=80)
    due: str | None = None


class _ActionsOut(_Strict):
    action_items: list[_ActionOut]


class _FaqPairOut(_Strict):
    question: str = Field(min_length=5, max_length=300)
    answer: str = Field(min_length=5, max_length=1200)
    sources: list[int] = Field(default_factory=list)


class _FaqOut(_Strict):
    faq: list[_FaqPairOut] = Field(min_length=1)


# --------------------------------------------------------------------------- the ask path


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


@dataclass
class _Call:
    messages: list[dict[str, str]]
    prompt: Prompt
    extra: dict[str, Any] = field(default_factory=dict)


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
        self.client = client or make_client(settings)
        # Structured output: OpenAI's json_schema first; llama.cpp's json_object+schema if the
        # server refuses it; plain prompting last. The first mode the server accepts is kept.
        self.json_mode: JsonMode | None = json_mode
        # None uses each prompt file's temperature; 0 makes a local model's answers repeatable.
        self.temperature = temperature

    @property
    def server(self) -> str:
        return where(self.settings.base_url)

    # Provider API -------------------------------------------------------------------------------

    def invoke(self, request: Request) -> Outcome:
        match request:
            case AskRequest():
                return self._outcome(self.ask(request))
            case AgendaRequest():
                return self._agenda(request)
            case GrowStartRequest() | GrowAnswerRequest():
                return self._grow(request)
            case GrowSummaryRequest():
                # The summary is the mentee's own words, assembled by rules: nothing to generate.
                outcome = self.offline.invoke(request)
                return Outcome(result=outcome.result, provider=self.name, notice=outcome.notice)
            case ActionsRequest():
                return self._actions(request)
            case ReflectRequest():
                return self._reflect(request)
            case FaqRequest():
                return self._faq(request)
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

    def _outcome(self, result: object, notice: str | None = None) -> Outcome:
        return Outcome(result=result, provider=self.name, notice=notice)

    # Calling the model --------------------------------------------------------------------------

    def _create(self, call: _Call, *, stream: bool = False, **extra: Any) -> Any:
        try:
            return self.client.chat.completions.create(
                model=self.settings.model,
                messages=call.messages,  # type: ignore[arg-type]
                max_tokens=call.prompt.output.max_tokens,
                temperature=(
                    call.prompt.output.temperature if self.temperature is None else self.temperature
                ),
                stream=stream,
                **call.extra,
                **extra,
            )
        except openai.OpenAIError as error:
            raise translate(
                error, base_url=self.settings.base_url, model=self.settings.model
            ) from error

    def complete(self, call: _Call) -> str:
        """One non-streaming completion; the text of the first choice."""
        response = self._create(call)
        try:
            content = response.choices[0].message.content
        except (AttributeError, IndexError) as error:
            raise ProviderOutputError(f"{self.server} sent a reply without a message.") from error
        return content or ""

    def complete_json(self, call: _Call) -> str:
        """A completion in the best structured-output mode the server accepts."""
        schema = call.prompt.output.json_schema or {}
        modes = (self.json_mode,) if self.json_mode else _JSON_MODES
        last: ProviderError | None = None
        for mode in modes:
            if mode == "json_schema":
                extra = {
                    "response_format": {
                        "type": "json_schema",
                        "json_schema": {"name": call.prompt.name, "schema": schema},
                    }
                }
            elif mode == "json_object":
                extra = {"response_format": {"type": "json_object", "schema": schema}}
            else:
                extra = {}
            try:
                text = self.complete(_Call(call.messages, call.prompt, extra))
            except ProviderError as error:
                if not _refused_format(error):
                    raise
                logger.info(
                    "%s refused response_format %s; trying the next mode", self.server, mode
                )
                last = error
                continue
            self.json_mode = mode
            return text
        assert last is not None
        raise last

    def stream_text(self, call: _Call) -> Iterator[str]:
        """Yield the text of a streamed completion as it arrives."""
        stream = self._create(call, stream=True)
        finished = False
        try:
            for chunk in stream:
                if not chunk.choices:
                    continue
                choice = chunk.choices[0]
                if choice.delta is not None and choice.delta.content:
                    yield choice.delta.content
                finished = finished or bool(choice.finish_reason)
        except openai.OpenAIError as error:
            raise translate(
                error, base_url=self.settings.base_url, model=self.settings.model
            ) from error
        except Exception as error:  # a cut connection surfaces as a transport exception
            if type(error).__module__.split(".")[0] in {"httpx", "httpx2", "httpcore", "httpcore2"}:
                raise translate(
                    error, base_url=self.settings.base_url, model=self.settings.model
                ) from error
            raise
        if not finished:  # the connection closed before the model said it was done
            raise ProviderUnavailableError(f"{self.server} stopped sending the answer midway.")

    # Budget and privacy -------------------------------------------------------------------------

    def _redactor(self) -> Redactor:
        return Redactor(enabled=self.settings.redact_pii)

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

    def _render(
        self,
        prompt: Prompt,
        variables: dict[str, Any],
        passages: Sequence[Passage] = (),
        history: Sequence[Turn] = (),
    ) -> tuple[list[dict[str, str]], Budget | None, tuple[Passage, ...]]:
        budget = None
        if "passages" in prompt.spec.input_variables or history:
            budget = self._fit(prompt, variables, passages, history)
            passages, history = budget.passages, budget.history
        if "passages" in prompt.spec.input_variables:
            variables = {**variables, "passages": number_passages(passages)}
        return prompt.render(variables, history), budget, tuple(passages)

    # Ask ----------------------------------------------------------------------------------------

    def prepare_ask(self, request: AskRequest) -> PreparedAsk:
        from assistant.ask import compose_answer, relevant

        prompt = load_prompt("ask")
        query = request.question
        last_user = next((t.content for t in reversed(request.history) if t.role == "user"), "")
        if last_user and len(request.question.split()) < 6:
            query = f"{last_user} {request.question}"  # a short follow-up leans on the last turn
        passages = relevant(self.kb.search(query, request.k))
        redactor = self._redactor()
        if not passages:
            return PreparedAsk(
                request, (), [], redactor, None, prompt, compose_answer(request.question, ())
            )
        history = tuple(Turn(t.role, redactor.redact(t.content)) for t in request.history)
        variables = {"question": redactor.redact(request.question)}
        messages, budget, kept = self._render(prompt, variables, passages, history)
        return PreparedAsk(request, kept, messages, redactor, budget, prompt)

    def stream_prepared(self, prepared: PreparedAsk) -> Iterator[str]:
        """Stream the answer's text with placeholders restored and invalid citations removed."""
        pieces = self.stream_text(_Call(prepared.messages, prepared.prompt))
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
        return self.finish_ask(prepared, self.complete(_Call(prepared.messages, prepared.prompt)))

    # Structured capabilities --------------------------------------------------------------------

    def _json(
        self, prompt: Prompt, messages: list[dict[str, str]], shape: type[BaseModel], key: str
    ) -> Any:
        """Ask for JSON, validate (repairing small slips), ask once more; raise if still invalid."""
        text = self.complete_json(_Call(messages, prompt))
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
            text = self.complete_json(_Call(retry, prompt))
            return parse_model(text, shape, wrap_key=key)[0]

    def _offline_instead(self, request: Request, what: str, error: ProviderError) -> Outcome:
        outcome = self.offline.invoke(request)
        notice = f"{str(error).rstrip('.')}; the {what} comes from the offline engine instead."
        return Outcome(result=outcome.result, provider=outcome.provider, notice=notice)

    def _agenda(self, request: AgendaRequest) -> Outcome:
        # The offline engine time-boxes the meeting (minutes always add up); the model writes the
        # questions the mentee brings to each item.
        skeleton = self.offline.invoke(request).result
        passages = _unique(p for item in skeleton.items for p in item.citations)
        prompt = load_prompt("agenda")
        redactor = self._redactor()
        goals = [redactor.redact(goal) for goal in request.goals]
        listing = "\n".join(
            f"{n}. {item.topic} ({item.minutes} min, led by {item.owner})"
            for n, item in enumerate(skeleton.items, start=1)
        )
        variables = {
            "stage": request.stage,
            "minutes": request.minutes,
            "goals": "; ".join(goals) or "none given",
            "items": listing,
        }
        messages, _, kept = self._render(prompt, variables, passages)
        try:
            data = self._json(prompt, messages, _AgendaOut, "items")
            if len(data.items) != len(skeleton.items):
                raise ProviderOutputError(
                    f"The model's agenda had {len(data.items)} items instead of "
                    f"{len(skeleton.items)}."
                )
        except ProviderOutputError as error:
            return self._offline_instead(request, "agenda", error)
        items = []
        for item, out in zip(skeleton.items, data.items, strict=True):
            own = tuple(p for p in item.prompts if any(g and g in p for g in request.goals))
            written = tuple(
                redactor.restore(" ".join(p.split()))
                for p in out.prompts
                if 3 <= len(p.split()) <= 60
            )
            cited = tuple(kept[n - 1] for n in dict.fromkeys(out.sources) if 1 <= n <= len(kept))
            items.append(
                replace(
                    item,
                    prompts=_dedupe(own + written) or item.prompts,
                    citations=cited or item.citations,
                )
            )
        return self._outcome(replace(skeleton, items=tuple(items)))

    def _actions(self, request: ActionsRequest) -> Outcome:
        from assistant.actions import ActionItem, ActionItemList, extract_action_items
        from assistant.duedates import resolve_due

        prompt = load_prompt("actions")
        redactor = self._redactor()
        mentee = request.mentee or "mentee"
        mentor = request.mentor or "mentor"
        owners = {mentee.lower(): mentee, mentor.lower(): mentor, "both": "both"}
        owners.update({"mentee": mentee, "mentor": mentor})
        me = mentee if request.author == "mentee" else mentor
        owners.update({"i": me, "me": me, "we": "both", "us": "both"})
        variables = {
            "notes": redactor.redact(request.notes),
            "today": request.today.isoformat(),
            "owners": f"{mentee} (the mentee), {mentor} (the mentor), both",
        }
        messages, _, _ = self._render(prompt, variables)
        try:
            data = self._json(prompt, messages, _ActionsOut, "action_items")
            items = []
            for out in data.action_items:
                owner = owners.get(out.owner.strip().lower())
                if owner is None:
                    raise ProviderOutputError(
                        f"The model gave the owner {out.owner!r}, who is not in the notes."
                    )
                task = redactor.restore(" ".join(out.task.split())).rstrip(".")
                if not _grounded_in(task, request.notes, (mentee, mentor)):
                    logger.info("dropped an action item not found in the notes: %r", task)
                    continue
                items.append(
                    ActionItem(
                        task=task, owner=owner, due=_due(out.due, request.today, resolve_due)
                    )
                )
            if not items and extract_action_items(
                request.notes,
                today=request.today,
                mentee=request.mentee,
                mentor=request.mentor,
                author=request.author,
            ):
                raise ProviderOutputError(
                    "The model found no action items in notes that contain some."
                )
        except ProviderOutputError as error:
            return self._offline_instead(request, "action item list", error)
        return self._outcome(ActionItemList(tuple(items)))

    def _faq(self, request: FaqRequest) -> Outcome:
        from assistant.faq import FAQ, FAQEntry

        prompt = load_prompt("faq")
        topic = request.topic or "how the mentoring programme works"
        passages = self.kb.search(topic, max(5, min(request.count, 8)))
        variables = {"count": request.count, "topic": topic}
        messages, _, kept = self._render(prompt, variables, passages)
        try:
            data = self._json(prompt, messages, _FaqOut, "faq")
            entries = []
            for out in data.faq[: request.count]:
                answer, used = check_citations(" ".join(out.answer.split()), len(kept))
                sources = [n for n in dict.fromkeys(out.sources) if 1 <= n <= len(kept)]
                numbers = list(dict.fromkeys([*used, *sources]))
                if not numbers:
                    continue  # an answer that cites nothing is not grounded: leave it out
                order = {old: new for new, old in enumerate(numbers, start=1)}
                answer = _renumber(answer, order) if used else f"{answer} [1]"
                if not used:
                    numbers = numbers[:1]
                entries.append(
                    FAQEntry(
                        question=" ".join(out.question.split()),
                        answer=answer,
                        citations=tuple(kept[n - 1] for n in numbers),
                    )
                )
            if not entries:
                raise ProviderOutputError("The model's FAQ answers cited none of the passages.")
        except ProviderOutputError as error:
            return self._offline_instead(request, "FAQ", error)
        return self._outcome(FAQ(entries=tuple(entries), gaps=()))

    # Text capabilities --------------------------------------------------------------------------

    def _reflect(self, request: ReflectRequest) -> Outcome:
        from assistant.reflect import Reflection

        offline = self.offline.invoke(request).result  # also validates the kind
        prompt = load_prompt("reflect")
        redactor = self._redactor()
        passages = _unique(offline.citations) or tuple(
            self.kb.search(f"{request.kind} reflection", 5)
        )
        variables = {
            "kind": request.kind,
            "notes": redactor.redact(request.notes or "") or "(none)",
        }
        messages, _, kept = self._render(prompt, variables, passages)
        text = redactor.restore(self.complete(_Call(messages, prompt)))
        prompts: list[str] = []
        cited: list[int] = []
        for line in text.splitlines():
            line = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", line).strip()
            line, used = check_citations(line, len(kept))
            if not line.rstrip(" ]0-9,[").endswith("?") or len(line.split()) < 4:
                continue
            prompts.append(line)
            cited.extend(n for n in used if n not in cited)
        if len(prompts) < 3:
            error = ProviderOutputError(
                f"The model wrote {len(prompts)} usable reflection question(s), fewer than three."
            )
            return Outcome(
                result=offline,
                provider=self.offline.name,
                notice=_instead(error, "the reflection comes from the offline engine instead"),
            )
        citations = tuple(kept[n - 1] for n in cited) or kept
        # Number markers refer to the list given to the model; renumber to the cited list.
        order = {old: new for new, old in enumerate(cited, start=1)}
        prompts = (
            [_renumber(p, order) for p in prompts]
            if cited
            else [_strip_markers(p) for p in prompts]
        )
        return self._outcome(
            Reflection(kind=request.kind, prompts=tuple(prompts), citations=citations)
        )

    def _grow(self, request: GrowStartRequest | GrowAnswerRequest) -> Outcome:
        from assistant.grow import GrowCoach

        sessions_dir = getattr(self.offline, "sessions_dir", self.settings.sessions_dir)
        coach = GrowCoach(self.kb, sessions_dir)
        if isinstance(request, GrowStartRequest):
            turn = coach.start(topic=request.topic)
        else:
            turn = coach.answer(request.session_id, request.text)  # saved before any model call
        if turn.done or not turn.question:
            return self._outcome(turn)
        redactor = self._redactor()
        history: list[Turn] = []
        for entry in coach.transcript(turn.session):
            if entry.answer is None:
                continue
            history.append(Turn("assistant", entry.question))
            history.append(Turn("user", redactor.redact(entry.answer)))
        if not history:
            return self._outcome(turn)  # nothing to follow on from: the bank question is best
        prompt = load_prompt("grow_turn")
        variables = {
            "stage": turn.stage,
            "topic": redactor.redact(_topic(coach, turn)) or "not given",
            "question": turn.question,
        }
        messages, _, _ = self._render(prompt, variables, (), history[-8:])
        try:
            text = self.complete(_Call(messages, prompt))
        except ProviderError as error:
            # The answer is already saved; keep the session going with the bank question.
            return Outcome(
                result=turn,
                provider=self.offline.name,
                notice=_instead(error, "the question comes from the offline question bank"),
            )
        question = single_question(redactor.restore(text))
        if question is None:
            return Outcome(result=turn, provider=self.name, notice=None)
        return self._outcome(replace(turn, question=question))


# --------------------------------------------------------------------------- helpers


def _instead(error: ProviderError, what: str) -> str:
    return f"{str(error).rstrip('.')}; {what}."


def _refused_format(error: ProviderError) -> bool:
    """Whether the server rejected the ``response_format`` (llama-cpp-python answers 500)."""
    cause = error.__cause__
    if not isinstance(cause, openai.APIStatusError):
        return False
    if cause.status_code in (400, 415, 422):
        return True
    return cause.status_code == 500 and "response_format" in str(cause.body or cause.message)


def _unique(passages: Iterable[Passage]) -> tuple[Passage, ...]:
    seen: dict[tuple[str, str, str], Passage] = {}
    for passage in passages:
        seen.setdefault((passage.source, passage.section, passage.chunk_id), passage)
    return tuple(seen.values())


def _dedupe(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in texts if t))


def _strip_markers(text: str) -> str:
    return re.sub(r"[ \t]+([.,;:!?])", r"\1", _CITATION.sub("", text)).strip()


def _renumber(text: str, order: dict[int, int]) -> str:
    def swap(match: re.Match[str]) -> str:
        numbers = [order[int(n)] for n in re.split(r"\s*,\s*", match.group(1)) if int(n) in order]
        lead = match.group(0)[0] if match.group(0)[0] in " \t" else ""
        return f"{lead}[{', '.join(str(n) for n in numbers)}]" if numbers else ""

    return _CITATION.sub(swap, text)


_STOP_WORDS = (
    "a an the to of and or for with on in at by my our your their his her its be is are will "
    "shall should can could would this that these those it we i you they he she me us them"
)
_STOP = frozenset(_STOP_WORDS.split(" "))


def _grounded_in(task: str, notes: str, names: Iterable[str] = ()) -> bool:
    """Whether most content words of a task occur in the notes (guards against invented tasks)."""
    skip = _STOP | {n.lower() for n in names}
    words = {w for w in re.findall(r"[a-z0-9']+", task.lower()) if w not in skip and len(w) > 2}
    if not words:
        return False
    source = set(re.findall(r"[a-z0-9']+", notes.lower()))
    return len(words & source) / len(words) >= 0.6


def _due(value: str | None, today: date, resolve: Any) -> date | None:
    if not value or value.strip().lower() in {"null", "none", "n/a", ""}:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return resolve(value, today)


def _topic(coach: Any, turn: Any) -> str:
    try:
        return coach.summary(turn.session).topic or ""
    except Exception:  # the topic only flavours the rephrasing
        return ""


def single_question(text: str) -> str | None:
    """The model's text as one question, or None when it is not exactly one question."""
    text = " ".join(text.strip().strip(_QUOTES).split())
    text = re.sub(r"^(?:question|q)\s*:\s*", "", text, flags=re.IGNORECASE).strip(_QUOTES)
    if not text or text.count("?") != 1 or not text.endswith("?"):
        return None
    if len(text) > 300 or len(text.split()) < 4 or "[" in text:
        return None
    return text[0].upper() + text[1:]
