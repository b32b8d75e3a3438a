"""GROW coaching: one question at a time through Goal, Reality, Options and Will.

The mentor asks and the mentee answers; the mentee owns the goal and the actions. Questions come
from ``grow_questions.yaml``; deterministic rules read each answer and choose the next one:

- a very short or unsure answer gets a follow-up ("Say more about that...");
- a vague goal (no success measure and no timeframe, or hedge words such as "better" without both)
  gets a sharpening question ("What would success look like, and by when...?");
- an obstacle ("but", "can't", "no time", "my manager won't", "afraid") opens the options
  ("If these barriers were absent, what would you do?");
- a Will step without a date gets "By when?";
- a stage ends when its purpose is met (see :data:`STAGE_PURPOSES`) or after
  ``max_questions_per_stage`` answers, so a session always ends. No question repeats in a session.

Sessions are JSON files under ``sessions_dir`` (one per id), so a command-line user can continue
a session across runs. The summary turns the Will answers into action items.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import string
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, Literal, Protocol

import yaml
from filelock import FileLock, Timeout
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.actions import ActionItem
from assistant.citations import Passage
from assistant.duedates import find_due_span, resolve_due
from assistant.errors import (
    AssistantError,
    ConfigError,
    InputFileError,
    SessionNotFoundError,
    UsageError,
)

__all__ = [
    "STAGES",
    "GrowCoach",
    "GrowSummary",
    "GrowTurn",
    "Question",
    "QuestionBank",
    "SessionInfo",
    "SessionRecord",
    "TranscriptEntry",
    "actions_from_answer",
    "delete_all_sessions",
    "list_sessions",
    "load_question_bank",
]

Stage = Literal["goal", "reality", "options", "will"]
Intent = Literal["open", "explore", "sharpen", "obstacle", "by_when", "follow_up"]
STAGES: tuple[Stage, ...] = ("goal", "reality", "options", "will")
DONE = "done"
QUESTIONS_PATH = Path(__file__).with_name("grow_questions.yaml")
MAX_ANSWER_CHARS = 10_000
MAX_TOPIC_CHARS = 200
MIN_QUESTIONS_PER_STAGE = 8
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{3,63}$")
_START_HINT = "Start one with: mentor-assist grow start"


class KnowledgeSearch(Protocol):
    """What the coach needs from a knowledge base: ranked passages for a query."""

    def search(self, query: str, k: int = 5) -> list[Passage]: ...


# --------------------------------------------------------------------------- question bank


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class QuestionSource(_Strict):
    """The guidance a question draws on: a knowledge file and a section heading in it."""

    file: str = Field(pattern=r"^[\w.-]+\.md$")
    section: str = Field(min_length=1)


class Question(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    stage: Stage
    intent: Intent
    tags: tuple[str, ...] = ()
    text: str = Field(min_length=5)
    source: QuestionSource | None = None

    @field_validator("text")
    @classmethod
    def _is_a_question(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value.endswith("?"):
            raise ValueError(
                "must be a question ending with '?' (the coach asks, it does not tell)"
            )
        fields = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        if fields - {"topic"}:
            raise ValueError(f"only the {{topic}} placeholder is allowed, found {sorted(fields)}")
        return value

    @property
    def needs_topic(self) -> bool:
        return "{topic}" in self.text

    def render(self, topic: str | None) -> str:
        return self.text.replace("{topic}", topic) if topic and self.needs_topic else self.text


class StageSpec(_Strict):
    purpose: str = Field(min_length=1)
    search: str = Field(min_length=1)


class QuestionBank(_Strict):
    max_questions_per_stage: int = Field(default=4, ge=2, le=10)
    stages: dict[Stage, StageSpec]
    questions: list[Question]

    @model_validator(mode="after")
    def _complete(self) -> QuestionBank:
        problems: list[str] = []
        ids = [q.id for q in self.questions]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            problems.append(f"duplicate question ids {duplicates}")
        texts = [q.text.lower() for q in self.questions]
        if len(set(texts)) != len(texts):
            problems.append("two questions have the same text")
        for stage in STAGES:
            if stage not in self.stages:
                problems.append(f"stage {stage!r} has no purpose/search entry")
            mine = [q for q in self.questions if q.stage == stage]
            if len(mine) < MIN_QUESTIONS_PER_STAGE:
                problems.append(
                    f"stage {stage!r} has {len(mine)} questions; at least "
                    f"{MIN_QUESTIONS_PER_STAGE} are needed"
                )
            needed = {"open": 1, "explore": 2, "follow_up": 2}
            needed |= {"goal": {"sharpen": 2}, "options": {"obstacle": 1}}.get(stage, {})
            needed |= {"will": {"by_when": 2}}.get(stage, {})
            for intent, count in needed.items():
                plain = [q for q in mine if q.intent == intent and not q.needs_topic]
                if len(plain) < count:
                    problems.append(
                        f"stage {stage!r} needs {count} {intent!r} question(s) without {{topic}}"
                    )
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def get(self, question_id: str) -> Question | None:
        return self._by_id().get(question_id)

    def _by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}


def load_question_bank(path: str | Path | None = None) -> QuestionBank:
    """Load and validate a question bank (the packaged one by default)."""
    return _load_bank(Path(path) if path else QUESTIONS_PATH)


@cache
def _load_bank(path: Path) -> QuestionBank:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"Cannot read the GROW question bank {path}: {error.strerror}.") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"The GROW question bank {path} is not valid YAML: {error}") from None
    try:
        return QuestionBank.model_validate(data)
    except ValidationError as error:
        details = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'file'}: {e['msg']}" for e in error.errors()
        )
        raise ConfigError(f"The GROW question bank {path} is invalid: {details}") from None


# --------------------------------------------------------------------------- stored sessions


class TranscriptEntry(_Strict):
    """One question asked in a session and the mentee's answer (None while pending)."""

    stage: Stage
    question_id: str
    question: str
    intent: Intent
    asked_at: datetime
    answer: str | None = None
    answered_at: datetime | None = None
    skipped: bool = False


