"""Turn free-form session or meeting notes into action items (task, owners, due date).

The notes are first reduced to plain lines (:mod:`assistant.actions.markup`: HTML, tables,
links, front matter, zero-width characters) and their participants collected
(:mod:`assistant.understanding.people`: attendee lists, front matter, "Name (XY)" initials).
Every clause is read as a would-be item (:func:`extract_candidates`, with the rule that rejects
it, if any) and :func:`assistant.actions.judge.keep` decides which are kept: the structural rules
below, or the fitted model over meaning and structure when cross-validation shows it better
(``actions/judge.yaml``). A line or sentence is an item by the rules when its structure commits
someone:

- a prefixed line: ``TODO``, ``TODO(name):``, ``Action:``, ``AI:``, ``Follow-up:``, ``[ ]``,
  a trailing ``(todo)``, a table row under a Task column;
- a line under an action heading ("Action items", "Next steps", "To do", "TODOs and Decisions");
- a person with a commitment: "Sam will…", "I'll…", "Ben and Leonard to…", "X plans to…",
  "X agreed to…", "SK: fix…", "Priya sends…", "Sam, please book…", "(akm to review)",
  "assigned to X", "owner: X", "We agreed that…", "Let's…";
- "Need to…", "please…", "due <date>", or a bullet that starts with an action verb.

Discussion, questions, headings, attendee lists, links, dialogue ("MR: Sure, do whatever it
takes"), agenda and guidance lists, decisions without an actor, the next meeting's date, feelings,
past-tense reports and done items are not items.

Sections follow the notes' outline: a Markdown heading opens a section; a bold or "Label:"
heading inside an action or agenda section stays in it ("**Tasks to be completed**" then
"Step 1:"), so a meeting's own check-list under "Agenda" ("[ ] Create Zoom link") is not a task
list while the steps under "Tasks" are. Under a discussion heading ("Meeting minutes",
"Updates") only a line that commits someone is an item, not every line that starts with a verb.

Owners: names resolve to the participants the notes mention (a first name to the full name,
initials and handles as written); several owners stay several; "I" is the author; "we"/"both" is
the mentee and the mentor in a session's notes; "everyone"/"the group" is ``everyone``. A task
with no owner belongs to the author when the author is ``mentee`` or ``mentor`` (a two-person
session), and to no one (``None``) otherwise; a heading or an ordinary capitalised word is never
an owner. A sentence longer than ``MAX_SENTENCE_CHARS`` is not read as a task, which keeps the
scan linear. Whether a word is an English verb ("Soares: Survey the members", "Create UI: Jack")
or an ordinary word rather than a name ("Points to consider") comes from
:mod:`assistant.actions.lexicon` (WordNet's tables, shipped in the parse pipeline's wheel).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta

from assistant.actions.clause import (
    ADVISED,
    BARE_NEXT_MEETING,
    PARTICIPLE,
    Reading,
    Section,
    find_task_due,
    read_candidate,
    reads_as_title,
)
from assistant.actions.items import ActionItem
from assistant.actions.judge import Candidate, keep
from assistant.actions.lexicon import (
    common_noun,
    common_word_form,
    is_base_verb,
    is_modifier,
    past_form,
    verb_or_modifier,
)
from assistant.actions.marks import ends_done, states_intent
from assistant.actions.markup import clean_notes
from assistant.actions.owners import (
    GROUP_NOUN,
    NAME,
    SPACES,
    SPEAKER_LABEL,
    SUBJECT,
    TASK_VERBS,
    UNKNOWN,
    People,
    Who,
    things_named,
)
from assistant.duedates import NUMBER_WORDS, find_due
from assistant.errors import UsageError
from assistant.understanding.people import looks_like_name, participants

__all__ = [
    "MAX_SENTENCE_CHARS",
    "assemble",
    "extract_action_items",
    "extract_candidates",
    "notes_date",
]

MAX_SENTENCE_CHARS = 600

_BULLET = re.compile(
    r"^(?:(?!\*\*)[-*•·+▪◦‣→➜►▶✓✔☐□○●]|\d{1,3}[.)]|[a-zA-Z][.)](?=\s)|\((?:\d{1,2}|[a-z])\)(?=\s)"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF](?=\s))\s*"
)
# not "#18514 with follow up PRs:", an issue's number; "#6/9 Action items" is a heading
_HEADING_MD = re.compile(r"^#{1,6}(?!\d+(?:[\s,.;:)]|$))\s*(?P<h>.*?)\s*#*$")
# "**Erik**", and in bold italics "***Erik***", "_**Erik**_"
_HEADING_BOLD = re.compile(
    r"^(?:\*\*\*?|__|_\*\*|\*\*_)(?P<h>[^*_]{1,80})(?:\*\*\*?|__|\*\*_|_\*\*)\s*:?$"
)
_HEADING_COLON = re.compile(r"^(?P<h>[A-Za-z][\w '’/&()-]{0,50}):$")
_RULE = re.compile(r"^[-=_*\s]{3,}$")
_ACTION_HEADING = re.compile(
    r"\b(?:action\s+(?:items?|points?|plan)|actions?|actionables?|to[-\s]?dos?|todos?|next\s+steps?|follow[-\s]?ups?|tasks?"
    r"|homework|commitments?|agreed|assignments?|deliverables?|plans?|to\s+be\s+done|(?-i:AIs)"
    r"|future\s+work|upcoming\s+(?:work|goals?))\b",
    re.IGNORECASE,
)
_HEADING_OWNER = re.compile(
    r"(?:\bfor\s+(?P<for>[\w'’ ]{1,30})$|^(?P<poss>[\w'’ ]{1,30}?)['’]s?\s|^(?P<my>my|our)\s"
    r"|^(?P<bare>[\w'’ ]{1,30}?)\s*[-–—(]|^(?P<role>mentor|mentee|both)\b)",
    re.IGNORECASE,
)
_SENTENCE_SPLIT = re.compile(
    r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bcf\.)"
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bProf\.)"  # a title: "Mr. Patel"
    r"(?!(?<=\d\.)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"  # "29. Nov."
    r"\s+(?=[\"“'(\[]?[A-Z]|(?:i|he|she|they|we)(?:['’]ll|\s+will)\b)(?!\([^()]{1,40}\)\W*$)"
    r"|\s*;\s+(?![^()]*\))|\s+[•·]\s+"
)  # not after an initial ("Stuart D. Krueger" is one name) or "e.g." ("Reach out to partners
# (e.g. Microsoft) who have offices in Europe") or a title ("Email Mr. Patel"), nor at a ";"
# inside brackets, nor before a bracket that ends the line ("I'll ask. (Ruth)" says who "I" is);
# jotted notes start a sentence in lower case with a commitment: "CV weak. he'll fix it"
# A clause also starts after a remark and a dash inside brackets: "Intro: Ana (she was out —
# Ben will tell her)" holds Ben's commitment.
_CLAUSE_SPLIT = re.compile(
    rf"(,\s*(?:and\s+(?:that\s+)?|but\s+|then\s+|while\s+|so\s+)?|\s+(?:and(?:\s+that)?|but|then|while|so)\s+"
    rf"|(?<=\()[^()]{{2,60}}?\s+[–—]\s+)"
    rf"(?=(?:I|we|you|he|she|they|[Bb]oth|@[\w.-]{{2,30}}|(?:[A-Z][\w-]+\s+){{1,2}}{GROUP_NOUN}|{NAME})"
    rf"(?:['’]ll|['’]m\s+going\s+to|\s+(?:will|shall|"
    rf"is\s+going\s+to|are\s+going\s+to|needs?\s+to)\b|\s+to\s+(?=[a-z]))|let['’]s\s|let\s+us\s"
    rf"|(?i:the|this|that)\s+(?:[\w-]+\s+){{1,2}}(?i:needs?\s+to|will|must|should)\s+be\s+{PARTICIPLE}\b)"
)  # "..., the server needs to be set up by Jo", "..., and the final date will be announced":
# a passive, with or without who does it, starts a clause of its own


def extract_action_items(
    notes: str,
    *,
    today: date | None = None,
    mentee: str | None = None,
    mentor: str | None = None,
    author: str | None = "mentee",
    rules_only: bool = False,
) -> list[ActionItem]:
    """Return the commitments in ``notes``, in order, without duplicates.

    ``author`` is ``mentee`` or ``mentor`` for a session's notes ("I" is that person, and a
    task with no owner is theirs), the name of whoever wrote other notes ("I" only), or None.
    ``today`` defaults to the notes' own date line, then to today's date. Every clause is read
    as a would-be item and :func:`assistant.actions.judge.keep` decides which are commitments
    (``rules_only``: the structural rules alone decide).
    """
    found = extract_candidates(notes, today=today, mentee=mentee, mentor=mentor, author=author)
    if rules_only:
        return assemble(found, [c.reading.rejected is None for c in found])
    return assemble(found, keep(found))


def assemble(candidates: list[Candidate], kept: list[bool]) -> list[ActionItem]:
    """The kept candidates' items, in order, each task and owner once."""
    items: list[ActionItem] = []
    seen: set[tuple[str, str | None, str]] = set()
    for candidate, chosen in zip(candidates, kept, strict=True):
        item = candidate.reading.item
        # the same words under another list item are another task: "update .MDs" under
        # "Closing Contribex Docs" and again under "Closing Websites Updates WG"
        key = (item.task.lower(), item.owner, candidate.under)
        if chosen and key not in seen:
            seen.add(key)
            items.append(item)
    return items


