"""Extractive composition: an answer in the guidance's own words, each sentence cited.

The passages are read as the units they are made of: prose sentences, and list items with the
lead-in sentence (or section heading) that introduces their list. An answer leads with the
sentence that answers the question most directly, then gives the steps or list items that answer
it, each cited as ``[n]``. Rules that keep it readable:

* a sentence that two passages share is said once and cites both (``[1][2]``);
* boilerplate (author biographies, sign-up lines, navigation) is never used;
* a lead-in ("These tasks are part of that responsibility:") appears only with its list;
* each of the first three passages is quoted at least once when it has something close enough
  to say; a passage that is only a list gives its best item under its heading;
* a sentence the guard would flag (savior language quoted or planted in a document) is not
  turned into an answer sentence; it stays visible, verbatim, only in the quoted passage.

Nothing is written that is not in the passages, except the joining punctuation.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.citations import Passage
from assistant.retrieval.lexical import terms, weighted_terms

MAX_WORDS = 150
MAX_ITEMS = 8
# A list keeps at least this many items when it gives way to other passages' lines.
MIN_ITEMS = 3
MAX_SENTENCES = 3
ITEM_WORDS = 40
# At most this many nested items are said with the item above them.
NESTED_ITEMS = 8
# Share of its weight a generic mentoring word of the question counts for in a line's score.
GENERIC_SHARE = 0.5
# A list is used when its items answer about as well as the best single sentence, and the best
# sentence leads the list when it scores at least this share of the list's score.
LIST_MARGIN = 0.85
LEAD_SHARE = 0.8
# Supporting sentences score at least this share of the direct answer; the best sentence of a
# top passage that nothing else quotes is added at this share.
SUPPORT_SHARE = 0.6
ALSO_SHARE = 0.5
CITE_AT_LEAST = 3
# Rounds of composing again without the sentences the guard flagged.
GUARD_ROUNDS = 3
DEFINITION_BONUS = 0.3
# A sentence or item of a later passage that shares this much of its (or the earlier one's) terms,
# with at least this many terms, is a repeat of the earlier one.
NEAR_REPEAT_SHARE = 0.9
NEAR_REPEAT_TERMS = 5

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_ITEM = re.compile(r"^(\s*)(?:[-*+•]|\d+[.)])\s+")
_PSEUDO_HEADING = re.compile(r"(\*\*|__)[^*_]+\1[.:]?")
_LEAD_IN = re.compile(
    r"(?:[:…]|\.\.\.|as follows\.?|the following[^.]*\.?|here are [^.]*\.?|these [^.]*:?)$",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"about the author|\bsign(?:ing)? up\b|\bsubscribe\b|newsletter|click here|read more\b|"
    r"\bvisit (?:our|the) (?:website|site|page)\b|contact us\b|follow us\b|all rights reserved|"
    r"©|\bshare this\b|\bcookies?\b|\blog ?in\b|\bhome page\b|\bwebsite\b|"
    r"\b(?:is|was) (?:a|an|the) (?:[a-z-]+ ){0,4}(?:author|founder|ceo|speaker|consultant|"
    r"writer|coach and|expert)\b|\bhas (?:over|more than) \d+ years\b",
    re.IGNORECASE,
)
# The page speaking of itself ("In this article, we share...", "our most successful mentorships on
# the platform", "Let's go ahead and get started!").
_SELF_REFERENCE = re.compile(
    r"\b(?:this|our) (?:article|post|guide|blog|page|site|platform|community)\b"
    r"|\bon the platform\b|^let[’']s (?:go ahead and )?(?:get started|dive in|begin)\b"
    # ... or announces the kinds of material it offers ("You'll need some best practices for
    # launching ..., and some initial meeting conversation starters ..."), naming two or more.
    r"|^you(?:['’]ll| will) (?:need|want|find) (?:some|a few|a set of) [^.]*?,? and "
    r"(?:some|a few|a set of)\b",
    re.IGNORECASE,
)
_SECTION_BOILERPLATE = re.compile(r"about the author|^contact|newsletter|sign up", re.IGNORECASE)


def boilerplate_section(section: str) -> bool:
    """Whether a section is page furniture ("About the Author", "Contact"), never an answer."""
    return bool(_SECTION_BOILERPLATE.search(section.split(" > ")[-1]))


# A sentence that leans on the one before it ("This means...", "That way...", "And a mentoring
# relationship needs to be framed by both parties") reads badly alone.
_ANAPHORA = re.compile(
    r"^(?:this|that|these|those|it|they|such|however|also|and|or|but|so|then|thus|therefore|"
    r"for (?:instance|example)|in addition|one (?:practical )?way to do so)\b"
    # ... or a phrase that points back to it ("After this, you need to discuss the options...",
    # "In these cases, you should follow-up...", "At this point, ...").
    r"|^(?:after|before|from|in|at|with|by)\s+(?:this|that|these|those)\b"
    # ... or a clause about it said first ("When it isn't in the equation, the mentee will ...",
    # "If they agree, ..."); "When it comes to the art of mentoring, ..." points forward.
    r"|^(?:when|if|because|since|unless|while|once|until)\s+"
    r"(?:it(?!\s+comes\s+to\b)|this|that|these|those|they)\b",
    re.IGNORECASE,
)
ANAPHORA_PENALTY = 0.3
# A reply to a question asked just before ("How does it work? Well, for sure, it doesn't work
# only from one part.", "Yes, and ...").
_REPLY = re.compile(r"^(?:well|yes|no|sure|indeed|of course|anyway)\b\s*[,!]", re.IGNORECASE)
# "It" that stands for what follows, not for something said before: "It is the responsibility of
# the mentee to drive the relationship forward.", "It is important to agree on ground rules."
# ("It is a great way to increase your network" still leans on what "it" was.)
_EXPLETIVE_IT = re.compile(
    r"^it(?:'s|’s| is| was| will be| can be)\s+(?:(?:very|so|also|not|often|always|really)\s+)?"
    r"(?:(?!an?\b|the\b)[a-z]+\s+(?:to|that|for\s+[a-z]+(?:\s+[a-z]+)?\s+to)\b"
    r"|the\s+[a-z]+\s+of\s+(?:the\s+)?[a-z]+\s+to\b)",
    re.IGNORECASE,
)


# ... or, inside it, a step that follows the one before ("mentors should then set a meeting
# objective") or a thing named before ("based on those goals"); "those who ..." points forward.
_POINTS_BACK = re.compile(
    r"\b(?:should|will|can|must|would|could|may|might|shall)\s+then\b"
    r"|\b(?:on|of|from|with|to|for|about|in|at|by|under|around|into|over)\s+(?:these|those)\s+"
    r"(?!who\b|which\b|that\b|whose\b|whom\b|where\b|of\b)[a-z]+\b(?!\s+(?:who|which|that)\b)"
    r"(?![^.:]*:\s*$)"
    # ... or tells the reader to use what is beside it on its page ("Use these questions to guide
    # the discussion.").
    r"|^(?:use|see|try|follow|answer|review|read|complete)\s+(?:these|those)\b"
    # ... or places itself in a stage named before ("A mentor can be a wealth of knowledge during
    # this stage ...").
    r"|\b(?:during|in|at|through(?:out)?)\s+this\s+(?:stage|phase|step|period)\b",
    re.IGNORECASE,
)


def _anaphoric(text: str) -> bool:
    """Whether a sentence leans on the sentence before it: opens with a word that does (inside
    an opening quotation mark too: "“It’s a great way to learn more ...”"), replies to a question
    asked before it ("Well, for sure, it doesn't work only from one part."), or says its step
    comes after another or names a thing only as "those goals"."""
    text = text.lstrip("\"“‘'( ")
    if _REPLY.match(text):
        return True
    if _ANAPHORA.match(text):
        return not _EXPLETIVE_IT.match(text)
    return bool(_POINTS_BACK.search(text))


# A sentence that points to another part of its page ("Use the roles listed above to talk about
# what kind of mentor the mentee needs.", "(See “What do we need to talk about...” below)", "you
# can garner ideas from the following list", "as Marisol Gonzalez states in the opening quote")
# reads only in its place there.
_ELSEWHERE = re.compile(
    r"\b(?:listed|mentioned|described|shown|outlined|given) (?:above|below|earlier)\b"
    r"|\bas (?:above|below)\b|\(see [^)]*\b(?:above|below)\)"
    r"|\b(?:from|in) the following\b|\bin the opening (?:quote|section|paragraph)\b"
    # ... or only sends the reader on to another step of its page ("If you responded unfavorably
    # to 6-10 continue to Step 3.", "If not, skip to step 4.").
    r"|\b(?:continue|go|proceed|skip|return|move on|turn)\s+(?:on\s+)?to\s+step\s+\d+\b",
    re.IGNORECASE,
)
# A line that builds on what an earlier step of its page said ("If new or different goals have
# emerged as a result of the discussion in step 1: ...", "using the list from Step 2") needs that
# step beside it; an answer says headings without their step numbers (:func:`_lead_line`), so the
# line is not said alone.
_EARLIER_STEP = re.compile(
    r"\b(?:in|from|during|of|after|at)\s+(?:the\s+)?(?:previous\s+|earlier\s+)?"
    r"(?:step|stage|phase)\s+\d+\b",
    re.IGNORECASE,
)
# A sentence that sends the reader to material outside the answer ("To see a sample of a completed
# Mentoring Partnership Agreement look in your Mentoring Workbook.", "To see a copy of the
# worksheet, consult your Mentoring Workbook.", "In your Mentoring Workbook, locate the exercise
# ...") answers only where to find something.
_MATERIAL = r"(?:workbook|handbook|manual|appendix|binder|folder|portal)"
_SENDS_ELSEWHERE = re.compile(
    r"^to (?:see|find|view|get|download|read|access|obtain)\b[^.]{0,120}?\b(?:look|consult|see|go|"
    r"visit|refer|check|open|turn)\b"
    rf"|^in (?:your|the) [\w -]{{0,40}}?{_MATERIAL},"
    rf"|\b(?:look in|consult|refer to) (?:your|the) [\w -]{{0,40}}?{_MATERIAL}\b"
    rf"|\b(?:is|are) (?:also )?(?:included|found|available) in (?:your|the) [\w -]{{0,40}}?"
    rf"{_MATERIAL}\b"
    # ... or only tells the reader to print or fetch a form ("Print a hard copy of the Mentoring
    # Action Plan (from TMC)."; "... and bring it to the meeting" says what to do with it).
    r"|^(?:print|download|photocopy)\b(?![^.]*\band\b)[^.]{0,60}?\b(?:cop(?:y|ies)|forms?|templates?|"
    r"worksheets?|printouts?)\b",
    re.IGNORECASE,
)
# The question asks where something is to be found ("Where can I find a sample agreement?").
_ASKS_WHERE = re.compile(
    r"\bwhere\b|\b(?:sample|copy|template|example|worksheet|workbook|form)s?\b", re.IGNORECASE
)
# A pointer in brackets to another part of the page ("Expend energy early in the relationship to
# clarify roles and expectations (See “What do we need to talk about in our first meeting(s)
# together?” below).") is left out of the sentence or item it is in.
_POINTER = re.compile(
    r"\s*\((?:see|cf\.?)\s[^()]*(?:\([^()]*\)[^()]*)*\b(?:above|below)\)", re.IGNORECASE
)
# A contrast or concession with the sentence before ("Contrarily, failed relationships are defined
# by...", "Either way, the mentor and mentee need to understand...") is dropped from the front of a
# sentence said without that sentence; what follows it stands alone.
# A sentence that says what is not so ("A mentee doesn't just handle the wheel to the mentor",
# "Many people mistakenly assume that mentorship can only benefit the mentee") sets up the
# answer that follows it in its passage; it does not lead an answer.
_DENIES = re.compile(
    r"\b(?:mistakenly|wrongly|misconception|myth)\b"
    r"|\b(?:do|does|is|are|was|were)(?:n[’']t|\s+not)\s+(?:just|only|simply|merely)\b",
    re.IGNORECASE,
)
_CONTRAST = re.compile(
    r"^(?:contrarily|conversely|either way|instead|after all|nevertheless|nonetheless|"
    r"in contrast|on the other hand),\s+(?=\w)",
    re.IGNORECASE,
)
# A list from any passage but the best one is used only if its lead-in or heading shares this
# much (weighted, length-normalised) vocabulary with the question.
LIST_LEAD_MATCH = 0.6
# The question asks for questions ("Three simple debrief questions...", "What should I ask?").
_ASKS_FOR_QUESTIONS = re.compile(
    r"\bquestions?\b|\bwhat (?:to|should (?:i|we)|can (?:i|we)|do (?:i|we)) ask\b|\bconversation "
    r"starters?\b",
    re.IGNORECASE,
)
# A list's lead-in that leans on the sentence before it ("Here are some of their responses:",
# "These tips will help guide you as you continue to work together:").
_LEANS_BACK = re.compile(
    r"(?:these|those|they|here (?:are|is) (?:some of )?(?:their|these|those|them))\b",
    re.IGNORECASE,
)
_LIST_QUESTION = re.compile(
    r"\b(?:steps?|tips?|ways?|how (?:do|can|should|to)|what (?:should|can|are|do)|things|"
    r"ideas|examples|questions|signs|principles|roles?|responsibilit)",
    re.IGNORECASE,
)


@dataclass
class Unit:
    """A sentence or a list item of a passage; ``ranks`` are the passages that say it."""

    text: str
    rank: int
    position: int
    kind: str  # "sentence", "item", or "setup" (said only before its list: _List.setup)
    list_id: int = -1
    ranks: list[int] = field(default_factory=list)
    score: float = 0.0
    # A line said as a short list: ``lead`` and then each of ``listed`` as an item
    # (:func:`_item_lines`); ``text`` then holds them all, for comparing and counting. An item
    # said alone keeps the lead it was listed under in ``lead``, for judging what it is about.
    lead: str = ""
    listed: tuple[str, ...] = ()
    # The one item a short list was said for: with the lead, its length is weighed against the
    # other lines (the rest of the list does not push another passage's line out), and its words
    # are compared with theirs.
    item: str = ""
    # How an item line chosen to be said apart from its list is said (:func:`_said_apart`).
    apart: _Apart | None = None


@dataclass
class _List:
    lead: str
    rank: int
    position: int
    items: list[Unit]
    lead_is_heading: bool
    # The sentence a lead-in leans on ("We asked some individuals ... what they got out of it."
    # before "Here are some of their responses:"): said only before this list.
    setup: Unit | None = None


@dataclass(frozen=True)
class _Apart:
    """An item line's item, its lead line, the items of its list that can be said, and the list."""

    item: Unit
    line: str
    usable: tuple[Unit, ...]
    candidate: _List


