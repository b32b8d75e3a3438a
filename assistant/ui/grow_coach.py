"""The live GROW coach: one question at a time through Goal, Reality, Options and Will."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import streamlit as st

from assistant.errors import AssistantError
from assistant.ui import render, state

if TYPE_CHECKING:
    from assistant.output import Reply
    from assistant.service import Assistant

STAGES = ("goal", "reality", "options", "will")
STAGE_NAMES = {"goal": "Goal", "reality": "Reality", "options": "Options", "will": "Will"}

TOPIC_KEY = f"{state.INPUT_PREFIX}grow_topic"
ANSWER_KEY = f"{state.INPUT_PREFIX}grow_answer"
SESSION_KEY = "grow_session"
TURN_KEY = "grow_turn"
LOG_KEY = "grow_log"
REPLIES_KEY = "grow_replies"
SUMMARY_KEY = "grow_summary"
ERROR_KEY = "grow_error"
CLEAR_KEY = "grow_clear_answer"
MOVE_NAMES = {
    "advance": "moving on",
    "probe": "probing in the same stage",
    "hand_back": "handing the choice back",
    "acknowledge": "acknowledging a feeling",
    "redirect": "coming back to the subject",
}


def heard_line(turn: dict[str, Any]) -> str | None:
    """ "Heard: a request for you to decide (“just tell me…”) → handing the choice back"."""
    heard = turn.get("heard") or {}
    summary = heard.get("summary")
    if not summary:
        return None
    move = MOVE_NAMES.get(str(turn.get("move")), "")
    return f"Heard: {summary}" + (f" → {move}" if move else "")


def reset() -> None:
    """Forget this browser session's GROW conversation (stored sessions are kept)."""
    state.forget(SESSION_KEY, TURN_KEY, LOG_KEY, REPLIES_KEY, SUMMARY_KEY, ERROR_KEY)


def progress_markdown(stage: str | None, done: bool) -> str:
    """G R O W with finished stages ticked and the current one highlighted."""
    current = STAGES.index(stage) if stage in STAGES else len(STAGES)
    parts = []
    for index, name in enumerate(STAGES):
        label = f"**{name[0].upper()}** {STAGE_NAMES[name]}"
        if done or index < current:
            parts.append(f":green[✓ {label}]")
        elif index == current:
            parts.append(f":blue-background[▶ {label}]")
        else:
            parts.append(f":gray[{label}]")
    return " → ".join(parts)


def _apply(action: Callable[[Assistant, str], Reply], *, answer: str | None = None) -> None:
    """Run one coach step (a button callback) and record the new question."""
    session_id = st.session_state.get(SESSION_KEY)
    if not session_id:
        return
    st.session_state.pop(ERROR_KEY, None)
    try:
        reply = action(state.assistant(), session_id)
    except AssistantError as error:
        st.session_state[ERROR_KEY] = str(error)
        return
    previous = st.session_state.get(TURN_KEY) or {}
    st.session_state.setdefault(LOG_KEY, []).append(
        {
            "stage": previous.get("stage"),
            "question": previous.get("question"),
            "answer": answer,
            "heard": heard_line(reply.result.to_dict()) if answer is not None else None,
        }
    )
    _record(reply)
    if answer is not None:
        # The box is emptied at the start of the next run, before it is drawn.
        st.session_state[CLEAR_KEY] = True


def _record(reply: Reply) -> None:
    turn = reply.result.to_dict()
    st.session_state[TURN_KEY] = turn
    st.session_state.setdefault(REPLIES_KEY, []).append(reply)
    if turn.get("done"):
        _summarise()


def _summarise() -> None:
    session_id = st.session_state.get(SESSION_KEY)
    try:
        st.session_state[SUMMARY_KEY] = state.assistant().grow_summary(session_id)
    except AssistantError as error:
        st.session_state[ERROR_KEY] = str(error)


def _on_start() -> None:
    reset()
    topic = (st.session_state.get(TOPIC_KEY) or "").strip() or None
    try:
        reply = state.assistant().grow_start(topic)
    except AssistantError as error:
        st.session_state[ERROR_KEY] = str(error)
        return
    turn = reply.result.to_dict()
    st.session_state[SESSION_KEY] = turn.get("session")
    _record(reply)


def _on_send() -> None:
    text = (st.session_state.get(ANSWER_KEY) or "").strip()
    if not text:
        st.session_state[ERROR_KEY] = "Type the mentee's answer first."
        return
    _apply(lambda assistant, session_id: assistant.grow_answer(session_id, text), answer=text)


def _on_another() -> None:
    _apply(lambda assistant, session_id: assistant.grow_another(session_id))


def _on_advance() -> None:
    _apply(lambda assistant, session_id: assistant.grow_advance(session_id))


def _on_summary() -> None:
    st.session_state.pop(ERROR_KEY, None)
    _summarise()


def _step(label: str, action: Callable[[], None]) -> None:
    """Run a coach step under a spinner, then draw the page again with its result."""
    with st.spinner(label):
        action()
    st.rerun()


