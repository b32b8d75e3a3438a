"""Settings: explicit arguments first, then environment variables, then defaults."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field

from assistant.errors import ConfigError

ProviderName = Literal["offline", "openai"]

ENV_HOME = "MENTOR_ASSIST_HOME"
ENV_PROVIDER = "MENTOR_ASSIST_PROVIDER"
ENV_MODEL = "MENTOR_ASSIST_MODEL"
ENV_REDACT = "MENTOR_ASSIST_REDACT_PII"
ENV_CONTEXT = "MENTOR_ASSIST_CONTEXT_WINDOW"
ENV_TIMEOUT = "MENTOR_ASSIST_TIMEOUT"
ENV_DEADLINE = "MENTOR_ASSIST_DEADLINE"

DEFAULT_MODEL = "gpt-4o-mini"


class Settings(BaseModel):
    """Resolved configuration. Build it with :meth:`Settings.load`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    home: Path
    provider: ProviderName = "offline"
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = None
    chroma_host: str | None = None
    chroma_port: int = 8000
    redact_pii: bool = True
    context_window: int = Field(default=8192, ge=512)
    timeout: float = Field(default=20.0, gt=0)
    max_retries: int = Field(default=2, ge=0)
    # Overall seconds for the model to answer one request, retries and a restarted stream included.
    deadline: float = Field(default=45.0, gt=0)

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def sessions_dir(self) -> Path:
        return self.home / "sessions"

    @classmethod
    def load(
        cls,
        *,
        home: str | Path | None = None,
        provider: str | None = None,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        redact_pii: bool | None = None,
    ) -> Settings:
        """Resolve settings.

        Environment fallbacks: ``MENTOR_ASSIST_HOME`` (data directory, default a per-user data
        dir), ``MENTOR_ASSIST_PROVIDER`` (``offline`` or ``openai``), ``MENTOR_ASSIST_MODEL``,
        ``OPENAI_BASE_URL``, ``OPENAI_API_KEY``, ``CHROMA_HOST``/``CHROMA_PORT`` (use a Chroma
        server instead of the local store), ``MENTOR_ASSIST_REDACT_PII`` (``0`` turns placeholder
        substitution off, e.g. for a local server), ``MENTOR_ASSIST_CONTEXT_WINDOW``,
        ``MENTOR_ASSIST_TIMEOUT`` (seconds per request) and ``MENTOR_ASSIST_DEADLINE`` (overall
        seconds for the model to answer one request; then the offline engine answers).
        """
        env = os.environ
        resolved_home = Path(
            home
            or env.get(ENV_HOME)
            or platformdirs.user_data_dir("mentor-assist", appauthor=False)
        ).expanduser()
        name = (provider or env.get(ENV_PROVIDER) or "offline").strip().lower()
        if name not in ("offline", "openai"):
            raise ConfigError(
                f"Unknown provider {name!r}: set {ENV_PROVIDER} (or --provider) to 'offline' or "
                "'openai'."
            )
        port_text = env.get("CHROMA_PORT", "8000")
        try:
            port = int(port_text)
        except ValueError:
            raise ConfigError(f"CHROMA_PORT must be a port number, not {port_text!r}.") from None
        redact = redact_pii
        if redact is None:
            redact = env.get(ENV_REDACT, "1").strip().lower() not in ("0", "false", "no", "off")
        return cls(
            home=resolved_home,
            provider=name,  # type: ignore[arg-type]
            model=model or env.get(ENV_MODEL) or DEFAULT_MODEL,
            base_url=base_url or env.get("OPENAI_BASE_URL") or None,
            api_key=api_key or env.get("OPENAI_API_KEY") or None,
            chroma_host=env.get("CHROMA_HOST") or None,
            chroma_port=port,
            redact_pii=redact,
            context_window=_int_env(ENV_CONTEXT, 8192),
            timeout=_float_env(ENV_TIMEOUT, 20.0),
            deadline=_float_env(ENV_DEADLINE, 45.0),
        )


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {value!r}.") from None


def _float_env(name: str, default: float) -> float:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return float(value)
    except ValueError:
        raise ConfigError(f"{name} must be a number of seconds, not {value!r}.") from None
