"""The one place where ``openai`` SDK exceptions become :mod:`assistant.errors` classes.

Every message is a whole sentence naming the server and, where the user can fix it, the setting.
"""

from __future__ import annotations

import openai

from assistant.errors import ProviderError, ProviderOutputError, ProviderUnavailableError


def where(base_url: str | None) -> str:
    return f"The model at {base_url}" if base_url else "The OpenAI API"


def reason(error: BaseException) -> str:
    """A short reason from the exception chain: 'connection refused', 'timed out', ..."""
    seen: BaseException | None = error
    texts: list[str] = []
    while seen is not None and len(texts) < 6:
        texts.append(str(seen).lower())
        seen = seen.__cause__ or seen.__context__
    joined = " ".join(texts)
    for needle, reason in (
        ("refused", "connection refused"),
        ("name or service not known", "unknown host name"),
        ("nodename nor servname", "unknown host name"),
        ("timed out", "timed out"),
        ("timeout", "timed out"),
        ("reset", "connection reset"),
        ("peer closed", "connection closed"),
        ("incomplete", "connection closed"),
        ("network is unreachable", "network unreachable"),
        ("blocked", "network access blocked"),
    ):
        if needle in joined:
            return reason
    return "connection failed"


def translate(error: BaseException, *, base_url: str | None, model: str) -> ProviderError:
    """Map an ``openai`` (or transport) exception to a user-facing provider error."""
    server = where(base_url)
    if isinstance(error, openai.APITimeoutError):
        return ProviderUnavailableError(f"{server} did not answer in time (timed out).")
    if isinstance(error, openai.APIConnectionError):
        return ProviderUnavailableError(f"{server} could not be reached ({reason(error)}).")
    if isinstance(error, openai.AuthenticationError):
        return ProviderUnavailableError(
            f"{server} rejected the API key (HTTP 401); check OPENAI_API_KEY."
        )
    if isinstance(error, openai.PermissionDeniedError):
        return ProviderUnavailableError(
            f"{server} refused access (HTTP 403); check OPENAI_API_KEY and its permissions."
        )
    if isinstance(error, openai.RateLimitError):
        return ProviderUnavailableError(f"{server} is rate-limiting requests (HTTP 429).")
    if isinstance(error, openai.NotFoundError):
        return ProviderUnavailableError(
            f"{server} does not know the model {model!r} or the path (HTTP 404); check "
            "MENTOR_ASSIST_MODEL (or --model) and OPENAI_BASE_URL (it usually ends in /v1)."
        )
    if isinstance(error, openai.InternalServerError):
        return ProviderUnavailableError(f"{server} had a server error (HTTP {error.status_code}).")
    if isinstance(error, openai.APIStatusError):
        return ProviderError(f"{server} refused the request (HTTP {error.status_code}).")
    if isinstance(error, openai.APIResponseValidationError):
        return ProviderOutputError(f"{server} sent a response that could not be read.")
    if isinstance(error, openai.APIError):
        return ProviderError(f"{server} failed: {error}.")
    why = reason(error)
    if why == "timed out":  # e.g. a read timeout while the reply was on its way
        return ProviderUnavailableError(f"{server} did not answer in time (timed out).")
    return ProviderUnavailableError(f"{server} could not be reached ({why}).")
