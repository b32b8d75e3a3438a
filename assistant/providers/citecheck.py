"""Citation markers in a model's text: ``[1]`` or ``[1, 3]``, numbering the passages it was given.

A number outside the passages given is removed; :func:`renumber` maps the numbers of the list the
model saw onto the list that is shown; :func:`hold_brackets` keeps a streamed marker in one piece.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from assistant.citations import Passage

CITATION = re.compile(r"[ \t]?\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")


def check_citations(text: str, count: int) -> tuple[str, tuple[int, ...]]:
    """Remove citation numbers outside 1..``count``; return the text and the valid numbers used."""
    used: list[int] = []

    def keep(match: re.Match[str]) -> str:
        numbers = [int(n) for n in re.split(r"\s*,\s*", match.group(1))]
        valid = [n for n in numbers if 1 <= n <= count]
        for number in valid:
            if number not in used:
                used.append(number)
        if not valid:
            return ""
        lead = match.group(0)[0] if match.group(0)[0] in " \t" else ""
        return f"{lead}[{', '.join(str(n) for n in valid)}]"

    cleaned = CITATION.sub(keep, text)
    cleaned = re.sub(r"[ \t]+([.,;:!?])", r"\1", cleaned)
    return cleaned, tuple(used)


def hold_brackets(chunks: Iterable[str], limit: int = 24) -> Iterator[str]:
    """Re-chunk text so no piece ends inside an unfinished ``[...]`` marker."""
    pending = ""
    for chunk in chunks:
        pending += chunk
        cut = pending.rfind("[")
        if cut != -1 and "]" not in pending[cut:] and len(pending) - cut <= limit:
            ready, pending = pending[:cut], pending[cut:]
        else:
            ready, pending = pending, ""
        if ready:
            yield ready
    if pending:
        yield pending


def renumber(text: str, order: dict[int, int]) -> str:
    """Map each marker's numbers through ``order``; numbers not in it (and empty markers) go."""

    def swap(match: re.Match[str]) -> str:
        numbers = [order[int(n)] for n in re.split(r"\s*,\s*", match.group(1)) if int(n) in order]
        lead = match.group(0)[0] if match.group(0)[0] in " \t" else ""
        return f"{lead}[{', '.join(str(n) for n in numbers)}]" if numbers else ""

    return CITATION.sub(swap, text)


def strip_markers(text: str) -> str:
    """The text without any citation markers."""
    return re.sub(r"[ \t]+([.,;:!?])", r"\1", CITATION.sub("", text)).strip()


def unique_passages(passages: Iterable[Passage]) -> tuple[Passage, ...]:
    """Each passage once, in first-seen order: the numbered list the markers refer to."""
    seen: dict[tuple[str, str, str], Passage] = {}
    for passage in passages:
        seen.setdefault((passage.source, passage.section, passage.chunk_id), passage)
    return tuple(seen.values())
