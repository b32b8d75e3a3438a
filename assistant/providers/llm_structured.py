"""The JSON capabilities answered by the model: agenda questions, action items and a cited FAQ.

Each asks for JSON of a fixed shape (the pydantic models below), validates it after repairing
small slips, asks once more, and otherwise answers with the offline engine and a notice
(:meth:`OpenAIProvider.ask_json` and :meth:`OpenAIProvider.offline_instead`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.errors import ProviderOutputError
from assistant.prompts import load_prompt
from assistant.providers.base import Outcome
from assistant.providers.citecheck import check_citations, renumber, unique_passages
from assistant.requests import ActionsRequest, AgendaRequest, FaqRequest

if TYPE_CHECKING:
    from assistant.providers.openai_chat import OpenAIProvider

logger = logging.getLogger("assistant.providers.openai")


# --------------------------------------------------------------------------- JSON shapes


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _AgendaItemOut(_Strict):
    topic: str = ""
    prompts: list[str] = Field(min_length=1, max_length=5)
    sources: list[int] = Field(default_factory=list)


class _AgendaOut(_Strict):
    items: list[_AgendaItemOut] = Field(min_length=1)


class _ActionOut(_Strict):
    task: str = Field(min_length=3, max_length=300)
    owner: str = Field(min_length=1, max_length=80)
    due: str | None = None


class _ActionsOut(_Strict):
    action_items: list[_ActionOut]


class _FaqPairOut(_Strict):
    question: str = Field(min_length=5, max_length=300)
    answer: str = Field(min_length=5, max_length=1200)
    sources: list[int] = Field(default_factory=list)


class _FaqOut(_Strict):
    faq: list[_FaqPairOut] = Field(min_length=1)


# --------------------------------------------------------------------------- capabilities


def agenda(provider: OpenAIProvider, request: AgendaRequest) -> Outcome:
    """The offline agenda with the questions for each item written by the model."""
    # The offline engine time-boxes the meeting (minutes always add up); the model writes the
    # questions the mentee brings to each item.
    skeleton = provider.offline.invoke(request).result
    passages = unique_passages(p for item in skeleton.items for p in item.citations)
    prompt = load_prompt("agenda")
    redactor = provider.redactor()
    goals = [redactor.redact(goal) for goal in request.goals]
    listing = "\n".join(
        f"{n}. {item.topic} ({item.minutes} min, led by {item.owner})"
        for n, item in enumerate(skeleton.items, start=1)
    )
    variables = {
        "stage": request.stage,
        "minutes": request.minutes,
        "goals": "; ".join(goals) or "none given",
        "items": listing,
    }
    messages, _, kept = provider.render(prompt, variables, passages)
    try:
        data = provider.ask_json(prompt, messages, _AgendaOut, "items")
        if len(data.items) != len(skeleton.items):
            raise ProviderOutputError(
                f"The model's agenda had {len(data.items)} items instead of {len(skeleton.items)}."
            )
    except ProviderOutputError as error:
        return provider.offline_instead(request, "agenda", error)
    items = []
    for item, out in zip(skeleton.items, data.items, strict=True):
        own = tuple(p for p in item.prompts if any(g and g in p for g in request.goals))
        written = tuple(
            redactor.restore(" ".join(p.split())) for p in out.prompts if 3 <= len(p.split()) <= 60
        )
        cited = tuple(kept[n - 1] for n in dict.fromkeys(out.sources) if 1 <= n <= len(kept))
        items.append(
            replace(
                item,
                prompts=_dedupe(own + written) or item.prompts,
                citations=cited or item.citations,
            )
        )
    return provider.outcome(replace(skeleton, items=tuple(items)))


def actions(provider: OpenAIProvider, request: ActionsRequest) -> Outcome:
    """Action items the model reads from the notes, each owned by someone named and grounded."""
    from assistant.actions import ActionItem, ActionItemList, extract_action_items
    from assistant.duedates import resolve_due

    prompt = load_prompt("actions")
    redactor = provider.redactor()
    mentee = request.mentee or "mentee"
    mentor = request.mentor or "mentor"
    owners = {mentee.lower(): mentee, mentor.lower(): mentor, "both": "both"}
    owners.update({"mentee": mentee, "mentor": mentor})
    me = mentee if request.author == "mentee" else mentor
    owners.update({"i": me, "me": me, "we": "both", "us": "both"})
    variables = {
        "notes": redactor.redact(request.notes),
        "today": request.today.isoformat(),
        "owners": f"{mentee} (the mentee), {mentor} (the mentor), both",
    }
    messages, _, _ = provider.render(prompt, variables)
    try:
        data = provider.ask_json(prompt, messages, _ActionsOut, "action_items")
        items = []
        for out in data.action_items:
            owner = owners.get(out.owner.strip().lower())
            if owner is None:
                raise ProviderOutputError(
                    f"The model gave the owner {out.owner!r}, who is not in the notes."
                )
            task = redactor.restore(" ".join(out.task.split())).rstrip(".")
            if not _grounded_in(task, request.notes, (mentee, mentor)):
                logger.info("dropped an action item not found in the notes: %r", task)
                continue
            items.append(
                ActionItem(task=task, owner=owner, due=_due(out.due, request.today, resolve_due))
            )
        if not items and extract_action_items(
            request.notes,
            today=request.today,
            mentee=request.mentee,
            mentor=request.mentor,
            author=request.author,
        ):
            raise ProviderOutputError("The model found no action items in notes that contain some.")
    except ProviderOutputError as error:
        return provider.offline_instead(request, "action item list", error)
    return provider.outcome(ActionItemList(tuple(items)))


def faq(provider: OpenAIProvider, request: FaqRequest) -> Outcome:
    """Question-and-answer pairs whose answers cite the passages; uncited answers are left out."""
    from assistant.faq import FAQ, FAQEntry

    prompt = load_prompt("faq")
    topic = request.topic or "how the mentoring programme works"
    passages = provider.kb.search(topic, max(5, min(request.count, 8)))
    variables = {"count": request.count, "topic": topic}
    messages, _, kept = provider.render(prompt, variables, passages)
    try:
        data = provider.ask_json(prompt, messages, _FaqOut, "faq")
        entries = []
        for out in data.faq[: request.count]:
            answer, used = check_citations(" ".join(out.answer.split()), len(kept))
            sources = [n for n in dict.fromkeys(out.sources) if 1 <= n <= len(kept)]
            numbers = list(dict.fromkeys([*used, *sources]))
            if not numbers:
                continue  # an answer that cites nothing is not grounded: leave it out
            order = {old: new for new, old in enumerate(numbers, start=1)}
            answer = renumber(answer, order) if used else f"{answer} [1]"
            if not used:
                numbers = numbers[:1]
            entries.append(
                FAQEntry(
                    question=" ".join(out.question.split()),
                    answer=answer,
                    citations=tuple(kept[n - 1] for n in numbers),
                )
            )
        if not entries:
            raise ProviderOutputError("The model's FAQ answers cited none of the passages.")
    except ProviderOutputError as error:
        return provider.offline_instead(request, "FAQ", error)
    return provider.outcome(FAQ(entries=tuple(entries), gaps=()))


# --------------------------------------------------------------------------- helpers


def _dedupe(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in texts if t))


_STOP_WORDS = (
    "a an the to of and or for with on in at by my our your their his her its be is are will "
    "shall should can could would this that these those it we i you they he she me us them"
)
_STOP = frozenset(_STOP_WORDS.split(" "))


def _grounded_in(task: str, notes: str, names: Iterable[str] = ()) -> bool:
    """Whether most content words of a task occur in the notes (guards against invented tasks)."""
    skip = _STOP | {n.lower() for n in names}
    words = {w for w in re.findall(r"[a-z0-9']+", task.lower()) if w not in skip and len(w) > 2}
    if not words:
        return False
    source = set(re.findall(r"[a-z0-9']+", notes.lower()))
    return len(words & source) / len(words) >= 0.6


def _due(value: str | None, today: date, resolve: Any) -> date | None:
    if not value or value.strip().lower() in {"null", "none", "n/a", ""}:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return resolve(value, today)
