"""The rules: what each answer did, whether the stage's purpose is met, and the next move.

After every answer the coach makes one move (:data:`MOVES`):

- ``redirect``: the answer went off topic; come back to the session's subject, same stage;
- ``hand_back``: the mentee asked the mentor to decide; the choice goes back to them, warmly;
- ``acknowledge``: the answer carried a feeling and nothing the stage can use yet; acknowledge
  it and stay with the stage;
- ``probe``: the answer was unsure or vague, or the stage's purpose is not met yet (a goal with
  no time frame, one option, a step with no date); ask a narrower question in the same stage;
- ``advance``: the stage's purpose is met (or it has had its share of questions): go on to the
  next stage, or finish after Will. A feeling in such an answer is acknowledged first.

Purposes: Goal, a specific goal with a time frame that is the mentee's own; Reality, the current
situation or an obstacle described; Options, at least two options; Will, at least one step the
mentee commits to, each with a date or time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from assistant.grow.bank import STAGES, Question, QuestionBank
from assistant.grow.cues import UNSURE_RE, content_words
from assistant.grow.hearing import Heard, hear, leads_with_feeling
from assistant.grow.options import ANOTHER_RE
from assistant.grow.steps import Commitment, follow_up_of
from assistant.grow.store import DONE, SessionRecord, TranscriptEntry
from assistant.grow.will import names_a_step
from assistant.grow.wording import normalise_phrase
from assistant.understanding.timeframes import is_habit

MOVES = ("advance", "probe", "hand_back", "acknowledge", "redirect")
# Answers that were redirected, handed back or acknowledged do not use up a stage's questions,
# but no stage takes more than this many answers in all, so a session always ends.
HARD_CAP_FACTOR = 2


@dataclass(frozen=True)
class _Move:
    """What to do next: ask ``question`` in ``stage`` (or finish when ``stage`` is done)."""

    stage: str
    question: Question | None
    reason: str
    move: str = "advance"
    preface: str = ""


# An answer that adds to the goal rather than restating it: "Ideally within the next year, as
# an associate PM", "By June.", "hmm maybe in a year or so?".
FRAGMENT_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|right|fine|well|concretely|honestly|basically|actually)[\s,:.]+)*"
    r"(?:ideally|realistically|hopefully|maybe|probably|perhaps|hm+|um+|er+|by|within|in|before|"
    r"around|at|as|with|for|from|starting|until|i\s+guess|i\s+think)\b",
    re.IGNORECASE,
)


@dataclass
class _GoalState:
    text: str = ""
    latest: str = ""  # the goal as last stated whole, with its time frame (questions carry it)
    stated: bool = False
    specific: bool = False
    timeframe: str | None = None
    theirs: bool = True

    @property
    def met(self) -> bool:
        return self.stated and self.specific and self.timeframe is not None and self.theirs

    def missing(self) -> list[str]:
        out = []
        if not self.theirs:
            out.append("ownership")
        if not self.specific:
            out.append("measure")
        if self.timeframe is None:
            out.append("timeframe")
        return out


@dataclass
class _Reading:
    """Every answered entry of a session with what was heard in it."""

    entries: list[tuple[TranscriptEntry, Heard]] = field(default_factory=list)
    today: date = field(default_factory=date.today)

    def stage(self, stage: str) -> list[tuple[TranscriptEntry, Heard]]:
        return [(e, h) for e, h in self.entries if e.stage == stage]


def read_session(record: SessionRecord) -> _Reading:
    reading = _Reading(today=record.created)
    for entry in record.answered():
        reading.entries.append((entry, hear_entry(entry, record.created)))
    return reading


def hear_entry(entry: TranscriptEntry, today: date) -> Heard:
    return hear(entry.answer or "", entry.stage, today)


def states_whole_goal(entry: TranscriptEntry, heard: Heard) -> bool:
    """Does the answer state the whole goal, specific (or long) and with a time frame, rather
    than add a fragment to it ("Ideally within the next year")?"""
    goal = heard.goal
    return (
        goal is not None
        and goal.timeframe is not None
        and (goal.specific or heard.content_words >= 6)
        and heard.content_words >= 4
        and goal.theirs
        and not heard.has("off_topic")
        and not FRAGMENT_RE.match(entry.answer or "")
        and not _POINTS_BACK_RE.match(entry.answer or "")
    )


# An answer that opens by pointing back at the goal already said adds to it, however much it
# says: "its on 2 september so pass it then", "That, by the end of June".
_POINTS_BACK_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|right|well|yeah|yes)[\s,.]+)*(?:it(?:'s|’s|s|\s+is|\s+will\s+be)|"
    r"that(?:'s|’s|\s+is)?)\s+(?:on|in|by|at|before|due|for)\b|^\W*that\s*,",
    re.IGNORECASE,
)


# A thing named with a word before its noun: "a literary agent", "the night shift".
_MODIFIED_NOUN_RE = re.compile(r"\b(?:a|an|the|my|our)\s+([a-z][\w-]*)\s+([a-z][\w-]*)\b")


def names_it_shorter(earlier: str, later: str) -> bool:
    """Does ``later`` name the thing ``earlier`` named by its noun alone ("I want to sign with a
    literary agent", then "I'd love to have an agent by March")? Then the later goal stands for
    the earlier one and what set it apart ("literary") is said only there."""
    low = later.lower()
    for modifier, noun in _MODIFIED_NOUN_RE.findall(earlier.lower()):
        if modifier in low.split() or len(noun) < 3:
            continue
        if re.search(rf"\b(?:a|an|the|my|our)\s+{re.escape(noun)}\b", low):
            return True
    return False


def goal_state(reading: _Reading, bank: QuestionBank) -> _GoalState:
    state = _GoalState()
    for entry, heard in reading.stage("goal"):
        if heard.has("off_topic") or (heard.has("unsure") and not heard.substantive):
            continue
        question = bank.get(entry.question_id)
        tags = set(question.tags) if question else set()
        if heard.goal is not None:
            restated = heard.has("goal") and heard.goal.specific and heard.content_words >= 4
            # A later answer stating the whole goal with its time frame replaces the tries before
            # it ("get better at my job" -> "be confident leading the standup by January").
            whole = heard.has("goal") and states_whole_goal(entry, heard)
            if not state.text or (restated and not state.specific):
                state.text = heard.goal.text
            if whole or not state.latest:
                state.latest = heard.goal.text
            state.stated = True
            state.specific = state.specific or heard.goal.specific
            state.theirs = heard.goal.theirs if heard.has("goal") else state.theirs
            if not heard.goal.theirs:
                state.theirs = False
        if heard.times:
            state.timeframe = state.timeframe or heard.times[0]
        answered_sharpen = entry.intent in ("sharpen", "follow_up", "acknowledge", "hand_back")
        if answered_sharpen and state.stated and heard.content_words >= 3:
            if "measure" in tags or "ownership" in tags or heard.goal is not None:
                state.specific = True
            if "ownership" in tags:
                state.theirs = True
    return state


def goal_phrase(reading: _Reading, bank: QuestionBank, today: date) -> str | None:
    state = goal_state(reading, bank)
    text = state.latest or state.text
    return normalise_phrase(text, today, goal=True) if text else None


def options_of(reading: _Reading) -> list[str]:
    """Options named in the Options stage, and new ones added in Will ("Or building...")."""
    found = stage_options(reading)
    for entry, heard in reading.stage("will"):
        adds = ANOTHER_RE.match(entry.answer or "")
        if adds and heard.options and not heard.commitments and not heard.has("ask_to_decide"):
            found.extend(heard.options)
    return distinct(found)


def stage_options(reading: _Reading) -> list[str]:
    """Options named in the Options stage only (what its purpose counts)."""
    found: list[str] = []
    said = list(reading.stage("options"))
    for index, (entry, heard) in enumerate(said):
        # "Perhaps I ought simply to practise more? I'm not certain.", then a list of three: the
        # one option wondered about with doubt gives way to the options named after it, unless
        # they are added to it ("Hmm, not sure. Apply for that one I suppose?", "Or I could...")
        doubted = len(heard.options) == 1 and UNSURE_RE.search(entry.answer or "")
        replaced = [
            later
            for answer, later in said[index + 1 :]
            if len(later.options) >= 2 and not ANOTHER_RE.match(answer.answer or "")
        ]
        if doubted and replaced:
            continue
        found.extend(heard.options)
    return distinct(found)


def distinct(options: Sequence[str]) -> list[str]:
    seen: list[str] = []
    keys: list[str] = []
    for option in options:
        key = " ".join(
            w.lower().strip(".,") for w in option.split() if w.lower() not in {"a", "an", "the"}
        )
        if key and not any(key == k for k in keys) and not _names_earlier(option, seen):
            keys.append(key)
            seen.append(option)
    return seen


def _stem(word: str) -> str:
    """ "practising" and "practise", "lodgers" and "lodger": one stem."""
    return re.sub(r"(?:ing|ed|es|e|s)$", "", word) if len(word) > 4 else word


# Words that point back at an option rather than name one: "the lodger one", "that idea".
_POINTING_WORDS = frozenset({"one", "ones", "option", "idea", "yeah", "definitely", "probably"})


def _names_earlier(option: str, earlier: Sequence[str]) -> bool:
    """Does a later option only name earlier ones again ("Toastmasters and practising with the
    team" after "Join Toastmasters" and "Practise with my team", "the lodger" after "Get a
    lodger")? It is a choice among them, not one more."""
    words = {_stem(w) for w in content_words(option)} - _POINTING_WORDS
    if not earlier or not words:
        return False
    named = [{_stem(w) for w in content_words(o)} for o in earlier]
    return words <= set().union(*named)


def _reality_met(reading: _Reading) -> bool:
    """A fact or an obstacle described, or two answers that describe something."""
    usable = [
        h
        for _, h in reading.stage("reality")
        if not h.has("off_topic")
        and not h.has("ask_to_decide")
        and not (h.has("unsure") and not h.substantive)
    ]
    if any(
        h.has("situation") or h.has("obstacle") or (h.has("goal") and h.content_words >= 6)
        for h in usable
    ):
        return True
    return len([h for h in usable if h.content_words >= 3]) >= 2


def _will_state(reading: _Reading) -> tuple[int, int]:
    """(steps, steps still without a date or time) in the Will stage.

    The mentee's own steps must each have a time; someone else's step ("Priya will book a
    room") only counts when it is the only step. A later answer that is only a time ("By
    Friday.") dates the steps before it.
    """
    mine: list[Commitment] = []
    others: list[Commitment] = []
    for entry, heard in reading.stage("will"):
        if heard.has("off_topic"):
            continue
        # A hope ("practise more i guess") is asked about once; the next answer settles it.
        mine = [c for c in mine if not c.tentative]
        if heard.lead_time is not None and heard.commitments:
            mine = [replace(c, when=c.when or heard.lead_time[0]) for c in mine]
        if heard.commitments:
            before = len(mine)
            for c in heard.commitments:
                earlier = follow_up_of(c, entry.answer or "", mine[:before], reading.today)
                if earlier is not None:
                    mine[earlier] = replace(mine[earlier], when=c.when, due=c.due, tentative=False)
                    continue
                if c.named_back:
                    continue
                if not c.tentative and not names_a_step(c, reading.today):
                    # "I'll do it by Friday": the time of the step named before, if one is
                    undated = [m for m in mine if m.when is None]
                    if undated and c.when is not None:
                        at = mine.index(undated[-1])
                        mine[at] = replace(mine[at], when=c.when, due=c.due)
                    continue
                (mine if c.owner in ("mentee", "both") else others).append(c)
        elif heard.times:
            mine = [replace(c, when=c.when or heard.times[0]) for c in mine]
            others = [replace(c, when=c.when or heard.times[0]) for c in others]
    steps = mine or others
    dated = any(step.due is not None for step in steps)

    def undated(step: Commitment) -> bool:
        if step.when is None:
            if step.open_date:
                return False  # "although I cannot say when", "no date on it yet": answered
            # "We'll decide the province after IELTS", "stop coffee after lunch": a step set by
            # an event rather than a day has its time
            return not _EVENT_ANCHOR_RE.search(step.text)
        # "three times a week" alone: a habit, with no day to start it yet.
        return step.due is None and not dated and is_habit(step.when, reading.today)

    return len(steps), sum(1 for step in steps if undated(step))


# A time set by an event, said at the end of a step: "after IELTS", "once the results are in".
_EVENT_ANCHOR_RE = re.compile(
    r"\b(?:after|once|as\s+soon\s+as)\s+(?!(?:that|this|it|then|a\s+while)\b)"
    r"(?:[\w'’-]+\s+){0,4}[\w'’-]+\W*$",
    re.IGNORECASE,
)


def purpose_met(stage: str, reading: _Reading, bank: QuestionBank) -> bool:
    if stage == "goal":
        return goal_state(reading, bank).met
    if stage == "reality":
        return _reality_met(reading)
    if stage == "options":
        return len(stage_options(reading)) >= 2
    total, undated = _will_state(reading)
    return total > 0 and undated == 0


_STAGE_REASONS = {
    "goal": "Starting with the goal: what the mentee wants from this conversation.",
    "reality": "The goal is specific, has a time frame and is the mentee's own; now the current "
    "situation.",
    "options": "The situation is described; now the options.",
    "will": "There are options to choose from; now the way forward.",
}


# Tags that ask a question only before any option is named, or only after one is.
OPTION_GATES = frozenset({"before_options", "after_options"})


class _Chooser:
    """Picks unused questions from the bank for one session."""

    def __init__(
        self,
        bank: QuestionBank,
        record: SessionRecord,
        goal: str | None = None,
        reading: _Reading | None = None,
    ) -> None:
        self.bank = bank
        self.record = record
        self.goal = goal
        self.reading = reading
        self._has_options: bool | None = None
        self.used_ids = {e.question_id for e in record.transcript}
        self.used_texts = {e.question.lower() for e in record.transcript}

    def has_options(self) -> bool:
        """Has the mentee named an option yet (read once, when a question depends on it)?"""
        if self._has_options is None:
            reading = self.reading or read_session(self.record)
            self._has_options = bool(options_of(reading))
        return self._has_options

    def _fits(self, question: Question) -> bool:
        """A question that builds on options ("What would you choose...?", "one more idea")
        waits for one; one that asks for the first ones is not asked once there are some."""
        gates = set(question.tags) & OPTION_GATES
        if not gates:
            return True
        return ("after_options" in gates) == self.has_options()

    def pick(
        self, stage: str, intents: Sequence[str], prefer: Sequence[str] = ()
    ) -> Question | None:
        topic = self.record.topic
        candidates = [
            q
            for q in self.bank.questions
            if q.stage == stage
            and q.intent in intents
            and q.id not in self.used_ids
            and q.render(topic, self.goal).lower() not in self.used_texts
            and (topic or not q.needs_topic)
            and (self.goal or not q.needs_goal)
            and self._fits(q)
        ]
        if not candidates:
            return None

        def rank(q: Question) -> tuple[int, int, int, int]:
            matched = len(set(prefer) & set(q.tags))
            extra = len(set(q.tags) - set(prefer) - OPTION_GATES) if prefer else 0
            # The mentee's goal in their words first, then the session topic.
            personal = -(2 if self.goal and q.needs_goal else int(bool(topic) and q.needs_topic))
            return (-matched, extra, personal, intents.index(q.intent))

        return min(candidates, key=rank)  # min is stable: bank order breaks ties


def enter(
    stage_index: int,
    record: SessionRecord,
    chooser: _Chooser,
    reading: _Reading,
    *,
    why: str = "",
    preface: str = "",
) -> _Move:
    for index in range(stage_index, len(STAGES)):
        stage = STAGES[index]
        first: Question | None = None
        reason = why or _STAGE_REASONS[stage]
        if stage == "options" and any(h.has("obstacle") for _, h in reading.stage("reality")):
            first = chooser.pick("options", ["obstacle"])
            if first:
                reason = (why + " " if why else "") + (
                    "An obstacle came up; exploring what would be possible without it."
                )
        first = first or chooser.pick(stage, ["open", "explore"])
        if first:
            return _Move(stage, first, reason, "advance", preface)
        why = ""
    return _Move(DONE, None, "The way forward is set.", "advance", preface)


def _acknowledgement(bank: QuestionBank, heard: Heard, record: SessionRecord) -> str:
    positive = any(
        w in (heard.feeling or "").lower()
        for w in ("excited", "happy", "thrilled", "proud", "pumped", "grateful", "hopeful",
                  "optimistic", "relieved", "over the moon")
    )  # fmt: skip
    options = bank.acknowledgements.positive if positive else bank.acknowledgements.difficult
    used = " ".join(e.question for e in record.transcript)
    return next((o for o in options if o not in used), options[0])


def next_move(record: SessionRecord, bank: QuestionBank) -> _Move:
    """The rules: choose the next move and question from the answer just given."""
    reading = read_session(record)
    today = record.created
    chooser = _Chooser(bank, record, goal_phrase(reading, bank, today), reading)
    stage = record.stage
    index = STAGES.index(stage)  # type: ignore[arg-type]
    answered = reading.stage(stage)
    last_entry, heard = answered[-1]
    # The goal's reading (specific? a time frame?) is the session's, stated once by the reason
    # that follows; this answer's own reading of it could contradict that ("Mid-January.").
    heard_line = f"Heard {heard.describe(quotes=False, goal_details=False)}."
    counted = [e for e, _ in answered if e.intent not in ("hand_back", "redirect", "acknowledge")]

    def stay(move: str, intents: Sequence[str], prefer: Sequence[str], why: str) -> _Move | None:
        question = chooser.pick(stage, intents, prefer)
        if question is None:
            return None
        return _Move(stage, question, f"{heard_line} {why}", move)

    if heard.has("off_topic"):
        move = stay("redirect", ["redirect"], ["goal", "topic"], "Coming back to the session.")
        if move:
            return move
    if heard.has("ask_to_decide"):
        move = stay(
            "hand_back",
            ["hand_back"],
            [],
            "The choice is the mentee's: handing it back instead of deciding for them.",
        )
        if move:
            return move
    met = purpose_met(stage, reading, bank) or _dated_on_request(stage, last_entry.intent, heard)
    uses = heard.substantive
    # In Reality, an answer that opens with how the mentee feels ("honestly? I'm burnt out. day
    # job is brutal...") is met with the feeling first, however much it goes on to describe.
    # Once acknowledged in this stage, the feeling said again with the stage's content ("I'm
    # frustrated, yes, but here's where it stands: ...") is not acknowledged a second time.
    acknowledged = any(e.intent == "acknowledge" for e, _ in answered)
    opens_with_feeling = (
        stage == "reality" and not acknowledged and leads_with_feeling(last_entry.answer or "")
    )
    if heard.has("feeling") and (not (met and uses) or opens_with_feeling):
        move = stay(
            "acknowledge",
            ["acknowledge"],
            [],
            "Acknowledging the feeling before going further in this stage.",
        )
        if move:
            return move
    preface = _acknowledgement(bank, heard, record) if heard.has("feeling") else ""
    if met and (uses or stage == "will" or stage == "goal"):
        why = f"{heard_line} {_met_reason(stage)}"
        return enter(index + 1, record, chooser, reading, why=why, preface=preface)
    cap = bank.max_questions_per_stage
    if len(counted) >= cap or len(answered) >= cap * HARD_CAP_FACTOR:
        return enter(
            index + 1,
            record,
            chooser,
            reading,
            why=f"{heard_line} The {stage} stage has had {len(answered)} answers; moving on.",
            preface=preface,
        )
    if stage == "will" and last_entry.intent == "by_when" and _will_state(reading)[1]:
        move = stay("probe", ["by_when"], [], "The step still has no date; asking by when.")
        if move:
            return _with_preface(move, preface)
    if heard.has("unsure") and not heard.substantive:
        move = stay(
            "probe",
            ["follow_up", "explore"],
            ["unsure"],
            "The answer was unsure; asking a smaller, more concrete question.",
        )
        if move:
            return _with_preface(move, preface)
    move = _probe(stage, reading, bank, chooser, heard, heard_line)
    if move:
        return _with_preface(move, preface)
    return enter(
        index + 1,
        record,
        chooser,
        reading,
        why=f"{heard_line} No unused {stage} questions are left; moving on.",
        preface=preface,
    )


def _dated_on_request(stage: str, asked: str | None, heard: Heard) -> bool:
    """Asked "by when?", the mentee dated the steps they mean to keep ("I'll request a coffee
    with her by Monday"): the way forward is set; a step they left undated is not pressed."""
    if stage != "will" or asked != "by_when" or not heard.commitments:
        return False
    mine = [c for c in heard.commitments if c.owner in ("mentee", "both")]
    return bool(mine) and all(c.when is not None for c in mine)


def _with_preface(move: _Move, preface: str) -> _Move:
    if not preface:
        return move
    return _Move(move.stage, move.question, move.reason, move.move, preface)


def _met_reason(stage: str) -> str:
    return {
        "goal": "The goal is specific, has a time frame and is the mentee's own; moving on.",
        "reality": "The situation is described; moving on to options.",
        "options": "There are at least two options; moving on to the way forward.",
        "will": "Every step has an owner and a time; the way forward is set.",
    }[stage]


def _probe(
    stage: str,
    reading: _Reading,
    bank: QuestionBank,
    chooser: _Chooser,
    heard: Heard,
    heard_line: str,
) -> _Move | None:
    def ask(intents: Sequence[str], prefer: Sequence[str], why: str) -> _Move | None:
        question = chooser.pick(stage, intents, prefer)
        return _Move(stage, question, f"{heard_line} {why}", "probe") if question else None

    if stage == "goal":
        goal = goal_state(reading, bank)
        terse = len((last_answer := reading.stage("goal")[-1][0].answer or "").split()) < 4
        if terse and not heard.times and len(reading.stage("goal")) == 1 and last_answer:
            move = ask(["follow_up"], ["expand"], "The answer was short; inviting more.")
            if move:
                return move
        if not goal.stated:
            return ask(["follow_up", "explore"], ["expand"], "No goal yet; inviting one.")
        missing = goal.missing()
        if "ownership" in missing:
            move = ask(
                ["explore"],
                ["ownership", "motivation"],
                "The goal sounds like someone else's; asking what the mentee wants.",
            )
            if move:
                return move
        if "timeframe" in missing:
            move = ask(
                ["sharpen"],
                ["timeframe"] if "measure" not in missing else ["measure", "timeframe"],
                "The goal has no time frame yet; asking by when.",
            )
            if move:
                return move
        if "measure" in missing:
            move = ask(
                ["sharpen"], ["measure"], "The goal is not yet specific; asking what success is."
            )
            if move:
                return move
        return ask(["sharpen", "explore", "follow_up"], [], "Sharpening the goal further.")
    if stage == "reality":
        return ask(
            ["follow_up", "explore"],
            ["expand"],
            "Asking for a concrete picture of where things are.",
        )
    if stage == "options":
        if heard.has("obstacle"):
            move = ask(
                ["obstacle"], [], "An obstacle came up; exploring what is possible beyond it."
            )
            if move:
                return move
        count = len(stage_options(reading))
        why = (
            "One option so far; asking what else is possible."
            if count == 1
            else "No options yet; inviting some."
        )
        return ask(["explore", "follow_up"], ["options"], why)
    total, undated = _will_state(reading)
    if total and undated:
        move = ask(["by_when"], [], "The step has no date yet; asking by when.")
        if move:
            return move
    if heard.has("obstacle"):
        move = ask(["obstacle"], [], "An obstacle came up; planning around it.")
        if move:
            return move
    return ask(["follow_up", "explore"], ["action"], "No step chosen yet; asking for one.")
