"""The rule pattern language: token sequences with alternatives, optional words and bounded gaps.

Syntax (whitespace separates items; words are lowercase, already normalised, so "I'll" is
written ``i will``):

- ``word``          one token; ``word~`` any verb form (take -> takes, taking, took, taken)
- ``(a b|c)``       alternatives, each a sequence; ``item?`` optional; ``item{m,n}`` m to n times
- ``@NAME``         a macro defined in the rules file
- ``*N``            a gap of 0..N tokens (never "not"/"never"); ``*N^(a|b)`` also never a or b
- ``.``             any one token (same restrictions as a gap)
- ``^``             the start of the sentence (first item only)
- ``$``             the end of the sentence (last item only)
- ``!(a|b)``        the next token is not a or b, or the sentence ends (last item only)
- ``<!(a|b)``       the previous token is not a or b, or the sentence starts (first item only)

A pattern compiles to a Thompson NFA; there is no repetition without a bound, so every pattern
has a maximum length and matching never backtracks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.understanding.text import expand_word, verb_forms

NEGATORS = frozenset({"not", "never"})

_LEX_RE = re.compile(
    r"\s+|<!\(|!\(|\(|\)|\||\?|\{\d+,\d+\}|\*\d+|\^\(|\^|@[A-Za-z_]+|\$|\.|[a-z0-9]+~?|."
)


class PatternError(ValueError):
    """A pattern that cannot be parsed; the message says what and where."""


@dataclass(frozen=True)
class Lit:
    words: frozenset[str]


@dataclass(frozen=True)
class AnyTok:
    """One arbitrary token except negators and ``exclude``."""

    exclude: frozenset[str]


@dataclass(frozen=True)
class NotNext:
    """Consumes the next token if it is not in ``exclude``; also matches the sentence end."""

    exclude: frozenset[str]


@dataclass(frozen=True)
class NotPrev:
    """Consumes the previous token if it is not in ``exclude``; also matches the sentence start."""

    exclude: frozenset[str]


@dataclass(frozen=True)
class End:
    pass


@dataclass(frozen=True)
class Begin:
    pass


@dataclass(frozen=True)
class Seq:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Alt:
    options: tuple[Node, ...]


@dataclass(frozen=True)
class Rep:
    node: Node
    lo: int
    hi: int


Node = Lit | AnyTok | NotNext | NotPrev | End | Begin | Seq | Alt | Rep

MAX_REPEAT = 20


class _Parser:
    def __init__(self, text: str, macros: dict[str, str], depth: int = 0) -> None:
        self.text = text
        self.macros = macros
        self.depth = depth
        self.lexemes = [m.group() for m in _LEX_RE.finditer(text) if not m.group().isspace()]
        self.i = 0

    def fail(self, message: str) -> PatternError:
        return PatternError(f"{message} in pattern {self.text!r}")

    def peek(self) -> str | None:
        return self.lexemes[self.i] if self.i < len(self.lexemes) else None

    def take(self) -> str:
        lexeme = self.peek()
        if lexeme is None:
            raise self.fail("unexpected end")
        self.i += 1
        return lexeme

    def parse(self) -> Node:
        node = self.alternatives()
        if self.peek() is not None:
            raise self.fail(f"unexpected {self.peek()!r}")
        return node

    def alternatives(self) -> Node:
        options = [self.sequence()]
        while self.peek() == "|":
            self.take()
            options.append(self.sequence())
        return options[0] if len(options) == 1 else Alt(tuple(options))

    def sequence(self) -> Node:
        items: list[Node] = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.quantified())
        if not items:
            raise self.fail("empty sequence")
        return items[0] if len(items) == 1 else Seq(tuple(items))

    def quantified(self) -> Node:
        node = self.atom()
        lexeme = self.peek()
        if lexeme == "?":
            self.take()
            return Rep(node, 0, 1)
        if lexeme is not None and lexeme.startswith("{"):
            self.take()
            lo, hi = (int(part) for part in lexeme[1:-1].split(","))
            if lo > hi or hi == 0 or hi > MAX_REPEAT:
                raise self.fail(f"bad repeat {lexeme}")
            return Rep(node, lo, hi)
        return node

    def word_set(self) -> frozenset[str]:
        """The ``a|b|c)`` part of a lookaround or gap exclusion (single words only)."""
        words: set[str] = set()
        while True:
            lexeme = self.take()
            if not re.fullmatch(r"[a-z0-9]+", lexeme):
                raise self.fail(f"expected a word, got {lexeme!r}")
            words.add(_checked_word(lexeme, self))
            sep = self.take()
            if sep == ")":
                return frozenset(words)
            if sep != "|":
                raise self.fail(f"expected '|' or ')', got {sep!r}")

    def atom(self) -> Node:
        lexeme = self.take()
        if lexeme == "(":
            node = self.alternatives()
            if self.peek() != ")":
                raise self.fail("missing ')'")
            self.take()
            return node
        if lexeme == "!(":
            return NotNext(self.word_set())
        if lexeme == "<!(":
            return NotPrev(self.word_set())
        if lexeme == "$":
            return End()
        if lexeme == "^":
            return Begin()
        if lexeme == ".":
            return AnyTok(frozenset())
        if lexeme.startswith("*"):
            count = int(lexeme[1:])
            if not 1 <= count <= MAX_REPEAT:
                raise self.fail(f"bad gap {lexeme}")
            exclude: frozenset[str] = frozenset()
            if self.peek() == "^(":
                self.take()
                exclude = self.word_set()
            return Rep(AnyTok(exclude), 0, count)
        if lexeme.startswith("@"):
            name = lexeme[1:]
            if name not in self.macros:
                raise self.fail(f"unknown macro @{name}")
            if self.depth > 8:
                raise self.fail("macros nest too deeply")
            return _Parser(self.macros[name], self.macros, self.depth + 1).parse()
        if re.fullmatch(r"[a-z0-9]+~?", lexeme):
            if lexeme.endswith("~"):
                base = _checked_word(lexeme[:-1], self)
                return Lit(verb_forms(base))
            return Lit(frozenset({_checked_word(lexeme, self)}))
        raise self.fail(f"unexpected {lexeme!r}")


def _checked_word(word: str, parser: _Parser) -> str:
    if expand_word(word) != (word,):
        raise parser.fail(
            f"word {word!r} is not in normalised form (write {' '.join(expand_word(word))!r})"
        )
    return word


def parse(text: str, macros: dict[str, str]) -> Node:
    """Parse one pattern; raise :class:`PatternError` with the pattern quoted."""
    node = _Parser(text, macros).parse()
    _check_placement(node, text)
    return node


def _top_items(node: Node) -> tuple[Node, ...]:
    return node.items if isinstance(node, Seq) else (node,)


def _check_placement(node: Node, text: str) -> None:
    items = _top_items(node)

    def walk(n: Node, top_index: int | None) -> None:
        if isinstance(n, NotPrev | Begin) and top_index != 0:
            raise PatternError(f"'<!(...)' and '^' must be the first item in pattern {text!r}")
        if isinstance(n, NotNext | End) and top_index != len(items) - 1:
            raise PatternError(f"'!(...)' and '$' must be the last item in pattern {text!r}")
        if isinstance(n, Seq):
            for child in n.items:
                walk(child, None)
        elif isinstance(n, Alt):
            for child in n.options:
                walk(child, None)
        elif isinstance(n, Rep):
            walk(n.node, None)

    for index, item in enumerate(items):
        walk(item, index)
    if len(items) == 1 and isinstance(items[0], NotPrev | NotNext | End | Begin):
        raise PatternError(f"pattern {text!r} has nothing to match")


def trims(node: Node) -> tuple[int, int]:
    """Tokens a match consumes outside its span: a leading ``<!``/``^``, a trailing ``!``/``$``."""
    items = _top_items(node)
    return int(isinstance(items[0], NotPrev | Begin)), int(isinstance(items[-1], NotNext | End))


def reverse(node: Node) -> Node:
    """The pattern read right to left (for finding where a match starts)."""
    if isinstance(node, Seq):
        return Seq(tuple(reverse(item) for item in reversed(node.items)))
    if isinstance(node, Alt):
        return Alt(tuple(reverse(option) for option in node.options))
    if isinstance(node, Rep):
        return Rep(reverse(node.node), node.lo, node.hi)
    return node


def words_of(node: Node) -> set[str]:
    """Every word the pattern mentions (for the token vocabulary)."""
    if isinstance(node, Lit):
        return set(node.words)
    if isinstance(node, AnyTok | NotNext | NotPrev):
        return set(node.exclude)
    if isinstance(node, Seq):
        return set().union(*(words_of(item) for item in node.items))
    if isinstance(node, Alt):
        return set().union(*(words_of(option) for option in node.options))
    if isinstance(node, Rep):
        return words_of(node.node)
    return set()


def required_words(node: Node) -> frozenset[str] | None:
    """A set of words of which every match contains at least one, chosen to be rare; or None."""
    if isinstance(node, Lit):
        return node.words
    if isinstance(node, Seq):
        best: frozenset[str] | None = None
        for item in node.items:
            candidate = required_words(item)
            if candidate is not None and (best is None or _cost(candidate) < _cost(best)):
                best = candidate
        return best
    if isinstance(node, Alt):
        union: set[str] = set()
        for option in node.options:
            part = required_words(option)
            if part is None:
                return None
            union |= part
        return frozenset(union)
    if isinstance(node, Rep) and node.lo >= 1:
        return required_words(node.node)
    return None


# Words so frequent in ordinary mentoring text that they make a poor first filter.
COMMON_WORDS = frozenset(
    {
        "i", "you", "me", "my", "your", "we", "us", "our", "the", "a", "an", "to", "of", "and",
        "or", "in", "on", "for", "with", "it", "is", "are", "am", "be", "was", "were", "will",
        "would", "can", "could", "shall", "should", "do", "does", "did", "not", "have", "has",
        "had", "that", "this", "what", "just", "let", "get", "got", "go", "going", "here", "there",
        "so", "if",
    }
)  # fmt: skip


def _cost(words: frozenset[str]) -> int:
    return sum(1000 if word in COMMON_WORDS else 1 for word in words)


def max_length(node: Node) -> int:
    """The most tokens a match can consume."""
    if isinstance(node, Seq):
        return sum(max_length(item) for item in node.items)
    if isinstance(node, Alt):
        return max(max_length(option) for option in node.options)
    if isinstance(node, Rep):
        return node.hi * max_length(node.node)
    return 1
