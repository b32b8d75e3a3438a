"""The text capabilities answered by the model: closing reflections and GROW questions.

* reflect: the model writes the questions; citation numbers are checked against the passages
  given, and fewer than three usable questions means the offline reflection with a notice;
* GROW: the offline coach keeps the session and chooses the question; the model only rephrases it
  so it follows on from the mentee's words (the bank question is kept when the model's reply is
  not one question).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from assistant.errors import ProviderError, ProviderOutputError
from assistant.prompts import load_prompt
from assistant.providers.base import Outcome
from assistant.providers.citecheck import (
    check_citations,
    renumber,
    strip_markers,
    unique_passages,
)
from assistant.providers.openai_client import ModelCall
from assistant.requests import GrowAnswerRequest, GrowStartRequest, ReflectRequest, Turn

if TYPE_CHECKING:
    from assistant.providers.openai_chat import OpenAIProvider

_QUOTES = "\"'“”‘’«»"


def reflect(provider: OpenAIProvider, request: ReflectRequest) -> Outcome:
    """Reflection questions written by the model, citing the passages behind them."""
    from assistant.reflect import Reflection

    offline = provider.offline.invoke(request).result  # also validates the kind
    prompt = load_prompt("reflect")
    redactor = provider.redactor()
    passages = unique_passages(offline.citations) or tuple(
        provider.kb.search(f"{request.kind} reflection", 5)
    )
    variables = {
        "kind": request.kind,
        "notes": redactor.redact(request.notes or "") or "(none)",
    }
    messages, _, kept = provider.render(prompt, variables, passages)
    text = redactor.restore(provider.chat.complete(ModelCall(messages, prompt)))
    prompts: list[str] = []
    cited: list[int] = []
    for line in text.splitlines():
        line = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", line).strip()
        line, used = check_citations(line, len(kept))
        if not strip_markers(line).endswith("?") or len(line.split()) < 4:
            continue
        prompts.append(line)
        cited.extend(n for n in used if n not in cited)
    if len(prompts) < 3:
        error = ProviderOutputError(
            f"The model wrote {len(prompts)} usable reflection question(s), fewer than three."
        )
        return Outcome(
            result=offline,
            provider=provider.offline.name,
            notice=_instead(error, "the reflection comes from the offline engine instead"),
        )
    citations = tuple(kept[n - 1] for n in cited) or kept
    # Number markers refer to the list given to the model; renumber to the cited list.
    order = {old: new for new, old in enumerate(cited, start=1)}
    prompts = (
        [renumber(p, order) for p in prompts] if cited else [strip_markers(p) for p in prompts]
    )
    return provider.outcome(
        Reflection(kind=request.kind, prompts=tuple(prompts), citations=citations)
    )


def grow(provider: OpenAIProvider, request: GrowStartRequest | GrowAnswerRequest) -> Outcome:
    """The offline coach's next question, rephrased by the model to follow the mentee's words."""
    from assistant.grow import GrowCoach

    sessions_dir = getattr(provider.offline, "sessions_dir", provider.settings.sessions_dir)
    coach = GrowCoach(provider.kb, sessions_dir)
    if isinstance(request, GrowStartRequest):
        turn = coach.start(topic=request.topic)
    else:
        turn = coach.answer(request.session_id, request.text)  # saved before any model call
    if turn.done or not turn.question:
        return provider.outcome(turn)
    redactor = provider.redactor()
    history: list[Turn] = []
    for entry in coach.transcript(turn.session):
        if entry.answer is None:
            continue
        history.append(Turn("assistant", entry.question))
        history.append(Turn("user", redactor.redact(entry.answer)))
    if not history:
        return provider.outcome(turn)  # nothing to follow on from: the bank question is best
    prompt = load_prompt("grow_turn")
    variables = {
        "stage": turn.stage,
        "topic": redactor.redact(_topic(coach, turn)) or "not given",
        "question": turn.question,
    }
    messages, _, _ = provider.render(prompt, variables, (), history[-8:])
    try:
        text = provider.chat.complete(ModelCall(messages, prompt))
    except ProviderError as error:
        # The answer is already saved; keep the session going with the bank question.
        return Outcome(
            result=turn,
            provider=provider.offline.name,
            notice=_instead(error, "the question comes from the offline question bank"),
        )
    question = single_question(redactor.restore(text))
    if question is None:
        return Outcome(result=turn, provider=provider.name, notice=None)
    return provider.outcome(replace(turn, question=question))


def single_question(text: str) -> str | None:
    """The model's text as one question, or None when it is not exactly one question."""
    text = " ".join(text.strip().strip(_QUOTES).split())
    text = re.sub(r"^(?:question|q)\s*:\s*", "", text, flags=re.IGNORECASE).strip(_QUOTES)
    if not text or text.count("?") != 1 or not text.endswith("?"):
        return None
    if len(text) > 300 or len(text.split()) < 4 or "[" in text:
        return None
    return text[0].upper() + text[1:]


def _instead(error: ProviderError, what: str) -> str:
    return f"{str(error).rstrip('.')}; {what}."


def _topic(coach: Any, turn: Any) -> str:
    try:
        return coach.summary(turn.session).topic or ""
    except Exception:  # the topic only flavours the rephrasing
        return ""
