"""Readable (Markdown) rendering shared by the commands."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.citations import Passage
from assistant.cli.common import print_json
from assistant.errors import InputFileError
from assistant.output import Reply

if TYPE_CHECKING:
    from assistant.relationship.context import RelationshipContext


def citations_markdown(passages: Sequence[Passage], numbers: Sequence[int] = ()) -> str:
    """The "Sources:" block; ``numbers`` labels the passages as the text already shown did."""
    lines = ["Sources:"]
    labels = list(numbers) if len(numbers) == len(passages) else range(1, len(passages) + 1)
    for number, passage in zip(labels, passages, strict=True):
        where = (
            f"{passage.title} — {passage.section}"
            if passage.section and passage.section != passage.title
            else passage.title
        )
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


def session_notes_markdown(context: RelationshipContext) -> str:
    """The pair's own notes that bear on the question, under the guidance's answer."""
    if not context.notes:
        return f"Nothing in {context.mentee} and {context.mentor}'s session notes matches.\n"
    lines = [f"From {context.mentee} and {context.mentor}'s session notes:"]
    for match in context.notes:
        lines.append(f"  - {match.held_on.isoformat()}: {match.snippet} (session {match.session})")
    return "\n".join(lines) + "\n"


def with_relationship(
    reply: Reply, context: RelationshipContext | None, **extra: Any
) -> dict[str, Any]:
    """``reply`` as JSON, with the id of the relationship it ran for (``relationship``), its
    stage (``relationship_stage``) and ``extra`` keys when there is one."""
    data = reply.to_dict()
    if context is not None:
        data["relationship"] = context.id
        data["relationship_stage"] = context.stage
        data.update(extra)
    return data


def emit(
    reply: Reply,
    markdown: str,
    *,
    as_json: bool,
    output: str | None = None,
    context: RelationshipContext | None = None,
) -> None:
    """Print ``reply`` as JSON or as Markdown (notices on stderr); optionally save the Markdown.

    With ``context`` (``--relationship ID``) the JSON names the relationship it ran for."""
    if output:
        write_output(output, markdown)
    if as_json:
        print_json(with_relationship(reply, context))
        return
    notices(reply)
    sys.stdout.write(markdown)


def write_output(path: str, text: str) -> None:
    """Write ``text`` to ``path``, naming the file in the error if that fails."""
    target = Path(path).expanduser()
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputFileError(target, f"cannot be written ({error.strerror or error}).") from None
    print(f"Wrote {target}", file=sys.stderr)
