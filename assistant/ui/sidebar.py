"""The sidebar: provider choice and status, the data directory, and deleting stored sessions."""

from __future__ import annotations

import streamlit as st

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.ui import state

PROVIDERS = ("offline", "openai")
PROVIDER_LABELS = {"offline": "Offline (no key)", "openai": "OpenAI-compatible server"}
CONFIRM_KEY = "confirm_delete_sessions"
DELETED_KEY = "deleted_sessions_message"
CONFIRM_ERASE_KEY = "confirm_erase_all"
ERASED_KEY = "erased_all_message"


def render() -> Settings:
    """Draw the sidebar and return the settings it selects."""
    env = state.base_settings()
    st.session_state.setdefault(state.PROVIDER_KEY, env.provider)
    st.session_state.setdefault(state.MODEL_KEY, env.model)
    st.session_state.setdefault(state.BASE_URL_KEY, env.base_url or "")
    with st.sidebar:
        st.subheader("Engine")
        provider = st.radio(
            "Provider",
            PROVIDERS,
            format_func=PROVIDER_LABELS.__getitem__,
            key=state.PROVIDER_KEY,
            help="Offline answers from the knowledge base with rules and question banks. "
            "An OpenAI-compatible server (OpenAI, Ollama, vLLM, llama.cpp, LM Studio) writes "
            "richer answers, still cited and guarded.",
        )
        if provider == "openai":
            st.text_input(
                "Base URL",
                key=state.BASE_URL_KEY,
                placeholder="https://api.openai.com/v1 or http://localhost:11434/v1",
            )
            st.text_input("Model", key=state.MODEL_KEY)
            st.text_input(
                "API key",
                key=state.API_KEY_KEY,
                type="password",
                help="Kept in this browser session only. A local server usually needs none.",
            )
        settings = state.current_settings()
        _status(settings)
        st.divider()
        st.caption("Data directory")
        st.code(str(settings.home), language=None, wrap_lines=True)
        _delete_sessions(settings)
        _erase_all(settings)
    return settings


def provider_status(settings: Settings) -> tuple[bool, str]:
    """Whether the provider can answer, and a sentence saying so."""
    if settings.provider == "offline":
        return True, "Offline engine: ready, no key needed."
    if state.is_configured(settings):
        where = settings.base_url or "api.openai.com"
        return True, f"OpenAI-compatible: configured ({settings.model} at {where})."
    return False, (
        "OpenAI-compatible: not configured. Enter a base URL (local server) or an API key; "
        "until then answers come from the offline engine."
    )


def _status(settings: Settings) -> None:
    ready, message = provider_status(settings)
    if ready:
        st.success(message)
    else:
        st.warning(message)


def _delete_sessions(settings: Settings) -> None:
    st.caption("Stored GROW sessions")
    if message := st.session_state.pop(DELETED_KEY, None):
        st.success(message)
    if not st.session_state.get(CONFIRM_KEY):
        if st.button("Delete all GROW sessions", key="delete_sessions"):
            st.session_state[CONFIRM_KEY] = True
            st.rerun()
        return
    st.warning("Delete every stored GROW session in the data directory? This cannot be undone.")
    yes, no = st.columns(2)
    if yes.button("Yes, delete", type="primary", key="delete_sessions_yes"):
        st.session_state[CONFIRM_KEY] = False
        try:
            from assistant.grow import delete_all_sessions

            count = delete_all_sessions(settings.sessions_dir)
        except AssistantError as error:
            st.error(str(error))
            return
        from assistant.ui import grow_coach

        grow_coach.reset()
        st.session_state[DELETED_KEY] = _deleted_message(count)
        st.rerun()
    if no.button("Cancel", key="delete_sessions_no"):
        st.session_state[CONFIRM_KEY] = False
        st.rerun()


def _deleted_message(count: object) -> str:
    if isinstance(count, int):
        return f"Deleted {count} stored session{'s' if count != 1 else ''}."
    return "Deleted all stored sessions."


def _erase_all(settings: Settings) -> None:
    """Delete everything in the data directory: sessions, uploads, the index and its registry."""
    if message := st.session_state.pop(ERASED_KEY, None):
        st.success(message)
    if not st.session_state.get(CONFIRM_ERASE_KEY):
        if st.button("Delete all my data", key="erase_all"):
            st.session_state[CONFIRM_ERASE_KEY] = True
            st.rerun()
        return
    st.warning(
        "Delete everything in the data directory: GROW sessions, uploaded documents, the index "
        "and every other record? The shipped guidance is indexed again on next use. This cannot "
        "be undone."
    )
    yes, no = st.columns(2)
    if yes.button("Yes, delete everything", type="primary", key="erase_all_yes"):
        try:
            deleted = state.offline_assistant().kb.erase_all_data()
        except (AssistantError, OSError) as error:
            st.session_state[CONFIRM_ERASE_KEY] = False
            st.error(f"Could not delete everything: {error}")
            return
        for key in list(st.session_state.keys()):
            if not (isinstance(key, str) and key.startswith(state.INPUT_PREFIX)):
                del st.session_state[key]
        st.session_state[ERASED_KEY] = (
            f"Deleted {len(deleted)} item{'s' if len(deleted) != 1 else ''} from the data "
            "directory."
        )
        st.rerun()
    if no.button("Cancel", key="erase_all_no"):
        st.session_state[CONFIRM_ERASE_KEY] = False
        st.rerun()
