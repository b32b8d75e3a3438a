"""Reading what users hand us (files, standard input) with errors that name the file and the fix."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from assistant.errors import InputFileError

MAX_FILE_BYTES = 20 * 1024 * 1024


def _too_big(size: int) -> str:
    return f"is {size / 1e6:.1f} MB, over the 20 MB limit; trim or split it"


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a non-empty file no larger than 20 MB."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputFileError(path, "no such file; check the path") from None
    except OSError as error:
        raise InputFileError(path, f"cannot be read ({error.strerror or error})") from None
    if path.is_dir():
        raise InputFileError(path, "is a folder, not a file")
    if size == 0:
        raise InputFileError(path, "file is empty")
    if size > MAX_FILE_BYTES:
        raise InputFileError(path, _too_big(size))
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputFileError(path, f"cannot be read ({error.strerror or error})") from None


# Longest first: the UTF-32 little-endian mark starts with the UTF-16 one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def decode_text(data: bytes, name: str | Path) -> str:
    """UTF-8 text, or UTF-8/16/32 text that starts with a byte-order mark.

    Refuses binary, undecodable, oversized and blank input with a message that names the fix.
    """
    if len(data) > MAX_FILE_BYTES:
        raise InputFileError(name, _too_big(len(data)))
    encoding, label = "utf-8", "UTF-8"
    for mark, codec, codec_label in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            data, encoding, label = data[len(mark) :], codec, codec_label
            break
    else:
        if b"\x00" in data:
            raise InputFileError(name, "looks like a binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputFileError(
            name,
            f"is not {label} text (invalid byte at position {error.start}); save it as UTF-8",
        ) from None
    if "\x00" in text:
        raise InputFileError(name, "looks like a binary file, not text (it contains NUL bytes)")
    if not text.strip():
        raise InputFileError(name, "file is empty (only white space)")
    return text


def read_text_file(path: str | Path) -> str:
    return decode_text(read_bytes(path), path)


def read_text_arg(value: str) -> str:
    """``-`` reads standard input; anything else is a path."""
    if value == "-":
        return decode_text(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), "<stdin>")
    return read_text_file(value)
