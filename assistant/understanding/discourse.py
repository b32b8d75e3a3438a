"""Discourse markers: what frames a sentence without adding to it.

"To be honest, I feel quite anxious" is a feeling, not a wish ("to be ..."); "Okay, concretely:
I could go through my statements" offers one option, not two. The markers are the reviewed data
file ``discourse.yaml``; a run of them at the head of a text, each set off by a comma, colon,
dash or the end of the text, frames what follows.

>>> marker_only("Okay, concretely:")
True
>>> without_markers("To be honest, I feel quite anxious.")
'I feel quite anxious.'
>>> without_markers("To be a nurse in Canada")
'To be a nurse in Canada'
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from assistant.datafiles import load_data
from assistant.understanding.text import phrase_pattern

__all__ = ["DISCOURSE_PATH", "lead_end", "marker_only", "markers", "without_markers"]

DISCOURSE_PATH = Path(__file__).with_name("discourse.yaml")


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    markers: list[str]


@lru_cache(maxsize=1)
def markers() -> tuple[str, ...]:
    """The reviewed markers, longest first, lowercase."""
    d = load_data(DISCOURSE_PATH, _File, what="the discourse markers (discourse.yaml)")
    return tuple(sorted({m.strip().lower() for m in d.markers if m.strip()}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _lead_re() -> re.Pattern[str]:
    alternation = phrase_pattern(markers())
    # each marker set off from what follows by a comma, colon, dash, "?" or "!" (or the end)
    return re.compile(
        r"^(?:\W*(?:"
        + alternation
        + r")(?:\s*[,:;?!]+|\s+[—–-]+|\s*\.\.\.|\s*(?=$)|\s*\.(?=\s*$)))+"
        r"\s*",
        re.IGNORECASE,
    )


def lead_end(text: str) -> int:
    """Where the run of discourse markers heading ``text`` ends (0 when there is none)."""
    m = _lead_re().match(text)
    return m.end() if m else 0


def without_markers(text: str) -> str:
    """``text`` without the discourse markers that head it."""
    return text[lead_end(text) :]


def marker_only(text: str) -> bool:
    """Is ``text`` only discourse markers ("Okay, concretely:", "To be fair,")?"""
    stripped = text.strip()
    return bool(stripped) and lead_end(stripped) >= len(stripped.rstrip())
