"""Reviewed exemplar banks and their sentence vectors.

A bank (``exemplars/<family>.yaml``) is a list of short texts, each labelled with what it does
("enabling", "healthy", "commitment", "task"...). Its vectors ship beside it
(``<family>.npz``: float16 rows and the SHA-256 of the texts they were computed from), so a
cold process reads a sentence in milliseconds instead of embedding hundreds of exemplars first.
When a bank was edited and its vectors not rebuilt, they are recomputed in memory (and a test
fails until ``scripts/build_exemplar_vectors.py`` is run), so a stale file is never used.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.datafiles import load_data
from assistant.errors import ConfigError

__all__ = [
    "BANK_DIR",
    "Bank",
    "bank",
    "bank_texts",
    "build_vectors",
    "save_vectors",
    "texts_digest",
]

BANK_DIR = Path(__file__).with_name("exemplars")
log = logging.getLogger("assistant.understanding")

Matrix = npt.NDArray[np.float32]


class _Exemplar(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str = Field(min_length=1)
    text: str = Field(min_length=1, max_length=600)


class _BankFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    family: str
    exemplars: list[_Exemplar] = Field(min_length=2)

    @field_validator("exemplars")
    @classmethod
    def _distinct(cls, items: list[_Exemplar]) -> list[_Exemplar]:
        seen: set[str] = set()
        for item in items:
            key = " ".join(item.text.lower().split())
            if key in seen:
                raise ValueError(f"duplicate exemplar {item.text!r}")
            seen.add(key)
        return items


@dataclass(frozen=True)
class Bank:
    """One family of labelled exemplars with their unit vectors (rows aligned with ``texts``)."""

    family: str
    texts: tuple[str, ...]
    labels: tuple[str, ...]
    vectors: Matrix

    @property
    def label_set(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.labels)))


def texts_digest(texts: tuple[str, ...]) -> str:
    """SHA-256 of the exemplar texts in order: what the shipped vectors were made from."""
    return hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()


def vectors_path(family: str) -> Path:
    return BANK_DIR / f"{family}.npz"


def build_vectors(texts: tuple[str, ...]) -> Matrix:
    """Embed exemplar texts with the shipped sentence encoder."""
    from assistant.understanding.vectors import encoder

    return encoder().embed(list(texts))


def _file_digest(family: str) -> str:
    return hashlib.sha256((BANK_DIR / f"{family}.yaml").read_bytes()).hexdigest()


def save_vectors(
    family: str, texts: tuple[str, ...], vectors: Matrix, labels: tuple[str, ...] = ()
) -> Path:
    """Write ``<family>.npz``: float16 rows, the digest of the texts and, so a cold process
    need not parse the YAML, the texts, their labels and the digest of the file they came from.
    """
    path = vectors_path(family)
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        vectors=vectors.astype(np.float16),
        sha256=np.array(texts_digest(texts)),
        file_sha256=np.array(_file_digest(family) if labels else ""),
        texts=np.array(texts),
        labels=np.array(labels),
    )
    path.write_bytes(buffer.getvalue())
    return path


def bank_texts(family: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The texts and labels of the bank ``family``, validated, without vectors."""
    path = BANK_DIR / f"{family}.yaml"
    if not path.is_file():
        raise ConfigError(f"No exemplar bank named {family!r} ({path} is missing).")
    data = load_data(path, _BankFile, what=f"the exemplar bank {path.name}")
    if data.family != family:
        raise ConfigError(f"{path.name} says family {data.family!r}; expected {family!r}.")
    return tuple(item.text for item in data.exemplars), tuple(item.label for item in data.exemplars)


@lru_cache(maxsize=8)
def bank(family: str) -> Bank:
    """Load the bank ``family`` and its vectors (cached per process)."""
    path = BANK_DIR / f"{family}.yaml"
    fast = _shipped_whole(family)
    if fast is not None:
        return fast
    texts, labels = bank_texts(family)
    vectors = _shipped(family, texts)
    if vectors is None:
        log.warning(
            "The vectors for %s are out of date; computing them now "
            "(run scripts/build_exemplar_vectors.py to ship them).",
            path.name,
        )
        vectors = build_vectors(texts)
    return Bank(family=family, texts=texts, labels=labels, vectors=vectors)


def _shipped_whole(family: str) -> Bank | None:
    """The bank straight from ``<family>.npz`` when the YAML file is byte-for-byte the one the
    vectors were built from (the YAML was validated then)."""
    path = vectors_path(family)
    if not path.is_file() or not (BANK_DIR / f"{family}.yaml").is_file():
        return None
    try:
        with np.load(path) as data:
            if "file_sha256" not in data or str(data["file_sha256"]) != _file_digest(family):
                return None
            texts = tuple(str(t) for t in data["texts"])
            labels = tuple(str(label) for label in data["labels"])
            vectors = data["vectors"].astype(np.float32)
    except (OSError, ValueError, KeyError):
        return None
    if vectors.shape[0] != len(texts) or len(labels) != len(texts):
        return None
    return Bank(family=family, texts=texts, labels=labels, vectors=_unit(vectors))


def _unit(vectors: Matrix) -> Matrix:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def _shipped(family: str, texts: tuple[str, ...]) -> Matrix | None:
    path = vectors_path(family)
    if not path.is_file():
        return None
    try:
        with np.load(path) as data:
            if str(data["sha256"]) != texts_digest(texts):
                return None
            vectors = data["vectors"].astype(np.float32)
    except (OSError, ValueError, KeyError):
        return None
    if vectors.shape[0] != len(texts):
        return None
    return _unit(vectors)
