"""CHROMA_HOST/CHROMA_PORT switch the store to a real Chroma server (``chroma run``)."""

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.retrieval import KnowledgeBase


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent))
    if chroma is None:
        pytest.fail("the chroma command (installed with chromadb) is missing")
    port = free_port()
    process = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                url = f"http://127.0.0.1:{port}/api/v2/heartbeat"
                with urllib.request.urlopen(url, timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("the Chroma server did not start")
                time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_index_and_search_through_a_chroma_server(
    chroma_server: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    guidance = tmp_path / "guidance"
    guidance.mkdir()
    (guidance / "meetings.md").write_text(
        "# Meetings\n\n## Frequency\n\nMentor and mentee meet every two weeks.\n\n"
        "## Confidentiality\n\nWhat is said in a session stays private.\n"
    )
    monkeypatch.setenv("CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CHROMA_PORT", str(chroma_server))
    settings = Settings.load(home=tmp_path / "home")
    report = KnowledgeBase(settings, knowledge_dir=guidance).index()
    assert report.added == ["meetings.md"] and report.chunks == 2
    assert not (tmp_path / "home" / "index").exists()  # nothing was stored locally

    fresh = KnowledgeBase(settings, knowledge_dir=guidance)
    assert fresh.index().unchanged == ["meetings.md"]
    assert fresh.search("Is what we say kept private?", k=1)[0].section == "Confidentiality"
