"""``mentor-assist relationship``: the mentoring relationship record, kept on this machine.

Create a relationship, agree how to work together, plan, review at the midpoint, close, and
export, import or delete it. Sessions, action items and check-ups have their own commands
(``session``, ``action``, ``checkup``); every capability takes ``--relationship ID`` as its
context (see :mod:`assistant.relationship.context`).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant.cli.common import add_provider_options, assistant_from_args, print_json
from assistant.cli.render import notices, write_output
from assistant.errors import UsageError

if TYPE_CHECKING:
    from assistant.output import Reply
    from assistant.service import Assistant


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a date written YYYY-MM-DD, for example 2026-11-21 (got {value!r})"
        ) from None


def yes_no(value: str) -> bool:
    answer = value.strip().lower()
    if answer in ("yes", "y", "true"):
        return True
    if answer in ("no", "n", "false"):
        return False
    raise argparse.ArgumentTypeError(f"answer yes or no (got {value!r})")


def _roles() -> tuple[str, ...]:
    from assistant.relationship.guidance import role_names

    return role_names()


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "relationship",
        help="Keep the mentoring relationship's record: agreement, plan, midpoint, closing.",
        description="The relationship record lives in the data directory on this machine. "
        "Its notes leave the machine only when an LLM provider is configured.",
    )
    steps = parser.add_subparsers(dest="relationship_command", metavar="STEP")

    create = steps.add_parser("create", help="Record a new relationship.")
    create.add_argument("--mentor", required=True, metavar="NAME")
    create.add_argument("--mentee", required=True, metavar="NAME")
    create.add_argument(
        "--goal", action="append", default=[], metavar="TEXT", help="a top goal (up to 3)"
    )
    create.add_argument(
        "--role",
        action="append",
        default=[],
        choices=_roles(),
        help="a mentor role the mentee needs (repeat for more)",
    )
    _json(create)

    _json(steps.add_parser("list", help="List the recorded relationships."))
    _json(_with_id(steps.add_parser("show", help="Show everything recorded.")), today=True)

    export = _with_id(steps.add_parser("export", help="Print one relationship as JSON."))
    export.add_argument("--format", choices=("json", "md"), default="json")
    export.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    export.set_defaults(func=run)

    imported = steps.add_parser("import", help="Restore a relationship from its JSON export.")
    imported.add_argument("file", metavar="FILE")
    _json(imported)

    remove = _with_id(steps.add_parser("delete", help="Delete it and everything derived."))
    remove.add_argument("--yes", action="store_true", help="confirm the deletion")
    _json(remove)

    agreement = _with_id(
        steps.add_parser("agreement", help="Set or show the partnership agreement.")
    )
    for flag, help_ in (
        ("--where", "where you meet"),
        ("--when", "when you meet"),
        ("--length", "how long a meeting is"),
        ("--frequency", "how often you meet"),
        ("--initiator", "who initiates meetings"),
        ("--confidentiality", "what may be shared, with whom"),
    ):
        agreement.add_argument(flag, metavar="TEXT", help=help_)
    agreement.add_argument("--no-fault", type=yes_no, metavar="yes|no")
    agreement.add_argument("--supervisor-briefed", type=yes_no, metavar="yes|no")
    agreement.add_argument("--end-date", type=iso_date, metavar="YYYY-MM-DD")
    agreement.add_argument("--role", action="append", choices=_roles(), help="mentor roles")
    _json(agreement)

    _json(_with_id(steps.add_parser("plan", help="Show the Mentoring Action Plan.")))
    goal = _with_id(steps.add_parser("goal", help="Add a goal, or set a goal's status."))
    goal.add_argument("--add", metavar="TEXT", help="a new goal")
    goal.add_argument("--goal", metavar="N", help="the goal's number or id, with --status")
    goal.add_argument("--status", choices=("open", "achieved", "dropped"))
    _json(goal)
    activity = _with_id(steps.add_parser("activity", help="Add a learning activity to a goal."))
    activity.add_argument("--goal", required=True, metavar="N", help="the goal's number or id")
    activity.add_argument("--type", required=True, choices=("doing", "others", "challenging"))
    activity.add_argument("--text", required=True, metavar="TEXT")
    activity.add_argument("--resources", metavar="TEXT")
    activity.add_argument("--target", type=iso_date, metavar="YYYY-MM-DD")
    _json(activity)
    status = _with_id(steps.add_parser("activity-status", help="Set an activity's status."))
    status.add_argument("activity", metavar="ACTIVITY_ID")
    status.add_argument("status", choices=("planned", "in-progress", "done", "dropped"))
    _json(status)

    _json(_with_id(steps.add_parser("midpoint", help="The midpoint renewal questions.")), True)
    _json(_with_id(steps.add_parser("signals", help="Check the signs it should end.")), True)
    close = _with_id(steps.add_parser("close", help="Closing agenda, questions, reflections."))
    close.add_argument("--minutes", type=int, default=60, help="closing meeting length")
    _json(close, today=True)
    search = _with_id(steps.add_parser("search", help="Search this relationship's notes."))
    search.add_argument("query", metavar="WORDS")
    _json(search)

    parser.set_defaults(func=run, relationship_parser=parser)


def _with_id(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("id", metavar="ID", help="the relationship's id")
    return parser


def _json(parser: argparse.ArgumentParser, today: bool = False) -> argparse.ArgumentParser:
    parser.add_argument("--json", action="store_true", help="print JSON")
    if today:
        parser.add_argument(
            "--today", type=iso_date, metavar="YYYY-MM-DD", help="what counts as today"
        )
    add_provider_options(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    command = getattr(args, "relationship_command", None)
    if command is None:
        args.relationship_parser.print_usage(sys.stderr)
        args.relationship_parser.exit(2, "mentor-assist relationship: error: choose a step\n")
    handler = _HANDLERS[command.replace("-", "_")]
    needs_index = command == "close"
    return handler(assistant_from_args(args, index=needs_index), args)


def _today(args: argparse.Namespace) -> date:
    return getattr(args, "today", None) or date.today()


def _print_record(assistant: Assistant, args: argparse.Namespace, relationship_id: str) -> int:
    record = assistant.relationships.get(relationship_id)
    if args.json:
        print_json(record.to_dict(_today(args)))
    else:
        from assistant.relationship.export import export_markdown

        sys.stdout.write(export_markdown(record, today=_today(args)))
    return 0


def _create(assistant: Assistant, args: argparse.Namespace) -> int:
    record = assistant.relationships.create(
        args.mentor, args.mentee, goals=args.goal, roles=args.role
    )
    if args.json:
        print_json(record.to_dict())
    else:
        print(f"Relationship {record.id}: {record.mentor} (mentor) and {record.mentee} (mentee).")
        print(
            f"Prepare the first meeting: mentor-assist agenda --relationship {record.id} "
            "--stage first-meeting --minutes 60"
        )
    return 0


def _list(assistant: Assistant, args: argparse.Namespace) -> int:
    records = assistant.relationships.list()
    if args.json:
        print_json({"relationships": [record.summary() for record in records]})
        return 0
    if not records:
        print(
            "No relationships recorded yet. Start one with: mentor-assist relationship create "
            "--mentor NAME --mentee NAME"
        )
    for record in records:
        print(
            f"{record.id}  {record.mentor} → {record.mentee}  {record.status}, "
            f"{len(record.sessions)} sessions, {len(record.open_items())} open items"
        )
    return 0


def _show(assistant: Assistant, args: argparse.Namespace) -> int:
    return _print_record(assistant, args, args.id)


def _export(assistant: Assistant, args: argparse.Namespace) -> int:
    import json

    from assistant.relationship.export import export_json, export_markdown

    record = assistant.relationships.get(args.id)
    if args.format == "md":
        text = export_markdown(record)
    else:
        text = json.dumps(export_json(record), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        write_output(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def _import(assistant: Assistant, args: argparse.Namespace) -> int:
    from assistant.relationship.export import read_export

    record = assistant.relationships.restore(read_export(args.file))
    if args.json:
        print_json(record.to_dict())
    else:
        print(
            f"Imported relationship {record.id} ({record.mentor} and {record.mentee}): "
            f"{len(record.sessions)} sessions, {len(record.items)} action items."
        )
    return 0


def _delete(assistant: Assistant, args: argparse.Namespace) -> int:
    from assistant.relationship.workflow import delete_relationship

    if not args.yes:
        raise UsageError(
            f"Deleting relationship '{args.id}' removes its sessions, notes, action items and "
            f"check-ups for good. Export it first if you want a copy, then run: "
            f"mentor-assist relationship delete {args.id} --yes"
        )
    report = delete_relationship(assistant, args.id)
    if args.json:
        print_json(report)
    else:
        print(
            f"Deleted relationship {args.id}: {report['sessions']} sessions, "
            f"{report['action_items']} action items, {report['checkups']} check-ups, "
            f"{report['grow_sessions']} GROW sessions."
        )
    return 0


def _agreement(assistant: Assistant, args: argparse.Namespace) -> int:
    fields = {
        "meeting_place": args.where,
        "meeting_time": args.when,
        "meeting_length": args.length,
        "frequency": args.frequency,
        "initiator": args.initiator,
        "confidentiality": args.confidentiality,
        "no_fault_termination": args.no_fault,
        "supervisor_briefed": args.supervisor_briefed,
        "end_date": args.end_date,
        "roles": args.role,
    }
    if any(value is not None for value in fields.values()):
        assistant.relationships.update_agreement(args.id, **fields)
    return _document(assistant, args, "agreement")


def _plan(assistant: Assistant, args: argparse.Namespace) -> int:
    return _document(assistant, args, "plan")


def _goal(assistant: Assistant, args: argparse.Namespace) -> int:
    if args.add:
        assistant.relationships.add_goal(args.id, args.add)
    elif args.goal and args.status:
        assistant.relationships.set_goal_status(args.id, args.goal, args.status)
    else:
        raise UsageError("Give --add TEXT, or --goal N with --status open|achieved|dropped.")
    return _document(assistant, args, "plan")


def _activity(assistant: Assistant, args: argparse.Namespace) -> int:
    assistant.relationships.add_activity(
        args.id,
        args.goal,
        kind=args.type,
        text=args.text,
        resources=args.resources,
        target_date=args.target,
    )
    return _document(assistant, args, "plan")


def _activity_status(assistant: Assistant, args: argparse.Namespace) -> int:
    assistant.relationships.set_activity_status(args.id, args.activity, args.status)
    return _document(assistant, args, "plan")


def _midpoint(assistant: Assistant, args: argparse.Namespace) -> int:
    return _document(assistant, args, "midpoint")


def _signals(assistant: Assistant, args: argparse.Namespace) -> int:
    return _document(assistant, args, "signals")


def _close(assistant: Assistant, args: argparse.Namespace) -> int:
    from assistant.agenda import agenda_to_markdown
    from assistant.reflect import reflection_to_markdown
    from assistant.relationship.documents import document_to_markdown

    today = _today(args)
    document = assistant.relationship_document(args.id, "closing", today=today)
    agenda = assistant.agenda("closing", args.minutes, relationship=args.id, today=today)
    reflection = assistant.reflect("closing", relationship=args.id)
    record = assistant.relationships.set_status(args.id, "closed")
    if args.json:
        print_json(
            {
                "relationship": record.id,
                "status": record.status,
                "closing": document.to_dict(),
                "agenda": agenda.to_dict(),
                "reflection": reflection.to_dict(),
            }
        )
        return 0
    for reply in (document, agenda, reflection):
        notices(reply)
    sys.stdout.write(document_to_markdown(document.result) + "\n")
    sys.stdout.write(agenda_to_markdown(agenda.result) + "\n")
    sys.stdout.write(reflection_to_markdown(reflection.result))
    print(f"\nRelationship {record.id} is marked closed.", file=sys.stderr)
    return 0


def _search(assistant: Assistant, args: argparse.Namespace) -> int:
    hits = assistant.relationships.search_notes(args.id, args.query)
    if args.json:
        print_json({"matches": [{"session": sid, "snippet": text} for sid, text in hits]})
    else:
        for sid, text in hits:
            print(f"{sid}: {text}")
        if not hits:
            print("No session notes match.")
    return 0


def _document(assistant: Assistant, args: argparse.Namespace, kind: str) -> int:
    from assistant.relationship.documents import document_to_markdown

    reply: Reply = assistant.relationship_document(args.id, kind, today=_today(args))
    if args.json:
        print_json(reply.to_dict())
    else:
        notices(reply)
        sys.stdout.write(document_to_markdown(reply.result))
    return 0


_HANDLERS = {
    "create": _create,
    "list": _list,
    "show": _show,
    "export": _export,
    "import": _import,
    "delete": _delete,
    "agreement": _agreement,
    "plan": _plan,
    "goal": _goal,
    "activity": _activity,
    "activity_status": _activity_status,
    "midpoint": _midpoint,
    "signals": _signals,
    "close": _close,
    "search": _search,
}
