"""What the coach's tests share: a knowledge base that finds nothing, the day they run on, one
answer said to a session, and a session taken from its goal to the Will stage."""

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


def at_will(coach: GrowCoach, goal: str) -> GrowTurn:
    """A new session given ``goal``, then moved on by the mentor up to the Will stage."""
    turn = say(coach, coach.start(), goal)
    while turn.stage != "will":
        turn = coach.advance(turn.session)
    return turn