def extract_candidates(
    notes: str,
    *,
    today: date | None = None,
    mentee: str | None = None,
    mentor: str | None = None,
    author: str | None = "mentee",
) -> list[Candidate]:
    """Every clause of ``notes`` read as a would-be item, in order (see
    :func:`extract_action_items` for the arguments)."""
    if "\x00" in notes:
        raise UsageError("The notes contain NUL bytes; give a plain-text file.")
    if author is not None and (
        not isinstance(author, str) or not author.strip() or len(author) > 80 or "\n" in author
    ):
        raise UsageError(
            f"author must be 'mentor', 'mentee' or the name of who wrote the notes, not {author!r}."
        )
    cleaned = clean_notes(notes)
    lines = _joined_lines(cleaned.text.split("\n"))
    named = participants(lines, cleaned.front_matter)
    if mentee is None and mentor is None and author in ("mentee", "mentor") and len(named) >= 3:
        author = None  # a team's notes ("Present: Aisha, Ben, Chen"), not a two-person session:
        # no "mentee" owns what no one was named for, and "we" is not "both"
    people = People(
        _clean_name(mentee),
        _clean_name(mentor),
        _clean_name(author),
        named,
        things=things_named(cleaned.text),
    )
    meetings = _meeting_log(lines)  # empty for one meeting: its dates are read as of today
    own_date, day_first = _own_date(lines, cleaned.front_matter, meetings)
    own_warning = None
    if today is None and own_date is not None and not meetings:
        own_date, day_first, own_warning = _settle_own_date(lines, own_date, day_first)
    today = today or own_date or date.today()
    next_meeting = _next_meeting(lines, today, day_first)
    notes_today = today  # "today" below is the day of the meeting whose section this is
    meeting_level = 0  # the heading level of that meeting's date, 0 outside any
    found: list[Candidate] = []
    section = Section()
    after_blank = False
    paragraph: Who | None = None
    previous_bullet = False
    readings: dict[tuple[object, ...], Reading | None] = {}  # repeated lines
    after_heading = False
    outline = Section()  # the section the last Markdown heading opened
    outline_level = 0  # its number of "#"
    # the Markdown headings above the line, outermost first: level, section, over ideas
    levels: list[tuple[int, Section, bool]] = []
    label: Section | None = None  # the section a "Label:" heading opened, until its list ends
    label_items = 0  # list items in a row, with no blank line between them
    listed = False  # a list item seen since the heading: a paragraph after it ends the section
    heading_due: date | None = None  # "### Due Friday": the section's deadline
    list_due: date | None = None  # "To be done until Friday 10.11.2023:": the list's deadline
    group: tuple[int, Who] | None = None  # "- ==@raulk==" with the person's tasks nested below
    asked: tuple[int, date | None] | None = None  # "- What do we want to complete by Sunday?"
    task_list: tuple[int, Section] | None = None  # "- Action items for Michelle" over its list
    finished: int | None = None  # the indent of "* Finished", "- Done:" over its list items
    done_heading = False  # under a heading over finished items ("#### Completed")
    boxed_parent: int | None = None  # the indent of "- [ ] task" over its notes
    following: tuple[str, Who] | None = None  # "@sam will release the following:": its verb
    # "1. Each person to review a document as follows:" over "- Kira - Usecases": (the lead's
    # indent, whether it is numbered, its task, its owner)
    shared: tuple[int, bool, str, Who] | None = None
    last_task: tuple[int, int] | None = None  # (indent, index in found) of the last line's item
    named: Who | None = None  # the person the paragraph last named: who "he"/"she" is
    outer: list[tuple[int, str]] = []  # (indent, text) of the list items above this one
    last_line = -2  # the line of the last clause read
    options = False  # the list under "It seems like I could take on:": options, not tasks
    heads = _people_over_lists(lines, people)  # "- Aijing" over her lines, beside "- Yu"
    title = _title_line(lines)
    for number, raw_line in enumerate(lines):
        line = raw_line.strip()
        if not line or _RULE.match(line):
            after_blank = after_blank or not line
            paragraph = None if not line else paragraph
            named = None if not line else named
            continue
        heading = _heading(line)
        if heading is None and number == title:
            heading = line  # "Volunteer Fire Brigade — Committee Meeting": the notes' title
        if (
            heading is None
            and not section.actions
            and _TO_BE_DONE_LEAD.match(line)
            and _deadline(line, today, next_meeting, day_first) is None
        ):  # "Things to be done in the coming weeks:" opens a list of tasks; with a date, the
            heading = line.rstrip(":")  # line is a lead-in whose deadline ends with its list
        if heading is None and not _BULLET.match(line) and _PEOPLE_LINE.match(line):
            heading = "Attendees"  # "Attendees (please add yourself to this list)"
        inline = _INLINE_ACTIONS.match(line)
        if heading is not None and not inline and _HEADING_MD.match(line):
            # in a log of meetings, "Monday" and "until 30.09." are read as of their meeting
            level = len(line) - len(line.lstrip("#"))
            if number in meetings:
                today, meeting_level = meetings[number][0], level
            elif level <= meeting_level:
                today, meeting_level = notes_today, 0
        if heading is not None and not inline:
            heading_due = _deadline(heading, today, next_meeting, day_first)
            plan = _PLAN_QUESTION.match(heading.strip(" *_:"))
            if plan and plan.group("when") and heading_due is None:
                # "What would you like to work on next week?": done by then
                heading_due = _lead_deadline(
                    f"by {plan.group('when')}", today, next_meeting, day_first
                )
            list_due = None
            following = None
            options = False
            found_section = _section_for(heading, people)
            # "#### Completed", "Done items:": what is listed under it is finished
            done_heading = _DONE_HEADING.match(heading.strip(" *_:")) is not None
            level = len(line) - len(line.lstrip("#"))
            if _HEADING_MD.match(line):
                while levels and levels[-1][0] >= level:
                    levels.pop()
                above = levels[-1] if levels else None
                if above is not None and above[2] and found_section == Section():
                    # "#### Project Ideas" then "##### Pull Historical Data": one of the ideas
                    found_section = above[1]
                ideas = bool(_IDEAS_HEADING.search(heading)) or (above is not None and above[2])
                levels.append((level, found_section, ideas and found_section.kind == "agenda"))
            nested = outline.actions and level > outline_level and found_section.kind == "person"
            if nested:
                section = _subsection(outline, found_section)  # "## Actions" then "### Kat"
            elif _HEADING_MD.match(line) or (not section.actions and section.kind != "agenda"):
                section = found_section
            else:
                section = _subsection(section, found_section)
            if _HEADING_MD.match(line) and not nested:
                outline = section if section.kind != "people" else Section()  # not attendees
                outline_level = level
            # "Next steps:" in prose under "## Interop": its list ends at the next blank line
            label = section if _HEADING_COLON.match(line) else None
            label_items = 0
            after_blank = False
            after_heading = True
            listed = False
            paragraph = None
            named = None
            group = None  # a heading ends the group of a person's lines above it
            continue
        if after_heading and _ITALIC_LINE.match(line):
            continue  # "*Where to go next, dependencies, all deadlines*": the heading's gloss
        if after_heading and not _BULLET.match(line) and _TEMPLATE_ASK.search(line):
            continue  # "Please mention the work you did this week. A good status update will
            # mention...": a template's instruction to whoever fills it in
        after_heading = False
        bullet = _BULLET.match(line)
        if (
            section.actions
            and not bullet
            and raw_line[:1] not in " \t"
            and ((after_blank and listed) or previous_bullet)
            and not line.endswith(":")
            and not (previous_bullet and _LINK_ONLY.match(line))  # the item's link, on its own line
        ):
            section = Section()  # a paragraph after the list ends the action section
        elif section.kind == "people" and not bullet and after_blank and listed:
            section = outline  # "**Participants**", its list, then the notes go on
        elif label is not None and label is section and after_blank and label_items >= 2:
            section = outline  # a blank line ends a "Label:" heading's list of items
            label = None
        label_items = label_items + 1 if bullet and not after_blank else int(bool(bullet))
        indent = len(raw_line) - len(raw_line.lstrip(" \t"))
        if shared is not None and (
            not bullet or (indent <= shared[0] and _numbered(bullet) == shared[1])
        ):
            shared = None  # prose, or the lead-in's next item ("2. Everyone to ..."), ends it
        if not bullet:
            # a lead-in names the deadline of the list under it; the next line of prose ends it
            following = None
            lead = line.endswith(":")
            list_due = _deadline(line, today, next_meeting, day_first) if lead else None
            options = lead and _OPTIONS_LEAD.search(line) is not None
        listed = listed or bool(bullet)
        after_blank = False
        previous_bullet = bool(bullet)
        body = line[bullet.end() :] if bullet else line
        for _ in range(2):  # "- - item", "1. - item": markers inside markers
            inner_bullet = _BULLET.match(body) if bullet else None
            if inner_bullet is None or not inner_bullet.group(0).strip():
                break
            if re.match(r"\[[ xX✓]\]", body):
                break  # a check-box is read by the clause (done or open)
            if re.match(r"[A-Z]\.\s", body) and people.who(body[0], strict=True) is not None:
                break  # "- S. to finish the doc": the mentee's initial, not a lettered item
            body = body[inner_bullet.end() :]
        body = _EMPHASIS.sub("", body)  # "**Thom** will edit it": the name is read as written
        body = _ESTIMATE.sub("", body)  # "Draw the graph (Ana) ~ 1 week": how long, not when
        while outer and (not bullet or outer[-1][0] >= indent):
            outer.pop()  # the list items this line is nested under, nearest last
        under = outer[-1][1] if outer else ""
        if bullet:
            outer.append((indent, body))
        if group is not None and (not bullet or indent <= group[0]):
            group = None
        if finished is not None and (not bullet or indent <= finished):
            finished = None
        if boxed_parent is not None and (not bullet or indent <= boxed_parent):
            boxed_parent = None
        if finished is not None and not _STILL_OPEN.search(body):
            continue  # a list item under "* Finished": done, not to do; not "Cleanup of AWS
            # resources todo" under "* Done", a part still open
        if done_heading and not _STILL_OPEN.search(body):
            continue  # "[KS] Suggest two dissertations" under "#### Completed": done already
        if (
            bullet
            and _DONE_GROUP.match(body.strip(" *_"))
            and _has_nested_list(lines, number, indent)
        ):
            finished = indent  # "* Finished" over the items it holds
            continue
        whose = (
            _POSSESSIVE.match(body.strip(" *_")) if bullet and body.rstrip().endswith(":") else None
        )
        owner_of = people.who(whose.group("n"), strict=True) if whose else None
        if owner_of is not None and owner_of.owners:
            group = (indent, owner_of)  # "- Jake's Updates:" with Jake's lines nested below
            last_task = None
            continue
        alone = _person_alone(body, people) if bullet else None
        if alone is None and bullet and _has_nested_list(lines, number, indent):
            alone = _person_to_do(body, people)  # "* Steph to:" over "  * Organise a meeting"
        if alone is None and number in heads:
            alone = heads[number]
        if alone is not None:
            if last_task is not None and last_task[0] < indent:
                # "- Upload the images\n    - Nidhi": the owner, on a line under the task
                i = last_task[1]
                item = found[i].reading.item
                owned = replace(item, owner=alone.owner, owners=alone.owners)
                found[i] = replace(found[i], reading=replace(found[i].reading, item=owned))
            else:
                group = (indent, alone)  # "- ==@raulk==": the tasks nested below are theirs
            last_task = None
            continue
        boxed = body[3:].strip() if re.match(r"\[[ xX]\]", body) else ""
        if (
            boxed
            and (len(boxed.split()) <= 3 or _NAME_PARTICLE.search(boxed))
            and _names_only(boxed, people)
        ):
            continue  # an attendance check-box: "- [ ] Haochen Dong"
        if (
            boxed
            and _NAME_AND_ROLE.match(boxed)
            and looks_like_name(_NAME_AND_ROLE.match(boxed)[1])
        ):
            continue  # "- [ ] Adnan Saleem - (Radisys) End User Council representative"
        if section.kind == "people" and (
            boxed  # "- [ ] Sign your name here" under "## Attendees": the sign-in sheet
            or _names_only(body, people)
            or _names_only(_ATTENDEE_NOTE.split(body, maxsplit=1)[0], people)
        ):
            continue  # an attendee list: "Ritik Malik - excited, first meeting"
        if _SKIP_LINE.match(body) or _LINK_ONLY.match(body) or _NONE_LINE.match(body):
            continue
        if _ABSENCE.match(body.strip(" *_.")):
            continue
        if _BYLINE.match(body.strip(" *_")):  # "*Meeting recorded by: Ana*", "Recording date: ..."
            continue
        if _REFERENCES_ONLY.match(body.strip()) or _TIMED_SLOT.search(body):
            continue
        if _LEAD_IN_LINE.search(body) and not inline:
            shared = _shared_task(body, people, section, today, indent, _numbered(bullet))
            continue  # "I'll have to dedicate most of my week to:": a lead-in, its list follows
        if task_list is not None and (not bullet or indent <= task_list[0]):
            task_list = None
        if bullet and _names_a_task_list(body):
            named = _section_for(body.strip(" *_:"), people)
            if named.owner is not None and _has_nested_list(lines, number, indent):
                # "- Action items for Michelle" over "  - contact UofA HPC center": hers
                task_list = (indent, named)
            continue  # "3. Next actions (team)", "- Action Items Review": a list's name
        if (
            bullet
            and _MEETING_GOALS.match(body.strip(" *_:"))
            and _has_nested_list(lines, number, indent)
        ):  # "- Goals" over "  - Decide topic for next meeting": what the meeting is for
            task_list = (indent, Section(kind="agenda"))
            continue
        if (
            bullet
            and _DECISIONS_HEADING.match(body.strip(" *_:"))
            and _has_nested_list(lines, number, indent)
        ):
            # "- Key decisions made:" over "  - Try an alternative method": what was settled,
            # read as under a Decisions heading; only a line that commits someone is an item
            task_list = (indent, Section(kind="discussion"))
            continue
        here = section
        if options and bullet:  # "It seems like I could take on:" then the issues: options
            here = replace(section, actions=False, kind="agenda")
        if inline:
            here = Section(actions=True, owner=section.owner, kind="actions")
            body = inline.group("rest")
        elif paragraph is not None and not bullet and not section.actions:
            here = Section(actions=section.actions, owner=paragraph, kind=section.kind)
        if group is not None:
            here = replace(here, person=group[1])  # "- Aayush's Updates:" under "Isabella's"
        if bullet and indent > 0:
            here = replace(here, nested=True)
        if asked is not None and (not bullet or indent <= asked[0]):
            asked = None
        if task_list is not None and task_list[1].actions:
            here = replace(task_list[1], nested=False)
        elif task_list is not None:
            here = replace(here, actions=False, kind=task_list[1].kind)
        if asked is not None:  # an answer to "What do we...?": an item of that list
            here = replace(here, actions=True, kind="actions", nested=False)
        if not here.actions and (_ISSUE_FIRST.match(body) or _ISSUE_LAST.search(body)):
            # "#6184 fix: run pre-commit on all files - npigoux": an issue or pull request
            # listed by its number and title; only a line that commits someone is an item
            here = replace(here, kind="discussion")
        if following is not None and bullet:
            # "@milos will release the following:" then "* `@eslint/js`": releasing each is his
            body = f"{following[0]} {body}"
            here = replace(here, actions=True, kind="actions", owner=following[1])
        if boxed_parent is not None and not re.match(r"\[[ xX]\]", body):
            # "- [ ] Tell users how much disk space they'll need" over "* debug takes about
            # 30gb": in a list of check-boxes, a line with no box under one is a note on it
            here = replace(here, actions=False, kind="discussion")
        if bullet and _has_nested_list(lines, number, indent):
            if _OPEN_END.search(body.rstrip(" .")) and not inline and not _own_subject(body):
                continue  # "The Z2JH PR -> will be broken up into" over its list: a lead-in
            here = replace(here, parent=True)
            if boxed_parent is None and re.match(r"\[ \]", body):
                boxed_parent = indent
            if _marked_done_below(lines, number, indent):
                continue  # "* [Vince] Create a new issue" with "* Done" under it: finished
            if _ASKS_WHAT_TO_DO.match(body):
                # "- What do we want to complete by Sunday?" over "  - Basic login/logout"
                asked = (indent, _deadline(body, today, next_meeting, day_first))
                continue
        if bullet and ends_done(body):
            continue  # "- RS: Check if the concepts are in the data set. **[DONE]**": finished
        # "[simeon] I'll look into it": scribe notes tag each line with who says it; "I" in
        # the line is that speaker, not the scribe who wrote the notes
        tag = _bracketed_speaker(body, people) if not here.actions else None
        if tag is not None:  # "[Dominik] will try X": the tag is the sentence's subject
            body = body[tag[0] :]
            if re.match(r"(?:will|to|is\s+going\s+to)\s", body):
                body = f"{tag[1].owners[0]} {body}"
        speaker = _SPEAKER.match(body)
        if speaker and _ACTION_LABEL.match(body[speaker.end() :]):
            body = body[speaker.end() :]  # "Pat: Action item: Everyone on call should approve"
            speaker = None  # is the item the speaker records, not one of theirs
        topic = _TOPIC_LABEL.match(body) if speaker is None else None
        if topic and _ACTION_LABEL.match(body[topic.end() :]):
            body = body[topic.end() :]  # "Clubs day: TODO: find out whether ...": the TODO
        said_by = people.who(speaker.group(1), strict=True) if speaker else None
        told = _told_to_all(body[speaker.end() :], said_by) if speaker else None
        if told is not None:
            # "* All: please review the landscape site", "- Everyone: critique the proposal": a
            # group speaks no line; the label says whom the order is for, and the notes under it
            body, speaker, said_by = told, None, None
            if bullet and _has_nested_list(lines, number, indent) and group is None:
                group = (indent, Who("everyone", ("everyone",)))
        # "* I'll submit my L&D this week" over "  * KW: Actually - the objectives need
        # updating": a reply to the item above it, in a list of actions too
        reply = bool(bullet and indent > 0 and under) and not under.rstrip(" *_").endswith(":")
        if speaker and (not section.actions or reply) and said_by:
            # "Aapeli: did X. Next: Y": what the speaker lists next is theirs
            here = Section(owner=said_by, person=here.person, kind="speech")
        elif speaker and said_by and said_by.owners and _reaction(body[speaker.end() :]):
            # under "## Plan", "Yangshun: Nice." after the mentee's plan: a comment on it,
            # read as said, so "Saw that ..." is no task of theirs and "I will ..." still is
            here = Section(owner=said_by, person=here.person, kind="speech")
            body = body[speaker.end() :]
        linked = _URL.sub(_link_or_nothing, body)
        if linked != body and _ASIDE_LINE.match(linked):
            continue  # "- https://.../pull/232 (docs - need a rebase)": a note on a link
        body = linked
        found_here: Who | None = None
        parts = _parts(body) if inline else _clauses(body, bool(bullet))
        if re.match(r"\[[xX✓]\]", body):
            # "[x] Share the repo by 07/10. For them to check it.": every sentence of it is done
            parts = list(parts)[:1]
        assigned: int | None = None  # "Roland: Implement X; seek comment": one item, the line's
        line_owner: Who | None = None  # who owns this list item's task, when it has parts below
        habit = False  # a clause of the line said what someone does each time
        # "+ Double check that ... borrow. If not, look into the Caltech facility (**Manuel**).":
        # the owner at the end of a list item owns each of its sentences
        tail = _LINE_OWNER.search(body) if bullet else None
        line_tail = people.who(tail.group("n"), strict=True) if tail else None
        if line_tail is not None and not all(
            looks_like_name(n) and not n.isupper() for n in line_tail.owners or ("",)
        ):
            line_tail = None
        opener: str | None = None  # what the rules made of the line's first clause
        for position, clause in enumerate(parts):
            if assigned is not None and _continues(clause):
                first = found[assigned]
                more = clause.rstrip(" :;,.")
                more = more[:1].lower() + more[1:] if more[1:2].islower() else more
                item = replace(first.reading.item, task=f"{first.reading.item.task}; {more}")
                found[assigned] = replace(first, reading=replace(first.reading, item=item))
                continue
            assigned = None
            clause = _named_in_lower_case(clause, people)
            memo = (
                clause,
                here.actions,
                here.owner,
                here.kind,
                here.person,
                here.nested,
                here.parent,
                not bullet,
                today,
            )
            if memo not in readings:
                readings[memo] = read_candidate(
                    clause, people, here, today, next_meeting=next_meeting, day_first=day_first
                )
            reading = readings[memo]
            if position == 0:
                opener = reading.rejected if reading is not None else None
            elif (
                opener == "uncommitted"
                and reading is not None
                and reading.rejected is None
                and not here.actions
                and not (reading.strong or reading.polite)
                and not states_intent(clause)
            ):
                # "Eric and TC are running the edition. Continue to be concerned about workload
                # here.", "More frontend work required; need an MVP.": after a line opens on a
                # view, a need or a state of things, a sentence with no subject, marker or
                # heading of its own goes on about it; not "Will start to send test jobs soon",
                # what the one the line is about means to do
                reading = replace(reading, rejected="uncommitted")
            if reading is not None and habit and _THEN_STEP.match(clause):
                # "I create the tag myself. I will then publish the release": the next step
                # of how the speaker always does it, not something taken on at the meeting
                reading = replace(reading, rejected=reading.rejected or "uncommitted")
            habit = habit or _habit(clause)
            pronoun = _THIRD_PERSON.search(clause)
            # who "she" is: the person named before the pronoun, not "Jordan" after it in "She
            # will confirm the times, and then get back to Jordan"
            referent = (
                (_person_named(clause[: pronoun.start()], people) or named) if pronoun else None
            )
            named = _person_named(clause, people) or named
            if reading is None:
                continue
            if tag is not None and _FIRST_PERSON_SUBJECT.match(clause):
                item = replace(reading.item, owner=tag[1].owner, owners=tag[1].owners)
                reading = replace(reading, item=item)
            reported = (
                pronoun is not None
                and said_by is not None
                and reading.item.owners == said_by.owners
                and re.match(r"(?:[Hh]e|[Ss]he)\b", clause.strip()) is not None
            )
            if reported and said_by is not None:
                # "Dr. Rossi: ... ask Marco for the data? He said he'd share it": in a
                # speaker's line, "he" is never the speaker but the one named last before
                referent = _other_named(found[-1].clause if found else "", said_by)
                owner, owners = (referent.owner, referent.owners) if referent else (None, ())
                item = replace(reading.item, owner=owner, owners=owners)
                reading = replace(reading, item=item)
            if not reading.item.owners and referent is not None:
                # "Ian said we will use Gatsby. He will create a pull request": Ian's
                item = replace(reading.item, owner=referent.owner, owners=referent.owners)
                reading = replace(reading, item=item)
            if (
                reading.rejected is None
                and found
                and last_line == number
                and found[-1].reading.rejected == "question"
            ):  # "Can Erik swap his on-call? Amara will ask the chief resident.": what is asked
                task = _asking_what(reading.item.task, found[-1].clause)
                reading = replace(reading, item=replace(reading.item, task=task))
            whom = _session_other(reading.item.owners, people)
            if whom is not None and reading.rejected is None:
                nearby = f"{lines[number - 1] if number else ''} {line}"
                task = _object_named(reading.item.task, whom, nearby, people)
                reading = replace(reading, item=replace(reading.item, task=task))
            ahead = _before_event(clause, lines[number - 1] if number else "", today)
            if ahead is not None and reading.rejected is None and reading.item.due is None:
                # "Resolved: the exercise goes ahead on 10 October." then "Tom to circulate
                # the plan two weeks before.": due that long before the day just named
                task = reading.item.task
                task = task if task.endswith(" before") else f"{task} before"
                reading = replace(reading, item=replace(reading.item, task=task, due=ahead))
            deadline = list_due or (asked[1] if asked is not None else None) or heading_due
            if deadline is not None and reading.item.due is None:
                reading = replace(reading, item=replace(reading.item, due=deadline))
            if group is not None and not reading.item.owners:
                item = replace(reading.item, owner=group[1].owner, owners=group[1].owners)
                reading = replace(reading, item=item)
            if line_tail is not None and not reading.item.owners:
                item = replace(reading.item, owner=line_tail.owner, owners=line_tail.owners)
                reading = replace(reading, item=item)
            if shared is not None and bullet and not _opens_with_order(reading.item.task):
                # "- Kira - Usecases" under "Each person to review a document as follows:"
                who = Who(reading.item.owner, reading.item.owners)
                who = who if who.owners else shared[3]
                task = f"{shared[2]}: {reading.item.task}"
                item = replace(reading.item, task=task, owner=who.owner, owners=who.owners)
                reading = replace(reading, item=item, rejected=None)
            if (
                not reading.item.owners
                and not people.session
                and _TO_EACH_READER.search(reading.item.task)
            ):  # a group's notes: "check your user story", "draft 3 stories each": everyone's
                item = replace(reading.item, owner="everyone", owners=("everyone",))
                reading = replace(reading, item=item)
            if (
                reading.rejected is None
                and here.actions
                and bullet
                and last_task is not None
                and last_task[0] < indent
                and not reading.strong
                and not reading.polite
                and not _opens_with_order(reading.item.task)
                # not "+ Writing paper in a folder (**Griffin**)": owned on its own line
                and (here.owner is None or reading.item.owners == here.owner.owners)
                and (here.owner is not None or not reading.item.owners)
            ):  # "* Keep reviewing PR 1000" over "  * waiting on refactor before adding RTD
                # stuff": a note on the task above, not a task
                reading = replace(reading, rejected="not_task_start")
            # the clause before, on this line or the one above: what "do that" may stand for
            before_here = bool(found) and last_line >= number - 1
            # the request a bare "Will do" answers: in the line before, maybe a sentence or two
            # back ("Can you ask Marco for the data? He said he'd share it." "Will do")
            asked_of = (
                next((m for c in reversed(found[-3:]) if (m := _ASKED_OF.search(c.clause))), None)
                if before_here
                else None
            )
            pronoun = reading.rejected is None and _DEED_PRONOUN.match(reading.item.task)
            if pronoun and asked_of:
                # "Michael, Chalker can you run the tool?" then "Chalker will do that.": the
                # deed asked for is what was taken on
                deed = re.sub(r"^(?:also|just|quickly)\s+", "", asked_of.group("t"))
                task = deed[:1].upper() + deed[1:]
                reading = replace(reading, item=replace(reading.item, task=task))
            elif (
                pronoun
                and reading.item.owners
                and before_here
                and found[-1].reading.rejected is None
                and not found[-1].reading.item.owners
            ):  # "Future meetings will be tracked using GitHub Issues." then "Malak
                # volunteered to handle this.": the task before is Malak's
                before = found[-1]
                owned = replace(
                    before.reading.item, owner=reading.item.owner, owners=reading.item.owners
                )
                found[-1] = replace(before, reading=replace(before.reading, item=owned))
                reading = replace(reading, rejected="not_task_start")
            item = reading.item
            if reading.rejected is None and item.owners and _STARTS_WITH_OWNER(clause, people):
                found_here = Who(item.owner, item.owners)
            last_line = number
            found.append(
                Candidate(
                    clause=clause,
                    reading=reading,
                    kind="actions" if here.actions else here.kind,
                    in_actions=here.actions,
                    bullet=bool(bullet),
                    inline=bool(inline),
                    under=under,
                )
            )
            verb_of_list = _THE_FOLLOWING.match(item.task) if not bullet else None
            if reading.rejected is None and verb_of_list and line.endswith(":") and item.owners:
                following = (verb_of_list.group("v"), Who(item.owner, item.owners))
            if reading.rejected is None and bullet:
                last_task = (indent, len(found) - 1)
                if item.owners and here.parent:
                    line_owner = Who(item.owner, item.owners)
            if reading.rejected is None and said_by is not None and said_by.owners and not inline:
                assigned = len(found) - 1
        if line_owner is not None and group is None:
            # "- [ ] Suggested changes for the docs (@ckerr)" over its parts: theirs too
            group = (indent, line_owner)
        paragraph = found_here if not bullet else None
    if own_warning is not None:  # every date read from an uncertain day says so
        for index, candidate in enumerate(found):
            item = candidate.reading.item
            if item.due is not None and item.warning is None:
                reading = replace(candidate.reading, item=replace(item, warning=own_warning))
                found[index] = replace(candidate, reading=reading)
    return found


