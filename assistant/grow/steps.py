"""The steps a mentee commits to in one answer, each with its owner and its time.

"I'll email Dana by Friday and draft the plan by Dec 3" is two steps; "draft it and send it by
Thursday" one; "Priya will book a room" is Priya's; "maybe toastmasters" a hope, not a step;
"study day tomorrow, I'll do the first reflection" dates the step by the occasion before it; a
time said alone ("On Wednesday.") dates the step before it. Who acts and how firmly comes from
:mod:`assistant.understanding` (roles, the dependency parse); times from
:mod:`assistant.understanding.timeframes`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from assistant.grow.cues import (
    ASK_RE,
    COMMIT_RE,
    FEELING_RE,
    HEDGE_ONLY_RE,
    NOT_COMMIT_RE,
    ROLE_COMMIT_RE,
    THIRD_COMMIT_RE,
    UNSURE_RE,
    Piece,
    content_words,
    find_feeling,
)
from assistant.grow.habit_start import first_time_done
from assistant.understanding import roles
from assistant.understanding.syntax import names_an_action, someone_else_does
from assistant.understanding.timeframes import find_time, is_habit, resolve_date

__all__ = [
    "Commitment",
    "follow_up_of",
    "hands_on",
    "names_an_occasion",
    "read_commitments",
    "step_due",
    "unfront",
]


@dataclass(frozen=True)
class Commitment:
    """A step the speaker (or a named person) commits to, with the time phrase if any."""

    text: str
    owner: str  # "mentee", "both" or a name
    when: str | None
    due: date | None
    # Named by a noun and a time only ("The list next week."): it dates an earlier step and
    # is no step of its own.
    named_back: bool = False
    # Who "her"/"him" is, said first: "Sister-in-law, I'll ask her Sunday".
    topic: str | None = None
    # A hope rather than a step ("and practise more i guess", "runbooks... at some point"): the
    # coach asks about it once; it is no action item unless a later answer dates it.
    tentative: bool = False
    # The mentee said they cannot say when ("although I cannot say when"): asked already.
    open_date: bool = False

    def with_topic(self) -> str:
        """The step's words with the topic in place of the pronoun it stands for."""
        pronoun = _OBJECT_PRONOUN_RE.search(self.text) if self.topic else None
        if pronoun is None or self.topic is None:
            return self.text
        return f"{self.text[: pronoun.start()]}{self.topic}{self.text[pronoun.end() :]}"


# Who shares the step, said before "I": "Ana and I", "my recruiter Lisa and I" (a person named;
# "my partner and I will sort out nursery places" stays the mentee's).
_WITH_SOMEONE_RE = re.compile(
    r"(?:^|[,.;:]\s*|\b(?:so|then|ok(?:ay)?|and)\s+)(?:(?:(?i:my|our)\s+[a-z][\w'’-]*\s+)?"
    r"[A-Z][A-Za-z]+|my\s+\w+)\s+and\s+$"
)


def read_commitments(
    pieces: list,  # type: ignore[type-arg]
    stage: str,
    today: date,
    text: str,
) -> list[Commitment]:
    out: list[Commitment] = []
    for piece in (part for whole in pieces for part in _cut_at_condition(whole)):
        clause = piece.text.strip()
        if (
            clause.endswith("?")
            and _SAID_WITH_A_RISE_RE.match(clause)
            and not _ASKED_INSIDE_RE.search(clause)
        ):
            clause = clause.rstrip("? ")  # "I'll try the lunchtime thing?": said, not asked
        alone = _time_alone(clause, today)
        if alone is not None:
            if out and out[-1].when is None and stage == "will":
                out[-1] = replace(out[-1], when=alone[0], due=alone[1])  # "Join it. On Wednesday."
            continue
        aside = _THERE_IS_RE.match(clause)
        if aside and stage == "will" and out and out[-1].when is None:
            # "I'm going to book the physio, there's one near the office, by Friday": the aside
            # about the thing names no step; the time after it is the step's
            tail = [t for t in _times(clause, today) if t.due is not None]
            if tail and re.fullmatch(r"[\s,]*", clause[aside.end() : tail[-1].start][-2:]):
                out[-1] = replace(out[-1], when=tail[-1].text, due=tail[-1].due)
                continue
        if out and out[-1].when is None and _CANNOT_SAY_WHEN_RE.search(clause):
            out[-1] = replace(out[-1], open_date=True)  # "..., although I cannot say when"
            if re.search(r"\b(?:either|both|them|any|all)\b", clause, re.I):
                # "I can't put dates on either yet": every undated step before it
                out = [replace(c, open_date=True) if c.when is None else c for c in out]
            if not COMMIT_RE.search(clause):
                continue
        # "Ana and I will...": the splitter cut before "I"; the step is shared.
        before = text[max(0, piece.start - 40) : piece.start]
        shared = bool(_WITH_SOMEONE_RE.search(before) or re.search(r"\bboth\s*:\s*$", before, re.I))
        unsure = UNSURE_RE.search(clause)
        if unsure and UNSURE_WHEN_RE.search(clause):
            unsure = None  # "ill talk to boss about it, not sure when": the step stands, undated
        if clause.endswith("?") or ASK_RE.search(clause) or unsure:
            continue
        if _DO_IT_RE.match(clause):
            continue  # "just tell me which one, ill do it": nothing named to do
        third = THIRD_COMMIT_RE.match(clause)
        if third and third.group("name").split()[0] in ("He", "She", "They"):
            third = None  # "He has agreed to suggest two journals": who, from the one named before
        role = ROLE_COMMIT_RE.match(clause)
        actor = None if third or role else _actor(clause, text[: piece.start])
        owner = "mentee"
        if third and third.group("name").split()[0] not in _NOT_NAMES:
            owner = _person(third.group("name"))
        elif role:
            who = " ".join((role.group("role") or "mentor").lower().split())
            owner = "mentor" if who in ("mentor", "you") else who
        elif actor is not None:
            owner, clause = actor  # "my sister's going to send me the list ...": hers
        elif not _is_commitment(clause, stage):
            if stage == "will" and _named_back(clause, today):
                out.append(Commitment(clause, "mentee", *_when(clause, today), named_back=True))
            elif (
                stage == "will"
                and content_words(clause)
                and not _times(clause, today)
                and not _NOT_A_STEP_RE.search(clause)
                and (
                    _SOMETIME_RE.search(clause)
                    or (_HEDGED_END_RE.search(clause) and names_an_action(clause))
                )
            ):  # "runbooks... at some point", "and practise more i guess" (not "Contracts,
                # probably": a choice)
                out.append(Commitment(clause, "mentee", None, None, tentative=True))
            continue
        if re.match(
            r"^\W*(?:we|both|the\s+two\s+of\s+us|[A-Z]?\w+\s+and\s+i|me\s+and\s+\w+)\b",
            clause,
            re.I,
        ) or (shared and owner == "mentee"):
            owner = "both"
        if owner == "mentee" and not third and not role and _OTHERS_STEP_RE.match(clause):
            continue  # "my manager is going to put me forward": someone else's step
        if owner == "mentee" and not _FIRST_PERSON_RE.search(clause) and someone_else_does(clause):
            continue  # "maya said she'll take my shift", "physio appt is on the 5th": not theirs
        if _tentative(text, piece.end):
            continue  # "I'll go to Toastmasters. Probably. Maybe."
        if _waits_on_others(clause) and not _dated_before_condition(clause, today):
            continue  # "book the course if the boss pays half": not settled yet
        if _HEDGED_END_RE.search(clause) and not _times(clause, today):
            if not _NOT_A_STEP_RE.search(clause):
                out.append(Commitment(clause, owner, None, None, tentative=True))
            continue  # "and practise more i guess": a hope, not yet a step
        if len(content_words(clause)) < 2 and not _times(clause, today) and len(clause.split()) < 2:
            continue  # "Schedule.": a word, nothing named to do
        parts = _step_parts(clause, today)
        for part, when, due in parts:
            if when is None:
                back = _THEN_RE.search(part)
                at_then = _AT_THEN_RE.search(part)
                earlier = _earlier_time(text, piece.start, today) if back or at_then else None
                if at_then and earlier and out and _is_event(out[-1], earlier[1]):
                    out.pop()  # "bank appointment is on the 20th": when, not a step of its own
                if earlier is not None:
                    when, due = earlier
                elif back:
                    when = back.group(0)  # dated from an earlier answer when the items are built
            if when is None and stage == "will" and out and _occasion(out[-1], text, piece.start):
                if _GO_ALONE_RE.match(part):
                    continue  # "college fair is on the 4th, I'll go": the occasion is the step
                occasion = out.pop()  # "study day tomorrow, I'll do the first reflection"
                when, due = occasion.when, occasion.due
            if when is None and stage == "will" and not _NOT_A_STEP_RE.search(part):
                when, due = _lead_in_time(text, piece.start, today, out) or (when, due)
            after = _AFTER_THAT_RE.search(part) if when is None else None
            if after and out and out[-1].due is not None:  # "...by Friday, the rest the week after"
                when, due = (
                    after.group(0),
                    out[-1].due + _AFTER_DAYS[(after.group(1) or after.group(2)).lower()],
                )
            if when is None and out and _RIGHT_AFTER_RE.search(part):
                when, due = out[-1].when, out[-1].due  # "...and send it right after"
            if part is parts[-1][0]:
                when, due = _corrected(text, piece.end, today) or (when, due)
                if when is None:
                    when, due = _their_time(text, piece.end, today) or (when, due)
            if out and when is not None and _ONE_OF_RE.match(part):
                out[-1] = replace(out[-1], when=when, due=due)  # "rides, first one this sunday"
                continue
            if when is not None and out and _meets_to_do(part, out[-1], owner):
                out[-1] = replace(out[-1], when=when, due=due)  # "..., I'll catch her on Friday"
                continue
            topic = _topic_of(text, piece.start, part)
            whose = owner if part is parts[0][0] else _part_owner(part, owner)
            theirs = _actor(part, text[: piece.start]) if whose is None else None
            if theirs is not None:
                whose, part = theirs  # "..., and my sister will book the visit by Friday"
            if whose is None:
                continue  # "..., and my manager will sign it off": someone else's step
            due = first_time_done(clause, when, due)  # "from Monday ... every Friday"
            step = Commitment(text=part, owner=whose, when=when, due=due, topic=topic)
            joined = _continues(out, step, text, piece.start) if len(parts) == 1 else None
            if joined is not None:
                out[-1] = joined
            else:
                out.append(step)
    return out


