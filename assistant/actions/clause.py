"""Read one clause of the notes as a commitment, or decide that it is not one.

A clause is an item when it is prefixed (``TODO``, ``Action:``, ``[ ]``…), sits in an action
section, names people with a commitment ("Sam will…", "I'll…", "Ben and Leonard to…",
"Sam: update the CV", "Priya sends…", "Let's…", "We agreed that…"), says "need to"/"please"/
"due <date>", or starts with an action verb. Questions, discussion, the next meeting, feelings,
past-tense reports, decisions and done items are not. :func:`read_clause` also says whether the
clause itself named who commits (a subject, an owner field or a prefix).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.actions.items import ActionItem
from assistant.actions.lexicon import (
    common_noun,
    common_word_form,
    compound_agent_noun,
    is_base_verb,
    is_modifier,
    modifier_only,
    verb_or_modifier,
)
from assistant.actions.marks import done_mark
from assistant.actions.owners import (
    GROUP_NOUN,
    MEMBER_NOUN,
    NAME,
    SPACES,
    SPEAKER_LABEL,
    SUBJECT,
    TASK_VERBS,
    UNKNOWN,
    People,
    Who,
)
from assistant.duedates import find_due, impossible_date
from assistant.understanding.people import looks_like_name

__all__ = [
    "PARTICIPLE",
    "Reading",
    "Section",
    "find_task_due",
    "parse_clause",
    "read_candidate",
    "read_clause",
]

_MODAL = (
    r"(?:will|shall|would|is\s+going\s+to|are\s+going\s+to|am\s+going\s+to|plans?\s+to"
    r"|(?:is|are)\s+(?:asked|assigned|tasked)\s+to|(?:is|are)\s+to|volunteered\s+to|offered\s+to"
    r"|intends?\s+to|promised\s+to|agreed\s+to|committed\s+to|commits?\s+to|needs?\s+to"
    r"|has\s+to|have\s+to|should|must|can|to)"
)
_ADVERB = r"(?:(?:also|then|first|now|still|definitely|both|each|all|personally|try\s+and)\s+)?"

_SUBJECT_MODAL = re.compile(
    rf"^(?P<subj>{SUBJECT})(?:\s+{_ADVERB}(?P<modal>{_MODAL})\b|(?P<ll>['’]ll|['’]m\s+going\s+to|['’]re\s+going\s+to|['’]d))\s+{_ADVERB}(?P<rest>.+)$"
)
_SAID = re.compile(
    rf"^(?P<subj>{SUBJECT})\s+(?:also\s+)?(?:said|offered|promised|volunteered|confirmed)"
    r"(?:\s+that)?\s+(?P<rest>.+)$"
)
_SPEAKER_COMMITS = re.compile(
    rf"^(?P<o>{SPEAKER_LABEL})\s*:\s+(?:ok(?:ay)?,?\s+|yes,?\s+|sure,?\s+)?"
    r"(?:(?i:once|when|after|as\s+soon\s+as|soon\s+as)\s[^.;:?]{0,80}?,?\s)?"
    r"(?:I(?:'ll|’ll|\s+will|\s+shall|\s+am\s+going\s+to|'m\s+going\s+to|’m\s+going\s+to|"
    r"\s+can\s+take|\s+(?:can|will)\s+take\s+care\s+of)|i(?:'ll|’ll|\s+will))\s+(?P<rest>\S.+)$"
)
_SPEAKER_LETS = re.compile(
    rf"^(?P<o>{SPEAKER_LABEL})\s*:\s+(?:let['’]s|let\s+us)\s+"
    r"(?P<rest>\S.+)$",
    re.IGNORECASE,
)
_OWN_PLAN = re.compile(
    r"^my\s+(?:(?:main|first|next)\s+)?(?:goal|plan|aim|priority|next\s+step|milestone|task)\s+"
    r"(?:is|will\s+be)\s+to\s+(?P<rest>\S.+)$"
    r"|^(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:also\s+)?(?:suggested|recommended|advised)"
    r"(?:\s*\([^()]*\))?(?:\s+that)?\s+I\s+(?!(?:was|am|had|have|did|do)\b)(?P<advised>[a-z]\S*.*)$",
    re.IGNORECASE,
)
# "The plan is to ...", "Our goal is to ..." once its time to come is read out of it ("The plan
# for the next week is to finish the proof"); with no date, a view of where things head
_GROUP_PLAN = re.compile(
    r"^(?:the|our)\s+(?:main\s+)?(?:plan|goal|aim|priority)\s+(?:is|will\s+be)\s+to\s+(?P<rest>\S.+)$",
    re.IGNORECASE,
)
# "Matthew suggested I try running it with other data sets", "He also suggested (which was a
# great suggestion) that I play around with the project": advice the writer takes on. Not when
# the sentence goes on with what the writer will do instead ("Marcus suggested I look at how
# other leads work, so I'm going to ask two of them"): that is the commitment.
ADVISED = re.compile(
    r"^(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:also\s+)?(?:suggested|recommended|advised)\b"
)
_LETS = re.compile(r"^(?:let['’]s|let\s+us)\s+(?:both\s+)?(?P<rest>.+)$", re.IGNORECASE)
# A step the meeting saw was needed and gave no one: "Someone needs to update the README",
# "somebody should renew the domain": an item with no owner yet
_ANYONE_MUST = re.compile(
    r"^(?:also\s*:?\s*)?(?:someone|somebody)\s+(?:needs\s+to|should|has\s+to|must|will\s+have\s+to)"
    r"\s+(?P<rest>[a-z]\S*\s.+)$",
    re.IGNORECASE,
)
_AGREED = re.compile(  # "For the next meeting, we decided to categorize the issues": a lead first
    r"^(?:(?:according\s+to|for|after|at|in|following|based\s+on)\s[^,;:]{2,40},\s*(?=we\b))?"
    r"(?:(?:we|both\s+of\s+us|it\s+was|we\s+both|together\s+we)\s+)?(?:agreed|decided)"
    r"(?:\s+on)?(?:\s+that|\s*:)?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_PREFIX = re.compile(
    r"^(?:\[\s\]\s*|(?:todo|to-do|action(?:\s+items?)?|task)\b(?:\s*#?\d+(?:\.\d+)*)?\s*[:\-–—.]?\s*"
    r"|(?-i:AI(?:\s*[:\-–—]\s*|\s*(?=\()|\s+(?=[A-Z])))"
    r"|(?:follow[-\s]?ups?|next\s+steps?|next)\s*[:\-–—]\s*)",
    re.IGNORECASE,
)
# "[Action - Lee] Write up a draft plan", "[Lee] [Action: Rob Z] Add a note", "[AI] Post the
# slides": an action tag in brackets, with its owner after a dash or colon, perhaps after the
# speaker's own bracket
_BRACKET_ACTION = re.compile(
    r"^(?:\[[^\[\]]{1,40}\]\s*)?(?:\[\s*(?:action(?:\s+items?)?|(?-i:AI)|to-?do)\s*"
    r"(?:[-–—:]\s*(?P<o>[^\[\]]{1,40}?))?\s*\]"
    # "(AI: PaulM) Blog post on the kubernetes page": an owner is named in round brackets
    r"|\(\s*(?:action(?:\s+items?)?|(?-i:AI))\s*[-–—:]\s*(?P<o2>[^()]{1,40}?)\s*\))\s*:?\s*",
    re.IGNORECASE,
)
# A phrase put before the subject with no comma: "For testing I will ...", "After the call we'll"
_FRONTED = re.compile(
    r"^(?i:for|after|before|during|until|once)\s+(?:(?!\bthat\b)[^,;:()]){2,40}?\s+"
    r"(?=(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'’-]+)\s+(?i:will|shall|am\s+going\s+to"
    r"|are\s+going\s+to|is\s+going\s+to)\b|(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)['’]ll\b)"
)
_PREFIX_OWNER = re.compile(r"^\((?P<o>[^()]{1,40})\)\s*:?\s*")
_OWNER_DOES = re.compile(r"(?P<n>[^\s,()]{2,30})\s+(?:to|will|on)\s+\w")  # "PL to open an issue"
_PREFIX_FOR = re.compile(r"^for\s+(?P<o>[^:]{1,40}?)\s*:\s*", re.IGNORECASE)  # "Action for Ana:"
_DISCUSSION = re.compile(
    r"^(?:we\s+|i\s+|they\s+|[A-Z]\w*\s+)?(?:also\s+)?(?:talked|discussed|spoke|chatted|covered|"
    r"mentioned|reviewed|went\s+over|shared|explained|described|noted|reflected|spent|explored|"
    r"looked\s+at|brainstormed|debated|walked\s+through|touched\s+on|feels?|felt|seemed|"
    r"said\s+(?:that\s+)?(?:she|he|they|it)\s+(?:was|is|felt))\b"
    r"|^(?:discussion|topic|topics|context|background|note|notes|overall|highlights?|mood"
    r"|agenda|summary|feedback|observations?|wins?|challenges?|reflections?|feelings?|recap"
    r"|proposals?|proposed|motion|moved?\s+(?:by\s+)?(?-i:[A-Z]{2,}\b)|move\s+that)\b"
    r"|\b(?:passed|carried)\s+(?:without\s+dissent|unanimously|nem\.?\s*con)",
    re.IGNORECASE,
)
_NEXT_MEETING = re.compile(
    r"^(?:our\s+|the\s+)?next\s+(?:meeting|mtg|session|check[-\s]?in|call|catch[-\s]?up|sync|1[:-]1)"
    r"|^(?:(?:we|we['’]ll|we\s+will|let['’]s|both\s+of\s+us)\s+)?(?:will\s+)?"
    r"(?:meet|reconvene|catch\s+up|reconnect|touch\s+base)\s+(?:again|next|on|in|at|the)\b"
    r"|^(?:see\s+you|meeting\s+again|follow[-\s]?up\s+(?:meeting|session)\s+(?:on|is|at))\b",
    re.IGNORECASE,
)
_MEETING_TASK = re.compile(
    r"^(?:join\s+(?:the\s+|this\s+|our\s+)?(?:meeting|call|zoom(?:\s+call)?|session|webinar)\s+"
    r"(?:at|via|on|using|here)\b"  # "Join the meeting at https://zoom...": how to attend
    # "Join via Zoom at https://...": the same
    r"|join\s+(?:via|on|using|through)\s+(?:zoom|meet|teams|jitsi|webex|the\s+link)\b"
    r"|meet\b(?!\s+(?:with|up\s+with|to)\b)(?!.*\bto\s+(?!be\b)[a-z]{2,})|(?:reconvene|catch\s+up|reconnect|touch\s+base|talk"
    r"|get\s+together|see\s+each\s+other)(?:\s+again|\s+next|\s+on\b|\s+in\s+(?:two|2|a)\b|\s*$))",
    re.IGNORECASE,
)
_NOT_TASK_START = re.compile(
    r"^(?:(?:phase|step|part|stage|week|sprint|round|milestone|item|agenda)[\s-]*\d+[a-z]?\W*$"
    r"|if\s|stay\s+focused|keep\s+in\s+mind|see\W*$|see\s+(?:e\.g|i\.e|also|above|below|attached|here)|suggest(?:s|ed)?\s+(?:that\s+)?we\b|"
    r"be|feel|not|never|probably|likely|maybe|love|enjoy|hate|like|want|wish|hope|any|"
    r"know|become|seems?|remain|looks\s+like|sounds\s+like|lots\s+of|plenty\s+of|heads\s+up|"
    r"welcome\s+to|thanks\s+to|thank\s+you|congrat\w*|"
    r"have\s+been|be\s+able|see\s+how|discuss(?:ed)?|(?:them|it|this|that|these|those)\s+being|"
    r"(?:updates?|status|progress|recap|overview|summary|report|feedback|discussion|review)"
    r"\s+(?:on|of|about|from|re)\b|action\s+items?\s+(?:review|from)\b)\b",
    re.IGNORECASE,
)
# "List looks broadly reasonable", "Review is scheduled for now": the first word is a thing the
# sentence says something about, not a verb telling someone what to do.
_NOUN_FIRST = re.compile(
    r"^[A-Za-z][\w'’-]*\s+(?:(?:is|are|was|were)(?!\s+(?:going\s+to|\w+ing)\b)|looks|seems|has|had"
    r"|needs|should|must|can|could|does|did|went|got)\b",
    re.IGNORECASE,
)  # not "Details are going to be gathered", "Austin is working on", "Ehuss will follow up"
_LED_WILL = re.compile(
    r"^(?P<lead>(?!(?:if|when|once|unless)\b)[^,;:]{3,40},\s*)(?:will|is\s+going\s+to)\s+(?P<v>\S.*)$",
    re.IGNORECASE,
)
# Words ending in "ed" that are no past tense ("need", "proceed", "embed", "red").
_NOT_PAST = r"(?!(?:need|feed|seed|speed|proceed|succeed|exceed|embed|shed|red|bed|wed)\b)"
_HANDLE_MODAL = re.compile(
    r"^(?P<h>[a-z][a-z0-9_-]{2,20})\s+(?:will|is\s+going\s+to|to)\s+(?P<rest>[a-z]\S*\s.*)$"
)
_OPEN_CHECK = re.compile(r"^\s*\[ \]")
_PAST_START = re.compile(
    r"^"
    + _NOT_PAST
    + r"(?:\w+ed|sent|wrote|met|did|made|got|gave|took|went|had|was|were|found|spoke|told|"
    r"built|bought|began|brought|already)\b",
    re.IGNORECASE,
)
_OWNER_KEY = re.compile(
    r"\s*\((?:owners?|assignees?|who)\s*[:=]\s*(?P<o>[^()]{1,120}?)\s*\)"  # "(owner: A, B, C)"
    r"|[\s,;(\[]*\b(?:owner|assignee|who)\s*[:=]\s*(?P<o1>[\w'’@ ]{1,30}?)\s*"
    r"(?=[,;.)\]]|$|\s+due\b|\s+[-–—]{1,2}\s)",
    re.IGNORECASE,
)
_TRAILING_PAREN = re.compile(r"\s*[(\[](?P<o>[^()\[\]]{1,40})[)\]]\s*[.;,]?\s*$")
_TRAILING_DASH = re.compile(r"\s+[-–—]{1,2}\s*(?P<o>[^-–—]{1,40}?)\s*[.;,]?\s*$")
# "(Sam, Fri)", "(Sam - Friday)": an owner, then the day it is due
_OWNER_AND_DAY = re.compile(r"\((?P<o>[^()\d,;–—-]{1,40}?)\s*[-–—,;]\s*(?P<d>[^()]{1,30})\)")


def _owner_then_day(m: re.Match[str], people: People, today: date) -> str:
    """ "(Sam, Fri)" as "(Sam) by Fri" when Sam is someone the notes list and Fri a day."""
    who = people.who(m.group("o"), strict=True)
    day = find_due("by " + m.group("d"), today)
    if who is None or not _known(who, people) or day is None or day[0] != 0:
        return m.group(0)
    return f"({m.group('o')}) by {m.group('d')}"


# "Settings.xml with password from UI => Mark", "Update the docs -> Sam": handed to someone
_TRAILING_ARROW = re.compile(r"\s*(?:=>|->|→|⇒)\s*(?P<o>[^<>=→⇒-]{1,40}?)\s*[.;,]?\s*$")
# "Update the docs @sam", "Fix the build @amy @raul": the handles it is for
_TRAILING_HANDLE = re.compile(
    r"\s+(?P<o>@[\w.-]{2,30}(?:\s*(?:,|and|&)?\s*@[\w.-]{2,30})*)\s*[.;,]?\s*$"
)
# what a trailing handle follows when it is the task's object: a preposition, or a verb whose
# object is a person ("Set up a call with @pat", "Ping @amy")
_HANDLE_OBJECT = re.compile(
    r"\b(?:with|to|for|from|about|of|between|ask|tell|remind|ping|thank|introduce|intro|pair"
    r"|contact|email|message|invite|mentor|cc)\s*$",
    re.IGNORECASE,
)
_OWNER_COLON = re.compile(r"^(?P<o>[^:]{1,40}?)\s*:\s+(?P<rest>.+)$")
_OWNER_DASH = re.compile(r"^(?P<o>[^-–—:=>→]{1,40}?)\s*(?:\s[-–—]{1,2}\s|->|=>|→)\s*(?P<rest>.+)$")
_LEAD_IN = re.compile(
    r"^(?:(?:also|and|plus|finally|then|lastly|oh|ok(?:ay)?|so)\b[,:]?|[a-z]{3,}ly,)\s+",
    re.IGNORECASE,
)
_TRAILING_WORD = re.compile(
    r"(?:\s+(?:by|on|before|until|till|due|no\s+later\s+than|and))+"
    r"[\s,;.:]*$",
    re.IGNORECASE,
)


@dataclass
class Section:
    """Where a clause sits: under an action heading or not, and that heading's owner."""

    actions: bool = False
    owner: Who | None = None
    kind: str = "other"  # actions | agenda | discussion | people | person | speech | other
    person: Who | None = None  # a heading naming someone: owns "Will..." / "Needs to..." lines
    nested: bool = False  # a list item indented under another line
    parent: bool = False  # a list item with list items indented under it


