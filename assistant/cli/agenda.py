"""``mentor-assist agenda``: a time-boxed agenda for a stage of the mentoring relationship."""

from __future__ import annotations

import argparse
from datetime import date

from assistant.cli.common import add_provider_options, assistant_from_args, print_json
from assistant.cli.render import emit, with_relationship, write_output
from assistant.errors import UsageError

STAGES = ("first-meeting", "action-plan", "regular", "check-up", "midpoint", "closing")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "agenda",
        help="a time-boxed agenda for a mentoring meeting",
        description="Build a time-boxed agenda for one stage of the relationship, with prompts "
        "the mentee can bring and the guidance each item comes from.",
    )
    parser.add_argument(
        "--stage",
        choices=STAGES,
        help="stage of the relationship (required unless --relationship gives it: the stage "
        "its record has reached)",
    )
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
    parser.add_argument(
        "--relationship",
        metavar="ID",
        help="a recorded relationship: review its open action items (overdue ones called out), "
        "use its goals when no --goal is given and its stage when no --stage is given",
    )
    parser.add_argument(
        "--today", metavar="YYYY-MM-DD", help="what counts as today for overdue items"
    )
    parser.add_argument("--output", metavar="FILE", help="also write the agenda as Markdown")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_provider_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from assistant.agenda import agenda_to_markdown

    if not args.stage and not args.relationship:
        raise UsageError(
            "--stage is required: choose one of " + ", ".join(STAGES) + " (or give "
            "--relationship ID to use the stage its record has reached)."
        )
    open_actions = []
    if args.open_actions:
        from assistant.actions import load_action_items

        open_actions = load_action_items(args.open_actions)
    assistant = assistant_from_args(args)
    today = _today(args.today)
    reply = assistant.agenda(
        args.stage,
        args.minutes,
        goals=tuple(args.goal),
        open_actions=tuple(open_actions),
        relationship=args.relationship,
        today=today,
    )
    markdown = agenda_to_markdown(reply.result)
    if args.json and args.relationship:
        context = assistant.relationship_context(args.relationship)
        if args.output:
            write_output(args.output, markdown)
        items = [item.to_dict(today) for item in context.open_items]
        print_json(with_relationship(reply, context, open_action_items=items))
        return 0
    emit(reply, markdown, as_json=args.json, output=args.output)
    return 0


def _today(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--today must be a date written YYYY-MM-DD, not {value!r}.") from None
