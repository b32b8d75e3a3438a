"""Forms real notes take: attendee lists, several owners, tables, HTML, initials, asides."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.actions import ActionItem, extract_action_items, notes_date
from assistant.actions.markup import clean_notes
from assistant.understanding.people import participants

TODAY = date(2025, 11, 19)  # Wednesday


def extract(notes: str, **kwargs: object) -> list[ActionItem]:
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("author", None)
    return extract_action_items(notes, **kwargs)  # type: ignore[arg-type]


def test_participants_from_attendee_lists_front_matter_and_initials() -> None:
    lines = [
        "## Attendees",
        "* Ben Hart",
        "* Leonard Hegarty (chair)",
        "",
        "Secretary: Brian Cipriano",
        "Sairaj Kodilkar (SK) presented; Brian Bush (SME) joined late",
    ]
    found = participants(lines, {"participants": ["Marc Rittinghaus (MR)"]})
    assert found.find("ben") == "Ben Hart"
    assert found.find("Leonard") == "Leonard Hegarty"
    assert found.find("brian cipriano") == "Brian Cipriano"
    assert found.find("SK") == "Sairaj Kodilkar"
    assert found.find("mr") == "Marc Rittinghaus"
    assert found.find("SME") is None  # a role in brackets is not initials
    assert found.find("Brian") == "Brian Cipriano"  # "Brian Bush (SME)" has no initials
    assert found.find("Integration") is None


def test_several_owners_are_kept_as_several() -> None:
    notes = (
        "Attendees: Ben Hart, Leonard Hegarty, Hwang HuongKet\n\n"
        "- Ben and Leonard to coordinate the triage list\n"
        "- Leonard, Ben and Hwang to coordinate on motions for the vote\n"
        "- SK/MR: pair on the flaky test\n"
    )
    items = extract(notes)
    assert items[0].owners == ("Ben Hart", "Leonard Hegarty")
    assert items[0].owner == "Ben Hart and Leonard Hegarty"
    assert items[1].owners == ("Leonard Hegarty", "Ben Hart", "Hwang HuongKet")
    assert items[1].owner == "Leonard Hegarty, Ben Hart and Hwang HuongKet"
    assert items[2].owners == ("SK", "MR")


@pytest.mark.parametrize(
    ("line", "owners"),
    [
        ("- Everyone to review the RFC", ("everyone",)),
        ("- Group to review the milestone plan", ("everyone",)),
        ("- TODO JD: fix the CI job", ("JD",)),
        ("- RD: announce the kick-off meeting", ("RD",)),
        ("- Improve commit naming", ()),
        ("- We will update the docs", ()),
        ("- Let's review in more detail", ()),
        ("- I will send the minutes", ()),
        ("ACTION: Ryan (and Christian) to follow up on the logo.", ("Ryan", "Christian")),
        ("- Ryan (& Christian) will update the logo", ("Ryan", "Christian")),
    ],
)
def test_owners_without_a_session(line: str, owners: tuple[str, ...]) -> None:
    [item] = extract(line)
    assert item.owners == owners
    assert (item.owner is None) == (not owners)


def test_i_is_the_named_author_and_we_is_both_in_a_session() -> None:
    assert extract("- I will send the minutes", author="Aida")[0].owners == ("Aida",)
    [item] = extract("- We will update the docs", mentee="Sam", mentor="Priya", author="mentee")
    assert item.owner == "both" and item.owners == ("Sam", "Priya")


def test_headings_and_ordinary_capitalised_words_are_never_owners() -> None:
    notes = "AOB:\nRegister before 1 July\n\n## Additional\n- Set reminder to collect questions"
    assert all(item.owner is None for item in extract(notes))
    assert extract("- Had to use a newer Ubuntu") == []
    assert extract("- PRs: run checkpatch")[0].owner is None
    # an abstract noun by its ending is no one's name: "-sion" as "-tion"
    assert extract("## To do\n- [ ] Revision: Check the outliers")[0].owner is None


def test_attendee_lists_links_and_discussion_are_not_tasks() -> None:
    notes = (
        "### Attendees\n* Andrew Musselman\n* Trevor Grant\n\n"
        "### Discussion\n* Andrew and Trevor discussed UI changes.\n"
        "* https://github.com/apache/mahout/discussions/551\n"
        "[#66]: https://github.com/WebAssembly/wasi-nn/issues/66\n"
        "* What is Pulse meant to measure?\n"
        "### Next Steps\n* Andrew and Trevor to review Krishna's PRs.\n"
    )
    items = extract(notes)
    assert [(i.task, i.owners) for i in items] == [
        ("Review Krishna's PRs", ("Andrew Musselman", "Trevor Grant"))
    ]


def test_dialogue_lines_are_not_tasks_but_a_todo_section_is() -> None:
    notes = (
        "participants: SK, MR\n"
        "SK: Can we create one scheduler per core?\n"
        "MR: Sure. Do whatever it takes to test it.\n\n"
        "### TODOs and Decisions\n"
        "- SK: Have testing of the mutex ready until end of week\n"
    )
    items = extract(notes, today=date(2022, 6, 20))
    assert [(i.task, i.owners, i.due) for i in items] == [
        ("Have testing of the mutex ready", ("SK",), date(2022, 6, 24))
    ]


def test_a_speakers_next_line_in_the_same_paragraph_is_theirs() -> None:
    notes = "RD: Add project sizes to the internal document.\nAlso announce on Discord."
    assert [i.owners for i in extract(notes)] == [("RD",), ("RD",)]


def test_html_tables_and_entities() -> None:
    notes = (
        "<table><thead><tr><th>Notes/Action Items</th></tr></thead><tbody><tr><td><ol>"
        "<li>Hwang to integrate parameters &#x26; filters</li>"
        "<li>Meeting recorded and quorum reached</li></ol></td></tr></tbody></table>"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Integrate parameters & filters", ("Hwang",))
    ]


def test_markdown_task_tables_read_owner_and_due_columns() -> None:
    notes = (
        "| Task | Owner | Due |\n|---|---|---|\n"
        "| Update docs | Ana | 25/11 |\n| Fix links | @deb | |"
    )
    items = extract(notes)
    assert [(i.task, i.owners, i.due) for i in items] == [
        ("Update docs", ("Ana",), date(2025, 11, 25)),
        ("Fix links", ("deb",), None),
    ]


@pytest.mark.parametrize(
    "header", ["| Done? | Task | People | Due Date |", "| Done? | Action | Lead | ETA |"]
)
def test_a_task_tables_people_or_lead_column_names_the_owners(header: str) -> None:
    notes = (
        f"{header}\n| ---- | ---- | ---- | ---- |\n"
        "| | Mobile Wireframe | Haley, Stephen | May 9th 5:00 pm|\n"
    )
    items = extract(notes, today=date(2024, 5, 1))
    assert [(i.task, i.owners, i.due) for i in items] == [
        ("Mobile Wireframe", ("Haley", "Stephen"), date(2024, 5, 9))
    ]


def test_parenthetical_assignments_and_todo_markers() -> None:
    notes = (
        "### Attendees\n* Tommy Naugle\n\n"
        "1. Rebuild JIRA, let's start grooming tasks into components (todo)\n"
        "  * Web site cleanup (akm and tommy to work off tommy's spreadsheet)\n"
        "  * Continued data structure work (tommy in flight, akm to review)\n"
        "1. Ask INFRA again about boards (done)\n"
    )
    items = extract(notes)
    assert [(i.task, i.owners) for i in items] == [
        ("Start grooming tasks into components", ()),
        (
            "Web site cleanup (akm and tommy to work off tommy's spreadsheet)",
            ("akm", "Tommy Naugle"),
        ),
        ("Continued data structure work (tommy in flight, akm to review)", ("akm",)),
    ]


def test_a_task_and_a_commitment_in_its_brackets_are_two_items() -> None:
    items = extract("- Add acceptance criteria for issues (The TA will send an issue template)")
    assert [(i.task, i.owners) for i in items] == [
        ("Add acceptance criteria for issues", ()),
        ("Send an issue template", ("TA",)),
    ]


def test_zero_width_characters_and_emoji_do_not_break_extraction() -> None:
    notes = (
        "\ufeff📌 Ben\u200b to update the road\u200dmap doc by Fri\u200b 🎉\n"
        "✅ Sam\u2060 will send the deck\n"
        "- [ ] Priya: share the article\ufe0f\n"
    )
    items = extract(notes, mentee="Sam", mentor="Priya", author="mentee")
    assert [(i.task, i.owner, i.due) for i in items] == [
        ("Update the roadmap doc", "Ben", date(2025, 11, 21)),
        ("Send the deck", "Sam", None),
        ("Share the article", "Priya", None),
    ]


def test_clean_notes_reads_front_matter_links_and_admonitions() -> None:
    cleaned = clean_notes(
        "---\ndate: 2025-08-01\nauthors: [team]\n---\n"
        '[Minutes](https://x.org/1) here\n!!! check "Action items"\n'
    )
    assert cleaned.front_matter["date"] == date(2025, 8, 1)
    assert cleaned.text.split("\n")[:2] == ["Minutes here", "## Action items"]


def test_front_matter_with_a_tab_after_a_value_is_still_front_matter() -> None:
    cleaned = clean_notes('---\nlayout: post\nauthor: "Ana Ruiz"\t\n---\nWe met today.\n')
    assert cleaned.front_matter["author"] == "Ana Ruiz"
    assert cleaned.text == "We met today.\n"


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("---\ndate: 2025-08-01\n---\n- x", date(2025, 8, 1)),
        ("# OpenCue TSC Meeting Notes 12 Apr 2023\n", date(2023, 4, 12)),
        ("| Date: | 26-03-2024 |\n", date(2024, 3, 26)),
        ("Week no.: 4, 22-09-2020\n", date(2020, 9, 22)),
        ("no date here\n", None),
    ],
)
def test_the_notes_own_date(notes: str, expected: date | None) -> None:
    assert notes_date(notes) == expected


def test_the_notes_own_date_is_today_when_none_is_given() -> None:
    notes = "Date: 2024-03-26\n- Kris will send the draft by Friday\n"
    [item] = extract_action_items(notes, author=None)
    assert item.due == date(2024, 3, 29)


def test_numeric_dates_follow_the_notes_own_order_when_ambiguous() -> None:
    day_first = "Date: 22-09-2020\n- Send the report by 03/10\n- Book the lab by 25/10\n"
    assert [i.due for i in extract(day_first, today=None)] == [
        date(2020, 10, 3),
        date(2020, 10, 25),
    ]
    month_first = "- Send the report by 03/10"
    [item] = extract(month_first)
    assert item.due == date(2026, 3, 10)
    assert item.warning and "03/10" in item.warning


def test_an_impossible_date_is_reported_not_kept() -> None:
    [item] = extract("- Sam to send the deck by 30 February", mentee="Sam")
    assert item.task == "Send the deck" and item.due is None
    assert item.warning == "30 February is not a date; no due date was set."
    assert item.to_dict()["warning"] == item.warning


def test_before_the_next_meeting_uses_the_next_meetings_date() -> None:
    notes = "- Ana to draft the plan before the next meeting\nNext meeting: 3 December\n"
    [item] = extract(notes)
    assert (item.task, item.due) == ("Draft the plan", date(2025, 12, 3))


@pytest.mark.parametrize(
    ("line", "task", "owners"),
    [
        ("- [ ] @alice review PR #123", "Review PR #123", ("alice",)),
        ("TODO(marco): remove deprecated flags", "Remove deprecated flags", ("Marco",)),
        ("**Alice** to draft the release notes", "Draft the release notes", ("Alice",)),
        ("Eve agreed to review the budget", "Review the budget", ("Eve",)),
        ("Frank: will look into the flaky test", "Look into the flaky test", ("Frank",)),
        (
            "- Follow up with legal about the CLA (Leo)",
            "Follow up with legal about the CLA",
            ("Leo",),
        ),
        ("- Trent needs to renew the certificate", "Renew the certificate", ("Trent",)),
        ("AI (Omar): share the checklist", "Share the checklist", ("Omar",)),
        ("Follow-up: Sam to send notes", "Send notes", ("Sam",)),
    ],
)
def test_common_assignment_forms(line: str, task: str, owners: tuple[str, ...]) -> None:
    [item] = extract(line)
    assert (item.task, item.owners) == (task, owners)


@pytest.mark.parametrize(
    "line",
    ["AI is hard to get right", "Decision: we will adopt semver", "- [x] Judy sent the minutes"],
)
def test_not_assignments(line: str) -> None:
    assert extract(line) == []


def test_an_owner_in_brackets_or_with_a_deadline_makes_an_agenda_line_a_task() -> None:
    notes = """# Organisers' call
