"""How a sentence's structure makes or unmakes an item: shared subjects, status lines, groups."""

from __future__ import annotations

from datetime import date

from assistant.actions import ActionItem, extract_action_items

TODAY = date(2025, 11, 19)  # Wednesday


def extract(notes: str, **kwargs: object) -> list[ActionItem]:
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("author", None)
    return extract_action_items(notes, **kwargs)  # type: ignore[arg-type]


def test_a_name_in_any_alphabet_owns_its_task() -> None:
    notes = "## Actions\n\n- **Jonas Faßbender:** Familiarize with the runtime\n"
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Familiarize with the runtime", ("Jonas Faßbender",))
    ]


def test_an_attendee_list_goes_on_after_its_comma() -> None:
    notes = (
        "Present: Alan Stokes, Caoimhín Laoide-Kemp,\nKevin Stratford, Jonas Smith\n\n"
        "## Actions\n\n- Jonas: read the draft\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [("Read the draft", ("Jonas Smith",))]


def test_items_under_a_finished_group_are_done() -> None:
    notes = (
        "## Actions\n\n* New\n\n  - Sam: read the draft\n\n* Finished\n\n"
        "  - Sam: update the slides\n  - Sam: tidy the references todo\n\n* Later\n\n"
        "  - Sam: book the room\n"
    )
    assert [i.task for i in extract(notes)] == [
        "Read the draft",
        "Tidy the references",
        "Book the room",
    ]


def test_a_named_person_who_will_have_to_do_something_commits() -> None:
    notes = "- Hannah will have to look over the explanations\n- Changes will have to wait\n"
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Have to look over the explanations", ("Hannah",))
    ]


def test_what_a_subject_has_done_is_a_report_and_what_it_will_do_a_commitment() -> None:
    notes = (
        "* Katya has built a blind dashboard and will collaborate with Jihoon on the image.\n"
        "* Prysm has been rebased onto electra, and will start the interop tests.\n"
        "* Briefly discussed and will proceed to continue working on this.\n"
        "* Lodestar has been rebased and still has a mismatch.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Collaborate with Jihoon on the image", ("Katya",)),
        ("Start the interop tests", ("Prysm",)),
    ]


def test_a_handle_or_a_group_after_and_will_starts_a_commitment_of_its_own() -> None:
    notes = (
        "**Action Items:** The Jenkins jobs have not been deleted and @milos will move them.\n\n"
        "Present: Juan, Amy\n\n"
        "**ACTION**: Juan will create an issue and Council members will vote for approval.\n"
        "**ACTION**: All Executive Council members will read through current issues.\n"
        "* Core Team Staff will discuss the strategic plan.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Move them", ("milos",)),
        ("Create an issue", ("Juan",)),
        ("Vote for approval", ("Council members",)),
        ("Read through current issues", ("everyone",)),
        ("Discuss the strategic plan", ("Core Team Staff",)),
    ]


def test_a_status_line_is_no_task_even_with_an_open_box() -> None:
    notes = (
        "Status:\n"
        "- [ ] `eslint-plugin-vue` PR opened\n"
        "- [ ] `eslint-plugin-import` Issue has been opened and accepted.\n"
        "- [ ] Write the migration guide\n\n"
        "## Resume\n\n* Schedule decided\n* Get started on the report\n"
        "* Release dates changed in the past without notice.\n* Merge conflicts resolved\n"
        "* Check tests passed on the branch\n"
        '* Label changed to "feature", timescale is longer.\n'
    )
    assert [i.task for i in extract(notes)] == [
        "Write the migration guide",
        "Get started on the report",
        "Check tests passed on the branch",
    ]


def test_the_owner_of_a_boxed_task_owns_its_boxed_parts_and_a_line_with_no_box_is_a_note() -> None:
    notes = (
        "## Action Items\n"
        " - [ ] Suggested changes for build instructions (@ckerr)\n"
        "     - [ ] Tell users how much free disk space they'll need\n"
        "         * debug takes about 30gb\n"
        "     - [ ] Explain why someone would want the cache\n"
        " - [ ] Add the list of channels (@sofia)\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Suggested changes for build instructions", ("ckerr",)),
        ("Tell users how much free disk space they'll need", ("ckerr",)),
        ("Explain why someone would want the cache", ("ckerr",)),
        ("Add the list of channels", ("sofia",)),
    ]


def test_re_colon_does_not_end_the_task() -> None:
    notes = "# Action items\n- Jen to add info re: style guide to readme\n"
    assert [i.task for i in extract(notes)] == ["Add info re: style guide to readme"]


