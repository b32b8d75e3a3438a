"""Turn free-form session notes into action items (task, owner, due date).

A line or sentence becomes an item when it is a commitment:

- a prefixed line: ``TODO``, ``Action:``, ``AI:``, ``Follow-up:``, ``Next step:``, ``[ ]``;
- a line under an action heading ("Action items", "Next steps", "To-dos for Sam");
- prose with a person and a future commitment: "Sam will…", "I'll…", "We agreed that…",
  "Priya to send…", "Mentor to…", "Let's…", "both: …", "Sam: update the CV";
- a bullet or sentence that starts with a task verb ("Update the CV by Friday").

Discussion ("We talked about…", "Discussed…", "She mentioned…"), questions, headings, the next
meeting's date, feelings and past-tense reports are not items. Owners resolve to the names given,
"I"/"me" to the author, "we"/"both"/"us" to ``both``; a task without an owner belongs to the author.
A sentence longer than ``MAX_SENTENCE_CHARS`` is not read as a task, which keeps the scan linear.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.duedates import find_due_span, resolve_due
from assistant.errors import InputFileError, UsageError
from assistant.textfiles import read_text_file

__all__ = [
    "ActionItem",
    "ActionItemList",
    "extract_action_items",
    "load_action_items",
]

Role = Literal["mentor", "mentee"]
MAX_SENTENCE_CHARS = 600


@dataclass(frozen=True)
class ActionItem:
    """One commitment: what, who (a name, ``mentor``, ``mentee`` or ``both``) and by when."""

    task: str
    owner: str
    due: date | None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "task": self.task,
            "owner": self.owner,
            "due": self.due.isoformat() if self.due else None,
        }


@dataclass(frozen=True)
class ActionItemList:
    """The result of the action-items capability, as ``{"action_items": [...]}``."""

    items: tuple[ActionItem, ...] = ()

    def to_dict(self) -> dict[str, list[dict[str, str | None]]]:
        return {"action_items": [item.to_dict() for item in self.items]}


# --------------------------------------------------------------------------- vocabulary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TASK_VERBS = _words(
    """
    add apply arrange ask attend block book bring build call check choose circulate clarify
    collect compile complete confirm connect contact create decide define draft edit email
    enrol enroll explore figure fill find finalise finalize finish fix follow forward gather
    get give identify install interview introduce invite join journal learn list log look
    map message note organise organize outline pick plan polish post practice practise
    prepare present prioritise prioritize publish put read reach record refine reflect
    register rehearse remind request research reserve respond revise revisit rewrite run
    schedule send set share shadow sign sketch speak start study submit summarise summarize
    take talk test text think track try update upload use volunteer watch write
    """
)

_NON_OWNER_WORDS = _words(
    """
    it this that there these those the a an what which who how when where why everything
    nothing something everyone someone somebody anyone nobody one here then also maybe perhaps
    if and but so next last today recap tomorrow tonight note notes topic topics agenda summary goal
    goals context feedback reflection reflections mood question questions update updates wins
    challenges discussion discussed date attendees time location session meeting follow action
    actions todo to-do done status progress outcome outcomes result results decision decisions
    plan overall highlights idea ideas thoughts lessons learning learnings observations risk
    risks blocker blockers resources resource energy confidence homework priority priorities
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december please let hopefully ideally
    """
)

_NOUN_SUFFIXES = ("ing", "tion", "ment", "ness", "ity", "ship", "ance", "ence", "ism")

_SELF = frozenset({"i", "me", "myself", "self"})
_BOTH = frozenset(
    {"we", "us", "both", "both of us", "we both", "the two of us", "together", "everyone", "all"}
)
_OTHER = frozenset({"you", "he", "she", "they", "him", "her", "them"})

_MODAL = (
    r"(?:will|shall|would|is\s+going\s+to|are\s+going\s+to|am\s+going\s+to|plans?\s+to"
    r"|intends?\s+to|promised\s+to|agreed\s+to|committed\s+to|commits?\s+to|needs?\s+to"
    r"|has\s+to|have\s+to|should|must|can|to)"
)
_ADVERB = r"(?:(?:also|then|first|now|still|definitely|both|each|all|personally|try\s+and)\s+)?"
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?"
_SUBJ = (
    r"(?:I|we|We|you|You|he|He|she|She|they|They|both(?:\s+of\s+us)?|Both(?:\s+of\s+us)?"
    r"|(?:[Tt]he|[Mm]y|[Oo]ur)\s+(?:mentor|mentee)|[Mm]entor|[Mm]entee"
    rf"|{_NAME}\s+(?:and|&)\s+(?:I|me|{_NAME})|{_NAME})"
)

_SUBJECT_MODAL = re.compile(
    rf"^(?P<subj>{_SUBJ})(?:\s+{_ADVERB}(?P<modal>{_MODAL})\b|(?P<ll>['’]ll|['’]m\s+going\s+to|['’]re\s+going\s+to|['’]d))\s+{_ADVERB}(?P<rest>.+)$"
)
_SAID = re.compile(
    rf"^(?P<subj>{_SUBJ})\s+(?:also\s+)?(?:said|offered|promised|volunteered|confirmed)"
    r"(?:\s+that)?\s+(?P<rest>.+)$"
)
_LETS = re.compile(r"^(?:let['’]s|let\s+us)\s+(?:both\s+)?(?P<rest>.+)$", re.IGNORECASE)
_AGREED = re.compile(
    r"^(?:(?:we|both\s+of\s+us|it\s+was|we\s+both|together\s+we)\s+)?(?:agreed|decided)"
    r"(?:\s+on)?(?:\s+that|\s*:)?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_PREFIX = re.compile(
    r"^(?:\[\s\]\s*|(?:todo|to-do|action(?:\s+items?)?|ai|follow[-\s]?ups?|next\s+steps?|task)"
    r"\b\s*[:\-–—.]?\s*)",
    re.IGNORECASE,
)
_DONE = re.compile(r"^\[[xX✓]\]|~~|\((?:done|completed)\)|✅|✔|☑", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-*•·+▪◦‣]|\d{1,3}[.)]|[a-zA-Z][.)](?=\s))\s*")
_HEADING_MD = re.compile(r"^#{1,6}\s*(?P<h>.*?)\s*#*$")
_HEADING_BOLD = re.compile(r"^(?:\*\*|__)(?P<h>[^*_]{1,80})(?:\*\*|__)\s*:?$")
_HEADING_COLON = re.compile(r"^(?P<h>[A-Za-z][\w '’/&()-]{0,50}):$")
_RULE = re.compile(r"^[-=_*\s]{3,}$")
_ACTION_HEADING = re.compile(
    r"\b(?:actions?|action\s+items?|to-?dos?|todo|next\s+steps?|follow[-\s]?ups?|tasks?"
    r"|homework|commitments?|agreed|assignments?|deliverables?|plans?)\b",
    re.IGNORECASE,
)
_HEADING_OWNER = re.compile(
    r"(?:\bfor\s+(?P<for>[\w'’ ]{1,30})$|^(?P<poss>[\w'’ ]{1,30}?)['’]s?\s|^(?P<my>my|our)\s"
    r"|^(?P<bare>[\w'’ ]{1,30}?)\s*[-–—(]|^(?P<role>mentor|mentee|both)\b)",
    re.IGNORECASE,
)
_DISCUSSION = re.compile(
    r"^(?:we\s+|i\s+|they\s+|[A-Z]\w*\s+)?(?:also\s+)?(?:talked|discussed|spoke|chatted|covered|"
    r"mentioned|reviewed|went\s+over|shared|explained|described|noted|reflected|spent|explored|"
    r"looked\s+at|brainstormed|debated|walked\s+through|touched\s+on|feels?|felt|seemed|"
    r"said\s+(?:that\s+)?(?:she|he|they|it)\s+(?:was|is|felt))\b"
    r"|^(?:discussion|topic|topics|context|background|note|notes|overall|highlights?|mood"
    r"|agenda|summary|feedback|observations?|wins?|challenges?|reflections?|feelings?|recap)\b",
    re.IGNORECASE,
)
_NEXT_MEETING = re.compile(
    r"^(?:our\s+|the\s+)?next\s+(?:meeting|mtg|session|check[-\s]?in|call|catch[-\s]?up|sync|1[:-]1)"
    r"|^(?:(?:we|we['’]ll|we\s+will|let['’]s|both\s+of\s+us)\s+)?(?:will\s+)?"
    r"(?:meet|reconvene|catch\s+up|reconnect|touch\s+base)\s+(?:again|next|on|in|at|the)\b"
    r"|^(?:see\s+you|meeting\s+again|follow[-\s]?up\s+(?:meeting|session)\s+(?:on|is|at))\b",
    re.IGNORECASE,
)
_MEETING_TASK = re.compile(
    r"^(?:meet\b(?!\s+(?:with|up\s+with)\b)|(?:reconvene|catch\s+up|reconnect|touch\s+base|talk"
    r"|get\s+together|see\s+each\s+other)(?:\s+again|\s+next|\s+on\b|\s+in\s+(?:two|2|a)\b|\s*$))",
    re.IGNORECASE,
)
_NOT_TASK_START = re.compile(
    r"^(?:be|feel|not|never|probably|likely|maybe|love|enjoy|hate|like|want|wish|hope|"
    r"have\s+been|be\s+able|see\s+how)\b",
    re.IGNORECASE,
)
_PAST_START = re.compile(
    r"^(?:\w+ed|sent|wrote|met|did|made|got|gave|took|went|had|was|were|found|spoke|told|"
    r"built|bought|began|brought|already)\b",
    re.IGNORECASE,
)
_OWNER_KEY = re.compile(
    r"[\s,;(\[]*\b(?:owner|assignee|who)\s*[:=]\s*(?P<o>[\w'’ ]{1,30}?)\s*(?=[,;.)\]]|$|\s+due\b)",
    re.IGNORECASE,
)
_TRAILING_PAREN = re.compile(r"\s*[(\[](?P<o>[^()\[\]]{1,40})[)\]]\s*[.;,]?\s*$")
_TRAILING_DASH = re.compile(r"\s+[-–—]{1,2}\s*(?P<o>[^-–—]{1,40}?)\s*[.;,]?\s*$")
_OWNER_COLON = re.compile(r"^(?P<o>[^:]{1,40}?)\s*:\s+(?P<rest>.+)$")
_OWNER_DASH = re.compile(r"^(?P<o>[^-–—:=>→]{1,40}?)\s*(?:\s[-–—]{1,2}\s|->|=>|→)\s*(?P<rest>.+)$")
_LEAD_IN = re.compile(
    r"^(?:also|and|plus|finally|then|lastly|oh|ok(?:ay)?|so)\b[,:]?\s+", re.IGNORECASE
)
_TO_FORM = re.compile(rf"^(?P<subj>{_SUBJ})\s+to\s+(?P<rest>(?P<verb>[a-z]+)\b.*)$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“'(\[]?[A-Z])|\s*;\s+|\s+[•·]\s+")
_CLAUSE_SPLIT = re.compile(
    rf"(,\s*(?:and\s+|but\s+|then\s+|while\s+|so\s+)?|\s+(?:and|but|then|while|so)\s+)"
    rf"(?=(?:I|we|you|he|she|they|[Bb]oth|{_NAME})(?:['’]ll|['’]m\s+going\s+to|\s+(?:will|shall|"
    rf"is\s+going\s+to|are\s+going\s+to)\b))"
)
_SPACES = re.compile(r"\s+")
_STRIP = ".,;:'\"“”*_()[]@ "
_TRAILING_WORD = re.compile(
    r"(?:\s+(?:by|on|before|until|till|due|no\s+later\s+than|and))+"
    r"[\s,;.:]*$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class _People:
    mentee: str | None
    mentor: str | None
    author: Role

    def name_of(self, role: Role) -> str:
        return (self.mentee if role == "mentee" else self.mentor) or role

    @property
    def author_owner(self) -> str:
        return self.name_of(self.author)

    @property
    def other_owner(self) -> str:
        return self.name_of("mentor" if self.author == "mentee" else "mentee")

    def _matches(self, token: str, name: str | None) -> bool:
        if not name:
            return False
        name_l = name.lower()
        return token == name_l or token == name_l.split()[0]

    def resolve(self, raw: str, *, strict: bool = False) -> str | None:
        """Return the owner a person reference means, or None when it is not a person."""
        token = _SPACES.sub(" ", raw.strip().strip(_STRIP)).lower()
        token = re.sub(r"^(?:the|my|our)\s+", "", token)
        if not token:
            return None
        if token in _SELF:
            return self.author_owner
        if token in _BOTH:
            return "both"
        if token in _OTHER:
            return self.other_owner
        for role in ("mentee", "mentor"):
            if token == role or self._matches(
                token, self.mentee if role == "mentee" else self.mentor
            ):
                return self.name_of(role)  # type: ignore[arg-type]
        parts = re.split(r"\s+(?:and|&)\s+", token)
        if len(parts) == 2:
            resolved = {self.resolve(p, strict=strict) for p in parts}
            if None not in resolved:
                people = {self.name_of("mentee"), self.name_of("mentor")}
                if resolved == people or len(resolved) == 2:
                    return "both" if resolved <= people | {"both"} else None
            return None
        return self._unknown_name(raw.strip().strip(_STRIP), strict=strict)

    def _unknown_name(self, raw: str, *, strict: bool) -> str | None:
        words = raw.split()
        if not 1 <= len(words) <= (2 if strict else 3):
            return None
        for word in words:
            lowered = word.lower()
            if not re.fullmatch(r"[A-Za-z][A-Za-z'’.-]*", word) or lowered in _NON_OWNER_WORDS:
                return None
            if lowered in _TASK_VERBS or lowered.endswith(_NOUN_SUFFIXES):
                return None
            if strict and not word[0].isupper():
                return None
        if find_due_span(raw):
            return None
        return " ".join(w[0].upper() + w[1:] for w in words)


# --------------------------------------------------------------------------- extraction


@dataclass
class _Section:
    actions: bool = False
    owner: str | None = None


def extract_action_items(
    notes: str,
    *,
    today: date,
    mentee: str | None = None,
    mentor: str | None = None,
    author: Role = "mentee",
) -> list[ActionItem]:
    """Return the commitments in ``notes``, in order, without duplicates."""
    if "\x00" in notes:
        raise UsageError("The notes contain NUL bytes; give a plain-text file.")
    if author not in ("mentor", "mentee"):
        raise UsageError(f"author must be 'mentor' or 'mentee', not {author!r}.")
    people = _People(_clean_name(mentee), _clean_name(mentor), author)
    items: list[ActionItem] = []
    seen: set[tuple[str, str]] = set()
    section = _Section()
    after_blank = False
    for raw_line in notes.splitlines():
        line = raw_line.strip()
        if not line or _RULE.match(line):
            after_blank = after_blank or not line
            continue
        heading = _heading(line)
        if heading is not None:
            section = _section_for(heading, people)
            after_blank = False
            continue
        bullet = _BULLET.match(line)
        if section.actions and after_blank and not bullet:
            section = _Section()  # a paragraph after the list ends the action section
        after_blank = False
        body = line[bullet.end() :] if bullet else line
        for clause in _clauses(body):
            item = _parse_clause(clause, people, section, today)
            if item is None:
                continue
            key = (item.task.lower(), item.owner)
            if key not in seen:
                seen.add(key)
                items.append(item)
    return items


def _clean_name(name: str | None) -> str | None:
    if name is None:
        return None
    cleaned = _SPACES.sub(" ", name).strip()
    return cleaned or None


def _heading(line: str) -> str | None:
    for pattern in (_HEADING_MD, _HEADING_BOLD, _HEADING_COLON):
        m = pattern.match(line)
        if m:
            return m.group("h").strip()
    bare = line.rstrip(":").strip()
    if len(bare) <= 40 and _ACTION_HEADING.fullmatch(bare):
        return bare
    return None


def _section_for(heading: str, people: _People) -> _Section:
    text = heading.strip(" *_:")
    if not _ACTION_HEADING.search(text):
        owner = people.resolve(text, strict=True) if len(text.split()) <= 3 else None
        return _Section(actions=owner is not None, owner=owner)
    rest = _ACTION_HEADING.sub(" ", text).strip(" -–—:()")
    owner = None
    m = _HEADING_OWNER.search(text)
    if m:
        if m.group("my"):
            owner = people.author_owner if m.group("my").lower() == "my" else "both"
        else:
            candidate = m.group("for") or m.group("poss") or m.group("bare") or m.group("role")
            owner = people.resolve(candidate) if candidate else None
    elif rest:
        owner = people.resolve(rest, strict=True)
    return _Section(actions=True, owner=owner)


def _clauses(body: str) -> Iterator[str]:
    for sentence in _SENTENCE_SPLIT.split(body):
        if not sentence or len(sentence) > MAX_SENTENCE_CHARS:
            continue
        parts = _CLAUSE_SPLIT.split(sentence)  # [clause, separator, clause, ...]
        clause = parts[0]
        for separator, part in zip(parts[1::2], parts[2::2], strict=True):
            if separator.strip() == "and" and len(clause.split()) <= 2:
                clause = f"{clause}{separator}{part}"  # "Sam and I will…" is one subject
                continue
            if clause.strip():
                yield clause.strip()
            clause = part
        if clause.strip():
            yield clause.strip()


def _parse_clause(
    clause: str, people: _People, section: _Section, today: date
) -> ActionItem | None:
    if _DONE.search(clause):
        return None
    prefix = _PREFIX.match(clause)
    text = clause[prefix.end() :] if prefix else clause
    if prefix and not text:
        return None
    if text.endswith("?") or _NEXT_MEETING.match(text) or _DISCUSSION.match(text):
        return None

    owner: str | None = None
    m = _OWNER_KEY.search(text)
    if m:
        owner = people.resolve(m.group("o"))
        text = (text[: m.start()] + text[m.end() :]).strip()

    due: date | None = None
    span = find_due_span(text)
    if span:
        due = resolve_due(text[span[0] : span[1]], today)
        text = (text[: span[0]] + " " + text[span[1] :]).strip()
        text = re.sub(r"[(\[]\s*[,;]?\s*[)\]]", "", text).strip()

    text = _LEAD_IN.sub("", text)
    text = _capitalise_people(text, people)
    committed = bool(prefix) or section.actions
    task: str | None = None
    agreed = _AGREED.match(text)
    if agreed:
        text = agreed.group("rest")
        committed = True
        owner = owner or "both"

    found = _subject_task(text, people)
    if found is not None:
        subject_owner, task = found
        owner = subject_owner if subject_owner != "both" or owner is None else owner
        committed = True
    else:
        task = text

    annotated, task = _trailing_owner(task, people)
    owner = annotated or owner

    if not committed:
        first = task.split(maxsplit=1)[0].lower() if task.split() else ""
        if first not in _TASK_VERBS:
            return None
    task = _clean_task(task)
    if not task or _MEETING_TASK.match(task) or _NOT_TASK_START.match(task):
        return None
    if found is None and _PAST_START.match(task):
        return None
    if owner is None:
        owner = section.owner or people.author_owner
    return ActionItem(task=task, owner=owner, due=due)


def _subject_task(text: str, people: _People) -> tuple[str, str] | None:
    """Split "Sam will send X" / "I'll send X" / "Priya to send X" / "Sam: send X"."""
    said = _SAID.match(text)
    if said:
        if said.group("rest").lower().startswith("to "):
            owner = people.resolve(said.group("subj"), strict=True)
            return (owner, said.group("rest")[3:]) if owner else None
        found = _subject_task(said.group("rest"), people)
        if found and re.match(r"(?:he|she|they)\b", said.group("rest"), re.IGNORECASE):
            speaker = people.resolve(said.group("subj"), strict=True)
            return (speaker or found[0]), found[1]
        return found
    lets = _LETS.match(text)
    if lets:
        return "both", lets.group("rest")
    m = _SUBJECT_MODAL.match(text)
    if m:
        modal = (m.group("modal") or m.group("ll") or "").lower()
        owner = people.resolve(m.group("subj"), strict=True)
        rest = m.group("rest")
        if owner is not None and not re.match(r"not\b|never\b", rest, re.IGNORECASE):
            if modal == "can" and not re.match(r"[Ii]\b|[Ww]e\b", text):
                return None
            if modal == "to" and owner not in _known(people) and not _is_verb(rest):
                return None
            return owner, _deinflect(rest) if modal == "to" else rest
        return None
    for pattern in (_OWNER_COLON, _OWNER_DASH):
        m = pattern.match(text)
        if m:
            owner = people.resolve(m.group("o"), strict=True)
            rest = _deinflect(m.group("rest"))
            if owner is not None and (owner in _known(people) or _is_verb(rest)):
                return owner, rest
    return None


def _capitalise_people(text: str, people: _People) -> str:
    """Write "i", "grace" (a given name) or "both" at the start with a capital, as in prose."""
    first, _, rest = text.partition(" ")
    bare = re.match(r"[a-z]+", first)
    if not bare:
        return text
    word = bare.group(0)
    names = {n.split()[0].lower() for n in (people.mentee, people.mentor) if n}
    if word in names or word in ("i", "both", "mentor", "mentee", "me") or first.startswith("i'"):
        return first[0].upper() + first[1:] + (" " + rest if rest else "")
    return text


def _known(people: _People) -> set[str]:
    return {people.name_of("mentee"), people.name_of("mentor"), "both"}


def _is_verb(text: str) -> bool:
    first = text.split(maxsplit=1)[0].lower() if text.split() else ""
    return first in _TASK_VERBS


def _deinflect(text: str) -> str:
    """Turn "sends the deck" into "send the deck" when the first word is a known verb."""
    words = text.split(maxsplit=1)
    if not words:
        return text
    first = words[0]
    lowered = first.lower()
    base = None
    if lowered.endswith("ies") and lowered[:-3] + "y" in _TASK_VERBS:
        base = lowered[:-3] + "y"
    elif lowered.endswith("es") and lowered[:-2] in _TASK_VERBS:
        base = lowered[:-2]
    elif lowered.endswith("s") and lowered[:-1] in _TASK_VERBS:
        base = lowered[:-1]
    if base is None:
        return text
    return " ".join([base, *words[1:]])


def _trailing_owner(task: str, people: _People) -> tuple[str | None, str]:
    for pattern in (_TRAILING_PAREN, _TRAILING_DASH):
        m = pattern.search(task)
        if m:
            candidate = m.group("o").strip(" ,;")
            owner = people.resolve(candidate, strict=True)
            if owner is not None:
                return owner, task[: m.start()]
    return None, task


def _clean_task(task: str) -> str:
    text = _SPACES.sub(" ", task).strip()
    text = re.sub(r"^(?:to|also|then|please)\s+", "", text, flags=re.IGNORECASE)
    text = _TRAILING_WORD.sub("", text)
    text = re.sub(r"^[\s\-–—:,;.]+|[\s\-–—:,;.!]+$", "", text)
    text = text.strip("*_ ")
    text = text.replace(" ,", ",")
    if text.count(")") > text.count("(") and text.endswith(")"):
        text = text[:-1].rstrip(" ,;")
    if not re.search(r"[A-Za-z]{2}", text):
        return ""
    return text[0].upper() + text[1:]


# --------------------------------------------------------------------------- files


class _StoredItem(BaseModel):
    model_config = ConfigDict(extra="ignore")

    task: str
    owner: str = "mentee"
    due: date | None = None

    @field_validator("task")
    @classmethod
    def _task_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("task is empty")
        return value.strip()

    @field_validator("owner", mode="before")
    @classmethod
    def _owner_default(cls, value: Any) -> Any:
        return (
            "mentee" if value is None or (isinstance(value, str) and not value.strip()) else value
        )


def load_action_items(path: str | Path) -> list[ActionItem]:
    """Read open action items from a JSON, CSV, Markdown checklist or iCalendar export."""
    text = read_text_file(path)
    file = Path(path)
    suffix = file.suffix.lower()
    stripped = text.lstrip()
    if suffix == ".ics" or stripped.upper().startswith("BEGIN:VCALENDAR"):
        rows = _rows_from_ics(text, file)
    elif suffix == ".json" or stripped.startswith(("{", "[")):
        rows = _rows_from_json(text, file)
    elif suffix == ".csv" or stripped.splitlines()[0].strip().lower().startswith("task,"):
        rows = _rows_from_csv(text, file)
    elif suffix in (".md", ".markdown", ".txt") or _MD_ITEM.search(text):
        rows = _rows_from_markdown(text, file)
    else:
        raise InputFileError(file, _UNRECOGNISED)
    items = []
    for index, row in enumerate(rows, start=1):
        try:
            stored = _StoredItem.model_validate(row)
        except ValidationError as exc:
            problem = exc.errors()[0]
            field = ".".join(str(p) for p in problem["loc"])
            raise InputFileError(
                file, f"action item {index} has a bad {field!r}: {problem['msg']}."
            ) from None
        items.append(ActionItem(task=stored.task, owner=stored.owner, due=stored.due))
    return items


_UNRECOGNISED = (
    "is not an action-items file; give the JSON, CSV, Markdown checklist or .ics "
    "that `mentor-assist actions` writes."
)
_MD_ITEM = re.compile(r"^\s*[-*+]\s+\[(?P<mark>[ xX])\]\s+(?P<body>.+?)\s*$", re.MULTILINE)
_MD_TAIL = re.compile(r"\s+—\s+(?P<owner>[^—]+?)(?:,\s*due\s+(?P<due>\d{4}-\d{2}-\d{2}))?$")


def _rows_from_json(text: str, file: Path) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(file, f"is not valid JSON ({exc.msg} at line {exc.lineno}).") from None
    rows = data.get("action_items") if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise InputFileError(file, 'has no "action_items" list; ' + _UNRECOGNISED[3:])
    return rows


def _rows_from_csv(text: str, file: Path) -> list[Any]:
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "task" not in fields:
        raise InputFileError(file, 'has no "task" column; ' + _UNRECOGNISED[3:])
    rows = []
    for row in reader:
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        if not any(clean.values()):
            continue
        rows.append(
            {
                "task": clean.get("task", ""),
                "owner": clean.get("owner"),
                "due": clean.get("due") or None,
            }
        )
    return rows


def _rows_from_markdown(text: str, file: Path) -> list[Any]:
    matches = list(_MD_ITEM.finditer(text))
    if not matches and not text.lstrip().lower().startswith("# action items"):
        raise InputFileError(file, _UNRECOGNISED)
    rows = []
    for m in matches:
        if m.group("mark") != " ":
            continue
        body = m.group("body")
        tail = _MD_TAIL.search(body)
        if tail:
            rows.append(
                {
                    "task": body[: tail.start()],
                    "owner": tail.group("owner"),
                    "due": tail.group("due"),
                }
            )
        else:
            rows.append({"task": body, "owner": None, "due": None})
    return rows


def _ics_unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _rows_from_ics(text: str, file: Path) -> list[Any]:
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    if "BEGIN:VCALENDAR" not in unfolded.upper():
        raise InputFileError(file, "is not an iCalendar file (no BEGIN:VCALENDAR).")
    rows: list[Any] = []
    current: dict[str, str] | None = None
    for line in unfolded.splitlines():
        if line.upper() == "BEGIN:VTODO":
            current = {}
            continue
        if line.upper() == "END:VTODO":
            if current is not None and current.get("STATUS", "").upper() not in (
                "COMPLETED",
                "CANCELLED",
            ):
                due = current.get("DUE")
                rows.append(
                    {
                        "task": _ics_unescape(current.get("SUMMARY", "")),
                        "owner": _ics_unescape(current.get("X-MENTOR-ASSIST-OWNER", "")) or None,
                        "due": f"{due[:4]}-{due[4:6]}-{due[6:8]}" if due else None,
                    }
                )
            current = None
            continue
        if current is None or ":" not in line:
            continue
        name_params, value = line.split(":", 1)
        current[name_params.split(";", 1)[0].upper()] = value
    return rows
