"""Read action items back from the JSON, CSV, Markdown checklist or iCalendar exports.

Only open items are returned: checked Markdown boxes and completed or cancelled to-dos are
skipped. A missing owner reads as ``mentee``; a bad row names its number and field.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.actions.items import ActionItem
from assistant.errors import InputFileError
from assistant.textfiles import read_text_file

__all__ = ["load_action_items"]


class _StoredItem(BaseModel):
    model_config = ConfigDict(extra="ignore")

    task: str
    owner: str = "mentee"
    due: date | None = None

    @field_validator("task")
    @classmethod
    def _task_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("task is empty")
        return value.strip()

    @field_validator("owner", mode="before")
    @classmethod
    def _owner_default(cls, value: Any) -> Any:
        return (
            "mentee" if value is None or (isinstance(value, str) and not value.strip()) else value
        )


def load_action_items(path: str | Path) -> list[ActionItem]:
    """Read open action items from a JSON, CSV, Markdown checklist or iCalendar export."""
    text = read_text_file(path)
    file = Path(path)
    suffix = file.suffix.lower()
    stripped = text.lstrip()
    if suffix == ".ics" or stripped.upper().startswith("BEGIN:VCALENDAR"):
        rows = _rows_from_ics(text, file)
    elif suffix == ".json" or stripped.startswith(("{", "[")):
        rows = _rows_from_json(text, file)
    elif suffix == ".csv" or stripped.splitlines()[0].strip().lower().startswith("task,"):
        rows = _rows_from_csv(text, file)
    elif suffix in (".md", ".markdown", ".txt") or _MD_ITEM.search(text):
        rows = _rows_from_markdown(text, file)
    else:
        raise InputFileError(file, _UNRECOGNISED)
    items = []
    for index, row in enumerate(rows, start=1):
        try:
            stored = _StoredItem.model_validate(row)
        except ValidationError as exc:
            problem = exc.errors()[0]
            field = ".".join(str(p) for p in problem["loc"])
            raise InputFileError(
                file, f"action item {index} has a bad {field!r}: {problem['msg']}."
            ) from None
        items.append(ActionItem(task=stored.task, owner=stored.owner, due=stored.due))
    return items


_UNRECOGNISED = (
    "is not an action-items file; give the JSON, CSV, Markdown checklist or .ics "
    "that `mentor-assist actions` writes."
)
_MD_ITEM = re.compile(r"^\s*[-*+]\s+\[(?P<mark>[ xX])\]\s+(?P<body>.+?)\s*$", re.MULTILINE)
_MD_TAIL = re.compile(r"\s+—\s+(?P<owner>[^—]+?)(?:,\s*due\s+(?P<due>\d{4}-\d{2}-\d{2}))?$")


def _rows_from_json(text: str, file: Path) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(file, f"is not valid JSON ({exc.msg} at line {exc.lineno}).") from None
    rows = data.get("action_items") if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise InputFileError(file, 'has no "action_items" list; ' + _UNRECOGNISED[3:])
    return rows


def _rows_from_csv(text: str, file: Path) -> list[Any]:
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "task" not in fields:
        raise InputFileError(file, 'has no "task" column; ' + _UNRECOGNISED[3:])
    rows = []
    for row in reader:
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        if not any(clean.values()):
            continue
        rows.append(
            {
                "task": clean.get("task", ""),
                "owner": clean.get("owner"),
                "due": clean.get("due") or None,
            }
        )
    return rows


def _rows_from_markdown(text: str, file: Path) -> list[Any]:
    matches = list(_MD_ITEM.finditer(text))
    if not matches and not text.lstrip().lower().startswith("# action items"):
        raise InputFileError(file, _UNRECOGNISED)
    rows = []
    for m in matches:
        if m.group("mark") != " ":
            continue
        body = m.group("body")
        tail = _MD_TAIL.search(body)
        if tail:
            rows.append(
                {
                    "task": body[: tail.start()],
                    "owner": tail.group("owner"),
                    "due": tail.group("due"),
                }
            )
        else:
            rows.append({"task": body, "owner": None, "due": None})
    return rows


def _ics_unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _rows_from_ics(text: str, file: Path) -> list[Any]:
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    if "BEGIN:VCALENDAR" not in unfolded.upper():
        raise InputFileError(file, "is not an iCalendar file (no BEGIN:VCALENDAR).")
    rows: list[Any] = []
    current: dict[str, str] | None = None
    for line in unfolded.splitlines():
        if line.upper() == "BEGIN:VTODO":
            current = {}
            continue
        if line.upper() == "END:VTODO":
            if current is not None and current.get("STATUS", "").upper() not in (
                "COMPLETED",
                "CANCELLED",
            ):
                due = current.get("DUE")
                rows.append(
                    {
                        "task": _ics_unescape(current.get("SUMMARY", "")),
                        "owner": _ics_unescape(current.get("X-MENTOR-ASSIST-OWNER", "")) or None,
                        "due": f"{due[:4]}-{due[4:6]}-{due[6:8]}" if due else None,
                    }
                )
            current = None
            continue
        if current is None or ":" not in line:
            continue
        name_params, value = line.split(":", 1)
        current[name_params.split(";", 1)[0].upper()] = value
    return rows
