"""One bounded HTTP exchange with the model server: deadline, size cap, retries, any fault.

The request is sent and its body read on a worker thread; the caller takes the body's bytes from
a queue and waits no longer than the request's :class:`~assistant.providers.deadline.Deadline`,
so a server that hangs, or sends one byte a second, cannot hold the caller past it (the read
timeout of an HTTP client restarts with every byte; this does not). The worker stops at the
next byte, retry wait or attempt once the caller has given up.

* Retries (HTTP 408, 409, 429, 5xx, connection failures and timeouts, before any of the body
  arrived) wait as the server's ``Retry-After`` asks, or back off exponentially; a wait that
  would end after the deadline is not made: the error is raised at once.
* A body larger than :data:`MAX_REPLY_BYTES` is refused (no model answer is that long).
* Every exception, expected or not, reaches the caller as an :mod:`assistant.errors` provider
  error, so the fallback to the offline engine always applies.
"""

from __future__ import annotations

import email.utils
import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import openai

from assistant.errors import ProviderError, ProviderOutputError, ProviderUnavailableError
from assistant.providers.deadline import Deadline
from assistant.providers.openai_errors import reason, translate, where

logger = logging.getLogger("assistant.providers.openai")

MAX_REPLY_BYTES = 2_000_000  # a long answer is a few kilobytes; JSON or SSE framing included
RETRY_STATUSES = frozenset({408, 409, 429})
BACKOFF_FIRST = 0.5
BACKOFF_MAX = 8.0

# Opens the response for one attempt, given that attempt's timeout in seconds.
Opener = Callable[[float], AbstractContextManager[Any]]


@dataclass(frozen=True)
class Limits:
    """What bounds one exchange: the shared deadline, per-attempt timeout, retries, size cap."""

    deadline: Deadline
    timeout: float
    max_retries: int
    max_bytes: int = MAX_REPLY_BYTES


class Exchange:
    """Body bytes of one request to ``base_url``, bounded by ``limits`` (iterate it once)."""

    def __init__(self, opener: Opener, limits: Limits, *, base_url: str | None, model: str):
        self.opener = opener
        self.limits = limits
        self.base_url = base_url
        self.model = model
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._stop = threading.Event()

    @property
    def server(self) -> str:
        return where(self.base_url)

    def late(self) -> ProviderUnavailableError:
        """The error for a deadline that has passed."""
        return ProviderUnavailableError(
            f"{self.server} did not finish answering within {self.limits.deadline.seconds:g} s "
            "(MENTOR_ASSIST_DEADLINE)."
        )

    def __iter__(self) -> Iterator[bytes]:
        if self.limits.deadline.passed:
            raise self.late()
        worker = threading.Thread(target=self._work, name="model-exchange", daemon=True)
        worker.start()
        deadline = self.limits.deadline
        try:
            while True:
                try:
                    kind, value = self._queue.get(timeout=deadline.remaining())
                except queue.Empty:
                    raise self.late() from None
                if kind == "data":
                    yield value
                elif kind == "end":
                    return
                else:
                    raise value
        finally:
            self._stop.set()  # the worker stops at its next step

    # The worker thread ----------------------------------------------------------------------

    def _work(self) -> None:
        try:
            self._attempts()
            self._queue.put(("end", None))
        except BaseException as error:  # every fault reaches the caller as a provider error
            self._queue.put(("error", self._provider_error(error)))

    def _attempts(self) -> None:
        limits = self.limits
        for attempt in range(limits.max_retries + 1):
            if self._stop.is_set():
                return
            if limits.deadline.passed:
                raise self.late()
            try:
                with self.opener(limits.deadline.cap(limits.timeout)) as response:
                    self._read(response)
                return
            except _BodyStarted as started:
                raise started.error from started.error.__cause__
            except (openai.APIStatusError, openai.APIConnectionError) as error:
                delay = retry_delay(error, attempt)
                if delay is None or attempt == limits.max_retries:
                    raise
                if delay >= limits.deadline.remaining():
                    logger.info(
                        "%s: not retrying; the wait of %.1f s passes the deadline",
                        self.server,
                        delay,
                    )
                    raise
                logger.info("%s: %s; retrying in %.2f s", self.server, type(error).__name__, delay)
                if self._stop.wait(delay):
                    return

    def _read(self, response: Any) -> None:
        size = 0
        try:
            for chunk in response.iter_bytes():
                if self._stop.is_set():
                    return
                size += len(chunk)
                if size > self.limits.max_bytes:
                    raise ProviderOutputError(
                        f"{self.server} sent an answer larger than "
                        f"{self.limits.max_bytes // 1_000_000} MB; it was refused."
                    )
                self._queue.put(("data", chunk))
        except BaseException as error:
            if not size:
                raise
            # Part of the body was passed on: never retry behind the caller's back.
            if _transport(error):
                cut = ProviderUnavailableError(
                    f"{self.server} stopped sending the answer midway ({reason(error)})."
                )
                cut.__cause__ = error
                error = cut
            raise _BodyStarted(error) from error

    def _provider_error(self, error: BaseException) -> ProviderError:
        if isinstance(error, ProviderError):
            return error
        if isinstance(error, openai.OpenAIError) or _transport(error):
            mapped = translate(error, base_url=self.base_url, model=self.model)
        else:
            logger.warning("unexpected error from the model client", exc_info=error)
            mapped = ProviderError(
                f"{self.server} failed unexpectedly ({type(error).__name__}); try again, or "
                "use --provider offline."
            )
        mapped.__cause__ = error
        return mapped


class _BodyStarted(Exception):
    """The body failed after some of it was passed on; carries the original error."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _transport(error: BaseException) -> bool:
    """A failure of the connection itself (httpx/httpcore exceptions, socket errors)."""
    module = type(error).__module__.split(".")[0]
    return module in {"httpx", "httpx2", "httpcore", "httpcore2"} or isinstance(error, OSError)


def retry_delay(error: BaseException, attempt: int) -> float | None:
    """Seconds to wait before trying again, or None when the error is not worth retrying."""
    if isinstance(error, openai.APIStatusError):
        status = error.status_code
        if status not in RETRY_STATUSES and status < 500:
            return None
        asked = retry_after(error.response.headers)
        if asked is not None:
            return max(0.0, asked)
    elif not isinstance(error, openai.APIConnectionError):
        return None
    return min(BACKOFF_MAX, BACKOFF_FIRST * 2**attempt) * (1 - 0.25 * random.random())


def retry_after(headers: Any) -> float | None:
    """The wait a server asks for: ``retry-after-ms``, or ``retry-after`` in seconds or a date."""
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return float(value) / divisor
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()
