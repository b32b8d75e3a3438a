"""Rewriting a flagged sentence at the clause, keeping everything else the writer said.

"Great work today, leave the awkward emails to me and let's meet on Friday." becomes "Great work
today. How would you like to handle the awkward emails? I'm glad to think it through with you.
Let's meet on Friday." The flagged clause is replaced by the coaching template of its own
finding's category (``rewrites.yaml``), filled with what the clause acted on; the clauses before
and after stay word for word, cut into sentences around the suggestion.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from assistant.datafiles import load_data
from assistant.understanding import Clause, Span, clauses, tokens
from assistant.understanding.text import SPECIAL_WORDS, verb_forms

__all__ = [
    "REWRITES_PATH",
    "carried_spans",
    "rewrite_sentence",
    "states_decision",
    "suggestion_for",
]

REWRITES_PATH = Path(__file__).with_name("rewrites.yaml")


class _Templates(BaseModel):
    model_config = ConfigDict(extra="forbid")

    person: str
    thing: str
    none: str
    # the mentee's own outcome said back as what cannot be promised ("you'll pass the exam")
    outcome: str | None = None
    # one option picked for the mentee among several ("pick the panel, the migration is a
    # waste"): the question asks which appeals and names no option as the answer
    choice: str | None = None


class _RewritesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    templates: dict[str, _Templates]
    absorb: list[str]
    verbs: list[str]
    people: list[str]
    stops: list[str]


@dataclass(frozen=True)
class _Compiled:
    templates: dict[str, _Templates]
    verb_re: re.Pattern[str]
    people: frozenset[str]
    stops: frozenset[str]
    absorb: frozenset[tuple[str, ...]]


@lru_cache(maxsize=1)
def _data() -> _Compiled:
    data = load_data(REWRITES_PATH, _RewritesFile, what="the guard's rewrites (rewrites.yaml)")
    forms = {
        " ".join((form, *verb.split()[1:]))
        for verb in data.verbs
        for form in verb_forms(verb.split()[0])
    }
    verbs = sorted(forms, key=len, reverse=True)
    verb_re = re.compile(
        r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs) + r")\b\s+",
        re.IGNORECASE,
    )
    return _Compiled(
        templates=data.templates,
        verb_re=verb_re,
        people=frozenset(p.lower() for p in data.people),
        stops=frozenset(s.lower() for s in data.stops),
        absorb=frozenset(tokens(a) for a in data.absorb),
    )


class _HasSpan(Protocol):
    @property
    def category(self) -> str: ...

    @property
    def span(self) -> tuple[int, int]: ...


_PRODUCT = re.compile(
    r"\b(?:report|deck|slides?|presentation|essay|thesis|dissertation|chapter|paper|code|tests?|"
    r"feature|application|cv|resume|letter|proposal|budget|pitch|plan|draft|homework|assignment|"
    r"portfolio|form|spreadsheet|analysis|script|article|post|statement|abstract|poster|grant|"
    r"submission|coursework|project|reply|response|emails?|messages?|docs|documentation|website|"
    r"work|tasks?|invoice|notebook|lesson|bid|contract|prototype|demo|pr)\b",
    re.IGNORECASE,
)
_WH = frozenset({"which", "what", "where", "whether", "who", "how", "when", "why", "if"})
_DETERMINERS = ("your", "the", "this", "that", "these", "those", "my", "all", "every", "any")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Words that open a noun phrase: met after the object has begun, they end it.
_OPENS_PHRASE = frozenset({"a", "an", "the", "every", "each", "any", "these", "those"})
# Nouns of set phrases that name nothing the mentee owns ("take the liberty", "take the lead").
_IDIOM_OBJECTS = frozenset({"liberty", "lead", "initiative", "opportunity", "chance", "time"})


# "going to" after a form of "be" says when, not where ("Your appeal is going to succeed"): it is
# no verb of reaching for something.
_FUTURE = re.compile(
    r"\b(?:is|are|am|was|were|be|['’]s|['’]re|['’]m)\s+going\s+to\s+$", re.IGNORECASE
)
# The mentee's own future said as what they will do ("you'll be running the whole department").
_THEY_WILL = re.compile(
    r"\b(?:you|u)(?:['’]ll|\s+will|['’]re\s+going\s+to|\s+are\s+going\s+to)\b", re.IGNORECASE
)
# The outcome promised to the mentee, said as their future ("You'll definitely pass the exam",
# "ur getting that scholarship") or as what the mentor secures ("I'll make sure you get the
# promotion"): what the promise was about, to be named when it is declined.
_SURE = r"(?:definitely|certainly|surely|totally|absolutely|defo|def|easily|so|just|100%)"
_OUTCOME = re.compile(
    r"\b(?:(?:(?:you|u)(?:['’]ll|\s+will|['’]re\s+going\s+to|\s+are\s+going\s+to)|youll)"
    rf"(?:\s+{_SURE})*\s+(?P<will>\w.*)|"
    rf"(?:(?:you|u)(?:['’]re|\s+are|\s+r)|ur|youre)(?:\s+{_SURE})*\s+getting\s+(?P<getting>\w.*)|"
    r"(?:make\s+sure|make\s+certain|ensure|guarantee|promise)\s+(?:that\s+)?(?:you|u)"
    rf"(?:\s+{_SURE})*\s+(?P<secured>(?!['’]|will\b|are\b|r\b)\w.*))",
    re.IGNORECASE,
)
# Where the promised outcome ends: the clause's punctuation, or the certainty or condition after
# it ("you'll get promoted, I'm sure", "you'll get in if you stick with me").
_OUTCOME_END = re.compile(
    r"\s*[,;:—–.!?]|\s+-\s|\s+(?:i['’]m|i\s+am|i['’]ll|i\s+will|i\s+promise|trust\s+me|guaranteed|no\s+doubt|"
    r"for\s+sure|because|since|as\s+long\s+as|once|if|when|with\s+me)\b",
    re.IGNORECASE,
)


def _outcome(clause: str) -> str:
    """The promised outcome as the mentee's future ("you'll get promoted this cycle"), or ""."""
    match = _OUTCOME.search(clause)
    if match is None:
        return ""
    rest = match.group("will") or match.group("secured") or ""
    verb = "will"
    if match.group("getting"):
        rest, verb = "get " + match.group("getting"), "getting"
    end = _OUTCOME_END.search(rest)
    words = (rest[: end.start()] if end else rest).split()
    if not words or len(words) > 9 or (verb == "getting" and len(words) < 2):
        return ""
    words = ["your" if SPECIAL_WORDS.get(w.lower()) == ("your",) else w for w in words]
    return "you'll " + " ".join(words)


