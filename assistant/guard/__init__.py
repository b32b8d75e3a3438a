"""Deterministic anti-savior guard: finds savior language and rewrites it as coaching.

The guidance this enforces: a mentor is a guide, ally, catalyst, insider, advocate, role model or
advisor, never a savior, a parent or an enabler; the mentee owns the process and does the work.
Two layers, both deterministic and offline (no model call): the rules in ``rules.yaml`` (reviewed
patterns, one category per trap, linear in the input) and the semantic layer
(:mod:`assistant.guard.semantic`: who owns the action in each clause, and its nearest reviewed
exemplars). Flagged clauses are rewritten in place (:mod:`assistant.guard.rewrite`). Where
sentence vectors cannot be computed, the rules run alone and results carry a ``notice``.

>>> result = check("Don't worry, I'll take care of everything.")
>>> result.flagged, result.findings[0].category
(True, 'rescuing')
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.guard.compiled import load_engine
from assistant.guard.handover import only_delivers
from assistant.guard.matcher import QuoteState, RawFinding
from assistant.guard.rewrite import carried_spans, rewrite_sentence, states_decision
from assistant.guard.rules import CATEGORIES, RULES_PATH
from assistant.guard.semantic import SemanticHit, analyse
from assistant.understanding.clauses import Clause, Span
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
    "label",
]


@dataclass(frozen=True)
class Finding:
    """One piece of savior language: where it is, why it is a trap, and what to say instead."""

    category: str
    quote: str
    span: tuple[int, int]
    why: str
    suggestion: str
    source: str = "rule"  # "rule" (a reviewed pattern) or "meaning" (the semantic layer)

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "quote": self.quote,
            "span": [self.span[0], self.span[1]],
            "why": self.why,
            "suggestion": self.suggestion,
            "source": self.source,
        }


@dataclass(frozen=True)
class GuardResult:
    """The verdict on a whole text; ``rewrite`` equals ``text`` when nothing was flagged."""

    text: str
    findings: tuple[Finding, ...]
    rewrite: str
    notice: str | None = None  # set when only the rules could run here (no sentence vectors)

    @property
    def flagged(self) -> bool:
        return bool(self.findings)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "flagged": self.flagged,
            "findings": [finding.to_dict() for finding in self.findings],
            "rewrite": self.rewrite,
        }
        if self.notice:
            data["notice"] = self.notice
        return data


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
    """Compiled rules from one rules file, plus the semantic layer (unless ``semantic=False``)."""

    def __init__(self, rules_path: Path = RULES_PATH, semantic: bool = True) -> None:
        self.engine = load_engine(rules_path)
        self.semantic = semantic

    @property
    def notice(self) -> str | None:
        """Why the semantic layer is off here, if it is (the rules still run)."""
        if not self.semantic:
            return None
        from assistant.understanding.vectors import unavailable_reason

        return unavailable_reason()

    def check(self, text: str) -> GuardResult:
        """Check a whole text; pure and deterministic."""
        return self.check_many([text])[0]

    def check_many(self, texts: list[str]) -> list[GuardResult]:
        """Check several texts with one batch of sentence vectors (same results as ``check``)."""
        pending = [_Splitter(self).split(text, final=True) for text in texts]
        _complete(self, [p for per_text in pending for p in per_text])
        notice = self.notice
        results = []
        for text, per_text in zip(texts, pending, strict=True):
            findings = tuple(f for p in per_text for f in p.findings)
            if not findings:
                results.append(GuardResult(text=text, findings=(), rewrite=text, notice=notice))
                continue
            rewrite = "".join(p.guarded().text for p in per_text)
            results.append(
                GuardResult(text=text, findings=findings, rewrite=rewrite, notice=notice)
            )
        return results

    def stream(self) -> StreamGuard:
        return StreamGuard(self)


@dataclass
class _Carry:
    """What a text's last sentence left open for the next: the category of a pick or an
    overruling that ended it, whose decision a following sentence may go on to state."""

    decided: str | None = None


# Findings whose decision a following sentence may state again ("I know best. We'll go with X.")
_DECIDING = ("knowing_best", "dictating")


@dataclass
class _Pending:
    """A sentence cut from the text, with its rule findings; semantic findings are added later."""

    segment: str  # the sentence with the whitespace before it
    base: int  # absolute offset of segment[0]
    lo: int  # the sentence's content inside segment
    hi: int
    findings: list[Finding]
    quoted: bool = False  # quotes someone: the rules judge it, the semantic layer does not
    body: str = ""  # the sentence rewritten (set by _complete when there are findings)
    previous: str = ""  # the sentence before it in the same text ("Your case will go through.")
    said: set[str] = field(default_factory=set)  # categories the text's rewrite has asked about
    carry: _Carry = field(default_factory=lambda: _Carry())  # shared by the text's sentences

    def guarded(self) -> GuardedSentence:
        if not self.findings:
            return GuardedSentence(original=self.segment, text=self.segment)
        # a sentence wholly left out (its question was asked already) takes its space with it
        before = self.segment[: self.lo] if self.body else ""
        text = before + self.body + self.segment[self.hi :]
        return GuardedSentence(original=self.segment, text=text, findings=tuple(self.findings))


def _complete(guard: Guard, pending: list[_Pending]) -> None:
    """Add semantic findings to sentences the rules left alone, and fit every suggestion."""
    if guard.semantic:
        open_ = [p for p in pending if not p.quoted and p.hi > p.lo]
        spans = [Span(p.segment[p.lo : p.hi], p.base + p.lo, p.base + p.hi) for p in open_]
        if spans:
            taken = [sorted(f.span for f in p.findings) for p in open_]
            starts = [[s for s, _ in spans_] for spans_ in taken]

            def ruled(i: int, clause: Clause) -> bool:  # a rule already flagged this clause
                return bool(taken[i]) and _overlaps(taken[i], starts[i], clause.start, clause.end)

            previous = [p.previous for p in open_]
            for p, hits in zip(open_, analyse(spans, skip=ruled, previous=previous), strict=True):
                if hits:
                    p.findings.extend(_semantic_finding(guard, hit) for hit in hits)
                    p.findings.sort(key=lambda f: f.span)
    for p in pending:
        _carry_decision(guard, p)
        if not p.findings:
            continue
        sentence = Span(p.segment[p.lo : p.hi], p.base + p.lo, p.base + p.hi)
        p.findings = [
            dataclasses.replace(f, span=span, quote=p.segment[span[0] - p.base : span[1] - p.base])
            if span != f.span
            else f
            for f, span in zip(p.findings, carried_spans(sentence, p.findings), strict=True)
        ]
        p.body, suggestions = rewrite_sentence(sentence, p.findings, p.said)
        p.findings = [
            dataclasses.replace(f, suggestion=s)
            for f, s in zip(p.findings, suggestions, strict=True)
        ]


def _carry_decision(guard: Guard, p: _Pending) -> None:
    """A sentence that only states the decision a flagged pick or overruling just made ("Trust
    me, I know best. We'll go with the panel.") is part of that finding: kept, it would
    contradict the question that replaced it."""
    if p.hi <= p.lo:
        return  # the whitespace at the end of a text
    text = p.segment[p.lo : p.hi]
    decided = p.carry.decided
    if decided and not p.findings and not p.quoted and states_decision(text):
        end = p.lo + len(text.rstrip(" .!"))
        category = guard.engine.rules.categories[decided]
        p.findings.append(
            Finding(
                category=decided,
                quote=p.segment[p.lo : end],
                span=(p.base + p.lo, p.base + end),
                why=f"{category.why} It states the decision made for the mentee just before.",
                suggestion="",
            )
        )
    last = p.findings[-1].category if p.findings else None
    p.carry.decided = last if last in _DECIDING else None


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Does [start, end) overlap any of the sorted ``spans`` (rule findings never nest)?"""
    i = bisect.bisect_left(starts, end)
    return any(spans[j][1] > start for j in range(max(0, i - 2), i))


# What each category's move does, in plain words, for a finding read by meaning: one reason a
# mentor understands, fitting the category ("You'll definitely pass" promises an outcome).
_REASONS = {
    "rescuing": "the mentor steps in to deal with something the mentee can handle",
    "gatekeeping": "the message promises an outcome that is not the mentor's to give",
    "dependency": "the mentee is asked to go through the mentor instead of deciding",
    "knowing_best": "the mentor's view replaces the mentee's own",
    "dictating": "the mentee's choice is made for them",
    "enabling": "the mentor does work that is the mentee's to do",
}


def label(category: str, rules: Guard | None = None) -> str:
    """The name people read for ``category`` ("promising outcomes" for ``gatekeeping``): the
    title the help uses. JSON keeps the category itself, which is a contract."""
    spec = (rules or default_guard()).engine.rules.categories.get(category)
    title = spec.title if spec is not None else category.replace("_", " ")
    return title[:1].lower() + title[1:]


def _semantic_finding(guard: Guard, hit: SemanticHit) -> Finding:
    why = guard.engine.rules.categories[hit.category].why
    phrase = hit.moves[0].phrase if hit.moves else hit.frames[0].phrase if hit.frames else ""
    # the words that carried the reading, as the mentor wrote them; a phrase gathered from
    # words apart ("get promoted … i know the") or normalised away from the text is not quoted
    at = hit.clause.text.lower().find(phrase.lower()) if phrase else -1
    words = hit.clause.text[at : at + len(phrase)] if at >= 0 else ""
    matched = f" (\u201c{words}\u201d)" if words else ""
    reason = (
        f" Read by meaning, like the reviewed examples of {label(hit.category, guard)}: "
        f"{_REASONS[hit.category]}{matched}."
    )
    return Finding(
        category=hit.category,
        quote=hit.clause.text,
        span=(hit.clause.start, hit.clause.end),
        why=why + reason,
        suggestion="",
        source="meaning",
    )


_QUOTES = frozenset('"“”‘')
# Someone's words reported in plain single quotes ("My old coach used to say 'run everything
# past me'", "A colleague once told her mentee to 'run everything past me'"): a quotation, judged
# by the rules only. An order to say something ("tell him 'she was with me'") reports nothing.
# The words said may hold apostrophes of their own ("used to say 'I know what's best'"), and whom
# they were said to may stand between ("said to me 'she needs to run everything by me'").
_REPORTED = re.compile(
    r"\b(?:(?:said|says|would say|kept saying|always say)(?: to (?:me|us|him|her|them))?|"
    r"used to say|told (?:\w+ ){1,3}?(?:to )?|"
    r"asked (?:\w+ ){1,3}?(?:to )?|quoting(?: \w+){0,5}:),?\s*"
    r"'[A-Za-z](?:[^'\u2019]|(?<=[A-Za-z])['\u2019](?=[A-Za-z])){0,300}?[A-Za-z0-9.,!?]'"
    r"(?=[\s.,;:!?)]|$)",
    re.IGNORECASE,
)


class _Splitter:
    """Cuts text into sentences as it arrives and checks each one exactly once.

    Scanning state (``ws``, ``scan``, ``run``) is kept between calls, so feeding a long text in
    small chunks stays linear: no character is looked at twice while waiting for a sentence end.
    """

    def __init__(self, guard: Guard) -> None:
        self.guard = guard
        self.engine = guard.engine
        self.buffer = ""
        self.offset = 0  # absolute offset of buffer[0]
        self.ws = 0  # whitespace before the current sentence has been skipped up to here
        self.scan = 0  # the boundary search resumes here
        self.run: int | None = None  # start of an unfinished run of final punctuation
        self.quotes = QuoteState()
        self.previous = ""  # the last sentence checked, which the next one may refer back to
        self.said: set[str] = set()  # categories the rewrite has asked about so far
        self.carry = _Carry()  # what the last sentence left open for the next

    def feed(self, chunk: str, final: bool = False) -> list[GuardedSentence]:
        pending = self.split(chunk, final)
        _complete(self.guard, pending)
        return [p.guarded() for p in pending]

    def split(self, chunk: str, final: bool = False) -> list[_Pending]:
        buf = self.buffer + chunk if self.buffer else chunk
        out: list[_Pending] = []
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
                    rest = buf[seg_start:]
                    out.append(_Pending(rest, self.offset + seg_start, 0, 0, []))
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

    def _check(self, buf: str, seg_start: int, end: int) -> _Pending:
        segment = buf[seg_start:end]
        if "\n" in segment:
            self.quotes = QuoteState()
        lo, hi = content_bounds(segment)
        base = self.offset + seg_start
        quoted = (
            self.quotes.double
            or self.quotes.single
            or any(c in segment for c in _QUOTES)
            or _REPORTED.search(segment) is not None
        )
        raw = self.engine.analyze(segment, base, lo, hi, self.quotes)
        findings = [_finding(f, segment, base) for f in raw if not only_delivers(f, segment, base)]
        previous, self.previous = self.previous, segment[lo:hi]
        return _Pending(
            segment,
            base,
            lo,
            hi,
            findings,
            quoted,
            previous=previous,
            said=self.said,
            carry=self.carry,
        )


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
        self._splitter = _Splitter(guard or default_guard())

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
