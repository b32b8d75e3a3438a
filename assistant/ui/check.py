""" "Check my message": run the guard on a mentor's draft and explain each finding."""

from __future__ import annotations

import streamlit as st

from assistant.ui import render, state

TEXT_KEY = f"{state.INPUT_PREFIX}check_text"
RESULT_KEY = "check_result"


def render_box() -> None:
    st.subheader("Check my message")
    st.caption(
        "Paste a draft to your mentee. The check flags rescuing, promising outcomes, dependency, "
        "knowing best, dictating and doing the mentee's work, explains why, and suggests a "
        "coaching-style rewrite. It runs locally and is deterministic. With a relationship "
        "picked above, the mentee's name counts as “you” (“I'll call Sam's manager”)."
    )
    st.text_area(
        "Draft message",
        key=TEXT_KEY,
        height=120,
        placeholder="Don't worry, I know best: here's what needs to get done…",
    )
    if st.button("Check my message", key="check_button", type="primary"):
        text = st.session_state.get(TEXT_KEY, "") or ""
        if not text.strip():
            st.warning("Type or paste a draft first.")
        else:
            from assistant.ui.relationship import PICK_KEY

            rid = st.session_state.get(PICK_KEY)
            verdict = state.attempt(
                "Checking the draft…",
                lambda: state.assistant().check_message(text, relationship=rid),
            )
            if verdict is not None:
                state.store(RESULT_KEY, verdict)
    verdict = state.result(RESULT_KEY)
    if verdict is not None:
        render.guard_result(verdict)
