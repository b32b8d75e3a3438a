"""Who owns the action, the decision and the outcome: the structural reading of a clause.

A savior move is a change of owner. :func:`ownership` reads one clause (with its sentence as
context) and reports the moves it makes, each a :class:`Move` naming the phrase that showed it:

- ``takes_over``: the speaker does the mentee's task or deals with someone for them ("I'll
  square it with him before your shift", "it'd be easier if I just fixed the wiring on your job");
  ``product`` says whether it is a piece of the mentee's work (report, deck, essay...).
- ``decides``: the speaker decides a choice that is the mentee's ("I've decided", "I'm picking").
- ``future_as_fact``: the mentee's choice stated as settled ("you're switching to the 800",
  "ur signing with the Sydney club") or ordered with no choice left ("cancel the trip. Done.").
- ``ensures_outcome``: the speaker secures an outcome, or promises it with certainty ("you'll
  match at your first choice, I'll make sure of it", "nobody fails with my tutoring").
- ``knows_better``: the speaker claims to know the mentee's good better, or dismisses their view
  ("your instinct about the apprenticeship is off", "trust my read on this").
- ``routes_through_me``: the mentee is kept to the speaker ("bring anything like that to me",
  "keep it between us").

Word classes live in ``ownership.yaml`` (reviewed data); matching is on normalised words, in time
linear in the clause. Questions, offers that leave the choice, negated moves ("I won't write it
for you") and descriptions of the traps make no move.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from assistant.datafiles import load_data
from assistant.understanding.roles import Roles, roles, tokens
from assistant.understanding.text import verb_forms

__all__ = ["MOVES", "Move", "delivers_only", "ownership", "verdict_on_work"]

OWNERSHIP_PATH = Path(__file__).with_name("ownership.yaml")

MOVES = (
    "takes_over",
    "decides",
    "future_as_fact",
    "ensures_outcome",
    "knows_better",
    "routes_through_me",
)


class _Verbs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    takeover: list[str]
    support: list[str]
    decide: list[str]
    ensure: list[str]
    outcomes: list[str]
    choices: list[str]
    picks: list[str]


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    verbs: _Verbs
    products: list[str]
    handoff: list[str]
    knows: list[str]
    dismissals: list[str]
    routes: list[str]
    certainty: list[str]
    finality: list[str]
    leverage: list[str]
    cover_up: list[str]


@dataclass(frozen=True)
class Move:
    """One change of owner found in a clause, with the phrase that showed it."""

    kind: str
    phrase: str
    product: bool = False
    # The choice closed in so many words ("..., not January", "end of story", "decision made"):
    # the structure alone settles it, whatever the exemplars say.
    firm: bool = False


def _inflect(phrase: str) -> str:
    """A regex alternative matching every inflection of the phrase's first word."""
    words = phrase.split()
    forms = sorted(verb_forms(words[0]), key=len, reverse=True)
    head = "(?:" + "|".join(re.escape(f) for f in forms) + ")"
    return r"\b" + " ".join([head, *(re.escape(w) for w in words[1:])]) + r"\b"


def _alternatives(phrases: list[str], inflect: bool = False) -> re.Pattern[str]:
    parts = [
        _inflect(p) if inflect else r"\b" + re.escape(" ".join(tokens(p) or p.split())) + r"\b"
        for p in sorted(phrases, key=len, reverse=True)
    ]
    return re.compile("|".join(parts))


@dataclass(frozen=True)
class _Compiled:
    takeover: re.Pattern[str]
    support: re.Pattern[str]
    decide: re.Pattern[str]
    ensure: re.Pattern[str]
    outcomes: re.Pattern[str]
    choices: re.Pattern[str]
    picks: re.Pattern[str]
    products: re.Pattern[str]
    handoff: re.Pattern[str]
    knows: re.Pattern[str]
    dismissals: re.Pattern[str]
    routes: re.Pattern[str]
    certainty: re.Pattern[str]
    finality: re.Pattern[str]
    leverage: re.Pattern[str]
    cover_up: re.Pattern[str]


# A work word naming a person or a place, not a piece of work ("your site manager", "the project
# lead", "the lab office").
_NOT_A_PRODUCT = (
    r"(?! (?:manager|managers|lead|leads|visit|visits|office|team|owner|director|supervisor|"
    r"foreman|meeting|head|coordinator)\b)"
)


@lru_cache(maxsize=1)
def _load() -> _File:
    return load_data(OWNERSHIP_PATH, _File, what="the ownership word classes (ownership.yaml)")


@lru_cache(maxsize=1)
def _data() -> _Compiled:
    d = _load()
    return _Compiled(
        takeover=_alternatives(d.verbs.takeover, inflect=True),
        support=_alternatives(d.verbs.support, inflect=True),
        decide=_alternatives(d.verbs.decide, inflect=True),
        ensure=_alternatives(d.verbs.ensure, inflect=True),
        outcomes=_alternatives(d.verbs.outcomes, inflect=True),
        choices=_alternatives(d.verbs.choices, inflect=True),
        picks=_alternatives(d.verbs.picks, inflect=True),
        products=re.compile(f"(?:{_alternatives(d.products).pattern}){_NOT_A_PRODUCT}"),
        handoff=_alternatives(d.handoff),
        knows=_alternatives(d.knows),
        dismissals=_alternatives(d.dismissals),
        routes=_alternatives(d.routes),
        certainty=_alternatives(d.certainty),
        finality=_alternatives(d.finality),
        leverage=_alternatives(d.leverage),
        cover_up=_alternatives(d.cover_up),
    )


# The speaker doing something, with an optional modal chain: "i will", "i am going to", "i have",
# "i would", "i could", "let me", "if i", "i am", "i will personally". "do" is part of the chain
# only before a verb ("I do think", "I did call"); before its object it is the act itself ("I'll
# do your timesheets", "I'll just do it for you", "let me do the rest").
_DO_OBJECT = (
    r"(?! (?:your|ur|yours|it|the|all|everything|that|this|them|those|these|his|her|their|"
    r"every|each|both|whatever|anything|something)\b)"
)
# "have" before a determined object is the act too ("I'll have the conversation with him", "I
# had a quiet word with the elder"), not the auxiliary of "I have decided".
_HAVE_OBJECT = r"(?! (?:a|an|the|that|this|those|these|it|words|some)\b)"
_SPEAKER = re.compile(
    r"\b(?:let me|allow me|if i|i)(?: (?:will|would|could|can|shall|am|might|just|"
    r"going|to|gonna|already|personally|quietly|happily|gladly|go|and|be|quickly|myself|then|"
    r"also|rather|prefer|think|better|happy|glad|about|now|(?:do|did)" + _DO_OBJECT + r"|"
    r"(?:have|had)" + _HAVE_OBJECT + r"))*\b"
)
_ADDRESSEE_FUTURE = re.compile(
    r"\b(?:you|u|your [a-z]+) (?:will|are going to|is going to|are|is|shall|are gonna|re)"
    r"(?: (?:be|definitely|just|then|now|also|going|to))*\b(?! not)"
)
# How far into the rest of the clause the verb may start ("i will just quietly go and fix").
_NEAR = 45
# A possessive just before a participle makes it a modifier ("your written English"); a noun of
# the same form still names the act ("make a call", "push the fixes").
_MODIFIER_BEFORE = re.compile(r"\b(?:your|ur|my|his|her|their|our)\s*$")
# A verb's form after a determiner is a noun ("a call", "your answer", "the field office", "your
# books"). It still names the act after a light verb that makes it one ("make a call", "push the
# fixes", "have the conversation"); after a preposition, a verb of thinking or another verb it is
# only the thing ("free for a call", "I thought your answer was honest", "post your books back").
_DETERMINER_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?P<head>\w+ )?(?:a|an|the|your|ur|my|his|her|their|our|this|that|these|"
    r"those|some|any)\s*$"
)
_RUNNING_LATE = re.compile(r"\s*(?:a (?:bit|little) |slightly |way )?(?:late|behind)\b")
_LIGHT_VERB = re.compile(
    r"(?:make|makes|made|making|do|does|did|doing|push|pushed|pushing|give|gave|giving|have|has|"
    r"had|having|take|took|taking|get|got|getting|send|sent|sending|put|putting|handle|handling|"
    r"field|fielding|all|every|each|whole|and|or|just|quick|quiet) $"
)
# The speaker's own things: "my own notes", "on my end".
_OWN = re.compile(
    # "my own" as the means ("from my own account", "out of my own pocket") owns nothing
    r"\b(?:(?<!from )(?<!of )(?<!with )(?<!using )my own|on my end|on my side|my notes|my part|"
    r"my bit|my share|reference|references|"
    r"recommendation|to your email|to your message|to your note|your question|your questions)\b"
)
# "let me know", "let me think": the speaker is not acting on anything ("I'll see to it" is).
_NOT_ACTION = re.compile(
    r"^(?:know|see(?! to)|think|check|ask|share|suggest|be honest|say|guess)\b"
)
# A view of the speaker's with a subject of its own after it ("I think your sequencing ran a bit
# fast", "I feel the plan went well"): the speaker is not the one who acts in what follows.
_OPINION_ON = re.compile(
    r"i (?:(?:do|did|really|honestly|personally|just|still|also|have) )?(?:think|thought|feel|felt|"
    r"reckon|believe|guess|noticed|notice|hope) "
    r"(?:that )?(?:your|ur|the|this|that|these|those|his|her|their|it|he|she|they)\b"
)
_YOUR = re.compile(r"\b(?:your|yours|for you|on your behalf|for ya|your own)\b")
_THIRD = re.compile(
    r"\b(?:him|her|them|the [a-z]+ (?:manager|director|lead|rep|committee|panel|board|team)|"
    r"the (?:foreman|boss|manager|director|coach|professor|prof|lecturer|supervisor|committee|"
    r"panel|board|"
    r"client|investors?|maintainer|reviewers?|examiner|landlord|dean|hr|union|council|recruiter|"
    r"vendor|inspector|editor|chair|team|department|school|university|club|academy|firm|bank))\b"
)
# More people in the mentee's world; reached only when the sentence is about the mentee ("I'll
# tell the band you're leaving"; "I told the band I'm leaving" is the speaker's own news).
_THIRD_MORE = re.compile(
    r"\bthe (?:band|crew|choir|squad|label|agent|agency|publisher|gallery|customers?|clients|"
    r"supplier|assessor|registrar|tutor|teacher|head|principal|partners?|lawyer|solicitor|"
    r"builder|contractor|tenant|sponsor|parents|family|cofounder|co founder|selectors|organisers|"
    r"organizers|reviewer|maintainers|tribunal|ward manager|head chef|gaffer)\b"
)

# People in the mentee's world by role, whatever precedes them ("Dana's landlord", "Mrs Okafor's
# complaint" reads "okafor complaint"), but not the speaker's own ("my manager", "our funder").
_ROLE = re.compile(
    r"(?<!\bmy )(?<!\bour )(?<!\bother )(?<!\bsome )"
    r"\b(?:landlord|landlady|funders?|assessors?|registrar|coordinator|"
    r"examiners?|inspectors?|insurers?|lender|bank|solicitor|lawyer|recruiters?|"
    r"hiring manager|manager|boss|supervisor|director|professor|lecturer|tutor|teacher|coach|"
    r"headteacher|head of department|hod|principal|dean|committee|panel|board|client|clients|"
    r"customer|customers|investors?|sponsors?|editor|reviewers?|publisher|agent|office|"
    r"admissions|council|ombudsman|union|parents|mum|mom|dad|father|mother|sister|brother|"
    r"family|partner|husband|wife|girlfriend|boyfriend|flatmate|roommate|housemate|"
    r"teammates?|colleagues?|coworkers?|co workers?|classmates?|neighbours?|neighbors?|"
    r"team lead|line manager|foreman|site manager|ward manager|matron|consultant|registrar|"
    r"curator|owner|trainer|instructor|examiner|lecturer|gallery|promoter)\b"
)
# The mentee spared a task or a person ("you shouldn't have to explain it to them yourself",
# "no need for you to sit in", "keep you well out of it"): the speaker's act beside it is theirs.
_SPARED = re.compile(
    r"\b(?:you|u) (?:should not|should not ever|should never|do not|will not|would not) "
    r"(?:have|need) to\b|\bno need for (?:you|u) to\b|\bkeep (?:you|u) (?:\w+ )?out of\b"
    r"|\b(?:do not|did not) want (?:you|u) (?:stressing|worrying|dealing|having to|to have to)\b"
    r"|\bwithout (?:you|u) having to\b"
)
# The mentee as what the speaker takes up with someone ("I've had a quiet word with Jamal about
# the way he's been talking to you").
_ABOUT_THEM = re.compile(
    r"\babout\b(?: \w+){0,8}? (?:to|with|at|for) (?:you|u)\b"
    # the mentee's own trouble ("about the argument you two had", "about your suspended shop")
    r"|\babout (?:the|that|this) (?:\w+ ){0,2}?(?:you|u) (?:two |both )?(?:had|have|are having|"
    r"were having|got into)\b"
)
# The speaker getting the mentee what others award ("I'll get you the seed round", "I can get you
# a residency"); "I'll get you the funding form" is an errand.
_GET_YOU_OUTCOME = re.compile(
    r"\bget (?:you|u) (?:the |a |an |your )?(?:\w+ ){0,2}?(?:round|funding|job|role|place|offer|"
    r"contract|grant|deal|promotion|interview|visa|loan|scholarship|tenure|investment|position|"
    r"internship|placement|residency|commission|record deal|book deal|sponsorship|bursary)\b"
    r"(?! (?:form|forms|details|info|information|link|number|email|contact|page|guide|paperwork|"
    r"advert|ad|listing|list|deadline|dates?)\b)"
)
# The speaker's own news passed on ("I told the committee that I know you", "I'll let them know
# that I'm stepping down"): telling it stands in for no one.
_TELLS = re.compile(r"(?:tell|told|telling|tells|let|inform|informed|email|emailed)\b")
_OWN_NEWS = re.compile(r"\s*(?:\w+ ){1,3}?that i\b")
_HANDED_BACK = re.compile(
    r"\s*(?:\w+ ){1,3}?(?:that )?(?:it|that|this) is (?:between (?:the two of )?(?:you|u)\b|"
    r"up to (?:you|u)\b|(?:your|ur) (?:call|decision|choice|business)\b)"
)
# Reaching a person directly ("rang", "called", "emailed", "chased"), not making something.
_CONTACT = re.compile(
    r"(?:ring|rang|rung|call|phon|email|messag|text|chas|contact|spoke|speak|talk|approach|"
    r"confront|went to|go to)"
)
# Someone asked to let the mentee off ("I've asked the tutor to let it slide for you this time",
# "I got the coach to overlook the missed sessions"): enabling.
_LET_OFF = re.compile(
    r"\b(?:asked|ask|got|get|told|persuaded|convinced) (?:\w+ ){1,3}?to (?:let (?:it|this|that|"
    r"them|the \w+) slide|overlook|waive|excuse (?:you|u|it|the)|let (?:you|u) off|"
    r"turn a blind eye|drop the (?:penalty|mark|warning|complaint)|go easy on (?:you|u))\b"
)
# Someone said to leave the mentee alone from now on ("Sergeant Hollis won't be bothering you
# again", "Your supervisor won't bother you about the data again"), beside the speaker's word
# with someone ("I had words with his CO", "I raised it with him over lunch"): the mentee's
# matter settled in their place.
_LEFT_ALONE = re.compile(
    r"\b(?:will not|is not going to|are not going to|would not|should not) (?:be )?"
    r"(?:bother|bothering|trouble|troubling|hassle|hassling|pester|pestering|bully|bullying|"
    r"give (?:you|u) (?:any )?(?:trouble|grief|hassle)|giving (?:you|u) (?:any )?(?:trouble|grief|"
    r"hassle))(?: (?:you|u))?\b(?: \w+){0,6}? (?:again|anymore|any more)\b"
)
_HAD_A_WORD = re.compile(
    r"^(?:and |so )?i (?:have )?(?:already )?(?:had (?:a )?(?:quiet )?(?:word|words|chat|talk)|"
    r"raised it|spoke|spoken|talked|messaged|rang|called|emailed|sorted it out|sorted it|"
    r"dealt with|had it out)\b"
)


def _named_thing(before: str, word: str) -> bool:
    """Is the takeover word ``word``, after ``before``, a noun naming a thing, not the act?"""
    if " " in word.strip():
        return False  # a phrase ("take the call", "a word with") names the act itself
    det = _DETERMINER_BEFORE.search(before)
    if det is None:
        return False
    head = det.group("head") or ""
    if head == "on " and _CONTACT.match(word):
        return False  # "I'll get him on the phone", "I'll jump on a call with her": the contact
    return not (head and _LIGHT_VERB.fullmatch(head))


def _left_alone(words: str) -> bool:
    """Is someone said to leave the mentee alone from now on, as a fact, not a hope?"""
    said = _LEFT_ALONE.search(words)
    return said is not None and not re.search(
        r"\b(?:hope|hopefully|wish|if|unless|maybe|perhaps)\b", words[: said.start()]
    )


# Those the mentee deals with told to deal with the speaker instead ("I have asked HR to liaise
# with me directly rather than with you").
_WITH_ME_NOT_YOU = re.compile(
    r"\b(?:with|to|through) me (?:directly |instead |only )?(?:rather than|instead of|not) "
    r"(?:with |to |through )?(?:you|u)\b"
)
# Someone told how to treat the mentee ("tell Gary to stop giving you the worst shifts", "tell
# them to back off you").
_TELL_THEM_TO = re.compile(
    r"\s*(?:\w+ ){1,3}?to (?:stop|quit|leave|back off|lay off|go easy|ease off|cut|drop|let|give)"
    r"\b(?: \w+){0,6}? (?:you|u|your|ur)\b"
)
# An act on someone already done, on the mentee's matter ("I raised it with him over lunch",
# "I took it up with her"); "I talked to her myself and it helped me" is the speaker's own.
_PAST_ACT = re.compile(r"(?:\w+ed|took|got|had) it\b")
# The mentee's task taken whatever it is ("I'll take the investor follow-ups off your plate").
_OFF_YOUR_PLATE = re.compile(r"take (?:\w+ ){1,6}?off (?:your|ur) (?:plate|hands)\b")
# The speaker in person, beside an act on someone else ("I'll chase them personally", "ring
# her landlord myself"): standing in, not the speaker's own errand.
_IN_PERSON = re.compile(r"\b(?:personally|myself|in person)\b")

