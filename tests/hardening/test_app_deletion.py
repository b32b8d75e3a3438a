"""Deletion from the app: the coordinator removes a document; "delete all my data" erases all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import files_containing
from streamlit.testing.v1 import AppTest

from assistant.config import Settings
from assistant.grow import list_sessions
from assistant.service import Assistant

ROOT = Path(__file__).resolve().parents[2]
MARKER = "WombatMarker5519"
DOC = (
    f"# Harbor rules\n\n## Escalation\n\nThe code word {MARKER} opens the confidential "
    "escalation path for pairs in the Harbor program.\n"
)


@pytest.fixture
def app_home(kb_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "app-home"
    shutil.copytree(kb_home, copy, ignore=shutil.ignore_patterns("sessions", "*.lock"))
    monkeypatch.setenv("MENTOR_ASSIST_HOME", str(copy))
    return copy


def open_page(page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page(f"assistant/ui/pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def upload(at: AppTest, name: str, text: str) -> None:
    try:
        version = at.session_state["kb_upload_version"]
    except KeyError:
        version = 0
    at.file_uploader(key=f"kb_upload_{version}").set_value([(name, text.encode(), "text/markdown")])
    at.run()
    at.button(key="kb_add").click().run()
    assert not at.exception, at.exception


def test_the_coordinator_removes_an_uploaded_document(app_home: Path) -> None:
    at = open_page("coordinator")
    upload(at, "harbor-rules.md", DOC)
    upload(at, "buddies.md", "# Buddies\n\nBuddies meet monthly for lunch.\n")
    assert {"harbor-rules.md", "buddies.md"} <= set(at.dataframe[0].value["source"])
    assert files_containing(app_home / "index", MARKER)

    # Only the coordinator's own documents are offered; the shipped guidance is not.
    assert sorted(at.selectbox(key="kb_remove_choice").options) == ["buddies.md", "harbor-rules.md"]
    at.selectbox(key="kb_remove_choice").set_value("harbor-rules.md").run()
    at.button(key="kb_remove").click().run()
    assert not at.exception, at.exception
    assert any("Removed harbor\\-rules\\.md" in s.value for s in at.success)
    sources = set(at.dataframe[0].value["source"])
    assert "harbor-rules.md" not in sources and "buddies.md" in sources
    assert not (app_home / "documents" / "harbor-rules.md").exists()
    assert files_containing(app_home, MARKER) == []
    # A re-upload under the same name is indexed again (nothing is left excluded).
    upload(at, "harbor-rules.md", DOC)
    assert "harbor-rules.md" in set(at.dataframe[0].value["source"])


def test_delete_all_my_data_erases_the_data_directory(app_home: Path) -> None:
    assistant = Assistant(Settings.load(home=app_home))
    session = assistant.grow_start(f"presenting {MARKER}").result.to_dict()["session"]
    assistant.grow_answer(session, f"I want to present {MARKER} to leadership by March")
    (app_home / "relationships.db").write_bytes(f"pairing notes {MARKER}".encode())
    at = open_page("coordinator")
    upload(at, "harbor-rules.md", DOC)
    assert len(files_containing(app_home, MARKER)) >= 4

    at.sidebar.button(key="erase_all").click().run()
    assert any("cannot be undone" in w.value for w in at.sidebar.warning)
    at.sidebar.button(key="erase_all_no").click().run()
    assert len(files_containing(app_home, MARKER)) >= 4
    at.sidebar.button(key="erase_all").click().run()
    at.sidebar.button(key="erase_all_yes").click().run()
    assert not at.exception, at.exception
    assert any("Deleted" in s.value for s in at.sidebar.success)
    assert files_containing(app_home, MARKER) == []
    assert list_sessions(app_home / "sessions") == []
    # The app keeps working on the shipped guidance, indexed again on next use.
    at.switch_page("assistant/ui/pages/ask.py").run()
    at.chat_input[0].set_value("How often should mentor and mentee meet?").run()
    assert not at.exception, at.exception
    assert at.expander, "answers are cited again"
    assert files_containing(app_home, MARKER) == []
