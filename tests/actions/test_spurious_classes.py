"""Lines that read like tasks and are none: a decision with no one to carry it, a tool that acts
on its own, how a process runs, a comment signed by a name."""

from __future__ import annotations

from datetime import date

from assistant.actions import ActionItem, extract_action_items
from assistant.actions.owners import things_named

TODAY = date(2020, 4, 1)  # Wednesday


def extract(notes: str, **kwargs: object) -> list[ActionItem]:
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("author", None)
    return extract_action_items(notes, **kwargs)  # type: ignore[arg-type]


def tasks(notes: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.task, i.owners) for i in extract(notes)]


def test_a_tool_the_notes_write_in_lower_case_is_not_a_person() -> None:
    notes = (
        "Attendees: Sam Lee, Kim Park\n\n"
        "- We get too many dependabot PRs; you can tell dependabot to ignore a version.\n"
        "- Dependabot will send PRs to upgrade the actions.\n"
        "- Sam will write up the dependabot settings.\n"
    )
    assert tasks(notes) == [("Write up the dependabot settings", ("Sam Lee",))]


def test_a_name_never_written_in_lower_case_still_owns_its_task() -> None:
    notes = "- Dependabot will send PRs to upgrade the actions.\n- Ravi will review them.\n"
    assert ("Send PRs to upgrade the actions", ("Dependabot",)) in tasks(notes)


def test_things_named_leaves_out_ordinary_words_and_their_plurals() -> None:
    text = "Mentors will meet. The mentors and the Wasmtime team use wasmtime daily."
    assert things_named(text) == frozenset({"wasmtime"})


def test_a_comment_signed_by_a_name_under_a_plan_is_not_a_task() -> None:
    notes = (
        "Attendees: Amy Lu, Yangshun Tay\n\n"
        "## Plan\n\n"
        "I want to look into the language issue from Discord.\n\n"
        "Yangshun: Saw that you're working on it. Awesome.\n\n"
        "I want to add a table to the versioning docs.\n\n"
        "Yangshun: Nice.\n\n"
        "Yangshun: Sounds good!\n\n"
        "Yangshun: Review the versioning PR.\n"
    )
    found = tasks(notes)
    assert ("Review the versioning PR", ("Yangshun Tay",)) in found
    assert not any("Saw" in t or "Nice" in t or "Sounds" in t or "Yangshun" in t for t, _ in found)


def test_a_named_topic_under_assignments_still_is_a_task() -> None:
    notes = "## Assignments\n\n- Filip: Outside collaboration and Planning\n- Ana: Nice diagrams.\n"
    assert ("Outside collaboration and Planning", ("Filip",)) in tasks(notes)


def test_past_form() -> None:
    from assistant.actions.lexicon import past_form

    assert [past_form(w) for w in ("saw", "noticed", "thought", "send", "seeing", "sees")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]


def test_a_decision_with_no_one_to_carry_it_is_not_a_task() -> None:
    notes = (
        "Attendees: Sam Lee, Kim Park\n\n"
        "- Decided: focus on data roles first.\n"
        "- Decision: we go with option B.\n"
        "- Agreed to move the meeting to Thursdays.\n"
        "- Agreed: Sam to send the invite.\n"
        "- Decided that Kim will draft the charter.\n"
        "- We agreed to publish the minutes on GitHub.\n"
    )
    assert tasks(notes) == [
        ("Send the invite", ("Sam Lee",)),
        ("Draft the charter", ("Kim Park",)),
        ("Publish the minutes on GitHub", ()),
    ]


def test_what_the_writer_agreed_to_do_is_theirs_to_do() -> None:
    notes = "Agreed to send my supervisor the emails I plan to send out.\n"
    assert [t for t, _ in tasks(notes)] == ["Send my supervisor the emails I plan to send out"]


def test_in_a_session_an_agreement_is_both_peoples_task() -> None:
    found = extract("- Agreed to move the meeting to Thursdays.\n", author="mentee")
    assert [i.task for i in found] == ["Move the meeting to Thursdays"]


def test_how_a_process_runs_is_not_a_new_commitment() -> None:
    notes = (
        "- When you draft a release, I don't let the tool create the tag, I create the tag "
        "myself. I will then publish the release from the tag.\n"
        "- I will email Sam, then I will publish the release.\n"
        "- I think the docs are fine. I will then update the changelog.\n"
    )
    assert [t for t, _ in tasks(notes)] == [
        "Email Sam",
        "Publish the release",
        "Update the changelog",
    ]


