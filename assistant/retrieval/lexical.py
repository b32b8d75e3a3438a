"""Lexical ranking: Okapi BM25 over Snowball-stemmed word tokens, with an inverted index."""

from __future__ import annotations

import math
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources

import snowballstemmer
import yaml

_WORD = re.compile(r"[a-z0-9]+")

STOPWORDS = frozenset(
    """
    a about after again all also am an and any are as at be because been before being both
    but by can could did do does doing don for from further had has have having he her here
    hers him his how i if in into is it its itself just me more most my no nor not of off on
    once only or other our ours out over own same she should so some such than that the
    their theirs them then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    yourself s t d ll m re ve get got
    """.split()  # noqa: SIM905 - a word list reads better as text
)


_LOCAL = threading.local()


def _stemmer() -> snowballstemmer.stemmer:
    """One stemmer per thread: a Snowball stemmer keeps state while it works on a word."""
    found = getattr(_LOCAL, "stemmer", None)
    if found is None:
        found = _LOCAL.stemmer = snowballstemmer.stemmer("english")
    return found


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Porter 2) English stem: joins responsible/responsibility, expect/expectations.

    Everyday wording and the guidance's wording often differ only in the form of a word ("who is
    responsible" vs "the responsibility of the mentee"); a full stemmer joins them where a plural
    stripper did not.
    """
    return _stemmer().stemWord(word)


def terms(text: str) -> list[str]:
    """Content terms of ``text``: lower-cased, stopwords removed, stemmed."""
    return [stem(word) for word in _WORD.findall(text.lower()) if word not in STOPWORDS]


SYNONYM_WEIGHT = 0.5


@cache
def synonyms() -> dict[str, frozenset[str]]:
    """term -> the other terms of its group, from ``synonyms.yaml`` (stemmed like documents)."""
    data = yaml.safe_load(
        resources.files("assistant.retrieval").joinpath("synonyms.yaml").read_text("utf-8")
    )
    table: dict[str, set[str]] = {}
    for group in data["groups"]:
        members = {term for entry in group for term in terms(str(entry))}
        for term in members:
            table.setdefault(term, set()).update(members - {term})
    return {term: frozenset(others) for term, others in table.items()}


def weighted_terms(query: str) -> dict[str, float]:
    """The query's terms at weight 1, and their synonyms at :data:`SYNONYM_WEIGHT`."""
    weights = dict.fromkeys(terms(query), 1.0)
    table = synonyms()
    for term in list(weights):
        for other in table.get(term, ()):
            weights.setdefault(other, SYNONYM_WEIGHT)
    return weights


class BM25:
    """BM25 over a fixed list of documents. Scoring touches only documents sharing a term."""

    def __init__(self, documents: Sequence[str], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.lengths: list[int] = []
        for index, document in enumerate(documents):
            counts = Counter(terms(document))
            self.lengths.append(sum(counts.values()))
            for term, count in counts.items():
                self.postings[term].append((index, count))
        total = len(self.lengths)
        self.average_length = (sum(self.lengths) / total) if total else 0.0
        self.idf = {
            term: math.log(1 + (total - len(posting) + 0.5) / (len(posting) + 0.5))
            for term, posting in self.postings.items()
        }

    def __len__(self) -> int:
        return len(self.lengths)

    def scores(self, query: str | Mapping[str, float] | Iterable[str]) -> dict[int, float]:
        """Map document index -> BM25 score for documents that share a (weighted) query term."""
        if isinstance(query, str):
            weights: Mapping[str, float] = dict.fromkeys(terms(query), 1.0)
        elif isinstance(query, Mapping):
            weights = query
        else:
            weights = dict.fromkeys(query, 1.0)
        scores: dict[int, float] = defaultdict(float)
        average = self.average_length or 1.0
        for term, weight in weights.items():
            idf = self.idf.get(term)
            if idf is None:
                continue
            for index, count in self.postings[term]:
                norm = self.k1 * (1 - self.b + self.b * self.lengths[index] / average)
                scores[index] += weight * idf * count * (self.k1 + 1) / (count + norm)
        return scores
