"""Who owns a task: resolve a person reference in the notes to an owner.

"I"/"me" is the author, "we"/"both"/"us" is ``both``, "you"/"she"/"they" is the other person,
``mentor``/``mentee`` or a given name is that person, and any other short capitalised name is
kept as written. Words that are tasks, topics or dates are never owners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from assistant.actions.lexicon import common_noun, common_word_form, verb_or_modifier
from assistant.duedates import find_due_span
from assistant.understanding.people import Participants

__all__ = ["NAME", "SPACES", "SUBJECT", "TASK_VERBS", "UNKNOWN", "People", "Role", "Who"]

Role = Literal["mentor", "mentee"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TASK_VERBS = _words(
    """
    advertise agree analyse analyze announce approve assign audit benchmark buy chase clean
    collate compare condense configure consider continue convert coordinate correct deploy
    design do document double-check enable ensure estimate evaluate expand extend file flag
    implement improve include integrate investigate label lead lower merge migrate monitor
    move notify nudge onboard open order pair pin ping prototype propose provide push raise
    rebase reconcile refactor release remove rename reorganise reorganize reply resolve
    restart resubmit retry review rework scope spell-check sort split suggest summarise
    support tag tidy transcribe translate triage upgrade validate verify vote wrap
    keep add apply arrange ask attend block book bring build call check choose circulate clarify
    collect compile complete confirm connect contact create decide define draft edit email
    enrol enroll explore figure fill find finalise finalize finish fix follow forward gather
    get give identify install interview introduce invite join journal learn list log look
    map message note organise organize outline pick plan polish post practice practise
    prepare present prioritise prioritize publish put read reach record refine reflect
    register rehearse remind request research reserve respond revise revisit rewrite run
    schedule send set share shadow sign sketch speak start study submit summarise summarize
    take talk test text think track try update upload use volunteer watch write
    make change extract transform load combine break drive hold handle divide establish cement
    annotate meet showcase demo improve design
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
    need needs must might may could should would will shall can still also just only maybe
    had has have having was were is are
    additional general other misc miscellaneous new old any some no yes ok sure thanks
    task tasks item items procedure describe description refer none specified
    proposal proposals suggestion suggestions motion reminder comment comments answer issue
    issues problem problems
    whether whom whose unless although though because since whilst either neither nor or
    """
)

_NOUN_SUFFIXES = ("ing", "tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ism")

_SELF = frozenset({"i", "me", "myself", "self"})
_BOTH = frozenset({"we", "us", "both", "both of us", "we both", "the two of us", "together"})
_OTHER = frozenset({"you", "he", "she", "they", "him", "her", "them"})

NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?"
"""A capitalised given name, optionally with a surname."""
SPEAKER_LABEL = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?|[A-Z]{2,4}"
"""Who speaks a line of minutes, before its colon: "Niko", "Eric Holk", "TM"."""
_BODY = r"(?i:team|members|maintainers|mentors|mentees|reviewers|committee|council|chairs|staff)"
"""A part of the people at a meeting, after its name: "Interface team", "TSC members", "Core
Team Staff"."""
GROUP_NOUN = _BODY
# "the infra team", "the design team": a team named by what it does, written in lower case
_TEAM = r"(?:team|committee|council|working\s+group)"
_NAMED_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?P<g>(?!(?:whole|entire|full|same|my|our|your)\s)"
    rf"[a-z][\w-]+\s+(?i:{_TEAM}))"
)
# One person of a group, each of whom a line may address: "each member", "every participant"
MEMBER_NOUN = r"(?:member|person|participant|attendee)"
SUBJECT = (
    r"(?:I|we|We|you|You|he|He|she|She|they|They|both(?:\s+of\s+us)?|Both(?:\s+of\s+us)?"
    r"|(?:[Tt]he|[Mm]y|[Oo]ur)\s+(?:mentor|mentee)|[Mm]entor|[Mm]entee|@[\w.-]{2,30}"
    rf"|(?:[A-Z][\w-]+\s+){{1,2}}{_BODY}(?=\s)|[Tt]he\s+[a-z][\w-]+\s+{_TEAM}(?=\s)"
    rf"|(?:[Ee]ach|[Ee]very)\s+(?:[a-z]+\s+)?{MEMBER_NOUN}"
    r"|[Aa]ll\s+(?:[A-Za-z][\w-]*\s+){0,3}members"
    rf"|{NAME}(?:\s*,\s*{NAME}){{1,4}},?\s+(?:and|&)\s+{NAME}"
    rf"|{NAME}\s+(?:and|&)\s+(?:I|me|{NAME})|{NAME}\s+\((?:and|&)\s+{NAME}\)"
    rf"|{NAME}(?:\s*[/+]\s*{NAME})+|{NAME}"
    r"|(?:[Ee]veryone|[Ee]verybody)\s+(?:on|in|at|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"(?=\s+(?:should|will|must|needs?\s+to|to|shall|can)\b))"
)
"""The person (or pair) a sentence starts with: a pronoun, a role or a name."""

