"""Checks on the shipped guidance documents and the retrieval question sets that refer to them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
KNOWLEDGE_DIR = ROOT / "knowledge"
DATA_DIR = Path(__file__).resolve().parent / "data"

EXPECTED_FILES = {
    "informal-mentoring-how-tos.md",
    "seven-things-to-do-in-a-mentoring-relationship.md",
    "overview-of-the-mentoring-process.md",
    "building-successful-mentoring-relationships.md",
    "starting-a-mentor-mentee-relationship.md",
}

DEBRIS = [
    "Back to Top",
    "Member Login",
    "<<<",
    "What's on This Page",
    "Not A Member Yet",
    "Click Here to Sign Up",
    "let's connect",
    "Stay connected",
    "We respect your privacy",
    "Grow as a Leader and Thrive as a Team",
    "Back | Continue",
    "Continue forward to training",
    "click here",
    "Use your back arrow",
    "Find out if MentorCruise is a good fit",
    "Want to get a mentor who’s right for you?",
    "Tell us about your goals",
    "See how mentorship compares to other options",
    "Preview your first month",
    "You’ll learn:",
    "Additional Resources",
    "Contact Information",
    "newsletter",
    "sign up",
]

MOJIBAKE = ["â€", "Ã", "Â", "\ufffd", "\u00a0"]

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def knowledge_files() -> list[Path]:
    """The guidance documents (everything in knowledge/ except its README)."""
    return sorted(p for p in KNOWLEDGE_DIR.glob("*.md") if p.name != "README.md")


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    match = FRONT_MATTER.match(text)
    assert match, "document must start with YAML front matter between --- lines"
    meta = yaml.safe_load(match.group(1))
    assert isinstance(meta, dict)
    return meta, text[match.end() :]


def headings(body: str) -> list[tuple[int, str]]:
    """(level, text) of every Markdown heading outside fenced code blocks."""
    found: list[tuple[int, str]] = []
    in_fence = False
    for line in body.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        match = None if in_fence else HEADING.match(line)
        if match:
            found.append((len(match.group(1)), match.group(2)))
    return found


def load_yaml(name: str) -> Any:
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


def test_all_expected_documents_are_present() -> None:
    assert {p.name for p in knowledge_files()} == EXPECTED_FILES


@pytest.mark.parametrize("path", knowledge_files(), ids=lambda p: p.name)
class TestDocument:
    def test_front_matter_credits_title_and_publisher(self, path: Path) -> None:
        meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
        assert isinstance(meta.get("title"), str) and meta["title"].strip()
        assert isinstance(meta.get("publisher"), str) and meta["publisher"].strip()
        assert "source_note" in meta
        if "url" in meta:
            assert str(meta["url"]).startswith("https://")

    def test_single_h1_equals_title(self, path: Path) -> None:
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        h1 = [text for level, text in headings(body) if level == 1]
        assert h1 == [meta["title"]]
        first_line = next(line for line in body.splitlines() if line.strip())
        assert first_line == f"# {meta['title']}"

    def test_has_real_sections(self, path: Path) -> None:
        _, body = split_front_matter(path.read_text(encoding="utf-8"))
        levels = [level for level, _ in headings(body)]
        assert levels.count(2) >= 3
        # No level is skipped on the way down (### only under a ##).
        previous = 1
        for level in levels:
            assert level <= previous + 1
            previous = level

    def test_no_web_page_debris(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8").lower()
        for phrase in DEBRIS:
            assert phrase.lower() not in text, phrase

    def test_no_broken_characters(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        for bad in MOJIBAKE:
            assert bad not in text, repr(bad)

    def test_lists_are_markdown(self, path: Path) -> None:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not line.lstrip().startswith(("•", "*  ", "+ ")), f"line {number}: {line}"
            assert line == line.rstrip(), f"line {number} has trailing spaces"
            if line.lstrip().startswith("- "):
                indent = len(line) - len(line.lstrip())
                assert indent % 2 == 0, f"line {number}: odd list indent"

    def test_no_runs_of_blank_lines(self, path: Path) -> None:
        assert "\n\n\n" not in path.read_text(encoding="utf-8")


def _document_headings() -> dict[str, set[str]]:
    result: dict[str, set[str]] = {}
    for path in knowledge_files():
        _, body = split_front_matter(path.read_text(encoding="utf-8"))
        result[path.name] = {text for _, text in headings(body)}
    return result


def _locations(entry: dict[str, Any]) -> list[tuple[str, str]]:
    found = [(entry["source"], entry["section"])]
    found += [(extra["source"], extra["section"]) for extra in entry.get("also", [])]
    return found


def test_retrieval_questions_point_at_existing_sections() -> None:
    entries = load_yaml("retrieval_questions.yaml")
    assert isinstance(entries, list) and len(entries) >= 30
    doc_headings = _document_headings()
    for entry in entries:
        assert set(entry) <= {"question", "source", "section", "also"}, entry
        assert isinstance(entry["question"], str) and entry["question"].strip()
        for source, section in _locations(entry):
            assert source in doc_headings, f"{entry['question']!r}: unknown file {source}"
            assert section in doc_headings[source], (
                f"{entry['question']!r}: no heading {section!r} in {source}"
            )


def test_retrieval_questions_cover_every_document_and_many_sections() -> None:
    entries = load_yaml("retrieval_questions.yaml")
    assert {entry["source"] for entry in entries} == EXPECTED_FILES
    assert len({(entry["source"], entry["section"]) for entry in entries}) >= 25
    questions = [entry["question"].strip().lower() for entry in entries]
    assert len(questions) == len(set(questions)), "duplicate questions"


def test_retrieval_questions_are_not_copied_headings() -> None:
    entries = load_yaml("retrieval_questions.yaml")
    all_headings = {h.lower() for names in _document_headings().values() for h in names}
    for entry in entries:
        assert entry["question"].strip().lower() not in all_headings, entry["question"]


def test_unanswerable_questions_are_plain_strings() -> None:
    questions = load_yaml("unanswerable_questions.yaml")
    assert isinstance(questions, list) and len(questions) >= 10
    for question in questions:
        assert isinstance(question, str) and question.strip()
    assert len(set(questions)) == len(questions)
