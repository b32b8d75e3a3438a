"""The mentee's commitments as action items: each step with its owner and due date.

Commitments are heard in the answers (:mod:`assistant.grow.hearing`): "I'll email Dana by
Friday", "Mia will send me the job description", "First, update my CV" in the Will stage.
Options ("I could...") and requests ("just tell me what to do") are never commitments. Each
commitment becomes an item through the same extractor as session notes
(:func:`assistant.actions.extract_action_items`, the mentee writing, so "I" is the mentee); a
time phrase it does not read ("by the 15th", "before the end of the year") is resolved by
:mod:`assistant.understanding.timeframes`, and a "By when?" answer dates the steps before it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from assistant.actions import ActionItem, extract_action_items
from assistant.grow.cues import COMMIT_RE, TIME_FRAME_RE, content_words, flatten
from assistant.grow.hearing import Heard, hear
from assistant.grow.steps import (
    STEP_VERB_RE,
    STEP_VERBS,
    UNSURE_WHEN_RE,
    Commitment,
    follow_up_of,
    hands_on,
    names_an_occasion,
    step_due,
)
from assistant.understanding import sentences
from assistant.understanding.syntax import names_a_thing_only
from assistant.understanding.timeframes import find_time, is_habit, resolve_date

# Commitments heard outside the Will stage count only when they carry a time.
_DATED_ONLY_STAGES = frozenset({"reality", "options"})
_LEAD_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|then|and|but|also|after\s+that|finally|first\s+thing|"
    # "Next, I'll email Dana" (not "Next week I'll start running": a time)
    r"next(?!\s+(?:week|weekend|month|year|term|semester|quarter|time|session|meeting|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
    # "First, update my CV", "First I'll email Dana" (not "First session Saturday": a noun)
    r"(?:first(?:ly)?|second(?:ly)?)(?=\s*[,:]|\s+(?:i|we|ill|step|thing|things|off|up|of\s+all)\b|"
    # a verb after "first", not a noun dated at once ("first run next thursday")
    r"\s+" + STEP_VERBS + r"\b(?!\s+(?:next|this|on|at|tomorrow|today|tonight|is|will|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))|"
    r"i\s+think|i\s+guess|i\s+suppose|i\s+reckon|honestly|right|well|"
    r"step\s+(?:one|two|three|\d)(?:\s+(?:is|will\s+be)(?:\s+to)?)?|\d[.)])[,:\s]+)+",
    re.IGNORECASE,
)


@dataclass
class _Step:
    commitment: Commitment
    due: date | None
    timed: bool


_SUBJECT_RE = re.compile(
    r"^(?:both\s*:\s*|ill\s+|(?:i|we|you|both\s+of\s+us|(?-i:[A-Z][a-z]+\.?\s+[A-Z][a-z]+)|[A-Z][a-z]+(?:\s+and\s+i)?|my\s+partner\s+and\s+i|"
    r"(?:my|our)\s+(?:[a-z]+\s+){1,2}(?-i:[A-Z][a-z]+)(?:\s+and\s+i)?|"  # "My accountant Piotr"
    r"my\s+(?:mentor|manager|boss|supervisor|team\s+lead|coach|colleague))\s*"
    r"(?:'ll|’ll|will|shall|am\s+going\s+to|'m\s+going\s+to|’m\s+going\s+to|are\s+going\s+to|"
    r"(?:'m|’m|\s+am|m)\s+gonna|"
    r"should|can|must|need\s+to|have\s+to|want\s+to|hope\s+to|would\s+like\s+to|'d\s+like\s+to|"
    r"’d\s+like\s+to|would\s+love\s+to|'d\s+love\s+to|’d\s+love\s+to|"
    r"'re\s+going\s+to|’re\s+going\s+to|is\s+going\s+to|plan\s+to|commit\s+to|intend\s+to|"
    r"(?:have\s+|'ve\s+|’ve\s+)?decided\s+to|agreed\s+to|offered\s+to|has\s+agreed\s+to|promise\s+to|"
    r"said\s+(?:she|he|they)(?:'d|’d|\s+would|\s+will|'ll|’ll))\s+|"
    # "Sam is setting up the IT accounts": what a named person has under way
    r"(?-i:[A-Z][a-z]+)\s+(?:is|'s|’s)\s+(?=[a-z]+ing\b))"
    r"(?:(?:probably|definitely|also|then|first|just|try\s+to|start\s+by|start\s+with)\s+)*",
    re.IGNORECASE,
)
_TIME_PREPOSITION_RE = re.compile(
    r"(?:over|in|within|during|by|before|from|after|until|till)\s+(?:the\s+)?", re.IGNORECASE
)
_TIME_FIRST_RE = re.compile(
    r"^(?:by|before|after|over|in|within|from|until|till|at)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+"
    r"(?=(?:i|we)(?:'ll|’ll|\s+will|\s+shall)\s)",
    re.IGNORECASE,
)
# How a step is placed among the others, said before the speaker's "I'll": "in the meantime",
# "after that", "separately".
_ORDER_FIRST_RE = re.compile(
    r"^(?:in\s+the\s+meantime|meanwhile|in\s+parallel|at\s+the\s+same\s+time|after\s+(?:that|"
    r"this)|afterwards|separately|also|then|next)\s*,?\s+(?=(?:i|we)(?:'ll|’ll|\s+will|\s+shall)\s)",
    re.IGNORECASE,
)
_DAY_RE = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
_TIME_WORD_RE = re.compile(
    r"\b(?:morning|afternoon|evening|weekend|week|fortnight|month|year|term|semester|summer|"
    r"winter|spring|autumn)s?\b",
    re.IGNORECASE,
)
_PLAIN_SUBJECT_RE = re.compile(
    r"^(?:(?:i|we)\s+(?!(?:am|was|were|have|had|think|feel|felt|know|guess|mean|hope|want|need|"
    r"could|would|should|might|may|can|must|did|do|don|didn)\b)(?=[a-z]+\b)|"
    r"(?:i(?:'m|’m|\s+am)|we(?:'re|’re|\s+are))\s+(?=[a-z]+ing\b))",
    re.IGNORECASE,
)
_STEP_LEAD_RE = re.compile(
    r"^(?:my\s+(?:first\s+|next\s+)?step\s+(?:is|will\s+be)\s+(?:to\s+)?|"
    r"(?:the\s+)?first\s+step\s+(?:is|will\s+be)\s+(?:to\s+)?|"
    # "My plan is to...", "Let me book..."
    r"(?:my|the)\s+plan(?:\s+(?:this|next|for\s+(?:the|this|next))\s+\w+)?\s+is\s+(?:to\s+)?|"
    r"let\s+me\s+(?=[a-z])|"
    r"(?:i\s+)?promised\s+(?:[\w'’]+\s+){0,3}?(?:(?:that\s+)?i(?:'d|’d|\s+would)|to)\s+|"
    r"i\s+(?:would|'d|’d)\s+like\s+to\s+(?:start|begin)\s+(?:by|with)\s+|"
    r"start(?:ing)?\s+(?:with|by)\s+)",
    re.IGNORECASE,
)


_MEETING_RE = re.compile(
    r"\b(?:by|before|at|for|until|in)\s+(?:our|the|my)\s+next\s+(?:meeting|session|catch[-\s]?up|"
    r"call|chat|one[-\s]to[-\s]one|1:1|check[-\s]?in)\b[\s,]*",
    re.IGNORECASE,
)


def _own_task(text: str, today: date) -> str:
    meeting = _MEETING_RE.search(text)
    # "help out at the next session on Wednesday": with a day of its own, the meeting is where
    # the step happens, not its time
    dated = any(t.due is not None for t in find_time(text, today))
    if meeting and not (dated and re.match(r"(?:at|in)\b", meeting.group(0), re.I)):
        text = text[: meeting.start()] + text[meeting.end() :]
    text = _LEAD_RE.sub("", text).strip(" ,")
    text = re.sub(r"^will\s+", "", text, flags=re.IGNORECASE)  # "Will email Dana by Friday"
    for expression in find_time(text, today):  # "Tomorrow I'll..." -> "I'll..."
        named = _NAMES_A_THING_RE.match(text[expression.end :])  # "sunday rides": a kind of ride
        led = _TIME_PREPOSITION_RE.fullmatch(text[: expression.start])  # "Over the next month"
        if (expression.start == 0 or led) and not expression.recurring and not named:
            text = text[expression.end :].strip(" ,")
        break
    # "By Easter I'll have applied to five jobs": a time said first, before the speaker's "I'll"
    # (not "After the meeting with Sue I'll...": an occasion, part of the step)
    first = _TIME_FIRST_RE.match(text)
    if first and (TIME_FRAME_RE.search(first.group(0)) or _TIME_WORD_RE.search(first.group(0))):
        text = text[first.end() :]
    text = _ORDER_FIRST_RE.sub("", text, count=1)  # "In the meantime I'll code the interviews"
    task = _SUBJECT_RE.sub("", text, count=1)
    if task == text:
        # "I join the Facebook group today", "i will to send the email", "I'm calling the
        # landlord": a plan said in the present, or with a stray "to"
        task = _PLAIN_SUBJECT_RE.sub("", task, count=1)
    task = _STEP_LEAD_RE.sub("", task, count=1)
    if re.match(r"to\s", task, re.I) and STEP_VERB_RE.match(task[3:]):
        task = task[3:]  # "i will to send the email"
    task = re.sub(
        r"^(?:(?:definitely|probably|just|also)\s+)*(?:going\s+to|gonna)\s+", "", task, flags=re.I
    )
    # "pop into the café to ask, that costs nothing", "finish the bridge or it gets cut": the
    # remark after the step is not part of it.
    task = _REMARK_RE.sub("", task)
    task = UNSURE_WHEN_RE.sub("", task).rstrip(" ,")  # "talk to my boss about it, not sure when"
    task = re.sub(r"\s+(?:deffo|defo|definitely|for\s+sure)\s*$", "", task, flags=re.I)
    return _strip_time(task, today)


# After a bare day, a word that is neither a subject, a step nor a time word makes the day part
# of a name: "sunday rides", "Monday's meeting".
_NAMES_A_THING_RE = re.compile(
    r"^(?:'s|’s|\s+(?!(?:i|we|ill|i'll|i’ll|morning|afternoon|evening|night|at|by|i'm|i’m)\b)"
    r"[a-z]+s\b)",
    re.IGNORECASE,
)
_REMARK_RE = re.compile(
    r"(?:,\s*(?:that|which|it|this)(?:'s|’s|'ll|’ll|\s+is|\s+will|\s+would|\s+should|\s+costs?|"
    r"\s+won(?:'t|’t))\b|,?\s+or\s+(?:else\s+)?(?:it|that|this)\s+(?:gets|goes|will|'s|’s|is)\b).*$",
    re.IGNORECASE,
)


_NOTHING_NAMED = frozenset(
    {"go", "do it", "do that", "attend", "try", "be there", "do", "go to that", "go to it",
     "go to them", "attend that", "do this", "go then", "do it then",
     # a step that names nothing to do: "I'll work on it", "I'll get on with it"
     "work on it", "work on that", "work on this", "sort it", "sort it out", "sort that out",
     "get on with it", "crack on", "crack on with it", "keep going", "carry on"}
)  # fmt: skip


# Coming or hearing back with nothing to do named: "she's coming in on the 15th", "she'll hear
# in a couple of weeks". What happens to someone, not a step they take.
_ONLY_ARRIVES_RE = re.compile(
    r"(?:come|coming|comes|hear|hearing|hears)(?:\s+(?:in|over|round|around|back|by))?",
    re.IGNORECASE,
)


def names_a_step(commitment: Commitment, today: date) -> bool:
    """Does the commitment name something to do? "ill do it this week" with no step named
    before it does not: the coach asks what the step is."""
    text = _LEAD_RE.sub("", commitment.with_topic()).strip(" ,.;")
    task = _own_task(text, today) if text else ""
    return bool(task) and not _names_nothing(task.strip(" .!").lower())


_ONE_ONLY_RE = re.compile(
    r"(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}?ones?|(?:this|that|these|those)"
)


def _names_nothing(said: str) -> bool:
    """Is the task, lowercased, only a word for a step named elsewhere: "go", "the easiest one"
    ("I'll start with the easiest one: clearing my inbox": "one" points at what follows)?"""
    return said in _NOTHING_NAMED or _ONE_ONLY_RE.fullmatch(said) is not None


def _said(owner: str, text: str) -> bool:
    """Is ``owner`` a name the text says, word for word ("Ana", "my sister")?"""
    return bool(re.search(rf"(?<!\w){re.escape(owner)}(?!\w)", text, re.IGNORECASE))


def _item_for(commitment: Commitment, today: date) -> ActionItem | None:
    """One commitment as an item: the notes extractor reads it (owner, due date) when it can;
    the task keeps the mentee's words without the subject and the time phrase."""
    text = _LEAD_RE.sub("", commitment.with_topic()).strip(" ,.;")
    if not text:
        return None
    found = extract_action_items(text, today=today, author="mentee")
    if not found:
        found = extract_action_items(f"Next steps:\n- {text}", today=today, author="mentee")
    owner = commitment.owner
    if (
        found
        and commitment.owner == "mentee"
        and found[0].owner not in ("mentee", "mentor")
        and _said(found[0].owner, text)  # not "From I" out of "From Monday I'll send ..."
    ):
        owner = found[0].owner
    task = _own_task(text, today)
    if owner not in ("mentee", "both") and task:
        task = _without_owner(task, owner)  # "Coach Daniels will sort out the bus"
    said = task.strip(" .!").lower() if task else ""
    if not said or _names_nothing(said):
        return None  # "i'll go", "start with the easiest one": the step is named elsewhere
    if _ONLY_ARRIVES_RE.fullmatch(task.strip(" .!")):
        return None  # "my accountant's coming in on the 15th": a visit, not a step
    # The hearing already chose the step's time (a meeting is a time without a day).
    due = commitment.due if commitment.when is not None else step_due(text, today)
    if _standing_help(commitment, owner, today):
        due = None
    return ActionItem(task=task, owner=owner, due=due)


