"""Shared fixtures: all state in a temp dir, no network beyond loopback, one shared index."""

from __future__ import annotations

import ipaddress
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from model_cassettes import live_requested

from assistant.config import Settings
from assistant.retrieval import KnowledgeBase
from assistant.service import Assistant

ENV_TO_CLEAR = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "MENTOR_ASSIST_PROVIDER",
    "MENTOR_ASSIST_MODEL",
    "MENTOR_ASSIST_REDACT_PII",
    "MENTOR_ASSIST_CONTEXT_WINDOW",
    "MENTOR_ASSIST_TIMEOUT",
    "MENTOR_ASSIST_DEADLINE",
    "CHROMA_HOST",
    "CHROMA_PORT",
)


class NetworkBlocked(RuntimeError):
    """A unit test tried to reach a host other than this machine."""


def _is_loopback(host: object) -> bool:
    if not isinstance(host, str):
        return False
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True, scope="session")
def _block_network(request: pytest.FixtureRequest) -> Iterator[None]:
    """Sockets may reach loopback only, so a missing cassette fails loudly instead of calling out.

    Tests marked ``live`` run against a configured endpoint and are exempt.
    """
    if live_requested(request.config):
        yield
        return
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def check(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0] if isinstance(address, tuple) else address
            if not _is_loopback(host):
                raise NetworkBlocked(f"unit tests may not connect to {address!r}")

    def connect(self: socket.socket, address: object) -> None:
        check(self, address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        check(self, address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host is not None and not _is_loopback(host):
            raise NetworkBlocked(f"unit tests may not resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    try:
        yield
    finally:
        socket.socket.connect = real_connect  # type: ignore[method-assign]
        socket.socket.connect_ex = real_connect_ex  # type: ignore[method-assign]
        socket.getaddrinfo = real_getaddrinfo  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory and a clean provider environment."""
    for name in ENV_TO_CLEAR:
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "home"
    monkeypatch.setenv("MENTOR_ASSIST_HOME", str(path))
    return path


@pytest.fixture(scope="session")
def kb_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory whose index of the shipped knowledge base is built once per run."""
    path = tmp_path_factory.mktemp("kb-home")
    KnowledgeBase(Settings.load(home=path)).index()
    return path


@pytest.fixture(scope="session")
def kb(kb_home: Path) -> KnowledgeBase:
    """A shared, read-only knowledge base over the shipped guidance."""
    knowledge_base = KnowledgeBase(Settings.load(home=kb_home))
    knowledge_base.ensure_ready()
    return knowledge_base


@pytest.fixture
def assistant(kb: KnowledgeBase, home: Path) -> Assistant:
    """The offline facade over the shared index, with sessions in this test's own home."""
    return Assistant(Settings.load(home=home), kb=kb)


@pytest.fixture(scope="session")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built as a wheel and installed, without its dependencies, into a folder of its
    own: built once per run for the tests of the installed package. Put the folder on PYTHONPATH
    to run that copy instead of the checkout; use it read-only."""
    root = Path(__file__).resolve().parent.parent
    folder = tmp_path_factory.mktemp("wheel")
    dist = folder / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(root), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(dist)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    target = folder / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
         str(next(dist.glob("*.whl")))],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    return target


@pytest.fixture(scope="session")
def app_server(kb_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """``streamlit run app.py`` on a copy of the indexed data directory, started once for the
    browser tests of the app (each opens its own browser session). Tests may add what they check
    (a relationship, a GROW session) but nothing that changes another test's page."""
    from assistant.ui import harness

    home = tmp_path_factory.mktemp("app-server") / "home"
    shutil.copytree(kb_home, home, ignore=shutil.ignore_patterns("sessions", "*.lock"))
    with harness.serve(home) as server:
        yield server