@dataclass(frozen=True)
class Composition:
    """The composed text with ``[n]`` markers, and the passage ranks behind ``n`` = 1, 2, ..."""

    text: str
    used: tuple[int, ...]


def compose(
    question: str,
    passages: Sequence[Passage],
    *,
    guard: bool = True,
    also: Mapping[str, float] | None = None,
) -> Composition:
    """Compose an answer to ``question`` from ``passages`` (best first).

    With ``guard``, the composed answer goes through :func:`assistant.guard.check` once; a
    sentence the guard flags is left out and the answer composed again without it. ``also``
    holds terms the question was searched with besides its own (the guidance's wording for its
    topic, :mod:`assistant.retrieval.rewrite`) and their weights: "What's expected of me as a
    mentee?" then leads with "It is the responsibility of the mentee to drive the mentoring
    relationship forward", not with a sentence that only shares the word "mentee".
    """
    excluded: set[str] = set()
    composition = Composition("", ())
    for _ in range(GUARD_ROUNDS):
        composition, spans = _compose_once(question, passages, excluded, also or {})
        if not guard or not composition.text:
            return composition
        flagged = _flagged(composition.text, spans)
        if not flagged:
            return composition
        excluded |= flagged
    return composition


def _flagged(text: str, spans: Sequence[tuple[int, int, str]]) -> set[str]:
    """The (normalised) units of ``text`` that the guard flags."""
    from assistant.guard import check

    verdict = check(text)
    out: set[str] = set()
    for finding in verdict.findings:
        first, last = finding.span
        out.update(key for start, end, key in spans if start < last and first < end)
    return out


