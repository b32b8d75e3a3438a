"""Whether the guidance covers a question: a calibrated decision, not a fixed score cutoff.

Relevance scores alone do not separate covered from uncovered questions: a salary question
shares "ask" and "mentor" with plenty of guidance. The decision therefore also asks whether the
words that make the question specific (not the mentoring words every question shares) occur in
the knowledge base at all and in the passages retrieved for it, and whether the question is
about running a program (pay, eligibility, accounts, tools, a quantity such as the time
commitment that no passage found states, or how the program matches or decides) rather than
about mentoring, whether it asks about something by a name of its own the guidance never uses
("Why is IEEE offering a mentoring program?"), or compares two things no line of the passages
sets side by side, and how much closer it is to reviewed questions mentoring guidance answers
than to ones it does not (the ``question_scope`` exemplar bank, read with the shared sentence
encoder). A small logistic model over these features gives the probability that the question
is covered; its coefficients, the word lists and the threshold are in the reviewed
``decline.yaml`` (fitted on the tuning questions and the earlier question set:
``benchmarks/retrieval.py --fit``).
"""

from __future__ import annotations

import itertools
import math
import re
import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.citations import Passage
from assistant.datafiles import parse_data
from assistant.retrieval.lexical import stem, synonyms, terms

TOP_PASSAGES = 3


class DeclineModel(BaseModel):
    """``decline.yaml``: word lists, fitted coefficients and the threshold."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    generic: str
    outside: str
    idioms: tuple[str, ...] = ()
    asides: tuple[str, ...] = ()
    asks_quantity: tuple[str, ...] = ()
    quantities: tuple[str, ...] = ()
    asks_about_things: tuple[str, ...] = ()
    people: str = ""
    obligations: str = ""
    pairing: str = ""
    provisions: str = ""
    receiving: str = ""
    providing: str = ""
    choosing: str = ""
    coefficients: tuple[float, float, float, float, float, float]
    threshold: float = Field(gt=0.0, lt=1.0)


@dataclass(frozen=True)
class _Model:
    generic: frozenset[str]
    outside: frozenset[str]
    idioms: tuple[re.Pattern[str], ...]
    asides: tuple[re.Pattern[str], ...]
    asks_quantity: tuple[re.Pattern[str], ...]
    quantities: tuple[re.Pattern[str], ...]
    asks_about_things: tuple[re.Pattern[str], ...]
    people: frozenset[str]
    obligations: frozenset[str]
    pairing: frozenset[str]
    provisions: frozenset[str]
    receiving: frozenset[str]
    providing: frozenset[str]
    choosing: frozenset[str]
    coefficients: tuple[float, ...]
    threshold: float


@lru_cache(maxsize=1)
def model() -> _Model:
    """The reviewed decision model, validated on load."""
    text = resources.files("assistant.retrieval").joinpath("decline.yaml").read_text("utf-8")
    data = parse_data(text, DeclineModel, what="The decline model (decline.yaml)")
    return _Model(
        generic=frozenset(terms(data.generic)),
        outside=frozenset(_inflections(data.outside)),
        idioms=tuple(re.compile(p, re.IGNORECASE) for p in data.idioms),
        asides=tuple(re.compile(p, re.IGNORECASE) for p in data.asides),
        asks_quantity=tuple(re.compile(p, re.IGNORECASE) for p in data.asks_quantity),
        quantities=tuple(re.compile(p, re.IGNORECASE) for p in data.quantities),
        asks_about_things=tuple(re.compile(p, re.IGNORECASE) for p in data.asks_about_things),
        people=frozenset(data.people.lower().split()),
        obligations=frozenset(data.obligations.lower().split()),
        pairing=frozenset(data.pairing.lower().split()),
        provisions=frozenset(data.provisions.lower().split()),
        receiving=frozenset(data.receiving.lower().split()),
        providing=frozenset(data.providing.lower().split()),
        choosing=frozenset(data.choosing.lower().split()),
        coefficients=data.coefficients,
        threshold=data.threshold,
    )


def _words(text: str) -> set[str]:
    """:func:`_words_as_written` and their stems."""
    found = _words_as_written(text)
    return found | {stem(w) for w in found}


def _inflections(text: str) -> set[str]:
    """Each word of ``text`` with its inflected forms ("pay", "pays", "paying", "paid" is listed
    itself), hyphenated forms also joined; not its stem, which derived words share: "account"
    (a login) is not "accountability" (a mentor's topic)."""
    found: set[str] = set()
    for word in _words_as_written(text):
        found |= {word, f"{word}s", f"{word}es", f"{word}ed", f"{word}d", f"{word}ing"}
        found |= {f"{word}{word[-1]}ed", f"{word}{word[-1]}ing"}  # "enrolled"
        if word.endswith("e"):
            found.add(f"{word[:-1]}ing")
        if word.endswith("y"):
            found |= {f"{word[:-1]}ies", f"{word[:-1]}ied"}
    return found


def _words_as_written(text: str) -> set[str]:
    """Lower-cased words, hyphenated forms also joined ("sign-up" also as "signup")."""
    found = set(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower()))
    return found | {word.replace("-", "") for word in found}


def _written(text: str) -> set[str]:
    """:func:`_words_as_written`, and two words said apart written as one ("sign up" as
    "signup")."""
    plain = re.findall(r"[a-z0-9]+", text.lower())
    return _words_as_written(text) | {a + b for a, b in itertools.pairwise(plain)}


def _said(text: str) -> set[str]:
    """:func:`_words`, and two words said apart written as one ("sign up" also as "signup",
    "log in" as "login", "web site" as "website")."""
    plain = re.findall(r"[a-z0-9]+", text.lower())
    return _words(text) | {a + b for a, b in itertools.pairwise(plain)}


