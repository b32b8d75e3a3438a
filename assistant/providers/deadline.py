"""An overall deadline for answering one request with the model, however many calls it takes.

A capability may call the model more than once (a JSON answer asked again, a cut stream started
again, a retry after HTTP 429), and a server may hang or send one byte a second. The deadline is
started when the request arrives and shared by every call made for it; when it has passed, the
call in progress is abandoned and the offline engine answers with a notice.

:func:`within` makes a deadline current for the calls made inside it (a ``ContextVar``, so threads
serving different users do not share one); :func:`current` returns it, or starts a new one when no
request set one.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

DEFAULT_SECONDS = 45.0  # with retrieval and the offline answer, a capability answers within 60 s


@dataclass(frozen=True)
class Deadline:
    """``seconds`` from ``started`` (``time.monotonic``)."""

    seconds: float
    started: float = field(default_factory=time.monotonic)

    @property
    def ends(self) -> float:
        return self.started + self.seconds

    def remaining(self) -> float:
        """Seconds left; never negative."""
        return max(0.0, self.ends - time.monotonic())

    @property
    def passed(self) -> bool:
        return time.monotonic() >= self.ends

    def cap(self, seconds: float) -> float:
        """``seconds``, or the time left if that is shorter (at least a moment, never zero)."""
        return max(0.01, min(seconds, self.remaining()))


_CURRENT: ContextVar[Deadline | None] = ContextVar("assistant_model_deadline", default=None)


@contextmanager
def within(deadline: Deadline) -> Iterator[Deadline]:
    """Make ``deadline`` the one every model call inside this block shares."""
    token = _CURRENT.set(deadline)
    try:
        yield deadline
    finally:
        _CURRENT.reset(token)


def current(seconds: float) -> Deadline:
    """The request's deadline, or a new one of ``seconds`` when no request set one."""
    return _CURRENT.get() or Deadline(seconds)