@dataclass(frozen=True)
class Reading:
    """A clause read as a would-be item, and what the rules made of it.

    ``rejected`` names the rule that says it is not a commitment ("question", "discussion",
    "decision", "uncommitted", "thing_will", "not_task_start", "past"), None when the rules
    accept it. ``strong`` says the clause itself names who commits (a subject, an owner field, a
    prefix); ``prefixed`` that it carries a ``TODO``/``Action:``/check-box prefix (or is a table
    row), ``subject`` that a person is its subject ("Sam will…").
    """

    item: ActionItem
    strong: bool
    rejected: str | None
    prefixed: bool
    subject: bool
    polite: bool


def parse_clause(
    clause: str,
    people: People,
    section: Section,
    today: date,
    *,
    next_meeting: date | None = None,
    day_first: bool = False,
    plain: bool = False,
) -> ActionItem | None:
    """Return the action item ``clause`` commits to, or None when it is not a commitment."""
    read = read_clause(
        clause, people, section, today, next_meeting=next_meeting, day_first=day_first, plain=plain
    )
    return read[0] if read else None


def read_clause(
    clause: str,
    people: People,
    section: Section,
    today: date,
    *,
    next_meeting: date | None = None,
    day_first: bool = False,
    plain: bool = False,
) -> tuple[ActionItem, bool] | None:
    """The action item ``clause`` commits to and whether the clause itself says who commits
    (a subject, an owner field, a prefix); None when it is not a commitment.

    ``plain`` marks a clause with no structure of its own (no subject, prefix or action
    section) that may still be a bare task ("Update the CV"): it counts only when it starts
    with an action verb.
    """
    read = read_candidate(
        clause, people, section, today, next_meeting=next_meeting, day_first=day_first
    )
    if read is None or read.rejected is not None:
        return None
    return read.item, read.strong


