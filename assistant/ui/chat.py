"""Ask: a chat grounded in the knowledge base, with expandable sources and marked rewrites."""

from __future__ import annotations

from typing import Any

import streamlit as st

from assistant.errors import AssistantError
from assistant.output import Reply
from assistant.ui import render, state

HISTORY_KEY = "chat_history"
PENDING_KEY = "chat_failed_question"
MAX_HISTORY_TURNS = 6


def _history() -> list[dict[str, Any]]:
    return st.session_state.setdefault(HISTORY_KEY, [])


def _turns() -> tuple[Any, ...]:
    from assistant.requests import Turn

    turns = [
        Turn(role=message["role"], content=message["content"])
        for message in _history()
        if message.get("content")
    ]
    return tuple(turns[-MAX_HISTORY_TURNS:])


def _show_message(message: dict[str, Any]) -> None:
    with st.chat_message(message["role"]):
        reply: Reply | None = message.get("reply")
        if reply is None:
            st.markdown(render.escape_markdown(message["content"]))
        else:
            st.markdown(render.answer_markdown(message["content"]))
        if reply is None:
            return
        data = reply.result.to_dict()
        if data.get("grounded") is False:
            st.caption("Not grounded: no passage of the guidance answers this.")
        render.citations(data.get("citations", []))
        render.notice(reply)
        render.rewrites(reply)
        st.caption(f"Answered by the {reply.provider} engine.")


def page() -> None:
    st.title("Ask the guidance")
    st.caption(
        "Questions about mentoring, answered from the knowledge base with the passages they "
        "come from. Follow-up questions keep the conversation's context."
    )
    for message in _history():
        _show_message(message)
    failed = st.session_state.get(PENDING_KEY)
    if failed and st.button("Try again", key="chat_retry"):
        st.session_state.pop(PENDING_KEY, None)
        _ask(failed, already_shown=True)
    if question := st.chat_input("Ask about mentoring, e.g. how do I prepare for a first meeting?"):
        _ask(question)
    if _history() and st.button("Clear conversation", key="chat_clear"):
        st.session_state[HISTORY_KEY] = []
        st.session_state.pop(PENDING_KEY, None)
        st.rerun()


def _ask(question: str, *, already_shown: bool = False) -> None:
    history = _turns()
    if not already_shown or not _history() or _history()[-1].get("content") != question:
        _history().append({"role": "user", "content": question})
        with st.chat_message("user"):
            st.markdown(render.escape_markdown(question))
    with st.chat_message("assistant"):
        try:
            assistant = state.assistant()
            if assistant.provider.name != "offline":
                reply = _stream(assistant, question, history)
            else:
                with st.spinner("Searching the guidance…"):
                    reply = assistant.ask(question, history=history)
        except AssistantError as error:
            st.error(str(error))
            st.session_state[PENDING_KEY] = question
            return
    st.session_state.pop(PENDING_KEY, None)
    _history().append({"role": "assistant", "content": reply.result.answer, "reply": reply})
    st.rerun()


def _stream(assistant: Any, question: str, history: tuple[Any, ...]) -> Reply:
    """Show the answer as it arrives, each sentence after the guard has checked it."""
    from assistant.output import Rewrite

    box = st.empty()
    shown: list[str] = []
    rewrites: list[Rewrite] = []
    with st.spinner("Thinking…"):
        for event in assistant.stream_ask(question, history=history):
            if event.kind == "restart":
                shown.clear()
                rewrites.clear()
                box.caption(event.text)
            elif event.kind == "text":
                shown.append(event.text)
                if event.rewritten:
                    rewrites.append(Rewrite(event.original, event.text, tuple(event.findings)))
                box.markdown(render.escape_markdown("".join(shown)) + " ▌")
            elif event.kind == "done" and event.answer is not None:
                box.empty()
                return Reply(
                    result=event.answer,
                    provider=event.provider or assistant.provider.name,
                    notice=event.notice,
                    rewrites=tuple(rewrites),
                )
    raise AssistantError("The answer stream ended before it was complete; ask again.")
