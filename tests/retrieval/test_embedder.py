"""MiniLMEmbedder against Chroma's stock ONNXMiniLM_L6_V2, and as a Chroma embedding function."""

from __future__ import annotations

import socket
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
import pytest
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings

from assistant.retrieval.embedder import (
    DIMENSIONS,
    MAX_TOKENS,
    MODEL_ID,
    MiniLMEmbedder,
    stock_embedding_function,
)

LONG_TEXT = " ".join(
    f"Session {i}: the mentee sets the agenda, reviews progress on the goal, and decides "
    "which small action to try before the next meeting."
    for i in range(40)
)
TEXTS = [
    "How do I prepare for my first mentoring meeting?",
    "",
    "Goal",
    LONG_TEXT,
    "Café, naïve résumé — «mentorat» für Anfänger; 日本語のメンター制度 🙂",
    "   \n\t ",
    "What does the mentee want to achieve by the end of the programme? " * 6,
    "GROW: Goal, Reality, Options, Will.",
    "Ok",
    "The weather is sunny in Paris today",
]

# Tolerance against the stock function. Both run the same ONNX file; its int8 weights are
# dequantised to float32 when the session is built, so activations are not quantised and the
# padding of a batch cannot change a text's values (the model masks padded positions). What
# remains is float32 rounding from different matrix shapes: measured here max |diff| 8e-8 and
# cosine 1 - 1e-7 on these texts and on 300 knowledge-base sentences. The bounds below keep a
# 100x margin for other CPUs' kernels and thread counts while still failing on any real
# difference in tokenisation, truncation, pooling or normalisation (those move values by >1e-3).
MAX_ABS_DIFF = 1e-5
MIN_COSINE = 0.99999


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to download (as the stock class does when files are missing) fails loudly."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder()


@pytest.fixture(scope="module")
def stock_vectors(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    stock = stock_embedding_function(tmp_path_factory.mktemp("stock-minilm"))
    return np.asarray(stock(TEXTS), dtype=np.float32)


def test_long_text_exceeds_token_limit(embedder: MiniLMEmbedder) -> None:
    tokenizer = embedder._load()[1]
    assert len(tokenizer.encode(LONG_TEXT).ids) == MAX_TOKENS  # truncated
    tokenizer_full = type(tokenizer).from_str(tokenizer.to_str())
    tokenizer_full.no_truncation()
    assert len(tokenizer_full.encode(LONG_TEXT).ids) > 2 * MAX_TOKENS


def test_vectors_equal_stock(embedder: MiniLMEmbedder, stock_vectors: np.ndarray) -> None:
    ours = embedder.embed(TEXTS)
    assert ours.shape == stock_vectors.shape == (len(TEXTS), DIMENSIONS)
    cosine = (ours * stock_vectors).sum(axis=1)
    assert cosine.min() >= MIN_COSINE, cosine
    assert np.abs(ours - stock_vectors).max() <= MAX_ABS_DIFF


def test_each_text_alone_equals_stock(embedder: MiniLMEmbedder, stock_vectors: np.ndarray) -> None:
    for i, text in enumerate(TEXTS):
        alone = embedder.embed([text])[0]
        assert np.abs(alone - stock_vectors[i]).max() <= MAX_ABS_DIFF, text


def test_order_preserved_for_any_input_order(embedder: MiniLMEmbedder) -> None:
    forward = embedder.embed(TEXTS)
    permutation = np.random.default_rng(7).permutation(len(TEXTS))
    shuffled = embedder.embed([TEXTS[i] for i in permutation])
    assert np.abs(shuffled - forward[permutation]).max() <= MAX_ABS_DIFF
    # distinct texts give distinct rows, so a mix-up would be visible
    assert (forward[0] @ forward[3]) < 0.9


def test_batching_settings_do_not_change_vectors(embedder: MiniLMEmbedder) -> None:
    reference = embedder.embed(TEXTS)
    for settings in ({"batch_size": 1}, {"batch_size": 3, "max_batch_tokens": 10_000}):
        other = MiniLMEmbedder(**settings, threads=1).embed(TEXTS)
        assert np.abs(other - reference).max() <= MAX_ABS_DIFF, settings


def test_vectors_are_float32_and_unit_length(embedder: MiniLMEmbedder) -> None:
    vectors = embedder.embed(TEXTS)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.isfinite(vectors).all()


def test_empty_inputs(embedder: MiniLMEmbedder) -> None:
    assert embedder.embed([]).shape == (0, DIMENSIONS)
    empty = embedder.embed_query("")
    assert empty.shape == (DIMENSIONS,)
    assert abs(float(np.linalg.norm(empty)) - 1.0) < 1e-5


def test_embed_rejects_a_bare_string(embedder: MiniLMEmbedder) -> None:
    with pytest.raises(TypeError):
        embedder.embed("one text")


def test_semantic_sanity(embedder: MiniLMEmbedder) -> None:
    question, paraphrase, weather = embedder.embed(
        [
            "How do I prepare for my first mentoring meeting?",
            "Getting ready for the initial session with a mentor",
            "The weather is sunny in Paris today",
        ]
    )
    assert question @ paraphrase > 0.6
    assert question @ weather < 0.2


def test_embed_query_matches_embed_and_is_cached(embedder: MiniLMEmbedder) -> None:
    text = "How do I set goals with my mentee?"
    first = embedder.embed_query(text)
    assert first.shape == (DIMENSIONS,)
    assert np.abs(first - embedder.embed([text])[0]).max() <= MAX_ABS_DIFF
    assert embedder.embed_query(text) is first  # served from the cache
    assert not first.flags.writeable  # shared with the cache, so callers cannot corrupt it
    as_list = embedder.embed_query([text, "another question"])  # Chroma's calling convention
    assert isinstance(as_list, list) and len(as_list) == 2
    assert as_list[0] is first


def test_query_cache_is_bounded() -> None:
    small = MiniLMEmbedder(query_cache_size=2)
    a = small.embed_query("first")
    small.embed_query("second")
    small.embed_query("third")  # evicts "first", the least recently used
    assert len(small._query_cache) == 2
    again = small.embed_query("first")
    assert again is not a
    assert np.abs(again - a).max() <= MAX_ABS_DIFF


def test_concurrent_first_use_is_safe() -> None:
    fresh = MiniLMEmbedder()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: fresh.embed(TEXTS[:4]), range(8)))
    for result in results[1:]:
        assert np.abs(result - results[0]).max() <= MAX_ABS_DIFF


