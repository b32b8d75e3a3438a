"""English word classes from the parse pipeline's lemmatizer tables, and what they change."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.actions import ActionItem, extract_action_items
from assistant.actions.lexicon import common_word_form, is_base_verb, modifier_only
from assistant.understanding.people import participants
from assistant.understanding.syntax import available

pytestmark = pytest.mark.skipif(not available(), reason="the parse pipeline's wheel is missing")

TODAY = date(2025, 11, 19)


def extract(notes: str) -> list[ActionItem]:
    return extract_action_items(notes, today=TODAY, author=None)


def test_base_verbs_come_from_the_tables_not_a_list() -> None:
    for word in ("survey", "Determine", "display", "accompany", "seek"):
        assert is_base_verb(word), word
    for word in ("the", "roland", "surveys", "quickly"):
        assert not is_base_verb(word), word


def test_inflected_ordinary_words_are_not_names() -> None:
    for word in ("Points", "Plans", "Wanted", "Needed", "Meetings", "Changes"):
        assert common_word_form(word), word
    # names, base forms that may be names, and groups of people stay possible owners
    for word in ("Soares", "Thoms", "Jared", "Hayes", "James", "Frank", "Mentors", "Members"):
        assert not common_word_form(word), word


def test_a_bulleted_present_line_lists_participants() -> None:
    found = participants(["- Present: Gibson, Will Myers, Soares, Roland"])
    assert found.find("Soares") == "Soares"
    assert found.find("will") == "Will Myers"


def test_a_participant_given_an_order_is_an_item_whatever_the_verb() -> None:
    notes = (
        "- Present: Luther, Valentine, Soares, Roland, Dana\n\n"
        "**Resolved**\n\n"
        "- Soares: Work out with Juanita how to improve the spreadsheets.\n"
        "- Valentine: Survey current and former members before the next plenum.\n"
        "- Roland: Travel is the main worry for the event\n"
        "- Dana: Can we move the call to Tuesday\n"
        "- Luther: Bug fixes, file issues fixed, modals added\n"
    )
    items = extract(notes)
    assert [(i.task, i.owner) for i in items] == [
        ("Work out with Juanita how to improve the spreadsheets", "Soares"),
        ("Survey current and former members before the next plenum", "Valentine"),
    ]


def test_an_ordinary_capitalised_word_is_no_owner() -> None:
    items = extract("## Next steps\n- Plans: start with dummy reports and compare them\n")
    assert items and all(i.owner != "Plans" for i in items)


def test_a_task_then_its_participants_is_an_item_under_any_heading() -> None:
    notes = (
        "## Attendance List\n- Jack Chou\n- Zijian Su\n- Stephen Wilcox\n\n"
        "## Important Notes / Decisions\n"
        "- Scribe: Stephen Wilcox\n"
        "- Create UI: Jack / Zijian\n"
        "- Delete Method: Stephen\n"
    )
    items = extract(notes)
    assert [(i.task, i.owners) for i in items] == [
        ("Create UI", ("Jack Chou", "Zijian Su")),
        ("Delete Method", ("Stephen Wilcox",)),
    ]


def test_what_was_agreed_or_stated_as_a_state_of_things_is_no_item() -> None:
    notes = (
        "## Frontend/Backend Tasks Division\n"
        "* We agreed that we have a proper UI for them.\n"
        "* We agreed on, in general, our backlog, and the actual backlog is pretty similar.\n"
        "* Our milestones are basic features, epics, and stories.\n"
        "* We agreed that Sam will draft the task division document.\n"
        "* The team is responsible for keeping the meeting notes.\n"
    )
    tasks = [i.task for i in extract(notes)]
    assert tasks == [
        "Draft the task division document",
        "Keeping the meeting notes",  # the team's: who is responsible is its owner
    ]


def test_a_thing_and_what_it_has_come_to_or_can_do_is_no_item_under_next_steps() -> None:
    notes = (
        "### Next Steps:\n"
        "However, the board has decided to keep one shared portal for the members. "
        "The visitors of the portal should be able to find every chapter. "
        "The group has to write the portal's requirements. "
        "Review the list of chapters.\n"
    )
    assert [i.task for i in extract(notes)] == [
        "The group has to write the portal's requirements",
        "Review the list of chapters",
    ]


def test_someone_to_do_something_with_any_verb_and_numbered_clauses() -> None:
    notes = (
        "- Emma to check-in with possible mentors about GSoC\n"
        "- Aim to produce a white paper\n"
        "- Nice to have a standard repo format\n"
        "(1) Nestor and Yaolong will run the chord labelling on both movements.\n"
    )
    found = {i.task: i.owners for i in extract(notes)}
    assert found["Check-in with possible mentors about GSoC"] == ("Emma",)
    assert found["Run the chord labelling on both movements"] == ("Nestor", "Yaolong")
    assert all(owner not in ("Aim", "Nice") for owners in found.values() for owner in owners)


def test_attendee_headings_roles_after_commas_and_commas_in_brackets() -> None:
    lines = [
        "### Members in Attendance in Official Capacity ###",
        "- Jordan Goetze, Chair",
        "- Rebecca Nelson, Vice-Chair",
        "",
        "Topics",
        "*Present: Guanyuming He (GH, student), Sean O'Grady (SO, main supervisor)*",
    ]
    found = participants(lines)
    assert [p.name for p in found.people] == [
        "Jordan Goetze",
        "Rebecca Nelson",
        "Guanyuming He",
        "Sean O'Grady",
    ]


def test_he_or_she_is_the_participant_the_paragraph_named() -> None:
    notes = (
        "### Attendance\n- Rebecca Nelson, Vice-Chair\n- Jordan Goetze, Chair\n\n"
        "### Funding\n"
        "Further, Rebecca has heard back from the finance commission. She will confirm meeting "
        "times with them.\n\n"
        "### Other\n"
        "They said she will send the report.\n"
    )
    owners = {i.task: i.owner for i in extract(notes)}
    assert owners["Confirm meeting times with them"] == "Rebecca Nelson"
    assert owners.get("Send the report") is None  # no one named in that paragraph


def test_an_assigned_line_goes_on_as_one_item() -> None:
    notes = (
        "- Present: Roland, Valentine, Jo Lee (JL)\n\n"
        "**Resolved**\n\n"
        "- Roland: Implement supporters page 1st iteration; seek comment for next plenum\n"
        "- JL: Start the feedback document. ONGOING\n"
    )
    assert [(i.task, i.owner) for i in extract(notes)] == [
        ("Implement supporters page 1st iteration; seek comment for next plenum", "Roland"),
        ("Start the feedback document", "JL"),
    ]


def test_a_persons_updates_are_theirs() -> None:
    notes = (
        "## Attendees\n* Megan Noble\n* Ben Jeffers\n\n"
        "## Notes\n"
        "- Megan's Updates:\n"
        "    - Plans to start with dummy reports and compare them to previous reports.\n"
        "### Ben's Updates\n"
        "- Will work on login for admin functionality.\n"
    )
    owners = {i.task: i.owner for i in extract(notes)}
    assert owners == {
        "Start with dummy reports and compare them to previous reports": "Megan Noble",
        "Work on login for admin functionality": "Ben Jeffers",
    }


def test_a_list_of_issue_links_is_references_not_tasks() -> None:
    notes = (
        "## Notes\n"
        "* [Work In Progress](https://example.org/milestone/70):\n"
        "  * [Install renovate on the repositories](https://example.org/issues/3303)\n"
        "      * Gotta check with the persons who raised the issue\n"
        "  * [Upgrade to Kubernetes 1.25](https://example.org/issues/3582)\n"
        "* Please [review the draft](https://example.org/draft) by Friday\n"
    )
    tasks = [i.task for i in extract(notes)]
    assert not any("renovate" in t or "Kubernetes" in t for t in tasks)
    assert "Review the draft" in tasks  # a link inside a sentence is still read


def test_a_sentence_about_a_thing_is_no_order() -> None:
    notes = (
        "## Action items\n"
        "- Eric Holk: List looks broadly reasonable.\n"
        "- Review is scheduled for now, no changes amongst attendees\n"
        "- Scope was larger than expected\n"
        "- Details are going to be gathered and a poll will be posed on Slack\n"
        "- Review the 2-approver rule\n"
    )
    tasks = [i.task for i in extract(notes)]
    assert tasks == [
        "Details are going to be gathered and a poll will be posed on Slack",
        "Review the 2-approver rule",
    ]


def test_a_table_cell_with_several_list_items_gives_one_task_each() -> None:
    notes = (
        "| Topic | Discussion | Action |\n"
        "|---|---|---|\n"
        "| MSA | A new MSA was sent. | -Ricky Rand: Confirm the terms with the IOE team. |\n"
        "| Contract | Received. | <p>- Neil and Adam to review the contract.<br>"
        "- Share the contract with the TSC.</p> |\n"
    )
    items = [(i.task, i.owners) for i in extract(notes)]
    assert items == [
        ("Confirm the terms with the IOE team", ("Ricky Rand",)),
        ("Review the contract", ("Neil", "Adam")),
        ("Share the contract with the TSC", ()),
    ]


def test_a_lead_in_saying_what_is_to_be_done_opens_a_task_list() -> None:
    notes = (
        "I showed the improvements in the dashboards.\n\n"
        "Things to be done in the coming weeks discussed in the meeting:\n"
        "1. work on the tests of the completed enrichers\n"
        "2. show the results as well as the dashboards to the community\n"
    )
    assert [i.task for i in extract(notes)] == [
        "Work on the tests of the completed enrichers",
        "Show the results as well as the dashboards to the community",
    ]


def test_initials_side_by_side_are_participants_and_lead_their_tasks() -> None:
    notes = (
        "Present:\nJS JL MA YJ\nApologies: SR\n\n"
        "## Notes\n"
        "- CC/JS Arrange meeting with WP1 and the operators\n"
        "- WG Risk review\n"
    )
    found = participants(["Present:", "JS JL MA YJ", "Apologies: SR"])
    assert [p.name for p in found.people] == ["JS", "JL", "MA", "YJ", "SR"]
    items = [(i.task, i.owners) for i in extract(notes)]
    assert ("Arrange meeting with WP1 and the operators", ("CC", "JS")) in items
    assert all(owners != ("WG",) for _, owners in items)  # an acronym no one is listed under


def test_a_trailing_todo_marks_a_task_and_gotta_commits() -> None:
    notes = (
        "## Notes\n"
        "* Migration of the CI:\n"
        "    * Cleanup of AWS resources todo\n"
        "    * Gotta check with the persons who raised the issue\n"
        "    * Runbook updated with the new setup\n"
    )
    assert [i.task for i in extract(notes)] == [
        "Cleanup of AWS resources",
        "Check with the persons who raised the issue",
    ]


def test_what_the_meeting_decided_is_no_task_even_in_an_action_column() -> None:
    notes = (
        "| Topic | Action |\n|---|---|\n"
        "| Slack | Decision to fund Slack licenses for TSC members. |\n"
        "| Thanks | A motion to formally thank Mike for handling the issue was passed. |\n"
        "| Votes | Vote on the maintenance contract priorities. |\n"
    )
    assert [i.task for i in extract(notes)] == ["Vote on the maintenance contract priorities"]


def test_a_single_word_is_no_task_unless_the_notes_mark_it() -> None:
    notes = "## Next steps\n- Sydney\n- Answer\n- TODO: report\n- Ana to log\n"
    tasks = [i.task for i in extract(notes)]
    assert "Sydney" not in tasks and "Answer" not in tasks
    assert "Report" in tasks and "Log" in tasks


def test_a_handle_after_a_task_marker_owns_it_and_emphasis_is_no_owner() -> None:
    notes = (
        "Attendees: @molly, @warpfork\n\n"
        "AI: molly - update the graph of where all the things are\n"
        "- IMPORTANT: make sure we state the number of training examples\n"
    )
    owners = {i.task: i.owners for i in extract(notes)}
    assert owners["Update the graph of where all the things are"] == ("molly",)
    assert all("IMPORTANT" not in o for o in owners.values())


@pytest.mark.parametrize("word", ["Better", "Best", "Worse", "More"])
def test_a_comparative_is_a_modifier_only_whatever_else_it_can_be(word: str) -> None:
    assert modifier_only(word)


def test_better_to_do_it_names_no_one() -> None:
    items = extract_action_items("- Better to switch the board sooner than later", author=None)
    assert all(i.owner != "Better" for i in items)


def test_a_thing_that_has_offered_or_agreed_to_act_still_owns_a_step() -> None:
    notes = "### Next Steps:\nThe finance office has offered to draft the budget by 12 December.\n"
    assert ["draft the budget" in i.task for i in extract(notes)] == [True]
