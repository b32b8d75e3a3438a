"""The cited passage: the unit every capability returns as evidence."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk of a guidance document.

    ``source`` is the document's file name (e.g. ``first-meeting.md``), ``title`` its title,
    ``section`` the heading path inside it (``"First Meeting > Step 2 - Goals"``), ``score`` the
    hybrid relevance in [0, 1], higher is better.
    """

    source: str
    title: str
    section: str
    text: str
    score: float
    publisher: str = ""
    chunk_id: str = ""

    def to_citation(self) -> dict[str, object]:
        """The JSON shape shared by every command: source, title, section, text, score."""
        data = asdict(self)
        return {key: data[key] for key in ("source", "title", "section", "text", "score")}
