"""Note-takers' shorthand spelled out (``shorthand.yaml``): "b4 nxt mtg" reads "before next
meeting", so deadlines and the next meeting's date are found in jotted notes."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from assistant.datafiles import load_data

__all__ = ["spell_out"]

SHORTHAND_PATH = Path(__file__).with_name("shorthand.yaml")


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    words: dict[str, str]


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    loaded = load_data(SHORTHAND_PATH, _File, what="the note-takers' shorthand (shorthand.yaml)")
    return {k.lower(): v for k, v in loaded.words.items()}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(_words(), key=len, reverse=True))
    return re.compile(rf"(?<![\w/@#.-])(?:{alternatives})(?![\w/@-])", re.IGNORECASE)


def _spelled(found: re.Match[str]) -> str:
    word = _words()[found.group(0).lower()]
    return word[:1].upper() + word[1:] if found.group(0)[:1].isupper() else word


def spell_out(line: str) -> str:
    """``line`` with each shorthand word as the word it stands for."""
    return _pattern().sub(_spelled, line)
