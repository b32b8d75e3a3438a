"""Reflection prompts for the end of a session or of a whole mentoring relationship.

The prompts and the queries behind their citations live in ``reflections.yaml``. When notes are
given, lines that carry a commitment, a goal, a challenge, a success or a discussion topic are
quoted back in extra prompts ("You noted 'practice the presentation' — ..."). A commitment is read
by the action-item extractor (:func:`assistant.actions.extract_action_items`), so its prompt
addresses the person who owns it ("Priya, you committed to send two articles by Friday — ...",
"You both agreed to ...") and asks "by when?" only when the notes give no date. The selection is
rule-based and deterministic: the same notes (and the same day) always give the same prompts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
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


CommitmentForm = Literal["own", "own_dated", "both", "both_dated", "other", "other_dated"]
COMMITMENT_FORMS: tuple[CommitmentForm, ...] = (
    "own", "own_dated", "both", "both_dated", "other", "other_dated",
)  # fmt: skip


class KindTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    prompts: tuple[str, ...] = Field(min_length=3)
    queries: tuple[str, ...] = Field(min_length=1)
    tailoring: dict[Category, str]
    commitments: dict[CommitmentForm, str]

    @field_validator("commitments")
    @classmethod
    def _every_form(cls, value: dict[CommitmentForm, str]) -> dict[CommitmentForm, str]:
        missing = set(COMMITMENT_FORMS) - set(value)
        if missing:
            raise ValueError(f"commitments lacks {sorted(missing)}")
        for form, template in value.items():
            needed = {"{task}"} | ({"{when}"} if form.endswith("_dated") else set())
            needed |= {"{who}"} if form.startswith("other") else set()
            lacking = [n for n in sorted(needed) if n not in template]
            if lacking:
                raise ValueError(f"commitments.{form} must contain {', '.join(lacking)}")
            if form.endswith("_dated") and "by when" in template.lower():
                raise ValueError(f"commitments.{form} must not ask for a date the notes give")
        return value

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


def build_reflection(
    kb: KnowledgeBase, *, kind: str, notes: str | None = None, today: date | None = None
) -> Reflection:
    """Reflection prompts for ``kind`` ("session" or "closing"), tailored to ``notes`` if given."""
    templates = load_templates()
    if kind not in templates.kinds:
        raise UsageError(f"Unknown reflection kind {kind!r}: choose session or closing.")
    template = templates.kinds[kind]  # type: ignore[index]
    day = today or date.today()
    tailored = []
    for category, quote, line in _highlights(
        notes or "", limit=templates.max_tailored, per_category=templates.max_per_category
    ):
        prompt = _commitment_prompt(template, line, day) if category == "commitment" else None
        tailored.append(prompt or template.tailoring[category].format(quote=quote))
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
    r"\b(?:notes?|minutes|agenda|session|meeting|summary|action items?|next steps?|to-?dos?)\b|\d|"
    # a section's label says what kind of lines follow, not what was discussed: "Way forward",
    # "Obstacles", "Options" (a GROW summary's sections), "Wins", "Challenges"
    r"^(?:(?:the\s+)?way\s+forward|reality|options?|obstacles?|goals?|will|topics?|wins?|"
    r"challenges?|commitments?|actions?|decisions?|updates?|progress)\W*$",
    re.IGNORECASE,
)
# A line labelled with what it is: "Topic: ...", "Goal: ...", "Challenge: ...", "Win: ...".
_LABELLED = re.compile(r"^(?P<label>topic|goal|challenge|win)\s*:\s+", re.IGNORECASE)
# A win said not to have happened: "I've never run a one-to-one or done any budgeting".
_NOT_A_WIN = re.compile(
    r"\b(?:never|not|no|(?:have|has|had|did|was|were|is|are)n(?:'|’)?t)\b[^.;,]*?\b(?:done|completed|"
    r"finished|achieved|accomplished|promoted|launched|shipped|delivered|passed|succeeded)\b",
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
    return [
        (category, quote)
        for category, quote, _ in _highlights(notes, limit=limit, per_category=per_category)
    ]


def _highlights(notes: str, *, limit: int, per_category: int) -> list[tuple[Category, str, str]]:
    """As :func:`note_highlights`, with the whole line each quote comes from."""
    by_category: dict[Category, list[tuple[int, str, str]]] = {c: [] for c in CATEGORIES}
    seen: set[str] = set()
    under_goal = False  # the lines under a "Goal" heading state the goal, dated or not
    for number, raw in enumerate(notes.splitlines()[:MAX_NOTE_LINES]):
        line = " ".join(raw.split())
        if not line:
            continue
        heading = _HEADING.match(line)
        category: Category | None
        if heading:
            line = heading.group("h")
            under_goal = bool(re.fullmatch(r"(?:my\s+|the\s+)?goals?\W*", line, re.IGNORECASE))
            category = None if _NOT_TOPIC.search(line) else "topic"
        else:
            line = _CHECKBOX.sub("", _BULLET.sub("", line))
            labelled = _LABELLED.match(line)
            category = (
                labelled.group("label").lower()  # type: ignore[assignment]
                if labelled
                else next((c for c in CATEGORIES if _PATTERNS[c].search(line)), None)
            )
            if under_goal:
                category = "goal"
            if category == "win" and _NOT_A_WIN.search(line):
                # what the speaker has not done yet is in the way; otherwise no win at all
                category = "challenge" if re.match(r"^\W*(?:i|we)\b", line, re.I) else None
        if category is None:
            continue
        quote = _quote(line)
        if quote is None or quote.casefold() in seen:
            continue
        seen.add(quote.casefold())
        by_category[category].append((number, quote, line))
    chosen: list[tuple[int, Category, str, str]] = []
    for round_ in range(per_category):
        for category in CATEGORIES:
            if len(chosen) < limit and round_ < len(by_category[category]):
                number, quote, whole = by_category[category][round_]
                chosen.append((number, category, quote, whole))
    return [(category, quote, whole) for _, category, quote, whole in sorted(chosen)]


_SWAP = {"my": "your", "me": "you", "myself": "yourself", "mine": "yours", "our": "your"}
_YOUR = re.compile(r"\b(?:my|me|myself|mine|our)\b", re.IGNORECASE)
_WHEN_LEAD = re.compile(
    r"^(?:by|on|before|until|till|in|within|next|this|at|from|for|no\s+later)\b", re.I
)
# The next meeting is a time the notes give, though no date: "before the next session".
_NEXT_MEETING = re.compile(
    r"\b(?:by|before|at|for|until|in)\s+(?:our|the|my|your)\s+next\s+(?:meeting|session|"
    r"catch[-\s]?up|call|one[-\s]to[-\s]one|1:1|check[-\s]?in)\b",
    re.IGNORECASE,
)


def _commitment_prompt(template: KindTemplate, line: str, today: date) -> str | None:
    """The prompt for one commitment, addressed to its owner; ``None`` when it is not an item."""
    from assistant.actions import extract_action_items
    from assistant.understanding.timeframes import find_time

    text = _PREFIX.sub("", line.strip().strip("*_`").strip(), count=1)
    items = extract_action_items(f"Next steps:\n- {text}", today=today, author="mentee")
    if not items:
        return None
    several = re.search(r"\.\s|\b(?:i|we)(?:'ll|’ll|\s+will)\b", items[0].task, re.IGNORECASE)
    if len(items) > 1 or len(items[0].task) > MAX_QUOTE_CHARS or several:
        # "I'll book X by Friday, and next week I'll ask Y": the first step, with its own time,
        # as the coach reads steps said in one breath
        from assistant.grow.will import actions_from_answer

        steps = actions_from_answer(text, today)
        if not steps:
            return None
        text = _first_step_text(text, steps[0].task)
        items = [steps[0]]
    item = _owned_as_said(items[0], text, today)
    task = " ".join(item.task.split()).rstrip(".;:,!")
    if not task or len(task) > MAX_QUOTE_CHARS:
        return None
    task = task[0].lower() + task[1:] if not task[:2].isupper() else task
    task = task.replace("'", "’")
    times = [t for t in find_time(text, today) if not t.recurring]
    # Any time the notes give ("by Friday", "in January") is kept, and never asked for again.
    phrase = next((t.text for t in times if t.due is not None), None) or next(
        (t.text for t in times), None
    )
    when = None
    meeting = _NEXT_MEETING.search(text)
    if phrase is None and meeting:
        phrase = meeting.group(0)
    if phrase and re.fullmatch(r"to(?:day|night|morrow)", phrase, re.IGNORECASE):
        when = phrase.lower()  # "Tonight the phone goes ..." -> "tonight", not "by Tonight"
    elif phrase:
        when = phrase if _WHEN_LEAD.match(phrase) else f"by {phrase}"
    elif item.due is not None:
        when = f"by {item.due.strftime('%A')} {item.due.day} {item.due.strftime('%B')}"
    if when and when.lower() in task.lower():
        task = re.sub(re.escape(when), "", task, flags=re.IGNORECASE).strip(" ,")
    owner = item.owner or "mentee"
    # "Lena and I will change the numbers": the mentee and someone, spoken to as both
    shared = owner in ("both", "everyone") or bool(re.search(r"\band\s+mentee$", owner))
    form = "own" if owner == "mentee" else "both" if shared else "other"
    if form != "other" or _speaks(owner, text):  # "update my CV" is "update your CV" to its owner
        task = _YOUR.sub(lambda m: _SWAP[m.group(0).lower()], task)
    elif _subject(owner, text):  # "Jo will update his CV" is "update your CV" to Jo
        task = _THEIRS.sub("your", task)
    who = "Mentor" if owner == "mentor" else _addressed(owner, text)
    key = f"{form}_dated" if when else form
    return template.commitments[key].format(task=task, when=when or "", who=who)  # type: ignore[index]


def _first_step_text(text: str, task: str) -> str:
    """The part of a line of several steps that says the first one, up to the next step."""
    words = [w for w in re.findall(r"[\w'’]+", task.lower()) if len(w) > 2][:3]
    start = text.lower().find(words[0]) if words else -1
    if start < 0:
        return text
    rest = re.split(
        r",?\s+and\s+(?=(?:\w+\s+){0,2}(?:i|we)(?:'ll|’ll|\s+will)\b)|[.;]\s+",
        text[start:],
        maxsplit=1,
        flags=re.IGNORECASE,
    )[0]
    return text[:start] + rest


# The owner's own things, said of them in the third person: "his CV", "their slides", "her
# calendar" (not "send her the notes": "her" is whom the step is for).
_THEIRS = re.compile(
    r"\b(?:his|their|her(?=\s+(?!(?:the|a|an|some|any|my|your|our|this|that|these|those|to|on|"
    r"at|in|about|back|up|over|out|off|and|or|if|when|a\s+lot)\b)[a-z]))\b",
    re.IGNORECASE,
)


def _speaks(owner: str, text: str) -> bool:
    """ "Priya: I'll send my slides": the owner speaks the line, so "my" is theirs."""
    line = text.strip()
    return bool(re.match(re.escape(owner) + r"\s*[:\-–—]\s*(?:i\b|i'll|i’ll|ill\b)", line, re.I))


def _subject(owner: str, text: str) -> bool:
    """ "Jo will update his CV", "My sister will check her calendar": the owner is who acts."""
    lead = r"^\W*(?:(?:my|our|the)\s+(?:[\w'’-]+\s+)?)?"
    return bool(re.match(lead + re.escape(owner) + r"\b", text.strip(), re.I))


_SPEAKER_FIRST = re.compile(r"^\W*(?:i|i'm|i’m|ill|i'll|i’ll|we|we'll|we’ll|let's|let’s)\b", re.I)


def _owned_as_said(item: Any, text: str, today: date) -> Any:
    """The item with the owner the line names, read as the coach reads a step someone else takes
    on ("The finance office has offered to draft the budget by 12 December", "Jenny's dad said
    he'd help out", "My lead will review the abstract"), when the notes reader took it for the
    writer's own."""
    if item.owner not in (None, "", "mentee") or _SPEAKER_FIRST.match(text):
        return item
    from assistant.grow.will import actions_from_answer

    read = actions_from_answer(text, today)
    if len(read) == 1 and read[0].owner not in ("mentee", "both", "mentor"):
        return replace(read[0], due=read[0].due or item.due)
    return item


def _addressed(owner: str, text: str) -> str:
    """How a person named by role is addressed: "my lead" -> "Your lead", "the finance office"
    -> "The finance office", "dad" -> "Dad"; a name stays as written."""
    if owner[:1].isupper():
        return owner
    said = re.search(r"\b(my|our|the)\s+(?:[\w'’-]+\s+)?" + re.escape(owner) + r"\b", text, re.I)
    if said:
        return f"{'The' if said.group(1).lower() == 'the' else 'Your'} {owner}"
    return owner[0].upper() + owner[1:]


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
            where = (
                f"{passage.title} — {passage.section}"
                if passage.section and passage.section != passage.title
                else passage.title
            )
            credit = f", {passage.publisher}" if passage.publisher else ""
            lines.append(f"{number}. {where}{credit} ({passage.source})")
    return "\n".join(lines) + "\n"
