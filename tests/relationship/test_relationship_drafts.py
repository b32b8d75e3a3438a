"""A draft that names the mentee is read as addressed to them (``guard --relationship ID``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.relationship.drafts import address, check_draft, names_of
from assistant.service import Assistant


def test_the_name_is_read_as_you_only_where_it_is_the_possessive_or_an_object() -> None:
    names = names_of("Priya  Nair")
    assert names == ("Priya Nair", "Priya")
    draft = "Priya asked me. I'll talk to Priya's manager for Priya, then tell Priya Nair."
    addressed = address(draft, names)
    assert addressed.text == "Priya asked me. I'll talk to your manager for you, then tell you."
    # Every changed stretch maps back to the whole name in the draft.
    your = addressed.text.index("your")
    assert draft[addressed.to_draft(your) : addressed.to_draft(your + 4, end=True)] == "Priya's"
    tail = addressed.text.index("tell you") + len("tell ")
    assert draft[addressed.to_draft(tail) :] == "Priya Nair."
    assert address("Dear Sam, hello.", names_of("Priya")).swaps == ()


@pytest.mark.parametrize(
    ("draft", "quote"),
    [
        ("I'll talk to Priya's manager about the promotion.", "I'll talk to Priya's manager"),
        ("Don't worry, I'll sort the landlord out for Priya.", None),
        ("Ok so I'll just redo Priya's cover letter tonight", None),
    ],
)
def test_a_draft_naming_the_mentee_is_checked_as_if_addressed_to_them(
    draft: str, quote: str | None
) -> None:
    result = check_draft(draft, "Priya Nair")
    assert result.flagged and result.text == draft
    finding = result.findings[0]
    start, end = finding.span
    assert draft[start:end] == finding.quote
    if quote is not None:
        assert finding.quote == quote
    assert "Priya" in finding.quote


def test_sentences_that_are_not_flagged_are_kept_exactly() -> None:
    draft = "Thanks for today, Priya!  I'll handle Priya's emails to the director. See you Friday."
    result = check_draft(draft, "Priya")
    assert [f.quote for f in result.findings] == ["I'll handle Priya's emails"]
    assert result.rewrite.startswith("Thanks for today, Priya!  ")
    assert result.rewrite.endswith(" See you Friday.")
    assert "handle" not in result.rewrite
    healthy = "I'll ask Priya what she wants to do next. Priya's plan looks strong."
    assert not check_draft(healthy, "Priya").flagged
    assert check_draft(healthy, "Priya").rewrite == healthy


def test_the_guard_command_takes_the_relationship(
    assistant: Assistant, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = assistant.relationships.create("Dana", "Sam Okafor")
    draft = "I'll write the cover letter for Sam"
    assert main(["guard", draft, "--json", "--relationship", record.id]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["flagged"] is True and data["findings"][0]["quote"] == draft
    assert main(["guard", draft, "--relationship", "nope"]) == 1
    assert "No relationship 'nope'" in capsys.readouterr().err
