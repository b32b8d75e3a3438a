"""Helpers shared by the command modules: provider flags, JSON output, reading user files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import InputFileError, UsageError

if TYPE_CHECKING:
    from assistant.service import Assistant

MAX_INPUT_BYTES = 20 * 1024 * 1024


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


def assistant_from_args(args: argparse.Namespace) -> Assistant:
    """Build the facade from the provider flags (then environment, then defaults)."""
    from assistant.config import Settings
    from assistant.service import Assistant

    settings = Settings.load(
        provider=getattr(args, "provider", None),
        model=getattr(args, "model", None),
        base_url=getattr(args, "base_url", None),
    )
    return Assistant(settings)


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def read_text_file(path: str | Path, *, what: str = "file") -> str:
    """Read a user's UTF-8 text file, or raise an error that names the file and the problem."""
    path = Path(path)
    if not path.exists():
        raise InputFileError(path, f"no such {what}")
    if path.is_dir():
        raise InputFileError(path, "is a folder, not a file")
    size = path.stat().st_size
    if size == 0:
        raise InputFileError(path, "file is empty")
    if size > MAX_INPUT_BYTES:
        raise InputFileError(path, f"file is {size / 1e6:.1f} MB; the limit is 20 MB")
    return decode_text(path.read_bytes(), name=str(path))


def decode_text(data: bytes, *, name: str) -> str:
    """Decode UTF-8 text, refusing binary data with a clear message."""
    if b"\x00" in data[:8192]:
        raise InputFileError(name, "looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputFileError(
            name,
            f"is not UTF-8 text (invalid byte at position {error.start}); save it as UTF-8",
        ) from None


def read_text_arg(value: str) -> str:
    """``-`` reads standard input; anything else is a path."""
    if value == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise InputFileError("<stdin>", "input is larger than 20 MB")
        return decode_text(data, name="<stdin>")
    return read_text_file(value)


def require_text(value: str, what: str) -> str:
    if not value or not value.strip():
        raise UsageError(f"{what} is empty: give some text.")
    return value
