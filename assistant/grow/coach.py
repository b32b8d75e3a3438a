"""The GROW coach: runs a session one question at a time and summarises it."""

from __future__ import annotations

import contextlib
import re
import secrets
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol

from assistant.citations import Passage
from assistant.errors import InputFileError, UsageError
from assistant.grow.bank import STAGES, Question, QuestionBank, load_question_bank
from assistant.grow.cues import COMMIT_RE
from assistant.grow.goal_line import goal_line
from assistant.grow.hearing import Heard
from assistant.grow.past_dates import past_date_checks
from assistant.grow.results import GrowSummary, GrowTurn
from assistant.grow.rules import (
    _Chooser,
    _Move,
    _Reading,
    enter,
    goal_phrase,
    goal_state,
    names_it_shorter,
    next_move,
    options_of,
    read_session,
    states_whole_goal,
)
from assistant.grow.store import (
    SessionRecord,
    TranscriptEntry,
    _corrupt,
    _load_record,
    _session_lock,
    _write_record,
)
from assistant.grow.will import commitments_to_items, split_by_owner
from assistant.grow.wording import (
    normalise_phrase,
    without_acknowledgement,
    without_feelings,
    without_fillers,
)

MAX_ANSWER_CHARS = 10_000
MAX_TOPIC_CHARS = 200


class KnowledgeSearch(Protocol):
    """What the coach needs from a knowledge base: ranked passages for a query."""

    def search(self, query: str, k: int = 5) -> list[Passage]: ...


def _now() -> datetime:
    return datetime.now(UTC)


def _new_id() -> str:
    while True:
        token = secrets.token_urlsafe(6)
        if token[0].isalnum():  # an id never starts with "-" (it would read as a CLI flag)
            return token


def _clause_start(text: str) -> str:
    """ "but never owned a roadmap" -> "Never owned a roadmap"."""
    text = re.sub(r"^(?:but|however|and|so|although|though)\b[\s,]*", "", text.strip(), flags=re.I)
    return text[:1].upper() + text[1:]


# Who a clause after "but" is about, said at its start: "but nobody corrects the essays".
_OWN_SUBJECT_RE = re.compile(
    r"^(?:i|we|you|he|she|nobody|no\s+one|noone|none|everyone|someone|my|our|his|her|their|the|"
    r"there|here|now|after|when|every|most|half|(?:[A-Z][\w'’-]*))\b"
)
# Words that point back at the first clause: "but it costs 900", "but nobody has booked it".
_POINTS_BACK_RE = re.compile(r"\b(?:it|its|it's|it’s|this|that|them|they|these|those)\b", re.I)
# A verb said without its subject: "but gave up in week five", "but haven't sent one".
_BARE_VERB_RE = re.compile(
    r"^(?:(?:still|only|never|always|just|also|then|usually|often)\s+)?(?:[a-z]+(?:ed|s)|"
    r"(?:can|could|do|does|did|have|has|had|is|was|would|wo|ca)n(?:'|’)?t|cannot|keep|get|got|"
    r"gave|went|ran|lost|took|made|found|felt|left|fell|forgot)\b",
    re.IGNORECASE,
)
# The speaker or a person first, with a "have" the verb after "but" shares ("I've ... but never
# rehearsed" -> "I've never rehearsed").
_PERSON_FIRST_RE = re.compile(
    r"^(?:i|we|he|she)(?:(?:'ve|’ve|\s+have|'d|’d|\s+had|\s+has|'s|’s)(?=\s+[a-z]+(?:ed|en|ne|wn)\b))?",
    re.IGNORECASE,
)
# "I'm frustrated, yes, but here's where it stands": the turn from a concession, no barrier.
_CONCEDED_RE = re.compile(r"\b(?:yes|yeah|sure|true|fine|ok(?:ay)?)\W*$", re.IGNORECASE)


