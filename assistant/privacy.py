"""Placeholders for personal contact details before text leaves the machine.

Email addresses and phone numbers in the user's text are replaced with ``[EMAIL_1]``,
``[PHONE_1]``, ... before a remote call and put back into the answer afterwards. The same value
always gets the same placeholder within one :class:`Redactor`. Patterns are linear-time: each
run of candidate characters is scanned a bounded number of times, whatever the input.
Set ``MENTOR_ASSIST_REDACT_PII=0`` to send text unchanged (for example to a local server).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

# A local part may start only where no local-part character precedes it, so a long run without
# "@" is tried once, not once per position. Possessive/atomic parts never backtrack.
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@(?>[A-Za-z0-9-]++\.)+[A-Za-z]{2,24}+(?![A-Za-z0-9-])"
)
# A maximal run of digits and phone separators; validated in Python (digit count, not a date).
_PHONE_RUN = re.compile(r"(?<![\w+])\+?[\d(][\d() .\t-]*+")
_DATE_LIKE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
_TIME_LIKE = re.compile(r"\d{1,2}[:.]\d{2}")
_DECIMAL = re.compile(r"\d+\.\d+")
_PLACEHOLDER = re.compile(r"\[(?:EMAIL|PHONE)_\d{1,6}\]")
_MIN_DIGITS, _MAX_DIGITS = 7, 15


def _phone_span(match: re.Match[str]) -> tuple[int, int] | None:
    text = match.group()
    stripped = text.rstrip(" .\t-(")
    # An unbalanced closing bracket at the end belongs to the prose, not the number.
    while stripped.endswith(")") and stripped.count(")") > stripped.count("("):
        stripped = stripped[:-1].rstrip(" .\t-")
    digits = sum(ch.isdigit() for ch in stripped)
    if not _MIN_DIGITS <= digits <= _MAX_DIGITS:
        return None
    if _DATE_LIKE.fullmatch(stripped) or _TIME_LIKE.fullmatch(stripped):
        return None
    has_separator = any(ch in " ()-." for ch in stripped)
    if not stripped.startswith("+") and not has_separator and digits < 10:
        return None  # a bare number such as 1000000 is not a phone number
    if _DECIMAL.fullmatch(stripped):
        return None
    start = match.start()
    return start, start + len(stripped)


@dataclass
class Redactor:
    """Replaces contact details with placeholders and restores them; one per request."""

    enabled: bool = True
    _by_value: dict[str, str] = field(default_factory=dict)
    _by_placeholder: dict[str, str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    @property
    def replacements(self) -> dict[str, str]:
        """Placeholder -> original value."""
        return dict(self._by_placeholder)

    def _placeholder(self, kind: str, value: str) -> str:
        if value in self._by_value:
            return self._by_value[value]
        self._counts[kind] = self._counts.get(kind, 0) + 1
        placeholder = f"[{kind}_{self._counts[kind]}]"
        self._by_value[value] = placeholder
        self._by_placeholder[placeholder] = value
        return placeholder

    def redact(self, text: str) -> str:
        """``text`` with every email address and phone number replaced by a placeholder."""
        if not self.enabled or not text:
            return text
        text = _EMAIL.sub(lambda m: self._placeholder("EMAIL", m.group()), text)
        pieces: list[str] = []
        last = 0
        for match in _PHONE_RUN.finditer(text):
            span = _phone_span(match)
            if span is None:
                continue
            pieces.append(text[last : span[0]])
            pieces.append(self._placeholder("PHONE", text[span[0] : span[1]]))
            last = span[1]
        pieces.append(text[last:])
        return "".join(pieces)

    def restore(self, text: str) -> str:
        """Put the original values back wherever the answer repeats a placeholder."""
        if not self._by_placeholder or not text:
            return text
        return _PLACEHOLDER.sub(lambda m: self._by_placeholder.get(m.group(), m.group()), text)

    def restore_stream(self, chunks: Iterable[str]) -> Iterator[str]:
        """Restore placeholders in streamed text, holding back a placeholder split across chunks."""
        pending = ""
        for chunk in chunks:
            pending += chunk
            cut = pending.rfind("[")
            if cut != -1 and "]" not in pending[cut:] and len(pending) - cut <= 16:
                ready, pending = pending[:cut], pending[cut:]
            else:
                ready, pending = pending, ""
            if ready:
                yield self.restore(ready)
        if pending:
            yield self.restore(pending)