# "finish reading your draft", "complete my review of": the speaker supports, the mentee keeps it.
_SUPPORT_AFTER = re.compile(r"\s*(?:reading|reviewing|looking|checking|going through|listening)\b")
_MANNER = re.compile(
    r"\s*(?:steps|a step|time|your time|care|a break|a moment|a breath|notes|note|it easy|"
    r"stock|part|action|responsibility|ownership|the lead|charge|away)\b"
)
# "I have informed the director that you will not be taking the elective": decided and announced.
_INFORMED = re.compile(
    r"\s*(?:informed|notified|advised) (?:\w+ ){1,4}(?:that )?(?:you|u) (?:will|are|re)\b"
)
_RELATIVE = re.compile(
    r"\b(?:the|a|an|that|which|this|one|any|every|each|those|these|whichever|whatever) "
    r"(?:\w+ ){1,2}$"
)
# A general condition about what happens when the mentee acts, not a promise by the speaker.
_GENERAL_IF = re.compile(
    r"(?:however |but |and |just think about it )?(?:if|when|once) (?:you|u)\b"
)
_BACKGROUND = re.compile(
    # after a hedge that offers it as one story ("dunno if this helps but when i was in ur shoes")
    r"(?:(?:\w+ ){0,6}?(?:helps|useful|worth|for what it is worth) (?:but |and |so )?)?"
    r"(?:back )?(?:when|while|as|once) i (?:was|were|started|first)\b"
)
# The mentee's own view or plan, which a dismissal sets aside ("that gut feeling is nonsense").
_THEIR_VIEW = re.compile(r"\b(?:your|ur|gut|feeling|feelings|instinct|instincts|doubts|worries)\b")
_MENTEE_MAY = re.compile(r"\b(?:you|u) (?:could|can|might|may)\b")
# "tell them you were at the site visit with me": an alibi for the mentee.
_SAY_YOU_WERE = re.compile(
    r"\b(?:say|said|tell (?:them|him|her|(?:your |ur |the )?(?:\w+ )?\w+)|"
    r"told (?:them|him|her|(?:your |ur |the )?(?:\w+ )?\w+)) (?:that )?(?:you|u) "
    r"(?:(?:were|was|had been) (?:with me|at|off|sick|ill|injured|working|busy|on)|"
    # "Told your lecturer you had a family emergency"
    r"had (?:a |an )?(?:family )?(?:emergency|appointment|funeral|migraine|fever|flu|covid|"
    r"bug|clash|infection|hospital appointment|doctor s appointment))\b"
    # the mentee's part to be vouched for ("skip it, I'll vouch that you completed it"), the
    # speaker's work said to be theirs ("we'll just say the lesson plan was yours") or the blame
    # taken before others ("I told the gym owner it was a scheduling error on my end", "they
    # think the delay was my oversight"); "that was a mistake on my part" owns up to no one
    r"|\bi will vouch (?:that )?(?:you|u) (?:completed|did|attended|finished|passed|were)\b"
    r"|\bsay (?:the|that|it)(?: \w+){0,3} (?:was|is) yours\b"
    r"|\b(?:told|tell|think|thinks|said|say)\b(?: \w+){1,10} (?:(?:error|mistake|oversight|fault) "
    r"on my (?:end|part|side)|my oversight)\b"
)
# A story kept up for the mentee ("I said it was a cold remedy, so just stick to that story",
# "I've put it back out of my own pocket so nobody has to know", "so your dad doesn't find out").
_COVER_STORY = re.compile(
    r"\bstick to (?:that|the|this|our|my) story\b|"
    r"\bso (?:nobody|no one|your \w+|they|he|she) (?:has to|needs to|will|will ever|does not|"
    r"do not) (?:know|find out)\b"
)
# The speaker's act done so that someone will not see what the mentee did or missed ("I
# backdated your form so the tribunal won't see", "I'll bump the hours up so it doesn't look like
# you missed Thursday"), or passed off as the mentee's ("I'll reply as if it came from you", "I'll
# sign the form saying you attended"). Only the speaker's own act: advice on how a thing looks
# ("Pace the talk so it doesn't look like you're rushing") hides nothing from anyone.
_CONCEALED = re.compile(
    r"\bso (?:that )?(?:nobody|no one|your \w+|ur \w+|the \w+|they|he|she|it) (?:will|would|does|"
    r"do|can) not (?:ever )?(?:know|find out|see|notice|spot|realise|realize|look like|seem like|"
    r"show up|come back on (?:you|u)|come back to (?:you|u)|count against (?:you|u)|be traced)\b"
    r"|\bas (?:if|though) (?:it|they|this|that|the \w+) (?:came|come|was|were) from (?:you|u)\b"
    r"|\b(?:saying|to say|stating) (?:that )?(?:you|u) (?:attended|were there|were present|"
    r"completed|did it|went)\b"
    # "..., so nobody will see the mistake", "so it looks like you did every round"
    r"|\bso (?:that )?(?:nobody|no one) (?:will |would |can |is going to )?(?:ever )?(?:know|"
    r"find out|see|notice|spot|realise|realize)\b"
    r"|\bso (?:that )?it (?:looks|seems|appears|reads) (?:like|as if|as though) (?:you|u) "
    r"(?:did|were|had|have|went|completed|attended|finished|made|signed|checked)\b"
)
# The fallout of the mentee's slip said to miss them, in a sentence of its own ("It won't come
# back on you.", "Nothing will show up on your record."), after the speaker's act.
_FALLOUT_KEPT_OFF = re.compile(
    r"(?:and |so )?(?:it|this|that|nothing|none of (?:it|this)|no one|nobody) "
    r"(?:will|would|is going to) (?:not |never )?(?:come back on|come back to|land on|fall on|"
    r"count against|be traced to|"
    r"show up (?:on|in)) (?:you|u|your|ur)\b"
)
_SPEAKER_DID = re.compile(
    r"\bi (?:have )?(?:already |quietly |just )?(?:changed|fixed|edited|altered|amended|"
    r"backdated|deleted|removed|wiped|rewrote|redid|did|done|sorted|logged|signed|filled|"
    r"corrected|adjusted|tweaked|updated|covered)\b"
)
# The speaker's earlier promise naming a thing they owe ("the form I promised you and ..."),
# not an outcome promised: a relative clause ending at "you".
_PROMISED_THING = re.compile(r"\b(?:that|which)? ?i (?:promised|had promised) (?:you|u)$")
# The speaker keeping their own word ("I'll make sure the minutes get to you by Friday, as I said I
# would"): what they secure is a thing they owe, not the mentee's outcome.
_KEEPS_OWN_WORD = re.compile(
    r"\b(?:as|like) (?:i )?(?:said|promised|told (?:you|u)) i would\b|\bas (?:i )?promised\b"
)
# Someone asking why the mentee fell short, before the line they are to give ("If your boss asks
# why the report is late, tell him I kept you busy"; "tell her the truth" is no story).
_ASKS_WHY = re.compile(r"\bif (?:\w+ ){1,4}(?:asks|asked|questions) (?:you )?why\b")
# "check every client email with me", "run all your plans by me".
_EVERYTHING_BY_ME = re.compile(
    r"\b(?:check|run|clear) (?:every|all|any|anything|everything)\b(?: \w+){0,4} "
    r"(?:with|by|past) me\b"
    r"|\b(?:see|read|check|approve|vet) (?:every|all|everything|anything)\b(?: \w+){0,5} before\b"
    # a routine report to the speaker: "send me a quick msg each evening w what u plan to do",
    # "text me every evening what you've done", "send me drafts of every message to your PI"
    r"|\b(?:send|text|txt|message|msg|ping|email|show|forward) me\b(?: \w+){0,4} "
    r"(?:every|each) (?:evening|night|morning|day|time|single|message|draft|email|shift)\b"
    # "Send me a photo of every piece of work before you hand it in"
    # "From now on I want to approve your weekly training plan before you do any of it"
    r"|\bi (?:want|need|have|expect|will need|am going) to (?:approve|vet|sign off|okay|ok|clear) "
    r"(?:your|ur|every|each|all)\b(?: \w+){0,5} before (?:you|u)\b"
    r"|\b(?:send|show|forward|bring) me\b(?: \w+){0,4} (?:every|all|everything|anything)\b"
    r"(?! (?:you|u) (?:want|would|like|wish|fancy|think)\b)(?: \w+){0,5} before\b"
)
_TAG_QUESTION = re.compile(
    r"\b(?:yeah|ok|okay|right|alright|yes|yea|ya|innit|eh|aye)\s*[?!]*\?[?!]*\s*$", re.I
)
# A yes-no question to the mentee that names the options ("would you rather ... or ...").
_ALTERNATIVES = re.compile(
    r"(?:so |and |ok |okay |now )?(?:do|did|would|will|shall|should|could|can|are) "
    r"(?:you|u|we)\b.* or (?!(?:not|no|anything|something|whatever)\b)\w+"
)
# "the way you feel about your supervisor doesn't matter": the mentee's own view set aside.
_FEELINGS_DISMISSED = re.compile(
    r"\b(?:how|what|the way) you (?:feel|think|want)\b(?: \w+){0,6} (?:does not (?:really )?matter|"
    r"is (?:naive|silly|childish|irrational|ridiculous|an overreaction|overblown))\b"
    # "your concerns don't really count", "your objections don't come into it"
    r"|\b(?:your|ur) (?:concerns|worries|doubts|fears|objections|feelings|opinions|views|"
    r"reservations) (?:\w+ ){0,4}?(?:do not|does not|will not) (?:really )?(?:count|matter|"
    r"come into it)\b"
    # "Getting upset about the feedback is an overreaction."
    r"|^(?:getting|being|feeling) (?:so |this |that )?(?:upset|angry|worked up|hurt|offended|"
    r"anxious|stressed|emotional|annoyed)\b(?: \w+){0,6} is (?:an overreaction|silly|childish|"
    r"ridiculous|irrational|pointless|overblown)\b"
)
# The mentee's own account of themselves, reported back ("you say you're burnt out", "I hear
# that you feel ready", "your gut says the MA"): what a contrary verdict after it overrules.
_THEIR_ACCOUNT = re.compile(
    r"\b(?:(?:you|u) (?:say|said|think|thought|feel|felt|believe|reckon|claim|keep saying|"
    r"told me|(?:may|might) (?:feel|think|say)) |"
    r"(?:your|ur) (?:gut|heart|instinct) (?:says|tells) |"
    r"i hear (?:you )?that (?:you|u|your) |i hear (?:you|u) (?:saying|say) |"
    # what the mentee tells themselves ("You're telling yourself you want to move abroad")
    r"(?:you|u) (?:are |re )?(?:tell|telling|keep telling) yourself )"
)
# The speaker's contrary verdict on that account, said right after it: the speaker's own read
# ("but I can tell it doesn't", "but I know you, and..."), the account denied ("but that's not a
# real feeling", "but happy isn't what you need") or the mentee recast ("but you're just a bit
# tired", "but you're a researcher at heart", "but you aren't"). Evidence the mentee can weigh
# ("you said you're bad at maths, but you priced that job correctly") is none of these.
_CONTRARY = re.compile(
    r"^(?:but |and |so |though )?(?:i (?:can|could) (?:tell|see)|i know(?! (?:what you mean|"
    r"how you feel|it is hard|that feeling))|i have (?:seen|watched|known)|"
    r"my (?:gut|instinct|read|sense) (?:says|is|tells)|deep down|underneath|"
    r"i do not think (?:that|it) is|"
    r"(?:that|this) is (?:not|just|only)|it is (?:just|only)|(?:you|u) (?:do|did) not mean|"
    r"\w+ is not what (?:you|u) (?:need|want)|what (?:you|u) want is|"
    r"(?:actually )?(?:you|u) (?:are|re) (?:just|only|more|a|an)\b|"
    # "but if you're honest the question you really care about is...", "but you'll find it's
    # really surgery you're drawn to"
    r"if (?:you|u) (?:are|re) honest|(?:you|u) will find (?:that )?(?:it is|you)\b|"
    r"(?:you|u) (?:are|re) (?:\w+ ){1,3}"
    r"(?:at heart|through and through)|(?:you|u) (?:are|re|do|did|would|will) not$|"
    # the account answered in two words ("You say it doesn't bother you. It does."; "It's not"
    # after "You think it's too late" reassures) or called someone else's ("but that's your
    # mum's voice, not yours", "that's the fear talking")
    r"(?:it|that) (?:does|did|is|was)$|"
    r"(?:that|this|it) is (?:just |only )?(?:your|ur|the) (?:\w+ ){0,2}(?:voice|talking)\b)"
)
# The mentee's own account made beside the point or called self-deception ("..., whatever you
# feel", "no matter how much you say it does", "Don't kid yourself", "Stop kidding yourself about
# that course", "I don't think you understand yourself well enough yet"). Said at the start of a
# clause, "whatever you feel" leaves it to them ("Whatever you feel about it is allowed").
_ACCOUNT_DISMISSED = re.compile(
    r"(?<=\w )(?:whatever |however much |no matter (?:how much |what |how strongly |how often ))"
    r"(?:you|u) "
    r"(?:say|said|think|feel|felt|believe|claim|reckon|keep saying|tell (?:me|yourself)|"
    r"are (?:saying|telling (?:me|yourself)))\b"
    # ("Don't kid yourself that you have to do it alone" sets a worry aside, not their view)
    r"|\b(?:kid|kidding|fool|fooling|lie to|lying to|delude|deluding) yourself\b"
    r"(?! (?:that|into|by thinking))"
    r"|\bi do not think (?:you|u) (?:really |yet |fully )?(?:know|understand) (?:yourself|what "
    r"(?:you|u) (?:really )?(?:want|need))\b"
)
# The mentee's own inner voice set aside ("Forget what your gut says", "Don't trust that feeling
# about the partnership", "Ignore yours on this one", "I wouldn't give that hesitation any
# weight", "You're too close to it to judge", "you don't actually know what you're good at").
_INNER_VOICE_SET_ASIDE = re.compile(
    r"\b(?:forget|ignore|do not trust|do not listen to) (?:what )?(?:your|ur|that|this) "
    r"(?:gut|feeling|feelings|instinct|instincts|heart|doubts|hesitation)\b"
    r"(?!(?: \w+){0,2} for (?:a (?:moment|minute|second|bit)|now)\b)|\bignore yours\b|"
    r"\bgive (?:that|your|ur|this) (?:hesitation|feeling|doubt|doubts|worry|worries) "
    r"(?:any|much) weight\b|\btoo close to (?:it|this|them) to (?:judge|see)\b|"
    r"\b(?:you|u) do not (?:actually |really )?know what (?:(?:you|u) (?:are|re) (?:good at|"
    r"capable of|made of)|(?:you|u) (?:really )?(?:want|need|like))\b"
    # the mentee's own view denied: "Your feelings about your coach are ... just not accurate",
    # "your reasons for quitting don't stack up", "your stated priority ... is not your genuine
    # priority" ("your numbers aren't accurate yet" corrects a figure, not a view)
    r"|\b(?:your|ur|that|this) (?:\w+ ){0,2}(?:feeling|feelings|sense|view|views|reasons|priority|"
    r"instinct|instincts|gut|worry|worries|doubts|read|belief|beliefs|perception|fear|fears)\b"
    r"(?: \w+){0,12}? (?:not accurate|inaccurate|not real|do not stack up|does not stack up|"
    r"not your (?:genuine|real|true))\b"
)
# "off" as a verdict follows its copula ("your instinct is off", "your read's a bit off"); after
# another verb it is a particle ("that's your training paying off", "people were dropping off").
_OFF_AS_VERDICT = re.compile(
    r"\b(?:is|are|was|were|seems|seem|sounds|sound|looks|look|feels|feel|been)"
    r"(?: (?:a bit|a little|a touch|slightly|somewhat|rather|quite|pretty|so|just|all|too|way))? "
    r"off\b"
)
# "When you say you're not bothered about the promotion, I know that's not true."
_WHEN_YOU_SAY = re.compile(r"(?:\w+ ){0,2}when (?:you|u) (?:say|said|tell me|told me)\b")
# "That's not anxiety you're feeling, it's excitement": the mentee's feeling renamed.
_FEELING_RENAMED = re.compile(
    r"\b(?:that|it) is not (?:\w+ ){1,2}(?:that )?(?:you are|you re) (?:feeling|having|"
    r"experiencing) (?:it|that) is\b"
)
# "I don't think you're as anxious about the exam as you say": the mentee's stated feeling
# measured against the speaker's.
_LESS_THAN_SAID = re.compile(
    r"\bi do not think (?:you|u) (?:are|re) (?:\w+ ){0,2}as \w+(?: \w+){0,6} as (?:you|u) "
    r"(?:say|said|make out|claim|think)\b"
)


