"""Query rewriting: a question in everyday words is also searched in the guidance's words.

Real questions and guidance name the same things differently: "What's expected of me?" is
answered under "What Is The Role of a Mentee?", "my mentee keeps standing me up" under
"obstacles impacting your relationship", "Who is a mentor?" under "What is a mentor-mentee
relationship?". Sentence vectors and BM25 on the question's own words rank passages that merely
share its words above these. The reviewed bank ``question_topics`` places a question under a
topic of guidance by its nearest exemplars (by meaning, so wordings nobody listed are placed
too); when it is placed close enough, the topic's guidance wording (``topics.yaml``, or the
wordings of two topics it is equally close to) is searched beside the question: its vector is
blended into the question's, and its words are added to the lexical query at a lower weight. A
question about one concrete matter ("What is the GROW model?"), or one not close to any topic,
is searched in its own words only. Whether the guidance covers a question at all is decided on
what its own words find (:func:`assistant.ask.answer_question`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import yaml

from assistant.retrieval.lexical import terms

FAMILY = "question_topics"
# Off only to measure what rewriting changes (benchmarks/retrieval.py).
ENABLED = True
# The label of questions about one concrete matter: never rewritten.
SPECIFIC = "specific"
# A question is placed under a topic when the mean cosine of its three nearest exemplars of that
# topic reaches FLOOR; a second topic within MARGIN of it is searched too.
NEIGHBOURS = 3
# A query shorter than this names a subject rather than asking a question.
MIN_WORDS = 3
# At most this many topics, each within MARGIN of the best, are searched together.
TOGETHER = 2
FLOOR = 0.55
MARGIN = 0.04
# Weight of the topic wording's vector beside the question's (both unit vectors), and of its
# words in the lexical query (the question's own words weigh 1).
VECTOR_WEIGHT = 0.6
TERM_WEIGHT = 0.4


@dataclass(frozen=True)
class Rewrite:
    """The topic a question was placed under and the guidance wording searched with it."""

    topic: str
    wording: str
    closeness: float


@lru_cache(maxsize=1)
def topics() -> dict[str, str]:
    """Topic name -> the guidance's wording for it (``topics.yaml``)."""
    text = resources.files("assistant.retrieval").joinpath("topics.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return {str(name): str(wording) for name, wording in data["topics"].items()}


def place(query: str, vector: np.ndarray) -> Rewrite | None:
    """The topic ``query`` (with ``vector``, its unit vector) clearly belongs to, if any.

    A query of a word or two ("confidentiality", "paid program") names a subject in its own
    words already (the FAQ's topic filter searches with one) and is not rewritten.
    """
    if len(query.split()) < MIN_WORDS:
        return None
    from assistant.understanding.exemplars import bank
    from assistant.understanding.neighbours import score

    found = score(bank(FAMILY), np.asarray(vector, dtype=np.float32).reshape(1, -1), NEIGHBOURS)
    ranked = sorted(found[0].scores.items(), key=lambda item: -item[1])
    label, best = ranked[0]
    if label == SPECIFIC or best < FLOOR:
        return None
    # Questions about concrete matters have little in common with one another, so their three
    # nearest say less than the one: a question whose nearest exemplar is one of them ("What
    # should a mentoring agreement contain?" beside "What goes in a mentoring agreement?") is
    # about it.
    if max(found[0].nearest.values(), key=lambda n: n.similarity).label == SPECIFIC:
        return None
    # Two topics equally close ("Why is mentoring important?": benefits, and what mentoring
    # is) are searched together; one close to "specific" is searched in its own words.
    close = [name for name, value in ranked[:TOGETHER] if best - value < MARGIN]
    if SPECIFIC in close:
        return None
    wording = " ".join(topics()[name] for name in close)
    return Rewrite("+".join(close), wording, best)


def expand(
    query: str, vector: np.ndarray, wording_vector: np.ndarray | None, rewrite: Rewrite | None
) -> tuple[np.ndarray, dict[str, float]]:
    """The search vector and weighted lexical terms for ``query``, with its topic's wording."""
    weights = dict.fromkeys(terms(query), 1.0)
    if rewrite is None or wording_vector is None:
        return vector, weights
    blended = np.asarray(vector, dtype=np.float32) + VECTOR_WEIGHT * wording_vector
    blended = blended / float(np.linalg.norm(blended) or 1.0)
    for term in terms(rewrite.wording):
        weights.setdefault(term, TERM_WEIGHT)
    return blended.astype(np.float32), weights