# The owner's name and the modal before their step: "Coach Daniels will", "Jo is going to",
# "Dr. Okafor said she'll"
_OTHERS_MODAL = (
    r"(?:['’]ll|\s+(?:will|shall|is\s+going\s+to|to|(?:has\s+)?(?:offered|agreed|promised)\s+to"
    r"|said\s+(?:s?he|they)(?:['’]ll|['’]d|\s+will|\s+would)))\s+"
)


def _without_owner(task: str, owner: str) -> str:
    """``task`` without the other person's name and modal opening it: the step they take."""
    role = r"(?:(?:my|our)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*,?\s+)?"  # "My skip-level, Jo, is"
    opened = re.match(role + re.escape(owner) + ",?" + _OTHERS_MODAL, task, re.IGNORECASE)
    rest = task[opened.end() :].strip() if opened else ""
    return rest[:1].upper() + rest[1:] if rest else task


def _standing_help(commitment: Commitment, owner: str, today: date) -> bool:
    """ "My brother will call her every Sunday evening": what someone else does as a habit is
    help that goes on, with no day due; the mentee's own habit starts on its first day."""
    return owner not in ("mentee", "both") and is_habit(commitment.text, today)


_DO_THAT_RE = re.compile(
    r"^\W*(?:(?:and|so|then|ok(?:ay)?)[\s,]+)*(?:let(?:'s|’s|\s+us)|we(?:'ll|’ll|\s+will)|"
    r"i(?:'ll|’ll|\s+will)|ill)\s+(?:just\s+)?do\s+(?:that|it|this)\b",
    re.IGNORECASE,
)
_THEN_RE = re.compile(
    r"\s*\b(?:by|before|until|till)\s+(?:then|that\s+(?:date|day|point|time)|the\s+deadline)\b",
    re.IGNORECASE,
)
_TIME_LEAD = re.compile(
    r"^(?:by|on|before|until|till|in|within|this|next|from|starting|end|the\s+end|no\s+later|"
    r"today|tonight|tomorrow|tmrw|eod|due|first\s+thing)\b",
    re.IGNORECASE,
)


