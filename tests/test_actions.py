from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from scaling import assert_linear

from assistant.actions import ActionItem, extract_action_items, load_action_items
from assistant.errors import InputFileError, UsageError

TODAY = date(2025, 11, 19)  # Wednesday
ROOT = Path(__file__).resolve().parent.parent


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "benchmarks_actions", ROOT / "benchmarks" / "actions.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


def extract(notes: str, **kwargs: object) -> list[ActionItem]:
    kwargs.setdefault("today", TODAY)
    return extract_action_items(notes, **kwargs)  # type: ignore[arg-type]


def one(notes: str, **kwargs: object) -> ActionItem:
    items = extract(notes, **kwargs)
    assert len(items) == 1, items
    return items[0]


# --------------------------------------------------------------------------- styles


@pytest.mark.parametrize(
    "line",
    [
        "- Update the CV by Friday",
        "* Update the CV by Friday",
        "• Update the CV by Friday",
        "1. Update the CV by Friday",
        "2) Update the CV by Friday",
        "TODO: update the CV by Friday",
        "TODO update the CV by Friday",
        "Action: update the CV by Friday",
        "AI: update the CV by Friday",
        "[ ] update the CV by Friday",
        "- [ ] Update the CV by Friday",
        "Update the CV by Friday.",
    ],
)
def test_prefixes_and_bullets_are_stripped(line: str) -> None:
    item = one(line, mentee="Sam")
    assert item == ActionItem("Update the CV", "Sam", date(2025, 11, 21))


@pytest.mark.parametrize(
    ("line", "task", "owner"),
    [
        ("Sam will send the deck to Jo", "Send the deck to Jo", "Sam"),
        ("I'll send the deck to Jo", "Send the deck to Jo", "Priya"),
        ("I will send the deck to Jo", "Send the deck to Jo", "Priya"),
        ("I'm going to send the deck to Jo", "Send the deck to Jo", "Priya"),
        ("We'll send the deck to Jo", "Send the deck to Jo", "both"),
        ("we agreed that Sam will send the deck to Jo", "Send the deck to Jo", "Sam"),
        ("We agreed to send the deck to Jo", "Send the deck to Jo", "both"),
        ("both: send the deck to Jo", "Send the deck to Jo", "both"),
        ("Mentor to send the deck to Jo", "Send the deck to Jo", "Priya"),
        ("Priya to send the deck to Jo", "Send the deck to Jo", "Priya"),
        ("priya to send the deck to Jo", "Send the deck to Jo", "Priya"),
        ("Sam: send the deck to Jo", "Send the deck to Jo", "Sam"),
        ("Sam - send the deck to Jo", "Send the deck to Jo", "Sam"),
        ("Sam -> send the deck to Jo", "Send the deck to Jo", "Sam"),
        ("Send the deck to Jo (Sam)", "Send the deck to Jo", "Sam"),
        ("Send the deck to Jo — Sam", "Send the deck to Jo", "Sam"),
        ("Send the deck to Jo (owner: Sam)", "Send the deck to Jo", "Sam"),
        ("Let's send the deck to Jo", "Send the deck to Jo", "both"),
        ("She will send the deck to Jo", "Send the deck to Jo", "Sam"),
        ("The mentee will send the deck to Jo", "Send the deck to Jo", "Sam"),
        ("Sam and I will send the deck to Jo", "Send the deck to Jo", "both"),
        ("Priya said she would send the deck to Jo", "Send the deck to Jo", "Priya"),
        ("Sam sends the deck to Jo", "Send the deck to Jo", "Sam"),
        ("Sam sent the deck to Jo", None, None),
        ("Sam thinks we should send the deck to Jo", None, None),
    ],
)
def test_owner_forms(line: str, task: str | None, owner: str | None) -> None:
    items = extract(line, mentee="Sam", mentor="Priya", author="mentor")
    if task is None:
        assert items == []
    else:
        assert [(i.task, i.owner) for i in items] == [(task, owner)]


def test_task_with_owner_and_due_tail() -> None:
    item = one("Practise STAR answers — Sam, due Friday", mentee="Sam")
    assert item == ActionItem("Practise STAR answers", "Sam", date(2025, 11, 21))


def test_names_are_case_insensitive_and_first_names_map_to_full_names() -> None:
    item = one("alex to draft the plan", mentee="Alex Chen", mentor="Jordan")
    assert item.owner == "Alex Chen"


