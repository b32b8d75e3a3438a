"""Hybrid ranking: dense cosine similarity from Chroma fused with BM25 over the same chunks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.retrieval.lexical import BM25, terms, weighted_terms

DENSE_WEIGHT = 0.7
LEXICAL_WEIGHT = 0.3
# A passage below this hybrid score is not relevant to the question. Chosen on the question
# sets in tests/data: off-topic questions score at most ~0.23, nearly all answerable ones above.
RELEVANCE_THRESHOLD = 0.25


@dataclass(frozen=True)
class Scored:
    index: int
    score: float
    dense: float
    lexical: float


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

    def __len__(self) -> int:
        return len(self.ids)


def fuse(
    corpus: Corpus,
    query_vector: np.ndarray,
    query: str,
    dense_hits: Sequence[tuple[str, float]],
    k: int,
    *,
    pool: int,
) -> list[Scored]:
    """Rank the union of dense and lexical candidates by a weighted hybrid score in [0, 1].

    Dense similarity is the cosine (clamped at 0). The lexical score is BM25 divided by the best
    BM25 among the candidates, scaled by how much of the query's vocabulary the best match covers,
    so a query sharing no words with the corpus gets no lexical credit at all.
    """
    lexical = corpus.bm25.scores(weighted_terms(query))
    top_lexical = sorted(lexical, key=lexical.__getitem__, reverse=True)[:pool]
    candidates = {
        corpus.position[chunk_id] for chunk_id, _ in dense_hits if chunk_id in corpus.position
    }
    candidates.update(top_lexical)
    if not candidates:
        return []
    dense = {corpus.position[c]: s for c, s in dense_hits if c in corpus.position}
    missing = [i for i in candidates if i not in dense]
    if missing:
        sims = corpus.embeddings[missing] @ query_vector
        dense.update(zip(missing, (float(s) for s in sims), strict=True))
    best_lexical = max((lexical.get(i, 0.0) for i in candidates), default=0.0)
    coverage = _coverage(corpus, query, top_lexical[:1])
    scored = []
    for i in candidates:
        lex = (lexical.get(i, 0.0) / best_lexical * coverage) if best_lexical > 0 else 0.0
        cos = max(0.0, min(1.0, dense.get(i, 0.0)))
        scored.append(Scored(i, DENSE_WEIGHT * cos + LEXICAL_WEIGHT * lex, dense=cos, lexical=lex))
    scored.sort(key=lambda s: (-s.score, s.index))
    return scored[:k]


def _coverage(corpus: Corpus, query: str, best: Sequence[int]) -> float:
    """Share of the query's distinct content terms that occur in the best lexical match."""
    wanted = set(terms(query))
    if not wanted or not best:
        return 0.0
    meta = corpus.metadatas[best[0]]
    have = set(
        terms(f"{meta.get('title', '')} {meta.get('section', '')} {corpus.documents[best[0]]}")
    )
    return len(wanted & have) / len(wanted)