# The speaker naming the option the mentee will not take, after the one they will ("you'll sit the
# exam in June, not January", "you're joining the litigation team, not the corporate one"):
# the choice between them made. "not just", "not sure", "not yet" name no option.
_NOT_THE_OTHER = re.compile(
    r",\s+not\s+(?!(?:just|only|sure|yet|necessarily|really|always|quite|exactly|too|that)\b)"
    r"[\w'-]+(?:\s+[\w'-]+){0,3}\s*(?:[.!,;]|$)"
)
# The mentee's own feeling or want denied and recast as something smaller ("ur not burnt out, ur
# just bored", "you don't really dislike portraits, you just haven't done one you're proud of",
# "it's not imposter syndrome, you just haven't found the right field"). A reframe of a verdict
# on themselves ("you're not alone, you just need practice", "it's not a race") denies no feeling.
_STATE = (
    r"(?:burnt out|burned out|tired|exhausted|anxious|worried|nervous|stressed|scared|afraid|"
    r"overwhelmed|unhappy|happy|bored|depressed|upset|hurt|fine|ready|keen|interested|"
    r"passionate|into|an introvert|an extrovert|imposter syndrome|cut out|sure|homesick|lonely|"
    r"jealous)"
)
_RECAST = re.compile(
    r"\b(?:(?:you|u|your) (?:are |re )?not|(?:it|that) is not)(?: really| actually)? "
    + _STATE
    + r"\b|\b(?:that|it) is not (?:how|what) (?:you|u) (?:really |actually )?(?:feel|want)\b"
    r"|\b(?:you|u|your) (?:do|did) not(?: really| actually)? "
    r"(?:want|like|hate|dislike|enjoy|love|mind|care about|feel)\b"
)
_EVERYONE_FEELS = re.compile(
    r"(?:but |and )?(?:everyone|everybody|we all) (?:feels|gets|feel|get)\b"
)
# The mentee's grasp measured against the speaker's ("You don't understand medicine like I do",
# "you'll never know this market as well as I do").
_NOT_AS_I_DO = re.compile(
    r"\b(?:you|u) (?:do not|can not|will never|never|would not|could not) (?:really )?"
    r"(?:understand|know|get|see|grasp|read) (?:\w+ ){0,4}?(?:like|as well as|the way|as) i "
    r"(?:do|can)\b"
)
_JUST_YOU = re.compile(
    r"\b(?:you|u|your) (?:are |re )?just\b|\b(?:it|that|this) is just (?:the|a|an|your|ur)\b"
)
# "if I know what you want", "I think I know how you got that": supposing, not overriding.
# Claims to authority that say nothing by themselves: they are a verdict on the mentee only when
# the clause goes on about them ("Trust me, you'll regret it" is; "Trust me, every first month is
# brutal" is a reassurance).
_AUTHORITY = frozenset({"trust me", "believe me", "take it from me", "mark my words"})
# A verdict put as a possibility ("it might not for you", "it may not be for you").
_HEDGED = re.compile(r"\b(?:might|may|could) (?:well )?(?:not|be not)\b")
_SUPPOSE = re.compile(
    r"\b(?:if i|i think i|not sure i|i do not|i wish i|i hope i|before i|not saying|not claiming|"
    r"never said|not that i|i am not|i never)\b"
)
# "I know better now than I did at your stage" (the speaker's past self), "I know best practices".
# "I know what you mean", "I know how that feels": understanding shown, not a claim over them.
# "I can tell you're anxious", "I know where you're coming from": a feeling or a view noticed
# and reflected back, the listener's move, not a claim to know the mentee's good.
_NOT_A_CLAIM = re.compile(
    r"\s*(?:(?:now )?than i (?:did|used to|was)|practices?|"
    # the speaker's own time in the same place, shared ("I've been in a similar spot", "I've been
    # in your shoes"), not a claim to know better
    r"(?:a |the |that |your |this )?(?:(?:very )?(?:similar|same|like) )?(?:spot|place|position|"
    r"situation|boat|shoes|fix|bind|predicament)\b(?! to (?:know|judge|say|tell)\b)|"
    r"(?:(?:really|getting|feeling|a bit|a little|kind of|quite|so|very) )*(?:anxious|worried|"
    r"nervous|upset|frustrated|excited|proud|tired|exhausted|stressed|scared|angry|hurt|sad|"
    r"overwhelmed|disappointed|torn|keen|pleased|happy|relieved|annoyed|fed up|passionate|"
    r"committed|motivated)|you (?:are|re) coming from|it is (?:hard|difficult|tough)|"
    r"you mean|you (?:are|re) saying|you (?:are|re) going through|(?:that|it) (?:is like|feels)|"
    r"hard (?:that|this|it) is|"
    # "I know how stressful those letters are", "I know exactly how draining that is"
    r"(?:(?:exactly )?how )?(?:(?:very|so|really|incredibly) )?(?:stressful|hard|difficult|tough|"
    r"frustrating|scary|daunting|overwhelming|exhausting|draining|painful|lonely|confusing|"
    r"awkward|nerve wracking|upsetting|isolating|discouraging|disheartening|demoralising|"
    r"demoralizing|tiring|intense|rough|unsettling|uncomfortable|busy|hectic|much (?:it|that|"
    r"this) (?:hurts|matters|means))|"
    # "I know how isolating all of that can be": what something can be like, shown understood
    r"(?:\w+ ){1,5}?(?:can|could) (?:be|feel|get)(?: like)?$)\b"
)
# "Tell me about...", "Walk me through...": an invitation to talk, not an order about the mentee's
# choices, whatever time word follows ("what brings you today").
_INVITATION = re.compile(
    r"(?:so |ok |okay |well |now |and |um |uh )*(?:tell|talk|walk|take) (?:me|us)\b|"
    r"(?:so |ok |okay |well |now |and |um |uh )*say (?:a bit |a little |some )?more\b"
)
# The option the pick names, right after its verb ("withdraw from the competition", "dropping
# the pottery side hustle", "changing your thesis topic"); "change your mind" names none.
_WHICH_ONE = re.compile(
    r"\s*(?!(?:your|ur|my) mind\b)(?:(?:to|from|with|for|onto|into|on|at|in|off|up|out|down|back|"
    r"over) )?"
    r"(?:the|your|ur|this|these|those|my|his|her|their|all|"
    r"that(?! (?:i|you|u|he|she|it|they|we|there|the|a|an|is|was)\b))\b"
)
# The pick reported back as the mentee's, weighed, or left open ("You're dropping the module,
# which sounds sensible", "as you planned", "you said", "... if it stops being useful", "not
# ... yet", "that's your call").
_THEIR_PICK = re.compile(
    r"\b(?:as (?:you|u)|(?:you|u) (?:said|say|told|mentioned|decided|chose|planned|wanted|want|"
    r"feel|think)|which (?:sounds|is|seems|feels|makes)|if|unless|when|whenever|once|until|yet|"
    r"(?:your|ur) (?:call|decision|choice)|up to (?:you|u))\b"
)
_ADDRESSEE_NOT = re.compile(r"\b(?:you|u) (?:are|will|re) not(?: (?:going to|gonna|be))?\b")
# The speaker would rather the mentee took no one else's help ("I'd rather you didn't ask the
# other nurses"); a preference about the mentee's own conduct is not enough.
_PREFER_ONLY_ME = re.compile(
    r"\bi (?:would|d) (?:rather|prefer|prefer that) you (?:did not|not|do not|didn ?t)\b"
    r"(?=.*\b(?:other|others|anyone|anybody|everyone|advice|join|group|circle|team)\b)"
    r"|\bi do not (?:think you should|want you) (?:be )?"
    r"(?:talking|talk|speaking|speak|going|go) to\b"
    # "I'd rather you didn't go to the careers office" ("... didn't call me after nine" is not)
    r"|\bi (?:would|d) (?:rather|prefer) (?:that )?(?:you|u) (?:did not|not|do not) (?:go|talk|"
    r"speak|turn|run|take it) to (?!me\b)"
)

# The speaker's seat among those who decide ("I sit on the panel", "I've sat on that panel for
# years", "I'm friendly with two of the reviewers"), said beside the mentee's outcome ("so
# consider the scholarship yours", "ur in"): the outcome secured through the speaker.
# So are a word already had with them ("I've already had a chat with two of the judges"), someone
# close among them ("My cousin is on the housing board", "I have friends at the Home Office",
# "I know the head of foundation there") and the speaker's name as the key ("With my reference").
_DECIDERS = (
    r"(?:panel|committee|board|hiring manager|selectors?|reviewers?|promoters?|judges?|"
    r"interviewers?|directors?|regional manager|area manager|store manager|assessors?|"
    r"examiners?|editors?|publishers?|label|dean|head|curator|recruiters?|council|office|"
    r"admissions|registrar|chair|jury|partners?|moderators?|organisers?|organizers?)"
)
_DEFERS_TO_ME = (
    r"\b(?:they|he|she|the \w+) (?:never|do not|does not|will not|would not|can not|cannot|"
    r"dare not) (?:ever )?(?:go against|say no to|refuse|overrule|turn down|cross|argue with) me\b"
)
# The speaker tied to whoever decides, in one clause ("I have discussed it with the hiring
# manager personally", "the assessor's my brother-in-law", "the assessor and I go back years"):
# with the mentee's outcome stated as settled beside it, a hold on that outcome.
_TIE = re.compile(
    r"\b(?:i|me|my)\b(?: \w+){0,6}? (?:the |that |this |their |your |ur )?(?:\w+ )?"
    + _DECIDERS
    + r"\b|\b(?:the|your|ur|that) (?:\w+ )?"
    + _DECIDERS
    + r" (?:is |are )?(?:my|mine|and i|and me)\b"
)
_NO_HOLD = re.compile(r"\b(?:recuse|recusing|no say|no influence|not involved|declare|declared)\b")
# The mentee's outcome said as what will happen ("you'll be on the next crew manager list", "the
# post will be offered to you"); alone it promises nothing, beside the speaker's hold it does.
_SETTLED_FUTURE = re.compile(
    r"(?:^|\b(?:and|so|then|but) )(?:\w+ ){0,3}?(?:you|u) (?:will|are going to|are gonna)"
    r"(?: \w+ly)? (?:be|get|pass|walk|land|win|make|sail|breeze|ace|nail|secure|qualify|"
    r"go through|come through)\b"
    r"|\bwill be (?:offered|given|awarded|handed) to (?:you|u)\b"
)


def _settled_future(words: str) -> bool:
    return (
        bool(words)
        and _SETTLED_FUTURE.search(words) is not None
        and not _negated(words)
        and re.match(r"(?:if|when|whether|unless|once) ", words) is None
    )


_INFLUENCE = re.compile(
    r"\bi (?:sit on|am on|chair|have sat on|sat on|am friendly with|know|am chairing|am sitting on|"
    # the speaker's tie to those who decide ("I'm friends with two of the assessors", "I've known
    # the regional director since school", "I trained half their directors")
    r"am friends with|am mates with|have known|trained|taught|mentored|supervised|"
    r"will be on|will be chairing|will be sitting on|shall be on|shall be chairing|"
    r"shall be sitting on|am going to be on|am going to be chairing|am running|run) (?:\w+ ){0,3}"
    + _DECIDERS
    + r"\b|\bi have (?:already )?(?:had (?:a )?(?:chat|word|words)|spoken|talked) (?:with|to) "
    r"(?:\w+ ){0,4}"
    + _DECIDERS
    + r"\b|\b(?:i have|i know) (?:friends|people|mates|contacts) (?:at|on|in) "
    r"|\bmy (?:cousin|friend|mate|brother|sister|uncle|aunt|wife|husband|partner|dad|mum|"
    r"old colleague|contact) (?:is|works|sits) (?:on|at|in|for) (?:\w+ ){0,3}"
    + _DECIDERS
    + r"\b|^with my (?:reference|recommendation|backing|connections|contacts|network)\b"
    # those who decide following the speaker: "the promoter does whatever I suggest", "they
    # usually go with my recommendation", "The selectors pay attention to who I recommend"
    r"|\b(?:does|do) whatever i (?:say|suggest|tell|recommend)\b"
    # "the editor is an old friend of mine", "the judges are mates of mine"
    r"|\b"
    + _DECIDERS
    + r" (?:is|are) (?:\w+ ){0,2}(?:friend|friends|mate|mates|pal|pals) of mine\b"
    r"|\b(?:go|goes|went) with my (?:recommendation|pick|choice|say so)\b"
    r"|\b(?:pay|pays) attention to (?:who|whoever|what) i (?:recommend|suggest|say)\b"
    # those who decide deferring to the speaker ("they don't go against me", "They never say no
    # to me", "the board won't overrule me")
    r"|"
    + _DEFERS_TO_ME
    +
    # "The journal editor is a former student of mine"
    r"|\b"
    + _DECIDERS
    + r" (?:is|are) (?:\w+ ){0,2}(?:student|students|protege|mentee|mentees) "
    r"of mine\b"
    r"|\b(?:on the strength of|given|thanks to) my (?:reference|recommendation|backing|"
    r"endorsement|seat|say so|word)\b"
    # some of those who decide known to the speaker ("Don't worry about the panel, I know two
    # of them"), anyone named an old friend or a former student of the speaker's ("The
    # publisher at Ember is an old friend of mine")
    r"|\bi know (?:two|three|four|some|most|half|all|one|several|a few|a couple|both|each) "
    r"of (?:them|the \w+)\b"
    r"|\b(?:is|are) (?:an? |one of )?(?:\w+ ){0,2}(?:friends?|mates?|pals?|students?|proteges?|"
    r"mentees?|colleagues?) of mine\b"
    # the speaker's word weighing with them, their contact there, whoever the speaker sends
    # getting in, a word already had ("my word carries weight with their chief pharmacist", "my
    # contact there fast-tracks my people", "They always take whoever I vouch for", ", I've
    # already had a word")
    r"|\bmy (?:word|name|recommendation|say so|opinion|voice) (?:carries|has|holds|counts|goes)\b"
    r"|\bmy (?:contact|contacts|friend|friends|mate|mates|people) (?:there|at|on|in) "
    r"|\b(?:whoever|anyone|anybody|everyone|whomever) i (?:vouch for|send|recommend|put forward|"
    r"suggest|nominate|back|refer)\b"
    r"|\bi have (?:already )?had (?:a |a quiet |a little )?(?:word|chat)"
    r"(?: with (?:them|him|her))?$"
)
# The speaker's backing ("With me behind you", "once I vouch for you", "now that I'm your
# referee", "with my name on it") beside an outcome called sure ("it's a done deal", "the cheque
# is as good as signed", "about 100%"): the outcome secured through the speaker.
_BACKING = re.compile(
    r"\b(?:with me behind (?:you|u)|once i (?:vouch|speak up|put in a word) for (?:you|u)|"
    r"now (?:that )?i am (?:your|ur) (?:referee|sponsor|reference)|with my name on (?:it|the)|"
    r"if i (?:vouch for (?:you|u)|back (?:you|u))|"
    # "Once the board sees my reference", "when they read my letter"
    r"(?:once|when|after) (?:they|he|she|the \w+) (?:see|sees|read|reads|get|gets|has|have) "
    r"my (?:reference|recommendation|letter|endorsement|report))\b"
)
_SURE = re.compile(
    r"\b(?:done deal|as good as (?:signed|done|yours|won|in|guaranteed)|in the bag|100|"
    r"a formality|a sure thing|(?:you|u) (?:are|re) in|no question|no doubt|without a doubt)\b"
)
_YOU_ARE_IN = re.compile(r"\b(?:you are|your|you re|u r) in(?: already| now| then)?$")
# The mentee's outcome granted by those who decide, said as what will happen ("The record label
# will sign you after the showcase", "the visa will be approved", "no hospital in the region
# will turn you down", "you'll be top of the list for a flat").
_GRANTED = re.compile(
    r"\b(?:will|is going to|are going to|is gonna|are gonna) (?:sign|hire|accept|admit|fund|offer|"
    r"pick|select|choose|shortlist|publish|cast|promote|pass|book) (?:you|u|your|ur|the (?:paper|"
    r"application|proposal|manuscript|bid|book|album|film|script|article|grant|case|thesis))\b"
    r"|\b(?:will|is going to|are going to) take (?:you|u) on\b"
    r"|\bno (?:\w+ ){1,4}(?:will|is going to) (?:turn (?:you|u) down|reject (?:you|u))\b"
    r"|\bno way (?:\w+ ){1,3}?(?:turns?|will turn) (?:you|u) down\b"
    r"|\bno way (?:\w+ ){1,3}?(?:rejects?|will reject) (?:you|u)\b"
    # "there is no way the panel will fail you": failure ruled out is the outcome promised
    r"|\bno way (?:\w+ ){1,4}?(?:will|would|could|can|is going to) (?:fail|refuse|turn down) "
    r"(?:you|u|your|ur)\b"
    r"|\bwill be (?:approved|awarded|accepted|funded|granted|signed|published|shortlisted|"
    r"reversed|overturned|successful|offered|selected|hired|admitted)\b"
    r"|\b(?:you|u) (?:will|are going to) (?:be top of|have (?:your|ur) pick of)\b"
)
# The mentee asked to keep something of theirs from everyone else ("keep this between us", "let's
# keep the funding panel's comments between us"); "between you and me, I failed my first audit"
# confides the speaker's own story and asks nothing.
_ASIDES = frozenset({"between you and me", "just between us", "between ourselves"})
_KEPT_BETWEEN_US = re.compile(
    r"\b(?:keep|kept|keeping) (?:it|this|that|these|those|our|your|the|all)(?: \w+){0,4} between "
    r"(?:us|ourselves|you and me)\b"
)
# The mentee told they need the speaker ("You need me in your corner for this", "so you really
# need me"); "whenever you need me", "let me know if you need me" and "you need me to sign it"
# are an open door or a request.
_YOU_NEED_ME = re.compile(
    r"(?:^|\b(?:so|and|but) )(?:you|u) (?:really |still |just )?need me\b(?! to\b)"
)
# The mentee's own move held until the speaker is in it ("pls dont post anything without showing
# me first", "I'd rather you didn't talk to HR without me there", "you shouldn't make any big
# calls without one of our sessions first", "...didn't decide until we've talked it through");
# "you don't have to decide until we've talked" releases them, and "don't start the warm-up
# without me" only waits for the speaker to arrive.
_HELD_FOR_ME = re.compile(
    r"\b(?:do not|did not|should not|not|never)\b(?! (?:have|need) to\b)(?: \w+){1,10}? "
    r"(?:without|until|til|till|before|unless) (?:(?:checking|showing|clearing|running|asking|"
    r"consulting|"
    r"telling|"
    r"talking to|talking with|speaking to|speaking with|getting) (?:\w+ ){0,2}?(?:me|us)\b|"
    r"(?:me|us) (?:there|present|in the room|first)\b|"
    r"(?:one of )?our (?:sessions?|chats?|calls?|meetings?|talks?|catch ups?)\b|"
    r"we (?:have )?(?:talked|spoken|discussed|gone over|been over|talk|speak|meet)\b|"
    # "until I've gone through it with you line by line", "until you've called me"
    r"(?:i|we) (?:have )?(?:gone through|been through|seen|checked|read|approved|looked at|"
    r"signed off|vetted)\b|"
    r"(?:you|u) (?:have )?(?:called|rung|phoned|texted|asked|spoken to|talked to|checked with|"
    # "Don't change a single line of the code before you ping me"
    r"pinged|ping|call|ring|phone|text|message|messaged|ask|speak to|talk to|check with|"
    r"run it by|ran it by|clear it with|cleared it with|show it to|showed it to)"
    r" (?:\w+ ){0,2}?me\b)"
)

