"""Other people's steps as terse and chat writers put them ("jo is gonna ask", "ana's reading it
after"), and a thing named to be finished before someone else's step ("Essay done by Friday,
ana's reading it after") (assistant/grow/steps.py, will.py)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow import actions_from_answer, hear
from assistant.grow.steps import hands_on
from assistant.grow.will import commitments_to_items

TODAY = date(2026, 12, 1)  # a Tuesday


def _steps(text: str) -> list[tuple[str, str, date | None]]:
    return [(i.task, i.owner, i.due) for i in actions_from_answer(text, TODAY)]


@pytest.mark.parametrize(
    "said",
    [
        "ill book the van by friday. jo is gonna ask her uncle about the trailer.",
        "ill book the van by friday, ana's reading it after.",
        "ill book the van by friday. sam will bring the boxes.",
    ],
)
def test_a_bare_lowercase_subject_takes_its_own_step(said: str) -> None:
    got = _steps(said)
    assert got[0] == ("Book the van", "mentee", date(2026, 12, 4))
    assert len(got) == 2 and got[1][1] not in ("mentee", "both")


@pytest.mark.parametrize(
    "said", ["ill book the van by friday. everything is going to be fine.", "tomorrow will be busy"]
)
def test_a_bare_word_that_is_no_one_takes_no_step(said: str) -> None:
    assert all(owner in ("mentee", "both") for _, owner, _ in _steps(said))


def test_what_someone_else_does_next_is_told_apart() -> None:
    assert hands_on(", ana's reading it after")
    assert hands_on(", and Sam will send it on")
    assert not hands_on(", then the rest by Monday")


def test_a_noun_step_before_someone_elses_keeps_its_own_words() -> None:
    options = "I could get my tutor to look at my essay, or join the study group."
    later = "Essay done by Friday, ana's reading it after."
    heard = [
        ("options", options, hear(options, "options", TODAY)),
        ("will", later, hear(later, "will", TODAY)),
    ]
    got = commitments_to_items(
        heard, TODAY, ["Get my tutor to look at my essay", "Join the study group"]
    )
    mine = [(i.task, i.due) for i in got if i.owner in ("mentee", "both")]
    assert mine == [("Essay done", date(2026, 12, 4))]
