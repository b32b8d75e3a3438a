"""The record as documents: the partnership agreement, the Mentoring Action Plan, the midpoint
renewal, the closing, and the signs that the relationship should end.

A document is built from what was entered, with the guidance's prompt in place of anything still
missing. The user's entries are kept verbatim (``Line.value``); headings, labels, prompts and
questions are the assistant's text and pass the guard when the facade delivers the document.
Render it with :func:`document_to_markdown` after delivery.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Literal

from assistant.relationship.guidance import ACTIVITY_KINDS, AGREEMENT_FIELDS, load_guide
from assistant.relationship.records import Relationship

DocumentKind = Literal["agreement", "plan", "midpoint", "closing", "signals"]
DOCUMENT_KINDS: tuple[DocumentKind, ...] = ("agreement", "plan", "midpoint", "closing", "signals")
# Overdue items the mentee owns from which "not assuming responsibility" counts as present.
OVERDUE_SIGNAL = 2


@dataclass(frozen=True)
class Line:
    """One entry: a label, the user's value (verbatim) or the guidance's prompt for it."""

    __verbatim__: ClassVar[frozenset[str]] = frozenset({"value"})

    label: str
    value: str | None = None
    prompt: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "value": self.value, "prompt": self.prompt}


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[Line, ...] = ()
    questions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "lines": [line.to_dict() for line in self.lines],
            "questions": list(self.questions),
        }


@dataclass(frozen=True)
class Document:
    kind: str
    title: str
    sections: tuple[Section, ...]
    source: str

    @property
    def missing(self) -> tuple[str, ...]:
        """The prompts for what is still missing."""
        return tuple(
            line.prompt
            for section in self.sections
            for line in section.lines
            if line.value is None and line.prompt
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": self.title,
            "sections": [section.to_dict() for section in self.sections],
            "missing": list(self.missing),
            "source": self.source,
        }


def build_document(record: Relationship, kind: str, *, today: date | None = None) -> Document:
    today = today or date.today()
    builders = {
        "agreement": agreement_document,
        "plan": plan_document,
        "midpoint": midpoint_document,
        "closing": closing_document,
        "signals": signals_document,
    }
    return builders[kind](record, today)


def _cite(source: str, section: str) -> str:
    return f"{source} — {section}"


def _goals_section(record: Relationship, heading: str) -> Section:
    guide = load_guide()
    lines = tuple(
        Line(label=f"Goal {goal.position}", value=f"{goal.text} ({goal.status})")
        for goal in record.goals
    )
    if not lines:
        lines = (Line(label="Top 3 goals", prompt=guide.action_plan.prompts.goals),)
    return Section(heading=heading, lines=lines)


def _agreement_value(record: Relationship, name: str) -> str | None:
    if name == "roles":
        roles = load_guide().mentor_roles.roles
        return "; ".join(f"{role}: {roles.get(role, '')}" for role in record.roles) or None
    value = getattr(record.agreement, name, None) if record.agreement else None
    if value is None:
        return None
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def agreement_document(record: Relationship, today: date) -> Document:
    guide = load_guide().agreement
    lines = []
    for field in guide.fields:
        value = _agreement_value(record, field.name)
        lines.append(Line(label=field.label, value=value, prompt=None if value else field.prompt))
    return Document(
        kind="agreement",
        title=f"Mentoring Partnership Agreement: {record.mentor} (mentor) and {record.mentee} "
        "(mentee)",
        sections=(
            _goals_section(record, "Our mentoring goals"),
            Section(heading="How we will work together", lines=tuple(lines)),
        ),
        source=_cite(guide.source, guide.section),
    )


def plan_document(record: Relationship, today: date) -> Document:
    guide = load_guide().action_plan
    prompts = guide.prompts
    sections = []
    kinds_used: set[str] = set()
    for goal in record.goals:
        lines = []
        for activity in goal.activities:
            kinds_used.add(activity.kind)
            label = guide.activity_types[activity.kind].split(" (")[0]  # type: ignore[index]
            value = activity.text
            value += f" — resources: {activity.resources}" if activity.resources else ""
            value += f" — by {activity.target_date.isoformat()}" if activity.target_date else ""
            value += f" — {activity.status} (id {activity.id})"
            lines.append(Line(label=label, value=value))
            if not activity.resources:
                lines.append(
                    Line(label=f"Resources for: {activity.text}", prompt=prompts.resources)
                )
            if not activity.target_date:
                lines.append(Line(label=f"Timeline for: {activity.text}", prompt=prompts.timeline))
        if not goal.activities:
            lines.append(Line(label="Learning activities", prompt=prompts.activities))
        sections.append(
            Section(
                heading=f"Goal {goal.position}: {goal.text} ({goal.status})", lines=tuple(lines)
            )
        )
    if not record.goals:
        sections.append(_goals_section(record, "Goals"))
    mix = tuple(
        Line(
            label=f"Learning {kind}",
            prompt=prompts.mix.format(kind=kind, description=guide.activity_types[kind]),
        )
        for kind in ACTIVITY_KINDS
        if record.goals and kind not in kinds_used
    )
    if mix:
        sections.append(Section(heading="A range of learning activities", lines=mix))
    return Document(
        kind="plan",
        title=f"Mentoring Action Plan: {record.mentee}",
        sections=tuple(sections),
        source=_cite(guide.source, guide.section),
    )


def _items_section(record: Relationship, today: date, heading: str) -> Section:
    lines = []
    for item in record.open_items():
        due = f", due {item.due.isoformat()}" if item.due else ""
        overdue = " — overdue" if item.overdue(today) else ""
        lines.append(Line(label=item.owner, value=f"{item.task}{due}{overdue}"))
    return Section(heading=heading, lines=tuple(lines))


def midpoint_document(record: Relationship, today: date) -> Document:
    guide = load_guide().midpoint
    return Document(
        kind="midpoint",
        title=f"Midpoint renewal: {record.mentor} and {record.mentee}",
        sections=(
            _goals_section(record, "What we set out to accomplish"),
            _items_section(record, today, "Open action items"),
            Section(heading="Questions to discuss together", questions=guide.questions),
        ),
        source=_cite(guide.source, guide.section),
    )


def closing_document(record: Relationship, today: date) -> Document:
    guide = load_guide().closing
    return Document(
        kind="closing",
        title=f"Closing: {record.mentor} and {record.mentee}",
        sections=(
            _goals_section(record, "Our goals"),
            _items_section(record, today, "What remains to be done"),
            Section(heading="Questions to discuss together", questions=guide.questions),
        ),
        source=_cite(guide.source, guide.section),
    )


def end_signals(record: Relationship, today: date) -> dict[str, tuple[bool | None, str]]:
    """Each sign that the relationship should end: present (True/False, with evidence) or
    ``None`` when only the partners can tell."""
    latest = record.checkups[-1] if record.checkups else None
    signals: dict[str, tuple[bool | None, str]] = {}
    if latest is not None:
        obstacles = set(latest.obstacles)
        poor = latest.answers.get("match") == "poor"
        signals["no_click"] = (
            poor or bool(obstacles & {1, 2}),
            f"check-up of {latest.held_on}: match {latest.answers.get('match')}, obstacles "
            f"{sorted(obstacles) or 'none'}",
        )
        no_time = bool(obstacles & {4, 5, 9}) or latest.answers.get("time_satisfied") is False
        no_time = no_time or bool(latest.answers.get("cancelled_three_in_a_row"))
        signals["no_time"] = (no_time, f"check-up of {latest.held_on}")
    else:
        signals["no_click"] = (None, "no check-up recorded yet")
        signals["no_time"] = (None, "no check-up recorded yet")
    open_goals = [goal for goal in record.goals if goal.status == "open"]
    achieved = [goal for goal in record.goals if goal.status == "achieved"]
    if record.goals:
        signals["goals_accomplished"] = (
            not open_goals and bool(achieved),
            f"{len(achieved)} of {len(record.goals)} goals achieved",
        )
    else:
        signals["goals_accomplished"] = (None, "no goals recorded")
    end = record.agreement.end_date if record.agreement else None
    if end is not None:
        signals["timeframe_over"] = (end <= today, f"agreed end {end.isoformat()}")
    else:
        signals["timeframe_over"] = (None, "no end date in the agreement")
    signals["mentor_overburdened"] = (None, "only the mentor can tell")
    mentee_names = {record.mentee.casefold(), "mentee"}
    overdue = [
        item
        for item in record.open_items()
        if item.overdue(today) and item.owner.casefold() in mentee_names
    ]
    signals["mentee_not_responsible"] = (
        len(overdue) >= OVERDUE_SIGNAL,
        f"{len(overdue)} overdue action items owned by {record.mentee}",
    )
    return signals


def signals_document(record: Relationship, today: date) -> Document:
    guide = load_guide().end_signals
    found = end_signals(record, today)
    lines = []
    for name, text in guide.signals.items():
        present, evidence = found[name]
        if present is None:
            lines.append(Line(label=text, value=None, prompt=f"{guide.ask} ({evidence})"))
        else:
            lines.append(Line(label=text, value=f"{'Yes' if present else 'No'}: {evidence}"))
    return Document(
        kind="signals",
        title=f"Should this relationship end? {record.mentor} and {record.mentee}",
        sections=(
            Section(heading="Signs a mentoring relationship should end", lines=tuple(lines)),
        ),
        source=_cite(guide.source, guide.section),
    )


def document_to_markdown(document: Document) -> str:
    lines = [f"# {document.title}", ""]
    for section in document.sections:
        lines += [f"## {section.heading}", ""]
        for line in section.lines:
            if line.value is not None:
                lines.append(f"- **{line.label}:** {line.value}")
            else:
                lines.append(f"- **{line.label}:** _to agree_ — {line.prompt}")
        lines += [f"- [ ] {question}" for question in section.questions]
        if not section.lines and not section.questions:
            lines.append("_Nothing yet._")
        lines.append("")
    lines.append(f"Source: {document.source}")
    return "\n".join(lines) + "\n"


__all__ = [
    "AGREEMENT_FIELDS",
    "DOCUMENT_KINDS",
    "Document",
    "Line",
    "Section",
    "build_document",
    "document_to_markdown",
    "end_signals",
]
