"""``mentor-assist checkup``: the 90-day check-up of a relationship, scored, stored and routed."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from assistant.cli.common import add_provider_options, assistant_from_args, print_json
from assistant.cli.relationship import iso_date


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "checkup",
        help="Score the 90-day check-up of a match and say what to do next.",
        description="Answer the guidance's five suitability questions (and, if some answers are "
        "unfavourable, its obstacle list 1-10) in a YAML or JSON file. More than two "
        "unfavourable answers mean the match needs attention; obstacles 1-5 suggest talking to "
        "the program coordinator, 6-10 a plan to overcome them.",
    )
    parser.add_argument("id", metavar="ID", help="the relationship's id")
    parser.add_argument("--answers", required=True, metavar="FILE", help="the answers file")
    parser.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD", help="check-up date")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_provider_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from assistant.relationship.checkup import load_answers

    answers = load_answers(args.answers)
    reply = assistant_from_args(args, index=False).checkup(args.id, answers, today=args.today)
    if args.json:
        print_json(reply.to_dict())
        return 0
    result = reply.result
    verdict = "suitable" if result.suitable else "needs attention"
    print(f"90-day check-up ({result.held_on}): the match {verdict}; route: {result.route}.")
    if result.unfavourable:
        print(f"Unfavourable answers: {', '.join(result.unfavourable)}.")
    if result.obstacles:
        print(f"Obstacles: {', '.join(str(n) for n in result.obstacles)}.")
    print("\nNext steps:")
    for step in result.next_steps:
        print(f"- {step}")
    if result.plan_item:
        print(f"\nRecorded the follow-up as action item {result.plan_item}.", file=sys.stderr)
    return 0