def test_roles_without_names() -> None:
    items = extract(
        "I'll update the CV.\nMy mentor will share two contacts.\nWe'll read the guide.",
        author="mentee",
    )
    assert [i.owner for i in items] == ["mentee", "mentor", "both"]
    items = extract("I'll share two contacts.\nYou will update the CV.", author="mentor")
    assert [i.owner for i in items] == ["mentor", "mentee"]


def test_unknown_names_stay_as_written_capitalised() -> None:
    item = one("Renee will send the conference link", mentee="Sam", mentor="Priya")
    assert item.owner == "Renee"
    assert one("Dev: send the intro email", mentee="Sam").owner == "Dev"


def test_unowned_task_belongs_to_the_author_or_the_section_owner() -> None:
    assert one("- Book the room", mentee="Sam", author="mentee").owner == "Sam"
    assert one("- Book the room", mentee="Sam", mentor="Priya", author="mentor").owner == "Priya"
    notes = "Action items for Sam:\n- Book the room\n- Send the agenda"
    assert {i.owner for i in extract(notes, mentee="Sam", author="mentor")} == {"Sam"}


def test_several_sentences_and_clauses_on_one_line() -> None:
    notes = (
        "We talked about salary. Sam will update her CV by Friday. I'll send two contacts, "
        "and Sam will book a mock interview next week. She mentioned she will apply to Acme."
    )
    items = extract(notes, mentee="Sam", mentor="Priya", author="mentor")
    assert [i.to_dict() for i in items] == [
        {"task": "Update her CV", "owner": "Sam", "due": "2025-11-21", "owners": ["Sam"]},
        {"task": "Send two contacts", "owner": "Priya", "due": None, "owners": ["Priya"]},
        {"task": "Book a mock interview", "owner": "Sam", "due": "2025-11-28", "owners": ["Sam"]},
    ]


def test_action_heading_makes_plain_bullets_items_until_the_next_heading() -> None:
    notes = (
        "## Discussion\n- the reorg\n- salary bands\n"
        "## Next steps\n- the reading list from the library\n- CV refresh, Friday\n"
        "## Mood\n- good energy\n"
    )
    items = extract(notes, mentee="Sam")
    assert [(i.task, i.due) for i in items] == [
        ("The reading list from the library", None),
        ("CV refresh", date(2025, 11, 21)),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "We talked about networking.",
        "Discussed the reorg and what it means.",
        "She mentioned she will apply to Acme.",
        "How do I ask for a raise?",
        "Should Sam apply for the role?",
        "Next meeting: Dec 5",
        "Next session Tuesday",
        "We'll meet again on Dec 10.",
        "We will meet every other Tuesday.",
        "I feel more confident now.",
        "Sam felt nervous about the panel.",
        "I sent the deck last week.",
        "Sent the deck last week",
        "# Action items",
        "Goals:",
        "[x] Send the deck",
        "~~Send the deck~~",
        "It will be a busy month.",
        "Networking will matter more next year.",
        "I won't be able to attend on Friday.",
        "Sam will not apply this round.",
        "I want to get better at delegating.",
        "Obstacle: manager not supportive of the time spent.",
    ],
)
def test_non_commitments_are_not_items(line: str) -> None:
    assert extract(line, mentee="Sam", mentor="Priya") == []


def test_meeting_prep_is_an_item_but_the_meeting_is_not() -> None:
    items = extract(
        "Sam will send the agenda before the next meeting. Next meeting: Dec 5.", mentee="Sam"
    )
    assert [(i.task, i.due) for i in items] == [("Send the agenda", date(2025, 12, 5))]
    items = extract("Sam will send the agenda before the next meeting.", mentee="Sam")
    assert [(i.task, i.due) for i in items] == [("Send the agenda before the next meeting", None)]


def test_duplicates_are_dropped() -> None:
    notes = "- Sam will update the CV\n- Sam will update the CV"
    assert len(extract(notes, mentee="Sam")) == 1


def test_task_text_is_cleaned() -> None:
    item = one("  TODO:   also  send   the deck , by Friday!! ", mentee="Sam")
    assert item.task == "Send the deck"
    assert item.due == date(2025, 11, 21)


def test_empty_and_blank_notes_give_no_items() -> None:
    assert extract("") == []
    assert extract("\n\n   \n") == []


def test_nul_bytes_are_refused() -> None:
    with pytest.raises(UsageError, match="NUL"):
        extract("Sam will send\x00 the deck")