# Other people's advice set aside ("ignore what they tell you", "take what they say with a pinch
# of salt", "they don't know your situation", "she has her own agenda", "why would you ask your
# dad"), and the speaker put in its place ("stick with me", "just lean on me", "check stuff w
# me", "that's what I'm here for", "...like I do"): the mentee kept to the speaker. Either alone
# ("you can always come to me") is an open door.
_SET_ASIDE = re.compile(
    r"\b(?:ignore (?:what|whatever|anything|everything|them|him|her)|"
    r"tune (?:them|him|her|it) out|with a pinch of salt|"
    r"(?:do not|does not) (?:\w+ )?(?:know|get|understand) (?:your|ur|you|the)|"
    r"(?:her|his|their) own agenda|do not (?:take|listen to) (?:\w+ )?advice|"
    r"why would (?:you|u) (?:ask|go to|listen to|talk to)|means? well but|"
    # "Other coaches will tell you all sorts", "Nobody else will understand it like I do",
    # "she won't steer you right", "Keep the other trainees out of your plans", "politely say no"
    r"all sorts|(?:nobody|no one) else (?:will|would|can|could) (?:understand|get|know)|"
    r"(?:will|would|does|do) not (?:steer|guide|advise) (?:you|u) (?:right|well|properly)|"
    r"too many voices|keep (?:the )?others?(?: \w+){0,2} out|say no|"
    # "I wouldn't trust anyone else's opinion on your portfolio"
    r"(?:would not|do not|never|should not|would never) (?:trust|rely on|listen to|believe) "
    r"(?:anyone|anybody|them|him|her|their|his|what (?:they|he|she|others))|"
    r"rather (?:that )?(?:you|u) (?:did not|not|do not) (?:go|talk|speak|turn|run|take it) "
    r"to (?!me\b)\w+|"
    # someone else not to be asked ("don't ask the foreman", "no need to bother your coach")
    r"(?:do not|no need to) (?:ask|go to|call|ring|phone|bother|trouble|involve) (?:the|your|ur|"
    r"any|anyone|anybody|other)(?! (?:me|myself)\b))\b"
)
_ME_INSTEAD = re.compile(
    r"\b(?:stick with me|lean on me|leant on me|come to me|came to me|wait for me|"
    r"check (?:\w+ ){0,2}(?:with|w) me|checking (?:\w+ ){0,2}(?:with|w) me|"
    r"talk (?:\w+ ){0,3}through with me|(?:that|which) is mine|mine is the only|"
    r"only need one|remember who|ask me|(?:ring|call|phone|text|message) me|"
    r"that is what i am (?:here|there) for|(?:like|the way|as well as) i do)\b"
)
# The speaker preferred to anyone else, or to the mentee's own judgement, in so many words:
# "I'd rather you leant on me than tried to work things out by yourself", "You're better off
# just checking things with me", "I worry about how you'd cope if I stepped back", "you
# shouldn't be making calls like this without me", "I worry when you make decisions without me".
_ONLY_ME = re.compile(
    # the speaker as all the mentee will need ("I'm the only advice you need", "I'm the only
    # contact you'll ever need in this sector")
    r"\bi am (?:the only|all the) (?:\w+ ){0,2}(?:you|u) (?:will )?(?:ever |really )?need\b"
    # the mentee's things passed to the speaker for approval ("send it to me to approve", "every
    # expense gets cleared with me personally before you approve it")
    r"|\b(?:to|with|past|by) me (?:personally |first )?(?:to (?:approve|okay|ok|vet)|"
    r"for (?:my )?approval)\b"
    # as a standing requirement, not a thing done ("your leave was approved by me")
    r"|\b(?:gets?|be|needs? to be|has to be|have to be) (?:cleared|approved|vetted|okayed) "
    r"(?:with|by) me\b(?! (?:and|or)\b)|"
    r"\b(?:rather|prefer) (?:that )?(?:you|u) (?:\w+ ){1,3}me than\b(?: \w+){0,6} "
    r"(?:yourself|your own|anyone|anybody|others|other people|them|him|her)\b"
    r"|\bbetter off (?:just )?(?:checking|asking|coming|talking|going|sticking)(?: \w+){0,3} me\b"
    r"|\bhow (?:you|u) (?:would|will|d) (?:cope|manage|get on|get by)\b(?: \w+){0,3} "
    r"(?:if i|without me)\b"
    r"|\b(?:should not|must not|do not|never|(?<!not )worry|(?<!not )worried|hate)\b"
    r"(?: \w+){0,4} (?:make|making|made|take|taking|"
    r"decide|deciding)(?: \w+){0,3} without me\b"
)
# "you don't need her, you've got me", "you shouldn't need anyone else for this stuff" (after
# "I'm glad you can lean on me"): others made needless beside the speaker. "You don't need
# anyone's permission" and "you don't need them to like you" make no one needless.
_NEED_NO_ONE = re.compile(
    r"\b(?:(?:you|u) (?:should not|do not|will not|never)|no) (?:\w+ )?need (?:anyone|anybody|"
    r"her|him|them|other people|to crowdsource)(?: else)?\b(?! (?:s|to)\b)"
    # another helper made needless ("You don't need a counsellor", "You shouldn't need a second
    # mentor", "you won't need any careers adviser"), with the speaker beside it
    r"|\b(?:you|u) (?:should not|do not|will not|never) (?:\w+ )?need (?:a |an |another |any |"
    r"a second |other |your )?(?:\w+ )?(?:counsellor|counselor|therapist|mentor|mentors|adviser|"
    r"advisor|coach|tutor|teacher|lawyer|solicitor|friends|colleagues|support group|"
    r"second opinion|other advice)s?\b"
)
# The speaker as all the mentee needs ("Everything you need, you can get from me"), or their
# absence as the mentee's undoing ("Without me in your corner you'd be lost", "without me this
# firm would eat you alive", "you'd be lost without these sessions").
_ALL_FROM_ME = re.compile(
    r"\b(?:everything|all|anything|whatever) (?:you|u) (?:need|want)\b(?: \w+){0,6}? "
    r"(?:from|off|with) me\b"
)
_UNDONE = (
    r"(?:be lost|be nowhere|get nowhere|never (?:cope|manage|survive|last|make it)|"
    r"not (?:cope|last|survive|manage|make it)|sink|drown|fall apart|struggle|"
    r"eat (?:you|u) alive|chew (?:you|u) up)"
)
_LOST_WITHOUT_ME = re.compile(
    r"\bwithout (?:me|my (?:help|support|guidance|backing)|these sessions|our sessions|us)\b"
    r"(?: \w+){0,5}? (?:you|u|they|this \w+|that \w+|the \w+|it) (?:would|will|could) "
    + _UNDONE
    + r"|\b(?:you|u) (?:would|will|could) "
    + _UNDONE
    + r"(?: \w+){0,3}? without (?:me|my (?:help|support|guidance|backing)|these sessions|"
    r"our sessions|us)\b"
)
# A call to the speaker made the rule before each of the mentee's own steps ("Ring me before each
# appointment with the specialist", "text me before every client meeting").
_ME_BEFORE_EACH = re.compile(
    r"^(?:so |and |just |please )*(?:ring|call|phone|text|message|ping|email|check with|"
    r"check in with) me (?:\w+ ){0,2}?before (?:each|every|any|all) \w+(?!.*\bif\b)"
)
# Anything at all brought to the speaker before the mentee acts ("If anything comes up,
# anything at all, you call me before you make a move", "ping me whenever you're unsure about
# anything, and I mean anything, before you act on it").
_ME_BEFORE_YOU = re.compile(r"\bme\b(?: \w+){0,14}? before (?:you|u)\b(?! (?:go|leave|head)\b)")
_ANYTHING = re.compile(
    r"\b(?:anything|everything|whenever|always|(?:each|every) (?:morning|day|evening|night|time|"
    r"shift|session|lesson|week))\b(?! (?:you|u) (?:want|would|like|wish|fancy)\b)"
)
# The speaker put first and someone else named second ("call me first, not HR", "come to me
# instead, not your manager").
_ME_NOT_THEM = re.compile(
    r"\b(?:me (?:first|instead|directly)|(?:come|bring \w+|send \w+|report|talk|speak|go|turn|"
    r"run \w+) to me|(?:text|call|ring|phone|message|email|ping|ask|tell) me) (?:and )?"
    r"not (?:to )?(?:hr|your|ur|the|anyone|anybody|him|her|them|other|"
    r"others)\b"
)
# The speaker as the mentee's one way in, in so many words: the mentee's questions, advice or
# contact sent to the speaker alone ("refer all questions to me alone", "Bring your questions to
# me instead", "I'd rather you only came to me", "She should only be getting advice from me",
# "decisions ... are cleared with me before you act", "send her back to me").
_ME_ALONE = re.compile(
    r"\b(?:to|with|from) me (?:alone|only|instead)\b(?! of\b)"
    r"|\bonly (?:be )?(?:came|come|coming|go|went|going|turn|turned|turning|talk|talking|"
    r"get|getting|take|taking|listen|listening|ask|asking)(?: \w+){0,2}? (?:to|from|with) me\b"
    r"|\b(?:cleared|checked|run|approved|signed off|vetted) (?:\w+ )?(?:with|by|past) me "
    r"before (?:you|u|she|he|they)\b"
    r"|\bsend (?:her|him|them) (?:straight )?back to me\b"
)
# "You don't need the other makers, you've got me": others set aside, the speaker in their place.
_GOT_ME = re.compile(r"\b(?:you|u) do not need (?:\w+ ){1,8}?(?:you|u) (?:have )?got me\b")
# The mentee reporting in so the speaker can judge how it went or say what to do ("Message me
# after every lesson so I can tell you whether it went well", "... so I can tell you what to do
# first"); "so I can tell you what I think" is feedback.
_TOLD_BY_ME = re.compile(
    r"\bme\b(?: \w+){0,12}? so (?:that )?i can (?:tell|show) (?:you|u) (?:what to|which|whether|"
    r"if (?:it|you|u)|how (?:it|you|u) (?:went|did|got on))\b"
)


# The mentee's step, or their standing, held until the speaker says so or is there ("You keep
# the warehouse job until I say otherwise", "don't answer anything until I've told you how",
# "You are not to discuss it with your assessor unless I'm on the call", "I doubt you ever will
# be unless I'm there beside you"): the mentee kept to the speaker's word.
_ON_MY_WORD = re.compile(
    r"\b(?:until|unless|till) i (?:say (?:so|otherwise)|have said so|(?:have )?(?:tell|told) "
    r"(?:you|u) (?:how|what|when|whether|to)\b|am (?:there|on the (?:call|line)|in the room|"
    r"present|beside (?:you|u)|with (?:you|u))|(?:have )?(?:approved|okayed|signed off|"
    r"cleared|vetted))\b"
)
_MENTEE_WORD = re.compile(r"\b(?:you|u|your|ur)\b")
_WHEN_NOT_WHO = re.compile(r"(?:before|only)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|we|us|our|ourselves)\b")
# A sentence that sets the mentee's worry about a matter down ("Don't fret about the elder who
# was rude to you", "No need to worry about your landlord"): a "him" or "her" the speaker acts
# on in the next sentence is of that matter.
_WORRY_SET_DOWN = re.compile(
    r"(?:(?:oh|so|and|look|listen|right|ok|okay|hey) )*(?:do not (?:you )?(?:worry|fret|stress)|"
    r"no need to (?:worry|fret|stress)|no (?:worries|stress)|not to worry|"
    r"stop (?:worrying|fretting|stressing)) (?:about|over|re)\b"
)


# The speaker's act sends something on to the mentee ("I'll dig out that reading list and send it
# over tonight", "let me find the link and forward it to you").
_SPEAKER_SENDS = re.compile(
    r"^(?:and |then |so )?(?:i will|i am going to|i am gonna|let me|i can) (?:\w+ ){0,12}?"
    r"(?:send|forward|email|pass|post|drop|share)\b(?: \w+){0,3}? "
    r"(?:over|across|on|along|through|to (?:you|u)|(?:your|ur) way|in (?:your|ur) inbox)\b"
    r"|^(?:and |then |so )?(?:i will|i am going to|i am gonna|let me|i can) "
    r"(?:\w+ ){0,12}?(?:send|forward|email) (?:you|u)\b"
)


# A verdict on a piece of the mentee's work ("Your pull request description is clear", "I don't
# think the essay is ready yet", "your slides look solid now"): feedback, the mentor's own part.
# Not a verdict on the mentee's view of themselves ("Your view that the contract is unfair is
# mistaken"), nor an outcome or a pick called settled ("your application is safe", "the job is
# yours", "the plan is happening"), nor anything said of the mentee after the verb ("the office
# job is right for you").
_OPINION = (
    r"(?:(?:so |and |but |overall |honestly )?i (?:do not )?(?:think|feel|reckon|find) (?:that )?)?"
)
_COPULA = (
    r"(?:is|are|was|were|looks|look|seems|seem|reads|read|feels|sounds|is looking|are looking)"
)
_SETTLED_STATE = (
    r"(?!(?:not )?(?:yours|mine|done|sorted|in|guaranteed|happening|settled|decided|final|handled|"
    r"fixed|going|a done|as good|attached|planned|safe|secure|certain|approved|accepted|a given|"
    r"a formality|a dead cert|a certainty|a lock|a shoo in|locked|sealed|covered|taken care|"
    r"through|the one|right|perfect|wrong|off|over|finished|gone|sent|submitted|signed|sure|"
    r"a sure|bound|in the bag|a slam dunk|a winner|getting|going to)\b)"
)
_VIEW_WORDS = re.compile(
    r"\b(?:view|views|feeling|feelings|sense|idea|ideas|instinct|instincts|read|reading|gut|belief|"
    r"beliefs|opinion|judgement|judgment|self assessment|assessment|perception|fear|fears|worry|"
    r"worries|doubts|strength|strengths|weakness|future|next step|place|calling)\b"
)
_AFTER_VERDICT = re.compile(r"\b(?:you|u|your|ur|yours|me|my|i|mine)\b")


def verdict_on_work(clause: str) -> bool:
    """Is ``clause`` only a verdict on a piece of the mentee's work ("Your lab report was clear",
    "I don't think the essay is ready yet")?"""
    words = _read(clause, clause)
    subject = re.fullmatch(
        _OPINION
        + r"(?P<subject>(?:your|ur|the|this) (?:\w+ ){0,5}?)"
        + _COPULA
        + r" "
        + _SETTLED_STATE
        + r"(?P<verdict>(?:not )?(?:\w+ ){0,2}\w+)",
        words,
    )
    return (
        subject is not None
        and not roles(clause).outcome  # "your application is a sure thing"
        and _data().products.search(subject.group("subject")) is not None
        and _VIEW_WORDS.search(subject.group("subject")) is None
        and _AFTER_VERDICT.search(subject.group("verdict")) is None
    )


def delivers_only(text: str) -> bool:
    """Does the speaker's act in ``text`` only fetch something and send it to the mentee, taking
    none of their task over ("I'll dig out that spreadsheet of mine and send it across")?"""
    words = _read(text, text)
    sent = _SENDS_IT_ON.search(words)
    if sent is not None and _SPEAKER_WILL.match(words):
        # "I'll dig out the form and email it tonight": the sending is the last step, the rest
        # must take nothing over
        before = words[: sent.start()]
        return _data().takeover.search(before) is None and not ownership(text)
    return (
        _SPEAKER_SENDS.search(words) is not None
        and _data().takeover.search(words) is None
        and not ownership(text)
    )


# The thing just fetched sent on at the clause's end ("... and email it tonight").
_SENDS_IT_ON = re.compile(
    r"\band (?:then )?(?:send|forward|email|post) (?:it|them|this|that)(?: (?:over|across|on))?"
    r"(?: (?:tonight|today|tomorrow|later|now|shortly|first thing|this (?:evening|afternoon|week)|"
    r"in the morning|by \w+))?$"
)


# The mentee shut out of a matter in its own sentence, right after the speaker said they would
# deal with it themselves ("I'll reply to him myself. You stay out of it.", "I'll ring the donor
# myself. You've got enough on your plate."): the two sentences are one take-over.
_SHUT_OUT = re.compile(
    r"(?:and )?(?:you|u) (?:just )?(?:stay|keep) (?:well |right )?out of (?:it|this|that)"
    r"|(?:you|u) (?:have|have got|got|already have) enough on (?:your|ur) plate"
)
_MYSELF_NEXT = re.compile(
    r"\b(?:i will|i am going to|i am gonna|let me)\b(?! \w+ (?:my|our)\b)(?: \w+){1,12}? myself\b"
)


def _me_alone(words: str, offer: bool) -> re.Match[str] | None:
    """The speaker named the mentee's one way in, neither offered, conditioned nor released
    ("You don't have to share everything with me, only what's useful" keeps no one)."""
    alone = None if offer or _GENERAL_IF.match(words) else _ME_ALONE.search(words)
    released = re.search(r"\b(?:not|never|no)\b", words[: alone.start()]) if alone else None
    return None if alone is None or released else alone


def _shut_out_after(words: str, before_this: str) -> bool:
    """Is ``words`` the mentee shut out, after the speaker's own act on the matter?"""
    return _SHUT_OUT.fullmatch(words) is not None and _MYSELF_NEXT.search(before_this) is not None


# An offer asked so that it leaves nothing to choose: "Why don't I just ring her for you?", "Why
# don't you let me be the one to tell your tutor?", "Shall I just step in with the council?",
# "I'll talk to him myself, shall I?". Read as the statement it is; "Shall I send you the
# template?" (no "just") still asks.
_OFFER_NO_CHOICE = re.compile(
    r"^\s*(?:why (?:don't|don’t|do not) (?:i|you let me)|shall i) just\b"
    r"|^\s*why (?:don't|don’t|do not) you let me\b(?! know\b)",
    re.IGNORECASE,
)
_SHALL_I_TAG = re.compile(r",?\s*shall i\s*\?\s*$", re.IGNORECASE)


def _as_statement(text: str) -> str:
    """``text`` with an offer that leaves no choice read as the statement it is."""
    text = _OFFER_NO_CHOICE.sub("I will", text, count=1)
    if _SPEAKER_TAGGED.search(text):
        text = _SHALL_I_TAG.sub(".", text)
    return text.replace("?", ".") if text.startswith("I will") else text


_SPEAKER_TAGGED = re.compile(r"\bi(?:'ll| will)\b[^?]*,?\s*shall i\s*\?\s*$", re.IGNORECASE)


def ownership(clause: str, sentence: str | None = None, previous: str = "") -> tuple[Move, ...]:
    """The changes of owner in ``clause`` (``sentence`` gives context for reassurances,
    ``previous`` is the sentence before, which the clause may refer back to)."""
    sentence = sentence or clause
    return _ownership(_as_statement(clause), _as_statement(sentence), previous)


# An offer asked ("Would it help if I just rang her?") and then taken back in the next sentence
# by the speaker doing it regardless ("I'll do it anyway", "It'd be easier if I did it").
_OFFERED = re.compile(
    r"^(?:\w+ ){0,2}?(?:would it help if i|would it be easier if i|shall i|should i|"
    r"do you want me to|want me to|how about i)\b"
)
_DONE_REGARDLESS = re.compile(
    r"^(?:and |so )?i (?:will|am going to|am gonna) (?:just )?(?:do|handle|sort|send|ring|call|"
    r"email|fix) (?:it|that|this)\b"
)
_EASIER_IF_I = re.compile(
    r"\b(?:easier|quicker|simpler|faster|better) if i (?:just )?(?:do|did|handle|handled|sort|"
    r"sorted|fix|fixed) (?:it|that|this)\b"
)
_REGARDLESS = re.compile(r"\b(?:anyway|anyhow|regardless|either way)\b", re.IGNORECASE)


def _offer_taken_back(clause: str, words: str, previous: str) -> bool:
    """Is ``words`` (the clause read) the speaker doing regardless what the sentence before only
    offered?"""
    if not previous or not previous.rstrip().endswith("?"):
        return False
    offered = _read(previous, previous)
    if _OFFERED.match(offered) is None or re.search(r"\b(?:my|our|send you|share)\b", offered):
        return False  # "Shall I send you my notes? I'll do it anyway.": the speaker's own things
    anyway = _DONE_REGARDLESS.search(words) is not None and _REGARDLESS.search(clause) is not None
    return anyway or _EASIER_IF_I.search(words) is not None


