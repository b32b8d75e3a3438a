"""Builds the configured provider: the model, with the offline engine behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.config import Settings
from assistant.providers.base import Provider
from assistant.providers.fallback import FallbackProvider

if TYPE_CHECKING:
    from assistant.retrieval import KnowledgeBase


def build_provider(settings: Settings, *, kb: KnowledgeBase, offline: Provider) -> Provider:
    """The provider for ``settings.provider``; ``openai`` falls back to ``offline`` when down.

    Raises :class:`assistant.errors.ConfigError` when the openai provider has neither
    ``OPENAI_API_KEY`` nor ``OPENAI_BASE_URL``.
    """
    if settings.provider == "offline":
        return offline
    from assistant.providers.openai_chat import OpenAIProvider

    return FallbackProvider(OpenAIProvider(settings, kb, offline), offline)
