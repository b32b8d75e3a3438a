"""Fixtures for the language-model provider tests.

The model tests replay HTTP cassettes under ``tests/cassettes/<module>/<test>.yaml`` that were
recorded from a real OpenAI-compatible server (``scripts/record_cassettes.py``: llama-cpp-python
serving SmolLM2-135M-Instruct). Replay uses vcrpy record mode ``none``: a request without a
recorded answer fails the test. ``MENTOR_ASSIST_RECORD=1`` records them again (mode ``all``).

Tests that take the ``endpoint`` fixture also run as ``[live]`` variants against the endpoint
configured in ``OPENAI_BASE_URL`` / ``OPENAI_API_KEY`` / ``MENTOR_ASSIST_MODEL`` when pytest is
run with ``-m live``; otherwise those variants are skipped with the reason.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import vcr

from assistant.config import Settings
from assistant.providers.fallback import FallbackProvider
from assistant.providers.offline import OfflineProvider
from assistant.providers.openai_chat import OpenAIProvider

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
RECORDING = os.environ.get("MENTOR_ASSIST_RECORD") == "1"
RECORDED_URL = os.environ.get("MENTOR_ASSIST_RECORD_URL", "http://127.0.0.1:8765/v1")
RECORDED_MODEL = "SmolLM2-135M-Instruct"
# Read at import time: the shared autouse fixture clears these for every test.
LIVE_BASE_URL = os.environ.get("OPENAI_BASE_URL")
LIVE_API_KEY = os.environ.get("OPENAI_API_KEY")
LIVE_MODEL = os.environ.get("MENTOR_ASSIST_MODEL")
SECRET_HEADERS = ("authorization", "api-key", "x-api-key", "openai-organization", "openai-project")


@dataclass(frozen=True)
class Endpoint:
    """Where the model tests send requests: a cassette replay/recording, or a live server."""

    mode: str  # "replay", "record" or "live"
    base_url: str | None
    api_key: str | None
    model: str
    timeout: float
    cassette: Any = None  # the vcrpy cassette when replaying or recording

    @property
    def live(self) -> bool:
        return self.mode == "live"


def _live_requested(config: pytest.Config) -> bool:
    expression = " ".join((config.getoption("-m", default="") or "").split())
    return "live" in expression and "not live" not in expression


@pytest.fixture(params=["recorded", pytest.param("live", marks=pytest.mark.live)])
def endpoint(request: pytest.FixtureRequest) -> Iterator[Endpoint]:
    """The model endpoint for this test, with the cassette active when replaying or recording."""
    if request.param == "live":
        if not _live_requested(request.config):
            pytest.skip("live variant: run pytest -m live with OPENAI_BASE_URL or OPENAI_API_KEY")
        if not (LIVE_BASE_URL or LIVE_API_KEY):
            pytest.skip("live tests need OPENAI_BASE_URL or OPENAI_API_KEY to be set")
        yield Endpoint("live", LIVE_BASE_URL, LIVE_API_KEY, LIVE_MODEL or "gpt-4o-mini", 60.0)
        return
    if _live_requested(request.config):
        pytest.skip("recorded variant: not run with -m live")
    with cassette(request) as tape:
        yield recorded_endpoint(tape)


@pytest.fixture
def recorded(request: pytest.FixtureRequest) -> Iterator[Endpoint]:
    """Like ``endpoint`` but cassette-only (for tests whose assertions depend on one recording)."""
    if _live_requested(request.config):
        pytest.skip("cassette-only test: not run with -m live")
    with cassette(request) as tape:
        yield recorded_endpoint(tape)


def recorded_endpoint(tape: Any) -> Endpoint:
    mode = "record" if RECORDING else "replay"
    return Endpoint(mode, RECORDED_URL, None, RECORDED_MODEL, 180.0 if RECORDING else 5.0, tape)


def cassette(request: pytest.FixtureRequest):
    module = Path(str(request.node.fspath)).stem
    recorder = vcr.VCR(
        cassette_library_dir=str(CASSETTES / module),
        record_mode="all" if RECORDING else "none",
        match_on=("method", "path"),
        filter_headers=[(name, None) for name in SECRET_HEADERS],
        decode_compressed_response=True,
    )
    return recorder.use_cassette(f"{request.node.originalname}.yaml")


def llm_settings(home: Path, endpoint: Endpoint, **changes: object) -> Settings:
    values: dict[str, object] = {
        "home": home,
        "provider": "openai",
        "model": endpoint.model,
        "base_url": endpoint.base_url,
        "api_key": endpoint.api_key,
        "context_window": 2048,
        "timeout": endpoint.timeout,
        "max_retries": 0,
    }
    values.update(changes)
    return Settings(**values)


@pytest.fixture
def make_llm(kb, home: Path) -> Callable[..., OpenAIProvider]:
    """Build an OpenAIProvider over the shared knowledge base for an endpoint."""

    def build(endpoint: Endpoint, **changes: object) -> OpenAIProvider:
        json_mode = changes.pop("json_mode", None)
        temperature = changes.pop("temperature", None)
        settings = llm_settings(home, endpoint, **changes)
        offline = OfflineProvider(kb, settings.sessions_dir)
        return OpenAIProvider(
            settings,
            kb,
            offline,
            json_mode=json_mode,  # type: ignore[arg-type]
            temperature=temperature,  # type: ignore[arg-type]
        )

    return build


@pytest.fixture
def fallback_for(make_llm: Callable[..., OpenAIProvider]) -> Callable[..., FallbackProvider]:
    def build(endpoint: Endpoint, **changes: object) -> FallbackProvider:
        primary = make_llm(endpoint, **changes)
        return FallbackProvider(primary, primary.offline)

    return build


# --------------------------------------------------------------------------- fault server


@dataclass
class FaultServer:
    """A local HTTP server answering every request with a fixed status (bounded, loopback)."""

    url: str
    requests: list[str]


def closed_port() -> int:
    """A loopback port with nothing listening on it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def fault_server() -> Iterator[Callable[..., FaultServer]]:
    servers: list[ThreadingHTTPServer] = []

    def start(
        status: int,
        body: bytes = b'{"error": {"message": "fault"}}',
        *,
        headers: dict[str, str] | None = None,
        max_requests: int = 20,
        handler: Callable[[BaseHTTPRequestHandler, int], None] | None = None,
    ) -> FaultServer:
        seen: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                self.rfile.read(length)
                seen.append(self.path)
                if len(seen) > max_requests:
                    self.send_error(503)
                    return
                if handler is not None:
                    handler(self, len(seen))
                    return
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return FaultServer(f"http://127.0.0.1:{server.server_address[1]}/v1", seen)

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
