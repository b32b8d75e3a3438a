"""HTTP cassettes of a real model's answers, shared by every test that talks to a model.

Cassettes live under ``tests/cassettes/<test module>/<test name>.yaml``. They were recorded from
a real OpenAI-compatible server (``scripts/record_cassettes.py``: llama-cpp-python serving
SmolLM2-135M-Instruct). Replay uses vcrpy record mode ``none``: a request without a recorded
answer fails the test. ``MENTOR_ASSIST_RECORD=1`` records them again (mode ``all``) against
``MENTOR_ASSIST_RECORD_URL``. Authorization and API-key headers are never written.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import vcr

CASSETTES = Path(__file__).resolve().parent / "cassettes"
RECORDING = os.environ.get("MENTOR_ASSIST_RECORD") == "1"
RECORDED_URL = os.environ.get("MENTOR_ASSIST_RECORD_URL", "http://127.0.0.1:8765/v1")
RECORDED_MODEL = "SmolLM2-135M-Instruct"
# Seconds to wait for the model: generous while recording from a CPU, short when replaying.
RECORDED_TIMEOUT = 180.0 if RECORDING else 5.0
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


def live_requested(config: pytest.Config) -> bool:
    """Whether pytest was asked to run the ``live`` tests (``-m live``)."""
    expression = " ".join((config.getoption("-m", default="") or "").split())
    return "live" in expression and "not live" not in expression


def cassette(request: pytest.FixtureRequest) -> Any:
    """The vcrpy cassette context of the requesting test (replay, or record when asked)."""
    module = Path(str(request.node.fspath)).stem
    recorder = vcr.VCR(
        cassette_library_dir=str(CASSETTES / module),
        record_mode="all" if RECORDING else "none",
        match_on=("method", "path"),
        filter_headers=[(name, None) for name in SECRET_HEADERS],
        decode_compressed_response=True,
    )
    name = f"{request.node.originalname}.yaml"
    if RECORDING:  # vcrpy's "all" mode appends to an old file; a re-recording starts empty
        (CASSETTES / module / name).unlink(missing_ok=True)
    return recorder.use_cassette(name)


def recorded_endpoint(tape: Any) -> Endpoint:
    """The recording server's endpoint, with ``tape`` as its cassette."""
    mode = "record" if RECORDING else "replay"
    return Endpoint(mode, RECORDED_URL, None, RECORDED_MODEL, RECORDED_TIMEOUT, tape)


def recorded_only(request: pytest.FixtureRequest) -> Iterator[Endpoint]:
    """Body of a cassette-only fixture: the recorded endpoint with its cassette active.

    Skipped under ``-m live``: such a test's assertions depend on one recording.
    """
    if live_requested(request.config):
        pytest.skip("cassette-only test: not run with -m live")
    with cassette(request) as tape:
        yield recorded_endpoint(tape)


def streamed_text(body: str | bytes) -> str:
    """The text of a recorded server-sent-events chat stream."""
    text = body.decode() if isinstance(body, bytes) else body
    pieces = []
    for line in text.splitlines():
        if line.startswith("data: ") and line != "data: [DONE]":
            delta = json.loads(line[6:])["choices"][0]["delta"]
            pieces.append(delta.get("content") or "")
    return "".join(pieces)
