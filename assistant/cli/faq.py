"""``mentor-assist faq``: a program FAQ answered from the guidance, with its gaps."""

from __future__ import annotations

import argparse

from assistant.cli.common import add_provider_options, assistant_from_args
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
    parser.add_argument("--output", metavar="FILE", help="also write the FAQ as Markdown")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_provider_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from assistant.faq import faq_to_markdown

    assistant = assistant_from_args(args)
    reply = assistant.faq(args.count, args.topic)
    emit(reply, faq_to_markdown(reply.result), as_json=args.json, output=args.output)
    return 0
