"""Program FAQ: questions participants ask, answered extractively from the knowledge base.

Candidates come from two places: a bank of common participant questions
(``faq_questions.yaml``) and the section headings of every indexed document, the coordinator's
own documents included ("Step 2 - Discuss Your Overall Mentoring Goals" becomes "How do we
discuss our overall mentoring goals?"). Each candidate is answered with
:func:`assistant.ask.answer_question`; a bank question the guidance cannot answer becomes a gap.

No two questions alike: a candidate is dropped when its content words overlap a better one's by
Jaccard >= 0.6 (or sit almost wholly inside them), or when its answer quotes the same top
passage as a better one. The rest are ordered by relevance (the score of the passage the answer
quotes first, plus a bonus for the bank's participant questions), with a penalty for documents
already used so the FAQ draws on all of them.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.agenda import relevant
from assistant.citations import Passage
from assistant.errors import ConfigError, UsageError
from assistant.retrieval.lexical import synonyms, terms
from assistant.retrieval.ranking import RELEVANCE_THRESHOLD

if TYPE_CHECKING:
    from assistant.ask import Answer
    from assistant.retrieval import KnowledgeBase

MARKER = re.compile(r"\[(\d+)\]")
MIN_COUNT = 1
MAX_COUNT = 50
ANSWER_K = 3
DUPLICATE_JACCARD = 0.6
# A question whose content words are (almost) all inside a longer one's is a duplicate too.
DUPLICATE_CONTAINMENT = 0.8
# Bank questions are what participants actually ask; a heading question always matches its own
# section closely, so without this the FAQ would be all headings.
BANK_BONUS = 0.2
SOURCE_PENALTY = 0.06
TOPIC_K = 10


class FaqBank(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    questions: tuple[str, ...] = Field(min_length=25)
    skip_headings: tuple[str, ...] = ()
    proper_terms: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_bank() -> FaqBank:
    text = resources.files("assistant").joinpath("faq_questions.yaml").read_text("utf-8")
    try:
        bank = FaqBank.model_validate(yaml.safe_load(text))
        for pattern in bank.skip_headings:
            re.compile(pattern)
    except (ValidationError, yaml.YAMLError, re.error) as error:
        raise ConfigError(
            f"The FAQ question bank (faq_questions.yaml) is invalid: {error}"
        ) from None
    return bank


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class FAQEntry:
    """One question with its extractive answer; ``[n]`` in the answer is ``citations[n-1]``."""

    question: str
    answer: str
    citations: tuple[Passage, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "citations": [passage.to_citation() for passage in self.citations],
        }


@dataclass(frozen=True)
class FAQ:
    """The FAQ, the questions the guidance does not answer, and why it is shorter if it is."""

    entries: tuple[FAQEntry, ...]
    gaps: tuple[str, ...]
    note: str | None = None
    asked: int = 0  # how many questions were asked for

    @property
    def shortfall(self) -> int:
        """How many fewer questions than asked the knowledge base could answer."""
        return max(0, self.asked - len(self.entries))

    def summary(self) -> str:
        """ "Answered 8 of the 10 questions asked; 7 questions are not covered (listed below)." """
        asked = self.asked or len(self.entries)
        text = f"Answered {len(self.entries)} of the {asked} questions asked"
        if self.gaps:
            count = len(self.gaps)
            text += (
                f"; {count} question{'s' if count != 1 else ''} participants ask "
                f"{'are' if count != 1 else 'is'} not covered by the guidance (listed below)"
            )
        return text + "."

    def to_dict(self) -> dict[str, Any]:
        return {
            "faq": [entry.to_dict() for entry in self.entries],
            "gaps": list(self.gaps),
            "note": self.note,
            "asked": self.asked,
            "answered": len(self.entries),
            "summary": self.summary(),
        }


# --------------------------------------------------------------------------- headings


_NUMBERING = re.compile(r"^(?:(?:step|part|phase|stage)\s+\d+\s*[-–—:.)]\s*|\d{1,2}[.)]\s+)", re.I)
_SPLIT = re.compile(r"\s+[-–—]\s+|:\s+")
_DETERMINERS = frozenset({"the", "a", "an", "our", "your", "my", "this", "these", "each", "every"})
_PRONOUNS = {"your": "our", "you": "we", "yourself": "ourselves", "yourselves": "ourselves"}
_PRONOUNS.update({"yours": "ours"})
_IMPERATIVES = frozenset(
    {
        "discuss", "create", "review", "get", "take", "share", "invite", "offer", "reflect",
        "explore", "design", "identify", "reaffirm", "redefine", "input", "complete", "begin",
        "solicit", "put", "celebrate", "build", "establish", "choose", "set", "find", "make",
        "prepare", "plan", "schedule", "agree", "clarify", "define", "develop", "ask", "apply",
        "contact", "join", "register", "submit", "attend", "keep", "track", "use", "write", "read",
        "learn", "meet", "end", "close", "start", "talk", "follow", "update", "evaluate", "measure",
        "give", "seek", "select", "communicate", "respect", "honor", "honour", "thank", "stay",
        "look", "consider", "understand", "determine", "outline", "provide", "request", "recognize",
        "recognise", "support", "prioritize", "prioritise", "arrange", "brief", "check", "document",
    }
)  # fmt: skip
# Words ending in -ing that usually name a thing in a heading ("Meeting Frequency").
_NOUN_ING = frozenset(
    {
        "meeting", "mentoring", "training", "funding", "coaching", "learning", "onboarding",
        "networking", "parking", "reporting", "housing", "accounting", "continuing", "matching",
        "programming", "marketing", "engineering", "nursing", "scheduling", "spring", "evening",
        "morning", "thing", "something", "nothing", "everything", "clothing",
    }
)  # fmt: skip
_NOT_PLURAL = ("ss", "us", "is", "ous", "ics")


def heading_question(
    heading: str, *, skip: Sequence[str] = (), terms_: Sequence[str] = ()
) -> str | None:
    """A well-formed question from a section heading, or None when it makes no good question.

    Rules, in order: a heading that is already a question is kept (in sentence case);
    "Tips ..." -> "What are some tips ...?"; a plural noun phrase ("Signs ...", "Guiding
    Principles ...") -> "What are the ...?"; an instruction ("Discuss Your Goals") -> "How do we
    discuss our goals?" ("How should we ...?" when it ends in "!"); "Context: Doing Something" ->
    "How do we go about doing something during the context?"; a gerund -> "How do we go about
    ...?"; "The X" -> "What is the X?"; a phrase ending in a plural -> "What are some ...?";
    anything else -> "What should we know about ...?".
    """
    text = " ".join(heading.replace("**", "").split()).strip(" #*_")
    text = _NUMBERING.sub("", text).strip()
    if not text or any(re.search(pattern, text, re.IGNORECASE) for pattern in skip):
        return None
    if len(text.split()) < 2 and not text.endswith("?"):
        return _finish("What should we know about", _phrase(text, terms_))
    if text.endswith("?"):
        words = _phrase(text[:-1], terms_)
        return f"{words[:1].upper()}{words[1:]}?"
    wh = _wh_question(text.rstrip("!.:;"), terms_)
    if wh:
        return wh
    exclaim = text.endswith("!")
    text = text.rstrip("!.:;").strip()
    parts = _SPLIT.split(text, maxsplit=1)
    context = ""
    if len(parts) == 2 and all(part.strip() for part in parts):
        context, text = (part.strip() for part in parts)
    phrase = _phrase(text, terms_)
    words = phrase.split()
    first = words[0].lower()
    during = f" during {_with_article(_phrase(context, terms_))}" if context else ""
    if first == "tips":
        return _finish("What are some", phrase + during)
    if any(_plural(word) for word in words[:2]) and first not in _IMPERATIVES:
        return _finish("What are the", phrase + during)
    if first in _IMPERATIVES:
        return _finish("How should we" if exclaim else "How do we", phrase + during)
    if _gerund(words):
        return _finish("How do we go about", phrase + during)
    if first == "the":
        return _finish("What is", phrase + during)
    if _plural(words[-1]) and first not in _DETERMINERS:
        return _finish("What are some", phrase + during)
    return _finish("What should we know about", _with_article(phrase) + during)


_WH = frozenset({"what", "when", "where", "who", "why", "how", "which"})
_FINITE = frozenset(
    {"is", "are", "was", "were", "can", "could", "should", "will", "would", "does", "do", "did",
     "happens", "matters", "works", "stays", "changes", "counts", "helps", "makes"}
)  # fmt: skip


def _wh_question(text: str, proper_terms: Sequence[str]) -> str | None:
    """A heading that already starts like a question ("What to Expect", "What Stays Between
    Us", "Why Mentoring Matters") becomes one without an inserted article or "are the"."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in _WH:
        return None
    wh = words[0].lower()
    rest = _phrase(" ".join(words[1:]), proper_terms)
    if words[1].lower() == "to" and len(words) > 2:  # "When to End" -> "When should we end?"
        return f"{wh.capitalize()} should we {_phrase(' '.join(words[2:]), proper_terms)}?"
    if wh in {"what", "who", "which"} and words[1].lower() in _FINITE:
        return f"{wh.capitalize()} {rest}?"
    return f"What should we know about {wh} {rest}?"


def _gerund(words: Sequence[str]) -> bool:
    """An activity heading: "Building Rapport", "Creating a Mentoring Action Plan"."""
    first = words[0].lower()
    if not first.endswith("ing") or len(first) <= 4:
        return False
    if first not in _NOUN_ING:
        return True
    # "Building a ..." is an activity; "Building Blocks" or "Meeting Frequency" is a thing.
    return len(words) > 1 and words[1].lower() in _DETERMINERS


def _plural(word: str) -> bool:
    word = word.lower().strip(",;()")
    return len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL)


def _phrase(text: str, proper_terms: Sequence[str]) -> str:
    """Lower-case a title-cased heading (acronyms kept), speaking as "we" instead of "you"."""
    out = []
    for word in text.split():
        bare = re.sub(r"[^A-Za-z]", "", word)
        if sum(ch.isupper() for ch in bare) >= 2 and bare.isupper():
            out.append(word)
            continue
        lowered = word.lower()
        core = lowered.strip(",;:()\"'“”‘’")
        if core in _PRONOUNS:
            lowered = lowered.replace(core, _PRONOUNS[core])
        out.append(lowered)
    phrase = " ".join(out)
    for term in proper_terms:
        phrase = re.sub(rf"\b{re.escape(term)}\b", term, phrase, flags=re.IGNORECASE)
    return phrase


def _with_article(phrase: str) -> str:
    words = phrase.split()
    if len(words) >= 2 and words[0].lower() not in _DETERMINERS and not words[0][:1].isdigit():
        return f"the {phrase}"
    if words and words[0][:1].isdigit():
        return f"the {phrase}"
    return phrase


def _finish(lead: str, phrase: str) -> str:
    return f"{lead} {phrase.strip()}?"


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Candidate:
    question: str
    origin: str  # "bank" or "heading"
    order: int
    answer: Answer
    covered: bool  # grounded, and the guidance speaks of what the question asks about
    clean: bool  # the question and answer pass the guard unchanged


# Words every mentoring question uses; they say nothing about whether a question is covered.
_GENERIC = frozenset(
    terms(
        "mentor mentors mentee mentees mentoring program relationship partner partnership meet "
        "meeting meetings session sessions time way thing one someone other each can what how"
    )
) | frozenset({"aren", "isn", "doesn", "don", "didn", "won", "wouldn",
    "couldn", "shouldn", "haven", "hasn", "wasn", "weren"})  # fmt: skip


def _specific(question: str) -> set[str]:
    return set(terms(question)) - _GENERIC


def _covered(question: str, answer: Answer, vocabulary: set[str] | None) -> bool:
    """Grounded, every specific word of the question occurs somewhere in the knowledge base,
    and at least one of them (or a word of its group in ``synonyms.yaml``: "often" is said
    "Frequency?") occurs in the passages the answer quotes.

    This keeps an FAQ from answering "Is the program paid?" with a passage that merely
    mentions the program: a question about something the guidance never names is a gap.
    """
    if not answer.grounded or not answer.citations:
        return False
    if max(p.score for p in answer.citations) < RELEVANCE_THRESHOLD:
        return False
    specific = _specific(question)
    if not specific:
        return True
    if vocabulary is not None and specific - vocabulary:
        return False
    quoted: set[str] = set()
    for passage in answer.citations:
        quoted.update(terms(f"{passage.section} {passage.text}"))
    table = synonyms()
    return any(({word} | table.get(word, frozenset())) & quoted for word in specific)


def _vocabulary(corpus: object | None) -> set[str] | None:
    if corpus is None:
        return None
    vocabulary: set[str] = set()
    documents = getattr(corpus, "documents", ())
    metadatas = getattr(corpus, "metadatas", ())
    for text, meta in zip(documents, metadatas, strict=False):
        vocabulary.update(terms(f"{meta.get('title', '')} {meta.get('section', '')} {text}"))
    return vocabulary or None


_POOL: weakref.WeakKeyDictionary[object, tuple[_Candidate, ...]] = weakref.WeakKeyDictionary()
_POOL_LOCK = threading.Lock()


def _candidates(kb: KnowledgeBase) -> tuple[_Candidate, ...]:
    """Every candidate question answered, cached for as long as the index does not change."""
    from assistant.ask import answer_question

    try:
        corpus: object | None = kb.corpus()
    except AttributeError:
        corpus = None
    if corpus is not None:
        with _POOL_LOCK:
            cached = _POOL.get(corpus)
        if cached is not None:
            return cached
    bank = load_bank()
    questions: list[tuple[str, str]] = [(q, "bank") for q in bank.questions]
    for _source, _title, section in _sections(kb):
        heading = section.split(" > ")[-1]
        question = heading_question(heading, skip=bank.skip_headings, terms_=bank.proper_terms)
        if question:
            questions.append((question, "heading"))
    vocabulary = _vocabulary(corpus)
    seen: set[str] = set()
    pool: list[_Candidate] = []
    for order, (question, origin) in enumerate(questions):
        if question.casefold() in seen:
            continue
        seen.add(question.casefold())
        # The FAQ checks each finished entry with the guard itself (_passes_guard).
        answer = answer_question(
            question, kb, k=ANSWER_K, guard=False, min_score=RELEVANCE_THRESHOLD
        )
        covered = _covered(question, answer, vocabulary)
        clean = covered and _passes_guard(question, answer.answer)
        pool.append(_Candidate(question, origin, order, answer, covered, clean))
    result = tuple(pool)
    if corpus is not None:
        with _POOL_LOCK:
            _POOL[corpus] = result
    return result


def _sections(kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    sections = getattr(kb, "sections", None)
    if sections is not None:
        return list(sections())
    return _markdown_sections()


def _markdown_sections() -> list[tuple[str, str, str]]:
    """Fallback for a knowledge base without ``sections()``: the shipped Markdown headings."""
    from assistant.retrieval import shipped_knowledge_dir

    found: list[tuple[str, str, str]] = []
    for path in sorted(shipped_knowledge_dir().glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        for line in path.read_text("utf-8").splitlines():
            match = re.match(r"^#{2,3}\s+(.+?)\s*#*$", line)
            if match:
                found.append((path.name, path.stem, match.group(1)))
    return found


# --------------------------------------------------------------------------- building


def build_faq(kb: KnowledgeBase, *, count: int = 10, topic: str | None = None) -> FAQ:
    """Up to ``count`` distinct, cited question/answer pairs, plus the unanswered questions."""
    if isinstance(count, bool) or not isinstance(count, int):
        raise UsageError(f"The FAQ size must be a whole number, not {count!r}.")
    if not MIN_COUNT <= count <= MAX_COUNT:
        raise UsageError(
            f"An FAQ has between {MIN_COUNT} and {MAX_COUNT} questions; {count} was given."
        )
    topic = " ".join(topic.split()) if topic else None
    pool = _candidates(kb)
    grounded = [c for c in pool if c.covered and c.clean]
    gaps = [c.question for c in pool if c.origin == "bank" and not c.covered]
    if topic:
        matches = _topic_matcher(kb, topic)
        grounded = [c for c in grounded if matches(c.question, c.answer.citations[0])]
        gaps = [q for q in gaps if matches(q, None)]
    distinct = _distinct(grounded)
    chosen = _diverse(distinct, count)
    entries = tuple(
        FAQEntry(question=c.question, answer=c.answer.answer, citations=c.answer.citations)
        for c in chosen
    )
    note = None
    if len(entries) < count:
        about = f" about {topic!r}" if topic else ""
        note = (
            f"Only {len(entries)} distinct questions{about} have answers in the knowledge base "
            f"({count} were asked for). Add documents that cover more (mentor-assist index PATH)"
            + (" or try a broader topic." if topic else ".")
        )
    return FAQ(entries=entries, gaps=tuple(gaps), note=note, asked=count)


def _passes_guard(question: str, answer: str) -> bool:
    """Whether a question and its answer pass the guard as they are.

    An answer that quotes, say, the guidance's own list of savior phrases would be rewritten on
    the way out; such an entry is left out of the FAQ rather than shown half-rewritten.
    """
    from assistant.guard import check

    return not check(question).flagged and not check(answer).flagged


_NEGATION = re.compile(r"\bnot\b|n['’]t\b|\bnever\b", re.IGNORECASE)


def _words(text: str) -> set[str]:
    """Content words, plus a marker for negation ("What is not the role of a mentor?")."""
    words = set(terms(text))
    if _NEGATION.search(text):
        words.add("<not>")
    return words


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def alike(a: str, b: str) -> bool:
    """Whether two questions ask the same thing, judged by their content words."""
    first, second = _words(a), _words(b)
    if ("<not>" in first) != ("<not>" in second):
        return False
    if _jaccard(first, second) >= DUPLICATE_JACCARD:
        return True
    smaller = min(len(first), len(second))
    return smaller >= 2 and len(first & second) / smaller >= DUPLICATE_CONTAINMENT


def _rank(candidate: _Candidate) -> float:
    return _top(candidate).score + (BANK_BONUS if candidate.origin == "bank" else 0.0)


def _top(candidate: _Candidate) -> Passage:
    return main_passage(candidate.answer.answer, candidate.answer.citations)


def main_passage(answer: str, citations: Sequence[Passage]) -> Passage:
    """The passage an answer quotes most (its list, or its first sentence's source)."""
    counts = Counter(int(n) for n in MARKER.findall(answer))
    if not counts:
        return citations[0]
    number = max(counts, key=lambda n: (counts[n], -n))
    return citations[number - 1] if 1 <= number <= len(citations) else citations[0]


def _key(passage: Passage) -> str:
    return passage.chunk_id or f"{passage.source}#{passage.section}#{passage.text[:60]}"


def _distinct(candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """Best first; drop near-identical questions and questions answered by the same passage."""
    ranked = sorted(candidates, key=lambda c: (-_rank(c), c.order))
    kept: list[_Candidate] = []
    used: set[str] = set()
    for candidate in ranked:
        if _key(_top(candidate)) in used:
            continue
        if any(alike(candidate.question, other.question) for other in kept):
            continue
        kept.append(candidate)
        used.add(_key(_top(candidate)))
    return kept


def _diverse(candidates: Sequence[_Candidate], count: int) -> list[_Candidate]:
    """Greedy: highest score first, each document's later picks penalised a little."""
    remaining = list(candidates)
    uses: dict[str, int] = {}
    chosen: list[_Candidate] = []
    while remaining and len(chosen) < count:
        best = max(
            remaining,
            key=lambda c: (_rank(c) - SOURCE_PENALTY * uses.get(_top(c).source, 0), -c.order),
        )
        remaining.remove(best)
        chosen.append(best)
        uses[_top(best).source] = uses.get(_top(best).source, 0) + 1
    return chosen


def _topic_matcher(kb: KnowledgeBase, topic: str) -> Callable[[str, Passage | None], bool]:
    wanted = _words(topic)
    if not wanted:
        raise UsageError(
            "The topic has no content words: give a subject such as 'confidentiality'."
        )
    hits = {_key(p) for p in relevant(kb, topic, TOPIC_K)}

    def matches(question: str, top: Passage | None) -> bool:
        if wanted & _words(question):
            return True
        return top is not None and _key(top) in hits

    return matches


# --------------------------------------------------------------------------- Markdown


def faq_to_markdown(faq: FAQ, *, title: str = "Program FAQ") -> str:
    """The FAQ as Markdown: questions as ``###``, answers with [n] markers and numbered sources."""
    lines = [f"# {title}", "", f"_{faq.summary()}_", ""]
    if faq.note:
        lines += [f"_{faq.note}_", ""]
    for entry in faq.entries:
        lines += [f"### {entry.question}", "", entry.answer, "", "Sources:", ""]
        for number, passage in enumerate(entry.citations, 1):
            lines.append(f"{number}. {_source_line(passage)}")
        lines.append("")
    if faq.gaps:
        lines += ["## Gaps: questions the guidance does not cover", ""]
        lines += [f"- {gap}" for gap in faq.gaps]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _source_line(passage: Passage) -> str:
    parts = [f"*{passage.title or passage.source}*"]
    if passage.section and passage.section != passage.title:
        parts.append(passage.section)
    if passage.publisher:
        parts.append(passage.publisher)
    return ", ".join(parts) + f" ({passage.source})"
