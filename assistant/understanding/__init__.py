"""Understanding what a sentence does: one reader shared by the guard, the GROW coach, the
action-item extractor and the answer composer.

Every capability asks the same few questions of a text: where are its sentences and clauses
(:mod:`.clauses`), who acts in each clause and how firmly (:mod:`.roles`), and which reviewed
exemplars it is closest to (:mod:`.exemplars`, :mod:`.neighbours`, on the knowledge base's own
sentence encoder, :mod:`.vectors`). Rules and exemplar banks are reviewed data files with a
schema; decisions are explained by the rule or the nearest reviewed example that fired.

>>> from assistant.understanding import clauses, roles, sentences
>>> [c.text for c in clauses(sentences("Great work, leave the emails to me and rest.")[0])]
['Great work', 'leave the emails to me and rest.']
>>> roles("I'll write your report tonight").agent
'speaker'
"""

from __future__ import annotations

from assistant.understanding.clauses import Clause, Span, clauses, sentences
from assistant.understanding.neighbours import LabelScores, Neighbour
from assistant.understanding.roles import Roles, roles, tokens

__all__ = [
    "Clause",
    "LabelScores",
    "Neighbour",
    "Roles",
    "Span",
    "clauses",
    "read",
    "roles",
    "sentences",
    "tokens",
]


def read(texts: list[str], family: str, k: int = 3) -> list[LabelScores] | None:
    """Closeness of each text to each label of the bank ``family``.

    Returns ``None`` when sentence vectors cannot be computed here (see
    :func:`assistant.understanding.vectors.unavailable_reason`): callers then decide by rules.
    """
    from assistant.understanding import vectors
    from assistant.understanding.exemplars import bank
    from assistant.understanding.neighbours import score

    if not vectors.available():
        return None
    return score(bank(family), vectors.embed(texts), k=k)