_APPOSED_RE = re.compile(r"[\s,]*(?:the\s+)?")


def _strip_time(task: str, today: date) -> str:
    task = re.sub(
        r"\s*\b(?:from\s+now\s+on|starting\s+(?:now|today)|from\s+today|at\s+some\s+point|"
        r"sometime|some\s+time(?=\W*$))\b",
        "",
        task,
        flags=re.I,
    )
    task = _THEN_RE.sub("", task)
    task = re.sub(r"\s+or\s+so\b", "", task, flags=re.I)  # "in a week or so"
    task = re.sub(r"\s+(?:then|at\s+that\s+point)\W*$", "", task, flags=re.I)  # "ask about it then"
    task = re.sub(
        r"\s*\bthe\s+(?:(?:day|week|month)\s+after(?:\s+that)?|following\s+(?:day|week|month))\b",
        "",
        task,
        flags=re.I,
    )  # "submit it by then": dated from what came before
    found = find_time(task, today)
    # "on Monday, December 7", "Friday the 12th": a date said beside the day it names is the
    # same time, and goes with it
    apposed = {
        b.start
        for a, b in itertools.pairwise(found)
        if _TIME_LEAD.match(a.text) and _APPOSED_RE.fullmatch(task[a.end : b.start])
    }
    for expression in reversed(found):
        before = task[: expression.start]
        if re.search(r",\s*(?:like|say|so|i\.?e\.?|probably|maybe)\s*$", before, re.I):
            task = before[: before.rindex(",")]  # "vinted this weekend, like saturday"
            continue
        if before.rstrip().endswith(",") and not expression.recurring:
            task = task[: expression.start].rstrip(" ,")  # "tell Priya, thursday in our 1:1"
            continue
        # "call her Friday" (not "ask Omar tomorrow if he can cover Friday": what he'd cover)
        bare_day_last = (
            len(found) == 1
            and _DAY_RE.fullmatch(expression.text)
            and not task[expression.end :].strip(" .,!;")
        )
        lead = _TIME_LEAD.match(expression.text) or expression.start in apposed
        if expression.recurring or not (lead or bare_day_last):
            continue  # "the June exam", "the club's Saturday run": part of the task
        if expression.due is None:
            continue  # "sign up before the end of term": no day, so the words say when
        rest = re.sub(
            r"^\s*(?:morning|afternoon|evening|night|lunchtime)\b", "", task[expression.end :]
        )
        head = re.sub(r"\s+first\s+thing\s*$", "", task[: expression.start])
        # "email Sam by | Friday": the word that led the time goes with it
        head = head.rstrip()
        led = re.match(
            r"(?:by|on|before|until|till|at|in|from|starting|no\s+later)\b", expression.text, re.I
        )
        # "book them all in today": the "in" before a day word is the verb's, not the time's
        day_word = re.fullmatch(r"today|tonight|tomorrow", expression.text, re.I)
        lead_words = r"by|on|before|until|no\s+later\s+than|at|this|next|the|starting|from"
        lead_words += "" if day_word else "|in"
        head = head if led else re.sub(r"\s+(?:" + lead_words + r")\s*$", "", head)
        joined = rest.strip() and rest.lstrip()[:1].isalnum()
        task = f"{head} {rest.lstrip()}" if joined else head + rest
    task = re.sub(r"\s+([,.;:])", r"\1", task)
    task = re.sub(r"[\s,]+(?:and|but|so|or|then)\W*$", "", task, flags=re.I)  # "..., and"
    task = re.sub(r"\s{2,}", " ", task).strip(" ,.;:-")
    return task[:1].upper() + task[1:]