@lru_cache(maxsize=16384)
def _ownership(clause: str, sentence: str, previous: str = "") -> tuple[Move, ...]:
    r = roles(clause)
    if previous and _shut_out_after(_read(clause, sentence), _read(previous, previous)):
        return (Move("takes_over", clause.strip(), firm=True),)
    if _offer_taken_back(clause, _read(clause, sentence), previous):
        return (Move("takes_over", clause.strip(), firm=True),)
    # "I'm not open to debate on that" leaves no choice, whatever its words say on their own.
    shut_off = _SAY_SHUT_OFF.search(_read(clause, sentence))
    # "They never say no to me." reads as describing ("never say"), but it claims a hold
    deferred = re.search(_DEFERS_TO_ME, _read(clause, sentence)) is not None and (
        _outcome_stated(previous) or _outcome_claimed(_read(sentence, sentence))
    )
    if (r.describing or r.choice_left) and shut_off is None and not deferred:
        return ()
    if sentence != clause and r.modality == "possibility" and roles(sentence).choice_left:
        return ()  # "If you'd like, I can rewrite your summary": an offer, the choice is theirs
    words = _read(clause, sentence)
    context = _read(sentence, sentence)
    before_this = _read(previous, previous) if previous else ""  # the sentence before
    d = _data()
    moves: list[Move] = []
    negated = _negated(words)
    # "I'll have a word with him, yeah?" asks nothing: a tag question keeps the statement. A
    # question offering options ("Did you want to practise it with me first, or with your
    # peers?") leaves the pick to them, whoever is among the options.
    question = r.question and _TAG_QUESTION.search(clause) is None
    question = question and (not r.route_me or _ALTERNATIVES.match(words) is not None)

    acting = words
    if r.agent == "imperative" and _carried_speaker(words, context):
        acting = (
            f"i will {words}"  # "I'll go down tomorrow and tell Gary to ...": still the speaker
        )
    elif context.startswith(words) and _DROPPED_I.match(words):
        # "Happy to mark the rest of your books this weekend", "gonna ring ur landlord": the
        # speaker's commitment with its "I" left out, as in a quick message
        acting = f"i will {words[_DROPPED_I.match(words).end() :]}"
    speaker = _SPEAKER.search(acting)
    if speaker and _OPINION_ON.match(acting, speaker.start()):
        # "I think your sequencing ran a bit fast": the verb after a view is its new subject's
        speaker = _SPEAKER.search(acting, speaker.end())
    if speaker and _NOT_ACTION.match(acting[speaker.end() :].strip()):
        speaker = None
    if speaker and _BACKGROUND.match(words):
        speaker = None  # "When I was in your shoes I took on every project": the speaker's past
    if speaker and not question and not negated:
        rest = acting[speaker.end() :]
        lead = len(rest) - len(rest.lstrip())
        takeover = _OFF_YOUR_PLATE.match(rest, lead) or d.takeover.search(rest)
        if (
            takeover
            and _MODIFIER_BEFORE.search(rest[: takeover.start()])
            and re.match(r"\w+(?:ed|en|wn)\b", takeover.group())
        ):
            # "I must say, your written English has come on": a participle naming a thing of
            # theirs, not the speaker's act
            takeover = d.takeover.search(rest, takeover.end())
        while takeover and (
            _named_thing(rest[: takeover.start()], takeover.group())
            or _RUNNING_LATE.match(rest, takeover.end())
        ):
            # "I'm free for a call after your shift", "I thought your answer was honest", "I'll
            # post your books back": the word names a thing, the speaker's verb is another;
            # "I'm running a bit late with your feedback": how the speaker is doing
            takeover = d.takeover.search(rest, takeover.end())
        support = d.support.search(rest)
        if (
            takeover
            and takeover.start() <= _NEAR
            and " you " not in f" {rest[: takeover.start()]} "
            and not (support and support.start() <= takeover.start())
        ):
            object_text = rest[takeover.end() :]
            # "redo all of it", "tidied it up": the thing named before, the pronoun its object
            refers_back = re.match(
                # "a reference? I'm happy to write one": "one" is the thing named before
                r"\s*(?:(?:all|most|the rest|each|both) of )?"
                r"(?:it|them|this|that|those|these|one)\b",
                object_text,
            ) or re.search(r" it ", f" {takeover.group()} ")
            third = _third_party(object_text, context, _orders(sentence))
            # "give her a call and explain you need space": the person is in the verb phrase
            in_phrase = re.search(r"\b(?:him|her|them|his|their)\b", takeover.group()) is not None
            pronoun = re.match(r"\s*(?:\w+ ){0,3}?(?:him|her|them|his|their)\b", object_text)
            before = context[: context.find(rest)] if rest in context else ""
            # "him", "her" or "them", named before: "if the client kicks off, I'll fight it out
            # with them", "the thing with the head chef — I'll have a word with him myself",
            # "Your coach seems to have it in for you. I'll have a word with him"
            theirs = pronoun is not None and (
                _THIRD.search(before) is not None
                or _their_person(before)
                or (
                    (r.modality == "future" or _PAST_ACT.match(takeover.group()))
                    and _their_person(before_this, sentence=True)
                )
            )
            pronoun_in_person = theirs or (
                pronoun is not None and _IN_PERSON.search(object_text) is not None
            )  # "I'll chase them personally"
            own = (
                _OWN.search(object_text) is not None
                or (  # "I'll write my report for the board tonight": the speaker's own work
                    re.match(r"\s*my\b", object_text) is not None
                    and d.products.search(object_text[:30]) is not None
                    and not _YOUR.search(rest)
                )
                or (_TELLS.match(takeover.group()) and _OWN_NEWS.match(object_text) is not None)
                # "I told her that's between the two of you": the matter handed back to them
                or (_TELLS.match(takeover.group()) and _HANDED_BACK.match(object_text) is not None)
                or (
                    re.match(r"\s*(?:you|u)\b", object_text) is not None and not in_phrase
                )  # "I'll call you"
                or _MENTEE_MAY.search(object_text) is not None  # "questions you could ask him"
                or (refers_back is not None and _OWN.search(context) is not None)
                or _SUPPORT_AFTER.match(object_text) is not None
                or (
                    " myself" in f" {rest}"
                    and not theirs  # "have it out with her myself": in her place
                    and not _YOUR.search(rest)
                    and not _orders(sentence)
                    and not _SPARED.search(context)
                    and not d.handoff.search(context)  # "I'll write it myself, don't worry"
                    and not _someone_elses(clause)  # "ring Dana's landlord myself"
                    # "Since the gallery hasn't replied to your submission, I rang the curator
                    # myself": a person of the mentee's matter, dealt with in their place
                    and not (third and _mentee(context) and _CONTACT.match(takeover.group()))
                )
            )
            reaches = (
                _YOUR.search(rest) is not None
                or _ABOUT_THEM.search(object_text) is not None
                or _TELL_THEM_TO.match(object_text) is not None
                or (refers_back is not None and _YOUR.search(context) is not None)
                or third
                or (in_phrase and _mentee(context))
                or pronoun_in_person
                or d.handoff.search(context) is not None
                or _SPARED.search(context) is not None
                or (refers_back is not None and _SPARED.search(before_this) is not None)
                # "Don't fret about the elder who was rude to you. I had a quiet word with him."
                or (pronoun is not None and _WORRY_SET_DOWN.match(before_this) is not None)
                or _on_their_behalf(object_text, context)
            )
            if reaches and not own:
                product = d.products.search(rest) is not None or (
                    refers_back is not None and d.products.search(context) is not None
                )  # "your assignment's done, I tidied it up": the work it refers back to
                moves.append(Move("takes_over", takeover.group(), product))
        informed = _INFORMED.match(rest)
        if informed:
            moves.append(Move("decides", informed.group().strip()))
        decide = d.decide.search(rest)
        if decide and decide.start() <= _NEAR and not rest[decide.end() :].startswith(" to"):
            after = rest[decide.end() :]
            # "I've settled it", "if I just make the call on this one"
            settled = after.strip() in ("it", "that", "this", "this one", "that one")
            # "I've considered your options and selected the quantitative methods route"
            weighed = _THEIR_OPTIONS.search(rest[: decide.start()]) is not None
            if (
                _YOUR.search(after)
                or "you" in after.split()
                or not after.strip()
                or settled
                or weighed
            ):
                moves.append(Move("decides", decide.group()))
        ensure = d.ensure.search(rest) or _GET_YOU_OUTCOME.search(rest)
        if ensure and (
            _PROMISED_THING.search(rest[: ensure.end()]) or _KEEPS_OWN_WORD.search(rest)
        ):
            ensure = None  # "I'll dig out the form I promised you": a thing owed, no outcome
        outcome_context = (
            _YOUR.search(context)
            or "you" in context.split()
            or _outcome_stated(previous)
            or _future_for_mentee(previous)
            # "You'll be on the next list. I've made sure of it."
            or (bool(previous) and _settled_future(before_this))
        )
        if (
            ensure
            and ensure.start() <= _NEAR
            and (
                _YOUR.search(rest)
                or "you" in rest.split()
                or ((" it" in rest or " that" in rest) and outcome_context)
            )
        ):
            moves.append(Move("ensures_outcome", ensure.group()))

    addressed = _ADDRESSEE_FUTURE.search(words)
    if addressed and _RELATIVE.search(words[: addressed.start()]):
        addressed = None  # "the mentor you're choosing", "one next step you will take"
    if addressed and not question and not negated:
        rest = words[addressed.end() :]
        outcome = d.outcomes.search(rest)
        certain = d.certainty.search(context)
        if outcome and certain:
            moves.append(Move("ensures_outcome", f"{outcome.group()} … {certain.group()}"))
        choice = _going_to(addressed.group(), rest) or d.choices.search(rest)
        while (
            choice
            and " " not in choice.group()
            and _DETERMINER_BEFORE.search(rest[: choice.start()])
            and not d.picks.fullmatch(choice.group())
        ):
            # "You're doing the work": the word after a determiner names a thing, not the pick
            # ("You're doing the transfer next month" still names one)
            choice = d.choices.search(rest, choice.end())
        final = d.finality.search(_after(words, context, sentence)) or d.finality.search(
            words[: addressed.start()]
        )
        if not final:  # "you're moving out this month, I've found you a room": acted on already
            final = _DONE_FOR_THEM.search(rest) or _DONE_FOR_THEM.search(
                _after(words, context, sentence)
            )
        if not final:
            inside = d.finality.search(rest)  # "you're moving up, whether you feel ready or not"
            final = inside if inside and " " in inside.group() else None
        if not final and words in context:
            before = d.finality.search(context[: context.find(words)])
            final = before if before and " " in before.group() else None
        if not final and not sentence.rstrip().endswith("?"):
            final = _NOT_THE_OTHER.search(sentence)  # "you'll sit it in June, not January"
        if not final and not sentence.rstrip().endswith("?"):
            final = _NOT_THEIRS.search(sentence)  # "..., not the one you pitched"
        if not final and words in context:
            # "Sorry, but this isn't up for a vote: you're dropping the second job.", "We're not
            # debating the vendor any more. You're going with the Dutch one."
            final = _SAY_SHUT_OFF.search(context[: context.find(words)]) or (
                _SAY_SHUT_OFF.search(before_this) if addressed.start() == 0 else None
            )
        if not final and addressed.start() == 0 and _settled_before(previous):
            # "You are NOT going back to that gym. You'll train at ours from now on.": the next
            # pick said in the same voice as the one just settled
            final = re.match(r"", words)
        ordered_first = words in context and (
            _PICK_ORDERED.match(context[: context.find(words)]) is not None
            or _SPEAKER_DECIDES.search(context[: context.find(words)]) is not None
            or (  # the same, as a sentence of its own: "Cancel the trip home. You're staying."
                addressed.start() == 0
                and context.startswith(words)
                and bool(before_this)
                and _PICK_ORDERED.match(f"{before_this} ") is not None
                and not re.search(r"\b(?:if|unless|maybe|perhaps|could|might)\b", before_this)
            )
        )
        if not final and ordered_first:
            # "Cancel the trip, you're working the tournament weekend.", "if I just make the call
            # on this one: you're going with the cheaper van": the pick ordered or made first
            final = re.match(r"", words)
        if choice and _MANNER.match(rest[choice.end() :]):
            choice = None  # "you are taking steps", "you are taking your time": how, not what
        if choice and choice.start() >= 12:
            choice = None  # "you're doing the plan I sent": the verb is the first one
        if (
            choice is None
            and final is not None
            and (_closes(final.group()) or ordered_first)
            and final.group() != "end of"  # "... but that is really the end of the similarity"
            and not re.search(
                r"\b(?:what|how|why|where|whatever|whenever)$", words[: addressed.start()].strip()
            )
        ):
            # "you're doing maths, physics and chemistry, so that's that": closed in so many
            # words, whatever the verb ("you're doing great, end of story" is praise)
            choice = _ANY_DOING.match(rest)
        # "You'll withdraw from the competition this week.": a pick between options, said as
        # what the mentee will do, opening the clause (the exemplars still weigh it).
        pick = d.picks.match(rest.lstrip())
        announced = (
            addressed.start() == 0
            and pick is not None
            and _WHICH_ONE.match(rest.lstrip()[pick.end() :]) is not None
            and _THEIR_PICK.search(context) is None
        )
        if announced and choice is None:
            choice = pick  # "you'll pull out of the tour"
        # A standing rule laid down from a point in time ("Starting tomorrow you'll be running
        # 5k every morning", "Going forward you'll only be selling through one gallery").
        standing = _STANDING.search(words[: addressed.start()]) is not None and not r.choice_left
        if standing and choice is None:
            choice = _ANY_DOING.match(rest, re.match(r"\s*(?:(?:only|just|also) )?", rest).end())
        if choice and choice.start() < 12 and (final or r.strong_order or announced or standing):
            firm = final is not None and _closes(final.group())
            phrase = f"{addressed.group()} {choice.group().strip()}"
            moves.append(Move("future_as_fact", phrase, firm=firm))
    refused = _ADDRESSEE_NOT.search(words)
    if refused and not question:
        choice = d.choices.search(words[refused.end() :])
        after = _after(words, context, sentence)
        final = d.finality.search(after)
        if final is None and not _THEIR_PICK.search(words[: refused.start()]):
            # "It is decided that you will not apply this year." ("If it is decided that ..."
            # or "You decided that ..." close nothing)
            before_it = d.finality.search(words[: refused.start()])
            final = before_it if before_it and _closes(before_it.group()) else None
        if choice and choice.start() < 12 and final:
            firm = _closes(final.group())
            moves.append(Move("future_as_fact", f"{refused.group()} {choice.group()}", firm=firm))
        elif _refused_pick(words) and not _THEIR_PICK.search(context):
            # "You're not moving in with him.", "ur not going to that party on friday"
            moves.append(Move("future_as_fact", refused.group()))
    polite = _POLITE_ORDER.match(words)
    if polite and not (question or moves or r.choice_left or _THEIR_PICK.search(context)):
        pick = d.picks.match(words, polite.end())
        if pick and _WHICH_ONE.match(words, pick.end()):
            # "Kindly ensure you decline the competitor's offer by Friday."
            moves.append(Move("future_as_fact", f"{polite.group()}{pick.group()}"))
    mine = _MY_PICK_IS_YOURS.search(words)
    if mine and not (question or moves or _THEIR_PICK.search(words[: mine.start()])):
        # "The title of your thesis will be the one I suggested."
        moves.append(Move("decides", mine.group()))
    ours = _WE_PICK.match(words)
    if ours and not (question or moves) and d.picks.match(words, ours.end()):
        pick = d.picks.match(words, ours.end())
        if pick and re.match(r"\s*(?:your|ur)\b", words[pick.end() :]):
            # "We're changing your dissertation topic to the housing one."
            moves.append(Move("decides", f"{ours.group()}{pick.group()} your"))
    closing = None
    if len(words.split()) <= 5 and (d.finality.search(words) or words in ("done", "decided")):
        closing = _CLOSED.search(words)
    if closing is None:
        closing = _SHUT_DOWN.match(words) or (
            _SHUT_DOWN.match(context) if context.startswith(words) else None
        )  # "I've thought it through and it's the right move."
    if closing is None and shut_off is not None:
        closing = shut_off
        if _YOURS_WILL_BE.match(before_this) and not (moves or question):
            # "Your portfolio projects will be in Python. I'm not open to debate on that."
            moves.append(Move("future_as_fact", words, firm=True))
    if (
        closing
        and not (moves or _THEIR_PICK.search(words) or "consider it" in words)
        and not sentence.rstrip().endswith("?")  # "That's the plan, right?"
        and (
            _ordered_before(previous)
            or _ordered_earlier(words, context)
            or _pick_refused(before_this)
            or (words in context and _pick_refused(context[: context.find(words)]))
        )
    ):
        # "Sell the van, lease a unit, and hire an apprentice by spring. That's the plan."
        moves.append(Move("future_as_fact", words, firm=True))
    reported = _REPORT_DONE.match(words)
    if reported and not moves and _settled_before(previous):
        # "You're going to cut the prices by 20%, and you'll close on Mondays. Let me know once
        # it's done.": weighed by the model
        moves.append(Move("future_as_fact", reported.group()))
    carried = _CARRY_OUT.match(words)
    if (
        carried
        and r.agent == "imperative"
        and not (question or moves or r.choice_left)
        and not _THEIR_PICK.search(words)  # "Let them know when it suits you"
        and _settled_before(previous)
    ):
        # "You're not publishing that essay. Take it down.": the order carries the choice out
        moves.append(Move("future_as_fact", carried.group().strip(), firm=True))
    if r.agent == "imperative" and not question and not _INVITATION.match(words):
        choice = d.choices.search(words[:40])
        final = d.finality.search(words) or d.finality.search(_after(words, context, sentence))
        if choice and final and not r.choice_left:
            firm = _closes(final.group())
            moves.append(Move("future_as_fact", f"{choice.group()} … {final.group()}", firm=firm))
        theirs_not = _NOT_THEIRS.search(words)
        if theirs_not and not r.choice_left and not _THEIR_PICK.search(words[: theirs_not.start()]):
            # "Write that one, not the one you pitched.": the mentee's own pick set aside
            moves.append(Move("future_as_fact", theirs_not.group().strip(" ,"), firm=True))
    done = _DONE_FOR_THEM.search(words)
    settled = any(m.kind in ("decides", "future_as_fact") for m in moves)
    earlier = context[: context.find(words)].strip(" ,;:") if words in context else ""
    if (
        done
        and not (question or negated or settled)
        and ((previous and _choice_stated(previous)) or (earlier and _choice_stated(earlier)))
    ):
        # "ur going to the open day on sat. i've booked u a slot", "You're switching to the
        # 800; I've told the coach": decided and done for them
        moves.append(Move("decides", done.group(), firm=True))
    influence = _INFLUENCE.search(context)
    claimed = _outcome_claimed(words) or (
        _GRANTED.search(words) is not None and _mentee(context) and not _GENERAL_IF.match(words)
    )  # "Just submit whatever you've got, they'll accept the paper because ..."
    if influence is None and claimed and previous:
        # "I give you my word the visa will be approved. I have friends at the Home Office."
        influence = _INFLUENCE.search(" ".join(tokens(previous)))
    tie = _TIE.search(context)
    at = context.find(words)
    if (
        tie
        and at >= 0
        and tie.start() < at + len(words)
        and at < tie.end()  # the clause holds (part of) the tie
        and not (question or negated or any(m.kind == "ensures_outcome" for m in moves))
        and _NO_HOLD.search(context) is None
        and (
            (bool(previous) and _settled_future(before_this))
            or _settled_future(context[: tie.start()])
            or _settled_future(context[tie.end() :])
        )
    ):
        # "Rest assured, the post will be offered to you. I have discussed the matter with the
        # hiring manager personally."
        moves.append(Move("ensures_outcome", tie.group()))
    secured = any(m.kind == "ensures_outcome" for m in moves)
    rival = _NO_RIVAL.search(words)
    if rival is None and (claimed or _outcome_claimed(words)):
        rival = _NO_RIVAL.search(context) or (_NO_RIVAL.search(before_this) if previous else None)
    elif rival is not None and not (claimed or _outcome_claimed(context)):
        rival = rival if previous and _outcome_claimed(before_this) else None
    if rival and not (question or negated or secured):
        # "The tournament's yours. Nobody in that bracket can beat you.", "The post is yours.
        # I've told them not to bother interviewing anyone else."
        moves.append(Move("ensures_outcome", rival.group(), firm=True))
        secured = True
    if (
        influence
        and not (question or negated or secured)
        and (
            claimed
            or _outcome_stated(previous)
            # the outcome claimed in another clause of the sentence ("you'll walk into the role;
            # I've told the estate you're the one and they don't go against me"): the clause
            # that holds the speaker's tie carries it
            or (influence.group() in words and _outcome_claimed(context))
        )
    ):
        moves.append(Move("ensures_outcome", influence.group()))
    backing = _BACKING.search(context)
    sure = _SURE.search(context)
    if (
        backing
        and sure
        and not (question or negated)
        and (_SURE.search(words) or backing.group() in words)
    ) and not any(m.kind == "ensures_outcome" for m in moves):
        moves.append(Move("ensures_outcome", f"{backing.group()} … {sure.group()}"))
    certain = d.certainty.search(words)
    if certain is None and _GRANTED.search(words):
        certain = d.certainty.search(context)  # "The label will sign you after the show, I promise"
    mentee = _YOUR.search(words) is not None or bool({"you", "u"} & set(words.split()))
    if (
        certain
        and mentee
        and (
            d.outcomes.search(words)
            or re.search(r"\byours\b(?! to\b)", words)
            or _GRANTED.search(words)
        )
        and not (question or negated)
        and not _GENERAL_IF.match(words)  # "if you've clarified the idea, it makes it easy..."
        and not _KEEPS_OWN_WORD.search(words)
    ) and not any(m.kind == "ensures_outcome" for m in moves):
        moves.append(Move("ensures_outcome", certain.group()))
    if not (question or any(m.kind == "ensures_outcome" for m in moves)):
        vouched = _vouched_for(words, context, before_this)
        if vouched is not None:
            moves.append(Move("ensures_outcome", vouched))

    knows = d.knows.search(words)
    while knows and (
        _SUPPOSE.search(words[: knows.start() + 2]) or _NOT_A_CLAIM.match(words[knows.end() :])
    ):
        # "I've been in your shoes, so I know what's best": a later claim still counts
        knows = d.knows.search(words, knows.end())
    if (
        knows
        and knows.group() == "i know people"
        and re.match(
            r" (?:who|that|it|whom|whose|in|at|from|like|for|with)\b", words[knows.end() :]
        )
    ):
        knows = None  # "I know people it didn't work for": people met, not a claim over them
    if (
        knows
        and knows.group() in _AUTHORITY
        and not re.search(
            r"\b(?:you|u|your|ur|yours|yourself)\b",
            context[context.find(knows.group()) + len(knows.group()) :]
            if knows.group() in context
            else words[knows.end() :],
        )
    ):
        # "Trust me, every researcher gets rejections": a claim about no one's pick ("Trust me,
        # you're not an entrepreneur" is about theirs, in the clause or the rest of the sentence)
        knows = None
    if knows and knows.group() in _AUTHORITY and _one_tip(context, knows.group()):
        knows = None
    if knows and _HEDGED.search(words[: knows.start() + 4]):
        knows = None  # "It worked for me; it might not for you": a doubt offered, no verdict
    if knows is None and re.search(r"(?:^|, |but |and )i know you$", words):
        knows = re.search(r"i know you$", words)
    if knows is None:
        knows = (
            _NOT_AS_I_DO.search(words)
            or _INNER_VOICE_SET_ASIDE.search(words)
            or _FEELINGS_DISMISSED.search(words)
            or _ACCOUNT_DISMISSED.search(words)
            or _overruled(words, context, sentence, previous)
            or _recast(words, context, previous)
        )
    # A condition ("if you are not sure..., it is not for you") is not a verdict.
    conditional = re.match(r"(?:however |but |and )?(?:if|when|whether) ", words) is not None
    if knows and not question and not conditional:
        moves.append(Move("knows_better", knows.group()))
    elif _THEIR_VIEW.search(words) and not question and not conditional:
        dismissal = d.dismissals.search(words)
        copula = re.search(r"\b(?:is|are|was|sounds|looks|seems)\b", words) or re.search(
            r"\w['\u2019]s\b", clause
        )  # "Your gut's wrong"
        if dismissal and dismissal.group() == "off" and not _OFF_AS_VERDICT.search(words):
            dismissal = None  # "your training paying off", "people were dropping off": a particle
        if dismissal and (copula or " " in dismissal.group()):
            moves.append(Move("knows_better", dismissal.group()))

    in_their_place = _WITH_ME_NOT_YOU.search(words)
    word = _HAD_A_WORD.match(words)
    if (
        word
        and in_their_place is None
        and not (question or negated)
        and not re.search(r"\bmy (?!own\b)\w+", words)  # "I spoke to my sister about it"
        and (_left_alone(context) or _left_alone(before_this))
    ):
        # "Sergeant Hollis won't be bothering you again, I had words with his CO."
        moves.append(Move("takes_over", word.group(), firm=True))
    if (
        in_their_place
        and not (question or negated)
        and not any(m.kind == "takes_over" for m in moves)
    ):
        # "I have asked HR to liaise with me directly rather than with you"
        moves.append(Move("takes_over", in_their_place.group()))
    lever = d.leverage.search(words)
    if lever and not (question or negated) and not any(m.kind == "ensures_outcome" for m in moves):
        moves.append(Move("ensures_outcome", lever.group()))
    cover = (
        d.cover_up.search(words)
        or _SAY_YOU_WERE.search(words)
        or _COVER_STORY.search(words)
        or _LET_OFF.search(words)
    )
    if cover is None and r.agent == "speaker" and not negated:
        # the concealment may close the sentence in a clause of its own ("I've resubmitted it
        # before the audit, so nobody will see the mistake")
        cover = _CONCEALED.search(words) or (
            _CONCEALED.search(context, context.find(words)) if words in context else None
        )
    if cover is None and previous and _FALLOUT_KEPT_OFF.match(words):
        # "I changed the numbers in the log. It won't come back on you.": the act just told
        # hides the mentee's slip
        did = _SPEAKER_DID.search(before_this)
        # on something of the speaker's own ("I fixed my own bike") nothing of theirs is hidden
        mine = did is not None and re.search(r"\bmy\b", before_this[did.end() :]) is not None
        cover = _FALLOUT_KEPT_OFF.match(words) if did and not mine else None
    if cover is None and _ASKS_WHY.search(context) and "truth" not in words:
        cover = re.search(r"\b(?:say|tell (?:him|her|them|\w+))(?= (?!what (?:you|u)\b))", words)
    if cover and _negated(words[: cover.start()]):
        cover = None  # "I'm not willing to say you were at a meeting you weren't at": refused
    if cover and not question and not any(m.kind == "takes_over" for m in moves):
        moves.append(Move("takes_over", cover.group(), product=True))
    handed = _handed_over(words, context, before_this, r)
    if handed and not any(m.kind == "takes_over" for m in moves):
        # "Give it here, I'll knock out the last three pieces tonight", "Kindly forward the
        # reviewers' comments to me; I will draft the rebuttal myself"
        moves.append(Move("takes_over", handed))
    residue = _RESIDUE.match(words)
    if residue and not (question or negated) and not any(m.kind == "takes_over" for m in moves):
        made = _made_by_me(context[: context.find(words)] if words in context else "")
        if made or (previous and _made_by_me(" ".join(tokens(previous)))):
            # "I'll put the numbers together and you just paste it in": the work is done for them
            moves.append(Move("takes_over", residue.group(), product=True))

    route = (
        d.routes.search(words)
        or _PREFER_ONLY_ME.search(words)
        or _EVERYTHING_BY_ME.search(words)
        or _YOU_NEED_ME.search(words)
    )
    route_negated = (
        re.search(r"\b(?:not|never|no need|no)\b", words[: route.start()]) if route else None
    )
    if route is None and r.route_me:
        route_negated = re.search(r"\b(?:not|never|no need)\b", words)
    # An offer ("I could look it over before you send it") routes nobody.
    offer = re.match(r"(?:\w+ ){0,2}i (?:could|can|might)\b", words) is not None
    if route is not None and route.group() in _ASIDES:
        route = None  # "Between you and me, I failed my first audit too": a confidence
    secret = _KEPT_BETWEEN_US.search(words)
    if secret and not (question or offer) and not re.search(r"\b(?:not|never)\b", words):
        # "I think it's better if we keep this between us": others shut out, in so many words
        moves.append(Move("routes_through_me", secret.group(), firm=True))
    elif (
        (route or r.route_me)
        and not question
        and not route_negated
        and not offer
        and not (
            _WHEN_NOT_WHO.match(route.group() if route else "only")
            and not (_FIRST_PERSON.search(context) or _FIRST_PERSON.search(before_this))
        )
    ):
        # A time ("before you speak to him") or a sole helper ("the only one who can") keeps the
        # mentee to the speaker only when the speaker is there: "might be worth a look before
        # you speak to him", "They are the only one who can tell you" route no one through them
        moves.append(Move("routes_through_me", route.group() if route else "through me"))
    instead = _ME_INSTEAD.search(words)
    if instead and not question and not any(m.kind == "routes_through_me" for m in moves):
        earlier = " ".join(tokens(previous)) if previous else ""
        if _SET_ASIDE.search(context) or _SET_ASIDE.search(earlier):
            moves.append(Move("routes_through_me", instead.group()))
    held = _HELD_FOR_ME.search(words)
    routed = any(m.kind == "routes_through_me" for m in moves)
    if held and not (question or offer or routed):
        moves.append(Move("routes_through_me", held.group()))
    if not (question or offer or any(m.kind == "routes_through_me" for m in moves)):
        kept = (
            _ME_BEFORE_EACH.match(words)
            or _ONLY_ME.search(words)
            or _needs_no_one_else(words, context, previous)
            or _ME_NOT_THEM.search(words)
            or _all_from_me(words, context)
            or _me_alone(words, offer)
            or (_GOT_ME.search(context) if re.search(r"\bgot me$", words) else None)
        )
        if kept is None and _MENTEE_WORD.search(words[:200]):
            kept = _ON_MY_WORD.search(words)  # "You keep the job until I say otherwise"
        if kept is None and re.search(r"\bme\b", words) and _ANYTHING.search(context):
            kept = _ME_BEFORE_YOU.search(context) or re.search(r"\bme first\b", words)
        if kept is None and words in context:
            told = _TOLD_BY_ME.search(context)
            start = context.find(words)
            if told and told.start() < start + len(words) and start < told.end():
                kept = told
        if kept is not None:
            moves.append(Move("routes_through_me", kept.group()))
        else:
            lost = _LOST_WITHOUT_ME.search(words)
            if lost is not None:
                # "Without me in your corner you'd be lost": the mentee's undoing, in so many words
                moves.append(Move("routes_through_me", lost.group(), firm=True))
    threat = _ultimatum(words, context)
    if threat and not (question or any(m.kind == "future_as_fact" for m in moves)):
        # "Either you take the offer or we're done with these sessions": no choice left
        moves.append(Move("future_as_fact", threat, firm=True))
    return tuple(moves)


