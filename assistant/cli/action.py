"""``mentor-assist action``: follow through on a relationship's action items (done, drop, list)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from assistant.cli.common import assistant_from_args, print_json

VERBS = {"done": "done", "drop": "dropped", "reopen": "open"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "action",
        help="Mark a relationship's action item done or dropped, or list its items.",
        description="Action items keep their status and its history across sessions; open ones "
        "are reviewed in the next agenda (mentor-assist agenda --relationship ID).",
    )
    steps = parser.add_subparsers(dest="action_command", metavar="STEP")
    for verb, help_ in (
        ("done", "Mark an item done."),
        ("drop", "Drop an item that is no longer wanted."),
        ("reopen", "Open an item again."),
    ):
        step = steps.add_parser(verb, help=help_)
        step.add_argument("id", metavar="ID", help="the relationship's id")
        step.add_argument("item", metavar="ITEM_ID", help="the action item's id")
        step.add_argument("--note", metavar="TEXT", help="why, kept in the item's history")
        step.add_argument("--json", action="store_true", help="print JSON")
        step.set_defaults(func=run)
    listing = steps.add_parser("list", help="List the items (open ones unless --all).")
    listing.add_argument("id", metavar="ID")
    listing.add_argument("--all", action="store_true", help="include done and dropped items")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=run)
    parser.set_defaults(func=run, action_parser=parser)


def run(args: argparse.Namespace) -> int:
    command = getattr(args, "action_command", None)
    if command is None:
        args.action_parser.print_usage(sys.stderr)
        args.action_parser.exit(2, "mentor-assist action: error: choose done, drop or list\n")
    store = assistant_from_args(args, index=False).relationships
    today = date.today()
    if command == "list":
        items = store.get(args.id).items if args.all else tuple(store.open_items(args.id))
        if args.json:
            print_json({"action_items": [item.to_dict(today) for item in items]})
            return 0
        for item in items:
            due = f", due {item.due.isoformat()}" if item.due else ""
            late = " (overdue)" if item.overdue(today) else ""
            print(f"{item.id}  [{item.status}] {item.task} — {item.owner}{due}{late}")
        if not items:
            print("No open action items.")
        return 0
    item = store.set_item_status(args.id, args.item, VERBS[command], note=args.note)
    if args.json:
        print_json(item.to_dict(today))
    else:
        print(f"{item.id}: {item.task} — {item.status}.")
    return 0
