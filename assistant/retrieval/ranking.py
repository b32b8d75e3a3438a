"""Hybrid ranking: passage and section similarity fused with BM25 over the same chunks.

A candidate chunk (from Chroma's nearest neighbours and from BM25) is scored by five signals:
the cosine between the question and the chunk, the cosine between the question and the
chunk's own heading, the cosine with its whole heading path ("Title. Part > Section"), BM25,
and the cosine with the chunk's best single unit (a sentence or a list item with its nested
items). A worry in everyday words is often answered by one checklist item phrased formally,
which the whole chunk's vector dilutes among its other items; the best unit's cosine keeps it.
Guidance is often organised as questions and answers, so a heading such as "What Is The Role of
a Mentee?" is strong evidence for "What is expected of mentees?" even when the passage under it
is a list phrased quite differently. Heading and unit vectors are computed on demand for the
best candidates only and cached, so the cost per query stays bounded whatever the size of the
knowledge base.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from assistant.retrieval.lexical import BM25, terms, weighted_terms

if TYPE_CHECKING:
    from assistant.retrieval.sentence_vectors import SentenceEncoder

# Weights chosen on tests/data/ask_real_tune.yaml and retrieval_questions.yaml (grid search;
# benchmarks/retrieval.py prints the figures): passage, heading, heading path, BM25.
DENSE_WEIGHT = 0.7 / 1.2
HEADING_WEIGHT = 0.1 / 1.2
PATH_WEIGHT = 0.2 / 1.2
LEXICAL_WEIGHT = 0.2 / 1.2
# The best unit's weight beside those (which sum to 1), chosen on every tuning set together:
# search hit@3 199 -> 209 of 260 covered questions; from 0.05 to 0.3 every weight gained, 0.5
# lost. A score with it is divided by 1 + UNIT_WEIGHT, so it stays on the scale of one without.
UNIT_WEIGHT = 0.1
# A passage below this hybrid score is not relevant to the question. Whether a question is
# covered at all is decided by assistant.retrieval.decline, not by this floor.
RELEVANCE_THRESHOLD = 0.25
HEADING_CACHE = 20000
RERANK_DEPTH = 12
# Units are compared for this many of the best candidates by every other signal (they cost a
# vector each, cached); 6 found as much as 12 on the tuning sets.
UNIT_DEPTH = 6


@dataclass(frozen=True)
class Scored:
    index: int
    score: float
    dense: float
    lexical: float
    unit: float = 0.0


class Corpus:
    """The in-memory side of the index: chunk texts, metadata, embeddings and BM25."""

    def __init__(
        self,
        ids: Sequence[str],
        documents: Sequence[str],
        metadatas: Sequence[dict],
        embeddings: np.ndarray,
    ) -> None:
        self.ids = list(ids)
        self.documents = list(documents)
        self.metadatas = [dict(meta or {}) for meta in metadatas]
        self.embeddings = embeddings
        self.position = {chunk_id: i for i, chunk_id in enumerate(self.ids)}
        self.bm25 = BM25(
            [
                f"{meta.get('title', '')} {meta.get('section', '')} {text}"
                for meta, text in zip(self.metadatas, self.documents, strict=True)
            ]
        )

        self._heading_lock = threading.Lock()
        self._units: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def heading_texts(self, index: int) -> tuple[str, str]:
        """The chunk's own heading (or its title) and its full heading path."""
        meta = self.metadatas[index]
        title = str(meta.get("title", "")).strip()
        section = str(meta.get("section", "")).strip()
        own = section.split(" > ")[-1].strip() or title
        return own, f"{title}. {section}" if section else title

    def heading_similarity(
        self, indices: Sequence[int], query_vector: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Cosines of the query with each chunk's heading and heading path (cached vectors)."""
        own, path = zip(*(self.heading_texts(i) for i in indices), strict=True)
        texts = list(dict.fromkeys([*own, *path]))
        with self._heading_lock:
            vectors = heading_encoder().embed_cached(texts)
        by_text = dict(zip(texts, vectors, strict=True))
        heads = np.vstack([by_text[t] for t in own]) @ query_vector
        paths = np.vstack([by_text[t] for t in path]) @ query_vector
        return heads, paths

    def unit_similarity(self, indices: Sequence[int], query_vector: np.ndarray) -> np.ndarray:
        """Cosine of the query with each chunk's best unit (:func:`retrievable_units`)."""
        from assistant.retrieval.chunker import retrievable_units

        with self._heading_lock:
            units = []
            for i in indices:
                if i not in self._units:
                    self._units[i] = retrievable_units(self.documents[i])
                units.append(self._units[i])
            texts = list(dict.fromkeys(text for found in units for text in found))
            vectors = heading_encoder().embed_cached(texts)
        by_text = dict(zip(texts, vectors, strict=True))
        return np.array(
            [max(float(by_text[text] @ query_vector) for text in found) for found in units],
            dtype=np.float32,
        )


@lru_cache(maxsize=1)
def heading_encoder() -> SentenceEncoder:
    """The encoder for headings: the index's model, with a cache big enough for every heading."""
    from assistant.retrieval.sentence_vectors import SentenceEncoder

    return SentenceEncoder(query_cache_size=HEADING_CACHE)


def fuse_both(
    corpus: Corpus,
    query_vector: np.ndarray,
    query: str,
    dense_hits: Sequence[tuple[str, float]],
    k: int,
    *,
    pool: int,
    extra_terms: Mapping[str, float] | None = None,
    units: bool = True,
) -> tuple[list[Scored], list[Scored]]:
    """Rank the union of dense and lexical candidates by a weighted hybrid score in [0, 1]:
    the ``k`` best with each chunk's best unit and the ``k`` best without it (the decision to
    decline reads scores without, as it was calibrated; ``units=False`` reads no unit).

    Similarities are cosines clamped at 0. The lexical score is BM25 divided by the best BM25
    among the candidates, scaled by how much of the query's vocabulary the best match covers,
    so a query sharing no words with the corpus gets no lexical credit at all. ``extra_terms``
    (a rewritten question's guidance wording, :mod:`assistant.retrieval.rewrite`) join the
    query's own terms and synonyms at their given weights.
    """
    weights = weighted_terms(query)
    for term, weight in (extra_terms or {}).items():
        weights[term] = max(weights.get(term, 0.0), weight)
    lexical = corpus.bm25.scores(weights)
    top_lexical = sorted(lexical, key=lexical.__getitem__, reverse=True)[:pool]
    candidates = {
        corpus.position[chunk_id] for chunk_id, _ in dense_hits if chunk_id in corpus.position
    }
    candidates.update(top_lexical)
    if not candidates:
        return [], []
    dense = {corpus.position[c]: s for c, s in dense_hits if c in corpus.position}
    missing = [i for i in candidates if i not in dense]
    if missing:
        sims = corpus.embeddings[missing] @ query_vector
        dense.update(zip(missing, (float(s) for s in sims), strict=True))
    best_lexical = max((lexical.get(i, 0.0) for i in candidates), default=0.0)
    coverage = _coverage(corpus, query, top_lexical[:1], extra_terms)
    first: dict[int, tuple[float, float]] = {}
    for i in candidates:
        lex = (lexical.get(i, 0.0) / best_lexical * coverage) if best_lexical > 0 else 0.0
        first[i] = (_unit(dense.get(i, 0.0)), lex)
    # Headings are compared only for the best candidates by passage and BM25 score, so a query
    # embeds at most 2 x RERANK_DEPTH short texts (fewer once their vectors are cached).
    shortlist = sorted(
        candidates,
        key=lambda i: (-(DENSE_WEIGHT * first[i][0] + LEXICAL_WEIGHT * first[i][1]), i),
    )[: max(k, RERANK_DEPTH)]
    heads, paths = corpus.heading_similarity(shortlist, query_vector)
    heading = {
        i: (_unit(float(own)), _unit(float(path)))
        for i, own, path in zip(shortlist, heads, paths, strict=True)
    }
    base: dict[int, float] = {}
    for i in candidates:
        cos, lex = first[i]
        head, path = heading.get(i, (0.0, 0.0))
        base[i] = (
            DENSE_WEIGHT * cos + HEADING_WEIGHT * head + PATH_WEIGHT * path + LEXICAL_WEIGHT * lex
        )
    without = sorted(
        (Scored(i, base[i], dense=first[i][0], lexical=first[i][1]) for i in candidates),
        key=lambda s: (-s.score, s.index),
    )
    if not units:
        return without[:k], without[:k]
    near = [s.index for s in without if s.index in heading][:UNIT_DEPTH]
    best_unit = {
        i: _unit(float(value))
        for i, value in zip(near, corpus.unit_similarity(near, query_vector), strict=True)
    }
    with_units = sorted(
        (
            Scored(
                i,
                (base[i] + UNIT_WEIGHT * best_unit.get(i, 0.0)) / (1 + UNIT_WEIGHT),
                dense=first[i][0],
                lexical=first[i][1],
                unit=best_unit.get(i, 0.0),
            )
            for i in candidates
        ),
        key=lambda s: (-s.score, s.index),
    )
    return with_units[:k], without[:k]


def _unit(value: float) -> float:
    return max(0.0, min(1.0, value))


def _coverage(
    corpus: Corpus, query: str, best: Sequence[int], extra: Mapping[str, float] | None = None
) -> float:
    """Share of the words the query was searched with that occur in the best lexical match: its
    distinct content terms, and ``extra`` (its topic's guidance wording) at their weights.

    "My mentee keeps cancelling our meetings, what should I do?" is searched with "obstacles ...
    a plan to overcome them" too, and BM25 ranks "Step 3 - Design a plan to overcome the
    obstacles impacting your relationship" first by those words; read by its own four words
    alone (one of which that step uses), the match would keep a quarter of its weight, and the
    passage its rank below ones that merely sound alike.
    """
    wanted = dict.fromkeys(terms(query), 1.0)
    for term, weight in (extra or {}).items():
        wanted[term] = max(wanted.get(term, 0.0), weight)
    if not wanted or not best:
        return 0.0
    meta = corpus.metadatas[best[0]]
    have = set(
        terms(f"{meta.get('title', '')} {meta.get('section', '')} {corpus.documents[best[0]]}")
    )
    return sum(weight for term, weight in wanted.items() if term in have) / sum(wanted.values())
