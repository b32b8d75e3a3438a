"""The offline sentence encoder as a Chroma embedding function.

:class:`MiniLMEmbedder` is :class:`~assistant.retrieval.sentence_vectors.SentenceEncoder`
(all-MiniLM-L6-v2 on ONNX Runtime, vectors equal to Chroma's stock ``ONNXMiniLM_L6_V2``) plus
Chroma's ``EmbeddingFunction`` protocol, so a collection persists which model built it.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from assistant.retrieval.sentence_vectors import (
    DIMENSIONS,
    MAX_TOKENS,
    MODEL_ID,
    SentenceEncoder,
    Vector,
    model_path,
    tokenizer_dir,
)

if TYPE_CHECKING:
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

__all__ = [
    "DIMENSIONS",
    "MAX_TOKENS",
    "MODEL_ID",
    "MiniLMEmbedder",
    "model_path",
    "stock_embedding_function",
    "tokenizer_dir",
]

#: Files Chroma's stock function expects under ``DOWNLOAD_PATH/onnx/``.
_TOKENIZER_FILES = (
    "tokenizer.json",
    "vocab.txt",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "config.json",
)


@register_embedding_function
class MiniLMEmbedder(SentenceEncoder, EmbeddingFunction[Documents]):
    """all-MiniLM-L6-v2 embeddings, usable directly or as a Chroma ``embedding_function``.

    One ONNX session and one tokenizer are created on first use and shared by all threads
    (``InferenceSession.run`` is thread-safe). Query embeddings are kept in a small LRU cache.
    """

    @overload
    def embed_query(self, input: str) -> Vector: ...

    @overload
    def embed_query(self, input: Documents) -> Embeddings: ...

    def embed_query(self, input: str | Documents) -> Vector | Embeddings:
        """Embed a search query, with caching.

        ``embed_query("text")`` returns one vector of shape ``(384,)``. Chroma calls
        ``embed_query(input=[...])`` with a list and gets a list of vectors back. Returned arrays
        are read-only because they are shared with the cache.
        """
        if isinstance(input, str):
            return self._cached_queries([input])[0]
        return self._cached_queries(list(input))

    # -- Chroma EmbeddingFunction protocol ---------------------------------------------------

    def __call__(self, input: Documents) -> Embeddings:
        """Embed documents for Chroma: a list of 1-D float32 arrays."""
        return list(self.embed(input))

    @staticmethod
    def name() -> str:
        return "minilm_l6_v2_int8"

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "l2", "ip"]

    def max_tokens(self) -> int:
        return MAX_TOKENS

    def get_config(self) -> dict[str, Any]:
        # Only what determines the vectors is persisted with a collection; batching and threads
        # are machine-local tuning.
        return {"model": MODEL_ID}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbedder:
        MiniLMEmbedder.validate_config(config)
        return MiniLMEmbedder()

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        model = config.get("model", MODEL_ID)
        if model != MODEL_ID:
            raise ValueError(
                f"The index was built with embedding model {model!r}, but this version uses "
                f"{MODEL_ID!r}. Rebuild the index."
            )

    def validate_config_update(
        self, old_config: dict[str, Any], new_config: dict[str, Any]
    ) -> None:
        self.validate_config(new_config)


def stock_embedding_function(workdir: Path) -> ONNXMiniLM_L6_V2:
    """Chroma's own ``ONNXMiniLM_L6_V2``, running offline on the same model and tokenizer files.

    Fills ``workdir/onnx/`` with links (or copies) of the six files the stock class expects, so
    it finds them and skips its download. Used as the reference in tests and benchmarks.
    """
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    folder = Path(workdir) / ONNXMiniLM_L6_V2.EXTRACTED_FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    sources = {name: tokenizer_dir() / name for name in _TOKENIZER_FILES}
    sources["model.onnx"] = model_path()
    for name, source in sources.items():
        target = folder / name
        if target.exists():
            continue
        if target.is_symlink():  # dangling link from an earlier install
            target.unlink()
        try:
            target.symlink_to(source)
        except OSError:
            shutil.copyfile(source, target)

    class OfflineStockMiniLM(ONNXMiniLM_L6_V2):
        DOWNLOAD_PATH = Path(workdir)

    return OfflineStockMiniLM(preferred_providers=["CPUExecutionProvider"])
