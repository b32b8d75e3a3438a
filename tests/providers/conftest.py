"""Fixtures for the language-model provider tests.

The model tests replay HTTP cassettes under ``tests/cassettes/<module>/<test>.yaml`` that were
recorded from a real OpenAI-compatible server (see ``tests/model_cassettes.py``). Replay uses
vcrpy record mode ``none``: a request without a recorded answer fails the test.
``MENTOR_ASSIST_RECORD=1`` records them again (mode ``all``).

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

import pytest

from assistant.config import Settings
from assistant.providers.fallback import FallbackProvider
from assistant.providers.offline import OfflineProvider
from assistant.providers.openai_chat import OpenAIProvider
from tests.model_cassettes import (
    Endpoint,
    cassette,
    live_requested,
    recorded_endpoint,
    recorded_only,
)

# Read at import time: the shared autouse fixture clears these for every test.
LIVE_BASE_URL = os.environ.get("OPENAI_BASE_URL")
LIVE_API_KEY = os.environ.get("OPENAI_API_KEY")
LIVE_MODEL = os.environ.get("MENTOR_ASSIST_MODEL")


@pytest.fixture(params=["recorded", pytest.param("live", marks=pytest.mark.live)])
def endpoint(request: pytest.FixtureRequest) -> Iterator[Endpoint]:
    """The model endpoint for this test, with the cassette active when replaying or recording."""
    if request.param == "live":
        if not live_requested(request.config):
            pytest.skip("live variant: run pytest -m live with OPENAI_BASE_URL or OPENAI_API_KEY")
        if not (LIVE_BASE_URL or LIVE_API_KEY):
            pytest.skip("live tests need OPENAI_BASE_URL or OPENAI_API_KEY to be set")
        yield Endpoint("live", LIVE_BASE_URL, LIVE_API_KEY, LIVE_MODEL or "gpt-4o-mini", 60.0)
        return
    if live_requested(request.config):
        pytest.skip("recorded variant: not run with -m live")
    with cassette(request) as tape:
        yield recorded_endpoint(tape)


@pytest.fixture
def recorded(request: pytest.FixtureRequest) -> Iterator[Endpoint]:
    """Like ``endpoint`` but cassette-only (for tests whose assertions depend on one recording)."""
    yield from recorded_only(request)


def llm_settings(home: Path, endpoint: Endpoint, **changes: object) -> Settings:
    values: dict[str, object] = {
        "home": home,
        "provider": "openai",
        "model": endpoint.model,
        "base_url": endpoint.base_url,
        "api_key": endpoint.api_key,
        "context_window": 2048,
        "timeout": endpoint.timeout,
        # Room for a slow CPU model while recording; replay answers at once.
        "deadline": 3 * endpoint.timeout,
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
