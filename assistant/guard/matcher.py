"""The guard engine: one sentence at a time, tokens -> DFA hits -> context checks -> findings."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from assistant.guard.nfa import END, OTHER, START, LazyDfa, Nfa, Vocabulary
from assistant.guard.pattern import (
    Node,
    max_length,
    required_words,
    reverse,
    trims,
    words_of,
)
from assistant.guard.rules import RULES_PATH, load_rules
from assistant.understanding.text import (
    APOSTROPHES,
    TOKEN_RE,
    WORD_RE,
    expand_word,
    is_question,
)

# What a pattern is for.
FLAG, CHOICE, DESCRIBING, TAG, RELEASE = 0, 1, 2, 3, 4

# How far back (in tokens of the same clause) a "not"/"never" cancels a match.
NEGATION_WINDOW = 3
# How many tokens may stand between a release ("don't feel you have to") and the match it
# releases the mentee from ("keep checking in with me before every decision").
RELEASE_GAP = 1

_NO_SPAN = (-1, -1)


@dataclass(frozen=True)
class RawFinding:
    """A finding before it is wrapped for the public API (offsets into the whole text)."""

    category: str
    start: int
    end: int
    why: str
    suggestion: str


@dataclass(frozen=True)
class _Rule:
    role: int
    category: str
    why: str
    suggestion: str
    questions: bool
    negation: bool
    skip_when_choice: bool
    trim_start: int
    trim_end: int
    forward: int
    backward: int
    longest: int = 0


@dataclass
class QuoteState:
    """Open quotation marks carried from one sentence to the next within a paragraph."""

    double: bool = False
    single: bool = False


class Engine:
    """Compiled rules. Thread-safe for reading; the DFA cache only ever grows (or is reset)."""

    def __init__(self, path: Path = RULES_PATH) -> None:
        rules, parsed = load_rules(path)
        self.rules = rules
        entries: list[tuple[Node, _Rule]] = []

        def add(text: str, role: int, **kw: object) -> None:
            node = parsed[text]
            lead, tail = trims(node)
            entries.append(
                (
                    node,
                    _Rule(
                        role=role,
                        category=str(kw.get("category", "")),
                        why=str(kw.get("why", "")),
                        suggestion=str(kw.get("suggestion", "")),
                        questions=bool(kw.get("questions", False)),
                        negation=bool(kw.get("negation", False)),
                        skip_when_choice=bool(kw.get("skip_when_choice", False)),
                        trim_start=lead,
                        trim_end=tail,
                        forward=-1,
                        backward=-1,
                        longest=max_length(node),
                    ),
                )
            )

        for text in rules.context.choice:
            add(text, CHOICE)
        for text in rules.context.describing:
            add(text, DESCRIBING)
        for text in rules.context.tag_question:
            add(text, TAG)
        for text in rules.context.release:
            add(text, RELEASE)
        for name, category in rules.categories.items():
            for spec in category.patterns:
                add(
                    spec.match,
                    FLAG,
                    category=name,
                    why=category.why,
                    suggestion=spec.suggestion,
                    questions=spec.questions,
                    negation=spec.negation,
                    skip_when_choice=category.skip_when_choice,
                )

        vocab_words: set[str] = set()
        for node, _ in entries:
            vocab_words |= words_of(node)
        self.vocab = Vocabulary(vocab_words)
        forward = Nfa(self.vocab)
        backward = Nfa(self.vocab)
        self.patterns: list[_Rule] = []
        starts: list[int] = []
        for index, (node, rule) in enumerate(entries):
            f_start = forward.add(node, index)
            b_start = backward.add(reverse(node), index)
            starts.append(f_start)
            self.patterns.append(
                _Rule(**{**rule.__dict__, "forward": f_start, "backward": b_start})
            )
        forward.finish()
        backward.finish()
        self.forward = forward
        self.backward = backward
        self.dfa = LazyDfa(forward, starts)
        self.category_order = {name: i for i, name in enumerate(rules.categories)}
        self.negator_classes = self.vocab.negators
        self._word_classes: dict[str, tuple[int, ...]] = {}
        self._vocab_ids = self.vocab.ids
        self.fillers = frozenset(rules.fillers)
        # Every flagging pattern needs one of its rare words; a text with none of them is clean.
        anchors: set[int] = set()
        for node, rule in entries:
            if rule.role == FLAG:
                anchors |= self.vocab.classes(required_words(node) or ())
        self.anchor_classes = frozenset(anchors)

    # Tokens --------------------------------------------------------------------------------

    def _classes_of(self, word: str) -> tuple[int, ...]:
        """Token classes of one word; filler adverbs give none, so patterns never see them."""
        cached = self._word_classes.get(word)
        if cached is None:
            ids = self._vocab_ids
            fillers = self.fillers
            cached = tuple(
                ids.get(part, OTHER) for part in expand_word(word) if part not in fillers
            )
            if len(self._word_classes) > 100_000:
                self._word_classes.clear()
            self._word_classes[word] = cached
        return cached

    def may_match(self, text: str) -> bool:
        """Cheap pre-check: does ``text`` hold a word that some flagging pattern requires?"""
        classes_of = self._classes_of
        anchors = self.anchor_classes
        for word in set(WORD_RE.findall(text)):
            for cls in classes_of(word):
                if cls in anchors:
                    return True
        return False

    def flag_patterns(self) -> list[tuple[str, str]]:
        """(category, pattern text) of every flagging pattern, in file order."""
        return [
            (name, spec.match)
            for name, category in self.rules.categories.items()
            for spec in category.patterns
        ]

    def pattern_matches(self, pattern: str, sentence: str) -> bool:
        """True when ``pattern`` (a flagging pattern's text) matches somewhere in ``sentence``.

        Context is ignored; this is for checking each pattern's own examples.
        """
        index = len(self.rules.context.choice) + len(self.rules.context.describing)
        index += len(self.rules.context.tag_question) + len(self.rules.context.release)
        offset = [text for _, text in self.flag_patterns()].index(pattern)
        rule = self.patterns[index + offset]
        classes = [START]
        for word in WORD_RE.findall(sentence):
            classes.extend(self._classes_of(word))
        classes.append(END)
        return any(
            self.forward.longest(rule.forward, classes, start, 1) is not None
            for start in range(len(classes))
        )

    # Sentences -----------------------------------------------------------------------------

    def analyze(
        self, segment: str, base: int, start: int, end: int, quotes: QuoteState
    ) -> list[RawFinding]:
        """Findings in ``segment[start:end]`` (one sentence); spans are offset by ``base``."""
        classes: list[int] = [START]
        spans: list[tuple[int, int]] = [_NO_SPAN]
        quoted: list[bool] = [False]
        clause: list[int] = [0]
        clause_no = 0
        dq, sq = quotes.double, quotes.single
        classes_of = self._classes_of
        for match in TOKEN_RE.finditer(segment, start, end):
            token = match.group()
            first = token[0]
            if first == '"':
                dq = not dq
                continue
            if first == "“":
                dq = True
                continue
            if first == "”":
                dq = False
                continue
            if first == "‘":
                sq = True
                continue
            if not (first.isalnum() or first == "_" or first in APOSTROPHES):
                clause_no += 1
                continue
            closes = False
            if first in APOSTROPHES:
                at = match.start()
                before = segment[at - 1] if at > 0 else " "
                core = token.lstrip(APOSTROPHES)
                if core and core[0].isalpha() and (before.isspace() or before in '([{“"—–-:'):
                    sq = True
            if token[-1] in APOSTROPHES and sq and len(token.strip(APOSTROPHES)) > 0:
                closes = True
            cls = classes_of(token)
            if cls:
                in_quote = dq or sq
                span = (base + match.start(), base + match.end())
                for c in cls:
                    classes.append(c)
                    spans.append(span)
                    quoted.append(in_quote)
                    clause.append(clause_no)
            if closes:
                sq = False
        quotes.double, quotes.single = dq, sq
        classes.append(END)
        spans.append(_NO_SPAN)
        quoted.append(False)
        clause.append(clause_no)

        hits = self.dfa.run(classes)
        if not hits:
            return []
        return self._resolve(segment[start:end], hits, classes, spans, quoted, clause)

    def _resolve(
        self,
        sentence: str,
        hits: list[tuple[int, int]],
        classes: list[int],
        spans: list[tuple[int, int]],
        quoted: list[bool],
        clause: list[int],
    ) -> list[RawFinding]:
        patterns = self.patterns
        choice = False
        describing_end: int | None = None
        tagged = False
        last = len(classes) - 1
        flags: list[tuple[int, int]] = []
        released: set[int] = set()  # tokens a release's complement may start at
        for index, pid in hits:
            rule = patterns[pid]
            role = rule.role
            if role == FLAG:
                flags.append((index, pid))
            elif role == RELEASE:
                end = index - rule.trim_end
                released.update(
                    k
                    for k in range(end + 1, min(end + 2 + RELEASE_GAP, last))
                    if clause[k] == clause[end]
                )
            elif role == CHOICE:
                if not quoted[index - rule.trim_end]:
                    choice = True
            elif role == DESCRIBING:
                if describing_end is None:
                    describing_end = index - rule.trim_end
            elif index == last and not tagged:
                begin = self.backward.longest(rule.backward, classes, index, -1)
                if begin is not None:
                    begin += rule.trim_start
                    tagged = begin > 1 and clause[begin] != clause[begin - 1]
        if not flags:
            return []
        question = not tagged and is_question(sentence)
        # Per category: [first token, last token, closed, end of the first match]. Later matches
        # that overlap the first one widen it (never chained further, so the work stays bounded).
        found: dict[str, list[int]] = {}
        rule_of: dict[str, _Rule] = {}
        negators = self.negator_classes
        for index, pid in flags:
            rule = patterns[pid]
            current = found.get(rule.category)
            if current is not None and (current[2] or index - rule.longest > current[3]):
                current[2] = 1
                continue
            if question and not rule.questions:
                continue
            if choice and rule.skip_when_choice:
                continue
            last_token = index - rule.trim_end
            if quoted[last_token]:
                continue
            begin = self.backward.longest(rule.backward, classes, index, -1)
            if begin is None:  # pragma: no cover - the DFA and the NFA agree by construction
                continue
            first_token = begin + rule.trim_start
            if quoted[first_token]:
                continue
            if describing_end is not None and describing_end < first_token:
                continue
            if rule.negation and first_token in released:
                continue  # "Don't feel you need to check in with me before every decision"
            if rule.negation:
                own_clause = clause[first_token]
                lo = max(1, first_token - NEGATION_WINDOW)
                if any(
                    classes[k] in negators and clause[k] == own_clause
                    for k in range(lo, first_token)
                ):
                    continue
            stop = self.forward.longest(rule.forward, classes, begin, 1)
            final = (stop if stop is not None and stop >= index else index) - rule.trim_end
            if current is None:
                found[rule.category] = [first_token, final, 0, final]
                rule_of[rule.category] = rule
            elif first_token <= current[3]:
                current[0] = min(current[0], first_token)
                current[1] = max(current[1], final)
        results = [
            RawFinding(
                category=category,
                start=spans[first][0],
                end=spans[final][1],
                why=rule_of[category].why,
                suggestion=rule_of[category].suggestion,
            )
            for category, (first, final, _, _) in found.items()
        ]
        # Two categories on overlapping words would report the same words twice: keep the one that
        # starts first (on a tie, the earlier category in the rules file), spanning both.
        order = self.category_order
        results.sort(key=lambda f: (f.start, order[f.category]))
        kept: list[RawFinding] = []
        for finding in results:
            if kept and finding.start < kept[-1].end:
                if finding.end > kept[-1].end:
                    kept[-1] = dataclasses.replace(kept[-1], end=finding.end)
                continue
            kept.append(finding)
        return kept
