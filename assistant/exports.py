"""Export action items as a Markdown checklist, CSV or iCalendar.

- CSV: RFC 4180 (CRLF line endings, quotes doubled), header ``task,owner,due``;
- iCalendar: one ``VTODO`` per item; with ``events=True`` also an all-day ``VEVENT`` on each
  due date, because several calendar apps (Google Calendar among them) import to-dos as nothing.

Every format reads back with :func:`assistant.actions.load_action_items` (events are skipped,
so an item is read once). An item with no owner is written "unassigned" in Markdown and with an
empty owner elsewhere.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from datetime import date, timedelta

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
        line = f"- [ ] {_one_line(item.task)} — {_one_line(item.owner or 'unassigned')}"
        if item.due:
            line += f", due {item.due.isoformat()}"
        lines.append(line)
    if len(lines) == 2:
        lines.append("No action items found.")
    return "\n".join(lines) + "\n"


def to_csv(items: Iterable[ActionItem]) -> str:
    """RFC 4180 CSV (CRLF line ends) with the header ``task,owner,due``; due is ISO or empty."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["task", "owner", "due"])
    for item in items:
        writer.writerow([item.task, item.owner or "", item.due.isoformat() if item.due else ""])
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


def _uid(item: ActionItem, kind: str = "") -> str:
    key = "\x1f".join([item.task, item.owner or "", item.due.isoformat() if item.due else ""])
    digest = hashlib.sha256((kind + key).encode("utf-8")).hexdigest()[:24]
    return f"{digest}{'-' + kind if kind else ''}@mentor-session-assistant"


def to_ics(items: Iterable[ActionItem], *, today: date, events: bool = False) -> str:
    """An iCalendar file with one ``VTODO`` per item, and with ``events`` an all-day ``VEVENT``
    on each due date; CRLF line endings, folded lines."""
    stamp = f"{today:%Y%m%d}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
    ]
    for item in items:
        owner = item.owner or "unassigned"
        lines += [
            "BEGIN:VTODO",
            f"UID:{_uid(item)}",
            f"DTSTAMP:{stamp}",
            f"SUMMARY:{_escape(item.task.strip())}",
            f"DESCRIPTION:{_escape('Owner: ' + owner)}",
        ]
        if item.owner:
            lines.append(f"{OWNER_PROPERTY}:{_escape(item.owner)}")
        if item.due:
            lines.append(f"DUE;VALUE=DATE:{item.due:%Y%m%d}")
        lines += ["STATUS:NEEDS-ACTION", "END:VTODO"]
        if events and item.due:
            lines += [
                "BEGIN:VEVENT",
                f"UID:{_uid(item, 'event')}",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{item.due:%Y%m%d}",
                f"DTEND;VALUE=DATE:{item.due + timedelta(days=1):%Y%m%d}",
                f"SUMMARY:{_escape('Due: ' + item.task.strip())}",
                f"DESCRIPTION:{_escape('Owner: ' + owner)}",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