@dataclass(frozen=True)
class Evidence:
    """What the decision is made from."""

    top_score: float
    known: float  # share of the question's specific words that occur in the knowledge base
    found: float  # share of them that occur in the top passages
    # 1.0 when it names program matters the passages found do not mention, asks only for a
    # quantity ("What is the time commitment?") that none of them states, asks only whether one
    # may do something with (or where to find, or whether there is) a thing the knowledge base
    # never names ("give your mentee a gift", "find the handbook", "any age restrictions"), asks
    # only what a kind of thing is by a name it never uses ("What is distance mentoring?"), asks
    # about a kind of mentoring it never names ("Is this individual or group mentoring?"), asks
    # a fact of the program itself ("When does the program start?"), asks only how a program
    # deals with people ("How are students matched with mentors?"), or names an organisation,
    # programme or role by a name the guidance never uses ("Why is IEEE offering a mentoring
    # program?").
    outside: float
    # How much closer the question is to reviewed questions mentoring guidance answers than to
    # ones it does not (pay, tools, how-to content, small talk): the ``question_scope`` bank.
    # 0 when the passages found already hold every specific word, or vectors are unavailable.
    scope: float = 0.0
    nearest: str = ""  # the nearest reviewed question, for the explanation

    def features(self) -> tuple[float, float, float, float, float]:
        return (self.top_score, self.known, self.found, self.outside, self.scope)


@dataclass(frozen=True)
class Decision:
    covered: bool
    probability: float
    evidence: Evidence


# Where a question's asking clauses start: after a sentence end or semicolon, and before a question
# word that follows a comma or "and" ("How often should we meet, and who books the sessions?").
_ASKS = re.compile(
    r"[?.!;]+\s*|,\s*(?:and\s+)?"
    r"(?=(?:how|what|who|when|where|why|which|can|could|may|should|do|does|is|are|am)\b)"
    r"|\s+and\s+(?=(?:how|what|who|when|where|why|which)\b)",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"(?:and\s+)?(?:for\s+)?(?:how|what|who|when|where|why|which|can|could|should|do|does|did|is|are"
    r"|am|will|would|may)\b",
    re.IGNORECASE,
)
# A count asked for ("How many goals should we work on?") is answered by a number of that thing, in
# a heading ("Review Your Top 3 Mentoring Goals") or the text; a duration is not read in headings
# ("First 30 Days" names a phase, not how long mentors are available). A step's or list item's own
# number ("Step 2 - ...") states nothing.
_COUNT = re.compile(r"(?:and\s+)?how\s+many\s+(\w+)", re.IGNORECASE)
# Words that give a number of the noun that follows within ``_COUNT_REACH`` words ("three
# mentoring goals", "a few sessions", "more than one mentor", "multiple mentors").
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
    | {"twelve", "few", "couple", "several", "multiple"}
)
_COUNT_REACH = 3
# A count of these is a time or frequency ("How many times should we meet?"), stated as one is
# ("once a month", "two hours").
_TIME_UNITS = frozenset(
    {"time", "meet", "session", "minut", "hour", "day", "week", "month", "year"}
)
# How often to meet, asked ("How frequently should we meet?") and named as a thing to settle.
_FREQUENCY_ASKED = re.compile(r"\bhow\s+(?:often|frequent(?:ly)?)\b", re.IGNORECASE)
_FREQUENCY_NAMED = re.compile(r"\bfrequency\b|\bhow\s+often\b", re.IGNORECASE)
_FREQUENCY_TERM = stem("frequency")
_PROGRAM_NAMED = re.compile(r"\b(?:program|programme|scheme|cohort|intake)s?\b", re.IGNORECASE)
_NUMBERING = re.compile(r"\bstep\s+\d+\b|(?:^|>\s*)\d+\.\s", re.IGNORECASE)


def _asks(question: str) -> list[str]:
    """The question's asking clauses ("As a mentee, can I ...?" asks "can I ...?")."""
    return [
        clause.strip()
        for clause in _ASKS.split(question)
        if clause.strip() and _QUESTION_START.match(clause.strip())
    ]


def unstated_quantity(
    question: str,
    passages: Sequence[Passage],
    settled: Sequence[Passage] = (),
    vocabulary: Iterable[str] = (),
) -> bool:
    """Whether the question asks only for a quantity and none of the passages states one.

    "How long will the commitment be?" asks for a duration; a passage headed "Renewing Commitment"
    that names no duration does not answer it. A question that also asks something else ("How
    often should we meet, and who books the sessions?") is left to the other evidence. How often
    to meet is answered too by a passage that names the frequency as a thing the pair settles
    ("Establish a meeting schedule. ... Frequency?"), among ``passages`` or ``settled`` (what the
    question's topic wording found, :mod:`assistant.retrieval.rewrite`), or, when the question
    does not ask it of a program, by guidance that anywhere names the frequency as a thing to
    settle (``vocabulary``, the knowledge base's terms): "How often should we check how the
    mentorship is going?" is answered by the pair's own agreement, "How often does the program
    run?" is not.
    """
    asks = _asks(question)
    rules = model()
    if not asks or not all(any(p.search(ask) for p in rules.asks_quantity) for ask in asks):
        return False
    if all(_FREQUENCY_ASKED.search(ask) for ask in asks) and (
        any(_FREQUENCY_NAMED.search(p.text) for p in [*passages, *settled])
        or (_FREQUENCY_TERM in vocabulary and not any(_PROGRAM_NAMED.search(ask) for ask in asks))
    ):
        return False
    if all(_HOW_LONG.match(ask) for ask in asks) and any(
        _lasts_while(ask, p.text) for ask in asks for p in passages
    ):
        return False
    counted = [_counted(ask) for ask in asks]
    if all(counted) and not set(counted) & _TIME_UNITS:
        # "How many mentors should you have?" is not answered by "7 Things to Do..." or "two
        # sessions": only a number of mentors states how many mentors.
        return not any(_states_count(noun, p) for noun in counted for p in passages)
    for passage in passages:
        if any(p.search(passage.text) for p in rules.quantities):
            return False
        if all(counted) and re.search(r"\d", _NUMBERING.sub(" ", passage.section)):
            return False
    return True


