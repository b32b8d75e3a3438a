"""Retrieval: load, chunk, embed, index in Chroma, and rank passages (dense + lexical)."""

from assistant.retrieval.indexer import IndexProgress, IndexReport
from assistant.retrieval.knowledge_base import DocumentInfo, KnowledgeBase, shipped_knowledge_dir
from assistant.retrieval.ranking import RELEVANCE_THRESHOLD

__all__ = [
    "RELEVANCE_THRESHOLD",
    "DocumentInfo",
    "IndexProgress",
    "IndexReport",
    "KnowledgeBase",
    "shipped_knowledge_dir",
]
