"""Notes -> action items: extract, edit in a table, download as Markdown, CSV or iCalendar."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

from assistant.ui import render, state

if TYPE_CHECKING:
    from assistant.actions import ActionItem

NOTES_KEY = f"{state.INPUT_PREFIX}notes"
TODAY_KEY = f"{state.INPUT_PREFIX}notes_today"
MENTEE_KEY = f"{state.INPUT_PREFIX}notes_mentee"
MENTOR_KEY = f"{state.INPUT_PREFIX}notes_mentor"
AUTHOR_KEY = f"{state.INPUT_PREFIX}notes_author"
ROWS_KEY = "actions_rows"
REPLY_KEY = "actions_reply"
VERSION_KEY = "actions_version"
COLUMNS = ("task", "owner", "due")


def _as_date(value: Any) -> date | None:
    if value is None or value == "" or (isinstance(value, float) and pd.isna(value)):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp | datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def load_rows(items: Iterable[Mapping[str, Any]]) -> None:
    """Put items (action-item dicts) into the editable table, replacing what was there."""
    rows = [
        {
            "task": str(item.get("task") or ""),
            "owner": str(item.get("owner") or ""),
            "due": _as_date(item.get("due")),
        }
        for item in items
    ]
    st.session_state[ROWS_KEY] = rows
    st.session_state[VERSION_KEY] = st.session_state.get(VERSION_KEY, 0) + 1


def items_from_table(table: pd.DataFrame) -> list[ActionItem]:
    """Action items from the edited table; rows without a task are dropped."""
    from assistant.actions import ActionItem

    items = []
    for row in table.to_dict("records"):
        task = str(row.get("task") or "").strip()
        if not task or task == "nan":
            continue
        owner = str(row.get("owner") or "").strip()
        owner = "" if owner in ("nan", "None") else owner
        items.append(ActionItem(task=task, owner=owner or None, due=_as_date(row.get("due"))))
    return items


def render_section() -> None:
    st.subheader("Notes → action items")
    st.caption(
        "Paste session or meeting notes: bullets, numbered lists, check-boxes, tables, "
        "TODO/Action: "
        "lines or prose such as “Sam will…”, “Ben and Leonard to…”, “I'll…”, “we agreed that…”. "
        "Due dates like “by Friday” resolve against today."
    )
    from assistant.ui.relationship import privacy_notice

    privacy_notice()
    st.text_area("Session notes", key=NOTES_KEY, height=160)
    st.session_state.setdefault(TODAY_KEY, date.today())
    st.session_state.setdefault(AUTHOR_KEY, "mentee")
    today_col, mentee_col, mentor_col, author_col = st.columns(4)
    today_col.date_input("Today", key=TODAY_KEY)
    mentee_col.text_input("Mentee's name", key=MENTEE_KEY)
    mentor_col.text_input("Mentor's name", key=MENTOR_KEY)
    author_col.radio("Notes written by", ("mentee", "mentor"), key=AUTHOR_KEY, horizontal=True)
    if st.button("Extract action items", key="actions_button", type="primary"):
        _extract()
    reply = state.result(REPLY_KEY)
    rows = st.session_state.get(ROWS_KEY)
    if rows is None:
        return
    if reply is not None:
        render.notice(reply)
        render.rewrites(reply)
    if not rows:
        st.info("No commitments found in these notes. Add rows below to write them yourself.")
    edited = st.data_editor(
        pd.DataFrame(rows, columns=list(COLUMNS)).astype({"due": "object"}),
        key=f"actions_editor_{st.session_state.get(VERSION_KEY, 0)}",
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_config={
            "task": st.column_config.TextColumn("Task", width="large", required=True),
            "owner": st.column_config.TextColumn(
                "Owner",
                help="A name, several names (“Ben and Leonard”), mentee, mentor or both; "
                "empty when the notes do not say",
            ),
            "due": st.column_config.DateColumn("Due", format="YYYY-MM-DD"),
        },
    )
    _downloads(items_from_table(edited))


def _extract() -> None:
    from assistant.ui.relationship import PICK_KEY

    notes = st.session_state.get(NOTES_KEY, "") or ""
    if not notes.strip():
        st.warning("Paste some notes first.")
        return
    today = st.session_state.get(TODAY_KEY) or date.today()
    reply = state.attempt(
        "Finding commitments…",
        lambda: state.assistant().actions(
            notes,
            today=today,
            mentee=(st.session_state.get(MENTEE_KEY) or "").strip() or None,
            mentor=(st.session_state.get(MENTOR_KEY) or "").strip() or None,
            author=st.session_state.get(AUTHOR_KEY) or "mentee",
            relationship=st.session_state.get(PICK_KEY),
        ),
    )
    if reply is None:
        return
    state.store(REPLY_KEY, reply)
    load_rows(reply.result.to_dict().get("action_items", []))


def _downloads(items: list[ActionItem]) -> None:
    from assistant import exports

    today = st.session_state.get(TODAY_KEY) or date.today()
    st.caption(f"{len(items)} action item{'s' if len(items) != 1 else ''} (your edits included)")
    markdown, csv, ics = st.columns(3)
    markdown.download_button(
        "Download Markdown",
        exports.to_markdown(items),
        file_name="action-items.md",
        mime="text/markdown",
        key="actions_md",
        disabled=not items,
    )
    csv.download_button(
        "Download CSV",
        exports.to_csv(items),
        file_name="action-items.csv",
        mime="text/csv",
        key="actions_csv",
        disabled=not items,
    )
    events = ics.checkbox(
        "Also as calendar events",
        key="actions_ics_events",
        help="Adds an all-day event on each due date, for calendar apps that ignore to-dos.",
    )
    ics.download_button(
        "Download .ics",
        exports.to_ics(items, today=today, events=events),
        file_name="action-items.ics",
        mime="text/calendar",
        key="actions_ics",
        disabled=not items,
    )
