"""The Streamlit app, page by page, through Streamlit's AppTest (no browser)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.config import Settings
from tests.model_cassettes import (
    RECORDED_MODEL,
    RECORDED_TIMEOUT,
    Endpoint,
    recorded_only,
    streamed_text,
)

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
PAGES = "assistant/ui/pages"


@pytest.fixture
def shared_home(kb_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The session's already-indexed data directory (for tests that only read it)."""
    monkeypatch.setenv("MENTOR_ASSIST_HOME", str(kb_home))
    return kb_home


@pytest.fixture
def own_home(kb_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the indexed data directory, for tests that change the index or sessions."""
    copy = tmp_path / "own-home"
    shutil.copytree(kb_home, copy, ignore=shutil.ignore_patterns("sessions", "*.lock"))
    monkeypatch.setenv("MENTOR_ASSIST_HOME", str(copy))
    return copy


def open_app(page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception, at.exception
    if page:
        at.switch_page(f"{PAGES}/{page}.py").run()
        assert not at.exception, at.exception
    return at


def texts(at: AppTest) -> str:
    """Every markdown, caption, alert and heading on the page, as one string."""
    parts: list[str] = []
    kinds = ("markdown", "caption", "title", "subheader", "success", "warning", "info", "error")
    for kind in kinds:
        parts.extend(str(element.value) for element in getattr(at, kind))
    return "\n".join(parts)


def unescape(text: str) -> str:
    return text.replace("\\", "")


# Sidebar ----------------------------------------------------------------------------------------


def test_sidebar_works_offline_with_no_key_and_shows_the_data_directory(shared_home: Path) -> None:
    at = open_app()
    assert [title.value for title in at.title] == ["Mentee workspace"]
    assert any("ready, no key needed" in s.value for s in at.sidebar.success)
    assert at.sidebar.code[0].value == str(shared_home)
    assert at.sidebar.radio(key="in_provider").value == "offline"
    # No key fields until the OpenAI-compatible provider is chosen.
    assert not [t for t in at.sidebar.text_input if t.key == "in_api_key"]


def test_sidebar_openai_asks_for_a_url_or_key(shared_home: Path) -> None:
    at = open_app()
    at.sidebar.radio(key="in_provider").set_value("openai").run()
    assert not at.exception
    assert any("not configured" in w.value for w in at.sidebar.warning)
    assert at.sidebar.text_input(key="in_api_key").proto.type == 1  # PASSWORD
    at.sidebar.text_input(key="in_base_url").input("http://127.0.0.1:9/v1").run()
    assert any("configured" in s.value and "127.0.0.1:9" in s.value for s in at.sidebar.success)


def test_deleting_all_sessions_asks_first_then_deletes(own_home: Path) -> None:
    from assistant.grow import GrowCoach, list_sessions
    from assistant.retrieval import KnowledgeBase

    settings = Settings.load(home=own_home)
    GrowCoach(KnowledgeBase(settings), settings.sessions_dir).start("public speaking")
    assert len(list_sessions(settings.sessions_dir)) == 1

    at = open_app()
    at.sidebar.button(key="delete_sessions").click().run()
    assert any("cannot be undone" in w.value for w in at.sidebar.warning)
    at.sidebar.button(key="delete_sessions_no").click().run()
    assert len(list_sessions(settings.sessions_dir)) == 1
    at.sidebar.button(key="delete_sessions").click().run()
    at.sidebar.button(key="delete_sessions_yes").click().run()
    assert not at.exception
    assert list_sessions(settings.sessions_dir) == []
    assert any("Deleted 1 stored session." in s.value for s in at.sidebar.success)


# Mentee -----------------------------------------------------------------------------------------


def test_mentee_builds_a_time_boxed_agenda_with_sources(shared_home: Path) -> None:
    at = open_app()
    at.selectbox(key="in_agenda_stage").set_value("regular")
    at.number_input(key="in_agenda_minutes").set_value(45)
    at.time_input(key="in_agenda_start").set_value(time(14, 0))
    at.text_area(key="in_agenda_goals").input("Get better at presenting to leadership")
    at.button(key="agenda_button").click().run()
    assert not at.exception, at.exception
    assert at.subheader[0].value == "Agenda: Regular session, 45 minutes"
    page = unescape(texts(at))
    assert "14:00-" in page and "-14:45" in page
    assert "Owner:" in page
    assert at.expander, "each item's sources are expandable"
    reply = at.session_state["agenda_reply"]
    assert sum(item.minutes for item in reply.result.items) == 45
    assert [b.label for b in at.get("download_button")] == ["Download agenda (Markdown)"]
    # What the user typed is still there after the run.
    assert at.text_area(key="in_agenda_goals").value == "Get better at presenting to leadership"


def test_mentee_agenda_reviews_uploaded_open_actions(shared_home: Path) -> None:
    actions = [{"task": "Draft the project proposal", "owner": "mentee", "due": "2030-05-02"}]
    at = open_app()
    at.file_uploader(key="agenda_actions_file").set_value(
        ("open.json", json.dumps({"action_items": actions}).encode(), "application/json")
    )
    at.button(key="agenda_button").click().run()
    assert not at.exception, at.exception
    assert "Draft the project proposal" in unescape(texts(at))


def test_mentee_agenda_reviews_pasted_action_items(shared_home: Path) -> None:
    at = open_app()
    at.text_area(key="in_agenda_actions_text").input("- [ ] Book a mock interview — mentee")
    at.button(key="agenda_button").click().run()
    assert not at.exception, at.exception
    assert "Book a mock interview" in unescape(texts(at))


def test_agenda_markdown_has_clock_times_and_prompts() -> None:
    from assistant.agenda import Agenda, AgendaItem, agenda_to_markdown, time_spans
    from assistant.citations import Passage

    assert time_spans([15, 20], time(9, 50)) == ["09:50-10:05", "10:05-10:25"]
    assert time_spans([15, 50]) == ["0:00-0:15", "0:15-1:05"]
    cited = Passage("s.md", "T", "S", "text", 0.9, "Pub")
    agenda = Agenda(
        stage="closing",
        total_minutes=30,
        items=(
            AgendaItem("Celebrate", 10, "both", ("What went well?",), (cited,)),
            AgendaItem("Stay in touch", 20, "mentee", (), ()),
        ),
    )
    text = agenda_to_markdown(agenda, time(9, 0))
    assert "30 minutes, starting 09:00." in text
    assert "## 09:00-09:10 Celebrate (both) [1]" in text
    assert "## 09:10-09:30 Stay in touch (mentee)" in text
    assert "- What went well?" in text and "1. T — S, Pub (s.md)" in text


def test_an_assistant_error_is_shown_and_the_input_kept(shared_home: Path) -> None:
    at = open_app()
    at.text_area(key="in_agenda_goals").input("Finish my portfolio")
    at.file_uploader(key="agenda_actions_file").set_value(("open.json", b"{not json", "text/json"))
    at.button(key="agenda_button").click().run()
    assert not at.exception, at.exception
    assert at.error and at.error[0].value.startswith("open.json: ")
    assert at.text_area(key="in_agenda_goals").value == "Finish my portfolio"
    assert "agenda_reply" not in at.session_state


# Mentor -----------------------------------------------------------------------------------------


def test_check_my_message_flags_savior_language_with_why_and_rewrite(shared_home: Path) -> None:
    at = open_app("mentor")
    at.text_area(key="in_check_text").input("Don't worry, I know best. Leave it to me.")
    at.button(key="check_button").click().run()
    assert not at.exception, at.exception
    assert any(w.value.startswith("Flagged") for w in at.warning)
    page = unescape(texts(at))
    assert "<mark>" in page and "I know best" in page
    assert "Why:" in page and "Try instead:" in page
    assert "knowing best" in page and "knowing_best" not in page  # the help's label
    verdict = at.session_state["check_result"]
    assert at.main.code[-1].value == verdict.rewrite
    assert "I know best" not in verdict.rewrite


def test_check_my_message_passes_a_coaching_question(shared_home: Path) -> None:
    at = open_app("mentor")
    at.text_area(key="in_check_text").input("What would success look like for you by June?")
    at.button(key="check_button").click().run()
    assert not at.exception
    assert any(s.value.startswith("Clean") for s in at.success)


def test_grow_coach_asks_one_question_at_a_time_and_moves_through_the_stages(
    own_home: Path,
) -> None:
    at = open_app("mentor")
    at.text_input(key="in_grow_topic").input("leading my first team")
    at.button(key="grow_start").click().run()
    assert not at.exception, at.exception
    first = at.session_state["grow_turn"]
    assert first["stage"] == "goal" and first["question"]
    assert "▶ **G** Goal" in texts(at)

    at.text_area(key="in_grow_answer").input(
        "I want to run our weekly planning meeting on my own by the end of March"
    )
    at.button(key="grow_send").click().run()
    assert not at.exception, at.exception
    assert at.text_area(key="in_grow_answer").value == "", "the answer box is cleared"
    assert at.session_state["grow_log"][-1]["answer"].startswith("I want to run")
    second = at.session_state["grow_turn"]["question"]

    at.button(key="grow_another").click().run()
    assert at.session_state["grow_turn"]["question"] != second

    at.button(key="grow_advance").click().run()
    assert not at.exception, at.exception
    stage = at.session_state["grow_turn"]["stage"]
    assert stage != "goal"
    assert f"▶ **{stage[0].upper()}**" in texts(at)

    for _ in range(4):
        if at.session_state["grow_turn"]["done"]:
            break
        at.button(key="grow_advance").click().run()
        assert not at.exception, at.exception
    assert at.session_state["grow_turn"]["done"]
    assert "#### Summary" in texts(at)
    assert "I want to run our weekly planning meeting" in unescape(texts(at))


def test_grow_send_without_an_answer_says_so(own_home: Path) -> None:
    at = open_app("mentor")
    at.button(key="grow_start").click().run()
    at.button(key="grow_send").click().run()
    assert not at.exception
    assert any("Type the mentee's answer first." in e.value for e in at.error)


NOTES = """Session notes, 3 March
- Sam will draft the project proposal by Friday
- Action: Priya to share the onboarding checklist next Tuesday
- We agreed that both of us review the goals within two weeks
- Discussed the reorg and how it feels
"""


def test_notes_become_an_editable_table_with_downloads(shared_home: Path) -> None:
    at = open_app("mentor")
    at.text_area(key="in_notes").input(NOTES)
    at.date_input(key="in_notes_today").set_value(date(2025, 3, 3))
    at.text_input(key="in_notes_mentee").input("Sam")
    at.text_input(key="in_notes_mentor").input("Priya")
    at.button(key="actions_button").click().run()
    assert not at.exception, at.exception
    rows = at.session_state["actions_rows"]
    tasks = {row["task"]: row for row in rows}
    assert len(rows) == 3, rows
    proposal = next(row for task, row in tasks.items() if "proposal" in task)
    assert proposal["owner"] == "Sam" and proposal["due"] == date(2025, 3, 7)
    table = at.data_editor[0].value
    assert list(table.columns) == ["task", "owner", "due"] and len(table) == 3
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download Markdown", "Download CSV", "Download .ics"]


def test_edited_rows_are_what_gets_exported() -> None:
    import pandas as pd

    from assistant import exports
    from assistant.ui.action_items import items_from_table

    table = pd.DataFrame(
        [
            {"task": "Read chapter 3", "owner": "mentee", "due": date(2025, 3, 7)},
            {"task": "", "owner": "mentor", "due": None},
            {"task": "Book the room", "owner": "both", "due": pd.NaT},
        ]
    )
    items = items_from_table(table)
    assert [(i.task, i.owner, i.due) for i in items] == [
        ("Read chapter 3", "mentee", date(2025, 3, 7)),
        ("Book the room", "both", None),
    ]
    ics = exports.to_ics(items, today=date(2025, 3, 3))
    assert "BEGIN:VTODO" in ics and "DUE;VALUE=DATE:20250307" in ics


def test_reflections_give_cited_prompts(shared_home: Path) -> None:
    at = open_app("mentor")
    at.radio(key="in_reflect_kind").set_value("closing")
    at.button(key="reflect_button").click().run()
    assert not at.exception, at.exception
    data = at.session_state["reflect_reply"].result.to_dict()
    assert data["prompts"] and data["citations"]
    assert unescape(data["prompts"][0]) in unescape(texts(at))


# Coordinator ------------------------------------------------------------------------------------


def test_coordinator_lists_the_knowledge_base(shared_home: Path) -> None:
    at = open_app("coordinator")
    table = at.dataframe[0].value
    assert {"source", "title", "publisher", "chunks", "last indexed"} <= set(table.columns)
    assert len(table) >= 5 and (table["chunks"] > 0).all()


def test_coordinator_upload_indexes_good_files_and_names_each_bad_one(own_home: Path) -> None:
    at = open_app("coordinator")
    good = (
        "# Program rules\n\n## Meeting cadence\n\nPairs in the Harbor program meet every "
        "second Thursday for forty-five minutes.\n"
    )
    at.file_uploader(key="kb_upload_0").set_value(
        [
            ("harbor-rules.md", good.encode(), "text/markdown"),
            ("empty.txt", b"", "text/plain"),
        ]
    )
    at.run()
    at.button(key="kb_add").click().run()
    assert not at.exception, at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and unescape(errors[0]).startswith("empty.txt:")
    assert any("harbor-rules.md" in unescape(s.value) for s in at.success)
    assert "harbor-rules.md" in set(at.dataframe[0].value["source"])
    documents = own_home / "documents"
    assert (documents / "harbor-rules.md").exists() and not (documents / "empty.txt").exists()


def test_faq_builder_lists_questions_gaps_and_offers_markdown(shared_home: Path) -> None:
    at = open_app("coordinator")
    at.number_input(key="in_faq_count").set_value(4)
    at.button(key="faq_button").click().run()
    assert not at.exception, at.exception
    data = at.session_state["faq_reply"].result.to_dict()
    assert 1 <= len(data["faq"]) <= 4
    page = unescape(texts(at))
    assert unescape(data["faq"][0]["question"]) in page
    assert [b.label for b in at.get("download_button")] == ["Download FAQ (Markdown)"]


# Ask --------------------------------------------------------------------------------------------


def test_chat_answers_with_citations_and_keeps_the_conversation(shared_home: Path) -> None:
    at = open_app("ask")
    at.chat_input[0].set_value("How should I prepare for the first meeting?").run()
    assert not at.exception, at.exception
    history = at.session_state["chat_history"]
    assert [m["role"] for m in history] == ["user", "assistant"]
    reply = history[-1]["reply"]
    assert reply.result.grounded and reply.result.citations
    assert len(at.chat_message) == 2
    assert at.expander, "sources are expandable"
    at.chat_input[0].set_value("What about confidentiality?").run()
    assert [m["role"] for m in at.session_state["chat_history"]] == ["user", "assistant"] * 2


def test_chat_says_when_the_guidance_does_not_cover_a_question(shared_home: Path) -> None:
    at = open_app("ask")
    at.chat_input[0].set_value("What is the boiling point of tungsten?").run()
    assert not at.exception
    assert "Not grounded" in texts(at)


def test_inputs_survive_switching_pages(shared_home: Path) -> None:
    at = open_app()
    at.text_area(key="in_agenda_goals").input("Ship the portfolio site").run()
    at.switch_page(f"{PAGES}/mentor.py").run()
    at.switch_page(f"{PAGES}/mentee.py").run()
    assert not at.exception
    assert at.text_area(key="in_agenda_goals").value == "Ship the portfolio site"


# The model's answers on this page are replayed from a cassette recorded from a real
# OpenAI-compatible server (tests/model_cassettes.py). AppTest runs the page in this process, so
# the cassette around the run answers the app's own HTTP calls. The question asks the model for
# a rescuing promise, so the recorded stream really contains text the guard flags.
RESCUE_REQUEST = "As her mentor, promise my mentee that I will take care of everything for her."


@pytest.fixture
def recorded(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Endpoint]:
    """The recording server's endpoint, its cassette active; the app sized for that server."""
    monkeypatch.setenv("MENTOR_ASSIST_CONTEXT_WINDOW", "2048")  # the server's --n_ctx
    monkeypatch.setenv("MENTOR_ASSIST_TIMEOUT", str(RECORDED_TIMEOUT))
    yield from recorded_only(request)


def choose_model(at: AppTest, endpoint: Endpoint) -> None:
    """Pick the OpenAI-compatible provider in the sidebar and point it at ``endpoint``."""
    at.sidebar.radio(key="in_provider").set_value("openai").run()
    at.sidebar.text_input(key="in_base_url").input(endpoint.base_url or "").run()
    at.sidebar.text_input(key="in_model").input(endpoint.model).run()
    assert not at.exception, at.exception


def test_chat_streams_from_a_configured_model_and_marks_guard_rewrites(
    shared_home: Path, recorded: Endpoint
) -> None:
    at = open_app("ask")
    choose_model(at, recorded)
    at.chat_input[0].set_value(RESCUE_REQUEST).run()
    assert not at.exception, at.exception
    if recorded.mode == "replay":
        assert recorded.cassette.play_count == 1 and recorded.cassette.all_played
    # While recording, the cassette also holds the previous recording: the new one is last.
    sent = json.loads(recorded.cassette.requests[-1].body)
    assert sent["stream"] is True and sent["model"] == RECORDED_MODEL
    assert RESCUE_REQUEST in sent["messages"][-1]["content"]
    raw = streamed_text(recorded.cassette.responses[-1]["body"]["string"])
    assert "take care of everything" in raw, "the recording must hold the model's promise"

    message = at.session_state["chat_history"][-1]
    reply = message["reply"]
    assert reply.provider == "openai" and reply.notice is None
    rescued = [r for r in reply.rewrites if "take care of everything" in r.original]
    assert rescued, "the guard must rewrite the model's rescuing sentence"
    assert {f.category for r in rescued for f in r.findings} & {"rescuing"}
    assert all(r.original.strip() in raw for r in reply.rewrites), "originals are the model's"
    # What the page keeps is the guarded text: each rewrite in place of the model's sentence.
    assert "take care of everything" not in message["content"]
    assert all(r.rewrite.strip() in message["content"] for r in reply.rewrites)
    count = len(reply.rewrites)
    label = f"Guard rewrote {count} {'text' if count == 1 else 'texts'}"
    marked = next(e for e in at.expander if e.label.startswith(label))
    struck = [unescape(m.value) for m in marked.markdown if m.value.startswith("~~")]
    assert len(struck) == count, "each rewritten sentence is shown struck through"
    assert any("take care of everything" in line for line in struck)
    page = unescape(texts(at))
    assert "Answered by the openai engine." in page


def test_chat_falls_back_to_offline_with_a_notice_when_the_model_is_down(
    shared_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MENTOR_ASSIST_TIMEOUT", "2")
    at = open_app("ask")
    at.sidebar.radio(key="in_provider").set_value("openai").run()
    at.sidebar.text_input(key="in_base_url").input("http://127.0.0.1:9/v1").run()
    at.chat_input[0].set_value("How should I prepare for the first meeting?").run()
    assert not at.exception, at.exception
    reply = at.session_state["chat_history"][-1]["reply"]
    assert reply.provider == "offline" and reply.notice
    assert any("offline engine" in i.value for i in at.info)