def _title_line(lines: list[str]) -> int | None:
    """The notes' first line when it is their title: not a list item or a sentence, every
    word capitalised ("Volunteer Fire Brigade — Committee Meeting"), with a blank line or
    more lines after it."""
    for number, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if (
            number + 1 < len(lines)
            and not _BULLET.match(line)
            and ":" not in line  # not "Attendees: Sam Lee, Ben Ng", a labelled line
            and reads_as_title(line)
        ):
            return number
        return None
    return None


# A span before an event the clause does not name: "circulate it two weeks before."
_SPAN_BEFORE = re.compile(
    r"\b(?P<n>\d{1,2}|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"|a)\s+(?P<u>days?|weeks?)\s+(?:before|beforehand|ahead|prior)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _before_event(clause: str, previous: str, today: date) -> date | None:
    """The due date of a step said to come a span before the event the line above dates ("the
    exercise will go ahead on 10 October" then "... two weeks before"), or None."""
    span = _SPAN_BEFORE.search(clause)
    if span is None or not previous.strip():
        return None
    event = find_due(previous, today)
    if event is None or event[2] is None:
        return None
    word = span.group("n").lower()
    count = 1 if word == "a" else int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
    days = count * (7 if span.group("u").lower().startswith("week") else 1)
    due = event[2] - timedelta(days=days)
    return due if days and due >= today else None


# Asking someone with nothing after whom: "Ask the chief resident", "check with HR"
_ASK_WHOM = re.compile(
    r"^(?:Ask|Check\s+with)\s+(?!.*\b(?:about|whether|if|for|to|on|re|regarding|when|what|how"
    r"|why|who|which)\b)(?:the\s+|our\s+|my\s+)?[\w' -]{2,40}?$"
)
# A yes-no question put with its helper verb first: "Can Erik swap his on-call?"
_YES_NO = re.compile(
    r"^(?P<aux>can|could|should|will|would|may|does|do|did|is|are|has|have)\s+"
    r"(?P<subj>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)|we|they|he|she|it)\s+"
    r"(?P<rest>[^?]{2,120})\?\s*$",
    re.IGNORECASE,
)


def _asking_what(task: str, question: str) -> str:
    """``task`` ("Ask the chief resident") with the question asked just before it, told as a
    statement ("... whether Erik can swap his on-call"); ``task`` as it was otherwise."""
    asked = _YES_NO.match(question.strip())
    if _ASK_WHOM.match(task) is None or asked is None:
        return task
    helper = asked.group("aux").lower()
    if helper in ("does", "do", "did"):
        return task  # "Does Erik need it?": the verb's tense would change; left as said
    return f"{task} whether {asked.group('subj')} {helper} {asked.group('rest')}"