SPACES = re.compile(r"\s+")
_STRIP = ".,;:'\"“”*_()[]@ "


@dataclass(frozen=True)
class Who:
    """A resolved owner: a readable string (None when unknown) and the people one by one."""

    owner: str | None
    owners: tuple[str, ...]

    @staticmethod
    def of(names: list[str]) -> Who:
        unique = list(dict.fromkeys(names))
        if not unique:
            return Who(None, ())
        if len(unique) == 1:
            return Who(unique[0], tuple(unique))
        return Who(", ".join(unique[:-1]) + " and " + unique[-1], tuple(unique))


UNKNOWN = Who(None, ())
_NOT_INITIALS = frozenset(
    {"TBD", "TBC", "TBA", "ASAP", "EOD", "COB", "FYI", "AOB", "ETA", "WIP", "OK", "NA", "QA",
     "CI", "CD", "API", "UI", "UX", "FAQ", "RFC", "ADR", "OSS", "PDF", "URL", "AI", "TODO",
     "NOTE", "NB", "PS", "TASK", "Q", "A"}
)  # fmt: skip
# "everyone on call", "everybody in the room": everyone there
_EVERYONE_THERE = re.compile(
    r"^(?P<all>everyone|everybody)\s+(?:on|in|at|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?$"
)
_EACH_MEMBER = re.compile(
    rf"^(?:each|every|all|both|(?:the\s+)?respective)\s+(?:[a-z][\w-]*\s+){{0,3}}{MEMBER_NOUN}s?$"
)  # "each board member", "both team members", "respective members": each of them
_GROUP = frozenset(
    {"everyone", "everybody", "all", "group", "the group", "team", "the team", "each one",
     "each", "all of us", "anyone", "anybody", "whole team", "all members", "members",
     "each team member", "every team member", "all team members", "team members", "each member",
     "every member", "each of us", "whole group"}
)  # fmt: skip
_ALSO = re.compile(r"\s*\(\s*(?:and|&)\s+(?P<name>[^()]{1,40}?)\s*\)")
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*|\s*\+\s*)\s*")


