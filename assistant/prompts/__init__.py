"""Prompt files: one YAML file per capability, validated and loaded as ChatPromptTemplates.

Each file (``ask.yaml``, ``agenda.yaml``, ...) has a ``name``, a ``description``, a ``system``
template, a ``human`` template, the ``input_variables`` both may use and an ``output`` block
(``format: text`` or ``format: json`` with a ``json_schema`` the model is shown). The shared
mentoring principles (``principles.md``) are filled into ``{principles}`` of every system
prompt; they say that passages and notes are data, never instructions, and
:func:`number_passages` wraps each passage in ``<passage>`` tags it cannot break out of.
Conversation history goes through a ``{history}`` placeholder between the system and the human
message.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.citations import Passage
from assistant.datafiles import parse_data
from assistant.errors import ConfigError
from assistant.requests import Turn

PROMPT_NAMES = ("ask", "agenda", "grow_turn", "actions", "reflect", "faq")
_BUILTIN = frozenset({"principles", "history", "schema"})


class PromptVariableError(KeyError):
    """A prompt was rendered without a variable it needs; ``missing`` names them."""

    def __init__(self, prompt: str, missing: Sequence[str]) -> None:
        self.prompt = prompt
        self.missing = tuple(missing)
        super().__init__(f"prompt {prompt!r} needs the variable(s): {', '.join(self.missing)}")

    def __str__(self) -> str:
        return str(self.args[0])


class OutputSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["text", "json"]
    json_schema: dict[str, Any] | None = None
    max_tokens: int = Field(default=400, ge=16, le=8192)
    temperature: float = Field(default=0.2, ge=0, le=2)

    @model_validator(mode="after")
    def _schema_for_json(self) -> OutputSpec:
        if self.format == "json" and not self.json_schema:
            raise ValueError("output.format json needs output.json_schema")
        return self


class PromptSpec(BaseModel):
    """The validated contents of one prompt file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z_]+$")
    description: str = Field(min_length=1)
    system: str = Field(min_length=1)
    human: str = Field(min_length=1)
    input_variables: tuple[str, ...]
    output: OutputSpec

    @model_validator(mode="after")
    def _variables_declared(self) -> PromptSpec:
        used = _fields(self.system) | _fields(self.human)
        undeclared = used - set(self.input_variables) - _BUILTIN
        unused = set(self.input_variables) - used
        if undeclared:
            raise ValueError(f"template uses undeclared variable(s): {sorted(undeclared)}")
        if unused:
            raise ValueError(f"declared variable(s) not used by any template: {sorted(unused)}")
        if "principles" not in _fields(self.system):
            raise ValueError("the system template must include {principles}")
        if self.output.format == "json" and "schema" not in used:
            raise ValueError("a json prompt must show the model its {schema}")
        return self


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Prompt:
    """A loaded prompt: its spec and the ChatPromptTemplate built from it."""

    spec: PromptSpec
    template: ChatPromptTemplate

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def output(self) -> OutputSpec:
        return self.spec.output

    def format_messages(
        self, variables: Mapping[str, Any], history: Sequence[Turn] = ()
    ) -> list[BaseMessage]:
        """Render the messages; a missing variable raises :class:`PromptVariableError`."""
        missing = [name for name in self.spec.input_variables if name not in variables]
        if missing:
            raise PromptVariableError(self.name, missing)
        values = {name: variables[name] for name in self.spec.input_variables}
        values["history"] = [_message(turn) for turn in history]
        return self.template.format_messages(**values)

    def render(
        self, variables: Mapping[str, Any], history: Sequence[Turn] = ()
    ) -> list[dict[str, str]]:
        """Messages in the chat-completions wire format (``role``/``content`` dicts)."""
        return [to_wire(message) for message in self.format_messages(variables, history)]


def _message(turn: Turn) -> BaseMessage:
    return HumanMessage(turn.content) if turn.role == "user" else AIMessage(turn.content)


def to_wire(message: BaseMessage) -> dict[str, str]:
    role = {SystemMessage: "system", HumanMessage: "user", AIMessage: "assistant"}[type(message)]
    return {"role": role, "content": str(message.content)}


@lru_cache(maxsize=1)
def principles() -> str:
    return resources.files(__name__).joinpath("principles.md").read_text("utf-8").strip()


def parse_prompt(text: str, *, source: str = "<prompt>") -> Prompt:
    """Validate a prompt file's text and build its template."""
    spec = parse_data(text, PromptSpec, what=f"The prompt file {source}")
    template = ChatPromptTemplate.from_messages(
        [("system", spec.system), ("placeholder", "{history}"), ("human", spec.human)]
    ).partial(principles=principles())
    if spec.output.format == "json":
        template = template.partial(schema=json.dumps(spec.output.json_schema, ensure_ascii=False))
    return Prompt(spec=spec, template=template)


@cache
def load_prompt(name: str) -> Prompt:
    """Load the shipped prompt file ``<name>.yaml``."""
    if name not in PROMPT_NAMES:
        raise ConfigError(f"There is no prompt named {name!r}; known: {', '.join(PROMPT_NAMES)}.")
    text = resources.files(__name__).joinpath(f"{name}.yaml").read_text("utf-8")
    prompt = parse_prompt(text, source=f"{name}.yaml")
    if prompt.name != name:
        raise ConfigError(f"The prompt file {name}.yaml declares the name {prompt.name!r}.")
    return prompt


def number_passages(passages: Sequence[Passage]) -> str:
    """The passages as the model sees them: each one wrapped as data, numbered for citing.

    ``<passage id="n" source="Title - Section">`` … ``</passage>``; a passage cannot close its
    own wrapper or open another (those tags in its text, title or section are defused), so text
    in a document stays inside the data it belongs to.
    """
    if not passages:
        return "(no passages were found for this request)"
    blocks = [
        f'<passage id="{number}" source="{_defuse(f"{p.title} - {p.section}", quote=True)}">\n'
        f"{_defuse(p.text.strip())}\n</passage>"
        for number, p in enumerate(passages, start=1)
    ]
    return "\n\n".join(blocks)


_TAG = re.compile(r"<\s*(/?)\s*passage", re.IGNORECASE)


def _defuse(text: str, *, quote: bool = False) -> str:
    """``text`` with any passage tag turned into harmless brackets (and quotes, in attributes)."""
    text = _TAG.sub(lambda match: f"‹{match.group(1)}passage", text)
    return text.replace('"', "'") if quote else text
