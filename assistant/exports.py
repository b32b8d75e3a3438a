"""Export action items as a Markdown checklist, CSV or iCalendar to-dos.

Every format reads back with :func:`assistant.actions.load_action_items`.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from datetime import date

from assistant.actions import ActionItem

__all__ = ["to_csv", "to_ics", "to_markdown"]

PRODID = "-//Mentor Session Assistant//Action items//EN"
OWNER_PROPERTY = "X-MENTOR-ASSIST-OWNER"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def to_markdown(items: Iterable[ActionItem]) -> str:
    """A checklist: ``- [ ] Task — owner, due YYYY-MM-DD`` per item, under one heading."""
    lines = ["# Action items", ""]
    for item in items:
        line = f"- [ ] {_one_line(item.task)} — {_one_line(item.owner)}"
        if item.due:
            line += f", due {item.due.isoformat()}"
        lines.append(line)
    if len(lines) == 2:
        lines.append("No action items found.")
    return "\n".join(lines) + "\n"


def to_csv(items: Iterable[ActionItem]) -> str:
    """CSV with the header ``task,owner,due``; due is ``YYYY-MM-DD`` or empty."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["task", "owner", "due"])
    for item in items:
        writer.writerow([item.task, item.owner, item.due.isoformat() if item.due else ""])
    return buffer.getvalue()


def _escape(text: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1)."""
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def _uid(item: ActionItem) -> str:
    key = "\x1f".join([item.task, item.owner, item.due.isoformat() if item.due else ""])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24] + "@mentor-session-assistant"


def to_ics(items: Iterable[ActionItem], *, today: date) -> str:
    """An iCalendar file with one ``VTODO`` per item; CRLF line endings, folded lines."""
    stamp = f"{today:%Y%m%d}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
    ]
    for item in items:
        lines += [
            "BEGIN:VTODO",
            f"UID:{_uid(item)}",
            f"DTSTAMP:{stamp}",
            f"SUMMARY:{_escape(item.task)}",
            f"DESCRIPTION:{_escape('Owner: ' + item.owner)}",
            f"{OWNER_PROPERTY}:{_escape(item.owner)}",
        ]
        if item.due:
            lines.append(f"DUE;VALUE=DATE:{item.due:%Y%m%d}")
        lines += ["STATUS:NEEDS-ACTION", "END:VTODO"]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
