"""``mentor-assist faq``: a program FAQ answered from the guidance, with its gaps."""

from __future__ import annotations

import argparse

from assistant.cli.common import (
    add_provider_options,
    add_relationship_option,
    assistant_from_args,
)
from assistant.cli.render import emit


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "faq",
        help="a program FAQ with cited answers",
        description="Questions a program's participants ask, each answered with quotes from "
        "the knowledge base (your own indexed documents included). Questions it cannot answer "
        "are listed as gaps.",
    )
    parser.add_argument(
        "--count", type=int, default=10, help="number of questions (1 to 50, default 10)"
    )
    parser.add_argument("--topic", metavar="TEXT", help="only questions about this topic")
    add_relationship_option(
        parser, "without --topic, the questions of the stage it has reached (e.g. closing)"
    )
    parser.add_argument("--output", metavar="FILE", help="also write the FAQ as Markdown")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_provider_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from assistant.faq import faq_to_markdown

    assistant = assistant_from_args(args)
    reply = assistant.faq(args.count, args.topic, relationship=args.relationship)
    context = assistant.relationship_context(args.relationship) if args.relationship else None
    emit(
        reply,
        faq_to_markdown(reply.result),
        as_json=args.json,
        output=args.output,
        context=context,
    )
    return 0