Attendees: Priya Shah (PS), Tom Reid (TR), Ana Lopes

## Agenda
- Update on the venue booking (Ana)
- Book the caterer and confirm numbers (Tom - deadline: 3 Dec)
- Plan the volunteer rota (Ana)
- Decide on the theme

## Notes
[PS]   Set up the shared drive for the sponsors.
[TR] Tom Reid
[All]  Review the draft schedule.
"""
    got = {(i.task, i.owner, i.due) for i in extract(notes)}
    # names are the participants' as the notes list them; initials stay as written
    assert ("Book the caterer and confirm numbers", "Tom Reid", date(2025, 12, 3)) in got
    assert ("Plan the volunteer rota", "Ana Lopes", None) in got
    assert ("Set up the shared drive for the sponsors", "PS", None) in got
    assert ("Review the draft schedule", "everyone", None) in got
    tasks = {task for task, _, _ in got}
    assert "Update on the venue booking" not in tasks  # a report the agenda asks for
    assert "Decide on the theme" not in tasks  # a topic, no owner
    assert not any("Tom Reid" in task for task in tasks)  # an attendee line


def test_names_joined_by_a_slash_share_a_task_and_a_speakers_narration_is_none() -> None:
    notes = """Attendees: Alan, Srikanth, Nico

Alan/Srikanth to review the 3.0 spec draft
NICO: presents the roadmap slides
"""
    got = [(i.task, i.owners) for i in extract(notes)]
    assert got == [("Review the 3.0 spec draft", ("Alan", "Srikanth"))]


def test_a_speakers_i_in_minutes_is_the_speaker() -> None:
    notes = """Present: Niko, Carol, Tomas (TM)