@dataclass(frozen=True)
class People:
    """The people in the notes: the mentee and mentor when given, who wrote the notes, and
    everyone else the notes name (:class:`assistant.understanding.people.Participants`).

    ``author`` is a role (``mentor``/``mentee``: a two-person session, where a task with no
    owner belongs to the author), a name (who "I" is) or None.
    """

    mentee: str | None
    mentor: str | None
    author: str | None
    participants: Participants = field(default_factory=Participants)
    # words the notes also write in lower case inside a sentence ("dependabot PRs", "tell
    # dependabot to ignore it"): a tool's or a thing's name, not a person's ("Dependabot will
    # send PRs")
    things: frozenset[str] = frozenset()

    @property
    def session(self) -> bool:
        """A mentoring session: "we" is the mentee and the mentor."""
        return bool(self.mentee or self.mentor or self.author in ("mentor", "mentee"))

    def name_of(self, role: Role) -> str:
        return (self.mentee if role == "mentee" else self.mentor) or role

    @property
    def author_owner(self) -> str | None:
        if self.author in ("mentor", "mentee"):
            return self.name_of(self.author)  # type: ignore[arg-type]
        return self.author

    @property
    def unowned(self) -> Who:
        """Who a task with no stated owner belongs to."""
        if self.author in ("mentor", "mentee"):
            return Who.of([self.name_of(self.author)])  # type: ignore[arg-type]
        return UNKNOWN

    @property
    def other_owner(self) -> str | None:
        if self.author == "mentee":
            return self.name_of("mentor")
        if self.author == "mentor":
            return self.name_of("mentee")
        return None

    @property
    def both(self) -> Who:
        return Who("both", (self.name_of("mentee"), self.name_of("mentor")))

    def _matches(self, token: str, name: str | None) -> bool:
        if not name:
            return False
        name_l = name.lower()
        return token == name_l or token == name_l.split()[0]

    def resolve(self, raw: str, *, strict: bool = False) -> str | None:
        """The readable owner a person reference means, or None when it is not a person."""
        who = self.who(raw, strict=strict)
        return None if who is None else who.owner or ""

    def who(
        self, raw: str, *, strict: bool = False, group: bool = False, known: bool = False
    ) -> Who | None:
        """Resolve a person reference ("Sam", "I", "Ben and Leonard", "SK/MR", "everyone").

        None when ``raw`` is not a reference to people; :data:`UNKNOWN` when it is one whose
        person cannot be told ("I" with no author, "they").
        """
        raw = _ALSO.sub(r" and \g<name>", raw)  # "Ryan (and Christian)": both of them
        token = SPACES.sub(" ", raw.strip().strip(_STRIP)).lower()
        token = re.sub(r"^(?:the|my|our)\s+", "", token)
        token = _EVERYONE_THERE.sub(r"\g<all>", token)  # "everyone on call": everyone
        token = _EACH_MEMBER.sub("everyone", token)  # "each board member": everyone
        if not token:
            return None
        if token in _SELF:
            author = self.author_owner
            return Who.of([author]) if author else UNKNOWN
        if token in _BOTH and token not in ("everyone", "all"):
            return self.both if self.session else UNKNOWN
        if token in _GROUP or token in ("everyone", "all"):
            return self.both if self.session and not group else Who("everyone", ("everyone",))
        if token in _OTHER:
            other = self.other_owner
            return Who.of([other]) if other else UNKNOWN
        for role in ("mentee", "mentor"):
            name = self.mentee if role == "mentee" else self.mentor
            if token == role or self._matches(token, name):
                return Who.of([self.name_of(role)])  # type: ignore[arg-type]
        initials = raw.strip().strip(_STRIP).split()
        if len(initials) >= 2 and all(
            re.fullmatch(r"[A-Z]{2,4}", i) and i not in _NOT_INITIALS for i in initials
        ):
            return Who.of(initials)  # "BJ LBK XJS": initials side by side
        if re.fullmatch(rf"(?:[A-Z][\w-]+\s+){{1,2}}{_BODY}", raw.strip().strip(_STRIP)):
            return Who.of([raw.strip().strip(_STRIP)])  # "Interface team", "TSC members"
        named_group = _NAMED_BODY.fullmatch(raw.strip().strip(_STRIP))
        if named_group:  # "the infra team", "The design team": the team as written
            return Who.of([named_group.group("g")[:1].upper() + named_group.group("g")[1:]])
        found = self.participants.find(token)
        if found:
            as_written = raw.strip().strip(_STRIP)
            # initials and handles as written ("SK", "EWilliams", "ehuss"); a first name or
            # the name itself as the notes list it
            handle = " " not in as_written and as_written.lower() not in (
                found.lower(),
                found.split()[0].lower(),
            )
            return Who.of([as_written if handle else found])
        parts = [p for p in _SPLIT.split(raw.strip().strip(_STRIP)) if p]
        if len(parts) >= 2:
            resolved = [self.who(p, strict=strict) for p in parts]
            if all(r is not None for r in resolved):
                names = [n for r in resolved if r for n in (r.owners or ())]
                if any(r is not None and r.owner == "both" for r in resolved):
                    return self.both
                if {self.name_of("mentee"), self.name_of("mentor")} <= set(names) and self.session:
                    return self.both
                return Who.of(names)
            known = [r for r in resolved if r is not None]
            if known and all(
                r is not None or re.fullmatch(r"[a-z][a-z0-9_-]{1,15}", p.strip())
                for r, p in zip(resolved, parts, strict=True)
            ):
                # "akm and tommy": a short handle beside a known person is a person too.
                names = [
                    r.owners[0] if r is not None and r.owners else p.strip()
                    for r, p in zip(resolved, parts, strict=True)
                ]
                return Who.of(names)
            return None
        if known:
            return None
        if re.fullmatch(r"@[\w.-]{2,30}", raw.strip()):
            return Who.of([raw.strip()[1:]])
        handle = raw.strip()
        if (
            re.fullmatch(r"[a-z][a-z0-9_-]{1,11}", handle)
            and handle not in _NON_OWNER_WORDS
            and self.participants
            and not strict
        ):
            return Who.of([handle])  # a handle ("akm") where the notes name people
        bare = re.sub(r"^(?:the|my|our)\s+", "", raw.strip().strip(_STRIP), flags=re.IGNORECASE)
        name = self._unknown_name(bare, strict=strict)
        return Who.of([name]) if name else None

    def _unknown_name(self, raw: str, *, strict: bool) -> str | None:
        if raw.startswith("@") and re.fullmatch(r"@[\w.-]{2,30}", raw):
            return raw[1:]
        if raw.isupper() and len(raw) > 4 and verb_or_modifier(raw):
            return None  # "IMPORTANT: make sure...": emphasis, not a name
        if re.fullmatch(r"[A-Z]{2,4}", raw):
            # initials: "SK", "TA", "RD"; not "TBD", "ASAP", "AOB"
            return None if raw in _NOT_INITIALS else raw
        if re.fullmatch(r"[A-Z]{2,}s", raw):
            return None  # a plural acronym: "PRs", "MRs", "APIs"
        words = raw.split()
        middle_initial = len(words) == 3 and re.fullmatch(r"[A-Z]\.?", words[1]) is not None
        if not 1 <= len(words) <= (2 if strict and not middle_initial else 3):
            return None  # "Stuart D. Krueger" is a name; three words are otherwise a phrase
        for word in words:
            lowered = word.lower()
            # any alphabet's letters: "Faßbender", "Khélifi"
            if (
                not re.fullmatch(r"[^\W\d_](?:[^\W\d_]|['’.-])*", word)
                or lowered in _NON_OWNER_WORDS
            ):
                return None
            if lowered in TASK_VERBS or lowered.endswith(_NOUN_SUFFIXES):
                return None
            if strict and not word[0].isupper():
                return None
        if find_due_span(raw):
            return None
        if len(words) == 1 and common_word_form(raw):
            return None  # "Points to consider", "Plans: start with...", "Wanted to start..."
        if len(words) == 1 and raw.lower() in self.things:
            return None  # "Dependabot will send PRs" where the notes speak of "dependabot PRs"
        return " ".join(w[0].upper() + w[1:] for w in words)


_CAPITALISED = re.compile(r"\b[A-Z][a-z0-9]{3,}\b")
_LOWER = re.compile(r" ([a-z][a-z0-9]{3,})\b")
# A lower-case word inside a sentence, after another word: not a handle ("@sam", "sam:") nor a
# line's first word
_LOWER_IN_SENTENCE = r"(?<=[A-Za-z,] ){}\b(?![:@/.\w-])"


def things_named(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case inside its sentences and also capitalised that
    are no ordinary English word: names of tools and things ("dependabot", "renovate" is a
    word), which a capital at a sentence's start does not make a person."""
    candidates = {w.lower() for w in _CAPITALISED.findall(text)} & set(_LOWER.findall(text))
    return frozenset(
        word
        for word in candidates
        if not any(common_noun(b) for b in (word, word[:-1], word[:-2]))  # not "mentors"
        and re.search(_LOWER_IN_SENTENCE.format(re.escape(word)), text)
    )
