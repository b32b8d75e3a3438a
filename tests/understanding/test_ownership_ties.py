"""The mentee's outcome promised through the speaker's ties to those who decide
(assistant/understanding/ownership.py)."""

from __future__ import annotations

import pytest

from assistant.understanding.ownership import ownership


def kinds(clause: str, sentence: str | None = None, previous: str = "") -> set[str]:
    return {move.kind for move in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        # a single decider, not only a plural ("I know the assessor")
        (
            "I know the assessor at the college and she'll look after you.",
            None,
            "Quit revising so hard, you'll pass.",
        ),
        # "shall be" as well as "will be" on the panel
        (
            "I shall be sitting on the selection panel.",
            "Your bid for the residency will be successful; I shall be sitting on the selection "
            "panel.",
            "",
        ),
        # anyone named a friend of the speaker's, beside the mentee called through already
        (
            "Email me the portfolio and consider yourself hired.",
            None,
            "The studio director in Lyon is a dear friend of mine.",
        ),
        # some of those who decide known to the speaker, the outcome in the next sentence
        ("You'll definitely be selected.", None, "Forget the selectors, I know three of them."),
        # whoever the speaker backs gets in
        (
            "The agency always signs whoever I recommend.",
            None,
            "Send them your reel and you'll get the contract.",
        ),
        # the speaker's word weighing with them
        (
            "my name carries a lot of weight with their head of design",
            "The firm will offer you the internship; my name carries a lot of weight with their "
            "head of design.",
            "",
        ),
        # a word already had, beside the outcome in the same sentence
        (
            "I've already had a word",
            "The bakery will take you on as head baker, I've already had a word.",
            "",
        ),
        # failure ruled out is the promise
        (
            "I chair the awarding board.",
            None,
            "With my backing there is no way the committee will refuse your grant.",
        ),
    ],
)
def test_an_outcome_promised_through_the_speakers_ties(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert "ensures_outcome" in kinds(clause, sentence, previous)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        # a tie with no outcome claimed promises nothing
        ("I know two of them from my old job.", None, ""),
        ("My contact there might know about openings", None, ""),
        # a failure the speaker does not rule out
        ("The committee will refuse your grant if the budget is late.", None, ""),
    ],
)
def test_a_tie_alone_promises_nothing(clause: str, sentence: str | None, previous: str) -> None:
    assert "ensures_outcome" not in kinds(clause, sentence, previous)