# How long a thing lasts, asked ("How long should a mentoring relationship last?"), and stated as
# a condition on that thing ("As long as a mentoring relationship is mutually beneficial ...,
# there is no reason it would need to end").
_HOW_LONG = re.compile(r"(?:and\s+)?(?:for\s+)?how\s+long\b", re.IGNORECASE)
_AS_LONG_AS = re.compile(
    r"\b(?:as|so)\s+long\s+as\s+(?:(?:a|an|the|your|this|our|their|my)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<thing>[\w-]+)\s+(?:is|are|remains?|stays?|continues?|lasts?|keeps?)\b",
    re.IGNORECASE,
)


def _lasts_while(ask: str, text: str) -> bool:
    """Whether the text says how long the thing asked about lasts by a condition on that same
    thing ("as long as a mentoring relationship is mutually beneficial" for how long a
    relationship should last; not for how long the mentors will be available)."""
    asked = set(terms(ask))
    return any(stem(m["thing"].lower()) in asked for m in _AS_LONG_AS.finditer(text))


def _counted(ask: str) -> str:
    """The stem of what a count asks for ("How many goals ...?" -> "goal"), else ""."""
    match = _COUNT.match(ask)
    return stem(match.group(1).lower()) if match else ""


def _states_count(noun: str, passage: Passage) -> bool:
    """Whether the passage gives a number of ``noun``: "Top 3 Mentoring Goals" for goals,
    "several mentors" for mentors; a step's own number ("Step 2 - ...") counts nothing."""
    for text in (_NUMBERING.sub(" ", passage.section), passage.text):
        words = re.findall(r"[a-z0-9]+", text.lower())
        for i, word in enumerate(words):
            following = {stem(w) for w in words[i + 1 : i + 1 + _COUNT_REACH]}
            if (word.isdigit() or word in _NUMBER_WORDS) and noun in following:
                return True
    return False


def unnamed_thing(question: str, vocabulary: set[str]) -> bool:
    """Whether the question only asks leave to do something with, or where to find, a thing the
    guidance never names.

    "Is it appropriate to give your mentee a gift?": no passage mentions gifts, so none can say
    whether one is appropriate, however well "appropriate" and "give" match; "Where can I find
    the handbook?" likewise. Only the clause's
    nouns count (read with the English parser; without it this evidence is not used): "Is it okay
    to ask my mentor to critique a proposal I wrote?" names a mentor and a proposal, both known.
    When every clause asks such leave, one about a thing never named is enough: "Can I get my
    mentee's email address? Can I send them a gift?" cannot be answered in full.
    """
    asks = _asks(question)
    rules = model()
    if not asks or not vocabulary:
        return False
    if not all(any(p.match(ask) for p in rules.asks_about_things) for ask in asks):
        return False
    return any(_unknown_nouns(ask, vocabulary) for ask in asks)


# "What is distance mentoring?", "What's a Mentor Match?": the name asked about, two or three words.
_DEFINITION = re.compile(
    r"^what(?:'s|’s|\s+is|\s+are)\s+(?:an?\s+|the\s+)?(?P<name>[^\s?]+(?:\s+[^\s?]+){1,2})\s*\??$",
    re.IGNORECASE,
)
_PHRASE_SIZES = (2, 3)
# A name's words may stand one word apart in the guidance: "mentoring plan" is used by "Mentoring
# Action Plan".
_PHRASE_REACH = 2


