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
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

from assistant.errors import ProviderError
from assistant.guard import Finding
from assistant.output import verdicts
from assistant.providers.base import Outcome

__all__ = ["feedback_message", "findings_in", "with_second_draft"]

_FEEDBACK: ContextVar[str | None] = ContextVar("guard_feedback", default=None)


def feedback_message() -> dict[str, str] | None:
    """The extra system message for a second draft, or ``None`` for a first one."""
    text = _FEEDBACK.get()
    return {"role": "system", "content": text} if text else None


def findings_in(result: Any) -> list[Finding]:
    """The guard's findings on every prose string the assistant wrote in ``result``."""
    return [finding for verdict in verdicts(result).values() for finding in verdict.findings]


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
