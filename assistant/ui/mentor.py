"""Mentor workspace: GROW coach, check my message, notes -> action items, reflections."""

from __future__ import annotations

import streamlit as st

from assistant.ui import action_items, check, grow_coach, reflections, relationship


def page() -> None:
    st.title("Mentor workspace")
    st.caption("Guide with questions; the mentee owns the goals and the actions.")
    relationship.picker(
        help="A recorded relationship: GROW summaries can be saved to it, its mentee's name "
        "is read as the person a draft addresses, and its names give action items owners."
    )
    coach_tab, check_tab, actions_tab, reflect_tab = st.tabs(
        ["GROW coach", "Check my message", "Notes → action items", "Reflections"]
    )
    with coach_tab:
        grow_coach.render_coach()
    with check_tab:
        check.render_box()
    with actions_tab:
        action_items.render_section()
    with reflect_tab:
        reflections.render_section()
