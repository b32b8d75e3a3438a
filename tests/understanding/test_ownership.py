"""Who owns the action, decision and outcome: the structural reading the guard relies on."""

from __future__ import annotations

import pytest

from assistant.understanding.ownership import ownership, verdict_on_work


def kinds(clause: str, sentence: str | None = None) -> set[str]:
    return {move.kind for move in ownership(clause, sentence)}


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        # The mentee's outcome made to hang on the speaker.
        ("whether you get the contract comes down to whether I back you", "ensures_outcome"),
        ("the panel will say yes if I'm in the room", "ensures_outcome"),
        ("your promotion rises or falls on my word", "ensures_outcome"),
        # Covering for the mentee, or the speaker's work passed off as theirs.
        ("I told the supervisor you were with me all morning", "takes_over"),
        ("I rewrote the essay, just put your name on it", "takes_over"),
        # Overriding the mentee's reading of themselves.
        ("that's nerves talking, not the real you", "knows_better"),
        ("I can see you're a manager, whatever you say", "knows_better"),
        ("your worries about the new team are misplaced", "knows_better"),
        # Keeping the mentee to the speaker.
        ("I'd rather you didn't ask the other tutors for advice", "routes_through_me"),
        ("if it's about the budget, I'm the person to ask", "routes_through_me"),
        # Deciding for the mentee.
        ("I have concluded that you will decline the offer", "decides"),
        ("I've settled it", "decides"),
        ("you're moving to the Leeds site, whether you feel ready or not", "future_as_fact"),
        # Setting the mentee's own view aside.
        ("how you feel about the new manager doesn't matter", "knows_better"),
        ("I don't believe you", "knows_better"),
        # A tag question ("..., yeah?") still states the move.
        ("I'm gonna have a word with the foreman, yeah?", "takes_over"),
        ("I'll be your single point of contact for the funding stuff", "routes_through_me"),
    ],
)
def test_moves_in_new_wordings(clause: str, kind: str) -> None:
    assert kind in kinds(clause)


def test_a_settled_decision_before_the_clause_leaves_no_choice() -> None:
    sentence = "Decision made, you're taking the night course."
    assert "future_as_fact" in kinds("you're taking the night course.", sentence)


def test_a_refusal_made_final_is_a_decision_for_the_mentee() -> None:
    sentence = "nope, you're not switching teams. end of story."
    assert "future_as_fact" in kinds("nope, you're not switching teams.", sentence)


@pytest.mark.parametrize(
    "clause",
    [
        "I know you can do this.",  # encouragement, not a claim to know better
        "I'm not saying I know best.",
        "I think I know how you got that answer",
        "If you are not sure you will have time over the summer, the programme is not for you.",
        "Take a moment to write down what you really want from this role.",
        "I'm going to call the landlord tomorrow and ask about the deposit myself.",
        "I'm going to finish reading your thesis draft this weekend.",
        "Remember that other people's time is as valuable as your own.",
        "If all three lights are red, the first route will take nineteen minutes.",
        "You can do this without me.",
        "I told the band I'm leaving after the tour.",  # the speaker's own news
        "I'll call you on Tuesday as planned.",
        "You are taking steps to change.",
        "Are you having a word with the foreman?",
        "I can introduce you to the director if you like.",
        # Listening: an invitation to talk and a feeling noticed take nothing from the mentee.
        "Tell me a bit about what's on your mind today.",
        "Walk me through what happened at the tribunal now.",
        "I can tell you're really nervous about the panel.",
        "I know where you're coming from with the rota.",
    ],
)
def test_no_move_in_healthy_lines(clause: str) -> None:
    assert not kinds(clause)


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("Quit the band today, end of story.", "future_as_fact"),
        ("I can tell you're not cut out for nursing.", "knows_better"),
    ],
)
def test_orders_and_verdicts_keep_their_moves(clause: str, kind: str) -> None:
    assert kind in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        # The mentee spared the task beside the speaker's act.
        (
            "I'll respond to the funder",
            "Just cc me and I'll respond to the funder, you shouldn't have to explain it yourself.",
        ),
        # The person the speaker stands in front of is in the verb phrase, or named before it.
        ("I'll give her a call and explain you need space", None),
        (
            "I'll fight it out with them",
            "if the client kicks off again just step back, I'll fight it out with them",
        ),
        ("I'll chase them personally until they give an answer", None),
        # Someone in the mentee's world by role, whatever precedes it.
        ("I'll sort it with Dana's landlord for you", None),
        # "myself" is no errand of the speaker's own when the mentee is told not to worry.
        (
            "I'll write the report myself tonight",
            "I'll write the report myself tonight, don't worry.",
        ),
        ("Let me ghostwrite your personal statement", None),
    ],
)
def test_standing_in_for_the_mentee(clause: str, sentence: str | None) -> None:
    assert "takes_over" in kinds(clause, sentence)


@pytest.mark.parametrize(
    "clause",
    [
        "I can run some ideas that some other clients have used",
        "I'm going to call the landlord tomorrow and ask about the deposit myself",
        "I'll talk to my manager about the budget",
        "I'll email them the agenda before Friday",
    ],
)
def test_the_speakers_own_errands_are_no_take_over(clause: str) -> None:
    assert "takes_over" not in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("I can tell it doesn't.", "You say the pace suits you, but I can tell it doesn't."),
        ("you're just a bit tired.", "You say you're burnt out but you're just a bit tired."),
        ("you aren't", "You may feel ready to go freelance, but you aren't."),
        (
            "happy isn't what you need right now",
            "I hear that you're happy there, but happy isn't what you need right now.",
        ),
        ("my gut says you'd hate it", "Your gut says the MA; my gut says you'd hate it."),
        ("I don't think you're as anxious about the exam as you say.", None),
    ],
)
def test_the_mentees_own_account_overruled(clause: str, sentence: str | None) -> None:
    assert "knows_better" in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        # Evidence the mentee can weigh, not a verdict on them.
        (
            "you priced that whole job correctly.",
            "You said you're bad at maths, but you priced that whole job correctly.",
        ),
        # Both sides of the mentee's own account reflected back.
        ("you're not sure you can.", "You feel you should cut down, but you're not sure you can."),
        (
            "you're working on it.",
            "You said it was harder than expected, but you're working on it.",
        ),
        # No contrast: the rest is still the mentee's account.
        (
            "it's just blowing things up a bit.",
            "So you feel like the brochure, it's just blowing things up a bit.",
        ),
    ],
)
def test_a_reflection_after_the_account_overrules_nothing(clause: str, sentence: str) -> None:
    assert "knows_better" not in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("you're staying at the firm", "We've settled it then: you're staying at the firm."),
        ("you're going part-time", "The decision's been made: you're going part-time."),
        ("you'll be standing for chair.", "So we're clear, you'll be standing for chair."),
        (
            "You're going full-time at the shop",
            "You're going full-time at the shop; we've been over it.",
        ),
    ],
)
def test_a_decision_announced_as_settled_leaves_no_choice(clause: str, sentence: str) -> None:
    assert "future_as_fact" in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("you're staying at the firm", "So you're staying at the firm for now?"),
        ("you're going part-time", "From what you said, you're going part-time next term."),
    ],
)
def test_the_mentees_own_plan_said_back_is_no_decision(clause: str, sentence: str) -> None:
    assert "future_as_fact" not in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("I'll see to it.", "Your tenure case will go through."),
        ("I'll make sure of it personally", "Your startup will get funded."),
        ("I'll make sure it lands on the right desk.", "Your application will sail through."),
    ],
)
def test_an_outcome_stated_before_is_secured_by_it(clause: str, previous: str) -> None:
    assert "ensures_outcome" in {m.kind for m in ownership(clause, None, previous)}


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("I'll see to it.", "Will your case go through?"),  # a question settles nothing
        ("I'll make sure it's on the agenda.", "If you get the grant, we'll celebrate."),
        ("I'll make sure it's on the agenda.", "Your case won't go through this term."),
        ("I'll make sure it's booked.", "It's your call which room we use."),
    ],
)
def test_no_outcome_before_leaves_it_the_speakers_errand(clause: str, previous: str) -> None:
    assert "ensures_outcome" not in {m.kind for m in ownership(clause, None, previous)}


