"""When the model cannot answer, the offline engine does, with a notice; input is never lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import ConfigError, ProviderUnavailableError
from assistant.providers.factory import build_provider
from assistant.providers.fallback import FallbackProvider
from assistant.providers.offline import OfflineProvider
from assistant.providers.openai_chat import MISSING_KEY, OpenAIProvider
from assistant.requests import ActionsRequest, AskRequest
from tests.providers.conftest import Endpoint, FaultServer, closed_port

QUESTION = "How do I prepare for my first mentoring meeting?"


def offline_endpoint(url: str) -> Endpoint:
    return Endpoint("replay", url, None, "test-model", 2.0)


def test_unreachable_server_answers_offline_with_a_notice(
    fallback_for: Callable[..., FallbackProvider],
) -> None:
    url = f"http://127.0.0.1:{closed_port()}/v1"
    provider = fallback_for(offline_endpoint(url))
    started = time.monotonic()
    outcome = provider.invoke(AskRequest(QUESTION))
    assert time.monotonic() - started < 10
    assert outcome.provider == "offline"
    assert outcome.notice == (
        f"The model at {url} could not be reached (connection refused); "
        "answered with the offline engine."
    )
    assert outcome.result.grounded and outcome.result.citations
    # The next request does not wait for the dead server again.
    assert provider.down
    again = provider.invoke(AskRequest(QUESTION))
    assert again.provider == "offline" and again.notice == outcome.notice


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (429, "is rate-limiting requests (HTTP 429)"),
        (500, "had a server error (HTTP 500)"),
        (401, "rejected the API key (HTTP 401); check OPENAI_API_KEY"),
    ],
)
def test_error_statuses_fall_back_after_bounded_retries(
    status: int,
    expected: str,
    fault_server: Callable[..., FaultServer],
    fallback_for: Callable[..., FallbackProvider],
) -> None:
    server = fault_server(status, headers={"retry-after-ms": "10"})
    provider = fallback_for(offline_endpoint(server.url), max_retries=1)
    notes = "Sam will update the CV by Friday. Email sam@example.org."
    outcome = provider.invoke(ActionsRequest(notes=notes, today=date(2024, 5, 6), mentee="Sam"))
    assert outcome.provider == "offline"
    assert expected in outcome.notice and outcome.notice.endswith(
        "answered with the offline engine."
    )
    # The user's notes were still used: the offline engine extracted the action item.
    assert any("CV" in item.task for item in outcome.result.items)
    retried = 2 if status in (429, 500) else 1  # the SDK retries 429/5xx, not 401
    assert server.requests == ["/v1/chat/completions"] * retried


def test_missing_key_and_url_is_a_config_error(kb, home: Path) -> None:
    settings = Settings(home=home, provider="openai")
    offline = OfflineProvider(kb, settings.sessions_dir)
    with pytest.raises(ConfigError) as caught:
        build_provider(settings, kb=kb, offline=offline)
    assert str(caught.value) == MISSING_KEY
    assert "OPENAI_API_KEY" in MISSING_KEY and "--provider offline" in MISSING_KEY


def test_factory_wraps_the_model_with_the_offline_engine(kb, home: Path) -> None:
    settings = Settings(home=home, provider="openai", base_url="http://127.0.0.1:9/v1")
    offline = OfflineProvider(kb, settings.sessions_dir)
    provider = build_provider(settings, kb=kb, offline=offline)
    assert isinstance(provider, FallbackProvider)
    assert isinstance(provider.primary, OpenAIProvider) and provider.offline is offline
    assert provider.primary.client.api_key  # a placeholder key for a local server
    offline_settings = Settings(home=home)
    assert build_provider(offline_settings, kb=kb, offline=offline) is offline


def test_a_cut_connection_maps_to_unavailable(fault_server, fallback_for) -> None:
    def hang_up(handler, count: int) -> None:
        handler.send_response(200)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", "500")
        handler.end_headers()
        handler.wfile.write(b'{"choices": [')
        handler.wfile.flush()
        handler.close_connection = True

    server = fault_server(200, handler=hang_up)
    provider = fallback_for(offline_endpoint(server.url))
    with pytest.raises(ProviderUnavailableError):
        provider.primary.invoke(AskRequest(QUESTION))


def test_cli_contract_unreachable_server_exits_0_with_offline_answer(kb_home: Path) -> None:
    env = dict(os.environ)
    for name in ("OPENAI_API_KEY", "MENTOR_ASSIST_MODEL"):
        env.pop(name, None)
    port = closed_port()
    env.update(
        MENTOR_ASSIST_PROVIDER="openai",
        OPENAI_BASE_URL=f"http://127.0.0.1:{port}/v1",
        MENTOR_ASSIST_HOME=str(kb_home),
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", QUESTION, "--json"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert elapsed < 30
    data = json.loads(done.stdout)
    assert data["provider"] == "offline"
    assert f"127.0.0.1:{port}" in data["notice"] and "offline engine" in data["notice"]
    assert data["citations"] and all(c["source"] and c["text"] for c in data["citations"])
    assert data["grounded"] is True
