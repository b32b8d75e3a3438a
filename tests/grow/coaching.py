"""What the coach's tests share: a knowledge base that finds nothing, the day they run on, and
one answer said to a session."""

from __future__ import annotations

from datetime import date

from assistant.citations import Passage
from assistant.grow import GrowCoach, GrowTurn

TODAY = date(2026, 12, 1)  # a Tuesday


class NoKB:
    def search(self, query: str, k: int = 5) -> list[Passage]:
        return []


def say(coach: GrowCoach, turn: GrowTurn, answer: str) -> GrowTurn:
    return coach.answer(turn.session, answer)
