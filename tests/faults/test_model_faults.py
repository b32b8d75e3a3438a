"""Every capability and chat, against every fault a model server can have: each answers offline,
with a notice saying why, within the deadline.

The deadline is short here (``DEADLINE``) so the suite stays fast; one test shows the real default
bound (a capability answers within 60 s whatever the server does). That test waits out the real
45 s deadline, so its call starts when the module starts and runs beside the other tests (a drip
is a byte a second: it takes no CPU to speak of); the test itself only collects its outcome.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.service import Assistant
from tests.faults.capabilities import CAPABILITIES, NOTES, TODAY, Answered, caller
from tests.faults.fault_server import FAULTS, FaultServer

DEADLINE = 2.5
# The faults that only the deadline (or a Retry-After wait) ends are waited out in full, so they get
# a shorter one: still above the read timeout (a hang is timed out, then the retry is cut short)
# and the 1 s Retry-After (a 429 is retried once). Server errors keep DEADLINE: their backoff
# (0.5 s, then 1 s) must fit in it for the notice to name the HTTP status.
WAITED_OUT = {"hang": 1.5, "drip": 1.5, "429": 1.5}
TIMEOUT = 1.0
# Beyond the deadline and the offline engine's own time (taken twice: the machine is shared and
# busy): threads and sockets. Without the deadline a drip takes minutes and a hang 3 timeouts.
SLACK = 1.0

# What the notice says for each fault (one of these fragments).
REASONS = {
    "429": ("rate-limiting requests (HTTP 429)",),
    "500": ("server error (HTTP 500)",),
    "503": ("server error (HTTP 503)",),
    "hang": (f"did not finish answering within {WAITED_OUT['hang']:g} s", "did not answer in time"),
    "drip": (f"did not finish answering within {WAITED_OUT['drip']:g} s",),
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
    assistant = Assistant(Settings(**values), kb=kb)
    # Load the client's lazily imported parts now: a one-off cost, not the server's fault.
    assert assistant.provider.primary.client.chat.completions.with_streaming_response
    return assistant


_OFFLINE_SECONDS: dict[str, float] = {}


def offline_seconds(capability: str, kb, home: Path) -> float:
    """The offline engine's time for the capability, warm (what the fallback adds)."""
    if capability not in _OFFLINE_SECONDS:
        assistant = Assistant(Settings(home=home), kb=kb)
        caller(capability, assistant)()  # warm: data files, models, caches
        call = caller(capability, assistant)
        started = time.monotonic()
        call()
        _OFFLINE_SECONDS[capability] = time.monotonic() - started
    return _OFFLINE_SECONDS[capability]


@pytest.mark.parametrize("capability", CAPABILITIES)
@pytest.mark.parametrize("fault", FAULTS)
def test_every_capability_answers_offline_within_the_deadline(
    fault: str, capability: str, kb, home: Path
) -> None:
    local = offline_seconds(capability, kb, home)
    # A byte every 0.25 s: each read arrives well within the 1 s read timeout, so only the
    # overall deadline can stop it (the whole reply would take over a minute).
    with FaultServer(fault, drip_interval=0.25, lifetime=30) as server:
        deadline = WAITED_OUT.get(fault, DEADLINE)
        assistant = facade(kb, home, server.url, deadline=deadline)
        call = caller(capability, assistant)
        started = time.monotonic()
        answered = call()
        elapsed = time.monotonic() - started
    assert server.requests, "the model was not called"
    bound = deadline + 2 * local + SLACK
    assert elapsed < bound, f"{fault}/{capability} took {elapsed:.2f} s (bound {bound:.2f} s)"
    assert answered.provider == "offline"
    assert answered.has_content
    assert answered.notice and any(reason in answered.notice for reason in REASONS[fault]), (
        answered.notice
    )
    assert server.url.removesuffix("/v1") in answered.notice


@dataclass
class DefaultDrip:
    """A streamed chat against a drip with the real default settings, run in its own thread."""

    deadline: float | None = None
    timeout: float | None = None
    elapsed: float | None = None
    answered: Answered | None = None
    error: BaseException | None = None
    thread: threading.Thread | None = None


