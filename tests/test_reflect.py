"""Reflection prompts: from the guidance, cited, tailored to the notes deterministically."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli.common import read_text_file
from assistant.errors import InputFileError, UsageError
from assistant.reflect import build_reflection, note_highlights, reflection_to_markdown
from assistant.retrieval import RELEVANCE_THRESHOLD, KnowledgeBase

NOTES = """# Session notes, 14 Nov

- Discussed the feedback from my last performance review
- Goal: get promoted to senior engineer by next summer
- I'm struggling to find time for deep work with all the meetings
- Finished the design doc for the billing migration
- I will practice the presentation for the all-hands
- TODO: send the draft to Sam by Friday
- Next meeting on Dec 3
"""

PROSE_NOTES = """We talked about how to say no to extra projects without burning bridges.
Alex wants to move into a team lead role next year.
Alex said the hardest part is giving feedback to peers who used to be friends.
We agreed that Alex will shadow Priya's one-on-ones in January.
"""


def test_session_prompts_ask_the_three_lessons_learned_questions(kb: KnowledgeBase) -> None:
    reflection = build_reflection(kb, kind="session")
    assert reflection.prompts[:3] == (
        "What worked well in this session?",
        "What didn't work well?",
        "What will you do differently next time?",
    )
    assert any("before the next meeting" in prompt for prompt in reflection.prompts)
    sections = [p.section for p in reflection.citations]
    assert "6. Share lessons learned from experiences" in sections
    assert all(p.score >= RELEVANCE_THRESHOLD for p in reflection.citations)


def test_closing_prompts_cover_the_end_of_a_relationship(kb: KnowledgeBase) -> None:
    reflection = build_reflection(kb, kind="closing")
    text = " ".join(reflection.prompts).lower()
    themes = ("accomplish", "appreciated", "gratitude", "stay in contact", "apply what we learned")
    for theme in (*themes, "evaluation"):
        assert theme in text
    sections = " ".join(p.section for p in reflection.citations)
    assert "Celebrate Success!" in sections
    assert "Tips for ending a mentoring relationship" in sections
    assert len({p.chunk_id for p in reflection.citations}) == len(reflection.citations)


def test_prompts_quote_the_notes(kb: KnowledgeBase) -> None:
    reflection = build_reflection(kb, kind="session", notes=NOTES)
    tailored = [p for p in reflection.prompts if p.startswith("You ")]
    assert tailored == [
        "You discussed 'the feedback from my last performance review' — what worked well there, "
        "and what would you do differently?",
        "You mentioned the goal 'get promoted to senior engineer by next summer' — what progress "
        "did this session make on it?",
        "You noted 'I’m struggling to find time for deep work with all the meetings' — what "
        "options do you see, and what support would help?",
        "You noted 'Finished the design doc for the billing migration' — what made it work, and "
        "how could you build on it?",
        "You committed to practice the presentation for the all-hands — what is your first step, "
        "and by when?",
        "You committed to send the draft to Sam by Friday — what is your first step?",
    ]
    # Deterministic: same notes, same prompts.
    assert build_reflection(kb, kind="session", notes=NOTES) == reflection


def test_closing_tailoring_looks_back(kb: KnowledgeBase) -> None:
    reflection = build_reflection(kb, kind="closing", notes=NOTES)
    assert (
        "You committed to practice the presentation for the all-hands — how will you carry it "
        "forward after the formal relationship ends?" in reflection.prompts
    )
    assert (
        "You mentioned the goal 'get promoted to senior engineer by next summer' — how far did "
        "you get, and what comes next?" in reflection.prompts
    )


def test_prose_notes() -> None:
    found = note_highlights(PROSE_NOTES)
    assert found == [
        ("topic", "how to say no to extra projects without burning bridges"),
        ("goal", "Alex wants to move into a team lead role next year"),
        (
            "challenge",
            "Alex said the hardest part is giving feedback to peers who used to be friends",
        ),
        ("commitment", "We agreed that Alex will shadow Priya’s one-on-ones in January"),
    ]


def test_limits_and_noise() -> None:
    many = "\n".join(f"- I will finish task number {n} this week" for n in range(50))
    assert len(note_highlights(many)) == 2  # at most two of one kind
    mixed = many + "\n" + "\n".join(f"- Goal: reach milestone {n}" for n in range(5))
    assert len(note_highlights(mixed, limit=3)) == 3
    assert note_highlights("Next meeting on Dec 3\n\n## Notes 2026-11-14\nok") == []
    long_line = "- I will " + "rewrite the onboarding guide for new hires " * 5
    ((_, quote),) = note_highlights(long_line)
    assert quote.endswith("…") and len(quote) <= 91


def test_no_notes_and_blank_notes_give_the_base_prompts(kb: KnowledgeBase) -> None:
    base = build_reflection(kb, kind="session")
    assert build_reflection(kb, kind="session", notes="   \n") == base
    assert not any(p.startswith("You ") for p in base.prompts)


def test_unknown_kind(kb: KnowledgeBase) -> None:
    with pytest.raises(UsageError, match="choose session or closing"):
        build_reflection(kb, kind="weekly")


def test_to_dict_matches_the_contract(kb: KnowledgeBase) -> None:
    data = json.loads(json.dumps(build_reflection(kb, kind="closing", notes=NOTES).to_dict()))
    assert set(data) == {"prompts", "citations"}
    assert all(isinstance(p, str) for p in data["prompts"])
    for citation in data["citations"]:
        assert set(citation) == {"source", "title", "section", "text", "score"}


def test_markdown(kb: KnowledgeBase) -> None:
    text = reflection_to_markdown(build_reflection(kb, kind="closing"))
    assert text.startswith("# Closing reflection")
    assert "- Did we accomplish our mentoring goals?" in text
    assert "## Sources" in text and "building-successful-mentoring-relationships.md" in text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01binary", "binary"),
        ("caf\u00e9 notes".encode("latin-1"), "not UTF-8"),
    ],
)
def test_notes_files_are_read_with_clear_errors(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=reason):
        read_text_file(path)


OWNED_NOTES = """## Next steps
- Priya will send me two articles on feedback by Dec 3
- We agreed that Alex will shadow Priya's one-on-ones in January.
- I'll update my CV by the end of next month
- Both: prepare the agenda for next time
"""


def test_commitment_prompts_address_their_owner_and_keep_given_dates(kb: KnowledgeBase) -> None:
    from datetime import date

    from assistant.reflect import load_templates

    templates = load_templates()
    assert templates.max_per_category >= 2
    reflection = build_reflection(kb, kind="session", notes=OWNED_NOTES, today=date(2026, 11, 18))
    tailored = reflection.prompts[len(templates.kinds["session"].prompts) :]
    assert tailored[:2] == (
        "Priya, you committed to send me two articles on feedback by Dec 3 — what is your first "
        "step?",
        "Alex, you committed to shadow Priya’s one-on-ones in January — what is your first step?",
    )
    # A date the notes give is never asked for again; "my" reads as "your" to its owner.
    from assistant.reflect import _commitment_prompt

    session = templates.kinds["session"]
    today = date(2026, 11, 18)
    assert _commitment_prompt(session, "I'll update my CV by the end of next month", today) == (
        "You committed to update your CV by the end of next month — what is your first step?"
    )
    assert _commitment_prompt(session, "Both: prepare the agenda for next time", today) == (
        "You both agreed to prepare the agenda for next time — who will do which part, and by when?"
    )
    for prompt in reflection.prompts:
        if "by Dec 3" in prompt or "in January" in prompt:
            assert "by when" not in prompt


def test_dated_commitment_templates_may_not_ask_by_when() -> None:
    from pydantic import ValidationError

    from assistant.reflect import KindTemplate

    forms = {
        "own": "You committed to {task} — by when?",
        "own_dated": "You committed to {task} {when} — and by when?",
        "both": "{task}?",
        "both_dated": "{task} {when}?",
        "other": "{who}: {task}?",
        "other_dated": "{who}: {task} {when}?",
    }
    with pytest.raises(ValidationError, match="must not ask for a date"):
        KindTemplate(
            prompts=("a?", "b?", "c?"),
            queries=("q",),
            tailoring={c: "{quote}" for c in ("commitment", "goal", "challenge", "win", "topic")},
            commitments=forms,
        )


def test_commitments_of_people_named_by_role_or_relation_address_them() -> None:
    from datetime import date

    from assistant.reflect import _commitment_prompt, load_templates

    session = load_templates().kinds["session"]
    today = date(2026, 12, 1)
    said = {
        "The finance office has offered to draft the budget by 12 December": (
            "The finance office, you committed to draft the budget by 12 December — what is "
            "your first step?"
        ),
        "Jenny's dad said he'd help out at the next session on Wednesday": (
            "Jenny's dad, you committed to help out at the next session on Wednesday — what is "
            "your first step?"
        ),
        "My lead will review the abstract by 8 January": (
            "Your lead, you committed to review the abstract by 8 January — what is your first "
            "step?"
        ),
        "Lena and I will change the baking numbers next week": (
            "You both agreed to change the baking numbers next week — who will do which part?"
        ),
    }
    for line, prompt in said.items():
        assert _commitment_prompt(session, line, today) == prompt


def test_commitments_of_others_speak_of_their_own_things_as_theirs() -> None:
    from datetime import date

    from assistant.reflect import _commitment_prompt, load_templates

    session = load_templates().kinds["session"]
    today = date(2026, 11, 21)
    said = {
        # the owner speaks the line: "my" is theirs
        "Priya: I'll send my slides to Sam by Friday": (
            "Priya, you committed to send your slides to Sam by Friday — what is your first step?"
        ),
        # said of the owner: "his" is theirs; the next session is a time already given
        "Jo will update his CV before the next session": (
            "Jo, you committed to update your CV before the next session — what is your first step?"
        ),
        "My sister will check her calendar for the 5th": (
            "Your sister, you committed to check your calendar for the 5th — what is your first "
            "step?"
        ),
        # "her" is whom the step is for, not whose
        "Jo will send her the notes by Friday": (
            "Jo, you committed to send her the notes by Friday — what is your first step?"
        ),
    }
    for line, prompt in said.items():
        assert _commitment_prompt(session, line, today) == prompt


GROW_LIKE_NOTES = """# Coaching summary

Topic: running my first half marathon

## Goal

run the Bristol half marathon in under two hours on 14 September

## Obstacles

- I've never done a long run over ten miles.

## Way forward

I'll book a gait analysis by Thursday, and next week I'll ask Omar to join my Sunday long runs.
"""


def test_a_summary_pasted_as_notes_reads_naturally(kb: KnowledgeBase) -> None:
    from datetime import date

    reflection = build_reflection(kb, kind="session", notes=GROW_LIKE_NOTES, today=date(2026, 6, 1))
    tailored = [p for p in reflection.prompts if "'" in p or "committed" in p]
    text = "\n".join(tailored)
    # a section's label is no topic; the line under "Goal" is the goal, though it has a date
    assert "'Way forward'" not in text and "'Obstacles'" not in text
    assert any(p.startswith("You mentioned the goal 'run the Bristol half") for p in tailored)
    assert any(p.startswith("You discussed 'running my first half marathon'") for p in tailored)
    # what has not been done yet is in the way, not a win to build on
    assert any("never done a long run" in p and "support would help" in p for p in tailored)
    # two steps in one line: the first, with the time the notes give, and no "by when?"
    assert "You committed to book a gait analysis by Thursday — what is your first step?" in text
