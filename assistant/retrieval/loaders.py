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


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def load_document(path: str | Path) -> LoadedDocument:
    """Read and normalise one file. Raises :class:`InputFileError` for anything unusable."""
    path = Path(path)
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    digest = hashlib.sha256(data).hexdigest()
    meta: dict[str, str] = {}
    if suffix in PDF_SUFFIXES:
        body = _pdf_text(path, data)
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


def _pdf_text(path: Path, data: bytes) -> str:
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.startswith(b"%PDF"):
        raise InputFileError(path, "is not a PDF file (it does not start with %PDF)")
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            raise InputFileError(path, "is a password-protected PDF; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputFileError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise InputFileError(path, f"is a damaged PDF that cannot be read ({error})") from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise InputFileError(path, "PDF has no extractable text (is it a scanned image?)")
    return text


class _HtmlToMarkdown(HTMLParser):
    """Keeps headings, paragraphs and list items; drops scripts, styles and page furniture."""

    _SKIP = frozenset({"script", "style", "nav", "footer", "header", "noscript", "form", "aside"})
    _BLOCK = frozenset({"p", "div", "section", "article", "br", "tr", "table", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.prefix = ""
        self.skip_depth = 0
        self.in_title = False
        self.title = ""

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.lines.append(self.prefix + text)
        self.current = []
        self.prefix = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip_depth += 1
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

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in {"h1", "h2", "h3", "h4", "h5", "h6", "li"} or tag in self._BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip_depth:
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
