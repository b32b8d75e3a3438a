"""PDF text with its structure: headings recovered from font size, bold type and numbering.

A PDF has no headings, only text drawn in fonts. :func:`pdf_to_markdown` reads each line's font
size and face while pypdf extracts the text, takes the size most of the text is set in as the
body size, and marks as a heading a short line that is set larger ("#" levels by size, largest
first), or wholly in bold, or numbered like a section ("2.1 Goals", "Step 3: Review"). Body
lines are joined into paragraphs; bullet characters become Markdown list items. The result is
the same Markdown-like text the other loaders produce, so the chunker gives each chunk a real
section path.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# A line this much larger than the body text is a heading.
HEADING_RATIO = 1.15
MAX_HEADING_WORDS = 14
_SECTION_NUMBER = re.compile(
    r"^(?:(?:step|part|section|phase|stage)\s+\d+\b|\d+\.\d+(?:\.\d+)*\s)", re.I
)
_BULLET = re.compile(r"^\s*(?:[•◦▪‣●○■□–]|[-*])\s+")
_ENUMERATED = re.compile(r"^\s*\d{1,2}[.)]\s+")


@dataclass
class _Line:
    text: str = ""
    size: float = 0.0
    chars_bold: int = 0
    chars: int = 0
    y: float | None = None
    page: int = 0

    @property
    def bold(self) -> bool:
        return self.chars > 0 and self.chars_bold >= 0.9 * self.chars


@dataclass
class _Collector:
    """Gathers pypdf's text fragments into lines with their font size and boldness."""

    page: int = 0
    lines: list[_Line] = field(default_factory=list)
    current: _Line = field(default_factory=_Line)

    def visit(
        self, text: str, cm: Sequence[float], tm: Sequence[float], font: Any, size: float
    ) -> None:
        pieces = text.split("\n")
        for number, piece in enumerate(pieces):
            if number:
                self.end_line()
            if not piece.strip():
                continue
            scale = math.hypot(float(tm[2]), float(tm[3])) * math.hypot(float(cm[2]), float(cm[3]))
            effective = round(float(size) * (scale or 1.0), 1)
            name = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
            line = self.current
            if line.y is None:
                line.y = float(tm[5]) * (float(cm[3]) or 1.0) + float(cm[5])
                line.page = self.page
            count = len(piece.strip())
            line.size = max(line.size, effective) if line.chars else effective
            line.chars += count
            if re.search(r"bold|black|heavy|semibold", name, re.I):
                line.chars_bold += count
            line.text += piece

    def end_line(self) -> None:
        if self.current.text.strip():
            self.current.text = " ".join(self.current.text.split())
            self.lines.append(self.current)
        self.current = _Line()


def extract_lines(reader: Any) -> list[_Line]:
    """Every text line of every page with its font size and whether it is bold."""
    collector = _Collector()
    for number, page in enumerate(reader.pages):
        collector.page = number
        page.extract_text(visitor_text=collector.visit)
        collector.end_line()
    return collector.lines


def pdf_to_markdown(lines: Sequence[_Line]) -> str:
    """Markdown-like text from extracted lines: headings marked with ``#``, paragraphs joined."""
    if not lines:
        return ""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += line.chars
    body_size = weights.most_common(1)[0][0]
    larger = sorted(
        {line.size for line in lines if line.size >= body_size * HEADING_RATIO}, reverse=True
    )
    # The largest size used once, on the first page, is the document's title (level 1).
    title_size = None
    if larger:
        top = [line for line in lines if line.size == larger[0]]
        if len(top) == 1 and top[0].page == 0:
            title_size = larger[0]
    first_level = 2
    level_of = {}
    for size in larger:
        if size == title_size:
            level_of[size] = 1
        else:
            level_of[size] = min(6, first_level)
            first_level += 1
    minor_level = min(6, first_level)

    out: list[str] = []
    paragraph: list[str] = []
    previous: _Line | None = None
    item_open = False

    def end_paragraph() -> None:
        if paragraph:
            out.extend([" ".join(paragraph), ""])
            paragraph.clear()

    for line in lines:
        level = _heading_level(line, body_size, level_of, minor_level)
        if level:
            end_paragraph()
            item_open = False
            out += [f"{'#' * level} {line.text.rstrip(':')}", ""]
        elif _BULLET.match(line.text) or _ENUMERATED.match(line.text):
            end_paragraph()
            text = _BULLET.sub("", line.text, count=1)
            out.append(text if _ENUMERATED.match(line.text) else f"- {text}")
            item_open = True
        elif item_open and previous is not None and not _gap(previous, line):
            out[-1] = f"{out[-1]} {line.text}"  # a list item wrapped onto the next line
        else:
            if item_open:
                out.append("")
            item_open = False
            if previous is not None and _gap(previous, line):
                end_paragraph()
            paragraph.append(line.text)
        previous = line
    end_paragraph()
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _heading_level(
    line: _Line, body_size: float, level_of: dict[float, int], minor_level: int
) -> int:
    words = line.text.split()
    if not words or len(words) > MAX_HEADING_WORDS or line.text.endswith((".", ",", ";")):
        return 0
    if line.size in level_of:
        return level_of[line.size]
    if line.bold and line.size >= body_size * 0.95:
        return minor_level
    if _SECTION_NUMBER.match(line.text) and line.text[-1:] not in ".!?":
        return minor_level
    return 0


def _gap(previous: _Line, line: _Line) -> bool:
    """Whether the space between two lines is more than line spacing: a new paragraph."""
    if previous.page != line.page or previous.y is None or line.y is None:
        return True
    return abs(previous.y - line.y) > 1.8 * max(previous.size, line.size, 1.0)
