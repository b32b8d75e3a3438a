"""Rendering shared by every page: cited sources, notices, guard rewrites and guard findings."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import streamlit as st

if TYPE_CHECKING:
    from assistant.guard import GuardResult
    from assistant.output import Reply

_MARKDOWN_SPECIALS = "\\`*_{}[]()#+-.!|<>~$:"
WORD_JOINER = "\u2060"
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|www)(:|\.)")


def escape_markdown(text: str) -> str:
    """Show ``text`` literally inside Markdown (no accidental links, lists or formulas)."""
    return "".join(f"\\{char}" if char in _MARKDOWN_SPECIALS else char for char in text)


def answer_markdown(text: str) -> str:
    """A composed answer as Markdown: its "- " lines stay a list, everything else is literal."""
    lines = []
    for line in text.splitlines():
        if line.startswith("- "):
            lines.append(f"- {escape_markdown(line[2:])}")
        else:
            lines.append(escape_markdown(line))
    return "\n".join(lines)


def quoted(text: str) -> str:
    """A source passage shown verbatim as a block quote: the guidance's words, not ours."""
    return "\n>\n".join(f"> {escape_markdown(line)}" for line in text.splitlines() if line.strip())


def escape_label(text: object) -> str:
    """A label built from a document (title, section, file name), safe to show as Markdown.

    Uploaded documents choose their own titles and headings: unescaped, ``![](https://…)`` would
    make every viewer's browser load a remote image and ``[x](javascript:…)`` would be a link.
    Every Markdown special (``<`` and ``>`` included, so no HTML tag survives) and ``&`` (no
    entity) is escaped; line breaks become spaces (a label is one line). Streamlit also turns bare
    ``https://…`` and ``www.…`` into links after escapes are resolved, so an invisible word joiner
    goes inside each such prefix.
    """
    flat = _AUTOLINK.sub(f"\\1{WORD_JOINER}\\2", " ".join(str(text).split()))
    return escape_markdown(flat).replace("&", "\\&")


def citation_label(number: int, citation: Mapping[str, Any]) -> str:
    title = str(citation.get("title") or citation.get("source") or "Source")
    section = str(citation.get("section") or "")
    where = f" › {escape_label(section)}" if section and section != title else ""
    return f"\\[{number}\\] {escape_label(title)}{where}"


def citations(items: Sequence[Mapping[str, Any]], *, heading: str | None = "Sources") -> None:
    """Each cited passage as an expander holding its verbatim text and where it comes from."""
    if not items:
        return
    if heading:
        st.caption(heading)
    for number, citation in enumerate(items, start=1):
        with st.expander(citation_label(number, citation)):
            st.markdown(quoted(str(citation.get("text", ""))))
            score = citation.get("score")
            score_text = (
                f" · relevance {float(score):.2f}" if isinstance(score, int | float) else ""
            )
            st.caption(f"{escape_label(citation.get('source', ''))}{score_text}")


def notice(reply: Reply) -> None:
    """What the user should know about how the answer was produced (e.g. an offline fallback)."""
    if reply.notice:
        st.info(reply.notice)


def rewrites(reply: Reply) -> None:
    """Mark that the guard rewrote text before it was shown, and show what it changed."""
    if not reply.rewrites:
        return
    from assistant.guard import label

    count = len(reply.rewrites)
    noun = "text" if count == 1 else "texts"
    with st.expander(f"Guard rewrote {count} {noun} to keep ownership with the mentee"):
        for rewrite in reply.rewrites:
            categories = ", ".join(
                sorted({label(finding.category) for finding in rewrite.findings})
            )
            st.markdown(f"**{escape_markdown(categories)}**")
            st.markdown(f"~~{escape_markdown(rewrite.original)}~~")
            st.markdown(f"→ {escape_markdown(rewrite.rewrite)}")


def provenance(reply: Reply) -> None:
    """Notice, guard rewrites and the provider that answered."""
    notice(reply)
    rewrites(reply)
    st.caption(f"Answered by the {reply.provider} engine.")


def highlighted(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """HTML for ``text`` with the given character spans wrapped in ``<mark>``."""
    parts: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        start = max(start, cursor)
        if end <= start:
            continue
        parts.append(html.escape(text[cursor:start]))
        parts.append(f"<mark>{html.escape(text[start:end])}</mark>")
        cursor = end
    parts.append(html.escape(text[cursor:]))
    return "".join(parts).replace("\n", "<br>")


def guard_result(verdict: GuardResult) -> None:
    """A guard verdict: flagged or clean, each finding, and the suggested rewrite."""
    if not verdict.flagged:
        st.success("Clean: no savior language found. The message leaves ownership with the mentee.")
        return
    from assistant.guard import label

    count = len(verdict.findings)
    st.warning(f"Flagged: {count} finding{'s' if count != 1 else ''}.")
    spans = [tuple(finding.span) for finding in verdict.findings]
    st.markdown(highlighted(verdict.text, spans), unsafe_allow_html=True)  # type: ignore[arg-type]
    for finding in verdict.findings:
        with st.container(border=True):
            name = escape_markdown(label(finding.category))
            st.markdown(f"**{name}**: “{escape_markdown(finding.quote)}”")
            st.markdown(f"*Why:* {escape_markdown(finding.why)}")
            st.markdown(f"*Try instead:* {escape_markdown(finding.suggestion)}")
    st.markdown("**Suggested rewrite**")
    st.code(verdict.rewrite, language=None, wrap_lines=True)
