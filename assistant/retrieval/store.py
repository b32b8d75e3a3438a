"""The Chroma collection: a local persistent store, or a Chroma server when CHROMA_HOST is set.

A local store is shared by several processes (the app, command-line runs). Chroma keeps each
process's vector index in memory, so after another process writes, a client opened earlier
answers from a stale index ("Error finding id"), and a writer with a stale index would persist it
over the other process's work. Writers therefore record a new *generation* (a random token in a
file beside the index) after every change, and every process reopens its client when the
generation it opened differs from the one on disk (:class:`SharedClient`).

Deleted text must not stay readable: collections are created with a vector-index sync threshold
of 2, so Chroma purges its write-ahead queue (which holds every document's text) almost at once,
and :func:`vacuum` rewrites the SQLite file after deletions so freed pages keep nothing.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from assistant.config import Settings
from assistant.errors import KnowledgeBaseError

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

    from assistant.retrieval.embedder import MiniLMEmbedder

COLLECTION = "guidance"
GENERATION_FILE = "index.generation"
#: Chroma persists the vector index (and then purges its write-ahead queue) every this many
#: records; its default of 1,000 leaves the text of deleted documents in the queue.
SYNC_THRESHOLD = 2
HNSW = {"space": "cosine", "sync_threshold": SYNC_THRESHOLD, "batch_size": SYNC_THRESHOLD}
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
            configuration={"hnsw": dict(HNSW)},  # type: ignore[arg-type, typeddict-item]
        )
    except Exception as error:
        raise KnowledgeBaseError(
            f"Cannot open the knowledge collection: {error}. Run `mentor-assist index --rebuild`."
        ) from error


def purges_promptly(collection: Collection) -> bool:
    """Whether the collection was created with :data:`SYNC_THRESHOLD` (older stores were not)."""
    hnsw = (collection.configuration_json or {}).get("hnsw") or {}
    return hnsw.get("sync_threshold") == SYNC_THRESHOLD


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
        keep = [i for i, chunk_id in enumerate(batch["ids"]) if chunk_id != FLUSH_ID]
        out["ids"].extend(batch["ids"][i] for i in keep)
        for field in ("documents", "metadatas", "embeddings"):
            values = batch.get(field)  # type: ignore[misc]
            if field in include and values is not None:
                out[field].extend(values[i] for i in keep)
    return out


def read_generation(home: Path) -> str:
    """The token the last writer left (empty when nothing was written yet)."""
    try:
        return (home / GENERATION_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def bump_generation(home: Path) -> str:
    """Record that the store changed, so other processes reopen it before their next read."""
    token = uuid.uuid4().hex
    home.mkdir(parents=True, exist_ok=True)
    tmp = home / f"{GENERATION_FILE}.{os.getpid()}.tmp"
    tmp.write_text(token, encoding="ascii")
    os.replace(tmp, home / GENERATION_FILE)
    return token


class SharedClient:
    """One Chroma client per store in this process, reopened when another process wrote.

    Chroma itself shares one system per path inside a process, so every knowledge base on the
    same data directory goes through the same :class:`SharedClient`; ``epoch`` counts reopenings
    so each of them knows when to fetch its collection again.
    """

    _instances: ClassVar[dict[str, SharedClient]] = {}
    _instances_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lock = threading.RLock()
        self.epoch = 0
        self.generation = ""
        self._client: ClientAPI | None = None

    @classmethod
    def for_settings(cls, settings: Settings) -> SharedClient:
        key = (
            f"http://{settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else str(settings.index_dir.resolve())
        )
        with cls._instances_lock:
            shared = cls._instances.get(key)
            if shared is None:
                shared = cls._instances[key] = SharedClient(settings)
            return shared

    @property
    def local(self) -> bool:
        return not self.settings.chroma_host

    def client(self) -> ClientAPI:
        """The open client, opened first if needed (callers hold ``lock``)."""
        with self.lock:
            if self._client is None:
                self.generation = read_generation(self.settings.home)
                self._client = open_client(self.settings)
            return self._client

    def is_stale(self) -> bool:
        """Whether another process changed the local store since this client opened it."""
        return (
            self.local
            and self._client is not None
            and read_generation(self.settings.home) != self.generation
        )

    def reopen(self) -> None:
        """Close the client so the next use opens the store afresh; start a new epoch."""
        with self.lock:
            self.close()
            self.epoch += 1

    def close(self) -> None:
        with self.lock:
            client, self._client = self._client, None
            if client is not None:
                try:
                    client.close()  # type: ignore[attr-defined]
                except Exception as error:  # closing a broken store must not hide the real error
                    log.warning("closing the Chroma client failed: %s", error)

    def mark_written(self) -> None:
        """After this process wrote: tell the others, and keep this client (it is current)."""
        with self.lock:
            self.generation = bump_generation(self.settings.home)


def vacuum(index_dir: Path) -> bool:
    """Rewrite the store's SQLite file so deleted documents leave no readable bytes behind.

    Merges the full-text index (dropping deleted entries) and runs ``VACUUM``. Returns False
    (and logs why) when another process holds the database busy; the next write vacuums again.
    """
    database = index_dir / "chroma.sqlite3"
    if not database.exists():
        return True
    try:
        connection = sqlite3.connect(database, timeout=30, isolation_level=None)
    except sqlite3.Error as error:
        log.warning("cannot open %s to vacuum it: %s", database, error)
        return False
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "embedding_fulltext_search" in tables:
            connection.execute(
                "INSERT INTO embedding_fulltext_search(embedding_fulltext_search) "
                "VALUES('optimize')"
            )
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return True
    except sqlite3.Error as error:
        log.warning("could not vacuum %s: %s", database, error)
        return False
    finally:
        connection.close()


def recreate_purging(
    client: ClientAPI, collection: Collection, embedder: MiniLMEmbedder
) -> Collection:
    """Copy an older store's records into a collection that purges its queue promptly.

    Stores created before :data:`SYNC_THRESHOLD` keep up to 1,000 past writes, text included, in
    Chroma's queue; dropping the collection drops them. Nothing is re-embedded.
    """
    records = all_records(collection, embeddings=True)
    client.delete_collection(COLLECTION)
    fresh = open_collection(client, embedder)
    page = 256
    for start in range(0, len(records["ids"]), page):
        end = start + page
        fresh.add(
            ids=records["ids"][start:end],
            documents=records["documents"][start:end],
            metadatas=records["metadatas"][start:end],
            embeddings=[list(map(float, vector)) for vector in records["embeddings"][start:end]],
        )
    return fresh


FLUSH_ID = "__flush__"


def flush_queue(collection: Collection, dimensions: int = 384) -> None:
    """Make Chroma persist its vector index now, so its queue drops every earlier write.

    Chroma purges its write-ahead queue (which holds the text of every write) only up to the
    last persisted vector index, and persists after :data:`SYNC_THRESHOLD` records. Adding and
    deleting one record with no text reaches the threshold; what the queue keeps then is that
    record only.
    """
    vector = [0.0] * dimensions
    vector[0] = 1.0
    collection.add(ids=[FLUSH_ID], embeddings=[vector])
    collection.delete(ids=[FLUSH_ID])