@pytest.mark.parametrize("author", ["", "  ", "two\nlines", "x" * 81])
def test_bad_author_is_refused(author: str) -> None:
    with pytest.raises(UsageError, match="author"):
        extract("x", author=author)


def test_huge_notes_are_linear() -> None:
    block = (ROOT / "tests" / "data" / "notes" / "05_names_prose_mentor.yaml").read_text()

    def notes(size: int) -> str:
        return block * (size // len(block) + 1)

    def run(text: str) -> list[ActionItem]:
        return extract(text, mentee="Jamal", mentor="Ruth", author="mentor")

    assert run(notes(100_000))  # duplicates collapse, the items are still found
    assert_linear(run, notes, 500_000)  # 0.5 MB, then 2 MB


def test_one_huge_line_is_linear() -> None:
    def notes(size: int) -> str:
        return "Sam will " + "send the deck and " * size + " (" * (size // 3) + " -" * (size // 3)

    assert_linear(lambda text: extract(text, mentee="Sam"), notes, 30_000)


# --------------------------------------------------------------------------- labelled notes

CASES = BENCH.load_cases()


def test_labelled_notes_are_substantial() -> None:
    assert len(CASES) >= 8
    assert sum(len(c.expected) for c in CASES) >= 50
    assert any(not c.expected for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_labelled_notes(case: object) -> None:
    predicted = case.run()  # type: ignore[attr-defined]
    score = BENCH.score_file(case, predicted)
    assert score.precision >= 0.9 and score.recall >= 0.9, [p.to_dict() for p in predicted]
    assert score.owner_ok == score.matched
    assert score.due_ok >= score.matched - 1
    for line in case.not_items:  # type: ignore[attr-defined]
        assert not any(BENCH.task_similarity(p.task, line) >= 0.7 for p in predicted), line


def test_labelled_notes_overall_threshold() -> None:
    total = BENCH.Score()
    for case in CASES:
        total.add(BENCH.score_file(case))
    assert total.precision >= 0.95
    assert total.recall >= 0.95
    assert total.owner_accuracy >= 0.95
    assert total.due_accuracy >= 0.95


def test_task_similarity_is_the_one_match_rule() -> None:
    assert BENCH.task_similarity("Update the CV.", "update the cv") == 1.0
    assert BENCH.task_similarity("Update the CV", "Send the deck") < 0.7
    assert BENCH.task_similarity("Update CV with metrics", "Update the CV with metrics") >= 0.7


# --------------------------------------------------------------------------- loading files

ITEMS = [
    ActionItem("Update the CV", "Sam", date(2025, 11, 21)),
    ActionItem('Read "Range", ch. 3; take notes', "both", None),
]


def test_load_json_as_printed_with_extra_keys(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    payload = {"action_items": [dict(i.to_dict(), note="x") for i in ITEMS], "version": 1}
    path.write_text(json.dumps(payload))
    assert load_action_items(path) == ITEMS


def test_load_json_with_a_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"action_items": [{"task": "x", "owner": "Sam", "due": "Friday"}]}')
    with pytest.raises(InputFileError, match=r"a\.json: action item 1 has a bad 'due'"):
        load_action_items(path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"caf\xe9 notes", "not UTF-8"),
        (b"just some prose", "not an action-items file"),
        (b"{not json", "not valid JSON"),
        (b'{"items": []}', 'no "action_items"'),
        (b"name,when\nx,y\n", "not an action-items file"),
    ],
)
def test_load_refuses_bad_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "actions.dat"
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=reason) as info:
        load_action_items(path)
    assert str(info.value).startswith(str(path))


def test_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        load_action_items(tmp_path / "missing.json")


def test_load_markdown_skips_checked_items(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "# Action items\n\n- [x] Send the deck — Priya\n- [ ] Update the CV — Sam, due 2025-11-21\n"
        "- [ ] Book a room\n"
    )
    assert load_action_items(path) == [
        ActionItem("Update the CV", "Sam", date(2025, 11, 21)),
        ActionItem("Book a room", "mentee", None),
    ]


def test_action_item_list_shape() -> None:
    from assistant.actions import ActionItemList

    result = ActionItemList(tuple(ITEMS))
    assert result.to_dict() == {"action_items": [i.to_dict() for i in ITEMS]}
    assert ActionItemList().to_dict() == {"action_items": []}
