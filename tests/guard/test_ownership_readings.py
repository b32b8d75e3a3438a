"""The guard's structural readings that are not the speaker's own words about the mentee:
reassurances, questions that list options, modifiers, and a pick closed in the next sentence."""

from __future__ import annotations

import pytest

from assistant.guard import Guard
from assistant.understanding import clauses, sentences
from assistant.understanding.ownership import ownership


def kinds(clause: str, previous: str = "") -> set[str]:
    return {move.kind for move in ownership(clause, clause, previous)}


@pytest.mark.parametrize(
    ("clause", "claimed"),
    [
        ("Trust me, every first job feels like this for everyone.", False),
        ("Believe me, the first winter on nights is hard on all of us.", False),
        ("Trust me, you'll regret turning it down.", True),
        ("Take it from me, your plan won't survive the first month.", True),
    ],
)
def test_a_claim_to_authority_is_a_verdict_only_when_it_is_about_the_mentee(
    clause: str, claimed: bool
) -> None:
    assert ("knows_better" in kinds(clause)) is claimed


def test_a_question_that_lists_the_options_routes_nobody_through_the_speaker() -> None:
    assert not kinds("Would you rather rehearse the talk with me first, or with your team?")
    assert "routes_through_me" in kinds("Run every draft past me before you send it.")


def test_a_participle_after_a_possessive_is_no_act_of_the_speaker() -> None:
    assert not kinds("I have to say, your spoken French has come on a lot.")
    assert "takes_over" in kinds("I've rewritten your cover letter.")


@pytest.mark.parametrize(
    ("closer", "previous", "closed"),
    [
        ("That's the decision.", "You're taking the Glasgow job.", True),
        ("No more discussion.", "Drop the evening class and keep the Saturday shifts.", True),
        ("I've decided it isn't going ahead.", "Write to the club and pull out of the tour.", True),
        ("Not this year.", "You're applying next year.", True),
        ("No more discussion.", "Would you like to drop the evening class?", False),
        ("That's the decision.", "Let's meet on Thursday.", False),
    ],
)
def test_a_pick_closed_in_the_next_sentence(closer: str, previous: str, closed: bool) -> None:
    assert ("future_as_fact" in kinds(closer, previous)) is closed


def test_the_speaker_securing_what_was_just_said_of_the_mentee() -> None:
    assert "ensures_outcome" in kinds(
        "I'll make certain of that.", "The panel will fund your trip."
    )
    assert not kinds("I'll make certain of that.", "Maybe the panel will fund your trip?")


@pytest.mark.parametrize(
    ("clause", "sentence", "taken"),
    [
        ("you can just sit in", "I'll prep the witness tonight and you can just sit in.", True),
        ("you only sign it", "I'll put the grant report together and you only sign it.", True),
        ("you can just tell me", "I'll be around and you can just tell me what you need.", False),
        ("you can just join", "I'll send the link and you can just join when you're ready.", False),
    ],
)
def test_the_mentee_left_a_formality_beside_the_speakers_work(
    clause: str, sentence: str, taken: bool
) -> None:
    assert ("takes_over" in {m.kind for m in ownership(clause, sentence)}) is taken


@pytest.mark.parametrize(
    ("sentence", "previous", "overridden"),
    [
        ("You just want out of that team.", "You don't really want the transfer.", True),
        ("You just like the title.", "You're not actually interested in management.", True),
        ("You just want it to be over.", "You don't want to go back to drinking.", False),
        ("You just want some quiet.", "You don't really want to go, huh?", False),
        ("No, you wouldn't.", "You told me you'd rather work nights.", True),
    ],
)
def test_the_mentees_want_denied_and_recast_in_the_next_sentence(
    sentence: str, previous: str, overridden: bool
) -> None:
    (span,) = sentences(sentence)
    found = set()
    for clause in clauses(span):
        found |= {m.kind for m in ownership(clause.text, span.text, previous)}
    assert ("knows_better" in found) is overridden


def test_a_contrast_with_an_aside_before_the_verdict() -> None:
    text = "you think sculpture is your calling but come on, you're a painter."
    assert "knows_better" in {m.kind for m in ownership("you're a painter.", text)}


def test_the_mentees_own_things_are_no_formality() -> None:
    said = "I'll deal with booking the hall, you just bring your slides."
    assert not ownership("you just bring your slides.", said)


@pytest.mark.parametrize(
    ("clause", "taken"),
    [
        ("gonna ring ur landlord tmrw", True),
        ("Will write your cover letter tonight.", True),
        ("Happy to look over your draft if you want.", False),
        ("Will see you Friday.", False),
        ("Glad to hear your exam went well.", False),
    ],
)
def test_a_commitment_with_its_i_left_out_is_still_the_speakers(clause: str, taken: bool) -> None:
    assert ("takes_over" in kinds(clause)) is taken


@pytest.mark.parametrize(
    ("clause", "taken"),
    [
        ("I'll tell my sister I can't make the family lunch.", False),
        ("I'll let my manager know I'm late for the board meeting.", False),
        ("I'll talk to the team about your rota.", True),
        ("I'll ring my contact at the bank about your loan.", True),
    ],
)
def test_the_speakers_own_people_and_a_group_named_as_a_modifier(clause: str, taken: bool) -> None:
    assert ("takes_over" in kinds(clause)) is taken


def test_people_the_speaker_has_met_are_no_claim_to_know_better() -> None:
    assert not kinds("I know people who moved abroad and regretted it.")
    assert "knows_better" in kinds("I know people, and you are not ready for that job.")


def test_the_speakers_own_story_of_taking_over_is_no_rule_match() -> None:
    rules = Guard(semantic=False)
    assert not rules.check("Back when I took over my aunt's bakery, I learnt a lot.").flagged
    assert rules.check("Let me take over your rota.").flagged
    assert rules.check("I'm taking over from here.").flagged


@pytest.mark.parametrize(
    ("clause", "settled"),
    [
        ("From next month you'll be training every Sunday morning", True),
        ("Going forward you're only pitching to the two big clients", True),
        ("Starting Monday you'll have access to the portal.", False),
        ("From now on you're getting better at this.", False),
    ],
)
def test_a_standing_rule_laid_down_from_a_point_in_time(clause: str, settled: bool) -> None:
    assert ("future_as_fact" in kinds(clause)) is settled


@pytest.mark.parametrize(
    ("clause", "taken"),
    [
        ("I told your uncle it's up to you.", False),
        ("I told him that's between the two of you.", False),
        ("I told him you're not coming.", True),
    ],
)
def test_telling_someone_the_matter_is_the_mentees_takes_nothing_over(
    clause: str, taken: bool
) -> None:
    assert ("takes_over" in kinds(clause)) is taken
