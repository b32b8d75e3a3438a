"""``mentor-assist index [PATH ...]``: index the shipped guidance plus the given files/folders."""

from __future__ import annotations

import argparse
import sys

from assistant.cli.common import print_json
from assistant.cli.progress import StderrProgress


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "index",
        help="index knowledge/ plus your own documents",
        description="Index the shipped guidance plus the given Markdown, text, HTML or PDF files "
        "and folders. Unchanged files are not re-embedded; deleted files leave the index.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to add")
    parser.add_argument("--rebuild", action="store_true", help="delete the index and build it anew")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from assistant.config import Settings
    from assistant.retrieval import KnowledgeBase

    kb = KnowledgeBase(Settings.load())
    progress = None if args.json else StderrProgress()
    if args.rebuild:
        kb.rebuild(progress=progress)
    report = kb.index(args.paths, progress=progress)
    for name, reason in report.failed:
        print(f"mentor-assist: {name}: {reason}", file=sys.stderr)
    if args.json:
        print_json(report.to_dict())
    else:
        print(report.summary())
    return 1 if report.failed else 0