def test_a_time_of_day_with_no_day_is_due_that_day() -> None:
    notes = (
        "# Action items\n- Steve to submit proposal PDF by 5pmET\n- Owen to lock repo at 5pm PT\n"
    )
    assert [(i.task, i.due) for i in extract(notes)] == [
        ("Submit proposal PDF", TODAY),
        ("Lock repo", TODAY),
    ]


def test_a_speakers_will_after_a_lead_phrase_is_theirs() -> None:
    notes = "## Attendees\n- Cary Phillips\n- John Mertic\n\n## Minutes\n\n" + (
        "- Cary: based on the spreadsheet, will file issues with projects.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Based on the spreadsheet, file issues with projects", ("Cary Phillips",))
    ]


def test_lines_that_read_like_orders_but_are_not() -> None:
    notes = (
        "Join the meeting at https://zoom.example.org/j/123\n\n"
        "## Minutes\n\n"
        "- Easier to test endpoints with postman than with frontend\n"
        "- KF brings up that an earlier release would be better.\n"
        "- AS will create a poll in the dev channel.\n\n"
        "### PRs opened last week\n"
        "* [#6184](https://github.com/o/r/pull/6184) fix: run pre-commit on all files - npigoux\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Create a poll in the dev channel", ("AS",))
    ]


def test_a_pull_request_or_issue_named_by_number_without_a_hash_is_a_title() -> None:
    notes = (
        "## Meeting notes\n\n"
        "[PR 333](https://github.com/o/r/pull/333): Add IDL files for Safari as reference\n\n"
        " * [timothy] Planning on adding a README.\n\n"
        "Issue 64: Change OBS_ID keyword from integer to string\n\n"
        " * Sam will change the keyword.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [("Change the keyword", ("Sam",))]


def test_each_step_of_a_series_someone_will_take_is_theirs() -> None:
    notes = "## Attendees\n- Alex Crichton\n- John Mertic\n\n## Minutes\n\n" + (
        "- Alex: I will open a PR on the runbook, respond to the vendor, and eventually get "
        "around to backfilling the advisories.\n"
        "- John: will make a call out to the leads, and follow up at next call.\n"
        "- Alex will review the code, tests and docs.\n"
        "- For example, we will want to add a socket, possibly remove the sprinklers, and "
        "probably tear down the wall.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Open a PR on the runbook", ("Alex Crichton",)),
        ("Respond to the vendor", ("Alex Crichton",)),
        ("Get around to backfilling the advisories", ("Alex Crichton",)),
        ("Make a call out to the leads", ("John Mertic",)),
        ("Follow up at next call", ("John Mertic",)),
        ("Review the code, tests and docs", ("Alex Crichton",)),
    ]


def test_what_someone_said_they_will_do_after_and_that_is_theirs() -> None:
    notes = (
        "Attendees: Catherine Boisson, Tarek Hassan\n\n"
        "Catherine mentioned that this has been discussed elsewhere and that she'll post to the "
        "issue soon.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Post to the issue soon", ("Catherine Boisson",))
    ]


def test_a_task_over_the_list_that_follows_it_is_done_to_each_item() -> None:
    notes = (
        "### Scheduled release for June 30th\n\n"
        "**Action Items:** @milos will release the following:\n"
        "* `espree`\n* `@eslint/js`\n\n"
        "### Next\n\n* `eslint`\n"
    )
    assert [(i.task, i.owners, i.due) for i in extract(notes)] == [
        ("Release the following", ("milos",), date(2026, 6, 30)),
        ("Release `espree`", ("milos",), date(2026, 6, 30)),
        ("Release `@eslint/js`", ("milos",), date(2026, 6, 30)),
    ]


def test_a_paragraph_wrapped_short_is_read_as_its_sentences() -> None:
    notes = (
        "## Discussion\n\n"
        "This meeting was a last dry run of my presentation.\n"
        "The feedback I received was, that I could use the\n"
        "additional one and a half minutes I have at my disposal on\n"
        "the actual presentation to go into further detail on how\n"
        "I plan to overcome the challenges.\n"
        "Sam will send the slides to the whole group by Friday.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Send the slides to the whole group", ("Sam",))
    ]


def test_you_in_minutes_is_anyone_not_someone_who_commits() -> None:
    notes = "## Minutes\n\n- You will get a deluge of updates from the bot.\n"
    assert extract(notes) == []
    session = "- You will send me the draft by Friday.\n"
    assert [i.task for i in extract(session, author="mentor")] == ["Send me the draft"]


