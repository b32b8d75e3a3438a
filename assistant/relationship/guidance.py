"""The guidance the relationship record follows, loaded from the reviewed ``guidance.yaml``.

Mentor roles, the partnership agreement's fields, the Mentoring Action Plan's activity types, the
90-day check-up (questions, obstacles 1-10, routing), the midpoint renewal and closing questions
and the signs that a relationship should end. Each part names the guidance section it comes from.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.datafiles import parse_data

ActivityKind = Literal["doing", "others", "challenging"]
ACTIVITY_KINDS: tuple[ActivityKind, ...] = ("doing", "others", "challenging")
CheckupQuestion = Literal[
    "match", "meetings", "energized", "time_satisfied", "cancelled_three_in_a_row"
]
SignalName = Literal[
    "no_click",
    "goals_accomplished",
    "timeframe_over",
    "no_time",
    "mentor_overburdened",
    "mentee_not_responsible",
]
AGREEMENT_FIELDS = (
    "roles",
    "meeting_place",
    "meeting_time",
    "meeting_length",
    "frequency",
    "initiator",
    "confidentiality",
    "no_fault_termination",
    "supervisor_briefed",
    "end_date",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Cited(_Strict):
    source: str = Field(min_length=1)
    section: str = Field(min_length=1)


class MentorRoles(_Cited):
    roles: dict[str, str] = Field(min_length=1)


class AgreementField(_Strict):
    name: str
    label: str
    prompt: str


class AgreementGuide(_Cited):
    fields: tuple[AgreementField, ...]

    @model_validator(mode="after")
    def _every_field(self) -> AgreementGuide:
        names = tuple(field.name for field in self.fields)
        if names != AGREEMENT_FIELDS:
            raise ValueError(f"fields must be, in order: {', '.join(AGREEMENT_FIELDS)}")
        return self


class PlanPrompts(_Strict):
    goals: str
    activities: str
    mix: str
    resources: str
    timeline: str


class PlanGuide(_Cited):
    activity_types: dict[ActivityKind, str]
    prompts: PlanPrompts

    @model_validator(mode="after")
    def _every_kind(self) -> PlanGuide:
        if set(self.activity_types) != set(ACTIVITY_KINDS):
            raise ValueError(f"activity_types must be exactly {', '.join(ACTIVITY_KINDS)}")
        return self


class CheckupSteps(_Strict):
    on_track: str
    explore: str
    coordinator: str
    coordinator_also_plan: str
    plan: str


class CheckupGuide(_Cited):
    max_unfavourable: int = Field(ge=0)
    min_meetings: int = Field(ge=0)
    questions: dict[CheckupQuestion, str]
    obstacles: dict[int, str]
    coordinator_up_to: int = Field(ge=1)
    next_steps: CheckupSteps
    plan_item: str
    plan_item_days: int = Field(ge=1)

    @model_validator(mode="after")
    def _complete(self) -> CheckupGuide:
        if len(self.questions) != 5:
            raise ValueError("questions must list all five check-up questions")
        if sorted(self.obstacles) != list(range(1, 11)):
            raise ValueError("obstacles must be numbered 1 to 10")
        if not 1 <= self.coordinator_up_to < 10:
            raise ValueError("coordinator_up_to must be between 1 and 9")
        return self


class Questions(_Cited):
    questions: tuple[str, ...] = Field(min_length=1)


class EndSignals(_Cited):
    signals: dict[SignalName, str]
    ask: str


class RelationshipGuide(_Strict):
    mentor_roles: MentorRoles
    max_goals: int = Field(ge=1, le=10)
    agreement: AgreementGuide
    action_plan: PlanGuide
    checkup: CheckupGuide
    midpoint: Questions
    closing: Questions
    end_signals: EndSignals


@lru_cache(maxsize=1)
def load_guide() -> RelationshipGuide:
    """The validated guidance shipped with the package."""
    text = resources.files("assistant.relationship").joinpath("guidance.yaml").read_text("utf-8")
    return parse_data(
        text, RelationshipGuide, what="The relationship guidance (relationship/guidance.yaml)"
    )


def role_names() -> tuple[str, ...]:
    return tuple(load_guide().mentor_roles.roles)