def test_a_roles_standing_duty_is_not_a_new_commitment() -> None:
    notes = (
        "We explained the meeting roles.\n\n"
        "- Notekeeper needs to take note of ACTION points.\n"
        "- The timekeeper should warn at five minutes.\n"
        "- Peter needs to send the slides.\n"
        "- Notekeeper needs to send the minutes by Friday.\n"
    )
    assert [t for t, _ in tasks(notes)] == ["Send the slides", "Send the minutes"]


def test_compound_agent_noun() -> None:
    from assistant.actions.lexicon import compound_agent_noun

    assert [compound_agent_noun(w) for w in ("Notekeeper", "Timekeeper", "Peter", "Spencer")] == [
        True,
        True,
        False,
        False,
    ]


def test_what_will_become_of_a_thing_is_no_ones_task() -> None:
    notes = (
        "- Change to Zoom will be done for October 26th.\n"
        "- Review of the charter will be held in May.\n"
        "- Change of venue to be sent by Sam.\n"
        "- Change the Zoom link before the 26th.\n"
    )
    assert [t for t, _ in tasks(notes)] == [
        "Change of venue to be sent by Sam",
        "Change the Zoom link",
    ]


def test_the_steps_of_a_method_described_in_minutes_are_no_tasks() -> None:
    notes = (
        "### Review of current methods\n"
        "+ Step 1: integrate across batches in a low-dimensional space\n"
        "+ Step 2: find neighbours in that space as anchors\n"
        "+ Step 3: label transfer using anchors\n"
    )
    assert extract(notes) == []
    listed = "## Tasks\n- Step 1: integrate across batches\n- Step 2: Kim will find anchors\n"
    assert [i.task for i in extract(listed)] == [
        "Step 1: Integrate across batches",
        "Step 2: Find anchors",
    ]


def test_a_suggestion_put_to_the_meeting_is_no_task() -> None:
    notes = (
        "Attendees: Ivan Ode, Lee Park\n\n"
        "- [Ivan] Suggest aiming for Spring. Ready for conference season.\n"
        "- Suggest using `.assign()` for these properties as well, e.g.\n"
        "- No items received. Suggest review of recent email difficulties.\n"
        "- Suggest a date for the retreat\n"
        "- TODO: propose that we move the call\n"
    )
    assert [i.task for i in extract(notes)] == [
        "Suggest a date for the retreat",
        "Propose that we move the call",
    ]


def test_a_lets_exclamation_cheers_the_group_on() -> None:
    notes = (
        "- Let's get started again!\n"
        "- Let's modularize our tests! i.e. make separate programs.\n"
        "- Let's work again on the LDAP setup.\n"
    )
    assert [i.task for i in extract(notes)] == ["Work again on the LDAP setup"]
    assert [i.task for i in extract("## Next steps\n- Let's ship it!\n")] == ["Ship it"]


def test_a_line_marked_finished_in_any_bracket_or_after_a_colon_is_not_a_task() -> None:
    notes = (
        "## Action items\n\n"
        "- Meet with the client **[DONE]**\n"
        "- Sam open a new ticket for the co-chair: DONE\n"
        "- Kim fill out the sign-up sheet (already done)\n"
        "- Arushi - Create the subsection files - done - please find them here.\n"
        "- Ping the web team about the front page (NOT DONE)\n"
        "- Write up the release notes\n"
    )
    found = [t for t, _ in tasks(notes)]
    assert "Write up the release notes" in found
    assert any("front page" in t for t in found)
    assert not any(w in t for t in found for w in ("client", "ticket", "sign-up", "subsection"))


def test_a_bare_sentence_after_a_line_opened_on_a_state_goes_on_about_it() -> None:
    notes = (
        "## Notes\n\n"
        "- Eric and Tom are jointly running the edition. Continue to be concerned about workload.\n"
        "- Basic plugin is loading, navigating issues with installs. Will start to send jobs soon\n"
        "- Write up the release notes\n"
    )
    found = [t for t, _ in tasks(notes)]
    assert "Write up the release notes" in found
    assert any("send jobs" in t for t in found)
    assert not any("workload" in t for t in found)


def test_a_done_mark_ending_a_list_item_closes_all_its_sentences() -> None:
    notes = (
        "## Action items\n\n"
        "- Ravi: check if the screening concepts are in the data set. **[DONE]**\n"
        "- Jo: start the feedback document on overleaf.  COMPLETE\n"
        "- Jo: mark the review complete\n"
    )
    assert [t for t, _ in tasks(notes)] == ["Mark the review complete"]


def test_waiting_on_someone_else_is_no_task() -> None:
    notes = (
        "## Notes\n\n"
        "- jg: Apple would have more concerns. Will wait for Sam to comment.\n"
        "- If that is the case, we will wait for that.\n"
        "- I will wait for his feedback, while I try to balance the database.\n"
        "- Sam will write up the codec notes.\n"
    )
    assert [t for t, _ in tasks(notes)] == [
        "Wait for his feedback, while I try to balance the database",  # goes on to a step
        "Write up the codec notes",
    ]


