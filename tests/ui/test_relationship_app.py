"""The Relationship page through Streamlit's AppTest: create, a session, done, a check-up."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.config import Settings
from assistant.relationship.store import RelationshipStore

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
PAGE = "assistant/ui/pages/relationship.py"
NOTES = "- Sam will draft the project proposal by Friday\n- Priya will share the checklist\n"


@pytest.fixture
def own_home(kb_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "own-home"
    shutil.copytree(kb_home, copy, ignore=shutil.ignore_patterns("sessions", "*.lock"))
    monkeypatch.setenv("MENTOR_ASSIST_HOME", str(copy))
    return copy


def open_page(page: str = PAGE) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def texts(at: AppTest) -> str:
    parts: list[str] = []
    for kind in ("markdown", "caption", "title", "subheader", "success", "warning", "info",
                 "error"):  # fmt: skip
        parts.extend(str(element.value) for element in getattr(at, kind))
    return "\n".join(parts)


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_create_add_a_session_mark_done_and_check_up(own_home: Path) -> None:
    at = open_page()
    assert "Create a relationship to start its record." in texts(at)
    at.text_input(key="rel_new_mentor").input("Priya")
    at.text_input(key="rel_new_mentee").input("Sam")
    at.text_area(key="rel_new_goals").input("Lead a team\nPresent to leadership")
    button(at, "Create relationship").click().run()
    assert not at.exception, at.exception
    assert "Priya (mentor) and Sam (mentee)" in texts(at)
    (record,) = RelationshipStore(own_home).list()
    assert record.goal_texts == ("Lead a team", "Present to leadership")

    # Where notes are typed, the page says they stay on this machine.
    assert "Notes never leave this machine" in texts(at)
    at.date_input(key="rel_session_date").set_value(date(2026, 11, 21))
    at.text_area(key="in_rel_notes").input(NOTES)
    button(at, "Add session").click().run()
    assert not at.exception, at.exception
    assert "Session recorded with 2 action items." in texts(at)
    assert at.text_area(key="in_rel_notes").value == ""
    items = RelationshipStore(own_home).get(record.id).items
    assert {i.task for i in items} == {"Draft the project proposal", "Share the checklist"}

    draft = next(i for i in items if i.task == "Draft the project proposal")
    at.button(key=f"rel_done_{draft.id}").click().run()
    assert not at.exception, at.exception
    assert "“Draft the project proposal” marked done." in texts(at)
    assert [i.status for i in RelationshipStore(own_home).open_items(record.id)] == ["open"]

    at.radio(key="rel_ck_match").set_value("poor")
    at.radio(key="rel_ck_energized").set_value("no")
    at.radio(key="rel_ck_time_satisfied").set_value("no")
    at.multiselect(key="rel_ck_obstacles").set_value([9])
    button(at, "Score check-up").click().run()
    assert not at.exception, at.exception
    assert "needs attention · Plan to overcome obstacles" in texts(at)
    stored = RelationshipStore(own_home).get(record.id)
    assert [c.route for c in stored.checkups] == ["plan"]


def test_the_notice_changes_when_a_provider_is_configured(own_home: Path) -> None:
    RelationshipStore(own_home).create("Priya", "Sam")
    at = open_page()
    at.sidebar.radio(key="in_provider").set_value("openai").run()
    at.sidebar.text_input(key="in_base_url").input("http://127.0.0.1:9/v1").run()
    assert not at.exception, at.exception
    warnings = " ".join(str(w.value) for w in at.warning)
    assert "notes you add are sent to http://127.0.0.1:9/v1" in warnings


def test_the_mentee_agenda_can_use_a_relationship(own_home: Path) -> None:
    store = RelationshipStore(own_home)
    record = store.create("Priya", "Sam", goals=["Lead a team"])
    from assistant.actions import ActionItem

    store.add_items(record.id, [ActionItem("Draft the proposal", "Sam", date(2020, 1, 3))],
                    source="notes")  # fmt: skip
    at = open_page("assistant/ui/pages/mentee.py")
    at.selectbox(key="in_relationship").set_value(record.id).run()
    button(at, "Build agenda").click().run()
    assert not at.exception, at.exception
    page = texts(at).replace("\\", "")
    assert "Overdue: Draft the proposal (Sam, due 2020-01-03)" in page
    assert "Goal: Lead a team" in page
    assert Settings.load().home == own_home


def test_a_grow_summary_can_be_saved_to_a_relationship(own_home: Path) -> None:
    record = RelationshipStore(own_home).create("Priya", "Sam")
    at = open_page("assistant/ui/pages/mentor.py")
    at.selectbox(key="in_relationship").set_value(record.id).run()
    at.text_input(key="in_grow_topic").input("leading my first team")
    button(at, "Start GROW session").click().run()
    at.text_area(key="in_grow_answer").input("I want to run the weekly planning meeting myself")
    button(at, "Send answer").click().run()
    button(at, "Summary so far").click().run()
    assert not at.exception, at.exception
    button(at, "Save to the relationship's record").click().run()
    assert not at.exception, at.exception
    assert "Saved as session" in texts(at)
    (session,) = RelationshipStore(own_home).get(record.id).sessions
    assert session.grow_summary is not None
    assert "first team" in session.grow_summary["topic"]
    assert "weekly planning" in session.grow_summary["goal"]


def test_the_mentor_workspace_reads_drafts_and_notes_with_the_relationship(
    own_home: Path,
) -> None:
    record = RelationshipStore(own_home).create("Dana Reyes", "Sam Okafor")
    at = open_page("assistant/ui/pages/mentor.py")
    at.selectbox(key="in_relationship").set_value(record.id).run()
    at.text_area(key="in_check_text").input("I'll write the cover letter for Sam")
    button(at, "Check my message").click().run()
    assert not at.exception, at.exception
    assert "I'll write the cover letter for Sam" in texts(at).replace("\\", "")
    assert at.session_state["check_result"].flagged
    at.text_area(key="in_notes").input("Sam to book a mock interview by Friday.")
    button(at, "Extract action items").click().run()
    assert not at.exception, at.exception
    assert "Sam Okafor" in str(at.session_state["actions_rows"])


def test_agreement_plan_closing_and_delete_from_the_page(own_home: Path) -> None:
    store = RelationshipStore(own_home)
    record = store.create("Priya", "Sam", goals=["Lead a team"])
    store.add_session(record.id, held_on=date(2026, 11, 21), stage="regular",
                      notes="Confidential: the Quokka reorganisation.")  # fmt: skip
    at = open_page()
    assert "_to agree_ — When will you meet?" in texts(at).replace("\\", "")
    at.text_input(key=f"rel_ag_{record.id}_meeting_time").input("Tuesdays 8am")
    button(at, "Save agreement").click().run()
    assert not at.exception, at.exception
    assert "Agreement saved." in texts(at)
    agreement = RelationshipStore(own_home).get(record.id).agreement
    assert agreement is not None and agreement.meeting_time == "Tuesdays 8am"
    assert "Tuesdays 8am" in texts(at).replace("\\", "")

    at.text_input(key="rel_activity_text").input("Shadow a team lead")
    at.selectbox(key="rel_activity_kind").set_value("others")
    button(at, "Add activity").click().run()
    assert not at.exception, at.exception
    (activity,) = RelationshipStore(own_home).get(record.id).goals[0].activities
    assert (activity.kind, activity.text) == ("others", "Shadow a team lead")

    button(at, "Prepare closing").click().run()
    assert not at.exception, at.exception
    page = texts(at).replace("\\", "")
    assert "Did we accomplish our mentoring goals?" in page
    assert "Closing reflection" in page

    delete = at.button(key="rel_delete")
    assert delete.disabled
    at.checkbox(key=f"rel_confirm_{record.id}").check().run()
    at.button(key="rel_delete").click().run()
    assert not at.exception, at.exception
    assert "Relationship deleted." in texts(at)
    assert RelationshipStore(own_home).list() == []
    assert b"Quokka" not in (own_home / "relationships.db").read_bytes()
