"""``mentor-assist guard``: check a draft message for savior language and suggest a rewrite."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from assistant.errors import UsageError
from assistant.guard import GuardResult, check, label


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "guard",
        help="check a message for savior language (rescuing, promising outcomes, dependency, "
        "knowing best, dictating, doing the mentee's work)",
        description="Check a mentor's draft for savior language. Each finding names its category, "
        "quotes the words, explains why (citing the guidance) and suggests a coaching question; "
        "the rewrite replaces each flagged clause and keeps the rest. Deterministic, no model "
        "call. Exit status is 0 whether or not the text is flagged.",
    )
    parser.add_argument(
        "text",
        metavar="TEXT",
        help='the message to check, or "-" to read one message per line from standard input',
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='print JSON: {"flagged", "findings", "rewrite"} (one object per input line with "-")',
    )
    parser.add_argument(
        "--relationship",
        metavar="ID",
        help="a recorded relationship: read its mentee's name as the person addressed "
        '("I\'ll call Sam\'s manager" reads as "I\'ll call your manager")',
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    checker = _checker(args.relationship)
    if args.text == "-":
        return _run_lines(args.json, checker)
    if not args.text.strip():
        raise UsageError('TEXT is empty: give the message to check, or "-" to read standard input.')
    result = checker(args.text)
    _notice(result)
    _emit(result, args.json)
    return 0


def _notice(result: GuardResult) -> None:
    if result.notice:
        sys.stderr.write(f"Note: {result.notice}\n")


def _checker(relationship: str | None) -> Callable[[str], GuardResult]:
    """The guard, or with a relationship the guard that knows its mentee's name."""
    if not relationship:
        return check
    from assistant.config import Settings
    from assistant.relationship.drafts import check_draft
    from assistant.relationship.store import RelationshipStore

    store = RelationshipStore(Settings.load().home)
    try:
        mentee = store.get(relationship).mentee
    finally:
        store.close()
    return lambda text: check_draft(text, mentee)


def _run_lines(as_json: bool, checker: Callable[[str], GuardResult] = check) -> int:
    """One text per line, answered in order and flushed per line (usable as a co-process)."""
    noticed = False
    for raw in sys.stdin:
        line = raw.rstrip("\r\n")
        result = checker(line)
        if not noticed:
            _notice(result)
            noticed = True
        _emit(result, as_json)
    return 0


def _emit(result: GuardResult, as_json: bool) -> None:
    if as_json:
        import json

        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(report(result))
    sys.stdout.flush()


def report(result: GuardResult) -> str:
    """A readable verdict: flagged or not, each finding, then the rewrite."""
    if not result.flagged:
        return "OK: no savior language found; the message leaves ownership with the mentee.\n"
    count = len(result.findings)
    lines = [f"FLAGGED: {count} finding{'s' if count != 1 else ''}.", ""]
    for number, finding in enumerate(result.findings, 1):
        start, end = finding.span
        lines += [
            f"{number}. {label(finding.category)}: “{finding.quote}” (characters {start}-{end})",
            f"   Why: {finding.why}",
            f"   Try instead: {finding.suggestion}",
            "",
        ]
    lines += ["Suggested rewrite:", result.rewrite, ""]
    return "\n".join(lines)