def render_coach() -> None:
    st.subheader("GROW coach")
    st.caption(
        "Ask one question at a time and type the mentee's answer in their words. The coach "
        "says what it heard in each answer (a goal, a feeling, options, a request to decide…), "
        "probes vague answers, hands decisions back, and moves through Goal, Reality, Options "
        "and Will when each stage's purpose is met."
    )
    if st.session_state.pop(CLEAR_KEY, False):
        st.session_state[ANSWER_KEY] = ""
    turn: dict[str, Any] | None = st.session_state.get(TURN_KEY)
    if turn is None:
        st.text_input(
            "Topic (optional)", key=TOPIC_KEY, placeholder="e.g. moving into a team lead role"
        )
        if st.button("Start GROW session", key="grow_start", type="primary"):
            _step("Choosing the first question…", _on_start)
        _show_error()
        return

    done = bool(turn.get("done"))
    st.markdown(progress_markdown(turn.get("stage"), done))
    st.caption(f"Session `{st.session_state.get(SESSION_KEY)}`")
    for entry in st.session_state.get(LOG_KEY, []):
        if entry.get("question"):
            with st.chat_message("assistant", avatar=":material/explore:"):
                st.markdown(render.escape_markdown(entry["question"]))
        if entry.get("answer"):
            with st.chat_message("user", avatar=":material/person:"):
                st.markdown(render.escape_markdown(entry["answer"]))
                if entry.get("heard"):
                    st.caption(render.escape_markdown(entry["heard"]))
    replies = st.session_state.get(REPLIES_KEY) or []
    if not done and turn.get("question"):
        with st.chat_message("assistant", avatar=":material/explore:"):
            st.caption(_stage_caption(turn))
            st.markdown(f"**{render.escape_markdown(turn['question'])}**")
            if turn.get("reason"):
                st.caption(f"Why this question: {render.escape_markdown(turn['reason'])}")
            render.citations(turn.get("citations") or [], heading=None)
        if replies:
            render.notice(replies[-1])
            render.rewrites(replies[-1])
        st.text_area("Mentee's answer", key=ANSWER_KEY, height=100)
        send, another, advance, finish = st.columns(4)
        if send.button("Send answer", key="grow_send", type="primary"):
            _step("Reading the answer and choosing the next question…", _on_send)
        if another.button("Another question", key="grow_another"):
            _step("Choosing another question…", _on_another)
        if advance.button("Next stage", key="grow_advance"):
            _step("Moving to the next stage…", _on_advance)
        if finish.button("Summary so far", key="grow_summary_button"):
            _step("Summarising…", _on_summary)
    _show_error()
    summary = st.session_state.get(SUMMARY_KEY)
    if summary is not None:
        _show_summary(summary)
    st.button("Start a new GROW session", key="grow_reset", on_click=reset)


def _stage_caption(turn: dict[str, Any]) -> str:
    stage = STAGE_NAMES.get(str(turn.get("stage")), str(turn.get("stage")))
    progress = turn.get("progress") or {}
    number, total = progress.get("stage_question"), progress.get("max_questions_per_stage")
    if number and total:
        return f"{stage} · question {number} of up to {total}"
    return stage


def _show_error() -> None:
    if message := st.session_state.get(ERROR_KEY):
        st.error(message)


def _show_summary(reply: Reply) -> None:
    from assistant.ui import action_items

    data = reply.result.to_dict()
    st.markdown("#### Summary")
    for field in ("goal", "reality"):
        value = data.get(field)
        st.markdown(f"**{field.capitalize()}:** {render.escape_markdown(str(value or '—'))}")
    obstacles = data.get("obstacles") or []
    if obstacles:
        st.markdown("**Obstacles:**")
        st.markdown("\n".join(f"- {render.escape_markdown(str(o))}" for o in obstacles))
    options = data.get("options") or []
    st.markdown("**Options considered:**")
    if options:
        st.markdown("\n".join(f"- {render.escape_markdown(str(option))}" for option in options))
    else:
        st.markdown("—")
    st.markdown(f"**Way forward (Will):** {render.escape_markdown(str(data.get('will') or '—'))}")
    items = data.get("action_items") or []
    if items:
        st.markdown("**Action items**")
        st.dataframe(items, hide_index=True, width="stretch")
        if st.button("Edit and export these action items", key="grow_to_actions"):
            action_items.load_rows(items)
            st.success("Loaded into Notes → action items below.")
    others = data.get("others_steps") or []
    if others:
        st.markdown("**Steps others take on**")
        st.dataframe(others, hide_index=True, width="stretch")
    for check in data.get("date_checks") or []:
        st.warning(check)
    _save_to_relationship()
    render.provenance(reply)


def _save_to_relationship() -> None:
    """Take the summary and its action items into the relationship picked above."""
    from datetime import date

    from assistant.ui import relationship

    rid = st.session_state.get(relationship.PICK_KEY)
    session_id = st.session_state.get(SESSION_KEY)
    if not rid or not session_id:
        return
    if st.button("Save to the relationship's record", key="grow_to_relationship"):
        try:
            recorded = state.assistant().record_session(
                rid, "", today=date.today(), grow_session=session_id
            )
        except AssistantError as error:
            st.error(str(error))
            return
        count = len(recorded.action_items)
        st.success(f"Saved as session {recorded.session} with {count} action items.")