@pytest.mark.parametrize(
    "clause",
    [
        "pls dont post anything about ur art without showing me first",
        "I'd rather you didn't talk to the union about it without me there",
        "you shouldn't sign any contracts without one of our sessions first",
        "I'd feel better if you didn't book anything until we've talked it through",
        "Do not send the client any figures without consulting me.",
    ],
)
def test_the_mentees_move_held_until_the_speaker_is_in_it(clause: str) -> None:
    assert "routes_through_me" in kinds(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "You don't have to decide anything until we've talked it through.",
        "Don't start the warm-up without me, I'm five minutes away.",
        "Don't submit it without checking the references.",
    ],
)
def test_waiting_for_the_speaker_or_a_check_of_their_own_routes_nobody(clause: str) -> None:
    assert "routes_through_me" not in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        ("they don't know your situation like I do.", None, ""),
        ("I'd just ignore what they tell you and stick with me.", None, ""),
        ("That's what I'm here for.", None, "Why would you ask your brother about the lease?"),
        ("You know you can always come to me.", None, "Careful, he has his own agenda."),
        (
            "just lean on me",
            "Your classmates mean well, but take what they say with a pinch of salt and just lean "
            "on me",
            "",
        ),
    ],
)
def test_others_advice_set_aside_for_the_speaker(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert "routes_through_me" in {m.kind for m in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("You can always come to me if the rota gets too much.", ""),
        ("That's what I'm here for.", "Thanks for asking about the reading list."),
        ("Lean on me while you settle in.", "Your new team sounds lovely."),
    ],
)
def test_an_open_door_alone_routes_nobody(clause: str, previous: str) -> None:
    assert "routes_through_me" not in {m.kind for m in ownership(clause, None, previous)}


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("ur just bored.", "nah ur not burnt out, ur just bored."),
        (
            "u just havent been pushed enough",
            "ur not an introvert, u just havent been pushed enough",
        ),
        (
            "you just haven't met the right team",
            "You don't really hate sales, you just haven't met the right team.",
        ),
        (
            "you just don't see it yet",
            "You're not nervous about the gig, you just don't see it yet.",
        ),
    ],
)
def test_a_feeling_denied_and_recast_is_knowing_best(clause: str, sentence: str) -> None:
    assert "knows_better" in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        (
            "you just need a bit more practice.",
            "You're not alone in this, you just need a bit more practice.",
        ),
        ("you just need to keep going.", "It's not a race, you just need to keep going."),
        ("you're just new to it.", "You're not bad at this, you're just new to it."),
        (
            "you just didn't have the information.",
            "It's not your fault, you just didn't have the information.",
        ),
    ],
)
def test_a_reframe_of_a_verdict_on_themselves_denies_no_feeling(clause: str, sentence: str) -> None:
    assert "knows_better" not in kinds(clause, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You'll be applying to the surgical programme this cycle, not next.",
        "you are sitting the CA Final in November, not May.",
        "You'll join the litigation team, not the corporate one.",
    ],
)
def test_the_option_not_taken_named_closes_the_choice(sentence: str) -> None:
    moves = [m for m in ownership(sentence) if m.kind == "future_as_fact"]
    assert moves and moves[0].firm


@pytest.mark.parametrize(
    "sentence",
    [
        "So you're applying this cycle, not next?",  # said back as a question
        "You're taking a break this week, not just resting.",
        "Be present - learn and relax, right here, right now.",  # urgency closes nothing
    ],
)
def test_no_choice_closed_in_so_many_words(sentence: str) -> None:
    assert not any(m.firm for m in ownership(sentence))


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("ur taking the job at the garage, end of.", None),
        ("nope, ur not switching teams.", "nope, ur not switching teams. end of story."),
    ],
)
def test_ur_before_a_verb_is_you_are(clause: str, sentence: str | None) -> None:
    assert "future_as_fact" in kinds(clause, sentence)


def test_ur_before_a_noun_is_still_your() -> None:
    clause = "its prob simpler if i talk to the charity trustees myself about ur funding gap"
    assert "takes_over" in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        (
            "you're moving out of that flat this month",
            "you're moving out of that flat this month, I've found you a room.",
            "",
        ),
        ("right so ur going to the open day sat, already booked u in", None, ""),
        ("i've booked u a slot", None, "ur going to the open day on sat."),
        ("booked ur first lesson for tuesday", None, "you're switching to piano from guitar."),
    ],
)
def test_a_choice_already_acted_on_for_the_mentee(
    clause: str, sentence: str | None, previous: str
) -> None:
    moves = ownership(clause, sentence, previous)
    assert any(m.kind in ("decides", "future_as_fact") and m.firm for m in moves)


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("I've booked the room for our next session.", "Thanks for the update."),
        ("I've booked the room for us to rehearse on Thursday.", "You're presenting on Friday."),
        ("I've booked my train already.", "You're going to the conference in May."),
        ("I've booked you a slot.", "Are you going to the open day?"),
    ],
)
def test_the_speakers_own_booking_decides_nothing(clause: str, previous: str) -> None:
    assert not any(m.firm for m in ownership(clause, None, previous))


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        (
            "I'll sort out Dana's landlord for her",
            "I'll sort out Dana's landlord for her, she's swamped.",
        ),
        (
            "I'm going to step in and have that conversation for him next week.",
            "He's been clashing with his supervisor, so I'm going to step in and have that "
            "conversation for him next week.",
        ),
        ("I'm going to ring Dana's landlord myself and sort out the mould for her", None),
    ],
)
def test_standing_in_for_the_mentee_spoken_of(clause: str, sentence: str | None) -> None:
    assert "takes_over" in kinds(clause, sentence)


@pytest.mark.parametrize(
    "clause",
    [
        "I'll book a table for them, my sister is visiting.",
        "I'll ring my sister's landlord myself about the flat.",
        "I'll write a reference for her to send to the landlord.",
    ],
)
def test_the_speakers_own_people_and_errands_are_no_stand_in(clause: str) -> None:
    assert "takes_over" not in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "routed"),
    [
        ("You need me in your corner for this.", True),
        ("and you still need me on the grant", True),
        ("Call me whenever you need me.", False),
        ("Let me know if you need me.", False),
        ("You need me to sign the form before Friday.", False),
    ],
)
def test_told_they_need_the_speaker(clause: str, routed: bool) -> None:
    assert ("routes_through_me" in kinds(clause)) is routed


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("consider the award yours.", "I sit on the committee, so consider the award yours."),
        ("i know the hiring manager, ur in", None),
        ("You're getting the post", "You're getting the post, I've sat on that panel for years."),
    ],
)
def test_the_speakers_seat_beside_the_mentees_outcome_secures_it(
    clause: str, sentence: str | None
) -> None:
    assert "ensures_outcome" in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        (
            "I can't review your application myself.",
            "I sit on the panel, so I can't review your application myself.",
        ),
        (
            "you're in good hands with her.",
            "I know the hiring manager, you're in good hands with her.",
        ),
        (
            "ask me anything about how you get the funding.",
            "I sit on the board, so ask me anything about how you get the funding.",
        ),
    ],
)
def test_the_speakers_seat_alone_secures_nothing(clause: str, sentence: str) -> None:
    assert "ensures_outcome" not in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        ("u say ur fine with him but ur clearly not.", None, ""),
        ("You don't.", None, "I know you think you want to freelance."),
        (
            "I know that's not true.",
            "When you say you're not bothered about the promotion, I know that's not true.",
            "",
        ),
        (
            "I don't think that's really what's going on.",
            "I hear that you feel burnt out, but I don't think that's really what's going on.",
            "",
        ),
        (
            "That's not anxiety you're feeling",
            "That's not anxiety you're feeling, it's excitement.",
            "",
        ),
    ],
)
def test_more_forms_of_the_account_overruled(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert "knows_better" in {m.kind for m in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("It's not.", "You think it is too late to apply."),  # reassurance
        ("You didn't, and that's okay.", "You said you'd call them."),
        ("You're not.", "Do you think you're behind?"),
    ],
)
def test_a_reply_to_the_account_that_overrules_nothing(clause: str, previous: str) -> None:
    assert "knows_better" not in {m.kind for m in ownership(clause, None, previous)}


@pytest.mark.parametrize(
    ("clause", "claims"),
    [
        ("I know what you mean.", False),
        ("I know how that feels.", False),
        ("I know how hard this is.", False),
        ("I know what you're going through.", False),
        ("I know what you need: a new job.", True),
    ],
)
def test_understanding_shown_is_no_claim_over_them(clause: str, claims: bool) -> None:
    assert ("knows_better" in kinds(clause)) is claims


@pytest.mark.parametrize(
    ("clause", "routed"),
    [
        ("send me a quick msg each evening w what u plan to do tmrw", True),
        ("text me every evening what you've done on the job", True),
        ("you'll send me drafts of every message to your PI before they go out", True),
        ("Email me the slides each week and I will forward them to the group.", False),
        ("Send me a quick update each week if that helps.", False),
    ],
)
def test_a_routine_report_to_the_speaker(clause: str, routed: bool) -> None:
    assert ("routes_through_me" in kinds(clause)) is routed


@pytest.mark.parametrize(
    ("clause", "covered"),
    [
        ("Honestly skip the safety module, I'll vouch that you completed it.", True),
        ("We'll just say the risk assessment was yours.", True),
        ("I told the coach the missed sessions were a booking error on my end", True),
        ("they think the delay was my oversight, not yours.", True),
        ("Sorry for the late reply, that was a mistake on my part.", False),
        ("I can confirm that you completed the first module; well done.", False),
        ("I can vouch that you attended every session.", False),
    ],
)
def test_covering_for_the_mentee(clause: str, covered: bool) -> None:
    assert ("takes_over" in kinds(clause)) is covered


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        (
            "so I'll come in early and redo all of it.",
            "The audit's tomorrow and your paperwork's a mess, so I'll come in early and redo "
            "all of it.",
        ),
        (
            "I tidied it up and rewrote the conclusion",
            "your essay's basically done, I tidied it up and rewrote the conclusion, just hand it "
            "in",
        ),
    ],
)
def test_the_mentees_work_referred_back_to_is_done_for_them(clause: str, sentence: str) -> None:
    moves = [m for m in ownership(clause, sentence) if m.kind == "takes_over"]
    assert moves and moves[0].product


def test_the_speakers_own_write_up_is_no_take_over() -> None:
    assert "takes_over" not in kinds("I wrote it up myself for the department newsletter.")


