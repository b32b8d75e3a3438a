"""A line of labelled fields is read as a task table's row (assistant/actions/records.py)."""

from __future__ import annotations

from datetime import date

from assistant.actions import extract_action_items
from assistant.actions.markup import clean_notes

TODAY = date(2024, 6, 5)  # Wednesday


def items(notes: str) -> list[tuple[str, tuple[str, ...], date | None]]:
    found = extract_action_items(notes, today=TODAY, author=None)
    return [(i.task, i.owners, i.due) for i in found]


def test_pipe_separated_fields_give_the_task_its_owner() -> None:
    notes = (
        "Next Steps\n"
        "Task: Write the importer | Assigned To: Noor | Deadline: Next Release | Priority: 2\n"
        "Task: Review the schema | Owner: Tomas | Due: 14 June 2024\n"
    )
    assert items(notes) == [
        ("Write the importer", ("Noor",), None),
        ("Review the schema", ("Tomas",), date(2024, 6, 14)),
    ]


def test_bracketed_field_labels_give_owner_and_due_and_a_finished_one_is_no_task() -> None:
    notes = (
        "- [action] Prepare the budget sheet [assignee] Rafa [due] 12 June 2024 [status] todo\n"
        "- [action] Book the venue [assignee] Rafa [due] 1 June 2024 [status] done\n"
    )
    assert items(notes) == [("Prepare the budget sheet", ("Rafa",), date(2024, 6, 12))]


def test_the_owner_field_wins_over_a_name_spelt_otherwise_in_the_task() -> None:
    notes = "- [action] Jonh to call the venue [assignee] John, king bob [due] 12 June 2024\n"
    assert items(notes) == [("Call the venue", ("John", "king bob"), date(2024, 6, 12))]


def test_a_line_with_one_labelled_field_or_no_task_is_left_as_written() -> None:
    line = "Date: 02/20/2026 | Time: 3:15 pm"
    assert clean_notes(line).text == line
    line = "Set up the repo | see the wiki"
    assert clean_notes(line).text == line