def _obstacle_line(answer: str, heard: Heard, stage: str) -> str | None:
    """The obstacle in the mentee's words, without repeating what the summary says elsewhere.

    Of a clause "X, but Y", Y says what is in the way; it is kept alone when it says who it is
    about ("... but nobody corrects my essays" -> "Nobody corrects my essays"), with the
    speaker's "I" when it goes on without one ("I tried an app but gave up in week five" -> "I
    gave up in week five"), and X is kept with it when Y points back at it ("but it's 900
    quid"). An option or a step said with a cost or a "but" is no obstacle, nor the "but" that
    turns from a feeling conceded ("yes, but here's where it stands")."""
    evidence = " ".join(heard.evidence.get("obstacle", "").split())
    flat = " ".join(answer.split())
    if not evidence:
        return None
    at = flat.find(evidence)
    if at > 0 and _CONCEDED_RE.search(flat[:at].rstrip(" ,")):
        return None
    low = evidence.lower()
    said = [c.text.lower() for c in heard.commitments]
    if stage != "reality":  # options heard in Reality are not the summary's options
        said += [o.lower() for o in heard.options]
    if COMMIT_RE.search(evidence) or any(
        s and (s in low or low in s or _words_share(low, s)) for s in said
    ):
        return None  # "Or cut the slides down so I can't read from them": an option
    clause = evidence
    if re.match(r"^(?:but|however)\b", evidence, re.IGNORECASE) and at > 0:
        # "..., but it did not last": the clause before it, within the sentence
        head = re.split(r"[.!?;]\s+|,\s+", flat[:at].rstrip(" ,"))[-1].strip()
        clause = f"{head}, {evidence}" if head else evidence
    cut = re.search(r"(?:,\s*|\s+)but\s+", clause, re.IGNORECASE)
    if cut is None or not clause[: cut.start()].strip():
        return _clause_start(clause)
    before = _clause_start(clause[: cut.start()].strip())
    after = clause[cut.end() :].strip()
    if _POINTS_BACK_RE.search(" ".join(after.split()[:4])) or len(after.split()) < 2:
        return _clause_start(clause)
    if _OWN_SUBJECT_RE.match(after):
        return _clause_start(re.sub(r"^i\b", "I", after))
    person = _PERSON_FIRST_RE.match(before)
    if person and _BARE_VERB_RE.match(after):
        who = person.group(0)
        return f"{'I' + who[1:] if who.lower().startswith('i') else who.capitalize()} {after}"
    return _clause_start(clause)


def _words_share(a: str, b: str) -> bool:
    """Do two texts share most of their words (an option said again with a "but")?"""
    wa, wb = set(re.findall(r"[a-z']+", a)), set(re.findall(r"[a-z']+", b))
    return bool(wa and wb) and len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else f"{text}."