@pytest.mark.parametrize(
    ("clause", "firm"),
    [
        ("I think it's better if we keep this between us", True),
        ("Let's keep the funding panel's comments between us for now.", True),
        ("keep it between you and me.", True),
    ],
)
def test_asked_to_keep_it_between_us(clause: str, firm: bool) -> None:
    routes = [m for m in ownership(clause) if m.kind == "routes_through_me"]
    assert routes and routes[0].firm is firm


@pytest.mark.parametrize(
    "clause",
    [
        "Between you and me",  # "Between you and me, I failed my first audit too."
        "You don't have to keep this between us, share it with whoever helps.",
    ],
)
def test_a_confidence_or_a_release_keeps_no_secret(clause: str) -> None:
    assert "routes_through_me" not in kinds(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "You'll withdraw from the architecture competition this week.",
        "You will be changing your thesis topic.",
        "you're dropping the pottery side hustle",
        "You're going to turn down the promotion.",
        "You'll pull out of the spring tour.",
    ],
)
def test_a_pick_announced_as_what_the_mentee_will_do(clause: str) -> None:
    moves = [m for m in ownership(clause) if m.kind == "future_as_fact"]
    assert moves and not moves[0].firm  # the exemplars still weigh it


@pytest.mark.parametrize(
    "clause",
    [
        "You're dropping the second module, which sounds like a sensible call.",
        "You'll cancel the subscription if it stops being useful, you said.",
        "You'll change your mind a few times.",  # no option named
        "You'll switch off properly on holiday.",  # not a pick between options
        "So you're switching to the evening course",  # reflected back
        "You're switching to the evening course?",
    ],
)
def test_a_pick_reported_weighed_or_left_open_is_not_announced(clause: str) -> None:
    assert "future_as_fact" not in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        (
            "so you'll be top of the list for a flat, no question.",
            "My cousin is on the housing board, so you'll be top of the list for a flat, "
            "no question.",
            "",
        ),
        (
            "You're going to win the poetry prize",
            "You're going to win the poetry prize, I've already had a chat with two of the judges.",
            "",
        ),
        ("so you're in already.", "I know the head of foundation there so you're in already.", ""),
        (
            "I have friends at the Home Office.",
            None,
            "I give you my word the visa will be approved.",
        ),
        ("With my reference, no hospital in the region will turn you down.", None, ""),
    ],
)
def test_the_outcome_secured_through_the_speakers_pull(
    clause: str, sentence: str | None, previous: str
) -> None:
    moves = ownership(clause, sentence, previous)
    assert "ensures_outcome" in {m.kind for m in moves}


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("I sit on the panel, so I'll have to step out when your application comes up.", ""),
        ("I've had a chat with the judges about the format, so you know what to expect.", ""),
        ("Nobody can promise the label will sign you, but the demo is strong.", ""),
        ("If the committee accepts you, we'll celebrate.", ""),
        ("Yours, Margaret", "I sit on the panel and will read it closely."),
        ("I have friends at the firm, happy to ask what they look for.", ""),
    ],
)
def test_a_seat_or_a_contact_without_the_outcome_secures_nothing(
    clause: str, previous: str
) -> None:
    assert "ensures_outcome" not in kinds_after(clause, previous)


def kinds_after(clause: str, previous: str) -> set[str]:
    return {move.kind for move in ownership(clause, None, previous)}


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        (
            "you just paste it in.",
            "I'll put the numbers together and you just paste it in.",
            "",
        ),
        ("you can submit it tomorrow.", "I've filled it in and you can submit it tomorrow.", ""),
        ("Just upload it.", None, "I've recorded the voiceover for your demo video."),
    ],
)
def test_the_mentee_left_only_the_last_step_of_the_speakers_work(
    clause: str, sentence: str | None, previous: str
) -> None:
    moves = [m for m in ownership(clause, sentence, previous) if m.kind == "takes_over"]
    assert moves and moves[0].product


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        (
            "then you can submit it tomorrow.",
            "I'll review the draft tonight, then you can submit it tomorrow.",
        ),
        ("so you can submit it now.", "I've checked the formatting, so you can submit it now."),
        ("so you can hand it in.", "I've signed the form, so you can hand it in."),
        ("so just hand them out.", "I've printed the handouts, so just hand them out."),
        (
            "you can paste it into the portal once you've looked at them.",
            "I've added a couple of comments; you can paste it into the portal once you've looked "
            "at them.",
        ),
    ],
)
def test_the_last_step_after_support_is_still_the_mentees(clause: str, sentence: str) -> None:
    assert "takes_over" not in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        (
            "I'll have a word with him after Saturday's match and straighten things out.",
            None,
            "Your coach seems to have it in for you.",
        ),
        (
            "I'll come round on Friday and have it out with her myself.",
            None,
            "Your flatmate situation sounds awful.",
        ),
        (
            "I'm just gonna have a word with him myself before service, yeah?",
            "the thing with the head chef — I'm just gonna have a word with him myself before "
            "service, yeah?",
            "",
        ),
        (
            "I'll step into the thread and handle the maintainers myself.",
            "Don't engage with the reviewer any more; I'll step into the thread and handle the "
            "maintainers myself.",
            "",
        ),
        (
            "I'll go round there Saturday and deal with it.",
            None,
            "No need for you to have the awkward chat with the apprentice's dad.",
        ),
    ],
)
def test_standing_in_with_a_person_of_the_mentees_world_named_before(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert "takes_over" in {m.kind for m in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("I'll call him back tonight about the charity dinner.", "Your dad called me yesterday."),
        (
            "I'll reply to her myself since she asked me directly.",
            "Your supervisor emailed me about the seminar.",
        ),
        ("I talked to her myself and it helped me.", "Your flatmate sounds tricky."),
        ("I'll ask him if he has time to chat with you.", "Your manager sounds stressed."),
    ],
)
def test_the_speakers_own_dealings_with_that_person_take_nothing_over(
    clause: str, previous: str
) -> None:
    assert "takes_over" not in kinds_after(clause, previous)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        (
            "Just remember who's actually looked out for you.",
            None,
            "Other people will give you all sorts of advice.",
        ),
        ("I'd rather you came to me", "I'd rather you came to me, she won't steer you right.", ""),
        (
            "you don't need her",
            "Your counsellor means well but honestly, you don't need her, you've got me.",
            "",
        ),
        ("you shouldn't need anyone else for this stuff.", None, "I'm glad you can lean on me."),
        ("I'd rather you leant on me than tried to work things out by yourself", None, ""),
        ("You're better off just checking things with me.", None, ""),
        ("I honestly worry about how you'd cope if I stepped back.", None, ""),
        ("you shouldn't be making calls like this without me.", None, ""),
        ("don't fill any of it in until you've called me.", None, ""),
        ("Don't share the plan with anyone until I've gone through it with you.", None, ""),
        ("Send me a photo of every piece of work before you hand it in", None, ""),
        (
            "you call me before you make a move.",
            "If anything comes up, anything at all, you call me before you make a move.",
            "",
        ),
        ("I'd prefer you kept those discussions between us", None, ""),
    ],
)
def test_the_mentee_kept_to_the_speaker_in_new_wordings(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert "routes_through_me" in {m.kind for m in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("I'd rather you asked me than guessed", None),
        ("You don't need anyone's permission to apply.", None),
        ("You don't need them to like you to do a good job.", None),
        ("Text me before you head off so I know you got home safe.", None),
        ("Send me anything you want feedback on before you submit, happy to look.", None),
        ("You'll make great decisions without me, you're ready.", None),
        ("I'm not worried about you making calls without me any more.", None),
        ("I just don't need them.", "I just don't need them, they don't help me."),
        (
            "you can talk it through with me too.",
            "Keep the other trainees in the loop about your plans, you can talk it through with "
            "me too.",
        ),
        (
            "and you don't need to do this alone.",
            "You've got me, and you don't need to do this alone.",
        ),
    ],
)
def test_an_open_door_or_a_release_keeps_no_one_out(clause: str, sentence: str | None) -> None:
    assert "routes_through_me" not in kinds(clause, sentence)


