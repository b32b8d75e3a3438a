"""The guard's semantic layer: savior moves in wordings no rule lists.

Each clause the rules left alone is read twice by :mod:`assistant.understanding`: structurally
(who acts, how firmly, on whose task, with a choice left or not) and by its nearest reviewed
exemplars (``understanding/exemplars/savior.yaml``: savior lines per category and healthy
near-misses). A small logistic model (``semantic.yaml``: named weights fitted by
``scripts/fit_guard_model.py`` on the tuning sets, reviewed like the rules) combines the two into
one probability; a clause is flagged above the file's threshold. Its category is the nearest
savior category, and the finding says why: the category's guidance, the nearest reviewed example
and what the clause does ("the speaker acts, on the mentee's own task").

Clauses that cannot be savior moves (questions, descriptions of the traps, lines with no actor
that reaches the mentee) are never embedded, which keeps both the cost and the false positives
on ordinary text low.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from assistant.datafiles import load_data
from assistant.understanding import Clause, LabelScores, Roles, clauses, read, roles, tokens
from assistant.understanding.clauses import Span
from assistant.understanding.ownership import MOVES, Move, ownership, verdict_on_work
from assistant.understanding.syntax import FRAMES, Frame, frames

__all__ = ["MODEL_PATH", "SemanticHit", "SemanticModel", "candidate", "features", "model"]

MODEL_PATH = Path(__file__).with_name("semantic.yaml")
# Characters of a clause that are read (a longer run-on clause is judged by its start).
READ_LIMIT = 300
SAVIOR = ("rescuing", "gatekeeping", "dependency", "knowing_best", "dictating", "enabling")
FAMILY = "savior"


class _ModelFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    threshold: float = Field(gt=0, lt=1)
    threshold_move: float = Field(gt=0, lt=1)
    bias: float
    weights: dict[str, float]
    k: int = Field(default=3, ge=1, le=10)


@dataclass(frozen=True)
class SemanticModel:
    """``threshold`` applies to a clause with no change of owner, ``threshold_move`` to one
    where the structure already shows the mentor taking over, deciding, promising or routing."""

    threshold: float
    threshold_move: float
    bias: float
    weights: dict[str, float]
    k: int

    def probability(self, values: dict[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.logit(values)))))

    def logit(self, values: dict[str, float]) -> float:
        return self.bias + sum(self.weights.get(name, 0.0) * v for name, v in values.items())

    def parse_could_decide(self, values: dict[str, float], threshold: float) -> bool:
        """Could the parse's inputs (all 0 in ``values``) move the clause across ``threshold``?

        The parser is the slowest reader; most clauses are so far from the threshold that no
        frame could change their verdict, and those are never parsed."""
        parse = [self.weights.get(f"parse_{kind}", 0.0) for kind in FRAMES]
        z = self.logit(values)
        target = math.log(threshold / (1.0 - threshold))
        return z + sum(w for w in parse if w < 0) < target <= z + sum(w for w in parse if w > 0)


@lru_cache(maxsize=1)
def model() -> SemanticModel:
    data = load_data(MODEL_PATH, _ModelFile, what="the guard's semantic model (semantic.yaml)")
    return SemanticModel(data.threshold, data.threshold_move, data.bias, dict(data.weights), data.k)


@dataclass(frozen=True)
class SemanticHit:
    """A clause the semantic layer flags."""

    clause: Clause
    category: str
    probability: float
    nearest_text: str
    nearest_similarity: float
    roles: Roles
    moves: tuple[Move, ...] = ()
    frames: tuple[Frame, ...] = ()


# The category each change of owner falls under.
MOVE_CATEGORY = {
    "decides": "dictating",
    "future_as_fact": "dictating",
    "ensures_outcome": "gatekeeping",
    "knows_better": "knowing_best",
    "routes_through_me": "dependency",
}


_SUBORDINATORS = frozenset(
    {"when", "if", "as", "since", "because", "while", "after", "before", "although", "though",
     "once", "until", "unless", "whenever", "whether"}
)  # fmt: skip
_TONE = frozenset(
    {("do", "not", "worry"), ("no", "worries"), ("relax",), ("trust", "me"), ("listen",),
     ("look",), ("do", "not", "stress"), ("no", "stress"), ("chill",)}
)  # fmt: skip


# A listener reflecting back or checking what the mentee said; it describes their view and decides
# nothing ("So it sounds like you're worried...", "Let me make sure I understand...").
_REFLECTION = re.compile(
    r"(?:(?:so|and|but|ok|okay|well|yeah|yes|sure|mm|hmm|um|uh|right|now|though) )*"
    r"(?:it (?:sounds|seems|looks)(?: like| as if| as though)?|sounds like|"
    r"(?:what )?i (?:am|m)? ?(?:picking up|pick up|hearing|noticing|getting from)|"
    r"let me (?:just )?(?:make sure|check|see if) (?:that )?i|"
    r"i (?:want|d like|would like) to (?:make sure|check) (?:that )?i|"
    r"if i (?:am|m) (?:hearing|understanding)|(?:so )?what you (?:are|re) saying|"
    r"you (?:are|re) saying|"
    # the mentee's own words or request told back ("You said you'd like me to check it before
    # you send it"), unless the clause goes on to set them aside ("..., but I don't believe you")
    r"(?:you|u) (?:said|mentioned|told me|asked me|asked|wrote|explained|decided|have decided|"
    r"ve decided|chose|have chosen)(?: that)? (?:you|u|your|ur)\b"
    r"(?!.*\b(?:but|though|however|yet|actually|really)\b)|"
    # ... or what they told of someone else ("You mentioned the landlord still hasn't ...")
    r"(?:you|u) (?:mentioned|told me|said)(?: that)? (?:the|a|an|your|ur|this|that|he|she|they|"
    r"it|there|some|one|two|my|his|her|their)\b"
    r"(?!.*\b(?:but|though|however|yet|actually|really)\b)|"
    # what the mentee asked, told back ("You asked whether I'd call the school for you")
    r"(?:you|u) asked (?:me )?(?:whether|if)\b)"
)
# What the listener perceives of the mentee's state or habit, told in a clause of its own ("I can
# tell this stresses you out", "I've noticed you've asked me about every decision"), with no
# verdict set against it ("but I can tell it did" overrules what the mentee said).
_PERCEIVED = re.compile(
    r"(?:(?:so|and|ok|okay|well|yeah) )*(?:from what )?i (?:can tell|have noticed|noticed|notice|"
    r"am noticing)\b(?!(?: \w+){0,2}$)(?!.*\b(?:but|though|however|yet|actually|really|not|"
    r"deep down)\b)"
)
# What the mentee said or decided, named before the clause that spells it out ("Just to confirm
# what you decided: you're dropping the evening class", "As you said, you're keeping the shifts").
_THEIR_WORDS_BEFORE = re.compile(
    r"\b(?:what|as|like) (?:you|u) (?:just )?(?:said|decided|told me|mentioned|chose|planned|"
    r"agreed|settled on|wrote)\b(?:(?!\b(?:but|though|however)\b)[^.;!?])*$"
)
# Thanks for something the mentee did, with no act of the speaker's in the clause.
_THANKS = re.compile(
    r"(?:so |and |ok |okay |oh )?(?:thanks|thank you|many thanks|cheers)(?: so much| very much|"
    r" again| a lot)? for\b(?!.*\b(?:i (?:will|am|have|had|would|can|shall)|let me)\b)"
)
# The speaker declining to act ("I can't help with the legal side", "I'd rather not read your
# essay before it's marked"), not holding the mentee back ("I won't let you", "I can't have you")
# and not advising them ("I wouldn't bother applying anywhere else" says what they should do).
_DECLINES = re.compile(
    r"(?:\w+ ){0,3}?i (?:can|will|am|shall|would rather|d rather) not "
    r"(?!(?:let|letting|allow|allowing|have|having|stand|permit|tolerate|accept|see|watch|be|"
    r"stop|rest|give up|quit)\b)"
)
# The speaker teaching the mentee how ("Let me walk you through the regression once", "I can show
# you how I set up my invoicing"): the mentee is the one who learns and then does it.
_TEACHES = re.compile(
    r"(?:\w+ ){0,2}?(?:let me|i will|i can|i could|i am happy to|happy to|i would be happy to) "
    r"(?:\w+ )?(?:(?:walk|talk|take) (?:you|u) (?:\w+ ){0,3}?through|show (?:you|u) how|"
    r"teach (?:you|u)|coach (?:you|u))\b"
)
_MENTEE_KNOWS = re.compile(
    r"(?:only )?(?:you|u) (?:know|understand|see) (?:yourself|your|ur|you|best|better|it best)\b"
)


def move_category(move: Move) -> str:
    if move.kind == "takes_over":
        return "enabling" if move.product else "rescuing"
    return MOVE_CATEGORY[move.kind]


def candidate(r: Roles, text: str, moves: tuple[Move, ...] = ()) -> bool:
    """Could this clause take ownership away from the mentee at all? (Cheap; no vectors.)"""
    words = tokens(text)
    said = " ".join(words)
    if _REFLECTION.match(said) or _PERCEIVED.match(said):
        return False  # "So it sounds like...", "What I am hearing is...": reflected back
    if moves:
        return True
    if not words or words[0] in _SUBORDINATORS or words in _TONE:
        return False  # background ("When I was in your role") or tone ("Don't worry") alone
    if _THANKS.match(said):
        return False  # "Thanks for walking me through the update": gratitude, nothing taken
    if _MENTEE_KNOWS.match(said):
        return False  # "You know your strengths better than anyone": the mentee is the judge
    if r.describing or r.choice_left:
        return False  # describes the trap, or offers and leaves the choice ("if you'd like")
    if r.agent == "speaker" and _DECLINES.match(said):
        return False  # "I can't write the cover letter for you": the speaker declines the task
    if verdict_on_work(text):
        return False  # "Your pull request description is clear": feedback on their work
    if r.agent == "speaker" and _TEACHES.match(said):
        return False  # "Let me walk you through the regression once": the mentee learns it
    if r.question and not (r.route_me or r.strong_order or r.agent == "speaker"):
        return False
    if len(text) < 6:
        return False
    return (
        r.agent in ("speaker", "imperative", "addressee")
        or r.route_me
        or r.outcome
        or r.mentee_domain
        or r.strong_order
        or r.mentions_me
    )


def features(
    r: Roles,
    clause_scores: LabelScores,
    sentence_scores: LabelScores,
    moves: tuple[Move, ...] = (),
    text: str = "",
    parsed: tuple[Frame, ...] = (),
) -> dict[str, float]:
    """The named inputs of the model for one clause (``text``: the clause, for polarity;
    ``parsed``: what its dependency parse shows, :mod:`assistant.understanding.syntax`)."""
    values = r.features()
    kinds = {m.kind for m in moves}
    for kind in MOVES:
        values[f"move_{kind}"] = float(kind in kinds)
    values.update(frame_inputs(parsed))
    values["any_move"] = float(bool(moves))
    healthy = clause_scores.scores.get("healthy", 0.0)
    best, top = clause_scores.best(SAVIOR)
    _s_best, s_top = sentence_scores.best(SAVIOR)
    values["knn_savior"] = top
    values["knn_healthy"] = healthy
    values["knn_margin"] = top - healthy
    values["knn_sentence_margin"] = s_top - sentence_scores.scores.get("healthy", 0.0)
    nn_savior = max(clause_scores.nearest[c].similarity for c in SAVIOR)
    nn_healthy = clause_scores.nearest["healthy"].similarity
    values["nn1_savior"] = nn_savior
    values["nn1_margin"] = nn_savior - nn_healthy
    s_nn = max(sentence_scores.nearest[c].similarity for c in SAVIOR)
    values["nn1_sentence_margin"] = s_nn - sentence_scores.nearest["healthy"].similarity
    values["long_clause"] = float(len(clause_scores.nearest) > 0 and values["knn_savior"] > 0.5)
    values["nearest_is_savior"] = float(
        clause_scores.nearest[best].similarity > clause_scores.nearest["healthy"].similarity
    )
    nearest_text = clause_scores.nearest[best].text
    values["polarity_mismatch"] = float(values["negated"] != _negated(nearest_text))
    values["_opposite"] = float(_opposite(text, nearest_text) if text else 0.0)
    acts_on_mentee = values["mentee_domain"] or values["route_me"] or values["outcome"]
    values["margin_x_speaker"] = values["knn_margin"] * values["agent_speaker"]
    values["margin_x_order"] = values["knn_margin"] * (
        values["agent_imperative"] + values["agent_addressee"]
    )
    values["speaker_on_mentee"] = values["agent_speaker"] * float(bool(acts_on_mentee))
    values["speaker_commits"] = values["agent_speaker"] * (values["future"] + values["past"])
    values["order_no_choice"] = (
        (values["agent_imperative"] + values["agent_addressee"])
        * (1.0 - values["choice_left"])
        * (1.0 - values["question"])
    )
    return values


def frame_inputs(parsed: tuple[Frame, ...]) -> dict[str, float]:
    """The model's inputs from a clause's parse frames (all 0 when it was not parsed)."""
    shown = {f.kind for f in parsed}
    return {f"parse_{kind}": float(kind in shown) for kind in FRAMES}


# The speaker's verb on the speaker's own piece of work ("I'll write my report for the board
# tonight, so I might be slow replying"), in a clause that names nothing of the mentee's.
_MY_WORK = re.compile(
    r"\b(?:write|writing|wrote|finish|finishing|do|doing|prepare|preparing|draft|drafting|"
    r"submit|present|polish|edit|mark) (?:\w+ ){0,1}?my (?:own )?(?:report|essay|draft|slides|"
    r"talk|deck|paper|chapter|presentation|thesis|review|article|book|grant|proposal)\b"
)
_OWN_THINGS = re.compile(r"\b(?:my own|my notes|my part|my end|my side|my slides|my talk)\b", re.I)


_NEGATIONS = frozenset({"not", "never", "no"})


def _negated(text: str) -> bool:
    return bool(_NEGATIONS & set(tokens(text)))


def _opposite(clause: str, nearest: str) -> bool:
    """Does the clause say the opposite of its nearest exemplar? A negated clause near a savior
    line ("You don't have to run everything by me") does. A plain clause near a negated exemplar
    does only when the exemplar is a close rewording of it (half the words shared, not much
    longer: "You can do this without me" against "You can't do this without me"); an exemplar
    with a "not" in another clause ("you're signing with them, I'm not discussing it") says
    nothing about this clause's polarity."""
    negated = _negated(clause)
    if negated == _negated(nearest):
        return False
    if negated:
        return True
    mine = set(tokens(clause)) - _NEGATIONS
    theirs = set(tokens(nearest)) - _NEGATIONS
    if len(theirs) > 1.5 * len(mine) + 1:
        return False
    return len(mine & theirs) >= 0.5 * len(mine | theirs)