@pytest.fixture(scope="module", autouse=True)
def default_deadline_drip(kb, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DefaultDrip]:
    """Start the real-defaults drip when the module starts: it waits 45 s for nothing but the
    clock, so it runs while the other tests here run. Its test, last, reads the outcome."""
    home = tmp_path_factory.mktemp("default-deadline") / "home"
    outcome = DefaultDrip()
    server = FaultServer("drip", lifetime=90)

    def chat() -> None:
        try:
            assistant = Assistant(
                Settings(home=home, provider="openai", base_url=server.url, model="m"), kb=kb
            )
            outcome.deadline = assistant.settings.deadline
            outcome.timeout = assistant.settings.timeout
            call = caller("chat", assistant)
            started = time.monotonic()
            outcome.answered = call()
            outcome.elapsed = time.monotonic() - started
        except BaseException as error:
            outcome.error = error

    with server:
        thread = threading.Thread(target=chat, name="default-deadline-drip", daemon=True)
        thread.start()
        # The retrieval before the model call is done before the timed tests start.
        waited = time.monotonic() + 60
        while not server.requests and thread.is_alive() and time.monotonic() < waited:
            time.sleep(0.05)
        outcome.thread = thread
        yield outcome
    # Stopping the server ends the drip (when its test was not selected, at once).
    thread.join(timeout=90)


def test_a_retry_after_longer_than_the_deadline_is_not_waited_for(kb, home: Path) -> None:
    with FaultServer("429", retry_after=30, lifetime=30) as server:
        assistant = facade(kb, home, server.url, deadline=10.0)
        started = time.monotonic()
        reply = assistant.ask("How do I prepare for my first mentoring meeting?")
        elapsed = time.monotonic() - started
    assert elapsed < 5, elapsed  # not 30 s
    assert len(server.requests) == 1  # asked to wait 30 s with 10 s left: no retry
    assert reply.provider == "offline" and "HTTP 429" in (reply.notice or "")


def test_a_retry_after_within_the_deadline_is_honoured(kb, home: Path) -> None:
    with FaultServer("429", retry_after=0.4, lifetime=30) as server:
        assistant = facade(kb, home, server.url, deadline=10.0, max_retries=2)
        started = time.monotonic()
        reply = assistant.ask("How do I prepare for my first mentoring meeting?")
        elapsed = time.monotonic() - started
    assert len(server.requests) == 3  # one try and two retries, each after the wait asked for
    assert elapsed > 0.8
    assert reply.provider == "offline" and "HTTP 429" in (reply.notice or "")


def test_server_errors_are_retried_with_backoff_within_the_deadline(kb, home: Path) -> None:
    with FaultServer("503", lifetime=30) as server:
        assistant = facade(kb, home, server.url, deadline=10.0, max_retries=2)
        reply = assistant.ask("How do I prepare for my first mentoring meeting?")
    assert len(server.requests) == 3
    assert reply.provider == "offline" and "HTTP 503" in (reply.notice or "")


FILLER = "We talked about the project at length and agreed on next steps.\n"
TEN_MB_NOTES = (NOTES + FILLER) * 160_000


MODEL_ANSWERS = {
    "actions": '{"action_items": [{"task": "Send Sam two articles on giving feedback", '
    '"owner": "Priya", "due": "Friday"}]}',
    "reflect": "What went well today? [1]\nWhat would you change next time? [1]\n"
    "What will you try before we meet again? [1]",
}


@pytest.mark.parametrize("capability", ["actions", "reflect"])
def test_ten_megabytes_of_notes_are_trimmed_to_the_context_window(
    capability: str, kb, home: Path
) -> None:
    assert len(TEN_MB_NOTES) > 10_000_000
    with FaultServer("none", answer=MODEL_ANSWERS[capability], lifetime=30) as server:
        assistant = facade(kb, home, server.url, context_window=4096, deadline=20.0)
        if capability == "actions":
            reply = assistant.actions(TEN_MB_NOTES, today=TODAY, mentee="Sam", mentor="Priya")
        else:
            reply = assistant.reflect("session", notes=TEN_MB_NOTES)
    assert reply.provider == "openai" and reply.notice is None  # the model's answer was used
    assert len(server.requests) == 1
    # 4096 tokens is about 16 KB of English; JSON escaping and the schema add a little.
    assert server.request_bytes[0] < 40_000, server.request_bytes
    sent = "\n".join(m["content"] for m in server.requests[0]["messages"])
    assert "Priya will send Sam two articles" in sent  # the beginning of the notes is kept
    assert "…" in sent  # and the cut is marked


# Last in the module: the call it checks has been running since the module started.
def test_a_drip_is_cut_off_by_the_default_deadline_within_60_seconds(
    default_deadline_drip: DefaultDrip,
) -> None:
    """The real defaults (20 s per request, 2 retries, 45 s deadline) bound streamed chat."""
    outcome = default_deadline_drip
    assert outcome.thread is not None
    outcome.thread.join(timeout=90)
    if outcome.error is not None:
        raise outcome.error
    assert outcome.deadline == 45.0 and outcome.timeout == 20.0
    elapsed, answered = outcome.elapsed, outcome.answered
    assert elapsed is not None and answered is not None, "the chat did not finish within 90 s"
    assert elapsed < 60, elapsed
    assert elapsed > 44  # the drip was followed until the deadline, not dropped early
    assert answered.provider == "offline" and "within 45 s" in (answered.notice or "")
