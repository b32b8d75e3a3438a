"""Retrieval: load, chunk, embed, index in Chroma, and rank passages (dense + lexical).

The names below load on first use: the readers in :mod:`assistant.understanding` need only the
sentence encoder (``assistant.retrieval.sentence_vectors``), and importing the knowledge base,
the indexer and the ranking with it cost the guard's cold start about a tenth of its second.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.retrieval.indexer import IndexProgress, IndexReport
    from assistant.retrieval.knowledge_base import (
        DocumentInfo,
        KnowledgeBase,
        shipped_knowledge_dir,
    )
    from assistant.retrieval.ranking import RELEVANCE_THRESHOLD

__all__ = [
    "RELEVANCE_THRESHOLD",
    "DocumentInfo",
    "IndexProgress",
    "IndexReport",
    "KnowledgeBase",
    "shipped_knowledge_dir",
]

_HOME = {
    "RELEVANCE_THRESHOLD": "ranking",
    "DocumentInfo": "knowledge_base",
    "IndexProgress": "indexer",
    "IndexReport": "indexer",
    "KnowledgeBase": "knowledge_base",
    "shipped_knowledge_dir": "knowledge_base",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