def read_candidate(
    clause: str,
    people: People,
    section: Section,
    today: date,
    *,
    next_meeting: date | None = None,
    day_first: bool = False,
) -> Reading | None:
    """``clause`` read as a would-be item, with the rule that rejects it if one does; None
    only when there is nothing to read as a task (a done item, the next meeting, no words)."""
    rejected: str | None = None
    if done_mark(clause):
        return None
    clause = clause.replace("**", "").replace("__", "")
    tagged = _BRACKET_ACTION.match(clause)
    if tagged:  # "[Action - Lee] Write up a plan" reads as "Action (Lee): Write up a plan"
        named = tagged.group("o") or tagged.group("o2")
        owner = f" ({named.strip()})" if named else ""
        clause = f"Action{owner}: {clause[tagged.end() :]}"
    prefix = _PREFIX.match(clause)
    text = clause[prefix.end() :] if prefix else clause
    if prefix and section.kind == "agenda" and prefix.group(0).startswith("["):
        prefix = None  # "## Agenda" / "- [ ] Create Zoom link": a meeting's own check-list
    if prefix and (not text or _ACTION_WORDS.fullmatch(text.strip(" .:*_|"))):
        return None  # "| [todo] | Action Item |": a legend saying what the marker means
    addressed = _ACTION_TO.match(text) if prefix else None
    if addressed:  # "Action to APIBacklog WG to nominate...": the owner, as written
        text = addressed.group("rest")
    prefixed_owner = (_PREFIX_OWNER.match(text) or _PREFIX_FOR.match(text)) if prefix else None
    if prefixed_owner:  # "TODO(marco): remove the flags"
        text = text[prefixed_owner.end() :]
    bracketed = _BRACKET_OWNER.match(text) if not prefixed_owner else None
    if bracketed and (
        people.who(bracketed.group("o"), strict=True) is None
        or not (section.actions or _is_verb(text[bracketed.end() :].replace("-", " ")))
    ):
        bracketed = None  # "[DC] Daniel Collins": an attendee list, not a task
    if bracketed and text.startswith("("):
        said = people.who(bracketed.group("o"), strict=True)
        if said is None or not _known(said, people):
            bracketed = None  # "(Optional) update the docs": a note on it, not its owner
    if bracketed:  # "[DC]  Set up a shared folder": the owner's initials in brackets
        text = text[bracketed.end() :]
    bare = _PARENS.sub("", text).strip()
    role = _NEXT_ROLE.match(text)
    if role and (role.group("next") or role.group("when")):
        # "Next minute taker: Yair Chizi", "Chair in meeting in week 4: Guilia": a duty at the
        # next meeting; "Chair: Ana" only says who chaired this one
        whose = people.who(role.group("who"), strict=True) or Who.of([role.group("who")])
        task = _capitalise(role.group("role"))
        duty = ActionItem(task=task, owner=whose.owner, due=None, owners=whose.owners)
        return Reading(duty, strong=True, rejected=None, prefixed=False, subject=True, polite=False)
    if _NEXT_MEETING.match(text):
        return None
    fronted = _FRONTED.match(text)
    if fronted:  # "For testing I will create the suites": what the subject will do
        text = text[fronted.end() :]
    topical = _TOPIC_DASH.match(text)
    if topical and _SUBJECT_MODAL.match(topical.group("rest")):
        subject = _SUBJECT_MODAL.match(topical.group("rest"))
        said = subject.group("subj") if subject else ""
        named = people.who(said, strict=True) if said else None
        coded = text.startswith("`")  # after a code span, only a handle or a participant
        if (
            named is not None
            and named.owners
            and said.lower() not in _PRONOUNS
            and (not coded or said.startswith("@") or _known(named, people))
        ):
            text = topical.group("rest")  # "Agenda - Lynne to work on draft agenda": Lynne's
    asking = _WILL_ASK.match(bare)  # "Erik will ask Min: how to spawn a pod?": what Erik asks
    # "Timothy, please label this as supportive?": a request, its question mark a courtesy
    requested = bare.endswith("?") and _PLEASE_DO.search(bare) is not None
    questioned = (bare.endswith("?") and not asking and not requested) or _ASKS.match(
        _SPOKEN.sub("", bare, count=1)
    )
    if questioned and not prefix:
        rejected = "question"
    elif _DISCUSSION.match(text):
        rejected = "discussion"
    text = _ASIDE.sub("", text).strip()
    if (prefix or requested) and text.endswith("?"):
        text = text[:-1]
    marked = _TODO_MARK.search(text)
    if marked:
        text = (text[: marked.start()] + text[marked.end() :]).strip()

    who: Who | None = people.who(prefixed_owner.group("o")) if prefixed_owner else None
    doer = _OWNER_DOES.match(prefixed_owner.group("o")) if prefixed_owner else None
    if doer and (who is None or not who.owners):
        # "[todo] (PL to open an issue) Add a prerequisites section": PL's, with the step
        # that goes with it
        who = people.who(doer.group("n"), strict=True)
    if bracketed:
        who = people.who(bracketed.group("o"), strict=True)
    if addressed:
        who = people.who(addressed.group("o"), strict=True) or Who.of([addressed.group("o")])
    text = _OWNER_DEADLINE.sub(r"(\g<o>) by \g<d>", text)  # "(Britt - deadline July 22)"
    text = _OWNER_AND_DAY.sub(lambda m: _owner_then_day(m, people, today), text)
    m = _OWNER_KEY.search(text)
    fielded = False  # an owner field names who: "(owner: Guillermo)" over "Guilermo to ..."
    if m:
        who = people.who(m.group("o") or m.group("o1"))
        if who is None and m.group("o"):  # "(owner: Product Owner, Client Liaison)": as written
            named = [p.strip() for p in re.split(r"\s*(?:,|/|&|\+|\band\b)\s*", m.group("o"))]
            if named and all(
                _TITLE_WORDS.fullmatch(p) or _HANDLE.fullmatch(p) or looks_like_name(p)
                for p in named
            ):  # "(owner: lord kizzy, Guillermo)": handles as written too; "(owner: Sunny
                who = Who.of(named)  # Zhang + Jiaying Li)": names the notes list nowhere else
            elif named and named[0].split():  # "(owner: JL using the old materials)"
                who = people.who(named[0].split()[0], strict=True)
        text = (text[: m.start()] + text[m.end() :]).strip()
        fielded = who is not None and bool(who.owners)
    untagged = _ISSUE_TAIL.sub("", text)
    m = _ASSIGNED.search(untagged)
    handed = False  # "css styling will be assigned to Martha Snelgrove": given to someone
    if m:
        found_who = people.who(m.group("o"))
        rest = (untagged[: m.start()] + untagged[m.end() :]).strip()
        handed = _HANDED.search(rest) is not None
        if handed and people.who(m.group("o"), strict=True) is None:
            found_who, handed = None, False  # "a school ambassador will be assigned to each school"
        if found_who is not None:
            who = found_who
            text = _HANDED.sub("", rest)
    inner = _PAREN_SUBJECT.search(text)
    if inner and inner.group("subj").split()[0] in _PAREN_VERBS:
        inner = None  # "(refer to the repo)": a verb, not a handle
    if (
        inner
        and inner.group("subj").islower()
        and (
            verb_or_modifier(inner.group("subj").split()[0])
            or inner.group("subj").split()[0].endswith(_ABSTRACT_NOUN_ENDS)
        )
        and not people.participants.find(inner.group("subj").split()[0])
    ):  # "Intro (welcome to 2023)", "an issue (inability to associate the UI with the
        inner = None  # button)": a word, not a participant's handle
    if inner and who is None:
        found_who = people.who(inner.group("subj"), strict=False)
        if found_who is not None:
            who = found_who
    else:
        inner = None

    due: date | None = None
    warning: str | None = None
    bad = impossible_date(text)
    if bad:
        warning = f"{bad[2]} is not a date; no due date was set."
        text = (text[: bad[0]] + " " + text[bad[1] :]).strip()
    field = _DUE_FIELD.search(text)
    if field:  # a table's due cell: the date is that cell's, whatever the task text says
        text = (text[: field.start()] + text[field.end() :]).strip()
        found_due = find_task_due(
            "due " + field.group("d"), today, next_meeting=next_meeting, day_first=day_first
        )
        if found_due:
            due, warning = found_due[2], warning or found_due[3]
        span = None
    else:
        span = find_task_due(text, today, next_meeting=next_meeting, day_first=day_first)
    if span:
        start, end, due, problem = span
        warning = warning or problem
        later = _SECOND_DAY.match(text[end:])
        second = find_due(later.group("d"), today, day_first=day_first) if later else None
        if later and second and second[0] == 0 and second[2] and due and second[2] >= due:
            # "Send out public communications on Monday and Tuesday": done by the later day
            end, due = end + later.start("d") + second[1], second[2]
        text = (text[:start] + " " + text[end:]).strip()
        text = re.sub(r"[(\[]\s*[,;]?\s*[)\]]", "", text).strip()
        if start == 0:  # "For Aug. 15th - read and try exercises", "By Friday: read it"
            text = re.sub(r"^[-–—:,;]+\s*", "", text)
        text = re.sub(r"\s+[-–—,;]+$", "", text)  # "Update the docs - @sam - by Friday"

    if span and _TIME_ONLY.fullmatch(text):
        return None  # "Sunday 7 April at 18:00H": a date and its time, nothing to do
    text = _LEAD_IN.sub("", text)
    text = _REMINDER.sub("", text)  # "Do not forget to do BuddyCheck!": the task is the BuddyCheck
    text = _capitalise_people(text, people)
    polite = _PLEASE.match(text) if section.kind != "agenda" else None
    if polite:
        text = text[polite.end() :]
    committed = bool(prefix) or section.actions or bool(marked) or bool(inner) or bool(polite)
    committed = committed or bool(bracketed) or handed
    committed = committed or bool(_DUE_MARK.search(clause) and due is not None)
    # Only the heading vouches for it: "Upcoming - tolerations", "(merged, docs)" under "## Actions"
    heading_only = committed and not (
        prefix or marked or inner or polite or bracketed or due is not None
    )
    task: str | None = None
    agreed = _AGREED.match(text)
    if agreed and _states(agreed.group("rest")):
        rejected = rejected or "decision"  # "We agreed that we have a proper UI for them"
    if agreed and not (prefix or marked) and _CHOSEN_WAY.match(agreed.group("rest")):
        rejected = rejected or "decision"  # "We decided to go for a 4 arm maze initially",
        # "The team agreed to switch to virtual meetings": a way chosen, not a step taken on
    if agreed:
        text = agreed.group("rest")
        committed = True
        group = _GROUP_START.match(text)
        if group:
            who = who or people.who(group.group(1), group=True)
            text = text[group.end() :]
        who = who or (people.both if people.session else UNKNOWN)

    topic = ""
    passive = None
    text = _without_role(text, people)
    request = _ASKED_TO.match(text)
    if request:  # "Ana asked Ben to review the PR": Ben's task; "Reminded each other to ...": all
        asked = request.group("o")
        together = r"each\s+other|one\s+another|everyone|everybody"
        whom = "Everyone" if re.fullmatch(together, asked, re.I) else asked
        named = people.who(whom, strict=True, group=True)
        if named is not None and named.owners and (_known(named, people) or whom == "Everyone"):
            text = f"{whom} to {request.group('rest')}"
    dated = due is not None and due >= today
    found = (
        None if inner else _subject_task(text, people, section.actions, bool(prefix), dated=dated)
    )
    if found is None and not inner:
        colon = _TOPIC_COLON.match(text)
        if colon and not _OWNER_COLON_PERSON(colon.group("o"), people):
            topic = colon.group("o").strip() + ": "
            text = colon.group("rest")
            found = _subject_task(text, people, section.actions)
            if _ACTION_WORDS.fullmatch(topic.strip(" :")):
                topic = ""
                committed = True
            elif _DECISION_WORDS.fullmatch(topic.strip(" :")):
                if found is None or not found[0].owners or not _COMMITS.search(text):
                    rejected = rejected or "decision"  # "Decision: we will adopt semver",
                    # "dec: Sam joins the panel": what was settled, no one's step taken on
                topic = ""  # "Decision: Sam will draft it": Sam's task, without the label
            elif _PROPOSAL_WORDS.fullmatch(topic.strip(" :")) and (
                found is None or not found[0].owners or _ADVISED_SUBJECT.match(text)
            ):
                rejected = rejected or "uncommitted"  # "Idea: ask space committee if we can...",
                # "Suggestion: she could apply early": put forward, not taken on
    if _NOT_COMMITTED.search(clause) and not (prefix or marked):
        rejected = rejected or "uncommitted"  # "..., didn't commit", "no one signed up yet"
    if (
        agreed
        and not (prefix or marked or section.actions)
        and _chosen_thing(agreed.group("rest"))
        and (found is None or not found[0].owners)
    ):
        rejected = rejected or "decision"  # "decided desktop only", "agreed on a weekly sync":
        # a thing chosen, with no step and no one to take it
    if (
        _STEP_LABEL.match(topic + text)
        and not (section.actions or prefix or marked)
        and (found is None or not found[0].owners)
    ):
        rejected = rejected or "uncommitted"  # "Step 1: integrate across batches" in minutes:
        # a step of a method described, not one taken on; under "Tasks" it is one
    if (
        agreed
        and re.match(r"it\s+was\b", agreed.group(0), re.IGNORECASE)
        and not (found is not None and found[0].owners)
        and not (prefix or marked)
    ):
        rejected = rejected or "decision"  # "It was decided to look into the issue": no one's
    if (
        agreed
        and re.match(r"(?:agreed|decided)\b", agreed.group(0), re.IGNORECASE)
        and not (found is not None and found[0].owners)
        and not (who is not None and who.owners)
        and not (prefix or marked or section.actions or people.session)
        and not re.search(r"\b(?:I|[Mm]e|[Mm]y)\b", clause)
    ):
        rejected = rejected or "decision"  # "Decided: focus on data roles", "Agreed to move
        # the meeting to Thursdays": what the meeting settled, with no one named to do it;
        # not "Agreed to send supervisor the emails I plan to send", the writer's own
    if found is not None:
        subject_who, task = found
        named_first = who is not None and bool(who.owners) and not subject_who.owners
        if (subject_who.owner != "both" or who is None) and not named_first and not fielded:
            who = subject_who  # not over a named owner: "[Action - Rob Z] Let's move to stage 3"
        if section.kind == "speech" and section.owner is not None and _FIRST_PERSON.match(text):
            who = section.owner  # "Till: Thanks. I will work with David...": Till's "I"
        committed = True
    else:
        subjectless = _SUBJECTLESS.match(text)
        passive = _PASSIVE_BY.match(text)
        if passive and found is None:
            by = people.who(passive.group("o"), strict=True)
            if by is not None and by.owners:
                who = by  # "To be merged by Kevin after website migration"
                committed = True
        if subjectless:
            task = subjectless.group("rest")
            if re.match(r"be\s+\w{3,}ing\b", task, re.IGNORECASE):
                task = task[3:]  # "Will be pushing code this week"
            committed = True
            if subjectless.group("need"):
                task = text
            elif re.match(r"need\b|needs\b", task, re.IGNORECASE) and not (prefix or marked):
                rejected = rejected or "uncommitted"  # "will need populating", "will need to do
                # more than static hex code": what it will take, not a step anyone takes on
            if who is None and section.person is not None:
                who = section.person
        else:
            task = text

    annotated, task = _trailing_owner(task, people)
    if found is None or not found[0].owners:
        who = annotated or who  # "Marcin agreed to test it — MPJ / CT / Marcin": the subject
    elif (
        _FIRST_PERSON.match(text)
        and annotated is not None
        and len(annotated.owners or ()) == 1
        and annotated.owner != "both"
        and _known(annotated, people)
    ):
        who = annotated  # "I'll ask about the budget. (Ruth)": the name says who "I" is
    if annotated is not None and annotated.owners and _VERB_LED.match(task.strip()):
        first = task.split(maxsplit=1)[0].lower().strip(",:;")
        committed = committed or first in TASK_VERBS  # "Email the leaders (Britt)"; not
        # "Update on the collaboration (Galen)", a report the agenda asks for
        if (
            first.endswith("ing")
            and _ing_stem(first) in TASK_VERBS
            and section.kind in ("actions", "other")
        ):  # "Publishing NPM @huhn511" beside "Check init() @Thoralf-M": the step its owner is
            committed = True  # to take; under "Updates", "Writing the report (Ana)" says how
            # far she has got
    if found is not None and not asking:  # what someone will ask goes on after its colon
        split = re.split(r"((?<!\bre):\s|\s[-–—]\s)", task, maxsplit=1)  # not "info re: the guide"
        if (
            len(split) == 3
            and (split[1].strip() != ":" or len(split[2].split()) >= 4)
            and not _open_quote(split[0])  # not "put the “supportive: firefox” label on it"
        ):
            task = split[0]  # "Sam: update the CV - see notes"; a short "channel: #name" stays

    if (
        heading_only
        and found is None
        and not agreed
        and not passive
        and annotated is None
        and ((section.owner is None and section.person is None) or section.parent)
        and (section.nested or section.parent)
        and (not _says_a_deed(task) or (section.parent and _title(task)))
    ):
        rejected = rejected or "not_task_start"  # a list line with no verb, owner or date,
        # or a topic with the tasks under it ("- Reference Archiver", "- Code of Conduct:")
    if (
        section.parent
        and not section.actions
        and not committed
        and found is None
        and annotated is None
        and _TOPIC_WORDS.fullmatch(task.strip())
    ):
        rejected = rejected or "not_task_start"  # "* Test users" over "  * 2 Test users" in
        # minutes: the topic its notes are under, not an order
    if not committed:
        first = task.split(maxsplit=1)[0].lower().strip(",:;") if task.split() else ""
        titled = _TOPIC_THEN_ORDER.match(task)
        if titled and first not in TASK_VERBS:  # "Next Gophercon EU - reach out to speakers"
            first = titled.group("v").lower()
        pair = "-".join(task.lower().split()[:2])
        if first not in TASK_VERBS and pair in TASK_VERBS:  # "Double check", as "double-check"
            first = pair
        elif (
            first.endswith("ly")
            and is_modifier(first)
            and not _HEDGE.match(first)
            and len(task.split()) > 2
        ):  # "Actually get LaTeX writeups on the page"; not "Possibly merge ...", a maybe
            first = task.split()[1].lower()
        if (
            first not in TASK_VERBS
            or section.kind in ("agenda", "people", "speech", "discussion")
            or _NOUN_OF.match(task)  # "Draft of the guide": a noun, not an order
        ):
            rejected = rejected or "uncommitted"
    if found is None and not (prefix or marked or polite) and _NOUN_WILL_BE.match(text):
        rejected = rejected or "thing_will"  # "Change to Zoom will be done for October 26th":
        # a thing and what will become of it, with no one named to do it
    if found is None and not prefix and _THING_WILL.match(text):
        rejected = rejected or "thing_will"  # "The chatbot scope will prioritize SharePoint"
    if found is None and _DECIDED.search(text):
        rejected = rejected or "decision"  # "Decision to fund Slack licenses", "A motion... passed"
    if (
        section.kind in ("agenda", "discussion")
        and not (prefix or marked or people.session)
        and found is not None
        and not found[0].owners
        and _WE_WILL.match(text)
    ):
        rejected = rejected or "uncommitted"  # under "Discussion": "We will finance $57,000 at
        # 8% interest", "we will skip the TA process for the beta round": what the group
        # means to do, said with no one named to take it on
    if not (prefix or marked or people.session) and _WE_CHOOSE.match(text):
        rejected = rejected or "decision"  # "We will use a forking workflow for all pull requests"
    if not (prefix or marked or people.session) and _ADVICE.match(text):
        rejected = rejected or "uncommitted"  # "You should still try to contact people first"
    named_subject = found is not None and bool(found[0].owners)  # "Hannah will have to look"
    if not (prefix or marked or named_subject or section.actions) and _FORESEEN.match(text):
        rejected = rejected or "uncommitted"  # "when we add to the building, we will have to...";
        # under "Next steps" the same words are the step taken on, as "let's" is there
    if found is None and not (prefix or marked or inner) and _STATEMENT.match(text):
        rejected = rejected or "decision"  # "Our milestones are basic features, epics..."
    if not (prefix or marked or section.actions) and _LETS_KEEP.match(text):
        rejected = rejected or "decision"  # "Let's keep the Thursday 2pm PT time for now",
        # "let's keep it short", "Will continue to use GitHub projects": things stay as they
        # are, or advice on how; no step taken on
    if not (prefix or marked or section.actions) and _CHEER.match(text):
        rejected = rejected or "uncommitted"  # "Let's get started again!", "Let's continue
        # doing that in future!": the meeting cheering itself on, not a step taken on
    if found is None and not (prefix or marked) and _PUT_FORWARD.match(text):
        rejected = rejected or "uncommitted"  # "Suggest aiming for Spring", "Suggest using
        # .assign() for these as well": a suggestion put to the meeting, not a step taken on
    if found is None and not (prefix or marked or inner) and _MAYBE.match(text):
        rejected = rejected or "uncommitted"  # "Could discuss today for insight": a possibility
    owned = _MUST_HAVE.match(text)
    if owned and not (prefix or marked or inner) and not _HAVE_DONE.match(owned.group("what")):
        rejected = rejected or "uncommitted"  # "We need to have a mission statement that..."
    if not (prefix or marked or inner) and _state_to_keep(text):
        rejected = rejected or "uncommitted"  # "Need to be careful to avoid bias": a way to be
    if (
        not (prefix or marked or inner or section.actions)
        and task is not None
        and (found is None or not found[0].owners)
        and (_DEFERRED.match(task) or _DEFERRED.match(_UNSUBJECTED.sub("", clause.strip())))
    ):
        rejected = rejected or "uncommitted"  # "Revisit later", "Re-visit next meeting": a
        # topic put off to another meeting, not a step anyone takes on
    if not (prefix or marked or inner) and task is not None and _waiting(task):
        rejected = rejected or "uncommitted"  # "we will wait for that", "Will wait for Sam to
        # comment": waiting on someone else's step or an event, not a step taken on
    if found is None and not (prefix or marked or inner) and _SAYS_HOW_IT_IS.match(text):
        rejected = rejected or "uncommitted"  # "I guess in Ember it's a part of ember-cli"
    duty = _ROLE_DUTY.match(text)
    if duty and compound_agent_noun(duty.group("role")) and not (prefix or marked or due):
        rejected = rejected or "uncommitted"  # "Notekeeper needs to take note of ACTION
        # points": what the role always does, not a step anyone took on at this meeting
    task = topic + _clean_task(task) if topic else _clean_task(task)
    if passive and who is not None and who.owners:
        task = _clean_task(text)
    elif not task or _MEETING_TASK.match(task):
        return None
    elif (
        _NOT_TASK_START.match(task)
        # "Core Team Staff will discuss the plan": a meeting of theirs, not a topic
        and not (
            (named_subject or (prefix and not prefix.group(0).startswith("[")))
            and re.match(r"discuss\s+\w", task, re.IGNORECASE)
        )  # "Action item: discuss further/later": said to be one
    ) or (_NOUN_FIRST.match(task) and not inner):
        rejected = rejected or "not_task_start"
    elif len(task.split()) == 1 and not (prefix or marked or (found and found[0].owners)):
        rejected = rejected or _one_word(section, annotated)  # "Sydney", "Updates": a word
    if (
        found is None
        and not inner
        and not passive
        and not bracketed
        and not (prefix and field)  # a task table's row with its due cell: "mods agreed | by 16/4"
        # "[ ] Suggested changes for build instructions (@ckerr)": an open box someone owns
        and not (
            prefix and _OPEN_CHECK.match(clause) and annotated is not None and annotated.owners
        )
        and (_PAST_START.match(task) or _reported(task))
    ):
        rejected = rejected or "past"
    if section.kind == "speech" and (_NARRATED.match(text) or _narrates(text)):
        rejected = rejected or "past"  # "NIC: presents slides", "JS: Validates the concept of
        # regular members": what happened in the meeting
    if not (section.actions or prefix or marked) and _under_way(text):
        rejected = rejected or "past"  # "Ana: looking through the survey data": work going on
    told = _EVERYONE_VERB.match(text) if rejected is None else None
    if told and (who is None or not who.owners) and is_base_verb(told.group("v")):
        # "Everyone start brainstorming ideas": a verb in its base form after "everyone", who
        # takes "starts" in a report, is said to all; read so only where the line is a task
        who = people.who("everyone", group=True)
    if who is None:
        who = section.owner or people.unowned
    item = ActionItem(task=task, owner=who.owner, due=due, owners=who.owners, warning=warning)
    return Reading(
        item=item,
        strong=bool(prefix or found is not None or marked or inner or agreed),
        rejected=rejected,
        prefixed=bool(prefix),
        subject=found is not None and bool(found[0].owners),
        polite=bool(polite),
    )


