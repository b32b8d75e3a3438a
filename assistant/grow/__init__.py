"""GROW coaching: one question at a time through Goal, Reality, Options and Will.

The mentor asks and the mentee answers; the mentee owns the goal and the actions. Each answer is
read for what the mentee did (:mod:`~assistant.grow.hearing`, on the shared
:mod:`assistant.understanding` layer): a goal (specific? a time frame? their own?), the
situation, an obstacle, a feeling, an unsure or vague answer, a request to decide, options,
commitments with owners and dates, or an off-topic remark. The rules (:mod:`~assistant.grow.rules`)
then make one move: ``probe`` in the same stage, ``hand_back`` a request to decide,
``acknowledge`` a feeling, ``redirect`` an off-topic answer, or ``advance`` when the stage's
purpose is met. Every turn says what was heard and why the question was asked; no question
repeats, and every stage is capped so a session always ends.

Sessions are JSON files under ``sessions_dir`` (one per id), so a command-line user can continue
a session across runs. The summary lists the goal, the situation, obstacles, options (one per
option, split from lists) and the way forward, and turns the mentee's commitments into action
items through the notes extractor (:mod:`~assistant.grow.will`).

Modules: :mod:`~assistant.grow.bank` (question bank schema and loader),
:mod:`~assistant.grow.store` (stored sessions), :mod:`~assistant.grow.hearing` (reading one
answer), :mod:`~assistant.grow.wording` (the mentee's words inside questions),
:mod:`~assistant.grow.will` (commitments to action items), :mod:`~assistant.grow.rules` (stage
purposes and the next move), :mod:`~assistant.grow.results` (turn and summary) and
:mod:`~assistant.grow.coach` (the session runner).
"""

from __future__ import annotations

from assistant.grow.answers import has_hedge as has_hedge
from assistant.grow.answers import has_measure as has_measure
from assistant.grow.answers import has_obstacle as has_obstacle
from assistant.grow.answers import has_timeframe as has_timeframe
from assistant.grow.answers import is_short as is_short
from assistant.grow.answers import is_unsure as is_unsure
from assistant.grow.bank import MIN_QUESTIONS_PER_STAGE as MIN_QUESTIONS_PER_STAGE
from assistant.grow.bank import QUESTIONS_PATH as QUESTIONS_PATH
from assistant.grow.bank import STAGES, Question, QuestionBank, load_question_bank
from assistant.grow.bank import Intent as Intent
from assistant.grow.bank import QuestionSource as QuestionSource
from assistant.grow.bank import Stage as Stage
from assistant.grow.bank import StageSpec as StageSpec
from assistant.grow.coach import MAX_ANSWER_CHARS as MAX_ANSWER_CHARS
from assistant.grow.coach import MAX_TOPIC_CHARS as MAX_TOPIC_CHARS
from assistant.grow.coach import GrowCoach
from assistant.grow.coach import KnowledgeSearch as KnowledgeSearch
from assistant.grow.hearing import Heard, hear
from assistant.grow.options import extract_options as extract_options
from assistant.grow.results import GrowSummary, GrowTurn
from assistant.grow.rules import MOVES as MOVES
from assistant.grow.store import DONE as DONE
from assistant.grow.store import (
    SessionInfo,
    SessionRecord,
    TranscriptEntry,
    delete_all_sessions,
    list_sessions,
)
from assistant.grow.will import actions_from_answer

__all__ = [
    "STAGES",
    "GrowCoach",
    "GrowSummary",
    "GrowTurn",
    "Heard",
    "Question",
    "QuestionBank",
    "SessionInfo",
    "SessionRecord",
    "TranscriptEntry",
    "actions_from_answer",
    "delete_all_sessions",
    "hear",
    "list_sessions",
    "load_question_bank",
]
