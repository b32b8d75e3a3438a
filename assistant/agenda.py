"""Time-boxed agendas for each stage of a mentoring relationship.

The stage templates live in ``agenda_stages.yaml`` (topics, relative weights, owners, prompts the
mentee can bring and the query that finds the guidance each item cites). :func:`build_agenda`
fits them to the requested length:

* Minutes are shared by weight with largest-remainder rounding, so the items sum exactly to the
  requested length. An item whose share would fall below its ``min_minutes`` gets exactly that
  minimum and the rest is shared again among the others.
* When the meeting is too short for every item's minimum, the lowest-weight items are dropped
  (on a tie, the later one) until the minimums fit. Every item that remains gets at least one
  minute, and because no minimum exceeds the shortest allowed meeting, at least one item remains.
* The mentee's goals become prompts of the stage's goal item and refine its retrieval query.
* Open action items from an earlier session become a "Review open action items" item owned by
  the mentee, placed right after the stage's opening items.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.citations import Passage
from assistant.datafiles import parse_data
from assistant.errors import UsageError

if TYPE_CHECKING:
    from assistant.actions import ActionItem
    from assistant.retrieval import KnowledgeBase

MIN_MINUTES = 5
MAX_MINUTES = 480
MAX_GOALS = 10
MAX_GOAL_CHARS = 300
CITATIONS_PER_ITEM = 2
SEARCH_K = 6
# A second citation, or one chosen because the best passage is cited already, must score within
# this margin of the item's best passage.
CITATION_MARGIN = 0.06

Owner = Literal["mentee", "mentor", "both"]


# --------------------------------------------------------------------------- data file


class ItemTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    topic: str = Field(min_length=1)
    weight: float = Field(gt=0)
    min_minutes: int = Field(ge=1, le=MIN_MINUTES)
    owner: Owner
    prompts: tuple[str, ...] = Field(min_length=1)
    query: tuple[str, ...] = Field(min_length=1)
    goal_slot: bool = False
    goal_prompt: str | None = None
    opening: bool = False

    @field_validator("query", mode="before")
    @classmethod
    def _queries(cls, value: object) -> object:
        return (value,) if isinstance(value, str) else value

    @field_validator("goal_prompt")
    @classmethod
    def _has_goal_field(cls, value: str | None) -> str | None:
        if value is not None and "{goal}" not in value:
            raise ValueError("goal_prompt must contain {goal}")
        return value


class StageTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    items: tuple[ItemTemplate, ...] = Field(min_length=1)

    @field_validator("items")
    @classmethod
    def _one_goal_slot(cls, items: tuple[ItemTemplate, ...]) -> tuple[ItemTemplate, ...]:
        slots = [item for item in items if item.goal_slot]
        if len(slots) != 1:
            raise ValueError("each stage needs exactly one item with goal_slot: true")
        if slots[0].goal_prompt is None:
            raise ValueError("the goal_slot item needs a goal_prompt")
        return items


class ReviewTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    topic: str
    owner: Owner
    base_weight: float = Field(gt=0)
    weight_per_item: float = Field(ge=0)
    max_weight: float = Field(gt=0)
    min_minutes: int = Field(ge=1, le=MIN_MINUTES)
    item_prompt: str
    query: str


class AgendaTemplates(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    stages: dict[str, StageTemplate]
    review: ReviewTemplate


@lru_cache(maxsize=1)
def load_templates() -> AgendaTemplates:
    """The validated stage templates shipped with the package."""
    text = resources.files("assistant").joinpath("agenda_stages.yaml").read_text("utf-8")
    return parse_data(text, AgendaTemplates, what="The agenda templates (agenda_stages.yaml)")


def stage_names() -> tuple[str, ...]:
    return tuple(load_templates().stages)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class AgendaItem:
    """One time-boxed item: what, how long, who leads it, what to bring, and its sources."""

    topic: str
    minutes: int
    owner: str
    prompts: tuple[str, ...]
    citations: tuple[Passage, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "minutes": self.minutes,
            "owner": self.owner,
            "prompts": list(self.prompts),
            "citations": [passage.to_citation() for passage in self.citations],
        }


@dataclass(frozen=True)
class Agenda:
    stage: str
    total_minutes: int
    items: tuple[AgendaItem, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "total_minutes": self.total_minutes,
            "items": [item.to_dict() for item in self.items],
        }


# --------------------------------------------------------------------------- building


@dataclass(frozen=True)
class _Draft:
    topic: str
    weight: float
    min_minutes: int
    owner: str
    prompts: tuple[str, ...]
    queries: tuple[str, ...]


def build_agenda(
    kb: KnowledgeBase,
    *,
    stage: str,
    minutes: int,
    goals: Sequence[str] = (),
    open_actions: Sequence[ActionItem] = (),
) -> Agenda:
    """A time-boxed agenda for ``stage`` that fills exactly ``minutes``."""
    templates = load_templates()
    if stage not in templates.stages:
        raise UsageError(f"Unknown stage {stage!r}: choose one of {', '.join(templates.stages)}.")
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise UsageError(f"Minutes must be a whole number, not {minutes!r}.")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise UsageError(
            f"An agenda needs between {MIN_MINUTES} and {MAX_MINUTES} minutes; {minutes} was given."
        )
    clean_goals = _clean_goals(goals)
    drafts = _drafts(templates, stage, clean_goals, open_actions)
    drafts = fit_items(drafts, minutes)
    shares = allocate([d.weight for d in drafts], [d.min_minutes for d in drafts], minutes)
    used: set[str] = set()
    items = []
    for draft, share in zip(drafts, shares, strict=True):
        citations = _cite(kb, draft.queries, used)
        items.append(
            AgendaItem(
                topic=draft.topic,
                minutes=share,
                owner=draft.owner,
                prompts=draft.prompts,
                citations=citations,
            )
        )
    return Agenda(stage=stage, total_minutes=minutes, items=tuple(items))


def _clean_goals(goals: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    clean: list[str] = []
    for goal in goals:
        text = " ".join(str(goal).split()).rstrip(".;,")
        if not text:
            continue
        if len(text) > MAX_GOAL_CHARS:
            raise UsageError(
                f"A goal is {len(text)} characters long; keep each goal to one sentence "
                f"(at most {MAX_GOAL_CHARS} characters)."
            )
        if text.casefold() not in seen:
            seen.add(text.casefold())
            clean.append(text)
    if len(clean) > MAX_GOALS:
        raise UsageError(
            f"{len(clean)} goals were given; bring at most {MAX_GOALS} "
            "(the guidance suggests a top 3)."
        )
    return tuple(clean)


def _drafts(
    templates: AgendaTemplates,
    stage: str,
    goals: tuple[str, ...],
    open_actions: Sequence[ActionItem],
) -> list[_Draft]:
    drafts: list[_Draft] = []
    openings = 0
    for item in templates.stages[stage].items:
        prompts = item.prompts
        queries = item.query
        if item.goal_slot and goals:
            assert item.goal_prompt is not None  # checked when the templates load
            prompts = tuple(item.goal_prompt.format(goal=goal) for goal in goals) + prompts
            queries = (f"{item.query[0]} {' '.join(goals)}", *item.query)
        if item.opening and openings == len(drafts):
            openings += 1
        drafts.append(
            _Draft(
                topic=item.topic,
                weight=item.weight,
                min_minutes=item.min_minutes,
                owner=item.owner,
                prompts=prompts,
                queries=queries,
            )
        )
    if open_actions:
        review = templates.review
        weight = min(
            review.max_weight, review.base_weight + review.weight_per_item * len(open_actions)
        )
        drafts.insert(
            openings,
            _Draft(
                topic=review.topic,
                weight=weight,
                min_minutes=review.min_minutes,
                owner=review.owner,
                prompts=tuple(
                    _review_prompt(review.item_prompt, action) for action in open_actions
                ),
                queries=(review.query,),
            ),
        )
    return drafts


def _review_prompt(template: str, action: ActionItem) -> str:
    due = f", due {action.due.isoformat()}" if action.due else ""
    return template.format(task=action.task.rstrip("."), owner=action.owner, due=due)


def fit_items(drafts: Sequence[_Draft], minutes: int) -> list[_Draft]:
    """Drop the lowest-weight items (later first on a tie) until every minimum fits."""
    kept = list(drafts)
    while len(kept) > 1 and sum(d.min_minutes for d in kept) > minutes:
        order = sorted(range(len(kept)), key=lambda i: (kept[i].weight, -i))
        del kept[order[0]]
    return kept


def allocate(weights: Sequence[float], minimums: Sequence[int], total: int) -> list[int]:
    """Share ``total`` minutes by weight; each share >= its minimum; the shares sum to ``total``.

    Items whose proportional share is below their minimum are pinned to it and the remainder is
    shared again (repeatedly). The other shares are rounded by largest remainder (ties go to the
    heavier, then the earlier item).
    """
    if not weights:
        raise ValueError("nothing to allocate")
    if sum(minimums) > total:
        raise ValueError("the minimums do not fit in the total")
    n = len(weights)
    pinned: dict[int, int] = {}
    active = list(range(n))
    quotas: dict[int, float] = {}
    while active:
        remaining = total - sum(pinned.values())
        weight_sum = sum(weights[i] for i in active)
        quotas = {i: remaining * weights[i] / weight_sum for i in active}
        low = [i for i in active if quotas[i] < minimums[i]]
        if not low:
            break
        for i in low:
            pinned[i] = minimums[i]
        active = [i for i in active if i not in pinned]
    shares = [0] * n
    for i, value in pinned.items():
        shares[i] = value
    if active:
        floors = {i: int(quotas[i]) for i in active}
        for i, value in floors.items():
            shares[i] = value
        leftover = total - sum(shares)
        order = sorted(active, key=lambda i: (-(quotas[i] - floors[i]), -weights[i], i))
        for i in order[:leftover]:
            shares[i] += 1
    else:  # every item pinned: the heaviest takes what is left
        heaviest = max(range(n), key=lambda i: (weights[i], -i))
        shares[heaviest] += total - sum(shares)
    return shares


# --------------------------------------------------------------------------- citations


_SEARCH_CACHE: weakref.WeakKeyDictionary[object, dict[tuple[str, int], list[Passage]]] = (
    weakref.WeakKeyDictionary()
)
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 512


def search_cached(kb: KnowledgeBase, query: str, k: int = SEARCH_K) -> list[Passage]:
    """``kb.search`` memoised per index state.

    The templates' queries are fixed, so repeated agendas and reflections reuse their results.
    The cache hangs off the knowledge base's in-memory corpus, which is replaced whenever the
    index changes, so results never outlive the documents they came from.
    """
    try:
        corpus: object = kb.corpus()
    except AttributeError:  # a knowledge base without a corpus view: no caching
        return kb.search(query, k=k)
    with _CACHE_LOCK:
        cache = _SEARCH_CACHE.setdefault(corpus, {})
        hit = cache.get((query, k))
    if hit is not None:
        return list(hit)
    result = kb.search(query, k=k)
    with _CACHE_LOCK:
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        cache[(query, k)] = list(result)
    return result


def relevant(kb: KnowledgeBase, query: str, k: int = SEARCH_K) -> list[Passage]:
    """Passages for ``query`` at or above the relevance threshold, best first."""
    from assistant.retrieval import RELEVANCE_THRESHOLD

    return [p for p in search_cached(kb, query, k) if p.score >= RELEVANCE_THRESHOLD]


def _key(passage: Passage) -> str:
    return passage.chunk_id or f"{passage.source}#{passage.section}#{passage.text[:60]}"


def _cite(kb: KnowledgeBase, queries: Sequence[str], used: set[str]) -> tuple[Passage, ...]:
    """Up to two relevant passages, preferring ones no earlier item cites."""
    pool: dict[str, Passage] = {}
    for query in queries:
        for passage in relevant(kb, query):
            key = _key(passage)
            if key not in pool or pool[key].score < passage.score:
                pool[key] = passage
    ranked = sorted(pool.values(), key=lambda p: -p.score)
    if not ranked:
        return ()
    close = [p for p in ranked if p.score >= ranked[0].score - CITATION_MARGIN]
    fresh = [p for p in close if _key(p) not in used]
    chosen = fresh[:CITATIONS_PER_ITEM] or ranked[:1]
    used.update(_key(p) for p in chosen)
    return tuple(chosen)


# --------------------------------------------------------------------------- Markdown


def time_spans(minutes: Sequence[int], start: time | None = None) -> list[str]:
    """Consecutive spans for items of the given lengths.

    Elapsed time (``0:00-0:10``) by default; wall-clock times (``09:00-09:10``) from ``start``.
    """
    origin = datetime.combine(date(2000, 1, 1), start or time(0, 0))
    spans = []
    elapsed = 0
    for length in minutes:
        begin, end = elapsed, elapsed + int(length)
        if start is None:
            spans.append(f"{begin // 60}:{begin % 60:02d}-{end // 60}:{end % 60:02d}")
        else:
            spans.append(
                f"{(origin + timedelta(minutes=begin)):%H:%M}-"
                f"{(origin + timedelta(minutes=end)):%H:%M}"
            )
        elapsed = end
    return spans


def agenda_to_markdown(agenda: Agenda, start: time | None = None) -> str:
    """The agenda as Markdown: a time-boxed table, each item's prompts, and numbered sources.

    With ``start`` the times are clock times from then; otherwise elapsed minutes.
    """
    templates = load_templates()
    stage = templates.stages.get(agenda.stage)
    title = stage.title if stage else agenda.stage
    numbers: dict[str, int] = {}
    sources: list[Passage] = []
    for item in agenda.items:
        for passage in item.citations:
            if _key(passage) not in numbers:
                numbers[_key(passage)] = len(sources) + 1
                sources.append(passage)
    opening = f"{agenda.total_minutes} minutes" + (f", starting {start:%H:%M}." if start else ".")
    lines = [f"# Agenda: {title}", "", opening, ""]
    lines += ["| Time | Item | Owner |", "|------|------|-------|"]
    spans = time_spans([item.minutes for item in agenda.items], start)
    for item, span in zip(agenda.items, spans, strict=True):
        lines.append(f"| {span} | {_cell(item.topic)} ({item.minutes} min) | {item.owner} |")
    for item, span in zip(agenda.items, spans, strict=True):
        marks = "".join(f" [{numbers[_key(p)]}]" for p in item.citations)
        lines += ["", f"## {span} {item.topic} ({item.owner}){marks}", ""]
        lines += [f"- {prompt}" for prompt in item.prompts]
    if sources:
        lines += ["", "## Sources", ""]
        for number, passage in enumerate(sources, 1):
            where = (
                f"{passage.title} — {passage.section}"
                if passage.section and passage.section != passage.title
                else passage.title
            )
            credit = f", {passage.publisher}" if passage.publisher else ""
            lines.append(f"{number}. {where}{credit} ({passage.source})")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")
