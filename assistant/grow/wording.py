"""The mentee's own words, normalised so a question can carry them.

"I want to move into product management by next summer" becomes "moving into product
management": the wish and the time phrase are dropped, the first verb becomes its -ing form and
"my" becomes "your", so "What is happening with {topic} right now?" reads naturally. A phrase
that cannot be normalised safely (too long, a question, several sentences) is not used.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.grow.cues import COMMIT_RE, find_feeling
from assistant.understanding import Clause, clauses, sentences
from assistant.understanding.discourse import without_markers
from assistant.understanding.timeframes import find_time

__all__ = [
    "as_said_of_the_mentee",
    "gerund",
    "normalise_phrase",
    "without_acknowledgement",
    "without_feelings",
    "without_fillers",
]

MAX_WORDS = 12

# Words that only lead in: "so", "ok", "well,", "right, okay:".
_LEAD_WORDS_RE = re.compile(
    r"^(?:(?:so|well|ok(?:ay)?|um+|uh+|honestly|basically|really|right|fine|alright|"
    r"i\s+think|i\s+guess|i\s+suppose|ideally|mainly|long\s+term|right\s+now|concretely|"
    r"realistically|specifically|then|maybe|perhaps|probably)(?:[,:\s]+|$))+",
    re.IGNORECASE,
)
_LEAD_RE = re.compile(
    r"^(?:(?:so|well|ok(?:ay)?|um+|uh+|honestly|basically|really|i\s+think|i\s+guess|"
    r"i\s+suppose|ideally|mainly|long\s+term|right\s+now)[,\s]+)*"
    r"(?:i\s+(?:really\s+|would\s+really\s+)?(?:want|wanna|need|hope|plan|aim|intend|wish|"
    r"would\s+like|'d\s+like|’d\s+like|would\s+love|'d\s+love|’d\s+love)(?:\s+us)?(?:\s+to)?|"
    r"i(?:'d|’d)\s+(?:really\s+)?(?:like|love)(?:\s+us)?(?:\s+to)?|"
    r"i(?:'ve|’ve|\s+have)\s+been\s+thinking\s+(?:about|of)|"
    r"i(?:'m|’m|\s+am)\s+(?:hoping|aiming|trying|looking|planning|wanting)\s+to|"
    r"(?:my|the|our)\s+(?:main\s+|real\s+|big\s+)?(?:goal|aim|target|ambition|dream|plan|hope|"
    r"objective)\s+(?:is|would\s+be)(?:\s+to)?|goal\s*:|aim\s*:|"
    r"what\s+i\s+(?:really\s+|actually\s+|just\s+)?(?:want|need)\s+is"
    r"(?:\s+for\s+(?:us|me))?(?:\s+to)?|how\s+(?:to|do\s+i|can\s+i)|"
    r"help\s+(?:me\s+)?(?:with|to)?|i(?:'m|’m|\s+am)\s+(?:thinking\s+about|considering)|"
    r"to)\s+",
    re.IGNORECASE,
)
_PRONOUNS = {
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "me": "you",
    "i": "you",
    "i'm": "you're",
    "i’m": "you’re",
    "our": "your",
    "we": "you",
    "us": "you",
    "am": "are",
}
_IRREGULAR = {
    "be": "being",
    "see": "seeing",
    "get": "getting",
    "run": "running",
    "set": "setting",
    "put": "putting",
    "stop": "stopping",
    "plan": "planning",
    "shop": "shopping",
    "swim": "swimming",
    "win": "winning",
    "begin": "beginning",
    "sit": "sitting",
    "cut": "cutting",
    "quit": "quitting",
    "lie": "lying",
    "die": "dying",
    "tie": "tying",
    "ship": "shipping",
    "drop": "dropping",
    "hit": "hitting",
    "chat": "chatting",
    "dig": "digging",
    "submit": "submitting",
    "commit": "committing",
    "admit": "admitting",
    "forget": "forgetting",
    "regret": "regretting",
    "prefer": "preferring",
    "refer": "referring",
    "transfer": "transferring",
    "control": "controlling",
    "travel": "travelling",
    "jog": "jogging",
    "stand": "standing",
}
_NOT_VERBS = frozenset(
    {
        "a", "an", "the", "more", "better", "public", "my", "your", "our", "their", "his", "her",
        "its", "some", "any", "this", "that", "these", "those", "product", "career", "work", "job",
        "team", "data", "you", "yours", "yourself", "us", "them", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "twenty"
    }
)  # fmt: skip
# Verbs a goal often starts with ("Pass the B2 exam"): read as the goal's action.
_GOAL_VERBS = frozenset(
    {
        "pass", "become", "get", "land", "move", "finish", "run", "start", "build", "publish",
        "launch", "lead", "switch", "find", "change", "learn", "write", "stop", "earn", "sell",
        "submit", "make", "go", "give", "open", "raise", "close", "ship", "hire", "save", "reach",
        "improve", "speak", "present", "complete", "apply", "join", "grow", "manage", "take",
        "have", "hand", "delegate", "network", "retrain", "return", "rebuild", "quit", "decide",
        "prepare", "practise", "practice", "develop", "strengthen", "negotiate", "secure",
        "explore", "understand", "balance", "prioritise", "prioritize", "organise", "organize",
        "communicate", "increase", "reduce", "gain", "establish", "create", "pursue", "obtain",
        "design", "transition", "expand", "deepen", "clarify", "define", "identify", "be",
        "leave", "ask", "fill", "play", "keep", "stay", "live", "buy", "pay", "clear", "sort",
        "hit", "cut", "record", "book", "train", "teach", "coach",
    }
)  # fmt: skip
_TOO_VAGUE = re.compile(
    r"^(?:it|this|that|them|they|things?|stuff|something|everything|nothing)\b", re.I
)
# A verb whose object is a pronoun: "get it open", "do it without reading off my slides".
_VERB_AND_PRONOUN_RE = re.compile(r"^\S+\s+(?:it|this|that|them)\b", re.I)


def _ing_of_a_verb(word: str) -> bool:
    """Is ``word`` the -ing form of a verb the goals use ("walking", "getting"; not
    "engineering")?"""
    low = word.lower()
    if not low.endswith("ing") or len(low) < 6:
        return False
    known = _GOAL_VERBS | set(_IRREGULAR) | _ING_VERBS
    return any(gerund(v) == low for v in known)


# Verbs said in "be ...ing" goals beside the goal verbs: "be walking", "be sleeping".
_ING_VERBS = frozenset({"walk", "work", "sleep", "eat", "read", "live", "do", "earn", "cook"})


# Who a wish can be of, besides the speaker: "my manager", "the team", "her".
_SOMEONE_LEADS = frozenset({"your", "the", "his", "her", "their", "him", "them", "everyone"})


def _wanted_of_someone(words: list[str]) -> bool:
    """Do ``words`` (after "I want") name someone and what they are to do ("your manager to
    know ...", "Priya to sign off ...") rather than the speaker's own aim?"""
    to_at = next((i for i, w in enumerate(words[:5]) if w.lower() == "to"), None)
    if to_at is None or to_at == 0 or to_at + 1 >= len(words):
        return False
    return words[0].lower() in _SOMEONE_LEADS and not any(
        w.lower() in _GOAL_VERBS for w in words[:to_at]
    )


def gerund(verb: str) -> str:
    """The -ing form of a base verb ("move" -> "moving", "get" -> "getting")."""
    low = verb.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ing"):
        return low
    if low.endswith("ie"):
        return low[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "ye", "oe")) and len(low) > 2:
        return low[:-1] + "ing"
    return low + "ing"