# A step's object said as a pronoun right after its verb: "Send him the list", "Call her"
_OBJECT_PRONOUN = re.compile(
    r"^(?P<verb>[A-Z][a-z]+)\s+(?P<p>him|her)(?=\s+(?:the|a|an|some|my|our|this|that|about|"
    r"with|on|back|up|in)\b|\s*$)"
)


def _session_other(owners: tuple[str, ...], people: People) -> str | None:
    """In a session's notes, the other party of a step its mentor or mentee alone owns."""
    if not people.session or len(owners) != 1 or not (people.mentee and people.mentor):
        return None
    mentee, mentor = people.name_of("mentee"), people.name_of("mentor")
    return {mentee: mentor, mentor: mentee}.get(owners[0])


def _object_named(task: str, whom: str, nearby: str, people: People) -> str:
    """``task`` with "him"/"her" after its verb as ``whom``, the session's other party, when
    the line and the one before name no one else who could be meant ("I'll send him the list",
    with only the mentee named near it)."""
    said = _OBJECT_PRONOUN.match(task)
    if said is None:
        return task
    own = {part for name in (people.mentee, people.mentor) if name for part in name.split()}
    for word in _CAPITALISED.findall(nearby):
        name = re.sub(r"['’]\w*$", "", word.rstrip(".,;:!?"))  # "I'll", "Marco's"
        if name in own or name in ("He", "She", "I", "We", "They") or _english(name):
            continue
        if looks_like_name(name) or people.participants.find(name):
            return task  # "Ask Marco for the data ... I'll message him": Marco, not the mentor
    return f"{said.group('verb')} {whom}{task[said.end() :]}"


# A task whose objects are the list below it: "Each person to review a document as follows:"
_SHARED_LEAD = re.compile(r"^(?P<task>.{6,200}?)\s+(?:as\s+follows|the\s+following)\s*:$")


def _shared_task(
    body: str,
    people: People,
    section: Section,
    today: date,
    indent: int,
    numbered: bool,
) -> tuple[int, bool, str, Who] | None:
    """A lead-in that commits someone to a task done on each item listed below it, read as a
    task: its indent, whether it is numbered, the task and its owner."""
    m = _SHARED_LEAD.match(body.strip())
    if m is None:
        return None
    reading = read_candidate(m.group("task"), people, section, today)
    if reading is None or reading.rejected is not None or not reading.strong:
        return None
    who = Who(reading.item.owner, reading.item.owners)
    return indent, numbered, reading.item.task, who


def _numbered(bullet: re.Match[str] | None) -> bool:
    """Is the list marker a number ("1.", "(2)"), not a dash or a letter?"""
    return bullet is not None and re.match(r"\(?\d", bullet.group(0)) is not None


def _opens_with_order(task: str) -> bool:
    """``task`` opens with a verb in its base form ("Review the docs"), not with a thing
    ("Meeting, Roster, Insights", "Readme")."""
    first = task.split(maxsplit=1)[0].strip(",:;") if task.split() else ""
    return first.lower() in TASK_VERBS or is_base_verb(first)


_LINE_OWNER = re.compile(r"\((?P<n>[^()]{2,60})\)[\s.]*$")
# "eric will add ...", "jp/kat will make ...": names written in lower case before a commitment
_LOWER_NAMES_WILL = re.compile(
    r"^(?P<n>[a-z]{2,15}(?:\s*[/&]\s*[a-z]{2,15})*)(?=\s+(?:will|is\s+going\s+to)\s+[a-z])"
)


def _named_in_lower_case(clause: str, people: People) -> str:
    """``clause`` with the names it opens with capitalised, when written in lower case before
    "will" ("eric will add email sending", "jp/kat will make ..."): words that are no English
    word and no thing the notes name."""
    m = _LOWER_NAMES_WILL.match(clause)
    if m is None:
        return clause
    names = re.split(r"\s*[/&]\s*", m.group("n"))
    if any(common_noun(n) or n in people.things or n in _NOT_NAMES for n in names):
        return clause
    lead = re.sub(r"[a-z]+", lambda w: w.group(0)[:1].upper() + w.group(0)[1:], m.group("n"))
    return lead + clause[m.end() :]


_NOT_NAMES = frozenset({"we", "i", "you", "he", "she", "they", "it", "this", "that", "who"})


# A deed said only by a pronoun ("do that", "take care of it"), and a request it answers
_DEED_PRONOUN = re.compile(
    r"^(?:(?:do|handle|take\s+care\s+of|take\s+on|pick\s+up|look\s+into)\s+(?:that|it|this)"
    r"|do|handle)\W*$",  # "..., Shauna will do": the task before it, hers
    re.IGNORECASE,
)
_ASKED_OF = re.compile(
    r"\b(?i:can|could|would|will)\s+(?:you|someone|somebody|anyone)\s+(?:please\s+)?"
    r"(?P<t>[a-z][^?]{3,200}?)\s*\?\s*$"
)


# An order to each reader of a group's notes: "update your user story", "draft 3 stories each"
_TO_EACH_READER = re.compile(r"\byour\b|\beach\s*[.!]?$", re.IGNORECASE)

# "Megan's Updates", "Jake's progress:": a person's part of the notes.
_POSSESSIVE = re.compile(
    r"^(?P<n>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s?\s+(?:[\w/&-]+\s*){1,3}:?\s*$"
)


# A step said to come next: "I will then publish the release", "we then tag it"
_THEN_STEP = re.compile(r"^(?:I|we)\s+(?:(?:will|shall)\s+|['’]ll\s+)?then\s+[a-z]", re.IGNORECASE)
# Someone saying what they do each time: "I create the tag myself", "we don't let it ...";
# not what they think or feel ("I think the docs ...")
_HABIT = re.compile(
    r"(?:^|[,;]\s*|\.\s+)(?:I|we)\s+(?:(?:always|usually|normally|first|don['’]t|do\s+not)\s+)?"
    r"(?P<v>[a-z]+)\s+(?:the|a|an|it|them|each|every|our|my)\b"
)
_STANCE = frozenset({"think", "consider", "feel", "agree", "guess", "hope", "want", "need"})


def _habit(clause: str) -> bool:
    return any(h.group("v") in TASK_VERBS - _STANCE for h in _HABIT.finditer(clause))


def _reaction(speech: str) -> bool:
    """What someone says back, signed by their name, not a task: praise ("Nice.", "Great
    work!"), a judgement ("Sounds good", "Looks fine to me") or what they saw or thought ("Saw
    that you're working on it")."""
    words = re.findall(r"[A-Za-z][\w'’]*", speech)
    if not words:
        return False
    first = words[0].lower()
    exclaimed = speech.rstrip(" *_").endswith((".", "!"))
    if len(words) <= 4 and exclaimed and is_modifier(first) and not is_base_verb(first):
        return True  # "Nice.", "Awesome, thanks!"; not "Clean up the docs", nor a heading's
        # topic "Filip: Outside collaboration and Planning"
    second = words[1].lower() if len(words) > 1 else ""
    if first.endswith("s") and is_base_verb(first[:-1]) and is_modifier(second):
        return not is_base_verb(second)  # "Sounds good", "Looks great"
    return second == "that" and past_form(first)  # "Saw that ...", "Noticed that ..."


def _continues(clause: str) -> bool:
    """A clause after an assigned task on the same line that goes on with it: another order
    ("seek comment for next plenum", "Add a couple of open questions")."""
    words = clause.split()
    if not words or words[0].isupper():
        return False  # "COMPLETE": a status, not another order
    if words[0].lower() in _MODALS or _own_subject(clause):
        return False  # "Will reach out to NXP; will reach out to colleagues", "...; Pat will
        # merge at noon": another commitment
    return words[0].lower() in TASK_VERBS or is_base_verb(words[0])


_MODALS = frozenset(("will", "shall", "should", "must", "can", "could", "may", "might", "would"))