def _compose_once(
    question: str, passages: Sequence[Passage], excluded: set[str], also: Mapping[str, float]
) -> tuple[Composition, list[tuple[int, int, str]]]:
    units, lists = _read(passages)
    where = bool(_ASKS_WHERE.search(question))
    units = [
        u
        for u in units
        if not _boilerplate(u.text)
        and (where or not _SENDS_ELSEWHERE.search(u.text))
        and not _self_description(u.text, passages[u.rank].publisher)
        and _normal(u.text) not in excluded
    ]
    for candidate in lists:
        candidate.items = [u for u in candidate.items if u in units]
        if candidate.setup is not None and candidate.setup not in units:
            candidate.setup = None
    if not units:
        return Composition("", ()), []
    _merge_repeats(units)
    wanted = weighted_terms(question)
    for term, weight in also.items():
        wanted[term] = max(wanted.get(term, 0.0), weight)
    defined = _defined_terms(question)
    when = _asks_when(question)
    for unit in units:
        unit.score = _score(unit, wanted, passages)
        if defined and unit.kind == "sentence":
            unit.score += DEFINITION_BONUS * _defines(unit.text, defined)
        if when and unit.kind in ("sentence", "item") and _CONDITION.match(unit.text):
            unit.score += WHEN_BONUS
    sentences = [u for u in units if u.kind == "sentence" and u.ranks]
    # Sentences that lean on the one before them are used only when there is nothing else.
    sentences = [u for u in sentences if not _leans(u.text)] or sentences
    # A sentence that asks a question of its own ("If meeting face-to-face, can your mentee also
    # call and email between meetings?") prompts the reader and answers nothing, unless questions
    # are what is asked for ("Which questions should I ask my mentee?").
    action = bool(_ASKS_ACTION.search(question))
    if action:
        # What something is answers no question asking what to do.
        sentences = [u for u in sentences if not _DESCRIBES.match(u.text)] or sentences
    prompts = bool(_ASKS_FOR_QUESTIONS.search(question))
    if not prompts:
        sentences = [u for u in sentences if not _asks_back(u.text)] or sentences
    # What is not so is said after what is, not first.
    leading = [u for u in sentences if not _DENIES.search(u.text)] or sentences
    best_list, list_score = _best_list(question, lists, units, wanted, passages)
    if when and best_list is not None and not _says_when(best_list):
        # A list that says nothing of when gives way to a line that does, an item said under
        # its heading too ("Step 2 - Redefine goals ...: If new or different goals have emerged
        # ...").
        said = _when_lines(units, lists, excluded, wanted, passages)
        if any(_CONDITION.match(u.text) for u in leading) or said:
            leading = [u for u in leading if _CONDITION.match(u.text)] + said
            best_list, list_score = None, 0.0
    best_sentence = max(leading, key=lambda u: (u.score, -u.rank, -u.position), default=None)

    order: list[int] = []

    def cite(unit: Unit) -> str:
        for rank in unit.ranks:
            if rank not in order:
                order.append(rank)
        return f"{unit.text} " + "".join(f"[{order.index(rank) + 1}]" for rank in unit.ranks)

    sentence_score = best_sentence.score if best_sentence else 0.0
    use_list = best_list is not None and list_score >= LIST_MARGIN * sentence_score
    opening: list[Unit] = []
    if (
        best_sentence is not None
        and (not use_list or best_sentence.score >= LEAD_SHARE * list_score)
        and not (use_list and _introduces(best_sentence, best_list))
        and not (use_list and not _specific(best_sentence, wanted, defined))
    ):
        opening.append(best_sentence)
    items: list[Unit] = []
    if use_list and best_list is not None:
        # An item pointing elsewhere on its page ("Clarify roles - Use the roles listed above
        # ...") has nothing above or below it in an answer: the list is said without it.
        said = [u for u in best_list.items if u.ranks]
        items = ([u for u in said if not _ELSEWHERE.search(u.text)] or said)[:MAX_ITEMS]
    else:
        opening += _supporting(sentences, opening, sentence_score)
    chosen = [*opening, *items]
    # A well-ranked passage that nothing above quotes still has its best sentence said (or, for a
    # passage that is only a list, its best item under the list's heading).
    closing = _uncited_best(
        units,
        chosen,
        passages,
        sentence_score,
        lists,
        excluded,
        wanted,
        prompts=prompts,
        action=action,
        quotes=bool(_ASKS_WHY.search(question)),
        topical=bool(also),
    )
    if not use_list:
        # Another passage's best sentence comes before a second or third sentence of a passage
        # already quoted: an answer cites what search found, not one passage three times.
        words = len(opening[0].text.split()) if opening else 0
        closing = [u for u in closing if (words := words + _words([u])) <= MAX_WORDS]
        support = [u for u in opening[1:] if (words := words + len(u.text.split())) <= MAX_WORDS]
        rest = (closing + support)[: max(0, MAX_SENTENCES + 1 - len(opening[:1]))]
        opening = [*opening[:1], *sorted(rest, key=_place)]
        closing = []
    else:
        # The line each other top passage has to say comes before a list's later items: a list
        # runs to fewer items rather than leave out a passage search ranked among the best.
        # Those lines are kept whatever the list's length: one line for each passage.
        fixed = _words([*opening, *closing])
        if best_list is not None and best_list.setup is not None:
            fixed += _words([best_list.setup])
        while len(items) > MIN_ITEMS and fixed + _words(items) > MAX_WORDS:
            items.pop()
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []

    def write(text: str, unit: Unit | None = None) -> None:
        start = sum(len(part) for part in parts)
        parts.append(text)
        if unit is not None:
            spans.append((start, start + len(text), _normal(unit.text)))

    def paragraph(members: Sequence[Unit]) -> None:
        after_list = False
        for index, unit in enumerate(members):
            if unit.listed:
                # An item that needs its heading is said under it, in a short list of its own.
                write("\n\n" if index else "")
                marks = cite(unit)[len(unit.text) :]
                block = unit.lead + "".join(f"\n- {item}{marks}" for item in unit.listed)
                write(block, unit)
                after_list = True
                continue
            write("\n\n" if after_list else " " if index else "")
            write(cite(unit), unit)
            after_list = False

    blocks = 0
    if opening:
        paragraph(opening)
        blocks += 1
    if items and best_list is not None:
        write("\n\n" if blocks else "")
        if best_list.setup is not None and best_list.setup.ranks:
            write(cite(best_list.setup), best_list.setup)
            write(" ")
        write(_lead_line(best_list, passages))
        for unit in items:
            write("\n- ")
            write(cite(unit), unit)
        blocks += 1
    if closing:
        write("\n\n" if blocks else "")
        paragraph(closing)
    return Composition("".join(parts), tuple(order)), spans