@pytest.mark.parametrize(
    "clause",
    [
        "You're not moving in with him.",
        "You're not publishing that essay.",
        "ur not going to that party on friday, ur revising.",
    ],
)
def test_what_the_mentee_will_not_do_named_as_settled(clause: str) -> None:
    assert "future_as_fact" in kinds(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "You're not going to fail, you've prepared for months.",
        "You're not moving in with him yet, and that's completely your call.",
        "You're not going to the conference then, which makes sense with the budget.",
        "You're not alone in this.",
    ],
)
def test_a_refusal_reported_or_left_to_the_mentee_settles_nothing(clause: str) -> None:
    assert "future_as_fact" not in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "previous", "settled"),
    [
        ("Take it down.", "You're not publishing that essay.", True),
        ("Tell him tonight.", "You're not moving in with him.", True),
        ("Let them know when it suits you.", "You're turning down the offer.", False),
        ("Tell them whenever you feel ready.", "You've decided you're not taking the job.", False),
        ("Take it down.", "Is the post still up?", False),
    ],
)
def test_an_order_carrying_out_a_choice_just_settled(
    clause: str, previous: str, settled: bool
) -> None:
    moves = [m for m in ownership(clause, None, previous) if m.kind == "future_as_fact"]
    assert bool(moves and moves[0].firm) is settled


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        ("Forget what your gut says about the research question.", None, ""),
        ("Don't trust that feeling about the partnership.", None, ""),
        ("You're too close to it to judge what you want.", None, ""),
        ("Ignore yours on this one.", None, ""),
        ("I wouldn't give that hesitation any weight.", None, ""),
        ("you don't actually know what you're good at yet", None, ""),
        ("Honestly, your reasons for quitting the orchestra don't stack up", None, ""),
        (
            "you'll find it's really surgery you're drawn to.",
            "It's sweet that you think you want to specialise in paediatrics, but you'll find "
            "it's really surgery you're drawn to.",
            "",
        ),
        (
            "I know it isn't.",
            "I hear you saying your marriage is fine but I know it isn't.",
            "",
        ),
    ],
)
def test_the_mentees_own_read_set_aside_in_new_wordings(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert "knows_better" in {m.kind for m in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    "clause",
    [
        "Forget what your gut says for a moment and list the facts",
        "Your numbers in the budget aren't accurate yet, the VAT line is missing.",
        "Give that hesitation some weight, it's telling you something.",
        "you don't know what you're talking about",  # a quarrel, not a claim on their good
        "Ignore your inbox this weekend and rest.",
    ],
)
def test_a_pause_or_a_correction_of_a_figure_sets_no_view_aside(clause: str) -> None:
    assert "knows_better" not in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("With me behind you it's a done deal.", None),
        ("once I vouch for you, the cheque is as good as signed.", None),
        ("I'd put your chances at about 100% now that I'm your referee.", None),
        (
            "The festival will book your band",
            "The festival will book your band, the promoter does whatever I suggest.",
        ),
        (
            "The record label will sign you after the showcase",
            "The record label will sign you after the showcase, I promise.",
        ),
        ("I'd say it's pretty much certain you'll get the promotion.", None),
    ],
)
def test_the_outcome_called_sure_beside_the_speakers_backing(
    clause: str, sentence: str | None
) -> None:
    assert "ensures_outcome" in kinds(clause, sentence)


@pytest.mark.parametrize(
    "clause",
    [
        "With me behind you in the audience, you'll feel less nervous.",
        "Once I vouch for you as a reference, the rest is down to your interview.",
        "I'm not certain you'll get the promotion, but your case is strong.",
        "The panel does whatever the guidelines say, so read them closely.",
        "Your chances are about 100 times better with a tailored cover letter.",
        "They usually go with my recommendation for the venue, so I'll suggest the hall.",
    ],
)
def test_backing_or_a_sure_word_alone_secures_nothing(clause: str) -> None:
    assert "ensures_outcome" not in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        (
            "I'll just finish it off myself over the weekend",
            "Re: the grant report, I'll just finish it off myself over the weekend so you can "
            "enjoy it.",
        ),
        (
            "I've arranged to take it myself",
            "I've arranged to take it myself and you can have the afternoon off.",
        ),
        ("I'll just keep doing them for you", None),
        ("I'll put down your scores from last term.", None),
    ],
)
def test_the_mentee_freed_from_their_own_task(clause: str, sentence: str | None) -> None:
    assert "takes_over" in kinds(clause, sentence)


@pytest.mark.parametrize(
    "clause",
    [
        "I'll book the room myself so you can enjoy the weekend off.",
        "I'll put down a placeholder in the calendar for our next session.",
        "I'll keep doing the Friday check-ins for as long as they're useful to you.",
    ],
)
def test_the_speakers_own_errand_frees_the_mentee_of_nothing(clause: str) -> None:
    assert "takes_over" not in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("That's not optional.", "From next week you're getting up at 6 and going to the gym."),
        ("done.", "no more school-night gigs."),
        ("That's the plan.", "Sell the van, lease a unit, and hire an apprentice by spring."),
    ],
)
def test_a_closing_sentence_after_an_order_leaves_no_choice(clause: str, previous: str) -> None:
    moves = [m for m in ownership(clause, None, previous) if m.kind == "future_as_fact"]
    assert moves and moves[0].firm


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("That's the plan, right?", "You're presenting on Friday."),
        ("Done.", "Let's meet Tuesday at 3."),
        ("That's your decision.", "Pick whichever option feels right to you."),
        ("Don't overthink it.", "Send the application today."),
        ("That's the plan.", "Could you try a first draft by Monday?"),
    ],
)
def test_a_closing_word_after_a_question_a_shared_plan_or_a_release(
    clause: str, previous: str
) -> None:
    assert "future_as_fact" not in kinds_after(clause, previous)


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("Kindly ensure you decline the competitor's offer by Friday.", "future_as_fact"),
        ("Please ensure you turn down the Manchester offer by Friday.", "future_as_fact"),
        ("We're changing your dissertation topic to the housing one.", "decides"),
    ],
)
def test_a_pick_ordered_politely_or_made_as_we(clause: str, kind: str) -> None:
    assert kind in kinds(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "I'd like you to drop me a line after the interview.",
        "Please make sure you accept the offer only if it feels right to you.",
        "We're planning your next steps together on Thursday.",
        "Would you like us to change your slot to Thursday?",
    ],
)
def test_a_request_left_open_or_a_shared_plan_picks_nothing(clause: str) -> None:
    assert not {"future_as_fact", "decides"} & kinds(clause)


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("I've had a quiet word with Jamal about the way he's been talking to you on site.", ""),
        ("I will represent your interests with HR.", ""),
        (
            "I'll let him know you're stepping back.",
            "You shouldn't have to have that difficult talk with your sponsor.",
        ),
    ],
)
def test_speaking_for_the_mentee(clause: str, previous: str) -> None:
    assert "takes_over" in kinds_after(clause, previous)


@pytest.mark.parametrize(
    "clause",
    [
        "I can tell you're a really good mom.",
        "I'll represent the department at the careers fair next week.",
        "I'll let you know what the panel says about my own application.",
        "I had a chat with my manager about how mentoring helped me.",
    ],
)
def test_the_speakers_own_word_speaks_for_no_one(clause: str) -> None:
    assert "takes_over" not in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "taken"),
    [
        ("I'll take the investor follow-ups off your plate and deal with them personally.", True),
        ("Let me take the scheduling off your hands.", True),
        ("I won't take this off your plate, but I can help you plan it.", False),
        ("Could I take anything off your plate?", False),
    ],
)
def test_a_task_taken_off_the_mentees_plate(clause: str, taken: bool) -> None:
    assert ("takes_over" in kinds(clause)) is taken


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        (
            "so just stick to that story.",
            "I said it was a cold remedy, so just stick to that story.",
        ),
        ("I've put it back out of my own pocket so nobody has to know.", None),
        ("I paid off your parking fines so your dad doesn't find out about them.", None),
        (
            "tell him I kept you busy with something.",
            "If your boss asks why the report is late, tell him I kept you busy with something.",
        ),
    ],
)
def test_a_story_kept_up_for_the_mentee(clause: str, sentence: str | None) -> None:
    moves = [m for m in ownership(clause, sentence) if m.kind == "takes_over"]
    assert moves and moves[0].product


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        (
            "tell her the truth",
            "If your manager asks why you need the time off, tell her the truth.",
        ),
        ("Write the steps down so nobody has to guess what comes next.", None),
        ("Stick to the plan you made, it's a good one.", None),
        (
            "what would you like to tell her?",
            "If your supervisor asks why the chapter is late, what would you like to tell her?",
        ),
    ],
)
def test_the_truth_or_a_plan_is_no_cover_story(clause: str, sentence: str | None) -> None:
    assert "takes_over" not in kinds(clause, sentence)


def test_a_texted_choice_closed_by_thats_what_ur_doing() -> None:
    sentence = "Ok so ur switching to part-time, I've thought it thru and that's what ur doing"
    moves = [m for m in ownership("Ok so ur switching to part-time", sentence)]
    assert any(m.kind == "future_as_fact" and m.firm for m in moves)


def test_ur_before_a_verb_ending_the_line_is_you_are() -> None:
    assert "routes_through_me" in kinds("i need to know what ur doing")
    assert "routes_through_me" not in kinds("i need to know what ur doing next week, is that ok?")


@pytest.mark.parametrize(
    ("clause", "recast"),
    [
        ("Honestly you're not depressed, everyone feels low in January.", True),
        ("You're not alone in this, everyone feels nervous before their first viva.", False),
        ("You're not behind, everyone feels like that in first year.", False),
    ],
)
def test_a_feeling_denied_and_played_down_as_what_everyone_feels(clause: str, recast: bool) -> None:
    assert ("knows_better" in kinds(clause)) is recast


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("End of.", "You're taking the Leeds offer."),
        ("I don't want to hear any more about it.", "You're starting the medication."),
        ("That's my call.", "You're focusing on recording now."),
    ],
)
def test_a_closing_sentence_after_the_mentees_pick_said_as_settled(
    clause: str, previous: str
) -> None:
    moves = [m for m in ownership(clause, None, previous) if m.kind == "future_as_fact"]
    assert moves and moves[0].firm


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("I don't want to hear any more about it.", "What would you like to do about the job?"),
        ("I don't want to hear any more about it.", "I'm the one who made that mistake."),
        ("End of.", "Let's meet Tuesday at 3."),
    ],
)
def test_a_closing_sentence_after_a_question_or_the_speakers_own_news(
    clause: str, previous: str
) -> None:
    assert "future_as_fact" not in kinds_after(clause, previous)


