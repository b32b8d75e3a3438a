"""``mentor-assist actions``: session notes in, action items out (JSON, Markdown, CSV or .ics)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from assistant.actions import notes_date
from assistant.cli.common import (
    add_provider_options,
    add_relationship_option,
    assistant_from_args,
    print_json,
)
from assistant.cli.render import notices
from assistant.errors import UsageError
from assistant.exports import to_csv, to_ics, to_markdown
from assistant.textfiles import read_text_arg

FORMATS = ("json", "md", "csv", "ics")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a date written YYYY-MM-DD, for example 2025-11-21 (got {value!r})"
        ) from None


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "actions",
        help="Turn session notes into action items with owners and due dates.",
        description=(
            "Read free-form session or meeting notes and list the commitments in them: what, "
            "who (a name, several names, mentor, mentee or both; null when the notes do not "
            "say) and by when. Dates like 'by Friday' resolve against --today."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="notes file (UTF-8 text), or - for stdin")
    parser.add_argument(
        "--today",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help=(
            "the session date that relative due dates count from (default: the notes' own "
            "date line, else today's date)"
        ),
    )
    parser.add_argument("--mentee", metavar="NAME", help="the mentee's name as used in the notes")
    parser.add_argument("--mentor", metavar="NAME", help="the mentor's name as used in the notes")
    add_relationship_option(
        parser,
        "its mentor's and mentee's names are used when --mentor/--mentee are not given (to "
        "keep the items in its record, use: mentor-assist session add ID --notes FILE)",
    )
    parser.add_argument(
        "--author",
        choices=("mentor", "mentee"),
        default="mentee",
        help='who wrote the notes; "I" and unowned tasks belong to them (default: mentee)',
    )
    parser.add_argument(
        "--ics-events",
        action="store_true",
        help="with --format ics, also add an all-day event on each due date (for calendar "
        "apps that ignore to-dos)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format: json, md (checklist, the default), csv or ics (iCalendar to-dos)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON (same as --format json)")
    add_provider_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or ("json" if args.json else "md")
    if args.json and fmt != "json":
        raise UsageError(f"--json and --format {fmt} disagree; use one of them.")
    if args.ics_events and fmt != "ics":
        raise UsageError("--ics-events adds calendar events to .ics output; use --format ics.")
    notes = read_text_arg(args.file)
    today = args.today or notes_date(notes) or date.today()
    reply = assistant_from_args(args, index=False).actions(
        notes,
        today=today,
        mentee=args.mentee,
        mentor=args.mentor,
        author=args.author,
        relationship=args.relationship,
    )
    items = reply.result.items
    if fmt == "json":
        data = reply.to_dict()
        if args.relationship:
            data["relationship"] = args.relationship
        print_json(data)
        return 0
    notices(reply)
    if fmt == "csv":
        sys.stdout.write(to_csv(items))
    elif fmt == "ics":
        sys.stdout.write(to_ics(items, today=today, events=args.ics_events))
    else:
        sys.stdout.write(to_markdown(items))
    return 0
