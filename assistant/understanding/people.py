"""The people a set of notes mentions: who attended, their initials and handles.

Meeting notes name their participants in a few regular places: an attendee section or line
("Attendees: Ana, Ben", "Present:" followed by bullets), front matter (``participants:``),
roles ("Secretary: Brian Cipriano", "Mentor: Priya") and names followed by initials
("Sairaj Kodilkar (SK)"). :func:`participants` collects them so a reference in a task
("Ben", "SK", "@ana", "akm") resolves to a person, and an ordinary capitalised word does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["Participants", "Person", "looks_like_name", "participants"]


@dataclass(frozen=True)
class Person:
    """One participant: the name as written and the lowercase forms that refer to them."""

    name: str
    aliases: frozenset[str]


_NAME_WORD = r"[A-Z][\w'’.-]*"
# "Lars van der Bijl", "Ana de la Cruz": the small words inside a surname
_PARTICLES = r"(?:(?:van|von|der|den|de|da|di|du|del|della|dos|das|le|la|bin|ibn)\s+){0,2}"
_FULL_NAME = re.compile(
    rf"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?{_NAME_WORD}(?:\s+{_PARTICLES}{_NAME_WORD}){{0,3}}$"
)
_INITIALS = re.compile(r"^[A-Z]{2,3}$")
_HANDLE = re.compile(r"^@?[a-z][a-z0-9_-]{1,20}$")
_WITH_INITIALS = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s*\((?P<ini>[A-Z]{{2,3}})\)"
)
_INITIALS_WITH_NAME = re.compile(
    r"\b(?P<ini>[A-Z]{2,3})\s*\((?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\)"
)
_ATTENDEE_KEY = re.compile(
    r"^(?:a(?:n?t{1,2})end(?:e{1,2}|ie)s?|attended|attendance|participants?|present|"
    r"members\s+present|also\s+present|"
    r"in\s+attendance|who(?:['’]s\s+here|\s+attended)?|people|ppl|roll\s+call|on\s+the\s+call|"
    r"apologies|regrets|absent|guests?|invitees?|attending)\b(?:\s*\([^)]*\))?[^:]{0,30}$",
    re.IGNORECASE,
)
_ROLE_LINE = re.compile(
    r"^(?P<role>secretary|chair|chairperson|facilitator|note[-\s]?taker|minutes?(?:\s+taker)?|"
    r"scribe|host|mentor|mentee|supervisor|student|ta|lead|manager|presenter|speaker)\s*[:=-]\s*"
    r"(?P<who>.+)$",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\||\band\b|&|\s\+\s|/)\s*(?![^()]*\))")  # not in brackets
# A heading over an attendee list: "Members in Attendance in Official Capacity", "Absent Members"
_ATTENDEE_HEADING = re.compile(
    r"^(?:\w+\s+){0,3}(?:in\s+attendance|attendees|attending|participants|present|absent)"
    r"(?:\s+\w+){0,4}$",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    """
    all everyone none n/a na tbd tbc the team board members group core mentors mentees students
    notes agenda action actions todo discussion summary minutes date time location meeting
    """.split()  # noqa: SIM905
)


def looks_like_name(text: str) -> bool:
    """A person's name as notes write it: "Ana", "Brian Bush", "SK", "@lin", "Dr Patel"."""
    text = text.strip()
    if not text or len(text) > 40:
        return False
    if text.lower() in _NOT_NAMES:
        return False
    return bool(_FULL_NAME.match(text) or _INITIALS.match(text) or text.startswith("@"))


def _clean_entry(raw: str) -> tuple[str, str | None] | None:
    """A list entry as (name, initials): "JZT (Jesper Zeth)", "Ana (mentor)", "@lin"."""
    text = re.sub(r"^[\s*•·+\-]+|[\s✓✔✗✘]+$", "", raw).strip()
    text = re.sub(r"(?<=[a-z]{2})\.$", "", text)  # "Apologies: Klaus Meyer.": the list's end
    for pattern in (_INITIALS_WITH_NAME, _WITH_INITIALS):
        m = pattern.match(text)
        if m and m.end() == len(text) and _initials_fit(m.group("name"), m.group("ini")):
            return m.group("name"), m.group("ini")
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip()  # "(mentor)", "(remote)"
    text = re.sub(r"\s+[-–—]\s.*$", "", text)  # "Ritik Malik - excited, first meeting"
    text = re.sub(r"^([^,]+),\s.*$", r"\1", text)  # "Jordan Goetze, Chair"
    text = re.sub(r"^@", "", text) if _HANDLE.match(text) else text
    if looks_like_name(text) or _HANDLE.match(text):
        return text, None
    return None


