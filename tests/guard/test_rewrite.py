"""Rewrites keep the message: only the flagged clause is replaced, each finding gets its own fit."""

from __future__ import annotations

from assistant.guard import check
from assistant.guard.rewrite import suggestion_for


def test_a_multi_clause_message_keeps_its_greeting_and_its_plan() -> None:
    text = (
        "Hi Sam! Great work on the demo today, leave the awkward emails to me and let's meet "
        "on Friday to plan the launch."
    )
    result = check(text)
    assert result.flagged
    (finding,) = result.findings
    assert finding.category == "rescuing"
    assert "awkward emails" in finding.quote
    assert result.rewrite.startswith("Hi Sam! Great work on the demo today.")
    assert "Let's meet on Friday to plan the launch." in result.rewrite
    assert "leave the awkward emails to me" not in result.rewrite
    # The suggestion names what the clause acted on instead of pointing at "this".
    assert "the awkward emails" in finding.suggestion


def test_two_findings_get_two_fitting_suggestions() -> None:
    text = "I'll write your report tonight, and I'll make sure you get the promotion."
    result = check(text)
    categories = [f.category for f in result.findings]
    assert categories == ["enabling", "gatekeeping"]
    enabling, gatekeeping = result.findings
    assert enabling.suggestion != gatekeeping.suggestion
    assert "your report" in enabling.suggestion
    assert "promise" in gatekeeping.suggestion.lower()
    assert enabling.suggestion in result.rewrite and gatekeeping.suggestion in result.rewrite


def test_a_person_the_mentor_reached_for_becomes_the_mentees_conversation() -> None:
    result = check("Let me just deal with the director for you, it's simpler.")
    (finding,) = result.findings
    assert "the director" in finding.suggestion
    assert "yourself" in finding.suggestion
    # the reason given for taking over goes with the move it excused
    assert result.rewrite == finding.suggestion


def test_a_reason_for_taking_over_goes_but_the_plan_after_it_stays() -> None:
    result = check(
        "Hi Sam! Let me just deal with the director for you, it's simpler. "
        "Next week let's look at your portfolio."
    )
    assert result.rewrite.startswith("Hi Sam! How would you like to raise it with the director")
    assert "simpler" not in result.rewrite
    assert result.rewrite.endswith("Next week let's look at your portfolio.")


def test_knowing_best_rewrite_promises_no_story_that_never_follows() -> None:
    result = check("I know better than you what suits you.")
    assert result.flagged
    assert "Here is what worked for me" not in result.rewrite
    assert result.rewrite.rstrip().endswith(("?", "."))


def test_tone_words_go_with_the_flagged_clause() -> None:
    result = check("Honestly, don't worry, I'll take care of it. See you Tuesday.")
    assert result.flagged
    assert not result.rewrite.startswith(("Honestly", "Don't worry"))
    assert result.rewrite.endswith("See you Tuesday.")


def test_healthy_sentences_around_a_finding_are_untouched() -> None:
    text = "Thanks for sharing the draft. I've decided which offer you're taking. Talk soon!"
    result = check(text)
    assert [f.category for f in result.findings] == ["dictating"]
    assert result.rewrite.startswith("Thanks for sharing the draft. ")
    assert result.rewrite.endswith(" Talk soon!")


def test_a_finding_across_two_clauses_rewrites_both_and_names_the_person() -> None:
    text = (
        "Great session today! Don't worry about the director, I'll deal with him for you, and "
        "let's meet on Friday."
    )
    result = check(text)
    assert result.flagged
    assert "deal with him" not in result.rewrite
    assert "the director" in result.rewrite
    assert result.rewrite.startswith("Great session today! ")
    assert result.rewrite.endswith("Let's meet on Friday.")


def test_a_choice_made_and_acted_on_for_the_mentee_is_handed_back_whole() -> None:
    for text in ("I've already said yes on your behalf.", "I've put your name down."):
        result = check(text)
        assert [f.category for f in result.findings] == ["dictating"]
        assert "behalf" not in result.rewrite and "name down" not in result.rewrite


def test_a_texted_possessive_is_named_as_the_mentees_own() -> None:
    result = check("honestly it'd probably be easier if i just rang ur landlord myself tbh")
    (finding,) = result.findings
    assert "your landlord" in finding.suggestion
    assert "the ur" not in finding.suggestion and " ur " not in result.rewrite


def test_a_year_abbreviation_is_not_read_as_your() -> None:
    result = check("Let me just write the 5 yr plan for you tonight.")
    (finding,) = result.findings
    assert "your plan" not in finding.suggestion


def test_a_choice_closed_again_in_the_next_sentence_is_asked_about_once() -> None:
    result = check("You're accepting the Glasgow post. I've weighed it up and that's final.")
    assert [f.category for f in result.findings] == ["dictating", "dictating"]
    assert result.rewrite.count("what matters most to you") == 1
    assert "the Glasgow post" in result.rewrite and "final" not in result.rewrite


