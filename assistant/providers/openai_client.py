"""Calling an OpenAI-compatible chat server: plain, JSON (format negotiation) and streamed text.

Structured output is asked for with OpenAI's ``json_schema`` first, llama.cpp's ``json_object`` with
a schema if the server refuses that, and plain prompting last; the first mode the server accepts is
kept. Every call is one bounded exchange (:mod:`assistant.providers.exchange`: the request's
deadline, a size cap, retries) read by :mod:`assistant.providers.wire`; every failure is raised as
an :mod:`assistant.errors` provider error.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import openai

from assistant.config import Settings
from assistant.errors import ConfigError, ProviderError, ProviderOutputError
from assistant.prompts import Prompt
from assistant.providers.deadline import Deadline, current
from assistant.providers.exchange import Exchange, Limits
from assistant.providers.openai_errors import where
from assistant.providers.wire import reply_text, stream_texts

logger = logging.getLogger("assistant.providers.openai")

PLACEHOLDER_KEY = "not-needed-for-a-local-server"
MISSING_KEY = (
    "The openai provider needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server such as "
    "Ollama); set it, or choose the offline provider with --provider offline."
)
# No token is this long; an answer longer than max_tokens times this is not the model's answer.
MAX_CHARS_PER_TOKEN = 32
JsonMode = Literal["json_schema", "json_object", "none"]
_JSON_MODES: tuple[JsonMode, ...] = ("json_schema", "json_object", "none")


def make_client(settings: Settings) -> openai.OpenAI:
    """An ``openai`` client from the settings; a base URL without a key gets a placeholder key."""
    if not settings.api_key and not settings.base_url:
        raise ConfigError(MISSING_KEY)
    return openai.OpenAI(
        api_key=settings.api_key or PLACEHOLDER_KEY,
        base_url=settings.base_url,
        timeout=settings.timeout,
        max_retries=0,  # retries are made by assistant.providers.exchange, within the deadline
    )


@dataclass
class ModelCall:
    """One request to the model: the rendered messages, their prompt file and extra parameters."""

    messages: list[dict[str, str]]
    prompt: Prompt
    extra: dict[str, Any] = field(default_factory=dict)
    # The request's deadline; None uses the current one (see assistant.providers.deadline).
    deadline: Deadline | None = None


class ChatModel:
    """The configured model on an OpenAI-compatible server, with the JSON mode it accepts."""

    def __init__(
        self,
        settings: Settings,
        *,
        client: openai.OpenAI | None = None,
        json_mode: JsonMode | None = None,
        temperature: float | None = None,
    ) -> None:
        self.settings = settings
        self.client = client or make_client(settings)
        # None tries every mode in turn and keeps the first one the server accepts.
        self.json_mode: JsonMode | None = json_mode
        # None uses each prompt file's temperature; 0 makes a local model's answers repeatable.
        self.temperature = temperature

    @property
    def server(self) -> str:
        return where(self.settings.base_url)

    def _exchange(self, call: ModelCall, *, stream: bool = False, **extra: Any) -> Exchange:
        """The request's body bytes, bounded by the deadline, the size cap and the retries."""
        completions = self.client.chat.completions.with_streaming_response
        arguments: dict[str, Any] = {
            "model": self.settings.model,
            "messages": call.messages,
            "max_tokens": call.prompt.output.max_tokens,
            "temperature": (
                call.prompt.output.temperature if self.temperature is None else self.temperature
            ),
            "stream": stream,
            **call.extra,
            **extra,
        }

        def open_response(timeout: float) -> Any:
            return completions.create(**arguments, timeout=timeout)

        limits = Limits(
            deadline=call.deadline or current(self.settings.deadline),
            timeout=self.settings.timeout,
            max_retries=self.settings.max_retries,
        )
        return Exchange(
            open_response, limits, base_url=self.settings.base_url, model=self.settings.model
        )

    def complete(self, call: ModelCall) -> str:
        """One non-streaming completion; the text of the first choice."""
        text = reply_text(b"".join(self._exchange(call)), self.server)
        self._check_length(call, len(text))
        return text

    def complete_json(self, call: ModelCall) -> str:
        """A completion in the best structured-output mode the server accepts."""
        schema = call.prompt.output.json_schema or {}
        modes = (self.json_mode,) if self.json_mode else _JSON_MODES
        last: ProviderError | None = None
        for mode in modes:
            if mode == "json_schema":
                extra = {
                    "response_format": {
                        "type": "json_schema",
                        "json_schema": {"name": call.prompt.name, "schema": schema},
                    }
                }
            elif mode == "json_object":
                extra = {"response_format": {"type": "json_object", "schema": schema}}
            else:
                extra = {}
            try:
                text = self.complete(ModelCall(call.messages, call.prompt, extra, call.deadline))
            except ProviderError as error:
                if not _refused_format(error):
                    raise
                logger.info(
                    "%s refused response_format %s; trying the next mode", self.server, mode
                )
                last = error
                continue
            self.json_mode = mode
            return text
        assert last is not None
        raise last

    def stream_text(self, call: ModelCall) -> Iterator[str]:
        """Yield the text of a streamed completion as it arrives."""
        length = 0
        for piece in stream_texts(self._exchange(call, stream=True), self.server):
            length += len(piece)
            self._check_length(call, length)
            yield piece

    def _check_length(self, call: ModelCall, length: int) -> None:
        """Refuse an answer far longer than the tokens asked for (the guard reads every word)."""
        limit = call.prompt.output.max_tokens * MAX_CHARS_PER_TOKEN
        if length > limit:
            raise ProviderOutputError(
                f"{self.server} sent an answer longer than {limit} characters, far more than the "
                f"{call.prompt.output.max_tokens} tokens asked for; it was refused."
            )


def _refused_format(error: ProviderError) -> bool:
    """Whether the server rejected the ``response_format`` (llama-cpp-python answers 500)."""
    cause = error.__cause__
    if not isinstance(cause, openai.APIStatusError):
        return False
    if cause.status_code in (400, 415, 422):
        return True
    return cause.status_code == 500 and "response_format" in str(cause.body or cause.message)
