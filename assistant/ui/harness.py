"""Serve the app on a free local port and drive it in headless Chromium.

Used by the end-to-end browser test, the UI benchmark and the screenshot script. Chromium is
the system's own binary (e.g. Debian's ``chromium`` package) driven by Playwright.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright

APP = Path(__file__).resolve().parents[2] / "app.py"
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)


def chromium_path() -> str | None:
    """The system Chromium (``CHROMIUM_PATH`` overrides), or None when there is none."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if Path(configured).exists() else None
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class AppServer:
    """A running ``streamlit run app.py`` and where to reach it."""

    process: subprocess.Popen[bytes]
    url: str
    home: Path
    log: Path
    started: float
    ready: float

    @property
    def startup_seconds(self) -> float:
        return self.ready - self.started

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout: float) -> None:
    """Poll ``/_stcore/health`` until it answers ``ok`` (or the server dies or time runs out)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the app server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    raise TimeoutError(f"the app server did not become healthy within {timeout:.0f} s")


@contextmanager
def serve(
    home: Path, *, port: int | None = None, timeout: float = 60.0, env: dict[str, str] | None = None
) -> Iterator[AppServer]:
    """Run the app with ``home`` as its data directory; stop it on exit."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    home.mkdir(parents=True, exist_ok=True)
    log = Path(tempfile.mkstemp(prefix="streamlit-", suffix=".log")[1])
    process_env = {
        **os.environ,
        "MENTOR_ASSIST_HOME": str(home),
        "MENTOR_ASSIST_PROVIDER": "offline",
        **(env or {}),
    }
    command = [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    started = time.monotonic()
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command, cwd=APP.parent, env=process_env, stdout=sink, stderr=subprocess.STDOUT
        )
    try:
        wait_healthy(url, process, timeout)
        yield AppServer(process, url, home, log, started, time.monotonic())
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def launch(playwright: Playwright, executable: str) -> Browser:
    """Headless Chromium with a fresh profile that makes no network requests of its own."""
    return playwright.chromium.launch(
        executable_path=executable, headless=True, args=list(CHROMIUM_ARGS)
    )


def settle(page: Page) -> None:
    """Wait until the app has finished its current run (a run that is still drawing can show the
    old elements beside the new ones)."""
    page.wait_for_function(
        "() => { const app = document.querySelector('[data-testid=\"stApp\"]');"
        " return app && app.getAttribute('data-test-script-state') !== 'running'; }"
    )


def first_contentful_paint(page: Any) -> float | None:
    """The page's first-contentful-paint time in milliseconds, if the browser recorded one."""
    value = page.evaluate(
        "() => { const e = performance.getEntriesByName('first-contentful-paint');"
        " return e.length ? e[0].startTime : null; }"
    )
    return float(value) if value is not None else None
