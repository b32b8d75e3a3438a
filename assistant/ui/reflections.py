"""Closing reflections: prompts for the end of a session or of the whole relationship."""

from __future__ import annotations

import streamlit as st

from assistant.ui import render, state

KIND_KEY = f"{state.INPUT_PREFIX}reflect_kind"
NOTES_KEY = f"{state.INPUT_PREFIX}reflect_notes"
REPLY_KEY = "reflect_reply"
KINDS = {"session": "End of a session", "closing": "End of the relationship"}


def render_section() -> None:
    st.subheader("Closing reflections")
    st.session_state.setdefault(KIND_KEY, "session")
    st.radio(
        "Reflect on", tuple(KINDS), format_func=KINDS.__getitem__, key=KIND_KEY, horizontal=True
    )
    st.text_area(
        "Notes (optional)",
        key=NOTES_KEY,
        height=100,
        help="Tailors the prompts to what happened, e.g. the session's notes.",
    )
    if st.button("Get reflection prompts", key="reflect_button", type="primary"):
        notes = (st.session_state.get(NOTES_KEY) or "").strip() or None
        kind = st.session_state.get(KIND_KEY) or "session"
        reply = state.attempt(
            "Preparing reflection prompts…", lambda: state.assistant().reflect(kind, notes)
        )
        if reply is not None:
            state.store(REPLY_KEY, reply)
    reply = state.result(REPLY_KEY)
    if reply is None:
        return
    data = reply.result.to_dict()
    st.markdown(
        "\n".join(
            f"{number}. {render.escape_markdown(str(prompt))}"
            for number, prompt in enumerate(data.get("prompts", []), start=1)
        )
    )
    render.citations(data.get("citations", []))
    render.provenance(reply)
