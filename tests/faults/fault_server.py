"""A fault-injecting OpenAI-compatible chat server, for tests and ``benchmarks/faults.py`` only.

It listens on loopback only, answers every ``POST .../chat/completions`` with one fault (or,
with the fault ``none``, a healthy reply saying ``answer``), and is bounded: it serves at most
``max_requests`` requests, every wait in it ends when the server stops, and it stops by itself
after ``lifetime`` seconds. Use it as a context manager::

    with FaultServer("drip") as server:
        settings = Settings(..., base_url=server.url)

Faults (:data:`FAULTS`): HTTP 429 with ``Retry-After``, 500, 503, a hang (the request is read and
never answered), a slow drip (a valid reply sent one byte every ``drip_interval`` seconds), a cut
(part of a reply, then the connection closes), malformed JSON in a 200 reply, a malformed
server-sent-events line, a reply with no choices, and a huge (20 MB) answer. Non-streamed and
streamed requests each get the fault in their own form.
"""

from __future__ import annotations

import contextlib
import functools
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULTS = (
    "429",
    "500",
    "503",
    "hang",
    "drip",
    "cut",
    "malformed_json",
    "malformed_sse",
    "empty_choices",
    "huge",
)
FAULT_TITLES = {
    "429": "HTTP 429, Retry-After: 1",
    "500": "HTTP 500",
    "503": "HTTP 503",
    "hang": "hang (never answers)",
    "drip": "slow drip (1 byte/s)",
    "cut": "cut mid-reply",
    "malformed_json": "malformed JSON (200)",
    "malformed_sse": "malformed SSE line",
    "empty_choices": "empty choices",
    "huge": "20 MB answer",
}
HUGE_BYTES = 20_000_000
ANSWER = "Agree on your goals together at the first meeting [1]. What matters most to you?"


def completion(content: str) -> bytes:
    body = {
        "id": "fault-1",
        "object": "chat.completion",
        "created": 0,
        "model": "fault",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
    }
    return json.dumps(body).encode()


def sse_event(content: str, finish: bool = False) -> bytes:
    chunk = {
        "id": "fault-1",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "fault",
        "choices": [
            {"index": 0, "delta": {"content": content}, "finish_reason": "stop" if finish else None}
        ],
    }
    return f"data: {json.dumps(chunk)}\n\n".encode()


HUGE_PIECE = "Agree on your goals together. " * 1000  # 30 KB


