"""Reflection prompts for the end of a session or of a whole mentoring relationship.

The prompts and the queries behind their citations live in ``reflections.yaml``. When notes are
given, lines that carry a commitment, a goal, a challenge, a success or a discussion topic are
quoted back in extra prompts ("You noted 'practice the presentation' — ..."). The selection is
rule-based and deterministic: the same notes always give the same prompts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.agenda import relevant
from assistant.citations import Passage
from assistant.datafiles import parse_data
from assistant.errors import UsageError

if TYPE_CHECKING:
    from assistant.retrieval import KnowledgeBase

Kind = Literal["session", "closing"]
Category = Literal["commitment", "goal", "challenge", "win", "topic"]
CATEGORIES: tuple[Category, ...] = ("commitment", "goal", "challenge", "win", "topic")
MAX_NOTE_LINES = 2000
MAX_QUOTE_CHARS = 90
MIN_QUOTE_WORDS = 2


class KindTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    prompts: tuple[str, ...] = Field(min_length=3)
    queries: tuple[str, ...] = Field(min_length=1)
    tailoring: dict[Category, str]

    @field_validator("tailoring")
    @classmethod
    def _every_category(cls, value: dict[Category, str]) -> dict[Category, str]:
        missing = set(CATEGORIES) - set(value)
        if missing:
            raise ValueError(f"tailoring lacks {sorted(missing)}")
        for category, template in value.items():
            if "{quote}" not in template:
                raise ValueError(f"tailoring.{category} must contain {{quote}}")
        return value


class ReflectionTemplates(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kinds: dict[Kind, KindTemplate]
    max_tailored: int = Field(ge=0, le=20)
    max_per_category: int = Field(ge=1, le=10)


@lru_cache(maxsize=1)
def load_templates() -> ReflectionTemplates:
    text = resources.files("assistant").joinpath("reflections.yaml").read_text("utf-8")
    return parse_data(text, ReflectionTemplates, what="The reflection prompts (reflections.yaml)")


@dataclass(frozen=True)
class Reflection:
    """Questions to reflect on, with the guidance passages they come from."""

    kind: str
    prompts: tuple[str, ...]
    citations: tuple[Passage, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "prompts": list(self.prompts),
            "citations": [passage.to_citation() for passage in self.citations],
        }


def build_reflection(kb: KnowledgeBase, *, kind: str, notes: str | None = None) -> Reflection:
    """Reflection prompts for ``kind`` ("session" or "closing"), tailored to ``notes`` if given."""
    templates = load_templates()
    if kind not in templates.kinds:
        raise UsageError(f"Unknown reflection kind {kind!r}: choose session or closing.")
    template = templates.kinds[kind]  # type: ignore[index]
    tailored = [
        template.tailoring[category].format(quote=quote)
        for category, quote in note_highlights(
            notes or "",
            limit=templates.max_tailored,
            per_category=templates.max_per_category,
        )
    ]
    citations: dict[str, Passage] = {}
    for query in template.queries:
        for passage in relevant(kb, query)[:1]:
            citations.setdefault(passage.chunk_id or passage.text, passage)
    return Reflection(
        kind=kind,
        prompts=(*template.prompts, *tailored),
        citations=tuple(citations.values()),
    )


# --------------------------------------------------------------------------- reading notes

_BULLET = re.compile(r"^\s*(?:[-*+•·▪◦]|\d{1,3}[.)]|[a-zA-Z][.)](?=\s))\s+")
_CHECKBOX = re.compile(r"^\[[ xX✓]?\]\s*")
_HEADING = re.compile(r"^#{1,6}\s+(?P<h>.+?)\s*#*$")
_PREFIX = re.compile(
    r"^(?:todo|to-do|action(?: item)?|ai|next steps?|follow[- ]up|goal|challenge|win|topic|"
    r"discussed|discussion|talked about|we talked about|we discussed|reviewed|we reviewed|"
    r"covered|we covered|notes?)\s*[:\-–—]?\s+",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"^(?:i|we|we both|both of us|both)\s+(?:will|shall|'ll|’ll|am going to|are going to|"
    r"plan to|agreed to|want to|would like to|need to|hope to)\s+",
    re.IGNORECASE,
)
_NOT_TOPIC = re.compile(
    r"\b(?:notes?|minutes|agenda|session|meeting|summary|action items?|next steps?|to-?dos?)\b|\d",
    re.IGNORECASE,
)
_CONTRACTED = re.compile(r"^(?:i|we)(?:'ll|’ll)\s+", re.IGNORECASE)

_PATTERNS: dict[Category, re.Pattern[str]] = {
    "commitment": re.compile(
        r"^(?:todo|to-do|action(?: item)?|ai|next steps?|follow[- ]up)\b|"
        r"\b(?:will|'ll|’ll|going to|plan to|agreed|committed? to|by (?:monday|tuesday|wednesday|"
        r"thursday|friday|next week|end of))\b",
        re.IGNORECASE,
    ),
    "goal": re.compile(
        r"^goal\b|\b(?:goals?|want to|wants to|would like to|hope to|aim to|aspire|aspiration)\b",
        re.IGNORECASE,
    ),
    "challenge": re.compile(
        r"\b(?:struggl\w*|difficult\w*|hard|hardest|harder|blocked|blocker|stuck|challeng\w*|worried|worry|"
        r"concern\w*|obstacle\w*|barrier\w*|frustrat\w*|unsure|nervous)\b",
        re.IGNORECASE,
    ),
    "win": re.compile(
        r"^win\b|\b(?:done|completed|finished|achieved|accomplished|promoted|launched|shipped|"
        r"delivered|passed|succeeded|success\w*|proud|went well)\b",
        re.IGNORECASE,
    ),
    "topic": re.compile(
        r"^(?:topic|discussed|discussion|talked about|we talked about|we discussed|reviewed|"
        r"we reviewed|covered|we covered)\b",
        re.IGNORECASE,
    ),
}


def note_highlights(
    notes: str, *, limit: int = 6, per_category: int = 2
) -> list[tuple[Category, str]]:
    """Lines worth reflecting on, as ``(category, short quote)`` in the order they appear.

    Each line gets the first category that matches it (commitment, goal, challenge, win, topic);
    a Markdown heading counts as a topic unless it only names the notes ("Session notes, 14
    Nov"). Lines that match nothing are left out, and so are repeated quotes. The selection takes
    the first line of each category, then the second, and so on (commitments first), until
    ``limit`` quotes are chosen, never more than ``per_category`` of one category.
    """
    by_category: dict[Category, list[tuple[int, str]]] = {c: [] for c in CATEGORIES}
    seen: set[str] = set()
    for number, raw in enumerate(notes.splitlines()[:MAX_NOTE_LINES]):
        line = " ".join(raw.split())
        if not line:
            continue
        heading = _HEADING.match(line)
        category: Category | None
        if heading:
            line = heading.group("h")
            category = None if _NOT_TOPIC.search(line) else "topic"
        else:
            line = _CHECKBOX.sub("", _BULLET.sub("", line))
            category = next((c for c in CATEGORIES if _PATTERNS[c].search(line)), None)
        if category is None:
            continue
        quote = _quote(line)
        if quote is None or quote.casefold() in seen:
            continue
        seen.add(quote.casefold())
        by_category[category].append((number, quote))
    chosen: list[tuple[int, Category, str]] = []
    for round_ in range(per_category):
        for category in CATEGORIES:
            if len(chosen) < limit and round_ < len(by_category[category]):
                number, quote = by_category[category][round_]
                chosen.append((number, category, quote))
    return [(category, quote) for _, category, quote in sorted(chosen)]


def _quote(line: str) -> str | None:
    """A short quote of a notes line: prefixes and first-person openings dropped, trimmed."""
    text = line.strip().strip("*_`").strip()
    for pattern in (_PREFIX, _FIRST_PERSON, _CONTRACTED):
        text = pattern.sub("", text, count=1)
    text = text.strip().rstrip(".;:,!").strip()
    text = text.replace("'", "’")
    if len(text.split()) < MIN_QUOTE_WORDS:
        return None
    if len(text) > MAX_QUOTE_CHARS:
        cut = text[: MAX_QUOTE_CHARS + 1].rsplit(" ", 1)[0].rstrip(".,;:-–— ")
        text = f"{cut}…"
    return text


def reflection_to_markdown(reflection: Reflection) -> str:
    """The prompts as a Markdown list, followed by numbered sources."""
    heading = "Closing reflection" if reflection.kind == "closing" else "Session reflection"
    lines = [f"# {heading}", ""]
    lines += [f"- {prompt}" for prompt in reflection.prompts]
    if reflection.citations:
        lines += ["", "## Sources", ""]
        for number, passage in enumerate(reflection.citations, 1):
            where = f"{passage.title} — {passage.section}" if passage.section else passage.title
            credit = f", {passage.publisher}" if passage.publisher else ""
            lines.append(f"{number}. {where}{credit} ({passage.source})")
    return "\n".join(lines) + "\n"
