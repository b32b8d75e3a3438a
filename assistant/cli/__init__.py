"""``mentor-assist``: a thin command line over :class:`assistant.service.Assistant`."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from assistant import __version__
from assistant.errors import AssistantError

# Each module registers one subcommand; missing optional modules are skipped.
COMMANDS = (
    "index", "ask", "chat", "agenda", "grow", "actions", "reflect", "faq", "guard",
    "relationship", "session", "action", "checkup",
)  # fmt: skip


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's default already exits 2; keep it tidy
        self.print_usage(sys.stderr)
        self.exit(2, f"mentor-assist: error: {message}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or with ``only`` just that command's (so a quick ``guard`` check does not
    import the knowledge base and every other command first)."""
    parser = _Parser(
        prog="mentor-assist",
        description="Mentor Session Assistant: agendas, GROW coaching, action items, reflections "
        "and FAQs grounded in mentoring guidance. Works offline; set MENTOR_ASSIST_PROVIDER=openai "
        "to use an OpenAI-compatible model.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in (only,) if only in COMMANDS else COMMANDS:
        try:
            module = importlib.import_module(f"assistant.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"assistant.cli.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    first = arguments[0] if arguments else None
    parser = build_parser(only=first if first in COMMANDS else None)
    args = parser.parse_args(arguments)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except AssistantError as error:
        print(f"mentor-assist: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("mentor-assist: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
