"""One second draft from the model when the guard flags its first one.

A model's answer that falls into a savior trap is asked for again, once, with the guard's
findings as feedback (what was said, why it is a trap, what to do instead). The second draft is
kept when it has fewer findings; either way the answer then goes through the guard choke point
(:mod:`assistant.output`), so whatever still slips is rewritten deterministically there.
The feedback reaches the prompt through :func:`feedback_message`, which every rendered prompt
appends while a second draft is being asked for.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

from assistant.citations import Passage
from assistant.errors import ProviderError
from assistant.guard import Finding, default_guard
from assistant.providers.base import Outcome

__all__ = ["feedback_message", "findings_in", "with_second_draft"]

_FEEDBACK: ContextVar[str | None] = ContextVar("guard_feedback", default=None)

# Fields that are identifiers or the user's own words, as in the choke point.
_SKIP = frozenset(
    {"source", "title", "section", "publisher", "chunk_id", "owner", "owners", "stage",
     "session", "session_id", "due", "kind", "category", "provider", "notice", "question_id",
     "id"}
)  # fmt: skip


def feedback_message() -> dict[str, str] | None:
    """The extra system message for a second draft, or ``None`` for a first one."""
    text = _FEEDBACK.get()
    return {"role": "system", "content": text} if text else None


def findings_in(result: Any) -> list[Finding]:
    """The guard's findings on every prose string the assistant wrote in ``result``."""
    texts: list[str] = []
    _collect(result, texts)
    verdicts = default_guard().check_many(list(dict.fromkeys(texts)))
    return [finding for verdict in verdicts for finding in verdict.findings]


def _collect(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        if value.strip():
            out.append(value)
    elif isinstance(value, Passage):
        return
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, out)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        verbatim = getattr(type(value), "__verbatim__", frozenset())
        for field in dataclasses.fields(value):
            if field.name not in _SKIP and field.name not in verbatim:
                _collect(getattr(value, field.name), out)


def _describe(findings: list[Finding]) -> str:
    lines = [
        "Your previous answer took ownership away from the mentee, which the mentoring "
        "guidance warns against. Write the answer again so that the mentee keeps the task, the "
        "decision and the outcome: guide with questions, offer support, and leave the choice to "
        "them. Keep everything else that was useful. The problems:"
    ]
    for finding in findings[:6]:
        category = finding.category.replace("_", " ")
        lines.append(f'- "{finding.quote}" ({category}). Instead: {finding.suggestion}')
    return "\n".join(lines)


@contextlib.contextmanager
def _feedback(text: str) -> Iterator[None]:
    token = _FEEDBACK.set(text)
    try:
        yield
    finally:
        _FEEDBACK.reset(token)


def with_second_draft(produce: Callable[[], Outcome], provider_name: str) -> Outcome:
    """Run ``produce``; if the model's result is flagged, ask once more with the findings."""
    first = produce()
    if first.provider != provider_name:
        return first  # answered offline: nothing the model wrote
    findings = findings_in(first.result)
    if not findings:
        return first
    try:
        with _feedback(_describe(findings)):
            second = produce()
    except ProviderError:
        return first
    if second.provider != provider_name or len(findings_in(second.result)) >= len(findings):
        return first
    return second