def test_a_topic_put_off_to_another_meeting_is_no_task() -> None:
    notes = (
        "## Notes\n\n"
        "- Interface implementation: no consensus yet\n"
        "    - Will revisit later today\n"
        "- Code of conduct wording\n"
        "    - Will come back to this next week\n"
        "- Sam will revisit the budget with the treasurer\n"
    )
    assert tasks(notes) == [("Revisit the budget with the treasurer", ("Sam",))]


def test_lets_keep_or_say_leaves_things_as_they_are_and_takes_on_no_step() -> None:
    notes = (
        "- Let's keep the Thursday 2pm PT time for now.\n"
        "- Josh: let's keep it short\n"
        "- RM: Let's say we ship the tutorials site.\n"
        "- Let's continue this discussion async.\n"
        "\n## Action items\n\n- Let's keep the wiki page up to date\n"
    )
    assert [t for t, _ in tasks(notes)] == [
        "Continue this discussion async",
        "Keep the wiki page up to date",
    ]


def test_will_continue_to_use_a_channel_keeps_a_way_of_working_and_takes_on_no_step() -> None:
    notes = (
        "- Will continue to communicate via the mailing list between meetings\n"
        "- We will continue using the shared board, it works for now\n"
        "- Will continue working on the survey analysis\n"
    )
    assert [t for t, _ in tasks(notes)] == ["Continue working on the survey analysis"]


def test_a_way_of_working_the_group_settled_on_is_no_step() -> None:
    notes = (
        "- We decided to go for a 4 arm maze initially to test things.\n"
        "- We agreed to have a regular meeting.\n"
        "- We agreed to aim for meeting at least 7 rubric items.\n"
        "- We agreed to comply with as many rubrics as possible from now on.\n"
        "- We decided to create the task division document.\n"
        "- We agreed to have the draft done by Friday.\n"
    )
    assert [t for t, _ in tasks(notes)] == [
        "Create the task division document",
        "Have the draft done",
    ]


def test_what_we_will_do_under_a_discussion_heading_is_no_ones_step() -> None:
    notes = (
        "## Discussion\n\n"
        "- We will finance $57,000 at 8% interest for 20 years.\n"
        "- We will skip the TA process for the beta round.\n"
        "- Sam will draft the budget.\n"
        "\n## Next steps\n\n- We will skip the TA process for the beta round.\n"
    )
    assert tasks(notes) == [
        ("Draft the budget", ("Sam",)),
        ("Skip the TA process for the beta round", ()),
    ]


def test_an_english_word_before_to_in_brackets_is_no_ones_handle() -> None:
    notes = (
        "- Intro (welcome to 2023)\n"
        "- The API has an issue (inability to associate the UI with the button)\n"
        "- Planning for rest of sprint (deliverable to TREs for week commencing 17th)\n"
        "- Recruit volunteers (amy to email the CS list)\n"
    )
    assert tasks(notes) == [("Recruit volunteers (amy to email the CS list)", ("Amy",))]


def test_how_to_join_the_call_is_no_task() -> None:
    notes = (
        "- Join via Zoom at https://us06web.zoom.us/j/6345425936\n"
        "- Join the meeting at https://zoom.example.org/j/123\n"
        "- Join the Zulip stream and introduce yourself\n"
    )
    assert [t for t, _ in tasks(notes)] == ["Join the Zulip stream and introduce yourself"]


def test_a_speakers_label_then_a_verb_in_s_narrates_the_meeting() -> None:
    notes = (
        "Present: JS, MB, Gracee\n\n"
        "- JS: Provides Summary\n"
        "- JS: Validates the concept of regular members\n"
        "- MB: Review the travel fund proposal\n"
    )
    assert [t for t, _ in tasks(notes)] == ["Review the travel fund proposal"]


def test_how_to_without_its_question_mark_is_still_a_question() -> None:
    notes = (
        "## Action items\n"
        "- how to run the linters before a commit\n"
        "- How many reviewers a pull request needs\n"
        "- Find out how to run the linters\n"
    )
    assert [t for t, _ in tasks(notes)] == ["Find out how to run the linters"]


def test_a_rule_of_conduct_said_to_no_one_is_no_step_but_a_reminder_is() -> None:
    notes = (
        "## Ground we agreed on\n"
        "- Do not spread the reviews too thinly\n"
        "- Never push to the main branch\n"
        "- Don't forget to send the agenda\n"
    )
    assert [t for t, _ in tasks(notes)] == ["Send the agenda"]