_THIRD_PERSON = re.compile(
    r"(?:^|\b(?:and|then|that|so|said|says)\s+|,\s*)(?:[Hh]e|[Ss]he)(?:\s+(?:will|would|shall|is\s+going\s+to"
    r"|['’]ll|(?:also\s+)?(?:needs?|has|agreed|offered|promised)\s+to)|['’](?:ll|d))\b"
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


# "[simeon] I'll look into it", "[Katrina] Are the passwords stored?": scribe notes that tag
# each line with who said it
_BRACKET_SPEAKER = re.compile(r"^\[(?P<n>[A-Za-z][\w.'’-]{1,20})\]\s+(?P<rest>\S.*)$")
# "I'll put the label on it", "I can take it": the speaker as the subject
_FIRST_PERSON_SUBJECT = re.compile(r"I(?:['’](?:ll|m|ve|d)|\s)")


def _bracketed_speaker(body: str, people: People) -> tuple[int, Who] | None:
    """Where the speaker's tag ends and who it names, when ``body`` opens with a participant's
    name in brackets and no task follows it ("[Ivan] Write the proposal" is Ivan's task, read as
    an owner marked in brackets)."""
    tagged = _BRACKET_SPEAKER.match(body)
    if tagged is None:
        return None
    rest = tagged.group("rest")
    if rest.split(maxsplit=1)[0].lower().strip(",:;.") in TASK_VERBS:
        return None
    name = tagged.group("n")
    who = people.who(name, strict=True)
    if who is None or not who.owners or not people.participants.find(name):
        return None
    return tagged.start("rest"), who


def _person_named(clause: str, people: People) -> Who | None:
    """The first participant the clause names ("Further, Rebecca has heard back..."), if any;
    in notes that do not list who took part, a name the clause opens with that says or gets
    something ("Ian said we will use Gatsby", "Pablo got accepted for a PhD program")."""
    for word in _CAPITALISED.findall(clause):
        if word in ("He", "She", "I", "We", "They"):
            continue
        found = people.participants.find(word)
        if found:
            return Who.of([found])
    if not len(people.participants):
        speaker = _SAYS.match(clause)
        if speaker and looks_like_name(speaker.group("n")):
            return Who.of([speaker.group("n")])
    return None


def _other_named(text: str, speaker: Who) -> Who | None:
    """The last name ``text`` gives after its first word that is not the speaker's: whom "he"
    in the speaker's next sentence is ("Can you ask Marco for it? He said ...")."""
    own = {part for name in speaker.owners for part in name.split()}
    words = _CAPITALISED.findall(text)[1:]
    for word in reversed(words):
        name = word.rstrip(".,;:!?")
        if name in own or name in ("He", "She", "I", "We", "They") or _english(name):
            continue
        if looks_like_name(name):
            return Who.of([name])
    return None


_SAYS = re.compile(
    r"^(?P<n>[A-Z][a-z]{1,20})\s+(?:also\s+)?(?:has\s+)?(?:said|says|stated|confirmed|mentioned"
    r"|explained|reported|announced|came|got|was\s+accepted)\b"
)


def _STARTS_WITH_OWNER(clause: str, people: People) -> bool:
    """The clause opens with the person it is for ("Adriana to send the link", "Sam will...",
    "SK: fix...", the writer's "My goal is to..."), not with other words before a "to"
    ("Possibly contact 10X to find out")."""
    head = re.match(r"^([\w@][\w'’@ ,/&.-]{0,40}?)(?::|\s+to\s|\s+will\s)", clause)
    if head is None:
        return False
    if re.match(r"(?:I|my|we|our)\b", head.group(1), re.IGNORECASE):
        return True
    who = people.who(head.group(1), strict=True)
    return who is not None and bool(who.owners)


def _continues_item(previous: str, line: str) -> bool:
    """``line`` is indented deeper than the list item ``previous`` and opens with an issue's or
    pull request's number: that item's own words go on, not a list under it."""
    depth = len(previous) - len(previous.lstrip())
    return (
        _BULLET.match(previous.strip()) is not None
        and len(line) - len(line.lstrip()) > depth
        and re.match(r"#\d+\b", line.strip()) is not None
    )


def _joined_lines(lines: list[str]) -> list[str]:
    """Join wrapped lines: an indented or lower-case line that continues the line before."""
    out: list[str] = []
    widths = _block_widths(lines)
    for number, line in enumerate(lines):
        stripped = line.strip()
        previous = out[-1] if out else ""
        if (
            stripped
            and previous.strip()
            and not _BULLET.match(stripped)
            and _heading(previous.strip()) is None
            and not _heading(stripped)
            and (
                not re.search(r"[.!?:]\s*$", previous)
                # "- Someone will invest on feature names, starting issue:" then, indented,
                # "  #18514 with follow up PRs:": the list item's own second line
                or (previous.strip().endswith(":") and _continues_item(previous, line))
            )
            and (
                # "Present: Alan Stokes, Caoimhín Laoide-Kemp," then "Kevin Stratford, ...": a
                # list that goes on after its comma
                (previous.rstrip().endswith(",") and _LABELLED_LIST.match(previous.strip()))
                or (
                    _BULLET.match(previous.strip()) is not None
                    and (
                        line[:1] in " \t"
                        or (
                            len(previous.strip()) >= 60
                            and (stripped[0].islower() or stripped[0] in "([")
                        )
                    )
                )
                or _wrapped_prose(previous, line)
                or _stops_mid_sentence(previous, line)
                or (
                    number > 0
                    and previous.strip()[:1].isupper()  # a sentence, not chat shorthand
                    and _wrapped_at(lines[number - 1], line, widths[number])
                )
            )
        ):
            out[-1] = out[-1].rstrip() + " " + stripped
            continue
        out.append(line)
    return out


def _block_widths(lines: list[str]) -> list[int]:
    """For each line, the width its paragraph is wrapped at: the longest line of its run of
    three or more unbulleted lines with no blank between them (0 for other lines)."""
    widths = [0] * len(lines)
    start = 0
    for end in range(len(lines) + 1):
        plain = end < len(lines) and lines[end].strip() and not _BULLET.match(lines[end].strip())
        if plain:
            continue
        if end - start >= 3:
            width = max(len(lines[i].strip()) for i in range(start, end))
            widths[start:end] = [width] * (end - start)
        start = end + 1
    return widths


def _wrapped_at(previous: str, raw: str, width: int) -> bool:
    """A paragraph wrapped short: "It took me six and a half minutes for giving my" then
    "presentation.", "...to go into further detail on how" then "I plan to overcome...". The
    line before stopped because the next word would not fit in the paragraph's width, and
    this line goes on with its sentence (lower case, or "I")."""
    before, line = previous.strip(), raw.strip()
    first = line.split(maxsplit=1)[0] if line else ""
    return (
        width >= 40
        and before[:1].isalpha()
        and len(before) >= 0.6 * width
        and (len(before) + 1 + len(first) > width or _OPEN_END.search(before) is not None)
        and (line[:1].islower() or re.match(r"I\b", line) is not None)
        and not _heading(before)
    )


# A word no sentence ends on: the line stops mid-sentence ("...further detail on how").
_OPEN_END = re.compile(
    r"\b(?:the|a|an|my|our|your|their|his|her|its|to|of|on|in|at|for|with|from|by|and|or|but"
    r"|so|that|how|what|which|who|whether|if|as|than|into|about|because)$",
    re.IGNORECASE,
)
_LABELLED_LIST = re.compile(r"^[*_]*[A-Z][\w ]{1,30}[*_]*:[*_]*\s+[^\s:]")


def _wrapped_prose(previous: str, raw: str) -> bool:
    """A paragraph's text wrapped at a fixed width: "...issues by Monday, March" then "19. Once
    they respond..."; "...as we paint the" then "exterior, work on the drainage". The text
    before is long, unbulleted and starts a sentence, and this line goes on with it (lower case,
    a number); "convo mostly about the reorg" then "grace thinks i undersell" stay two lines.
    An indented paragraph wraps at its own indent ("   Vincent and Behdad will choose a mixed
    list of volunteers and" then "   invited people for the selection committee")."""
    before = previous.strip()
    line = raw.strip()
    margin = len(previous) - len(previous.lstrip(" \t"))
    return (
        before[:1].isupper()  # a sentence's start: not chat shorthand, a lower-case line each
        and len(before) >= 60
        and (margin == 0 or margin == len(raw) - len(raw.lstrip(" \t")))
        and _BULLET.match(before) is None
        and "|" not in before
        and (line[0].islower() or line[0].isdigit())
        and _BULLET.match(line) is None
    )


def _stops_mid_sentence(previous: str, raw: str) -> bool:
    """A prose line that stops on a word no sentence ends on, and the line after it, at the
    same margin, goes on with the sentence, whatever its case: "...will initially work on" then
    "Scala Native.", "...know about the" then "Center and encourage them to join."."""
    before, line = previous.strip(), raw.strip()
    margin = len(previous) - len(previous.lstrip(" \t"))
    return (
        before[:1].isupper()
        and len(before) >= 40
        and _OPEN_END.search(before) is not None
        and _BULLET.match(before) is None
        and "|" not in before
        and margin == len(raw) - len(raw.lstrip(" \t"))
        and _BULLET.match(line) is None
    )


_ASKS_WHAT_TO_DO = re.compile(
    r"^what\s+(?:do|does|should|shall|will|must|can)\s+(?:we|i|you|the\s+team|everyone)\s+"
    r"(?:(?:want|need|have|plan|hope)\s+to\s+)?(?:do|complete|finish|deliver|get\s+done|achieve"
    r"|work\s+on|ship)\b[^?]*\?\s*$",
    re.IGNORECASE,
)


def _has_nested_list(lines: list[str], number: int, indent: int) -> bool:
    """The next line of the notes is a list item indented under this one ("- Reference
    Archiver" then "  - [ ] Sync code bases from pilot repository")."""
    for following in range(number + 1, len(lines)):
        raw = lines[following]
        if not raw.strip():
            continue
        deeper = len(raw) - len(raw.lstrip(" \t")) > indent
        return deeper and _BULLET.match(raw.strip()) is not None
    return False


# "Release the following", "Review these": a task whose object is the list under it
_THE_FOLLOWING = re.compile(
    r"^(?P<v>[A-Z][a-z]+(?:\s+(?:up|out|on|in|to|with|over))?)\s+(?:the\s+following|these|the\s+below)"
    r"(?:\s+\w+)?\s*:?$"
)
_NAME_PARTICLE = re.compile(r"^\S+\s+(?:van|von|der|de|da|di|du|del|le|la|bin)\s")
_ISSUE_FIRST = re.compile(r"^(?:(?:PR|issue|pull\s+request)\s*#?\d+|#\d+)\b", re.IGNORECASE)
# "src: remove TimerWrap #20894", "Request for elevated permissions (#1337)": a title, by number
_ISSUE_LAST = re.compile(r"\s\(?(?:PR\s*|issue\s*)?#\d+\)?\s*$", re.IGNORECASE)
_STILL_OPEN = re.compile(r"\b(?:todo|to-do)\b|^\[ \]", re.IGNORECASE)
_DONE_GROUP = re.compile(
    r"^(?:finished|done|completed|closed|merged|resolved)(?:\s+(?:items?|tasks?|actions?))?\s*:?$",
    re.IGNORECASE,
)
_DONE_NOTE = re.compile(
    r"^(?:\[[\w\s.]{1,30}\]\s*)?(?:done|completed?|closed|finished|merged|resolved|✅|✔)\b",
    re.IGNORECASE,
)


def _marked_done_below(lines: list[str], number: int, indent: int) -> bool:
    """A list item under this one says it is finished ("Done", "Completed in working group
    repo", "[Lee] ✅"), as a note on the item above it."""
    for following in range(number + 1, min(len(lines), number + 12)):
        raw = lines[following]
        if not raw.strip():
            continue
        if len(raw) - len(raw.lstrip(" \t")) <= indent:
            return False
        item = _BULLET.match(raw.strip())
        if item and _DONE_NOTE.match(raw.strip()[item.end() :].strip(" *_")):
            return True
    return False


def _names_only(body: str, people: People) -> bool:
    parts = [p for p in re.split(r"\s*(?:,|;|\band\b)\s*", body) if p]
    return all(
        people.participants.find(re.sub(r"\s*\([^)]*\)\s*$", "", p)) or looks_like_name(p)
        for p in parts
    )


def _parts(body: str) -> Iterator[str]:
    for part in re.split(r"\s*[,;]\s*", body):
        if part.strip():
            yield from _clauses(part.strip())  # "X has not been done and @sam will do it"


_EMPHASIS = re.compile(r"\*\*|__")
# An effort estimate ending a task, and a priority after it: "~ 2 days", "~2h: Top Priority"
_ESTIMATE = re.compile(
    r"\s+~\s*\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|pts?|points?)\b"
    r"(?:\s*[:,;-]\s*(?:(?:top|high|low|medium|mid)\s+)?priority)?[\s.]*$",
    re.IGNORECASE,
)
_ASIDE_LINE = re.compile(r"^\s*\([^()]*\)[\s.]*$")  # a line that is only a bracketed aside
_ITALIC_LINE = re.compile(r"^(?:\*(?!\*)[^*]{3,200}\*|_(?!_)[^_]{3,200}_)\s*$")
_PEOPLE_LINE = re.compile(
    r"^(?:attendees|attendance|participants|present)\b(?!\s*[:|—=-]\s*\S)", re.IGNORECASE
)
_ATTENDEE_NOTE = re.compile(r"\s+[-–—]\s*|\s*\(|:\s")  # "Tex: Open Source Program Manager"
_NONE_LINE = re.compile(r"^(?:none(?:\s+specified)?|n/?a|nil|tbd)\.?$", re.IGNORECASE)
_NAME_AND_ROLE = re.compile(r"^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*(?:[-–—(,]|$)")
_TOPIC_LABEL = re.compile(r"^[^:]{1,40}:\s+")
_ACTION_LABEL = re.compile(r"(?:action(?:\s+items?)?|to-?do|(?-i:AI))\s*:", re.IGNORECASE)
# A template's instruction under its heading, to whoever fills the notes in: "Please mention
# the work you did this week", "Summarize what you plan on learning or working on"
_TEMPLATE_ASK = re.compile(
    r"^(?:please\s+)?(?:mention|summari[sz]e|describe|list|write|answer|note|explain|fill\s+in)"
    r"\b[^.!?]*\byou(?:r)?\b",
    re.IGNORECASE,
)
# A lead-in whose list holds what could be done: "It seems like I could take on:", "Some
# options:", "Possible next steps:"
_OPTIONS_LEAD = re.compile(
    r"\b(?:could|might|may\s+be|maybe|possibl[ey]|options?|ideas?|alternatives?)\b[^.!?]*:\s*$",
    re.IGNORECASE,
)
_SPEAKER = re.compile(rf"^({SPEAKER_LABEL})\s?:\s")
_INLINE_ACTIONS = re.compile(
    r"^(?:\*\*|__)(?:to[-\s]?dos?|action\s+(?:items?|points?)|next\s+steps?)"
    r"\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*(?P<rest>\S.+)$",
    re.IGNORECASE,
)
_SKIP_LINE = re.compile(
    r"^(?:date|time|when|where|location|venue|attendees?|present|apologies|chair|secretary|"
    r"minute\s*taker|minutes|recording|link|zoom|meeting\s+id|participants|duration|"
    r"facilitator|note[-\s]?taker|dial[-\s]?in|slides)\s*[:|—=-]",
    re.IGNORECASE,
)
# Who is away, as a person's whole update ("- Nouha:" over "- away, sick"): attendance, no task
_ABSENCE = re.compile(
    r"^(?:(?:away|sick|ill|absent|unwell|unavailable|out\s+of\s+(?:the\s+)?office|ooo|off"
    r"|on\s+(?:leave|vacation|holiday|pto)|not\s+(?:here|present|attending)|apologies)"
    r"(?:\s*(?:,|;|/|and|-|–)\s*|\s+|\W*$))+$",
    re.IGNORECASE,
)
# A record's label: who wrote it or when ("Meeting recorded by:", "Notes taken by:", "Recording
# date:", "Start time:"); not a task's own due or owner field ("Due date:", "Action by:")
_BYLINE = re.compile(
    r"^(?!(?:due|deadline|action|owner|assigned|to\s+be|done)\b)(?:[\w-]+\s+){0,3}?(?:by|date|time)"
    r"\s*:",
    re.IGNORECASE,
)
# "PR#18741, PR#18742,": references only. "Identify blockers `30min`", "Weekly sync (45 mins)":
# an agenda slot with its time, not a task.
_REFERENCES_ONLY = re.compile(r"^(?:(?:PR|pr|issue|Issue)?\s*#\d+[,;\s]*)+$")
_TIMED_SLOT = re.compile(r"[(`\[]\s*\d+\s*(?:min|mins|minutes|m|hr|hrs|h)\s*[)`\]]", re.IGNORECASE)
# A line that stops where its list begins: "...most of my week to:", "the following:".
_LEAD_IN_LINE = re.compile(
    r"\b(?:to|for|on|with|about|of|into|following|include|includes|including|are|is|were|was|"
    r"as\s+follows|these|below)\s*[*_=]*:[*_=\s]*$",
    re.IGNORECASE,
)
_LINK_ONLY = re.compile(r"^(?:\S*https?://\S+|\[[^\]]+\]:\s*\S+|<https?://\S+>)\s*$")
_URL = re.compile(r":?\s*<?https?://[^\s>)]+>?")
# "Please submit comments at https://docs.google.com/... by next meeting": the link is where the
# task is done, the object of "at", so it stays; a link after a label or a title goes.
_LINK_PLACE = re.compile(r"\b(?:at|to|into|on|in|via)\s*$", re.IGNORECASE)


def _link_or_nothing(link: re.Match[str]) -> str:
    before = link.string[: link.start()]
    if link.group(0).startswith(":") or not _LINK_PLACE.search(before):
        return ""
    return link.group(0)


_DATE_LINE = re.compile(
    r"^(?:#+\s*)?(?:date|datetime|meeting\s+date|when)?\s*[:|—-]?\s*(?P<d>.+)$", re.IGNORECASE
)
_NEXT_MEETING_LINE = re.compile(
    r"^(?:#+\s*|\*\*)?(?:the\s+|our\s+)?next\s+(?:meeting|mtg|session|call|sync|check[-\s]?in|"
    r"catch[-\s]?up|1[:-]1)(?:\s+(?:is|will\s+be|on|date))?\s*[:—-]?\s*(?P<d>.*)$",
    re.IGNORECASE,
)


_SLASH_YEAR = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(20\d\d)\b")
_SLASH_PAIR = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d])")


