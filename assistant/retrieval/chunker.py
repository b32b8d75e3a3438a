"""Heading-aware chunking: each chunk keeps its document title and section path."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.retrieval.loaders import LoadedDocument

#: Stored with every chunk. Raise it whenever chunks come out differently for the same document;
#: documents chunked by an earlier version are then chunked and embedded again on the next run
#: (2: text before the first subheading takes the level-1 heading as its section).
CHUNKER_VERSION = 2
# all-MiniLM-L6-v2 reads 256 word pieces; ~160 words stays inside that with room for the heading.
MAX_WORDS = 160

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(\[]?[A-Z0-9])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")


@dataclass(frozen=True)
class Chunk:
    """A passage of a document with the headings above it."""

    source: str
    title: str
    publisher: str
    section: str
    text: str
    ordinal: int

    @property
    def embedding_text(self) -> str:
        """What is embedded: the heading context makes short passages retrievable."""
        context = f"{self.title}. {self.section}." if self.section else f"{self.title}."
        return f"{context}\n{self.text}"


def retrievable_units(text: str) -> list[str]:
    """The sentences and list items of a chunk's text, each a unit a question can be scored on.

    A list item keeps its nested items ("Establish a meeting schedule. Where? When? How long?
    Frequency?" is one unit); prose is cut at sentence ends, and a fragment of fewer than three
    words is no unit. A chunk with none is its own single unit.
    """
    found: list[str] = []
    in_item = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if in_item and line[:1] in (" ", "\t") and stripped.startswith("- "):
            found[-1] = f"{found[-1]} {stripped[2:].strip()}"
        elif stripped.startswith("- "):
            found.append(stripped[2:].strip())
            in_item = True
        else:
            in_item = False
            found.extend(s for s in _SENTENCE_END.split(stripped) if len(s.split()) >= 3)
    return found or [text.strip()]


def chunk_document(doc: LoadedDocument, source: str, *, max_words: int = MAX_WORDS) -> list[Chunk]:
    """Split a document into section-aware chunks of at most ``max_words`` words."""
    chunks: list[Chunk] = []
    for section, blocks in _sections(doc.body):
        for text in _pack(blocks, max_words):
            chunks.append(
                Chunk(
                    source=source,
                    title=doc.title,
                    publisher=doc.publisher,
                    section=section,
                    text=text,
                    ordinal=len(chunks),
                )
            )
    return chunks


def _sections(body: str) -> list[tuple[str, list[str]]]:
    """Group blocks (paragraphs, list items) under their heading path (levels 2 and deeper).

    Text before a document's first subheading is under its level-1 heading, which is then its
    section: an introduction is cited (and searched) as what it is, not as a passage with none.
    """
    stack: list[tuple[int, str]] = []
    top = ""  # the level-1 heading: the section of the text that comes before any subheading
    sections: list[tuple[str, list[str]]] = []
    blocks: list[str] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(" ".join(paragraph))
            paragraph.clear()

    def end_section() -> None:
        end_paragraph()
        if blocks:
            path = " > ".join(title for _, title in stack) or top
            sections.append((path, list(blocks)))
            blocks.clear()

    for raw in body.splitlines():
        line = raw.rstrip()
        heading = _HEADING.match(line)
        if heading:
            end_section()
            level = len(heading.group(1))
            if level == 1:
                stack.clear()
                top = heading.group(2).strip()
                continue
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading.group(2).strip()))
        elif not line.strip():
            end_paragraph()
        elif _LIST_ITEM.match(line):
            end_paragraph()
            indent = "  " if line.startswith((" ", "\t")) else ""
            paragraph.append(indent + "- " + _LIST_ITEM.sub("", line, count=1).strip())
            end_paragraph()
        else:
            paragraph.append(line.strip())
    end_section()
    return sections


def _pack(blocks: list[str], max_words: int) -> list[str]:
    """Pack consecutive blocks into chunks; split an over-long block at sentence ends."""
    pieces: list[str] = []
    for block in blocks:
        if len(block.split()) <= max_words:
            pieces.append(block)
            continue
        sentences = _SENTENCE_END.split(block)
        current: list[str] = []
        for sentence in sentences:
            words = sentence.split()
            while len(words) > max_words:  # a single run-on "sentence": cut by words
                if current:
                    pieces.append(" ".join(current))
                    current = []
                pieces.append(" ".join(words[:max_words]))
                words = words[max_words:]
            if current and len(" ".join([*current, *words]).split()) > max_words:
                pieces.append(" ".join(current))
                current = []
            current.extend(words)
        if current:
            pieces.append(" ".join(current))
    chunks: list[str] = []
    current_blocks: list[str] = []
    count = 0
    for piece in pieces:
        size = len(piece.split())
        if current_blocks and count + size > max_words:
            chunks.append("\n".join(current_blocks))
            current_blocks, count = [], 0
        current_blocks.append(piece)
        count += size
    if current_blocks:
        chunks.append("\n".join(current_blocks))
    return chunks