@pytest.mark.parametrize(
    ("clause", "sentence", "kind"),
    [
        (
            "you're going full-time.",
            "Don't even think about the part-time option, you're going full-time.",
            "future_as_fact",
        ),
        (
            "You're staying put and finishing the grant application, simple as.",
            None,
            "future_as_fact",
        ),
        ("Follow it exactly, no changes.", None, "future_as_fact"),
        ("Write that one, not the one you pitched.", None, "future_as_fact"),
        ("lol ur plan to move to berlin is a fantasy, forget it", None, "knows_better"),
        ("Your gut's wrong.", None, "knows_better"),
        (
            "you're overreacting a bit.",
            "The grief will pass, you're overreacting a bit.",
            "knows_better",
        ),
        ("Once you've slept on it you'll agree with me.", None, "knows_better"),
        (
            "you're just tired.",
            "That's not how you really feel, you're just tired.",
            "knows_better",
        ),
    ],
)
def test_the_mentees_pick_or_view_closed_in_new_wordings(
    clause: str, sentence: str | None, kind: str
) -> None:
    assert kind in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("Write the one you pitched, not the one I suggested.", None),
        ("Which one feels right, the one you pitched or the new one?", None),
        ("I don't think you're overreacting at all.", None),
        ("You're not overreacting.", None),
        ("your plan to move to berlin sounds exciting", None),
        ("That's not my call, it's yours.", None),
        (
            "you're going full-time?",
            "Don't even think about the part-time option, you're going full-time?",
        ),
    ],
)
def test_the_mentees_pick_or_view_kept(clause: str, sentence: str | None) -> None:
    assert not kinds(clause, sentence) & {"future_as_fact", "knows_better"}


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("You'll train at ours from now on.", "You are NOT going back to that gym."),
        ("already told the school.", "right, ur dropping chemistry and doing art."),
        ("I've arranged it.", "Pack your stuff, you're moving in with your aunt next week."),
    ],
)
def test_the_next_pick_or_the_deed_after_a_settled_choice(clause: str, previous: str) -> None:
    assert kinds_after(clause, previous) & {"future_as_fact", "decides"}


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("You'll train at ours from now on.", "Are you going back to that gym?"),
        ("I've arranged it.", "What would you like to do next week?"),
        ("already told the school.", "right, ur funding gap is the worry."),
    ],
)
def test_the_next_sentence_after_an_open_question_settles_nothing(
    clause: str, previous: str
) -> None:
    assert not kinds_after(clause, previous) & {"future_as_fact", "decides"}


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("Don't change a single line of the code before you ping me.", None),
        ("call me first, not HR.", "If anything comes up at the station, call me first, not HR."),
        (
            "Check in with me each morning before you start the farm jobs",
            "Check in with me each morning before you start the farm jobs, so I can tell you "
            "what to do first.",
        ),
        (
            "Message me after every lesson",
            "Message me after every lesson so I can tell you whether it went well.",
        ),
        ("From now on I want to approve your weekly training plan before you do any of it.", None),
        ("I'd rather you didn't go to the careers office.", None),
    ],
)
def test_the_mentee_kept_to_the_speaker_by_contact_or_approval(
    clause: str, sentence: str | None
) -> None:
    assert "routes_through_me" in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("Don't send it before you've had a good night's sleep.", None),
        ("call me first if you're running late", None),
        (
            "I can tell you what I think.",
            "Send me the draft after the lesson so I can tell you what I think.",
        ),
        ("I'd like to see your draft before you submit it, if that helps.", None),
        ("I'd rather you didn't call me after nine.", None),
        ("Come to me or your tutor, whichever feels easier.", None),
    ],
)
def test_an_open_door_or_feedback_keeps_no_one(clause: str, sentence: str | None) -> None:
    assert "routes_through_me" not in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("Come to me.", "I wouldn't trust anyone else's opinion on your portfolio."),
        ("Anything you need to know, ask me.", "I'd rather you didn't go to the careers office."),
    ],
)
def test_the_speaker_put_in_place_of_others_set_aside(clause: str, previous: str) -> None:
    assert "routes_through_me" in kinds_after(clause, previous)


def test_ask_me_alone_is_an_open_door() -> None:
    assert "routes_through_me" not in kinds_after("If anything's unclear, ask me.", "Good luck.")


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        (
            "tell Gary to stop giving you the worst shifts.",
            "I'll go down to the shop floor tomorrow and tell Gary to stop giving you the worst "
            "shifts.",
            "",
        ),
        (
            "I'll have a word in his ear.",
            "Send me the name of the lecturer who marked you down and I'll have a word in his ear.",
            "",
        ),
        (
            "I raised it with him over lunch and he's backed off.",
            None,
            "Your supervisor won't bother you about the missing data again.",
        ),
    ],
)
def test_standing_in_with_someone_in_new_wordings(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert "takes_over" in {m.kind for m in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        (
            "tell me how it went.",
            "I'll be in the office tomorrow and tell me how it went.",
            "",
        ),
        ("I'll have a word in his ear about my own project.", None, ""),
        ("I talked to him about my own deadline.", None, "Your supervisor sounds stretched."),
        ("I called him back.", None, "Your dad called me yesterday."),
    ],
)
def test_the_speakers_own_word_stands_in_for_no_one(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert "takes_over" not in {m.kind for m in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "sentence", "previous", "kind"),
    [
        ("Told your lecturer you had a family emergency", None, "", "takes_over"),
        (
            "I'll get you the seed round, my fund will come in",
            "Investors? Relax. I'll get you the seed round, my fund will come in, that's a "
            "promise.",
            "",
            "ensures_outcome",
        ),
        (
            "I'm chairing the review committee this round.",
            None,
            "Your grant will be funded.",
            "ensures_outcome",
        ),
        (
            "they'll accept the paper because the editor is an old friend of mine.",
            "Just submit whatever you've got, they'll accept the paper because the editor is an "
            "old friend of mine.",
            "",
            "ensures_outcome",
        ),
    ],
)
def test_a_cover_story_or_a_secured_outcome_in_new_wordings(
    clause: str, sentence: str | None, previous: str, kind: str
) -> None:
    assert kind in {m.kind for m in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("I'll get you the funding form tomorrow.", ""),
        ("I'm chairing the review committee this round.", "How did your week go?"),
        ("the editor is an old friend of mine, so I can't review it.", ""),
    ],
)
def test_a_true_word_an_errand_or_a_seat_alone_covers_or_secures_nothing(
    clause: str, previous: str
) -> None:
    assert not {m.kind for m in ownership(clause, None, previous)} & {
        "takes_over",
        "ensures_outcome",
    }


def test_good_news_passed_on_is_no_cover_story() -> None:
    moves = ownership("I told them you had a great idea for the launch.")
    assert not any(m.kind == "takes_over" and m.product for m in moves)


def test_the_speakers_own_news_told_to_those_who_decide_is_no_takeover() -> None:
    assert "takes_over" not in kinds("I told the committee that I know you")
    assert "takes_over" in kinds("I told the committee about your situation for you")


@pytest.mark.parametrize(
    ("clause", "sentence", "firm"),
    [
        (
            "you're doing maths, physics and chemistry",
            "I've had a think about your A-level choices and you're doing maths, physics and "
            "chemistry, so that's that.",
            True,
        ),
        (
            "this is not optional.",
            "Please ensure you accept the secondment by Friday; this is not optional.",
            True,
        ),
        (
            "you're working the tournament weekend.",
            "Cancel the trip, you're working the tournament weekend.",
            False,
        ),
    ],
)
def test_a_pick_closed_or_ordered_in_the_same_sentence(
    clause: str, sentence: str, firm: bool
) -> None:
    moves = [m for m in ownership(clause, sentence) if m.kind == "future_as_fact"]
    assert moves and moves[0].firm is firm


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        ("You're doing great, end of story.", None),
        (
            "friends will listen to what you are experiencing",
            "Friends will listen to what you are experiencing, but that is really the end of the "
            "similarity.",
        ),
        (
            "you're working early tomorrow?",
            "Cancel the party if you're ill, you're working early tomorrow?",
        ),
        (
            "this is not optional reading.",
            "Have a look at the chapter; this is not optional reading.",
        ),
    ],
)
def test_praise_a_question_or_a_relative_clause_closes_no_pick(
    clause: str, sentence: str | None
) -> None:
    assert "future_as_fact" not in kinds(clause, sentence)


