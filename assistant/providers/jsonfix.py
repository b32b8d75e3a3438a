"""Reading a model's JSON: validate with pydantic, and repair the usual small slips first.

Repairs: strip Markdown code fences, take the first complete JSON object or array out of
surrounding prose, and drop trailing commas before ``}`` or ``]``. Every step is one linear scan.
"""

from __future__ import annotations

import json
import re
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from assistant.errors import ProviderOutputError

M = TypeVar("M", bound=BaseModel)

_FENCE = re.compile(r"```[ \t]*(?:json|JSON)?[ \t]*\n?")


def strip_fences(text: str) -> str:
    return _FENCE.sub("", text).strip()


def first_json_value(text: str) -> str | None:
    """The first balanced ``{...}`` or ``[...]`` in ``text`` (string-aware), or None."""
    start = -1
    depth = 0
    in_string = False
    escaped = False
    for index, char in enumerate(text):
        if start == -1:
            if char in "{[":
                start, depth = index, 1
            continue
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return text[start : index + 1]
    return None


def drop_trailing_commas(text: str) -> str:
    """Remove a comma that directly precedes ``}`` or ``]`` outside strings."""
    out: list[str] = []
    in_string = False
    escaped = False
    pending_comma: list[str] = []  # a comma and the whitespace after it, not yet written
    for char in text:
        if in_string:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if pending_comma:
            if char.isspace():
                pending_comma.append(char)
                continue
            if char in "}]":
                out.extend(pending_comma[1:])
            else:
                out.extend(pending_comma)
            pending_comma = []
        if char == ",":
            pending_comma = [char]
            continue
        if char == '"':
            in_string = True
        out.append(char)
    out.extend(pending_comma)
    return "".join(out)


def repair(text: str) -> str:
    """The model's text with fences, surrounding prose and trailing commas removed."""
    body = strip_fences(text)
    value = first_json_value(body)
    return drop_trailing_commas(value if value is not None else body)


def parse_model(text: str, model: type[M], *, wrap_key: str | None = None) -> tuple[M, bool]:
    """Validate ``text`` as ``model``; repair it if needed. Returns (value, repaired).

    ``wrap_key`` accepts a bare JSON array where an object ``{wrap_key: [...]}`` was asked for.
    Raises :class:`ProviderOutputError` naming what was wrong.
    """
    try:
        return model.model_validate_json(text), False
    except ValidationError:
        pass
    fixed = repair(text)
    try:
        data = json.loads(fixed)
    except json.JSONDecodeError as error:
        raise ProviderOutputError(f"The model's reply was not valid JSON ({error.msg}).") from None
    if wrap_key and isinstance(data, list):
        data = {wrap_key: data}
    try:
        return model.model_validate(data), True
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the top level"
        raise ProviderOutputError(
            f"The model's JSON did not match the expected shape ({where}: {first['msg']})."
        ) from None
