"""Cutting text into sentences and sentences into clauses, keeping exact character spans.

A clause is the unit a reader judges and a rewrite replaces: "Great work today, leave the awkward
emails to me and let's meet on Friday." has three, so the greeting and the plan survive when the
middle one is rewritten. Splitting is flat and linear: clause punctuation always splits; a comma
or a coordinator ("and", "but", "so", "then", "or") splits only when a new subject or an order
follows it ("and I'll...", ", let me...", "but you must..."), so "tea and cake" stays whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.understanding.text import content_bounds, next_boundary

__all__ = ["Clause", "Span", "clauses", "sentences"]


@dataclass(frozen=True)
class Span:
    """A piece of a text: ``text == source[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Clause(Span):
    """A clause inside a sentence; ``sentence`` is the span of the whole sentence."""

    sentence: Span


# Always a clause break: semicolons, dashes used as breaks, colons, brackets.
_HARD_BREAK = re.compile(r"\s*(?:;|\s[—–-]{1,2}\s|[—–]|:\s|\(|\))\s*")
# A comma or a coordinator, followed by what starts a new clause.
_NEW_SUBJECT = (
    r"(?:i|i'm|i’m|im|i'll|i’ll|ill|i've|i’ve|ive|i'd|i’d|we|we'll|we’ll|we're|you|you'll|you’ll|"
    r"you're|you’re|youre|you've|u|let|lets|let's|let’s|leave|just|please|don't|don’t|dont|"
    r"trust|stop|send|tell|give|go|make|take|get|keep|call|run|check|forward|hand|it'd|it’d|"
    r"it'll|it’ll|it's|it’s|that'll|that’s|that's|there's|there’s|this|honestly|frankly|"
    r"otherwise|then|from)\b"
)
_STEP_LEAD = (
    r"(?:(?:in|on|at|after|before|by|over|during|from|within)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|"
    r"meanwhile|afterwards|separately|also|later|next|tomorrow|tonight|today|then)"
    r",?\s+(?:i|we)(?:'ll|’ll|\s+will|\s+shall|(?:'m|’m|\s+am|'re|’re|\s+are)\s+going\s+to)\s"
)
_SOFT_BREAK = re.compile(
    rf"(?:,\s*(?:so|but|because|since|though|although|while|otherwise)\s+"
    rf"|,\s*(?=(?:he|she|they)(?:'s|’s|'ll|’ll|'re|’re|'d|’d|'ve|’ve)?\s)"
    rf"|,\s*(?:(?:and|or|then)\s+)?(?={_NEW_SUBJECT})"
    rf"|\s+(?:and|but|so|or|then|because|since)\s+(?={_NEW_SUBJECT})"
    # "..., and in the meantime I will code the interviews": a time or order said between the
    # coordinator and the speaker's own next step starts that step
    rf"|,?\s+(?:and|but|so),?\s+(?={_STEP_LEAD}))",
    re.IGNORECASE,
)


def sentences(text: str) -> list[Span]:
    """The sentences of ``text`` (without list markers or surrounding whitespace)."""
    out: list[Span] = []
    pos = 0
    n = len(text)
    while pos < n:
        end, _, _ = next_boundary(text, pos, pos, True)
        end = n if end is None or end <= pos else end
        lo, hi = content_bounds(text[pos:end])
        if hi > lo:
            out.append(Span(text[pos + lo : pos + hi], pos + lo, pos + hi))
        pos = end
    return out


def clauses(sentence: Span) -> list[Clause]:
    """The clauses of one sentence, in order, each with its absolute span."""
    pieces: list[tuple[int, int]] = []
    for lo, hi in _split(sentence.text, _HARD_BREAK, 0, len(sentence.text)):
        pieces.extend(_split(sentence.text, _SOFT_BREAK, lo, hi))
    out: list[Clause] = []
    for lo, hi in pieces:
        piece = sentence.text[lo:hi]
        strip_lo = len(piece) - len(piece.lstrip(" ,\t"))
        strip_hi = len(piece.rstrip(" ,\t"))
        if strip_hi - strip_lo < 1 or not any(c.isalnum() for c in piece):
            continue
        start = sentence.start + lo + strip_lo
        end = sentence.start + lo + strip_hi
        out.append(Clause(piece[strip_lo:strip_hi], start, end, sentence))
    if not out:
        out.append(Clause(sentence.text, sentence.start, sentence.end, sentence))
    return out


def _split(text: str, pattern: re.Pattern[str], lo: int, hi: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = lo
    for match in pattern.finditer(text, lo, hi):
        if match.start() > start:
            out.append((start, match.start()))
        start = max(start, match.end())
    if start < hi:
        out.append((start, hi))
    return out