# A question asking when ("When should I revise my goals?") is answered by a line that says when
# or on what condition ("If new or different goals have emerged ...:", "Within the first 90 days,
# ...", "As long as a mentoring relationship is mutually beneficial, ..."), whatever words the
# other lines share with it.
WHEN_BONUS = 0.3
_ASKS_WHEN = re.compile(
    r"^\s*(?:and\s+)?when\s+(?:should|do|does|is|are|can|will|would|must)\b", re.IGNORECASE
)
_CONDITION = re.compile(
    r"^(?:if|when|whenever|once|after|before|until|within|during|as long as|as soon as|each time|"
    r"every time|at the (?:start|end|beginning)|by the end)\b",
    re.IGNORECASE,
)


# A question asking what someone can or should do ("What can a mentor do when a mentee doesn't
# say much?", "What should I do if ...?", "How can I ...?") is answered by a line saying what to
# do, not by one saying what something is: "A mentor-mentee relationship is a professional and
# interpersonal relationship ...", "A mentor should be an expert with hands-on experience ..."
# classify their subject ("The role of a mentor is to actively listen ..." says what to do).
_ASKS_ACTION = re.compile(
    r"\bwhat\s+(?:can|should|could|must|do|does|would|might)\b[^?]*\bdo\b"
    r"|\bwhat\s+to\s+do\b"
    r"|\bhow\s+(?:can|should|could|do|would|might)\s+(?:i|we|you|one)\b",
    re.IGNORECASE,
)
_DESCRIBES = re.compile(
    # a subject of up to eight words (not "It is ...", "There are ...", "Every X is ...") ...
    r"^(?!(?:it|there|this|that|here|every|each|all|any|many|most|some)\b)(?:[\w’'/-]+\s+){1,8}?"
    # ... that is or should be a something
    r"(?:is|are|(?:should|must|can|would|will)\s+be)\s+(?:(?:also|often|usually|more\s+of)\s+)?"
    r"(?:an?|someone|somebody)\b",
    re.IGNORECASE,
)


def _asks_when(question: str) -> bool:
    return bool(_ASKS_WHEN.match(question))


def _says_when(candidate: _List) -> bool:
    """Whether a list's lead-in or one of its items says when or on what condition."""
    return bool(_CONDITION.match(candidate.lead)) or any(
        _CONDITION.match(u.text) for u in candidate.items
    )


def _when_lines(
    units: Sequence[Unit],
    lists: Sequence[_List],
    excluded: set[str],
    wanted: Mapping[str, float],
    passages: Sequence[Passage],
) -> list[Unit]:
    """The list items that say when or on what condition, each as a line under its list's lead
    line (:func:`_item_lines`)."""
    saying = {(u.rank, u.position) for u in units if u.kind == "item" and _CONDITION.match(u.text)}
    return [
        line
        for rank in range(len(passages))
        for line in _item_lines(rank, units, lists, excluded, wanted, passages, conditions=True)
        if (line.rank, line.position) in saying
    ]


def _specific(unit: Unit, wanted: dict[str, float], defined: set[str]) -> bool:
    """Whether a sentence shares with the question a word beyond what every question about
    mentoring says ("mentor", "relationship", "meeting"), or defines what it asks about: "The
    first mentoring meeting is critical." does not lead the list answering "Why is mentoring
    important?", "A mentor is more of a guide than a coach..." leads "What is mentoring?"."""
    if defined and _defines(unit.text, defined):
        return True
    return _shares_specific(unit.text, wanted)


