"""Incremental indexing by content hash, under a file lock.

A document's identity is its ``source`` (the file name; ``folder/name`` when two files share a
name). Unchanged files are not re-embedded; changed files get their new chunks written before the
old ones are deleted; files that disappeared leave the index; unreadable files are reported and
their previous chunks (if any) are left untouched.
"""

from __future__ import annotations

import json
import logging
import os
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout

from assistant.errors import InputFileError, KnowledgeBaseError
from assistant.retrieval.chunker import CHUNKER_VERSION, chunk_document
from assistant.retrieval.loaders import LoadedDocument, is_supported, load_document

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection

    from assistant.retrieval.embedder import MiniLMEmbedder

log = logging.getLogger("assistant.retrieval")
LOCK_TIMEOUT_SECONDS = 600
ADD_BATCH = 256


@dataclass(frozen=True)
class IndexProgress:
    """One step of an indexing run, for progress bars: ``done`` of ``total`` files."""

    done: int
    total: int
    source: str
    message: str


@dataclass
class IndexReport:
    """What an indexing run did."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    chunks: int = 0
    embedded_chunks: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        return (
            f"Indexed {self.chunks} chunks: {len(self.added)} files added, "
            f"{len(self.updated)} updated, {len(self.unchanged)} unchanged, "
            f"{len(self.removed)} removed, {len(self.failed)} failed "
            f"({self.embedded_chunks} chunks embedded in {self.seconds:.1f} s)."
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "failed": [{"file": name, "error": reason} for name, reason in self.failed],
            "chunks": self.chunks,
            "embedded_chunks": self.embedded_chunks,
            "seconds": round(self.seconds, 3),
        }


Progress = Callable[[IndexProgress], None]


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to index from files and folders (recursively, supported types only)."""
    files: list[Path] = []
    failed: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and is_supported(p)))
        elif path.exists():
            files.append(path)
        else:
            failed.append((str(path), "no such file or folder"))
    return files, failed


def is_within_any(path: Path, folders: Iterable[Path]) -> bool:
    """Whether ``path`` is one of ``folders`` or lies inside one of them."""
    resolved = path.resolve()
    return any(resolved == folder or resolved.is_relative_to(folder) for folder in folders)


def assign_sources(files: Sequence[Path]) -> dict[str, Path]:
    """Give each file a stable, readable id: its name, or ``folder/name`` on a clash."""
    by_name: dict[str, list[Path]] = {}
    for path in files:
        by_name.setdefault(path.name, []).append(path)
    sources: dict[str, Path] = {}
    for name, group in by_name.items():
        unique = sorted(set(group), key=str)
        if len(unique) == 1:
            sources[name] = unique[0]
        else:
            for path in unique:
                sources[f"{path.parent.name}/{name}"] = path
    return sources


class Registry:
    """User-added paths (and files removed from inside them), kept beside the index.

    Read and written only under the index lock, so concurrent runs add to it instead of
    overwriting each other; new paths are saved before they are indexed, so a run that dies
    half-way leaves them remembered and the next run finishes the work.
    """

    def __init__(self, home: Path) -> None:
        self.path = home / "sources.json"

    def _data(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("ignoring unreadable %s: %s", self.path, error)
            return {}
        return data if isinstance(data, dict) else {}

    def load(self) -> list[Path]:
        return [Path(item) for item in self._data().get("paths", []) if isinstance(item, str)]

    def excluded(self) -> list[Path]:
        """Files the user removed that lie inside a remembered folder."""
        return [Path(item) for item in self._data().get("excluded", []) if isinstance(item, str)]

    def save(self, paths: Iterable[Path], excluded: Iterable[Path] = ()) -> None:
        unique = sorted({str(path.resolve()) for path in paths})
        skipped = sorted({str(path.resolve()) for path in excluded if path.exists()})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"paths": unique, "excluded": skipped}, indent=2), "utf-8")
        os.replace(tmp, self.path)


@contextmanager
def index_lock(lock_path: Path, progress: Progress | None = None) -> Iterator[None]:
    """Hold the data directory's write lock: one process changes the index and registry at once."""
    lock = FileLock(str(lock_path))
    try:
        lock.acquire(timeout=0.05)
    except Timeout:
        if progress:
            progress(IndexProgress(0, 0, "", "Waiting for another process that is indexing…"))
        try:
            lock.acquire(timeout=LOCK_TIMEOUT_SECONDS)
        except Timeout:
            raise KnowledgeBaseError(
                f"Another process has been indexing for over {LOCK_TIMEOUT_SECONDS // 60} "
                f"minutes (lock file {lock_path}); try again later."
            ) from None
    try:
        yield
    finally:
        lock.release()


