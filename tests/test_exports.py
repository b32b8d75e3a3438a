from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from assistant.actions import ActionItem, load_action_items
from assistant.exports import to_csv, to_ics, to_markdown

TODAY = date(2025, 11, 19)
ITEMS = [
    ActionItem("Update the CV", "Sam", date(2025, 11, 21)),
    ActionItem('Read "Range", ch. 3; take notes \\ summarise', "both", None),
    ActionItem(
        "Ask Zoë about the café meetup — and bring the 30-60-90 plan", "Priya", date(2026, 1, 5)
    ),
    ActionItem("Write " + "a very long task description " * 6, "mentee", date(2025, 12, 1)),
]


def test_markdown_checklist_lines() -> None:
    text = to_markdown(ITEMS[:2])
    assert "- [ ] Update the CV — Sam, due 2025-11-21\n" in text
    assert '- [ ] Read "Range", ch. 3; take notes \\ summarise — both\n' in text


def test_markdown_for_no_items_still_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "none.md"
    path.write_text(to_markdown([]))
    assert load_action_items(path) == []


def test_csv_header_and_rows() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(ITEMS))))
    assert rows[0] == ["task", "owner", "due"]
    assert rows[1] == ["Update the CV", "Sam", "2025-11-21"]
    assert rows[2] == ['Read "Range", ch. 3; take notes \\ summarise', "both", ""]


@pytest.mark.parametrize(
    ("suffix", "render"),
    [
        (".md", to_markdown),
        (".csv", to_csv),
        (".ics", lambda items: to_ics(items, today=TODAY)),
        (".txt", to_markdown),  # sniffed from content, not the name
        (".out", lambda items: to_ics(items, today=TODAY)),
    ],
)
def test_round_trip_through_the_loader(
    tmp_path: Path, suffix: str, render: Callable[[list[ActionItem]], str]
) -> None:
    path = tmp_path / f"actions{suffix}"
    path.write_bytes(render(ITEMS).encode("utf-8"))
    loaded = load_action_items(path)
    assert [(i.task, i.owner, i.due) for i in loaded] == [
        (" ".join(i.task.split()), i.owner, i.due) for i in ITEMS
    ]


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_is_valid_icalendar() -> None:
    text = to_ics(ITEMS, today=TODAY)
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")  # CRLF everywhere
    lines = text.split("\r\n")[:-1]
    for line in lines:
        assert len(line.encode("utf-8")) <= 75, line
    logical = _unfold(text)[:-1]
    assert logical[:3] == ["BEGIN:VCALENDAR", "VERSION:2.0", logical[2]]
    assert logical[2].startswith("PRODID:")
    assert logical[-1] == "END:VCALENDAR"
    assert logical.count("BEGIN:VTODO") == len(ITEMS) == logical.count("END:VTODO")
    assert logical.count("STATUS:NEEDS-ACTION") == len(ITEMS)
    assert sum(line.startswith("DTSTAMP:20251119T000000Z") for line in logical) == len(ITEMS)
    dues = [line for line in logical if line.startswith("DUE")]
    assert dues == ["DUE;VALUE=DATE:20251121", "DUE;VALUE=DATE:20260105", "DUE;VALUE=DATE:20251201"]
    uids = [line for line in logical if line.startswith("UID:")]
    assert len(set(uids)) == len(ITEMS)


def test_ics_escapes_text() -> None:
    logical = _unfold(to_ics([ActionItem("a, b; c \\ d\ne", "Sam", None)], today=TODAY))
    assert "SUMMARY:a\\, b\\; c \\\\ d\\ne" in logical


def test_ics_folding_keeps_utf8_characters_whole() -> None:
    item = ActionItem("é" * 100, "Sam", None)
    text = to_ics([item], today=TODAY)
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
        line.encode("utf-8").decode("utf-8")
    assert "SUMMARY:" + "é" * 100 in _unfold(text)


def test_ics_uid_is_stable() -> None:
    first = re.findall(r"UID:(\S+)", to_ics(ITEMS, today=TODAY))
    again = re.findall(r"UID:(\S+)", to_ics(ITEMS, today=date(2026, 1, 1)))
    assert first == again


def test_ics_loader_skips_completed_todos(tmp_path: Path) -> None:
    text = to_ics(ITEMS[:2], today=TODAY).replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED", 1)
    path = tmp_path / "a.ics"
    path.write_text(text)
    assert [i.task for i in load_action_items(path)] == [ITEMS[1].task]


# --------------------------------------------------------------------------- real parsers


def test_ics_parses_with_icalendar_and_holds_one_todo_per_item() -> None:
    icalendar = pytest.importorskip("icalendar")
    calendar = icalendar.Calendar.from_ical(to_ics(ITEMS, today=TODAY))
    todos = [c for c in calendar.walk("VTODO")]
    assert [str(t["SUMMARY"]) for t in todos] == [i.task.strip() for i in ITEMS]
    assert [t.decoded("DUE") if "DUE" in t else None for t in todos] == [i.due for i in ITEMS]
    assert not calendar.walk("VEVENT")  # events only on request


def test_ics_events_are_all_day_on_the_due_date() -> None:
    icalendar = pytest.importorskip("icalendar")
    text = to_ics(ITEMS, today=TODAY, events=True)
    calendar = icalendar.Calendar.from_ical(text)
    events = calendar.walk("VEVENT")
    dated = [i for i in ITEMS if i.due]
    assert len(events) == len(dated) == 3
    for event, item in zip(events, dated, strict=True):
        assert event.decoded("DTSTART") == item.due  # a date, not a datetime: all day
        assert event.decoded("DTEND") == date.fromordinal(item.due.toordinal() + 1)
        assert str(event["SUMMARY"]) == "Due: " + item.task.strip()
        assert str(event["TRANSP"]) == "TRANSPARENT"
    uids = [str(c["UID"]) for c in calendar.walk() if "UID" in c]
    assert len(uids) == len(set(uids)) == len(ITEMS) + len(dated)


def test_ics_with_events_reads_back_each_item_once(tmp_path: Path) -> None:
    path = tmp_path / "events.ics"
    path.write_text(to_ics(ITEMS, today=TODAY, events=True), newline="")
    assert [i.task for i in load_action_items(path)] == [" ".join(i.task.split()) for i in ITEMS]


def test_csv_has_crlf_line_endings_and_quotes_per_rfc_4180() -> None:
    text = to_csv([*ITEMS, ActionItem('Say "hi"\nto Jo', None, None)])
    records = text.split("\r\n")
    assert records[0] == "task,owner,due"
    assert text.endswith("\r\n")
    unquoted = re.sub(r'"(?:[^"]|"")*"', "", text)  # a quoted field may hold its own newline
    assert "\n" not in unquoted.replace("\r\n", "") and unquoted.count("\r\n") == len(ITEMS) + 2
    assert '"Say ""hi""\nto Jo",,\r\n' in text  # quotes doubled, a field's own newline kept
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[-1] == ['Say "hi"\nto Jo', "", ""]


def test_unassigned_items_export_without_an_owner() -> None:
    item = ActionItem("Book the room", None, date(2025, 11, 21))
    assert "- [ ] Book the room — unassigned, due 2025-11-21" in to_markdown([item])
    logical = _unfold(to_ics([item], today=TODAY))
    assert "DESCRIPTION:Owner: unassigned" in logical
    assert not any(line.startswith("X-MENTOR-ASSIST-OWNER") for line in logical)