def analyse(
    sentences: list[Span],
    skip: Callable[[int, Clause], bool] | None = None,
    previous: list[str] | None = None,
) -> list[list[SemanticHit]]:
    """Semantic findings for each sentence (one embedding call for all candidate clauses).

    ``skip(i, clause)`` leaves out clauses whose verdict is already known (a rule flagged them),
    so they cost no vectors. ``previous[i]`` is the sentence before sentence i in its text, which
    it may refer back to ("Your case will go through. I'll see to it."). Returns one (possibly
    empty) list per sentence; all empty when vectors are unavailable.
    """
    m = model()
    plan: list[tuple[int, Clause, Roles, tuple[Move, ...]]] = []
    for i, sentence in enumerate(sentences):
        for clause in clauses(sentence):
            if skip is not None and skip(i, clause):
                continue
            text = clause.text[:READ_LIMIT]
            r = roles(text)
            before = previous[i][-READ_LIMIT:] if previous else ""
            moves = ownership(text, sentence.text[:READ_LIMIT], before)
            if (
                candidate(r, text, moves)
                and not _their_words_before(sentence, clause)
                and not (not moves and r.agent == "speaker" and _own_matter(sentence.text, before))
            ):
                plan.append((i, clause, r, moves))
    out: list[list[SemanticHit]] = [[] for _ in sentences]
    if not plan:
        return out
    needed = sorted({i for i, _, _, _ in plan})
    # Each distinct text is read once, however often it repeats.
    wanted = [c.text[:READ_LIMIT] for _, c, _, _ in plan]
    wanted += [sentences[i].text[:READ_LIMIT] for i in needed]
    distinct = list(dict.fromkeys(wanted))
    scored = read(distinct, FAMILY, k=m.k)
    if scored is None:
        return out
    by_text = dict(zip(distinct, scored, strict=True))

    @cache
    def own_things(i: int) -> bool:
        return _OWN_THINGS.search(sentences[i].text) is not None

    for i, clause, r, moves in plan:
        clause_scores = by_text[clause.text[:READ_LIMIT]]
        sentence_scores = by_text[sentences[i].text[:READ_LIMIT]]
        text = clause.text[:READ_LIMIT]
        threshold = m.threshold_move if moves else m.threshold
        values = features(r, clause_scores, sentence_scores, moves, text)
        if m.parse_could_decide(values, threshold):
            values.update(frame_inputs(frames(text)))
        p = m.probability(values)
        if p < threshold and not any(move.firm for move in moves):
            continue
        parsed = frames(text)  # for the explanation (cached when read above)
        if not moves and (values["_opposite"] or own_things(i) or _my_work(text)):
            # "You can do this without me" is not "You can't do this without me"; "I'll write it
            # up myself and send you my notes" is the speaker's own work.
            continue
        category = move_category(moves[0]) if moves else _category(r, clause_scores)
        nearest = clause_scores.nearest[category]
        out[i].append(
            SemanticHit(
                clause=clause,
                category=category,
                probability=p,
                nearest_text=nearest.text,
                nearest_similarity=nearest.similarity,
                roles=r,
                moves=moves,
                frames=parsed,
            )
        )
    return out


