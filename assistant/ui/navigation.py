"""The app's pages and their addresses."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

PAGES_DIR = Path(__file__).resolve().parent / "pages"

# (script, title, icon, url path)
PAGES = (
    ("mentee.py", "Mentee", ":material/event_note:", "mentee"),
    ("mentor.py", "Mentor", ":material/psychology:", "mentor"),
    ("relationship.py", "Relationship", ":material/handshake:", "relationship"),
    ("coordinator.py", "Coordinator", ":material/library_books:", "coordinator"),
    ("ask.py", "Ask", ":material/forum:", "ask"),
)


def pages() -> list[st.Page]:
    """The workspaces; the mentee's is the default page at ``/``."""
    return [
        st.Page(PAGES_DIR / script, title=title, icon=icon, url_path=url, default=index == 0)
        for index, (script, title, icon, url) in enumerate(PAGES)
    ]