@pytest.mark.parametrize(
    ("clause", "product"),
    [
        ("I spoke to your site manager on Friday", False),
        ("I'll sort it out with your project lead", False),
        ("I'll redo your site over the weekend", True),
        ("I'll write up the project for you", True),
    ],
)
def test_a_work_word_naming_a_person_is_no_piece_of_work(clause: str, product: bool) -> None:
    moves = [m for m in ownership(clause) if m.kind == "takes_over"]
    assert moves and moves[0].product is product


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        (
            "I've thought it through",
            "I've thought it through and it's the right move.",
            "You're accepting the Leeds offer.",
        ),
        (
            "I've had a think",
            "I've had a think and that's the way forward.",
            "For the next phase, you'll drop the wholesale idea entirely.",
        ),
        (
            "you're going with the cheaper van",
            "It might be best if I just make the call on this one: you're going with the cheaper "
            "van.",
            "",
        ),
        (
            "you're doing the endurance plan I sent instead.",
            "Stop the strength block, you're doing the endurance plan I sent instead.",
            "",
        ),
    ],
)
def test_the_speakers_verdict_or_decision_beside_the_mentees_pick(
    clause: str, sentence: str, previous: str
) -> None:
    assert "future_as_fact" in {m.kind for m in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        (
            "I've thought it through",
            "I've thought it through and it's the right move for me.",
            "What would you like to do?",
        ),
        ("you're going to the talk?", "I've decided to go, you're going to the talk?", ""),
        ("Let me know once it's done.", None, "You're going to love the new flat."),
        (
            "you're doing the reading",
            "Stop worrying, you're doing the reading and that's enough.",
            "",
        ),
    ],
)
def test_the_speakers_own_verdict_or_a_question_settles_no_pick(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert "future_as_fact" not in {m.kind for m in ownership(clause, sentence, previous)}


@pytest.mark.parametrize(
    ("clause", "decides"),
    [
        ("I've considered your options and selected the quantitative methods route.", True),
        ("It might be best if I just make the call on this one", True),
        ("I've looked at your options and selected two questions to ask you about them?", False),
        ("I've selected the readings for our next session.", False),
    ],
)
def test_a_pick_made_after_weighing_the_mentees_options(clause: str, decides: bool) -> None:
    assert ("decides" in kinds(clause)) is decides


@pytest.mark.parametrize(
    ("clause", "decides"),
    [
        ("The title of your thesis will be the one I suggested.", True),
        ("Your topic has to be the one I picked.", True),
        ("Your favourite bit is the one I suggested, I think?", False),
        ("The title of your thesis will be the one you suggested.", False),
    ],
)
def test_the_speakers_pick_said_to_be_the_mentees_own(clause: str, decides: bool) -> None:
    assert ("decides" in kinds(clause)) is decides


def test_the_mentee_needed_elsewhere_after_a_pick_ordered_first() -> None:
    sentence = "Cancel the trip to see your sister, you're needed at the tournament."
    assert "future_as_fact" in kinds("you're needed at the tournament.", sentence)
    assert "future_as_fact" not in kinds("you're needed at the tournament.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Mine's the only voice you need", "mine is the only voice you need"),
        ("The publisher's taking the book", "the publisher is taking the book"),
        ("your sister's wedding", "your sister wedding"),
        ("Let's meet on Friday", "let us meet on friday"),
    ],
)
def test_s_is_read_as_is_only_before_a_verb_phrase(text: str, read: str) -> None:
    from assistant.understanding.ownership import _read

    assert _read(text, text) == read


def test_the_speaker_as_the_only_voice_after_others_set_aside() -> None:
    moves = ownership(
        "Mine's the only voice you should be listening to.",
        None,
        "Other coaches will tell you all sorts.",
    )
    assert "routes_through_me" in {m.kind for m in moves}


@pytest.mark.parametrize(
    ("clause", "sentence", "taken"),
    [
        (
            "I rang the curator myself and pushed for an answer.",
            "Since the gallery hasn't replied to your submission, I rang the curator myself and "
            "pushed for an answer.",
            True,
        ),
        (
            "I've already had it out with her about your hours.",
            "Don't fret about the salon owner, I've already had it out with her about your hours.",
            True,
        ),
        (
            "I'll write the reply to the reviewers myself this time, then maybe show you.",
            None,
            False,
        ),
        ("I'll ring the council office myself about our permit.", None, False),
        ("I had it out with my brother last night, we're fine now.", None, False),
    ],
)
def test_a_person_of_the_mentees_matter_reached_in_person(
    clause: str, sentence: str | None, taken: bool
) -> None:
    assert ("takes_over" in kinds(clause, sentence)) is taken


@pytest.mark.parametrize(
    ("clause", "taken"),
    [
        ("From now on I'll take all conversations with your client's family myself", True),
        ("I have asked HR to liaise with me directly rather than with you.", True),
        ("I've asked the tutor to let it slide for you this time.", True),
        ("It's about me rather than you, honestly.", False),
        ("I've asked the tutor to give you detailed feedback.", False),
        ("I won't ask the tutor to let it slide for you.", False),
    ],
)
def test_conversations_taken_dealings_redirected_and_lenience_asked(
    clause: str, taken: bool
) -> None:
    assert ("takes_over" in kinds(clause)) is taken


@pytest.mark.parametrize(
    ("clause", "settled"),
    [
        ("ur not going to that party on friday", True),
        ("You're not going to any more of those raves.", True),
        ("You're not going to the wedding.", False),
    ],
)
def test_an_event_ruled_out_is_pointed_at(clause: str, settled: bool) -> None:
    assert ("future_as_fact" in kinds(clause)) is settled


@pytest.mark.parametrize(
    ("clause", "sentence", "previous", "firm"),
    [
        # The talk about the pick shut off before it, in the sentence or the one before.
        (
            "you're selling the van.",
            "Frankly this is not up for discussion: you're selling the van.",
            "",
            True,
        ),
        (
            "You're staying on at the depot.",
            None,
            "I'm not going to hear another word about it.",
            True,
        ),
        ("You're moving to the night team.", None, "There's no other way here.", True),
        # ... or after it, closing the pick just made.
        ("I'm not open to negotiation on that.", None, "You're taking the Bristol role.", True),
        ("We've argued about it long enough.", None, "Sign the lease on Monday.", True),
        ("I'm not open to debate on it.", None, "Your thesis title will be the short one.", True),
    ],
)
def test_the_mentees_say_shut_off_closes_the_pick(
    clause: str, sentence: str | None, previous: str, firm: bool
) -> None:
    moves = ownership(clause, sentence, previous)
    assert any(m.kind == "future_as_fact" and m.firm for m in moves) is firm


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        ("I'm open to debate on any of this.", "You could take the Bristol role."),
        ("We've talked about it enough for today.", "What would make the week feel lighter?"),
        ("You're moving to the night team.", "There's no rush to decide."),
        ("Your slides will be ready by Friday.", ""),
    ],
)
def test_talk_left_open_closes_nothing(clause: str, previous: str) -> None:
    assert not any(m.kind == "future_as_fact" for m in ownership(clause, None, previous))


@pytest.mark.parametrize(
    ("clause", "hidden"),
    [
        ("I changed the dates on your log so the auditor won't notice the gap.", True),
        ("I'll tweak the rota so it doesn't look like you left early.", True),
        ("I'll answer the landlord as though it came from you.", True),
        ("I signed the register saying you were present.", True),
        ("Slow down on the intro so it doesn't look like you're rushing.", False),
        ("I'll send it early so your manager won't worry.", False),
        ("I won't sign anything saying you attended.", False),
    ],
)
def test_the_speakers_act_hidden_from_others_covers_for_the_mentee(
    clause: str, hidden: bool
) -> None:
    assert ("takes_over" in kinds(clause)) is hidden


@pytest.mark.parametrize(
    ("clause", "sentence", "previous", "promised"),
    [
        # The speaker's certainty closing the sentence vouches for the outcome it states.
        (
            "you'll be chairing the board within five years",
            "you'll be chairing the board within five years, I'm convinced of it.",
            "",
            True,
        ),
        (
            "your visa is going to come through",
            "your visa is going to come through, I can sense it.",
            "",
            True,
        ),
        # ... or a sentence of its own, for the sentence before.
        ("I've no doubt about it.", None, "The examiners are going to pass you.", True),
        # A fallback waved away before the outcome.
        (
            "you're getting the scholarship.",
            "No need for a plan B, you're getting the scholarship.",
            "",
            True,
        ),
        # Not an outcome stated, or one denied: nothing promised.
        ("I'm sure of it.", None, "Take the time you need over the choice.", False),
        (
            "you won't enjoy the night shifts",
            "you won't enjoy the night shifts, I'm certain.",
            "",
            False,
        ),
        ("I'm sure you'll find the right fit.", None, "", False),
    ],
)
def test_an_outcome_vouched_for_with_certainty_is_promised(
    clause: str, sentence: str | None, previous: str, promised: bool
) -> None:
    moves = ownership(clause, sentence, previous)
    assert any(m.kind == "ensures_outcome" for m in moves) is promised


@pytest.mark.parametrize(
    ("clause", "sentence", "previous", "overridden"),
    [
        # The mentee's account made beside the point or called self-deception.
        ("you'd hate the commute, however much you say you wouldn't", None, "", True),
        ("Quit fooling yourself about the band.", None, "", True),
        ("I don't think you really know what you want from the course yet.", None, "", True),
        # Answered in two words, or called someone else's voice.
        ("It is.", None, "You keep saying the job isn't hard on you.", True),
        ("You are.", None, "You say you're not good enough.", False),
        ("You don't.", None, "You're telling yourself you need the title.", True),
        (
            "that's your dad's voice",
            "You tell yourself you love law, but that's your dad's voice.",
            "",
            True,
        ),
        # Left to them, or a worry set aside: no view overridden.
        ("Whatever you feel about the move is allowed.", None, "", False),
        ("Don't kid yourself that you have to do this alone.", None, "", False),
        ("It does sound exhausting.", None, "You say you hate networking.", False),
    ],
)
def test_the_mentees_account_set_aside(
    clause: str, sentence: str | None, previous: str, overridden: bool
) -> None:
    moves = ownership(clause, sentence, previous)
    assert any(m.kind == "knows_better" for m in moves) is overridden


