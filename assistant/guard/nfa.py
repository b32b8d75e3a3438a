"""Thompson NFAs over token classes, and a lazily built DFA that runs all rules in one pass.

Token classes: 0 is any word no rule mentions, 1 the sentence start, 2 the sentence end, and every
word a rule mentions has its own class. A DFA state is the set of NFA states alive after a token
(the start states are added at every position, so matches may begin anywhere). States are built
on first use and cached, so each token costs one dictionary lookup once the cache is warm.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence

from assistant.guard.pattern import (
    NEGATORS,
    Alt,
    AnyTok,
    Begin,
    End,
    Lit,
    Node,
    NotNext,
    NotPrev,
    Rep,
    Seq,
)

OTHER, START, END = 0, 1, 2

TOK, SPLIT, MATCH = 0, 1, 2

# Beyond this many cached DFA states the cache is emptied (results do not change, only speed).
MAX_DFA_STATES = 20000


class Vocabulary:
    """Word -> class id for every word the rules mention."""

    def __init__(self, words: Iterable[str]) -> None:
        self.ids: dict[str, int] = {}
        for word in sorted(set(words) | NEGATORS):
            self.ids[word] = len(self.ids) + 3
        self.negators = frozenset(self.ids[word] for word in NEGATORS)

    def classes(self, words: Iterable[str]) -> frozenset[int]:
        return frozenset(self.ids[word] for word in words)


class Nfa:
    """A table of NFA states; several patterns share one table, each with its own start."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.kind: list[int] = []
        self.pos: list[frozenset[int] | None] = []
        self.neg: list[frozenset[int]] = []
        self.out: list[tuple[int, ...]] = []
        self.match_id: list[int] = []
        self.closure: list[tuple[int, ...]] = []
        self._anchored: _Cache

    def _new(
        self,
        kind: int,
        out: tuple[int, ...] = (),
        pos: frozenset[int] | None = None,
        neg: frozenset[int] = frozenset(),
        match_id: int = -1,
    ) -> int:
        self.kind.append(kind)
        self.out.append(out)
        self.pos.append(pos)
        self.neg.append(neg)
        self.match_id.append(match_id)
        return len(self.kind) - 1

    def add(self, node: Node, match_id: int) -> int:
        """Compile ``node`` ending in a match state for ``match_id``; return its start state."""
        final = self._new(MATCH, match_id=match_id)
        return self._build(node, final)

    def _build(self, node: Node, nxt: int) -> int:
        vocab = self.vocab
        if isinstance(node, Lit):
            return self._new(TOK, (nxt,), pos=vocab.classes(node.words))
        if isinstance(node, AnyTok):
            neg = vocab.classes(node.exclude) | vocab.negators | {START, END}
            return self._new(TOK, (nxt,), neg=frozenset(neg))
        if isinstance(node, NotNext):
            return self._new(TOK, (nxt,), neg=vocab.classes(node.exclude) | {START})
        if isinstance(node, NotPrev):
            return self._new(TOK, (nxt,), neg=vocab.classes(node.exclude) | {END})
        if isinstance(node, End):
            return self._new(TOK, (nxt,), pos=frozenset({END}))
        if isinstance(node, Begin):
            return self._new(TOK, (nxt,), pos=frozenset({START}))
        if isinstance(node, Seq):
            state = nxt
            for item in reversed(node.items):
                state = self._build(item, state)
            return state
        if isinstance(node, Alt):
            return self._new(SPLIT, tuple(self._build(option, nxt) for option in node.options))
        if isinstance(node, Rep):
            state = nxt
            for _ in range(node.hi - node.lo):
                state = self._new(SPLIT, (self._build(node.node, state), nxt))
            for _ in range(node.lo):
                state = self._build(node.node, state)
            return state
        raise TypeError(f"unknown pattern node {node!r}")

    def finish(self) -> None:
        """Compute the epsilon closure of every state (call once, after the last ``add``)."""
        self.closure = [() for _ in self.kind]
        done = [False] * len(self.kind)
        for state in range(len(self.kind)):
            self._close(state, done)
        self._anchored = _Cache(self, ())

    def _close(self, state: int, done: list[bool]) -> tuple[int, ...]:
        if done[state]:
            return self.closure[state]
        if self.kind[state] == SPLIT:
            seen: dict[int, None] = {}
            for target in self.out[state]:
                for reached in self._close(target, done):
                    seen[reached] = None
            result = tuple(seen)
        else:
            result = (state,)
        self.closure[state] = result
        done[state] = True
        return result

    def accepts(self, state: int, cls: int) -> bool:
        pos = self.pos[state]
        if pos is not None:
            return cls in pos
        return cls not in self.neg[state]

    def longest(self, start: int, classes: Sequence[int], index: int, step: int) -> int | None:
        """Anchored run from ``index`` in direction ``step``; the farthest index that matches.

        Runs on a cached, lazily built DFA (one per start state), so repeated runs cost one
        dictionary lookup per token.
        """
        cache = self._anchored
        if len(cache.sets) > MAX_DFA_STATES:
            cache = self._anchored = _Cache(self, ())
        state = cache.starts.get(start)
        if state is None:
            with cache.lock:
                state = cache.state(self.closure[start])
            cache.starts[start] = state
        trans, accepting = cache.trans, cache.accepting
        last: int | None = None
        n = len(classes)
        while 0 <= index < n:
            cls = classes[index]
            nxt = trans[state].get(cls)
            if nxt is None:
                nxt = cache.step(state, cls)
            if nxt == 0:
                break
            state = nxt
            if accepting[state]:
                last = index
            index += step
        return last