# "make sure" and "make certain" secure something; they make nothing.
_MAKE_SURE = re.compile(r"(?:sure|certain)\b", re.IGNORECASE)


def _reaches(clause: str, verb: re.Match[str]) -> bool:
    """Is this verb of the list one of reaching for something, not "is going to" or "make sure"?"""
    if _FUTURE.search(clause, 0, verb.end()):
        return False
    return not (verb.group().lower().startswith("ma") and _MAKE_SURE.match(clause, verb.end()))


# The mentee's own view or voice ("your instinct", "your mum's voice") is nothing to ask how best
# to suit: the question then names no object.
_VIEWS = frozenset(
    {"voice", "view", "views", "instinct", "instincts", "gut", "feeling", "feelings", "fear",
     "fears", "worry", "worries", "doubts", "reasons", "head", "heart", "talking", "opinion"}
)  # fmt: skip


# Things sent to someone: whom they go to is part of what they are ("the email to the registrar").
_ADDRESSED = frozenset(
    {"email", "emails", "message", "messages", "letter", "letters", "note", "reply", "call",
     "complaint", "request", "appeal", "invoice"}
)  # fmt: skip
# A second object taken over in the same clause ("handle the email and sort out your rota").
_AND_THEN = re.compile(r"\s+and\s+(?:then\s+|also\s+)?(?:i['’]ll\s+|i\s+will\s+)?", re.IGNORECASE)


