"""Helpers shared by the command modules: provider flags, JSON output, reading user files."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from assistant.errors import UsageError
from assistant.textfiles import read_text_arg, read_text_file

if TYPE_CHECKING:
    from assistant.service import Assistant

__all__ = [
    "add_k_option",
    "add_provider_options",
    "assistant_from_args",
    "print_json",
    "read_text_arg",
    "read_text_file",
    "require_text",
]


def add_provider_options(parser: argparse.ArgumentParser) -> None:
    """The flags every capability command accepts."""
    group = parser.add_argument_group("provider")
    group.add_argument(
        "--provider",
        choices=("offline", "openai"),
        help="offline (default, no key needed) or openai (any OpenAI-compatible server); "
        "env MENTOR_ASSIST_PROVIDER",
    )
    group.add_argument(
        "--model", help="model name for the openai provider; env MENTOR_ASSIST_MODEL"
    )
    group.add_argument(
        "--base-url",
        help="OpenAI-compatible server, e.g. http://localhost:11434/v1; env OPENAI_BASE_URL",
    )


def add_relationship_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--relationship ID``: use a recorded relationship as the context of a capability."""
    parser.add_argument("--relationship", metavar="ID", help=f"a recorded relationship: {what}")


def add_k_option(parser: argparse.ArgumentParser) -> None:
    """``--k``: how many passages to retrieve (1-50); a bad value is a usage error (exit 2)."""

    def passages(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not 1 <= value <= 50:
            raise argparse.ArgumentTypeError(f"must be between 1 and 50, not {value}")
        return value

    parser.add_argument(
        "--k", type=passages, default=5, help="passages to retrieve, 1-50 (default 5)"
    )


def assistant_from_args(args: argparse.Namespace, *, index: bool = True) -> Assistant:
    """Build the facade from the provider flags (then environment, then defaults).

    With ``index`` the knowledge base is made ready first, building it on first use with
    progress on stderr; commands that never retrieve (action items) skip that.
    """
    from assistant.cli.progress import StderrProgress
    from assistant.config import Settings
    from assistant.service import Assistant

    settings = Settings.load(
        provider=getattr(args, "provider", None),
        model=getattr(args, "model", None),
        base_url=getattr(args, "base_url", None),
    )
    assistant = Assistant(settings)
    if index:
        assistant.kb.ensure_ready(progress=StderrProgress())
    return assistant


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def require_text(value: str, what: str) -> str:
    if not value or not value.strip():
        raise UsageError(f"{what} is empty: give some text.")
    return value
