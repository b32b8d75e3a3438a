"""Per-session state and the shared, cached assistant.

Every browser session keeps its own inputs and results in ``st.session_state``. The heavy
objects (the knowledge base and the assistant built on it) are shared across sessions with
``st.cache_resource``, keyed by the settings that change them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import streamlit as st

from assistant.config import Settings
from assistant.errors import AssistantError

if TYPE_CHECKING:
    from assistant.retrieval import IndexProgress, KnowledgeBase
    from assistant.service import Assistant

log = logging.getLogger("assistant.ui")

T = TypeVar("T")

# Widget keys that start with this prefix survive page switches (see keep_inputs).
INPUT_PREFIX = "in_"

PROVIDER_KEY = f"{INPUT_PREFIX}provider"
BASE_URL_KEY = f"{INPUT_PREFIX}base_url"
MODEL_KEY = f"{INPUT_PREFIX}model"
API_KEY_KEY = f"{INPUT_PREFIX}api_key"


def keep_inputs() -> None:
    """Keep what the user typed when a page that holds the widget is not shown.

    Streamlit forgets a widget's value when a run does not render it (for example after
    switching pages). Re-assigning the value at the start of each run keeps it.
    """
    for key in list(st.session_state.keys()):
        if isinstance(key, str) and key.startswith(INPUT_PREFIX):
            st.session_state[key] = st.session_state[key]


def base_settings() -> Settings:
    """Settings from the environment (data directory, default provider and model)."""
    return Settings.load()


def current_settings() -> Settings:
    """Settings from the environment overridden by the sidebar's provider choices."""
    env = base_settings()
    provider = st.session_state.get(PROVIDER_KEY) or env.provider
    if provider == "offline":
        return Settings.load(home=env.home, provider="offline")
    return Settings.load(
        home=env.home,
        provider=provider,
        model=(st.session_state.get(MODEL_KEY) or "").strip() or None,
        base_url=(st.session_state.get(BASE_URL_KEY) or "").strip() or None,
        api_key=(st.session_state.get(API_KEY_KEY) or "").strip() or None,
    )


@st.cache_resource(show_spinner="Opening the knowledge base…")
def _knowledge_base(home: str) -> KnowledgeBase:
    from assistant.retrieval import KnowledgeBase

    return KnowledgeBase(Settings.load(home=home, provider="offline"))


@st.cache_resource(show_spinner=False)
def _assistant(
    home: str, provider: str, model: str, base_url: str | None, api_key: str | None
) -> Assistant:
    from assistant.service import Assistant

    settings = Settings.load(
        home=home, provider=provider, model=model, base_url=base_url, api_key=api_key
    )
    assistant = Assistant(settings, kb=_knowledge_base(home))
    # The first question should not wait for the parser and the banks to load.
    threading.Thread(target=_warm_up, args=(assistant,), name="warm-up", daemon=True).start()
    return assistant


def _warm_up(assistant: Assistant) -> None:
    try:
        assistant.warm_up()
    except Exception:  # a failure shows, with its message, on the first real question instead
        log.debug("warming up failed", exc_info=True)


def get_assistant(settings: Settings | None = None) -> Assistant:
    """The shared assistant for these settings (built once per process and settings)."""
    settings = settings or current_settings()
    return _assistant(
        str(settings.home), settings.provider, settings.model, settings.base_url, settings.api_key
    )


def offline_assistant() -> Assistant:
    """The shared offline assistant (used when the configured provider cannot be built)."""
    env = base_settings()
    return _assistant(str(env.home), "offline", env.model, None, None)


def is_configured(settings: Settings) -> bool:
    """Whether the chosen provider has what it needs (offline always has)."""
    return settings.provider == "offline" or bool(settings.base_url or settings.api_key)


def assistant() -> Assistant:
    """The assistant for the sidebar's choices, or the offline one when those cannot work."""
    settings = current_settings()
    if not is_configured(settings):
        chosen = offline_assistant()
    else:
        try:
            chosen = get_assistant(settings)
        except AssistantError as error:
            st.warning(f"{error} Using the offline engine meanwhile.")
            chosen = offline_assistant()
    ensure_index(chosen)
    return chosen


def ensure_index(chosen: Assistant) -> None:
    """Build the index on first use with a progress bar (a no-op once it is ready)."""
    bar: Any = None

    def progress(step: IndexProgress) -> None:
        nonlocal bar
        if bar is None:
            bar = st.progress(0.0, text="Preparing the knowledge base (first run only)…")
        fraction = step.done / step.total if step.total else 1.0
        bar.progress(min(max(fraction, 0.0), 1.0), text=f"Indexing the guidance: {step.message}")

    try:
        chosen.kb.ensure_ready(progress=progress)
    finally:
        if bar is not None:
            bar.empty()


def attempt(label: str, action: Callable[[], T]) -> T | None:
    """Run ``action`` under a spinner; show an AssistantError as an error and return None."""
    try:
        with st.spinner(label):
            return action()
    except AssistantError as error:
        st.error(str(error))
        return None


def result(key: str) -> Any:
    """A stored result of this session (``None`` when there is none)."""
    return st.session_state.get(key)


def store(key: str, value: Any) -> None:
    st.session_state[key] = value


def forget(*keys: str) -> None:
    for key in keys:
        st.session_state.pop(key, None)
