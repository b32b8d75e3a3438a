"""The assistant facade: the one entry point the CLI and the UI call.

Every method follows the same path: request -> provider (which retrieves cited passages and
answers) -> :func:`assistant.output.deliver` (the guard choke point) -> :class:`Reply`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from assistant.config import Settings
from assistant.output import Reply, deliver
from assistant.providers.base import Provider
from assistant.providers.offline import OfflineProvider
from assistant.requests import (
    ActionsRequest,
    AgendaRequest,
    AskRequest,
    FaqRequest,
    GrowAdvanceRequest,
    GrowAnotherRequest,
    GrowAnswerRequest,
    GrowStartRequest,
    GrowSummaryRequest,
    ReflectRequest,
    Request,
    Turn,
)

if TYPE_CHECKING:
    from assistant.actions import ActionItem
    from assistant.guard import GuardResult
    from assistant.relationship.checkup import CheckupAnswers
    from assistant.relationship.context import RelationshipContext
    from assistant.relationship.store import RelationshipStore
    from assistant.relationship.workflow import RecordedSession
    from assistant.retrieval import IndexProgress, IndexReport, KnowledgeBase
    from assistant.streaming import StreamEvent


# A question the shipped guidance answers, so warming up runs the whole offline answer path.
WARM_UP_QUESTION = "How do we begin a mentoring relationship?"


class Assistant:
    """Mentor Session Assistant. ``Assistant()`` uses the environment's settings."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        kb: KnowledgeBase | None = None,
        provider: Provider | None = None,
    ) -> None:
        self.settings = settings or Settings.load()
        if kb is None:
            from assistant.retrieval import KnowledgeBase

            kb = KnowledgeBase(self.settings)
        self.kb = kb
        self.offline = OfflineProvider(self.kb, self.settings.sessions_dir)
        self.provider = provider or self._configured_provider()
        self._relationships: RelationshipStore | None = None

    def _configured_provider(self) -> Provider:
        if self.settings.provider == "offline":
            return self.offline
        from assistant.providers.factory import build_provider

        return build_provider(self.settings, kb=self.kb, offline=self.offline)

    def run(self, request: Request) -> Reply:
        """Answer any request through the configured provider and the guard."""
        return deliver(self.provider.invoke(request))

    # Capabilities -----------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Load what the first answer needs, so the first question is answered as fast as the
        rest: the index, the sentence encoder, the exemplar banks, the guard, and the English
        parser that the guard and the decision to decline read with (about 0.6 s on its own,
        otherwise paid by the first question the guidance covers). Nothing is sent to a model.
        """
        from assistant.ask import answer_question
        from assistant.understanding import syntax

        syntax.available()
        answer_question(WARM_UP_QUESTION, self.kb)

    def ask(self, question: str, *, k: int = 5, history: Sequence[Turn] = ()) -> Reply:
        from assistant.ask import check_question

        return self.run(AskRequest(question=check_question(question), k=k, history=tuple(history)))

    def stream_ask(
        self, question: str, *, k: int = 5, history: Sequence[Turn] = ()
    ) -> Iterator[StreamEvent]:
        """Stream a grounded answer sentence by sentence, each one checked by the guard first.

        The last event is ``done`` and carries the guarded :class:`~assistant.ask.Answer`, the
        provider that produced it and any notice (e.g. a fallback to the offline engine).
        """
        from assistant.ask import check_question
        from assistant.streaming import stream_answer

        return stream_answer(self, check_question(question), k=k, history=history)

    def agenda(
        self,
        stage: str | None,
        minutes: int,
        *,
        goals: Sequence[str] = (),
        open_actions: Sequence[ActionItem] = (),
        relationship: str | None = None,
        today: date | None = None,
    ) -> Reply:
        """An agenda; with ``relationship`` its open items (overdue ones called out) are reviewed,
        its goals are used when none are given, and so is the stage it has reached."""
        if relationship is not None:
            from assistant.relationship.workflow import agenda_actions

            context = self.relationship_context(relationship)
            stored = list(context.open_items)
            open_actions = [*open_actions, *agenda_actions(stored, today or date.today())]
            goals = tuple(goals) or context.goals
            stage = stage or context.stage
        if stage is None:
            from assistant.errors import UsageError

            raise UsageError("Choose the meeting's stage (or give a recorded relationship).")
        return self.run(
            AgendaRequest(
                stage=stage, minutes=minutes, goals=tuple(goals), open_actions=tuple(open_actions)
            )
        )

    def grow_start(self, topic: str | None = None, *, relationship: str | None = None) -> Reply:
        """Start GROW; with ``relationship`` and no topic, coach on its first open goal."""
        if relationship is not None and not topic:
            goals = self.relationship_context(relationship).goals
            topic = goals[0] if goals else None
        return self.run(GrowStartRequest(topic=topic))

    def grow_answer(self, session_id: str, text: str) -> Reply:
        return self.run(GrowAnswerRequest(session_id=session_id, text=text))

    def grow_another(self, session_id: str) -> Reply:
        return self.run(GrowAnotherRequest(session_id=session_id))

    def grow_advance(self, session_id: str) -> Reply:
        return self.run(GrowAdvanceRequest(session_id=session_id))

    def grow_summary(self, session_id: str) -> Reply:
        return self.run(GrowSummaryRequest(session_id=session_id))

    def actions(
        self,
        notes: str,
        *,
        today: date,
        mentee: str | None = None,
        mentor: str | None = None,
        author: Literal["mentor", "mentee"] = "mentee",
        relationship: str | None = None,
    ) -> Reply:
        """Action items; with ``relationship`` its mentor's and mentee's names are known."""
        if relationship is not None:
            context = self.relationship_context(relationship)
            mentee, mentor = mentee or context.mentee, mentor or context.mentor
        return self.run(
            ActionsRequest(notes=notes, today=today, mentee=mentee, mentor=mentor, author=author)
        )

    def reflect(
        self,
        kind: Literal["session", "closing"],
        notes: str | None = None,
        *,
        relationship: str | None = None,
    ) -> Reply:
        """Reflection prompts; with ``relationship`` and no notes, tailored to its sessions."""
        if relationship is not None and notes is None:
            from assistant.relationship.workflow import session_notes

            notes = session_notes(self.relationships.get(relationship), kind)
        return self.run(ReflectRequest(kind=kind, notes=notes))

    def faq(
        self, count: int = 10, topic: str | None = None, *, relationship: str | None = None
    ) -> Reply:
        """A FAQ; with ``relationship`` and no topic, the questions of the stage it has reached."""
        if relationship is not None and not topic:
            from assistant.relationship.context import STAGE_TOPICS

            topic = STAGE_TOPICS.get(self.relationship_context(relationship).stage)
        return self.run(FaqRequest(count=count, topic=topic))

    # Tools that are not capabilities -----------------------------------------------------------

    def check_message(self, text: str, *, relationship: str | None = None) -> GuardResult:
        """Run the guard on a mentor's own draft and return every finding; with
        ``relationship``, its mentee's name is read as the person addressed."""
        if relationship is not None:
            from assistant.relationship.drafts import check_draft

            return check_draft(text, self.relationships.get(relationship).mentee)
        from assistant.guard import check

        return check(text)

    def index(
        self,
        paths: Sequence[str | Path] = (),
        *,
        progress: Callable[[IndexProgress], None] | None = None,
    ) -> IndexReport:
        return self.kb.index(paths, progress=progress)

    # The relationship record -------------------------------------------------------------------

    @property
    def relationships(self) -> RelationshipStore:
        """The relationship record in the data directory (opened, and migrated, on first use)."""
        from assistant.relationship.store import RelationshipStore

        if self._relationships is None or not self._relationships.path.exists():
            if self._relationships is not None:  # the data directory was deleted meanwhile
                self._relationships.close()
            self._relationships = RelationshipStore(self.settings.home)
        return self._relationships

    def relationship_context(
        self, relationship: str, query: str | None = None
    ) -> RelationshipContext:
        """What a capability knows of a recorded relationship; with ``query``, the passages of
        its session notes that share the query's words (best first)."""
        from assistant.relationship.context import NOTE_MATCHES, build_context, content_words

        record = self.relationships.get(relationship)
        notes = None
        words = content_words(query) if query else ""
        if words:
            notes = self.relationships.search_notes(
                relationship, words, any_word=True, limit=NOTE_MATCHES
            )
        return build_context(record, notes)

    def record_session(
        self,
        relationship: str,
        notes: str,
        *,
        today: date,
        stage: str = "regular",
        author: Literal["mentor", "mentee"] = "mentee",
        grow_session: str | None = None,
        reflect: bool = False,
        agenda: dict[str, Any] | None = None,
    ) -> RecordedSession:
        """Store a session: its notes, the action items in them (and in a GROW summary) and,
        if given, the agenda it followed (as ``agenda --json`` prints it)."""
        from assistant.relationship.workflow import record_session

        return record_session(
            self,
            relationship,
            notes,
            today=today,
            stage=stage,
            author=author,
            grow_session=grow_session,
            reflect=reflect,
            agenda=agenda,
        )

    def checkup(
        self, relationship: str, answers: CheckupAnswers, *, today: date | None = None
    ) -> Reply:
        """Score, store and route a 90-day check-up of the match."""
        from assistant.relationship.workflow import run_checkup

        return run_checkup(self, relationship, answers, today=today)

    def relationship_document(
        self, relationship: str, kind: str, *, today: date | None = None
    ) -> Reply:
        """The agreement, plan, midpoint, closing or end-signals document for a relationship."""
        from assistant.relationship.workflow import document

        return document(self, relationship, kind, today=today)
