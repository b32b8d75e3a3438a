"""Reading replies off the wire: every malformed reply is a provider error with a plain message."""

from __future__ import annotations

import json

import pytest

from assistant.config import Settings
from assistant.errors import ProviderOutputError, ProviderUnavailableError
from assistant.providers.wire import reply_text, sse_data, stream_texts

SERVER = "The model at http://127.0.0.1:1/v1"


def event(content: str, finish: bool = False) -> bytes:
    choice = {
        "index": 0,
        "delta": {"content": content},
        "finish_reason": "stop" if finish else None,
    }
    return f"data: {json.dumps({'choices': [choice]})}\n\n".encode()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"choices": [{"message": {"content": "Hi', "not valid JSON"),
        (b"[1, 2]", "not valid JSON"),
        (b'{"choices": []}', "without any choices"),
        (b'{"error": {"message": "model overloaded"}}', "answered with an error: model overloaded"),
        (b'{"choices": [{"message": {"content": 42}}]}', "content is not text"),
    ],
)
def test_a_malformed_reply_is_an_output_error(body: bytes, message: str) -> None:
    with pytest.raises(ProviderOutputError, match=message):
        reply_text(body, SERVER)


def test_a_reply_without_content_is_empty_text() -> None:
    assert reply_text(b'{"choices": [{"message": {"content": null}}]}', SERVER) == ""


def test_events_split_anywhere_are_read_whole() -> None:
    body = event("Set goals ") + b": a comment\n\n" + event("together [1].", finish=True)
    body += b"data: [DONE]\n\n"
    pieces = [body[i : i + 7] for i in range(0, len(body), 7)]  # cut mid-line everywhere
    assert "".join(stream_texts(pieces, SERVER)) == "Set goals together [1]."
    assert list(sse_data([b"data: a\r\ndata: b\r\n\r\n"])) == [b"a\nb"]


def test_a_malformed_event_or_an_unfinished_stream_is_a_provider_error() -> None:
    with pytest.raises(ProviderOutputError, match="malformed stream event"):
        list(stream_texts([event("Set goals "), b"data: {oops\n\n"], SERVER))
    with pytest.raises(ProviderUnavailableError, match="stopped sending the answer midway"):
        list(stream_texts([event("Set goals ")], SERVER))


def test_a_server_that_ignores_stream_is_read_as_one_reply() -> None:
    body = b'{"choices": [{"message": {"content": "Meet every two weeks [1]."}}]}'
    assert list(stream_texts([body], SERVER)) == ["Meet every two weeks [1]."]


def test_the_deadline_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings.load().deadline == 45.0
    monkeypatch.setenv("MENTOR_ASSIST_DEADLINE", "7.5")
    assert Settings.load().deadline == 7.5