def _object(clause: str) -> tuple[str, str]:
    """What the clause acted on, and a second thing it took over after "and" ("handle the email
    to the registrar and sort out your rota" names both)."""
    data = _data()
    kind, obj = _one_object(clause)
    for join in _AND_THEN.finditer(clause):
        verb = data.verb_re.match(clause, join.end())
        if kind == "none" or verb is None or not _reaches(clause, verb):
            continue
        more_kind, more = _one_object(clause[join.end() :])
        if more_kind == "thing" and more.lower() not in obj.lower():
            return "thing", f"{obj} and {more}"
        break
    return kind, obj


def _one_object(clause: str) -> tuple[str, str]:
    """What the clause acted on: ("person", "the director"), ("thing", "your report") or none."""
    data = _data()
    match = re.search(r"\byour\s+(?!(?:behalf|name|sake)\b)", clause, re.IGNORECASE)
    verb = next((v for v in data.verb_re.finditer(clause) if _reaches(clause, v)), None)
    start = None
    if verb is not None:
        start = verb.end()
    elif match is not None:
        start = match.start()
    if start is None:
        return "none", ""
    # the object ends at the clause's next punctuation ("the team lead, told him ..."), and a
    # verb of doing before it is not the object ("take over running the volunteer rota")
    words = _WORD.findall(re.split(r"\s*[,;:—–]\s*|\s+-\s+", clause[start:], maxsplit=1)[0])
    if len(words) > 1 and words[0].lower().endswith("ing") and words[1].lower() in _DETERMINERS:
        words = words[1:]
    phrase: list[str] = []
    limit = 4
    for word in words:
        low = word.lower()
        if low == "to" and phrase and phrase[-1].lower() in _ADDRESSED and limit == 4:
            phrase.append(word)  # "the email to the ICU coordinator": whom it goes to
            limit = len(phrase) + 4
            continue
        if SPECIAL_WORDS.get(low) == ("your",):
            word, low = "your", "your"  # "rang ur landlord" asks about "your landlord"
        if not phrase and (low in _WH or re.match(r"(?:you|i|we|they)['’]", low)):
            return "none", ""  # "decided which offer you're taking": no object to name
        if not phrase and low in ("him", "her", "them"):
            return "person", _named_before(clause, start, data.people) or low
        if not phrase and low in ("it", "this", "that", "everything", "things", "all"):
            return "none", ""
        if phrase and phrase[-1].lower() == "to" and low in _OPENS_PHRASE:
            phrase.append(word)  # "to the ...": the addressee's phrase opens here
            continue
        if phrase and (low in data.stops or low in ("me", "you", "i") or low in _OPENS_PHRASE):
            break  # "your rehab exercises every day": "every" opens the next phrase
        if not phrase and low in ("me", "you", "i", "to", "for", "with"):
            continue
        if not phrase and low in data.stops:
            return "none", ""  # "contact me from now on": no object named
        phrase.append(word)
        if len(phrase) >= limit:
            break
    while phrase and phrase[-1].lower() in ("to", *_OPENS_PHRASE):
        phrase.pop()  # "the email to you": no addressee named after all
    if not phrase:
        return "none", ""
    after = clause[start:]
    partner = re.search(r"\bwith\s+((?:the|your|my)\s+)?([A-Za-z][\w-]*)", after)
    if (
        partner
        and (partner.group(2).lower() in data.people or partner.group(2)[0].isupper())
        and partner.group(2).lower() not in ("me", "you", "i")
    ):
        who = partner.group(2)
        det = (partner.group(1) or "").strip().lower()
        det = "the" if det == "my" else det
        return "person", f"{det} {who}".strip()
    lowered = [w.lower() for w in phrase]
    head = (phrase[lowered.index("to") - 1] if "to" in lowered else phrase[-1]).lower().strip("'’")
    if head in _IDIOM_OBJECTS:
        return "none", ""  # "I have taken the liberty of ...": a set phrase, nothing of theirs
    if phrase[0].lower() == "my":
        phrase[0] = "the"
    if phrase[0].lower() not in _DETERMINERS and not phrase[0][0].isupper():
        phrase.insert(0, "the")
    text = " ".join(phrase)
    if phrase[0].lower() in _DETERMINERS:
        text = phrase[0].lower() + text[len(phrase[0]) :]
    is_person = head in data.people or (
        len(phrase) == 1 and phrase[0][0].isupper() and phrase[0].lower() not in _DETERMINERS
    )
    return ("person" if is_person else "thing"), text


