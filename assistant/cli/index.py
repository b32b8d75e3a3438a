"""``mentor-assist index [PATH ...]``: index the shipped guidance plus the given files/folders."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from typing import TYPE_CHECKING

from assistant.cli.common import print_json
from assistant.cli.progress import StderrProgress

if TYPE_CHECKING:
    from assistant.retrieval import KnowledgeBase


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "index",
        help="index knowledge/ plus your own documents",
        description="Index the shipped guidance plus the given Markdown, text, HTML or PDF files "
        "and folders. Unchanged files are not re-embedded; deleted files leave the index.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to add")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--rebuild", action="store_true", help="delete the index and build it anew")
    action.add_argument(
        "--remove",
        action="store_true",
        help="take the given files or folders (or indexed source names) out of the index; "
        "the files themselves are not touched",
    )
    action.add_argument("--list", action="store_true", help="list the indexed documents")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from assistant.config import Settings
    from assistant.errors import UsageError
    from assistant.retrieval import KnowledgeBase

    kb = KnowledgeBase(Settings.load())
    progress = None if args.json else StderrProgress()
    if args.list:
        return _list(kb, as_json=args.json)
    if args.remove:
        if not args.paths:
            raise UsageError("--remove needs the files, folders or source names to remove.")
        report = kb.remove(args.paths, progress=progress)
    else:
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


def _list(kb: KnowledgeBase, *, as_json: bool) -> int:
    docs = kb.documents()
    if as_json:
        print_json(
            [
                {"source": d.source, "title": d.title, "chunks": d.chunks, "origin": d.origin}
                for d in docs
            ]
        )
        return 0
    for doc in docs:
        print(f"{_plain(doc.source)}\t{doc.chunks} chunks\t{doc.origin}\t{_plain(doc.title)}")
    return 0


def _plain(label: str) -> str:
    """A document-chosen label without control characters (no terminal escape sequences)."""
    return "".join(" " if unicodedata.category(char)[0] == "C" else char for char in label)
