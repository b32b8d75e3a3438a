"""The Mentee page's pasted action items go through the notes extractor, owners included."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture
def shared_home(kb_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MENTOR_ASSIST_HOME", str(kb_home))
    return kb_home


def _agenda_with(pasted: str) -> str:
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception, at.exception
    at.text_area(key="in_agenda_actions_text").input(pasted)
    at.button(key="agenda_button").click().run()
    assert not at.exception, at.exception
    kinds = ("markdown", "caption", "subheader", "warning", "info", "error")
    text = unescape("\n".join(str(e.value) for kind in kinds for e in getattr(at, kind)))
    return text.replace("\\", "")  # Markdown escapes


def test_pasted_items_keep_the_owner_the_text_names(shared_home: Path) -> None:
    text = _agenda_with(
        "- Priya to share the article on feedback by 2030-05-03\n"
        "- [ ] Update my CV\n"
        "- Ben and Priya to review the plan"
    )
    assert "Share the article on feedback (Priya, due 2030-05-03)" in text
    assert "Update my CV (mentee" in text
    assert "Review the plan (Ben and Priya" in text
    assert "(mentee)" not in text.split("Share the article")[1].split("\n")[0]


def test_an_exported_checklist_is_read_as_exported(shared_home: Path) -> None:
    text = _agenda_with("- [ ] Book a mock interview — Priya, due 2030-05-02")
    assert "Book a mock interview (Priya, due 2030-05-02)" in text