# "know which parts I did", "decide which course": after a verb of knowing or choosing, "which"
# asks inside the clause and starts no new part.
_ASKING_VERBS = ("know", "see", "decide", "choose", "pick", "understand", "tell", "show", "ask")
_NOT_AFTER_ASKING = "".join(rf"(?<!\b{verb})" for verb in _ASKING_VERBS)
_PARTS_RE = re.compile(
    r"(?<=[.!;:])\s+|\s+(?:but|because|so\s+that|so(?=\s+(?:i|we|that)\b))\s+|"
    rf"{_NOT_AFTER_ASKING}\s+which\s+|"
    r",\s*(?:so|and|but)\s+"
)
# A part that only acknowledges or labels what follows: "Fine.", "Of course.", "Hi!", "Okay,
# more specific:".
_ACK_RE = re.compile(
    r"^\W*(?:(?:hi|hello|hey|thanks|thank\s+you|of\s+course|sure|yes|yeah|no|ok(?:ay)?|fine|"
    r"right|alright|well|so|fair|fair\s+enough|good\s+question|sorry|true|more\s+specific(?:ally)?|"
    r"concretely|specifically|to\s+be\s+(?:honest|specific|precise))\W*)+$",
    re.IGNORECASE,
)
_LABEL_RE = re.compile(r"^[^:]{0,30}:$")  # "Okay, more specific:", "ok:"
# How things are, said of the speaker: "I'm so worn out", "I am the only one who gets paged".
# The wish's verb with no "to" after it: "I want ", "I'd love ", "I would like ".
_WANT_A_THING_RE = re.compile(r"\b(?:want|need|like|love)\s+$", re.IGNORECASE)
# Words after a bare "I want" that lead a clause, not a thing: "I want more of X" is fine, "I
# want to", "I want us", "I want it done" are read elsewhere.
_NOT_A_THING = frozenset({"to", "us", "it", "this", "that", "them", "him", "her", "you", "be"})
_STATE_RE = re.compile(r"^(?:i(?:'m|’m|\s+am)|we(?:'re|’re|\s+are))\s", re.IGNORECASE)


