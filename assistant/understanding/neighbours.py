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


def score(
    bank: Bank, vectors: np.ndarray, k: int = 3, skip_identical: bool = False
) -> list[LabelScores]:
    """Scores for each row of ``vectors`` against ``bank``.

    ``skip_identical`` ignores exemplars that are the same text (similarity above 0.999), so a
    bank can be scored against its own lines (leave-one-out) when fitting or auditing it.
    """
    if vectors.shape[0] == 0:
        return []
    sims = vectors @ bank.vectors.T  # (texts, exemplars)
    if skip_identical:
        sims = np.where(sims > 0.999, -1.0, sims)
    labels = np.asarray(bank.labels)
    out: list[LabelScores] = []
    per_label = {name: np.flatnonzero(labels == name) for name in bank.label_set}
    for row in sims:
        scores: dict[str, float] = {}
        nearest: dict[str, Neighbour] = {}
        for name, idx in per_label.items():
            values = row[idx]
            take = min(k, values.shape[0])
            top = np.argpartition(-values, take - 1)[:take]
            scores[name] = float(values[top].mean())
            best = int(idx[top[np.argmax(values[top])]])
            nearest[name] = Neighbour(bank.texts[best], name, float(row[best]))
        out.append(LabelScores(scores=scores, nearest=nearest))
    return out