Niko: I'll put up an RFC for this.
TM: I will update the wiki by Friday
Carol: I'll be honest, it's a mess.
"""
    got = [(i.task, i.owner, i.due) for i in extract(notes)]
    assert got == [
        ("Put up an RFC for this", "Niko", None),
        ("Update the wiki", "TM", date(2025, 11, 21)),
    ]


def test_done_closed_and_role_lines_are_not_tasks_and_an_action_addressed_to_a_group_is() -> None:
    notes = """Attendees: Vincent, Behdad

## Action items
- ACTION: Vincent to ask the sysadmins to reset the password (DONE during meeting)
- Action 3.1: Behdad to draft the timetable. _Closed_
- Update the budget sheet - done
- Action to API Backlog WG to nominate the initial maintainers
- [ ] Adnan Saleem - (Radisys) End User Council representative
"""
    got = [(i.task, i.owner) for i in extract(notes)]
    assert got == [("Nominate the initial maintainers", "API Backlog WG")]


def test_possibilities_narration_and_suggestions_are_not_tasks() -> None:
    notes = """Attendees: Ege, Priya

We can evolve the process as we learn.
We will see.
Ege introduces the aims for this call.
Suggest we keep the old account for now.
Priya sends the calendar invite
"""
    got = [(i.task, i.owner) for i in extract(notes)]
    assert got == [("Send the calendar invite", "Priya")]


def test_a_speakers_lets_a_plan_of_ones_own_a_next_step_and_a_status_tail() -> None:
    notes = """Present: Carol, RCA

Carol: Let's move the proposal into review.
RCA : Once we split the issues i will work on labelling them
My goal is to get the position paper to a full draft by Friday.
Next step is to explore how the release pipeline will be migrated.

## Actions
- Action 2.4: Contact Sarah about the runoff data. _Ongoing._ AM and AW are testing it.
- Action 2.6: RCA to run the pending jobs.
"""
    got = [(i.task, i.owner, i.due) for i in extract(notes, author="Carol")]
    assert got == [
        ("Move the proposal into review", None, None),
        ("Work on labelling them", "RCA", None),
        ("Get the position paper to a full draft", "Carol", date(2025, 11, 21)),
        # a step with no owner in the writer's own prose is the writer's; in an action list
        # it is nobody's until someone is named
        ("Explore how the release pipeline will be migrated", "Carol", None),
        ("Contact Sarah about the runoff data", None, None),
        ("Run the pending jobs", "RCA", None),
    ]


def test_a_lists_deadline_said_above_it_dates_its_items() -> None:
    notes = """# Weekly 2025-11-17
Attendees: Ana, Bo

## Tasks for everyone
To be done until **Friday 21.11.2025**:
- Ana: review the open PRs
- Bo: update the sprint plan (by Thursday)

**Moving forwards (for Friday and beyond):**
- Ana: finish the data analysis
"""
    got = [(i.task, i.owner, i.due) for i in extract(notes, today=date(2025, 11, 17))]
    assert got == [
        ("Review the open PRs", "Ana", date(2025, 11, 21)),
        ("Update the sprint plan", "Bo", date(2025, 11, 20)),
        ("Finish the data analysis", "Ana", date(2025, 11, 21)),
    ]


def test_the_meetings_own_date_in_a_heading_is_no_deadline() -> None:
    notes = "## Meeting on 2025-11-17\n- Ana to review the open PRs\n"
    assert [i.due for i in extract(notes)] == [None]


def test_people_named_alone_in_a_list_own_the_tasks_nested_with_them() -> None:
    notes = """Attendees: Nidhi, Sydney

## Assignments
- ==@raulk==
    - Review the daemon PR.
- Upload the Miro images to the repo
    - Nidhi
- Plan the material for the workshop
    - Nidhi and Sydney
- Post the slides
    - LinkedIn
"""
    got = [(i.task, i.owners) for i in extract(notes)]
    assert got[:3] == [
        ("Review the daemon PR", ("raulk",)),
        ("Upload the Miro images to the repo", ("Nidhi",)),
        ("Plan the material for the workshop", ("Nidhi", "Sydney")),
    ]
    assert got[3][1] == ()  # "LinkedIn" is not someone the notes list


def test_minutes_slots_motions_proposals_and_lead_ins_are_not_tasks() -> None:
    notes = """Attendees: Chris, Aapeli, Greg

Aapeli: finished the filters PR. Next: go through the support backlog.
Chris + Aapeli to write the monthly blog post
TODO: Greg update the budget sheet
- Identify blockers / answer questions `30min`
- Weekly sync (45 mins)
- PR#18741, PR#18742,
- Proposal: move the meeting to Sundays
- move SH 2nd NB that the fundraising members be accepted. passed without dissent
- I'll have to dedicate most of my week to:
"""
    got = [(i.task, i.owners) for i in extract(notes)]
    assert got == [
        ("Go through the support backlog", ("Aapeli",)),
        ("Write the monthly blog post", ("Chris", "Aapeli")),
        ("Update the budget sheet", ("Greg",)),
    ]


def test_a_lead_ins_deadline_ends_with_its_list() -> None:
    notes = """Attendees: Ana, Niko

To be done until Friday 21.11.2025:
- Ana: review the open PRs