# The mentoring itself withdrawn ("we're done with these sessions", "don't bother calling me
# again", "find yourself another mentor") as the price of the mentee's other pick, named in the
# sentence ("Either you ... or ...", "If you turn it down, ..."): a choice closed by a threat.
_WITHDRAWN = re.compile(
    r"\b(?:we are done|i am done with (?:you|u|this|these)|(?:i will|i) stop (?:mentoring|helping) "
    r"(?:you|u)|(?:you|u) are on (?:your|ur) own|find (?:yourself )?(?:another|a new|a different) "
    r"mentor|do not bother (?:calling|ringing|texting|messaging|contacting|coming back to|"
    r"coming to|asking) me|do not (?:call|ring|text|message|contact) me (?:again|ever again)|"
    r"we (?:will )?stop (?:meeting|working together|these sessions))\b"
)
_THEIR_OTHER_PICK = re.compile(r"(?:^|\b)(?:either|if|unless|should) (?:you|u)\b")


def _ultimatum(words: str, context: str) -> str | None:
    """The mentoring withdrawn if the mentee picks otherwise: the phrase, or None."""
    withdrawn = _WITHDRAWN.search(words)
    if withdrawn is None or words not in context:
        return None
    # the other pick named before the withdrawal, not the withdrawal as what the mentee may
    # feel or say ("If you ever feel we're done, say so")
    before = context[: context.find(words) + withdrawn.start()]
    if _THEIR_OTHER_PICK.search(before) is None or _THEIR_VIEW_OF_IT.search(before):
        return None
    return withdrawn.group()


_THEIR_VIEW_OF_IT = re.compile(
    r"\b(?:feel|feels|think|thinks|decide|decides|say|says|believe|reckon|agree|that)\s*$"
)


# The mentee left only the last step of a piece of work ("you just paste it in", "you can copy
# the working into yours", "just upload it", "you can submit it tomorrow").
_RESIDUE = re.compile(
    r"(?:and |so |then )?(?:(?:you|u) )?(?:(?:can|could|just|only|then|need to|have to) )*"
    r"(?:(?:paste|copy|upload|submit|sign|attach|talk from|read out|put (?:your|ur) name on) "
    r"(?:\w+ )?(?:it|them|that|this|the working|my answers)|hand (?:it|them) in)\b"
    # the mentee's whole part made a formality beside the speaker's work ("I'll prep the witness
    # and you can just sit in", "... and you just turn up"); their own pick or word is no residue,
    r"|(?:and |so |then )?(?:you|u) (?:can |could )?(?:just|only|simply) "
    r"(?!(?:let|tell|ask|decide|choose|pick|think|need|want|say|check|call|text|email|ring)\b)"
    # ... unless that part is their own thing ("I'll book the room, you just bring your notes")
    r"\w+\b(?!(?: \w+){0,2} (?:your|ur|yours)\b)"
)
# The speaker making something, said as done or to be done ("I'll put the numbers together",
# "I've filled it in", "I'll just do the analysis section tonight"); "I'll review it" and "I'll
# look over the draft" support the mentee's own work.
_MADE = re.compile(
    r"\bi (?:will|have|am going to|had|already|just)(?: (?:just|already|quickly))*"
    r" (?!(?:not|never|be|send|get back|check|checked|sign|signed|approve|approved)\b)(\w+)"
)


# What a reader adds to the mentee's own work ("I've added a couple of comments").
_FEEDBACK = re.compile(
    r"(?:\w+ ){0,4}?(?:comments?|feedback|notes|suggestions|thoughts|edits|tracked changes)\b"
)


def _made_by_me(text: str) -> bool:
    made = _MADE.search(text)
    if made is None or _data().support.match(text, made.start(1)):
        return False
    return _FEEDBACK.match(text, made.end(1) + 1) is None


def _all_from_me(words: str, context: str) -> re.Match[str] | None:
    """The speaker as all the mentee needs, across the clauses of the sentence ("Everything you
    need, you can get from me")."""
    found = _ALL_FROM_ME.search(context)
    if found is None or words not in context:
        return None
    start = context.find(words)
    return found if found.start() < start + len(words) and start < found.end() else None


# Authority asked for one tip only ("Trust me on one thing only:", "If you take one thing from me,
# trust me on this:"), which then is a practice to try or a permission, not a verdict on them.
_ONE_THING = re.compile(r"\b(?:on (?:just |only )?one thing|one thing from me)\b")
_TIP = re.compile(
    r"(?:only |on this |on that |just )*(?:(?:you|u) (?:are|re) allowed to|(?:you|u) can\b|"
    r"(?!(?:you|u|your|ur|i|we|it|that|this|there)\b)[a-z]+ (?:your|ur|the|a|it|them|down|up|"
    r"out|every|each|one)\b)"
)


def _one_tip(context: str, authority: str) -> bool:
    """Is the speaker's authority asked for one tip only, and is the tip a practice or a
    permission ("write your notes up the same day", "you're allowed to change your mind")?
    "Trust me on one thing: you're not cut out for law" is a verdict and stays one."""
    if _ONE_THING.search(context) is None or authority not in context:
        return False
    rest = context[context.find(authority) + len(authority) :]
    rest = _ONE_THING.sub("", rest, count=1).strip()
    return _TIP.match(rest) is not None


# The mentee's material handed to the speaker ("Give it here", "forward the reviewers' comments
# to me", "cc me into the emails", "Send me the supplier's number").
_HAND_OVER = re.compile(
    r"\b(?:give|hand|pass|send|bring|forward)(?: it| them| that| those| this)"
    r" (?:here|over here|over|(?:over )?to me)\b"
    r"|\bgive me (?:it|them|that|those)\b|\b(?:cc|copy|loop) me (?:into|in on|on)\b"
    r"|\b(?:give|hand|pass|send|forward|email|bring) (?:the |your |ur |those |that |all )"
    r"(?:\w+ ){0,5}?(?:to|over to) me\b"
    r"|\bsend me (?:the |your |ur |their |his |her )"
)
_SPEAKER_WILL = re.compile(r"^(?:and |then |so )?i (?:will|am going to|am gonna) (?!not\b)")
# The speaker's own part with what was handed over: reading it ("I'll look it over", "I'll go
# through them") or taking part ("I'll join the call", "I'll add it to my calendar").
_OWN_PART = re.compile(
    r"^(?:and |then |so )?i (?:will|am going to|am gonna) (?:just )?(?:(?:look|read|go|glance|"
    r"skim|check)(?: it| them| that| those)? (?:over|through|at)|join|attend|come|be there|"
    r"turn up|show up|add|save|print|put (?:it|them) in my|book (?:it|them) in|give (?:you )?"
    r"(?:some )?(?:feedback|comments|notes)|comment)\b"
)