# A speaker's label then a verb in "-s": "JS: Provides Summary"; not "needs", "wants", "plans",
# which say what is still to do
_THIRD_PERSON_VERB = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]*\s*:\s*)?(?!(?i:needs|wants|plans|has|is|was|does|goes)\b)"
    r"(?P<v>[A-Za-z][a-z]{2,}(?<!s)s)\s+\S"
)


def _narrates(text: str) -> bool:
    """``text`` opens on a verb in its "-s" form: what someone did at the meeting."""
    m = _THIRD_PERSON_VERB.match(text)
    if m is None:
        return False
    word = m.group("v").lower()
    stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
    stems += [word[:-3] + "y"] if word.endswith("ies") else []
    return any(is_base_verb(stem) for stem in stems)


def _open_quote(text: str) -> bool:
    """``text`` ends inside a quotation: a quote mark opened and not closed."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _one_word(section: Section, annotated: Who | None) -> str | None:
    """Why a task of one word is none: "Sydney", "Updates"; under "Next steps", "Graph (Ana)",
    its owner marked beside it, is Ana's task."""
    if section.actions and annotated is not None and annotated.owners:
        return None
    return "not_task_start"


_EVERYONE_VERB = re.compile(
    rf"^(?:everyone|everybody|(?:each|every)\s+{MEMBER_NOUN})\s+"
    r"(?P<v>[a-z]+)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(r"(?:possibly|potentially|probably|hopefully|ideally|perhaps|likely)$")


# A noun phrase whose first word may read as an order, then what will become of it: "Change to
# Zoom will be done for the 26th", "Review of the charter will be held in May"; not "will be
# sent by Sam", which names who sends it
_NOUN_WILL_BE = re.compile(
    r"^[A-Z][a-z]+\s+(?:of|to|for)\s+(?:[\w'’-]+\s+){0,4}?will\s+be\s+"
    r"(?:\w+ed|done|made|held|given|taken|sent|set|put|run)\b(?!\s+by\b)"
)
# A role's title as the subject of what it must do: "Notekeeper needs to take note of ...",
# "The timekeeper should warn at five minutes"
_ROLE_DUTY = re.compile(
    r"^(?:the\s+)?(?P<role>[A-Za-z]+)\s+(?:needs\s+to|must|has\s+to|should|is\s+to|"
    r"is\s+responsible\s+for)\b",
    re.IGNORECASE,
)


# "by 17th", "due by the 3rd": that day of this month, or of the next once it has passed (not
# "the 7th of each month", nor "the 17th of May", which names its month); "this month": its last
# day. Read where the shared date reader finds no date.
_MONTH_DAY_DUE = re.compile(
    r"\b(?:(?:by|before|until|till|due|on)\s+(?:by\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s*(?:of\b|[-/.]\d|[A-Za-z]))"
    r"|(?P<month>(?:(?:by|before)\s+(?:the\s+end\s+of\s+)?|(?:in|during)\s+)?this\s+month)\b)",
    re.IGNORECASE,
)


# Office shorthand for a deadline: "by EOW" (end of week: Friday), "EOM" (the month's last
# day), "by COB" (close of business: today), "within the week", "within 48hrs"; and a day.month
# with no year after a deadline word ("due: 28.03", "until 5.4.")
_SHORTHAND_DUE = re.compile(
    r"\b(?:(?:by|before|until|till|due|for)\s+(?:the\s+)?)?(?P<code>EOW|EOM|COB)\b"
    r"|\b(?P<week>within\s+the\s+week)\b"
    r"|\b(?:with)?in\s+(?:the\s+next\s+)?(?P<hours>\d{1,3})\s*(?:hrs?|hours?)\b"
    r"|\b(?:by|before|until|till|due|deadline)\s*:?\s*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.?(?![\d.])"
    r"|\b(?:by|before|until|till|at)\s+(?P<clock>\d{1,2}(?::\d{2})?\s*(?:am|pm)(?:\s*[A-Z]{1,3}T)?)"
    r"(?![\w:])",
    re.IGNORECASE,
)  # "by 5pmET", "at 5pm PT": a time of day with no day is the meeting's own day


def _shorthand_day(m: re.Match[str], today: date) -> date | None:
    code = (m.group("code") or "").upper()
    if code == "COB" or m.group("clock"):
        return today
    if code == "EOM":
        return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if code == "EOW" or m.group("week"):
        return today + timedelta(days=(4 - today.weekday()) % 7)
    if m.group("hours"):  # "within 48hrs after meeting": two days on
        return today + timedelta(days=-(-int(m.group("hours")) // 24))
    day, month = int(m.group("d")), int(m.group("m"))
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(today.year, month)[1]):
        return None
    due = date(today.year, month, day)
    return due if due >= today - timedelta(days=31) else date(today.year + 1, month, day)


# "before next meeting", "for next session", "until next dev meeting": the next meeting, with
# its article left out
BARE_NEXT_MEETING = re.compile(
    r"(?P<lead>\b(?:for|by|before|until|till))\s+next\s+"
    r"(?=(?:[a-z][\w-]{1,15}\s+)?(?:meeting|mtg|session|call|sync)\b)",
    re.IGNORECASE,
)


# The next time the pair meet, said without naming the meeting: "let's discuss it next time",
# "pick it up at our next session", when the notes date their next meeting
_NEXT_TIME = re.compile(
    r"\s*\b(?:next\s+time|(?:at|in)\s+(?:the|our)\s+next\s+(?:meeting|mtg|session|call|sync))"
    r"(?=\s*[.!]?\s*$)",
    re.IGNORECASE,
)


def find_task_due(
    text: str, today: date, *, next_meeting: date | None = None, day_first: bool = False
) -> tuple[int, int, date | None, str | None] | None:
    """:func:`assistant.duedates.find_due`, then a day of this month given alone ("by 17th")
    and "this month" where it finds no date."""
    found = find_due(
        text, today, next_meeting=next_meeting, day_first=day_first, deadlines_only=True
    )
    if found is not None:
        return found
    bare = BARE_NEXT_MEETING.search(text)
    if bare is not None:  # "fill it out before next meeting": before the next meeting
        cut = bare.end("lead")
        said = f"{text[:cut]} the{text[cut:]}"
        found = find_due(said, today, next_meeting=next_meeting, day_first=day_first)
        if found is not None:
            start, end, due, problem = found
            return start, end - 4 if end > cut else end, due, problem
    again = _NEXT_TIME.search(text) if next_meeting is not None else None
    if again is not None and next_meeting is not None and next_meeting >= today:
        return again.start(), again.end(), next_meeting, None  # "discuss it next time"
    short = _SHORTHAND_DUE.search(text)
    shorthand = _shorthand_day(short, today) if short is not None else None
    if short is not None and shorthand is not None:
        return short.start(), short.end(), shorthand, None
    m = _MONTH_DAY_DUE.search(text)
    if m is None:
        return None
    last = calendar.monthrange(today.year, today.month)[1]
    if m.group("month"):
        return m.start(), m.end(), today.replace(day=last), None
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    year, month = today.year, today.month
    for _ in range(3):  # this month's day, or the next month that has it once it has passed
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) >= today:
            return m.start(), m.end(), date(year, month, day), None
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


_FIRST_VERB = re.compile(
    r"\b(?P<v>will|shall|should|must|need|needs|to|can|would|could|['’]ll|is\s+to|are\s+to"
    r"|is\s+going\s+to|are\s+going\s+to|has\s+to|have\s+to|is|are|was|were|has|have|had)\b",
    re.IGNORECASE,
)


def _chosen_thing(text: str) -> bool:
    """What was agreed is a thing, not a step: no verb first, no subject and no "to", modal or
    "-ing" after it ("desktop only", "a weekly sync"; not "we need to add a button", "each one
    making a draft", "Sam sends the deck", which the caller tells apart by its owner)."""
    words = text.split(maxsplit=1)
    if not words or re.match(rf"(?:{SUBJECT})\b", text):
        return False
    first = words[0].lower().strip(",:;")
    if not first.isalpha() or is_base_verb(first):
        return False
    return not _STEP_WORDS.search(text)


_STEP_WORDS = re.compile(
    r"\b(?:to|will|would|should|shall|must|need|needs|can|could|\w{3,}ing)\b|['’]ll\b",
    re.IGNORECASE,
)


def _states(text: str) -> bool:
    """What was agreed is a state of things ("the actual backlog is pretty similar", "we have a
    proper UI"), not something to do: its first verb is "be" or "have" with no modal before it."""
    first = _FIRST_VERB.search(text)
    return first is not None and first.group("v").lower() in (
        "is", "are", "was", "were", "has", "have", "had"
    )  # fmt: skip


def _OWNER_COLON_PERSON(raw: str, people: People) -> bool:
    return people.who(raw, strict=True) is not None and len(raw.split()) <= 4


# "Innovation in styling shelved for now", "Focus was placed on logs": a thing and what was done
# to it, with no one committing; a task starts with its verb ("Review the shared notes").
_REPORTED = re.compile(
    r"^(?!(?:need|needs|please)\b)[`'\"“]?[A-Za-z][\w'’`\"”-]*(?:\s+(?!(?:to|will|must|should|needs?|be)\b)"
    r"[\w'’`-]+){0,3}?\s+(?:(?:was|were|(?:has|have)(?:\s+not|n['’]t)?\s+been)\s+)?"
    + _NOT_PAST
    + r"[a-z]+ed\b(?!\s+(?:by|to)\b)"
)


# "Brian Bush (SME) to provide graphical mapping": a person's role in brackets after the name.
_ROLE_AFTER_NAME = re.compile(
    rf"^(?P<n>{NAME})\s*\((?!\s*(?:and|&)\s)[^()]{{1,30}}\)"
    r"(?=\s+(?:to|will|shall|should|must|is|are|has|needs?|agreed|plans?)\s)"
)


# Someone named after who they are to the speaker: "My skip-level, Jo, is going to review it",
# "our treasurer, Ana Ruiz, will send it"
_ROLE_THEN_NAME = re.compile(
    r"^(?i:my|our|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},\s+"
    r"(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?=(?:will|is\s+going\s+to|to|['’]ll|has\s+"
    r"(?:offered|agreed)\s+to|said)\b)"
)


def _without_role(text: str, people: People) -> str:
    """``text`` with a participant's bracketed role after their name left out, so the name is
    read as the subject ("Brian Bush to provide..."); anything else in brackets stays; a role
    said before a name set off by commas is left out too ("My skip-level, Jo, is going to")."""
    named = _ROLE_THEN_NAME.match(text)
    if named is not None and looks_like_name(named.group("n")):
        return f"{named.group('n')} {text[named.end() :]}"
    m = _ROLE_AFTER_NAME.match(text)
    if m is None or not people.participants.find(m.group("n")):
        return text
    return m.group("n") + text[m.end() :]


def _reported(task: str) -> bool:
    first = task.split(maxsplit=1)[0].lower()
    stem = first[:-3]
    if first.endswith("ing") and any(is_base_verb(s) for s in (stem, stem + "e", stem[:-1])):
        return False  # "Working on bug for expired requests": what is under way, not a report
    if first in TASK_VERBS and (_STATUS_PAIR.match(task) or _THINGS_THEN_PAST.match(task)):
        return True  # "Schedule decided", "Release dates changed in the past": a thing and
        # what became of it
    reported = _REPORTED.match(task)
    if reported is None or first in TASK_VERBS or first in ("have", "need"):
        return False
    # "show the related information", "works on assigned data tasks": a word in -ed after a
    # determiner or a preposition describes a thing; it reports nothing done. Not in "Display
    # of names on transferred IDs", a noun phrase naming a topic
    return _NOUN_OF.match(task) is not None or _ATTRIBUTIVE_BEFORE.search(reported.group(0)) is None


_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|our|your|their|his|her|its|my|each|every|all|any|"
    r"some|no|on|of|in|for|with|from|into|onto|about)\s+[a-z]+ed$",
    re.IGNORECASE,
)


