"""The knowledge base: the shipped guidance plus the user's documents, indexed and searchable."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from filelock import FileLock

from assistant.citations import Passage
from assistant.config import Settings
from assistant.errors import KnowledgeBaseError, UsageError
from assistant.retrieval.indexer import (
    IndexReport,
    Progress,
    Registry,
    indexed_documents,
    run_index,
)
from assistant.retrieval.loaders import is_supported
from assistant.retrieval.ranking import Corpus, fuse

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

    from assistant.retrieval.embedder import MiniLMEmbedder

MAX_K = 50


def shipped_knowledge_dir() -> Path:
    """``knowledge/`` of a checkout, or ``assistant/knowledge`` inside an installed wheel."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "knowledge", package.parent / "knowledge"):
        if candidate.is_dir():
            return candidate
    raise KnowledgeBaseError(
        "The shipped guidance documents are missing (no knowledge/ folder); reinstall the package."
    )


def shipped_documents(folder: Path | None = None) -> list[Path]:
    """The guidance documents that come with the package (its README is not one of them)."""
    folder = folder or shipped_knowledge_dir()
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file() and is_supported(path) and path.name.lower() != "readme.md"
    )


@dataclass(frozen=True)
class DocumentInfo:
    """One indexed document, for the coordinator's table."""

    source: str
    title: str
    publisher: str
    chunks: int
    indexed_at: str
    origin: str