# Anyone the speaker's act could reach besides the speaker: the mentee, a third person, a name.
_SOMEONE = re.compile(
    r"\b(?:you|u|your|ur|yours|yourself|he|she|him|her|his|hers|they|them|their|mentee|mentees)\b"
)
# The speaker's own things named ("my manager", "my first audit", "our team"): without them a
# terse line may still be about the mentee's ("I'll write the report myself").
_MINE = re.compile(r"\b(?:my|our|mine|ours)\b")
_NAME = re.compile(r"(?<![.!?:;]\s)(?<!^)\b[A-Z][a-z]+")


def _own_matter(sentence: str, before: str) -> bool:
    """Does the sentence name the speaker's own things, and neither it nor the one before name
    anyone else ("I messed up my first audit badly", "I'll email my manager tomorrow and ask
    about the transfer myself")? Then the speaker's act is their own business, whatever its
    words are near."""
    said = " ".join(tokens(f"{before} {sentence}"))
    return (
        _MINE.search(" ".join(tokens(sentence))) is not None
        and _SOMEONE.search(said) is None
        and _NAME.search(sentence.strip()) is None
    )


def _my_work(text: str) -> bool:
    words = tokens(text)
    return _MY_WORK.search(" ".join(words)) is not None and not (
        {"you", "u", "your", "ur", "yours"} & set(words)
    )


