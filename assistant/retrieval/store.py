"""The Chroma collection: a local persistent store, or a Chroma server when CHROMA_HOST is set."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from assistant.config import Settings
from assistant.errors import KnowledgeBaseError

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

    from assistant.retrieval.embedder import MiniLMEmbedder

COLLECTION = "guidance"
log = logging.getLogger("assistant.retrieval")


def open_client(settings: Settings) -> ClientAPI:
    """A ``PersistentClient`` under the data directory, or an ``HttpClient`` for a server."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
            )
        settings.index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.index_dir), settings=chroma_settings)
    except Exception as error:  # Chroma raises many types; all mean "cannot open the store"
        where = (
            f"the Chroma server at {settings.chroma_host}:{settings.chroma_port} (CHROMA_HOST)"
            if settings.chroma_host
            else f"the index at {settings.index_dir}"
        )
        raise KnowledgeBaseError(
            f"Cannot open {where}: {error}. Run `mentor-assist index --rebuild` to rebuild the "
            "local index from the documents."
        ) from error


def open_collection(client: ClientAPI, embedder: MiniLMEmbedder) -> Collection:
    try:
        return client.get_or_create_collection(
            COLLECTION,
            embedding_function=embedder,
            configuration={"hnsw": {"space": "cosine"}},
        )
    except Exception as error:
        raise KnowledgeBaseError(
            f"Cannot open the knowledge collection: {error}. Run `mentor-assist index --rebuild`."
        ) from error


def all_records(collection: Collection, *, embeddings: bool = False) -> dict[str, Any]:
    """Every record's id, document and metadata (and embedding), fetched in pages."""
    include: list[Any] = ["documents", "metadatas"]
    if embeddings:
        include.append("embeddings")
    total = collection.count()
    out: dict[str, list[Any]] = {"ids": [], "documents": [], "metadatas": [], "embeddings": []}
    page = 5000
    for offset in range(0, total, page):
        batch = collection.get(include=include, limit=page, offset=offset)
        out["ids"].extend(batch["ids"])
        out["documents"].extend(batch["documents"] or [])
        out["metadatas"].extend(batch["metadatas"] or [])
        if embeddings and batch.get("embeddings") is not None:
            out["embeddings"].extend(batch["embeddings"])
    return out