# An object said first, before who does it: "The baking numbers Lena and I will change together
# once her data's in", "Too Good To Go I'll register for by Friday", "The council meeting I'll
# skip for now". The verb after it takes no object of its own.
_FRONTED_RE = re.compile(
    r"(?P<lead>^|(?<=[.!?;])\s+)(?P<opening>(?:(?:ok(?:ay)?|so|and|then|right|fine)[,\s]+)*)"
    r"(?P<np>(?i:the|that|this|those|these)\s+(?!(?:i|we|is|are|was|will|can)\b)[a-z][\w'’-]*"
    r"(?:\s+(?!(?:i|we|is|are|was|will|can|and)\b)[a-z][\w'’-]*){0,3}|"
    r"(?:[A-Z][\w'’-]*\s+){1,4}?[A-Z][\w'’-]*)"
    r"\s+(?P<who>(?:[A-Z][a-z]+\s+and\s+)?(?:I(?:'ll|’ll|\s+will)|ill|we(?:'ll|’ll|\s+will)|"
    r"I(?:'m|’m|\s+am)\s+going\s+to))\s+(?P<verb>[a-z]+(?:\s+(?:for|to|with|about|up|out|into|"
    r"off|through|over|on)(?!\s+(?:now|later|the\s+moment|the\s+time\s+being|a\s+while)\b))?)"
    r"(?=\s+(?:together|first|later|soon|properly|myself|ourselves|then|now|today|tonight|"
    r"tomorrow|tmrw|next|this|by|on|before|once|when|after|until|at|over|during|asap|in|"
    r"for\s+(?:now|later|the\s+moment))\b|"
    r"\s*[,.;!]|\s*$)"
)


def unfront(text: str) -> str:
    """The step with its object back after the verb: "The baking numbers Lena and I will change
    together" -> "Lena and I will change the baking numbers together"; "Too Good To Go I'll
    register for by Friday" -> "I'll register for Too Good To Go by Friday"."""

    def put_back(m: re.Match[str]) -> str:
        np = m.group("np")
        if re.match(r"(?i:the|that|this|those|these)\s", np):
            np = np[0].lower() + np[1:]
        elif np.split()[0] in _NOT_NAMES or np.split()[0] in _NOT_PEOPLE:
            return m.group(0)  # "Tomorrow I'll...", "Monday I'll...": a time, not an object
        who = m.group("who")
        return (
            f"{m.group('lead')}{m.group('opening')}{who[0].upper()}{who[1:]} {m.group('verb')} {np}"
        )

    return _FRONTED_RE.sub(put_back, text)


@dataclass(frozen=True)
class _Part:
    text: str
    start: int
    end: int


# "I'll ask my boss on Monday and if she says yes I'll enrol in January": the step after "and
# if" waits on the answer; it is a clause of its own. So is another person's step after "and"
# ("I mentioned it to her in the corridor and she said she'll add a slot by Friday").
_AND_IF_RE = re.compile(r",?\s+and\s+(?=(?:if|unless)\s)", re.IGNORECASE)
_AND_RE = re.compile(r",?\s+and\s+", re.IGNORECASE)
_WHO_CUT_RE = re.compile(r",\s*(?=(who\b.*))", re.IGNORECASE)


def _cut_at_condition(piece: _Part) -> list[_Part]:
    cut = _AND_IF_RE.search(piece.text)
    if cut is None:
        cut = next(
            (
                m
                for m in _AND_RE.finditer(piece.text)
                if _THEIR_STEP_RE.match(piece.text[m.end() :]) and not COMMIT_RE.match(piece.text)
            ),
            None,
        )
    if cut is None:
        # "send it to my lead, who promised to review it by 8 January": the step of the person
        # just named, said in a clause of its own after "who"
        cut = next(
            (m for m in _WHO_CUT_RE.finditer(piece.text) if _THEIR_STEP_RE.match(m.group(1))),
            None,
        )
    if cut is None:
        # "I'll email the recruiter by Monday and think about the course later": the step, then
        # a decision put off, which is no step
        cut = next(
            (
                m
                for m in _AND_RE.finditer(piece.text)
                if COMMIT_RE.search(piece.text[: m.start()])
                and _DEFERRED_RE.search(piece.text[m.end() :])
                and not _DEFERRED_RE.search(piece.text[: m.start()])
            ),
            None,
        )
    if cut is None or cut.start() == 0:
        return [piece]
    head = _Part(piece.text[: cut.start()], piece.start, piece.start + cut.start())
    tail = _Part(piece.text[cut.end() :], piece.start + cut.end(), piece.end)
    return [head, tail]


# People named by who they are to the mentee: "my sister", "my cousin Tomasz", "my friend Sol".
_ROLES = (
    r"(?:cousin|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|mum|mom|mam|dad|mother|"
    r"father|parents?|sister|brother|sibling|son|daughter|aunt|uncle|nan|gran|grandma|grandad|"
    r"grandpa|friend|mate|pal|flatmate|roommate|housemate|neighbou?r|colleague|co-?worker|boss|"
    r"manager|supervisor|director|principal|teacher|tutor|coach|advisor|adviser|lecturer|"
    r"professor|accountant|lawyer|landlord|recruiter|deputy|assistant|lead|instructor|editor|"
    r"agent|trainer|therapist)"
)
_NAME = r"(?-i:[A-Z][a-z]+)"
_TITLE = r"(?:(?-i:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?"  # "Dr Okafor", "Mrs. Patel"
_ABBR = r"(?-i:(?!OK\b|ASAP\b|TBH\b|FYI\b)[A-Z]{2,4}\b)"  # "HR will send the contract", "the GP"
# A body named by what it is, with "the": "the finance office", "the school", "the council".
_BODIES = (
    r"(?:office|team|department|dept|committee|board|council|school|college|university|club|"
    r"agency|company|firm|bank|charity|practice|surgery|clinic|studio|venue|church|library)"
)
_WHO = (
    r"(?:(?P<pron>he|she|they|who)|(?:my|our)\s+(?:(?!and\b)[a-z]+\s+)?"
    r"(?P<role>" + _ROLES + r")(?:\s+(?P<rname>" + _NAME + r"))?|"
    # "Jenny's dad": someone's relation, named by whose they are
    r"(?P<poss>" + _NAME + r"(?:'s|’s)\s+" + _ROLES + r")|"
    r"the\s+(?P<body>(?:[a-z]+\s+)?" + _BODIES + r")|(?P<name>" + _NAME + r"|" + _ABBR + r")"
    # "Maria from number 14", "Tom from work", "Jo from the gym"
    r"(?:\s+from\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?|"
    # a bare word as the subject of what someone will do or is doing, as terse and chat writers
    # put it: "maya said ...", "kez is gonna ask", "rep's checking it after"
    r"(?P<lname>[a-z]+)(?=\s+said\b|\s+will\b|(?:\s+is|'s|’s)\s+(?:gonna|going\s+to)\b|"
    r"(?:\s+is|'s|’s)\s+[a-z]+ing\b))"
    # "Bev (the electrician) said ...": who they are, in brackets
    r"(?:\s*\([^()]{1,40}\))?"
)
# What they are to do, after who: "will", "'s going to", "is setting up", "said she'll",
# "said yes, shes doing", "who's an art director, will", "has already offered to", "'s already
# said she'll", "promised she'd".
_ALREADY = r"(?:(?:'s|’s|\s+has|\s+have)?(?:\s+(?:already|also|just|even|kindly|now))?)"
_THEIR_VERB = (
    r"(?:\s*,\s*(?:who|which)[^,]*,|\s*,\s*(?:he|she|they)\b)?"
    r"(?:(?:'ll|’ll|\s+will|\s+(?:is|are)\s+go(?:ing\s+to|nna)|(?:'s|’s|s)\s+go(?:ing\s+to|nna)|"
    + _ALREADY
    + r"\s+(?:agreed|offered|promised)\s+to)\s+|"
    r"(?:\s+is|\s+are|'s|’s|(?<=h[e])s)\s+(?=[a-z]+ing\b)|"
    + _ALREADY
    + r"\s+(?:said(?:\s+yes)?|promised?)[\s,]+(?:that\s+)?(?:she|he|they)(?:'ll|’ll|'d|’d|"
    # "said shes gonna ask": chat shorthand
    r"(?:'s|’s|s|\s+is|'re|’re|\s+are)\s+gonna|"
    r"\s+will|\s+would|\s+is\s+going\s+to|(?:'s|’s|s|\s+is|\s+are)(?=\s+[a-z]+ing\b)|"
    # "Amina already promise she check my essay": the verb bare after a promise
    r"(?<=e)(?=\s+[a-z]+\b)(?!\s+(?:is|was|has|had|does|did|can|could|might|may)\b))\s*)"
)
_THEIR_STEP_RE = re.compile(
    r"^\W*(?:(?:and|also|plus|then|so|but|oh)[\s,]+)*"
    # "We agreed that Mark will cover my Fridays": the step agreed is his
    r"(?:(?:we|i)\s+(?:(?:have|'ve|’ve)\s+)?(?:agreed|arranged|decided)\s+(?:that\s+)?)?"
    + _WHO
    + _THEIR_VERB,
    re.IGNORECASE,
)
_MENTION_RE = re.compile(
    r"\b(?:(?i:my|our|the)\s+(?:[a-z]+\s+)?(?P<role>(?i:" + _ROLES + r"))"
    r"(?:\s+(?P<rname>" + _NAME + r"))?|(?P<name>" + _TITLE + _NAME + r"|" + _ABBR + r"))"
)
_NOT_PEOPLE = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Christmas", "Easter"}
)  # fmt: skip


