"""What the mentee did in one answer: stated a goal, described the situation, named an obstacle,
expressed a feeling, was unsure, asked the mentor to decide, listed options, committed to steps,
or went off topic.

Reading is built on :mod:`assistant.understanding`: the answer is cut into sentences and clauses
(:func:`~assistant.understanding.sentences`, :func:`~assistant.understanding.clauses`), each clause
is read for who acts and how firmly (:func:`~assistant.understanding.roles`: "I'll..." is the
speaker committing, "I could..." a possibility, "I want to..." a wish), and time phrases come from
:mod:`assistant.understanding.timeframes`. Rules decide where they are precise; the reviewed
exemplar bank ``answer_acts`` (nearest reviewed answers, on the shipped sentence encoder) decides
what rules leave open: whether a short answer is only unsure, whether a remark is off topic.
Every act carries the words that showed it, so the coach can say what it heard. The steps in an
answer are read by :mod:`assistant.grow.steps`, its options by :mod:`assistant.grow.options`, both
with the phrasings of :mod:`assistant.grow.cues`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from assistant.grow.cues import (
    ASK_RE,
    COMMIT_RE,
    FEELING_RE,
    HEDGE_ONLY_RE,
    INTERRUPT_RE,
    MEASURE_RE,
    NOT_THEIRS_RE,
    OBSTACLE_RE,
    OFF_TOPIC_RE,
    OPTION_CUE_RE,
    SHOULD_I_RE,
    SITUATION_RE,
    TIME_FRAME_RE,
    UNSURE_RE,
    VAGUE_GOAL_RE,
    WISH_RE,
    WISHED_STATE_RE,
    Piece,
    content_words,
    find_feeling,
    flatten,
    short,
)
from assistant.grow.options import (
    ANOTHER_RE,
    asked_as_options,
    extract_options,
)
from assistant.grow.steps import (
    STEP_VERB_RE,
    Commitment,
    find_lead_time,
    read_commitments,
    unfront,
)
from assistant.understanding import clauses, read, roles, sentences
from assistant.understanding.clauses import Clause
from assistant.understanding.syntax import in_the_past, names_an_action
from assistant.understanding.timeframes import TimeExpression, find_time

__all__ = ["ACTS", "Commitment", "GoalReading", "Heard", "hear"]


ACTS = (
    "off_topic",
    "ask_to_decide",
    "unsure",
    "feeling",
    "goal",
    "situation",
    "obstacle",
    "options",
    "commitment",
)


BANK = "answer_acts"


# The exemplar bank decides only when its best label leads the runner-up by this much.
BANK_MARGIN = 0.04


# ...and calls a remark off topic only when it is this close to a reviewed off-topic remark:
# a weak nearest neighbour does not overrule a description the rules read.
BANK_OFF_TOPIC_FLOOR = 0.4
# A feeling the bank reads this far ahead of the runner-up outweighs loose readings of the rules.
BANK_CLEAR_MARGIN = 0.1


@dataclass(frozen=True)
class GoalReading:
    """A goal as stated: its words, and whether it is specific, has a time frame, is theirs."""

    text: str
    specific: bool
    timeframe: str | None
    theirs: bool


@dataclass(frozen=True)
class Heard:
    """What one answer did, with the words that showed each act."""

    acts: tuple[str, ...]
    evidence: dict[str, str] = field(default_factory=dict)
    goal: GoalReading | None = None
    options: tuple[str, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    times: tuple[str, ...] = ()
    feeling: str | None = None
    content_words: int = 0
    # A time said alone before any step ("Starting wednesday. And I'll ask coach..."): it dates
    # the steps of earlier answers.
    lead_time: tuple[str, date | None] | None = None

    def has(self, act: str) -> bool:
        return act in self.acts

    @property
    def substantive(self) -> bool:
        """Says something the stage can use (not only unsure, a feeling, a request or a remark)."""
        return any(
            a in self.acts for a in ("goal", "situation", "obstacle", "options", "commitment")
        )

    def describe(self, quotes: bool = True, goal_details: bool = True) -> str:
        """One line for the mentor: what was heard, quoting the words that showed it; without
        ``goal_details`` the goal's reading is left to the session (the coach's reason)."""
        names = {
            "off_topic": "an off-topic remark",
            "ask_to_decide": "a request for you to decide",
            "unsure": "an unsure or vague answer",
            "feeling": "a feeling",
            "goal": "a goal",
            "situation": "the current situation",
            "obstacle": "an obstacle",
            "options": "options",
            "commitment": "a commitment",
        }
        parts = []
        for act in self.acts:
            words = self.evidence.get(act)
            label = names[act]
            if act == "options" and self.options:
                label = f"{len(self.options)} option{'s' if len(self.options) != 1 else ''}"
            if act == "commitment" and self.commitments:
                n = len(self.commitments)
                label = f"{n} commitment{'s' if n != 1 else ''}"
            parts.append(f"{label} (“{short(words)}”)" if words and quotes else label)
        if self.goal is not None and goal_details:
            details = [
                "specific" if self.goal.specific else "not yet specific",
                f"time frame “{self.goal.timeframe}”" if self.goal.timeframe else "no time frame",
            ]
            if not self.goal.theirs:
                details.append("set by someone else")
            parts.append("goal: " + ", ".join(details))
        return "; ".join(parts) if parts else "nothing specific"

    def to_dict(self) -> dict[str, object]:
        return {
            "acts": list(self.acts),
            "evidence": dict(self.evidence),
            "goal": None
            if self.goal is None
            else {
                "text": self.goal.text,
                "specific": self.goal.specific,
                "timeframe": self.goal.timeframe,
                "theirs": self.goal.theirs,
            },
            "options": list(self.options),
            "commitments": [
                {
                    "text": c.text,
                    "owner": c.owner,
                    "when": c.when,
                    "due": c.due.isoformat() if c.due else None,
                }
                for c in self.commitments
            ],
            "feeling": self.feeling,
            "summary": self.describe(),
        }


def hear(text: str, stage: str, today: date, *, use_bank: bool = True) -> Heard:
    """Read one answer given in ``stage`` (goal, reality, options or will)."""
    text = flatten(text)
    if stage == "will":
        text = unfront(text)  # "The list I'll send on Friday" -> "I'll send the list on Friday"
    acts: dict[str, str] = {}
    low = text.lower()
    pieces = [c for s in sentences(text) for c in clauses(s)] if text else []
    # A habit with no day ("every night") gives a step its time, not a goal its time frame.
    times = [t for t in find_time(text, today) if t.due is not None or not t.recurring]
    found = list(times)
    if stage == "goal":
        # "I haven't had a day off since August": a past time is no time frame for a goal.
        times = [t for t in times if not re.match(r"since\b", t.text, re.IGNORECASE)]
        if not WISH_RE.search(text):
            # "My mum moved here in October and she's lonely": when something happened
            times = [
                t
                for t in times
                if not in_the_past(text, t.start, t.end)
                and not _told_as_past(text, pieces, t.start, t.end)
            ]
        elif len(times) > 1 or not _wished_in(pieces, times):
            # "I was made redundant in November. I want to be working again by the end of
            # April": beside the wish, a clause that tells what happened dates no goal
            times = [t for t in times if not _told_as_past(text, pieces, t.start, t.end)]
    # a time set aside above is not read again as a time frame
    dropped = [(t.start, t.end) for t in found if t not in times]
    frames = (
        [
            m.group(0)
            for m in TIME_FRAME_RE.finditer(text)
            if not any(a < m.end() and m.start() < b for a, b in dropped)
        ]
        if not times
        else []
    )
    if _YEARLY_RE.search(text):
        # "Every year I burn through my savings November to February": a period that comes
        # round each year is a habit, not the goal's time frame.
        frames = [f for f in frames if not re.search(r"\s(?:to|until|till|-|–)\s", f)]
    n_content = len(content_words(text))

    ask = ASK_RE.search(text)
    # "Should I cut the takeaways? Move back in with my parents?": options weighed aloud
    weighed = stage == "options" and asked_as_options(text)
    if ask:
        acts["ask_to_decide"] = next(
            (x.text for x in sentences(text) if x.start <= ask.start() < x.end), ask.group(0)
        )
    elif not weighed:
        for sentence in sentences(text):
            if SHOULD_I_RE.match(sentence.text) and sentence.text.rstrip().endswith("?"):
                acts["ask_to_decide"] = sentence.text
                break

    feeling = None if stage == "goal" and WISHED_STATE_RE.match(text) else find_feeling(pieces)
    if feeling:
        acts["feeling"] = feeling

    commitments = read_commitments(pieces, stage, today, text)
    lead_time = find_lead_time(pieces, commitments, today, text) if stage == "will" else None
    if commitments:
        acts["commitment"] = commitments[0].text

    options: list[str] = []
    if stage == "options" or OPTION_CUE_RE.search(text):
        options = [o for o in extract_options(text) if not ASK_RE.search(o)]
        request = acts.get("ask_to_decide")
        if request and len(sentences(text)) > 1:
            # "Just tell me which one is right, renegotiate or get a loan": the choices the request
            # names are put back to the mentor, not offered; an option said apart from it is.
            asked = content_words(request)
            options = [o for o in options if not set(content_words(o)) <= set(asked)]
        if request:
            # "I trust your judgement more than mine", "Then I can blame you": said to the mentor
            # beside the request, about them, not a choice of the mentee's
            options = [o for o in options if not _TO_YOU_RE.search(o)]
        strong = OPTION_CUE_RE.search(text)
        if commitments and stage == "will":
            options = []
        if options and (strong or stage == "options"):
            if (
                stage != "options"
                and len(options) < 2
                and not re.search(r"\b(?:could|might|option|either)\b", low)
                and not ANOTHER_RE.match(text)
            ):
                options = []
            if options:
                acts["options"] = options[0]

    goal = None
    wish = WISH_RE.search(text)
    # In the Goal stage a statement is a goal unless it is only a feeling or a report
    # ("I've been a teacher for twelve years and I'm burnt out").
    stated = stage == "goal" and n_content >= 2 and (bool(times) or "feeling" not in acts)
    if stated or (wish and stage in ("goal", "reality")):
        goal = _goal_reading(text, [t.text for t in times] + frames)
        if goal is not None:
            acts["goal"] = short(text, 60)
    undecided = _NO_GOAL_YET_RE.search(text) if stage == "goal" else None
    if undecided:
        # "I go back in March and I honestly don't know what I want": no goal stated yet.
        acts.pop("goal", None)
        goal = None
        acts["unsure"] = undecided.group(0)

    # "Weather's been awful, hasn't it?": the tag question's "hasn't" is no obstacle
    tags = [(m.start(), m.end()) for m in _TAG_QUESTION_RE.finditer(text)]
    obstacle = next(
        (
            m
            for m in OBSTACLE_RE.finditer(text)
            if not any(a <= m.start() and m.end() <= b for a, b in tags)
            and not _turns_to_options(text, m, options if "options" in acts else [])
        ),
        None,
    )
    if obstacle and n_content >= 2:
        acts["obstacle"] = _around(text, obstacle.start(), obstacle.end())

    off = _off_topic_cue(text)
    if n_content >= 3 and SITUATION_RE.search(text) and not off:
        facts = [
            p.text
            for p in pieces
            if SITUATION_RE.search(p.text)
            and not FEELING_RE.search(p.text)
            and not COMMIT_RE.search(p.text)
            and not WISH_RE.search(p.text)
            and len(content_words(p.text)) >= 2
            and not _not_a_fact(p.text, text[: p.start], goal_heard="goal" in acts)
            and not (stage == "goal" and _time_clause(p.text, p.start, times))
            and not (
                stage == "options" and _holds_one(p.text, options if "options" in acts else [])
            )
            and not (stage == "will" and _holds_one(p.text, [c.text for c in commitments]))
        ]
        if facts:
            acts["situation"] = facts[0]

    described = stage == "reality" and n_content >= 3 and not acts and not off
    if described:
        acts["situation"] = short(text, 60)  # a description, even without a fact marker

    unsure = UNSURE_RE.search(text)
    vague = bool(HEDGE_ONLY_RE.match(text)) or (
        n_content <= 1
        and "commitment" not in acts
        and "feeling" not in acts  # "It scares me.": short, but not vague
        and not (stage == "options" and options)
        and not (wish and n_content == 1)
        and not times
    )
    if unsure or vague:
        rest = _strip_unsure(text)
        leftover = len(content_words(rest))
        if vague or leftover <= 2 or not _has_substance(acts):
            acts["unsure"] = unsure.group(0) if unsure else text
            if leftover <= 2 or vague:
                for act in ("situation", "obstacle", "goal", "options"):
                    acts.pop(act, None)
                goal = None if "goal" not in acts else goal
                options = [] if "options" not in acts else options

    if "ask_to_decide" in acts:
        acts.pop("unsure", None)  # "just tell me what to do" is a request, not a vague answer

    if off and obstacle and obstacle.group(0).lower() in ("but", "however"):
        acts.pop("obstacle", None)  # "Random, but...": a turn of phrase, not a barrier
    chat = off and _TAG_QUESTION_RE.search(text) and not ({"commitment", "options"} & set(acts))
    if off and not chat and "ask_to_decide" not in acts:
        # "Before we begin, how was your holiday? You went to Portugal, did you not?": what the
        # rules read in the chat itself (a goal, an option) is no part of the session
        spans = _chat_spans(text)
        if spans:
            acts = {a: v for a, v in acts.items() if not _said_in(text, v, spans)}
            options = [o for o in options if not _said_in(text, o, spans)]
            commitments = [c for c in commitments if not _said_in(text, c.text, spans)]
            if "options" in acts and not options:
                acts.pop("options")
            if "commitment" in acts and not commitments:
                acts.pop("commitment")
    if off and (chat or not _has_substance(acts, strict=True)):
        acts = {"off_topic": off.group(0)}  # "the weather's been mad, hasn't it": small talk
    interrupted = INTERRUPT_RE.search(text)
    if interrupted and not wish and not ({"commitment", "options", "ask_to_decide"} & set(acts)):
        acts = {"off_topic": interrupted.group(0)}  # "...the smoke alarm's going off, hold on"

    if use_bank and text:
        # "Charge the phone in the kitchen. No coffee after 2.": steps listed when options are
        # asked for are options, however the bank places them
        listed = (
            stage == "options"
            and len(options) >= 2
            and "?" not in text
            and any(STEP_VERB_RE.match(o) or _an_order(o) for o in options)
        )
        acts = _with_bank(text, acts, weighed=weighed, unmarked=described, listed=listed)
        if "off_topic" in acts:
            goal, options, commitments = None, [], []
    if "goal" not in acts:
        goal = None
    if "options" not in acts:
        options = []
    if "commitment" not in acts:
        commitments = []
    order = [a for a in ACTS if a in acts]
    return Heard(
        acts=tuple(order),
        evidence={a: acts[a] for a in order},
        goal=goal,
        options=tuple(options),
        commitments=tuple(commitments),
        times=tuple(t.text for t in times) + tuple(frames),
        lead_time=lead_time,
        feeling=acts.get("feeling"),
        content_words=n_content,
    )


# What tells of something that has happened: "ever since the doctor mentioned it back in the
# winter", "I was made redundant in November", "and since his fall in December".
_PAST_CLAUSE_RE = re.compile(
    r"^\W*(?:(?:and|but|so|then|well|fine|ok(?:ay)?)[\s,]+)*(?:(?:ever\s+)?since\b|"
    r"(?:i|we|he|she|they|it)\s+(?:was|were)\s+(?!(?:hoping|wanting|thinking|planning|going|"
    r"aiming|trying)\b))",
    re.IGNORECASE,
)
# "at the check-up back in the winter" (not "before I go back in September", "when I'm back")
_BACK_IN_RE = re.compile(
    r"\b(?!(?:go|goes|going|went|come|comes|coming|get|gets|getting|be|being|head|heading|"
    r"move|moving|am|are|is|i'm|i’m|we're|we’re|start|starting)\s)\w+(?:'\w+|’\w+)?\s+back\s+$",
    re.IGNORECASE,
)
_SUBJECT_FIRST_RE = re.compile(
    r"^\W*(?:(?:and|but|so|then)\s+)?(?:i|we|he|she|they|(?:my|our)\s+[a-z]+)\s", re.IGNORECASE
)
_FUTURE_RE = re.compile(r"\b(?:will|'ll|’ll|going\s+to|gonna|shall)\b", re.IGNORECASE)


def _clause_at(pieces: list[Clause], start: int) -> Clause | None:
    return next((p for p in pieces if p.start <= start < p.end), None)


def _wished_in(pieces: list[Clause], times: list[TimeExpression]) -> bool:
    """Is every time said in a clause that wishes ("I want to be working by April")?"""
    for t in times:
        clause = _clause_at(pieces, t.start)
        if clause is None or not WISH_RE.search(clause.text):
            return False
    return True


def _told_as_past(text: str, pieces: list[Clause], start: int, end: int) -> bool:
    """Is the time at ``start``..``end`` said of what happened, in words that wish nothing:
    read from the last comma or stop before it ("..., ever since the doctor mentioned it back
    in the winter")?"""
    clause = _clause_at(pieces, start)
    if clause is None:
        return False
    stop = max(text.rfind(mark, clause.start, start) for mark in ",;:.!?")
    lead = text[max(stop + 1, clause.start) : start]
    said = lead + text[start:end]
    if WISH_RE.search(said) or _FUTURE_RE.search(said):
        return False
    if _PAST_CLAUSE_RE.match(lead) or _BACK_IN_RE.search(lead):
        return True
    # "I lost my job in March.": a clause of its own, led by who did it, in the simple past
    whole = clause.text[: end - clause.start]
    return bool(_SUBJECT_FIRST_RE.match(whole)) and in_the_past(
        clause.text, start - clause.start, end - clause.start
    )


_TO_YOU_RE = re.compile(r"\b(?:you|your|yours|u|ur)\b", re.IGNORECASE)


# The mentee says they do not know yet what they want: "I honestly don't know what I want".
_NO_GOAL_YET_RE = re.compile(
    r"\b(?:(?:do\s*n[o']?t|don’t)\s+(?:really\s+|honestly\s+)?know|not\s+sure|no\s+idea|unsure)"
    r"\s+what\s+i\s+(?:really\s+|actually\s+)?(?:want|am\s+after|'m\s+after|’m\s+after)\b",
    re.IGNORECASE,
)


# How an answer that starts with a feeling opens: "honestly? I'm burnt out", "Sometimes I feel
# very frustrated", "im knackered tbh" (not "I have a dissertation I'm proud of").
_FEELING_FIRST_RE = re.compile(
    r"^\W*(?:(?:honestly|sometimes|tbh|really|just|so|and|but|to\s+be\s+honest|ugh|oh)[\s,?!.]+)*"
    r"(?:i(?:'m|’m|\s+am|m)|i\s+feel|i(?:'ve|’ve)\s+been\s+feeling|feeling|"
    # "It makes me feel so small", "it's making me feel useless", "Embarrassed, if I'm honest"
    r"(?:it|this|that)(?:'s|’s|\s+is)?\s+mak(?:es|ing)\s+me\s+feel|"
    r"(?=[a-z]+\W*(?:,|$)))\b",
    re.IGNORECASE,
)


def leads_with_feeling(text: str) -> bool:
    """Does the answer open with how the mentee feels, before anything else it says?"""
    for sentence in sentences(flatten(text)):
        if HEDGE_ONLY_RE.match(sentence.text) or not content_words(sentence.text):
            continue  # "honestly?"
        # "Ugh, I'm so frustrated": an interjection cut off as a clause of its own opens nothing
        said = [c.text for c in clauses(sentence) if not HEDGE_ONLY_RE.match(c.text)]
        first = said[0] if said else sentence.text
        return bool(_FEELING_FIRST_RE.match(first)) and find_feeling([Piece(first)]) is not None
    return False


_YEARLY_RE = re.compile(
    r"\b(?:every|each)\s+(?:year|winter|summer|spring|autumn)\b|\b(?:yearly|annually)\b", re.I
)


_HEDGED_OFFER_RE = re.compile(
    r"\b(?:i\s+suppose|i\s+guess|i\s+think|maybe|perhaps|possibly)\W*\?\s*$", re.IGNORECASE
)


_TAG_QUESTION_RE = re.compile(
    r"\b(?:has|have|is|was|were|are|did|does|do)n(?:'|’)?t\s+(?:it|they|he|she|you|we)\b|\binnit\b",
    re.IGNORECASE,
)


# What a remark means for the mentee, said with it: "so I need more hours", "so weekends are out
# for me", "which eats the budget", "I have to move by June anyway".
_BEARS_ON_ME_RE = re.compile(
    # their situation as it is now: "Right now I go to his flat every evening to do dinner"
    r"^\W*(?:right\s+now|currently|at\s+the\s+moment|these\s+days)\b|"
    r"\bso\s+(?:i|we)\b(?!(?:'ll|’ll|\s+will)\b)|\bwhich\s+(?:means|eats|leaves|takes|makes|"
    r"is\s+why)\b|\bmeans\s+(?:i|we)\b|\b(?:i|we)\s+(?:need\s+(?:to|more)|have\s+to|had\s+to|"
    r"can(?:'|’)?t|cannot|must)\b",
    re.IGNORECASE,
)
# Chat put to the mentor, whatever else it says: "by the way", "did you see", "random question".
_CHAT_CUE_RE = re.compile(
    r"\b(?:by\s+the\s+way|btw|random|unrelated|off\s+topic|did\s+(?:you|u)|have\s+(?:you|u)|"
    r"sorry|lol|one\s+sec|hold\s+on|hang\s+on)\b",
    re.IGNORECASE,
)


def _off_topic_cue(text: str) -> re.Match[str] | None:
    """The off-topic cue, unless most of the answer is about something else: in "i do 2-10
    shifts at the warehouse... my mum picks them up and does dinner" the dinner is part of it."""
    found = OFF_TOPIC_RE.search(text)
    if found is None:
        return None
    if _BEARS_ON_ME_RE.search(text) and "?" not in text and not _CHAT_CUE_RE.search(text):
        return None  # "The rent went up 200 a month so I need more hours": what it means for them
    said = [x.text for x in sentences(text)]
    cued = sum(1 for x in said if OFF_TOPIC_RE.search(x))
    return found if cued * 2 >= len(said) else None


# A short aside after such a question belongs to it: "I meant to ask last time."
_ASIDE_WORDS = 7


def _chat_spans(text: str) -> list[tuple[int, int]]:
    """Where the answer chats: sentences with an off-topic cue or questions put to the mentor,
    each with a short aside said right after it. Empty unless a sentence both asks the mentor
    something and carries the cue, so a description led in by "do you know what I mean?" is
    not chat."""
    said = sentences(text)
    # a question put to the mentor: "how was your holiday?", "do you know any good ramen places?"
    asks = [x.text.rstrip().endswith("?") and bool(_TO_YOU_RE.search(x.text)) for x in said]
    cued = [bool(OFF_TOPIC_RE.search(x.text)) for x in said]
    if not any(a and c for a, c in zip(asks, cued, strict=True)):
        return []
    spans: list[tuple[int, int]] = []
    after_chat = False
    for x, asked, cue in zip(said, asks, cued, strict=True):
        aside = after_chat and len(x.text.split()) <= _ASIDE_WORDS
        if asked or cue or aside:
            spans.append((x.start, x.end))
        after_chat = asked or cue
    return spans


def _said_in(text: str, words: str, spans: list[tuple[int, int]]) -> bool:
    """Are ``words`` (evidence, maybe shortened with "…") said inside one of ``spans``?"""
    needle = words.rstrip("…").strip()
    at = text.find(needle)
    if at < 0:
        at = text.lower().find(needle.lower())
    if at < 0:
        return False
    return any(a <= at < b for a, b in spans)


def _not_a_fact(clause: str, before: str, *, goal_heard: bool) -> bool:
    """Is the clause no fact about the mentee's situation: the request put to the mentor
    ("you've done loads of talks, what should I do?"), or, beside a goal, the goal itself said
    as an order or a phrase ("Pass the B2 exam in June", "500k closed by the end of March")
    rather than with a subject that is or did something ("I started a new job three weeks ago",
    "there's a slot in March")?"""
    if ASK_RE.search(clause) or clause.rstrip().endswith("?"):
        return True
    said = roles(clause)
    if said.agent == "addressee":
        return True
    if not goal_heard:
        return False
    purpose = _GOAL_CLAUSE_RE.search(clause) or _SO_THAT_RE.search(before)
    if purpose or NOT_THEIRS_RE.search(clause):
        return True  # "so I get four hours a week back", "My manager wants me to get the PMP"
    there = _THERE_IS_RE.match(clause)
    return said.agent in ("imperative", "none") and not there


# A clause that only says by when: "Before I start on January 5th", "by the time we launch".
_BY_WHEN_RE = re.compile(
    r"^\W*(?:(?:and|or|so|ideally|hopefully|maybe|probably)[\s,]+)*"
    r"(?:before|by|until|till|no\s+later\s+than|in\s+time\s+for)\b",
    re.IGNORECASE,
)


def _time_clause(clause: str, start: int, times: list[TimeExpression]) -> bool:
    """Is the clause a time frame said as a clause ("Before I start on January 5th."): led by
    "before", "by" or "until" and holding the time read? It dates the goal or a step; it is no
    fact about the situation, whatever its digits or its "I start" say."""
    if not _BY_WHEN_RE.match(clause):
        return False
    end = start + len(clause)
    return any(start <= t.start and t.end <= end for t in times)


def _holds_one(span: str, phrases: Sequence[str]) -> bool:
    """Does the span say one of the options or steps heard ("Either I run the checks myself",
    "but I could either split the team into pairs or ...", "Coach Daniels will sort out the bus
    by Friday")? Then it offers a choice or commits to a step: it is neither a fact about the
    situation nor what stands in the way."""
    said = set(content_words(span))
    return any((words := set(content_words(phrase))) and words <= said for phrase in phrases)


# "but I could", "but either", "however we might": a turn that leads into the choices.
_TURN_TO_OPTIONS_RE = re.compile(
    r"^\W*(?:(?:i|we)\s+(?:could|might|can)|either|maybe|perhaps)\b", re.IGNORECASE
)


def _turns_to_options(text: str, turn: re.Match[str], options: Sequence[str]) -> bool:
    """ "I'm nervous, but I could either A or B": the "but" turns from the feeling to the options
    named after it; it is no obstacle."""
    if turn.group(0).lower() not in ("but", "however"):
        return False
    ends = [i for i in (text.find(c, turn.end()) for c in ".?!;") if i != -1]
    rest = text[turn.end() : min(ends) if ends else len(text)]
    return bool(_TURN_TO_OPTIONS_RE.match(rest)) and _holds_one(rest, options)


# What a goal is for, or the goal wished with a word between: "so I get four hours a week back",
# "so we have 18 months of runway", "i just want to not be late", "I don't want to end up...".
_GOAL_CLAUSE_RE = re.compile(
    r"^\W*so\s+(?:that\s+)?(?:i|we)\b|\bi\s+(?:just|really|only|do\s*n[o'’]?t)\s+want\b",
    re.IGNORECASE,
)
_SO_THAT_RE = re.compile(r"\bso\s+(?:that\s+)?$", re.IGNORECASE)
_THERE_IS_RE = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?there(?:'s|’s|\s+(?:is|are|was|were))\b", re.IGNORECASE
)


def _an_order(option: str) -> bool:
    """ "Charge the phone in the kitchen": led by a verb said as an order (not "Shocking ref")."""
    first = option.split()[0].lower() if option.split() else ""
    return names_an_action(option) and not re.search(r"(?:ing|ed)$", first)


def _has_substance(acts: dict[str, str], *, strict: bool = False) -> bool:
    keys = ("goal", "obstacle", "options", "commitment", "ask_to_decide", "feeling")
    if not strict:
        keys = (*keys, "situation")
    return any(k in acts for k in keys)


def _strip_unsure(text: str) -> str:
    return UNSURE_RE.sub(" ", text)


def _around(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(".", 0, start), text.rfind(",", 0, start), -1) + 1
    hi_candidates = [i for i in (text.find(".", end), text.find(",", end)) if i != -1]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return text[lo:hi].strip()


_AVOIDS_RE = re.compile(r"\s+(?:\w+\s+)?not\s+to\b", re.IGNORECASE)
# A wish to avoid something: "I'd quite like not to be unemployed", "I want not to fail".
_AVOID_WISH_RE = re.compile(
    r"\bi(?:'d|’d|\s+would)?\s+(?:\w+\s+)?(?:like|want|prefer|hope)\s+(?:\w+\s+)?not\s+to\b",
    re.IGNORECASE,
)


# A goal said as doing something better, with nothing counted or named to reach.
_BETTER_AT_RE = re.compile(
    r"\b(?:(?:be|get|become|feel)\s+(?:a\s+lot\s+|much\s+|way\s+)?(?:better|more\s+confident)\s+"
    r"(?:at|in|with)|(?:be|become)\s+a\s+(?:better|more\s+[a-z]+)\s+[a-z]+|improve|improving)\b",
    re.IGNORECASE,
)
_COUNTED_RE = re.compile(
    r"\d|%|\b(?:per\s?cent|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|"
    r"hundred|half|double|twice|at\s+least|every|per|success|i(?:'ll|’ll|\s+will|'d|’d|\s+would)\s+"
    r"know|without|so\s+that|which\s+means|meaning|measured?|score|grade|band|level)\b",
    re.IGNORECASE,
)


def _goal_reading(text: str, times: list[str]) -> GoalReading | None:
    words = content_words(text)
    if len(words) < 1:
        return None
    vague = VAGUE_GOAL_RE.search(text)
    measure = MEASURE_RE.search(text)
    specific = bool(measure) or (not vague and len(words) >= 3)
    if specific and _BETTER_AT_RE.search(text) and not _COUNTED_RE.search(text):
        # "I want to be better at my job by June": the job is where, not what is reached
        specific = False
    wishes = [w for w in WISH_RE.finditer(text) if not _AVOIDS_RE.match(text, w.end())]
    if _AVOID_WISH_RE.search(text) and not wishes:
        specific = False  # "I'd quite like not to be unemployed": what to avoid, not what to reach
    timeframe = times[0] if times else None
    return GoalReading(
        text=text,
        specific=specific,
        timeframe=timeframe,
        theirs=not NOT_THEIRS_RE.search(text),
    )


def _with_bank(
    text: str,
    acts: dict[str, str],
    *,
    weighed: bool = False,
    unmarked: bool = False,
    listed: bool = False,
) -> dict[str, str]:
    """Let the nearest reviewed answers settle what the rules leave open; options weighed aloud
    as questions (``weighed``) are not a request to decide, however close to one. A description
    the rules took on no mark of a fact (``unmarked``: "Watch the rugby Saturday? Shocking
    ref.") gives way to the off-topic remarks it is clearly closest to."""
    rule_acts = set(acts)
    weak_options = "options" in acts and not OPTION_CUE_RE.search(text) and not listed
    decisive = rule_acts & {"ask_to_decide", "commitment", "options", "goal", "off_topic"}
    if weak_options:
        decisive.discard("options")
    if decisive and not rule_acts <= {"unsure", "off_topic"}:
        return acts
    scores = read([text], BANK)
    if not scores:
        return acts
    s = scores[0]
    ranked = sorted(s.scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top - second < BANK_MARGIN:
        return acts
    nearest = s.nearest[best].text
    loose = {"situation", "unsure", "off_topic"} | ({"options"} if weak_options else set())
    only_a_time = bool(find_time(text, date.today())) and len(content_words(text)) <= 2
    if best == "off_topic" and not (rule_acts - loose) and not only_a_time:
        if top < BANK_OFF_TOPIC_FLOOR and rule_acts and not (unmarked and top - second >= 0.1):
            return acts
        return {"off_topic": f"close to “{short(nearest, 40)}”"}
    if (
        best == "unsure"
        and not (rule_acts - {"situation", "obstacle", "unsure"})
        and len(content_words(text)) <= 6
    ):
        return {"unsure": acts.get("unsure") or f"close to “{short(nearest, 40)}”"}
    about_others = re.match(r"^\W*(?:my|our|the|they|he|she|his|her|their|everyone)\b", text, re.I)
    # A feeling the bank clearly hears gives way to nothing the rules read only loosely: options
    # no cue marks ("I'm furious, honestly. Absolutely livid." asked for options) or an answer
    # unsure only for being short ("I'm livid.")
    yielding = {"situation"}
    if top - second >= BANK_CLEAR_MARGIN:
        yielding |= {"options"} if weak_options else set()
        yielding |= set() if UNSURE_RE.search(text) else {"unsure"}
    if best == "feeling" and not about_others:
        if "feeling" not in acts and not (rule_acts - yielding):
            return {"feeling": text}  # "I'm frazzled", "so done": close to reviewed feelings
        loose_here = (rule_acts & yielding) - {"situation"}
        if "feeling" in acts and loose_here:
            # "I'm so angry. Properly fuming.": the feeling said again, not an option
            return {a: v for a, v in acts.items() if a not in loose_here}
    # A question that puts something to the mentor ("Would you apply?", "which one?"), not
    # one that offers a step with a hedge ("Apply for that one I suppose?").
    to_the_mentor = re.search(r"\b(?:you|u)\b", text, re.I)
    offered = _HEDGED_OFFER_RE.search(text) and not to_the_mentor
    # "Honestly I'm bricking it. What if nobody calls?": a worry, not a request to decide
    worry = rule_acts == {"feeling"} and not to_the_mentor
    if (
        best == "ask_to_decide"
        and text.rstrip().endswith("?")
        and "ask_to_decide" not in acts
        and not offered
        and not weighed
        and not worry
    ):
        acts = dict(acts)
        acts["ask_to_decide"] = f"close to “{short(nearest, 40)}”"
    return acts