def _shares_specific(text: str, wanted: Mapping[str, float]) -> bool:
    """Whether a line shares with the question (or the topic wording it was searched with) a
    word beyond the generic mentoring ones."""
    from assistant.retrieval.decline import model

    generic = model().generic
    return any(term in wanted and term not in generic for term in terms(text))


def _other_topic(text: str, wanted: Mapping[str, float]) -> bool:
    """Whether a line shares no word beyond the generic ones with the question or the wording of
    the topic it was placed under (:mod:`assistant.retrieval.rewrite`), and names another topic of
    the guidance by a word of that topic's wording alone: "Tips for ending a mentoring
    relationship: Share thoughts about the mentoring process." said to a question about cancelled
    meetings, placed under obstacles."""
    if _shares_specific(text, wanted):
        return False
    return bool(_topic_naming_terms() & set(terms(text)))


@lru_cache(maxsize=1)
def _topic_naming_terms() -> frozenset[str]:
    """The terms that name one topic of the guidance: a word of one topic's wording only
    ("ending"); one that several topics' wordings share ("role", "responsibilities") names none
    of them, and nor does a generic mentoring word."""
    from assistant.retrieval.decline import model
    from assistant.retrieval.rewrite import topics

    counts = Counter(term for wording in topics().values() for term in set(terms(wording)))
    return frozenset({term for term, count in counts.items() if count == 1} - model().generic)


def _leans(text: str) -> bool:
    """Whether a sentence cannot stand alone: it leans on the one before it ("This means...") or
    points to another part of its page ("the roles listed above")."""
    return _needs_more(text, condition=False)


def _needs_more(text: str, *, condition: bool) -> bool:
    """Whether a list item cannot be said under its lead line alone (:func:`_leans`). With
    ``condition`` (the item is said as the condition a when-question asks for), a mention of the
    earlier step it follows does not keep it out: "If new or different goals have emerged as a
    result of the discussion in step 1" still says when."""
    return (
        _anaphoric(text)
        or bool(_ELSEWHERE.search(text))
        or (not condition and bool(_EARLIER_STEP.search(text)))
    )


def _asks_back(text: str) -> bool:
    """Whether a sentence is itself a question ("If so, what is a realistic expectation...?")."""
    return text.rstrip('"”’) ').endswith("?")


def _words(units: Sequence[Unit]) -> int:
    return sum(len(_as_line(u).split()) for u in units)


def _as_line(unit: Unit) -> str:
    """What a line says for comparing and counting: an item said apart from its list counts as it
    was chosen, its lead and the one item (the rest of a short list does not push another
    passage's line out)."""
    return _with_lead(unit)


def _place(unit: Unit) -> tuple[int, int]:
    return (unit.rank, unit.position)


def _supporting(sentences: Sequence[Unit], opening: Sequence[Unit], top: float) -> list[Unit]:
    """Up to two more sentences that answer nearly as well and add something new."""
    best = opening[0] if opening else None
    extra: list[Unit] = []
    words = _words(opening)
    for unit in sorted(sentences, key=lambda u: (-u.score, u.rank, u.position)):
        if unit in opening:
            continue
        if len(extra) + 1 >= MAX_SENTENCES or unit.score < SUPPORT_SHARE * top:
            break
        size = len(unit.text.split())
        if words + size > MAX_WORDS or _similar(unit, best, extra):
            continue
        extra.append(unit)
        words += size
    return extra


def _uncited_best(
    units: Sequence[Unit],
    chosen: Sequence[Unit],
    passages: Sequence[Passage],
    top: float,
    lists: Sequence[_List] = (),
    excluded: set[str] | frozenset[str] = frozenset(),
    wanted: Mapping[str, float] | None = None,
    *,
    prompts: bool = True,
    action: bool = False,
    quotes: bool = False,
    topical: bool = False,
) -> list[Unit]:
    """The best line of each of the first passages that ``chosen`` does not quote (a question
    the passage asks is not one, unless ``prompts``: questions are what is asked for). With
    ``action`` (the question asks what to do), a line saying what something is comes last; a
    respondent's quoted words are a line only with ``quotes`` (:func:`_item_lines`).

    A line is a sentence, or a list's item said after the line that introduces its list
    ("Signs a mentoring relationship should end: The mentee is no longer making progress."),
    whichever answers better; a passage that is only a list has only such lines.
    """
    cited = {rank for unit in chosen for rank in unit.ranks}
    out: list[Unit] = []
    for rank in range(min(len(passages), CITE_AT_LEAST)):
        if rank in cited:
            continue
        own = [
            u
            for u in units
            if u.ranks
            and u.ranks[0] == rank
            and u.kind == "sentence"
            and u not in chosen
            and not _leans(u.text)
            and (prompts or not _asks_back(u.text))
        ]
        # A passage of prose and a list says its best line, a sentence or an item under the
        # line that introduces its list ("Check any or all of the factors ...: Lack of trust.").
        # The best that says something new: a line repeating what is already said gives way to
        # the passage's next best.
        said = _item_lines(rank, units, lists, excluded, wanted or {}, passages, quotes=quotes)
        # One item said alone under its list's lead line is a fragment of another topic when
        # ``topical`` (the question was placed under a topic) and the line names another topic
        # and shares no word of the question or its topic beyond the generic ones
        # (:func:`_other_topic`).
        if topical:
            said = [line for line in said if not _other_topic(_with_lead(line), wanted or {})]
        lines = [*own, *said]
        # Asked what to do, a line saying what something is comes only when the passage has
        # nothing else close enough to say.
        ordered = sorted(
            lines, key=lambda u: (action and bool(_DESCRIBES.match(u.text)), -u.score, u.position)
        )
        for line in ordered:
            if line.score < ALSO_SHARE * top:
                continue
            if not _similar(line, None, [*chosen, *out]):
                said = _said_apart(line)
                if said is None or _normal(said.text) in excluded:
                    continue
                out.append(_without_repeats(said, [*chosen, *out]))
                break
    return out


# A question asking why ("Why do I need a mentor?") or what one gains ("But what do mentors
# gain?") is answered by reasons, and by what people say they got out of it too.
_ASKS_WHY = re.compile(
    r"^\s*(?:(?:but|so|and)\s+)?why\b|\bwhat\b[^?]*\b(?:gain|get out of|benefits?)\b",
    re.IGNORECASE,
)
# An item that is wholly someone's words in quotation marks: a respondent's answer under "Here are
# some of their responses:", or a phrase to avoid ("“I know best”"). Said alone under its
# lead-in, it reports what one person said, not what the guidance advises.
_QUOTATION = re.compile(r"^(?:[\"“][^\"“”]+[\"”][.!?]?\s*(?:/|,|or\b)?\s*)+$")