def _settle_own_date(lines: list[str], own: date, day_first: bool) -> tuple[date, bool, str | None]:
    """The notes' own date when written "3/12/2026", either way round: the order the notes'
    other slashed dates show ("25/11" is day first), else the reading that is not after the
    day they are read and nearest it; with a warning when nothing in the notes tells."""
    written = None
    for line in lines[:15]:
        for m in _SLASH_YEAR.finditer(line):
            a, b, year = int(m[1]), int(m[2]), int(m[3])
            if a != b and a <= 12 and b <= 12 and own in _readings(a, b, year):
                written = (m[0], a, b, year)
                break
        if written:
            break
    if written is None:
        return own, day_first, None
    text, a, b, year = written
    month_first, day_first_reading = _readings(a, b, year)
    orders = {
        _slash_order(int(m[1]), int(m[2]))
        for line in lines
        for m in _SLASH_PAIR.finditer(line)
        if m[0] not in text
    } - {None}
    if len(orders) == 1:
        shown = orders.pop()
        return (day_first_reading if shown else month_first), shown, None
    now = date.today()
    past = [d for d in (month_first, day_first_reading) if d <= now]
    chosen = max(past) if past else min(month_first, day_first_reading)
    first = chosen == day_first_reading
    return (
        chosen,
        first,
        (
            f"The notes' date {text} could be read day first or month first; read as "
            f"{chosen:%d %B %Y}. Give the date of the notes to be sure."
        ),
    )


def _readings(a: int, b: int, year: int) -> tuple[date, date]:
    """The date "a/b/year" read month first, then day first."""
    return date(year, a, b), date(year, b, a)


def _slash_order(first: int, second: int) -> bool | None:
    """Whether "first/second" is written day first ("25/11"), month first ("11/25"), or either."""
    if first > 12 and second <= 12:
        return True
    if second > 12 and first <= 12:
        return False
    return None


def notes_date(notes: str) -> date | None:
    """The date the notes give themselves (front matter, a "Date:" line, a dated title), if any."""
    cleaned = clean_notes(notes)
    return _own_date(cleaned.text.split("\n"), cleaned.front_matter)[0]


def _own_date(
    lines: list[str],
    front_matter: dict[str, object] | None = None,
    meetings: dict[int, tuple[date, bool]] | None = None,
) -> tuple[date | None, bool]:
    """The notes' own date and whether its numeric form was written day first (which then
    decides "3/4"). ``meetings`` is :func:`_meeting_log` of ``lines`` when already read."""
    if front_matter:
        for key in ("date", "datetime"):
            value = front_matter.get(key)
            if isinstance(value, datetime):
                return value.date(), False
            if isinstance(value, date):
                return value, False
            if isinstance(value, str):
                try:
                    return date.fromisoformat(value[:10]), False
                except ValueError:
                    pass
    if meetings is None:
        meetings = _meeting_log(lines)
    if meetings:
        return max(meetings.values())  # a log of meetings: it is as of its latest one
    for raw in lines[:15]:
        line = raw.strip().strip("*_# ")
        if not line or _NEXT_MEETING_LINE.match(line):
            continue
        day, day_first = _line_date(line)
        if day is not None:
            return day, day_first
    return None, False


def _line_date(line: str) -> tuple[date | None, bool]:
    """The full date a line gives (with its year), and whether it was written day first."""
    iso = re.search(r"\b(20\d\d)(?:-(\d{2})-|([./])(\d{1,2})\3)(\d{1,2})\b", line)
    if iso:  # "2023-11-06", "2017.09.08"
        try:
            return date(int(iso[1]), int(iso[2] or iso[4]), int(iso[5])), False
        except ValueError:
            pass
    dmy = re.search(
        r"\b(\d{1,2})[./-](\d{1,2})[./-](20\d\d)\b|\b(\d\d)\.(\d\d)\.(\d\d)\b"
        r"|(?<![\d/])(\d{1,2})/(\d{1,2})/(\d\d)(?![\d/])",
        line,
    )
    if dmy:  # "25.11.2025", "11/10/2023", "07.11.23", "14/11/26"
        parts = [g for g in dmy.groups() if g is not None]
        first, second, year = (int(p) for p in parts[:3])
        year = year + 2000 if year < 100 else year
        day_first = first > 12 or (second <= 12 and re.search(r"[.-]", dmy[0]) is not None)
        month, day = (second, first) if day_first else (first, second)
        try:
            return date(year, month, day), day_first
        except ValueError:
            pass
    written = re.search(
        r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(20\d\d)\b"
        r"|\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(20\d\d)\b",
        line,
    )
    if written:
        found = find_due(written.group(0), date(1900, 1, 1))
        if found and found[2]:
            return found[2], bool(written.group(1))
    return None, False


def _meeting_log(lines: list[str]) -> dict[int, tuple[date, bool]]:
    """In notes that log several meetings, the Markdown headings that date one ("## 2017.09.08",
    "## Meeting Notes 27.09.2026 - Kick off"), by line number: the date and whether it was
    written day first. Not a heading that sets a deadline ("## Due 2023-11-10") or names the
    next meeting. Empty when the headings date fewer than two different days."""
    dated: dict[int, tuple[date, bool]] = {}
    for number, raw in enumerate(lines):
        m = _HEADING_MD.match(raw.strip())
        if m is None or _NEXT_MEETING_LINE.match(m.group("h")):
            continue
        day, day_first = _line_date(m.group("h"))
        if day is not None and not _DEADLINE_WORD.search(m.group("h")):
            dated[number] = (day, day_first)
    return dated if len({day for day, _ in dated.values()}) >= 2 else {}


_DEADLINE_WORD = re.compile(r"\b(?:until|till|by|due|before|deadline)\b", re.IGNORECASE)


_NEXT_SENTENCE = re.compile(
    r"(?:^|[.;!]\s+|^\s*[-*•]\s*|^\s*#{1,6}\s*|^\s*\*\*|^\s*(?:"
    + SPEAKER_LABEL
    + r")\s?:\s+)(?=(?:the\s+|our\s+)?next\s)",
    re.IGNORECASE,
)  # "- Next meeting: ...", "#### Next Meeting Date", "**Next meeting:** ..."


def _next_meeting(lines: list[str], today: date, day_first: bool) -> date | None:
    for number, raw in enumerate(lines):
        if "next" not in raw.lower():
            continue
        sentence = _NEXT_SENTENCE.search(raw)
        m = (
            _NEXT_MEETING_LINE.match(raw[sentence.end() :].strip().lstrip("-*• "))
            if sentence
            else None
        )
        if m:
            said = m.group("d")
            if _heading(raw.strip()) is not None:
                # "#### Next Meeting Date" then "**Scheduled:** Wednesday 22nd of October"
                said = f"{said} {_next_text(lines, number)}"
            found = find_due(said, today, day_first=day_first)
            if not (found and found[2]) and said.strip():
                # "nxt mtg 28/11": a bare day first date, read as "on 28/11"
                found = find_due(f"on {said.strip()}", today, day_first=day_first)
            if found and found[2] and found[2] > today:
                return found[2]
    return None


def _next_text(lines: list[str], number: int) -> str:
    """The next line of the notes with any words on it, or "" at the end."""
    for following in range(number + 1, min(len(lines), number + 4)):
        if lines[following].strip():
            return lines[following].strip()
    return ""


def _clean_name(name: str | None) -> str | None:
    if name is None:
        return None
    cleaned = SPACES.sub(" ", name).strip()
    if re.fullmatch(r"[A-Z]\.", cleaned):
        cleaned = cleaned[0]  # "--mentee S.": the notes write "S." and "S" for the same person
    return cleaned or None


# The words a deadline opens with: "until Friday", "by the 20th", "no later than May".
_DEADLINE_OPENS = r"(?:until|till|by|due|before|for|no\s+later\s+than)\b"
_DEADLINE_LEAD = re.compile("^" + _DEADLINE_OPENS, re.IGNORECASE)
_DEADLINE_WORD_IN = re.compile(r"\b" + _DEADLINE_OPENS, re.IGNORECASE)


_HIGHLIGHT = re.compile(r"^(?:==|\*\*|__)?(?P<n>.+?)(?:==|\*\*|__)?\s*:?\s*$")


def _person_alone(body: str, people: People) -> Who | None:
    """The person a list item names and nothing else ("==@raulk==", "Nidhi and Sydney")."""
    m = _HIGHLIGHT.match(body.strip())
    text = m.group("n").strip() if m else body.strip()
    if not text or len(text.split()) > 5:
        return None
    handle = re.fullmatch(r"@[\w.-]{2,39}", text) is not None
    parts = [q for q in re.split(r"\s*(?:,|;|/|&|\band\b)\s*", text) if q]
    return _listed_owner(parts, text, people, known=handle)  # not "LinkedIn" or "DEI"


def _listed_owner(
    parts: list[str], text: str, people: People, *, known: bool = False
) -> Who | None:
    """Who ``text`` names, when each of ``parts`` is a participant the notes list (or the name
    is ``known`` as one, a handle); None for anything else."""
    if not known and not all(people.participants.find(q) for q in parts):
        return None
    who = people.who(text, strict=True)
    return who if who is not None and who.owners else None


# A person, then "to" or a modal, as the lead of their list: "Chris to:", "**Sam will:**"
_PERSON_TO = re.compile(
    r"^[*_]*(?P<n>[^:*_]{1,40}?)\s+(?:to|will|shall|should|must|needs?\s+to)[*_]*\s*:[*_\s]*$"
)


def _person_to_do(body: str, people: People) -> Who | None:
    """Who a lead over a nested list gives its items to: a person the notes list and "to" or a
    modal ("* Chris to:" over "  * Purchase LEDs"), or the whole group ("* All:")."""
    text = body.strip()
    if re.fullmatch(r"[*_]*(?:all|everyone|everybody)[*_]*\s*:[*_\s]*", text, re.IGNORECASE):
        return Who("everyone", ("everyone",))
    m = _PERSON_TO.match(text)
    if m is None:
        return None
    parts = [q for q in re.split(r"\s*(?:,|;|/|&|\+|\band\b)\s*", m.group("n")) if q]
    if not parts:
        return None
    return _listed_owner(parts, " and ".join(parts), people)  # not "Plans to:", "Next steps to:"


def _told_to_all(rest: str, said_by: Who | None) -> str | None:
    """An order after the whole group's label ("All: please review the site"), as the group's
    task ("Everyone to review the site"); None for any other speaker or line."""
    if said_by is None or said_by.owners != ("everyone",):
        return None
    words = rest.strip().split(maxsplit=1)
    if not words:
        return None
    if words[0].lower() == "please" and len(words) > 1:
        words = words[1].split(maxsplit=1)
    if not is_base_verb(words[0]):
        return None
    return f"Everyone to {words[0].lower()} {words[1] if len(words) > 1 else ''}".strip()


def _people_over_lists(lines: list[str], people: People) -> dict[int, Who]:
    """List items that name one person alone, each over a list of their own lines, where the
    same list names another person that way ("- Aijing" over "  - Todo: save the time of
    capture", then "- Meirong" over hers; "- **JP:**" beside "- **SM:**"), by line number.

    A name the notes list nowhere else counts when a sibling item names someone the same way:
    the list is one of people, not of topics ("- Kubernetes" over its notes stands alone).
    """
    found: dict[int, tuple[int, int, Who]] = {}  # line: (indent, parent's line, who)
    parents: list[tuple[int, int]] = []  # (indent, line) of the list items above
    for number, raw in enumerate(lines):
        line = raw.strip()
        bullet = _BULLET.match(line)
        if not bullet:
            if line:
                parents = []
            continue
        indent = len(raw) - len(raw.lstrip(" \t"))
        while parents and parents[-1][0] >= indent:
            parents.pop()
        parent = parents[-1][1] if parents else -1
        parents.append((indent, number))
        body = _EMPHASIS.sub("", line[bullet.end() :]).strip().rstrip(":").strip()
        if not body or len(body.split()) > 2 or not _has_nested_list(lines, number, indent):
            continue
        if people.participants.find(body):
            who = people.who(body, strict=True)
        elif re.fullmatch(r"[A-Z][a-z]{1,15}|[A-Z]{2,3}", body) and not _english(body):
            # "Aijing", "JP": no English word ("Objectives", "Food" and "Other" are), though
            # the first ends as "Testing" does
            who = people.who(body, strict=True) or Who.of([body])
        else:
            continue
        if who is not None and len(who.owners) == 1 and who.owners[0] != "everyone":
            found[number] = (indent, parent, who)
    siblings: dict[tuple[int, int], int] = {}
    for indent, parent, _ in found.values():
        siblings[(indent, parent)] = siblings.get((indent, parent), 0) + 1
    return {
        number: who
        for number, (indent, parent, who) in found.items()
        if siblings[(indent, parent)] >= 2
    }


def _english(word: str) -> bool:
    """``word`` is an English word or one's plural or inflection ("Food", "Objectives")."""
    lowered = word.lower()
    plural = (lowered[:-1], lowered[:-2]) if lowered.endswith("s") else ()
    return (
        lowered in _NOT_INITIALS_HERE
        or common_word_form(word)
        or any(common_noun(b) for b in (lowered, *plural) if len(b) >= 3)
    )


_NOT_INITIALS_HERE = frozenset({"tbd", "wip", "faq", "misc", "etc", "done", "todo", "new"})


def _deadline(line: str, today: date, next_meeting: date | None, day_first: bool) -> date | None:
    """The deadline a heading or a lead-in line sets for the list under it ("To be done until
    **Friday 10.11.2023**:", "Moving forwards (for Friday and beyond):"); not a date that only
    names the meeting ("Meeting 2023-11-06"). "Action Items for Next Meeting" is read as "for
    the next meeting", the date the notes give for it; "To do until 11.10", that day."""
    if not _DEADLINE_WORD_IN.search(line):
        return None  # no word a deadline opens with: no date to read (most lines)
    text = BARE_NEXT_MEETING.sub(r"\g<lead> the next ", line.replace("*", ""))
    due = _lead_deadline(text, today, next_meeting, day_first)
    if due is None and _GLOSSED_DEADLINE.search(text):
        # "Action Items (Due by next sprint: November 23rd)": the date after the gloss
        text = _GLOSSED_DEADLINE.sub(r"\g<w> ", text)
        due = _lead_deadline(text, today, next_meeting, day_first)
    return due