def test_a_few_bare_words_over_notes_in_minutes_are_a_topic() -> None:
    notes = (
        "## Resume\n\n* Test users\n  * 2 Test users\n* Design tool\n  * Figma\n"
        "* Secondary supervisor\n  * Ask supervisor\n\n"
        "## Actions\n\n* Book rooms\n  * two of them\n"
    )
    assert [i.task for i in extract(notes)] == ["Ask supervisor", "Book rooms"]


def test_a_surname_with_small_words_is_a_name() -> None:
    from assistant.understanding.people import looks_like_name, participants

    assert looks_like_name("Lars van der Bijl")
    assert participants(["## Attendees", "- Amy van der Hiel", "- Coralie Mercier"]).find(
        "Coralie"
    ) == ("Coralie Mercier")
    notes = (
        "## Attendees\n\n- Coralie Mercier\n- Amy van der Hiel\n\n"
        "Committer Attendees:\n* [ ] Christian Smith\n* [ ] Lars van der Bijl\n\n"
        "## Notes\n\n- Coralie: Please give us the keys.\n- Coralie does likewise.\n"
        "- Amy: See e.g., TAG meetup\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Give us the keys", ("Coralie Mercier",))
    ]


def test_a_groups_names_under_attendance_and_a_handle_made_of_a_name() -> None:
    from assistant.understanding.people import participants

    found = participants(["## Attendance", "", "Council: Carol, Mark, Eric Holk, Eric Huss"])
    assert found.find("ehuss") == "Eric Huss"
    assert found.find("Mark") == "Mark"
    notes = (
        "## Attendance\n\nCouncil: Carol, Mark, Eric Holk, Eric Huss\n\n## Notes\n\n"
        "- Action item: ehuss will follow up offline with Josh.\n"
        "- **ACTION**: EHolk will draft the policy.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Follow up offline with Josh", ("ehuss",)),
        ("Draft the policy", ("EHolk",)),
    ]


def test_a_word_addressed_before_please_is_no_one_the_notes_list() -> None:
    notes = (
        "Attendance: Carol Nichols, Mark Rousskov, Mara Bos\n\n"
        "- Reminder, please take a look.\n- Mara, please update the agenda.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [("Update the agenda", ("Mara Bos",))]
    assert [i.owners for i in extract("Sam, please book a chat with Dana.\n")] == [("Sam",)]


def test_what_something_will_need_is_no_step() -> None:
    notes = "## Notes\n\n- Logo: will need to do more than a static colour\n- Will send the logo\n"
    assert [i.task for i in extract(notes)] == ["Send the logo"]


def test_a_speakers_statement_with_a_subject_of_its_own_is_no_order() -> None:
    notes = (
        "Attendees: Alexandru Radovici, Amit Levy\n\n## Notes\n\n"
        "- Alexandru: Summer school is Aug 10-20, ~90 students take part.\n"
        "- Alexandru: Share rough agenda for the event\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Share rough agenda for the event", ("Alexandru Radovici",))
    ]


def test_a_code_span_before_whoever_will_do_it_is_its_topic() -> None:
    notes = (
        "Status:\n"
        "- [ ] `eslint-config-airbnb` @milos will start a discussion in this issue.\n"
        "- [ ] `eslint-plugin-react` PR to be submitted by @milos\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Start a discussion in this issue", ("milos",)),
        ("`eslint-plugin-react` PR to be submitted", ("milos",)),
    ]


def test_a_group_that_should_do_something_owns_it() -> None:
    notes = "## Decisions\n\n- TSC members should review the roadmap by Friday.\n"
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Review the roadmap", ("TSC members",))
    ]


def test_a_list_named_by_an_adjective_and_actions_is_its_name() -> None:
    notes = (
        "## Actions\n\n1. concrete actions\n    - Tim will ask Brian\n"
        "2. Review tasks\n    - the old ones\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Ask Brian", ("Tim",)),
        ("Review tasks", ()),
    ]


def test_a_list_item_that_stops_on_a_preposition_leads_into_its_list() -> None:
    notes = (
        "## Actions\n\n- The PR -> will be broken up into\n    - the node pool setup\n"
        "- Sam will reach out to\n    - the venue\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Reach out to", ("Sam",)),
        ("The venue", ("Sam",)),
    ]