# A lead-in that tells the reader to fill in a form ("Check any or all of the factors that are
# creating tension ...:", "Tick the statements that apply:") introduces boxes to tick, not advice:
# said in an answer, it asks the reader to tick them. Its list is said under its section's heading.
_WORKSHEET = re.compile(
    r"^(?:please\s+)?(?:check|tick|circle|mark|select|highlight|underline)\s+"
    r"(?:any|all|each|every|one or more|those|the (?:boxes?|ones?|items?|statements?)\b)"
    r"|\b(?:that|which) appl(?:y|ies)(?: to (?:you|your \w+))?\s*[:.]?$",
    re.IGNORECASE,
)


def _item_lines(
    rank: int,
    units: Sequence[Unit],
    lists: Sequence[_List],
    excluded: set[str] | frozenset[str],
    wanted: Mapping[str, float],
    passages: Sequence[Passage],
    *,
    quotes: bool = False,
    conditions: bool = False,
) -> list[Unit]:
    """The items of a passage's lists, each as one line after its list's lead line.

    With ``conditions`` (lines saying when are sought), an item saying on what condition is said
    though it names the earlier step it follows (:func:`_needs_more`).

    An item that is only a quotation is left out unless ``quotes``: the question asks why, and
    what people say they got out of something is a reason.

    An item is said with that line, so it scores with it, as a list does (:func:`_best_list`):
    the first of "Initial meeting conversation starters" answers "How do you start the
    conversation?" though no item shares a word with it.
    """
    out: list[Unit] = []
    for candidate in lists:
        lead = 0.5 * _lead_overlap(candidate, wanted, passages)
        usable = [
            item
            for item in candidate.items
            if item.ranks
            and item.ranks[0] == rank
            and item in units
            and not _needs_more(
                item.text, condition=conditions and bool(_CONDITION.match(item.text))
            )
            # someone's words, said only with the rest of their list
            and (quotes or not _QUOTATION.match(item.text))
        ]
        for item in usable:
            line = _lead_line(candidate, passages)
            if candidate.setup is not None and candidate.setup.ranks:
                # "We asked ... Here are some of their responses:" and then the item
                line = f"{candidate.setup.text} {line}"
            unit = Unit(
                f"{line} {item.text}",
                rank,
                item.position,
                "sentence",
                ranks=list(item.ranks),
                score=item.score + lead,
            )
            if not conditions:
                unit.apart = _Apart(item, line, tuple(usable), candidate)
            if _normal(unit.text) not in excluded:
                out.append(unit)
    return out


def _without_repeats(unit: Unit, said: Sequence[Unit]) -> Unit:
    """A short list without the items that repeat a line already said (the item it was said
    for stays)."""
    if not unit.listed:
        return unit
    kept = tuple(
        text
        for text in unit.listed
        if text == unit.item or not _similar(Unit(text, unit.rank, 0, "item"), None, said)
    )
    unit.listed = kept
    unit.text = " ".join([unit.lead, *kept])
    return unit


def _with_lead(unit: Unit) -> str:
    """A line with the lead it was listed under (what an item said alone is about); a short list
    as its lead and the item it was said for."""
    if unit.listed:
        return f"{unit.lead} {unit.item}"
    return f"{unit.lead} {unit.text}" if unit.lead else unit.text


def _said_apart(unit: Unit) -> Unit | None:
    """One item of a list said without the rest of it: alone when it tells the reader what to do
    and so reads alone as advice ("Agree on whether the relationship is ending."), never glued to
    its heading as a fragment ("Tips for ending a mentoring relationship: Agree on ..."). An item
    that needs its heading or lead-in ("Unable to make mentoring a priority." under obstacles, a
    sign under "Signs ... should end", one of "these questions") is said under it with enough of
    its list to read as one: up to :data:`MIN_ITEMS` items, the best first chosen and said in
    their order; a list with no other item to say is not said."""
    from assistant.understanding.syntax import gives_an_order

    if unit.apart is None:
        return unit
    item, line, usable, candidate = (
        unit.apart.item,
        unit.apart.line,
        unit.apart.usable,
        unit.apart.candidate,
    )
    if gives_an_order(item.text) and not (candidate.setup is not None and candidate.setup.ranks):
        unit.lead, unit.text = line, item.text
        return unit
    if len(usable) < 2:
        return None
    best = sorted(usable, key=lambda u: (u is not item, -u.score, u.position))[:MIN_ITEMS]
    listed = tuple(u.text for u in sorted(best, key=lambda u: u.position))
    unit.lead, unit.listed, unit.item = line, listed, item.text
    unit.text = " ".join([line, *listed])
    return unit


# --------------------------------------------------------------------------- reading passages


def _read(passages: Sequence[Passage]) -> tuple[list[Unit], list[_List]]:
    units: list[Unit] = []
    lists: list[_List] = []
    for rank, passage in enumerate(passages):
        if boilerplate_section(passage.section):
            continue
        heading = passage.section.split(" > ")[-1].strip()
        lead = ""  # the sentence that introduces the list that follows
        continuation = ""  # "Mentoring is…" before "- ...confidential."
        current: _List | None = None
        previous: Unit | None = None  # the prose sentence just read
        setup: Unit | None = None  # the sentence the pending lead-in leans on
        position = 0
        nested: dict[int, tuple[Unit, list[str]]] = {}  # an item's own nested items
        for raw in passage.text.splitlines():
            if not raw.strip() or _PSEUDO_HEADING.fullmatch(raw.strip()):
                continue
            if raw.lstrip().startswith(">"):  # an epigraph or pull quote, not an answer
                current = None
                continue
            item = _ITEM.match(raw)
            line = _ITEM.sub("", raw).strip().replace("**", "").replace("__", "")
            if item:
                if item.group(1):  # a nested item says more of the item above it
                    if current is not None and current.items and _clean(line):
                        said = current.items[-1]
                        nested.setdefault(id(said), (said, []))[1].append(_clean(line))
                    continue
                if line.startswith(("...", "…")):
                    line = _continue(continuation, line)
                text = _item_text(line)
                if not text:
                    continue
                if current is None:
                    own_lead = bool(lead) and not continuation
                    current = _List(
                        lead=lead if own_lead else heading,
                        rank=rank,
                        position=position,
                        items=[],
                        lead_is_heading=not own_lead,
                        setup=setup if own_lead else None,
                    )
                    if current.setup is not None:
                        current.setup.kind = "setup"
                    lists.append(current)
                previous = setup = None
                unit = Unit(text, rank, position, "item", list_id=len(lists) - 1, ranks=[rank])
                current.items.append(unit)
                units.append(unit)
                position += 1
                if len(line.split()) > ITEM_WORDS:
                    # A long item's later sentences can answer on their own.
                    for piece in _SENTENCE_END.split(line)[1:]:
                        piece = _clean(piece)
                        if len(piece.split()) >= 4:
                            units.append(
                                Unit(_finish(piece), rank, position, "sentence", ranks=[rank])
                            )
                            position += 1
                continue
            current = None
            lead = ""
            setup = None
            continuation = line.rstrip(".…").strip() if line.endswith(("...", "…")) else ""
            pieces = [p.strip() for p in _SENTENCE_END.split(line) if p.strip()]
            for index, piece in enumerate(pieces):
                piece = _clean(piece)
                if not piece:
                    continue
                last = index == len(pieces) - 1
                if last and _LEAD_IN.search(piece):
                    lead = piece
                    setup = previous if _LEANS_BACK.match(piece) else None
                    continue
                if len(piece.split()) < 4:
                    continue
                previous = Unit(_finish(piece), rank, position, "sentence", ranks=[rank])
                units.append(previous)
                position += 1
        for said, parts in nested.values():
            said.text = _with_nested(said.text, parts)
        _lone_items_as_prose(units, lists, rank, nested)
    return units, lists


