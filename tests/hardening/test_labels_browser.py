"""In a real Chromium: a hostile document title makes the viewer's browser fetch nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.retrieval import KnowledgeBase
from assistant.ui import harness, render

pytestmark = pytest.mark.browser
CHROMIUM = harness.chromium_path()
if CHROMIUM is None:
    pytest.skip("no Chromium binary found (apt-get install -y chromium)", allow_module_level=True)

from playwright.sync_api import Request, expect, sync_playwright  # noqa: E402

TRACKER = "tracker.example"
DOC = (
    f"# Harbor guide ![beacon](https://{TRACKER}/title.png)\n\n"
    f"## Quokka lunches ![s](https://{TRACKER}/section.png) [click](https://{TRACKER}/go)\n\n"
    "Every quokka lunch pairs a mentee with a buddy from another team for an informal monthly "
    "lunch.\n"
)


@pytest.fixture
def server(kb_home: Path, tmp_path: Path) -> Iterator[harness.AppServer]:
    home = tmp_path / "home"
    shutil.copytree(kb_home, home, ignore=shutil.ignore_patterns("sessions", "*.lock"))
    uploads = home / "documents"
    uploads.mkdir()
    (uploads / "harbor.md").write_text(DOC)
    KnowledgeBase(Settings.load(home=home)).index([uploads])
    with harness.serve(home) as app_server:
        yield app_server


def test_a_hostile_title_loads_no_remote_image_in_chromium(server: harness.AppServer) -> None:
    fetched: list[str] = []

    def watch(request: Request) -> None:
        if TRACKER in request.url:
            fetched.append(request.url)

    with sync_playwright() as playwright:
        browser = harness.launch(playwright, str(CHROMIUM))
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1600})
            context.set_default_timeout(60_000)
            context.route(f"**/*{TRACKER}*/**", lambda route: route.abort())
            tab = context.new_page()
            tab.on("request", watch)
            tab.goto(f"{server.url}/ask")
            expect(tab.get_by_role("heading", name="Ask the guidance")).to_be_visible()
            tab.get_by_test_id("stChatInputTextArea").fill("What are quokka lunches?")
            tab.keyboard.press("Enter")
            expect(tab.get_by_test_id("stChatMessage")).to_have_count(2)
            label = tab.get_by_test_id("stExpander").filter(has_text="Harbor guide").first
            expect(label).to_be_visible(timeout=240_000)
            label.click()  # opened too: the caption with the file name renders as well
            tab.wait_for_timeout(1500)
            text = label.inner_text().replace(render.WORD_JOINER, "")
            images = label.locator("img").count()
            links = [
                str(link.get_attribute("href"))
                for link in label.locator("a").all()
                if TRACKER in str(link.get_attribute("href"))
            ]
        finally:
            browser.close()
    assert fetched == []
    assert images == 0 and links == []
    assert f"![beacon](https://{TRACKER}/title.png)" in text  # shown literally, as written
