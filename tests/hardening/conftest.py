"""Helpers for the hardening tests: real processes on one data directory, and byte searches."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_cli(
    *args: str, home: Path, stdin: str | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """``mentor-assist ARGS`` as its own process with ``home`` as the data directory."""
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "MENTOR_ASSIST_HOME": str(home)},
        cwd=ROOT,
        timeout=timeout,
    )


def files_containing(folder: Path, marker: str) -> list[Path]:
    """Every file under ``folder`` whose bytes contain ``marker`` (UTF-8, any case)."""
    needles = {marker.encode(), marker.lower().encode(), marker.upper().encode()}
    return [
        path
        for path in sorted(folder.rglob("*"))
        if path.is_file() and any(needle in path.read_bytes() for needle in needles)
    ]


@pytest.fixture
def guidance(tmp_path: Path) -> Iterator[Path]:
    """A two-document stand-in for the shipped guidance (fast to index)."""
    folder = tmp_path / "guidance"
    folder.mkdir()
    (folder / "meetings.md").write_text(
        "# Meetings\n\n## How often to meet\n\nMentor and mentee meet every two weeks.\n\n"
        "## Confidentiality\n\nWhat is said in a session stays private unless both agree.\n"
    )
    (folder / "goals.md").write_text(
        "# Goals\n\n## Setting goals\n\nThe mentee chooses three goals and writes them down.\n"
    )
    yield folder


def active_markdown(text: str) -> list[str]:
    """What in ``text`` a Markdown renderer would turn into an image, a link or raw HTML."""
    from markdown_it import MarkdownIt

    found = []
    for token in MarkdownIt("commonmark").parse(text):
        for part in [token, *(token.children or [])]:
            if part.type in ("image", "link_open", "html_inline", "html_block"):
                found.append(f"{part.type}: {part.attrs or part.content}")
    return found
