"""Thompson NFAs over token classes, and a lazily built DFA that runs all rules in one pass.

Token classes: 0 is any word no rule mentions, 1 the sentence start, 2 the sentence end, and every
word a rule mentions has its own class. A DFA state is the set of NFA states alive after a token
(the start states are added at every position, so matches may begin anywhere). States are built
on first use and cached, so each token costs one dictionary lookup once the cache is warm.
"""

from __future__ import annotations

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
        self._reset_anchored()

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
        if len(self._dsets) > MAX_DFA_STATES:
            self._reset_anchored()
        state = self._dstart.get(start)
        if state is None:
            state = self._dstate(self.closure[start])
            self._dstart[start] = state
        trans, matches, dstep = self._dtrans, self._dmatch, self._dstep
        last: int | None = None
        n = len(classes)
        while 0 <= index < n:
            cls = classes[index]
            nxt = trans[state].get(cls)
            if nxt is None:
                nxt = dstep(state, cls)
            if nxt == 0:
                break
            state = nxt
            if matches[state]:
                last = index
            index += step
        return last

    def _reset_anchored(self) -> None:
        self._dindex: dict[frozenset[int], int] = {}
        self._dsets: list[tuple[int, ...]] = []
        self._dmatch: list[bool] = []
        self._dtrans: list[dict[int, int]] = []
        self._dstart: dict[int, int] = {}
        self._dstate(())  # state 0: dead

    def _dstate(self, reached: Iterable[int]) -> int:
        key = frozenset(reached)
        found = self._dindex.get(key)
        if found is not None:
            return found
        state_id = len(self._dsets)
        self._dindex[key] = state_id
        self._dsets.append(tuple(s for s in key if self.kind[s] == TOK))
        self._dmatch.append(any(self.kind[s] == MATCH for s in key))
        self._dtrans.append({})
        return state_id

    def _dstep(self, state: int, cls: int) -> int:
        reached: set[int] = set()
        for nfa_state in self._dsets[state]:
            if self.accepts(nfa_state, cls):
                reached.update(self.closure[self.out[nfa_state][0]])
        target = self._dstate(reached) if reached else 0
        self._dtrans[state][cls] = target
        return target


class LazyDfa:
    """All patterns of one NFA run together; reports (token index, match id) for every match end."""

    def __init__(self, nfa: Nfa, starts: Sequence[int]) -> None:
        self.nfa = nfa
        seen: dict[int, None] = {}
        for start in starts:
            for state in nfa.closure[start]:
                seen[state] = None
        self.start_states = tuple(s for s in seen if nfa.kind[s] == TOK)
        self._reset()

    def _reset(self) -> None:
        self.index: dict[frozenset[int], int] = {}
        self.sets: list[tuple[int, ...]] = []
        self.trans: list[dict[int, int]] = []
        self.accepting: list[tuple[int, ...]] = []
        self.start_next: dict[int, tuple[int, ...]] = {}
        self.initial = self._state(frozenset())

    def _state(self, key: frozenset[int]) -> int:
        found = self.index.get(key)
        if found is not None:
            return found
        nfa = self.nfa
        state_id = len(self.sets)
        self.index[key] = state_id
        self.sets.append(tuple(s for s in key if nfa.kind[s] == TOK))
        self.accepting.append(tuple(sorted(nfa.match_id[s] for s in key if nfa.kind[s] == MATCH)))
        self.trans.append({})
        return state_id

    def _from_start(self, cls: int) -> tuple[int, ...]:
        cached = self.start_next.get(cls)
        if cached is None:
            nfa = self.nfa
            reached: dict[int, None] = {}
            for state in self.start_states:
                if nfa.accepts(state, cls):
                    for target in nfa.closure[nfa.out[state][0]]:
                        reached[target] = None
            cached = tuple(reached)
            self.start_next[cls] = cached
        return cached

    def step(self, state: int, cls: int) -> int:
        """Build (and cache) the transition from ``state`` on ``cls``."""
        nfa = self.nfa
        reached = set(self._from_start(cls))
        for nfa_state in self.sets[state]:
            if nfa.accepts(nfa_state, cls):
                reached.update(nfa.closure[nfa.out[nfa_state][0]])
        target = self._state(frozenset(reached))
        self.trans[state][cls] = target
        return target

    def run(self, classes: Sequence[int]) -> list[tuple[int, int]]:
        """Every (index, match id) where a match ends, in order of index."""
        if len(self.sets) > MAX_DFA_STATES:
            self._reset()
        trans, accepting, step = self.trans, self.accepting, self.step
        state = self.initial
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