class KnowledgeBase:
    """Guidance documents in a Chroma collection with hybrid (dense + BM25) search.

    The index is built on first use and kept in line with the shipped documents (or those in
    ``knowledge_dir``, for an organisation that ships its own guidance); ``index`` adds the user's
    own files and folders, which are remembered for later runs.
    """

    def __init__(
        self, settings: Settings | None = None, *, knowledge_dir: Path | None = None
    ) -> None:
        self.settings = settings or Settings.load()
        self.knowledge_dir = knowledge_dir
        self._lock = threading.RLock()
        self._embedder: MiniLMEmbedder | None = None
        self._collection: Collection | None = None
        self._corpus: Corpus | None = None
        self._checked = False

    # Plumbing ----------------------------------------------------------------------------------

    @property
    def embedder(self) -> MiniLMEmbedder:
        if self._embedder is None:
            from assistant.retrieval.embedder import MiniLMEmbedder

            self._embedder = MiniLMEmbedder()
        return self._embedder

    @property
    def collection(self) -> Collection:
        with self._lock:
            if self._collection is None:
                from assistant.retrieval.store import open_client, open_collection

                # Two processes creating a new store at once race on Chroma's schema set-up.
                with FileLock(str(self._lock_path().with_name("open.lock")), timeout=120):
                    client = open_client(self.settings)
                    self._collection = open_collection(client, self.embedder)
            return self._collection

    @property
    def registry(self) -> Registry:
        return Registry(self.settings.home)

    # Indexing ----------------------------------------------------------------------------------

    def index(
        self, paths: Sequence[str | Path] = (), *, progress: Progress | None = None
    ) -> IndexReport:
        """Index the shipped documents, previously added paths and ``paths``; remember ``paths``."""
        new = [Path(p).expanduser().resolve() for p in paths]
        with self._lock:
            remembered = self.registry.load()
            report = run_index(
                self.collection,
                self.embedder,
                shipped=shipped_documents(self.knowledge_dir),
                user_paths=[*remembered, *new],
                lock_path=self._lock_path(),
                progress=progress,
            )
            # Remember what exists now; forget paths that no longer exist.
            self.registry.save(p for p in [*remembered, *new] if p.exists())
            self._corpus = None
            self._checked = True
        return report

    def rebuild(self, *, progress: Progress | None = None) -> IndexReport:
        """Delete the local index and build it anew from the documents (repairs a broken store)."""
        if self.settings.chroma_host:
            raise UsageError("--rebuild works on the local index only; CHROMA_HOST is set.")
        with self._lock:
            self._collection = None
            self._corpus = None
            shutil.rmtree(self.settings.index_dir, ignore_errors=True)
            return self.index(progress=progress)

    def ensure_ready(self, *, progress: Progress | None = None) -> None:
        """Build the index on first use, and refresh it when the shipped documents changed."""
        with self._lock:
            if self._checked:
                return
            if self._needs_index():
                self.index(progress=progress)
            self._checked = True

    def _needs_index(self) -> bool:
        import hashlib

        existing = indexed_documents(self.collection)
        for path in shipped_documents(self.knowledge_dir):
            entry = existing.get(path.name)
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if entry is None or entry["hashes"] != {digest}:
                return True
        return False

    def _lock_path(self) -> Path:
        self.settings.home.mkdir(parents=True, exist_ok=True)
        return self.settings.home / "index.lock"

    # Reading -----------------------------------------------------------------------------------

    def corpus(self) -> Corpus:
        with self._lock:
            self.ensure_ready()
            if self._corpus is None or len(self._corpus) != self.collection.count():
                from assistant.retrieval.store import all_records

                records = all_records(self.collection, embeddings=True)
                vectors = np.asarray(records["embeddings"], dtype=np.float32).reshape(-1, 384)
                self._corpus = Corpus(
                    records["ids"], records["documents"], records["metadatas"], vectors
                )
            return self._corpus

    def search(self, query: str, k: int = 5) -> list[Passage]:
        """The ``k`` most relevant passages for ``query``, best first."""
        if not query or not query.strip():
            raise UsageError("The question is empty: ask something about mentoring.")
        if not 1 <= k <= MAX_K:
            raise UsageError(f"k must be between 1 and {MAX_K}, not {k}.")
        corpus = self.corpus()
        if not len(corpus):
            return []
        vector = np.asarray(self.embedder.embed_query(query), dtype=np.float32)
        pool = max(4 * k, 20)
        result = self.collection.query(
            query_embeddings=[vector.tolist()],
            n_results=min(pool, len(corpus)),
            include=["distances"],
        )
        dense_hits = [
            (chunk_id, 1.0 - float(distance))
            for chunk_id, distance in zip(result["ids"][0], result["distances"][0], strict=True)
        ]
        ranked = fuse(corpus, vector, query, dense_hits, k, pool=pool)
        return [self._passage(corpus, hit.index, hit.score) for hit in ranked]

    @staticmethod
    def _passage(corpus: Corpus, index: int, score: float) -> Passage:
        meta = corpus.metadatas[index]
        return Passage(
            source=str(meta.get("source", "")),
            title=str(meta.get("title", "")),
            section=str(meta.get("section", "")),
            text=corpus.documents[index],
            score=round(float(score), 4),
            publisher=str(meta.get("publisher", "")),
            chunk_id=corpus.ids[index],
        )

    def documents(self) -> list[DocumentInfo]:
        """Every indexed document with its chunk count and when it was indexed."""
        self.ensure_ready()
        return [
            DocumentInfo(
                source=source,
                title=str(entry["title"]),
                publisher=str(entry["publisher"]),
                chunks=len(entry["ids"]),
                indexed_at=str(entry["indexed_at"]),
                origin=str(entry["origin"]),
            )
            for source, entry in sorted(indexed_documents(self.collection).items())
        ]

    def sections(self) -> list[tuple[str, str, str]]:
        """Unique ``(source, title, section)`` triples in document order."""
        corpus = self.corpus()
        order = sorted(
            range(len(corpus)),
            key=lambda i: (
                corpus.metadatas[i].get("source", ""),
                corpus.metadatas[i].get("ordinal", 0),
            ),
        )
        seen: dict[tuple[str, str, str], None] = {}
        for i in order:
            meta = corpus.metadatas[i]
            key = (
                str(meta.get("source", "")),
                str(meta.get("title", "")),
                str(meta.get("section", "")),
            )
            if key[2]:
                seen.setdefault(key, None)
        return list(seen)

    def passages_for(self, source: str) -> list[Passage]:
        """All passages of one document in order (score 1.0): for browsing a document."""
        corpus = self.corpus()
        hits = [i for i, meta in enumerate(corpus.metadatas) if meta.get("source") == source]
        hits.sort(key=lambda i: corpus.metadatas[i].get("ordinal", 0))
        return [self._passage(corpus, i, 1.0) for i in hits]
