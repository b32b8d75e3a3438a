"""The rules: when a stage's purpose is met and which question comes next."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.grow.answers import (
    _FACT_RE,
    _distinct,
    _words,
    extract_options,
    has_hedge,
    has_measure,
    has_obstacle,
    has_timeframe,
    is_short,
    is_unsure,
)
from assistant.grow.bank import STAGES, Question, QuestionBank
from assistant.grow.store import DONE, SessionRecord
from assistant.grow.will import _will_actions


@dataclass(frozen=True)
class _Move:
    """What to do next: ask ``question`` in ``stage`` (or finish when ``stage`` is done)."""

    stage: str
    question: Question | None
    reason: str


@dataclass
class _GoalState:
    substantive: bool = False
    measure: bool = False
    timeframe: bool = False
    hedged: bool = False

    @property
    def met(self) -> bool:
        if not self.substantive:
            return False
        if self.measure and self.timeframe:
            return True
        return not self.hedged and (self.measure or self.timeframe)

    @property
    def missing(self) -> set[str]:
        return {
            tag for tag, ok in (("measure", self.measure), ("timeframe", self.timeframe)) if not ok
        }


def _goal_state(record: SessionRecord, bank: QuestionBank) -> _GoalState:
    state = _GoalState()
    for entry in record.answered("goal"):
        answer = entry.answer or ""
        if is_unsure(answer):
            continue
        question = bank.get(entry.question_id)
        sharpen = entry.intent == "sharpen"
        state.substantive = state.substantive or not is_short(answer) or sharpen
        state.timeframe = state.timeframe or has_timeframe(answer, record.created)
        answered_measure = (
            sharpen
            and question is not None
            and "measure" in question.tags
            and len(_words(answer)) >= 3
        )
        state.measure = state.measure or has_measure(answer) or answered_measure
        if not sharpen:
            state.hedged = state.hedged or has_hedge(answer)
    return state


def _reality_met(record: SessionRecord) -> bool:
    answers = [e.answer or "" for e in record.answered("reality") if not is_unsure(e.answer or "")]
    substantive = [a for a in answers if not is_short(a)]
    if any(_FACT_RE.search(a) or has_obstacle(a) for a in substantive):
        return True
    return len(answers) >= 2 and bool(substantive)


def _options(record: SessionRecord) -> list[str]:
    found: list[str] = []
    for entry in record.answered("options"):
        if not is_unsure(entry.answer or ""):
            found.extend(extract_options(entry.answer or ""))
    return _distinct(found)


def _purpose_met(stage: str, record: SessionRecord, bank: QuestionBank) -> bool:
    if stage == "goal":
        return _goal_state(record, bank).met
    if stage == "reality":
        return _reality_met(record)
    if stage == "options":
        return len(_options(record)) >= 2
    return any(d.due for d in _will_actions(record, bank))


_STAGE_REASONS = {
    "goal": "Starting with the goal: what the mentee wants from this conversation.",
    "reality": "The goal is clear enough; now the current situation.",
    "options": "The situation is described; now the options.",
    "will": "There are options to choose from; now the way forward.",
}


class _Chooser:
    """Picks unused questions from the bank for one session."""

    def __init__(self, bank: QuestionBank, record: SessionRecord) -> None:
        self.bank = bank
        self.record = record
        self.used_ids = {e.question_id for e in record.transcript}
        self.used_texts = {e.question.lower() for e in record.transcript}

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
            and q.render(topic).lower() not in self.used_texts
            and (topic or not q.needs_topic)
        ]
        if not candidates:
            return None

        def rank(q: Question) -> tuple[int, int, int, int]:
            matched = len(set(prefer) & set(q.tags))
            extra = len(set(q.tags) - set(prefer)) if prefer else 0
            topical = -int(bool(topic) and q.needs_topic)
            return (-matched, extra, topical, intents.index(q.intent))

        return min(candidates, key=rank)  # min is stable: bank order breaks ties


def _enter(stage_index: int, record: SessionRecord, chooser: _Chooser, *, why: str = "") -> _Move:
    for index in range(stage_index, len(STAGES)):
        stage = STAGES[index]
        first: Question | None = None
        reason = why or _STAGE_REASONS[stage]
        if stage == "options" and any(
            has_obstacle(e.answer or "") for e in record.answered("reality")
        ):
            first = chooser.pick("options", ["obstacle"])
            if first:
                reason = "An obstacle came up; exploring what would be possible without it."
        first = first or chooser.pick(stage, ["open", "explore"])
        if first:
            return _Move(stage, first, reason)
        why = ""
    return _Move(DONE, None, "The way forward is set.")


def _next_move(record: SessionRecord, bank: QuestionBank) -> _Move:
    """The rules: choose the next question from the answer just given."""
    chooser = _Chooser(bank, record)
    stage = record.stage
    index = STAGES.index(stage)  # type: ignore[arg-type]
    answered = record.answered(stage)
    last = answered[-1]
    text = last.answer or ""

    if _purpose_met(stage, record, bank):
        return _enter(index + 1, record, chooser)
    if len(answered) >= bank.max_questions_per_stage:
        return _enter(
            index + 1,
            record,
            chooser,
            why=f"The {stage} stage has had {len(answered)} questions; moving on.",
        )

    expecting_date = stage == "will" and last.intent == "by_when"
    if is_short(text) and not expecting_date:
        prefer = ["unsure"] if is_unsure(text) else ["expand"]
        question = chooser.pick(stage, ["follow_up"], prefer)
        if question:
            return _Move(stage, question, "The answer was short; inviting the mentee to say more.")

    if stage == "goal":
        goal = _goal_state(record, bank)
        question = chooser.pick("goal", ["sharpen"], sorted(goal.missing))
        if question:
            return _Move(
                "goal", question, "The goal does not yet say what success looks like or by when."
            )
    elif stage == "options" and has_obstacle(text):
        question = chooser.pick("options", ["obstacle"])
        if question:
            return _Move(
                "options",
                question,
                "An obstacle came up; exploring what would be possible without it.",
            )
    elif stage == "will":
        drafts = _will_actions(record, bank)
        if drafts or expecting_date:
            question = chooser.pick("will", ["by_when"])
            if question:
                return _Move("will", question, "The step has no date yet.")
        if has_obstacle(text):
            question = chooser.pick("will", ["obstacle"])
            if question:
                return _Move("will", question, "An obstacle came up; planning around it.")

    question = chooser.pick(stage, ["explore", "open", "follow_up"])
    if question:
        return _Move(stage, question, f"Exploring the {stage} further.")
    return _enter(
        index + 1, record, chooser, why=f"No unused {stage} questions are left; moving on."
    )