def _named_before(text: str, end: int, people: frozenset[str]) -> str | None:
    """The last person named before ``end`` ("about the director, I'll deal with him")."""
    found = None
    for match in re.finditer(r"\b(the|your|my)\s+([a-z][\w-]*)", text[:end], re.IGNORECASE):
        if match.group(2).lower() in people and match.group(2).lower() not in ("him", "her"):
            det = "the" if match.group(1).lower() == "my" else match.group(1).lower()
            found = f"{det} {match.group(2)}"
    return found


# Verbs of picking one option among several: their object is the mentor's pick, not the mentee's.
_SELECTS = re.compile(
    r"\b(?:pick(?:s|ed|ing)?|choos(?:e|es|ing)|chose|go(?:es|ing)?\s+(?:with|for)|went\s+(?:with|for)|"
    r"opt(?:s|ed|ing)?\s+for|stick(?:s|ing)?\s+with|select(?:s|ed|ing)?)\b"
    r"(?!\s+(?:it|that|this|them|up|out)\b)",  # "just go for it" picks no option
    re.IGNORECASE,
)


def suggestion_for(category: str, clause: str) -> str:
    """The coaching question that replaces ``clause`` for a finding of ``category``."""
    templates = _data().templates.get(category)
    if templates is None:
        return "What would you like to do here, and how can I support you while you do it?"
    if templates.choice and _SELECTS.search(clause):
        return templates.choice  # "Which of the options appeals to you more, and why?"
    kind, obj = _object(clause)
    if category == "knowing_best" and kind == "thing" and obj.split()[-1].lower() in _VIEWS:
        kind = "none"  # "that's your mum's voice": not a thing of theirs to suit
    if category == "gatekeeping" and templates.outcome and (outcome := _outcome(clause)):
        return templates.outcome.format(object=outcome)  # "I can't promise you'll pass the exam"
    if category == "gatekeeping" and _THEY_WILL.search(clause):
        kind = "none"  # "you'll be running the department": what they do, not who decides
    if category == "enabling" and kind == "thing" and not _PRODUCT.search(obj):
        templates = _data().templates["rescuing"]  # "the negotiation" is no draft to write
    template = getattr(templates, kind)
    return template.format(object=obj) if kind != "none" else template


# Categories that are one move: the mentor doing it in the mentee's place.
_MOVE = {"rescuing": "takes_over", "enabling": "takes_over"}

_LEADING = re.compile(r"^(?:(?:and|but|so|or|then|plus|also)\b[\s,]*)+", re.IGNORECASE)
_TRAILING = re.compile(r"[\s,;:—–-]+$")