_THINGS_THEN_PAST = re.compile(
    r"^(?!(?:check|ensure|verify|confirm|make|see|get|keep|have|test)\b)[A-Za-z]+\s+(?:[a-z]{3,}s\s+"
    + _NOT_PAST
    + r"[a-z]{3,}ed\b"
    r"|(?:changed|moved|set|renamed|switched|scheduled|postponed)\s+(?:to|for|until)\b)",
    re.IGNORECASE,
)  # "Release dates changed in the past", "Label changed to 'feature'", "Call moved to Friday"
_STATUS_PAIR = re.compile(
    r"^(?!(?:get|keep|have|stay|be)\b)[A-Za-z]+\s+" + _NOT_PAST + r"[a-z]+ed\W*$",
    re.IGNORECASE,
)


# "Action to APIBacklog WG to nominate the maintainers": the action addressed to its owner.
_ACTION_TO = re.compile(r"^to\s+(?P<o>[A-Z][\w.&/' -]{0,40}?)\s+to\s+(?P<rest>[a-z].+)$")
# "[DC] Set up the folder", "[All] Review the minutes", "(Sam) update the docs": an owner in
# brackets before the task.
_BRACKET_OWNER = re.compile(
    r"^[\[(](?P<o>(?:[A-Z][\w.&'’-]{0,20}(?:\s[A-Z][\w.'’-]{0,20})?|all)"
    r"(?:\s*[/,&]\s*[A-Z][\w.'’-]{0,20}(?:\s[A-Z][\w.'’-]{0,20})?)*)[\])]\s+"
)
# "(Britt - deadline July 22)", "(Galen - deadline: 29 Aug)": an owner with a deadline.
_OWNER_DEADLINE = re.compile(
    r"\((?P<o>[^()]{1,60}?)\s*[-–—,;]\s*(?:deadline|due(?:\s+date)?)\s*:?\s*(?P<d>[^()]{1,30})\)",
    re.IGNORECASE,
)
# A task led by its verb, not by a noun that looks like one ("Update on X", "Review of Y").
_VERB_LED = re.compile(r"^[A-Za-z][\w'’-]*\s+(?!(?:on|of|about|from|re)\b)\S", re.IGNORECASE)
# A speaker's line in the present, as minutes tell a meeting: "presents slides", "shares a demo".
_NARRATED = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]*\s*:\s*)?(?:presents|shares|shows|demos|explains|describes|asks|says|"
    r"notes|mentions|suggests|proposes|thinks|agrees|disagrees|wonders|reports|summarizes|"
    r"summarises|walks|gives|raises|points|comments|responds|replies|adds)\b"
)
_PAREN_VERBS = TASK_VERBS | frozenset(
    {
        "refer",
        "see",
        "go",
        "according",
        "due",
        "used",
        "similar",
        "up",
        "need",
        "needs",
        "going",
        "ready",
        "back",
        "subject",
        "next",
        "link",
        "links",
        "prior",
        "related",
        "or",
        "and",
        "but",
        "so",
        "not",
        "also",
        "how",
        "what",
        "when",
        "where",
        "whether",
        "though",
        "although",
        "which",
        "that",
        "this",
        "it",
        "probably",
        "likely",
        "maybe",
        "perhaps",
        "hopefully",
        "still",
        "then",
    }
)  # fmt: skip  "(or to actually start)", "(though will probably run a loss next year)": a
# word that joins or hedges, not a handle
# A verb's past participle, irregular ones too: "reviewed", "written", "made", "set up"
PARTICIPLE = (
    r"(?:\w+(?:ed|en)|(?i:done|made|sent|held|put|run|built|led|kept|brought|paid|set|bought|"
    r"told|read|met|split)(?:\s+(?:up|out|together|forward))?)"
)
_PASSIVE_BY = re.compile(
    r"^(?:(?i:the|this|that|these|those|a|an|our|its)\s+(?:[\w'’-]+\s+){0,5}?)?"  # "The guide"
    r"(?i:to|will|needs?\s+to|has\s+to|must|should|(?:is|are)\s+to)\s+be\s+"
    + PARTICIPLE
    + r"\s+by\s+"
    r"(?P<o>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?)*)\b"
)
_THING_WILL = re.compile(
    r"^(?:the|this|that|these|those|a|an|its)\s+(?:[\w'’-]+\s+){0,5}?(?:will|shall)\s+"
    r"(?!be\s+" + PARTICIPLE + r"\s+by\b)",
    re.IGNORECASE,
)
# A sentence that says how things are: a thing, then "is"/"are" ("Our milestones are basic
# features", "The scope was larger than expected"), what it has come to ("However, the board has
# decided on one portal") or can do ("The users should be able to sign in"); not "The deck is
# to be sent by Friday", nor a step offered or agreed ("The finance office has offered to draft").
# Someone saying what they think, see or are, with no commitment: "I guess in Ember it's a
# part of ember-cli", "But I am not sure how to tackle this yet", "I saw Yangshun's comment";
# not "I am going to ask", "we are to submit", "I think I'll ask Ben too": a commitment
_SAYS_HOW_IT_IS = re.compile(
    r"^(?!.*(?:['’]ll|\b(?:will|shall|should|must|need\s+to|needs\s+to|ha(?:ve|s)\s+to|going\s+to)\b))"
    r"(?:(?:but|and|so|also)\s+)?(?:I|we|he|she|they|it)\s+(?:also\s+|really\s+|just\s+)?"
    r"(?:guess|think|believe|feel|felt|saw|noticed|am|was|is|are|were|seem|seems|seemed)\b"
    r"(?!\s+(?:going\s+to|to|due|responsible|supposed|expected|tasked|asked|in\s+charge)\b)",
    re.IGNORECASE,
)
# A capitalised word then an ordinary lower-case noun: a thing, not a person ("HSBC account",
# "Website repo"); not "Ben and Beth", "Ludwig van Beethoven" or "Interface team"
_NAMES_A_THING = re.compile(
    r"^[A-Z][\w.-]*\s+(?!(?:and|or|van|von|de|der|den|da|del|di|le|la|team|members|committee"
    r"|council|maintainers|mentors|mentees|reviewers|chairs)\b)[a-z][a-z-]+$"
)
# A topic, a dash, then the order: "Next Gophercon EU - reach out to potential speakers"
_TOPIC_THEN_ORDER = re.compile(r"^[A-Z][^-–—:]{1,40}?\s+[-–—]\s+(?P<v>[a-z]+)\b")
# Something to have, not to do: "We need to have a good argument for why...", "Need to have a
# LF id"; not "We must have the heaters checked by an HVAC person", which gets it done
_MUST_HAVE = re.compile(
    r"^(?:(?:we|you|they)\s+)?(?:also\s+)?(?:need|needs|should|must)\s+(?:to\s+)?have\s+"
    r"(?P<what>.+)$",
    re.IGNORECASE,
)
# "Need to be careful", "We should be mindful of it", "Sam must be aware that ...": how to be
_MUST_BE = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s*:\s*)?(?:[\w'’-]+\s+)?(?:also\s+)?(?:need|needs|should|must|has|have)"
    r"\s+(?:to\s+)?be\s+"
    r"(?:(?:very|more|extra|really)\s+)?(?P<state>[a-z]+)\b",
    re.IGNORECASE,
)


def _state_to_keep(text: str) -> bool:
    """``text`` says how someone is to be (an adjective after "need to be"), not a step: not
    "needs to be fixed", "need to be sure to send it"."""
    m = _MUST_BE.match(text)
    if m is None:
        return False
    state = m.group("state").lower()
    return (
        modifier_only(state)
        and not state.endswith(("ed", "en"))
        and state not in ("done", "sure", "able", "ready")
    )


# A topic put off: "Revisit later", "Re-visit next meeting", "Work on that later"
_DEFERRED = re.compile(
    r"^(?:re-?visit|come\s+back\s+to|return\s+to|work\s+on|look\s+at|discuss|talk\s+about)\b"
    r"(?:\s+(?:it|this|that|these|them))?(?:\s+(?:again|further))?"
    r"\s+(?:later(?:\s+on)?|next\s+(?:meeting|time|week|call)|in\s+(?:the\s+)?future"
    r"|another\s+time|at\s+a\s+later\s+date)[.!]?$",
    re.IGNORECASE,
)
_UNSUBJECTED = re.compile(r"^(?:(?:we|i|they)\s+)?(?:will|shall|['’]ll)\s+", re.IGNORECASE)
# Waiting: "wait for Sam to comment", "wait until the release"
_WAITING = re.compile(
    r"^(?:(?:just|still|then|simply)\s+)?wait(?:ing)?\s+(?:for|until|till|on)\b", re.IGNORECASE
)


def _waiting(task: str) -> bool:
    """``task`` is only waiting on someone else or an event: not "wait for his feedback, while
    trying to balance the database", which goes on to a step of its own."""
    return _WAITING.match(task) is not None and not re.search(r",|;|\b(?:while|and)\b", task)


# A verb's word used as a noun before "of": "Draft of the guide", "Review of the PRs"; not
# "Change of venue to be sent by Sam", a thing someone is to do
_NOUN_OF = re.compile(r"^\S+\s+of\b(?!.*\bto\s+be\s+\w+)", re.IGNORECASE)
# A speaker's label, then what they are doing: "Ana: looking through the data", "Ben - still
# working on the parser"
_DOING = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*(?::|\s[-–—])\s*(?:(?:still|currently|now|also)\s+)?"
    r"(?P<v>[a-z]+ing)\b"
)


def _under_way(text: str) -> bool:
    """``text`` is a speaker's label and a verb's "-ing" form: a status, not a step taken on."""
    m = _DOING.match(text)
    return m is not None and is_base_verb(_ing_stem(m.group("v")))


def _named_doing_a_task(subject: str, rest: str) -> bool:
    """A person named, not "they" or a group, and a task's verb in "-ing" after "be": "Jakub
    will be adding support for status codes"; not "Chiplote will be sponsoring one lunch"."""
    doing = re.match(r"be\s+(?P<v>[a-z]{3,}ing)\b", rest)
    return (
        doing is not None
        and subject.lower() not in _PRONOUNS
        and looks_like_name(subject)
        and _ing_stem(doing.group("v")) in TASK_VERBS
    )


def _ing_stem(word: str) -> str:
    stem = word[:-3]
    if is_base_verb(stem):
        return stem
    if is_base_verb(stem + "e"):
        return stem + "e"
    return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem


# What is left of a line that was only a date: its time ("at 18:00H", "from 3-4 pm UTC")
_TIME_ONLY = re.compile(
    r"[\s,.;:@()-]*(?:(?:at|from|to|until|till|-|–)\s*)?\d{1,2}(?:[:.h]\d{2})?\s*"
    r"(?:h|hrs?|am|pm|a\.m\.|p\.m\.)?(?:\s*(?:-|–|to)\s*\d{1,2}(?:[:.h]\d{2})?\s*"
    r"(?:h|hrs?|am|pm)?)?\s*(?-i:[A-Z]{2,4}(?:[+-]\d{1,2})?)?[\s.]*",
    re.IGNORECASE,
)
_HAVE_DONE = re.compile(r"^(?:\S+\s+){0,4}?\w+(?:ed|en)\b", re.IGNORECASE)
_MAYBE = re.compile(r"^(?:could|might|may)\s+(?!not\b)[a-z]", re.IGNORECASE)
_STATEMENT = re.compile(
    r"^(?:(?:however|so|but|also)\s*,?\s+)?"
    r"(?:our|the|this|that|these|those|it|its|their|there|my|your|his|her)\b"
    r"[^,;:()]{0,60}?\s"
    r"(?:(?:is|are|was|were)\b(?!\s+(?:to|going\s+to|due|needed|required|responsible|expected"
    r"|supposed|assigned|tasked|asked|in\s+charge)\b)"
    r"|ha(?:s|ve|d)\s+(?!to\b)(?!(?:offered|agreed|promised|volunteered|committed|pledged)\b)"
    r"\w+ed\b|should\s+be\s+able\b)",
    re.IGNORECASE,
)
# Initials, then the task with its own capital: "CC/JS Arrange meeting with WP1", "SR Update it".
_INITIALS_TASK = re.compile(
    r"^(?P<subj>[A-Z]{2,4}(?:\s*[/,&+]\s*[A-Z]{2,4})*)\s+(?P<rest>[A-Z][a-z]+\b.*)$"
)
# What a meeting decided, said as such: "Decision to fund the licences", "A motion to thank X
# was passed", "Proposal accepted".
_DECIDED = re.compile(
    r"^(?:(?:a|the)\s+)?(?:decision|motion|resolution|consensus|agreement)\s+(?:to|that|on|is|was)\b"
    r"|\b(?:was|were|is|has\s+been)\s+(?:passed|carried|approved|accepted|adopted|rejected)\W*$",
    re.IGNORECASE,
)
# A group's choice of tool or way of working, said as what it will do: "We will use ZOOM meetings
# with LF sign-on", "Ian said we will use Gatsby", "we will use feature branch workflow", "I'll
# follow the style guide". A decision of the meeting, not a task someone takes on.
# After "we agreed/decided": a way of working chosen, an aim or a standing arrangement ("to go
# for an 4 arm maze", "to switch to virtual meetings", "to have a regular meeting", "to aim for
# meeting at least 7 rubric items", "to comply with as many rubrics as possible from now on")
_CHOSEN_WAY = re.compile(
    r"^to\s+(?:go\s+(?:for|with)|switch\s+to|stick\s+(?:with|to)|aim\s+(?:for|at)|comply\s+with"
    r"|adopt|keep\s+using|continue\s+(?:to\s+use|using)"
    r"|(?:move|change|shift|switch)\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:meetings|calls|syncs|check-?ins"
    r"|sessions)\s+to\b"
    r"|have\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,2}(?:meetings?|calls?|syncs?|check-?ins?|stand-?ups?)\b)",
    re.IGNORECASE,
)
_WE_WILL = re.compile(r"^we(?:\s+(?:will|shall|are\s+going\s+to)|\s*['’]ll)\s", re.IGNORECASE)
_WE_CHOOSE = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+(?:said|says)\s+(?:that\s+)?)?(?:we|I|the\s+team|our\s+team)"
    r"(?:\s+(?:will|shall|are\s+going\s+to|am\s+going\s+to)|\s*['’]ll)\s+"
    r"(?:(?:all|now|just|only|also|then)\s+)?"
    r"(?:use|adopt|go\s+with|stick\s+with|switch\s+to|keep\s+using|be\s+using"
    r"|follow(?!\s+up\b))\b",
    re.IGNORECASE,
)
# "You should still reasonably try to contact people", "They must come forward a month in
# advance", "Everyone should do GSoC": advice or a rule for whoever it concerns, said to no one
# in particular; "Everyone to submit the reflections" and "They will help" still commit.
_ADVICE = re.compile(
    r"^(?:you|they|everyone|everybody|people|anyone|anybody)\s+(?:(?:still|also|now|all|really"
    r"|always|just|[a-z]+ly)\s+)?(?:should|must|need\s+to|needs\s+to|have\s+to|has\s+to"
    r"|ought\s+to)\b"
    # a rule of conduct, said to no one in particular: "Do not spread efforts too thinly",
    # "Never work on the master branch"; not "Don't forget to send X", a reminder of X
    r"|^(?:do\s+not|don['’]?t|never)\s+(?!forget\b)[a-z]",
    re.IGNORECASE,
)
_NEXT_ROLE = re.compile(
    r"^(?P<role>(?P<next>next\s+)?(?:chair(?:[-\s]?person)?|minute[-\s]?taker|note[-\s]?taker|scribe"
    r"|facilitator|time[-\s]?keeper)(?P<when>\s+(?:in|for|at)\s+[^:]{1,40})?)\s*:\s*"
    r"(?P<who>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))\s*\.?$",  # a name, not "tbc"
    re.IGNORECASE,
)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


_RESPONSIBLE = re.compile(
    rf"^(?P<subj>{SUBJECT}|[Tt]he\s+team|[A-Z][\w-]+)\s+(?:is|are)\s+(?:responsible|in\s+charge)"
    r"\s+(?:for|of)\s+(?P<rest>\S.+)$"
)
_SECOND_DAY = re.compile(r"^\s*(?:and|&|or|to|-|–)\s+(?P<d>\S.*)$", re.IGNORECASE)
# "We will have to consider heating solutions", "Changes will have to go through the TSC": a
# necessity foreseen, not a step anyone takes on.
_FORESEEN = re.compile(r"^(?!I\s)(?:[\w'’-]+\s+){1,3}?will\s+have\s+to\b")  # not "I will..."
_REMINDER = re.compile(
    r"^(?:(?:do\s+not|don['’]?t)\s+forget(?:\s*[:,–—-])?\s+(?:to\s+)?|(?:remember|make\s+sure)\s+to\s+"
    r"|(?:remember|reminder)\s*[:–—-]\s*)(?=[a-z])",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"^I(?:\s|['’](?:ll|m|d)\b)")
