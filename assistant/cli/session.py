"""``mentor-assist session``: record a session of a relationship (notes in, action items stored)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from assistant.cli.common import add_provider_options, assistant_from_args, print_json
from assistant.cli.relationship import iso_date
from assistant.textfiles import read_text_arg

STAGES = ("first-meeting", "action-plan", "regular", "check-up", "midpoint", "closing")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "session",
        help="Record a session of a relationship: its notes and the action items in them.",
        description="Session notes are stored on this machine with the relationship; they are "
        "sent to a model only when an LLM provider is configured.",
    )
    steps = parser.add_subparsers(dest="session_command", metavar="STEP")
    add = steps.add_parser("add", help="Store a session's notes and the action items in them.")
    add.add_argument("id", metavar="ID", help="the relationship's id")
    add.add_argument("--notes", metavar="FILE", help="notes file (UTF-8 text), or - for stdin")
    add.add_argument(
        "--today",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the session's date; relative due dates count from it (default: today)",
    )
    add.add_argument("--stage", choices=STAGES, default="regular")
    add.add_argument(
        "--author",
        choices=("mentor", "mentee"),
        default="mentee",
        help='who wrote the notes; "I" belongs to them (default: mentee)',
    )
    add.add_argument("--grow", metavar="SESSION", help="also take in this GROW session's summary")
    add.add_argument("--reflect", action="store_true", help="also store reflection prompts")
    add.add_argument(
        "--agenda", metavar="FILE", help="the agenda the session followed ('agenda --json' output)"
    )
    add.add_argument("--json", action="store_true", help="print JSON")
    add_provider_options(add)
    add.set_defaults(func=run)

    listing = steps.add_parser("list", help="List a relationship's sessions.")
    listing.add_argument("id", metavar="ID")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=run)
    parser.set_defaults(func=run, session_parser=parser)


def run(args: argparse.Namespace) -> int:
    command = getattr(args, "session_command", None)
    if command is None:
        args.session_parser.print_usage(sys.stderr)
        args.session_parser.exit(2, "mentor-assist session: error: choose add or list\n")
    if command == "list":
        record = assistant_from_args(args, index=False).relationships.get(args.id)
        if args.json:
            print_json({"sessions": [session.to_dict() for session in record.sessions]})
        else:
            for session in record.sessions:
                print(f"{session.id}  {session.held_on}  {session.stage}")
        return 0
    notes = read_text_arg(args.notes) if args.notes else ""
    if not notes.strip() and not args.grow:
        from assistant.errors import UsageError

        raise UsageError("Give the session's notes (--notes FILE) or a GROW session (--grow).")
    agenda = _agenda(args.agenda) if args.agenda else None
    assistant = assistant_from_args(args, index=bool(args.reflect or args.grow))
    recorded = assistant.record_session(
        args.id,
        notes,
        today=args.today or date.today(),
        stage=args.stage,
        author=args.author,
        grow_session=args.grow,
        reflect=args.reflect,
        agenda=agenda,
    )
    if args.json:
        print_json(recorded.to_dict())
        return 0
    if recorded.notice:
        print(f"Note: {recorded.notice}", file=sys.stderr)
    print(f"Session {recorded.session} recorded ({recorded.held_on}, {recorded.stage}).")
    for item in recorded.action_items:
        due = f", due {item.due.isoformat()}" if item.due else ""
        print(f"- [ ] {item.task} — {item.owner}{due}  (id {item.id})")
    if not recorded.action_items:
        print("No action items found in the notes.")
    return 0


def _agenda(path: str) -> dict[str, Any]:
    """An agenda as 'mentor-assist agenda --json' printed it."""
    import json

    from assistant.errors import InputFileError

    text = read_text_arg(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputFileError(path, f"this is not an agenda in JSON ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise InputFileError(path, "this is not the JSON that 'mentor-assist agenda --json' prints")
    return {key: data[key] for key in ("stage", "total_minutes", "items") if key in data}