def test_work_someone_will_be_doing_is_theirs_whoever_they_are() -> None:
    notes = (
        "## Updates\n\n- Lighthouse will be working on the CL interop.\n"
        "- Chiplote will be sponsoring one lunch.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Working on the CL interop", ("Lighthouse",))
    ]


def test_a_named_person_who_will_be_doing_a_task_has_taken_it_on() -> None:
    # no attendee list names them: the name and a task's verb after "will be" say it
    notes = (
        "### Distribution of work for this week\n\n"
        "* Jakub will be adding support for status codes on the server-side\n"
        "* Boaz will be creating the expense UI\n"
        "* They will be reviewing the PRs in the coming days.\n"
        "* Chiplote will be sponsoring one lunch.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Adding support for status codes on the server-side", ("Jakub",)),
        ("Creating the expense UI", ("Boaz",)),
    ]


def test_a_discussion_marked_as_an_action_is_one_and_a_proposal_is_no_one() -> None:
    notes = (
        "- Action item: discuss further/later\n"
        "- Proposal: buy a new barbecue. Passed. TODO: discuss by e-mail what type.\n"
        "- Discuss the budget\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Discuss further/later", ()),
        ("Discuss by e-mail what type", ()),
    ]


def test_a_view_reported_then_a_step_taken_on_is_the_step() -> None:
    notes = (
        "Attendees: Ryosuke Niwa, Ana Lopez, Sam Lee\n\n"
        "- Ryosuke believes there are counter-examples to this, and will follow up.\n"
        "- Ana thinks the API is fine but will double-check with legal.\n"
        "- Sam sends the invite.\n"
    )
    items = extract_action_items(notes, today=date(2024, 5, 8), author=None)
    assert [(i.task, i.owners) for i in items] == [
        ("Follow up", ("Ryosuke Niwa",)),
        ("Double-check with legal", ("Ana Lopez",)),
        ("Send the invite", ("Sam Lee",)),
    ]


def test_a_state_reported_then_a_comma_and_the_step_is_the_subjects_step() -> None:
    notes = (
        "Attendees: Rosa Diaz, Tom Bell\n\n"
        "- Rosa Diaz has a friend at the city library, will ask about the room\n"
        "- Tom Bell has the old slides, they are out of date\n"
    )
    items = extract_action_items(notes, today=date(2024, 5, 8), author=None)
    assert [(i.task, i.owners) for i in items] == [("Ask about the room", ("Rosa Diaz",))]


def test_someone_asked_to_do_something_owns_it() -> None:
    notes = (
        "Attendees: Ana Lopez, Ben Ode\n\n## Notes\n"
        "- Ana asked Ben to review the PR.\n"
        "- Reminded each other to fill out the team survey\n"
        "- Ana asked the vendor to send a quote.\n"
    )
    items = extract_action_items(notes, today=date(2024, 5, 8), author=None)
    assert [(i.task, i.owners) for i in items] == [
        ("Review the PR", ("Ben Ode",)),
        ("Fill out the team survey", ("everyone",)),
    ]


def test_a_title_before_a_name_does_not_end_the_sentence() -> None:
    notes = (
        "## Next steps\n\n"
        "- Email Mr. Patel to find a time to shadow the pharmacy\n"
        "- Send the schedule to Prof. Borland\n"
    )
    assert [i.task for i in extract(notes)] == [
        "Email Mr. Patel to find a time to shadow the pharmacy",
        "Send the schedule to Prof. Borland",
    ]


def test_a_plan_with_no_subject_is_nobodys_not_owned_by_its_verb() -> None:
    notes = "## Next steps\n- Aim to finish the parser today\n- Plan to write up the results\n"
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Finish the parser", ()),
        ("Write up the results", ()),
    ]


def test_a_phrase_put_before_the_subject_without_a_comma_does_not_hide_the_commitment() -> None:
    notes = "For the release I will write the changelog. Once it is merged we'll tag it."
    assert [(i.task, i.owners) for i in extract(notes, author="Noor")] == [
        ("Write the changelog", ("Noor",)),
        ("Tag it", ()),
    ]
    # not a clause that says something else first: "Once they confirm that they will ..."
    assert extract("Once they confirm that they will pay, we must sign by Monday.") == []


def test_two_people_given_tasks_alike_in_one_sentence_each_own_theirs() -> None:
    notes = (
        "Attendees: Noor Haddad, Tomas Berg\n\n"
        "Noor to draft the survey and Tomas to book the room.\n"
        "- [ ] Invite Noor and Tomas to all channels\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Draft the survey", ("Noor Haddad",)),
        ("Book the room", ("Tomas Berg",)),
        ("Invite Noor and Tomas to all channels", ()),
    ]


