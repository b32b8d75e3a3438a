"""Browser timings of the Streamlit app, measured in headless Chromium.

Prints the time from ``streamlit run`` starting to the server answering its health check and to
the first contentful paint of the app in Chromium, then the time each workspace's main action
takes from the click until its result is on screen (the first run of each, which in the agenda's
case also loads the knowledge base, and the median of the following runs).

    python benchmarks/ui.py [--repeat N] [--home DIR]

The knowledge base index is built before the server starts (and timed separately), so the
figures are about the app, not the first indexing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

from assistant.config import Settings
from assistant.retrieval import KnowledgeBase
from assistant.ui import harness

TIMEOUT_MS = 60_000


WATCH_RUNS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  window.__finishedRuns = 0;
  let running = false;
  new MutationObserver(() => {
    const state = app.getAttribute('data-test-script-state');
    if (state === 'running') { running = true; }
    else if (running) { running = false; window.__finishedRuns += 1; }
  }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""


def click_and_wait(page: Page, button: str) -> None:
    """Click a button and wait until the run it starts has finished."""
    before = page.evaluate("() => window.__finishedRuns")
    page.get_by_role("button", name=button).click()
    page.wait_for_function(f"() => window.__finishedRuns > {before}")


def timed(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=4, help="runs per action (default 4)")
    parser.add_argument("--home", type=Path, help="data directory (default: a fresh temp dir)")
    args = parser.parse_args(argv)

    executable = harness.chromium_path()
    if executable is None:
        print("No Chromium binary found: apt-get install -y chromium (or set CHROMIUM_PATH).")
        return 1
    from playwright.sync_api import expect, sync_playwright

    home = args.home or Path(tempfile.mkdtemp(prefix="ui-bench-")) / "home"
    index_seconds = timed(lambda: KnowledgeBase(Settings.load(home=home)).ensure_ready())
    print(f"index ready (built or checked) before start: {index_seconds:.2f} s")

    with harness.serve(home) as server, sync_playwright() as playwright:
        print(f"server start -> /_stcore/health ok: {server.startup_seconds:.2f} s")
        browser = harness.launch(playwright, executable)
        context = browser.new_context(viewport={"width": 1400, "height": 1600})
        context.set_default_timeout(TIMEOUT_MS)
        expect.set_options(timeout=TIMEOUT_MS)
        page = context.new_page()
        navigation_start = time.perf_counter()
        page.goto(server.url)
        expect(page.get_by_role("heading", name="Mentee workspace")).to_be_visible()
        title_seconds = time.perf_counter() - navigation_start
        fcp_ms = harness.first_contentful_paint(page) or float("nan")
        since_start = time.monotonic() - server.started
        print(f"first contentful paint (from navigation): {fcp_ms:.0f} ms")
        print(f"navigation -> app title visible: {title_seconds * 1000:.0f} ms")
        print(f"server start -> app title visible (incl. launching Chromium): {since_start:.2f} s")
        page.evaluate(WATCH_RUNS)

        results: dict[str, list[float]] = {}

        def measure(name: str, action: Callable[[int], None]) -> None:
            results[name] = [timed(lambda run=run: action(run)) for run in range(args.repeat)]

        def agenda(run: int) -> None:
            minutes = 30 + 5 * run
            page.get_by_label("Minutes", exact=True).fill(str(minutes))
            page.get_by_label("Minutes", exact=True).press("Enter")
            click_and_wait(page, "Build agenda")
            heading = f"Agenda: First meeting, {minutes} minutes"
            expect(page.get_by_role("heading", name=heading)).to_be_visible()

        page.get_by_label("Your goals (one per line)").fill("Present to leadership with confidence")
        measure("agenda", agenda)

        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Mentor").click()
        expect(page.get_by_role("heading", name="Mentor workspace")).to_be_visible()
        page.get_by_role("button", name="Start GROW session").click()
        answer_box = page.get_by_label("Mentee's answer")

        def grow(run: int) -> None:
            text = f"Answer {run}: I want to lead the weekly planning meeting by the end of March"
            answer_box.fill(text)
            click_and_wait(page, "Send answer")
            expect(page.get_by_test_id("stChatMessage").filter(has_text=text)).to_have_count(1)

        measure("GROW answer", grow)

        page.get_by_role("tab", name="Check my message").click()

        def check(run: int) -> None:
            page.get_by_label("Draft message").fill(f"Draft {run}: trust me, I know best.")
            click_and_wait(page, "Check my message")
            result = page.get_by_role("paragraph").filter(has_text=f"Draft {run}:")
            expect(result.locator("mark")).to_be_visible()

        measure("guard check", check)

        page.get_by_role("tab", name="Notes → action items").click()

        def actions(run: int) -> None:
            notes = "".join(f"- Sam will draft proposal {n} by Friday\n" for n in range(run + 1))
            page.get_by_label("Session notes").fill(notes)
            click_and_wait(page, "Extract action items")
            count = f"{run + 1} action item{'s' if run else ''} (your edits included)"
            expect(page.get_by_text(count)).to_be_visible()

        measure("action items", actions)

        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Coordinator").click()
        expect(page.get_by_role("heading", name="Coordinator workspace")).to_be_visible()
        page.get_by_role("tab", name="Program FAQ").click()

        def faq(run: int) -> None:
            count = 4 + run
            page.get_by_label("Questions", exact=True).fill(str(count))
            page.get_by_label("Questions", exact=True).press("Enter")
            click_and_wait(page, "Build FAQ")
            expect(page.get_by_role("button", name="Download FAQ (Markdown)")).to_be_visible()

        measure("FAQ", faq)

        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Ask").click()
        expect(page.get_by_role("heading", name="Ask the guidance")).to_be_visible()
        questions = (
            "How should I prepare for the first meeting?",
            "What should a partnership agreement cover?",
            "How do I end a mentoring relationship well?",
            "What makes a good mentee?",
        )

        def ask(run: int) -> None:
            page.get_by_test_id("stChatInputTextArea").fill(questions[run % len(questions)])
            page.keyboard.press("Enter")
            expect(page.get_by_test_id("stChatMessage")).to_have_count(2 * (run + 1))
            expect(page.get_by_role("button", name="Clear conversation")).to_be_visible()

        measure("ask", ask)
        browser.close()

    print()
    print(f"{'action (click -> result shown)':32} {'first':>9} {'median rest':>12}")
    for name, seconds in results.items():
        rest = statistics.median(seconds[1:]) if len(seconds) > 1 else float("nan")
        print(f"{name:32} {seconds[0] * 1000:7.0f} ms {rest * 1000:9.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
