"""The choice or the plan put in the mentor's hands is a request to decide, however it is
worded; chat put to the mentor ("btw", "speaking of", "do you know if") is off topic."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grow import hear

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    "answer",
    [
        "Would you be able to tell me which route is safest?",
        "could you just make me a schedule",
        "Honestly I'd rather you chose for me, you've seen this before.",
        "I would sooner follow your judgement on this one.",
        "If it was your business, where would you start?",
        "How would you begin, in my place?",
    ],
)
def test_the_choice_put_in_the_mentors_hands_is_handed_back(answer: str) -> None:
    assert hear(answer, "options", TODAY).has("ask_to_decide")


@pytest.mark.parametrize(
    "answer",
    [
        "I could ask my manager, or I'd rather try the evening course first.",
        "I'll follow the plan we drew up and call the bank on Friday.",
    ],
)
def test_a_preference_of_the_mentees_own_is_not_handed_over(answer: str) -> None:
    assert not hear(answer, "options", TODAY).has("ask_to_decide")


@pytest.mark.parametrize(
    "answer",
    [
        "btw do u know if the trains are running tomorrow? asking for my mum lol",
        "Speaking of phones, do you know whether the new ones are any good? Mine is ancient.",
        "The kids want a dog now, which is a whole other story, honestly.",
    ],
)
def test_chat_put_to_the_mentor_is_off_topic(answer: str) -> None:
    assert hear(answer, "will", TODAY).has("off_topic")


def test_a_step_said_with_btw_is_still_a_step() -> None:
    heard = hear("btw I'll ring the council on Monday about the permit.", "will", TODAY)
    assert heard.has("commitment") and not heard.has("off_topic")
