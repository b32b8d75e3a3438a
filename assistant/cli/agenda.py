"""``mentor-assist agenda``: a time-boxed agenda for a stage of the mentoring relationship."""

from __future__ import annotations

import argparse

from assistant.cli.common import add_provider_options, assistant_from_args
from assistant.cli.render import emit

STAGES = ("first-meeting", "action-plan", "regular", "check-up", "midpoint", "closing")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "agenda",
        help="a time-boxed agenda for a mentoring meeting",
        description="Build a time-boxed agenda for one stage of the relationship, with prompts "
        "the mentee can bring and the guidance each item comes from.",
    )
    parser.add_argument("--stage", required=True, choices=STAGES, help="stage of the relationship")
    parser.add_argument(
        "--minutes", required=True, type=int, help="length of the meeting (5 to 480 minutes)"
    )
    parser.add_argument(
        "--goal",
        action="append",
        default=[],
        metavar="TEXT",
        help="one of the mentee's goals (repeat for more)",
    )
    parser.add_argument(
        "--open-actions",
        metavar="FILE",
        help="action items from an earlier session (the JSON, CSV, Markdown or iCalendar file "
        "that 'mentor-assist actions' writes) to review first",
    )
    parser.add_argument("--output", metavar="FILE", help="also write the agenda as Markdown")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_provider_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from assistant.agenda import agenda_to_markdown

    open_actions = []
    if args.open_actions:
        from assistant.actions import load_action_items

        open_actions = load_action_items(args.open_actions)
    assistant = assistant_from_args(args)
    reply = assistant.agenda(
        args.stage, args.minutes, goals=tuple(args.goal), open_actions=tuple(open_actions)
    )
    emit(reply, agenda_to_markdown(reply.result), as_json=args.json, output=args.output)
    return 0