def _lead_deadline(
    text: str, today: date, next_meeting: date | None, day_first: bool
) -> date | None:
    """The first date ``text`` gives, when a deadline word opens its phrase."""
    found = find_task_due(text, today, next_meeting=next_meeting, day_first=day_first)
    if found is None:
        return None
    start, end, due, _ = found
    return due if _DEADLINE_LEAD.match(text[start:end].strip()) else None


# A deadline named, then its date after a colon: "Due by next sprint: November 23rd"
_GLOSSED_DEADLINE = re.compile(
    r"\b(?P<w>due|by|until|till|before)\b[^:()]{1,30}:\s*(?=\S)", re.IGNORECASE
)


def _heading(line: str) -> str | None:
    for pattern in (_HEADING_MD, _HEADING_BOLD, _HEADING_COLON):
        m = pattern.match(line)
        if m:
            return m.group("h").strip()
    bare = line.rstrip(":").strip()
    if len(bare) <= 40 and (_ACTION_HEADING.fullmatch(bare) or _qualified_action_heading(bare)):
        return bare
    goals = _GOALS_BY.match(re.sub(r"\s*\([^()]*\)", "", bare))  # "(include responsibilities)"
    if goals and len(bare) <= 80 and _deadline_only(goals.group("by")):
        return bare  # "Goals for next week", a template's line over the list of them
    return None


# "Action Items Review", "Action items from the Q&A with Fellows": the list named, then what of.
_TASK_LIST_OF = re.compile(
    r"^(?:action\s+items?|actions?|next\s+steps?|to[-\s]?dos?|tasks?)\s+(?:review|recap|from|for|of)\b",
    re.IGNORECASE,
)


def _names_a_task_list(body: str) -> bool:
    """A list item that only names a list of tasks ("Next actions (team)", "concrete actions",
    "Action Items Review"), with nothing after a colon ("Actions for Sam: send the CV")."""
    text = re.sub(r"\s*\([^()]*\)", "", body).strip(" *_:")
    if not text or ":" in text:
        return False
    text = text[0].upper() + text[1:]
    return bool(
        _ACTION_HEADING.fullmatch(text)
        or _qualified_action_heading(text)
        or _TASK_LIST_OF.match(text)
    )


def _qualified_action_heading(bare: str) -> bool:
    """A line that names a list of tasks with a word before it: "Other tasks", "New actions",
    "Team next steps"; not an order whose object is that word ("Review tasks", "Assign tasks")."""
    words = bare.split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or _BULLET.match(bare):
        return False
    if is_base_verb(words[0]) and not (len(words) == 2 and _describes(words[0])):
        return False  # not "Review tasks"; "Concrete actions", "Open tasks" describe theirs
    return any(_ACTION_HEADING.fullmatch(" ".join(words[i:])) for i in range(1, len(words)))


def _describes(word: str) -> bool:
    """``word`` can describe a thing (an adjective as well as a verb: "concrete", "open")."""
    return is_modifier(word)


_TO_BE_DONE_LEAD = re.compile(
    r"^(?=.{0,100}:$).*\b(?:to\s+be\s+done|to\s+do|next\s+steps?|action\s+items?)\b.*:$", re.I
)


def _names_a_product(text: str, people: People) -> bool:
    """Each action word in the heading is part of a thing's name, with a word after it: "GitHub
    Actions Migration", "Celery Tasks Cleanup"; the name before it is no English word and no
    participant's, so the heading names a topic, not a list of tasks."""
    found = list(_ACTION_HEADING.finditer(text))
    for m in found:
        before = text[: m.start()].split()
        after = text[m.end() :].split()
        if not before or not after or not re.fullmatch(r"[A-Z][\w.+-]*", before[-1]):
            return False
        if not re.fullmatch(r"[A-Z][\w-]*", after[0]) or _english(before[-1]):
            return False
        if people.who(before[-1], strict=True, known=True) is not None:
            return False
    return bool(found)


def _section_for(heading: str, people: People) -> Section:
    text = heading.strip(" *_:")
    if _names_a_product(text, people):
        text = _ACTION_HEADING.sub("", text)  # "GitHub Actions Migration": a migration
    if _PEOPLE_HEADING.match(text):
        return Section(kind="people")
    if _PLAN_QUESTION.match(text):
        # a check-in template's "What would you like to work on next week?": the one filling it
        # in answers with their own plan
        if people.author in ("mentor", "mentee"):
            owner = people.unowned
        else:
            owner = Who.of([people.author]) if people.author else UNKNOWN
        return Section(actions=True, owner=owner if owner.owners else None, kind="actions")
    if _deadline_only(text):
        return Section(actions=True, kind="actions")  # "Until next dev meeting:", "By Friday:"
    if _MEETING_GOALS.match(text):
        return Section(kind="agenda")  # "## Goal": what the meeting means to get through
    goals = _GOALS_BY.match(re.sub(r"\s*\([^()]*\)", "", text))  # not its "(include ...)"
    if goals and _deadline_only(goals.group("by")):
        return Section(actions=True, kind="actions")  # "Goals for next week:": to do by then
    whose = _POSSESSIVE.match(text) if not _ACTION_HEADING.search(text) else None
    named = people.who(whose.group("n"), strict=True) if whose else None
    if named is not None and named.owners:
        return Section(person=named, kind="person")  # "Megan's Updates": her status report
    if _NOTES_HEADING.search(text):
        return Section()  # "Agenda/Notes", "Meeting minutes": what was said, read line by line
    if _GUIDANCE_HEADING.search(text) and (
        not _ACTION_HEADING.search(text) or _AGENDA_ITEM_HEADING.match(text)
    ):
        return Section(kind="agenda")
    if _IDEAS_HEADING.search(text) and not _ACTION_HEADING.search(text):
        return Section(kind="agenda")  # "Structure Ideas": options weighed, not tasks taken on
    if (
        _REVIEWED_ACTIONS_HEADING.search(text)
        or _DONE_HEADING.match(text)
        or _ACHIEVED_HEADING.search(text.strip(" *_:?"))
    ):
        return Section(kind="discussion")  # last meeting's items gone over: their status lines
    if _DECISIONS_HEADING.match(text.strip(" *_:")):
        return Section(kind="discussion")  # "Decisions", "Key decisions made", "Consensus":
        # what the meeting settled; only a line that commits someone is an item
    if _PROCEDURE_HEADING.match(text.strip(" *_:")):
        return Section(kind="agenda")  # "Agreed Procedure", "Ground rules": how the team always
        # works, read as guidance is ("please tell the group"); not steps taken on at this meeting
    if _DISCUSSION_HEADING.search(text) and not _ACTION_HEADING.search(text):
        return Section(kind="discussion")  # what was said: only a line that commits is an item
    if not _ACTION_HEADING.search(text):
        if len(text.split()) > 3:
            return Section()
        who = people.who(text, strict=True, known=True)
        if who is None or not who.owners:
            named = people.who(text, strict=True) if len(text.split()) <= 2 else None
            if named is not None and named.owners:
                return Section(person=named, kind="person")  # "## Justin": a status report
            return Section()
        mine = people.session and (
            who.owner == "both" or who.owner in (people.mentee, people.mentor)
        )
        return Section(actions=bool(mine), owner=who, person=who, kind="person")
    rest = _ACTION_HEADING.sub(" ", text).strip(" -–—:()")
    owner: Who | None = None
    m = _HEADING_OWNER.search(text)
    if m:
        if m.group("my"):
            owner = (
                people.unowned
                if m.group("my").lower() == "my"
                else (people.both if people.session else None)
            )
        else:
            candidate = m.group("for") or m.group("poss") or m.group("bare") or m.group("role")
            owner = people.who(candidate) if candidate else None
    elif rest:
        owner = people.who(rest, strict=True)
    if owner is not None and not owner.owners and owner.owner is None:
        owner = None
    if (
        owner is not None
        and owner.owner not in ("both", "everyone")
        and not any(
            people.participants.find(name) or name in (people.mentee, people.mentor, people.author)
            for name in owner.owners
        )
    ):
        owner = None  # "Agreed Procedure", "Action Items": a heading's word is not a person
    return Section(actions=True, owner=owner, kind="actions")


# A template's question to whoever fills it in, about what they will do: "What would you like
# to work on next week?", "What will you do this week?", "What are you planning to do next?"
_PLAN_QUESTION = re.compile(
    r"^what\s+(?:would|will|do|are)\s+you\s+(?:like\s+to|want\s+to|plan(?:ning)?\s+to|intend\s+to"
    r"|aim\s+to|hope\s+to)?\s*(?:work(?:ing)?\s+on|do(?:ing)?|achieve|focus(?:ing)?\s+on|tackle)"
    r"(?:\s+(?P<when>(?:this|next|the\s+coming)\s+(?:week|fortnight|month|sprint)|next))?\s*\??$",
    re.IGNORECASE,
)
# The goals of the meeting itself, named with no time to come: "Goal", "Meeting goals", "Goals
# for this meeting"; not "Goals for next week", a list of what to do by then
_MEETING_GOALS = re.compile(
    r"^(?:(?:the\s+)?meeting(?:['’]s)?\s+)?goals?"
    r"(?:\s+(?:of|for)\s+(?:the|this|today['’]?s?)\s+(?:meeting|session|call))?$",
    re.IGNORECASE,
)
# Goals set for a time to come: "Goals for next week", "Our objectives until Friday"
_GOALS_BY = re.compile(
    r"^(?:my\s+|our\s+)?(?:goals?|objectives?|targets?|aims?)\s+(?P<by>(?:for|until|by|before)\s.+)$",
    re.IGNORECASE,
)


def _deadline_only(text: str) -> bool:
    """``text`` is a deadline and nothing else ("Until next dev meeting", "By Friday", "Before
    the 20th"): the list under it is what is to be done by then."""
    if not _DEADLINE_LEAD.match(text):
        return False
    day = date(2000, 1, 3)
    text = BARE_NEXT_MEETING.sub(r"\g<lead> the next ", text)
    found = find_task_due(text, day, next_meeting=day + timedelta(days=7))
    return found is not None and found[0] == 0 and found[1] >= len(text.rstrip(" .!"))


def _subsection(parent: Section, found: Section) -> Section:
    """A bold or "Label:" heading inside an action or agenda section: it stays that section
    ("**Tasks to be completed**" then "Step 1:"; "## Agenda" then "**During Meeting**") unless
    it opens a section of its own kind, and a person it names owns the lines below it."""
    if found.kind in ("actions", "people") or (found.kind == "agenda" and parent.kind != "agenda"):
        return found
    if found.kind == "person" and parent.actions:
        return Section(
            actions=True,
            owner=found.owner or found.person or parent.owner,  # "### Kat" under "## Actions"
            person=found.person,
            kind="actions",
        )
    return parent


_PEOPLE_HEADING = re.compile(
    r"^(?:attendees?|attendance|participants?|present|members(?:\s+present)?|who(?:['’]s\s+here)?|"
    r"people|roll\s+call|apologies|regrets|absent|intros?|introductions?)\b.{0,20}$",
    re.IGNORECASE,
)
_NOTES_HEADING = re.compile(
    r"^(?:agenda\s*(?:/|&|and)\s*(?:notes|minutes)|(?:meeting\s+)?(?:notes|minutes)\s*(?:/|&|and)"
    r"\s*agenda)\b",
    re.IGNORECASE,
)
# "Things to be discussed", "Items to discuss": topics still to come, not tasks ("How we
# collaborate": how the team works); not "Points
# Discussed", minutes that may hold what someone takes on, nor "Talking Points (inform / decide
# / discuss)", whose list holds what to do
_DECISIONS_HEADING = re.compile(
    r"^(?:(?:key|main|important|technical(?:\s+\w+)?|summary\s+of(?:\s+the)?)\s+)?"
    r"(?:decisions?|consensus|resolutions?)(?:\s+(?:made|reached|taken))?$",
    re.IGNORECASE,
)
# A heading over the team's standing ways of working: "Agreed Procedure", "Team norms"
_PROCEDURE_HEADING = re.compile(
    r"^(?:(?:agreed|team|our|meeting|working|ground)\s+)?"
    r"(?:procedures?|rules|norms|conventions|protocols?|working\s+agreements?)$",
    re.IGNORECASE,
)
_DISCUSSION_HEADING = re.compile(
    r"\b(?:discussion|to\s+(?:be\s+)?discuss(?:ed)?|minutes|updates?|summary|report"
    r"|info|information|details|progress|status|topics|^how\s+we"
    r"|(?<!open\s)(?<!outstanding\s)(?<!pending\s)(?<!todo\s)(?<!to-do\s)items)\b",
    re.IGNORECASE,
)
# "Previous Action Items", "Review of previous action items", "Review actions from previous
# meetings": the items of an earlier meeting gone over, each with its status ("Done", "Still
# keen"); only a line that commits someone anew is an item.
_REVIEWED_ACTIONS_HEADING = re.compile(
    r"^(?:review(?:\s+of)?\s+(?:the\s+)?)?(?:previous|prior|past|last\s+(?:week|meeting|time)['’]?s?)"
    r"\s+(?:meeting['’]?s?\s+)?(?:action|todo|to-do|task)"
    r"|^review\s+(?:of\s+)?(?:the\s+)?(?:action|todo|to-do|task)s?(?:\s+items?)?\s+(?:from|of)\s+"
    r"(?:the\s+)?(?:previous|prior|past|last)\b",
    re.IGNORECASE,
)
# A heading over what was done since last time: "What Have I Done Since Last Meeting?", "What
# did you achieve?", "Item 2 - What was achieved", "Weekly Milestones Achieved", "Previous
# Sprint"; not "What do we want to complete by Sunday?" or "What will you do next?", plans
_ACHIEVED_HEADING = re.compile(
    r"^(?:item\s+\d+\s*[-–—:]\s*)?what\s+(?:(?:have|has|had|did|was|were)\s+)?"
    r"(?:(?:i|we|you|been)\s+)?(?:(?:have|had|been|therefore)\s+)*"
    r"(?:done|did|achieved?|accomplished?|completed?)\b"
    r"|^(?:work\s+)?(?:done|completed|achieved|accomplished)\s+(?:since|last|this)\b"
    r"|^(?:my\s+|our\s+)?(?:accomplishments?|achievements?)\b"
    r"|\b(?:milestones?|goals?|tasks?)\s+(?:achieved|accomplished|completed|reached)$"
    r"|^(?:the\s+)?(?:previous|last|past)\s+(?:sprint|iteration)$",
    re.IGNORECASE,
)
# "Completed Tasks (from previous meeting)", "Done items", "#### Completed" (beside "####
# Ongoing" under "### Actions"): a list of what is finished.
_DONE_HEADING = re.compile(
    r"^(?:completed|done|finished|closed)\s+(?:tasks?|actions?|action\s+items?|items?|to[-\s]?dos?)\b"
    r"|^(?:completed|done|finished|closed)$",
    re.IGNORECASE,
)
# A heading over options put forward: "### Structure Ideas", "Options"; not
# "Talking Points (inform / brainstorm / decide)", whose list holds what to do
_IDEAS_HEADING = re.compile(
    r"\b(?:ideas?|options?|alternatives|brainstorm(?:ing)?)(?:\s*#?\d+)?\s*$", re.IGNORECASE
)
_AGENDA_ITEM_HEADING = re.compile(r"^agenda(?:\s*[-#]?\s*\d+|\s+items?)\b", re.IGNORECASE)
_GUIDANCE_HEADING = re.compile(
    r"\b(?:agenda|recommendations?|expectations?|expections|guidelines?|rules|tips|suggestions?"
    r"|questions?|resources|review\s+process|timeline|background|context|purpose"
    r"|process|old\s+business|announcements?)\b",
    re.IGNORECASE,
)


