"""Rules read with their context: the subject a prize belongs to, and a release of the mentee."""

from __future__ import annotations

import pytest

from assistant.guard import Guard


@pytest.fixture(scope="module")
def rules() -> Guard:
    return Guard(semantic=False)


def flagged(guard: Guard, text: str) -> set[str]:
    return {finding.category for finding in guard.check(text).findings}


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("That promotion is as good as yours.", True),
        ("Honestly, the job is yours.", True),
        # after a preposition the prize only names what the subject is about
        ("The decision about the job is yours.", False),
        ("The quotes for the kitchen job are yours though.", False),
        ("The call on the promotion is yours.", False),
    ],
)
def test_a_prize_is_promised_only_as_the_subject(rules: Guard, text: str, flags: bool) -> None:
    assert ("gatekeeping" in flagged(rules, text)) is flags


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("Check in with me before every decision.", True),
        ("Please don't feel you need to check in with me before every decision.", False),
        ("You don't need to keep checking in with me before every decision.", False),
        # a release before another clause releases nothing there
        ("You don't need to worry, I'll handle it.", True),
    ],
)
def test_a_release_covers_only_what_follows_it(rules: Guard, text: str, flags: bool) -> None:
    assert bool(flagged(rules, text)) is flags


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # the speaker's act on the mentee's matter, weighed as the easier course
        ("It'd probably be easier if I just phoned the landlord myself.", True),
        ("Less awkward if I sat down with your coach on your behalf.", True),
        ("It would be quicker if I just put the budget together for you.", True),
        # the mentee still acts, or the speaker declines, or the speaker only shows how
        ("It might be better if I send the notes for you to read first.", False),
        ("It's easier if I show you how I did it myself last year.", False),
        ("It would be better if I didn't phone the landlord for you.", False),
        ("It's easier if I explain it first, but you should phone the landlord yourself.", False),
    ],
)
def test_the_easier_course_through_the_speakers_act(rules: Guard, text: str, flags: bool) -> None:
    assert ("rescuing" in flagged(rules, text)) is flags


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # the mentee's task taken over, with the mentee's load as the reason
        ("I'll do the invoices for the café myself, you've got enough on.", True),
        ("Let me handle the supplier paperwork this term; you have enough going on.", True),
        # the speaker's own act, or the mentee's load with nothing taken from them
        ("I'll do a quick check-in call on Friday, you've got enough on this week.", False),
        ("I'll write up the notes from our session, you've got enough on.", False),
        ("I'll call you on Friday, you have enough on today.", False),
        ("Let me know how it goes, you've got enough going on.", False),
    ],
)
def test_a_task_taken_over_for_the_mentees_load(rules: Guard, text: str, flags: bool) -> None:
    assert ("enabling" in flagged(rules, text)) is flags


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # the speaker's act done so the mentee's slip stays hidden
        ("I've redone the rota you messed up so nobody ever has to know.", True),
        ("I'll settle the fine quietly so your landlord never finds out.", True),
        ("I backdated the form for you so the auditor won't flag it.", True),
        # an act with a purpose that hides nothing, or advice to the mentee
        ("I tidied up my notes so nobody gets confused.", False),
        ("I've blocked out Friday so nobody can book over our session.", False),
        ("I think you should tell her now so nobody has to guess.", False),
    ],
)
def test_an_act_that_keeps_a_slip_hidden(rules: Guard, text: str, flags: bool) -> None:
    assert ("enabling" in flagged(rules, text)) is flags