def _actor(clause: str, before: str) -> tuple[str, str] | None:
    """Another person's step: who ("sister", "Tomasz", "Jess") and what they are to do. "my
    sister's going to send me the list by next week" -> ("sister", "send me the list by next
    week"); "he will ask his boss next week" after "my cousin Tomasz" -> ("Tomasz", ...)."""
    m = _THEIR_STEP_RE.match(clause)
    if m is None:
        return None
    step = clause[m.end() :].strip()
    if not step or not step[0].isalpha():
        return None
    who = (
        m.group("rname")
        or m.group("name")
        or m.group("lname")
        or m.group("poss")
        or m.group("body")
        or m.group("role")
    )
    if m.group("pron"):
        who = _last_mentioned(before)
    if who is None or who in _NOT_NAMES or who in _NOT_PEOPLE or who.lower() in _NOT_SAYERS:
        return None
    if m.group("lname") and (
        who.capitalize() in _NOT_NAMES | _NOT_PEOPLE or who.lower() in _NOT_DOERS
    ):
        return None  # "tomorrow will be busy", "nothing's changing": no one to take a step
    said = re.match(r"\s+said\b", clause[m.end("lname") :]) if m.group("lname") else None
    if m.group("lname") and not said and re.fullmatch(_ROLES, who, re.I):
        return None  # "cousin is gonna send his numbers": a relation unnamed, read as before
    if m.group("lname") and not re.fullmatch(_ROLES, who, re.I):
        who = who[0].upper() + who[1:]  # "maya said she'll..." (not "dad said he'll...")
    return _person(who), step


# Bare words that name no one who could take a step on: "everything's going to change".
_NOT_DOERS = frozenset(
    {"everything", "nothing", "something", "anything", "what", "there", "here", "now", "ill",
     "im", "ive", "id", "thing", "stuff", "time", "money", "weather"}
)  # fmt: skip


def hands_on(text: str) -> bool:
    """Does ``text`` (after a comma) say what someone else does next ("rep's checking it
    after", "and Sam will send it on")?"""
    return _actor(text.lstrip(" ,;"), "") is not None


def _person(who: str) -> str:
    """Someone named by who they are to the mentee is that word, however the sentence opened:
    "Sister's getting quotes", "Wife will put it in the calendar" -> "sister", "wife"."""
    if re.fullmatch(_ADDRESSED_AS_NAME, who, re.I):
        return who  # "Dad will set up the meeting": a name as the mentee writes it
    return who.lower() if re.fullmatch(_ROLES, who, re.I) else who


# Family words used as names when capitalised: "Dad", "Mum", "Gran".
_ADDRESSED_AS_NAME = r"mum|mom|mam|dad|mother|father|nan|gran|grandma|grandad|grandpa"


_NOT_SAYERS = frozenset(
    {"i", "we", "you", "u", "it", "that", "this", "everyone", "someone", "nobody", "he", "she",
     "they", "who", "which", "and", "but", "so", "then"}
)  # fmt: skip


def _last_mentioned(before: str) -> str | None:
    """The person "he" or "she" refers back to: the last one named before it in the answer."""
    found = None
    for m in _MENTION_RE.finditer(before):
        who = m.group("rname") or m.group("name") or m.group("role")
        if who and who not in _NOT_NAMES and who not in _NOT_PEOPLE:
            found = who
    return found


_CORRECTION_RE = re.compile(
    # "by Friday — wait no, the end of the month": the repair may open with "wait" or "oh"
    r"^[\s.…,;—–-]*(?:(?:wait|hang\s+on|hold\s+on|oh)[\s,]+)?"
    r"(?:well|actually|or\s+rather|rather|no|sorry|make\s+(?:it|that)|i\s+mean)[\s,]+",
    re.IGNORECASE,
)


UNSURE_WHEN_RE = re.compile(
    r"\b(?:not\s+sure|(?:i\s+)?don(?:'|’)?t\s+know|no\s+idea|dunno|idk)\s+when\W*$", re.I
)


# A step that waits on something else: "if the boss pays half", "unless Sam says no" (not "if I
# can't reach her": the mentee's own contingency).
_CONDITION_RE = re.compile(
    r"\b(?:if|unless|provided(?:\s+that)?|assuming)\s+(?!i\b|i'm|i’m|im\b|i've|i’ve|i\s|"
    # "if it's still under £300": the thing as it is now, not someone else's say
    r"(?:it|that|this)(?:'s|’s|\s+is)\s+still\b)",
    re.I,
)


_ASKS_IF_RE = re.compile(
    r"\b(?:ask|asks|asking|check|checking|see|find\s+out|wonder|know|confirm)\b(?:\W+\w+){0,5}\W*$",
    re.I,
)


def _dated_before_condition(clause: str, today: date) -> bool:
    """Is the step said first, with a time of its own, and the condition after it ("I'll send
    it by then, provided the hall confirms")? The speaker has planned it, whatever it waits on;
    a step said after "and if" still waits on the answer."""
    condition = _CONDITION_RE.search(clause)
    if condition is None:
        return False
    before = clause[: condition.start()].strip(" ,;—–-").lower()
    if before in ("", "and", "but", "or", "so", "then"):
        return False
    return bool(_times(clause, today)) or bool(_THEN_RE.search(clause))


def _waits_on_others(clause: str) -> bool:
    condition = _CONDITION_RE.search(clause)
    # "ask Ray tomorrow if he's up for it": a question to put, not a condition
    return condition is not None and not _ASKS_IF_RE.search(clause[: condition.start()])


# A step said with "might", "maybe" or "idk" is no step at all ("Might look at the clinic jobs at
# some point, I don't know", "film soc maybe"): nothing to ask about.
_NOT_A_STEP_RE = re.compile(
    r"\b(?:might|maybe|perhaps|possibly|idk|dunno|not\s+sure|(?:i\s+)?don(?:'|’)?t\s+know)\b", re.I
)


_SOMETIME_RE = re.compile(
    r"\b(?:at\s+some\s+(?:point|stage)|some\s*time|someday|some\s+day|eventually|one\s+day|"
    r"when\s+i\s+(?:can|get\s+(?:a\s+)?(?:chance|round\s+to\s+it)))\b",
    re.I,
)


_HEDGED_END_RE = re.compile(
    r"\b(?:i\s+guess|i\s+suppose|maybe|perhaps|probably|possibly|i\s+think)\W*$", re.I
)


# What happens to them rather than a step they take: "coming in on the 15th", "back on Monday".
_ARRIVES_RE = re.compile(
    r"\s*(?:com(?:e|es|ing)|hear(?:s|ing)?|back|here|around|free|away)\b", re.I
)
_THEIR_TIME_RE = re.compile(r"^[\s,]*(?:he|she|they)(?:'s|’s|'ll|’ll|'re|’re|\s)[^.!?;]*", re.I)