def _their_words_before(sentence: Span, clause: Clause) -> bool:
    """Is the clause what the mentee said or decided, named just before it in the sentence?"""
    lead = sentence.text[
        max(0, clause.start - sentence.start - READ_LIMIT) : clause.start - sentence.start
    ]
    if not lead or _THEIR_WORDS_BEFORE.search(" ".join(tokens(lead))) is None:
        return False
    # It spells out the mentee's own words only when they are its subject, with no verdict on
    # them ("About what you wrote: I don't think you're really as worried as you say").
    words = tokens(clause.text)
    return (
        bool(words)
        and words[0] in ("you", "u", "your", "ur")
        and not ({"really", "actually", "but", "not"} & set(words))
    )


def _category(r: Roles, scores: LabelScores) -> str:
    """The nearest savior category, nudged by what the clause plainly does."""
    nudged = dict(scores.scores)
    if r.route_me:
        nudged["dependency"] = nudged.get("dependency", 0.0) + 0.06
    if r.outcome:
        nudged["gatekeeping"] = nudged.get("gatekeeping", 0.0) + 0.06
    if r.strong_order or r.agent in ("imperative", "addressee"):
        nudged["dictating"] = nudged.get("dictating", 0.0) + 0.03
    return max(SAVIOR, key=lambda name: nudged.get(name, -1.0))
