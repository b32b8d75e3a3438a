"""Nearest reviewed exemplars: how close a sentence is to each label of a bank, and to which line.

For every label, the score is the mean cosine similarity of the ``k`` closest exemplars with that
label; the single closest exemplar is kept to explain a decision ("nearest reviewed example:
'I'll write the report myself' (enabling, 0.81)").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.understanding.exemplars import Bank

__all__ = ["LabelScores", "Neighbour", "score"]


@dataclass(frozen=True)
class Neighbour:
    text: str
    label: str
    similarity: float


@dataclass(frozen=True)
class LabelScores:
    """Per-label closeness of one text to a bank."""

    scores: dict[str, float]
    nearest: dict[str, Neighbour]

    def best(self, among: tuple[str, ...] | None = None) -> tuple[str, float]:
        labels = among or tuple(self.scores)
        label = max(labels, key=lambda name: self.scores.get(name, -1.0))
        return label, self.scores.get(label, -1.0)


_ROWS: dict[int, dict[str, np.ndarray]] = {}
_BLOCKS: dict[int, list[np.ndarray]] = {}
# Exemplars per matrix product: small products stay on one BLAS thread, which on a small, busy
# machine is ten times faster than a threaded product of the whole bank (0.13 ms against 3 ms).
BLOCK = 256


def _blocks(bank: Bank) -> list[np.ndarray]:
    """The bank's vectors, transposed, in contiguous blocks of ``BLOCK`` exemplars."""
    blocks = _BLOCKS.get(id(bank))
    if blocks is None:
        transposed = bank.vectors.T
        blocks = [
            np.ascontiguousarray(transposed[:, i : i + BLOCK])
            for i in range(0, transposed.shape[1], BLOCK)
        ]
        _BLOCKS[id(bank)] = blocks
    return blocks


def _label_rows(bank: Bank) -> dict[str, np.ndarray]:
    """Row numbers of each label's exemplars (computed once per bank object)."""
    rows = _ROWS.get(id(bank))
    if rows is None:
        labels = np.asarray(bank.labels)
        rows = {name: np.flatnonzero(labels == name) for name in bank.label_set}
        _ROWS[id(bank)] = rows
    return rows


def score(
    bank: Bank, vectors: np.ndarray, k: int = 3, skip_identical: bool = False
) -> list[LabelScores]:
    """Scores for each row of ``vectors`` against ``bank``.

    ``skip_identical`` ignores exemplars that are the same text (similarity above 0.999), so a
    bank can be scored against its own lines (leave-one-out) when fitting or auditing it.
    """
    if vectors.shape[0] == 0:
        return []
    sims = np.hstack([vectors @ block for block in _blocks(bank)])  # (texts, exemplars)
    if skip_identical:
        sims = np.where(sims > 0.999, -1.0, sims)
    rows = np.arange(sims.shape[0])
    means: dict[str, np.ndarray] = {}
    best_of: dict[str, np.ndarray] = {}
    for name, idx in _label_rows(bank).items():
        values = sims[:, idx]
        take = min(k, values.shape[1])
        top = np.partition(values, values.shape[1] - take, axis=1)[:, -take:]
        means[name] = top.mean(axis=1)
        best_of[name] = idx[np.argmax(values, axis=1)]
    out: list[LabelScores] = []
    for row in rows:
        scores = {name: float(means[name][row]) for name in means}
        nearest = {
            name: Neighbour(
                bank.texts[int(best_of[name][row])], name, float(sims[row, best_of[name][row]])
            )
            for name in means
        }
        out.append(LabelScores(scores=scores, nearest=nearest))
    return out