def _their_time(text: str, end: int, today: date) -> tuple[str, date | None] | None:
    """ "I'll run the numbers with my accountant, she's coming in on the 15th": the other
    person's time, said right after an undated step, is the step's."""
    after = _THEIR_TIME_RE.match(text[end:])
    if after is None:
        return None
    theirs = _THEIR_STEP_RE.match(after.group(0))
    if theirs and not _ARRIVES_RE.match(after.group(0)[theirs.end() :]):
        return None  # "send it to Dr Okafor. He has agreed to suggest two journals by the 15th"
    dated = [t for t in _times(after.group(0), today) if t.due is not None]
    return (dated[0].text, dated[0].due) if dated else None


def _corrected(text: str, end: int, today: date) -> tuple[str, date | None] | None:
    """ "I'll text Sam tonight... well, by Wednesday": the mentee corrects the time; the later
    one stands when nothing but a time follows the correction."""
    lead = _CORRECTION_RE.match(text[end:])
    if not lead:
        return None
    # (a reason after the corrected time goes with it: "..., end of the month, she's on leave")
    rest = re.split(r"[.;!?]|,\s", text[end + lead.end() :], maxsplit=1)[0].strip(" ,")
    found = find_time(rest, today)
    if not found or found[0].start != 0 or len(content_words(rest[found[0].end :])) > 0:
        return None
    return found[0].text, found[0].due


_ONE_OF_RE = re.compile(r"^\W*(?:and\s+)?(?:the\s+)?(?:first|next)\s+one\b", re.IGNORECASE)


_TOPIC_RE = re.compile(r"(?:^|[.;!?]\s*)((?:[\w'’-]+\s+){0,2}[\w'’-]+),\s*$")


_OBJECT_PRONOUN_RE = re.compile(r"\b(?:her|him|it)\b(?!\s+[a-z]+s\b)", re.IGNORECASE)


def _topic_of(text: str, start: int, part: str) -> str | None:
    """ "Sister-in-law, I'll ask her Sunday": the topic said first is who "her" is."""
    topic = _TOPIC_RE.search(text[:start])
    pronoun = _OBJECT_PRONOUN_RE.search(part)
    if not topic or not pronoun or not COMMIT_RE.search(part[: pronoun.start()]):
        return None
    name = topic.group(1)
    if COMMIT_RE.search(name) or STEP_VERB_RE.match(name) or find_time(name, date.today()):
        return None
    if HEDGE_ONLY_RE.match(name):
        return None  # "Ok, I'll ask her at our 1:1": how the answer opens, not who she is
    if name.lower() in ("me", "us", "myself", "me personally", "you"):
        return None  # "Me, I'll ring the college and chase it": who acts, not what "it" is
    return name


_GENERIC_VERBS = frozenset(
    {"do", "make", "send", "ask", "talk", "speak", "call", "email", "get", "book", "write", "start",
     "finish", "tell", "phone", "message", "text", "sort", "let", "say", "ll", "will", "one"}
)  # fmt: skip


def follow_up_of(
    later: Commitment, answer: str, earlier: list[Commitment], today: date
) -> int | None:
    """Which undated earlier step ``later`` gives a time to, if it names one back: "The department
    email, I'll send it on Monday" dates "email the department about RA hours"; "Raj, before our
    next meeting" dates "talk to Raj about the cut-off". A new step is not a follow-up: it must be
    short or say "it"/"that", and share a word with the earlier step."""
    if later.when is None:
        return None
    head = re.split(
        r"[,;.]|\s+(?:when|if|once|because|as\s+soon\s+as)\s+", later.text.strip(" ,.;"), maxsplit=1
    )[0]
    untimed = head
    for expression in reversed(find_time(head, today)):
        untimed = untimed[: expression.start] + untimed[expression.end :]
    untimed = _MEETING_RE.sub(" ", untimed)
    named = content_words(untimed)
    short = len(named) <= 1 or (
        len(named) <= 2 and not (STEP_VERB_RE.match(untimed) or COMMIT_RE.search(untimed))
    )  # "request by thurs": one word names the step, even when it could be a verb
    if not short and not re.search(r"\b(?:it|that|them|him|her|this\s+one)\b", head, re.I):
        return None
    at = answer.find(later.text)
    context = (answer[:at] if at > 0 else "") + " " + untimed
    said = set(content_words(context)) - _GENERIC_VERBS
    for index in range(len(earlier) - 1, -1, -1):
        step = earlier[index]
        if step.when is not None or step.owner != later.owner:
            continue
        if said & (set(content_words(step.text)) - _GENERIC_VERBS):
            return index
    # "Email by Wednesday", "I'll ask her on Wednesday": the verb alone (with "her" or "it")
    # names back the one undated step that starts with it ("email the head about the policy").
    verb = _lead_verb(untimed)
    if verb is None or set(named) - _GENERIC_VERBS - _OBJECTS - {verb}:
        return None
    same = [
        index
        for index, step in enumerate(earlier)
        if step.when is None and step.owner == later.owner and _lead_verb(step.text) == verb
    ]
    return same[0] if len(same) == 1 else None


_OBJECTS = frozenset({"her", "him", "them", "it", "that", "this", "one"})


_LEAD_VERB_RE = re.compile(
    r"^\W*(?:(?:and|also|then|so|ok(?:ay)?)[\s,]+)*(?:(?:i(?:'ll|’ll|\s+will|\s+shall)|ill|"
    r"i(?:'m|’m|\s+am)\s+going\s+to)\s+)?(?:(?:just|also|then|first)\s+)?([a-z]+)\b",
    re.IGNORECASE,
)


def _lead_verb(text: str) -> str | None:
    """The verb a step starts with: "I'll ask my head of department..." -> "ask"."""
    m = _LEAD_VERB_RE.match(text)
    if m is None or not STEP_VERB_RE.match(m.group(1)):
        return None
    return m.group(1).lower()


_AFTER_THAT_RE = re.compile(
    r"\bthe\s+(?:(day|week|month)\s+after(?:\s+that)?|following\s+(day|week|month))\b(?!\s+(?:next|this))",
    re.IGNORECASE,
)


_AFTER_DAYS = {"day": timedelta(days=1), "week": timedelta(days=7), "month": timedelta(days=30)}


_RIGHT_AFTER_RE = re.compile(
    r"\b(?:(?:right|straight|soon|immediately|just)\s+after(?:wards)?|afterwards|after\s+that|"
    r"the\s+same\s+day)\b",
    re.IGNORECASE,
)


def _continues(out: list[Commitment], step: Commitment, text: str, start: int) -> Commitment | None:
    """ "I'll draft it and send it to Henderson by Thursday": one step whose time covers both
    verbs, when the first had no time of its own."""
    if not out or step.owner != out[-1].owner or out[-1].tentative:
        return None
    between = text[:start].rstrip()
    if not re.search(r"\band(?:\s+then)?$", between, re.I) or not step.text[:1].islower():
        return None
    previous = out[-1]
    if previous.when is not None:
        # "I'll draft the abstract by the 20th and send it to my lead": what was drafted is
        # sent, in the same time; a step of its own ("... and email Sam") is not joined
        if step.when is not None or not (_PRONOUN_RE.search(step.text) or _no_object(step.text)):
            return None
        return replace(previous, text=f"{previous.text.rstrip(' ,')} and {step.text}")
    return Commitment(
        text=f"{previous.text.rstrip(' ,')} and {step.text}",
        owner=previous.owner,
        when=step.when,
        due=step.due,
    )


# (typed short, "n" and "&" join as "and" does: "finish the course by Friday n start the site")
_LIST_JOIN_RE = re.compile(
    r"\s*,\s*(?:(?:and|n|&)\s+(?:then\s+)?)?|\s+(?:and|n|&)\s+(?:then\s+)?", re.I
)


_GAP_RE = re.compile(r"^\W*(?:the|my|a|an|our|that|this|those|these)\b", re.I)


_SUBJECT_VERB_RE = re.compile(
    r"^\W*(?:i(?:'ll|’ll|\s+will|\s+shall)|ill|i(?:'m|’m|\s+am)\s+(?:going\s+to|gonna))\s+"
    r"(?:(?:also|then|just|first|definitely)\s+)*([a-z]+)\b",
    re.I,
)


_THEN_RE = re.compile(
    r"\b(?:by|before|until|till)\s+(?:then|that\s+(?:date|day|point|time)|the\s+deadline)\b", re.I
)


# "physio's on the 5th so ill ask about the swelling then": the time named before in the answer
# (without one, "I'll call her then" means "in that case").
_AT_THEN_RE = re.compile(
    r"\b(?:then|at\s+that\s+point|while\s+i(?:'m|’m|\s+am|m)\s+there)\W*$", re.IGNORECASE
)


_TIME_ALONE_LEAD_RE = re.compile(
    r"^\W*(?:(?:and|so|then|ok(?:ay)?|right|starting|start|from|beginning|begin|first\s+thing|"
    r"say|like|maybe|probably|roughly|around|about)\W+)*",
    re.I,
)