def test_how_someone_is_to_be_is_no_step_but_what_is_to_be_done_is() -> None:
    notes = (
        "## Next steps\n"
        "- Kim: Need to be careful not to overfit the model\n"
        "- Kim: Need to be sure to rerun the model\n"
    )
    assert [i.owners for i in extract(notes)] == [("Kim",)]


def test_a_verb_before_of_is_a_noun_naming_a_thing_not_an_order() -> None:
    notes = "Draft of the triage guide: https://example.org/guide\nDraft the triage guide.\n"
    assert [i.task for i in extract(notes)] == ["Draft the triage guide"]


def test_a_speaker_and_what_they_are_doing_is_a_status_not_a_task() -> None:
    notes = (
        "### Notes\n"
        "- Ana: looking through the survey answers to find trends\n"
        "- Ben - still writing the parser\n"
        "- Ana: write up the trends by Friday\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [("Write up the trends", ("Ana",))]


def test_a_line_that_is_only_a_date_and_its_time_is_no_task() -> None:
    notes = "To do\nLiam - Call the venue at 5 on Friday\n\nNext meeting \nSunday 23 Nov at 18:00"
    friday = date(2025, 11, 21)
    assert [(i.task, i.due) for i in extract(notes)] == [("Call the venue at 5", friday)]


def test_a_line_stopping_mid_sentence_goes_on_whatever_the_next_lines_case() -> None:
    notes = (
        "Closing remarks\n\n"
        "Noor has joined the team as an engineer and will start work on\n"
        "Project Atlas next month.\n"
        "Kim reminded everyone to please tell new members about the\n"
        "Center and its mailing list.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Start work on Project Atlas", ("Noor",)),
        ("Tell new members about the Center and its mailing list", ("everyone",)),
    ]


def test_a_word_in_ed_after_a_determiner_or_preposition_describes_a_thing() -> None:
    notes = (
        "### Action items\n"
        "- [ ] Each member works on assigned test cases.\n"
        "- Todo: plot the selected runs against the baseline\n"
        "- Data migration finished on the staging server\n"
    )
    tasks = [i.task for i in extract(notes)]
    assert tasks == [  # not the migration, reported done
        "Each member works on assigned test cases",
        "Plot the selected runs against the baseline",
    ]


def test_a_noun_of_phrase_with_an_adjective_in_ed_is_still_a_topic() -> None:
    notes = "### Topics\n- Display of names on archived pages\n"
    assert extract(notes) == []


def test_a_passive_with_an_irregular_participle_is_the_named_agents_task() -> None:
    notes = "Notes\n\nA budget will be made by Team Leads.\nThe slides will be sent out by Priya.\n"
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("A budget will be made by Team Leads", ("Team Leads",)),
        ("The slides will be sent out by Priya", ("Priya",)),
    ]


def test_a_passive_naming_its_agent_after_a_comma_is_a_clause_of_its_own() -> None:
    notes = (
        "Notes\n\n"
        "We will write it in Go. "
        "The tool will be released, the mirror needs to be set up by Priya.\n"
    )
    assert ("The mirror needs to be set up by Priya", ("Priya",)) in [
        (i.task, i.owners) for i in extract(notes)
    ]


def test_a_passive_about_a_thing_after_a_comma_ends_the_step_before_it() -> None:
    notes = "We will book the room, and the new agenda will be posted on the wiki.\n"
    assert [i.task for i in extract(notes)] == ["Book the room"]


def test_the_plan_for_a_time_to_come_is_a_step_dated_then() -> None:
    notes = (
        "The plan for the next week is to finish the proof and move onto the parser.\n\n"
        "The plan is to implement a three step process.\n\n"
        "The goal of the WG was to bring new ideas.\n"
    )
    assert [(i.task, i.owners, i.due) for i in extract(notes)] == [
        ("Finish the proof and move onto the parser", (), date(2025, 11, 28))
    ]


def test_a_colon_inside_quotes_does_not_end_the_task() -> None:
    notes = (
        "- Rob: I'll put the “supportive: firefox” label on it.\n"
        "- Sam: update the CV - see notes from last time\n"
    )
    assert [i.task for i in extract(notes)] == [
        "Put the “supportive: firefox” label on it",
        "Update the CV",
    ]