class GrowCoach:
    """A GROW session runner over a knowledge base (for citations) and a sessions folder."""

    def __init__(
        self,
        kb: KnowledgeSearch,
        sessions_dir: str | Path,
        *,
        today: date | None = None,
        bank: QuestionBank | None = None,
    ) -> None:
        self.kb = kb
        self.sessions_dir = Path(sessions_dir)
        self.today = today
        self.bank = bank or load_question_bank()
        self._search_cache: dict[str, list[Passage]] = {}

    # Public API ---------------------------------------------------------------------------------

    def start(self, topic: str | None = None) -> GrowTurn:
        """Open a new session and ask its first Goal question."""
        topic = " ".join(topic.split()) if topic else None
        if topic and len(topic) > MAX_TOPIC_CHARS:
            raise UsageError(
                f"The topic is {len(topic)} characters; keep it under {MAX_TOPIC_CHARS}."
            )
        now = _now()
        record = SessionRecord(
            id=_new_id(),
            topic=(normalise_phrase(topic) or topic) if topic else None,
            created=self.today or date.today(),
            created_at=now,
            updated_at=now,
            stage="goal",
            transcript=[],
        )
        move = enter(0, record, _Chooser(self.bank, record), _Reading())
        return self._ask(record, move)

    def answer(self, session_id: str, text: str) -> GrowTurn:
        """Record the mentee's answer to the pending question and choose the next one."""
        text = (text or "").strip()
        if not text:
            raise UsageError("The answer is empty: type what the mentee said.")
        if len(text) > MAX_ANSWER_CHARS:
            raise UsageError(
                f"The answer is {len(text)} characters; keep it under {MAX_ANSWER_CHARS}."
            )
        with self._locked(session_id):
            record = self._load(session_id)
            pending = self._pending(record)
            pending.answer = text
            pending.answered_at = _now()
            move = next_move(record, self.bank)
            heard = read_session(record).entries[-1][1]
            if pending.stage == "will" and heard.commitments:
                checks = past_date_checks([text], record.created)
                if checks:  # "by November 28" said on December 3: asked, not rolled on silently
                    move = replace(move, reason=" ".join([move.reason, *checks]))
            pending.heard = list(heard.acts)
            pending.move = move.move
            return self._ask(record, move, heard)

    def another(self, session_id: str) -> GrowTurn:
        """Replace the pending question with a different one from the same stage."""
        with self._locked(session_id):
            record = self._load(session_id)
            pending = self._pending(record)
            chooser = _Chooser(self.bank, record)
            question = chooser.pick(
                record.stage, ["explore", "open", "follow_up", "sharpen", "obstacle"]
            )
            if question is None:
                raise UsageError(
                    f"There are no more {record.stage} questions in this session; move to the "
                    "next stage instead."
                )
            pending.skipped = True
            return self._ask(
                record, _Move(record.stage, question, "Another question, as asked.", "probe")
            )

    def advance(self, session_id: str) -> GrowTurn:
        """Skip the rest of the current stage and ask the first question of the next one."""
        with self._locked(session_id):
            record = self._load(session_id)
            pending = self._pending(record)
            pending.skipped = True
            index = STAGES.index(record.stage)  # type: ignore[arg-type]
            reading = read_session(record)
            chooser = _Chooser(self.bank, record, goal_phrase(reading, self.bank, record.created))
            move = enter(index + 1, record, chooser, reading, why="Moving on, as asked.")
            return self._ask(record, move)

    def summary(self, session_id: str) -> GrowSummary:
        """Goal, reality, options, way forward and action items (also for an unfinished session)."""
        record = self._load(session_id)
        reading = read_session(record)

        def said(stage: str) -> list[tuple[str, Heard]]:
            return [
                (" ".join((e.answer or "").split()), h)
                for e, h in reading.stage(stage)
                if h.substantive and not h.has("off_topic")
            ]

        obstacles = [
            _sentence(line)
            for stage in ("reality", "options", "will")
            for e, h in reading.stage(stage)
            if h.has("obstacle") and not h.has("off_topic")
            for line in [_obstacle_line(e.answer or "", h, stage)]
            if line
        ]
        items, others = split_by_owner(
            commitments_to_items(
                ((e.stage, e.answer or "", h) for e, h in reading.entries),
                record.created,
                options_of(reading),
            )
        )
        return GrowSummary(
            goal=self._goal_statement(reading),
            reality=" ".join(_sentence(a) for a, _ in said("reality")),
            options=tuple(options_of(reading)),
            will=" ".join(self._will_parts(reading)),
            action_items=tuple(items),
            others_steps=tuple(others),
            session=record.id,
            topic=record.topic,
            done=record.done,
            obstacles=tuple(dict.fromkeys(obstacles)),
            date_checks=tuple(
                past_date_checks(
                    (e.answer or "" for e, h in reading.stage("will") if h.commitments),
                    record.created,
                )
            ),
        )

    def transcript(self, session_id: str) -> list[TranscriptEntry]:
        """Every question asked so far, with the answers (for display)."""
        return list(self._load(session_id).transcript)

    def current(self, session_id: str) -> GrowTurn:
        """The pending question again (e.g. when a user comes back to a session)."""
        record = self._load(session_id)
        pending = record.pending
        if pending is None:
            return self._turn(record, None, "The way forward is set.")
        question = self.bank.get(pending.question_id)
        return self._turn(record, question, "", text=pending.question)

    # Internals ---------------------------------------------------------------------------------

    @staticmethod
    def _will_parts(reading: _Reading) -> list[str]:
        parts = []
        for entry, heard in reading.stage("will"):
            answer = " ".join((entry.answer or "").split())
            if heard.has("off_topic") or heard.has("ask_to_decide"):
                continue
            if entry.intent == "by_when" and heard.times and not heard.commitments:
                parts.append(f"(by when: {answer})")
            elif heard.substantive:
                # "Fine. I'll..." -> "I'll..."; how they feel is what was heard, not the plan
                plan = without_feelings(without_fillers(answer))
                if plan:
                    parts.append(_sentence(plan))
        return parts

    def _goal_statement(self, reading: _Reading) -> str:
        state = goal_state(reading, self.bank)
        parts = [
            " ".join((e.answer or "").split()).rstrip(".")
            for e, h in reading.stage("goal")
            if (h.has("goal") or h.times or h.substantive)
            and not h.has("off_topic")
            and not h.has("ask_to_decide")
        ]
        if not parts:
            return ""
        # The goal as last restated in full (a vague first try gives way to it), then the
        # fragments that sharpened it ("by March").
        main = " ".join(state.text.split()).rstrip(".") if state.text else parts[0]
        # A later answer that states the whole goal, specific and with a time frame, replaces
        # the tries before it ("get promoted to senior" -> "... senior engineer in June").
        whole = [
            " ".join((e.answer or "").split()).rstrip(".")
            for e, h in reading.stage("goal")
            if states_whole_goal(e, h)
        ]
        later = main not in parts or parts.index(whole[-1] if whole else main) > parts.index(main)
        if whole and whole[-1] in parts and later:
            main = whole[-1]
        if main not in parts:
            parts.insert(0, main)
        rest = parts[parts.index(main) + 1 :]
        # "sign with a literary agent", then "have an agent by March": the try the whole goal
        # names by its noun alone says what the goal is about, so it leads
        tries = [p for p in parts[: parts.index(main)] if names_it_shorter(p, main)]
        if tries:
            return goal_line([without_acknowledgement(p) for p in [tries[-1], main, *rest]])
        # "Fine. I was made redundant in November...": the acknowledgement is no part of it
        return goal_line([without_acknowledgement(p) for p in [main, *rest]])

    def _pending(self, record: SessionRecord) -> TranscriptEntry:
        if record.done:
            raise UsageError(
                f"GROW session '{record.id}' is finished. See its summary with: "
                f"mentor-assist grow summary {record.id}"
            )
        pending = record.pending
        if pending is None:  # cannot happen with files written by this module
            raise InputFileError(
                self.sessions_dir / f"{record.id}.json",
                _corrupt("no question is waiting for an answer"),
            )
        return pending

    def _ask(self, record: SessionRecord, move: _Move, heard: Heard | None = None) -> GrowTurn:
        now = _now()
        record.stage = move.stage  # type: ignore[assignment]
        text = None
        if move.question is not None:
            goal = goal_phrase(read_session(record), self.bank, record.created)
            text = move.question.render(record.topic, goal)
            if move.preface:
                text = f"{move.preface} {text}"
            record.transcript.append(
                TranscriptEntry(
                    stage=move.question.stage,
                    question_id=move.question.id,
                    question=text,
                    intent=move.question.intent,
                    asked_at=now,
                )
            )
        record.updated_at = now
        _write_record(self.sessions_dir, record)
        return self._turn(
            record,
            move.question,
            move.reason,
            text=text,
            move=move.move if heard is not None else None,
            heard=heard.to_dict() if heard is not None else None,
        )

    def _turn(
        self,
        record: SessionRecord,
        question: Question | None,
        reason: str,
        *,
        text: str | None = None,
        move: str | None = None,
        heard: dict[str, object] | None = None,
    ) -> GrowTurn:
        done = record.done
        stage = record.stage
        cite_stage = "will" if done else stage
        asked = [e for e in record.transcript if e.stage == stage and not e.skipped]
        return GrowTurn(
            session=record.id,
            stage=stage,
            question=None if done else text,
            done=done,
            question_id=None if done or question is None else question.id,
            reason=reason,
            step=len(record.answered()) + (0 if done else 1),
            stage_number=STAGES.index(cite_stage) + 1,  # type: ignore[arg-type]
            stage_question=0 if done else len(asked),
            max_questions_per_stage=self.bank.max_questions_per_stage,
            citations=self._citations(cite_stage, None if done else question),
            move=move,
            heard=heard,
        )

    def _citations(self, stage: str, question: Question | None) -> tuple[Passage, ...]:
        spec = self.bank.stages[stage]  # type: ignore[index]
        source = question.source if question else None
        query = f"{source.section} {spec.search}" if source else spec.search
        if query not in self._search_cache:
            self._search_cache[query] = list(self.kb.search(query, k=4))
        hits = self._search_cache[query]
        threshold = _relevance_threshold()

        def from_source(p: Passage) -> bool:
            return bool(source) and p.source == source.file and source.section in p.section

        chosen = [p for p in hits if from_source(p)]
        chosen += [p for p in hits if not from_source(p) and p.score >= threshold]
        return tuple(chosen[:2])

    def _load(self, session_id: str) -> SessionRecord:
        return _load_record(self.sessions_dir, session_id)

    def _locked(self, session_id: str) -> contextlib.AbstractContextManager[None]:
        return _session_lock(self.sessions_dir, session_id)


def _relevance_threshold() -> float:
    try:
        from assistant.retrieval import RELEVANCE_THRESHOLD
    except ImportError:
        return 0.0
    return float(RELEVANCE_THRESHOLD)