# "The PI thing, maybe, if Utrecht works out": a step named back with a hedge is withdrawn.
_HEDGE_BACK_RE = re.compile(
    r"[\s,]*\b(?:maybe|perhaps|possibly|might|not\s+sure|if|unless|not\s+yet|no)\b", re.I
)


def _withdrawn(answer: str, steps: list[_Step], today: date) -> None:
    """An undated step the mentee names back only to hedge it ("The PI thing, maybe, if Utrecht
    works out") is a hope again, not an item; a hedge with a time ("the PI thing maybe next
    week") or a step of its own ("I'll ask...") is not a withdrawal."""
    for sentence in sentences(flatten(answer)):
        hedge = _HEDGE_BACK_RE.search(sentence.text)
        if hedge is None or hedge.start() == 0 or COMMIT_RE.search(sentence.text):
            continue
        if find_time(sentence.text, today):
            continue
        head = set(content_words(sentence.text[: hedge.start()]))
        if not head or len(head) > 3:
            continue
        for step in steps:
            words = set(content_words(step.commitment.text)) - _GENERIC
            if step.due is None and not step.timed and head & words:
                step.commitment = replace(step.commitment, tentative=True)


_GENERIC = frozenset({"do", "make", "get", "send", "ask", "talk", "call", "email", "book", "ll"})