def _lone_items_as_prose(
    units: Sequence[Unit], lists: Sequence[_List], rank: int, nested: Mapping[int, object]
) -> None:
    """A list of one item under its heading is prose: the item is a sentence of its passage.

    "Step 3 - Design a plan to overcome the obstacles impacting your relationship" holds one
    bullet, "Arrange a meeting with your partner ... to discuss the obstacle ... Put an action
    plan together to overcome the obstacle". Read as a list, it could never lead an answer (a list
    needs two items) and was said only after another passage's sentence, under its heading.
    """
    for candidate in lists:
        if candidate.rank != rank or not candidate.lead_is_heading or len(candidate.items) != 1:
            continue
        item = candidate.items[0]
        if id(item) in nested or item not in units:
            continue
        # Said whole ("Arrange a meeting ... Put an action plan together to overcome the
        # obstacle ..."): its second sentence alone would lean on the first. A long item's
        # later sentences are read as sentences of their own already.
        item.kind = "sentence"
        item.list_id = -1
        candidate.items = []


def _with_nested(text: str, parts: Sequence[str]) -> str:
    """An item said with its nested items, which are often what it asks for: "Establish a
    meeting schedule: Where? When? How long? Frequency?". A nested list too long to say in one
    line is left out, as before."""
    if len(parts) > NESTED_ITEMS or sum(len(p.split()) for p in parts) > ITEM_WORDS:
        return text
    if all(p[-1:] in '.!?"”’)' for p in parts):
        tail = " ".join(parts)
    else:
        tail = _finish(", ".join(p.rstrip(" .,;") for p in parts))
    return f"{text.rstrip(' .:;?')}: {tail}"


def _continue(lead: str, line: str) -> str:
    """ "Mentoring is…" + "...confidential. More." -> "Mentoring is confidential. More."; with
    the lead-in out of sight (in another chunk), the dangling fragment is dropped."""
    rest = line.lstrip(".…").strip()
    if lead:
        return f"{lead} {rest}"
    pieces = _SENTENCE_END.split(rest, maxsplit=1)
    if len(pieces) == 2 and len(pieces[0].split()) < 4:
        return pieces[1]
    return rest


def _item_text(line: str) -> str:
    """A list item as a readable line: the whole item if short, else its first sentence."""
    line = _clean(line)
    if not line or len(line.split()) < 2:
        return ""
    if len(line.split()) > ITEM_WORDS:
        line = _SENTENCE_END.split(line)[0]
    return _finish(line)


def _clean(text: str) -> str:
    text = _POINTER.sub("", text.strip().lstrip(".…").strip())
    text = _CONTRAST.sub("", text)
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "").strip()
    return text[:1].upper() + text[1:] if text else ""


def _finish(text: str) -> str:
    text = text.rstrip(" ,;:")
    return text if text[-1:] in '.!?"”’)' else f"{text}."


def _boilerplate(text: str) -> bool:
    return bool(_BOILERPLATE.search(text))


def _self_description(text: str, publisher: str) -> bool:
    """Whether the sentence is the publisher speaking of itself, not guidance.

    "At MentorCruise, we're obsessed with great mentor-mentee relationships." names the page's
    publisher; "In this article, we share practical insights from our community..." speaks of
    the page itself. Neither tells a mentor or mentee anything. The publisher's name is read
    without its parenthesised short form: "Print a hard copy of the Mentoring Action Plan (from
    TMC)." is an instruction.
    """
    if _SELF_REFERENCE.search(text):
        return True
    name = re.sub(r"\s*\(.*?\)", "", publisher).strip()
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) is not None