Niko: I will book the room.
"""
    got = [(i.task, i.due) for i in extract(notes, today=date(2025, 11, 17))]
    assert got == [("Review the open PRs", date(2025, 11, 21)), ("Book the room", None)]


def test_table_with_a_row_number_column_reads_the_wordiest_task_column() -> None:
    notes = "\n".join(
        [
            "## Action Items",
            "| **Item** | **Action Description** | **Assignee(s)** | **Due Date** |",
            "|----------|------------------------|-----------------|--------------|",
            "| 1 | Prepare for the client meeting. | Product Owner, Client Liaison, Backend Lead"
            " | Friday |",
            "| 2 | Start structuring the repo. | Everyone | 2025-11-28 |",
        ]
    )
    items = extract(notes)
    assert [i.task for i in items] == [
        "Prepare for the client meeting",
        "Start structuring the repo",
    ]
    assert items[0].owners == ("Product Owner", "Client Liaison", "Backend Lead")
    assert items[0].due == date(2025, 11, 21)
    assert items[1].owner == "everyone" and items[1].due == date(2025, 11, 28)


def test_table_row_with_owner_and_date_cells_swapped_keeps_both() -> None:
    notes = "\n".join(
        [
            "| what | when | who |",
            "|---|---|---|",
            "| Agree the evaluation tasks | all | 5 Dec |",
        ]
    )
    (item,) = extract(notes)
    assert item.owner == "everyone"
    assert item.due == date(2025, 12, 5)


def test_bracketed_owners_under_an_action_heading_whatever_the_first_word() -> None:
    notes = "\n".join(
        [
            "## Action Items",
            "* [ ] [Rob Z] Move Lexer Lookaheads to stage 3",
            "* [ ] [Lee] Grant website access to Tanay and Orta",
            "* [ ] [Mike, Ivan] Alpha version of interfaces implementing interfaces",
        ]
    )
    got = [(i.task, i.owners) for i in extract(notes)]
    assert got == [
        ("Move Lexer Lookaheads to stage 3", ("Rob Z",)),
        ("Grant website access to Tanay and Orta", ("Lee",)),
        ("Alpha version of interfaces implementing interfaces", ("Mike", "Ivan")),
    ]


def test_a_motion_is_not_a_move_task() -> None:
    assert extract("## Actions\n- Moved by JS, seconded by AB") == []
    assert [i.task for i in extract("## Actions\n- Move the docs to the wiki")] == [
        "Move the docs to the wiki"
    ]


def test_under_an_action_heading_a_line_must_say_a_deed() -> None:
    notes = "\n".join(
        [
            "## Actions",
            "- Open PRs",
            "    - upcoming - tolerations",
            "    - (merged, docs)",
            "    - max-pod age bug fix",
            "- Release the chart before the conference",
            "- Regularly check the rolling schedule",
            "- each team member will submit their documentation",
        ]
    )
    tasks = [i.task for i in extract(notes)]
    assert "Release the chart before the conference" in tasks
    assert "Regularly check the rolling schedule" in tasks
    assert any("submit their documentation" in t.lower() for t in tasks)
    assert not any("tolerations" in t or "merged" in t or "bug fix" in t for t in tasks)


def test_a_dated_plan_in_the_first_person_is_a_commitment() -> None:
    notes = "\n".join(
        [
            "- We want to finish the code of conduct by Sunday.",
            "- We start coding this week.",
            "- We take a checkstyle from Google.",  # a decision, no date to come
            "- We want to grow as a team.",  # a wish, no date
        ]
    )
    got = [(i.task, i.due) for i in extract(notes)]
    assert got == [
        ("Finish the code of conduct", date(2025, 11, 23)),
        ("Start coding", date(2025, 11, 21)),
    ]


def test_restructuredtext_references_name_their_people() -> None:
    notes = "Present: `Daniel`_, `Ann`_\n\n4. `Daniel`_ will take a look at the loose fixture.\n"
    (item,) = extract(notes)
    assert (item.task, item.owner) == ("Take a look at the loose fixture", "Daniel")


def test_a_topic_then_a_named_persons_commitment() -> None:
    got = [(i.task, i.owner) for i in extract("* Agenda - Lynne to work on the draft agenda.")]
    assert got == [("Work on the draft agenda", "Lynne")]
    assert extract("- Communication more generally - we need to begin that.") == []


def test_last_meetings_items_gone_over_are_status_not_new_tasks() -> None:
    notes = "\n".join(
        [
            "## Previous Action Items",
            "* [Mike] Publish a post about interface implementation",
            "    * Mostly written, awaiting for release to be cut.",
            "    * Will revisit later today",
            "* Lee will write up a draft plan for the freeze.",
            "## Action Items",
            "* Add this requirement to the agenda template.",
        ]
    )
    tasks = [i.task for i in extract(notes, author=None)]
    assert "Write up a draft plan for the freeze" in tasks  # a commitment made anew
    assert "Add this requirement to the agenda template" in tasks
    assert not any("Mostly written" in t for t in tasks)


def test_prose_wrapped_at_a_fixed_width_is_read_as_its_sentences() -> None:
    notes = "\n".join(
        [
            "The primary business of the meeting was to go over the inspection issues.",
            "We must let the sellers know of any issues by Monday, November 24. Once they",
            "respond, we will know more. We will have some opportunities as we paint the",
            "exterior, work on the drainage and change the landscaping.",
        ]
    )
    tasks = [i.task for i in extract(notes)]
    assert "Let the sellers know of any issues" in tasks
    assert not any(t.endswith(" the") or t == "Have to" for t in tasks)
    # chat shorthand, a line each in lower case, stays a line each
    chat = "todo: grace to forward the internal mobility FAQ and the reorg timeline doc\n"
    chat += "me -> book 30 min with my manager"
    assert len(extract(chat)) == 2


def test_she_is_the_person_named_before_her_not_after() -> None:
    notes = (
        "Attendees: Rebecca Nelson, Jordan Goetze\n\n"
        "Rebecca has heard back from the commission. She will confirm meeting times with them, "
        "and then get back to Jordan on this."
    )
    assert [(i.task, i.owner) for i in extract(notes)] == [
        ("Confirm meeting times with them", "Rebecca Nelson"),
        ("Get back to Jordan on this", "Rebecca Nelson"),
    ]


def test_a_groups_choice_of_tool_is_a_decision_not_a_task() -> None:
    notes = "\n".join(
        [
            "* We will use ZOOM meetings with LF sign-on",
            "* Pull Request Method: We will use a forking workflow for all pull requests.",
            "* Ian said we will use Gatsby.",
            "* We will update the README.",
        ]
    )
    assert [i.task for i in extract(notes)] == ["Update the README"]


def test_the_writers_own_choice_of_tool_or_method_is_no_task_either() -> None:
    notes = "I'll use Rust for the parser. We will follow a kanban board. We will follow up."
    assert [i.task for i in extract(notes)] == ["Follow up"]


def test_a_view_after_a_speakers_label_is_no_task() -> None:
    notes = "\n".join(
        [
            "Attendees: Christoph Deil, Thorsten Glaser",
            "",
            "* Christoph: agree that DL4 should be a topic.",
            "* Thorsten: Agrees getting more feedback would be really useful.",
            "* Christoph: agree on a release date with the team.",
        ]
    )
    assert [i.task for i in extract(notes)] == ["Agree on a release date with the team"]


def test_a_participants_label_then_work_on_is_their_share_of_the_work() -> None:
    notes = "\n".join(
        [
            "Attendees: Stefania Faur, Thijs van Deventer, Madhav Tiwari",
            "",
            "- Possible questions about the new labels",
            "    - Stefania: work on frontend and accessibility",
            "    - Thijs and Madhav: work on collections",
            "    - Stefania: working on the sync bugs",  # how far she has got
            "    - Madhav: work in progress",
        ]
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Work on frontend and accessibility", ("Stefania Faur",)),
        ("Work on collections", ("Thijs van Deventer", "Madhav Tiwari")),
    ]


def test_a_question_without_its_mark_is_no_task() -> None:
    notes = "\n".join(
        [
            "## Actions",
            "* Can we leverage test-infra in testing of clusters",
            "* Simon: Do we need to maintain a solution for the old site",
            "* Can you send me the deck",
            "* Do the homework",
        ]
    )
    tasks = [i.task for i in extract(notes)]
    assert tasks == ["Can you send me the deck", "Do the homework"]


def test_a_speakers_label_then_will_is_the_speakers_task() -> None:
    notes = "Attendees: GR, LJ\n\n## Retro\n- GR: Will put something in calendar.\n"
    notes += "- Purpose: To review your progress\n"
    got = [(i.task, i.owner) for i in extract(notes)]
    assert got == [("Put something in calendar", "GR")]


def test_will_be_doing_is_the_plan_of_a_named_person_or_we() -> None:
    notes = "\n".join(
        [
            "Attendees: Teodora Mihaila, Yair Chizi",
            "",
            "* Teodora will be working on the back end part.",
            "* We will be adding a field for donations.",
            "* Chiplote will be sponsoring one lunch.",  # a sponsor, not a participant
            "* It was decided that I would be taking the lead.",
        ]
    )
    got = [(i.task, i.owner) for i in extract(notes)]
    assert got == [
        ("Working on the back end part", "Teodora Mihaila"),
        ("Adding a field for donations", None),
    ]


def test_a_decision_after_a_lead_phrase_is_still_the_groups_plan() -> None:
    notes = "For the next meeting, we decided to categorize the issues before the meeting."
    assert [i.task for i in extract(notes)] == ["Categorize the issues before the meeting"]


def test_advice_the_writer_takes_on_is_the_writers_task() -> None:
    notes = "\n".join(
        [
            "Matthew suggested I try running it with different data sets.",
            "My first milestone will be to build the code.",
            "Marcus suggested I look at how other leads work, so I'm going to ask two of them.",
        ]
    )
    tasks = [i.task for i in extract(notes, author="Sam")]
    assert tasks == [
        "Try running it with different data sets",
        "Build the code",
        "Ask two of them",
    ]


def test_a_link_the_task_is_done_at_stays_in_the_task() -> None:
    notes = (
        "* Please submit comments at https://docs.google.com/document/d/1qtD/edit by Friday\n"
        "* Schema milestone: https://github.com/CVEProject/cve-schema/milestone/6\n"
        "* Ana will review [the draft](https://x.org/draft)\n"
    )
    items = extract(notes)
    assert [(i.task, i.due) for i in items] == [
        ("Submit comments at https://docs.google.com/document/d/1qtD/edit", date(2025, 11, 21)),
        ("Review the draft", None),
    ]


def test_a_state_someone_will_be_in_is_no_task() -> None:
    notes = (
        "We will know more about them when an HVAC contractor takes a look at them.\n"
        "* Minikube will become harder and harder to use for testing\n"
        "* Erik will ask Min how to spawn a pod\n"
    )
    assert [i.task for i in extract(notes)] == ["Ask Min how to spawn a pod"]


def test_a_step_under_way_is_not_a_report_for_an_ed_word_in_it() -> None:
    notes = (
        "Present: Krishna, Navi\n\n"
        "* Krishna: Working on filters. Next: Working on bug for expired requests.\n"
        "* Innovation in styling shelved for now\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Working on bug for expired requests", ("Krishna",))
    ]


def test_a_role_in_brackets_after_a_name_leaves_the_name_the_subject() -> None:
    notes = (
        "Attendees: Brian Bush (SME), Ana Lee\n\n"
        "- Brian Bush (SME) to provide graphical mapping for Leios\n"
        "- Ana Lee (chair) will book the room\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Provide graphical mapping for Leios", ("Brian Bush",)),
        ("Book the room", ("Ana Lee",)),
    ]


def test_advice_to_whoever_it_concerns_is_no_task() -> None:
    notes = (
        "Present: Rahul, Greg\n\n"
        "You should still reasonably try to contact people before claiming a machine.\n"
        "They must come forward about a month in advance.\n"
        "* Everyone should do GSoC.\n"
        "* Everyone to submit their reflections\n"
        "* Rahul will explore setting up a wiki\n"
    )
    assert [i.task for i in extract(notes)] == [
        "Submit their reflections",
        "Explore setting up a wiki",
    ]
    # in a mentoring session "you" is the mentee
    session = extract("You should update your CV by Friday.", author="mentor")
    assert [i.task for i in session] == ["Update your CV"]


def test_an_indented_paragraph_wrapped_at_its_indent_is_one_sentence() -> None:
    notes = (
        "Present: Vincent Untz, Behdad Esfahbod\n\n"
        "   Vincent and Behdad will choose a mixed list of volunteers and\n"
        "   invited people for the selection committee. Volunteers from the\n"
        "   meeting: Lucas and Ryan.\n"
    )
    items = extract(notes)
    assert [(i.task, i.owners) for i in items] == [
        (
            "Choose a mixed list of volunteers and invited people for the selection committee",
            ("Vincent Untz", "Behdad Esfahbod"),
        )
    ]


def test_a_question_asked_with_do_and_a_second_verb_is_no_task() -> None:
    notes = "* Do the npm repos have 2FA, etc.\n* Do the review of the npm repos\n"
    assert [i.task for i in extract(notes)] == ["Do the review of the npm repos"]


def test_a_line_that_is_one_link_is_a_reference_not_a_task() -> None:
    notes = (
        "#### Review Pull requests\n\n"
        "[Add requirements.txt file for Binder.](https://github.com/chaoss/wg-gmd/pull/80)\n"
        "*   Merged\n\n"
        "Add a link to the [release page](https://github.com/chaoss/wg-gmd/releases)\n"
    )
    assert [i.task for i in extract(notes)] == ["Add a link to the release page"]


def test_a_deed_in_brackets_that_only_stands_for_the_task_names_its_owner() -> None:
    notes = (
        "Present: Tiffany, Britt, Adriana\n\n"
        "Look into processes for software carpentry workshops (Tiffany to find out details)\n"
        "Recruit volunteers to act as mentors (Britt will email CS and VanBug)\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Look into processes for software carpentry workshops", ("Tiffany",)),
        # a deed of its own in the brackets stays as written
        ("Recruit volunteers to act as mentors (Britt will email CS and VanBug)", ("Britt",)),
    ]


def test_an_impression_a_quantity_or_a_notice_is_no_task() -> None:
    notes = (
        "## Next actions\n"
        "- Seems like this will be needed regardless of other conversations.\n"
        "- Lots of possibilities for scope, length and money\n"
        "- Heads up re: JupyterCon - Carol scheduled for two talks at once.\n"
        "- Looks like the chart is ready\n"
        "- Release the chart\n"
    )
    assert [i.task for i in extract(notes)] == ["Release the chart"]


def test_a_link_with_only_a_bracketed_note_is_no_task() -> None:
    notes = (
        "## Actions\n"
        "- https://github.com/jupyterhub/kubespawner/pull/232 (docs - need a rebase)\n"
        "- (Britt to send the link)\n"
    )
    assert [i.owners for i in extract(notes)] == [("Britt",)]  # an aside of its own stays


def test_what_someone_will_ask_is_their_task_not_a_question() -> None:
    notes = (
        "Present: Erik, Min\n\n"
        "* Erik will ask Min: within a test-script, how to spawn a pod?\n"
        "* Can we leverage test-infra for the clusters?\n"
    )
    items = extract(notes)
    assert [i.owners for i in items] == [("Erik",)]
    assert items[0].task.startswith("Ask Min: within a test-script, how to spawn a pod")


def test_i_later_in_a_speakers_line_is_the_speaker() -> None:
    notes = (
        "Present: Till, Nick\n\n"
        "Till: Thanks. I will work with David on the announcement. I’ll have a standing topic.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Work with David on the announcement", ("Till",)),
        ("Have a standing topic", ("Till",)),
    ]


def test_a_speakers_tag_in_brackets_is_who_i_is_in_scribe_notes() -> None:
    notes = (
        " * Chair: Simeon Vincent\n * Scribes: Rob Wu\n\n"
        "## Attendees\n\n 1. Simeon Vincent\n 2. Rob Wu\n 3. Dominik Stanczak\n\n"
        "## Meeting notes\n\n"
        " * [simeon] I'll look into adding API definitions from Chrome's side.\n"
        " * [rob] Timothy, can you label this? I'll put the label on it.\n"
        " * [Dominik] will try to rewrite the tracker using this\n"
        " * [Dominik] Review the tracker PR\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Look into adding API definitions from Chrome's side", ("Simeon Vincent",)),
        ("Put the label on it", ("Rob Wu",)),
        ("Try to rewrite the tracker using this", ("Dominik Stanczak",)),
        ("Review the tracker PR", ("Dominik Stanczak",)),
    ]


def test_he_is_the_person_who_spoke_when_the_notes_list_no_one() -> None:
    notes = (
        "Ian said we will use Gatsby.  He will create a Pull Request very soon.\n\n"
        "Pablo got accepted for a PhD program, so he will try to speed up the deliverables.\n\n"
        "Forking creates a clone. He will check the docs.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Create a Pull Request very soon", ("Ian",)),
        ("Try to speed up the deliverables", ("Pablo",)),
        ("Check the docs", ()),
    ]


def test_an_action_item_marked_inside_brackets_is_one_of_its_own() -> None:
    notes = (
        "Present: Raul, Anton\n\n"
        "- Alternatively: C) Rewrite the spec (AI: Raul to rewrite the spec, in parallel)\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Rewrite the spec, in parallel", ("Raul",))
    ]


def test_a_duty_at_the_next_meeting_is_the_named_persons_item() -> None:
    notes = (
        "Chair: Ana Lee\n"
        "Minute taker in week 4: Anne-Sophie\n"
        "* Next chair-person: Denisa Arsene\n"
        "* chair for 19th: tbc\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Minute taker in week 4", ("Anne-Sophie",)),
        ("Next chair-person", ("Denisa Arsene",)),
    ]


def test_whoever_is_responsible_for_numbered_steps_owns_each() -> None:
    notes = (
        "### Summary:\n"
        "  * Teams are responsible for 1) Creating a Project Page and 2) Updating the page.\n"
        "  * The team is responsible for keeping track of all meeting notes.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Creating a Project Page", ("Teams",)),
        ("Updating the page", ("Teams",)),
        ("Keeping track of all meeting notes", ("everyone",)),
    ]


def test_a_thing_to_be_assigned_to_someone_is_their_task() -> None:
    notes = (
        "Present: Martha Snelgrove, Brady Mitchelmore\n\n"
        "## Scrum notes\n"
        "- css styling will be assigned to Martha Snelgrove ***issue 88***\n"
        "- a school ambassador will be assigned to each school\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [("Css styling", ("Martha Snelgrove",))]


def test_a_joining_word_in_brackets_before_to_is_no_owner() -> None:
    notes = "- tests need to not fail (or to actually start)\n- Fix the test (akm to review)\n"
    assert [i.owners for i in extract(notes)] == [("Akm",)]  # a handle before "to" still is


def test_a_greeting_or_thanks_is_no_task() -> None:
    notes = (
        "Present: Daniel Ebert (DE), Marc\n\n"
        "DE: Welcome to Marc\n"
        "- Thanks to Marc for the demo\n"
        "- Congrats to the team!\n"
        "- Send the slides to Marc\n"
    )
    assert [i.task for i in extract(notes)] == ["Send the slides to Marc"]


def test_why_a_task_is_done_in_brackets_is_left_out_of_it() -> None:
    notes = (
        "- Action to APIBacklog WG to nominate the maintainers (so that the repo can be set up\n"
        "- Sam will book the room (in order to have it on Friday)\n"
        "- Ana will send the deck (the short one)\n"
        "- Sam to plan this together (note, in the following meeting)\n"
    )
    assert [i.task for i in extract(notes)] == [
        "Nominate the maintainers",
        "Book the room",
        "Send the deck (the short one)",
        "Plan this together",
    ]


def test_a_reminder_is_read_as_the_task_it_reminds_of() -> None:
    notes = "- Do not forget to do BuddyCheck!\n- Remember to submit the timesheet\n"
    assert [i.task for i in extract(notes)] == ["Do BuddyCheck", "Submit the timesheet"]


def test_a_task_said_for_two_days_is_due_on_the_later() -> None:
    notes = "- TODO: Send out public communications on Monday and Tuesday.\n"
    assert [(i.task, i.due) for i in extract(notes)] == [
        ("Send out public communications", date(2025, 11, 25))
    ]


def test_a_necessity_foreseen_is_no_commitment() -> None:
    notes = (
        "We know that they are not efficient and that when we add to the building, we will have "
        "to consider heating solutions.\n"
        "- Changes will have to go through the TSC members first\n"
        "- I will have to redo the slides by Friday\n"
    )
    assert [i.task for i in extract(notes, author="Sam")] == ["Have to redo the slides"]


def test_a_necessity_under_a_next_steps_heading_is_a_step_taken_on() -> None:
    notes = (
        "## Discussion\nWe will have to compare the two vendors at some point.\n\n"
        "## Next steps\nWe will have to collect the survey answers before the retreat.\n"
    )
    tasks = [i.task for i in extract(notes)]
    assert len(tasks) == 1 and "collect the survey answers" in tasks[0]


@pytest.mark.parametrize(
    ("line", "task", "owners"),
    [
        ("* **[Action - Lee]** Write up a draft plan", "Write up a draft plan", ("Lee",)),
        ("* [Lee] [Action: Rob Z] Add a note to the spec", "Add a note to the spec", ("Rob Z",)),
        ("* [Rob Z] **[Action - Rob Z]** Let's move to stage 3", "Move to stage 3", ("Rob Z",)),
        ("* [AI] Post the slides", "Post the slides", ()),
    ],
)
def test_a_bracketed_action_tag_marks_a_task_and_names_its_owner(
    line: str, task: str, owners: tuple[str, ...]
) -> None:
    notes = f"## Discussion\n\n* [Lee] I'd like a freeze window before the release\n{line}\n"
    assert [(i.task, i.owners) for i in extract(notes)] == [(task, owners)]


@pytest.mark.parametrize(
    ("line", "due"),
    [
        ("- Hazwan: install pegboards in the hardware room this month.", date(2025, 11, 30)),
        ("- Sam will send the report by the 28th", date(2025, 11, 28)),
        ("- Sam will send the report by 3rd", date(2025, 12, 3)),  # the 3rd has passed
        ("| Record 2 minute explainers | by 17th | JL |", date(2025, 12, 17)),
        ("- Sam will send the report by the 19th", date(2025, 11, 19)),  # today
        ("- Sam will send the report by the 7th of each month", None),
    ],
)
def test_a_day_of_the_month_alone_and_this_month_are_due_dates(line: str, due: date | None) -> None:
    notes = line if not line.startswith("|") else "| Task | Due | Who |\n|---|---|---|\n" + line
    assert [i.due for i in extract(notes)] == [due]


@pytest.mark.parametrize(
    "line",
    [
        "Action item: Everyone on call should approve it asap",
        "- Everyone on the team should approve it asap",
        "- Everybody in the room will approve it asap",
        "- Each board member will approve it asap",
        "- All committee members should approve it asap",
    ],
)
def test_everyone_there_is_everyone(line: str) -> None:
    assert [(i.task, i.owners) for i in extract(line)] == [("Approve it asap", ("everyone",))]


def test_a_hedging_word_in_brackets_is_not_a_handle() -> None:
    notes = (
        "- We have around $8000 and often run a surplus (though will probably run a loss).\n"
        "- Look into X (akm to review)\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Look into X (akm to review)", ("Akm",))
    ]


def test_toml_front_matter_is_read_not_left_in_the_notes() -> None:
    notes = (
        "+++\ntitle = '15th Summer 2023 Meeting'\ndate = 2023-08-12T15:46:52-04:00\n"
        "draft = false\n+++\n\n- Christian will work on an Engage posting\n"
    )
    cleaned = clean_notes(notes)
    assert "draft" not in cleaned.text and cleaned.front_matter["draft"] is False
    assert notes_date(notes) == date(2023, 8, 12)
    assert [i.task for i in extract(notes)] == ["Work on an Engage posting"]


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("by EOW", date(2025, 11, 21)),
        ("by COB", date(2025, 11, 19)),
        ("EOM", date(2025, 11, 30)),
        ("within the week", date(2025, 11, 21)),
        ("within 48hrs after the meeting", date(2025, 11, 21)),
        ("in 24 hours", date(2025, 11, 20)),
        ("due: 28.11", date(2025, 11, 28)),
        ("until 5.12.", date(2025, 12, 5)),
        ("due: 31.02", None),
    ],
)
def test_office_shorthand_and_a_dotted_day_and_month_are_due_dates(
    said: str, due: date | None
) -> None:
    assert [i.due for i in extract(f"- Sam will send the report {said}")] == [due]


@pytest.mark.parametrize(
    ("line", "task", "owners"),
    [
        ("- Update the docs @sam", "Update the docs", ("Sam Lee",)),
        ("- Fix the build @amy @raul", "Fix the build", ("amy", "raul")),
        ("- Update the docs => Sam", "Update the docs", ("Sam Lee",)),
        ("- Update the docs -> Mark", "Update the docs", ("Mark Waite",)),
        ("- Migrate from Jenkins -> GitHub Actions", "Migrate from Jenkins -> GitHub Actions", ()),
    ],
)
def test_a_handle_or_an_arrow_after_the_task_names_its_owner(
    line: str, task: str, owners: tuple[str, ...]
) -> None:
    notes = f"Attendees: Sam Lee, Mark Waite\n\n## Action items\n{line}\n"
    assert [(i.task, i.owners) for i in extract(notes)] == [(task, owners)]


@pytest.mark.parametrize(
    ("line", "task", "owners"),
    [
        ("- (Sam) update the docs", "Update the docs", ("Sam Lee",)),
        ("- (Sam/Ben) fix the login", "Fix the login", ("Sam Lee", "Ben Ng")),
        ("- (Optional) update the docs", "(Optional) update the docs", ()),
    ],
)
def test_someone_the_notes_list_in_brackets_before_the_task_owns_it(
    line: str, task: str, owners: tuple[str, ...]
) -> None:
    notes = f"Attendees: Sam Lee, Ben Ng\n\n## Action items\n{line}\n"
    assert [(i.task, i.owners) for i in extract(notes)] == [(task, owners)]


def test_a_task_tables_name_column_is_its_owner_and_a_done_row_is_left_out() -> None:
    notes = (
        "Attendees: Sam Lee, Ben Ng\n\n"
        "| Name | Task | Status |\n|---|---|---|\n"
        "| Sam | update the docs | open |\n| Ben | book the room | Done |\n\n"
        "| Done? | Task | People |\n|---|---|---|\n"
        "| x | order food | Sam |\n| | print the slides | Ben |\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Update the docs", ("Sam Lee",)),
        ("Print the slides", ("Ben Ng",)),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "- Update the docs (Sam, Fri)",
        "- Update the docs (Sam - Friday)",
        "- Update the docs - @sam - by Friday",
    ],
)
def test_an_owner_then_a_day_after_the_task(line: str) -> None:
    notes = f"Attendees: Sam Lee, Ben Ng\n\n## Action items\n{line}\n"
    assert [(i.task, i.owners, i.due) for i in extract(notes)] == [
        ("Update the docs", ("Sam Lee",), date(2025, 11, 21))
    ]


def test_a_todo_for_someone_in_the_present_tense_is_theirs() -> None:
    notes = (
        "Attendance: Jeremiah Tantongco, Amy Kwok\n\n"
        "- TODO: Jeremiah tells the approximate date to hold the career fair.\n"
        "- Jeremiah loves the idea.\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Tell the approximate date to hold the career fair", ("Jeremiah Tantongco",))
    ]


def test_a_log_of_meetings_reads_each_meetings_dates_as_of_that_meeting() -> None:
    notes = (
        "# Team minutes\n\n"
        "## 2024.03.01\n"
        "1. We will meet Monday night to plan the demo\n\n"
        "### To do until 05.03.\n"
        "- draft the slides\n\n"
        "## Meeting 08.03.2024\n"
        "- Kim will send the report by Friday\n\n"
        "## Housekeeping\n"
        "- Post the notes by Friday\n"
    )
    assert notes_date(notes) == date(2024, 3, 8)  # the latest meeting
    items = {i.task.split()[0]: i.due for i in extract_action_items(notes, author=None)}
    assert items["Meet"] == date(2024, 3, 4)  # the Monday after 1 March
    assert items["Draft"] == date(2024, 3, 5)
    assert items["Send"] == date(2024, 3, 15)  # the Friday after 8 March
    assert items["Post"] == date(2024, 3, 15)  # outside any meeting: as of the notes' date


def test_one_dated_meeting_keeps_the_given_today() -> None:
    notes = "## Meeting 2024.03.01\n- Kim will send the report by Friday\n"
    (item,) = extract(notes)
    assert item.due == date(2025, 11, 21)  # the Friday after TODAY, as before


def test_an_order_to_each_reader_of_a_groups_notes_is_everyones() -> None:
    notes = "### To do\n- check your user story\n- draft 3 user stories each\n- book a room\n"
    assert [i.owners for i in extract(notes)] == [("everyone",), ("everyone",), ()]
    # in a session's notes "your" is the other person's, read as before
    (item,) = extract("## Next steps\n- update your CV\n", author="mentee", mentee="Sam")
    assert item.owners == ("Sam",)


@pytest.mark.parametrize(
    ("line", "owners"),
    [
        ("The infra team will set up the runners.", ("Infra team",)),
        ("The design committee will prepare mockups.", ("Design committee",)),
        ("The whole team will review the plan.", ("everyone",)),
    ],
)
def test_a_team_named_in_lower_case_owns_what_it_will_do(
    line: str, owners: tuple[str, ...]
) -> None:
    notes = f"Attendees: Ana Lopez, Ben Ode\n\n## Notes\n- We talked about CI. {line}\n"
    (item,) = extract(notes)
    assert item.owners == owners


def test_a_team_that_only_reports_owns_nothing() -> None:
    assert extract("Attendees: Ana Lopez\n\n## Notes\n- The infra team said CI is slow.\n") == []


@pytest.mark.parametrize(
    ("line", "owners"),
    [
        ("The migration guide will be written by Ben.", ("Ben Ode",)),
        ("The slides need to be reviewed by Ana.", ("Ana Lopez",)),
        ("The docs will be updated by Ben and Ana.", ("Ben Ode", "Ana Lopez")),
    ],
)
def test_a_thing_to_be_done_by_someone_named_is_their_task(
    line: str, owners: tuple[str, ...]
) -> None:
    (item,) = extract(f"Attendees: Ana Lopez, Ben Ode\n\n## Notes\n- {line}\n")
    assert item.owners == owners


def test_a_thing_done_by_no_one_named_is_no_task() -> None:
    notes = "Attendees: Ana Lopez\n\n## Notes\n- The budget will be approved by the board.\n"
    assert extract(notes) == []


def test_a_list_of_people_each_over_their_own_lines_owns_them() -> None:
    notes = """# 3 Mar