def test_config_round_trip_and_model_check() -> None:
    embedder = MiniLMEmbedder(batch_size=8, threads=1)
    assert not embedder.is_legacy()
    assert embedder.get_config() == {"model": MODEL_ID}
    assert isinstance(MiniLMEmbedder.build_from_config(embedder.get_config()), MiniLMEmbedder)
    with pytest.raises(ValueError, match="Rebuild the index"):
        MiniLMEmbedder.build_from_config({"model": "some-other-model"})


@pytest.fixture
def chroma_path(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "chroma"
    SharedSystemClient.clear_system_cache()


def _client(path: Path) -> chromadb.ClientAPI:
    return chromadb.PersistentClient(
        path=str(path), settings=Settings(anonymized_telemetry=False, allow_reset=True)
    )


def test_works_as_chroma_embedding_function_and_reopens(
    embedder: MiniLMEmbedder, chroma_path: Path
) -> None:
    documents = [
        "A mentee owns the agenda of each meeting.",
        "Mentors ask open questions rather than giving instructions.",
        "Action items are written by the mentee with a date.",
    ]
    query = "Who decides what we talk about in a session?"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        collection = _client(chroma_path).get_or_create_collection(
            "passages", embedding_function=embedder
        )
        collection.add(ids=["a", "b", "c"], documents=documents)
        stored = collection.get(ids=["a"], include=["embeddings"])["embeddings"][0]
        first = collection.query(query_texts=[query], n_results=3)

    assert collection.configuration["hnsw"]["space"] == "cosine"
    assert np.abs(np.asarray(stored) - embedder.embed(documents[:1])[0]).max() <= MAX_ABS_DIFF
    assert first["ids"][0][0] == "a"

    SharedSystemClient.clear_system_cache()  # as a new process would: nothing cached
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client = _client(chroma_path)
        reopened = client.get_collection("passages")  # function rebuilt from persisted config
        again = client.get_or_create_collection("passages", embedding_function=MiniLMEmbedder())
        second = reopened.query(query_texts=[query], n_results=3)
        third = again.query(query_texts=[query], n_results=3)

    # Rebuilt from the persisted config; Chroma's default function would have tried a download.
    assert isinstance(reopened.configuration["embedding_function"], MiniLMEmbedder)
    assert second["ids"] == third["ids"] == first["ids"]
    np.testing.assert_allclose(second["distances"], first["distances"], atol=1e-5)