_CANNOT_SAY_WHEN_RE = re.compile(
    r"\b(?:can(?:not|'t|’t)|could(?:n't|n’t)|not\s+able\s+to)\s+(?:say|tell|promise)\s+when\b|"
    r"\b(?:not\s+sure|no\s+idea|don(?:'|’)?t\s+know|dunno)\s+when\b|"
    # "though I'm not putting a date on it", "I can't put dates on either yet"
    r"\b(?:can(?:not|'t|’t)|could(?:n't|n’t)|won(?:'t|’t)|not(?:\s+going\s+to)?)\s+"
    r"(?:put(?:ting)?|set(?:ting)?|giv(?:e|ing)|fix(?:ing)?)\s+(?:a\s+)?(?:dates?|deadlines?)\s+on\b|"
    r"\bno\s+(?:fixed\s+)?(?:dates?|deadlines?)\s+(?:on\s+(?:it|that|this|them|either)|yet)\b",
    re.IGNORECASE,
)


def _time_alone(clause: str, today: date) -> tuple[str, date | None] | None:
    """ "On Wednesday.", "starting wednesday": a time said alone, with nothing else to do."""
    rest = _TIME_ALONE_LEAD_RE.sub("", clause).strip(" .,;!")
    found = _times(rest, today)
    # "starting Monday the 16th": the weekday before the date is part of the time
    weekday = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
    lead = re.fullmatch(weekday, rest[: found[0].start], re.I) if len(found) == 1 else None
    after = _TIME_LIMIT_RE.sub("", rest[found[0].end :]) if found else ""
    if lead is None or after.strip(" .,;!"):
        return None
    return found[0].text, found[0].due


# How far a time said alone may give: "Friday at the latest", "the 20th or so".
_TIME_LIMIT_RE = re.compile(
    r"^[\s,]*(?:at\s+the\s+(?:latest|earliest|outside)|latest|or\s+(?:so|earlier|sooner|before)|"
    r"-?ish|at\s+a\s+push|max(?:imum)?|tops|if\s+(?:possible|i\s+can))\b",
    re.IGNORECASE,
)


def find_lead_time(
    pieces: list,  # type: ignore[type-arg]
    commitments: list[Commitment],
    today: date,
    text: str,
) -> tuple[str, date | None] | None:
    """A time said alone before the answer's first step (or with no step at all)."""
    first = text.find(commitments[0].text) if commitments else len(text)
    for piece in pieces:
        if piece.start >= first >= 0:
            break
        alone = _time_alone(piece.text.strip(), today)
        if alone is not None:
            return alone
    return None


# A dated noun phrase naming an occasion: "study day tomorrow", "the careers fair on the 4th".
_OCCASION_RE = re.compile(
    r"^\W*(?:(?:my|the|our|a|an|next)\s+)?(?:[\w'’-]+\s+){0,2}(?:day|session|meeting|appointment|"
    r"appt|class|lesson|fair|market|event|workshop|shift|training|practice|interview|1:1|visit|"
    r"taster|conference|exam|clinic|surgery|open\s+evening)s?\b(?!\s+(?:with|to|for|about)\b)",
    re.IGNORECASE,
)


_GO_ALONE_RE = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:i(?:'ll|’ll|\s+will)|ill)\s+(?:definitely\s+|probably\s+)?"
    r"(?:go|attend|be\s+there|go\s+to\s+(?:that|it))\W*$",
    re.IGNORECASE,
)


def names_an_occasion(text: str) -> bool:
    """ "the careers fair on the 4th", "Interview Thursday", "Mum's birthday on Saturday": an
    occasion named, not a step."""
    return bool(_OCCASION_RE.match(text) or _THEIRS_ON_A_DAY_RE.match(text))


def _occasion(step: Commitment, text: str, start: int) -> bool:
    """Is the step just before, in the same sentence, the occasion of the next rather than a step
    of its own: a dated event ("college fair is on the 4th") or a dated noun with no verb
    ("study day tomorrow")?"""
    if step.due is None:
        return False
    at = text.rfind(step.text, 0, start)
    if at < 0 or any(mark in text[at:start].rstrip(" ,") for mark in ".;!?\n"):
        return False
    return _is_event(step, step.due) or bool(_OCCASION_RE.match(step.text))


def _lead_in_time(
    text: str, start: int, today: date, out: list[Commitment]
) -> tuple[str, date] | None:
    """ "study day tomorrow, I'll do the first reflection": a time said just before the step, in
    the same sentence, that dated no step of its own."""
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".;!?\n") + 1
    before = text[sentence_start:start]
    dated = [t for t in _times(before, today) if t.due is not None and not t.recurring]
    if not dated or any(c.due == dated[-1].due for c in out):
        return None
    if COMMIT_RE.search(before) or _NOT_A_STEP_RE.search(before):
        return None
    return dated[-1].text, dated[-1].due


def _is_event(step: Commitment, day: date) -> bool:
    """ "physio appt is on the 5th": a thing that happens on the day, said as a statement."""
    return (
        step.due == day
        and bool(re.search(r"\b(?:is|are)\b|['’]s\b", step.text, re.I))
        and not _FIRST_PERSON_RE.search(step.text)
    )


# A step said with a rise at the end, not asked: "I'll probably try the lunchtime thing, three
# days a week?" (not "Will I need to book?", "Should I ring them?": the speaker asks).
_SAID_WITH_A_RISE_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|then|um+|erm+)[\s,]+)*(?:i(?:'ll|’ll|\s+will|\s+shall)|"
    r"i(?:'m|’m|\s+am)\s+(?:going\s+to|gonna))\s+(?!(?:be\s+able|need|have\s+to)\b)",
    re.IGNORECASE,
)


# ... unless it goes on to ask: "I'll ask Sam, or should I wait?", "I'll book it, is that ok?"
_ASKED_INSIDE_RE = re.compile(
    r"\b(?:or|should|shall|could|would|can|do|does|will|is|are)\s+(?:i|you|u|we|that|it|this)\b|"
    r"\b(?:right|ok(?:ay)?|yeah|no)\W*$",
    re.IGNORECASE,
)


_FIRST_PERSON_RE = re.compile(
    r"\b(?:i|ill|im|i'm|i’m|we|my\s+(?:first\s+|next\s+)?step|"
    r"plan(?:\s+(?:this|next|for\s+(?:the|this|next))\s+\w+)?\s+is\s+to)\b",
    re.IGNORECASE,
)


_TIME_LEAD_RE = re.compile(
    r"^(?:by|on|before|until|till|in|within|this|next|from|starting|end|the\s+end|no\s+later|"
    r"today|tonight|tomorrow|tmrw|eod|due|first\s+thing|after|at|over)\b",
    re.I,
)


_AFTER_TIME_OK = frozenset(
    {"and", "or", "but", "i", "we", "at", "to", "after", "before", "then", "so", "morning",
     "afternoon", "evening", "lunchtime", "latest", "as", "if", "when", "for", "with", "it",
     "that", "this", "ill", "im", "is", "was", "too", "first", "please", "though", "anyway"}
)  # fmt: skip


def _times(part: str, today: date) -> list:  # type: ignore[type-arg]
    """The time phrases that date a step: in "the weekend night rota" or "weekend jobs" the
    weekend names a kind of thing, not a time; so does a day after an article or a possessive
    ("book the Wednesday group", "do the Tuesday pickups", "my Friday class")."""
    out = []
    for t in find_time(part, today):
        follower = re.match(r"\s*([a-z][\w'’]*)", part[t.end :])
        bare = re.fullmatch(r"(?:the\s+)?week-?ends?", t.text, re.I)
        if bare and follower and follower.group(1).lower() not in _AFTER_TIME_OK:
            continue
        if (
            _LED_DAY_RE.fullmatch(t.text)
            and follower
            and follower.group(1).lower() not in _AFTER_DAY_OK
        ):
            continue  # "sign up for the Saturday class on Friday": the class, not the day
        if (
            _BARE_DAY_RE.fullmatch(t.text)
            and _DETERMINER_RE.search(part[: t.start])
            and not _FROM_NOW_RE.search(part)  # "the Thursday pickups from now on": the first
        ):
            continue
        out.append(t)
    return out


# A day or a date said bare, with no word leading it: "Wednesday", "dec 12", "12 December".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_BARE_DAY_RE = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH,
    re.IGNORECASE,
)
# An article or a possessive just before it: the day names a thing ("the Wednesday group").
_DETERMINER_RE = re.compile(r"\b(?:the|a|an|my|our|his|their|your)\s+$", re.I)
# A day after an article, led by a preposition: "for the Saturday class" names the class.
_LED_DAY_RE = re.compile(
    r"(?:(?:for|on|at|to|from)\s+)?(?:the|a|an|my|our|his|her|their|your)\s+"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day",
    re.IGNORECASE,
)
_FROM_NOW_RE = re.compile(r"\b(?:from\s+now\s+on|from\s+today|starting\s+(?:now|today))\b", re.I)
# Words a day is said before as a time: "Friday at 3", "Monday night", "Sunday I'll ...".
_AFTER_DAY_OK = _AFTER_TIME_OK | {"night", "nights", "week", "lol", "latest", "by", "on", "in"}
# Days said one after another ("Monday, Wednesday and Friday"): a weekly schedule.
_DAY_LIST_GAP_RE = re.compile(r"\s*(?:,|and|&|,\s*and)\s*", re.IGNORECASE)
# A time that says when it is due at the latest: "by Friday", "before the 20th".
_DEADLINE_RE = re.compile(r"(?:by|before|until|till|no\s+later\s+than)\b", re.IGNORECASE)
# A date a thing is for: "book the test for 27 June by Friday".
_FOR_DATE_RE = re.compile(r"for\b", re.IGNORECASE)