# The speaker's notes on the mentee's work ("I'll give you honest notes", "give you my thoughts").
_NOTES_GIVEN = re.compile(
    r"\b(?:give|provide|send|offer|share|write) (?:(?:you|u) )?(?:\w+ ){0,2}?(?:notes|feedback|"
    r"comments|thoughts|pointers|tips|views|take|opinion|reactions?|critique)\b"
)


def _handed_over(words: str, context: str, previous: str, r: Roles) -> str | None:
    """The speaker's next step on what the mentee has just been told to hand over: the phrase, or
    None. A step of support ("send me your draft and I'll read it over") takes nothing over."""
    if r.agent != "speaker" or r.question or _SPEAKER_WILL.match(words) is None:
        return None
    if _data().support.search(words) or _negated(words) or _OWN_PART.match(words):
        return None
    if _NOTES_GIVEN.search(words):
        return None  # "send it over once you've done a draft and I'll give you honest notes"
    before = context[: context.find(words)] if words in context else ""
    handed = _HAND_OVER.search(before) or (_HAND_OVER.search(previous) if not before else None)
    return handed.group() if handed else None


def _needs_no_one_else(words: str, context: str, previous: str) -> re.Match[str] | None:
    """Others made needless with the speaker beside them, in the sentence or the one before."""
    needless = _NEED_NO_ONE.search(words)
    if needless is None:
        got_me = re.search(r"\b(?:you|u) (?:have )?got me\b", words)
        return got_me if got_me and _NEED_NO_ONE.search(context) else None
    beside = f"{context} {' '.join(tokens(previous))}"
    return needless if re.search(r"\b(?:me|mine)\b", beside) else None


# A pick ordered at the start of the sentence ("Cancel the trip, ...", "Drop the module, ...").
_PICK_ORDERED = re.compile(
    r"(?:so |right |ok |okay )?(?:just )?(?:accept|decline|turn down|withdraw from|drop|quit|"
    r"resign|switch|transfer|sell|cancel|skip|defer|postpone|scrap|ditch|abandon|pull out of|"
    r"back out of|stop|give up)"
    r" (?:the|your|ur|that|this|those|these)\b(?: \w+){0,6} $"
)
# Any verb the mentee is said to be doing next, not praise or manner ("you're doing maths",
# not "you're doing great").
_ANY_DOING = re.compile(
    r"\s*(?:be )?(?!(?:doing|going|getting|coming|looking|feeling|being|making) (?:great|well|fine|"
    r"brilliantly|amazing|amazingly|really|so|better|good|ok|okay|alright|progress)\b)"
    r"(?:[a-z]+ing|(?:needed|expected|wanted|booked) (?:at|on|in|for))\b"
)
# The speaker deciding, earlier in the sentence ("It might be best if I just make the call on
# this one:", "I've decided:").
_SPEAKER_DECIDES = re.compile(
    r"\bi (?:(?:will|have|just|am going to|would) )*(?:decide|decided|make the call|made the call|"
    r"picked|chosen|selected)\b(?! (?:to|that i|whether|if)\b)"
)
# The speaker's pick said to be the mentee's own thing ("The title of your thesis will be the one
# I suggested", "your topic has to be the one I picked"); "the one you suggested" is theirs.
_MY_PICK_IS_YOURS = re.compile(
    r"\b(?:your|ur) (?:\w+ ){1,4}?(?:will be|is going to be|has to be) (?:the (?:\w+ )?one|what) i "
    r"(?:suggested|picked|chose|chosen|recommended|proposed|want|wanted|sent|wrote|said)\b"
)
# The mentee's options weighed by the speaker before a pick ("I've considered your options and").
_THEIR_OPTIONS = re.compile(
    r"\b(?:your|ur) (?:\w+ )?(?:options|choices|shortlist|offers)\b(?: \w+){0,4} and\s*$"
)
# The speaker's commitment opening the sentence ("I'll go down to the shop floor tomorrow and").
_SPEAKER_OPENS = re.compile(
    # after a lead of any length ("dont stress about the salon owner, ill pop in tmrw and tell
    # her ..."): the commitment's own verbs carry no other subject
    r"(?:\w+ )*?i (?:will|am going to|am gonna|shall)\b(?:(?! (?:you|u|he|she|they|we|it)\b)"
    r" \w+){1,12} and $"
)


# A commitment opening a message with its "I" left out ("Happy to ...", "Gonna ...", "Will ...").
_DROPPED_I = re.compile(
    r"(?:(?:more than |so |very )?(?:happy|glad) to|gonna|going to|will|am going to) "
    r"(?!(?:be|have|need|see|let|know|check|ask|think)\b)"
)


_STANDING = re.compile(
    r"(?:^|\b(?:and|so|then) )(?:from now on|going forward|from here on(?: in| out)?|"
    r"starting (?:\w+ ){0,2}\w+|as of (?:\w+ ){0,2}\w+|from (?:next|this) \w+(?: on(?:wards)?)?|"
    r"from (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)"
    r"(?: on(?:wards)?)?)"
    r" $"
)


def _carried_speaker(words: str, context: str) -> bool:
    """Is the clause a verb phrase joined by "and" to the speaker's own commitment, so that the
    speaker still acts ("I'll go down to the shop floor tomorrow and tell Gary to ...")?"""
    if words not in context:
        return False
    return _SPEAKER_OPENS.fullmatch(context[: context.find(words)]) is not None


def _refused_pick(words: str) -> bool:
    """Does the clause open by saying what the mentee will not do, naming it ("You're not
    moving in with him", "You're not publishing that essay", "ur not going to that party")?"""
    refused = _ADDRESSEE_NOT.match(words)
    if refused is None:
        return False
    rest = words[refused.end() :].lstrip()
    if refused.group().endswith(("going to", "gonna")):
        # "ur not going to that party": an event pointed at and ruled out; "You're not going to
        # the wedding." may only report what the mentee said, and is left to the exemplars
        return re.match(r"\s*(?:that|this|those|these|any)\b", rest) is not None
    verb = _data().picks.match(rest) or _data().choices.match(rest)
    if verb is None:
        return False
    after = rest[verb.end() :]
    return _WHICH_ONE.match(after) is not None or _WITH_SOMEONE.match(after) is not None


# The mentee's own pick named as the one not taken ("Write that one, not the one you pitched",
# "go with the red, not the colour you liked"): the speaker's pick put in its place.
_NOT_THEIRS = re.compile(
    r",?\s*not (?:the (?:\w+ )?one|the \w+|what|whatever) (?:that )?(?:you|u) (?:pitched|chose|"
    r"picked|wanted|suggested|proposed|planned|preferred|prefer|liked|had in mind|came up with|"
    r"were thinking of|were set on|went for)\b"
)
_WITH_SOMEONE = re.compile(r"\s*(?:in |out )?(?:with|to) (?:him|her|them)\b")
# An order that carries out a choice just stated ("Tell him tonight.", "Take it down.", "Email
# them back today.", "Change it on the form today.").
_CARRY_OUT = re.compile(
    r"(?:so |and |then |now )?(?:please )?(?:just )?(?:tell (?:him|her|them|everyone|the others)|"
    r"(?:email|ring|call|text|message|inform) (?:him|her|them|everyone|the others)|"
    r"let (?:him|her|them|everyone|the others) know|take (?:it|that) down|"
    r"(?:change|cancel|withdraw|delete) (?:it|that)|plan around it)\b"
)


# An order to make a pick, put politely ("Please ensure you accept the secondment by Friday",
# "Kindly ensure you decline the offer", "I'd like you to withdraw from the module").
_POLITE_ORDER = re.compile(
    r"(?:please |kindly )?(?:ensure|make sure|see to it) (?:that )?(?:you|u) |"
    r"(?:please )?(?:i would like|i need|i want) (?:you|u) to "
)
# The speaker, as "we", making a pick of the mentee's ("We're changing your research question to
# the second one", "We'll be moving your wedding shoot bookings to spring").
_WE_PICK = re.compile(r"(?:so |right |ok )?we (?:are|will|will be|have|have been) ")
# A sentence of its own that closes the choice ("That's not optional.", "Done.", "End of
# discussion.", "That's the plan."); "Don't overthink it" urges, it closes nothing.
_CLOSED = re.compile(
    r"\b(?:final|discussion|story|settled|decided|decision|made|optional|negotiable|"
    r"not (?:really )?asking|that is that|the plan|done|no arguments?|no buts|my call|simple as|"
    # "that's what's happening", "that's how it is"
    r"(?:that|this) is (?:what is happening|how it is|the way it is))\b|^end of$"
)
# The mentee's say shut off in a longer closing sentence ("You're starting the medication. I
# don't want to hear any more about it.").
_SHUT_DOWN = re.compile(
    r"^(?:and |so |look )?i do not want to hear (?:any more|anymore|another word|a word|it|"
    r"(?:any )?(?:alternatives|objections|excuses|arguments|buts|other options)|otherwise)\b"
    # the speaker's mind made up on it: "I've made up my mind on it", "My mind's made up."
    r"|^(?:and |so |look )?(?:i have made up my mind|my mind is made up|i have made my decision)\b"
    # the speaker's verdict on it: "I've thought it over and that's the way forward"
    r"|^i have (?:thought it (?:through|over)|considered it|weighed it up|had a think)\b"
    r"(?: \w+){0,4} (?:the (?:right|best|only) (?:move|call|choice|option|way|one)|"
    r"the way forward)\b"
    # the pick called the decision, the talk about it ended, the other option struck out:
    # "That's the decision.", "No changes.", "I've decided.", "Not next month."
    r"|^(?:and |so )?(?:that is|this is) (?:the|my) (?:decision|call)$"
    r"|^(?:and |so )?no (?:more )?(?:changes|options|alternatives|discussion|debate|arguments|"
    r"negotiation|back and forth)$"
    r"|^(?:and |so )?i have (?:already )?decided\b"
    # a pick closed in a tag of its own ("You're staying on the project. Final answer.")
    r"|^(?:and |so )?(?:that is )?(?:my )?(?:final answer|final word|last word)"
    r"(?: on (?:it|this|that))?$"
    r"|^(?:and |so )?(?:that is|this is) the plan(?: no (?:ifs|buts|arguments|discussion))+$"
    r"|^not (?:next|this|that|the other) \w+$"
)
# The mentee's say shut off, anywhere in a clause: the talk about it refused or ended ("this isn't
# up for a vote", "I'm not open to debate on that", "We're not debating the vendor any more", "I
# won't hear any more about the gap year", "There's no choice here", "We've talked about it
# enough"). Beside a pick of the mentee's, before it or after it, it closes that pick.
_SAY_SHUT_OFF = re.compile(
    r"\bnot (?:up for|open to|open for|here for|going to)? ?(?:a |any |further |more )?"
    r"(?:vote|debate|debating|discussion|discussing|negotiation|negotiating|argument|arguing)\b"
    r"|\b(?:will not|do not want to|would not|am not going to) hear (?:any more|anymore|"
    r"another word|a word|otherwise|of it|any of it|anything else)\b"
    r"|\b(?:i will|i shall|i want to) hear no (?:more|further)\b"
    r"|\bthere is no (?:choice|option|alternative|debate|discussion|other way|say)\b"
    r"|\bwe have (?:talked|spoken|argued|debated|discussed|gone on) (?:about )?(?:it |this |that )?"
    r"(?:enough|long enough|to death)\b"
    # the matter not to be raised again ("so don't bother bringing it up again")
    r"|\b(?:do not|never) (?:bother )?(?:bring|bringing|raise|raising|mention|mentioning) "
    r"(?:it|this|that) (?:up )?again\b"
)
# A thing of the mentee's stated as settled ("Your portfolio projects will be in Python."): a pick
# only when the talk about it is shut off beside it.
_YOURS_WILL_BE = re.compile(
    r"^(?:your|ur) (?:\w+ ){1,3}?(?:will be|is going to be|are going to be) "
)
# Word asked for once the settled step is carried out ("Let me know once it's done", "Let me know
# once you've told everyone"): the step is not open.
_REPORT_DONE = re.compile(
    r"^(?:just |so |and )?let me know (?:once|when) (?:it is done|that is done|(?:you|u) have "
    r"(?:done it|told|sent|signed|made|handed|emailed|cancelled|booked))\b"
)


# An order given as the mentee's act at a set time, in the present ("Tomorrow you tell your
# manager", "First thing Monday you email the registrar"); "you tell great stories" has no time.
_TIMED_ORDER = re.compile(
    r"(?:(?:so|ok|okay|right|and) )?(?:first thing )?(?:tomorrow|tonight|today|this (?:morning|"
    r"afternoon|evening|week)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week)(?: morning)? "
    r"(?:you|u) (?:tell|call|ring|email|phone|text|go|hand|send|sign|accept|decline|quit|resign|"
    r"drop|cancel|book|move|start|apply|withdraw|inform|let)\b"
)


def _ordered_before(previous: str) -> bool:
    """Is the sentence before an order or the mentee's week laid down ("Sell the van, lease a
    unit...", "From next week you're getting up at 6 and going to the gym", "no more
    school-night gigs")? A question or a choice left open is neither."""
    if not previous or previous.rstrip().endswith("?"):
        return False
    r = roles(previous)
    if r.choice_left or r.describing or r.question:
        return False
    words = _read(previous, previous)
    lead = re.sub(
        r"^(?:(?:from|starting|as of) (?:\w+ ){1,2}|(?:for|in) the next \w+ |going forward |"
        r"right |ok |so |nope |nah |no (?!more\b))",
        "",
        words,
    )
    if re.match(r"(?:you|u) (?:will|are|re|are going to)\b|no more\b", lead):
        return not _negated(words)
    if _TIMED_ORDER.match(words) and not _negated(words):
        return True  # "Tomorrow you tell your manager you're moving to network ops."
    if re.search(r"\b(?:and|then) (?:you|u) (?:will|are going to)\b", words) or (
        re.match(r"we (?:are|will|will be) (?:going with|go with|using|doing|taking)\b", lead)
        and _YOUR.search(words)
    ):
        # "Your rest day is Thursday, and you'll do the sessions I set.", "We're going with the
        # blue cover for your book."
        return not _negated(words)
    shared = re.match(r"(?:\w+ )?let us\b", words) is not None  # "Let's meet Tuesday at 3."
    ordered = r.agent == "imperative" or _data().choices.match(lead) is not None  # "Sell the van"
    return ordered and not (shared or _INVITATION.match(words))


def _ordered_earlier(words: str, context: str) -> bool:
    """Is the clause after an order in the same sentence ("Please ensure you accept the
    secondment by Friday; this is not optional.")?"""
    if words not in context or context.startswith(words):
        return False
    earlier = context[: context.find(words)].strip()
    return bool(earlier) and (_ordered_before(earlier) or _POLITE_ORDER.match(earlier) is not None)


def _settled_before(previous: str) -> bool:
    """Does the sentence before settle a choice of the mentee's ("You're accepting the Leeds
    offer.", "You're not publishing that essay.")?"""
    if not previous or previous.rstrip().endswith("?"):
        return False
    words = _read(previous, previous)
    if _refused_pick(words) and not _THEIR_PICK.search(words):
        return True
    return any(m.kind in ("future_as_fact", "decides") for m in _ownership(previous, previous))


def _recast(words: str, context: str, previous: str = "") -> re.Match[str] | None:
    """A feeling of the mentee's denied and then recast by the speaker, in the same sentence
    ("You're not nervous about the gig, you just don't realise you're excited"), or played
    down as what everyone feels ("Honestly you're not depressed, everyone feels low in
    January"), or recast in a sentence of its own right after the denial ("You don't really
    want the transfer. You just want out of that team.")."""
    just = _JUST_YOU.search(words) or _EVERYONE_FEELS.search(words)
    if just is None or words not in context:
        return None
    start = context.find(words) + just.start()
    denied = _RECAST.search(context[:start])
    if denied is None and start == 0 and previous and not previous.rstrip().endswith("?"):
        earlier = _read(previous, previous)
        denied = _RECAST.search(earlier)
        # across sentences only a denial that discounts what they said ("really", "actually")
        if (
            denied is not None
            and re.search(r"\b(?:really|actually)\b", previous, re.IGNORECASE)
            and not re.match(r"(?:if|when|whether) ", earlier)
        ):
            return just
        return None
    return just if denied and len(context[denied.end() : start].split()) <= 10 else None


def _overruled(words: str, context: str, sentence: str, previous: str = "") -> re.Match[str] | None:
    """The mentee's account of themselves overruled by the speaker ("You say the pace suits you,
    but I can tell it doesn't"): a contrary verdict set against the account by "but", a
    semicolon or "when you say ..., " in the same sentence, or said as a sentence of its own
    after it ("I know you think you want to freelance. You don't."). Without the contrast the
    verdict is still the account ("So you feel the brochure is just blowing things up")."""
    less = _LESS_THAN_SAID.search(words) or _FEELING_RENAMED.search(context)
    if less is not None or words not in context:
        return less
    before = context[: context.find(words)]
    if before.strip() in ("", "no"):
        inside = words.find(" but ")  # one clause: "u say ur fine but ur clearly not"
        if inside > 0 and _THEIR_ACCOUNT.search(words[:inside]):
            return _CONTRARY.match(words[inside + 5 :])
        asked = previous.rstrip().endswith("?")
        earlier = _read(previous, previous) if previous and not asked else ""
        if context in (words, f"no {words}") and _THEIR_ACCOUNT.search(earlier):
            # "I know you think you want to freelance. You don't.", "No, you wouldn't."
            return _CONTRARY.match(words)
        return None
    contrast = (
        # "..., but come on, you're a painter": an aside between the contrast and the verdict
        re.search(r"\bbut (?:come on |look |honestly |seriously |let us be honest )?$", before)
        is not None
        or ";" in sentence
        or _WHEN_YOU_SAY.match(before) is not None
    )
    if not contrast or _THEIR_ACCOUNT.search(before) is None:
        return None
    return _CONTRARY.match(words)


# The mentee's outcome said as what will happen ("Your tenure case will go through", "you'll
# get the grant"), which "I'll see to it" in the next sentence then secures.
_WILL_HAPPEN = re.compile(
    r"\b(?:(?:your|ur) (?:\w+ ){1,3}|(?:you|u) )(?:will|is going to|are going to|is gonna|"
    r"are gonna)(?: \w+)?"
)


# The mentee's outcome called settled ("consider your funding locked in", "consider the
# scholarship done"); "consider it handled" takes a task over and is read as that.
_CONSIDER_IT = re.compile(
    r"\bconsider (?:the|your|ur) (?:\w+ ){0,2}?\w+ (?:done|locked in|secured|sorted|signed|"
    r"approved|guaranteed|in the bag|a done deal|a given)\b"
    # the same of "it" ("Consider it approved", "treat it as a done deal"); "consider it done"
    # and "consider it handled" take a task over and are read as that
    r"|\b(?:consider|treat) (?:it|that|this) (?:as )?(?:locked in|secured|signed|approved|"
    r"guaranteed|in the bag|a done deal|a given|a formality)\b"
    # the mentee called through already ("consider yourself signed", "consider yourself hired")
    r"|\bconsider (?:yourself|urself) (?:signed|hired|accepted|selected|funded|published|"
    r"promoted|shortlisted|in|through|on the team)\b"
)


