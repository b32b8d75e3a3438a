"""End to end in a real headless Chromium: the app as a user sees it, served by ``streamlit run``.

Screenshots go to the test's temp dir; with ``UPDATE_SCREENSHOTS=1`` they also refresh
``docs/screenshots/``.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.ui import harness

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
TIMEOUT_MS = 30_000
CHROMIUM = harness.chromium_path()

if CHROMIUM is None:
    reason = (
        "no Chromium binary found (install Debian's chromium package: "
        "apt-get install -y chromium, or set CHROMIUM_PATH)"
    )
    print(f"SKIPPED browser tests: {reason}")
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402

# Assertions wait as long as actions do: a busy 2-core machine can take more than expect's own
# 5 s default to build the first agenda (the model loads on first use).
expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="module")
def server(app_server: harness.AppServer) -> harness.AppServer:
    """The app served once per run for the browser tests (tests/conftest.py)."""
    return app_server


@pytest.fixture(scope="module")
def browser(server: harness.AppServer) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = harness.launch(playwright, str(CHROMIUM))
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Browser, server: harness.AppServer) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    tab.goto(server.url)
    expect(tab.get_by_role("heading", name="Mentee workspace")).to_be_visible()
    try:
        yield tab
    finally:
        context.close()


def shoot(page: Page, name: str, tmp_path: Path) -> Path:
    harness.settle(page)
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        page.wait_for_timeout(1500)  # tables are painted on a canvas after the page settles
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path))
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, SCREENSHOTS / path.name)
    return path


def go(page: Page, name: str, heading: str) -> None:
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=name).click()
    expect(page.get_by_role("heading", name=heading)).to_be_visible()


def test_a_session_end_to_end_in_chromium(page: Page, tmp_path: Path) -> None:
    p = page
    expect(p.get_by_text("ready, no key needed")).to_be_visible()

    # Mentee: build an agenda from goals.
    p.get_by_label("Your goals (one per line)").fill("Get better at presenting to leadership")
    p.get_by_role("button", name="Build agenda").click()
    expect(p.get_by_role("heading", name="Agenda: First meeting, 60 minutes")).to_be_visible()
    expect(p.get_by_text("09:00-", exact=False).first).to_be_visible()
    expect(p.get_by_role("button", name="Download agenda (Markdown)")).to_be_visible()
    assert shoot(p, "mentee", tmp_path).stat().st_size > 10_000

    # Mentor: two GROW answers, one question at a time.
    go(p, "Mentor", "Mentor workspace")
    p.get_by_label("Topic (optional)").fill("leading my first team")
    p.get_by_role("button", name="Start GROW session").click()
    answer_box = p.get_by_label("Mentee's answer")
    expect(answer_box).to_be_visible()
    answers = (
        "I want to run our weekly planning meeting on my own by the end of March",
        "Right now my manager runs it and I take notes; I led it once last month",
    )
    for number, answer in enumerate(answers, start=1):
        answer_box.fill(answer)
        p.get_by_role("button", name="Send answer").click()
        expect(p.get_by_test_id("stChatMessage").filter(has_text=answer)).to_have_count(1)
        expect(answer_box).to_have_value("")
        assert len(p.get_by_test_id("stChatMessage").all()) == 2 * number + 1
    shoot(p, "mentor", tmp_path)

    # Check my message flags "I know best".
    p.get_by_role("tab", name="Check my message").click()
    p.get_by_label("Draft message").fill("Trust me, I know best. Here's what you must do.")
    p.get_by_role("button", name="Check my message").click()
    expect(p.get_by_text("Flagged:", exact=False)).to_be_visible()
    expect(p.locator("mark").filter(has_text="I know best")).to_be_visible()
    expect(p.get_by_text("Suggested rewrite")).to_be_visible()
    shoot(p, "mentor-check", tmp_path)

    # Notes -> action items -> .ics download.
    p.get_by_role("tab", name="Notes → action items").click()
    p.get_by_label("Session notes").fill(
        "- Sam will draft the project proposal by Friday\n"
        "- Action: Priya to share the onboarding checklist next Tuesday\n"
    )
    p.get_by_label("Mentee's name").fill("Sam")
    p.get_by_label("Mentor's name").fill("Priya")
    p.get_by_role("button", name="Extract action items").click()
    expect(p.get_by_text("2 action items (your edits included)")).to_be_visible()
    with p.expect_download() as download_info:
        p.get_by_role("button", name="Download .ics").click()
    download = download_info.value
    assert download.suggested_filename == "action-items.ics"
    ics = Path(download.path()).read_text(encoding="utf-8")
    assert ics.count("BEGIN:VTODO") == 2 and "DUE;VALUE=DATE:" in ics
    assert "draft the project proposal" in ics.lower()
    shoot(p, "mentor-actions", tmp_path)


def test_a_full_grow_session_that_listens_in_chromium(page: Page, tmp_path: Path) -> None:
    """A vague answer is probed, a request to decide is handed back, and the summary's action
    item goes into the action-items editor."""
    p = page
    go(p, "Mentor", "Mentor workspace")
    p.get_by_label("Topic (optional)").fill("I want to move into product management")
    p.get_by_role("button", name="Start GROW session").click()
    # A cold server loads the retrieval index and the sentence encoder on first use.
    cold = 3 * TIMEOUT_MS
    first = p.get_by_text("moving into product management", exact=False).first
    expect(first).to_be_visible(timeout=cold)
    answer_box = p.get_by_label("Mentee's answer")

    def send(answer: str, heard: str) -> None:
        answer_box.fill(answer)
        p.get_by_role("button", name="Send answer").click()
        message = p.get_by_test_id("stChatMessage").filter(has_text=answer)
        expect(message).to_have_count(1, timeout=cold)
        expect(p.get_by_text(heard, exact=False).first).to_be_visible()

    send("I want to move into product management within the next year", "Heard: a goal")
    send("not sure, it's all a bit stuck", "probing in the same stage")
    expect(p.get_by_text("Reality · question 2", exact=False)).to_be_visible()
    send(
        "I've been a business analyst for four years and I work with the PMs every day",
        "Heard: the current situation",
    )
    send("Just tell me what to do.", "handing the choice back")
    expect(p.get_by_text("Options · question 2", exact=False)).to_be_visible()
    send("I could ask for a stretch project, or take a product course", "Heard: 2 options")
    answer_box.fill("I'll ask my manager for the stretch project by Friday")
    p.get_by_role("button", name="Send answer").click()
    expect(p.get_by_role("heading", name="Summary")).to_be_visible()
    expect(p.get_by_text("Take a product course").first).to_be_visible()
    shoot(p, "mentor-grow-summary", tmp_path)
    p.get_by_role("button", name="Edit and export these action items").click()
    expect(p.get_by_text("Loaded into Notes → action items below.")).to_be_visible()
    p.get_by_role("tab", name="Notes → action items").click()
    expect(p.get_by_text("1 action item (your edits included)")).to_be_visible()


def test_coordinator_and_ask_pages_render_in_chromium(page: Page, tmp_path: Path) -> None:
    p = page
    # A new browser session starts empty: nothing typed in another session shows up here.
    expect(p.get_by_label("Your goals (one per line)")).to_have_value("")
    expect(p.get_by_role("heading", name="Agenda: First meeting, 60 minutes")).to_have_count(0)

    go(p, "Coordinator", "Coordinator workspace")
    expect(p.get_by_text(re.compile(r"^\d+ documents, \d+ chunks\.$"))).to_be_visible()
    expect(p.get_by_test_id("stDataFrame")).to_be_visible()
    shoot(p, "coordinator", tmp_path)
    p.get_by_role("tab", name="Program FAQ").click()
    p.get_by_role("button", name="Build FAQ").click()
    expect(p.get_by_role("button", name="Download FAQ (Markdown)")).to_be_visible()
    shoot(p, "coordinator-faq", tmp_path)

    go(p, "Ask", "Ask the guidance")
    p.get_by_test_id("stChatInputTextArea").fill("How should I prepare for the first meeting?")
    p.keyboard.press("Enter")
    expect(p.get_by_test_id("stChatMessage")).to_have_count(2)
    expect(p.get_by_text("Sources")).to_be_visible()
    shoot(p, "ask", tmp_path)