_VAGUE_COUNT_RE = re.compile(
    r"\b(?:a\s+few|a\s+couple(?:\s+of)?|some|several|a\s+bunch\s+of)(?:\s+(?:more|new|extra))?"
    r"\s+(?P<noun>[a-z][\w'’-]*)",
    re.IGNORECASE,
)
_COUNT_RE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)"
    r"(?:\s+(?:more|new|extra))?\s+(?P<noun>[a-z][\w'’-]*)",
    re.IGNORECASE,
)


def _counted(step: str, later: str) -> str:
    """ "add a few more listings", then "4 new listings by the end of next month": the later
    answer counts what the step left vague, so the step takes its words."""
    vague = _VAGUE_COUNT_RE.search(step)
    count = _COUNT_RE.search(later)
    if vague is None or count is None:
        return step
    if count.group("noun").lower().rstrip("s") != vague.group("noun").lower().rstrip("s"):
        return step
    return f"{step[: vague.start()]}{count.group(0)}{step[vague.end() :]}"


def _last_date(answer: str, today: date) -> date | None:
    dated = [t.due for t in find_time(answer, today) if t.due is not None and not t.recurring]
    return dated[-1] if dated else None


def commitments_to_items(
    answers: Iterable[tuple[str, str, Heard]], today: date, options: Sequence[str] = ()
) -> list[ActionItem]:
    """Action items from ``(stage, answer, heard)`` in order; later times date earlier steps.
    A step named by one word of one of ``options`` ("Methods by Friday") takes its words."""
    steps: list[_Step] = []
    named: date | None = None  # the last date named so far ("by then" refers back to it)
    for stage, answer, heard in answers:
        if heard.has("off_topic"):
            continue
        before, named = named, _last_date(answer, today) or named
        if stage == "will":
            _withdrawn(answer, steps, today)
        if stage == "will" and heard.lead_time is not None and heard.commitments:
            for step in steps:  # "Starting wednesday. And I'll ask coach for the clips..."
                habit = step.due is None and is_habit(step.commitment.when, today)
                if not step.timed or habit:
                    step.due, step.timed = heard.lead_time[1], True
        new: list[_Step] = []
        for commitment in heard.commitments:
            timed = commitment.when is not None
            if stage in _DATED_ONLY_STAGES and not timed:
                continue
            if stage == "goal":
                continue
            if timed and _DO_THAT_RE.match(commitment.text):
                # "since you offered to role-play it with me, let's do that on 9 April": the time
                # of the step just named, whoever takes it
                undated = [s for s in (*steps, *new) if s.due is None and not s.timed]
                if undated:
                    undated[-1].due, undated[-1].timed = commitment.due, True
                    continue
            earlier = follow_up_of(commitment, answer, [s.commitment for s in steps], today)
            if stage == "will" and earlier is not None:  # "The department email, on Monday"
                steps[earlier].commitment = replace(
                    steps[earlier].commitment,
                    text=_counted(steps[earlier].commitment.text, commitment.text),
                    when=commitment.when,
                    due=commitment.due,
                    tentative=commitment.tentative,
                )
                steps[earlier].due, steps[earlier].timed = commitment.due, True
                continue
            if commitment.named_back and not _noun_step(commitment, answer, stage):
                continue  # "The interview on the 3rd.": when something happens, not a step
            # "Letter to regulars by 15 May.": a step named by its noun and a time
            due = commitment.due
            if due is None and commitment.when and _THEN_RE.fullmatch(commitment.when):
                due = before  # "I'll submit it by then": the deadline named earlier
            new.append(_Step(commitment, due, timed))
        if new or heard.commitments:
            steps.extend(new)
            continue
        if stage == "will" and heard.times and not heard.options:
            due = resolve_date(answer, today)
            for step in steps:
                if not step.timed:
                    step.due, step.timed = due, True
    items: list[ActionItem] = []
    seen: set[tuple[str, str]] = set()
    for step in steps:
        if step.commitment.tentative:
            continue  # a hope no later answer made a step
        item = _item_for(step.commitment, today)
        if item is None:
            continue
        chosen = _option_named(item.task, options)
        if chosen is not None:
            item = replace(item, task=chosen)
        if (
            step.due is not None
            and item.due is None
            and not _standing_help(step.commitment, item.owner, today)
        ):
            item = ActionItem(task=item.task, owner=item.owner, due=step.due)
        key = (item.task.lower(), item.owner)
        if key not in seen:
            seen.add(key)
            items.append(item)
    # A step another person takes on is theirs to do, beside the mentee's own or alone: "Lena
    # will approve the changes", "my sister's going to send me the list by next week".
    return items


