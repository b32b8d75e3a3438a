"""A bare hand-over ("Leave it with me") judged by the act it announces.

"Leave it with me, I'll ring the site foreman" takes the mentee's matter over; "Leave it with me —
I'll dig out that reading list and send it over tonight" only promises to fetch something and
send it to them. A rule that flags the bare hand-over is kept unless the rest of its sentence
is the speaker sending something on, with no act of theirs on the mentee's task
(:func:`assistant.understanding.ownership.delivers_only`).
"""

from __future__ import annotations

import re

from assistant.guard.matcher import RawFinding
from assistant.understanding import tokens
from assistant.understanding.ownership import delivers_only

__all__ = ["only_delivers"]

_BARE = re.compile(r"(?:just |so |ok |okay )?(?:leave|hand) (?:it|this|that) (?:with|to) me")
_NEXT = re.compile(r"^[\s,;:\-\u2013\u2014.!]*")


def only_delivers(finding: RawFinding, text: str, base: int) -> bool:
    """Is ``finding`` (offsets from ``base`` in ``text``) a bare hand-over whose sentence goes on
    only to send the mentee something?"""
    if finding.category != "rescuing":
        return False
    quote = text[finding.start - base : finding.end - base]
    if not _BARE.fullmatch(" ".join(tokens(quote))):
        return False
    rest = text[finding.end - base :]
    rest = rest[_NEXT.match(rest).end() :]  # type: ignore[union-attr]
    return bool(rest.strip()) and delivers_only(rest)