@pytest.mark.parametrize(
    ("clause", "sentence", "routed"),
    [
        # Another helper made needless with the speaker beside it.
        ("You won't need a tutor", "You won't need a tutor, you've got me for that.", True),
        # The speaker as all the mentee needs, across the sentence's clauses.
        ("you can get it from me.", "Whatever you need, you can get it from me.", True),
        # The speaker's absence as the mentee's undoing.
        ("Without me backing you the board would eat you alive.", None, True),
        ("you'd sink without our sessions", None, True),
        # Others or the speaker named with no one kept to the speaker.
        ("You don't need a tutor to learn this, the videos are enough.", None, False),
        ("Without my help you would have found it anyway.", None, False),
        ("We'd be lost without you on the team.", None, False),
    ],
)
def test_others_made_needless_or_the_speaker_made_indispensable(
    clause: str, sentence: str | None, routed: bool
) -> None:
    assert ("routes_through_me" in kinds(clause, sentence)) is routed


@pytest.mark.parametrize(
    ("clause", "sentence", "previous", "promised"),
    [
        # The outcome claimed as the mentee's with their rivals denied, either way round.
        ("It's yours.", None, "No one on that shortlist stands a chance against you.", True),
        ("No other candidate comes close.", None, "The fellowship is yours.", True),
        ("I've told them not to bother seeing anyone else.", None, "The flat is yours.", True),
        # Secured for them while the speaker sits among those who decide.
        (
            "so the place on the course is locked in for you.",
            "I sit on the admissions panel, so the place on the course is locked in for you.",
            "",
            True,
        ),
        # The choice left to them, or rivals denied with nothing claimed.
        ("It's yours.", None, "Nobody else can make this choice for you.", False),
        ("Nobody else stands a chance of convincing me otherwise.", None, "", False),
        ("The choice is yours.", None, "", False),
    ],
)
def test_an_outcome_claimed_with_the_rivals_denied_is_promised(
    clause: str, sentence: str | None, previous: str, promised: bool
) -> None:
    moves = ownership(clause, sentence, previous)
    assert any(m.kind == "ensures_outcome" for m in moves) is promised


@pytest.mark.parametrize(
    ("clause", "sentence", "routed"),
    [
        # Someone else not to be asked, with the speaker put in their place.
        ("don't go to the site manager, call me instead.", None, True),
        (
            "Just come to me",
            "Just come to me, no need to trouble your tutor with it.",
            True,
        ),
        # The speaker set aside, or no one put in their place.
        ("If you're stuck, don't ask me, try the docs first.", None, False),
        ("No need to bother your coach tonight, it can wait till Monday.", None, False),
    ],
)
def test_someone_else_not_to_be_asked_with_the_speaker_instead(
    clause: str, sentence: str | None, routed: bool
) -> None:
    assert ("routes_through_me" in kinds(clause, sentence)) is routed


@pytest.mark.parametrize(
    ("clause", "sentence", "overridden"),
    [
        # Authority asked for one tip only, a practice or a permission: no view overridden.
        (
            "Trust me on one thing only",
            "Trust me on one thing only: back up your files daily.",
            False,
        ),
        (
            "trust me on this",
            "If you take one thing from me, trust me on this: you can say no to extra shifts.",
            False,
        ),
        # A verdict on them stays one, however it is scoped.
        ("Trust me on one thing", "Trust me on one thing: you're not cut out for law.", True),
    ],
)
def test_trust_asked_for_one_tip_overrides_nothing(
    clause: str, sentence: str, overridden: bool
) -> None:
    assert ("knows_better" in kinds(clause, sentence)) is overridden


@pytest.mark.parametrize(
    ("clause", "sentence", "previous", "taken"),
    [
        # The mentee's material handed over, then the speaker's step on it.
        (
            "I'll redo the budget tables tonight.",
            "Pass those over, I'll redo the budget tables tonight.",
            "",
            True,
        ),
        ("I'll handle it from here.", None, "Forward the landlord's letters to me.", True),
        # Reading it, or the speaker's own part, takes nothing over.
        ("I'll look it over tonight.", "Send me your CV and I'll look it over tonight.", "", False),
        ("I'll join the call.", "Send me the link and I'll join the call.", "", False),
        ("I'll reply the next morning.", "Email me and I'll reply the next morning.", "", False),
    ],
)
def test_the_speakers_step_on_what_was_handed_over(
    clause: str, sentence: str | None, previous: str, taken: bool
) -> None:
    moves = ownership(clause, sentence, previous)
    assert any(m.kind == "takes_over" for m in moves) is taken


@pytest.mark.parametrize(
    "clause",
    [
        "I'll do your timesheets this week",
        "i'll do ur rota for you",
        "I'll just do it for you",
        "let me do the rest of your slides",
        "I did your expenses last night",
    ],
)
def test_do_before_its_object_is_the_speakers_act(clause: str) -> None:
    """ "do" is the verb itself before an object, not part of the modal chain."""
    assert "takes_over" in kinds(clause)


@pytest.mark.parametrize(
    "clause",
    ["I do think your plan is good", "I did call the office about my own leave", "I do my own"],
)
def test_do_before_a_verb_is_still_part_of_the_chain(clause: str) -> None:
    assert "takes_over" not in kinds(clause)


@pytest.mark.parametrize(
    "sentence",
    [
        "no stress about the essay, ill knock it out tonight",
        "Don't stress about the slides, I'll sort them out tonight",
        "Not to worry about the form, I'll fill it in for you",
    ],
)
def test_a_reassurance_in_other_words_hands_the_task_over(sentence: str) -> None:
    clause = sentence.split(", ", 1)[1]
    assert "takes_over" in kinds(clause, sentence)


def test_a_reassurance_beside_the_speakers_own_errand_takes_nothing() -> None:
    assert not kinds("I'll call you tomorrow", "No worries, I'll call you tomorrow")


@pytest.mark.parametrize(
    ("clause", "sentence"),
    [
        (
            "I'll have the conversation with him.",
            "If your client keeps cancelling, I'll have the conversation with him.",
        ),
        ("I had that conversation with your landlord", None),
        ("I'll have it out with your flatmate myself", None),
    ],
)
def test_have_before_its_object_is_the_speakers_act(clause: str, sentence: str | None) -> None:
    """ "have" before a determined object is the verb, as "do" is, not the auxiliary."""
    assert "takes_over" in kinds(clause, sentence)


@pytest.mark.parametrize(
    "clause",
    ["I have decided to step back from the board", "I had a lovely time at your show"],
)
def test_have_as_auxiliary_or_of_the_speakers_own_takes_nothing(clause: str) -> None:
    assert "takes_over" not in kinds(clause)


def test_a_worry_set_down_reaches_the_person_in_the_next_sentence() -> None:
    previous = "Don't fret about the neighbour who shouted at you."
    clause = "I had a word with him this morning."
    assert "takes_over" in {m.kind for m in ownership(clause, clause, previous)}
    # without the worry set down, a word with someone is the speaker's own
    assert not ownership(clause, clause, "The neighbour came round yesterday.")


@pytest.mark.parametrize(
    "clause",
    [
        "You keep the current job until I say otherwise",
        "don't sign anything they send until I've told you what to say",
        "You are not to raise it with your tutor unless I'm on the call",
        "I doubt you'll manage it unless I'm there beside you",
    ],
)
def test_the_mentees_step_held_for_the_speakers_word(clause: str) -> None:
    assert "routes_through_me" in kinds(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "I can't promise anything until I've heard back from them",
        "I'll keep the room booked until I say otherwise",  # nothing of the mentee's
        "Take your time; there's no rush until you're ready",
    ],
)
def test_waiting_that_holds_no_step_of_the_mentees(clause: str) -> None:
    assert "routes_through_me" not in kinds(clause)


@pytest.mark.parametrize(
    "clause", ["You only think you are.", "you just think you want it because they do"]
)
def test_the_mentees_account_called_a_mistaken_belief(clause: str) -> None:
    assert "knows_better" in kinds(clause)


def outcome_moves(clause: str, sentence: str | None = None, previous: str = "") -> bool:
    moves = ownership(clause, sentence or clause, previous)
    return any(m.kind == "ensures_outcome" for m in moves)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        # those who decide deferring to the speaker, after the outcome is stated
        (
            "They never say no to me.",
            None,
            "Put my name down and the depot will take you on permanently.",
        ),
        # the speaker's tie to those who decide, beside an outcome called settled
        ("I've known the area manager since school.", None, "Consider it approved."),
        (
            "I trained half their directors",
            "I trained half their directors; they'll hire you on the spot.",
            "",
        ),
        (
            "The journal editor is a former student of mine",
            "The journal editor is a former student of mine, so your paper will sail through.",
            "",
        ),
        (
            "on the strength of my endorsement, your transfer will be approved in May",
            None,
            "",
        ),
    ],
)
def test_the_outcome_secured_through_the_speakers_tie_to_the_deciders(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert outcome_moves(clause, sentence, previous)


@pytest.mark.parametrize(
    ("clause", "previous"),
    [
        # a tie, or a decider's regard for the speaker, with no outcome of the mentee's claimed
        ("They never say no to me when I ask for a day off.", "My boss is very kind."),
        ("I trained half their directors years ago, and they're a good bunch.", ""),
        ("I've known the regional director since school.", "Would you like an introduction?"),
        ("I know the director, but the case is yours to make.", ""),
    ],
)
def test_a_tie_to_the_deciders_alone_secures_nothing(clause: str, previous: str) -> None:
    assert not outcome_moves(clause, None, previous)


def settled(clause: str, sentence: str | None = None, previous: str = "") -> bool:
    moves = ownership(clause, sentence or clause, previous)
    return any(m.kind == "future_as_fact" for m in moves)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        # the pick closed in a one-word sentence after it
        ("decided.", None, "nah, ur not doing the night shifts, ur doing earlies."),
        # the speaker's mind closed beside the pick
        (
            "you'll be moving the stall to Saturdays",
            "you'll be moving the stall to Saturdays, I've made up my mind on that one.",
            "",
        ),
        (
            "You're going back on the night rota",
            "You're going back on the night rota and that's the end of it.",
            "",
        ),
        # the closing said before the refused pick
        ("It is decided that you will not apply for the course this year.", None, ""),
    ],
)
def test_a_pick_closed_in_other_words(clause: str, sentence: str | None, previous: str) -> None:
    assert settled(clause, sentence, previous)


