"""Reading a chat-completions reply off the wire: a JSON body, or a server-sent-events stream.

Read by hand rather than through the SDK's models so that every malformed reply (not JSON, no
choices, a broken event line, an error object in a 200 reply) becomes a
:class:`~assistant.errors.ProviderOutputError` with a readable message, never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from assistant.errors import ProviderOutputError, ProviderUnavailableError


def reply_text(body: bytes, server: str) -> str:
    """The first choice's message text of a non-streamed reply (empty when it has none)."""
    data = _json(body, server, "a reply that is not valid JSON")
    message = _first_choice(data, server).get("message")
    if not isinstance(message, dict):
        raise ProviderOutputError(f"{server} sent a reply without a message.")
    content = message.get("content")
    if content is None:
        return ""
    if not isinstance(content, str):
        raise ProviderOutputError(f"{server} sent a message whose content is not text.")
    return content


def stream_texts(chunks: Iterable[bytes], server: str) -> Iterator[str]:
    """The text pieces of a streamed reply; raises if the stream ends before the model finished.

    A server that ignored ``stream`` and sent one JSON reply is read as such.
    """
    finished = False
    events = 0
    body: list[bytes] = []  # kept until the first event, in case the reply is not a stream

    def keep(chunks: Iterable[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            if not events:
                body.append(chunk)
            yield chunk

    for payload in sse_data(keep(chunks)):
        events += 1
        body.clear()
        if payload.strip() == b"[DONE]":
            finished = True
            break
        event = _json(payload, server, "a malformed stream event")
        if not event.get("choices"):  # e.g. a final usage-only event
            if "choices" not in event:
                _raise_error_object(event, server)
            continue
        choice = _first_choice(event, server)
        delta = choice.get("delta")
        content = delta.get("content") if isinstance(delta, dict) else None
        if isinstance(content, str) and content:
            yield content
        elif content is not None and not isinstance(content, str):
            raise ProviderOutputError(f"{server} sent a stream event whose content is not text.")
        finished = finished or bool(choice.get("finish_reason"))
    if not events and b"".join(body).strip():
        yield reply_text(b"".join(body), server)
        return
    if not finished:  # the connection closed before the model said it was done
        raise ProviderUnavailableError(f"{server} stopped sending the answer midway.")


def sse_data(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The ``data`` of each server-sent event (several ``data:`` lines joined by newlines)."""
    buffer = bytearray()
    data: list[bytes] = []
    for chunk in chunks:
        buffer.extend(chunk)
        end = buffer.rfind(b"\n")
        if end == -1:
            continue
        lines = bytes(buffer[:end]).split(b"\n")
        del buffer[: end + 1]
        for line in lines:
            line = line.rstrip(b"\r")
            if not line:
                if data:
                    yield b"\n".join(data)
                    data = []
            elif line.startswith(b"data:"):
                value = line[5:]
                data.append(value[1:] if value.startswith(b" ") else value)
            # other fields (event:, id:, retry:) and comments (":") carry no text
    tail = bytes(buffer).rstrip(b"\r")
    if tail.startswith(b"data:"):
        data.append(tail[5:].lstrip(b" "))
    if data:
        yield b"\n".join(data)


def _json(body: bytes, server: str, what: str) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ProviderOutputError(f"{server} sent {what}.") from None
    if not isinstance(data, dict):
        raise ProviderOutputError(f"{server} sent {what}.")
    return data


def _first_choice(data: dict[str, Any], server: str) -> dict[str, Any]:
    choices = data.get("choices")
    if choices is None:
        _raise_error_object(data, server)
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise ProviderOutputError(f"{server} sent a reply without any choices.")
    return choices[0]


def _raise_error_object(data: dict[str, Any], server: str) -> None:
    error = data.get("error")
    if isinstance(error, dict):
        error = error.get("message")
    if error:
        raise ProviderOutputError(f"{server} answered with an error: {str(error)[:200]}.")
    raise ProviderOutputError(f"{server} sent a reply without any choices.")