class SessionRecord(_Strict):
    """The stored form of a GROW session (one JSON file)."""

    version: Literal[1] = 1
    id: str = Field(pattern=_ID_RE.pattern)
    topic: str | None = None
    created: date
    created_at: datetime
    updated_at: datetime
    stage: Literal["goal", "reality", "options", "will", "done"]
    transcript: list[TranscriptEntry]

    @property
    def done(self) -> bool:
        return self.stage == DONE

    @property
    def pending(self) -> TranscriptEntry | None:
        last = self.transcript[-1] if self.transcript else None
        return last if last and last.answer is None and not last.skipped else None

    def answered(self, stage: str | None = None) -> list[TranscriptEntry]:
        return [
            e
            for e in self.transcript
            if e.answer is not None and (stage is None or e.stage == stage)
        ]


@dataclass(frozen=True)
class SessionInfo:
    """A stored session as listed for the user."""

    session: str
    topic: str | None
    created: date
    updated_at: datetime
    stage: str
    done: bool
    answered: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "session": self.session,
            "topic": self.topic,
            "created": self.created.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "stage": self.stage,
            "done": self.done,
            "answered": self.answered,
        }


def _session_path(sessions_dir: Path, session_id: str) -> Path:
    if not _ID_RE.match(session_id or ""):
        raise SessionNotFoundError(f"No GROW session '{session_id}'. {_START_HINT}")
    return sessions_dir / f"{session_id}.json"


