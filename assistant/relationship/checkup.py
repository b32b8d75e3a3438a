"""The 90-day check-up of the match, scored and routed as the guidance says.

The five suitability questions are answered in a small YAML (or JSON) file; an answer is
unfavourable when the match is "poor", fewer than ``min_meetings`` meetings were held, the
partners do not feel energized or are not satisfied with the time invested, or more than three
meetings in a row were cancelled. With more than two unfavourable answers the match is not
suitable and the obstacle list (1-10) is explored. Routing:

* any obstacle from 1 to 5 -> ``coordinator`` (consider contacting the program coordinator about
  closing down the relationship);
* otherwise any obstacle from 6 to 10 -> ``plan`` (meet and plan how to overcome it; a follow-up
  action item is recorded);
* otherwise, unsuitable -> ``plan`` (go through the obstacle list together first);
* otherwise -> ``on-track``.

Obstacles that are marked route the same way even when the answers were favourable: a named
source of tension is worth a plan.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.errors import InputFileError, UsageError
from assistant.relationship.guidance import load_guide
from assistant.relationship.records import CheckupResult

Match = Literal["good", "fair", "poor"]
MAX_ANSWERS_BYTES = 64_000


class CheckupAnswers(BaseModel):
    """The answers file, validated at the edge."""

    model_config = ConfigDict(extra="forbid")

    match: Match
    meetings: int | None = Field(default=None, ge=0, le=1000)
    energized: bool
    time_satisfied: bool
    cancelled_three_in_a_row: bool
    obstacles: list[int] = Field(default_factory=list)
    held_on: date | None = None
    notes: str | None = Field(default=None, max_length=5000)

    @field_validator("match", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("energized", "time_satisfied", "cancelled_three_in_a_row", mode="before")
    @classmethod
    def _yes_no(cls, value: object) -> object:
        if isinstance(value, str) and value.strip().lower() in ("yes", "y", "true"):
            return True
        if isinstance(value, str) and value.strip().lower() in ("no", "n", "false"):
            return False
        return value

    @field_validator("obstacles")
    @classmethod
    def _numbered(cls, value: list[int]) -> list[int]:
        wrong = [number for number in value if not 1 <= number <= 10]
        if wrong:
            raise ValueError(f"obstacles are numbered 1 to 10, not {wrong}")
        return sorted(set(value))


def parse_answers(data: Any, *, where: str = "the answers") -> CheckupAnswers:
    try:
        return CheckupAnswers.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in item['loc']) or 'top level'}: {item['msg']}"
            for item in error.errors()
        )
        raise UsageError(
            f"{where} are not a valid check-up: {problems}. See the answers file format in "
            "the README (match, meetings, energized, time_satisfied, cancelled_three_in_a_row, "
            "obstacles)."
        ) from None


def load_answers(path: str | Path) -> CheckupAnswers:
    """Read a check-up answers file (YAML or JSON)."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise InputFileError(file, error.strerror or str(error)) from None
    if len(raw) > MAX_ANSWERS_BYTES:
        raise InputFileError(file, "this is too large for a check-up answers file")
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise InputFileError(file, f"this is not a YAML or JSON answers file ({error})") from None
    return parse_answers(data, where=f"The answers in {file}")


def _named(numbers: list[int]) -> str:
    obstacles = load_guide().checkup.obstacles
    parts = [f"obstacle {n} ({obstacles[n].rstrip('.').lower()})" for n in numbers]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def score(
    answers: CheckupAnswers, *, meetings_recorded: int = 0, today: date | None = None
) -> tuple[CheckupResult, str | None, date]:
    """Score ``answers``; returns the result, the follow-up task (if any) and its due date.

    ``meetings_recorded`` stands in for "How often have you met?" when the file leaves it out.
    """
    guide = load_guide().checkup
    held_on = answers.held_on or today or date.today()
    meetings = answers.meetings if answers.meetings is not None else meetings_recorded
    verdicts = {
        "match": answers.match == "poor",
        "meetings": meetings < guide.min_meetings,
        "energized": not answers.energized,
        "time_satisfied": not answers.time_satisfied,
        "cancelled_three_in_a_row": answers.cancelled_three_in_a_row,
    }
    unfavourable = tuple(name for name, bad in verdicts.items() if bad)
    suitable = len(unfavourable) <= guide.max_unfavourable
    serious = [n for n in answers.obstacles if n <= guide.coordinator_up_to]
    workable = [n for n in answers.obstacles if n > guide.coordinator_up_to]
    steps = guide.next_steps
    task: str | None = None
    if serious:
        route = "coordinator"
        next_steps = [steps.coordinator.format(obstacles=_named(serious))]
        if workable:
            next_steps.append(steps.coordinator_also_plan.format(obstacles=_named(workable)))
    elif workable:
        route = "plan"
        next_steps = [steps.plan.format(obstacles=_named(workable))]
        task = guide.plan_item.format(obstacles=_named(workable))
    elif not suitable:
        route = "plan"
        next_steps = [steps.explore]
    else:
        route = "on-track"
        next_steps = [steps.on_track]
    recorded = answers.model_dump(mode="json", exclude_none=True)
    recorded["meetings"] = meetings
    result = CheckupResult(
        suitable=suitable,
        unfavourable=unfavourable,
        obstacles=tuple(answers.obstacles),
        route=route,
        next_steps=tuple(next_steps),
        held_on=held_on,
        answers=recorded,
    )
    return result, task, held_on + timedelta(days=guide.plan_item_days)
