"""Decide which would-be items of the notes are commitments: meaning and structure, one model.

The notes walker (:mod:`assistant.actions.extract`) reads every clause as a would-be item and
notes what the structural rules make of it (:class:`assistant.actions.clause.Reading`). This
module turns each one into named, explainable inputs:

- **meaning**: closeness of the clause to each label of the reviewed note-line exemplars
  (``understanding/exemplars/note_lines.yaml``: task, discussion, decision, status, attendance,
  logistics), as the mean of the nearest three and as the margin of the task label over the
  best other one;
- **roles**: who acts and how firmly (:func:`assistant.understanding.roles`: an order, "we",
  someone named; future, obligation, past, possibility; a question);
- **structure**: the rule that rejected it, if any; a prefix (``TODO``, ``Action:``, a check-box,
  a table row), a named subject, "please", a due phrase, an owner; the section it sits in
  (action, agenda, discussion, attendees, a person's report), a list item or prose; its length.

A logistic model (``judge.yaml``: named weights and a threshold, fitted by
``scripts/fit_action_model.py`` and chosen by leave-one-repository-out cross-validation,
reviewed like the rules) gives each would-be item a probability; it is kept above the threshold.
Explicit structure stays a rule: a prefixed line or table row the rules accept is always kept.
The rules decide alone when sentence vectors are unavailable here, and when the file's
``use_model`` is off because cross-validation did not show the model beating the rules.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from assistant.actions.clause import Reading
from assistant.actions.owners import TASK_VERBS
from assistant.datafiles import load_data
from assistant.understanding import LabelScores, read, roles

__all__ = [
    "FAMILY",
    "LABELS",
    "MODEL_PATH",
    "Candidate",
    "JudgeModel",
    "features",
    "keep",
    "meaning",
    "model",
]

MODEL_PATH = Path(__file__).with_name("judge.yaml")
FAMILY = "note_lines"
LABELS = ("task", "discussion", "decision", "status", "attendance", "logistics")
REJECTIONS = (
    "question",
    "discussion",
    "decision",
    "uncommitted",
    "thing_will",
    "not_task_start",
    "past",
)
KINDS = ("agenda", "discussion", "people", "person", "speech", "other")
READ_LIMIT = 300


@dataclass(frozen=True)
class Candidate:
    """One clause of the notes read as a would-be item, with where it sits."""

    clause: str
    reading: Reading
    kind: str  # actions | agenda | discussion | people | person | speech | other
    in_actions: bool
    bullet: bool
    inline: bool
    under: str = ""  # the list item it is nested under, if any


class _ModelFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    threshold: float = Field(gt=0, lt=1)
    bias: float
    weights: dict[str, float]
    k: int = Field(default=3, ge=1, le=10)
    keep_prefixed: bool = True
    use_model: bool
    l2: float = Field(default=3.0, gt=0)  # the regularisation it was fitted with


@dataclass(frozen=True)
class JudgeModel:
    """``use_model`` is False when cross-validation did not show the model beating the rules:
    the rules then decide alone and no vectors are computed."""

    threshold: float
    bias: float
    weights: dict[str, float]
    k: int
    keep_prefixed: bool
    use_model: bool = True

    def probability(self, values: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * v for name, v in values.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def model() -> JudgeModel:
    data = load_data(MODEL_PATH, _ModelFile, what="the action-item model (actions/judge.yaml)")
    return JudgeModel(
        data.threshold,
        data.bias,
        dict(data.weights),
        data.k,
        data.keep_prefixed,
        data.use_model,
    )


def meaning(candidates: list[Candidate], k: int = 3) -> list[LabelScores] | None:
    """Closeness of each candidate's clause to the note-line exemplars (one encoder call), or
    None when sentence vectors are unavailable here."""
    if not candidates:
        return []
    texts = [c.clause[:READ_LIMIT] for c in candidates]
    distinct = list(dict.fromkeys(texts))
    scored = read(distinct, FAMILY, k=k)
    if scored is None:
        return None
    by_text = dict(zip(distinct, scored, strict=True))
    return [by_text[t] for t in texts]


def features(c: Candidate, scores: LabelScores) -> dict[str, float]:
    """The named inputs of the model for one would-be item."""
    r = c.reading
    item = r.item
    values: dict[str, float] = {
        "rule_ok": float(r.rejected is None),
        "strong": float(r.strong),
        "prefixed": float(r.prefixed),
        "subject": float(r.subject),
        "polite": float(r.polite),
        "has_owner": float(bool(item.owners) or item.owner in ("both", "everyone")),
        "has_due": float(item.due is not None),
        "in_actions": float(c.in_actions),
        "bullet": float(c.bullet),
        "inline": float(c.inline),
    }
    for name in REJECTIONS:
        values[f"rejected_{name}"] = float(r.rejected == name)
    for kind in KINDS:
        values[f"section_{kind}"] = float(c.kind == kind)
    words = item.task.split()
    first = words[0].lower().strip(",:;") if words else ""
    values["starts_verb"] = float(first in TASK_VERBS)
    values["log_words"] = math.log1p(len(words))
    values["long"] = float(len(words) > 20)
    rf = roles(c.clause[:READ_LIMIT]).features()
    for name in (
        "agent_speaker",
        "agent_imperative",
        "agent_we",
        "agent_third",
        "future",
        "past",
        "obligation",
        "possibility",
        "wish",
        "question",
        "negated",
        "feeling",
    ):
        values[name] = rf[name]
    others = max(scores.scores[label] for label in LABELS if label != "task")
    values["knn_task"] = scores.scores["task"]
    values["knn_task_margin"] = scores.scores["task"] - others
    for label in LABELS[1:]:
        values[f"knn_{label}"] = scores.scores[label]
    nn_other = max(scores.nearest[label].similarity for label in LABELS if label != "task")
    values["nn1_task_margin"] = scores.nearest["task"].similarity - nn_other
    return values


def keep(candidates: list[Candidate], judge: JudgeModel | None = None) -> list[bool]:
    """Which would-be items are commitments, by ``judge`` (default: the shipped model); the
    rules alone when the model is switched off or vectors are unavailable here."""
    m = judge or model()
    rules = [c.reading.rejected is None for c in candidates]
    if not m.use_model:
        return rules
    scored = meaning(candidates, k=m.k)
    if scored is None:
        return rules
    out = []
    for c, s, ruled in zip(candidates, scored, rules, strict=True):
        if m.keep_prefixed and c.reading.prefixed and ruled:
            out.append(True)  # explicit structure stays a rule: "TODO", "Action:", a table row
            continue
        out.append(m.probability(features(c, s)) >= m.threshold)
    return out