@functools.cache
def huge_completion() -> bytes:
    """A 20 MB non-streamed reply (built once: building it takes a moment on a busy machine)."""
    return completion(HUGE_PIECE * (HUGE_BYTES // len(HUGE_PIECE)))


class FaultServer:
    """A loopback server answering every chat request with ``fault`` (see the module doc)."""

    def __init__(
        self,
        fault: str,
        *,
        retry_after: float = 1.0,
        drip_interval: float = 1.0,
        max_requests: int = 50,
        lifetime: float = 120.0,
        answer: str = ANSWER,
    ) -> None:
        if fault not in (*FAULTS, "none"):
            raise ValueError(f"unknown fault {fault!r}; known: {', '.join(FAULTS)} and none")
        self.fault = fault
        self.retry_after = retry_after
        self.drip_interval = drip_interval
        self.max_requests = max_requests
        self.lifetime = lifetime
        self.answer = answer  # what a healthy reply ("none", and the drip) says
        self.requests: list[dict[str, Any]] = []  # the JSON body of each request
        self.request_bytes: list[int] = []
        self.stopped = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._timer: threading.Timer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start the server first"
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FaultServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        if self.fault == "huge":
            huge_completion()
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        server.daemon_threads = True
        self._server = server
        threading.Thread(target=server.serve_forever, name="fault-server", daemon=True).start()
        self._timer = threading.Timer(self.lifetime, self.stop)
        self._timer.daemon = True
        self._timer.start()

    def stop(self) -> None:
        if self.stopped.is_set():
            return
        self.stopped.set()  # ends every wait in a handler
        if self._timer is not None:
            self._timer.cancel()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    # Faults -------------------------------------------------------------------------------------

    def respond(self, handler: BaseHTTPRequestHandler, stream: bool) -> None:
        fault = self.fault
        if fault == "none":
            self._send(handler, 200, self._good(stream), stream=stream)
        elif fault in ("429", "500", "503"):
            headers = {"retry-after": f"{self.retry_after:g}"} if fault == "429" else {}
            body = json.dumps({"error": {"message": f"injected {fault}"}}).encode()
            self._send(handler, int(fault), body, headers=headers)
        elif fault == "hang":
            self.stopped.wait(self.lifetime)  # never answers; ends when the server stops
        elif fault == "drip":
            body = self._good(stream)
            self._head(handler, 200, stream, len(body))
            for index in range(len(body)):
                if self.stopped.wait(self.drip_interval):
                    return
                handler.wfile.write(body[index : index + 1])
                handler.wfile.flush()
        elif fault == "cut":
            body = self._good(stream)
            self._head(handler, 200, stream, len(body))
            handler.wfile.write(body[: len(body) // 2])
            handler.wfile.flush()
            handler.close_connection = True
        elif fault == "malformed_json":
            self._send(handler, 200, b'{"id": "fault-1", "choices": [{"message": {"content": "Agr')
        elif fault == "malformed_sse":
            body = sse_event("Agree on ") + b"data: {not json at all\n\n" + b"data: [DONE]\n\n"
            self._send(handler, 200, body, stream=True)
        elif fault == "empty_choices":
            if stream:
                body = b'data: {"id": "fault-1", "choices": []}\n\ndata: [DONE]\n\n'
            else:
                body = b'{"id": "fault-1", "object": "chat.completion", "choices": []}'
            self._send(handler, 200, body, stream=stream)
        elif fault == "huge":
            self._huge(handler, stream)

    def _good(self, stream: bool) -> bytes:
        if not stream:
            return completion(self.answer)
        words = self.answer.split(" ")
        events = [sse_event(w + " ", finish=i == len(words) - 1) for i, w in enumerate(words)]
        return b"".join(events) + b"data: [DONE]\n\n"

    def _huge(self, handler: BaseHTTPRequestHandler, stream: bool) -> None:
        if stream:
            self._head(handler, 200, True, None)
            event = sse_event(HUGE_PIECE)
            for _ in range(HUGE_BYTES // len(event)):
                if self.stopped.is_set():
                    return
                handler.wfile.write(event)
            handler.wfile.write(sse_event("", finish=True) + b"data: [DONE]\n\n")
            return
        self._send(handler, 200, huge_completion())

    @staticmethod
    def _head(
        handler: BaseHTTPRequestHandler, status: int, stream: bool, length: int | None
    ) -> None:
        handler.send_response(status)
        handler.send_header("content-type", "text/event-stream" if stream else "application/json")
        if length is not None:
            handler.send_header("content-length", str(length))
        else:
            handler.close_connection = True
        handler.end_headers()

    def _send(
        self,
        handler: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        *,
        stream: bool = False,
        headers: dict[str, str] | None = None,
    ) -> None:
        handler.send_response(status)
        handler.send_header("content-type", "text/event-stream" if stream else "application/json")
        handler.send_header("content-length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)


def _handler(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("content-length") or 0))
            server.request_bytes.append(len(raw))
            try:
                request = json.loads(raw or b"{}")
            except ValueError:
                request = {}
            server.requests.append(request)
            if len(server.requests) > server.max_requests or server.stopped.is_set():
                server._send(self, 503, b'{"error": {"message": "request limit reached"}}')
                return
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                server.respond(self, bool(request.get("stream")))  # the client may give up

        def log_message(self, *args: object) -> None:
            pass

    return Handler
