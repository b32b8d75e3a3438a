"""Labels built from documents (titles, sections, file names) are shown, never rendered."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import active_markdown, files_containing
from streamlit.testing.v1 import AppTest

from assistant.ui import render

ROOT = Path(__file__).resolve().parents[2]
TRACKER = "tracker.example"
HOSTILE_TITLE = (
    f"Harbor guide ![beacon](https://{TRACKER}/t.png) <img src='https://{TRACKER}/i.png'> "
    f"<https://{TRACKER}/auto> &lt;b&gt;"
)
HOSTILE_SECTION = "Quokka lunches [click me](javascript:alert(1)) ![s](//tracker.example/s.png)"
HOSTILE_DOC = (
    f"# {HOSTILE_TITLE}\n\n## {HOSTILE_SECTION}\n\nEvery quokka lunch pairs a mentee with a "
    "buddy from another team for an informal monthly lunch.\n"
)
HOSTILE_NAME = f"![n](http:{TRACKER}).md"


def test_hostile_active_markdown_is_detected_by_the_checker() -> None:
    # The check below would be meaningless if it could not see the attack unescaped.
    assert len(active_markdown(f"[1] {HOSTILE_TITLE} › {HOSTILE_SECTION}")) >= 4


def test_citation_labels_render_as_plain_text() -> None:
    citation = {"title": HOSTILE_TITLE, "section": HOSTILE_SECTION, "source": HOSTILE_NAME}
    label = render.citation_label(1, citation)
    assert active_markdown(label) == []
    assert active_markdown(render.escape_label(HOSTILE_NAME)) == []
    # What the viewer reads is the title as written.
    from markdown_it import MarkdownIt

    shown = MarkdownIt("commonmark").renderInline(label)
    # Streamlit links bare URLs after escapes are resolved: none may be left whole.
    assert re.search(r"(?i)https?://|www\.", shown) is None
    assert "![beacon](https://tracker.example/t.png)" in shown.replace(render.WORD_JOINER, "")


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


def test_an_uploaded_document_cannot_put_images_or_links_in_the_app(app_home: Path) -> None:
    at = open_page("coordinator")
    at.file_uploader(key="kb_upload_0").set_value(
        [(HOSTILE_NAME, HOSTILE_DOC.encode(), "text/markdown")]
    )
    at.run()
    at.button(key="kb_add").click().run()
    assert not at.exception, at.exception
    assert at.success, "the upload was indexed"
    for message in [*at.success, *at.error]:
        assert active_markdown(str(message.value)) == [], message.value

    at.switch_page("assistant/ui/pages/ask.py").run()
    at.chat_input[0].set_value("What are quokka lunches?").run()
    assert not at.exception, at.exception
    labels = [expander.label for expander in at.expander]
    assert any("Harbor guide" in label for label in labels), labels
    for label in labels:
        assert active_markdown(label) == [], label
    for caption in at.caption:
        assert active_markdown(str(caption.value)) == [], caption.value
    assert files_containing(app_home / "documents", "quokka lunch")


def test_control_characters_never_reach_a_terminal_from_a_title(
    home: Path, guidance: Path, tmp_path: Path
) -> None:
    from assistant.config import Settings
    from assistant.retrieval import KnowledgeBase

    folder = tmp_path / "program"
    folder.mkdir()
    (folder / "evil.md").write_text(
        "# Evil \x1b[2J\x1b]0;owned\x07 title\n\n## Quokka\x1b[31m lunches\n\n"
        "Every quokka lunch pairs a mentee with a buddy from another team.\n"
    )
    kb = KnowledgeBase(Settings.load(home=home), knowledge_dir=guidance)
    kb.index([folder])
    top = kb.search("quokka lunch buddy", k=1)[0]
    assert top.source == "evil.md"
    assert "\x1b" not in top.title + top.section and "\x07" not in top.title
    assert top.title.split() == ["Evil", "[2J", "]0;owned", "title"]
