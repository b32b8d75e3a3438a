"""Streaming: sentences are checked before they are shown; a cut stream restarts as a whole."""

from __future__ import annotations

import json
from collections.abc import Callable

from assistant.config import Settings
from assistant.providers.fallback import FallbackProvider
from assistant.service import Assistant
from assistant.streaming import StreamEvent, guarded_stream, stream_answer
from tests.providers.conftest import FaultServer, closed_port

QUESTION = "How do I prepare for my first mentoring meeting?"


def sse(*pieces: str, finish: bool = True) -> bytes:
    lines = []
    for index, piece in enumerate(pieces):
        last = finish and index == len(pieces) - 1
        chunk = {
            "id": "c1", "object": "chat.completion.chunk", "created": 0, "model": "m",
            "choices": [{"index": 0, "delta": {"content": piece},
                         "finish_reason": "stop" if last else None}],
        }  # fmt: skip
        lines.append(f"data: {json.dumps(chunk)}\n\n")
    if finish:
        lines.append("data: [DONE]\n\n")
    return "".join(lines).encode()


def streaming_handler(bodies: list[bytes]) -> Callable:
    def handle(handler, count: int) -> None:
        body = bodies[min(count, len(bodies)) - 1]
        handler.send_response(200)
        handler.send_header("content-type", "text/event-stream")
        handler.end_headers()
        handler.wfile.write(body)
        handler.wfile.flush()
        handler.close_connection = True

    return handle


def facade(kb, home, url: str) -> Assistant:
    settings = Settings(
        home=home, provider="openai", base_url=url, timeout=2.0, max_retries=0,
        context_window=2048,
    )  # fmt: skip
    return Assistant(settings, kb=kb)


def texts(events: list[StreamEvent]) -> list[str]:
    return [e.text for e in events if e.kind == "text"]


def test_guarded_stream_rewrites_a_flagged_sentence_before_showing_it() -> None:
    pieces = [
        "Setting goals together helps [1]. Don't wor",
        "ry, I will take care of ever",
        "ything for you. What matters most to you?",
    ]
    events = list(guarded_stream(pieces))
    assert [e.kind for e in events] == ["text", "text", "text"]
    first, second, third = events
    assert first.text == "Setting goals together helps [1]." and not first.rewritten
    assert second.rewritten and "take care of" in second.original
    assert "take care of" not in second.text
    assert {f.category for f in second.findings} >= {"rescuing"}
    assert third.text.strip() == "What matters most to you?"
    assert second.to_dict()["findings"][0]["category"]


def test_a_cut_stream_is_restarted_and_the_partial_text_discarded(kb, home, fault_server) -> None:
    first = sse("Preparing goals helps [1]. Then the conn", finish=False)
    second = sse("Bring your top three goals [1]. ", "What do you want from the relationship?")
    server: FaultServer = fault_server(200, handler=streaming_handler([first, second]))
    assistant = facade(kb, home, server.url)
    events = list(stream_answer(assistant, QUESTION, k=3))
    kinds = [e.kind for e in events]
    assert kinds[0] == "text" and "restart" in kinds and kinds[-1] == "done"
    after = events[kinds.index("restart") + 1 :]
    done = events[-1]
    assert done.provider == "openai" and done.notice is None
    assert (
        done.answer.answer
        == "Bring your top three goals [1]. What do you want from the relationship?"
    )
    assert "Then the conn" not in done.answer.answer
    assert "".join(texts(after)).strip() == done.answer.answer
    assert done.answer.grounded and len(done.answer.citations) >= 1
    assert server.requests == ["/v1/chat/completions"] * 2


def test_invalid_citation_numbers_are_removed_while_streaming(kb, home, fault_server) -> None:
    body = sse("Set goals early [1][7]. ", "Agree how to meet [2, 9]. What would help you most?")
    server = fault_server(200, handler=streaming_handler([body]))
    assistant = facade(kb, home, server.url)
    events = list(stream_answer(assistant, QUESTION, k=2))
    done = events[-1]
    assert "[7]" not in done.answer.answer and "9" not in done.answer.answer
    assert done.answer.answer.startswith("Set goals early [1]. Agree how to meet [2].")
    assert len(done.answer.citations) == 2


def test_a_stream_that_keeps_failing_is_answered_offline(kb, home) -> None:
    url = f"http://127.0.0.1:{closed_port()}/v1"
    assistant = facade(kb, home, url)
    events = list(stream_answer(assistant, QUESTION))
    assert "restart" not in [e.kind for e in events]  # nothing was shown before the failure
    done = events[-1]
    assert done.kind == "done" and done.provider == "offline"
    assert "could not be reached (connection refused)" in done.notice
    assert done.answer.grounded and done.answer.citations
    assert isinstance(assistant.provider, FallbackProvider) and assistant.provider.down


def test_offline_provider_streams_one_checked_answer(assistant) -> None:
    events = list(stream_answer(assistant, QUESTION))
    done = events[-1]
    assert done.provider == "offline" and done.notice is None
    assert "".join(texts(events)).strip() == done.answer.answer
    assert done.answer.citations
    assert done.to_dict()["event"] == "done" and done.to_dict()["citations"]
