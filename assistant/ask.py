"""Grounded answers, offline: the guidance's own sentences and steps, each cited as [n].

A question the guidance does not cover is declined (see :mod:`assistant.retrieval.decline`)
with the nearest topics it does cover; otherwise :mod:`assistant.compose` writes the answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from assistant.citations import Passage
from assistant.compose import boilerplate_section, compose
from assistant.errors import UsageError
from assistant.outline import asks_for_list, find_outline
from assistant.retrieval.decline import decide, vocabulary
from assistant.retrieval.ranking import RELEVANCE_THRESHOLD
from assistant.unstated import lead_with_no_number, states_quantity

if TYPE_CHECKING:
    from assistant.retrieval import KnowledgeBase

NOT_COVERED = (
    "The mentoring guidance in the knowledge base does not cover this question, so there is no "
    "grounded answer to give."
)
# Said after NOT_COVERED when the guidance has topics near the question: one of them may be what
# was meant.
NEAR_TOPICS = (
    "It does cover the topics nearest to it, below: ask about one of them, or add a document "
    "that covers your question (mentor-assist index PATH)."
)
# Said instead when nothing in the guidance comes near (a recipe, the weather): offering mentoring
# topics as "nearest" to such a question, or asking to rephrase it, reads as if it had been
# misunderstood.
OUTSIDE = (
    "This question is outside the mentoring guidance in the knowledge base, so there is no "
    "answer to give. To have questions like it answered, add a document that covers them "
    "(mentor-assist index PATH)."
)
MAX_QUESTION_CHARS = 4000
SUGGESTIONS = 3
# Once a question is judged covered, passages this far behind the best one are not quoted.
SCORE_SPREAD = 0.25
# ... nor passages scoring under this share of the best one.
KEEP_SHARE = 0.6
# The answer is composed from this many of the best passages (more add noise, not answers).
COMPOSE_FROM = 3

UNGROUNDED = (
    "Not grounded: this answer cites none of the guidance passages, so it may not reflect the "
    "guidance."
)
# A step's or item's number says where it sits in its guide, not what it is about: "Step 2 -
# Explore the return on investment" is offered as "Explore the return on investment".
_STEP = re.compile(r"^\s*(?:step\s+\d+\s*[-–—:.]\s*|\d+[.)]\s+)", re.IGNORECASE)
_MARKER = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")


@dataclass(frozen=True)
class Answer:
    """An answer with the passages it cites; ``[n]`` in the text is ``citations[n-1]``."""

    answer: str
    citations: tuple[Passage, ...]
    grounded: bool
    # When declined: the nearest topics the guidance does cover, to ask about instead.
    suggestions: tuple[str, ...] = ()
    # The number each citation had in the text as first written (set when unused citations
    # were dropped and the rest renumbered; a stream already shown used these numbers).
    source_numbers: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        """Keep only the citations the text uses, numbered in order; say so when none is.

        A model may be given five passages and cite two: "Sources" then lists those two, the
        markers are renumbered to match, and an answer that cites nothing is ungrounded and says
        so in its own text, so Markdown and JSON agree.
        """
        if not self.citations:
            if (
                not self.grounded
                and self.answer
                and not self.answer.startswith((NOT_COVERED, OUTSIDE))
                and UNGROUNDED not in self.answer
            ):
                object.__setattr__(self, "answer", f"{self.answer.rstrip()}\n\n{UNGROUNDED}")
            return
        used: list[int] = []
        for match in _MARKER.finditer(self.answer):
            for number in re.split(r"\s*,\s*", match.group(1)):
                n = int(number)
                if 1 <= n <= len(self.citations) and n not in used:
                    used.append(n)
        if sorted(used) == list(range(1, len(self.citations) + 1)):
            return
        keep = sorted(used)
        order = {old: new for new, old in enumerate(keep, start=1)}

        def swap(match: re.Match[str]) -> str:
            numbers = [
                order[int(n)] for n in re.split(r"\s*,\s*", match.group(1)) if int(n) in order
            ]
            return f"[{', '.join(str(n) for n in numbers)}]" if numbers else ""

        text = re.sub(r"[ \t]+([.,;:!?])", r"\1", _MARKER.sub(swap, self.answer))
        object.__setattr__(self, "answer", text)
        object.__setattr__(self, "citations", tuple(self.citations[n - 1] for n in keep))
        object.__setattr__(self, "source_numbers", tuple(keep))
        if not keep:
            object.__setattr__(self, "grounded", False)
            self.__post_init__()

    def to_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "citations": [passage.to_citation() for passage in self.citations],
            "grounded": self.grounded,
            "suggestions": list(self.suggestions),
        }


def check_question(question: str) -> str:
    """The question, stripped; a usage error for empty, binary or over-long input."""
    text = (question or "").strip()
    if not text:
        raise UsageError("The question is empty: ask something about mentoring.")
    if any(ord(char) < 32 and char not in "\t\n\r" for char in text):
        raise UsageError(
            "The question contains control characters or binary data; type it as text."
        )
    if len(text) > MAX_QUESTION_CHARS:
        raise UsageError(
            f"The question is {len(text):,} characters long; keep it under "
            f"{MAX_QUESTION_CHARS:,} (ask about one thing at a time)."
        )
    return text


def answer_question(
    question: str,
    kb: KnowledgeBase,
    k: int = 5,
    *,
    guard: bool = True,
    min_score: float = 0.0,
) -> Answer:
    """Retrieve ``k`` passages; answer extractively if the guidance covers the question.

    Whether it does is decided by :func:`assistant.retrieval.decline.decide` (scores and whether
    the question's specific words occur in the guidance); a declined question gets the "not
    covered" message and the nearest topics the guidance does cover. ``guard=False`` leaves
    sentences the guard would flag to the caller (the FAQ drops such an entry whole);
    ``min_score`` is a floor no quoted passage may score under (the FAQ's relevance floor).
    """
    corpus = getattr(kb, "corpus", None)
    words = vocabulary(corpus()) if corpus is not None else set()
    # Whether the guidance covers the question is decided on what its own words find (the
    # decision was calibrated so); the answer is composed from what its topic's wording adds.
    search_both = getattr(kb, "search_both", None)
    if search_both is not None:
        passages, judged = search_both(question, max(k, SUGGESTIONS))
    else:
        passages = judged = kb.search(question, max(k, SUGGESTIONS))
    decision = decide(question, judged, words, settled=passages)
    if not decision.covered:
        return declined(judged, scope=decision.evidence.scope)
    top = passages[0].score
    # A question whose every passage scores low (everyday words the guidance does not use)
    # still has its answer composed from the few search ranked best, not from the best alone.
    floor = max(min(RELEVANCE_THRESHOLD, top * KEEP_SHARE), top - SCORE_SPREAD, min_score)
    kept = _distinct_sections([p for p in passages[:k] if p.score >= floor], min(k, COMPOSE_FROM))
    listed = _outline_answer(question, kept, kb)
    searched_with = getattr(kb, "topic_terms", None)
    also = searched_with(question) if searched_with is not None else {}
    return listed or _answer_from(question, kept, guard=guard, also=also)


def _distinct_sections(passages: Sequence[Passage], count: int) -> list[Passage]:
    """One passage for each of the first ``count`` sections search found, best first.

    A second chunk of a section already kept goes on with the same text: it joins that passage
    rather than take another section's place, so "Tips for building a tremendous mentee-mentor
    relationship" found three times still leaves room for the steps that answer.
    """
    kept: list[Passage] = []
    where: dict[tuple[str, str], int] = {}
    for passage in passages:
        key = (passage.source, passage.section)
        if key in where:
            first = kept[where[key]]
            kept[where[key]] = replace(first, text=f"{first.text}\n\n{passage.text}")
        elif len(kept) < count:
            where[key] = len(kept)
            kept.append(passage)
    return kept


def _outline_answer(question: str, kept: Sequence[Passage], kb: KnowledgeBase) -> Answer | None:
    """The numbered sections a question asks for, each cited (see :mod:`assistant.outline`)."""
    passages_for = getattr(kb, "passages_for", None)
    if not kept or passages_for is None or not asks_for_list(question):
        return None
    outline = find_outline(question, kept, {kept[0].source: passages_for(kept[0].source)})
    if outline is None:
        return None
    # A step not itself retrieved is cited for its heading, at the score of what was found.
    found = {p.chunk_id: p.score for p in kept}
    steps = tuple(replace(p, score=found.get(p.chunk_id, kept[0].score)) for p in outline.steps)
    return Answer(answer=outline.text(), citations=steps, grounded=True)


def declined(passages: Sequence[Passage] = (), *, scope: float = 0.0) -> Answer:
    """The "not covered" answer, offering the topics nearest to the question when they are near.

    How near is the best passage's score and the question's ``scope`` (how much closer it is to
    reviewed questions mentoring guidance answers than to ones it does not, see
    :class:`assistant.retrieval.decline.Evidence`): with no passage over the relevance threshold
    and the question no nearer to mentoring questions than to others (a recipe, a password, the
    weather), no topic of the guidance is close enough to help, and the answer says plainly that
    the question is outside the guidance, with no topics offered.
    """
    best = max((p.score for p in passages), default=0.0)
    if best < RELEVANCE_THRESHOLD and scope <= 0:
        return Answer(answer=OUTSIDE, citations=(), grounded=False)
    topics: list[str] = []
    for passage in passages:
        if boilerplate_section(passage.section):
            continue  # "About the Author" is no topic the guidance covers
        topic = _STEP.sub("", passage.section.split(" > ")[-1] or passage.title).strip()
        if topic and not any(_same_topic(topic, other) for other in topics):
            topics.append(topic)
    topics = topics[:SUGGESTIONS]
    text = NOT_COVERED
    if topics:
        text += f" {NEAR_TOPICS}\n\nNearest topics the guidance does cover:\n" + "\n".join(
            f"- {topic}" for topic in topics
        )
    else:
        text += " Add a document that covers it (mentor-assist index PATH)."
    return Answer(answer=text, citations=(), grounded=False, suggestions=tuple(topics))


def _same_topic(one: str, other: str) -> bool:
    """Whether two headings name one topic: the same words, or one the start of the other ("Step 2
    - Create a List of Learning Activities" in one guide, "..., Resources Required, and a
    Timeline" in another)."""
    a, b = re.findall(r"\w+", one.casefold()), re.findall(r"\w+", other.casefold())
    shorter = min(len(a), len(b))
    return bool(shorter) and a[:shorter] == b[:shorter]


def relevant(passages: Sequence[Passage]) -> tuple[Passage, ...]:
    """Passages above the relevance threshold and not far behind the best one."""
    if not passages:
        return ()
    floor = max(RELEVANCE_THRESHOLD, max(p.score for p in passages) - 0.25)
    return tuple(p for p in passages if p.score >= floor)


def compose_answer(question: str, passages: Sequence[Passage]) -> Answer:
    """A direct answer, then the steps or list items that answer it, each cited as ``[n]``.

    Only the passages actually quoted are cited, numbered in order of use; see
    :mod:`assistant.compose` for how the sentences are chosen.
    """
    return _answer_from(question, relevant(passages))


def _answer_from(
    question: str,
    cited: Sequence[Passage],
    *,
    guard: bool = True,
    also: Mapping[str, float] | None = None,
) -> Answer:
    if not cited:
        return Answer(answer=NOT_COVERED, citations=(), grounded=False)
    composition = compose(question, cited, guard=guard, also=also)
    if not composition.used:
        return Answer(answer=NOT_COVERED, citations=(), grounded=False)
    # What the answer says is what the reader sees: an example in a passage ("For instance, you
    # can meet up in a month's time") that the answer does not say sets no number for them.
    stated = states_quantity(composition.text)
    return Answer(
        answer=lead_with_no_number(question, composition.text, stated),
        citations=tuple(cited[rank] for rank in composition.used),
        grounded=True,
    )
