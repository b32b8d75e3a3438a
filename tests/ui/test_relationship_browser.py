"""The Relationship page in a real headless Chromium: create, one session, done, a check-up."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.relationship.store import RelationshipStore
from assistant.ui import harness

pytestmark = pytest.mark.browser

TIMEOUT_MS = 30_000
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
CHROMIUM = harness.chromium_path()

if CHROMIUM is None:
    reason = (
        "no Chromium binary found (install Debian's chromium package: "
        "apt-get install -y chromium, or set CHROMIUM_PATH)"
    )
    print(f"SKIPPED browser tests: {reason}")
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402


@pytest.fixture
def served(app_server: harness.AppServer) -> harness.AppServer:
    """The app served once per run for the browser tests (tests/conftest.py); no other test
    there creates a relationship."""
    return app_server


@pytest.fixture
def page(served: harness.AppServer) -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = harness.launch(playwright, str(CHROMIUM))
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1800})
            context.set_default_timeout(TIMEOUT_MS)
            tab = context.new_page()
            tab.goto(served.url)
            expect(tab.get_by_role("heading", name="Mentee workspace")).to_be_visible(
                timeout=TIMEOUT_MS
            )
            yield tab
        finally:
            browser.close()


def test_the_relationship_page_through_a_session_and_a_check_up(
    page: Page, served: harness.AppServer, tmp_path: Path
) -> None:
    p = page
    p.get_by_test_id("stSidebarNav").get_by_role("link", name="Relationship").click()
    expect(p.get_by_role("heading", name="Relationship", exact=True)).to_be_visible(
        timeout=TIMEOUT_MS
    )

    p.get_by_label("Mentor's name").fill("Priya")
    p.get_by_label("Mentee's name").fill("Sam")
    p.get_by_label("Top 3 goals (one per line)").fill("Lead a team")
    p.get_by_role("button", name="Create relationship").click()
    # exact: the agreement's expander title also holds these words once the page has drawn it
    expect(p.get_by_text("Priya (mentor) and Sam (mentee)", exact=True)).to_be_visible(
        timeout=TIMEOUT_MS
    )

    expect(p.get_by_text("Notes never leave this machine", exact=False)).to_be_visible(
        timeout=TIMEOUT_MS
    )
    p.get_by_label("Session notes").fill(
        "- Sam will draft the project proposal by Friday\n"
        "- Priya will share the onboarding checklist\n"
    )
    p.get_by_role("button", name="Add session").click()
    expect(p.get_by_text("Session recorded with 2 action items.")).to_be_visible(timeout=TIMEOUT_MS)

    harness.settle(p)  # until the run ends, the old tabs may still stand beside the new ones
    p.get_by_role("tab", name="Action items").click()
    expect(p.get_by_text("Open action items (2)")).to_be_visible(timeout=TIMEOUT_MS)
    p.get_by_role("button", name="Done").first.click()
    expect(p.get_by_text("marked done.", exact=False)).to_be_visible(timeout=TIMEOUT_MS)
    expect(p.get_by_text("Open action items (1)")).to_be_visible(timeout=TIMEOUT_MS)

    harness.settle(p)
    p.get_by_role("tab", name="Check-up").click()
    form = p.get_by_test_id("stForm").filter(has_text="Score check-up")
    form.get_by_text("poor", exact=True).click()
    for question in ("energized", "satisfied"):
        group = form.get_by_test_id("stRadio").filter(has_text=question)
        group.get_by_text("no", exact=True).click()
    p.get_by_role("button", name="Score check-up").click()
    expect(p.get_by_text("Check-up stored: plan.")).to_be_visible(timeout=TIMEOUT_MS)
    expect(p.get_by_text("needs attention", exact=False)).to_be_visible(timeout=TIMEOUT_MS)
    shot = tmp_path / "relationship.png"
    p.screenshot(path=str(shot))
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        shutil.copyfile(shot, SCREENSHOTS / shot.name)

    (record,) = RelationshipStore(served.home).list()
    assert [item.status for item in record.items].count("done") == 1
    assert [c.route for c in record.checkups] == ["plan"]
    assert not record.checkups[0].suitable
