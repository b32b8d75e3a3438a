"""The structure of notes decides what is a task: sections, sub-headings, check-lists, tables."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.actions import ActionItem, extract_action_items
from assistant.actions.markup import clean_notes

TODAY = date(2020, 4, 1)  # Wednesday


def extract(notes: str, **kwargs: object) -> list[ActionItem]:
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("author", None)
    return extract_action_items(notes, **kwargs)  # type: ignore[arg-type]


def tasks(notes: str) -> list[tuple[str, tuple[str, ...], date | None]]:
    return [(i.task, i.owners, i.due) for i in extract(notes)]


def test_a_meetings_own_check_list_under_agenda_is_not_a_task_list() -> None:
    notes = (
        "## Agenda\n"
        "**3 days before the meeting**\n"
        "- [ ] Create Zoom link for the meeting\n"
        "- [x] Send reminders to Slack channel\n"
        "**During Meeting**\n"
        "- [ ] Start recording\n"
        "- [ ] Take attendance\n\n"
        "## Action Plan:\n"
        "*Where to go next, dependencies, all deadlines*\n"
        "* Organize primary folder on GitHub\n"
    )
    assert tasks(notes) == [("Organize primary folder on GitHub", (), None)]


def test_a_check_box_outside_an_agenda_is_still_a_task() -> None:
    assert tasks("- [ ] Create Zoom link for the meeting") == [
        ("Create Zoom link for the meeting", (), None)
    ]


def test_a_sub_heading_stays_inside_its_action_section() -> None:
    notes = (
        "**Tasks to be completed**\n"
        "- Phase 1\n"
        "  - Step 1:\n"
        "    - Extract the raw data as csv into our repo\n"
        "    - Load the csv data into our repo\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Extract the raw data as csv into our repo",
        "Load the csv data into our repo",
    ]


def test_an_html_list_under_a_bold_heading_reads_like_markdown() -> None:
    notes = (
        "<b>Tasks to be completed</b>\n<ul><li>Step 2:</li><ul>"
        "<li>Transform data to clean up outliers</li></ul></ul>"
    )
    assert [t for t, _, _ in tasks(notes)] == ["Transform data to clean up outliers"]


def test_attendance_check_boxes_and_attendee_notes_are_not_tasks() -> None:
    notes = (
        "Attendees (please add yourself to this list and tell us one good thing)\n\n"
        "- Ritik Malik - learning docker\n"
        "- Georg Link - working from Lincoln today\n\n"
        "## Attendance\n"
        "- [x] Sahil Dadhwal\n"
        "- [ ] Haochen Dong\n\n"
        "## Notes\n"
        "- AI Georg: share the handbook link\n"
    )
    assert tasks(notes) == [("Share the handbook link", ("Georg Link",), None)]


def test_discussion_sections_keep_only_lines_that_commit_someone() -> None:
    notes = (
        "## Meeting minutes\n"
        "- Introduce the logs we added to the project\n"
        "- Each team member reviewed and confirmed their responsibilities\n"
        "- Thom will edit the video so it's ready to submit by Monday\n"
    )
    assert tasks(notes) == [("Edit the video so it's ready to submit", ("Thom",), date(2020, 4, 6))]


def test_an_agenda_and_notes_heading_is_read_as_notes() -> None:
    notes = "## Agenda/Notes:\n- Project update:\n    - Make the README\n"
    assert [t for t, _, _ in tasks(notes)] == ["Make the README"]


def test_bold_names_are_read_as_owners() -> None:
    notes = (
        "- The final project video has been completed, and **Thom** will edit it by Monday.\n"
        "- **Stuart D. Krueger**: Review the project management plan.\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Edit it", ("Thom",)),
        ("Review the project management plan", ("Stuart D. Krueger",)),
    ]


def test_a_table_without_edge_pipes_with_name_assigned_to_and_deadline_columns() -> None:
    notes = (
        "Name  | Assigned To | Deadline | Notes\n"
        "------|-------------|----------|------\n"
        "Activity QA + touchups | Julia Ma | Sunday | N/A\n"
        "2nd week labs | Ryan Kuang | Sunday | N/A\n"
        "Example 1 | @studentusername2 | Feb 30th | Explanation\n"
    )
    assert tasks(notes) == [
        ("Activity QA + touchups", ("Julia Ma",), date(2020, 4, 5)),
        ("2nd week labs", ("Ryan Kuang",), date(2020, 4, 5)),
    ]


def test_an_agenda_table_of_items_is_not_a_task_list() -> None:
    notes = (
        "| Number | Item |\n| :---: | :--- |\n"
        "| Agenda 1 | Final Documentation Tasks |\n| Agenda 2 | Sprint 3 Reflection Reminder |\n"
    )
    assert tasks(notes) == []


def test_a_discussion_table_of_items_who_and_notes_is_not_a_task_list() -> None:
    notes = (
        "## Discussion Items\n\nItem | Who | Notes |\n---- | ---- | ---- |\n"
        "Trello Invites | MX | Add KI to the board |\n"
        "Updates | Duncan | Figured out the VM issue |\n\n"
        "## Action Items\n\n| Done? | Item | Responsible | Due Date |\n| -- | -- | -- | -- |\n"
        "| N | Discord Invites | MX | 3 Apr 2020 |\n| Y | Trello Invites | MX | 3 Apr 2020 |\n"
    )
    assert tasks(notes) == [("Discord Invites", ("MX",), date(2020, 4, 3))]


def test_a_rows_owner_does_not_run_on_to_the_next_row() -> None:
    notes = (
        "| Point | Notes | Actions: Responsible / Note |\n| --- | --- | --- |\n"
        "| Policy | Draft discussed. | Christian to share the document link for review. |\n"
        "| Voting | Survey. | Develop and finalize the voting mechanism. |\n"
        "| Roadmaps | Kanbans. | None specified. |\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Share the document link for review", ("Christian",)),
        ("Develop and finalize the voting mechanism", ()),
    ]


def test_a_line_break_inside_a_table_cell_keeps_the_row_whole() -> None:
    notes = (
        "| Point | Notes | Responsible |\n| --- | --- | --- |\n"
        "| Strategy | <p>Debate on the survey.<br><br>CT: Break this down into a WBS log.</p> "
        "| OSC / OSPO |\n"
    )
    assert len(clean_notes(notes).text.strip().split("\n")) == 1
    assert [(t, o) for t, o, _ in tasks(notes)] == [("Break this down into a WBS log", ("CT",))]


def test_a_subject_beats_the_rows_responsible_cell() -> None:
    notes = (
        "| Point | Notes | Responsible |\n| --- | --- | --- |\n"
        "| Governance | Town Hall presentation. Marcin agreed to test the governance policy. "
        "| MPJ / CT / Marcin |\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [("Test the governance policy", ("Marcin",))]


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("| Task | Assigned To | Due Date |\n|---|---|---|\n| front-end | BJ LBK XJS | 26 Aug |",
         ("BJ", "LBK", "XJS")),
        ("## Action Items\n- Interface team will adjust the menu placement", ("Interface team",)),
        ("## Task Assignments\n* **Project Charter:** Thom", ("Thom",)),
        ("- Austin and Thom will meet to discuss user stories", ("Austin", "Thom")),
        ("- To be merged by Kevin after website migration", ("Kevin",)),
        ("- Each team member will work on their documentation", ("everyone",)),
    ],
)  # fmt: skip
def test_owner_forms_from_real_notes(notes: str, expected: tuple[str, ...]) -> None:
    [item] = extract(notes)
    assert item.owners == expected


@pytest.mark.parametrize(
    "notes",
    [
        "## Action Items\n- Austin is working on the Level 1 Data Flow Diagram (DFD)",
        "### Agreed Procedure\n- The interface design will follow the brand guidelines",
        "## Action Items\n- Stay focused on completing your assigned areas",
        "## Action Items\n- If you've done any programming, learning Flask should be easy",
    ],
)
def test_things_that_are_not_owned_tasks(notes: str) -> None:
    items = extract(notes)
    assert all(item.owner != "DFD" for item in items)
    assert not [i for i in items if i.owner in ("Procedure", "Items")]
    if "Austin" not in notes:
        assert items == []


def test_headings_gloss_and_placeholder_lines_are_not_tasks() -> None:
    notes = (
        "## Deliverables:\n*Within the next (timeframe)*\n\n"
        "## Action Plan:\n* Innovation in styling shelved for now!\n* Expand the team.\n"
    )
    assert tasks(notes) == [("Expand the team", (), None)]


def test_will_be_doing_is_a_commitment() -> None:
    [item] = extract("## Notes\n- Will be attending WG meetings and finalizing the structure")
    assert item.task.startswith("Attending WG meetings")


def test_a_task_heading_with_a_word_before_it_opens_a_task_list() -> None:
    notes = (
        "## Meeting Agenda\n\n"
        "Process:\n"
        "Update on the rubric (Santina)\n\n"
        "Other tasks\n"
        "Start compiling agenda\n"
        "Determine what roles people with no coding experience could play\n"
    )
    assert [i.task for i in extract(notes)] == [
        "Start compiling agenda",
        "Determine what roles people with no coding experience could play",
    ]
    # an order whose object is "tasks" is a task, not a heading
    assert [i.task for i in extract("Notes\nReview tasks\n")] == ["Review tasks"]


def test_a_line_of_a_task_list_does_not_pass_its_owner_to_the_next() -> None:
    notes = (
        "Attendees: Britt, Adriana, Galen\n\n"
        "Next steps\n"
        "Possibly contact 10X to find out if they would like another project (Britt)\n"
        "Determine what roles people with no coding experience could play\n"
        "Add accommodation to the map (Adriana to send the link to Britt)\n"
        "Sort out internet and power details\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Possibly contact 10X to find out if they would like another project", ("Britt",)),
        ("Determine what roles people with no coding experience could play", ()),
        ("Add accommodation to the map", ()),
        ("Send the link to Britt", ("Adriana",)),
        ("Sort out internet and power details", ()),
    ]


def test_a_topic_with_the_tasks_under_it_is_not_a_task() -> None:
    notes = (
        "Present: Ivo, Stefan\n\n"
        "## Action Items\n"
        "* Reference Archiver\n"
        "  * [ ] Sync code bases from pilot repository\n"
        "* Code of Conduct:\n"
        "  * Ivo: Assignment description and ambition level\n"
        "* User Stories\n"
        "  * Stefan will pilot the template\n"
        "* Update the README\n"
        "  * Stefan to review it\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Sync code bases from pilot repository", ()),
        ("Assignment description and ambition level", ("Ivo",)),
        ("Pilot the template", ("Stefan",)),
        ("Update the README", ()),
        ("Review it", ("Stefan",)),
    ]


def test_a_list_item_that_names_a_task_list_is_not_a_task() -> None:
    notes = (
        "## Agenda\n"
        "- Action Items Review\n"
        "- Action items from the Q&A with Fellows\n\n"
        "## Actions\n"
        "3. Next actions (team)\n"
        "    - Tim will ask Brian\n"
        "- Actions for Sam: send the CV\n"
    )
    items = extract(notes)
    assert [(i.task, i.owners) for i in items[:1]] == [("Ask Brian", ("Tim",))]
    assert len(items) == 2 and items[1].task.endswith("Send the CV")  # a list name, then a task


def test_a_numbered_attendee_list_names_the_owners_below() -> None:
    notes = (
        "**Attendees (Name, Role):**\n"
        "1. Sydney Wong\n"
        "2. Nidhi Giridhar\n\n"
        "## TODOs:\n"
        "  * Add roles to rules\n"
        "    * Sydney\n"
        "  * Figure out standup meeting time\n"
        "    * Nidhi\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Add roles to rules", ("Sydney Wong",)),
        ("Figure out standup meeting time", ("Nidhi Giridhar",)),
    ]


def test_a_list_of_completed_tasks_is_not_a_task_list() -> None:
    notes = (
        "## Completed Tasks (from previous meeting):\n"
        "  * Upload Miro images to repo\n"
        "  * Plan material for Wednesday discussion\n\n"
        "## TODOs:\n"
        "  * Add roles to rules\n"
    )
    assert [i.task for i in extract(notes)] == ["Add roles to rules"]
    assert [i.task for i in extract("## Tasks to be completed\n- Add roles to rules\n")] == [
        "Add roles to rules"
    ]


def test_a_label_headings_list_ends_at_a_blank_line() -> None:
    notes = (
        "## Interop\n\n"
        "Next steps:\n"
        "- add js interop test to the go release script\n"
        "- ask Jacob to look into IPTB\n\n"
        "- current situation: there's an interop repo with some tests in it\n"
        "- at time of release, js runs interop tests\n"
    )
    assert [i.task for i in extract(notes)] == [
        "Add js interop test to the go release script",
        "Ask Jacob to look into IPTB",
    ]
    # a loose list, a blank line after each item, stays one list
    loose = "## Notes\n\nNext steps:\n- book the room\n\n- send the agenda\n"
    assert [i.task for i in extract(loose)] == ["Book the room", "Send the agenda"]


def test_ais_heads_a_list_of_action_items() -> None:
    notes = "# AIs\n\n* Alan to review the spec\n* Monthly report for the board\n"
    assert [i.task for i in extract(notes)] == ["Review the spec", "Monthly report for the board"]
    assert [i.task for i in extract("# AI tools\n\n* Monthly report for the board\n")] == []


def test_a_list_for_the_next_meeting_is_due_on_the_date_given_for_it() -> None:
    notes = (
        "#### Action Items for Next Meeting\n"
        "- [ ] Keep working on MVP.\n"
        "- [ ] Get a second client.\n\n"
        "#### Next Meeting Date\n"
        "**Scheduled:** Wednesday 8th of April at 10:10am.\n"
    )
    assert [(i.task, i.due) for i in extract(notes)] == [
        ("Keep working on MVP", date(2020, 4, 8)),
        ("Get a second client", date(2020, 4, 8)),
    ]


def test_a_topic_over_a_persons_nested_tasks_is_not_their_task() -> None:
    notes = (
        "## Next steps\n"
        "- ==@stebalien==\n"
        "    - go-ipfs Hack Week\n"
        "    - For TestGround\n"
        "        - Finish the sidecar jitter PR\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Go-ipfs Hack Week", ("stebalien",)),
        ("Finish the sidecar jitter PR", ("stebalien",)),
    ]


def test_an_item_with_done_noted_under_it_is_finished() -> None:
    notes = (
        "## Notes\n"
        "*   [Vince] Create a new issue for input unions\n"
        "    *   Done\n"
        "*   [Mike] Move interface proposal to Stage 2\n"
        "    *   Completed in working group repo\n"
        "*   [Lee] Open issue on github to discuss meeting time\n"
        "    *   Will do so in future\n"
    )
    assert [i.task for i in extract(notes, author=None)][:1] == [
        "Open issue on github to discuss meeting time"
    ]


def test_a_task_tables_row_with_a_due_cell_is_a_task_whatever_its_tense() -> None:
    notes = (
        "| what | when | who |\n"
        "|---|---|---|\n"
        "| Pull requests for mods agreed | by 16/4 | SM/YJ/RP |\n"
        "| Collate documentation | by 20/4 | all |\n\n"
        "- Pull requests for mods agreed last week\n"
    )
    assert [(i.task, i.owners) for i in extract(notes)] == [
        ("Pull requests for mods agreed", ("SM", "YJ", "RP")),
        ("Collate documentation", ("everyone",)),
    ]


def test_the_answers_to_what_to_complete_by_a_day_are_tasks_due_that_day() -> None:
    notes = (
        "# General\n\n"
        "- What do we want to complete by Sunday?\n"
        "  - Basic login/logout\n"
        "  - CI/CD pipeline\n"
        "- What is Pulse meant to measure?\n"
        "  - Team health\n"
        "- Set up a general project timeline\n"
    )
    assert [(i.task, i.due) for i in extract(notes)] == [
        ("Basic login/logout", date(2020, 4, 5)),
        ("CI/CD pipeline", date(2020, 4, 5)),
        ("Set up a general project timeline", None),
    ]


@pytest.mark.parametrize(
    "heading",
    ["#### Things to be discussed", "## To discuss at next meeting:", "### Items to discuss"],
)
def test_a_list_of_things_to_discuss_holds_topics_not_tasks(heading: str) -> None:
    notes = (
        f"{heading}\n\n"
        "- Decide on if our project will be a web app or a website\n"
        "- Plan for CI/CD Pipeline\n"
        "- Sam will draft the pitch\n\n"
        "#### Unresolved from this meeting\n\n"
        "- Finalize pitch and submit by Thursday end of day.\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Draft the pitch",
        "Finalize pitch and submit end of day",
    ]


@pytest.mark.parametrize(
    "heading", ["## Talking points (inform / decide / discuss)", "### Points Discussed:"]
)
def test_minutes_of_what_was_discussed_may_hold_tasks(heading: str) -> None:
    notes = f"{heading}\n\n- Add Long polling and WebSockets\n"
    assert [t for t, _, _ in tasks(notes)] == ["Add Long polling and WebSockets"]


@pytest.mark.parametrize(
    "heading", ["**New items**", "**Existing Items**", "### Standing Items", "**Discussed Items**"]
)
def test_a_meetings_items_are_topics_and_only_a_commitment_under_them_is_a_task(
    heading: str,
) -> None:
    notes = (
        f"{heading}\n\n"
        "- Decide on a policy for when maintainers stop maintaining\n"
        "    - Come back to later\n"
        "- Build packages on the new CI and upload them\n"
        "    - Mike will see if we can make the notes public\n"
    )
    assert [t for t, _, _ in tasks(notes)] == ["See if we can make the notes public"]


@pytest.mark.parametrize("heading", ["## Goal", "**Meeting goals**", "### Goals for this meeting"])
def test_the_meetings_goals_are_its_agenda_not_tasks(heading: str) -> None:
    notes = (
        f"{heading}\n\n* Review the access policy issue\n* Decide topic for next meeting\n\n"
        "## Goals for next week\n\n* Review the access policy issue\n"
    )
    assert [(t, d) for t, _, d in tasks(notes)] == [
        ("Review the access policy issue", date(2020, 4, 10))
    ]


def test_a_goals_item_over_its_list_is_the_meetings_agenda() -> None:
    notes = (
        "- Goals\n    - Get a clear plan on what I need to start writing\n\n"
        "- APs:\n    - Explore double descent in the epoch regime\n"
    )
    assert [t for t, _, _ in tasks(notes)] == ["Explore double descent in the epoch regime"]


@pytest.mark.parametrize("heading", ["## Open Items", "### Outstanding items", "## TODO items"])
def test_items_still_open_are_tasks(heading: str) -> None:
    notes = f"{heading}\n\n- Build packages on the new CI and upload them\n"
    assert [t for t, _, _ in tasks(notes)] == ["Build packages on the new CI and upload them"]


def test_a_line_underlined_with_dashes_or_equals_signs_is_a_heading() -> None:
    notes = (
        '<br><br>\n\n<font size="+7"><center> To do </center></font>\n---\n\n'
        "- Populate project document\n\n---\n\n"
        "Supervision meetings\n====================\n\n"
        "- submit report within 48hrs after meeting\n"
        "- meetings will be separate\n"
    )
    assert "## To do" in clean_notes(notes).text.split("\n")
    assert [t for t, _, _ in tasks(notes)] == [
        "Populate project document",
        "Submit report after meeting",
    ]


def test_a_list_item_or_a_sentence_over_a_rule_is_not_a_heading() -> None:
    notes = "- Fix the login page\n---\nWe went over the budget.\n---\n"
    assert "##" not in clean_notes(notes).text


@pytest.mark.parametrize("said", ["before next meeting", "before the next meeting"])
def test_a_task_before_next_meeting_is_due_on_the_date_under_the_next_meeting_heading(
    said: str,
) -> None:
    notes = (
        "## To do\n\n"
        f"- fill out the project document {said}\n\n"
        "## Next Meeting\n\n"
        "Monday 6th April 3pm\n"
    )
    assert tasks(notes) == [("Fill out the project document", (), date(2020, 4, 6))]


def test_a_persons_heading_one_level_under_an_action_heading_owns_its_items() -> None:
    notes = (
        "# 2019-11-06 Organiser Meetup Notes\n\n"
        "Attendees\n- katzien\n- domgreen\n\n"
        "## Actions\n\n"
        "### All\n* [ ] Prep comms for sponsors.\n\n"
        "### Kat\n* [ ] Create slide decks for next 3 months.\n\n"
        "### Paul\n* [ ] Add Ben and Beth to the repository.\n\n"
        "## Notes\n- Venues\n  - keep Monzo on rotation\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Prep comms for sponsors", ("everyone",)),
        ("Create slide decks for next 3 months", ("Kat",)),
        ("Add Ben and Beth to the repository", ("Paul",)),
        ("Keep Monzo on rotation", ()),
    ]


def test_an_open_check_box_or_a_todo_line_is_one_task_whatever_its_sentences() -> None:
    notes = (
        "## Actions\n"
        "* [ ] Try having guest conundrums. Reach out to a few folks.\n"
        "* [ ] Have dates and venues for 2020 asap; make sure no clashes with conferences.\n"
        "* [ ] Book the room. Ben will bring the projector.\n"
        "* TODO: answer pending questions: which company? How did we select it?\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Try having guest conundrums. Reach out to a few folks",
        "Have dates and venues for 2020 asap; make sure no clashes with conferences",
        "Book the room",
        "Bring the projector",
        "answer pending questions: Which company? How did we select it",
    ]


def test_a_bold_name_inside_an_action_section_owns_the_items_under_it() -> None:
    notes = "## Actions\n\n**Kat**\n* [ ] Create slide decks.\n**Paul**\n* [ ] Order food\n"
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Create slide decks", ("Kat",)),
        ("Order food", ("Paul",)),
    ]


def test_what_someone_thinks_sees_or_is_under_a_plan_heading_is_not_a_task() -> None:
    notes = (
        "## Plan\n\n"
        "* Issue #234 - add live reload. But I am not sure how to tackle this yet. "
        "I guess in Ember it's a part of ember-cli.\n"
        "* I saw a comment pointing at an example in another repo.\n"
        "* I am going to ask Sam about it.\n"
        "* I think I'll ask Ben too.\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Issue #234 - add live reload",
        "Ask Sam about it",
        "I think I'll ask Ben too",
    ]


def test_a_block_quotes_marker_is_not_part_of_the_task() -> None:
    notes = (
        "## Plan\n\n> I will submit another PR with an explanatory table.\n>> Ben will review it\n"
    )
    assert clean_notes(notes).text.split("\n")[2:4] == [
        "I will submit another PR with an explanatory table.",
        "Ben will review it",
    ]
    assert [t for t, _, _ in tasks(notes)] == [
        "Submit another PR with an explanatory table",
        "Review it",
    ]


def test_an_idea_or_suggestion_put_forward_is_not_a_task() -> None:
    notes = (
        "Attendees: Sam Lee, Ben Ng\n\n"
        "- Lounge\n"
        "  - Idea: ask space committee if we can use the empty room (021?).\n"
        "  - Suggestion: use 021 as the lounge and have the X lounge as an office.\n"
        "  - Ask the department about the keys\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [("Ask the department about the keys", ())]


def test_a_list_under_a_heading_of_ideas_or_options_is_not_a_task_list() -> None:
    notes = (
        "**Action Items:**\n\n- update google calendar invite\n\n"
        "### Structure Ideas\n\n"
        "- Use group time to read and work through chapters together\n"
        "- Read chapter and try exercises beforehand\n"
        "    - this was the preferred option\n"
        "- Sam will set up the repository\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Update google calendar invite",
        "Set up the repository",
    ]


@pytest.mark.parametrize(
    ("line", "due"),
    [
        ("For Apr. 15th - read and try exercises for Ch. 2-4.", date(2020, 4, 15)),
        ("By Friday: read and try exercises for Ch. 2-4.", date(2020, 4, 3)),
    ],
)
def test_a_line_led_by_its_deadline_is_a_task_due_then(line: str, due: date) -> None:
    assert tasks(line) == [("Read and try exercises for Ch. 2-4", (), due)]


def test_a_participants_list_ends_where_the_notes_go_on() -> None:
    notes = (
        "## Notes\n\n**Participants**\n\n- Angel, Nick, Anna\n\n"
        "People generally interested in growing skills.\n\n"
        "For Apr. 15th - read and try exercises for Ch. 2-4.\n"
    )
    assert tasks(notes) == [("Read and try exercises for Ch. 2-4", (), date(2020, 4, 15))]


@pytest.mark.parametrize("heading", ["### Future Work", "#### Upcoming goals:"])
def test_future_work_is_an_action_heading(heading: str) -> None:
    notes = (
        "### Attendees\n- Chris Beeler\n- Mitchell Shahen\n\n"
        f"{heading}\n"
        "- Chris: help Mitchell with Wurz design\n"
        "- Mitchell: software implementation of wurz reactions\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Help Mitchell with Wurz design", ("Chris Beeler",)),
        ("Software implementation of wurz reactions", ("Mitchell Shahen",)),
    ]


def test_a_speakers_second_will_on_the_line_is_a_second_commitment() -> None:
    notes = (
        "## Attendees\n - Alexandru Radovici\n - Amit Levy\n\n### Notes\n\n"
        " - Alexandru: Will reach out to NXP; will reach out to colleagues at universities\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Reach out to NXP", ("Alexandru Radovici",)),
        ("Reach out to colleagues at universities", ("Alexandru Radovici",)),
    ]


def test_a_speaker_recording_an_action_item_is_not_its_owner() -> None:
    notes = (
        "## Attendees\n - Pat Pannuto\n - Amit Levy\n\n### Action Items\n"
        " - Pat: Action item: Everyone should approve (or not) asap; Pat will merge at noon "
        "Pacific if no objections.\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Approve (or not) asap", ("everyone",)),
        ("Merge at noon Pacific if no objections", ("Pat Pannuto",)),
    ]


def test_the_same_words_under_two_list_items_are_two_tasks() -> None:
    notes = (
        "### Action Items:\n"
        "* [ ] Closing Contribex Docs\n"
        "  * [ ] info to mailing list\n"
        "  * [ ] update .MDs\n"
        "* [ ] Closing Websites Updates WG\n"
        "  * [ ] info to mailing list\n"
        "  * [ ] update .MDs\n"
        "* [ ] update .MDs\n"
        "* [ ] update .MDs\n"
    )
    assert [t for t, _, _ in tasks(notes)].count("Update .MDs") == 3


def test_a_list_item_of_orders_in_a_row_is_one_task() -> None:
    notes = (
        "## Notes\n- Other\n"
        "  - Assign one lead person for each month. Add to Meetups spreadsheet.\n"
        "  - Create a google form. Change the feedback link to point to it.\n"
        "  - Sponsors rotate every 6 months. Sam will ask the venues about it.\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Assign one lead person for each month. Add to Meetups spreadsheet",
        "Create a google form. Change the feedback link to point to it",
        "Ask the venues about it",
    ]


def test_a_thing_named_before_a_dash_is_not_the_tasks_owner() -> None:
    notes = (
        "Attendees\n- katzien\n- thoeni\n\n## Actions\n\n### Paul\n"
        "* [ ] HSBC account - add Antonio and Beth.\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("HSBC account - add Antonio and Beth", ("Paul",))
    ]


def test_a_todo_after_a_topic_label_is_a_task() -> None:
    notes = (
        "- Events\n"
        "  - Clubs day: TODO: find out whether the second clubs day is in week 2 or 3\n"
        "  - Clubs day: it was busy last year\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Find out whether the second clubs day is in week 2 or 3"
    ]


def test_a_todo_runs_until_a_sentence_with_its_own_subject() -> None:
    notes = (
        "Attendance: Amy Kwok, Chris Head\n\n"
        "- TODO: Draft a mission statement! Use Google documents? Amy will create a Google "
        "document and advertise it.\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Draft a mission statement! Use Google documents", ()),
        ("Create a Google document and advertise it", ("Amy Kwok",)),
    ]


def test_what_it_was_decided_to_do_names_no_one_to_do_it() -> None:
    notes = (
        "Attendance: Amy Kwok, Chris Head\n\n"
        "- It was decided to look into the issue.\n"
        "- It was agreed that the SC should meet fortnightly.\n"
        "- It was agreed that Amy will e-mail the budget to the list.\n"
        "- We agreed to publish the minutes on GitHub.\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "E-mail the budget to the list",
        "Publish the minutes on GitHub",
    ]


def test_a_topic_then_a_dash_then_an_order_is_a_task() -> None:
    notes = (
        "## Notes\n- Other\n"
        "  - Next Gophercon EU - reach out to potential speakers in London.\n"
        "  - Venues - Monzo and Deliveroo on rotation.\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Next Gophercon EU - reach out to potential speakers in London"
    ]


def test_a_meeting_with_a_purpose_is_a_task_and_a_bare_one_is_not() -> None:
    notes = (
        "Attendees: Christian Ruiz, Karl Ng\n\n"
        "- Christian and Karl will meet at 12:00 PM on Monday to go to SAI to request a room\n"
        "- We will meet again on Thursday\n"
    )
    assert tasks(notes) == [
        (
            "Meet at 12:00 PM to go to SAI to request a room",
            ("Christian Ruiz", "Karl Ng"),
            date(2020, 4, 6),
        )
    ]


def test_what_we_would_do_is_not_a_task_but_what_he_said_he_would_do_is() -> None:
    notes = (
        "Attendees: Sean Li\n\n"
        "- We would take a loan from the department which we would pay back.\n"
        "- We would need to provide assistance.\n"
        "- Sean said he would send them to Rhodri.\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [("Send them to Rhodri", ("Sean Li",))]


def test_an_abbreviation_does_not_end_a_sentence() -> None:
    notes = (
        "## Actions\n"
        "- Reach out to partners (e.g. Microsoft) who have offices in Europe. "
        "Share the agenda.\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Reach out to partners who have offices in Europe. Share the agenda"
    ]


def test_something_to_have_is_not_a_task_but_having_it_done_is() -> None:
    notes = (
        "- We need to have a mission statement that we can uphold.\n"
        "- Need to have a LF id (here)\n"
        "- We must have the heaters checked by an HVAC person.\n"
    )
    assert [t for t, _, _ in tasks(notes)] == ["Have the heaters checked by an HVAC person"]


def test_a_need_to_after_a_comma_is_a_clause_of_its_own() -> None:
    notes = (
        "### Filtering Results\n"
        "* Some posts were in other languages, so I need to filter out the results.\n"
        "* If we want them ready before September, we need to send all the events by August 4.\n"
    )
    assert [(t, o, d) for t, o, d in tasks(notes)] == [
        ("Filter out the results", (), None),
        ("Send all the events", (), date(2020, 8, 4)),
    ]


def test_a_templates_instruction_under_its_heading_is_not_a_task() -> None:
    notes = (
        "## Status Update\n\n"
        "Please mention the work you did this week. A good status update will mention it.\n\n"
        "I will submit another PR with an explanatory table.\n\n"
        "## Plan\n\n"
        "Summarize what you plan on learning or working on in the next week.\n\n"
        "- Add tests for the versioning page\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Submit another PR with an explanatory table",
        "Add tests for the versioning page",
    ]


def test_what_could_or_might_be_done_is_not_a_task() -> None:
    notes = (
        "## Plan\n\n"
        "* Issue #263 - add tests. Could discuss today for insight.\n"
        "* Might also look at the live reload issue.\n"
        "* Review the open PRs\n"
    )
    assert [t for t, _, _ in tasks(notes)] == ["Issue #263 - add tests", "Review the open PRs"]


def test_a_list_under_a_lead_in_of_what_could_be_done_holds_options() -> None:
    notes = (
        "## Plan\n\n"
        "I'd like to focus on React work this week. It seems like I could take on:\n"
        "* Issue #500 - new feature: add support to copy the example code.\n"
        "* Issue #263 - add tests.\n\n"
        "## Actions\n\n"
        "* Add tests for the versioning page\n"
    )
    assert [t for t, _, _ in tasks(notes)] == ["Add tests for the versioning page"]


@pytest.mark.parametrize(
    "heading",
    [
        "## Progress on the plot",
        "## Design topics",
        "### Project Idea 1",
        "## How we collaborate",
    ],
)
def test_progress_topics_and_ideas_headings_hold_no_bare_tasks(heading: str) -> None:
    notes = f"{heading}\n- establish a growth mindset\n- add a density plot to the histogram\n"
    assert extract(notes) == []
    committed = f"{heading}\n- add a density plot\n- Sam will send the deck\n"
    assert [i.task for i in extract(committed)] == ["Send the deck"]


@pytest.mark.parametrize(
    "heading", ["## Action Plan", "## Work plan before next meeting", "## My plan", "## Plan"]
)
def test_plans_of_what_to_do_are_task_lists(heading: str) -> None:
    assert [i.task for i in extract(f"{heading}\n- add a density plot\n")] == ["Add a density plot"]


def test_a_checked_box_marks_every_sentence_of_its_line_done() -> None:
    notes = (
        "## Next actions\n- [x] Share the repo by 07/10. For them to check the stories.\n"
        "- [ ] Book a room\n"
    )
    assert [i.task for i in extract(notes)] == ["Book a room"]


def test_a_day_written_with_a_dot_before_its_month_is_one_sentence() -> None:
    (item,) = extract("## Next steps\n- Hand in the report by 29. Nov. to the lecturer\n")
    assert item.due == date(2020, 11, 29)


def test_a_list_under_a_deadline_alone_is_what_to_do_by_then() -> None:
    notes = (
        "### Priorities\n"
        "Until next dev meeting:\n"
        "- Kim will review the linked PRs, starting issue:\n"
        "  #18514 with follow up PRs:\n"
        "  PR#18741, PR#18742\n"
        "- Passing categoricals to the HGBT #18894\n\n"
        "### Next meeting\n\n"
        "February 22th, same time?\n"
    )
    items = extract(notes, today=date(2021, 1, 25))
    assert [i.task.split()[0] for i in items] == ["Review", "Passing"]
    assert {i.due for i in items} == {date(2021, 2, 22)}  # the next dev meeting


def test_an_issue_number_opening_a_line_is_no_heading_but_a_dated_title_is() -> None:
    notes = "#6/9 Action items\n- Build out the roles doc\n"
    assert [i.task for i in extract(notes)] == ["Build out the roles doc"]


@pytest.mark.parametrize("mark", ["***{}***", "_**{}**_", "**_{}_**", "**{}**"])
def test_a_name_in_bold_italics_under_actions_owns_the_lines_below(mark: str) -> None:
    notes = (
        "Attendees: Lena, Omar\n\n"
        "## Action Items\n\n"
        f"{mark.format('Lena')}\n"
        "* Review the install guide\n\n"
        f"{mark.format('Omar')}\n"
        "* Update the release checklist\n"
    )
    assert tasks(notes) == [
        ("Review the install guide", ("Lena",), None),
        ("Update the release checklist", ("Omar",), None),
    ]


def test_a_list_quoted_with_its_indent_keeps_its_nesting() -> None:
    text = clean_notes("> * Draft the survey\n>    * started on it\n").text
    assert text.split("\n")[:2] == ["* Draft the survey", "   * started on it"]
    notes = (
        "Attendees: Lena, Omar\n\n"
        "## Action Items\n\n"
        "**Omar**\n"
        "> * Draft the survey\n"
        ">    * started on it\n"
        "* Book the room for the workshop\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)][-1] == ("Book the room for the workshop", ("Omar",))


def test_sub_headings_under_an_ideas_heading_are_ideas_too() -> None:
    notes = (
        "## Project Ideas\n\n"
        "### Track shipping prices\n"
        "- Scrape the carriers' rate pages\n"
        "- Build a dashboard of the weekly changes\n\n"
        "### Housing?\n"
        "- Compare rents across cities\n\n"
        "## Next steps\n"
        "- Pick one idea before the next session\n"
    )
    assert [t for t, _, _ in tasks(notes)] == ["Pick one idea before the next session"]


def test_a_task_done_on_each_item_listed_below_it_is_each_persons() -> None:
    notes = (
        "Attendees: Lena, Omar, Priya\n\n"
        "## Follow up actions\n\n"
        "1. Each person to check a chapter of the handbook as follows:\n"
        "- Lena - Onboarding\n"
        "- Omar - Glossary, Index\n"
        "2. Priya to book the room for Thursday\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Check a chapter of the handbook: Onboarding", ("Lena",)),
        ("Check a chapter of the handbook: Glossary, Index", ("Omar",)),
        ("Book the room", ("Priya",)),
    ]


def test_a_link_on_its_own_line_under_an_item_does_not_end_the_action_list() -> None:
    notes = (
        "## Follow up actions\n\n"
        "1. Everyone to read the style guide:\n"
        "https://example.org/style-guide\n\n"
        "2. Everyone start drafting the summary\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Read the style guide",
        "Everyone start drafting the summary",
    ]


@pytest.mark.parametrize("subject", ["Each person", "Every participant", "Each attendee"])
def test_each_person_is_everyone(subject: str) -> None:
    assert tasks(f"{subject} to read the onboarding notes before Friday.") == [
        ("Read the onboarding notes", ("everyone",), date(2020, 4, 3))
    ]


def test_a_task_table_row_marked_completed_with_an_emoji_is_done() -> None:
    notes = (
        "| Task | Status |\n|------|--------|\n"
        "| **Draft the survey** | ✅ **Completed** |\n"
        "| **Pilot the survey** | In progress |\n"
    )
    assert [t for t, _, _ in tasks(notes)] == ["Pilot the survey"]


@pytest.mark.parametrize(
    "line",
    ["*Meeting recorded by: Ana Ruiz*", "Notes taken by: Ana Ruiz", "Recording date: 1 April"],
)
def test_who_recorded_the_notes_and_when_is_no_task(line: str) -> None:
    assert tasks(f"## Action items\n- Send the slides to the group\n\n{line}\n") == [
        ("Send the slides to the group", (), None)
    ]


def test_can_we_after_a_name_is_asked_of_everyone_not_a_task_of_theirs() -> None:
    assert tasks("Myles, can we split the access into smaller roles") == []
    assert tasks("Myles, can you split the access into smaller roles") == [
        ("Split the access into smaller roles", ("Myles",), None)
    ]


def test_an_agenda_line_ending_in_an_issue_number_is_its_title() -> None:
    notes = (
        "## Agenda\n\n### build\n\n"
        "* Request for elevated permissions #1337\n"
        "  * Ana will draft the access policy.\n"
        "* src: remove the timer wrapper (#20894)\n"
        "  * Discussed, no decision yet.\n"
    )
    assert tasks(notes) == [("Draft the access policy", ("Ana",), None)]


def test_a_deed_said_by_a_pronoun_is_the_deed_asked_for() -> None:
    notes = (
        "* Michael, Chalker can you run the tool to look for ecosystem usage?\n"
        "* Chalker will do that.\n"
    )
    assert tasks(notes) == [("Run the tool to look for ecosystem usage", ("Chalker",), None)]


def test_someone_who_will_do_the_task_just_named_owns_it() -> None:
    notes = (
        "### Action items\n\n"
        "- Add new version to picker on website (just get PR in for now), Shauna will do\n"
        "- Reminder to book the room. Sam will handle.\n"
    )
    assert tasks(notes) == [
        ("Add new version to picker on website (just get PR in for now)", ("Shauna",), None),
        ("Reminder to book the room", ("Sam",), None),
    ]


def test_a_list_item_naming_someones_action_items_owns_the_list_under_it() -> None:
    notes = (
        "Attendees: Michelle, Michael, Alex\n\n"
        "* Key discussion points\n"
        "  - how do we evaluate languages as tools?\n"
        "- Action items for Michelle\n"
        "  - talk offline with Michael about the cluster install\n"
        "  - contact the HPC center\n"
        "    - Alex wants to hear about the profiler\n"
        "- Performance lecture ideas\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Talk offline with Michael about the cluster install", ("Michelle",)),
        ("Contact the HPC center", ("Michelle",)),
    ]


def test_a_note_nested_under_a_task_in_an_action_list_is_no_task() -> None:
    notes = (
        "Attendees: Erik, Griffin\n\n"
        "## Action Items\n\n"
        "**Erik**\n"
        "* Keep reviewing PR 1000\n"
        "    * waiting on refactor before adding the docs build\n"
        "    * ask Griffin about the fixtures\n"
        "* Data storage\n"
        "    * Writing the paper in a folder called doc (**Griffin**)\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Keep reviewing PR 1000", ("Erik",)),
        ("Ask Griffin about the fixtures", ("Erik",)),
        ("Writing the paper in a folder called doc", ("Griffin",)),
    ]


def test_double_check_written_as_two_words_is_an_order() -> None:
    assert tasks("* Strains\n  + Double check some strains with microscopy.\n") == [
        ("Double check some strains with microscopy", (), None)
    ]


def test_the_owner_closing_a_list_item_owns_each_of_its_sentences() -> None:
    notes = (
        "* Equipment\n"
        "  + Double check that the lab next door has a plate reader we can borrow. If not,"
        " look into the campus facility (**Manuel**).\n"
    )
    assert {o for _, o, _ in tasks(notes)} == {("Manuel",)}


def test_goals_for_next_week_are_a_task_list_due_then() -> None:
    notes = (
        "**Goals for next week:**\n"
        "* Go back to reading papers\n"
        "* Actually get the write-ups on the project page\n"
        "* Possibly merge the two drafts\n"
    )
    assert tasks(notes) == [
        ("Go back to reading papers", (), date(2020, 4, 10)),
        ("Actually get the write-ups on the project page", (), date(2020, 4, 10)),
        ("Possibly merge the two drafts", (), date(2020, 4, 10)),
    ]


def test_an_adverb_before_an_order_keeps_it_an_order_but_a_maybe_does_not() -> None:
    notes = (
        "## Notes\n* Actually get the write-ups on the project page\n* Possibly merge the drafts\n"
    )
    assert [t for t, _, _ in tasks(notes)] == ["Actually get the write-ups on the project page"]


def test_everyone_with_a_verb_in_its_base_form_is_everyones_task_where_it_is_one() -> None:
    notes = (
        "## Agenda\n- [ ] Everyone introduce themselves\n\n"
        "## Next steps\n- Everyone work through the exercises in chapter 2\n"
    )
    assert tasks(notes) == [
        ("Everyone work through the exercises in chapter 2", ("everyone",), None)
    ]


def test_names_written_in_lower_case_before_will_are_owners() -> None:
    notes = (
        "## Action Items\n"
        "- eric will add email sending to the mentee form\n"
        "- jp/tomek will make the card component\n"
        "- we will meet on Friday\n"
    )
    assert [o for _, o, _ in tasks(notes)][:2] == [("Eric",), ("Jp", "Tomek")]


def test_a_deadline_glossed_before_its_date_dates_the_list() -> None:
    notes = "## Action Items (Due by next sprint: April 10th):\n- Delete the pending tab\n"
    assert tasks(notes) == [("Delete the pending tab", (), date(2020, 4, 10))]


def test_an_action_marker_in_round_brackets_names_the_owner() -> None:
    notes = "* Wellbeing\n    * (AI: PaulM ) Blog post on the project page after the summit.\n"
    assert tasks(notes) == [("Blog post on the project page after the summit", ("PaulM",), None)]


def test_taking_on_this_owns_the_task_on_the_line_before() -> None:
    notes = (
        "## Action Items\n"
        "- Future meetings will be tracked using GitHub Issues.\n"
        "Malak volunteered to handle this.\n\n"
        "- Update the wiki page\n\n"
        "Some unrelated paragraph.\n\n"
        "Omar will take care of it.\n"
    )
    owners = {t: o for t, o, _ in tasks(notes)}
    assert owners["Future meetings will be tracked using GitHub Issues"] == ("Malak",)
    assert owners["Update the wiki page"] == ()


def test_a_decisions_heading_keeps_only_the_lines_that_commit_someone() -> None:
    notes = (
        "## Decisions Made\n\n"
        "- Get the MVP up and running as quickly as possible.\n"
        "- Sam will set up the staging server.\n\n"
        "## Action items\n\n"
        "- Write up the release notes\n"
    )
    assert [t for t, _, _ in tasks(notes)] == [
        "Set up the staging server",
        "Write up the release notes",
    ]


def test_a_heading_over_what_was_done_is_a_report_not_a_task_list() -> None:
    notes = (
        "## What Have I Done Since Last Meeting?\n\n"
        "- read a hall of fame piece\n"
        "- fix the parser tests\n\n"
        "### Previous Sprint\n\n"
        "- Schedule page frontend\n\n"
        "## What will I do next?\n\n"
        "- Write the survey chapter\n"
    )
    assert [t for t, _, _ in tasks(notes)] == ["Write the survey chapter"]


def test_a_list_lead_in_naming_decisions_reads_its_list_as_a_decisions_section() -> None:
    notes = (
        "## Notes\n\n"
        "- Key decisions made:\n"
        "  - Try an alternative method for analysing the data.\n"
        "  - Kim will write the data documentation.\n"
        "- Sam to book the room\n"
    )
    assert [t for t, _, _ in tasks(notes)] == ["Write the data documentation", "Book the room"]


def test_an_action_word_inside_a_things_name_does_not_open_an_action_section() -> None:
    # the heading is about a migration to a product whose name holds "Actions"
    product = (
        "### Kubernetes Tasks Rollout\n"
        "Notes:\n"
        "- Lee: Recommendation from the vendor to move clusters.\n"
        "- Kim: Current cadence is twice a day.\n"
        "Action Items:\n"
        "- [ ] Migrate the nightly jobs\n"
    )
    assert [t for t, _, _ in tasks(product)] == ["Migrate the nightly jobs"]
    # an ordinary word before it still names a list of tasks
    assert [t for t, _, _ in tasks("### Open Tasks Today\n- Lee: update the guide\n")] == [
        "Update the guide"
    ]


def test_an_effort_estimate_after_the_owner_does_not_hide_the_owner() -> None:
    notes = (
        "#### Next steps:\n"
        "- write the export script (Dana) ~ 3 days: High Priority\n"
        "- chart (Lior) ~ 1 week\n"
    )
    assert tasks(notes) == [
        ("Write the export script", ("Dana",), None),
        ("Chart", ("Lior",), None),
    ]
    # a single word with no owner is still no task
    assert tasks("#### Next steps:\n- chart ~ 1 week\n") == []


def test_an_action_label_for_a_person_names_its_owner() -> None:
    notes = (
        "- Action for Noor: will rename the channel and tell the group\n"
        "- Action item for Tomas: Can the budget cover a second room?\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Rename the channel and tell the group", ("Noor",)),
        ("Can the budget cover a second room", ("Tomas",)),
    ]


def test_a_goals_line_with_a_deadline_and_a_templates_note_heads_its_list() -> None:
    notes = (
        "Goals for next week (list who does what)\n\n"
        "* Work on the slides for the demo.\n"
        "* Rehearse the demo.\n"
    )
    assert tasks(notes) == [
        ("Work on the slides for the demo", (), date(2020, 4, 10)),
        ("Rehearse the demo", (), date(2020, 4, 10)),
    ]


def test_an_actionable_heading_is_an_action_heading() -> None:
    notes = "## Actionable\n- Agree on a release date\n- Roadmap final decision\n"
    assert [t for t, _, _ in tasks(notes)] == ["Agree on a release date", "Roadmap final decision"]


def test_a_check_box_under_attendees_is_the_sign_in_sheet_not_a_task() -> None:
    notes = "## Attendees\n- [x] Ana (Acme)\n- [ ] Add your name\n\n## Actions\n- [ ] Ship it\n"
    assert [t for t, _, _ in tasks(notes)] == ["Ship it"]


def test_a_heading_over_an_agreed_procedure_holds_standing_rules_not_tasks() -> None:
    notes = (
        "## Agreed Procedure\n"
        "1. For a member who cannot finish their task:\n"
        "    - Please tell the other group members ASAP.\n"
        "    - Browse online for the same issue and learn how others fixed it.\n\n"
        "## Action items\n"
        "- Design the bookshelf UI\n"
    )
    assert [t for t, _, _ in tasks(notes)] == ["Design the bookshelf UI"]


def test_an_attendance_table_lists_the_participants() -> None:
    notes = (
        "| Attending: | Absent: |\n| :---: | :---: |\n"
        "| Joey McPhail | |\n| Steph Pratt (called in) | |\n| Chris Bodger | Ben Healey |\n\n"
        "## Notes\n- Chris will purchase the LEDs\n"
    )
    assert clean_notes(notes).text.startswith(
        "Attending: Joey McPhail, Steph Pratt (called in), Chris Bodger\nAbsent: Ben Healey\n"
    )
    assert tasks(notes) == [("Purchase the LEDs", ("Chris Bodger",), None)]
    marked = "| Attendees | Attended |\n|---|---|\n| Jamie V | Y |\n\n- Jamie will book the room\n"
    assert tasks(marked) == [("Book the room", ("Jamie V",), None)]


def test_a_person_to_over_a_nested_list_owns_its_items() -> None:
    notes = (
        "Attending: Chris Bodger, Steph Pratt, Joey McPhail\n\n"
        "## Actionables\n"
        "* Chris to:\n  * Purchase LEDs\n"
        "* Steph to:\n  * Organise a meeting with the client.\n"
        "* Plans to:\n  * Reorganise the drive.\n"
        "* All:\n  * Update Ben on outcomes.\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Purchase LEDs", ("Chris Bodger",)),
        ("Organise a meeting with the client", ("Steph Pratt",)),
        ("Reorganise the drive", ()),  # "Plans" is no one the notes list
        ("Update Ben on outcomes", ("everyone",)),
    ]


def test_the_whole_groups_label_says_whom_an_order_is_for() -> None:
    notes = (
        "## Agenda and Notes\n"
        "* All: please review the landscape site\n"
        "    * Please add missing projects to the landscape.\n"
        "* Everyone: critique the project proposal\n"
        "* All: the time works for those on the call\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Review the landscape site", ("everyone",)),
        ("Add missing projects to the landscape", ("everyone",)),
        ("Critique the project proposal", ("everyone",)),
    ]


def test_a_verbs_ing_form_with_its_owner_marked_after_it_is_their_task() -> None:
    notes = (
        "## Participants\n- @huhn511\n- @l1h3r\n- @ana\n\n"
        "### Alpha Release\n"
        "- Publishing NPM @huhn511\n"
        "- Check the Typescript preview @l1h3r\n\n"
        "## Updates\n"
        "- Writing the report @ana\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Publishing NPM", ("huhn511",)),
        ("Check the Typescript preview", ("l1h3r",)),
    ]


def test_a_bare_completed_heading_holds_finished_items() -> None:
    notes = (
        "### Actions\n#### Completed\n[KS] Suggest two previous dissertations for review\n\n"
        "[CS] Circulate the slides for feedback.\n\n"
        "#### Assigned\n[CS] Send Marc the project preparation report.\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Send Marc the project preparation report", ("CS",)),
    ]


def test_an_owner_field_names_its_people_as_written() -> None:
    notes = (
        "## TODO Items\n| Task | Assignee |\n| :-- | ---: |\n"
        "| Fix login and signup | Sunny Zhang + Jiaying Li |\n| Design the UI | Ning Yang |\n"
    )
    assert [(t, o) for t, o, _ in tasks(notes)] == [
        ("Fix login and signup", ("Sunny Zhang", "Jiaying Li")),
        ("Design the UI", ("Ning Yang",)),
    ]


def test_markdown_escapes_are_read_as_the_characters_they_escape() -> None:
    text = clean_notes("1\\. Email Robert\n* \\[aliok\\] Changing time\n* \\<addme\\>\n").text
    assert text.split("\n")[:3] == ["1. Email Robert", "* [aliok] Changing time", "* <addme>"]


def test_a_todo_marker_with_its_owner_and_their_step_in_brackets() -> None:
    notes = (
        "| Search Key | Description |\n| :---- | :---- |\n| \\[todo\\] | Action Item |\n\n"
        "## Notes\n\n* Working session\n"
        "  * [todo] \\(PL to open an issue) Add a prerequisites section to the README\n"
        "  * [todo] \\(PL on same issue as above) document the offline build flag\n"
    )
    assert tasks(notes) == [
        ("Add a prerequisites section to the README", ("PL",), None),
        ("Document the offline build flag", ("PL",), None),
    ]


def test_a_meetings_outcomes_heading_holds_the_steps_taken_on_not_guidance() -> None:
    notes = (
        "## Meeting Outcomes\n"
        "### Short-term outcomes\n"
        "- Draft the funding proposal for the steering group\n"
        "- The group heard about the plans of each member\n"
    )
    assert tasks(notes) == [("Draft the funding proposal for the steering group", (), None)]