def _naming(part: str, t) -> bool:  # type: ignore[no-untyped-def]
    """A bare day or date before a word that is no time word, subject or joiner names a thing:
    "book the dec 12 market pitch tomorrow"."""
    follower = re.match(r"\s+([a-z][\w'’]*)", part[t.end :])
    return bool(
        _BARE_DAY_RE.fullmatch(t.text)
        and follower
        and follower.group(1).lower() not in _AFTER_DAY_OK
    )


def _schedule(part: str, once: list) -> list:  # type: ignore[type-arg]
    """Bare days said in a row are the days of a routine, not one due date: "do the exercises
    Monday, Wednesday and Friday, starting today" is dated by "starting today"."""
    listed: set[int] = set()
    for a, b in pairwise(once):
        if (
            _BARE_DAY_RE.fullmatch(a.text)
            and _BARE_DAY_RE.fullmatch(b.text)
            and _DAY_LIST_GAP_RE.fullmatch(part[a.end : b.start])
        ):
            listed.update((id(a), id(b)))
    return [t for t in once if id(t) not in listed]


def step_due(part: str, today: date) -> date | None:
    """The day a step is due by, read as the step's own time (not a day naming a thing)."""
    return _when(part, today)[1]


def _when(part: str, today: date) -> tuple[str | None, date | None]:
    times = _times(part, today)
    once = _schedule(part, [t for t in times if not t.recurring])
    habit = [t for t in times if t.recurring]
    if len(once) >= 2:
        # "book the dec 12 market pitch tomorrow": the date names the pitch, "tomorrow" is when
        # (not "the club's Saturday run this week": the day inside the week said)
        dated = [t for t in once if not _naming(part, t)]
        if any(t.due for t in dated) and not any(_PERIOD_RE.fullmatch(t.text) for t in dated):
            once = dated
        if any(t.due is not None and not _FOR_DATE_RE.match(t.text) for t in once):
            # "book the test for 27 June by Friday", "booking the exam for 28 May today": the
            # test is for 27 June, booked by Friday; the exam is booked today
            once = [t for t in once if not _FOR_DATE_RE.match(t.text)]
    meeting = _meeting_phrase(part)
    exact = None
    if len(once) >= 2 and _SAID_AGAIN_RE.fullmatch(part[once[0].end : once[1].start]):
        exact = _within(once[1].due, once[0].due)
        once = once[1:]  # "at the weekend, on Saturday", "this weekend, like saturday": the day
    elif (
        len(once) >= 2
        and _PERIOD_RE.fullmatch(once[0].text)
        and once[0].due is not None
        and once[1].due is not None
        and once[1].due <= once[0].due
    ):
        once = once[1:]  # "my plan this week is to finish the slides by Thursday": the day in it
    when = once[0].text if once else meeting or (habit[0].text if habit else None)
    due = exact or next((t.due for t in once if t.due is not None), None)
    if due is None and not once and not meeting and habit:
        due = habit[0].due
    return when, due


_PERIOD_RE = re.compile(r"(?:this|next)\s+(?:week|weekend|month)", re.IGNORECASE)


# A time said again more exactly, after a comma: ", on Saturday", ", like saturday", ", by Friday".
_SAID_AGAIN_RE = re.compile(
    r"\s*,\s*(?:(?:like|say|so|i\.?e\.?|probably|maybe|so\s+by|or\s+rather)\s+)?", re.I
)


def _within(day: date | None, period_end: date | None) -> date | None:
    """The day said again inside the period said first: "next week, on the Friday" is the
    Friday of next week, not the one before it."""
    if day is None or period_end is None or day > period_end:
        return day
    while day + timedelta(days=7) <= period_end:
        day += timedelta(days=7)
    return day


def _earlier_time(text: str, start: int, today: date) -> tuple[str, date] | None:
    """ "The application closes on the 30th; I'll submit it by then": the date named before."""
    dated = [t for t in _times(text[:start], today) if t.due is not None and not t.recurring]
    return (dated[-1].text, dated[-1].due) if dated else None


def _tentative(text: str, end: int) -> bool:
    rest = text[end:]
    return bool(
        rest.strip()
        and re.fullmatch(
            r"[\s.,!]*(?:(?:probably|maybe|perhaps|possibly|hopefully|we(?:'ll|’ll)\s+see|"
            r"i\s+think|or\s+not)[\s.,!?]*)+",
            rest,
            re.I,
        )
    )


def _step_parts(clause: str, today: date) -> list[tuple[str, str | None, date | None]]:
    """A list of steps in one clause, each with its own time: "I'll block my calendar tomorrow,
    raise the stand-up at Monday's meeting, and talk to Raj at some point" is three steps;
    "email Sam by Friday and draft the plan by Dec 3" two; "draft it and send it by Thursday"
    one; "call HR, book a room and email the team by Friday" three, all by Friday."""
    cuts = list(_LIST_JOIN_RE.finditer(clause))
    fragments: list[tuple[str, str]] = []  # (joiner before, text)
    last, joiner = 0, ""
    for m in cuts:
        fragments.append((joiner, clause[last : m.start()]))
        last, joiner = m.end(), m.group(0)
    fragments.append((joiner, clause[last:]))
    parts: list[tuple[str, str]] = [fragments[0]]
    for joiner, piece in fragments[1:]:
        named_only = re.match(r"^\W*[A-Z][a-z]+\s+(?:on|by|at|in|next|this)\b", piece)
        verb = bool(
            STEP_VERB_RE.match(piece)
            or roles(piece).agent == "imperative"
            or COMMIT_RE.match(piece)
            or _someone_elses_step(piece)
            or re.match(r"^\W*step\s+\w+\s+(?:is|will\s+be)\b", piece, re.I)
            or (_AFTER_THAT_RE.search(piece) and resolve_date(parts[-1][1], today))
        )
        dated_pair = (
            # "email Jo Monday, CV by the 20th": a step named by its noun and its own time
            (
                verb
                or (len(content_words(piece)) >= 3 and not named_only)
                or (
                    _named_back(piece, today)
                    and not named_only  # "and Sam on Friday": the same verb's object
                    and not _DONE_FIRST_RE.match(piece)  # ", done by Sunday": the same step
                )
            )
            and not _time_alone(piece, today)  # ", starting Monday the 16th": when, no step
            and resolve_date(parts[-1][1], today)
            and resolve_date(piece, today)
        )
        gapped = (
            (_GAP_RE.match(piece) or named_only)  # "and Sam on Friday": the same verb
            and not _someone_elses_step(piece)  # "..., and my sister will book the visit"
            and _SUBJECT_VERB_RE.match(parts[0][1])
            and resolve_date(parts[-1][1], today)
            and resolve_date(piece, today)
        )
        dated_pair = dated_pair or gapped
        lead_only = _LEAD_ONLY_RE.fullmatch(parts[-1][1])
        said_again = _time_alone(piece, today) is not None  # ", say next week": when, again
        if (
            ((verb and not _NOT_STEP_RE.match(piece)) or dated_pair)
            and not lead_only
            and not said_again
        ):
            if gapped:  # "I'll write the sampling section tomorrow and the measures section"
                piece = f"{_SUBJECT_VERB_RE.match(parts[0][1]).group(1)} {piece}"  # type: ignore[union-attr]
            parts.append((joiner, piece))
        else:
            parts[-1] = (parts[-1][0], f"{parts[-1][1]}{joiner}{piece}")
    if len(parts) == 1:
        return [(clause, *_when(clause, today))]
    timed = [(joiner, piece, *_when(piece, today)) for joiner, piece in parts]
    out: list[tuple[str, str | None, date | None]] = []
    said_first: tuple[str | None, date | None] | None = None
    for index, (joiner, piece, when, due) in enumerate(timed):
        if index + 1 < len(timed) and _time_alone(piece, today) is not None:
            said_first = (when, due)  # "First thing tomorrow, update the CV": the step's time
            continue
        if said_first is not None and when is None:
            when, due = said_first  # "On Friday, email Sam and book the room": both
        # "draft it and send it by Thursday", "ring Omar on Monday and ask him for the figures":
        # one step when the second goes on with the first's object and only one has a time.
        # So does a verb with no object of its own: "write an essay every two days and send to
        # my cousin", "go to the academy on Tuesday and ask".
        same = "," not in joiner and out and (_PRONOUN_RE.search(piece) or _no_object(piece))
        if same and (out[-1][1] is None) != (when is None):
            out[-1] = (f"{out[-1][0]}{joiner}{piece}", out[-1][1] or when, out[-1][2] or due)
        else:
            out.append((piece, when, due))
    for i in range(len(out) - 2, -1, -1):  # "call HR, book a room and email the team by Friday"
        if out[i][1] is None and out[i + 1][1] is not None:
            out[i] = (out[i][0], out[i + 1][1], out[i + 1][2])
    return out