_INNER_COMMITMENT = re.compile(
    r"\s*\((?P<inner>(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:will|to|is\s+going\s+to)"
    r"\s+[^()]+)\)\s*"
)


# "(Tiffany to find out details)", "(Britt to do)", "(lem looking into it)" after a task: who
# takes the task on, said with a deed that only stands for it.
_TAKES_IT_ON = re.compile(
    r"\((?P<who>[A-Z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)?)\s+(?:will|to)\s+"
    r"(?:do|get|handle|find\s+out(?:\s+(?:the\s+)?details|\s+more)?|look\s+into|take\s+care\s+of"
    r"|follow\s+up(?:\s+on)?|coordinate|chase(?:\s+up)?)(?:\s+(?:it|this|that|them))?\s*\)"
)


_INNER_ACTION = re.compile(
    r"\s*\((?:AI|Action(?:\s+items?)?|TODO)\s*:\s*(?P<inner>[^()]*?\s(?:will|to)\s[^()]+)\)\s*",
    re.IGNORECASE,
)


# "Teams are responsible for 1) Creating a Project Page and 2) Updating it": numbered steps.
_ENUMERATION = re.compile(r"\s+(?:and\s+)?(?=\(?[2-9][.)]\s)")
_FIRST_STEP = re.compile(r"^(?P<lead>.{3,200}?\s)\(?1[.)]\s+(?P<step>.+)$")


def _enumerated(sentences: list[str]) -> Iterator[str]:
    """Each numbered step of a sentence with its lead, as a sentence of its own."""
    for sentence in sentences:
        first = _FIRST_STEP.match(sentence or "")
        steps = _ENUMERATION.split(first.group("step")) if first else []
        if len(steps) < 2:
            yield sentence
            continue
        for step in steps:
            yield first.group("lead") + re.sub(r"^\(?\d[.)]\s+", "", step)


# One thing to tick off, whatever its sentences: "[ ] ...", "TODO: answer pending questions:
# which company? How did we select it?" (a task table's row reads as a TODO line too)
def _runs(body: str) -> list[str]:
    """A check-box's or TODO's sentences as one task, until a sentence with a subject of its
    own starts the next: "TODO: Draft a mission statement! Use Google documents?" | "Amy will
    create a Google document"."""
    runs: list[str] = []
    start = 0
    for cut in _SENTENCE_SPLIT.finditer(body):
        if _own_subject(body[cut.end() :]):
            runs.append(body[start : cut.start()])
            start = cut.end()
    runs.append(body[start:])
    return runs


def _all_orders(sentences: list[str]) -> bool:
    """Every sentence of a list item opens with a verb: "Nominate one lead person for each
    month. Add to Meetups spreadsheet." is one task in two steps."""
    said = [x.strip() for x in sentences if x and x.strip()]
    firsts = [x.split()[0] for x in said]
    return len(said) >= 2 and all(w.lower() in TASK_VERBS or is_base_verb(w) for w in firsts)


# Someone who will do one thing, another, "and" a last: "Alex: I will open a PR on the runbook,
# respond to Dfinity, and eventually get around to backfilling RUSTSEC".
_WILL_SERIES = re.compile(
    rf"^(?P<lead>(?:{SPEAKER_LABEL})\s*:\s+)?(?P<subj>{SUBJECT})"
    r"(?P<modal>\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to|['’]ll)\s+(?P<rest>\S.*)$"
)
# "John: will make a call out to the leads, point them to the docs, and follow up"
_SPEAKER_WILL_SERIES = re.compile(
    rf"^(?P<lead>(?:{SPEAKER_LABEL})\s*:\s+)(?:will|is\s+going\s+to)\s+(?P<rest>\S.*)$"
)
_NEXT_STEP = re.compile(
    r",\s*(?:and\s+)?(?:then\s+)?(?:[a-z]+ly\s+)?(?P<v>[a-z]+)\s+(?!(?:and|or|as|nor)\b)[\w`'\"“(]"
)


def _series(clause: str) -> Iterator[str]:
    """``clause``, or each step of a series its subject will take, with the subject: "She will
    confirm the times with SG FC, and then get back to Jordan" is two commitments. The series
    ends in ", and" and each step opens with a verb; "Sam will review the code, tests and docs"
    and "we will paint the exterior, work on the drainage" inside an "as" clause are one."""
    m = _WILL_SERIES.match(clause) or _SPEAKER_WILL_SERIES.match(clause)
    if m is None or ", " not in m.group("rest"):
        yield clause
        return
    rest = m.group("rest")
    words = rest.split()
    cuts = [
        step
        for step in _NEXT_STEP.finditer(rest)
        if is_base_verb(step.group("v"))
        and step.group("v") not in _MODAL_WORDS
        and not _OPEN_BRACKET.search(rest[: step.start()])
    ]
    if (
        not cuts
        or not re.match(r",\s*and\b", cuts[-1].group(0))
        or not (words[0].lower() in TASK_VERBS or is_base_verb(words[0]))
        or words[0].lower() in _WISH_WORDS  # "we will want to add X, possibly remove Y, and..."
        or _OWN_CLAUSE.search(rest[: cuts[0].start()])
    ):
        yield clause
        return
    head = m.group(0)[: m.start("rest")]
    start = 0
    for cut in cuts:
        yield head + rest[start : cut.start()].strip()
        start = cut.start("v")
    yield head + rest[start:].strip()


_WISH_WORDS = frozenset(("want", "like", "love", "hope", "wish", "need", "have", "be"))
_MODAL_WORDS = frozenset(("will", "shall", "can", "may", "might", "must", "should", "would"))
# A clause with a subject of its own inside the first step: "... as we paint the exterior"
_OWN_CLAUSE = re.compile(
    r"\b(?:as|when|while|if|because|since|that|which|who|so)\s+(?:we|I|you|they|he|she|it)\b"
)
_OPEN_BRACKET = re.compile(r"\([^)]*$")
# A subject, what it has done or is doing, then what it will do: "Prysm has been rebased onto
# electra and will be working on the CL interop".
_SHARED_SUBJECT = re.compile(
    rf"^(?P<subj>{SUBJECT})\s+(?P<done>(?:has|have|had|is|are|was|were|\w+ed)\b[^;:]*?"
    # "Ryosuke believes there are counter-examples to this, and will follow up", "Ana thinks
    # the API is fine but will check with legal", "Amanda has a contact there, will reach out":
    # a view or a state reported, then the step taken on
    r"|[a-z]{3,}s\s+(?:that\s+)?[^;:]*?\b(?:is|are|was|were|has|have|had)\b[^;:]*?)"
    r"(?:,?\s+(?:and|but)|,)\s+"
    r"(?:then\s+|also\s+)?(?P<modal>will|is\s+going\s+to|are\s+going\s+to|plans?\s+to)\s+"
    r"(?P<rest>\S.*)$"
)
# a future of its own: "will", "'ll", "going to"; "to" before a verb ("agreed to send"), not
# before what it points at ("counter-examples to this")
_SUBJECT_WILL = re.compile(
    r"\b(?:will|shall|going\s+to)\b|['’]ll\b"
    r"|\bto\s+(?!(?:this|that|these|those|the|a|an|it|him|her|them|me|us|you|my|our|your|their)\b)"
)
_OPEN_BOX = re.compile(r"\[ \]|(?:todo|to-do)\s*:", re.IGNORECASE)
# A sentence with a subject of its own: "Ben will book the room", "Sam to send it", "I'll ask"
_OWN_SUBJECT = re.compile(
    rf"^(?:I|we|you|he|she|they|{NAME})(?:['’]ll|\s+(?:will|to|is\s+going\s+to|are\s+going\s+to)\b)"
)


def _own_subject(sentence: str) -> bool:
    """The sentence has a subject of its own ("Ben will book the room", "Sam to send it"); not
    an order whose verb looks like a name before "to" ("Add to Meetups spreadsheet")."""
    m = _OWN_SUBJECT.match(sentence)
    if m is None:
        return False
    first = sentence.split()[0]
    after = sentence[len(first) :].lstrip().lower()
    return not (after.startswith("to ") and (first.lower() in TASK_VERBS or is_base_verb(first)))


_NAME_TO = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+to\s+[a-z]")


def _clauses(body: str, item: bool = False) -> Iterator[str]:
    body = _TAKES_IT_ON.sub(r"(\g<who>)", body)  # "Look into X (Tiffany to find out details)"
    inner = _INNER_COMMITMENT.search(body)
    if inner and body.split(maxsplit=1)[0].lower() in TASK_VERBS:
        # "Add acceptance criteria (The TA will send an issue template)": two commitments.
        yield from _clauses(body[: inner.start()] + " " + body[inner.end() :])
        yield inner.group("inner")
        return
    marked = _INNER_ACTION.search(body)
    if marked:
        # "C) Rewrite the spec (AI: Raul to rewrite the spec, not this week)": the action item
        # the brackets mark is one of its own
        yield from _clauses(body[: marked.start()] + " " + body[marked.end() :])
        yield "AI: " + marked.group("inner")
        return
    sentences = _SENTENCE_SPLIT.split(body)
    if _OPEN_BOX.match(body) and len(body) <= MAX_SENTENCE_CHARS:
        sentences = _runs(body)  # "[ ] Try having guest conundrums. Reach out to a few folks"
    elif (
        item
        and _all_orders(sentences)
        and len(body) <= MAX_SENTENCE_CHARS
        and not any(_own_subject(s or "") for s in sentences[1:])
    ):  # "Nominate one lead person for each month. Add to Meetups spreadsheet."
        sentences = [body]
    for sentence in _enumerated(sentences):
        if not sentence or len(sentence) > MAX_SENTENCE_CHARS:
            continue
        parts = _CLAUSE_SPLIT.split(sentence)  # [clause, separator, clause, ...]
        shared = _SHARED_SUBJECT.match(parts[0]) if len(parts) == 1 else None
        if (
            shared
            and not _SUBJECT_WILL.search(shared.group("done"))
            and not verb_or_modifier(shared.group("subj"))  # "Briefly discussed and will..."
        ):
            # "Katya has built a dashboard and will collaborate with Jihoon": what is done is a
            # report; what the same subject will do next is the commitment
            parts = [f"{shared.group('subj')} {shared.group('modal')} {shared.group('rest')}"]
        clause = parts[0]
        for separator, part in zip(parts[1::2], parts[2::2], strict=True):
            subject = clause.rsplit(": ", 1)[-1]  # "User Research: Austin and Thom will meet"
            if separator.strip() == "and" and len(subject.split()) <= 2:
                clause = f"{clause}{separator}{part}"  # "Sam and I will…" is one subject
                continue
            if _NAME_TO.match(part) and not _NAME_TO.match(clause.strip()):
                # "Mina to look into X and John to go on with Y": two people's tasks, said
                # alike; not "Add Ben and Beth to all pages", one task
                clause = f"{clause}{separator}{part}"
                continue
            if separator.strip(" ,") == "so" and ADVISED.match(clause.strip()):
                clause = part  # "X suggested I look at Y, so I'm going to ask Z": the answer
                continue
            if clause.strip():
                yield from _series(clause.strip())
            clause = part
        if clause.strip():
            yield from _series(clause.strip())
