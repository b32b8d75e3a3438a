"""The one sentence encoder every reader shares, and whether it can run here.

The encoder is all-MiniLM-L6-v2 from :mod:`assistant.retrieval.sentence_vectors` (the same model
the knowledge base is indexed with). When its runtime or weights are missing, :func:`available`
says why, and readers fall back to their rules instead of failing.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from assistant.errors import AssistantError
from assistant.retrieval.sentence_vectors import SentenceEncoder, Vector

__all__ = ["available", "embed", "encoder", "unavailable_reason"]


@lru_cache(maxsize=1)
def encoder() -> SentenceEncoder:
    """The shared encoder (one ONNX session per process), with a cache for repeated sentences."""
    return SentenceEncoder(query_cache_size=4096)


@lru_cache(maxsize=1)
def unavailable_reason() -> str | None:
    """``None`` when sentence vectors can be computed here, else a sentence saying why not."""
    try:
        encoder().embed(["ready"])
    except (AssistantError, ImportError, OSError, RuntimeError) as error:
        return f"Sentence vectors are unavailable ({error}); reading with rules only."
    return None


def available() -> bool:
    return unavailable_reason() is None


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors for ``texts`` (rows), through the encoder's cache."""
    if not texts:
        return np.empty((0, 384), dtype=np.float32)
    return np.vstack(encoder().embed_cached(texts))


__all__ += ["Vector"]
