"""The knowledge base: the shipped guidance plus the user's documents, indexed and searchable."""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
from filelock import FileLock

from assistant.citations import Passage
from assistant.config import Settings
from assistant.errors import KnowledgeBaseError, UsageError
from assistant.retrieval.indexer import (
    IndexReport,
    Progress,
    Registry,
    index_lock,
    indexed_documents,
    is_current,
    is_within_any,
    run_index,
)
from assistant.retrieval.loaders import is_supported
from assistant.retrieval.ranking import Corpus, fuse_both

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

    from assistant.retrieval.embedder import MiniLMEmbedder

MAX_K = 50
T = TypeVar("T")
log = logging.getLogger("assistant.retrieval")


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
    path: str = ""


class KnowledgeBase:
    """Guidance documents in a Chroma collection with hybrid (dense + BM25) search.

    The index is built on first use and kept in line with the shipped documents (or those in
    ``knowledge_dir``, for an organisation that ships its own guidance); ``index`` adds the user's
    own files and folders, which are remembered for later runs, and ``remove`` takes them out.

    Every change to the index and its registry happens under the data directory's file lock, and
    every read first checks whether another process changed the store since it was opened (and
    reopens it if so), so the app, ``ask -`` and ``chat`` keep answering while others index.
    """

    def __init__(
        self, settings: Settings | None = None, *, knowledge_dir: Path | None = None
    ) -> None:
        from assistant.retrieval.store import SharedClient

        self.settings = settings or Settings.load()
        self.knowledge_dir = knowledge_dir
        self._lock = threading.RLock()
        self._embedder: MiniLMEmbedder | None = None
        self._shared = SharedClient.for_settings(self.settings)
        self._collection: Collection | None = None
        self._epoch = -1
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
        with self._lock, self._shared.lock:
            if self._collection is None or self._epoch != self._shared.epoch:
                from assistant.retrieval.store import open_collection

                # Two processes creating a new store at once race on Chroma's schema set-up.
                with FileLock(str(self._lock_path().with_name("open.lock")), timeout=120):
                    self._collection = open_collection(self._shared.client(), self.embedder)
                self._epoch = self._shared.epoch
                self._corpus = None
            return self._collection

    @property
    def registry(self) -> Registry:
        return Registry(self.settings.home)

    def refresh(self) -> bool:
        """Reopen the store if another process changed it since it was opened; say whether."""
        with self._lock:
            if not self._shared.is_stale():
                return False
            self._reopen()
            return True

    def _reopen(self) -> None:
        with self._lock:
            self._shared.reopen()
            self._collection = None
            self._corpus = None
            self._checked = False  # the other process may have emptied the store

    def _reading(self, action: Callable[[], T]) -> T:
        """Run a read on a current view of the store, reopening it once if Chroma fails."""
        from chromadb.errors import ChromaError

        # The shared lock: another knowledge base in this process must not reopen mid-read.
        with self._lock, self._shared.lock:
            self.refresh()
            try:
                return action()
            except ChromaError as error:
                if self.settings.chroma_host:
                    raise KnowledgeBaseError(f"The Chroma server failed: {error}.") from error
                log.info("reopening the store after %s", error)
            self._reopen()
            try:
                return action()
            except ChromaError as error:
                raise KnowledgeBaseError(
                    f"The index at {self.settings.index_dir} cannot be read ({error}). Run "
                    "`mentor-assist index --rebuild` to rebuild it from the documents."
                ) from error

    @contextmanager
    def _writing(self, progress: Progress | None = None) -> Iterator[Collection]:
        """Hold the write lock on a current view of the store; tell other processes afterwards."""
        with self._lock, index_lock(self._lock_path(), progress):
            self.refresh()  # a stale writer would persist an old vector index over newer work
            collection = self.collection
            if not self.settings.chroma_host:
                from assistant.retrieval.store import purges_promptly, recreate_purging

                if not purges_promptly(collection):
                    self._collection = collection = recreate_purging(
                        self._shared.client(), collection, self.embedder
                    )
            try:
                yield collection
            finally:
                self._corpus = None
                self._shared.mark_written()

    def _forget_deleted_text(self, collection: Collection) -> None:
        """After deletions: purge Chroma's queue and rewrite the SQLite file (local store)."""
        if not self.settings.chroma_host:
            from assistant.retrieval.store import flush_queue, vacuum

            flush_queue(collection)
            vacuum(self.settings.index_dir)

    # Indexing ----------------------------------------------------------------------------------

    def index(
        self, paths: Sequence[str | Path] = (), *, progress: Progress | None = None
    ) -> IndexReport:
        """Index the shipped documents, previously added paths and ``paths``; remember ``paths``."""
        new = [Path(p).expanduser().resolve() for p in paths]
        with self._writing(progress) as collection:
            registry = self.registry
            remembered = [*registry.load(), *new]
            # Adding a folder again brings back files removed from inside it.
            excluded = [p for p in registry.excluded() if not is_within_any(p, new)]
            registry.save(remembered, excluded)  # before indexing: a crash forgets nothing
            report = self._run(collection, remembered, excluded, progress)
            registry.save([p for p in remembered if p.exists()], excluded)
        return report

    def remove(
        self, targets: Sequence[str | Path], *, progress: Progress | None = None
    ) -> IndexReport:
        """Take the user's files or folders (paths or indexed source names) out of the index.

        A remembered path is forgotten; a file or folder inside a remembered folder is excluded
        from it (until that folder is added again). Shipped guidance cannot be removed.
        """
        with self._writing(progress) as collection:
            registry = self.registry
            remembered = registry.load()
            excluded = registry.excluded()
            documents = indexed_documents(collection)
            shipped = {p.resolve() for p in shipped_documents(self.knowledge_dir)}
            for target in targets:
                path = self._resolve_target(target, remembered, documents)
                if path in shipped:
                    raise UsageError(f"{target} is shipped guidance and cannot be removed.")
                if path in remembered:
                    remembered.remove(path)
                elif is_within_any(path, remembered):
                    excluded.append(path)
                else:
                    raise UsageError(
                        f"{target} is not in the knowledge base; `mentor-assist index --list` "
                        "shows what is."
                    )
            registry.save(remembered, excluded)
            report = self._run(collection, remembered, excluded, progress)
        return report

    @staticmethod
    def _resolve_target(
        target: str | Path, remembered: list[Path], documents: dict[str, dict[str, Any]]
    ) -> Path:
        path = Path(target).expanduser().resolve()
        if path.exists() or is_within_any(path, remembered):
            return path
        entry = documents.get(str(target))  # an indexed source name, e.g. "handbook.md"
        if entry and entry.get("path"):
            return Path(str(entry["path"])).resolve()
        return path

    def _run(
        self,
        collection: Collection,
        user_paths: Sequence[Path],
        excluded: Sequence[Path],
        progress: Progress | None,
    ) -> IndexReport:
        report = run_index(
            collection,
            self.embedder,
            shipped=shipped_documents(self.knowledge_dir),
            user_paths=user_paths,
            excluded=excluded,
            progress=progress,
        )
        if report.removed or report.updated:
            self._forget_deleted_text(collection)
        self._checked = True
        return report

    def rebuild(self, *, progress: Progress | None = None) -> IndexReport:
        """Delete the local index and build it anew from the documents (repairs a broken store)."""
        if self.settings.chroma_host:
            raise UsageError("--rebuild works on the local index only; CHROMA_HOST is set.")
        with self._lock, index_lock(self._lock_path(), progress):
            self._drop_store()
            shutil.rmtree(self.settings.index_dir, ignore_errors=True)
            self._shared.mark_written()
        return self.index(progress=progress)

    def erase_all_data(self) -> list[str]:
        """Delete everything under the data directory: sessions, uploads, index, registry…

        Only the empty lock files stay (other processes may be waiting on them). Returns the names
        of what was deleted. Other processes reopen the (now empty) store before their next read.
        """
        home = self.settings.home
        keep = {"index.lock", "open.lock", "index.lock.lock"}
        deleted: list[str] = []
        with self._lock, index_lock(self._lock_path()):
            self._drop_store()
            for entry in sorted(home.iterdir()):
                if entry.name in keep or entry.name.endswith(".lock"):
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink(missing_ok=True)
                deleted.append(entry.name)
            self._shared.mark_written()
        return deleted

    def _drop_store(self) -> None:
        self._shared.reopen()
        self._collection = None
        self._corpus = None
        self._checked = False

    def ensure_ready(self, *, progress: Progress | None = None) -> None:
        """Build the index on first use, and refresh it when the shipped documents changed."""
        with self._lock:
            self.refresh()
            if self._checked:
                return
            if self._reading(self._needs_index):
                self.index(progress=progress)
            self._checked = True

    def _needs_index(self) -> bool:
        import hashlib

        existing = indexed_documents(self.collection)
        if not all(is_current(entry) for entry in existing.values()):
            log.info("the index was built by an earlier version; re-chunking its documents")
            return True
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
            return self._reading(self._load_corpus)

    def _load_corpus(self) -> Corpus:
        if self._corpus is None or len(self._corpus) != self.collection.count():
            from assistant.retrieval.store import all_records

            records = all_records(self.collection, embeddings=True)
            vectors = np.asarray(records["embeddings"], dtype=np.float32).reshape(-1, 384)
            self._corpus = Corpus(
                records["ids"], records["documents"], records["metadatas"], vectors
            )
        return self._corpus

    def search(self, query: str, k: int = 5, *, own_words: bool = False) -> list[Passage]:
        """The ``k`` most relevant passages for ``query``, best first.

        A question is also searched in the guidance's words for its topic
        (:mod:`assistant.retrieval.rewrite`); ``own_words`` searches its own words only, as the
        decision to decline was calibrated on.
        """
        vector = self._query_vector(query, k)
        if own_words:
            return self._locked_search(query, vector, k, None, units=False)[1]
        vector, extra = self._rewritten(query, vector)
        return self._locked_search(query, vector, k, extra)[0]

    def search_both(self, query: str, k: int = 5) -> tuple[list[Passage], list[Passage]]:
        """``search(query, k)`` and ``search(query, k, own_words=True)``, placing the question
        once; a question that is not rewritten is one search, ranked with and without units."""
        own = self._query_vector(query, k)
        vector, extra = self._rewritten(query, own)
        if np.array_equal(vector, own) and all(weight == 1.0 for weight in extra.values()):
            return self._locked_search(query, own, k, None)
        found = self._locked_search(query, vector, k, extra)[0]
        return found, self._locked_search(query, own, k, None, units=False)[1]

    def _query_vector(self, query: str, k: int) -> np.ndarray:
        """The question's own unit vector, once the question and ``k`` are checked."""
        if not query or not query.strip():
            raise UsageError("The question is empty: ask something about mentoring.")
        if not 1 <= k <= MAX_K:
            raise UsageError(f"k must be between 1 and {MAX_K}, not {k}.")
        return np.asarray(self.embedder.embed_query(query), dtype=np.float32)

    def _locked_search(
        self,
        query: str,
        vector: np.ndarray,
        k: int,
        extra: dict[str, float] | None,
        *,
        units: bool = True,
    ) -> tuple[list[Passage], list[Passage]]:
        with self._lock:
            self.ensure_ready()
            return self._reading(lambda: self._search(query, vector, k, extra, units=units))

    def _rewritten(self, query: str, vector: np.ndarray) -> tuple[np.ndarray, dict[str, float]]:
        """The question's vector and lexical terms, with its topic's guidance wording if any."""
        from assistant.retrieval import rewrite

        placed = rewrite.place(query, vector) if rewrite.ENABLED else None
        wording = None
        if placed is not None:
            wording = np.asarray(self.embedder.embed_query(placed.wording), dtype=np.float32)
        return rewrite.expand(query, vector, wording, placed)

    def topic_terms(self, query: str) -> dict[str, float]:
        """The terms ``query`` was searched with besides its own (its topic's guidance wording,
        :mod:`assistant.retrieval.rewrite`), with their weights; empty when it was not rewritten.
        """
        vector = np.asarray(self.embedder.embed_query(query), dtype=np.float32)
        _, weights = self._rewritten(query, vector)
        return {term: weight for term, weight in weights.items() if weight < 1.0}

    def _search(
        self,
        query: str,
        vector: np.ndarray,
        k: int,
        extra: dict[str, float] | None = None,
        *,
        units: bool = True,
    ) -> tuple[list[Passage], list[Passage]]:
        """The ``k`` best passages ranked with each chunk's best unit, and without it (as the
        decision to decline reads them); ``units=False`` reads no unit, both lists the latter."""
        corpus = self._load_corpus()
        if not len(corpus):
            return [], []
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
        ranked = fuse_both(
            corpus, vector, query, dense_hits, k, pool=pool, extra_terms=extra, units=units
        )
        return (
            [self._passage(corpus, hit.index, hit.score) for hit in ranked[0]],
            [self._passage(corpus, hit.index, hit.score) for hit in ranked[1]],
        )

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
        documents = self._reading(lambda: indexed_documents(self.collection))
        return [
            DocumentInfo(
                source=source,
                title=str(entry["title"]),
                publisher=str(entry["publisher"]),
                chunks=len(entry["ids"]),
                indexed_at=str(entry["indexed_at"]),
                origin=str(entry["origin"]),
                path=str(entry.get("path", "")),
            )
            for source, entry in sorted(documents.items())
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