def without_acknowledgement(text: str) -> str:
    """``text`` without the sentences that only acknowledge before it says anything: "Of
    course. I intend to pass the DELE B1 exam in May" -> "I intend to pass the DELE B1 exam in
    May"."""
    rest = text
    while True:
        cut = re.match(r"^\s*([^.!?]*[.!?])\s+(?=\S)", rest)
        if cut is None or not _ACK_RE.match(cut.group(1)):
            # "OK, I want to land a developer job", "Well, ...": the marker frames it
            said = without_markers(rest)
            if said == rest or not said.strip():
                return rest
            return said[:1].upper() + said[1:]
        rest = rest[cut.end() :]


def _stated_part(text: str) -> str:
    """The part of ``text`` that states the goal: the first that wishes ("..., but what I want
    is a proper care rota"), else the first that is more than an acknowledgement ("Fine. I
    want...", "Of course. I intend...")."""
    parts = [p.strip() for p in _PARTS_RE.split(text) if p and p.strip(" .!;,:")]
    said = [p for p in parts if not _ACK_RE.match(p) and not _LABEL_RE.match(p)]
    wished = next((p for p in said if _LEAD_RE.match(_LEAD_WORDS_RE.sub("", p))), None)
    chosen = wished or (said[0] if said else (parts[0] if parts else text))
    if wished:
        chosen = _LEAD_WORDS_RE.sub("", chosen)
    return chosen.strip(" .!;,:")


def normalise_phrase(
    text: str | None, today: date | None = None, *, goal: bool = False
) -> str | None:
    """``text`` as a short phrase a question can carry, or ``None`` when it cannot be used.
    A ``goal`` said as how things are ("I'm the only one who gets paged") is not used."""
    if not text:
        return None
    text = " ".join(text.split()).strip()
    if "?" in text:
        return None
    first = _stated_part(text)
    first = _LEAD_WORDS_RE.sub("", first).strip() if not _LEAD_RE.match(first) else first
    if goal and _STATE_RE.match(first):
        return None  # "I'm the only one who gets paged": how things are, not what is wanted
    lead = _LEAD_RE.match(first)
    had_to = bool(lead)
    # "I want chapter 3 good enough to send", "I'd love a dog": wanted without "to", the words
    # after name a thing to get, not a verb ("getting chapter 3 good enough", not "chaptering")
    wants_a_thing = bool(lead and _WANT_A_THING_RE.search(lead.group(0)))
    first = _LEAD_RE.sub("", first, count=1).strip()
    if today is not None:
        for expression in reversed(find_time(first, today)):
            first = first[: expression.start] + first[expression.end :]
        # "pass the stats resit by 12 May, need 50%": what followed the time is an aside
        first = re.split(r"\s+,", first, maxsplit=1)[0]
    first = re.sub(
        r"(?:\s+(?:by|before|in|within|this|next|every|each|from|until|at|the|of|end|"
        r"starting))+\s*$",
        "",
        first.strip(" ,.;"),
    )
    first = re.sub(r",?\s+(?:ideally|eventually|one\s+day|someday)\b.*$", "", first, flags=re.I)
    first = re.sub(  # "get better at my job i guess": the hedge is not part of the goal
        r",?\s+(?:i\s+(?:guess|think|suppose|reckon)|probably|maybe|perhaps)\W*$",
        "",
        first,
        flags=re.I,
    )
    words = first.split()
    if not words or len(words) > MAX_WORDS or _TOO_VAGUE.match(first):
        return None
    if _VERB_AND_PRONOUN_RE.match(first):
        return None  # "get it open": what "it" is was said before
    words = [_PRONOUNS.get(w.lower(), w) for w in words]
    if (had_to and _wanted_of_someone(words)) or (
        wants_a_thing and not _ing_of_a_verb(words[0]) and words[0].lower() not in _NOT_A_THING
    ):
        # "I want my manager to know ..." -> "getting your manager to know ..."
        return " ".join(["getting", *words]).strip(" ,.;") or None
    if words[0].lower() == "whether":
        words = [
            "deciding",
            "whether",
            *words[1:],
        ]  # "whether to retrain" -> "deciding whether to retrain"
    head = words[0]
    looks_verb = head.isalpha() and head.lower() not in _NOT_VERBS and not head[0].isupper()
    if (had_to and looks_verb) or head.lower() in _GOAL_VERBS:
        words[0] = gerund(head)
        if head.lower() == "be" and len(words) > 1 and _ing_of_a_verb(words[1]):
            words = words[1:]  # "be walking 8,000 steps a day" -> "walking 8,000 steps a day"
        # "move to Canada and work as a nurse there": the verb after "and" goes the same way
        for at in range(1, len(words) - 2):
            after = words[at + 1].lower()
            verbs = _GOAL_VERBS | _ING_VERBS
            if words[at].lower() == "and" and (after in verbs or after in _IRREGULAR):
                words[at + 1] = gerund(words[at + 1])
    elif (
        words[0][0].isupper()
        and words[0].lower() not in _PRONOUNS
        and len(words[0]) > 1
        and not (len(words) > 1 and words[1][:1].isupper())
    ):
        words[0] = words[0].lower()
    phrase = " ".join(words).strip(" ,.;")
    return phrase or None