class _Cache:
    """DFA states built so far for one NFA. Only ever grows; replaced (not cleared) when full,
    so a run that started on the old cache finishes on it. Building is locked; reading is not."""

    def __init__(self, nfa: Nfa, always: tuple[int, ...]) -> None:
        self.nfa = nfa
        self.always = always  # token states present in every DFA state (unanchored search)
        self.lock = threading.Lock()
        self.index: dict[frozenset[int], int] = {}
        self.sets: list[tuple[int, ...]] = []
        self.accepting: list[tuple[int, ...]] = []
        self.trans: list[dict[int, int]] = []
        self.starts: dict[int, int] = {}
        self.from_always: dict[int, tuple[int, ...]] = {}
        self.state(())  # state 0: nothing alive

    def __getstate__(self) -> dict[str, object]:
        state = self.__dict__.copy()
        del state["lock"]  # a lock is per process (the compiled rules are kept between runs)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.lock = threading.Lock()

    def state(self, reached: Iterable[int]) -> int:
        """The id of the DFA state for ``reached`` (call with the lock held)."""
        key = frozenset(reached)
        found = self.index.get(key)
        if found is not None:
            return found
        nfa = self.nfa
        state_id = len(self.sets)
        self.sets.append(tuple(s for s in key if nfa.kind[s] == TOK))
        self.accepting.append(tuple(sorted(nfa.match_id[s] for s in key if nfa.kind[s] == MATCH)))
        self.trans.append({})
        self.index[key] = state_id
        return state_id

    def step(self, state: int, cls: int) -> int:
        """Build (and cache) the transition from ``state`` on ``cls``."""
        nfa = self.nfa
        with self.lock:
            cached = self.trans[state].get(cls)
            if cached is not None:
                return cached
            reached: set[int] = set()
            if self.always:
                start = self.from_always.get(cls)
                if start is None:
                    hits: dict[int, None] = {}
                    for nfa_state in self.always:
                        if nfa.accepts(nfa_state, cls):
                            for target in nfa.closure[nfa.out[nfa_state][0]]:
                                hits[target] = None
                    start = self.from_always[cls] = tuple(hits)
                reached.update(start)
            for nfa_state in self.sets[state]:
                if nfa.accepts(nfa_state, cls):
                    reached.update(nfa.closure[nfa.out[nfa_state][0]])
            target = self.state(reached)
            self.trans[state][cls] = target
            return target


class LazyDfa:
    """All patterns of one NFA run together; reports (token index, match id) for every match end.

    The start states are alive at every position, so a match may begin anywhere.
    """

    def __init__(self, nfa: Nfa, starts: Sequence[int]) -> None:
        self.nfa = nfa
        seen: dict[int, None] = {}
        for start in starts:
            for state in nfa.closure[start]:
                seen[state] = None
        self.start_states = tuple(s for s in seen if nfa.kind[s] == TOK)
        self.cache = _Cache(nfa, self.start_states)

    @property
    def size(self) -> int:
        return len(self.cache.sets)

    def run(self, classes: Sequence[int]) -> list[tuple[int, int]]:
        """Every (index, match id) where a match ends, in order of index."""
        cache = self.cache
        if len(cache.sets) > MAX_DFA_STATES:
            cache = self.cache = _Cache(self.nfa, self.start_states)
        trans, accepting, step = cache.trans, cache.accepting, cache.step
        state = 0
        hits: list[tuple[int, int]] = []
        for index, cls in enumerate(classes):
            nxt = trans[state].get(cls)
            if nxt is None:
                nxt = step(state, cls)
            state = nxt
            found = accepting[state]
            if found:
                for match_id in found:
                    hits.append((index, match_id))
        return hits
