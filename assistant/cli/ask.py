"""``mentor-assist ask "QUESTION"``: a grounded, cited answer from the guidance."""

from __future__ import annotations

import argparse
import sys

from assistant.cli.common import (
    add_k_option,
    add_provider_options,
    add_relationship_option,
    assistant_from_args,
    print_json,
    require_text,
)
from assistant.cli.render import (
    citations_markdown,
    notices,
    session_notes_markdown,
    with_relationship,
)
from assistant.errors import AssistantError

#: How much of a failed question is echoed back (a pasted document is not printed whole).
ECHO_CHARS = 200


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ask",
        help="ask the mentoring guidance a question",
        description="Answer a question from the guidance with numbered citations. "
        "QUESTION '-' reads one question per line from standard input.",
    )
    parser.add_argument("question", metavar="QUESTION", help="the question, or - for stdin")
    add_k_option(parser)
    add_relationship_option(
        parser, "also show the passages of its session notes that bear on the question"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_provider_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    assistant = assistant_from_args(args)
    if args.question != "-":
        _answer(assistant, require_text(args.question, "QUESTION"), args)
        return 0
    status = 0
    for line in sys.stdin:
        question = line.strip()
        if not question:
            continue
        try:
            _answer(assistant, question, args)
        except AssistantError as error:  # one bad line does not stop the batch
            status = error.exit_code
            if args.json:
                print_json({"question": shorten(question), "error": str(error)})
            print(f"mentor-assist: {error}", file=sys.stderr)
    return status


def shorten(question: str, limit: int = ECHO_CHARS) -> str:
    """The question as echoed next to its error: long ones cut, with their length said."""
    if len(question) <= limit:
        return question
    return f"{question[:limit]}… ({len(question):,} characters)"


def _answer(assistant, question: str, args: argparse.Namespace) -> None:
    reply = assistant.ask(question, k=args.k)
    context = None
    if args.relationship:
        context = assistant.relationship_context(args.relationship, query=question)
    if args.json:
        notes = [match.to_dict() for match in context.notes] if context else []
        print_json(with_relationship(reply, context, session_notes=notes))
        return
    notices(reply)
    print(reply.result.answer)
    if reply.result.citations:
        print()
        print(citations_markdown(reply.result.citations))
    if context is not None:
        print()
        print(session_notes_markdown(context), end="")
    sys.stdout.flush()
