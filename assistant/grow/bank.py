"""The GROW question bank: its schema and the loader for ``questions.yaml``."""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.datafiles import load_data

Stage = Literal["goal", "reality", "options", "will"]
Intent = Literal[
    "open",
    "explore",
    "sharpen",
    "obstacle",
    "by_when",
    "follow_up",
    "hand_back",
    "acknowledge",
    "redirect",
]
STAGES: tuple[Stage, ...] = ("goal", "reality", "options", "will")
# The packaged bank sits in the ``assistant`` package, next to this package's folder.
QUESTIONS_PATH = Path(__file__).with_name("questions.yaml")
MIN_QUESTIONS_PER_STAGE = 8


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
        if fields - {"topic", "goal"}:
            raise ValueError(
                f"only the {{topic}} and {{goal}} placeholders are allowed, found {sorted(fields)}"
            )
        return value

    @property
    def needs_topic(self) -> bool:
        return "{topic}" in self.text

    @property
    def needs_goal(self) -> bool:
        return "{goal}" in self.text

    def render(self, topic: str | None, goal: str | None = None) -> str:
        text = self.text.replace("{topic}", topic) if topic and self.needs_topic else self.text
        return text.replace("{goal}", goal) if goal and self.needs_goal else text


class StageSpec(_Strict):
    purpose: str = Field(min_length=1)
    search: str = Field(min_length=1)


class Acknowledgements(_Strict):
    """Opening sentences that acknowledge a feeling before the next question."""

    difficult: tuple[str, ...] = Field(min_length=1)
    positive: tuple[str, ...] = Field(min_length=1)


class QuestionBank(_Strict):
    max_questions_per_stage: int = Field(default=4, ge=2, le=10)
    acknowledgements: Acknowledgements
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
            needed |= {"hand_back": 2, "acknowledge": 2, "redirect": 1}
            for intent, count in needed.items():
                plain = [
                    q for q in mine if q.intent == intent and not q.needs_topic and not q.needs_goal
                ]
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
    return load_data(path, QuestionBank, what=f"The GROW question bank {path}")
