"""The one guard choke point: every text a user sees from a capability passes through here.

:func:`deliver` walks a capability result, runs :func:`assistant.guard.check` on every text the
assistant wrote, replaces a flagged text with the guard's rewrite and records what it changed, so
the user can see that a rewrite happened. Quoted source passages (:class:`Passage`) are shown
verbatim with their publisher credited and are not rewritten; identifiers (sources, owners, dates,
stage names) are not prose and are skipped, and so are fields a result class lists in its
``__verbatim__`` set (the user's own words, echoed back).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from assistant.citations import Passage
from assistant.guard import Finding, GuardResult, check, default_guard
from assistant.providers.base import Outcome

# Fields that hold identifiers or labels rather than prose.
_NOT_PROSE = frozenset(
    {
        "source", "title", "section", "publisher", "chunk_id", "owner", "owners", "stage",
        "session",
        "session_id", "due", "kind", "category", "provider", "notice", "question_id", "id",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Rewrite:
    """A text the guard rewrote before it was shown."""

    original: str
    rewrite: str
    findings: tuple[Finding, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "original": self.original,
            "rewrite": self.rewrite,
            "findings": [finding.to_dict() for finding in self.findings],
        }


@dataclass(frozen=True)
class Reply:
    """What a capability returns to the CLI and the UI: the guarded result and its provenance."""

    result: Any
    provider: str
    notice: str | None = None
    rewrites: tuple[Rewrite, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.result.to_dict())
        data["provider"] = self.provider
        data["notice"] = self.notice
        data["guard_rewrites"] = [rewrite.to_dict() for rewrite in self.rewrites]
        return data


def guard_text(text: str, rewrites: list[Rewrite]) -> str:
    """Check one text; return it unchanged or rewritten, recording any rewrite."""
    if not text or not text.strip():
        return text
    verdict = check(text)
    if not verdict.flagged:
        return text
    rewrites.append(Rewrite(original=text, rewrite=verdict.rewrite, findings=verdict.findings))
    return verdict.rewrite


def _walk(value: Any, visit: Any) -> Any:
    """Rebuild ``value`` with ``visit`` applied to every assistant-written string in it."""
    if isinstance(value, str):
        return visit(value)
    if isinstance(value, Passage):
        return value
    if isinstance(value, tuple):
        return tuple(_walk(item, visit) for item in value)
    if isinstance(value, list):
        return [_walk(item, visit) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        verbatim = getattr(type(value), "__verbatim__", frozenset())
        changes = {
            field.name: _walk(getattr(value, field.name), visit)
            for field in dataclasses.fields(value)
            if field.name not in _NOT_PROSE and field.name not in verbatim
        }
        return dataclasses.replace(value, **changes)
    return value


def verdicts(value: Any) -> dict[str, GuardResult]:
    """Check every prose string in ``value`` at once (one batch of sentence vectors)."""
    texts: list[str] = []

    def collect(text: str) -> str:
        if text and text.strip():
            texts.append(text)
        return text

    _walk(value, collect)
    distinct = list(dict.fromkeys(texts))
    return dict(zip(distinct, default_guard().check_many(distinct), strict=True))


def deliver(outcome: Outcome) -> Reply:
    """Guard every assistant-written text in ``outcome`` and wrap it for display."""
    rewrites: list[Rewrite] = []
    checked = verdicts(outcome.result)

    def visit(text: str) -> str:
        verdict = checked.get(text)
        if verdict is None or not verdict.flagged:
            return text
        rewrites.append(Rewrite(original=text, rewrite=verdict.rewrite, findings=verdict.findings))
        return verdict.rewrite

    result = _walk(outcome.result, visit)
    return Reply(
        result=result, provider=outcome.provider, notice=outcome.notice, rewrites=tuple(rewrites)
    )