_THERE_IS_RE = re.compile(r"^\W*(?:and\s+)?there(?:'s|’s|\s+is|\s+are)\s+[^,]+", re.I)
_BARE_VERB_RE = re.compile(
    r"^\W*(?:(?:and|then)\s+)?(?P<verb>[a-z]+)(?P<rest>\s+to\b.*|\W*)$",
    re.IGNORECASE,
)


def _no_object(piece: str) -> bool:
    """A step verb said alone, or straight before whom it goes to: "and ask", "send to my
    cousin"."""
    m = _BARE_VERB_RE.match(piece)
    return bool(m and STEP_VERB_RE.fullmatch(m.group("verb")))


_DONE_FIRST_RE = re.compile(r"^\W*(?:all\s+)?(?:done|finished|sorted|ready|complete)\b", re.I)


# Meeting the person a step is about, said as a step of its own: "I'll catch her on Friday".
_MEETS_RE = re.compile(
    r"^\W*(?:(?:and|then|so)\s+)?(?:i(?:'ll|’ll|\s+will)|ill)\s+(?:catch|see|grab|collar|corner|"
    r"nab|find|bump\s+into)\s+(?:her|him|them)\b",
    re.IGNORECASE,
)


def _meets_to_do(part: str, before: Commitment, owner: str) -> bool:
    """ "I'll ask Hannah if I can shadow her, I'll catch her on Friday": meeting her is when
    the undated step about her, said just before, is done; it is no step of its own."""
    person = re.search(r"\b[A-Z][a-z]+\b", before.text[1:])
    return bool(
        _MEETS_RE.match(part)
        and before.when is None
        and before.owner == owner
        and person is not None
        and not before.tentative
    )


_PRONOUN_RE = re.compile(r"\b(?:it|them|him|her|this|that|these|those)\b", re.IGNORECASE)


# A named person doing a step now under way: "Sam is setting up the IT accounts by the 28th".
_THIRD_DOING_RE = re.compile(
    r"^\W*(?:(?:and|also|then|so|plus)\s+)?(?P<name>[A-Z][a-z]+)\s+(?:is|'s|’s)\s+"
    r"(?:(?:already|also|just)\s+)?[a-z]+ing\b"
)


def _someone_elses_step(piece: str) -> bool:
    """Does the piece start another person's step ("I'll run it with the team on Friday, and Jo
    will book the March slot for me"): a step of its own, not more of the speaker's?"""
    third = THIRD_COMMIT_RE.match(piece) or _THIRD_DOING_RE.match(piece)
    if third is not None:
        return third.group("name").split()[0] not in _NOT_NAMES
    return bool(_OTHERS_STEP_RE.match(piece) or _THEIR_STEP_RE.match(piece))


def _part_owner(part: str, owner: str) -> str | None:
    """Whose a later step of several in a clause is: "I'll chase HR tomorrow, and Sam is setting
    up the IT accounts by the 28th" is the mentee's step, then Sam's; None for a step of someone
    the mentee does not name ("and my manager will sign it off")."""
    third = THIRD_COMMIT_RE.match(part) or _THIRD_DOING_RE.match(part)
    if third and third.group("name") not in _NOT_NAMES:
        return third.group("name")
    if _SUBJECT_VERB_RE.match(part):
        return "mentee"
    if _OTHERS_STEP_RE.match(part) or _THEIR_STEP_RE.match(part):
        return None  # "..., and Jenny's dad said he'd help out": theirs, read by _actor
    return owner


_LEAD_ONLY_RE = re.compile(
    r"\W*(?:(?:first(?:ly)?|then|so|ok(?:ay)?|right|next|also|and|well|fine|sure|yes|yeah|"
    r"second(?:ly)?|finally|after\s+that|step\s+(?:one|two|three|four|five|\d))\W*)*",
    re.IGNORECASE,
)


# Verbs that start a step, but not when they start a remark: "get it", "do that".
_NOT_STEP_RE = re.compile(r"^\W*(?:do|get|go|make|try|look)\s+(?:it|that|this|so|on|well)\b", re.I)


_OTHERS_STEP_RE = re.compile(
    r"^\W*(?i:(?:and|also|then|so|but|plus)\s+)?(?:(?i:(?:my|our|his|her|their|the)\s+"
    r"(?!(?:\w+\s+){0,2}(?:step|plan|goal|aim|idea|priority|focus|job|task|thing|option)s?\b)"
    r"(?:[a-z]+\s+){0,2}[a-z]+|he|she|they|hr|(?:mrs?|ms|dr|prof)\.?\s+[a-z]+)|"
    r"(?!(?:I|We|You)\b)[A-Z][a-z]+)(?:\s+"
    r"(?i:(?:said|says|reckons|thinks)\s+(?:she|he|they)|(?:has|have)\s+offered|offered|"
    r"(?:is|are)\s+sending|will|'ll|’ll|(?:is|are)\s+(?:going\s+to|gonna)|can)\b|"
    r"(?:'s|’s)\s+(?i:going\s+to|gonna)\b)"  # "my partner's going to ask his work"
)


_NOT_NAMES = frozenset(
    {
        "I", "We", "You", "He", "She", "They", "It", "This", "That", "Then", "Next", "First",
        "Also",
        "Maybe", "Perhaps", "And", "So", "Both", "My", "Our", "Ok", "Okay", "Well", "Probably",
        "Hopefully", "Tomorrow", "Today", "Honestly", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "The", "If"
    }
)  # fmt: skip


_MEETING_RE = re.compile(
    r"\b(?:by|before|at|for|until|in)\s+(?:our|the|my)\s+next\s+(?:meeting|session|catch[-\s]?up|"
    r"call|chat|one[-\s]to[-\s]one|1:1|check[-\s]?in)\b",
    re.IGNORECASE,
)


def _meeting_phrase(clause: str) -> str | None:
    m = _MEETING_RE.search(clause)
    return m.group(0) if m else None


# The verbs that start a step: "email", "ask", "book"...
STEP_VERBS = (
    r"(?:email|call|ask|send|book|write|talk|speak|finish|start|"
    r"draft|update|sign|apply|set|block|read|reach|message|text|register|enrol|enroll|submit|"
    r"schedule|arrange|contact|research|look|join|practi[sc]e|prepare|review|request|tell|meet|"
    r"find|make|put|go|visit|attend|buy|order|create|build|list|pick|choose|get|try|do|spend|"
    r"rehearse|ring|phone|drop|pop|post|upload|download|print|save|pay|sort|switch|turn|fill|"
    r"complete|plan|share|invite|check|chase|follow|redo|rewrite|record|publish|pitch|run|"
    r"train|study|revise|watch|learn|fix|clear|cancel|move|ship|deliver|present|give)"
)


STEP_VERB_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|then|and|first(?:ly)?|next|also|after\s+that|second(?:ly)?|"
    r"finally|step\s+\w+|\d[.)])[,:\s]+)*" + STEP_VERBS + r"\b",
    re.IGNORECASE,
)


_DEFERRED_RE = re.compile(
    r"\b(?:have\s+a\s+think|think\s+(?:it\s+over|about\s+(?:it|that|this))|mull\s+(?:it\s+)?over|"
    r"sleep\s+on\s+it|see\s+how\s+(?:it\s+goes|i\s+feel)|if\s+i\s+(?:get|have|find)\s+(?:the\s+)?time|"
    r"(?:maybe|perhaps|possibly)\s+(?:later|next\s+\w+|one\s+day|at\s+some\s+point|in\s+the\s+\w+)|"
    r"do\s+(?:it\s+all|everything|all\s+of\s+it)|"
    # a decision put off: "the course I'll decide on later", "think about the bootcamp later",
    # "the agency I'll think about" (its object said first)
    r"(?:decide|think)(?:\s+(?:on|about))?(?:\s+(?!(?:by|before|at)\b)[\w'’-]+){0,5}?\s+"
    r"(?:later|another\s+time|down\s+the\s+line|nearer\s+the\s+time|"
    # put off until something happens: "The province we'll decide after IELTS"
    r"(?:after|once|when)\s+[\w'’-]+)|"
    r"i(?:'ll|’ll|\s+will|ll)\s+(?:decide|think)(?:\s+(?:on|about))?(?=\s*[.!]?\s*$)|"
    r"i(?:'ll|’ll|\s+will|ll)\s+(?:maybe|perhaps|possibly))\b|^\W*(?:maybe|perhaps|possibly)\b",
    re.IGNORECASE,
)
# An option set aside, said with no step of the speaker's: "the course can wait", "neighbour
# idea's out", "..., so not that" (not "I'll apply once the ad is out").
_SET_ASIDE_RE = re.compile(
    r"\b(?:can|could|will|'ll|’ll)\s+(?:just\s+)?wait\W*$|(?:'s|’s|\s+is|\s+are)\s+out\W*$|"
    r"\bnot\s+(?:that|this|it|them)(?:\s+(?:one|yet|now|for\s+now))?\W*$",
    re.IGNORECASE,
)