- Todo: book the lab room
- Oksana
  - Todo: plot the survey answers by week
  - away, sick on Friday
- Tamar
  - Todo: rerun the baseline with seeds
- **KV:**
  - Merge the loader branch
- Objectives
  - Clean up the notebook
"""
    got = [(i.task, i.owners) for i in extract(notes)]
    assert ("Plot the survey answers by week", ("Oksana",)) in got
    assert ("Rerun the baseline with seeds", ("Tamar",)) in got
    assert ("Merge the loader branch", ("KV",)) in got
    assert ("Book the lab room", ()) in got
    assert all(owners != ("Objectives",) for _, owners in got)  # a word, not a person
    assert all("sick" not in task for task, _ in got)  # who is away is no task


def test_one_name_over_a_list_among_topics_stays_a_topic() -> None:
    notes = "## Notes\n- Kubernetes\n  - Upgrade the cluster to 1.30\n- Docs\n  - Fix the links\n"
    assert all(not i.owners for i in extract(notes))


def test_a_name_the_notes_do_not_list_owns_an_action_line_it_opens() -> None:
    notes = """# Action items
- ACTION: Oskar archive the old wiki pages
- Ilse draft the budget request for May
- KV Merge the loader branch tonight
- POC Sample - what is needed
- Docs update the readme
- Gonna call the clinic on Monday
"""
    got = [(i.task, i.owners) for i in extract(notes)]
    assert ("Archive the old wiki pages", ("Oskar",)) in got
    assert ("Draft the budget request for May", ("Ilse",)) in got
    assert ("Merge the loader branch", ("KV",)) in got  # "tonight" is its due date
    assert all(owners not in (("POC",), ("Docs",), ("Gonna",)) for _, owners in got)


def test_a_name_the_notes_do_not_list_owns_nothing_outside_actions() -> None:
    got = extract("## Notes\n- Oskar archive the old wiki pages\n")
    assert all(not i.owners for i in got)


def test_a_check_in_templates_plan_question_is_the_writers_plan_for_that_time() -> None:
    notes = """## 19 November 2025