def _normal(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _merge_repeats(units: list[Unit]) -> None:
    """A sentence several passages share keeps the first copy, citing every passage.

    A near-repeat counts too: "Determine how many hours, days or weeks it will take to complete
    each activity." under "Step 3 - Create a Timeline" says nothing that "With your Mentoring
    Agreement in hand, also determine how many hours, days, or weeks it will take to complete each
    activity." in another passage does not, so it is said once, citing both.
    """
    first: dict[str, Unit] = {}
    kept: list[tuple[Unit, set[str]]] = []
    for unit in units:
        key = _normal(unit.text)
        words = set(terms(unit.text))
        keeper = first.get(key)
        if keeper is None or keeper is unit:
            keeper = next((k for k, theirs in kept if _repeats(words, theirs, unit, k)), None)
        if keeper is not None and keeper is not unit:
            for rank in unit.ranks:
                if rank not in keeper.ranks:
                    keeper.ranks.append(rank)
            unit.ranks = []  # said once, by the keeper
        else:
            first[key] = unit
            kept.append((unit, words))


def _repeats(words: set[str], theirs: set[str], unit: Unit, other: Unit) -> bool:
    """Whether ``unit`` (another passage's) says again what ``other`` says, in nearly its words."""
    if other.rank == unit.rank or min(len(words), len(theirs)) < NEAR_REPEAT_TERMS:
        return False
    return len(words & theirs) / min(len(words), len(theirs)) >= NEAR_REPEAT_SHARE


# --------------------------------------------------------------------------- scoring


def _score(unit: Unit, wanted: dict[str, float], passages: Sequence[Passage]) -> float:
    words = set(terms(unit.text))
    overlap = _overlap(words, wanted) / math.sqrt(len(words) + 1)
    best = max(passages[rank].score for rank in unit.ranks) if unit.ranks else 0.0
    alone = ANAPHORA_PENALTY if unit.kind == "sentence" and _anaphoric(unit.text) else 0.0
    return overlap + best - 0.1 * unit.rank - 0.01 * unit.position - alone


_WHAT_IS = re.compile(
    r"^\s*(?:what|who)(?:'s| is| are)\s+(?:an?\s+|the\s+)?(.+?)\??$", re.IGNORECASE
)


_QUANTIFIED = re.compile(
    r"^\s*(?:every|each|all|any|some|no|many|most|few|several|both|either|neither|not all)\b",
    re.IGNORECASE,
)


def _defined_terms(question: str) -> set[str]:
    """For "What is X?", the terms of X."""
    match = _WHAT_IS.match(question)
    return set(terms(match.group(1))) if match else set()


def _defines(sentence: str, defined: set[str]) -> float:
    """How directly ``sentence`` reads as a definition of the question's subject ("X is ..."):
    1 for the subject itself, 0.5 for a longer subject that names it, else 0.

    A subject with a quantifier says something of every or some X, not what X is: "Every
    mentor-mentee relationship is different..." defines nothing.
    """
    parts = re.split(r"\b(?:is|are|means)\b(?!\s+like\b)", sentence, maxsplit=1)
    if len(parts) < 2 or _QUANTIFIED.match(parts[0]) or len(parts[0].split()) > 8:
        return 0.0
    subject = set(terms(parts[0]))
    if not defined <= subject:
        # "GROW is an acronym for ..." defines "the GROW model" by the word that names it; a
        # subject made of generic words alone ("Mentoring is ...") does not define a "mentoring
        # agreement".
        from assistant.retrieval.decline import model

        named = subject & defined
        if named and named == subject and named - model().generic:
            return 0.5
        return 0.0
    # "A mentor is ..." defines a mentor; "A mentor-mentee relationship is ..." a kind of thing
    # the question's subject is part of: half as direct.
    return 1.0 if subject == defined else 0.5


def _best_list(
    question: str,
    lists: Sequence[_List],
    units: Sequence[Unit],
    wanted: dict[str, float],
    passages: Sequence[Passage],
) -> tuple[_List | None, float]:
    """The list that answers best, if any, and its score.

    A list scores by its best items and by how well its lead-in or heading matches, with a bonus
    when the question asks for steps, tips or ways.
    """
    scored: list[tuple[float, int, _List]] = []
    listy = bool(_LIST_QUESTION.search(question))
    when = _asks_when(question)
    for index, candidate in enumerate(lists):
        items = [u for u in candidate.items if u.ranks and u in units]
        if len(items) < 2:
            continue
        candidate.items = items
        lead_overlap = _lead_overlap(candidate, wanted, passages)
        if candidate.rank > 0 and lead_overlap < LIST_LEAD_MATCH:
            continue  # a list from a lesser passage must at least be about the question
        score = _list_score(candidate) + 0.5 * lead_overlap + (0.1 if listy else -0.2)
        if when and _CONDITION.match(candidate.lead):
            score += WHEN_BONUS
        scored.append((score, -index, candidate))
    if not scored:
        return None, 0.0
    best = max(scored, key=lambda s: (s[0], s[1]))
    return best[2], best[0]


def _lead_overlap(
    candidate: _List, wanted: Mapping[str, float], passages: Sequence[Passage]
) -> float:
    """How much of the question a list's lead-in and heading path say (weighted, normalised)."""
    lead_terms = set(terms(f"{candidate.lead} {passages[candidate.rank].section}"))
    return _overlap(lead_terms, wanted) / math.sqrt(len(lead_terms) + 1)


def _overlap(words: set[str], wanted: Mapping[str, float]) -> float:
    """The question's weight of ``words``; a word every mentoring question says ("mentor",
    "relationship", "meeting") counts for :data:`GENERIC_SHARE` of its weight."""
    from assistant.retrieval.decline import model

    generic = model().generic
    return sum(
        wanted.get(word, 0.0) * (GENERIC_SHARE if word in generic else 1.0) for word in words
    )


def _list_score(candidate: _List) -> float:
    ranked = sorted((u.score for u in candidate.items if u.ranks), reverse=True)
    if not ranked:
        return 0.0
    top = ranked[:3]
    return 0.5 * ranked[0] + 0.5 * sum(top) / len(top)


# A heading's place in its page's sequence ("Step 3 - ", "Phase 2: ") means nothing to a reader
# who sees only the answer; the heading is said without it ("Create a Mentoring Agreement:").
_STEP_LABEL = re.compile(
    r"^(?:step|phase|stage|part|module|session)\s+\d+\s*[-–—:.)]\s*",
    re.IGNORECASE,
)


def _lead_line(candidate: _List, passages: Sequence[Passage] = ()) -> str:
    """The line that introduces a list: its own lead-in, or the heading it sits under (without
    its step label); a lead-in telling the reader to tick boxes gives way to that heading."""
    lead = candidate.lead.strip()
    if not candidate.lead_is_heading and _WORKSHEET.search(lead) and candidate.rank < len(passages):
        heading = passages[candidate.rank].section.split(" > ")[-1].strip()
        if heading:
            return _lead_line(_List(heading, candidate.rank, candidate.position, [], True))
    if candidate.lead_is_heading:
        lead = _STEP_LABEL.sub("", lead).strip() or lead
    if candidate.lead_is_heading and lead.endswith("?"):
        return f"From “{lead}”:"
    return lead if lead.endswith(":") else f"{lead.rstrip('.…')}:"


def _introduces(sentence: Unit, candidate: _List | None) -> bool:
    return (
        candidate is not None
        and not candidate.lead_is_heading
        and _normal(sentence.text) == _normal(candidate.lead)
    )


def _similar(unit: Unit, best: Unit | None, chosen: Sequence[Unit]) -> bool:
    """Near-repeats (most words shared) add nothing to an answer.

    Words every sentence about mentoring says ("mentor", "mentee", "relationship") are left out
    of the count when each side has words of its own: "Both the mentee and the mentor can learn
    and grow from this relationship." is no repeat of a quoted mentee's view of what mentoring
    gave them, though every word of the first is in the second.
    """
    from assistant.retrieval.decline import model

    generic = model().generic
    words = _content(_as_line(unit), generic)
    for other in [best, *chosen]:
        if other is None:
            continue
        theirs = _content(_as_line(other), generic)
        if words and theirs and len(words & theirs) / min(len(words), len(theirs)) >= 0.8:
            return True
    return False


def _content(text: str, generic: frozenset[str]) -> set[str]:
    """The terms of ``text`` beyond the generic ones (all its terms when it has no others)."""
    words = set(terms(text))
    return (words - generic) or words