def test_two_things_taken_over_in_two_sentences_keep_both_questions() -> None:
    result = check("I'll ring your landlord tomorrow. I'll also call your manager about the rota.")
    assert "your landlord" in result.rewrite and "your manager" in result.rewrite


def test_a_pick_stated_as_a_clause_names_no_object() -> None:
    result = check("I've decided you're moving to the weekend team from June.")
    assert result.flagged
    assert "the you" not in result.rewrite.lower()


def test_what_a_clause_says_of_its_object_stays_out_of_the_object() -> None:
    result = check("I chair the awards panel, so consider your prize secured.")
    assert result.flagged
    assert "secured will" not in result.rewrite


def test_a_suggestion_names_no_set_phrase_or_preposition_as_the_object() -> None:
    assert "liberty" not in suggestion_for("rescuing", "I have taken the liberty of calling them")
    assert " the from" not in suggestion_for("dictating", "Tell them to contact me from now on")


def test_what_is_left_of_a_replaced_clause_does_not_dangle() -> None:
    # the mentee's last step on the work taken over, and a fragment of the pick, go with it
    result = check("I'll redo your budget sheet tonight, you can look it over after.")
    assert result.flagged
    assert "look it over" not in result.rewrite
    result = check("The order is yours truly first, then Priya. Not up for debate.")
    assert result.flagged
    assert "Then Priya." not in result.rewrite
    # a plan of the mentee's own after the flagged clause stays
    result = check("Leave the awkward emails to me, and let's meet on Friday to plan the launch.")
    assert "Let's meet on Friday to plan the launch." in result.rewrite


def test_a_kept_sentence_keeps_its_capital_when_its_opening_word_goes() -> None:
    text = (
        "Loved the demo. Also, don't stress about the audition, I know the casting director "
        "and the part is yours, consider it done."
    )
    result = check(text)
    assert result.flagged
    assert "Don't stress about the audition" in result.rewrite
    lower = check("loved the demo. also, i'll rewrite your cover letter tonight, dont stress.")
    assert lower.flagged
    assert not lower.rewrite.startswith("Loved")


def test_a_condition_goes_with_the_clause_it_conditions() -> None:
    # kept alone, "If the clinic asks." would dangle before the question
    result = check("If the clinic asks, I'll vouch that you've done your physio every day.")
    assert result.flagged
    assert "clinic asks" not in result.rewrite
    toned = check("Loved your demo! Honestly, if the panel asks, I'll tell them it was my call.")
    assert toned.flagged
    assert "panel asks" not in toned.rewrite
    assert toned.rewrite.startswith("Loved your demo!")
    after = check("I'll tell your boss you were ill if he asks, and let's meet on Friday.")
    assert after.flagged
    assert "if he asks" not in after.rewrite.lower()
    assert "Let's meet on Friday." in after.rewrite
    # a condition beside a healthy offer is no finding's and stays
    assert check("If you want, I can introduce you to Sam.").rewrite == (
        "If you want, I can introduce you to Sam."
    )


def test_an_object_ends_where_the_next_phrase_begins() -> None:
    suggestion = suggestion_for("enabling", "I'll write your weekly reports every Friday")
    assert "your weekly reports" in suggestion
    assert "every" not in suggestion


def test_tone_words_leading_into_a_flagged_clause_go_with_it() -> None:
    result = check("you think acting is your calling but come on, you're not cut out for it.")
    assert result.flagged
    assert "come on" not in result.rewrite
    assert result.rewrite.startswith("you think acting is your calling.")


def test_the_certainty_backing_a_promise_goes_with_it() -> None:
    result = check(
        "Lovely set tonight. You'll be signed by a label within a year, I'm certain of it."
    )
    assert result.flagged
    assert "certain" not in result.rewrite
    assert result.rewrite.startswith("Lovely set tonight.")


def test_a_future_or_a_making_sure_names_no_false_object() -> None:
    # "is going to" says when; "make sure" secures: neither reaches for "succeed" or "sure"
    appeal = suggestion_for("gatekeeping", "Your visa appeal is going to succeed")
    assert "your visa appeal" in appeal
    assert "succeed will" not in appeal
    assert "sure" not in suggestion_for("gatekeeping", "I'll make sure the panel picks you")
    # the mentee's own doing is no one who decides
    running = suggestion_for("gatekeeping", "you'll be running the whole department")
    assert "department will decide" not in running
    assert "your report" in suggestion_for("enabling", "I'm going to write your report")


def test_the_mentees_view_is_not_named_as_a_thing_to_suit() -> None:
    suggestion = suggestion_for("knowing_best", "that's your dad's voice, not yours")
    assert "voice" not in suggestion
    assert "not?" not in suggestion


def test_a_standing_time_and_an_announcement_go_with_the_clause_they_lead_into() -> None:
    standing = check("From now on, please run every supplier call past me first.")
    assert standing.flagged
    assert "From now on." not in standing.rewrite
    announced = check("Right, here's the plan: you'll sell the van and lease a unit. Chat soon!")
    assert announced.flagged
    assert "here's the plan" not in announced.rewrite.lower()
    assert announced.rewrite.endswith("Chat soon!")