_DONE_RE = re.compile(
    r"\s+(?:done|finished|sorted|ready|live|up|out|sent|submitted|booked|in|off)(?=\W*$)",
    re.IGNORECASE,
)


# Whose steps the mentee's action items are: the mentee's own, and those taken with someone.
_OWN = frozenset({"mentee", "both"})


def split_by_owner(items: Iterable[ActionItem]) -> tuple[list[ActionItem], list[ActionItem]]:
    """The mentee's action items, and the steps other people take on ("my sister will book the
    visit", "Priya has offered to speak to HR"): GROW's Will is the mentee's, so another
    person's step is noted beside the plan, with its owner and date, not listed as an action."""
    own: list[ActionItem] = []
    theirs: list[ActionItem] = []
    for item in items:
        (own if (item.owner or "mentee") in _OWN else theirs).append(item)
    return own, theirs


def _noun_step(commitment: Commitment, answer: str, stage: str) -> bool:
    """ "Letter to regulars by 15 May.": in Will, a noun and a time said as a sentence of its
    own, naming no earlier step, is a step named by its noun; not an occasion ("The interview on
    the 3rd."), a thing that happens ("The application closes on the 30th") or a topic said
    before the step ("the saturday gym, i'll go on the 9th")."""
    if stage != "will" or names_an_occasion(commitment.text):
        return False
    at = answer.find(commitment.text)
    after = answer[at + len(commitment.text) :].lstrip() if at >= 0 else ""
    # "CV done by Friday, rep's checking it after": what someone else does next ends it too
    if at < 0 or (after and after[0] not in ".!;\n" and not hands_on(after)):
        return False
    untimed = commitment.text
    for expression in reversed(find_time(untimed, date.today())):
        untimed = untimed[: expression.start] + untimed[expression.end :]
    # "First project done by 30 May", "CV sorted by Friday": what the thing is to be, not a verb
    untimed = re.sub(_DONE_RE, "", untimed)
    return names_a_thing_only(untimed)  # not "actually, by Thursday": a correction


