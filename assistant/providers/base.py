"""The provider interface: small, like a Runnable. ``invoke`` answers; ``stream`` yields text."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from assistant.requests import Request


@dataclass(frozen=True)
class Outcome:
    """A capability result together with who produced it and anything the user should know."""

    result: Any
    provider: str
    notice: str | None = None


class Provider(ABC):
    """Answers any :mod:`assistant.requests` request with the capability's result type."""

    name: ClassVar[str]

    @abstractmethod
    def invoke(self, request: Request) -> Outcome:
        """Answer ``request``; raise :class:`assistant.errors.ProviderError` on failure."""

    def stream(self, request: Request) -> Iterator[str]:
        """Yield the answer as text pieces. The default yields the whole answer at once."""
        outcome = self.invoke(request)
        yield getattr(outcome.result, "answer", "") or ""
