"""Load Markdown, plain text, HTML and PDF files into one Markdown-like text with a title.

Every failure is an :class:`InputFileError` naming the file and the problem, so a batch can report
it and move on.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml

from assistant.errors import InputFileError
from assistant.textfiles import decode_text, read_bytes

TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


@dataclass(frozen=True)
class LoadedDocument:
    """A document ready for chunking: Markdown body (headings as ``#``), title and publisher."""

    path: Path
    title: str
    publisher: str
    body: str
    sha256: str
    url: str = ""


# Bumped when a loader reads a format differently, so documents indexed by an earlier version
# count as changed and are re-indexed by the next index run (version 2: hidden HTML is dropped
# and PDF headings are kept).
LOADER_VERSIONS = {".html": 2, ".htm": 2, ".pdf": 2}


def content_digest(data: bytes, suffix: str) -> str:
    """The document's identity in the index: its bytes, and the loader version for its type."""
    version = LOADER_VERSIONS.get(suffix.lower())
    prefix = f"loader-v{version}:".encode() if version else b""
    return hashlib.sha256(prefix + data).hexdigest()


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def load_document(path: str | Path) -> LoadedDocument:
    """Read and normalise one file. Raises :class:`InputFileError` for anything unusable."""
    path = Path(path)
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    digest = content_digest(data, suffix)
    meta: dict[str, str] = {}
    if suffix in PDF_SUFFIXES:
        body, meta["title"] = _pdf_text(path, data)
    else:
        text = decode_text(data, path)
        if suffix in HTML_SUFFIXES:
            body, html_title = html_to_markdown(text)
            meta["title"] = html_title
        else:
            meta, body = split_front_matter(path, text)
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body or not re.search(r"\w", body):
        raise InputFileError(path, "contains no readable text")
    title = (meta.get("title") or _first_heading(body) or _title_from_name(path)).strip()
    return LoadedDocument(
        path=path,
        title=title,
        publisher=str(meta.get("publisher") or "").strip(),
        body=body,
        sha256=digest,
        url=str(meta.get("url") or "").strip(),
    )


def _read_bytes(path: Path) -> bytes:
    if path.is_file() and not is_supported(path):
        raise InputFileError(
            path,
            f"unsupported file type {path.suffix or '(none)'!r}; use Markdown, text, HTML or PDF",
        )
    return read_bytes(path)


def split_front_matter(path: Path, text: str) -> tuple[dict[str, str], str]:
    """Split optional ``---`` YAML front matter from a Markdown body."""
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end == -1:
        return {}, text
    try:
        meta = yaml.safe_load(text[3:end]) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise InputFileError(path, f"front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise InputFileError(path, "front matter must be a mapping of fields")
    rest = text[end + 4 :]
    return {str(key): str(value) for key, value in meta.items() if value is not None}, rest


def _first_heading(body: str) -> str:
    for line in body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def _title_from_name(path: Path) -> str:
    words = re.split(r"[-_\s]+", path.stem)
    return " ".join(word for word in words if word).capitalize() or path.name


def _pdf_text(path: Path, data: bytes) -> tuple[str, str]:
    """The PDF's text as Markdown with its headings, and the title in its metadata (if any)."""
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    from assistant.retrieval.pdf import extract_lines, pdf_to_markdown

    if not data.startswith(b"%PDF"):
        raise InputFileError(path, "is not a PDF file (it does not start with %PDF)")
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            raise InputFileError(path, "is a password-protected PDF; save an unprotected copy")
        text = pdf_to_markdown(extract_lines(reader))
        info = reader.metadata
        title = str(info.title or "") if info is not None else ""
    except InputFileError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError) as error:
        raise InputFileError(path, f"is a damaged PDF that cannot be read ({error})") from None
    if not re.search(r"\w", text):
        raise InputFileError(
            path,
            "PDF has no text layer (it is probably a scanned image); run it through OCR, or "
            "export it again as a PDF with text, and index that",
        )
    return text, title.strip()


_HIDDEN_STYLE = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.IGNORECASE)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """An element a reader never sees: ``hidden``, ``aria-hidden``, or styled invisible."""
    for name, value in attrs:
        name = name.lower()
        if name == "hidden":
            return True
        if name == "aria-hidden" and (value or "").strip().lower() == "true":
            return True
        if name == "style" and value and _HIDDEN_STYLE.search(value):
            return True
    return False


class _HtmlToMarkdown(HTMLParser):
    """Keeps the headings, paragraphs and list items a reader sees.

    Drops scripts, styles, templates, comments and page furniture (navigation, headers, footers,
    forms), and every element hidden from the reader (``hidden``, ``aria-hidden="true"``,
    ``display: none``, ``visibility: hidden``), so text planted out of sight is never indexed.
    """

    _SKIP = frozenset(
        {
            "script", "style", "nav", "footer", "header", "noscript", "form", "aside",
            "template", "iframe", "object", "svg", "button", "select", "textarea",
        }
    )  # fmt: skip
    _BLOCK = frozenset({"p", "div", "section", "article", "br", "tr", "table", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.prefix = ""
        # While skipping: the tag that started it and how deep inside same-named tags we are.
        self.skipping: tuple[str, int] | None = None
        self.in_title = False
        self.title = ""

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.lines.append(self.prefix + text)
        self.current = []
        self.prefix = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping is not None:
            name, depth = self.skipping
            if tag == name and tag not in _VOID:
                self.skipping = (name, depth + 1)
            return
        if tag in self._SKIP or _hidden(attrs):
            if tag not in _VOID:
                self.skipping = (tag, 1)
        elif tag == "title":
            self.in_title = True
        elif tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._flush()
            self.prefix = "#" * int(tag[1]) + " "
        elif tag == "li":
            self._flush()
            self.prefix = "- "
        elif tag in self._BLOCK:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping is None and tag in self._BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self.skipping is not None:
            name, depth = self.skipping
            if tag == name:
                self.skipping = (name, depth - 1) if depth > 1 else None
            return
        if tag == "title":
            self.in_title = False
        elif tag in {"h1", "h2", "h3", "h4", "h5", "h6", "li"} or tag in self._BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif self.skipping is None:
            self.current.append(data)


def html_to_markdown(html: str) -> tuple[str, str]:
    """Convert HTML to Markdown-like text; return ``(body, title)``."""
    parser = _HtmlToMarkdown()
    parser.feed(html)
    parser.close()
    parser._flush()
    blocks: list[str] = []
    for line in parser.lines:
        # Headings and paragraphs are separated by blank lines; list items stay together.
        if blocks and not (line.startswith("- ") and blocks[-1].startswith("- ")):
            blocks.append("")
        blocks.append(line)
    return "\n".join(blocks), " ".join(parser.title.split())
