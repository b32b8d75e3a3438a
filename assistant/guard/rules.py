"""The reviewed rules file (``rules.yaml``): its schema, and loading it with clear errors."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.datafiles import load_data
from assistant.errors import ConfigError
from assistant.guard.pattern import NEGATORS, Node, PatternError, parse, required_words, words_of
from assistant.understanding.text import expand_word

RULES_PATH = Path(__file__).with_name("rules.yaml")

CATEGORIES = ("rescuing", "gatekeeping", "dependency", "knowing_best", "dictating", "enabling")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceRef(_Strict):
    """The guidance passage a category comes from."""

    document: str = Field(pattern=r"^knowledge/[a-z0-9-]+\.md$")
    section: str = Field(min_length=1)


class PatternSpec(_Strict):
    """One pattern, the coaching-style sentence that replaces a match, and sample matches."""

    match: str = Field(min_length=1)
    suggestion: str = Field(min_length=10)
    examples: list[str] = Field(min_length=1)
    # Also match in a sentence that ends with a question mark.
    questions: bool = False
    # Skip a match when "not"/"never" comes just before it in the same clause.
    negation: bool = True


class CategorySpec(_Strict):
    title: str = Field(min_length=1)
    why: str = Field(min_length=20)
    source: SourceRef
    # Skip matches in a sentence that leaves the choice to the mentee ("if you'd like").
    skip_when_choice: bool = False
    patterns: list[PatternSpec] = Field(min_length=1)

    @field_validator("why")
    @classmethod
    def _cites(cls, value: str) -> str:
        if '"' not in value and "“" not in value:
            raise ValueError("must quote the guidance passage it comes from")
        return value


class ContextSpec(_Strict):
    """Patterns that change how a sentence is read rather than flag it."""

    # The sentence leaves the decision with the mentee.
    choice: list[str] = Field(min_length=1)
    # The sentence describes a trap instead of falling into it ("avoid saying ...").
    describing: list[str] = Field(min_length=1)
    # A question tag after a clause break ("..., okay?") does not make a statement a question.
    tag_question: list[str] = Field(min_length=1)
    # The mentee released from what follows ("Don't feel you need to check in with me before
    # every decision"): a match starting right after it in its clause is what they need not do.
    release: list[str] = Field(default_factory=list)


class RulesFile(_Strict):
    version: Literal[1]
    # Filler adverbs ("honestly", "totally") dropped from every sentence before matching, so no
    # pattern has to list them; character offsets of the remaining words are kept.
    fillers: list[str] = Field(default_factory=list)
    # Shared suggestion texts; patterns refer to them with YAML aliases.
    suggestions: dict[str, str] = Field(default_factory=dict)
    macros: dict[str, str] = Field(default_factory=dict)
    context: ContextSpec
    categories: dict[str, CategorySpec]

    @field_validator("fillers")
    @classmethod
    def _single_words(cls, value: list[str]) -> list[str]:
        for word in value:
            if expand_word(word) != (word,) or not word.isalpha():
                raise ValueError(f"filler {word!r} must be one lowercase word")
            if word in NEGATORS:
                raise ValueError(f"filler {word!r} is a negator and must stay in the text")
        return value

    @model_validator(mode="after")
    def _all_categories(self) -> RulesFile:
        missing = [name for name in CATEGORIES if name not in self.categories]
        unknown = [name for name in self.categories if name not in CATEGORIES]
        if missing or unknown:
            raise ValueError(
                f"categories must be exactly {', '.join(CATEGORIES)}"
                + (f"; missing {', '.join(missing)}" if missing else "")
                + (f"; unknown {', '.join(unknown)}" if unknown else "")
            )
        return self


def load_rules(path: Path = RULES_PATH) -> tuple[RulesFile, dict[str, Node]]:
    """Read and validate a rules file; return it with every pattern parsed.

    Raises :class:`ConfigError` naming the file and the problem.
    """
    rules = load_data(path, RulesFile, what=f"The guard rules file {path}")
    parsed: dict[str, Node] = {}
    fillers = frozenset(rules.fillers)
    texts = [
        *(("context", text) for group in _context_groups(rules) for text in group),
        *(
            (f"categories.{name}", spec.match)
            for name, category in rules.categories.items()
            for spec in category.patterns
        ),
    ]
    for where, text in texts:
        try:
            node = parse(text, rules.macros)
        except PatternError as error:
            raise ConfigError(
                f"The guard rules file {path} is invalid: {where}: {error}."
            ) from None
        named = sorted(words_of(node) & fillers)
        if named:
            raise ConfigError(
                f"The guard rules file {path} is invalid: {where}: pattern {text!r} names the "
                f"filler {', '.join(map(repr, named))}, which is dropped before matching; "
                "remove it from the pattern."
            )
        if where.startswith("categories.") and required_words(node) is None:
            raise ConfigError(
                f"The guard rules file {path} is invalid: {where}: pattern {text!r} has no "
                "required word, so it cannot be indexed; add a fixed word."
            )
        parsed[text] = node
    return rules, parsed


def _context_groups(rules: RulesFile) -> tuple[list[str], ...]:
    return (
        rules.context.choice,
        rules.context.describing,
        rules.context.tag_question,
        rules.context.release,
    )
