"""Grounded answers, offline: the best sentences of the retrieved passages, each cited as [n]."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.citations import Passage
from assistant.errors import UsageError
from assistant.retrieval.lexical import terms, weighted_terms
from assistant.retrieval.ranking import RELEVANCE_THRESHOLD

if TYPE_CHECKING:
    from assistant.retrieval import KnowledgeBase

NOT_COVERED = (
    "The mentoring guidance in the knowledge base does not cover this question, so there is no "
    "grounded answer to give. Try rephrasing it, or add a document that covers it "
    "(mentor-assist index PATH)."
)
MAX_QUESTION_CHARS = 4000
MAX_SENTENCES = 4
MAX_WORDS = 120
PER_PASSAGE = 2

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_PSEUDO_HEADING = re.compile(r"(\*\*|__)[^*_]+\1[.:]?")
_LEAD_IN = re.compile(r"(?:as follows|the following|here are [^.]*)[.:]?$", re.IGNORECASE)


@dataclass(frozen=True)
class Answer:
    """An answer with the passages it cites; ``[n]`` in the text is ``citations[n-1]``."""

    answer: str
    citations: tuple[Passage, ...]
    grounded: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "citations": [passage.to_citation() for passage in self.citations],
            "grounded": self.grounded,
        }


def check_question(question: str) -> str:
    """The question, stripped; a usage error for empty, binary or over-long input."""
    text = (question or "").strip()
    if not text:
        raise UsageError("The question is empty: ask something about mentoring.")
    if any(ord(char) < 32 and char not in "\t\n\r" for char in text):
        raise UsageError(
            "The question contains control characters or binary data; type it as text."
        )
    if len(text) > MAX_QUESTION_CHARS:
        raise UsageError(
            f"The question is {len(text):,} characters long; keep it under "
            f"{MAX_QUESTION_CHARS:,} (ask about one thing at a time)."
        )
    return text


def answer_question(question: str, kb: KnowledgeBase, k: int = 5) -> Answer:
    """Retrieve ``k`` passages and answer extractively from the relevant ones."""
    return compose_answer(question, kb.search(question, k))


def relevant(passages: Sequence[Passage]) -> tuple[Passage, ...]:
    """Passages above the relevance threshold and not far behind the best one."""
    if not passages:
        return ()
    floor = max(RELEVANCE_THRESHOLD, max(p.score for p in passages) - 0.25)
    return tuple(p for p in passages if p.score >= floor)


def compose_answer(question: str, passages: Sequence[Passage]) -> Answer:
    """Pick the sentences that best answer ``question``, in passage order, with citations."""
    cited = relevant(passages)
    if not cited:
        return Answer(answer=NOT_COVERED, citations=(), grounded=False)
    wanted = weighted_terms(question)
    candidates: list[tuple[float, int, int, str]] = []
    for rank, passage in enumerate(cited):
        for position, sentence in enumerate(sentences(passage.text)):
            words = set(terms(sentence))
            overlap = sum(wanted.get(word, 0.0) for word in words) / math.sqrt(len(words) + 1)
            score = overlap + passage.score - 0.15 * rank - 0.02 * position
            candidates.append((score, rank, position, sentence))
    chosen: list[tuple[int, int, str]] = []
    per_passage: dict[int, int] = {}
    total_words = 0
    for _, rank, position, sentence in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        size = len(sentence.split())
        if len(chosen) >= MAX_SENTENCES or (chosen and total_words + size > MAX_WORDS):
            continue
        if per_passage.get(rank, 0) >= PER_PASSAGE:
            continue
        chosen.append((rank, position, sentence))
        per_passage[rank] = per_passage.get(rank, 0) + 1
        total_words += size
    # Only passages actually quoted are cited, renumbered in order of use.
    used = sorted({rank for rank, _, _ in chosen})
    number = {rank: i + 1 for i, rank in enumerate(used)}
    text = " ".join(f"{sentence} [{number[rank]}]" for rank, _, sentence in sorted(chosen))
    return Answer(answer=text, citations=tuple(cited[rank] for rank in used), grounded=True)


def sentences(text: str) -> list[str]:
    """Well-formed sentences of a passage.

    List items become sentences; a bold line on its own is a heading, not a sentence; an item
    that continues a lead-in ("Mentoring is…" followed by "...confidential.") is joined to it;
    lead-ins to a list and fragments are dropped; a quotation mark left open by a sentence split
    is removed.
    """
    out: list[str] = []
    lead = ""
    for raw in text.splitlines():
        line = _BULLET.sub("", raw).strip()
        if not line or _PSEUDO_HEADING.fullmatch(line):
            continue
        line = line.replace("**", "").replace("__", "")
        if line.startswith(("...", "…")) and lead:
            line = f"{lead} {line.lstrip('.…').strip()}"
        elif not _BULLET.match(raw):
            lead = line.rstrip(".…").strip() if line.endswith(("...", "…")) else ""
        for piece in _SENTENCE_END.split(line):
            piece = _balance_quotes(piece.strip().lstrip(".…").strip())
            if (
                len(piece.split()) < 4
                or piece.endswith((":", "…", "..."))
                or _LEAD_IN.search(piece)
            ):
                continue
            piece = piece[0].upper() + piece[1:]
            if piece[-1] not in '.!?"”’)':
                piece += "."
            out.append(piece)
    return out


def _balance_quotes(sentence: str) -> str:
    """Drop a lone opening or closing curly quote that a sentence split left behind."""
    if sentence.count("“") != sentence.count("”"):
        sentence = sentence.replace("“", "").replace("”", "").strip()
    return sentence
