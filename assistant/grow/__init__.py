"""GROW coaching: one question at a time through Goal, Reality, Options and Will.

The mentor asks and the mentee answers; the mentee owns the goal and the actions. Questions come
from ``questions.yaml``; deterministic rules read each answer and choose the next one:

- a very short or unsure answer gets a follow-up ("Say more about that...");
- a vague goal (no success measure and no timeframe, or hedge words such as "better" without both)
  gets a sharpening question ("What would success look like, and by when...?");
- an obstacle ("but", "can't", "no time", "my manager won't", "afraid") opens the options
  ("If these barriers were absent, what would you do?");
- a Will step without a date gets "By when?";
- a stage ends when its purpose is met or after ``max_questions_per_stage`` answers, so a session
  always ends. No question repeats in a session.

Sessions are JSON files under ``sessions_dir`` (one per id), so a command-line user can continue
a session across runs. The summary turns the Will answers into action items.

Modules: :mod:`~assistant.grow.bank` (question bank schema and loader),
:mod:`~assistant.grow.store` (stored sessions), :mod:`~assistant.grow.answers` (reading one answer),
:mod:`~assistant.grow.will` (Will answers to action items), :mod:`~assistant.grow.rules` (stage
purposes and the next question), :mod:`~assistant.grow.results` (turn and summary) and
:mod:`~assistant.grow.coach` (the session runner).
"""

from __future__ import annotations

from assistant.grow.answers import extract_options as extract_options
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
from assistant.grow.results import GrowSummary, GrowTurn
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
    "Question",
    "QuestionBank",
    "SessionInfo",
    "SessionRecord",
    "TranscriptEntry",
    "actions_from_answer",
    "delete_all_sessions",
    "list_sessions",
    "load_question_bank",
]
