"""Readable (Markdown) rendering shared by the commands."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from assistant.citations import Passage
from assistant.output import Reply


def citations_markdown(passages: Sequence[Passage]) -> str:
    lines = ["Sources:"]
    for number, passage in enumerate(passages, start=1):
        where = f"{passage.title} — {passage.section}" if passage.section else passage.title
        credit = f" ({passage.publisher})" if passage.publisher else ""
        lines.append(f"  [{number}] {where}{credit} · {passage.source}")
    return "\n".join(lines)


def notices(reply: Reply) -> None:
    """Tell the user on stderr about a fallback or a guard rewrite."""
    if reply.notice:
        print(f"Note: {reply.notice}", file=sys.stderr)
    if reply.rewrites:
        count = len(reply.rewrites)
        print(
            f"Note: the guard rewrote {count} passage{'s' if count > 1 else ''} that told the "
            "mentee what to do or promised to fix things for them.",
            file=sys.stderr,
        )
