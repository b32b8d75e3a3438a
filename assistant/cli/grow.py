"""``mentor-assist grow``: a GROW coaching session, one question at a time, across runs."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from assistant.cli.common import (
    add_provider_options,
    add_relationship_option,
    assistant_from_args,
    print_json,
    read_text_arg,
    require_text,
)
from assistant.cli.relationship import iso_date
from assistant.cli.render import citations_markdown, notices

if TYPE_CHECKING:
    from assistant.output import Reply

STAGE_TITLES = {
    "goal": "Goal",
    "reality": "Reality",
    "options": "Options",
    "will": "Will (way forward)",
    "done": "Done",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "grow",
        help="Coach with GROW questions (Goal, Reality, Options, Will), one at a time.",
        description=(
            "Run a GROW coaching session: start it, then give the mentee's answer to each "
            "question; the next question follows from the answer. Sessions are saved, so you "
            "can continue in a later run. End with a summary and action items."
        ),
    )
    actions = parser.add_subparsers(dest="grow_command", metavar="STEP")

    start = actions.add_parser("start", help="Start a session and print the first question.")
    start.add_argument("--topic", metavar="TEXT", help="what the session is about (optional)")
    add_relationship_option(start, "without --topic, coach on its first open goal")
    _common(start)

    answer = actions.add_parser("answer", help="Give the mentee's answer; print the next question.")
    answer.add_argument("session", metavar="SESSION", help="the session id printed by start")
    answer.add_argument("text", metavar="TEXT", help='the mentee\'s answer, or "-" to read stdin')
    _common(answer)

    summary = actions.add_parser("summary", help="Print the summary and the action items.")
    summary.add_argument("session", metavar="SESSION", help="the session id")
    add_relationship_option(
        summary, "also save the summary and its action items to its record, as a session"
    )
    summary.add_argument(
        "--today", type=iso_date, metavar="YYYY-MM-DD", help="the saved session's date"
    )
    _common(summary)

    parser.set_defaults(func=run, grow_parser=parser)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_provider_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    command = getattr(args, "grow_command", None)
    if command is None:
        args.grow_parser.print_usage()
        args.grow_parser.exit(2, "mentor-assist grow: error: choose start, answer or summary\n")
    if command == "answer":
        text = read_text_arg("-") if args.text == "-" else args.text
        text = require_text(text, "The answer")
    assistant = assistant_from_args(args)
    if command == "start":
        reply = assistant.grow_start(args.topic, relationship=args.relationship)
    elif command == "answer":
        reply = assistant.grow_answer(args.session, text)
    else:
        reply = assistant.grow_summary(args.session)
    saved = None
    if command == "summary" and args.relationship:
        saved = assistant.record_session(
            args.relationship, "", today=args.today or date.today(), grow_session=args.session
        )
    if args.json:
        data = reply.to_dict()
        if getattr(args, "relationship", None):
            data["relationship"] = args.relationship
        if saved is not None:
            data["saved"] = saved.to_dict()
        print_json(data)
    elif command == "summary":
        print(summary_markdown(reply), end="")
    else:
        print(turn_text(reply), end="")
    notices(reply)
    if saved is not None and not args.json:
        count = len(saved.action_items)
        print(
            f"Saved to relationship {saved.relationship} as session {saved.session} with "
            f"{count} action item{'s' if count != 1 else ''}.",
            file=sys.stderr,
        )
    return 0


def turn_text(reply: Reply) -> str:
    """The stage and the question to ask, or how to see the summary once done."""
    turn = reply.result
    if turn.done:
        return (
            f"GROW session {turn.session} is complete.\n\n"
            f"See the summary and action items with: mentor-assist grow summary {turn.session}\n"
        )
    lines = [
        f"GROW session {turn.session} · {STAGE_TITLES.get(turn.stage, turn.stage)} "
        f"(stage {turn.stage_number} of 4)",
        "",
    ]
    if turn.heard and turn.heard.get("summary"):
        move = f" → {turn.move.replace('_', ' ')}" if turn.move else ""
        lines += [f"Heard: {turn.heard['summary']}{move}", ""]
    lines += [
        f"  {turn.question}",
        "",
    ]
    if turn.reason:
        lines += [f"Why: {turn.reason}", ""]
    lines.append(f'Answer with: mentor-assist grow answer {turn.session} "<the mentee\'s answer>"')
    if turn.citations:
        lines += ["", citations_markdown(turn.citations)]
    return "\n".join(lines) + "\n"


def summary_markdown(reply: Reply) -> str:
    """The summary as Markdown, ending with the action-item checklist."""
    from assistant.grow.wording import as_said_of_the_mentee  # lazy: CLI start-up stays light

    summary = reply.result
    lines = ["# GROW summary", ""]
    if summary.topic:
        lines += [f"Topic: {summary.topic}", ""]
    if not summary.done:
        lines += ["_The session is not finished yet; this is the summary so far._", ""]
    lines += ["## Goal", "", summary.goal or "_Not set yet._", ""]
    lines += ["## Reality", "", summary.reality or "_Not described yet._", ""]
    if summary.obstacles:
        lines += ["## Obstacles", ""]
        lines += [f"- {obstacle}" for obstacle in summary.obstacles]
        lines.append("")
    lines += ["## Options", ""]
    lines += [f"- {option}" for option in summary.options] or ["_None collected yet._"]
    lines += ["", "## Way forward", "", summary.will or "_Not chosen yet._", ""]
    lines += ["## Action items", ""]
    for item in summary.action_items:
        line = f"- [ ] {' '.join(item.task.split())} — {item.owner}"
        line += f", due {item.due.isoformat()}" if item.due else ", no date yet"
        lines.append(line)
    if not summary.action_items:
        lines.append("_No action items yet._")
    if summary.others_steps:
        lines += ["", "## Steps others take on", ""]
        for item in summary.others_steps:
            task = as_said_of_the_mentee(
                " ".join(item.task.split())
            )  # "give me" -> "give the mentee"
            line = f"- {item.owner}: {task}"
            lines.append(line + (f", by {item.due.isoformat()}" if item.due else ""))
    if summary.date_checks:
        lines += ["", "## Dates to confirm", ""]
        lines += [f"- {check}" for check in summary.date_checks]
    return "\n".join(lines) + "\n"