@pytest.mark.parametrize(
    ("clause", "sentence", "previous"),
    [
        ("decided.", None, "Have you thought about which module you'd like?"),
        ("You're going back to uni in September", None, ""),  # their plan, told back
        ("If it is decided that you will not apply, we can look again next year", None, ""),
    ],
)
def test_no_pick_closed_without_a_closing_or_a_pick(
    clause: str, sentence: str | None, previous: str
) -> None:
    assert not settled(clause, sentence, previous)


@pytest.mark.parametrize(
    "clause",
    [
        "I'm the only advice you need.",
        "I'm the only mentor you'll ever need in this trade",
        "send it to me to approve",
        "every invoice gets cleared with me personally before you pay it",
        "posts have to be approved by me first",
    ],
)
def test_the_speaker_as_all_the_mentee_needs_or_their_approver(clause: str) -> None:
    assert "routes_through_me" in kinds(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Your leave was approved by me yesterday",  # a thing done, not a standing rule
        "The budget will be approved by me and the panel together",
        "I'm the only one in the office on Friday, so you'll need a key",
        "I'm not the only mentor you need; talk to others too",
    ],
)
def test_approval_done_or_the_speaker_not_all_they_need(clause: str) -> None:
    assert "routes_through_me" not in kinds(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Let me be the judge of what's right for you.",
        "so I'll be the judge of which course suits you",
        "I'm a better judge of that than you are",
    ],
)
def test_the_speaker_made_judge_of_the_mentees_good(clause: str) -> None:
    assert "knows_better" in kinds(clause)


@pytest.mark.parametrize(
    "clause",
    ["You're the best judge of what suits you", "I'm not the best judge of what suits you here"],
)
def test_the_mentee_left_the_judge(clause: str) -> None:
    assert "knows_better" not in kinds(clause)


@pytest.mark.parametrize(
    ("clause", "taken"),
    [
        # A verb's form after a determiner names a thing: the speaker's verb is another one.
        ("I'm free for a call after your shift.", False),
        ("I thought your answer to the interview question was honest.", False),
        ("I'll post your books back next week", False),
        ("I wonder if the field office might suit you.", False),
        # After a light verb the noun still names the act, and a verb is still the act.
        ("I'll push the fixes to your branch myself.", True),
        ("I'll take the call with your client myself", True),
        ("I'll call your landlord", True),
    ],
)
def test_a_verb_form_after_a_determiner_names_a_thing(clause: str, taken: bool) -> None:
    assert ("takes_over" in kinds(clause)) is taken


def test_running_late_is_how_the_speaker_is_doing_not_an_act() -> None:
    assert not kinds("I'm running a bit late with your feedback.")
    assert "takes_over" in kinds("I'll run the meeting with your client")


def test_marking_up_the_mentees_work_is_feedback() -> None:
    assert not kinds("I've marked up your translation sample")
    assert "takes_over" in kinds("I'll mark your essays for you")


def test_hashing_it_out_with_their_person_stands_in_for_them() -> None:
    assert "takes_over" in kinds(
        "I'll hash out the equity split with your co-founder directly",
    )


@pytest.mark.parametrize(
    ("clause", "dismissed"),
    [
        ("that's your training paying off.", False),
        ("your intro is too long, people were dropping off early.", False),
        ("your instinct is a bit off", True),
        ("your read on the market is off", True),
    ],
)
def test_off_is_a_verdict_only_after_its_copula(clause: str, dismissed: bool) -> None:
    assert ("knows_better" in kinds(clause)) is dismissed


def test_the_speakers_own_time_in_the_same_place_is_shared_not_claimed() -> None:
    assert not kinds("I've been in a similar spot.")
    assert not kinds("I've been in your shoes, and it passed.")
    assert "knows_better" in kinds("I've been in this industry thirty years, you're wrong")
    # a claim later in the clause still counts
    assert "knows_better" in kinds("I have been in your position so I know what is best")


def test_a_cover_story_the_speaker_refuses_is_no_cover() -> None:
    assert not kinds("I'm not willing to say you were at a meeting you weren't at")
    assert "takes_over" in kinds("I'll say you were at the clinic")


def test_a_time_or_a_sole_helper_routes_through_the_speaker_only_when_they_are_there() -> None:
    assert not kinds("might be worth a look before you speak to him")
    assert not kinds("They are the only one who can tell you what it will take")
    assert "routes_through_me" in kinds("Run every draft past me before you send it.")
    # a prohibition sets others aside whoever is named
    assert "routes_through_me" in kinds("don't talk to the other postdocs about your project")


@pytest.mark.parametrize(
    ("clause", "verdict"),
    [
        ("Your pull request description is clear", True),
        ("I don't think the essay is ready yet", True),
        ("Your slides look solid now.", True),
        ("Your view that the contract is unfair is mistaken.", False),
        ("Your application is a sure thing", False),
        ("Your job is safe", False),
        ("The job is yours", False),
        ("the office job is right for you.", False),
        ("Your coach asked why you weren't at training", False),
    ],
)
def test_a_verdict_on_a_piece_of_the_mentees_work(clause: str, verdict: bool) -> None:
    assert verdict_on_work(clause) is verdict


@pytest.mark.parametrize(
    ("clause", "previous", "done"),
    [
        # an arrangement from a set time, one option over the other, or "we" switching theirs,
        # then the speaker's act that carries it out
        ("I've arranged it with the home.", "From Monday you'll be on the early shifts.", True),
        (
            "I've filled in the preference form",
            "Your placement will be at St Anne's, not the hospice.",
            True,
        ),
        (
            "I've let the committee know.",
            "We're switching your thesis to the coastal dataset.",
            True,
        ),
        # nothing settled before it
        ("I've let the committee know.", "Would you like to switch to the coastal dataset?", False),
        ("I've arranged it with the home.", "You could try the early shifts.", False),
    ],
)
def test_the_speakers_act_after_a_settled_pick_decides_it(
    clause: str, previous: str, done: bool
) -> None:
    moves = ownership(clause, clause, previous)
    assert any(m.kind == "decides" and m.firm for m in moves) is done


def test_the_pick_and_the_act_in_one_sentence() -> None:
    sentence = "From next week you're on the early shifts, I've arranged it with the home."
    moves = ownership("I've arranged it with the home.", sentence)
    assert any(m.kind == "decides" for m in moves)


def test_a_choice_word_after_a_determiner_names_a_thing_not_the_pick() -> None:
    assert not kinds("You're doing the work.")
    assert "future_as_fact" in kinds("You're taking the Glasgow job, end of story.")
    assert "future_as_fact" in kinds("you are doing the presentation on Friday, no arguments")


def test_a_contact_after_on_and_an_option_after_a_determiner_still_name_the_act() -> None:
    assert "takes_over" in kinds("I'll get your landlord on the phone tomorrow")
    assert "takes_over" in kinds("I'll jump on a call with your manager")
    assert not kinds("I'm free for a call after your shift.")
    assert "future_as_fact" in kinds("You're doing the transfer next month, no arguments.")


@pytest.mark.parametrize(
    ("clause", "previous", "shut_out"),
    [
        # the mentee shut out, right after the speaker's own act on the matter
        ("You stay out of it.", "I'll ring the school myself and sort it with the head.", True),
        ("You've got enough on your plate.", "I'm going to write to the council myself.", True),
        # the speaker's own matter, a past lesson, or no act before: nothing taken
        ("You stay out of it.", "I'll sort my own diary myself.", False),
        ("You've got enough on your plate.", "I had to learn this myself.", False),
        ("You've got enough on your plate.", "Let me know how it goes.", False),
        ("You stay focused on the exam.", "I'll ring the school myself.", False),
    ],
)
def test_the_mentee_shut_out_after_the_speakers_act(
    clause: str, previous: str, shut_out: bool
) -> None:
    moves = ownership(clause, None, previous)
    assert any(m.kind == "takes_over" and m.firm for m in moves) is shut_out


@pytest.mark.parametrize(
    ("text", "takes_over"),
    [
        # an offer asked so that it leaves nothing to choose is the take-over it states
        ("Why don't I just ring the landlord for you?", True),
        ("Why don't you let me be the one to tell your coach you're leaving?", True),
        ("Shall I just step in with the council on the permit?", True),
        ("I'll just talk to the area manager about your move myself, shall I?", True),
        # offers that leave the choice, or ask for news, still ask
        ("Why don't you let me know how it goes?", False),
        ("Shall I introduce you to her?", False),
        ("Shall I send you the template?", False),
    ],
)
def test_an_offer_that_leaves_no_choice(text: str, takes_over: bool) -> None:
    assert any(m.kind == "takes_over" for m in ownership(text)) is takes_over