def without_fillers(text: str) -> str:
    """``text`` without its sentences that only acknowledge ("OK.", "Fine.", "Sure, yes."),
    wherever they stand: "I'll ask Sam. OK. And I'll book it by Friday" -> "I'll ask Sam. And
    I'll book it by Friday". Text that is nothing but fillers is kept as it is."""
    kept = [s.text for s in sentences(text) if not _ACK_RE.match(s.text)]
    return " ".join(kept) if kept else text


def without_feelings(text: str) -> str:
    """``text`` without the clauses that only say how the speaker feels, for the plan: "The
    second one seems best but I'm nervous about it. I'll call Ana on Monday." -> "The second
    one seems best. I'll call Ana on Monday." A clause that also promises a step stays ("I'm
    nervous but I'll call her"). Text that is nothing but feelings gives ""."""
    kept_sentences = []
    for sentence in sentences(text):
        parts = clauses(sentence)
        kept = [c for c in parts if _a_step(c.text) or not find_feeling([c])]
        if len(kept) == len(parts):
            kept_sentences.append(sentence.text)
        elif kept:
            # the kept clauses, from the first to the last, without the coordinator left behind
            words = text[kept[0].start : kept[-1].end] if _in_a_row(kept, parts) else None
            joined = words or "; ".join(c.text for c in kept)
            joined = _COORDINATOR_RE.sub("", joined).rstrip(" ,;.!?")
            kept_sentences.append(joined[0].upper() + joined[1:] + ".")
    return " ".join(kept_sentences)


_COORDINATOR_RE = re.compile(r"^(?:but|and|so|though|although)\b\W*|\W+(?:but|and|so)$", re.I)


def _a_step(clause: str) -> bool:
    """A clause that promises or times something ("I feel I should call Sam by Friday")."""
    return bool(COMMIT_RE.search(clause) or find_time(clause, date.today()))


def _in_a_row(kept: list[Clause], parts: list[Clause]) -> bool:
    """Are the ``kept`` clauses next to one another among ``parts``?"""
    first = parts.index(kept[0])
    return parts[first : first + len(kept)] == kept


_MENTEE_WORDS = {
    "me": "the mentee",
    "my": "the mentee's",
    "mine": "the mentee's",
    "myself": "the mentee",
}
_MENTEE_WORD_RE = re.compile(r"\b(?:me|my|mine|myself)\b", re.IGNORECASE)


def as_said_of_the_mentee(task: str) -> str:
    """Someone else's step, said by the mentee, for a reader who is not the mentee: "give me a
    slot to rehearse" -> "give the mentee a slot to rehearse"."""
    return _MENTEE_WORD_RE.sub(lambda m: _MENTEE_WORDS[m.group(0).lower()], task)
