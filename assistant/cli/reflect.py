"""``mentor-assist reflect``: reflection prompts for the end of a session or a relationship."""

from __future__ import annotations

import argparse

from assistant.cli.common import (
    add_provider_options,
    assistant_from_args,
    read_text_file,
)
from assistant.cli.render import emit


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "reflect",
        help="reflection prompts for the end of a session or of the relationship",
        description="Questions to reflect on at the end of a session (--kind session) or of the "
        "mentoring relationship (--kind closing), from the guidance, tailored to your notes.",
    )
    parser.add_argument("--kind", required=True, choices=("session", "closing"))
    parser.add_argument("--notes", metavar="FILE", help="session notes to tailor the prompts to")
    parser.add_argument(
        "--relationship",
        metavar="ID",
        help="a recorded relationship: without --notes, tailor the prompts to its latest "
        "session's notes (all of them with --kind closing)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_provider_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from assistant.reflect import reflection_to_markdown

    notes = read_text_file(args.notes) if args.notes else None
    assistant = assistant_from_args(args)
    reply = assistant.reflect(args.kind, notes, relationship=args.relationship)
    emit(reply, reflection_to_markdown(reply.result), as_json=args.json)
    return 0