# The mentee's outcome said to be secured for them ("the part is locked in for you").
_SECURED_FOR_YOU = re.compile(
    r"\b(?:is|are) (?:locked in|in the bag|a done deal|a given|guaranteed|secured|sewn up) "
    r"for (?:you|u)\b"
)
# The mentee's rivals for it denied or set aside ("Nobody in that bracket can beat you", "Nobody
# else stands a chance", "I've told them not to bother interviewing anyone else").
_NO_RIVAL = re.compile(
    r"\b(?:nobody|no one|none of them|no other \w+)(?: else)?(?: \w+){0,5}? (?:stands a chance|"
    r"stand a chance|can beat (?:you|u)|will beat (?:you|u)|comes close|can touch (?:you|u)|"
    r"has a chance|has a hope)\b"
    r"|\bnot to bother (?:interviewing|seeing|considering|shortlisting|looking at) "
    r"(?:anyone|anybody|any one) else\b"
)


def _outcome_claimed(words: str) -> bool:
    """Is the mentee's outcome claimed in the clause ("consider the scholarship yours", "ur in",
    "you're getting the lectureship"), not asked about ("how you get the funding")?"""
    if words.startswith("yours"):
        return False  # "Yours, Margaret": a letter's close
    # "the case is yours to make" hands the matter back
    yours = re.search(r"\byours\b(?! to\b)", words) is not None
    if yours or _YOU_ARE_IN.search(words) or _CONSIDER_IT.search(words):
        return True
    if _SECURED_FOR_YOU.search(words):
        return True  # "the lead in the spring production is locked in for you"
    if _GRANTED.search(words) and _mentee(words) and not _GENERAL_IF.match(words):
        return True
    addressed = _ADDRESSEE_FUTURE.search(words)
    if addressed is None:
        return False
    outcome = _data().outcomes.search(words, addressed.end())
    return outcome is not None and outcome.start() <= addressed.end() + 12


# What will happen, said of the mentee or of something of theirs ("The gallery will take your
# work.", "They're going to hire you."), by whoever acts.
_FUTURE_FOR_MENTEE = re.compile(
    r"\b(?:will|is going to|are going to|is gonna|are gonna)\b(?: \w+){1,6}? (?:you|u|your|ur)\b"
    r"|\b(?:your|ur) (?:\w+ ){1,3}?(?:will|is going to|is gonna)\b(?: not\b| never\b)?"
)


def _future_for_mentee(previous: str) -> bool:
    """Does the sentence before say, as a fact, what will happen to the mentee or their thing?
    "I'll make certain of that" after it secures that outcome."""
    if not previous or previous.rstrip().endswith("?"):
        return False
    words = " ".join(tokens(previous))
    if _GENERAL_IF.match(words) or roles(previous).choice_left:
        return False
    said = _FUTURE_FOR_MENTEE.search(words)
    # "Your case won't go through this term" promises nothing
    return said is not None and re.search(r"\b(?:not|never)\b", said.group()) is None


# Failure ruled out for the mentee ("there is no way the panel will fail you"): an outcome promised.
_FAILURE_RULED_OUT = re.compile(
    r"\bno way (?:\w+ ){1,4}?(?:will|would|could|can|is going to) (?:fail|refuse|reject|turn down)"
    r" (?:you|u|your|ur)\b"
)


def _outcome_stated(previous: str) -> bool:
    """Does the sentence before state the mentee's outcome as settled?"""
    if not previous or previous.rstrip().endswith("?"):
        return False
    words = " ".join(tokens(previous))
    if _GENERAL_IF.match(words):
        return False
    if _FAILURE_RULED_OUT.search(words) and _mentee(words):
        return True  # "There is no way the panel will fail you.": the "no" is the promise
    if _negated(words):
        return False
    if _GRANTED.search(words) and _mentee(words):
        return True  # "I can assure you that the scholarship will be awarded to you."
    if _CONSIDER_IT.search(words):
        return True  # "consider the scholarship done. i know the whole committee"
    said = _WILL_HAPPEN.search(words)
    if said is None or said.group().endswith((" not", " never")):
        return False  # "Your case won't go through this term" promises nothing
    outcome = _data().outcomes.search(words, said.start())
    return outcome is not None and outcome.start() <= said.end() + 12


# The speaker's own certainty closing a sentence, vouching for what it says ("..., I'm certain of
# it", "..., I can feel it", "I just know it will.", "..., I've no doubt", "..., I'd bet my house
# on it", "..., guaranteed"); "I'm sure you'll find a way" says more than that and is read as it is.
_SURE_OF_IT = re.compile(
    r"(?:^| )(?:(?:and|but|so|honestly|seriously|look|trust me|believe me) )*(?:"
    r"i am (?:so |completely |absolutely |totally |dead |100 percent )?(?:certain|sure|positive|"
    r"convinced)(?: of it| of that| about it| about that)?"
    r"|i (?:just |simply )?know it(?: will| is| does| for a fact)?"
    r"|i (?:can|could) (?:just )?(?:feel|sense) it"
    r"|(?:i have |there is )?no doubt(?: about it| about that| of it| in my mind)?"
    r"|without (?:a|any) doubt"
    r"|i would (?:bet|put) (?:my \w+|anything|good money|money|my life|the house)(?: on it)?"
    r"|(?:i )?guarantee(?:d| it)?|mark my words|(?:you can )?(?:count|bank) on it)$"
)
# A fallback waved away before the outcome ("Don't bother preparing a backup plan, you're getting
# in"): the outcome said as certain.
_NO_FALLBACK = re.compile(
    r"\b(?:do not (?:bother|worry about)|no need (?:for|to)|(?:you|u) (?:will not|do not) need|"
    r"forget(?: about)?)(?: \w+)?(?: a| any| your)? (?:backup|back up|plan b|fallback|"
    r"safety net|second choice)\b"
)
# What will happen to the mentee, said as a fact ("you'll be running the whole department",
# "you're getting into medical school", "the judge is going to side with you", "your appeal is
# going to succeed", "nobody in that bracket can beat you").
_THEIR_OUTCOME = re.compile(
    r"^(?:(?:relax|honestly|look|listen|but|and|so|by|in|within|this time|come|before)"
    r" (?:\w+ ){0,4}?)?"
    r"(?:(?:you|u) (?:will|are going to|are gonna|are getting|are walking|are winning|are landing)"
    r"|(?:your|ur) (?:\w+ ){1,3}?(?:will|is going to|is gonna|are going to)"
    r"|(?:the|this|that|they|he|she|nobody|no one) (?:\w+ ){0,4}?(?:will|is going to|are going to|"
    r"can)(?: \w+){1,4} (?:you|u|your|ur)\b)"
)


# Reassurance that the mentee will manage, which no one else decides ("your talk will go well",
# "you'll find your feet", "it'll work out"): no outcome is promised.
_REASSURED = re.compile(
    r"\b(?:go (?:well|fine|okay|ok|great)|be (?:fine|okay|ok|alright|all right|great)|"
    r"do (?:well|fine|great|brilliantly|okay|ok)|find (?:your|ur|a) (?:feet|way|footing)|"
    r"get there|figure (?:it|things) out|work out|cope|manage)\b"
)


def _vouched_for(words: str, context: str, previous: str) -> str | None:
    """The mentee's outcome stated as a fact and vouched for with the speaker's certainty: the
    phrase that shows it, or None.

    The clause stating the outcome carries it when the certainty closes its sentence ("you'll
    be running the department, I'm certain of it") or a fallback is waved away before it ("Don't
    bother with a backup plan, you're getting in"); a sentence that is only the certainty
    carries it for the sentence before ("The judge will side with you. I've no doubt."). A
    negated outcome promises nothing ("you won't get in, I'm sure of it")."""

    def outcome(text: str) -> bool:
        return (
            _THEIR_OUTCOME.search(text) is not None
            and re.search(r"\b(?:not|never)\b", text) is None
            and _REASSURED.search(text) is None
        )

    if words not in context:
        return None
    start = context.find(words)
    tag = _SURE_OF_IT.search(context)
    if tag is not None:
        said = context[: tag.start()].strip()
        if not said:  # the sentence is the certainty alone
            if previous and not previous.endswith("?") and outcome(previous):
                return tag.group().strip()
            return None
        if start < len(said) and outcome(words):
            return tag.group().strip()
        return None
    fallback = _NO_FALLBACK.search(context[:start])
    return fallback.group() if fallback and outcome(words) else None


# Words of urgency, not of a closed choice ("Be present, right here, right now").
_URGENT = frozenset({"now", "today", "immediately", "right now", "at once"})


def _closes(final: str) -> bool:
    """Does the phrase close the choice in so many words ("end of story", "decision made",
    ", not January")? One word ("done", "now") or urgency alone does not."""
    phrase = final.strip(" ,.;!")
    return " " in phrase and phrase not in _URGENT


# In a line that writes "ur", "ur not going" and "ur taking the job" are "you're ..." (a verb
# and what it takes); "ur funding gap" is "your".
_UR_YOU_ARE = re.compile(
    r"\byour (?=not\b|[a-z]+ing (?:to|the|a|an|it|that|this|them|him|her|home|up|out|on|in|"
    r"with|about|from|for|back|off|over)\b|[a-z]+ing$)"  # "that's what ur doing"
)
_UR = re.compile(r"\bur\b", re.I)
_YOUR_WORD = re.compile(r"\byour\b", re.I)


@lru_cache(maxsize=1)
def _ur_picking() -> re.Pattern[str]:
    """ "ur" before a pick said as going on ("ur dropping chemistry", "ur quitting the band")."""
    forms = {
        f"{f} {' '.join(p.split()[1:])}".strip()
        for p in _load().verbs.picks
        for f in verb_forms(p.split()[0])
        if f.endswith("ing")
    }
    return re.compile(r"\byour (?=(?:" + "|".join(sorted(map(re.escape, forms))) + r")\b)")


# "'s" as "is" before what only a verb phrase starts with ("Mine's the only voice", "The
# publisher's taking the book", "Next step's already decided", "your gut's wrong"); before a
# noun it is possessive ("your sister's wedding", "Dana's landlord").
_S_IS = re.compile(
    r"(?<![Ll]et)(\w)['\u2019]s (?=(?:the|a|an|not|never|just|already|only|wrong|right|off|done|"
    r"decided|settled|final|happening|going|taking|getting|coming|staying|moving|leaving)\b)"
)


def _read(text: str, sentence: str) -> str:
    """The normalised words of ``text``; "ur" before a verb is "you're" in a line without "your"."""
    words = " ".join(tokens(_S_IS.sub(r"\1 is ", text)))
    if _UR.search(sentence) and not _YOUR_WORD.search(sentence):
        words = _UR_YOU_ARE.sub("you are ", words)
        words = _ur_picking().sub("you are ", words)
    return words


# "you're going to the open day": going somewhere is the choice.
_PLACE = re.compile(r"\s*(?:the|a|an|that|this)\b")


def _going_to(addressed: str, rest: str) -> re.Match[str] | None:
    if addressed.endswith("going"):  # "you're going with the cheaper van": the option taken
        # "you're going back on the tills on Monday": where the mentee returns
        return re.match(
            r"\s*(?:with (?:the|that|this|a|an|option|plan)|back (?:to|on|into))\b", rest
        )
    return _PLACE.match(rest) if addressed.endswith("going to") else None


# The speaker has already acted on the mentee's choice for them ("I've found you a room", "already
# booked u in", "I've picked which three", "I've informed the department"); booking a room for the
# speaker's own session is no such act unless a choice of the mentee's is stated beside it.
_DONE_FOR_THEM = re.compile(
    r"(?:^|\b(?:i have|i|already)(?: already)? )(?:booked (?:you|u|your|it|that|them)|"
    r"found (?:you|u)|picked|chosen|filled in|filled out|blocked out|registered (?:you|u)|"
    r"enrolled (?:you|u)|signed (?:you|u)|put (?:your|ur) name|put (?:you|u) down|informed|"
    r"told (?:them|the|people|everyone)|arranged (?:it|everything|it all|that|for (?:you|u))|"
    r"let (?:them|him|her|everyone|everybody|people|the \w+(?: \w+)?) know|"
    r"sorted (?:it|everything|it all) out|organised it|organized it|set it (?:all )?up)\b"
)


def _pick_refused(words: str) -> bool:
    """Is the mentee's own pick refused, as a fact, in these (normalised) words ("You're not
    going part-time.", "you will not be taking the transfer")?"""
    if not words:
        return False
    refused = _ADDRESSEE_NOT.search(words)
    if refused is None:
        return False
    if refused.group().endswith(("going to", "gonna")) and re.match(
        r" (?:the|a|an|that|this|your|ur|any)\b", words[refused.end() :]
    ):
        return True  # "you're not going to the other firm" ("not going to like it" picks nothing)
    pick = _data().choices.search(words, refused.end())
    return pick is not None and pick.start() <= refused.end() + 12


def _choice_stated(previous: str) -> bool:
    """Does the sentence before state the mentee's choice as what they will do ("ur going to the
    open day on sat", "you're switching to piano"), or order it ("Sell the van.")? A question or
    an option left open states none."""
    if previous.rstrip().endswith("?"):
        return False
    r = roles(previous)
    if r.choice_left or r.describing or r.modality == "possibility":
        return False
    words = _read(previous, previous)
    choices = _data().choices
    addressed = _ADDRESSEE_FUTURE.search(words)
    if addressed and not _negated(words):
        rest = words[addressed.end() :]
        choice = _going_to(addressed.group(), rest) or choices.search(rest)
        if choice and choice.start() < 12 and not _MANNER.match(rest[choice.end() :]):
            return True
        if _STANDING.search(words[: addressed.start()]) or _NOT_THE_OTHER.search(previous):
            # "From Monday you'll be on the early shifts.", "Your placement will be at St Anne's,
            # not the hospice.": an arrangement from a set time, or one option over the other
            return True
    ours = _WE_PICK.match(words)
    pick = _data().picks.match(words, ours.end()) if ours else None
    if pick and re.match(r"\s*(?:your|ur)\b", words[pick.end() :]):
        return True  # "We're switching your thesis to the coastal dataset."
    if r.agent == "imperative" and not _INVITATION.match(words):
        return choices.match(words) is not None
    return False


def _after(words: str, context: str, sentence: str) -> str:
    """The sentence after the clause, where a closing word may settle it ("Cancel it. Done.");
    nothing when the sentence is a question ("Send the draft: done, in progress, or blocked?").
    """
    if words not in context or sentence.rstrip().endswith("?"):
        return ""
    return context[context.find(words) + len(words) :]


# A noun after a group's name makes it a modifier ("the team call", "the board meeting").
_NOUN_AFTER = re.compile(
    r" (?:call|calls|meeting|meetings|chat|lunch|dinner|event|party|drinks|update|channel|room|"
    r"day|trip|photo|list|newsletter|website|page|agenda|calendar)\b"
)


def _third_party(object_text: str, context: str, ordered: bool = False) -> bool:
    """Does the action reach someone in the mentee's world? A named role does ("the foreman",
    "Dana's landlord", not "my manager"); a bare pronoun ("I'll email them tomorrow") only when
    the sentence is about the mentee, or tells them what to do ("Don't engage with the reviewer
    any more; I'll handle the maintainers myself")."""
    about_them = _mentee(context) or ordered
    if re.match(r"\s*(?:my|our) (?!own\b)\w+", object_text):
        return False  # "I'll tell my boss I'm going to be late": the speaker's own people
    found = _THIRD.search(object_text)
    if found is not None and _NOUN_AFTER.match(object_text, found.end()):
        found = None  # "late for the team call": a thing named after them, not the people
    if found is None:
        return (
            _THIRD_MORE.search(object_text) is not None or _ROLE.search(object_text) is not None
        ) and about_them
    return found.group() not in ("him", "her", "them") or about_them


def _their_person(text: str, sentence: bool = False) -> bool:
    """Does ``text`` name a person of the mentee's world ("the thing with the head chef"), whom
    a "him" or "her" after it is? Said as a sentence before a promise ("Your coach seems to have
    it in for you. I'll have a word with him"), the person is in the mentee's trouble; one who
    dealt with the speaker ("Your dad called me yesterday. I'll call him back") is not."""
    named = _ROLE.search(text) or _THIRD_MORE.search(text) or _ACTS_ON_YOU.search(text)
    if named is None or (sentence and re.search(r"\bme\b", text)):
        return False
    return _mentee(text) or _THIRD_MORE.search(text) is not None


# Someone whose doing reaches the mentee, named by role ("The pharmacist in charge keeps giving
# you the late shifts"): a "him" or "her" the speaker acts on next is of the mentee's trouble.
_ACTS_ON_YOU = re.compile(
    r"\bthe \w+(?: \w+){0,3}? (?:keeps|kept|has been|have been|is|was|are|were) \w+ing "
    r"(?:you|u|your|ur)\b"
)


_FOR_THEM = re.compile(r"\bfor (?:her|him|them)\b")


def _on_their_behalf(object_text: str, context: str) -> bool:
    """Is the act done for someone spoken of, with a person of their world in the sentence ("I'll
    sort out Dana's landlord for her", "he's been clashing with his supervisor, so I'll have that
    conversation for him")? The mentee talked about rather than to is still the mentee."""
    return _FOR_THEM.search(object_text) is not None and _ROLE.search(context) is not None


# Someone named, as owner: "Dana's", "Mrs Okafor's" (not "the council's").
_POSSESSOR = re.compile(r"\b[A-Z][a-z]+['\u2019]s ")


def _someone_elses(clause: str) -> bool:
    """Does the clause name a person of someone else's world ("Dana's landlord", "Mrs Okafor's
    solicitor")? Then "myself" means in their place, not the speaker's own errand ("I'll ring
    the council's office myself about our permit" is the speaker's own)."""
    text = clause.lower()
    return any(_ROLE.match(text, m.end()) for m in _POSSESSOR.finditer(clause))


def _orders(sentence: str) -> bool:
    """Does the sentence tell the mentee what to do ("Don't reply; I'll handle it myself")?"""
    return roles(sentence).agent == "imperative"


def _mentee(words: str) -> bool:
    return _YOUR.search(words) is not None or bool({"you", "u"} & set(words.split()))


def _negated(words: str) -> bool:
    """A negated move ("I won't write it for you", "I'm not going to decide")."""
    return bool(
        re.search(
            r"\bi (?:will|would|can|could|am|do|did|shall|should) not\b|\bi never\b|\bnot my\b"
            r"|\bnot (?:something|anything|what) i\b",
            words,
        )
    )


def move_roles(clause: str) -> Roles:
    """The :class:`Roles` reading the moves were based on (for explanations)."""
    return roles(clause)
