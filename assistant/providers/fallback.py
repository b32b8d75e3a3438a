"""Fallback: when the model cannot answer, the offline engine does, and the user is told why."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import ClassVar

from assistant.errors import ProviderError, ProviderUnavailableError
from assistant.providers.base import Outcome, Provider
from assistant.requests import Request

logger = logging.getLogger("assistant.providers.fallback")

# After the model was unreachable, skip it for this long (a chat session does not wait for the
# same timeout on every question).
COOLDOWN_SECONDS = 30.0


def fallback_notice(error: ProviderError) -> str:
    """E.g. "The model at … could not be reached (…); answered with the offline engine."."""
    return f"{str(error).rstrip('.')}; answered with the offline engine."


class FallbackProvider(Provider):
    """Tries ``primary``; on a provider error answers with ``offline`` and sets ``notice``.

    The request itself is passed to the offline engine unchanged, so the user's question, notes
    or GROW answer are never lost.
    """

    name: ClassVar[str] = "fallback"

    def __init__(
        self, primary: Provider, offline: Provider, *, cooldown: float = COOLDOWN_SECONDS
    ) -> None:
        self.primary = primary
        self.offline = offline
        self.cooldown = cooldown
        self._down_until = 0.0
        self._last_error: ProviderError | None = None

    @property
    def down(self) -> bool:
        return time.monotonic() < self._down_until

    def mark_down(self, error: ProviderError) -> None:
        if isinstance(error, ProviderUnavailableError):
            self._down_until = time.monotonic() + self.cooldown
            self._last_error = error

    def skip_notice(self) -> str:
        assert self._last_error is not None
        return fallback_notice(self._last_error)

    def invoke(self, request: Request) -> Outcome:
        if self.down:
            return self._offline(request, self.skip_notice())
        try:
            return self.primary.invoke(request)
        except ProviderError as error:
            logger.warning("provider failed, answering offline: %s", error)
            self.mark_down(error)
            return self._offline(request, fallback_notice(error))

    def _offline(self, request: Request, notice: str) -> Outcome:
        outcome = self.offline.invoke(request)
        return Outcome(result=outcome.result, provider=outcome.provider, notice=notice)

    def stream(self, request: Request) -> Iterator[str]:
        """Stream from the primary; if it fails before any text, stream the offline answer."""
        if self.down:
            yield from self.offline.stream(request)
            return
        started = False
        try:
            for piece in self.primary.stream(request):
                started = True
                yield piece
        except ProviderError as error:
            self.mark_down(error)
            if started:
                raise
            yield from self.offline.stream(request)
