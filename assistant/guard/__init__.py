"""Deterministic anti-savior guard: finds savior language and rewrites it as coaching.

The guidance this enforces: a mentor is a guide, ally, catalyst, insider, advocate, role model or
advisor, never a savior, a parent or an enabler; the mentee owns the process and does the work.
Rules live in ``rules.yaml`` (reviewed data, one category per trap). Checking is pure and
deterministic (no model call) and linear in the input.

>>> result = check("Don't worry, I'll take care of everything.")
>>> result.flagged, result.findings[0].category
(True, 'rescuing')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.guard.matcher import Engine, QuoteState, RawFinding
from assistant.guard.rules import CATEGORIES, RULES_PATH
from assistant.understanding.text import content_bounds, next_boundary

__all__ = [
    "CATEGORIES",
    "Finding",
    "Guard",
    "GuardResult",
    "GuardedSentence",
    "StreamGuard",
    "check",
    "default_guard",
]


@dataclass(frozen=True)
class Finding:
    """One piece of savior language: where it is, why it is a trap, and what to say instead."""

    category: str
    quote: str
    span: tuple[int, int]
    why: str
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "quote": self.quote,
            "span": [self.span[0], self.span[1]],
            "why": self.why,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class GuardResult:
    """The verdict on a whole text; ``rewrite`` equals ``text`` when nothing was flagged."""

    text: str
    findings: tuple[Finding, ...]
    rewrite: str

    @property
    def flagged(self) -> bool:
        return bool(self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "flagged": self.flagged,
            "findings": [finding.to_dict() for finding in self.findings],
            "rewrite": self.rewrite,
        }


@dataclass(frozen=True)
class GuardedSentence:
    """One sentence (with the whitespace before it) as it may be shown.

    ``original`` is the exact source text; ``text`` is what to display (the original, or the
    sentence replaced by a coaching suggestion). Joining ``text`` over all sentences of a stream
    gives the same string as :attr:`GuardResult.rewrite` for the whole text.
    """

    original: str
    text: str
    findings: tuple[Finding, ...] = field(default=())

    @property
    def rewritten(self) -> bool:
        return bool(self.findings)


class Guard:
    """Compiled rules from one rules file."""

    def __init__(self, rules_path: Path = RULES_PATH) -> None:
        self.engine = Engine(rules_path)

    def check(self, text: str) -> GuardResult:
        """Check a whole text; pure and deterministic."""
        if not self.engine.may_match(text):
            return GuardResult(text=text, findings=(), rewrite=text)
        sentences = _Splitter(self.engine).feed(text, final=True)
        findings = tuple(f for sentence in sentences for f in sentence.findings)
        if not findings:
            return GuardResult(text=text, findings=(), rewrite=text)
        return GuardResult(text=text, findings=findings, rewrite="".join(s.text for s in sentences))

    def stream(self) -> StreamGuard:
        return StreamGuard(self)


class _Splitter:
    """Cuts text into sentences as it arrives and checks each one exactly once.

    Scanning state (``ws``, ``scan``, ``run``) is kept between calls, so feeding a long text in
    small chunks stays linear: no character is looked at twice while waiting for a sentence end.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.buffer = ""
        self.offset = 0  # absolute offset of buffer[0]
        self.ws = 0  # whitespace before the current sentence has been skipped up to here
        self.scan = 0  # the boundary search resumes here
        self.run: int | None = None  # start of an unfinished run of final punctuation
        self.quotes = QuoteState()

    def feed(self, chunk: str, final: bool = False) -> list[GuardedSentence]:
        buf = self.buffer + chunk if self.buffer else chunk
        out: list[GuardedSentence] = []
        seg_start = 0
        n = len(buf)
        while seg_start < n:
            # The first visible character of the sentence; the whitespace before belongs to it.
            content = max(seg_start, self.ws)
            while content < n and buf[content].isspace():
                content += 1
            self.ws = content
            if content == n:
                if final:
                    out.append(GuardedSentence(original=buf[seg_start:], text=buf[seg_start:]))
                    seg_start = n
                break
            end, self.scan, self.run = next_boundary(
                buf, max(self.scan, content), content, final, self.run
            )
            if end is None:
                break
            out.append(self._check(buf, seg_start, end))
            seg_start = end
            self.ws = self.scan = end
            self.run = None
        self.buffer = buf[seg_start:]
        self.offset += seg_start
        self.ws = max(0, self.ws - seg_start)
        self.scan = max(0, self.scan - seg_start)
        if self.run is not None:
            self.run -= seg_start
        return out

    def _check(self, buf: str, seg_start: int, end: int) -> GuardedSentence:
        segment = buf[seg_start:end]
        if "\n" in segment:
            self.quotes = QuoteState()
        lo, hi = content_bounds(segment)
        raw = self.engine.analyze(segment, self.offset + seg_start, lo, hi, self.quotes)
        if not raw:
            return GuardedSentence(original=segment, text=segment)
        findings = tuple(_finding(f, segment, self.offset + seg_start) for f in raw)
        text = segment[:lo] + raw[0].suggestion + segment[hi:]
        return GuardedSentence(original=segment, text=text, findings=findings)


def _finding(raw: RawFinding, segment: str, base: int) -> Finding:
    return Finding(
        category=raw.category,
        quote=segment[raw.start - base : raw.end - base],
        span=(raw.start, raw.end),
        why=raw.why,
        suggestion=raw.suggestion,
    )


class StreamGuard:
    """Checks streamed output sentence by sentence, before any of it is shown.

    ``feed`` returns only complete sentences (a sentence is complete once the whitespace after
    its final punctuation, or a line break, has arrived); ``flush`` returns the rest. Findings and
    text are identical to :func:`check` on the concatenated stream.
    """

    def __init__(self, guard: Guard | None = None) -> None:
        self._splitter = _Splitter((guard or default_guard()).engine)

    def feed(self, chunk: str) -> list[GuardedSentence]:
        return self._splitter.feed(chunk)

    def flush(self) -> list[GuardedSentence]:
        return self._splitter.feed("", final=True)


@lru_cache(maxsize=1)
def default_guard() -> Guard:
    """The guard built from the shipped rules file (compiled once per process)."""
    return Guard()


def check(text: str) -> GuardResult:
    """Check ``text`` against the shipped rules: findings, and a rewrite of flagged sentences."""
    return default_guard().check(text)