def _plain_words(text: str) -> list[str]:
    """Lower-cased words as written, a plural's "s" dropped ("Mentoring Agreements" ->
    "mentoring agreement"); not stemmed, so "Mentor Match" is not "mentoring match"."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def _text(tokens: Sequence[Any]) -> str:
    return " ".join(t.text for t in tokens)


def undefined_term(question: str, vocabulary: set[str]) -> bool:
    """Whether the question only asks what a kind of mentoring or a named thing is, by a name of
    two or three nouns the guidance never uses.

    "What is distance mentoring?" asks for a kind of mentoring the guidance never names, however
    well "mentoring" is known; "What is Mentor Match?" names, in capitals the rest of the
    question does not use, something of its own. "What is the GROW model?" and "What are
    mentoring agreements?" name what the guidance does. Other names of two nouns are often the
    guidance's own topics said another way ("What are mentee responsibilities?" for "the
    responsibilities of a mentee") and are not read as such; nor is a name that is not made of
    nouns ("What is the aim of mentoring?", "What is expected of mentees?"). Read with the
    English parser, loaded only for a name the guidance does not use.
    """
    asks = _asks(question)
    if len(asks) != 1 or not isinstance(vocabulary, Vocabulary) or not vocabulary.readable():
        return False
    match = _DEFINITION.match(asks[0])
    if match is None or vocabulary.uses(_plain_words(match["name"])):
        return False
    from assistant.understanding import syntax

    if not syntax.available():
        return False
    start = match.start("name")
    name = [t for t in syntax.parse(asks[0]) if t.idx >= start and not t.is_punct]
    # The head may be read as a verb ("mentoring"), its modifiers must be nouns ("distance") or
    # words the guidance never uses ("reverse mentoring": a name, where "good mentoring" and
    # "effective mentoring" say how well it is done, in words the guidance uses).
    nouns = all(_names_a_kind(t, vocabulary) for t in name[:-1])
    head = bool(name) and (name[-1].pos_ in ("NOUN", "PROPN") or name[-1].tag_ == "VBG")
    if len(name) not in _PHRASE_SIZES or not nouns or not head:
        return False
    # A kind of what every question is about ("distance mentoring"), not "mentorship program".
    generic = model().generic
    kind = set(terms(name[-1].text)) <= generic and not set(terms(_text(name[:-1]))) <= generic
    # Capitals that the rest of the question does not use: "What is Mentor Match?", not "What Is
    # The Mentor Role?" (every word capitalised).
    titled = any(w[:1].isupper() for w in asks[0][:start].split()[1:])
    proper = all(t.text[:1].isupper() for t in name) and not titled
    return kind or proper


# "group mentoring", "peer mentorship": a word before the name of the practice itself.
_KIND = re.compile(r"\b([a-z][a-z-]*)\s+(mentoring|mentorship)\b", re.IGNORECASE)


def _names_a_kind(token: Any, vocabulary: set[str]) -> bool:
    """Whether a word before the noun a question asks to define names a kind of it: a noun, or
    an adjective the guidance never uses. (Elsewhere in a question such an adjective is as
    often a quality: "a typical mentoring session", "a meaningful mentorship relationship".)"""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.pos_ == "ADJ" and not set(terms(token.text)) & vocabulary


def unnamed_kind(question: str, vocabulary: set[str]) -> bool:
    """Whether what the question asks names a kind of mentoring the guidance never names.

    "Is this individual or group mentoring?" and "How does peer mentoring work?" ask about a
    kind of mentoring (a noun before "mentoring") that no passage speaks of, so none can answer
    for it. Kinds the guidance names ("informal mentoring"), qualities ("good mentoring",
    "effective mentoring"), and a kind named only around what is asked ("I'm in group
    mentoring. How do we set goals?") are not read as such. Read with the English parser,
    loaded only for a kind the guidance does not name.
    """
    if not isinstance(vocabulary, Vocabulary) or not vocabulary.readable():
        return False
    generic = model().generic
    for ask in _asks(question):
        for match in _KIND.finditer(ask):
            modifier = match.group(1)
            if set(terms(modifier)) <= generic or vocabulary.uses(_plain_words(match.group(0))):
                continue
            if _is_noun_before(ask, match.start(1)) and not _circumstance(ask, match.start(1)):
                return True
    return False


def _is_noun_before(clause: str, start: int) -> bool:
    from assistant.understanding import syntax

    if not syntax.available():
        return False
    return any(t.idx == start and t.pos_ in ("NOUN", "PROPN") for t in syntax.parse(clause))


# A name written as one: an acronym ("IEEE", "IDP"), capitals inside a word ("MentorLIB"), or a
# capitalised word inside a clause that is not written in title case ("the Grammarian").
_NAME = re.compile(r"\b[A-Za-z][A-Za-z\u00c0-\u017f]*(?:[-'’][A-Za-z]+)*")
_TITLE_CASE = 0.5
# Words title case leaves in lower case ("What Distinguishes a Mentor from a Coach?").
_SMALL_WORDS = frozenset(
    "a an the of from to in on for and or nor but with by at as vs is are be".split()  # noqa: SIM905
)


def unknown_name(question: str, vocabulary: set[str]) -> bool:
    """Whether an asking clause names an organisation, programme or role by a name the guidance
    never uses.

    "Why is IEEE offering a mentoring program?", "How MentorLIB Mentors' Directory Works?" and
    "What is the difference between the Grammarian and the Wordmaster?" ask about something of
    their own, which no passage can speak for, however well "mentoring program" is matched. A
    name is an acronym, a word with capitals inside it, or a capitalised word inside a clause not
    written in title case; "I", "OK", words the guidance uses and the words every mentoring
    question shares do not count, nor names listed as examples ("via Skype, FaceTime, phone, or
    some other medium"), nor names outside the asking clauses ("... running a new operation in
    China. ... how realistic is it to expect that?").
    """
    if not vocabulary:
        return False
    generic = model().generic
    for ask in _asks(question):
        words = list(_NAME.finditer(ask))
        later = [w.group(0) for w in words[1:] if w.group(0).lower() not in _SMALL_WORDS]
        titled = bool(later) and sum(w[:1].isupper() for w in later) / len(later) > _TITLE_CASE
        for position, match in enumerate(words):
            word = re.sub(r"['’]s?$", "", match.group(0))
            if not _a_name(word, first=position == 0, titled=titled):
                continue
            found = set(terms(word))
            if not found or found <= generic or _expand(found) & vocabulary:
                continue
            if not _listed(ask, match.start(), match.end()) and not _circumstance(
                ask, match.start()
            ):
                return True
    return False


def _parsed_ask(ask: str) -> Any:
    """An asking clause parsed as the question it is, with its question mark: without it "How
    are mentors and mentees selected and matched" reads "selected" as describing the mentees.
    The caller has checked :func:`assistant.understanding.syntax.available`."""
    from assistant.understanding import syntax

    return syntax.parse(ask if ask.endswith("?") else f"{ask}?")


def _circumstance(clause: str, start: int) -> bool:
    """Whether the word at ``start`` only sets the scene of what is asked, inside a clause of
    time or circumstance ("What activities should I expect to do while participating in the
    ACDA Mentoring Program?" asks what to do, wherever); the name asked about ("Why is IEEE
    offering a mentoring program?") is not. Read with the English parser; without it, no
    word is."""
    from assistant.understanding import syntax

    if not syntax.available():
        return False
    doc = _parsed_ask(clause)
    token = next((t for t in doc if t.idx == start), None)
    return token is not None and any(t.dep_ == "advcl" for t in [token, *token.ancestors])


def _a_name(word: str, *, first: bool, titled: bool) -> bool:
    if len(word) < 2 or word.upper() in ("OK", "I"):
        return False
    if word.isupper() and word.isalpha():
        return not titled or len(word) <= 5
    if any(char.isupper() for char in word[1:]):
        return True
    return word[0].isupper() and not first and not titled


def _listed(clause: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is one of a series of three or more ("A, B, or C")."""
    return clause.count(",") >= 2 and (
        clause[end:].lstrip().startswith(",") or clause[:start].rstrip().endswith(",")
    )


# Two things compared: "the difference between X and Y", "X vs. Y" asked the same or
# different ("Coach vs. Mentor: What's the Difference?", not "give advice versus ask
# questions"), "X differs from Y", "distinguishes X from Y", "What's better? X or Y".
_COMPARED = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\bdifferen(?:ces?|t)\s+between\s+(?P<a>[^?.!]+?)\s+(?:and|&)\s+(?P<b>[^?.!,:]+)",
        r"\b(?P<a>\w+(?:\s+\w+)?)\s+(?:vs\.?|versus)\s+(?P<b>\w+(?:\s+\w+)?)"
        r"(?=.*\b(?:differen|better\b|same\b|distinguish|compare))",
        r"\b(?P<a>\w+)\s+(?:differs?|different)\s+from\s+(?P<b>[^?.!,:]+)",
        r"\bdistinguish(?:es)?\s+(?P<a>[^?.!]+?)\s+from\s+(?P<b>[^?.!,:]+)",
        r"\b(?:what(?:'|’)?s|which\s+is)\s+better\b[?:,]?\s*(?P<a>[^?.!]+?)\s+or\s+(?P<b>[^?.!,:]+)",
    )
)


def uncompared(question: str, passages: Sequence[Passage]) -> bool:
    """Whether the question compares two things and no sentence or list item of the passages
    names both.

    "What's better? Formal mentoring programs or informal relationships?" and "How does
    mentoring differ from leading a workshop?" are answered only where the guidance sets the two
    side by side; passages that speak of each apart (a formal evaluation here, informal mentoring
    there) do not say how they differ, nor does a line naming both in passing ("help the mentee
    build a strong network" for "How is mentoring different from networking?"): the line must
    set them against each other ("than", "unlike", "not"). "What is the difference between a
    coach and a mentor?" is answered by "A mentor is more of a guide than a coach". Each side
    is read by the words it does not share with the other, the words every mentoring question
    shares left out unless they are all it has ("mentoring" against "leading a workshop").
    """
    from assistant.retrieval.chunker import retrievable_units

    generic = model().generic
    for pattern in _COMPARED:
        match = pattern.search(question)
        if match is None:
            continue
        a, b = _side(match["a"]), _side(match["b"])
        a, b = a - b, b - a
        a, b = (a - generic or a), (b - generic or b)
        if not a or not b:
            return False
        units = [
            (set(terms(unit)), bool(_CONTRAST.search(unit)))
            for passage in passages
            for unit in [passage.section, *retrievable_units(passage.text)]
        ]
        return not any(
            _expand(a) & words and _expand(b) & words and contrast for words, contrast in units
        )
    return False


# A line that sets two things side by side says how they differ: "A mentor is more of a guide
# than a coach", "unlike ...", "rather than", "is not". Naming both in passing ("help the
# mentee build a network") compares nothing.
_CONTRAST = re.compile(
    r"\b(?:than|unlike|whereas|rather|instead|not|never|differ\w*|distinct\w*|versus|vs"
    r"|compared?|contrast\w*|opposed)\b|n[’']t\b",
    re.IGNORECASE,
)
# A prefix of one or two letters makes a kind of its own ("e-mentoring" is not "mentoring").
_PREFIX = re.compile(r"\b([a-z]{1,2})-(?=[a-z])", re.IGNORECASE)


def _side(text: str) -> set[str]:
    """One side of a comparison as terms, a short prefix joined to its word ("e-mentoring")."""
    return set(terms(_PREFIX.sub(r"\1", text)))


_PROGRAM = re.compile(r"\b(?:program|programme|scheme)s?\b", re.IGNORECASE)
_ADVICE_OR_ACCOUNT = re.compile(r"(?:and\s+)?(?:for\s+)?(?:how|what|why|which)\b", re.IGNORECASE)


def about_the_program(question: str) -> bool:
    """Whether every asking clause asks a fact of the program itself: when, where or whether
    it does something ("When does the program start?", "Does the program offer travel
    funding?"), the program being what the clause is about (its subject), or who takes part in
    it or speaks for it ("Who can participate in the program?").

    The guidance is about mentor and mentee, not about a particular program's dates, places or
    provisions. Not read as such: the program named elsewhere in the clause ("How do we stay in
    touch after the formal program is over?"), or a question of how, what or why ("How does the
    program work?"), which the guidance's account of the process may answer. Read with the
    English parser, loaded only for a clause that names a program.
    """
    asks = _asks(question)
    if not asks or not all(_PROGRAM.search(a) and not _ADVICE_OR_ACCOUNT.match(a) for a in asks):
        return False
    from assistant.understanding import syntax

    if not syntax.available():
        return False
    return all(
        _program_is_subject(doc) or _who_of_the_program(ask, doc)
        for ask, doc in ((ask, syntax.parse(ask)) for ask in asks)
    )


_WHO = re.compile(r"(?:and\s+)?(?:who|whom)\b", re.IGNORECASE)


def _who_of_the_program(ask: str, doc: Any) -> bool:
    """Whether the clause asks who, of the program itself: who may take part in it, whom to speak
    to about it ("Who can join the programme?", "Who runs the program?"). The guidance names
    mentor and mentee, not a program's people; the program named only as a modifier ("Who is my
    program coordinator?") or as a thing's ("Who is responsible for the success of the
    program?") is not read as such."""
    return bool(_WHO.match(ask)) and any(
        _PROGRAM.fullmatch(t.text) and t.dep_ != "compound" and _of_the_verb(t) for t in doc
    )


def _of_the_verb(token: Any) -> bool:
    """Whether the token belongs to the main verb, through prepositions only ("participate in the
    program", "speak to regarding the programme"), not to a thing ("the success of the
    program")."""
    while token.dep_ != "ROOT":
        token = token.head
        if token.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
            return False
    return token.pos_ in ("VERB", "AUX")


def _program_is_subject(doc: Any) -> bool:
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # What the program does for people is what mentoring does ("Does the mentoring program help
    # mentees grow?"), not a fact of the program.
    people = any(_person(t.lower_) for t in doc if t.dep_ != "poss" and t not in subjects)
    return bool(subjects) and all(_PROGRAM.fullmatch(s.text) for s in subjects) and not people


_HOW = re.compile(r"(?:and\s+)?how\b", re.IGNORECASE)
_ADVICE = frozenset({"should", "must", "ought", "shall"})


def done_by_the_program(question: str) -> bool:
    """Whether every asking clause asks how people are dealt with, or how it is decided, while
    naming no one who does it.

    "How are students matched with mentors?" and "How is it decided about continuing the same
    relationship the following year?" ask how a program is run: someone unnamed matches, selects
    or decides; "How do you match a mentor with their mentee?" asks the program how it pairs
    people. The guidance speaks of what mentor and mentee do ("How do we agree on goals?"),
    not of how a program treats them. Not read as such: a clause with a doer ("... by the
    coordinator"), advice ("How should mentees be supported?"), what is expected or allowed
    ("How am I supposed to know what to talk about?"), or a thing done ("How are goals set?").
    Read with the English parser; without it this evidence is not used.
    """
    from assistant.understanding import syntax

    asks = _asks(question)
    # The parser loads only for questions that could be such (loading it costs about a second).
    if not asks or not all(_HOW.match(ask) for ask in asks) or not syntax.available():
        return False
    parsed = [_parsed_ask(ask) for ask in asks]
    return all(
        _passive_on_people(doc) or _pairs_people(doc) or _asks_about_pairing(doc) for doc in parsed
    )


def _passive_on_people(doc: Any) -> bool:
    """Whether the parsed clause's main verb is passive on a person or "it", with no doer named,
    no advice and no obligation: "How are students matched with mentors?" (students, matched)."""
    rules = model()
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() in rules.obligations:
        return False
    children = list(root.children)
    if not _passive(root, children) or any(c.dep_ == "agent" for c in children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _ADVICE for c in children):
        return False
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    # Someone dealt with, named: a clause the parser found no subject in says nothing of whom.
    return bool(subjects) and all(s.lower_ == "it" or _person(s.lower_) for s in subjects)


def _asks_about_pairing(doc: Any) -> bool:
    """Whether the clause asks how the pairing itself is done: its main verb pairs ("How do you
    match people?") or is done to the pairing ("How will matching be done?", "How does matching
    happen?"). A match or pair spoken of as a thing ("How do we know we are a good match?", "how
    can we tell whether this pairing is working?") is the relationship, not how it was made."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return False
    pairing = model().pairing
    if root.lemma_.lower() in pairing:
        # Matching people, not "How do I match my goals to my mentor's strengths?"
        return all(_person(c.lower_) for c in root.children if c.dep_ == "dobj")
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "csubjpass")
        and c.lower_.endswith("ing")
        and stem(c.lower_) in pairing
        for c in root.children
    )


def _pairs_people(doc: Any) -> bool:
    """Whether "you" or "they" pair someone with someone, neither of them their own: "How do you
    match a mentor with their mentee?" asks how a program pairs people. Not read as such: a party
    to the relationship ("How do I introduce my mentee to people?"), someone's own mentee ("How
    do you introduce your mentee to people?"), or advice ("How should you ...?")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() in model().obligations:
        return False
    children = list(root.children)
    if any(c.dep_ == "aux" and c.lower_ in _ADVICE for c in children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("you", "they") for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    partners = [
        g
        for c in children
        if c.dep_ == "prep" and c.lower_ in ("with", "to")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return (
        bool(objects and partners)
        and all(_person(t.lower_) for t in objects + partners)
        and not any(g.dep_ == "poss" for t in objects for g in t.children)
    )


def support_received(question: str) -> bool:
    """Whether every asking clause asks what help, support or training people will be given,
    with no one named who gives it.

    "What help will I have?", "What kinds of support should I expect in my mentoring role?",
    "Do students get any training before taking on their role?" and "What support is available
    for mentors?" ask what a program provides its participants; the guidance speaks of the help
    mentor and mentee give each other, not of a program's provisions. Not read as such: help
    from someone named ("What support can I expect from my mentor?", "How can I get help from
    my mentor?"), or given ("What support should I give my mentee?"). Read with the English
    parser, loaded only for a clause that names such a provision.
    """
    rules = model()
    asks = _asks(question)
    if not asks or not all(set(_plain_words(a)) & rules.provisions for a in asks):
        return False
    from assistant.understanding import syntax

    if not syntax.available():
        return False
    return all(_provision_received(_parsed_ask(a)) for a in asks)


# Nouns that stand for the kind of a thing ("What kinds of support ..."): the thing is after "of".
_KINDS_OF = frozenset({"kind", "kinds", "type", "types", "sort", "sorts", "form", "forms"})


def _provision(token: Any) -> bool:
    """Whether the noun is a provision ("training"), or a kind of one ("kinds of support")."""
    provisions = model().provisions
    if token.lower_ in _KINDS_OF:
        return any(
            g.lower_ in provisions for c in token.children if c.lower_ == "of" for g in c.children
        )
    return token.lower_ in provisions


def _provision_received(doc: Any) -> bool:
    """The parsed clause's main verb receives a provision (have, get, receive, expect it), is
    passive on giving one (given, offered, provided), or says one is available, with no giver
    named ("from my mentor", "by the coordinator")."""
    rules = model()
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or any(t.lower_ in ("from", "by") and t.dep_ in ("prep", "agent") for t in doc):
        return False
    children = list(root.children)
    lemma = root.lemma_.lower()
    objects = [c for c in children if c.dep_ == "dobj"]
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass", "attr")]
    if lemma in rules.receiving:
        people = [s for s in subjects if s.dep_ == "nsubj"]
        return (
            bool(people)
            and all(_person(s.lower_) for s in people)
            and any(_provision(o) for o in objects)
        )
    if lemma in rules.providing and any(c.dep_ == "auxpass" for c in children):
        # "Will I be given any training?", "What support is offered to mentors?"
        return any(_provision(t) for t in [*objects, *subjects])
    if lemma == "be":
        # "What support is available for mentors?", "Is there support for mentees?"
        available = any(c.dep_ == "acomp" and c.lower_ == "available" for c in children)
        there = any(c.dep_ == "expl" for c in children)
        return (available or there) and any(_provision(s) for s in subjects)
    return False


def pairing_asked(question: str) -> bool:
    """Whether every asking clause asks about the act of pairing people ("the matching process",
    "What time line for matching do we need to follow?", "the advantages of matching males with
    females") or leave to choose one's partner ("Can I pick my mentor?", "Do participants get
    to choose who their mentors will be?").

    How people are paired, and whether they may choose, is decided by a program; the guidance
    speaks of the pair once paired. Not read as such: the pair as a thing ("can the pairing
    still be effective?", "a matching mentor"), matching other things ("matching my goals to
    ..."), or how to choose ("How do I pick the right mentor?"), which the guidance's advice on
    finding a mentor may answer. Read with the English parser, loaded only for a clause with
    such a word.
    """
    asks = _asks(question)
    rules = model()
    # The parser loads only for clauses with a pairing verb's -ing form or a choosing verb.
    wanted = {f"{verb}ing" for verb in rules.pairing} | rules.choosing
    if not asks or not all(set(_plain_words(a)) & wanted for a in asks):
        return False
    from assistant.understanding import syntax

    if not syntax.available():
        return False
    parsed = [_parsed_ask(a) for a in asks]
    return all(any(_pairing_act(t) for t in doc) or _leave_to_choose(doc) for doc in parsed)


def _pairing_act(token: Any) -> bool:
    """Whether the token is the act of pairing: "matching" or "pairing" with no determiner or
    owner of its own, pairing people if it pairs anything."""
    word = token.lower_
    if not word.endswith("ing") or stem(word) not in model().pairing:
        return False
    if any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    head = token.head
    if token.dep_ in ("amod", "compound") and _person(head.lower_):
        # "matching males with females", not "a matching mentor".
        return not any(c.dep_ in ("det", "poss") for c in head.children)
    if token.dep_ == "amod":
        return False  # "matching goals"
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return all(_person(o.lower_) for o in objects)


_LEAVE = frozenset({"can", "could", "may"})


def _leave_to_choose(doc: Any) -> bool:
    """Whether the clause asks leave to choose one's partner: "Can I choose my own mentor?", "Do
    participants get to choose who their mentors will be?"; not how to choose one."""
    rules = model()
    if doc and doc[0].lower_ == "how":
        return False
    for verb in doc:
        if verb.lemma_.lower() not in rules.choosing or verb.pos_ != "VERB":
            continue
        children = list(verb.children)
        leave = any(c.dep_ == "aux" and c.lower_ in _LEAVE for c in children) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "get"
        )
        # Whom: the object, or "who" someone will be ("choose who their mentors will be").
        chosen = [c for c in children if c.dep_ == "dobj"]
        who = any(g.lower_ == "who" for c in children if c.dep_ == "ccomp" for g in c.children)
        if leave and (who or (chosen and all(_person(c.lower_) for c in chosen))):
            return True
    return False


def _passive(root: Any, children: Sequence[Any]) -> bool:
    """A passive main verb: marked so by the parser, or a past form after a form of "be" that the
    parser took for a plain auxiliary ("How are Mentors and Proteges matched?", where capitals
    made "Mentors" a name, "are" an auxiliary and "matched" a past tense)."""
    if any(c.dep_ == "auxpass" for c in children):
        return True
    # Read so only with a subject of its own: "How Are Goals Set?" has "Goals" as a name before
    # "Set", no subject, and says nothing of who is dealt with.
    return (
        root.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children)
        and any(c.dep_ == "nsubj" for c in children)
    )


def _person(word: str) -> bool:
    """Whether a lower-cased word names people, one or many ("mentors", "students", "we"); not
    the practice ("mentoring")."""
    people = model().people
    return word in people or (word.endswith("s") and word[:-1] in people)


def _unknown_nouns(clause: str, vocabulary: set[str]) -> set[str]:
    """The clause's nouns (as terms, generic ones left out) that occur nowhere in the guidance."""
    from assistant.understanding import syntax

    if not syntax.available():
        return set()
    # The guard's parser, loaded once per process (assistant.understanding.syntax).
    nouns = " ".join(t.text for t in syntax.parse(clause) if t.pos_ in ("NOUN", "PROPN"))
    return {w for w in set(terms(nouns)) - model().generic if not _expand({w}) & vocabulary}


def specific_terms(question: str) -> set[str]:
    """The question's content words minus the ones every mentoring question shares."""
    return set(terms(question)) - model().generic


def _expand(words: Iterable[str]) -> set[str]:
    table = synonyms()
    out = set(words)
    for word in list(out):
        out |= table.get(word, frozenset())
    return out


def evidence(
    question: str,
    passages: Sequence[Passage],
    vocabulary: set[str],
    settled: Sequence[Passage] = (),
) -> Evidence:
    """What the decision reads, from the passages the question's own words found; ``settled``
    are those its topic wording found, read only for a frequency they name
    (:func:`unstated_quantity`)."""
    top = passages[0].score if passages else 0.0
    quoted: set[str] = set()
    for passage in passages[:TOP_PASSAGES]:
        quoted.update(_said(f"{passage.section} {passage.text}"))
        quoted.update(terms(f"{passage.section} {passage.text}"))
    # Program matters count against a question only when the passages found do not speak of
    # them: a coordinator's own handbook may well cover the stipend.
    unmentioned = (_written(without_asides(question)) & model().outside) - quoted
    outside = (
        1.0
        if unmentioned
        or unstated_quantity(question, passages[:TOP_PASSAGES], settled[:TOP_PASSAGES], vocabulary)
        or unnamed_thing(question, vocabulary)
        or undefined_term(question, vocabulary)
        or unnamed_kind(question, vocabulary)
        or unknown_name(question, vocabulary)
        or uncompared(question, passages[:TOP_PASSAGES])
        or about_the_program(question)
        or done_by_the_program(question)
        or support_received(question)
        or pairing_asked(question)
        else 0.0
    )
    specific = specific_terms(without_idioms(question))
    if not specific:
        return Evidence(top_score=top, known=1.0, found=1.0, outside=outside)
    known = sum(1 for word in specific if _expand({word}) & vocabulary) / len(specific)
    found = sum(1 for word in specific if _expand({word}) & quoted) / len(specific)
    scope, nearest = (0.0, "") if found >= 1.0 else _scope(question)
    return Evidence(
        top_score=top, known=known, found=found, outside=outside, scope=scope, nearest=nearest
    )


def without_idioms(question: str) -> str:
    """The question without everyday idioms, whose words name no topic: "What if we don't hit it
    off right away?" is about beginning a relationship, not about hitting or being right."""
    for idiom in model().idioms:
        question = idiom.sub(" ", question)
    return question


def without_asides(question: str) -> str:
    """The question without the words in which a program word is not what is asked: an example
    set off by a comma or brackets ("do I need to note what outside resources, like a course or
    software, each activity will need?" asks about resources, not software) or an everyday
    sense ("whose job is it to follow through?" asks whose duty it is, not about employment)."""
    for aside in model().asides:
        question = aside.sub(" ", question)
    return question


SCOPE_FAMILY = "question_scope"


def _scope(question: str) -> tuple[float, str]:
    """In-scope minus out-of-scope closeness (top-3 means) and the nearest reviewed question."""
    from assistant.understanding import read

    scored = read([question], SCOPE_FAMILY, k=3)
    if not scored:
        return 0.0, ""
    scores = scored[0]
    margin = scores.scores.get("in_scope", 0.0) - scores.scores.get("out_of_scope", 0.0)
    label = "in_scope" if margin >= 0 else "out_of_scope"
    return round(float(margin), 4), scores.nearest[label].text


def probability(features: Sequence[float], coefficients: Sequence[float] | None = None) -> float:
    """The logistic model's probability that a question with these features is covered."""
    coefficients = coefficients or model().coefficients
    z = coefficients[0] + sum(w * x for w, x in zip(coefficients[1:], features, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def decide(
    question: str,
    passages: Sequence[Passage],
    vocabulary: set[str],
    *,
    threshold: float | None = None,
    settled: Sequence[Passage] = (),
) -> Decision:
    """Covered or not, with the probability and the evidence behind it (``settled``: see
    :func:`evidence`)."""
    threshold = model().threshold if threshold is None else threshold
    found = evidence(question, passages, vocabulary, settled)
    p = probability(found.features())
    return Decision(covered=bool(passages) and p >= threshold, probability=p, evidence=found)


class Vocabulary(set[str]):
    """The knowledge base's terms, and where a name of a few words is used in its text, read
    only for a name a question asks about (:func:`undefined_term`) and remembered."""

    def __init__(self, words: Iterable[str] = (), texts: Sequence[str] = ()) -> None:
        super().__init__(words)
        self._texts = texts
        self._names: dict[tuple[str, ...], bool] = {}

    def uses(self, name: Sequence[str]) -> bool:
        """Whether each word of ``name`` (plain words) is followed in some text of the guidance
        by the next one, at most one word apart ("mentoring agreement", "mentoring ... plan")."""
        key = tuple(name)
        if key not in self._names:
            found = [re.compile(rf"\b{re.escape(word)}s?\b", re.IGNORECASE) for word in key]
            self._names[key] = any(
                _follows(key, _plain_words(text))
                for text in self._texts
                if all(word.search(text) for word in found)
            )
        return self._names[key]

    def readable(self) -> bool:
        return bool(self._texts)


def _follows(name: Sequence[str], words: Sequence[str]) -> bool:
    pairs = {
        (a, b)
        for gap in range(1, _PHRASE_REACH + 1)
        for a, b in zip(words, words[gap:], strict=False)
    }
    return all(pair in pairs for pair in itertools.pairwise(name))


_VOCABULARY: weakref.WeakKeyDictionary[object, Vocabulary] = weakref.WeakKeyDictionary()
_VOCABULARY_LOCK = threading.Lock()


def vocabulary(corpus: object) -> Vocabulary:
    """Every term of the knowledge base (text, titles, sections), cached per corpus."""
    with _VOCABULARY_LOCK:
        cached = _VOCABULARY.get(corpus)
    if cached is not None:
        return cached
    words: set[str] = set()
    documents = getattr(corpus, "documents", ())
    metadatas = getattr(corpus, "metadatas", ())
    texts = [
        f"{meta.get('title', '')} {meta.get('section', '')} {text}"
        for text, meta in zip(documents, metadatas, strict=False)
    ]
    for text in texts:
        words.update(terms(text))
    found = Vocabulary(words, texts)
    with _VOCABULARY_LOCK:
        _VOCABULARY[corpus] = found
    return found


def fit(
    rows: Sequence[Sequence[float]], labels: Sequence[int], *, l2: float = 0.01
) -> tuple[float, ...]:
    """Logistic regression by Newton's method with a small ridge penalty: intercept first."""
    import numpy as np

    x = np.hstack([np.ones((len(rows), 1)), np.asarray(rows, dtype=float)])
    y = np.asarray(labels, dtype=float)
    w = np.zeros(x.shape[1])
    ridge = l2 * np.diag([0.0] + [1.0] * (x.shape[1] - 1))
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + ridge @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + ridge
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return tuple(round(float(v), 3) for v in w)
