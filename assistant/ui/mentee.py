"""Mentee workspace: prepare a time-boxed agenda for the next session."""

from __future__ import annotations

import re
import tempfile
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st

from assistant.agenda import agenda_to_markdown, time_spans
from assistant.errors import AssistantError, InputFileError
from assistant.ui import relationship, render, state

if TYPE_CHECKING:
    from assistant.actions import ActionItem

STAGES = {
    "first-meeting": "First meeting",
    "action-plan": "Action plan",
    "regular": "Regular session",
    "check-up": "90-day check-up",
    "midpoint": "Midpoint",
    "closing": "Closing",
}
STAGE_KEY = f"{state.INPUT_PREFIX}agenda_stage"
MINUTES_KEY = f"{state.INPUT_PREFIX}agenda_minutes"
START_KEY = f"{state.INPUT_PREFIX}agenda_start"
GOALS_KEY = f"{state.INPUT_PREFIX}agenda_goals"
PASTE_KEY = f"{state.INPUT_PREFIX}agenda_actions_text"
UPLOAD_KEY = "agenda_actions_file"
REPLY_KEY = "agenda_reply"
UPLOAD_TYPES = ("json", "csv", "md", "ics")


def open_actions() -> list[ActionItem]:
    """Last session's action items from the upload, else from the pasted text."""
    from assistant.actions import load_action_items

    upload = st.session_state.get(UPLOAD_KEY)
    if upload is not None:
        return _load_via_file(load_action_items, upload.name, upload.getvalue())
    pasted = (st.session_state.get(PASTE_KEY) or "").strip()
    if not pasted:
        return []
    if pasted.startswith(("[", "{")):
        return _load_via_file(load_action_items, "pasted.json", pasted.encode())
    if pasted.startswith("BEGIN:VCALENDAR"):
        return _load_via_file(load_action_items, "pasted.ics", pasted.encode())
    if _is_checklist_export(pasted):
        try:
            items = _load_via_file(load_action_items, "pasted.md", pasted.encode())
        except AssistantError:
            items = []
        if items:
            return items
    # Anything else ("Priya to share the article", a plain checklist): the notes extractor,
    # so owners come from the text and not from a default.
    reply = state.assistant().actions(pasted, today=datetime.now().date(), author="mentee")
    return list(reply.result.items)


def _is_checklist_export(text: str) -> bool:
    """A Markdown checklist as the action-items export writes it: every box names its owner."""
    boxes = [line for line in text.splitlines() if _CHECKBOX.match(line)]
    return bool(boxes) and all(" — " in line for line in boxes)


_CHECKBOX = re.compile(r"^\s*[-*+]\s+\[[ xX]\]\s")


def _load_via_file(loader: Any, name: str, data: bytes) -> list[ActionItem]:
    suffix = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{Path(name).stem or 'actions'}{suffix}"
        path.write_bytes(data)
        try:
            return list(loader(path))
        except InputFileError as error:
            # Name the file as the user knows it, not the temporary copy.
            raise InputFileError(name, error.reason) from None


def page() -> None:
    st.title("Mentee workspace")
    st.caption("You own the relationship: bring your goals and your open actions.")
    st.session_state.setdefault(STAGE_KEY, "first-meeting")
    st.session_state.setdefault(MINUTES_KEY, 60)
    st.session_state.setdefault(START_KEY, time(9, 0))
    stage_col, minutes_col, start_col = st.columns([2, 1, 1])
    stage_col.selectbox(
        "Relationship stage", tuple(STAGES), format_func=STAGES.__getitem__, key=STAGE_KEY
    )
    minutes_col.number_input("Minutes", min_value=10, max_value=240, step=5, key=MINUTES_KEY)
    start_col.time_input("Starts at", key=START_KEY, step=300)
    st.text_area(
        "Your goals (one per line)",
        key=GOALS_KEY,
        height=100,
        placeholder="Get better at giving presentations\nDecide whether to apply for the lead role",
    )
    relationship.picker(
        help="A recorded relationship: its open action items are reviewed (overdue ones "
        "called out) and its goals are used when none are typed above."
    )
    with st.expander("Last session's action items (optional)"):
        st.file_uploader(
            "Upload action items (.json, .csv, .md or .ics from the action-items export)",
            type=list(UPLOAD_TYPES),
            key=UPLOAD_KEY,
        )
        st.text_area("…or paste them", key=PASTE_KEY, height=100)
    if st.button("Build agenda", key="agenda_button", type="primary"):
        _build()
    reply = state.result(REPLY_KEY)
    if reply is not None:
        _show(reply)


def _build() -> None:
    goals = [
        line.strip()
        for line in (st.session_state.get(GOALS_KEY) or "").splitlines()
        if line.strip()
    ]

    def build() -> Any:
        actions = open_actions()
        return state.assistant().agenda(
            st.session_state[STAGE_KEY],
            int(st.session_state[MINUTES_KEY]),
            goals=goals,
            open_actions=actions,
            relationship=st.session_state.get(relationship.PICK_KEY),
        )

    reply = state.attempt("Building your agenda…", build)
    if reply is not None:
        state.store(REPLY_KEY, reply)


def _show(reply: Any) -> None:
    data = reply.result.to_dict()
    start = st.session_state.get(START_KEY) or time(9, 0)
    stage = STAGES.get(str(data.get("stage")), str(data.get("stage")))
    st.subheader(f"Agenda: {stage}, {data.get('total_minutes')} minutes")
    items = data.get("items", [])
    spans = time_spans([item.get("minutes", 0) for item in items], start)
    for span, item in zip(spans, items, strict=True):
        with st.container(border=True):
            st.markdown(
                f"**{span} · {render.escape_markdown(str(item.get('topic')))}** "
                f"({item.get('minutes')} min)"
            )
            st.caption(f"Owner: {item.get('owner')}")
            prompts = item.get("prompts", [])
            if prompts:
                st.markdown("\n".join(f"- {render.escape_markdown(str(p))}" for p in prompts))
            render.citations(item.get("citations", []), heading=None)
    render.provenance(reply)
    st.download_button(
        "Download agenda (Markdown)",
        agenda_to_markdown(reply.result, start),
        file_name=f"agenda-{data.get('stage')}.md",
        mime="text/markdown",
        key="agenda_download",
    )