# What was just named, let go or handed to someone else, with or without "I'll": "..., so drop
# that", "scrap it", "My manager will review the rota, so I'll leave that to him".
_LET_GO_RE = re.compile(
    r"\b(?:(?:drop|ditch|scrap|skip|bin|shelve|forget(?:\s+about)?)\s+(?:that|this|it|them)"
    r"(?:\s+(?:one|idea|for\s+now))?|leave\s+(?:that|this|it|them)\s+(?:up\s+)?to\s+"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\W*$",
    re.IGNORECASE,
)


# A step named by a noun alone, once its time is taken out: "the list", "threshold", "CV update".
_NAMED_STEP_RE = re.compile(
    r"\W*(?:(?:the|my|that|this|our)\s+)?(?!(?:i|we|you|he|she|they|it)\b)[a-z0-9][\w'’-]*"
    r"(?:\s+(?!(?:will|would|could|might|can|is|are|was|were|has|have|had|should|must)\b)"
    r"[a-z][\w'’-]*){0,2}\W*",
    re.IGNORECASE,
)


def _named_back(clause: str, today: date) -> bool:
    """ "The list next week.", "Threshold by Tuesday.": a noun and a time, nothing else."""
    times = [t for t in _times(clause, today) if t.due is not None and not t.recurring]
    if not times or FEELING_RE.search(clause):
        return False
    untimed = clause
    for expression in reversed(find_time(clause, today)):
        untimed = untimed[: expression.start] + untimed[expression.end :]
    return bool(_NAMED_STEP_RE.fullmatch(untimed))


_DO_IT_RE = re.compile(
    r"^\W*(?:i(?:'ll|’ll|\s+will)|ill)\s+(?:just\s+)?(?:do|try)\s+(?:it|that|this|them|whatever|"
    # "I'll do both actually": the options chosen, named in the steps that follow
    r"both(?:\s+of\s+them)?|all\s+(?:of\s+them|three)|the\s+lot)"
    r"(?:\s+(?:actually|then|honestly|really))?\W*$",
    re.IGNORECASE,
)


# What a step is done to find out, said after it: "to see what they'd charge", "to ask
# whether they would", "so they know".
_PURPOSE_TAIL_RE = re.compile(
    r"\s+(?:in\s+order\s+)?to\s+(?:[a-z]+\s+){1,2}?(?:what|whether|if|how|when|who|which)\b[^,;]*"
    r"|,?\s+so\s+(?:that\s+)?(?:i|we|they|he|she|it|you)\b[^,;]*",
    re.IGNORECASE,
)


# A possibility said with the step: "may follow later", "maybe"; not the month ("for 28 May").
_POSSIBLY_RE = re.compile(
    r"\b(?i:might|could|maybe|perhaps|possibly)\b|(?<!\d\s)\bmay\b(?!\s+\d)", re.IGNORECASE
)


def _is_commitment(clause: str, stage: str) -> bool:
    """Whether the speaker commits to the step in ``clause`` (not a deferral or a maybe)."""
    if _DEFERRED_RE.search(clause):
        return False  # "the visualiser I'll have a think about", "running club maybe later"
    if _SET_ASIDE_RE.search(clause) and not COMMIT_RE.search(clause):
        return False  # "the leadership course can wait"
    if _LET_GO_RE.search(clause):
        return False  # "so drop that", "I'll leave that to him": what was named is let go
    if NOT_COMMIT_RE.search(clause) and not re.search(
        r"\b(?:i(?:'ll|’ll|\s+will)\s+(?:email|call|ask|send|book|write|talk|speak))\b",
        clause,
        re.I,
    ):
        return False
    r = roles(clause)
    if r.question:
        return False
    if COMMIT_RE.search(clause):
        if r.agent in ("speaker", "we", "none") and r.modality in ("future", "present", "wish"):
            return True
        if re.search(r"\b(?:step|decided|commit|promised?|plan|planning|intend)\b", clause, re.I):
            return True
        return r.modality == "future"
    # "call the agents to see what volume they'd want": the "would" of the question the step
    # asks is no doubt about the step
    if (
        stage == "will"
        and STEP_VERB_RE.match(clause)
        and roles(_PURPOSE_TAIL_RE.sub("", clause)).modality not in ("possibility",)
    ):
        return True
    # "Talking to my manager first, on Thursday": a step named by its -ing form, with a time.
    lead = re.match(r"^\W*(?:(?:ok(?:ay)?|so|first(?:ly)?|then)[,\s]+)*([a-z]+ing)\b", clause, re.I)
    if (
        stage == "will"
        and lead
        and lead.group(1).lower() not in _NOT_GERUNDS
        and _times(clause, date.today())
        # "Shadowing Mr Patel may follow later in the year": a possibility, not a step
        and not _POSSIBLY_RE.search(clause)
    ):
        return True
    if stage != "will":
        return False
    if re.search(
        r"\bi(?:'d|’d|\s+would)\s+like\s+to\s+(?:start|begin)|\bi\s+want\s+to\s+(?:start|begin)"
        r"|\bstart(?:ing)?\s+(?:with|by)\b|^\W*will\s+[a-z]+",
        clause,
        re.I,
    ):
        return True
    # In Will, a step with a day is a commitment however it is worded: "I'd like to email Dana
    # by Friday", "I should call HR on Monday", "CV update by the end of the month". Not an
    # option ("I could..., maybe"), a feeling, a question or a negation.
    if _STATE_RE.search(clause):
        return False  # "I'm free Saturday anyway": when they can, not what they will do
    timed = any(
        t.due is not None or t.recurring for t in _times(clause, date.today())
    ) or _meeting_phrase(clause)
    untimed = clause
    for expression in reversed(find_time(clause, date.today())):
        untimed = untimed[: expression.start] + untimed[expression.end :]
    someone_else = re.match(
        r"^\W*(?:my|our|his|her|their|the|he|she|they|it)\b", clause, re.I
    ) or _THEIRS_ON_A_DAY_RE.match(clause)  # "Mum's birthday on Saturday": their day, no step
    plain_can = re.search(r"\bi\s+can\b|\bi(?:'d|’d|\s+would)\s+(?:like|love)\s+to\b", clause, re.I)
    return bool(
        timed
        and (
            r.agent in ("speaker", "we", "none", "imperative")
            or (r.agent == "third" and not someone_else)
        )
        and (r.modality not in ("possibility", "past") or plain_can)
        and not r.negated
        and not _PAST_RE.search(clause)
        and not FEELING_RE.search(clause)
        and not find_feeling([Piece(clause)])
        and not re.search(r"\b(?:could|might|maybe|perhaps|possibly)\b", clause, re.I)
        and not (someone_else and r.agent != "speaker")
        and len(content_words(untimed)) >= 1
        and not _JUDGED_RE.match(clause)
        # "Stats clinic is Thursdays": when something happens, not a step
        and not (
            re.search(r"\b(?:is|are|was|were)(?:\s+on)?\W*$", untimed, re.I)
            and is_habit(clause, date.today())
        )
    )


# A thing judged, with a time: "Toastmasters is too much before May", "the course is not
# for this term": a verdict on it, not a step.
_JUDGED_RE = re.compile(
    r"^\W*(?:(?:and|but|so|also)\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+(?:\s+(?:is|are|was|were)|'s|’s)\s+"
    r"(?:(?:just|really|a\s+bit|a\s+little|way|far|much|probably|definitely)\s+)?"
    r"(?:too|not|so|very|quite|pretty|far)\b",
    re.IGNORECASE,
)


# A thing of someone else's, named first: "Mum's birthday", "Sam's leaving do" (not "Let's...",
# "Mum's going to...", a weekday's: "Monday's meeting").
_THEIRS_ON_A_DAY_RE = re.compile(
    r"^\W*(?!(?:it|that|there|what|he|she|let|who|where|here)(?:'s|’s))"
    r"(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s|’s))[A-Za-z]+(?:'s|’s)\s+"
    r"(?!(?:going|gonna|off|on|at|in|doing|getting|taking|coming)\b)[a-z]",
    re.IGNORECASE,
)


_STATE_RE = re.compile(
    r"\bi(?:'m|’m|\s+am|m)\s+(?:(?:only|usually|also|probably)\s+)?(?:free|busy|off|around|available|"
    r"away|on\s+holiday|working|in\s+work)\b",
    re.IGNORECASE,
)


_PAST_RE = re.compile(
    # "I need to call the GP tomorrow" is no past: "need" only ends like "asked"
    r"\b(?:i|we)\s+(?:already\s+|just\s+)?(?:(?!(?:need|feed|proceed|succeed|exceed|speed)\b)"
    r"[a-z]+ed|went|did|had|was|were|sent|spoke|met|got|took|"
    r"made|told|wrote|saw|gave|began|ran|knew|thought|felt)\b",
    re.IGNORECASE,
)


_NOT_GERUNDS = frozenset(
    {"nothing", "something", "anything", "everything", "thing", "morning", "evening", "during",
     "being", "feeling", "thinking", "wondering", "hoping", "going", "spring"}
)  # fmt: skip