def rewrite_sentence(
    sentence: Span, findings: Sequence[_HasSpan], said: set[str] | None = None
) -> tuple[str, list[str]]:
    """The sentence with each flagged clause replaced; also each finding's suggestion, in order.

    ``sentence`` carries absolute offsets; finding spans are absolute too. ``said`` holds the
    categories whose question the message has already asked (updated here): a later clause of
    the same category whose suggestion names nothing is left out rather than asked about again
    ("You're taking the Edinburgh offer. I've thought about it and that's final." asks about
    the offer once).
    """
    said = set() if said is None else said
    parts = clauses(sentence)
    starts = [clause.start for clause in parts]
    flagged: dict[int, int] = {}  # clause index -> index of its first finding
    homes = [_clause_of(parts, starts, finding.span) for finding in findings]
    covered: list[list[int]] = []  # every clause a finding reaches into ("Don't worry, I'll...")
    for n, (finding, home) in enumerate(zip(findings, homes, strict=True)):
        reach = _clauses_within(parts, starts, finding.span) or [home]
        covered.append(reach)
        for index in reach:
            flagged.setdefault(index, n)
    suggestions = [
        suggestion_for(finding.category, " ".join(parts[i].text for i in reach))
        for finding, reach in zip(findings, covered, strict=True)
    ]
    for n in range(1, len(findings)):
        # the same move carried on in the next clause ("I'll call your manager and tell her to
        # give you more scope") is answered by the question its first clause got
        if _one_move(findings, covered, n - 1) and _names_nothing(
            findings[n].category, suggestions[n]
        ):
            suggestions[n] = suggestions[n - 1]
    for n in range(len(findings) - 2, -1, -1):
        # and the other way round: a first clause whose question names nothing, next to one of
        # the same move that names it ("I know the chair, so you'll definitely get promoted"),
        # is answered once, by the question that names it
        if (
            _one_move(findings, covered, n)
            and _names_nothing(findings[n].category, suggestions[n])
            and not _names_nothing(findings[n + 1].category, suggestions[n + 1])
        ):
            suggestions[n] = suggestions[n + 1]
    out: list[str] = []
    run: list[Clause] = []
    used: set[str] = set()

    def close_run(final: bool) -> None:
        if not run:
            return
        text = sentence.text[run[0].start - sentence.start : run[-1].end - sentence.start]
        capital = text.lstrip()[:1].isupper()  # "Also, don't stress ..." keeps its capital
        text = _LEADING.sub("", text).strip()
        if not text:
            run.clear()
            return
        if out or capital:
            text = text[0].upper() + text[1:]
        if not final or run[-1] is not parts[-1]:
            text = _TRAILING.sub("", _trailing_tone(text))
            if text and text[-1] not in ".!?…":
                text += "."
        out.append(text)
        run.clear()

    absorbed = _absorbed(parts, flagged)
    for index, clause in enumerate(parts):
        if index in absorbed:
            continue
        if index in flagged:
            close_run(final=False)
            suggestion = suggestions[flagged[index]]
            category = findings[flagged[index]].category
            if suggestion not in used and not (
                category in said and _names_nothing(category, suggestion)
            ):
                used.add(suggestion)
                out.append(suggestion)
            said.add(category)
        else:
            if (
                _remnant(parts, flagged, index)
                or _condition_of(parts, flagged, index)
                or _handed_to_flagged(parts, flagged, index)
            ):
                continue
            run.append(clause)
    close_run(final=True)
    return " ".join(part for part in out if part), suggestions


# The mentee left only the last step of the work the flagged clause took over ("..., you can
# review it after", "and you just sign it"): once that clause is a question, it points at nothing.
_RESIDUE = re.compile(
    r"^(?:and |so |then )?(?:you|u) (?:can |could |will |just |only |then )*\w+ (?:it|them)\b"
)


def _trailing_tone(text: str) -> str:
    """``text`` without the tone words that end it and lead into the flagged clause after it
    ("you think sculpture is your calling but come on, [you're a painter]")."""
    words = list(re.finditer(r"[\w'’]+", text))
    absorb = _data().absorb
    for n in range(max(0, len(words) - 3), len(words)):
        tail = tokens(text[words[n].start() :])
        if tail in absorb and n > 0 and words[n - 1].group().lower() in ("but", "and", "so"):
            return text[: words[n - 1].start()]
    return text


def _remnant(parts: list[Clause], flagged: dict[int, int], index: int) -> bool:
    """Is this clause a piece left of the flagged clause just before it: a fragment of three words
    or fewer ("Rotation order is mine first, then Dr Osei's."), or the mentee's last step on the
    work taken over ("I'll write your summary, you can review it after.")?"""
    if index == 0 or (index - 1) not in flagged:
        return False
    words = tokens(parts[index].text)
    if len(words) <= 3:
        return True
    return len(words) <= 8 and _RESIDUE.match(" ".join(words)) is not None


