"""Loading the reviewed data files (rules, question banks, templates, prompts) into pydantic models.

Every failure is a :class:`ConfigError` that names the file and says what is wrong in it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from assistant.errors import ConfigError

Model = TypeVar("Model", bound=BaseModel)


# libyaml's parser when PyYAML was built with it (several times faster on the exemplar banks).
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_data(text: str, model: type[Model], *, what: str) -> Model:
    """Validate YAML ``text`` as ``model``; ``what`` names the file in errors."""
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as error:
        raise ConfigError(f"{what} is not valid YAML: {error}") from None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item['loc']) or 'top level'}: {item['msg']}"
            for item in error.errors()
        )
        raise ConfigError(f"{what} is invalid: {problems}.") from None


def load_data(path: Path, model: type[Model], *, what: str) -> Model:
    """Read and validate a YAML data file as ``model``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"Cannot read {what}: {error.strerror or error}.") from None
    return parse_data(text, model, what=what)