def indexed_documents(collection: Collection) -> dict[str, dict[str, Any]]:
    """source -> {sha256 set, chunks, title, publisher, indexed_at, ids} from the store itself."""
    from assistant.retrieval.store import all_records

    records = all_records(collection)
    documents: dict[str, dict[str, Any]] = {}
    for chunk_id, meta in zip(records["ids"], records["metadatas"], strict=True):
        meta = meta or {}
        source = str(meta.get("source", ""))
        entry = documents.setdefault(
            source,
            {
                "hashes": set(),
                "chunkers": set(),
                "ids": [],
                "title": meta.get("title", ""),
                "publisher": meta.get("publisher", ""),
                "indexed_at": meta.get("indexed_at", ""),
                "origin": meta.get("origin", ""),
                "path": meta.get("path", ""),
            },
        )
        entry["hashes"].add(meta.get("sha256", ""))
        entry["chunkers"].add(int(meta.get("chunker", 1)))
        entry["ids"].append(chunk_id)
    return documents


def is_current(entry: dict[str, Any]) -> bool:
    """Whether an indexed document was chunked by this version (older stores are re-chunked)."""
    return entry.get("chunkers", {1}) == {CHUNKER_VERSION}


def run_index(
    collection: Collection,
    embedder: MiniLMEmbedder,
    *,
    shipped: Sequence[Path],
    user_paths: Sequence[Path],
    excluded: Sequence[Path] = (),
    progress: Progress | None = None,
) -> IndexReport:
    """Bring the collection in line with the shipped documents and the user's paths.

    The caller holds :func:`index_lock`.
    """
    started = time.perf_counter()
    return _index_locked(collection, embedder, shipped, user_paths, excluded, progress, started)


def _index_locked(
    collection: Collection,
    embedder: MiniLMEmbedder,
    shipped: Sequence[Path],
    user_paths: Sequence[Path],
    excluded: Sequence[Path],
    progress: Progress | None,
    started: float,
) -> IndexReport:
    report = IndexReport()
    user_files, missing = expand(user_paths)
    user_files = [path for path in user_files if not is_within_any(path, excluded)]
    report.failed.extend(missing)
    origin = {path: "shipped" for path in shipped} | {path: "user" for path in user_files}
    sources = assign_sources([*shipped, *user_files])
    existing = indexed_documents(collection)
    total = len(sources)

    for done, (source, path) in enumerate(sorted(sources.items()), start=1):
        if progress:
            progress(IndexProgress(done - 1, total, source, f"Reading {source}"))
        try:
            doc = load_document(path)
        except InputFileError as error:
            report.failed.append((str(path), error.reason))
            continue
        before = existing.get(source)
        if before and before["hashes"] == {doc.sha256} and is_current(before):
            report.unchanged.append(source)
            continue
        if progress:
            why = (
                f"Indexing {source} again: it was chunked by an earlier version"
                if before and before["hashes"] == {doc.sha256}
                else f"Embedding {source}"
            )
            progress(IndexProgress(done - 1, total, source, why))
        written = _write_document(
            collection, embedder, doc, source, origin.get(path, "user"), progress, (done, total)
        )
        report.embedded_chunks += len(written)
        if before:
            stale = [chunk_id for chunk_id in before["ids"] if chunk_id not in written]
            if stale:
                collection.delete(ids=stale)
            report.updated.append(source)
        else:
            report.added.append(source)

    # A file that exists but failed to load is still in ``sources``: its old chunks stay.
    for source, entry in existing.items():
        if source not in sources:
            collection.delete(ids=entry["ids"])
            report.removed.append(source)
    report.chunks = collection.count()
    report.seconds = time.perf_counter() - started
    if progress:
        progress(IndexProgress(total, total, "", report.summary()))
    return report


def plain_label(text: str) -> str:
    """A label from a document without control characters (no terminal escape sequences)."""
    return "".join(" " if unicodedata.category(char)[0] == "C" else char for char in text)


def _write_document(
    collection: Collection,
    embedder: MiniLMEmbedder,
    doc: LoadedDocument,
    source: str,
    origin: str,
    progress: Progress | None,
    position: tuple[int, int],
) -> set[str]:
    """Embed and store a document batch by batch (memory stays bounded); the ids written."""
    chunks = chunk_document(doc, source)
    if not chunks:
        return set()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    done, total = position
    for start in range(0, len(chunks), ADD_BATCH):
        batch = chunks[start : start + ADD_BATCH]
        if progress and len(chunks) > ADD_BATCH:
            progress(
                IndexProgress(
                    done - 1,
                    total,
                    source,
                    f"Embedding {source}: chunks {start + 1}-{start + len(batch)} of {len(chunks)}",
                )
            )
        vectors = embedder.embed([chunk.embedding_text for chunk in batch])
        collection.upsert(
            ids=[f"{source}::{doc.sha256[:16]}::{chunk.ordinal}" for chunk in batch],
            documents=[chunk.text for chunk in batch],
            embeddings=[vector.tolist() for vector in vectors],
            metadatas=[
                {
                    "source": source,
                    "title": plain_label(chunk.title),
                    "publisher": plain_label(chunk.publisher),
                    "section": plain_label(chunk.section),
                    "ordinal": chunk.ordinal,
                    "chunker": CHUNKER_VERSION,
                    "sha256": doc.sha256,
                    "path": str(doc.path),
                    "url": doc.url,
                    "origin": origin,
                    "indexed_at": now,
                }
                for chunk in batch
            ],
        )
    return {f"{source}::{doc.sha256[:16]}::{chunk.ordinal}" for chunk in chunks}