# Words that open a condition or time of the clause beside them ("If the clinic asks, ...").
_CONDITION = re.compile(
    r"^(?:if|when|whenever|once|as soon as|in case|unless|should they|should anyone|"
    r"the moment|the minute|"
    # a standing time the flagged clause lays down from ("From now on, please check with me")
    r"(?:from|starting|as of) (?:now|now on|today|tomorrow|here on|here|this point)|"
    r"going forward|in future|in the future|from here on in)\b",
    re.IGNORECASE,
)


def _condition_of(parts: list[Clause], flagged: dict[int, int], index: int) -> bool:
    """Is this clause only the condition or the time of a flagged clause beside it ("If the
    clinic asks, I'll vouch for you", "I'll tell them you were ill if they ask")? Kept alone it
    would dangle ("If the clinic asks."), so it goes with the clause it conditions."""
    if (index + 1) not in flagged and (index - 1) not in flagged:
        return False
    words = tokens(parts[index].text)
    if not words or len(words) > 12:
        return False
    return _CONDITION.match(_without_lead(parts[index].text)) is not None


# The mentee told to hand their material over ("Give it here", "forward the comments to me", "cc
# me into the emails"), just before the flagged clause that takes it over.
_HAND_OVER = re.compile(
    r"^(?:just |please |kindly )*(?:(?:give|hand|pass|send|bring|forward)(?: it| them| that| those|"
    r" this) (?:here|over|(?:over )?to me)|give me (?:it|them|that|those)|(?:cc|copy|loop) me "
    r"(?:into|in on|on)|(?:give|hand|pass|send|forward|email|bring) (?:the|your|ur|those|that|all)"
    r"\b.{0,60}?\b(?:to|over to) me|send me (?:the|your|ur|their|his|her)\b)",
    re.IGNORECASE,
)


def _handed_to_flagged(parts: list[Clause], flagged: dict[int, int], index: int) -> bool:
    """Is this clause the mentee told to hand over what the flagged clause after it takes ("Give
    it here, I'll knock out the last pieces")? Kept alone it would still ask for the work."""
    if (index + 1) not in flagged:
        return False
    return _HAND_OVER.match(" ".join(tokens(_without_lead(parts[index].text)))) is not None


def _without_lead(text: str) -> str:
    """``text`` without the conjunctions and tone words it opens with ("Honestly, if ...")."""
    absorb = _data().absorb
    text = _LEADING.sub("", text.strip())
    while (lead := re.match(r"([\w'’ ]{1,30}?)\s*,\s*", text)) and tokens(lead[1]) in absorb:
        text = _LEADING.sub("", text[lead.end() :])
    return text


def _one_move(findings: Sequence[_HasSpan], covered: list[list[int]], n: int) -> bool:
    """Do findings ``n`` and ``n + 1`` make the same move (rescuing and enabling both take the
    work over) in touching clauses?"""
    first, second = findings[n].category, findings[n + 1].category
    return (
        _MOVE.get(first, first) == _MOVE.get(second, second)
        and covered[n + 1][0] <= covered[n][-1] + 1
    )


def _names_nothing(category: str, suggestion: str) -> bool:
    """Is ``suggestion`` its category's question that names no object (nor any option)?"""
    templates = _data().templates.get(category)
    return templates is not None and suggestion in (templates.none, templates.choice)


