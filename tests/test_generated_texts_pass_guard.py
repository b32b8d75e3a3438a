"""Every text the agenda, reflection and FAQ capabilities write passes the guard unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.actions import ActionItem
from assistant.agenda import build_agenda, load_templates, stage_names
from assistant.faq import build_faq, load_bank
from assistant.guard import check
from assistant.reflect import build_reflection
from assistant.reflect import load_templates as load_reflections
from assistant.retrieval import KnowledgeBase

GOALS = ("get promoted to senior engineer", "speak up more in design reviews")
OPEN_ACTIONS = (
    ActionItem("Send the draft to Sam", "mentee", date(2026, 11, 28)),
    ActionItem("Book a room for the next meeting", "both", None),
)
NOTES = """# Notes
- Discussed the feedback from my last performance review
- Goal: lead the platform migration next quarter
- I'm struggling to say no to extra projects
- Finished the onboarding guide
- I will practice the presentation for the all-hands
- We agreed to meet every two weeks
"""


def _flagged(texts: list[str]) -> list[tuple[str, list[str]]]:
    out = []
    for text in texts:
        verdict = check(text)
        if verdict.flagged:
            out.append((text, [finding.category for finding in verdict.findings]))
    return out


@pytest.mark.parametrize("stage", stage_names())
def test_agenda_texts(kb: KnowledgeBase, stage: str) -> None:
    agenda = build_agenda(kb, stage=stage, minutes=60, goals=GOALS, open_actions=OPEN_ACTIONS)
    texts = [text for item in agenda.items for text in (item.topic, *item.prompts)]
    assert _flagged(texts) == []


def test_every_template_text() -> None:
    """Also the template texts a given agenda or reflection may not show (goal prompts, review)."""
    agenda = load_templates()
    texts = [agenda.review.topic, agenda.review.item_prompt]
    for stage in agenda.stages.values():
        for item in stage.items:
            texts += [item.topic, *item.prompts, *(item.goal_prompt or "",)]
    for kind in load_reflections().kinds.values():
        texts += [*kind.prompts, *kind.tailoring.values()]
    texts += list(load_bank().questions)
    assert _flagged([t for t in texts if t]) == []


@pytest.mark.parametrize("kind", ["session", "closing"])
@pytest.mark.parametrize("notes", [None, NOTES])
def test_reflection_texts(kb: KnowledgeBase, kind: str, notes: str | None) -> None:
    reflection = build_reflection(kb, kind=kind, notes=notes)
    assert _flagged(list(reflection.prompts)) == []


@pytest.mark.parametrize("topic", [None, "goals", "confidentiality"])
def test_faq_texts(kb: KnowledgeBase, topic: str | None) -> None:
    faq = build_faq(kb, count=50, topic=topic)
    texts = [text for entry in faq.entries for text in (entry.question, entry.answer)]
    texts += list(faq.gaps) + ([faq.note] if faq.note else [])
    assert _flagged(texts) == []


def test_the_guard_would_catch_a_directive_prompt() -> None:
    """The check above can fail: a savior or directive prompt is flagged."""
    assert _flagged(["I will take care of you.", "You must send the draft by Friday."])