@dataclass
class Participants:
    """Everyone the notes name as taking part, findable by name, first name, initials or handle."""

    people: list[Person] = field(default_factory=list)

    def add(self, name: str, initials: str | None = None) -> None:
        name = " ".join(name.split())
        if not name or name.lower() in _NOT_NAMES:
            return
        aliases = {name.lower(), name.lower().lstrip("@")}
        words = [w for w in re.split(r"[\s]+", name) if w]
        if len(words) > 1:
            aliases.add(words[0].lower())
            aliases.add("".join(w[0] for w in words).lower())
            aliases.add((words[0][0] + words[-1]).lower())  # "ehuss" for Eric Huss: a handle
        if initials:
            aliases.add(initials.lower())
        for person in self.people:
            if person.name.lower() == name.lower() or (
                initials and initials.lower() in person.aliases
            ):
                merged = Person(person.name, person.aliases | frozenset(aliases))
                self.people[self.people.index(person)] = merged
                return
        self.people.append(Person(name, frozenset(aliases)))

    def find(self, reference: str) -> str | None:
        """The participant ``reference`` names ("Ben", "SK", "@lin"), or None."""
        key = " ".join(reference.strip().lstrip("@").split()).lower()
        if not key:
            return None
        hits = [p for p in self.people if key in p.aliases]
        if len(hits) == 1:
            return hits[0].name
        exact = [p for p in hits if p.name.lower() == key]
        return exact[0].name if exact else None

    def __contains__(self, reference: str) -> bool:
        return self.find(reference) is not None

    def __len__(self) -> int:
        return len(self.people)


def participants(
    lines: Iterable[str], front_matter: dict[str, object] | None = None
) -> Participants:
    """Collect the participants named in ``lines`` (one line of notes each) and front matter."""
    found = Participants()
    if front_matter:
        for key in ("participants", "attendees", "authors", "present"):
            value = front_matter.get(key)
            entries = value if isinstance(value, list) else [value] if value else []
            for entry in entries:
                cleaned = _clean_entry(str(entry))
                if cleaned:
                    found.add(*cleaned)
    in_list = listed = blank_before = False
    for raw in lines:
        raw = _NUMBERED.sub(r"\1- ", raw, count=1)  # "1. Sydney Wong" reads as "- Sydney Wong"
        line = raw.strip()
        bare = re.sub(r"^[#*_\s>]+|^[-•+]\s+|[#*_:\s]+$", "", line)  # "- Present: Ana, Ben"
        bare = re.sub(r"^(?:\?\?\?|!!!)\s*\w+\s*\"([^\"]*)\"$", r"\1", bare)
        if not line:
            blank_before = True
            continue
        after_blank, blank_before = blank_before, False
        heading = line.startswith("#") or line.endswith(":") or line.startswith("**")
        if _ATTENDEE_KEY.match(bare) or (heading and _ATTENDEE_HEADING.match(bare)):
            in_list, listed = True, False
            continue
        key, sep, rest = bare.partition(":")
        if sep and _ATTENDEE_KEY.match(key.strip()) and rest.strip():
            for entry in _entries(rest):
                cleaned = _clean_entry(entry)
                if cleaned:
                    found.add(*cleaned)
            in_list = False
            continue
        role = _ROLE_LINE.match(bare)
        if role:
            for entry in _entries(role.group("who")):
                cleaned = _clean_entry(entry)
                if cleaned:
                    found.add(*cleaned)
        if in_list and _INITIALS_ROW.match(line):
            for entry in line.split():  # "JS JL MA YJ SM RP": initials side by side
                found.add(entry, entry)
            listed = True
            continue
        if in_list and sep and rest.strip():
            # "Council: Carol, Mark, Eric Huss" under "## Attendance": a group's names
            named = [_clean_entry(entry) for entry in _entries(rest)]
            entries = [entry for entry in named if entry is not None]
            if len(entries) >= 2 and len(entries) == len(named):
                for name, initials in entries:
                    found.add(name, initials)
                listed = True
                continue
        if in_list:
            is_item = bool(re.match(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+", raw)) or raw[:1] in " \t"
            short = len(line.split()) <= 4 and not (after_blank and listed)  # not "Topics" after it
            cleaned = _clean_entry(line) if is_item or short else None
            if cleaned:
                found.add(*cleaned)
                listed = True
                continue
            in_list = False
        for pattern in (_WITH_INITIALS, _INITIALS_WITH_NAME):
            for m in pattern.finditer(line):
                if _initials_fit(m.group("name"), m.group("ini")):
                    found.add(m.group("name"), m.group("ini"))
    return found


_INITIALS_ROW = re.compile(r"^[A-Z]{2,3}(?:\s+[A-Z]{2,3})+$")
# A numbered entry ("1. Sydney Wong" under "Attendees (Name, Role):") is read as a bulleted one.
_NUMBERED = re.compile(r"^(\s*)\d{1,2}[.)]\s+")


def _entries(text: str) -> list[str]:
    """A list's entries: "Ana, Ben and Cy"; "JS JL MA" is three people's initials."""
    out: list[str] = []
    for entry in _LIST_SPLIT.split(text):
        out.extend(entry.split() if _INITIALS_ROW.match(entry.strip()) else [entry])
    return out


def _initials_fit(name: str, initials: str) -> bool:
    """ "Sairaj Kodilkar (SK)" and "JZT (Jesper Zeth)" fit; "Brian Bush (SME)" does not."""
    words = name.split()
    return len(words) >= 2 and initials[0] == words[0][0].upper() and initials[-1] in name.upper()