def _option_named(task: str, options: Sequence[str]) -> str | None:
    """The one option a bare noun ("Methods", "the postdoc", "Vouchers up") stands for, if
    exactly one."""
    words = [
        w for w in re.findall(r"[a-z0-9'’-]+", task.lower()) if w not in _ARTICLES | _PARTICLES
    ]
    if len(words) != 1 or STEP_VERB_RE.match(task):
        return None
    if _FINISHED_RE.search(task):
        return None  # "CV done by Friday": the thing itself finished, whatever option names it
    hits = [o for o in options if all(w in re.findall(r"[a-z0-9'’-]+", o.lower()) for w in words)]
    return hits[0] if len(hits) == 1 else None


_ARTICLES = frozenset({"the", "a", "an", "my", "our", "that", "this"})
# A thing said to be finished: the step is making it, not an option that names it in passing.
_FINISHED_RE = re.compile(r"\b(?:done|finished|sorted|ready|written)\b", re.IGNORECASE)
# What a step named by its noun says about the noun: "Vouchers up", "CV done", "site live".
_PARTICLES = frozenset({"up", "out", "done", "sorted", "live", "finished", "ready", "off"})


def actions_from_answer(text: str, today: date, stage: str = "will") -> list[ActionItem]:
    """The steps in one answer, with owners and due dates resolved against ``today``."""
    heard = hear(text, stage, today)
    return commitments_to_items([(stage, text, heard)], today)