def _read_record(path: Path) -> SessionRecord:
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputFileError(path, _corrupt("it is not UTF-8 text")) from None
    try:
        return SessionRecord.model_validate_json(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        reason = first["msg"] if not where else f"{where}: {first['msg']}"
        raise InputFileError(path, _corrupt(reason)) from None


def _corrupt(reason: str) -> str:
    return (
        f"this GROW session file is damaged ({reason}). Delete the file and start a new session "
        "with: mentor-assist grow start"
    )


def _write_record(sessions_dir: Path, record: SessionRecord) -> None:
    sessions_dir.mkdir(parents=True, exist_ok=True)
    path = sessions_dir / f"{record.id}.json"
    fd, tmp = tempfile.mkstemp(dir=sessions_dir, prefix=f".{record.id}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(record.model_dump_json(indent=2))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def list_sessions(sessions_dir: str | Path) -> list[SessionInfo]:
    """Stored sessions, most recently updated first. Damaged files are left out."""
    folder = Path(sessions_dir)
    if not folder.is_dir():
        return []
    infos = []
    for path in folder.glob("*.json"):
        try:
            record = _read_record(path)
        except (InputFileError, OSError):
            continue
        infos.append(
            SessionInfo(
                session=record.id,
                topic=record.topic,
                created=record.created,
                updated_at=record.updated_at,
                stage=record.stage,
                done=record.done,
                answered=len(record.answered()),
            )
        )
    return sorted(infos, key=lambda info: info.updated_at, reverse=True)


def delete_all_sessions(sessions_dir: str | Path) -> int:
    """Delete every stored session file; return how many sessions were deleted."""
    folder = Path(sessions_dir)
    if not folder.is_dir():
        return 0
    deleted = 0
    for path in folder.glob("*.json"):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            deleted += 1
    for leftover in (*folder.glob(".*.lock"), *folder.glob(".*.tmp")):
        with contextlib.suppress(OSError):
            leftover.unlink()
    return deleted


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class GrowTurn:
    """The coach's next move: the question to ask (``None`` once the session is done)."""

    session: str
    stage: str
    question: str | None
    done: bool
    question_id: str | None = None
    reason: str = ""
    step: int = 1
    stage_number: int = 1
    stage_question: int = 1
    max_questions_per_stage: int = 4
    citations: tuple[Passage, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "session": self.session,
            "stage": self.stage,
            "question": self.question,
            "done": self.done,
            "question_id": self.question_id,
            "reason": self.reason,
            "progress": {
                "step": self.step,
                "stage_number": self.stage_number,
                "stages": len(STAGES),
                "stage_question": self.stage_question,
                "max_questions_per_stage": self.max_questions_per_stage,
            },
            "citations": [p.to_citation() for p in self.citations],
        }


@dataclass(frozen=True)
class GrowSummary:
    """Goal, reality, options and the way forward in the mentee's words, plus action items."""

    __verbatim__: ClassVar[frozenset[str]] = frozenset(
        {"goal", "reality", "options", "will", "topic"}
    )

    goal: str
    reality: str
    options: tuple[str, ...]
    will: str
    action_items: tuple[ActionItem, ...]
    session: str = ""
    topic: str | None = None
    done: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "goal": self.goal,
            "reality": self.reality,
            "options": list(self.options),
            "will": self.will,
            "action_items": [item.to_dict() for item in self.action_items],
            "session": self.session,
            "topic": self.topic,
            "done": self.done,
        }


# --------------------------------------------------------------------------- reading answers

_UNSURE_RE = re.compile(
    r"^\W*(?:idk|i\s+don'?t\s+know|i\s+do\s+not\s+know|dunno|not\s+sure(?:\s+yet)?|no\s+idea|"
    r"nothing|none|no|yes|yeah|yep|maybe|perhaps|pass|skip|hmm+|um+|ok(?:ay)?|n/?a|"
    r"i'?m\s+not\s+sure(?:\s+yet)?|no\s+clue|don'?t\s+know)\W*$",
    re.IGNORECASE,
)
_OBSTACLE_RE = re.compile(
    r"\b(?:but|however|can'?t|cannot|can\s+not|couldn'?t|unable|don'?t\s+have\s+(?:the\s+|enough\s+)?"
    r"(?:time|budget|money|support)|no\s+time|not\s+enough|too\s+(?:busy|much|hard)|blocked|"
    r"blocking|blocker|stuck|afraid|scared|fear|worried|nervous|anxious|obstacle|barrier|"
    r"won'?t\s+(?:let|allow|approve|agree|support)|will\s+not|wouldn'?t|doesn'?t\s+(?:let|allow|"
    r"support|want)|not\s+allowed|lack(?:\s+of)?|struggl\w*|overwhelm\w*|problem\s+is|hard\s+to|"
    r"difficult)\b",
    re.IGNORECASE,
)
_HEDGE_RE = re.compile(
    r"\b(?:better|more|improve|improving|improvement|somehow|some|something|kind\s+of|sort\s+of|"
    r"a\s+bit|a\s+little|generally|stuff|things|grow|develop|get\s+ahead|work\s+on|maybe|"
    r"hopefully|try\s+to|should)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|"
    "hundred|dozen|half|double|twice|once"
)
_MEASURE_RE = re.compile(
    rf"\d|%|\bper\s?cent\b|\b(?:{_NUMBER_WORDS})\b|\bat\s+least\b|\bevery\s+(?:day|week|month)\b|"
    r"\bper\s+(?:day|week|month)\b|\bsuccess\s+(?:is|means|would|will|looks)\b|"
    r"\bi(?:'ll|\s+will|'d|\s+would)\s+know\b|\bmeasured?\b|\bwithout\s+(?:notes|help)\b|"
    r"\b(?:promoted|promotion|offer|certified|certification|published|launched|hired|passed)\b",
    re.IGNORECASE,
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_TIMEFRAME_RE = re.compile(
    rf"\b(?:by|before|until|in|within|this|next|end\s+of(?:\s+the)?)\s+(?:the\s+)?"
    rf"(?:{_MONTHS}|spring|summer|autumn|fall|winter|year|quarter|month|week|semester|term|"
    r"q[1-4]|\d+\s+(?:days?|weeks?|months?|years?)|(?:a|one|two|three|four|six|nine|twelve)\s+"
    r"(?:days?|weeks?|months?|years?))\b|\bq[1-4]\b|\b20\d\d\b|\bdeadline\b|\bquarterly\b",
    re.IGNORECASE,
)
_FACT_RE = re.compile(
    r"\d|\b(?:currently|right\s+now|at\s+the\s+moment|so\s+far|already|tried|usually|each|"
    r"once|twice|\w+\s+times|a\s+(?:day|week|month|year)|daily|weekly|monthly|often|never|"
    r"rarely|sometimes|always|"
    r"every|last\s+(?:week|month|year|time)|today|i'?ve|i\s+have|i\s+had|i\s+am|i'?m|we\s+have|"
    r"there\s+(?:is|are))\b",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def is_unsure(text: str) -> bool:
    """An answer that says nothing yet: "idk", "not sure", "maybe"."""
    return bool(_UNSURE_RE.match(text.strip()))


def is_short(text: str) -> bool:
    """A very short or unsure answer (fewer than four words)."""
    return is_unsure(text) or len(_words(text)) < 4


def has_obstacle(text: str) -> bool:
    return bool(_OBSTACLE_RE.search(text))


def has_hedge(text: str) -> bool:
    return bool(_HEDGE_RE.search(text))


def has_measure(text: str) -> bool:
    return bool(_MEASURE_RE.search(text))


def has_timeframe(text: str, today: date) -> bool:
    return resolve_due(text, today) is not None or bool(_TIMEFRAME_RE.search(text))


_OPTION_SPLIT_RE = re.compile(
    r"[\n;]+|(?<=[.!?])\s+|\s+or\s+|,\s*(?=(?:or|and|also|maybe|perhaps|i\s+could|i\s+might|"
    r"i\s+can|i'?d)\b)|\s+and\s+(?=(?:also|maybe|perhaps|i\s+could|i\s+might)\b)",
    re.IGNORECASE,
)
_OPTION_LEAD_RE = re.compile(
    r"^(?:\s*(?:[-*•]|\d+[.)]|or|and|also|maybe|perhaps|possibly|then|well|so|"
    r"(?:one|another|a\s+third|the\s+other)\s+option\s+(?:is|would\s+be|could\s+be)|"
    r"i\s+(?:could|might|can|would|may)(?:\s+also)?|i'?d|we\s+could|option\s*\d*\s*[:.)-]?)"
    r"[\s,:]+)+",
    re.IGNORECASE,
)


def extract_options(text: str) -> list[str]:
    """The options named in one answer: "I could ask Sam, or take a course" -> two options."""
    text = re.split(r"\bbut\b", text, maxsplit=1, flags=re.IGNORECASE)[0]
    options = []
    for part in _OPTION_SPLIT_RE.split(text):
        part = _OPTION_LEAD_RE.sub("", part.strip() + " ").strip(" ,.;:!?-")
        if len(_words(part)) >= 2 and not is_unsure(part):
            options.append(part[0].upper() + part[1:])
    return options


def _distinct(options: Sequence[str]) -> list[str]:
    seen: list[str] = []
    keys: list[str] = []
    for option in options:
        key = " ".join(w.lower() for w in _words(option) if w.lower() not in {"a", "an", "the"})
        if key and not any(key == k or key in k or k in key for k in keys):
            keys.append(key)
            seen.append(option)
    return seen


# --------------------------------------------------------------------------- Will -> actions

_ACTION_SPLIT_RE = re.compile(
    r"[\n;]+|(?<=[.!?])\s+|,?\s+(?:and\s+)?then\s+|"
    r",?\s+and\s+(?=(?i:i|we|you|both)\b|(?i:i'll|we'll)|[A-Z][a-z]+\s+will\b)"
)
_NOT_ACTION_RE = re.compile(
    r"^(?:that|this|it|which|because|so\s+that|hopefully|i\s+hope|i\s+feel)\b",
    re.IGNORECASE,
)
_MODAL = (
    r"(?:'ll|’ll|\s+will|\s+shall|\s+am\s+going\s+to|'m\s+going\s+to|\s+are\s+going\s+to|"
    r"\s+is\s+going\s+to|\s+can|\s+could|\s+would|\s+plan\s+to|\s+want\s+to|\s+need\s+to|"
    r"\s+have\s+to|\s+has\s+to|\s+agreed\s+to|\s+offered\s+to|\s+to)"
)
_NOT_NAMES = frozenset(
    {
        "I", "We", "You", "He", "She", "They", "It", "This", "That", "Then", "Next", "First",
        "Also", "Maybe", "Perhaps", "And", "So", "Both", "My", "Our", "Ok", "Okay", "Well",
        "Probably", "Hopefully", "Tomorrow", "Today",
    }
)  # fmt: skip
_SUBJECT_RE = re.compile(
    rf"^\s*(?:(?i:ok(?:ay)?|so|then|first(?:ly)?|and|also|next|well|i\s+think)[,\s]+)*"
    rf"(?P<subject>(?i:i|we|you|both(?:\s+of\s+us)?|my\s+(?:mentor|manager|boss|supervisor|lead|"
    rf"team\s+lead|coach|colleague|partner))|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?){_MODAL}\s+",
)
_BOTH_PREFIX_RE = re.compile(r"^\s*(?P<who>both|we|us)\s*:\s*", re.IGNORECASE)
_LEADING_FILLER_RE = re.compile(
    r"^(?:(?:ok(?:ay)?|so|then|first(?:ly)?|and|also|next|well|i\s+think)[,\s]+|"
    r"(?:first|then|also|try\s+to|start\s+by|begin\s+by)\s+)+",
    re.IGNORECASE,
)
_BOTH_WORDS_RE = re.compile(r"\b(?:together|both\s+of\s+us|the\s+two\s+of\s+us)\b", re.IGNORECASE)


@dataclass
class _Draft:
    task: str
    owner: str
    due: date | None


def _owner_of(subject: str | None, clause: str) -> str:
    if subject is None:
        return "both" if _BOTH_WORDS_RE.search(clause) else "mentee"
    low = " ".join(subject.lower().split())
    if low in {"we", "both", "both of us"}:
        return "both"
    if low == "i":
        return "both" if _BOTH_WORDS_RE.search(clause) else "mentee"
    if low == "you":
        return "mentor"
    if low.startswith("my "):
        role = low[3:]
        return "mentor" if role == "mentor" else role
    return subject if subject.split()[0] not in _NOT_NAMES else "mentee"


def _clean_task(text: str) -> str:
    span = find_due_span(text)
    if span and not re.search(r"\b(?:every|each)\s+$", text[: span[0]], re.IGNORECASE):
        text = text[: span[0]] + " " + text[span[1] :]
    text = re.sub(r"\s+", " ", text).strip(" ,.;:!-")
    text = re.sub(r"\s+(?:by|on|before|until|no\s+later\s+than|and)$", "", text, flags=re.I)
    text = _LEADING_FILLER_RE.sub("", text).strip(" ,.;:!-")
    return text[:1].upper() + text[1:]


def _action_clauses(text: str, today: date) -> Iterator[str]:
    for part in _ACTION_SPLIT_RE.split(text):
        part = part.strip(" ,.;")
        if not part:
            continue
        # "email Sam by Friday and draft the plan by Dec 3": two dated steps.
        pieces = re.split(r"\s+and\s+", part)
        current = pieces[0]
        for piece in pieces[1:]:
            if resolve_due(current, today) and resolve_due(piece, today):
                yield current
                current = piece
            else:
                current = f"{current} and {piece}"
        yield current


def _parse_action(clause: str, today: date) -> _Draft | None:
    if _NOT_ACTION_RE.match(clause) or is_unsure(clause):
        return None
    due = resolve_due(clause, today)
    prefix = _BOTH_PREFIX_RE.match(clause)
    if prefix:
        return _draft(_clean_task(clause[prefix.end() :]), "both", due)
    subject = _SUBJECT_RE.match(clause)
    if subject:
        owner = _owner_of(subject.group("subject"), clause)
        return _draft(_clean_task(clause[subject.end() :]), owner, due)
    return _draft(_clean_task(clause), _owner_of(None, clause), due)


def _draft(task: str, owner: str, due: date | None) -> _Draft | None:
    return _Draft(task, owner, due) if len(_words(task)) >= 1 and not is_unsure(task) else None


def actions_from_answer(text: str, today: date) -> list[ActionItem]:
    """The steps in one Will answer, with owners and due dates resolved against ``today``."""
    drafts = [d for c in _action_clauses(text, today) if (d := _parse_action(c, today))]
    return [ActionItem(task=d.task, owner=d.owner, due=d.due) for d in drafts]


def _will_actions(record: SessionRecord, bank: QuestionBank) -> list[_Draft]:
    """Action drafts from the Will answers; a "By when?" answer dates the step before it."""
    drafts: list[_Draft] = []
    undated: list[_Draft] = []
    for entry in record.answered("will"):
        answer = entry.answer or ""
        if entry.intent == "by_when":
            due = resolve_due(answer, record.created)
            if due:
                for draft in undated:
                    draft.due = due
                undated = []
            continue
        question = bank.get(entry.question_id)
        if question is None or "action" not in question.tags or is_unsure(answer):
            continue
        new = [
            d
            for c in _action_clauses(answer, record.created)
            if (d := _parse_action(c, record.created))
        ]
        drafts.extend(new)
        undated = [d for d in new if d.due is None] or undated
    return drafts


# --------------------------------------------------------------------------- the rules


@dataclass(frozen=True)
class _Move:
    """What to do next: ask ``question`` in ``stage`` (or finish when ``stage`` is done)."""

    stage: str
    question: Question | None
    reason: str


@dataclass
class _GoalState:
    substantive: bool = False
    measure: bool = False
    timeframe: bool = False
    hedged: bool = False

    @property
    def met(self) -> bool:
        if not self.substantive:
            return False
        if self.measure and self.timeframe:
            return True
        return not self.hedged and (self.measure or self.timeframe)

    @property
    def missing(self) -> set[str]:
        return {
            tag for tag, ok in (("measure", self.measure), ("timeframe", self.timeframe)) if not ok
        }


def _goal_state(record: SessionRecord, bank: QuestionBank) -> _GoalState:
    state = _GoalState()
    for entry in record.answered("goal"):
        answer = entry.answer or ""
        if is_unsure(answer):
            continue
        question = bank.get(entry.question_id)
        sharpen = entry.intent == "sharpen"
        state.substantive = state.substantive or not is_short(answer) or sharpen
        state.timeframe = state.timeframe or has_timeframe(answer, record.created)
        answered_measure = (
            sharpen
            and question is not None
            and "measure" in question.tags
            and len(_words(answer)) >= 3
        )
        state.measure = state.measure or has_measure(answer) or answered_measure
        if not sharpen:
            state.hedged = state.hedged or has_hedge(answer)
    return state


def _reality_met(record: SessionRecord) -> bool:
    answers = [e.answer or "" for e in record.answered("reality") if not is_unsure(e.answer or "")]
    substantive = [a for a in answers if not is_short(a)]
    if any(_FACT_RE.search(a) or has_obstacle(a) for a in substantive):
        return True
    return len(answers) >= 2 and bool(substantive)


def _options(record: SessionRecord) -> list[str]:
    found: list[str] = []
    for entry in record.answered("options"):
        if not is_unsure(entry.answer or ""):
            found.extend(extract_options(entry.answer or ""))
    return _distinct(found)


def _purpose_met(stage: str, record: SessionRecord, bank: QuestionBank) -> bool:
    if stage == "goal":
        return _goal_state(record, bank).met
    if stage == "reality":
        return _reality_met(record)
    if stage == "options":
        return len(_options(record)) >= 2
    return any(d.due for d in _will_actions(record, bank))


_STAGE_REASONS = {
    "goal": "Starting with the goal: what the mentee wants from this conversation.",
    "reality": "The goal is clear enough; now the current situation.",
    "options": "The situation is described; now the options.",
    "will": "There are options to choose from; now the way forward.",
}


class _Chooser:
    """Picks unused questions from the bank for one session."""

    def __init__(self, bank: QuestionBank, record: SessionRecord) -> None:
        self.bank = bank
        self.record = record
        self.used_ids = {e.question_id for e in record.transcript}
        self.used_texts = {e.question.lower() for e in record.transcript}

    def pick(
        self, stage: str, intents: Sequence[str], prefer: Sequence[str] = ()
    ) -> Question | None:
        topic = self.record.topic
        candidates = [
            q
            for q in self.bank.questions
            if q.stage == stage
            and q.intent in intents
            and q.id not in self.used_ids
            and q.render(topic).lower() not in self.used_texts
            and (topic or not q.needs_topic)
        ]
        if not candidates:
            return None

        def rank(q: Question) -> tuple[int, int, int, int]:
            matched = len(set(prefer) & set(q.tags))
            extra = len(set(q.tags) - set(prefer)) if prefer else 0
            topical = -int(bool(topic) and q.needs_topic)
            return (-matched, extra, topical, intents.index(q.intent))

        return min(candidates, key=rank)  # min is stable: bank order breaks ties


def _enter(stage_index: int, record: SessionRecord, chooser: _Chooser, *, why: str = "") -> _Move:
    for index in range(stage_index, len(STAGES)):
        stage = STAGES[index]
        first: Question | None = None
        reason = why or _STAGE_REASONS[stage]
        if stage == "options" and any(
            has_obstacle(e.answer or "") for e in record.answered("reality")
        ):
            first = chooser.pick("options", ["obstacle"])
            if first:
                reason = "An obstacle came up; exploring what would be possible without it."
        first = first or chooser.pick(stage, ["open", "explore"])
        if first:
            return _Move(stage, first, reason)
        why = ""
    return _Move(DONE, None, "The way forward is set.")


def _next_move(record: SessionRecord, bank: QuestionBank) -> _Move:
    """The rules: choose the next question from the answer just given."""
    chooser = _Chooser(bank, record)
    stage = record.stage
    index = STAGES.index(stage)  # type: ignore[arg-type]
    answered = record.answered(stage)
    last = answered[-1]
    text = last.answer or ""

    if _purpose_met(stage, record, bank):
        return _enter(index + 1, record, chooser)
    if len(answered) >= bank.max_questions_per_stage:
        return _enter(
            index + 1,
            record,
            chooser,
            why=f"The {stage} stage has had {len(answered)} questions; moving on.",
        )

    expecting_date = stage == "will" and last.intent == "by_when"
    if is_short(text) and not expecting_date:
        prefer = ["unsure"] if is_unsure(text) else ["expand"]
        question = chooser.pick(stage, ["follow_up"], prefer)
        if question:
            return _Move(stage, question, "The answer was short; inviting the mentee to say more.")

    if stage == "goal":
        goal = _goal_state(record, bank)
        question = chooser.pick("goal", ["sharpen"], sorted(goal.missing))
        if question:
            return _Move(
                "goal", question, "The goal does not yet say what success looks like or by when."
            )
    elif stage == "options" and has_obstacle(text):
        question = chooser.pick("options", ["obstacle"])
        if question:
            return _Move(
                "options",
                question,
                "An obstacle came up; exploring what would be possible without it.",
            )
    elif stage == "will":
        drafts = _will_actions(record, bank)
        if drafts or expecting_date:
            question = chooser.pick("will", ["by_when"])
            if question:
                return _Move("will", question, "The step has no date yet.")
        if has_obstacle(text):
            question = chooser.pick("will", ["obstacle"])
            if question:
                return _Move("will", question, "An obstacle came up; planning around it.")

    question = chooser.pick(stage, ["explore", "open", "follow_up"])
    if question:
        return _Move(stage, question, f"Exploring the {stage} further.")
    return _enter(
        index + 1, record, chooser, why=f"No unused {stage} questions are left; moving on."
    )


# --------------------------------------------------------------------------- the coach


def _now() -> datetime:
    return datetime.now(UTC)


def _new_id() -> str:
    while True:
        token = secrets.token_urlsafe(6)
        if token[0].isalnum():  # an id never starts with "-" (it would read as a CLI flag)
            return token


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else f"{text}."


class GrowCoach:
    """A GROW session runner over a knowledge base (for citations) and a sessions folder."""

    def __init__(
        self,
        kb: KnowledgeSearch,
        sessions_dir: str | Path,
        *,
        today: date | None = None,
        bank: QuestionBank | None = None,
    ) -> None:
        self.kb = kb
        self.sessions_dir = Path(sessions_dir)
        self.today = today
        self.bank = bank or load_question_bank()
        self._search_cache: dict[str, list[Passage]] = {}

    # Public API ---------------------------------------------------------------------------------

    def start(self, topic: str | None = None) -> GrowTurn:
        """Open a new session and ask its first Goal question."""
        topic = " ".join(topic.split()) if topic else None
        if topic and len(topic) > MAX_TOPIC_CHARS:
            raise UsageError(
                f"The topic is {len(topic)} characters; keep it under {MAX_TOPIC_CHARS}."
            )
        now = _now()
        record = SessionRecord(
            id=_new_id(),
            topic=topic or None,
            created=self.today or date.today(),
            created_at=now,
            updated_at=now,
            stage="goal",
            transcript=[],
        )
        move = _enter(0, record, _Chooser(self.bank, record))
        return self._ask(record, move)

    def answer(self, session_id: str, text: str) -> GrowTurn:
        """Record the mentee's answer to the pending question and choose the next one."""
        text = (text or "").strip()
        if not text:
            raise UsageError("The answer is empty: type what the mentee said.")
        if len(text) > MAX_ANSWER_CHARS:
            raise UsageError(
                f"The answer is {len(text)} characters; keep it under {MAX_ANSWER_CHARS}."
            )
        with self._locked(session_id):
            record = self._load(session_id)
            pending = self._pending(record)
            pending.answer = text
            pending.answered_at = _now()
            return self._ask(record, _next_move(record, self.bank))

    def another(self, session_id: str) -> GrowTurn:
        """Replace the pending question with a different one from the same stage."""
        with self._locked(session_id):
            record = self._load(session_id)
            pending = self._pending(record)
            chooser = _Chooser(self.bank, record)
            question = chooser.pick(
                record.stage, ["explore", "open", "follow_up", "sharpen", "obstacle"]
            )
            if question is None:
                raise UsageError(
                    f"There are no more {record.stage} questions in this session; move to the "
                    "next stage instead."
                )
            pending.skipped = True
            return self._ask(record, _Move(record.stage, question, "Another question, as asked."))

    def advance(self, session_id: str) -> GrowTurn:
        """Skip the rest of the current stage and ask the first question of the next one."""
        with self._locked(session_id):
            record = self._load(session_id)
            pending = self._pending(record)
            pending.skipped = True
            index = STAGES.index(record.stage)  # type: ignore[arg-type]
            move = _enter(
                index + 1, record, _Chooser(self.bank, record), why="Moving on, as asked."
            )
            return self._ask(record, move)

    def summary(self, session_id: str) -> GrowSummary:
        """Goal, reality, options, way forward and action items (also for an unfinished session)."""
        record = self._load(session_id)
        drafts = _will_actions(record, self.bank)
        will_parts = []
        for entry in record.answered("will"):
            answer = entry.answer or ""
            if is_unsure(answer):
                continue
            if entry.intent == "by_when":
                will_parts.append(f"(by when: {' '.join(answer.split())})")
            else:
                will_parts.append(_sentence(answer))
        return GrowSummary(
            goal=self._goal_statement(record),
            reality=" ".join(
                _sentence(e.answer or "")
                for e in record.answered("reality")
                if not is_unsure(e.answer or "")
            ),
            options=tuple(_options(record)),
            will=" ".join(will_parts),
            action_items=tuple(ActionItem(task=d.task, owner=d.owner, due=d.due) for d in drafts),
            session=record.id,
            topic=record.topic,
            done=record.done,
        )

    def transcript(self, session_id: str) -> list[TranscriptEntry]:
        """Every question asked so far, with the answers (for display)."""
        return list(self._load(session_id).transcript)

    def current(self, session_id: str) -> GrowTurn:
        """The pending question again (e.g. when a user comes back to a session)."""
        record = self._load(session_id)
        pending = record.pending
        if pending is None:
            return self._turn(record, None, "The way forward is set.")
        question = self.bank.get(pending.question_id)
        return self._turn(record, question, "", text=pending.question)

    # Internals ---------------------------------------------------------------------------------

    def _goal_statement(self, record: SessionRecord) -> str:
        answers = [
            " ".join((e.answer or "").split())
            for e in record.answered("goal")
            if not is_unsure(e.answer or "")
        ]
        if not answers:
            return ""
        last = answers[-1]
        if len(_words(last)) >= 6 and (has_measure(last) or has_timeframe(last, record.created)):
            return last
        return " — ".join(a.rstrip(".") for a in answers)

    def _pending(self, record: SessionRecord) -> TranscriptEntry:
        if record.done:
            raise UsageError(
                f"GROW session '{record.id}' is finished. See its summary with: "
                f"mentor-assist grow summary {record.id}"
            )
        pending = record.pending
        if pending is None:  # cannot happen with files written by this module
            raise InputFileError(
                self.sessions_dir / f"{record.id}.json",
                _corrupt("no question is waiting for an answer"),
            )
        return pending

    def _ask(self, record: SessionRecord, move: _Move) -> GrowTurn:
        now = _now()
        record.stage = move.stage  # type: ignore[assignment]
        text = None
        if move.question is not None:
            text = move.question.render(record.topic)
            record.transcript.append(
                TranscriptEntry(
                    stage=move.question.stage,
                    question_id=move.question.id,
                    question=text,
                    intent=move.question.intent,
                    asked_at=now,
                )
            )
        record.updated_at = now
        _write_record(self.sessions_dir, record)
        return self._turn(record, move.question, move.reason, text=text)

    def _turn(
        self,
        record: SessionRecord,
        question: Question | None,
        reason: str,
        *,
        text: str | None = None,
    ) -> GrowTurn:
        done = record.done
        stage = record.stage
        cite_stage = "will" if done else stage
        asked = [e for e in record.transcript if e.stage == stage and not e.skipped]
        return GrowTurn(
            session=record.id,
            stage=stage,
            question=None if done else text,
            done=done,
            question_id=None if done or question is None else question.id,
            reason=reason,
            step=len(record.answered()) + (0 if done else 1),
            stage_number=STAGES.index(cite_stage) + 1,  # type: ignore[arg-type]
            stage_question=0 if done else len(asked),
            max_questions_per_stage=self.bank.max_questions_per_stage,
            citations=self._citations(cite_stage, None if done else question),
        )

    def _citations(self, stage: str, question: Question | None) -> tuple[Passage, ...]:
        spec = self.bank.stages[stage]  # type: ignore[index]
        source = question.source if question else None
        query = f"{source.section} {spec.search}" if source else spec.search
        if query not in self._search_cache:
            self._search_cache[query] = list(self.kb.search(query, k=4))
        hits = self._search_cache[query]
        threshold = _relevance_threshold()

        def from_source(p: Passage) -> bool:
            return bool(source) and p.source == source.file and source.section in p.section

        chosen = [p for p in hits if from_source(p)]
        chosen += [p for p in hits if not from_source(p) and p.score >= threshold]
        return tuple(chosen[:2])

    def _load(self, session_id: str) -> SessionRecord:
        path = _session_path(self.sessions_dir, session_id)
        if not path.is_file():
            raise SessionNotFoundError(f"No GROW session '{session_id}'. {_START_HINT}")
        return _read_record(path)

    @contextlib.contextmanager
    def _locked(self, session_id: str) -> Iterator[None]:
        path = _session_path(self.sessions_dir, session_id)
        if not path.is_file():
            raise SessionNotFoundError(f"No GROW session '{session_id}'. {_START_HINT}")
        lock = FileLock(str(self.sessions_dir / f".{session_id}.lock"), timeout=10)
        try:
            with lock:
                yield
        except Timeout:
            raise AssistantError(
                f"GROW session '{session_id}' is busy in another window; try again in a moment."
            ) from None


def _relevance_threshold() -> float:
    try:
        from assistant.retrieval import RELEVANCE_THRESHOLD
    except ImportError:
        return 0.0
    return float(RELEVANCE_THRESHOLD)