def _absorbed(parts: list[Clause], flagged: dict[int, int]) -> set[int]:
    """Clauses that only carry tone ("Honestly", "Don't worry") and touch a flagged clause."""
    absorb = _data().absorb
    out: set[int] = set()
    if not flagged:
        return out
    tone = set()
    for index, clause in enumerate(parts):
        words = tokens(_LEADING.sub("", clause.text.strip()))  # "but come on" is "come on"
        # (a clause of filler words only has no words left: it is tone too)
        while len(words) > 1 and (words[0],) in absorb and words not in absorb:
            words = words[1:]  # "Right, here's the plan": a tone word before a lead-in
        if index not in flagged and (
            not words or words in absorb or all((w,) in absorb for w in words)
        ):
            tone.add(index)
    changed = True
    while changed:  # a run of tone clauses next to a flagged one goes with it
        changed = False
        for index in sorted(tone - out):
            if any(abs(index - other) <= 1 for other in (*flagged, *out)):
                out.add(index)
                changed = True
    return out


# A clause after a pick or an overruling that states the same decision as the plan ("I know
# what's best for you, so we'll go with the panel"): kept, it would contradict the question.
_DECISION_AFTER = re.compile(
    r"^(?:(?:so|then|and|which means)\b[\s,]*)*(?:(?:we|you|u)(?:['’]ll|\s+will|['’]re\s+going\s+to"
    r"|\s+are\s+going\s+to|['’]re|\s+are)?|let['’]s)\s+(?:definitely\s+|just\s+)?"
    r"(?:go(?:ing)?\s+(?:with|for)|tak(?:e|ing)|pick(?:ing)?|choos(?:e|ing)|stick(?:ing)?\s+with|"
    r"accept(?:ing)?|turn(?:ing)?\s+down|declin(?:e|ing))\b"
    # "we'll take it from there", "let's take a look": no option picked
    r"(?!\s+(?:it|that|this|a\s+look|a\s+break|stock|time|things|each)\b)",
    re.IGNORECASE,
)


def carried_spans(sentence: Span, findings: Sequence[_HasSpan]) -> list[tuple[int, int]]:
    """Each finding's span, widened over the clause after it when that clause carries the same
    move: the decision a pick or an overruling goes on to state ("..., so we'll go with the
    panel"). Kept, it would contradict the question that replaces the finding."""
    parts = clauses(sentence)
    starts = [clause.start for clause in parts]
    reached = [_clauses_within(parts, starts, f.span) for f in findings]
    taken = {index for reach in reached for index in reach}
    out = []
    for finding, reach in zip(findings, reached, strict=True):
        end = finding.span[1]
        if reach and finding.category in ("knowing_best", "dictating"):
            after = reach[-1] + 1
            if after < len(parts) and after not in taken:
                text = _without_lead(parts[after].text)
                if _DECISION_AFTER.match(text):
                    end = max(end, _content_end(parts[after]))
                    taken.add(after)
        out.append((finding.span[0], end))
    return out


def states_decision(sentence: str) -> bool:
    """Is the sentence only a decision stated as the plan ("So we'll go with the panel.")? After a
    pick or an overruling it carries the same decision into a sentence of its own."""
    text = _without_lead(sentence)
    return len(tokens(text)) <= 12 and _DECISION_AFTER.match(text) is not None


def _content_end(clause: Clause) -> int:
    """Where the clause's words end (before its closing punctuation and space)."""
    return clause.start + len(clause.text.rstrip(" \t\n.,;:!?"))


def _clauses_within(parts: list[Clause], starts: list[int], span: tuple[int, int]) -> list[int]:
    """Clauses that share at least one word's worth of characters with ``span``."""
    start, end = span
    first = max(0, bisect.bisect_right(starts, start) - 1)
    out = []
    for index in range(first, len(parts)):
        clause = parts[index]
        if clause.start >= end:
            break
        if min(end, clause.end) - max(start, clause.start) >= 3:
            out.append(index)
    return out


def _clause_of(parts: list[Clause], starts: list[int], span: tuple[int, int]) -> int:
    """The clause sharing most characters with ``span`` (a span rarely crosses more than two)."""
    start, end = span
    first = max(0, bisect.bisect_right(starts, start) - 1)
    best, overlap = first, -1
    for index in range(first, len(parts)):
        clause = parts[index]
        if clause.start >= end:
            break
        shared = min(end, clause.end) - max(start, clause.start)
        if shared > overlap:
            best, overlap = index, shared
    return best