def test_an_object_ends_at_the_clause_punctuation_and_skips_a_verb_of_doing() -> None:
    rota = suggestion_for("rescuing", "I'll take over running the volunteer rota from here")
    assert "the volunteer rota" in rota
    assert "running" not in rota
    assert "told" not in suggestion_for("rescuing", "I rang your landlord, told him you'd pay late")
    assert "personally" not in suggestion_for("rescuing", "I'll ring the curator personally")


def test_what_the_mentee_was_told_to_hand_over_goes_with_the_take_over() -> None:
    result = check("Pass those over, I'll redo the budget tables tonight. Enjoy the weekend!")
    assert result.flagged
    assert "Pass those over" not in result.rewrite
    assert result.rewrite.endswith("Enjoy the weekend!")


def test_a_declined_promise_names_the_outcome_it_was_about() -> None:
    # the mentee's future, or what the mentor secures, is said back as what cannot be promised
    assert "you'll pass the licensing exam" in suggestion_for(
        "gatekeeping", "You'll definitely pass the licensing exam"
    )
    assert "you'll get the transfer" in suggestion_for(
        "gatekeeping", "I'll make sure you get the transfer"
    )
    assert "you'll get that bursary" in suggestion_for("gatekeeping", "ur getting that bursary")
    # the certainty after it is not part of the outcome
    assert "sure" not in suggestion_for("gatekeeping", "you'll be made partner, I'm sure")
    result = check("I promise you'll be made a senior nurse by spring.")
    assert "made a senior nurse by spring" in result.rewrite
    assert not check(result.rewrite).flagged


def test_a_pick_among_options_asks_which_appeals_and_names_no_pick() -> None:
    suggestion = suggestion_for("knowing_best", "you should go with the design role")
    assert "design role" not in suggestion and "Which of the options" in suggestion
    assert "Which of the options" in suggestion_for("dictating", "I've picked the Bristol team")
    # a verb that takes over a task is no pick among options
    assert "Which of the options" not in suggestion_for("knowing_best", "I'll write your CV")
    assert "Which of the options" not in suggestion_for("knowing_best", "trust me, just go for it")


def test_the_decision_stated_after_an_overruling_goes_with_it() -> None:
    text = "Believe me, I know what's right for you, so we'll go with the Leeds offer. Chat soon."
    result = check(text)
    (finding,) = result.findings
    assert finding.quote.endswith("we'll go with the Leeds offer")
    assert "Leeds" not in result.rewrite  # no sentence left that contradicts the question
    assert result.rewrite.endswith("Chat soon.")
    # a plan that picks nothing stays
    kept = check("I know what's best for you, so we'll take it from there.")
    assert "take it from there" in kept.rewrite


def test_a_thing_sent_to_someone_keeps_whom_it_goes_to() -> None:
    suggestion = suggestion_for("rescuing", "I'll draft the letter to the housing officer")
    assert "the letter to the housing officer" in suggestion
    # nobody named after "to": the phrase ends at the thing
    assert "to you" not in suggestion_for("rescuing", "I'll send the email to you tonight")


def test_two_things_taken_over_in_one_clause_are_both_named() -> None:
    suggestion = suggestion_for(
        "rescuing", "I'll handle the call to the landlord and sort out your deposit for you"
    )
    assert "the call to the landlord" in suggestion and "your deposit" in suggestion


def test_the_same_move_carried_on_shares_its_question() -> None:
    result = check("I'll ring your manager tomorrow and tell her to give you the Friday shifts.")
    assert len(result.findings) >= 1
    for finding in result.findings:
        assert "your manager" in finding.suggestion  # no generic question left unused
        assert finding.suggestion in result.rewrite


def test_an_adverb_after_the_object_is_not_part_of_it() -> None:
    suggestion = suggestion_for("enabling", "and I'll draft your personal statement too")
    assert "your personal statement?" in suggestion or "your personal statement look" in suggestion
    assert "too" not in suggestion


def test_a_sentence_stating_the_decision_just_made_goes_with_it() -> None:
    text = "Listen, I know what's right for you. So we'll go with the Leeds offer. Speak Friday."
    result = check(text)
    assert [f.category for f in result.findings] == ["knowing_best", "knowing_best"]
    assert "Leeds" not in result.rewrite  # nothing left that contradicts the question
    assert result.rewrite.endswith("useful. Speak Friday.")  # and no gap where it was
    # the same sentence without a pick or an overruling before it is the mentee's own plan
    assert not check("Great chat. We'll go with the Thursday slot for our next call.").flagged


def test_a_promise_said_twice_is_answered_once_by_the_question_that_names_it() -> None:
    result = check("I know the chair of the promotion committee, so you'll surely get promoted.")
    assert len(result.findings) == 2
    assert result.rewrite.count("I can't promise") == 1
    assert "get promoted" in result.rewrite