_WILL_ASK = re.compile(
    rf"^(?:{SUBJECT})\s+(?:will|shall|to|['’]ll|is\s+going\s+to|are\s+going\s+to)\s+"
    r"(?:ask|check(?:\s+with)?|find\s+out|confirm|clarify|enquire|inquire)\b"
)
_PLEASE = re.compile(r"^(?:please|pls|plz|kindly)\b[,:]?\s+", re.IGNORECASE)
_PLEASE_DO = re.compile(
    r"(?:^|[,:;]\s+|\s[-–—]\s+)(?:please|kindly)\s+(?!(?:can|could|would|will|do|does|is|are)\b)"
    r"[a-z]+\s",
    re.IGNORECASE,
)
_VOCATIVE = re.compile(
    rf"^(?P<subj>{SUBJECT})(?:,?\s+(?:please|pls|plz|kindly|can\s+you|could\s+you|would\s+you)"
    r"|,)\s+(?P<rest>.+)$"
)
_DATED_PLAN = re.compile(
    r"^(?P<subj>we|i)\s+(?:(?:want|wants|would\s+like|aim|hope|expect|intend)\s+to\s+)?"
    r"(?P<rest>[a-z][\w'’-]*\b.*)$",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(rf"^(?P<subj>{SUBJECT})\s+(?P<rest>[a-z][\w'’-]*\b.*)$")
_GROUP_START = re.compile(
    r"^(each\s+one|each\s+of\s+us|everyone|everybody|all\s+of\s+us)\s+", re.IGNORECASE
)
_PARENS = re.compile(r"\([^()]*\)")
# An explanatory aside: "(e.g., why X is needed)", "(used for sprints for instance)".
_ASIDE = re.compile(
    r"\s*\((?=[^()]*\b(?:e\.g\.|i\.e\.|for\s+instance|for\s+example|such\s+as)\W)[^()]{0,200}\)"
    r"|\s*\((?:so\s+that|in\s+order\s+to|note\s*[,:]|nb\b|n\.b\.)[^()]{0,200}(?:\)|$)"
)  # "(so that the repo can be set up right after the decision": why, not what; "(note, ...)"
# Verbs that say a plan with "to" after them, written with no subject: "Aim to ...", "Plan to"
_PLANNING_VERBS = frozenset({"aim", "plan", "intend", "hope", "expect"})
_HANDLE = re.compile(r"[a-z][a-z0-9_.-]{1,20}(?:\s[a-z][a-z0-9_.-]{1,20})?")  # "lord kizzy"
_TITLE_WORDS = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|&))*")
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "someone", "everyone"})
# "Agenda - Lynne to work on the draft": a topic, then who does what about it.
_TOPIC_DASH = re.compile(
    r"^(?:[A-Z][\w/&' ]{0,30}?\s+[-–—]{1,2}|`[^`]{1,60}`:?)\s+(?P<rest>.+)$"
)  # "Agenda - Lynne to work on...", "`eslint-config-airbnb` @milos will start a discussion"
_DUE_FIELD = re.compile(r"\s*\(due:\s*(?P<d>[^()]{1,80})\)\s*$")
_DUE_MARK = re.compile(r"\(\s*due\b|\bdue\s+(?:by\s+|on\s+)?(?:\d|[A-Z][a-z]+\s+\d|\d+\s+[A-Z])")
_TODO_MARK = re.compile(
    r"\s*(?:\((?:todo|to\s+do|action|open|pending)\)|\s(?:todo|to-do)|\sTODO)\s*[.;!]?\s*$",
    re.IGNORECASE,
)  # "Update the docs (todo)", "Cleanup of AWS resources todo"
# A modal or "to" that commits a subject to a step: "Sam will join", "Sam to join"
_COMMITS = re.compile(
    r"\b(?:will|shall|to|going\s+to|must|needs?\s+to|has\s+to|agreed|volunteered)\b|['’]ll\b",
    re.IGNORECASE,
)
_DECISION_WORDS = re.compile(
    r"(?:final\s+)?(?:decisions?|decided|dec\.?|resolved|resolution|outcome|conclusion|consensus"
    r"|agreed)",
    re.IGNORECASE,
)
# What someone put forward, not what anyone took on: "Idea: ...", "Suggestion: ...", "Option 2: ..."
# a subject and a verb of advice: "she should try it", "we could ask"
_ADVISED_SUBJECT = re.compile(
    rf"^(?:{SUBJECT})\s+(?:should|could|might|may|can)\b(?!\s+not\b)", re.IGNORECASE
)
# the writer says no one took it on (not "didn't commit the fix", a version-control commit)
_NOT_COMMITTED = re.compile(
    r"\b(?:(?:didn['’]?t|did\s+not|hasn['’]?t|has\s+not|haven['’]?t|have\s+not|not\s+yet)"
    r"\s+(?:committed|commit|signed\s+up)|no\s*(?:one|body)\s+(?:committed|signed\s+up"
    r"|volunteered))(?=\s*(?:[.,;:!)—–-]|$|to\b|yet\b))"
    # how far along something is: "draft ~70% done", "slides 50 % complete"
    r"|~?\s*\d{1,3}\s*%\s*(?:done|complete[d]?|finished|there|through)\b",
    re.IGNORECASE,
)
_PROPOSAL_WORDS = re.compile(
    r"(?:an?\s+|another\s+|one\s+)?(?:ideas?|suggestions?|proposals?|proposed|options?(?:\s+\w{1,2})?"
    r"|alternatives?|possibilit(?:y|ies))",
    re.IGNORECASE,
)
# "Let's ...!": an exclamation calling the group on, up to the first sentence's end
_LETS_KEEP = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s*:\s+)?(?:let['’]?s\s+(?:keep|leave|stick\s+with|say)"
    r"|(?:we\s+)?will\s+continue\s+(?:to\s+)?(?:use|using|communicate|communicating|meet|meeting))\b",
    re.IGNORECASE,
)
_CHEER = re.compile(r"^(?:[A-Z][\w.'’-]*\s*:\s+)?let['’]s\s[^!?.]*!", re.IGNORECASE)
# Someone asked to do something: "Ana asked Ben to review the PR", "I reminded Sam and Kim to
# book the room", "Reminded each other to fill out the survey"
_ASKED_TO = re.compile(
    rf"^(?:(?:{SUBJECT})\s+)?(?i:asked|requested|reminded|told)\s+"
    rf"(?P<o>(?i:each\s+other|one\s+another|everyone|everybody)|{NAME}(?:\s*(?:,|and|&)\s*{NAME})*)"
    r"\s+to\s+(?:please\s+)?(?P<rest>[a-z]\S*\s.+)$"
)
# A suggestion reported with its subject left out: the verb of suggesting, then what is put
# forward as an activity ("aiming for Spring", "using .assign()"), a clause ("that we ...") or a
# noun of action ("review of recent difficulties"); not "Suggest a date for the retreat"
_PUT_FORWARD = re.compile(
    r"^(?:suggest|propose|recommend)(?:s|ed)?\s+(?:that\b|[a-z]{2,}ing\b|[a-z]{3,}\s+of\b)",
    re.IGNORECASE,
)
_STEP_LABEL = re.compile(r"(?:step|phase|stage)\s*#?\d{1,2}[a-z]?\s*[:.)–—-]\s", re.IGNORECASE)
_ACTION_WORDS = re.compile(
    r"(?:some\s+|other\s+)?(?:todos?|to[-\s]?dos?|actions?|action\s+items?|next\s+steps?|tasks?)",
    re.IGNORECASE,
)
_TOPIC_COLON = re.compile(r"^(?P<o>[^:]{1,40}?)\s*:\s+(?P<rest>.+)$")
_SUBJECTLESS = re.compile(
    r"^(?:(?:(?:the\s+)?next\s+steps?\s+(?:is|are|will\s+be)(?:\s+to)?|will|shall|plans?\s+to"
    r"|is\s+going\s+to|going\s+to|gotta|got\s+to|(?P<need>needs?\s+to|need|has\s+to"
    r"|have\s+to|must))\s+)(?P<rest>.+)$",
    re.IGNORECASE,
)
_ASSIGNED = re.compile(
    r"[\s,;(\[-]*\b(?:assigned\s+to|owner|assignee|responsible)\s*:?\s+(?P<o>[\w'’@ /&-]{1,40}?)"
    r"\s*[)\]]?\s*[.;,]?\s*$",
    re.IGNORECASE,
)
# "... *issue 88*", "... (issues 105 & 124)": the tracker's numbers after the words.
_ISSUE_TAIL = re.compile(
    r"\s*[*_(\[]*\s*issues?\s*#?\d+(?:\s*(?:&|,|and)\s*#?\d+)*\s*[*_)\]]*\s*$", re.IGNORECASE
)
_HANDED = re.compile(r"\s+(?:will\s+be|is|are|has\s+been|have\s+been|to\s+be)\s*$", re.IGNORECASE)
_ABSTRACT_NOUN_ENDS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence")
_PAREN_SUBJECT = re.compile(
    rf"\((?:[^()]*?,\s*)?(?P<subj>{SUBJECT}|[a-z][\w-]{{1,15}}(?:\s+and\s+[a-z][\w-]{{1,15}})?"
    r"|[A-Z]{2,4})"  # "(PL to open an issue) Add a prerequisites section": initials too
    rf"\s+(?:to|will)\s+\w[^()]*\)",
)


def _subject_task(
    text: str,
    people: People,
    actions: bool = False,
    marked: bool = False,
    *,
    dated: bool = False,
) -> tuple[Who, str] | None:
    """Split "Sam will send X" / "I'll send X" / "Priya to send X" / "Sam: send X" ("AI: molly -
    update the graph": after a task marker, a handle before the dash is its owner)."""
    charged = _RESPONSIBLE.match(text)
    if charged:  # "Teams are responsible for creating a project page": the teams' task
        subject = charged.group("subj")
        owner = people.who(subject, strict=True, group=True) or Who.of([subject])
        if owner.owners or owner.owner:
            return owner, charged.group("rest")
    spoken = _SPEAKER_COMMITS.match(text)
    if spoken:  # "Niko: I'll put up an RFC": the speaker's "I" is the speaker
        speaker = people.who(spoken.group("o"), strict=True)
        if speaker is not None and speaker.owners:
            return speaker, spoken.group("rest")
    said = _SAID.match(text)
    if said:
        if said.group("rest").lower().startswith("to "):
            owner = people.who(said.group("subj"), strict=True)
            return (owner, said.group("rest")[3:]) if owner else None
        found = _subject_task(said.group("rest"), people)
        if found and re.match(r"(?:he|she|they)\b", said.group("rest"), re.IGNORECASE):
            speaker = people.who(said.group("subj"), strict=True)
            return (speaker or found[0]), found[1]
        return found
    vocative = _VOCATIVE.match(text)
    if vocative:
        owner = people.who(vocative.group("subj"), strict=True)
        polite = not vocative.group(0)[vocative.end("subj") :].lstrip().startswith(",") or bool(
            re.match(
                # "Sam, can you book it"; not "Myles, can we break it up", asked of everyone
                r",\s*(?:please|pls|plz|kindly|(?:can|could|would)\s+you)\b",
                text[vocative.end("subj") :],
            )
        )
        named = owner is not None and (_known(owner, people) or vocative.group("subj")[0] == "@")
        stranger = (
            not named
            and len(people.participants) >= 2
            and " " not in vocative.group("subj").strip()
            and common_noun(vocative.group("subj"))
        )  # "Reminder, please take a look" where the notes list who took part
        if (
            owner is not None
            and owner.owners
            and not stranger
            and (polite or (named and _is_verb(vocative.group("rest"))))
        ):
            return owner, vocative.group("rest")
    spoken_lets = _SPEAKER_LETS.match(text)
    if spoken_lets and people.who(spoken_lets.group("o"), strict=True) is not None:
        return (people.both if people.session else UNKNOWN), spoken_lets.group("rest")
    own = _OWN_PLAN.match(text)
    if own:  # "My goal is to get the paper to a draft by January": the writer's own step
        return people.who("I") or UNKNOWN, own.group("rest") or own.group("advised")
    shared = _GROUP_PLAN.match(text) if dated else None
    if shared:  # "The plan for the next week is to finish the proof": a step dated to come
        return UNKNOWN, shared.group("rest")
    anyone = _ANYONE_MUST.match(text)
    if anyone and is_base_verb(anyone.group("rest").split()[0].lower()):
        return UNKNOWN, anyone.group("rest")
    lets = _LETS.match(text)
    if lets:
        return (people.both if people.session else UNKNOWN), lets.group("rest")
    handle = _HANDLE_MODAL.match(text)
    if handle and len(handle.group("h")) >= 4 and people.participants.find(handle.group("h")):
        # "Action item: ehuss will follow up with Josh": a participant's handle, as written
        return Who.of([handle.group("h")]), handle.group("rest")
    m = _SUBJECT_MODAL.match(text)
    if m:
        modal = (m.group("modal") or m.group("ll") or "").lower()
        owner = people.who(m.group("subj"), strict=True, group=True)
        rest = m.group("rest")
        if m.group("subj").lower() == "you" and not people.session:
            return None  # "You will get a deluge of updates": in minutes, anyone at all
        if owner is not None and not re.match(r"not\b|never\b", rest, re.IGNORECASE):
            if modal == "can" and not re.match(r"[Ii]\b", text):
                return None  # "We can evolve as we learn": a possibility; "I can take it" commits
            if modal == "would" and m.group("subj").lower() in ("we", "they", "you"):
                return None  # "We would take a loan from the department": what would happen;
                # not "he said he would send them", the future of a reported promise
            if modal == "would" and re.match(r"(?:prefer|rather|like|love|want)\b", rest, re.I):
                return None  # "Omar would prefer to keep it": a wish, not a step taken on
            firm = re.match(
                r"(?:will|to|plans?\s+to|is\s+going\s+to|['’]ll|agreed|volunteered|offered"
                r"|promised|committed|commits|is\s+asked|are\s+asked|(?:is|are)\s+(?:assigned|tasked)"
                r"|needs?\s+to|has\s+to|must)",
                modal,
            )
            group = re.fullmatch(rf"(?:[A-Z][\w-]+\s+){{1,2}}{GROUP_NOUN}", m.group("subj"))
            if (
                not firm
                and not _known(owner, people)
                and owner.owner not in _PRONOUN_OWNERS
                and not (group and modal == "should")  # "TSC members should review the roadmap"
            ):
                return None
            obliged = re.match(r"(?:needs?\s+to|has\s+to|must)", modal)
            if obliged and not _known(owner, people) and len(m.group("subj").split()) > 1:
                return UNKNOWN, text  # "Google Doc must include...": a requirement, no owner
            if modal == "to" and not _known(owner, people) and not _to_verb(rest, m.group("subj")):
                return None
            if modal == "to" and m.group("subj").lower() in _PLANNING_VERBS:
                return UNKNOWN, _deinflect(rest)  # "Aim to sort it out today": a plan, no "Aim"
            if modal == "to" and not _known(owner, people) and _modifier_word(m.group("subj")):
                return None  # "Easier to test endpoints with postman": a comparison, no one's
            if (
                re.match(r"be\s+\w{3,}ing\b(?<!\bbeing)", rest, re.IGNORECASE)
                and modal in ("will", "'ll", "’ll", "shall")
                and (
                    _known(owner, people)
                    or m.group("subj").lower() in ("we", "i")
                    or re.match(r"be\s+(?:working|focusing)\s+on\b", rest, re.IGNORECASE)
                    or _named_doing_a_task(m.group("subj"), rest)
                )  # "Lighthouse will be working on the CL interop": work taken on, by anyone
            ):  # "Teodora will be working on the back end part"; not "I would be taking the
                rest = rest[3:]  # lead", "Chiplote will be sponsoring one lunch"
            return owner, _deinflect(rest) if modal == "to" else rest
        return None
    if dated:
        # "We want to finish the code of conduct by Sunday", "We start coding this week": a
        # plan with a date to come is a commitment
        planned = _DATED_PLAN.match(text)
        if planned:
            owner = people.who(planned.group("subj"), strict=True, group=True)
            rest = _deinflect(planned.group("rest"))
            if owner is not None and _is_verb(rest):
                return owner, rest
    bare = _SUBJECT_VERB.match(text)
    if bare and not _SUBJECT_MODAL.match(text):
        owner = people.who(bare.group("subj"), strict=True, group=True)
        rest = _deinflect(bare.group("rest"), any_verb=marked)
        # "Priya sends the invite", "Sam update the CV", "both of us review...": note shorthand.
        if (
            owner is not None
            and (
                _known(owner, people)
                or bare.group("subj").startswith("@")
                or (
                    (actions or marked)
                    and owner.owners
                    and _unlisted_name(bare.group("subj"), people)
                )
            )
            and (_is_verb(rest) or (marked and is_base_verb(rest.split(maxsplit=1)[0])))
            and bare.group("rest").split(maxsplit=1)[0].lower() not in _NOT_COMMITTING
            and not _TELLS_THAT.match(bare.group("rest"))  # "KF brings up that ...": said
            and not re.match(r"(?:lead|leads|point|contact)\s+(?:for|on|of)\b", rest, re.I)
        ):  # "RITIK lead for Project 1" names a role
            return owner, rest
    initials = _INITIALS_TASK.match(text)
    if initials and _verb_first(initials.group("rest").split()[0]):
        owner = people.who(initials.group("subj"), strict=True)
        if (
            owner is not None
            and owner.owners
            and (
                _known(owner, people)
                or (
                    (actions or marked)
                    # a verb and its object: not "POC Sample - What is needed", a title
                    and re.match(r"\S+\s+[\w\"'“(]", initials.group("rest")) is not None
                    and _unlisted_name(initials.group("subj"), people)
                )
            )
        ):
            return owner, initials.group("rest")  # "CC/JS Arrange meeting with WP1"
    for pattern in (_OWNER_COLON, _OWNER_DASH):
        m = pattern.match(text)
        if m:
            named = m.group("rest").strip(" .")
            after = people.who(named, strict=True, group=True) if len(named) <= 40 else None
            task_words = m.group("o").split()  # a verb and what it acts on, not "Scribe: Ana"
            task_first = task_words[0] if len(task_words) >= 2 else ""
            if (
                pattern is _OWNER_COLON
                and after is not None
                and (
                    actions  # "Project Charter: Thom" under "Task Assignments"
                    or (_known(after, people) and task_first and _verb_first(task_first))
                    or (_known(after, people) and dated)  # "Budget part: Ana, due May 2"
                )  # "Create UI: Jack / Zijian" anywhere: a task, then the participants doing it
                and after.owners
                and not _is_verb(named)
                and (_known(after, people) or after.owner == "everyone" or named[:1].isupper())
                and not _DECISION_WORDS.fullmatch(m.group("o").strip())
            ):
                return after, m.group("o")  # "Project Charter: Thom" under "Task Assignments"
            if _OPINION.match(m.group("rest")):
                continue  # "Thorsthen: Agrees getting feedback would be useful": a view
            if _NAMES_A_THING.match(m.group("o").strip()):
                continue  # "HSBC account - add Antonio and Beth": what the task is about
            owner = people.who(m.group("o"), strict=not marked, group=True)
            # "LJ: Will create ticket to cover changes" is LJ's, as "LJ: will..." is; not
            # "Purpose: To review your progress", a heading's gloss
            rest = re.sub(r"^(?:[Ww]ill|to|is\s+going\s+to|plans?\s+to)\s+", "", m.group("rest"))
            rest = _deinflect(rest)
            led = _LED_WILL.match(m.group("rest"))
            if led and _is_verb(led.group("v")):
                # "Cary: based on the spreadsheet, will file issues": the speaker's, after a lead
                rest = led.group("lead") + led.group("v")
            willed = re.match(r"(?:[Ww]ill|is\s+going\s+to)\s+(?P<v>[a-z]+)\s+\S", m.group("rest"))
            if owner is not None and (
                bool(led and _is_verb(led.group("v")))
                # "John: will point them to the docs": said to be done, whatever the verb
                or bool(willed and is_base_verb(willed.group("v")) and _known(owner, people))
                or _is_verb(rest)
                or (actions and bool(owner.owners))
                or (pattern is _OWNER_COLON and _known(owner, people) and _imperative(rest))
                # "Stefania: work on frontend", "Thijs and Madhav: work on collections": the
                # part of the work each participant takes on
                or (pattern is _OWNER_COLON and _known(owner, people) and _WORK_ON.match(rest))
            ):
                return owner, rest
    return None


_WORK_ON = re.compile(r"(?:continue\s+to\s+work|keep\s+working|work)\s+on\s+\w", re.IGNORECASE)


def _capitalise_people(text: str, people: People) -> str:
    """Write "i", "grace" (a given name) or "both" at the start with a capital, as in prose."""
    first, _, rest = text.partition(" ")
    bare = re.match(r"[a-z]+", first)
    if not bare:
        return text
    word = bare.group(0)
    names = {n.split()[0].lower() for n in (people.mentee, people.mentor) if n}
    if word in names or word in ("i", "both", "mentor", "mentee", "me") or first.startswith("i'"):
        return first[0].upper() + first[1:] + (" " + rest if rest else "")
    return text


# A question written without its mark: "Can we leverage test-infra in testing of clusters",
# "Simon: Do we need to maintain a solution for X". Not "Can you send me the deck", a request.
_ASKS = re.compile(
    r"^(?:can|could|should|shall|would|will|do|does|did)\s+(?:we|they|anyone|anybody|someone"
    r"|somebody|people)\b|^(?:is|are)\s+there\b|^(?:do|does)\s+(?:you|anyone)\b"
    r"|^how\s+(?:to|many|much)\b"  # "How to run the linters": a question, asked without its mark
    # "Do the npm repos have 2FA, etc.": "do", then what is asked about, then its own verb
    r"|^(?:do|does|did)\s+(?:the|our|their|these|those|all|any|other)\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:have|has|need|use|support|include|require|allow|work|run)\b",
    re.IGNORECASE,
)
_SPOKEN = re.compile(rf"^(?:{SPEAKER_LABEL})\s*:\s+")
# After a speaker's label, a view rather than a deed: "Christoph: agree that DL4 should be a
# topic", "Thorsthen: Agrees getting more feedback would be useful", "KB: thinks it is fine".
_OPINION = re.compile(
    r"(?:agrees?|agreed|thinks?|feels?|wonders?|prefers?|likes?|welcome|welcomes)\b(?!\s+(?:to|on|upon)\b)",
    re.IGNORECASE,
)
_PRONOUN_OWNERS = frozenset({"everyone", None})
# Verbs that report rather than commit when they follow a name ("Sam thinks", "Priya shared").
# A verb in the present with what was said after "that": "brings up that an earlier release
# would be better", "answers that it affects both" (minutes telling the meeting), not "ensures
# that the tests pass".
_TELLS_THAT = re.compile(
    r"^(?!(?:ensures|makes|checks|confirms|verifies)\b)[a-z]+s(?:\s+(?:up|out|back|over|in))?"
    r"\s+that\b"
)
_NOT_COMMITTING = frozenset(
    {"thinks", "think", "feels", "feel", "shared", "said", "says", "mentioned", "likes", "wants",
     "does", "did",
     "needs", "has", "have", "is", "are", "was", "were", "had", "asked", "asks", "suggested",
     "suggests", "presented", "presents", "discussed", "noted", "notes", "agreed", "agrees",
     "introduces", "introduced", "summarizes", "summarises", "summarized", "summarised",
     "explains", "explained", "describes", "described", "mentions", "proposes", "proposed",
     "reports", "reported", "wonders", "comments", "responds", "replies", "recaps", "demos",
     "demoed", "highlights", "highlighted", "outlines", "outlined", "walks", "walked"}
)  # fmt: skip


def _modifier_word(subject: str) -> bool:
    """A single word that is an adjective or adverb and nothing else ("Easier", "Better"), so
    no one who could be asked to do something."""
    word = subject.strip()
    return " " not in word and word.isalpha() and modifier_only(word)


# Words of speech and note-taking that no dictionary lists and no one is called: "Gonna call
# the service", "Pls send it"
_SPOKEN_SHORTHAND = frozenset(
    {"gonna", "wanna", "gotta", "hafta", "lemme", "gimme", "imma", "finna", "pls", "plz", "thx",
     "asap", "btw", "fyi", "imo", "idk", "okay", "yeah", "yep", "nope", "todo", "tbd", "tbc"}
)  # fmt: skip


def _unlisted_name(subject: str, people: People) -> bool:
    """``subject`` is one name the notes list nowhere, or initials, and no English word or a
    thing the notes name in lower case: "Ankur", "JP"; not "Docs", "Website" or "Kubernetes"
    where the notes write "kubernetes". In a list of actions, "Ankur set up the template" is
    Ankur's whether or not the notes list who was there."""
    if re.fullmatch(r"[A-Z]{2,3}", subject):
        return True
    lowered = subject.lower()
    return (
        re.fullmatch(r"[A-Z][a-z]{2,15}", subject) is not None
        and lowered not in _SPOKEN_SHORTHAND
        and people.who(subject, strict=True) not in (None, UNKNOWN, Who("everyone", ("everyone",)))
        and people.who(subject, strict=True) != people.both
        and lowered not in people.things
        and not common_word_form(subject)
        and not any(common_noun(b) for b in (lowered, lowered.rstrip("s")))
    )


def _known(who: Who, people: People) -> bool:
    """A person the notes know: the mentee, the mentor, both, or a named participant."""
    known = {people.name_of("mentee"), people.name_of("mentor"), "both", people.author_owner}
    known.discard(None)
    if who.owner == "both" and people.session:
        return True
    return who.owner in known or any(people.participants.find(n) for n in who.owners)


_AUXILIARY_VERB = re.compile(
    r"\b(?:will|shall|to|is|are|am|['’]ll|needs?|must|should|can|could|would|has|have)\s+"
    r"(?:\w+ly\s+)?(?:be\s+)?[a-z]+",
    re.IGNORECASE,
)


def reads_as_title(text: str) -> bool:
    """``text`` is written as a title (see :func:`_title`)."""
    return _title(text)


def _title(text: str) -> bool:
    """``text`` is written as a title, every word capitalised but the small ones ("Code of
    Conduct", "Reference Archiver", "Open PRs"): a topic's name, not an order. An order names
    its object with a determiner ("Update the README", "Send our CV")."""
    found = re.findall(r"[A-Za-z][\w'’-]*", text)
    if any(w.lower() in _DETERMINERS for w in found):
        return False
    words = [w for w in found if w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


# Two or three bare words, no determiner or punctuation: a topic's name ("Test users",
# "Design tool", "Secondary supervisor").
_TOPIC_WORDS = re.compile(
    r"(?!.*\b(?:the|a|an|this|that|these|those|our|my|your|their)\b)[A-Za-z]+(?:\s+[a-z]+){1,2}",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset({"of", "and", "or", "for", "to", "in", "on", "with"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "their", "his", "her"}
)


def _says_a_deed(task: str) -> bool:
    """``task`` reads as something to do: it starts with a verb ("Release the chart"), an
    adverb and a verb ("Regularly check the schedule"), or has a verb after an auxiliary
    ("each member will write..."); not "Upcoming - tolerations" or "Max-pod age bug fix"."""
    words = [w.strip(",:;()[]*_") for w in task.split()[:2]]
    words = [w for w in words if w]
    if not words:
        return False
    first = words[0]
    if first.lower() in TASK_VERBS or is_base_verb(first) or _is_verb(task):
        return True
    if len(words) > 1 and first.lower().endswith("ly"):
        second = words[1]
        if second.lower() in TASK_VERBS or is_base_verb(second):
            return True
    return _AUXILIARY_VERB.search(task) is not None


def _is_verb(text: str) -> bool:
    first = text.split(maxsplit=1)[0].lower().strip(",:;") if text.split() else ""
    if first in TASK_VERBS:
        return True
    if first.endswith("ing") and len(first) > 5:
        stem = first[:-3]
        return stem in TASK_VERBS or stem + "e" in TASK_VERBS or stem[:-1] in TASK_VERBS
    return False


_NOT_IMPERATIVE = re.compile(
    r"^(?:can|could|have|has|had|do|does|did|will|would|may|might|must|shall|should|be|am|need)\b"
    r"|^\w+\s+(?:\w+\s+)?(?:is|are|was|were|has|have)\b|\?\s*$|\b[a-z]{3,}ed\s*(?:,|$)",
    re.IGNORECASE,
)


def _imperative(text: str) -> bool:
    """``text`` reads as an order: an English verb in its base form, written with a capital as a
    list item's first word, then what to do ("Survey the members", "Determine with Juanita...");
    not a question, a remark ("Travel is the main one"), a status ("Bug fixes, modals added") or a
    two-word label ("Time check")."""
    words = text.split()
    first = words[0].strip(",:;") if words else ""
    return (
        len(words) >= 3
        and first[:1].isupper()
        and first[1:].islower()
        and is_base_verb(first)
        and not _NOT_IMPERATIVE.search(text)
        and not _reported(text)
    )


def _to_verb(text: str, subject: str) -> bool:
    """After "Emma to ...": a verb, any verb ("check-in with the mentors", "subscribe"), unless
    what comes before "to" is itself an ordinary word ("Aim to", "Nice to have", "Access to")."""
    first = text.split(maxsplit=1)[0].split("-")[0] if text.split() else ""
    if _is_verb(text):
        return True
    ordinary = " " not in subject.strip() and (
        verb_or_modifier(subject) or common_word_form(subject)
    )
    return is_base_verb(first) and not ordinary


def _verb_first(word: str) -> bool:
    return _is_verb(word) or is_base_verb(word)


def _deinflect(text: str, any_verb: bool = False) -> str:
    """Turn "sends the deck" into "send the deck" when the first word is a known verb (with
    ``any_verb``, any English verb: "TODO: Jeremiah tells the date" is "tell the date")."""
    words = text.split(maxsplit=1)
    if not words:
        return text
    first = words[0]
    lowered = first.lower()

    def known(verb: str) -> bool:
        return verb in TASK_VERBS or (any_verb and len(verb) > 2 and is_base_verb(verb))

    base = None
    if lowered.endswith("ies") and known(lowered[:-3] + "y"):
        base = lowered[:-3] + "y"
    elif lowered.endswith("es") and known(lowered[:-2]):
        base = lowered[:-2]
    elif lowered.endswith("s") and known(lowered[:-1]):
        base = lowered[:-1]
    if base is None:
        return text
    return " ".join([base, *words[1:]])


def _trailing_owner(task: str, people: People) -> tuple[Who | None, str]:
    for pattern in (_TRAILING_PAREN, _TRAILING_DASH, _TRAILING_ARROW, _TRAILING_HANDLE):
        m = pattern.search(task)
        if m:
            candidate = m.group("o").strip(" ,;")
            capitals = "".join(w[0] for w in re.findall(r"\b[A-Z]\w*", task[: m.start()]))
            if pattern is _TRAILING_PAREN and candidate.isupper() and candidate in capitals:
                continue  # "Data Flow Diagram (DFD)": an acronym, not a person
            if pattern is _TRAILING_HANDLE:
                if _HANDLE_OBJECT.search(task[: m.start()]):
                    continue  # "Set up a call with @pat", "Ping @amy": whom, not who
                candidate = re.sub(r"\s+(?=@)", ", ", candidate)  # "@amy @raul": both
            owner = people.who(candidate, strict=True)
            if pattern is _TRAILING_ARROW and owner is not None and not _known(owner, people):
                continue  # "Move from Jenkins -> GitHub Actions": where, not who
            if owner is not None:
                return owner, task[: m.start()]
    return None, task


_PICTOGRAPHS = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55]")


# A status written after the task ("... runoff. _Ongoing._ AM and AW are testing it"): the task
# ends where the status begins.
_STATUS_TAIL = re.compile(
    r"(?:[.;]\s*[_*(]*|\s+[-–—]\s*[_*(]*|\s+[_*(]+)(?:ongoing|in\s+progress|pending|"
    r"carried\s+(?:over|forward)|still\s+open)[_*)]*(?:[.;:]|\s|$).*$",
    re.IGNORECASE,
)


def _clean_task(task: str) -> str:
    task = _STATUS_TAIL.sub("", task)
    text = SPACES.sub(" ", _PICTOGRAPHS.sub("", task)).strip()
    text = re.sub(r"^(?:to|also|then|please)\s+", "", text, flags=re.IGNORECASE)
    text = _TRAILING_WORD.sub("", text)
    text = re.sub(r"^[\s\-–—:,;.]+|[\s\-–—:,;.!]+$", "", text)
    text = text.strip("*_ ")
    text = text.replace(" ,", ",")
    if text.count(")") > text.count("(") and text.endswith(")"):
        text = text[:-1].rstrip(" ,;")
    if not re.search(r"[A-Za-z]{2}", text):
        return ""
    return text[0].upper() + text[1:]
