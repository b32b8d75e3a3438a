"""Repairing a model's JSON before validating it."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from assistant.errors import ProviderOutputError
from assistant.providers.jsonfix import drop_trailing_commas, first_json_value, parse_model, repair


class Item(BaseModel):
    task: str


class Items(BaseModel):
    items: list[Item]


def test_valid_json_is_not_repaired() -> None:
    value, repaired = parse_model('{"items": [{"task": "a"}]}', Items)
    assert value.items[0].task == "a" and not repaired


@pytest.mark.parametrize(
    "text",
    [
        '```json\n{"items": [{"task": "a"},]}\n```',
        'Here is the JSON you asked for:\n{"items": [{"task": "a"}]}\nHope it helps!',
        '{"items": [{"task": "a",},],}',
        '[{"task": "a"}]',
    ],
)
def test_small_slips_are_repaired(text: str) -> None:
    value, repaired = parse_model(text, Items, wrap_key="items")
    assert value.items == [Item(task="a")] and repaired


def test_strings_are_left_alone() -> None:
    assert drop_trailing_commas('{"a": "x,}", "b": [1, 2,]}') == '{"a": "x,}", "b": [1, 2]}'
    assert first_json_value('Here: {"a": "}", "b": [{}]} and more') == '{"a": "}", "b": [{}]}'
    assert repair("no json here") == "no json here"


def test_unrepairable_text_raises_a_named_error() -> None:
    with pytest.raises(ProviderOutputError, match="not valid JSON"):
        parse_model("Sure! Tasks: update CV", Items)
    with pytest.raises(ProviderOutputError, match="items"):
        parse_model('{"tasks": []}', Items)
