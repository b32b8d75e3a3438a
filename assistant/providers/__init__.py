"""Providers answer requests: the offline engine and an OpenAI-compatible chat model."""

from assistant.providers.base import Outcome, Provider

__all__ = ["Outcome", "Provider"]