#### What did you achieve?
- Cleaned the survey export

#### What would you like to work on next week?
- Draft the methods chapter
- Rerun the clustering with the new seeds
  - MK: Actually - the seeds file moved to the shared drive
"""
    got = [(i.task, i.owners, i.due) for i in extract(notes, author="Lena Park")]
    assert got == [
        ("Draft the methods chapter", ("Lena Park",), date(2025, 11, 28)),
        ("Rerun the clustering with the new seeds", ("Lena Park",), date(2025, 11, 28)),
    ]  # the supervisor's reply under an item is a comment on it, not a task of theirs


@pytest.mark.parametrize(
    "who", ["Both team members", "Respective members", "All assigned members", "Each member"]
)
def test_every_member_of_a_group_named_by_how_many_is_everyone(who: str) -> None:
    notes = f"## Action items\n\n| Task | Owner |\n|---|---|\n| Refine the analyses | {who} |\n"
    (item,) = extract(notes)
    assert item.owners == ("everyone",)


def test_a_request_with_please_is_one_even_with_a_question_mark() -> None:
    notes = (
        "Attendees: Timothy Hatcher, Rob Wu\n\n"
        "- Timothy, please label this as supportive?\n"
        "- Is Felipe here?\n"
        "- Please, can anyone take the notes?\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Label this as supportive", ("Timothy Hatcher",))
    ]
