"""Checking a mentor's draft that names the mentee (``guard --relationship ID``).

The guard reads "your" and "for you" as the mentee's; a note to a colleague or a message that
names the mentee ("I'll talk to Sam's manager", "I'll sort it out for Sam") says the same thing
with a name. Here the mentee's name is read as the person addressed where that is unambiguous:
the possessive ("Sam's" -> "your") and the object of a preposition or of a verb that acts on a
person ("for Sam", "tell Sam" -> "you"). A name that starts a sentence or is the subject is left
alone. Findings are mapped back to the draft's own words and offsets; a flagged sentence is
replaced by the coaching suggestion as usual, every other sentence is kept exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from assistant.guard import Finding, GuardResult, default_guard

# Words after which a name is the object: the person the action is for, to or about.
_BEFORE_OBJECT = (
    r"for|to|with|about|behind|from|instead\s+of|behalf\s+of|tell|told|telling|ask|asked|"
    r"let|help|helping|helped|cover|covering|protect|protecting|shield|give|gave|send|sent|"
    r"make|made|get|got|keep|kept|want|need|save|saving|rescue|spare|introduce|guarantee|"
    r"promise|promised|assure|warn|remind|see|meet|call|ring|email|text"
)


@dataclass(frozen=True)
class _Swap:
    start: int  # in the draft
    end: int
    new_start: int  # in the text the guard reads
    new_end: int


@dataclass(frozen=True)
class Addressed:
    """The draft as the guard reads it, and where each changed stretch came from."""

    text: str
    swaps: tuple[_Swap, ...]

    def to_draft(self, position: int, *, end: bool = False) -> int:
        """The draft offset of ``position`` in :attr:`text` (a changed word maps to all of it)."""
        shift = 0
        for swap in self.swaps:
            if position < swap.new_start:
                break
            if position < swap.new_end or (end and position == swap.new_end):
                return swap.end if end else swap.start
            shift = swap.end - swap.new_end
        return position + shift


def names_of(mentee: str) -> tuple[str, ...]:
    """The ways a draft names the mentee: the full name and the first name."""
    full = " ".join(mentee.split())
    first = full.split(" ")[0] if full else ""
    return tuple(dict.fromkeys(name for name in (full, first) if len(name) > 1))


def address(draft: str, names: Iterable[str]) -> Addressed:
    """``draft`` with the mentee's name read as "you"/"your" where it is the possessive or an
    object."""
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    if not alternatives:
        return Addressed(draft, ())
    pattern = re.compile(
        rf"\b(?P<name>{alternatives})(?P<poss>['’]s)\b|"
        rf"\b(?:{_BEFORE_OBJECT})\s+(?P<object>{alternatives})\b(?!['’])"
    )
    out: list[str] = []
    swaps: list[_Swap] = []
    last = 0
    length = 0
    for match in pattern.finditer(draft):
        group = "name" if match.group("poss") else "object"
        start, end = match.start(group), match.end()
        replacement = "your" if group == "name" else "you"
        before = draft[last:start]
        out.append(before)
        length += len(before)
        out.append(replacement)
        swaps.append(_Swap(start, end, length, length + len(replacement)))
        length += len(replacement)
        last = end
    out.append(draft[last:])
    return Addressed("".join(out), tuple(swaps))


def check_draft(draft: str, mentee: str) -> GuardResult:
    """The guard's verdict on ``draft``, reading the mentee's name as the person addressed."""
    guard = default_guard()
    addressed = address(draft, names_of(mentee))
    if not addressed.swaps:
        return guard.check(draft)
    stream = guard.stream()
    sentences = [*stream.feed(addressed.text), *stream.flush()]
    findings: list[Finding] = []
    parts: list[str] = []
    position = 0
    for sentence in sentences:
        start, end = position, position + len(sentence.original)
        position = end
        if not sentence.rewritten:
            parts.append(draft[addressed.to_draft(start) : addressed.to_draft(end, end=True)])
            continue
        parts.append(sentence.text)
        for finding in sentence.findings:
            lo = addressed.to_draft(finding.span[0])
            hi = addressed.to_draft(finding.span[1], end=True)
            findings.append(replace(finding, span=(lo, hi), quote=draft[lo:hi]))
    if not findings:
        return GuardResult(text=draft, findings=(), rewrite=draft, notice=guard.notice)
    return GuardResult(
        text=draft, findings=tuple(findings), rewrite="".join(parts), notice=guard.notice
    )
