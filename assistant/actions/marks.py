"""The marks a note-taker sets on a line to say what became of it (``marks.yaml``)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from assistant.datafiles import load_data
from assistant.understanding.text import phrase_pattern

__all__ = ["done_mark", "ends_done", "states_intent"]

MARKS_PATH = Path(__file__).with_name("marks.yaml")


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    done: list[str]
    intent: list[str]


@lru_cache(maxsize=1)
def _marks() -> _File:
    return load_data(MARKS_PATH, _File, what="the note-line marks (actions/marks.yaml)")


# Signs a line is finished that are not words of the list: a ticked box, strike-through, a
# tick, "(done as agreed)" with a remark, "_closed_", "- completed" at the end
_DONE_SIGNS = re.compile(
    r"^\[[xX✓]\]|~~|\((?:done|completed|closed)\b[^()]{0,40}\)|✅|✔|☑|[_*]closed[_*]"
    r"|\s[-–—]\s*(?:done|completed)\s*\.?$",
    re.IGNORECASE,
)


def _words() -> str:
    return "|".join(re.escape(w) for w in _marks().done)


def _bracketed(words: str) -> str:
    """A done word in brackets of either kind: "(already done)", "**[DONE]**"."""
    return rf"[(\[]\s*(?:already\s+)?(?:{words})\s*[)\]]"


@lru_cache(maxsize=1)
def _done_pattern() -> re.Pattern[str]:
    words = _words()
    return re.compile(
        _bracketed(words)
        + rf"|:\s*(?:{words})\s*[.!]?\s*$"  # "Open new ticket for new co-chair: DONE"
        + rf"|\s[-–—]\s*(?:{words})\s*[-–—]\s",  # "Create the files - done - please see them"
        re.IGNORECASE,
    )


def done_mark(line: str) -> bool:
    """True when ``line`` carries a sign or a mark saying its task is finished."""
    return _DONE_SIGNS.search(line) is not None or _done_pattern().search(line) is not None


@lru_cache(maxsize=1)
def _intent_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"^(?:(?:also|then|so)\s+)?(?:{phrase_pattern(_marks().intent)})(?![\w'’])",
        re.IGNORECASE,
    )


def states_intent(sentence: str) -> bool:
    """True when ``sentence`` opens, with no subject, on what someone means to do."""
    return _intent_pattern().match(sentence.strip()) is not None


@lru_cache(maxsize=1)
def _ends_done_pattern() -> re.Pattern[str]:
    capitals = "|".join(re.escape(w.upper()) for w in _marks().done)
    return re.compile(
        rf"(?:{_bracketed(_words())}"  # "... data set. **[DONE]**"
        rf"|(?<=[.!])\s+(?-i:{capitals}))"  # "start the feedback document.  COMPLETE"
        r"[\s*_.!]*$",
        re.IGNORECASE,
    )


def ends_done(line: str) -> bool:
    """True when ``line`` ends on a mark that closes all of it, every sentence before it."""
    return _ends_done_pattern().search(line) is not None
