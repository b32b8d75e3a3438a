"""One small error hierarchy. Every message tells the user what happened and what to do next."""

from __future__ import annotations

from pathlib import Path


class AssistantError(Exception):
    """Base class. ``str(error)`` is a complete, user-facing sentence."""

    exit_code = 1


class UsageError(AssistantError):
    """The request itself is malformed (bad flag value, empty question)."""

    exit_code = 2


class ConfigError(AssistantError):
    """Configuration is missing or invalid; the message names the setting to change."""


class InputFileError(AssistantError):
    """A file the user gave cannot be read. The message names the file."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class KnowledgeBaseError(AssistantError):
    """The index cannot be opened, built or queried."""


class SessionNotFoundError(AssistantError):
    """A stored GROW session id does not exist."""


class ProviderError(AssistantError):
    """The language-model provider failed (timeout, connection refused, bad status, bad output)."""


class ProviderUnavailableError(ProviderError):
    """The provider could not be reached or kept failing after retries."""


class ProviderOutputError(ProviderError):
    """The provider answered, but not in the shape that was asked for."""
