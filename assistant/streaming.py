"""Streaming answers that are checked sentence by sentence before they are shown.

:func:`guarded_stream` turns raw text pieces into :class:`StreamEvent` s: each event is one whole
sentence that the guard has checked; a flagged sentence is replaced by its rewrite and marked
``rewritten``. :func:`stream_answer` streams a question's answer from the configured provider:

* text events as sentences are checked;
* if the model's stream fails or is cut, it is retried once as a whole: a ``restart`` event tells
  the display to discard what it showed, and the partial text is not used;
* if the model stays down, the offline engine answers and the ``done`` event carries a notice;
* the final ``done`` event carries the whole guarded :class:`assistant.ask.Answer` (with its
  citations), the provider that produced it and the notice.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from assistant.errors import ProviderError
from assistant.guard import Finding, StreamGuard
from assistant.requests import AskRequest, Turn

if TYPE_CHECKING:
    from assistant.ask import Answer
    from assistant.service import Assistant

logger = logging.getLogger("assistant.streaming")

STREAM_ATTEMPTS = 2
RESTART_MESSAGE = "The answer was interrupted; starting it again."


@dataclass(frozen=True)
class StreamEvent:
    """One thing to show.

    ``kind`` is ``text`` (a checked sentence: show ``text``), ``restart`` (discard the text shown
    so far for this answer) or ``done`` (the answer is complete: ``answer``, ``provider`` and
    ``notice`` are set). ``rewritten`` marks a sentence the guard replaced; ``original`` is the
    sentence as the model wrote it and ``findings`` say why it was replaced.
    """

    kind: Literal["text", "restart", "done"]
    text: str = ""
    rewritten: bool = False
    findings: tuple[Finding, ...] = ()
    original: str = ""
    answer: Answer | None = None
    provider: str | None = None
    notice: str | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.kind == "done" and self.answer is not None:
            data = self.answer.to_dict()
            data.update(event="done", provider=self.provider, notice=self.notice)
            return data
        data: dict[str, Any] = {"event": self.kind, "text": self.text}
        if self.kind == "text":
            data["rewritten"] = self.rewritten
            if self.rewritten:
                data["original"] = self.original
                data["findings"] = [finding.to_dict() for finding in self.findings]
        return data


def guarded_stream(chunks: Iterable[str]) -> Iterator[StreamEvent]:
    """Check text pieces sentence by sentence; yield each sentence once it has been checked."""
    guard = StreamGuard()
    for chunk in chunks:
        for sentence in guard.feed(chunk):
            yield _event(sentence)
    for sentence in guard.flush():
        yield _event(sentence)


def _event(sentence: Any) -> StreamEvent:
    return StreamEvent(
        kind="text",
        text=sentence.text,
        rewritten=sentence.rewritten,
        findings=tuple(sentence.findings),
        original=sentence.original,
    )


def _shown_text(events: Sequence[StreamEvent]) -> str:
    return "".join(event.text for event in events).strip()


def _collect(chunks: Iterable[str], into: list[str]) -> Iterator[str]:
    for chunk in chunks:
        into.append(chunk)
        yield chunk


def stream_answer(
    assistant: Assistant,
    question: str,
    *,
    k: int = 5,
    history: Sequence[Turn] = (),
) -> Iterator[StreamEvent]:
    """Stream the answer to ``question`` (guarded), ending with a ``done`` event."""
    from assistant.providers.fallback import FallbackProvider, fallback_notice
    from assistant.providers.openai_chat import OpenAIProvider

    request = AskRequest(question=question, k=k, history=tuple(history))
    provider = assistant.provider
    fallback = provider if isinstance(provider, FallbackProvider) else None
    model = fallback.primary if fallback else provider
    if not isinstance(model, OpenAIProvider) or (fallback is not None and fallback.down):
        notice = fallback.skip_notice() if fallback is not None and fallback.down else None
        source = fallback.offline if fallback is not None else provider
        yield from _whole(source.invoke(request), notice)
        return

    prepared = model.prepare_ask(request)
    if prepared.not_covered is not None:
        yield from _finish_text(prepared.not_covered, model.name, None)
        return
    last: ProviderError | None = None
    for attempt in range(STREAM_ATTEMPTS):
        shown: list[StreamEvent] = []
        raw: list[str] = []
        try:
            for event in guarded_stream(_collect(model.stream_prepared(prepared), raw)):
                shown.append(event)
                yield event
            answer = model.finish_ask(prepared, "".join(raw))
        except ProviderError as error:
            last = error
            logger.warning("stream attempt %d failed: %s", attempt + 1, error)
            if shown:
                yield StreamEvent(kind="restart", text=RESTART_MESSAGE)
            continue
        answer = replace(answer, answer=_shown_text(shown))
        yield StreamEvent(kind="done", answer=answer, provider=model.name)
        return
    assert last is not None
    if fallback is not None:
        fallback.mark_down(last)
    offline = fallback.offline if fallback is not None else assistant.offline
    yield from _whole(offline.invoke(request), fallback_notice(last))


def _whole(outcome: Any, notice: str | None) -> Iterator[StreamEvent]:
    """A non-streaming outcome as events: its answer checked sentence by sentence, then done."""
    yield from _finish_text(outcome.result, outcome.provider, notice or outcome.notice)


def _finish_text(answer: Answer, provider: str, notice: str | None) -> Iterator[StreamEvent]:
    shown: list[StreamEvent] = []
    for event in guarded_stream([answer.answer]):
        shown.append(event)
        yield event
    guarded = replace(answer, answer=_shown_text(shown))
    yield StreamEvent(kind="done", answer=guarded, provider=provider, notice=notice)
