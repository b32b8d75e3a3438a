"""Agreement, plan, midpoint, closing and end signals, drafted from what was entered."""

from __future__ import annotations

from datetime import date

from assistant.guard import check
from assistant.relationship.documents import build_document, document_to_markdown, end_signals
from assistant.relationship.guidance import load_guide
from assistant.service import Assistant


def test_the_agreement_prompts_for_what_is_missing(assistant: Assistant) -> None:
    store = assistant.relationships
    record = store.create("Priya", "Sam", goals=["Lead a team"], roles=["guide"])
    draft = build_document(record, "agreement")
    assert len(draft.missing) == 9  # every field but the roles
    assert any("no-fault termination clause" in prompt for prompt in draft.missing)
    record = store.update_agreement(
        record.id,
        meeting_place="The cafe on 5th",
        meeting_time="Tuesdays 8am",
        meeting_length="45 minutes",
        frequency="Every two weeks",
        initiator="Sam",
        confidentiality="What we discuss stays between the two of us",
        no_fault_termination=True,
        supervisor_briefed=False,
        end_date=date(2027, 6, 30),
    )
    reply = assistant.relationship_document(record.id, "agreement")
    assert reply.result.missing == ()
    markdown = document_to_markdown(reply.result)
    assert "- **Where we meet:** The cafe on 5th" in markdown
    assert "- **No-fault termination clause:** Yes" in markdown
    assert "- **Supervisor briefed:** No" in markdown
    assert "Goal 1" in markdown and "Lead a team (open)" in markdown


def test_the_plan_asks_for_a_range_of_activities_resources_and_timeline(
    assistant: Assistant,
) -> None:
    store = assistant.relationships
    record = store.create("Priya", "Sam", goals=["Lead a team", "Present to leadership"])
    record = store.add_activity(record.id, "1", kind="doing", text="Run the weekly planning")
    plan = build_document(record, "plan")
    missing = " ".join(plan.missing)
    assert "outside resources" in missing and "how many hours" in missing.lower()
    assert 'no activity of type "others"' in missing and '"challenging"' in missing
    assert 'type "doing"' not in missing
    # Goal 2 has no activities yet.
    assert any("Which learning activities" in p for p in plan.missing)
    record = store.add_activity(
        record.id, "2", kind="others", text="Shadow the director", resources="Calendar access",
        target_date=date(2027, 2, 1),
    )  # fmt: skip
    markdown = document_to_markdown(build_document(record, "plan"))
    assert "Shadow the director — resources: Calendar access — by 2027-02-01" in markdown


def test_midpoint_and_closing_carry_the_guidance_questions(assistant: Assistant) -> None:
    record = assistant.relationships.create("Priya", "Sam", goals=["Lead a team"])
    midpoint = build_document(record, "midpoint")
    questions = [q for s in midpoint.sections for q in s.questions]
    assert questions == list(load_guide().midpoint.questions)
    closing = build_document(record, "closing")
    assert "Did we accomplish our mentoring goals?" in document_to_markdown(closing)


def test_end_signals_are_read_from_the_record(assistant: Assistant) -> None:
    from assistant.actions import ActionItem
    from assistant.relationship.checkup import parse_answers

    store = assistant.relationships
    record = store.create("Priya", "Sam", goals=["Lead a team"])
    signals = end_signals(record, date(2026, 11, 21))
    assert signals["no_click"][0] is None and signals["timeframe_over"][0] is None
    assert signals["mentor_overburdened"][0] is None
    store.set_goal_status(record.id, "1", "achieved")
    store.update_agreement(record.id, end_date=date(2026, 11, 1))
    store.add_items(
        record.id,
        [ActionItem("Draft it", "Sam", date(2026, 10, 1)), ActionItem("Send it", "mentee",
         date(2026, 10, 2))],
        source="notes",
    )  # fmt: skip
    assistant.checkup(
        record.id,
        parse_answers({"match": "poor", "energized": False, "time_satisfied": False,
                       "cancelled_three_in_a_row": True, "meetings": 1, "obstacles": [1, 9]}),
    )  # fmt: skip
    signals = end_signals(store.get(record.id), date(2026, 11, 21))
    present = {name for name, (value, _) in signals.items() if value}
    assert present == {
        "no_click", "goals_accomplished", "timeframe_over", "no_time", "mentee_not_responsible",
    }  # fmt: skip
    markdown = document_to_markdown(
        assistant.relationship_document(record.id, "signals", today=date(2026, 11, 21)).result
    )
    assert "Mentee's goals are accomplished:** Yes: 1 of 1 goals achieved" in markdown
    assert "overburdened by mentee requests:** _to agree_" in markdown


def test_every_guidance_text_passes_the_guard_unchanged() -> None:
    guide = load_guide()
    texts = [
        *guide.mentor_roles.roles.values(),
        *(f.prompt for f in guide.agreement.fields),
        *guide.action_plan.activity_types.values(),
        *guide.action_plan.prompts.model_dump().values(),
        *guide.checkup.questions.values(),
        *guide.checkup.obstacles.values(),
        *guide.checkup.next_steps.model_dump().values(),
        guide.checkup.plan_item,
        *guide.midpoint.questions,
        *guide.closing.questions,
        *guide.end_signals.signals.values(),
        guide.end_signals.ask,
    ]
    flagged = [text for text in texts if check(text).flagged]
    assert flagged == []
