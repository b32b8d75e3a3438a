"""Every capability and chat, against every fault a model server can have: each answers offline,
with a notice saying why, within the deadline.

The deadline is short here (``DEADLINE``) so the suite stays fast; one test shows the real default
bound (a capability answers within 60 s whatever the server does).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.service import Assistant
from tests.faults.capabilities import CAPABILITIES, NOTES, TODAY, caller
from tests.faults.fault_server import FAULTS, FaultServer

DEADLINE = 1.5
TIMEOUT = 1.0
# Beyond the deadline and the offline engine's own time: threads, sockets, a busy 2-core machine.
SLACK = 0.5

# What the notice says for each fault (one of these fragments).
REASONS = {
    "429": ("rate-limiting requests (HTTP 429)",),
    "500": ("server error (HTTP 500)",),
    "503": ("server error (HTTP 503)",),
    "hang": ("did not finish answering within 1.5 s", "did not answer in time"),
    "drip": ("did not finish answering within 1.5 s",),
    "cut": ("stopped sending the answer midway",),
    "malformed_json": ("not valid JSON",),
    "malformed_sse": ("not valid JSON", "malformed stream event"),
    "empty_choices": ("without any choices", "empty answer"),
    "huge": ("larger than 2 MB; it was refused", "tokens asked for; it was refused"),
}


def facade(kb, home: Path, url: str, **changes: object) -> Assistant:
    values: dict[str, object] = {
        "home": home,
        "provider": "openai",
        "base_url": url,
        "model": "fault-model",
        "timeout": TIMEOUT,
        "deadline": DEADLINE,
        "max_retries": 2,
    }
    values.update(changes)
    return Assistant(Settings(**values), kb=kb)


def offline_seconds(capability: str, kb, home: Path) -> float:
    """The offline engine's time for the capability, warm (what the fallback adds)."""
    assistant = Assistant(Settings(home=home), kb=kb)
    caller(capability, assistant)()  # warm: data files, models, caches
    call = caller(capability, assistant)
    started = time.monotonic()
    call()
    return time.monotonic() - started


@pytest.mark.parametrize("capability", CAPABILITIES)
@pytest.mark.parametrize("fault", FAULTS)
def test_every_capability_answers_offline_within_the_deadline(
    fault: str, capability: str, kb, home: Path
) -> None:
    local = offline_seconds(capability, kb, home)
    with FaultServer(fault, lifetime=30) as server:
        assistant = facade(kb, home, server.url)
        call = caller(capability, assistant)
        started = time.monotonic()
        answered = call()
        elapsed = time.monotonic() - started
    assert server.requests, "the model was not called"
    bound = DEADLINE + local + SLACK
    assert elapsed < bound, f"{fault}/{capability} took {elapsed:.2f} s (bound {bound:.2f} s)"
    assert answered.provider == "offline"
    assert answered.has_content
    assert answered.notice and any(reason in answered.notice for reason in REASONS[fault]), (
        answered.notice
    )
    assert server.url.removesuffix("/v1") in answered.notice


def test_a_drip_is_cut_off_by_the_default_deadline_within_60_seconds(kb, home: Path) -> None:
    """The real defaults (20 s per request, 2 retries, 45 s deadline) bound streamed chat."""
    with FaultServer("drip", lifetime=90) as server:
        assistant = Assistant(
            Settings(home=home, provider="openai", base_url=server.url, model="m"), kb=kb
        )
        assert assistant.settings.deadline == 45.0 and assistant.settings.timeout == 20.0
        call = caller("chat", assistant)
        started = time.monotonic()
        answered = call()
        elapsed = time.monotonic() - started
    assert elapsed < 60, elapsed
    assert elapsed > 44  # the drip was followed until the deadline, not dropped early
    assert answered.provider == "offline" and "within 45 s" in (answered.notice or "")


def test_a_retry_after_longer_than_the_deadline_is_not_waited_for(kb, home: Path) -> None:
    with FaultServer("429", retry_after=30, lifetime=30) as server:
        assistant = facade(kb, home, server.url, deadline=10.0)
        started = time.monotonic()
        reply = assistant.ask("How do I prepare for my first mentoring meeting?")
        elapsed = time.monotonic() - started
    assert elapsed < 2, elapsed
    assert len(server.requests) == 1  # asked to wait 30 s with 10 s left: no retry
    assert reply.provider == "offline" and "HTTP 429" in (reply.notice or "")


def test_a_retry_after_within_the_deadline_is_honoured(kb, home: Path) -> None:
    with FaultServer("503", lifetime=30) as server:
        assistant = facade(kb, home, server.url, deadline=10.0, max_retries=2)
        reply = assistant.ask("How do I prepare for my first mentoring meeting?")
    assert len(server.requests) == 3  # one try and two retries, each backing off
    assert reply.provider == "offline" and "HTTP 503" in (reply.notice or "")


FILLER = "We talked about the project at length and agreed on next steps.\n"
TEN_MB_NOTES = (NOTES + FILLER) * 160_000


@pytest.mark.parametrize("capability", ["actions", "reflect"])
def test_ten_megabytes_of_notes_are_trimmed_to_the_context_window(
    capability: str, kb, home: Path
) -> None:
    assert len(TEN_MB_NOTES) > 10_000_000
    with FaultServer("malformed_json", lifetime=30) as server:
        assistant = facade(kb, home, server.url, context_window=4096, deadline=20.0)
        started = time.monotonic()
        if capability == "actions":
            reply = assistant.actions(TEN_MB_NOTES[:2_000_000], today=TODAY, mentee="Sam")
        else:
            reply = assistant.reflect("session", notes=TEN_MB_NOTES)
        elapsed = time.monotonic() - started
    assert reply.notice and reply.provider == "offline"
    assert server.request_bytes
    # 4096 tokens is about 16 KB of English; JSON escaping and the schema add a little.
    assert max(server.request_bytes) < 40_000, server.request_bytes
    sent = "\n".join(m["content"] for m in server.requests[0]["messages"])
    assert "Priya will send Sam two articles" in sent  # the beginning of the notes is kept
    assert "…" in sent
    assert elapsed < 20
