"""Text normalisation shared by every reader: words, contractions, verb forms and sentence ends.

Everything here is linear in the input. Regular expressions are used only for flat tokenising
(single character classes, no nested quantifiers), so no input can make them backtrack.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A word keeps its inner apostrophes (straight or curly) so contractions stay whole.
WORD_RE = re.compile(r"[\w'’]+")

# Tokens of a sentence: words, double quotes and the curly opening single quote, and clause
# punctuation (which breaks a clause for the negation check but is not matched by patterns).
TOKEN_RE = re.compile(r"[\w'’]+|[\"“”‘]|[,;:()\[\]—–]")

# Where a sentence may end: a terminator or a line break.
BOUNDARY_RE = re.compile(r"[.!?…]|\n")

TERMINATORS = frozenset(".!?…")
CLOSERS = frozenset("\"”’')]")
QUESTION_CLOSERS = "\"”’')] \t\r\n"
APOSTROPHES = "'’"

# Words before a full stop that do not end a sentence.
ABBREVIATIONS = frozenset(
    {
        "e.g", "i.e", "eg", "ie", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
        "ex", "no", "approx", "cf", "fig", "inc", "ltd", "dept", "a.m", "p.m",
    }
)  # fmt: skip

# List markers at the start of a line: "- ", "* ", "• ", "> ", "1. ", "2) ".
LIST_MARKER_RE = re.compile(r"(?:[-*•>]|\d{1,3}[.)])[ \t]+")

# Whole-word contractions and informal spellings whose expansion is irregular.
SPECIAL_WORDS: dict[str, tuple[str, ...]] = {
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("am", "not"),
    "let's": ("let", "us"),
    "gonna": ("going", "to"),
    "gotta": ("got", "to"),
    "wanna": ("want", "to"),
    "lemme": ("let", "me"),
    "gimme": ("give", "me"),
    "imma": ("i", "am", "going", "to"),
    "ima": ("i", "am", "going", "to"),
    "i'ma": ("i", "am", "going", "to"),
    "y'all": ("you",),
    "ya": ("you",),
    "u": ("you",),
    "ur": ("your",),
    "im": ("i", "am"),
    "ive": ("i", "have"),
    "dont": ("do", "not"),
    "cant": ("can", "not"),
    "wont": ("will", "not"),
    "didnt": ("did", "not"),
    "doesnt": ("does", "not"),
    "youre": ("you", "are"),
    "youll": ("you", "will"),
    "youve": ("you", "have"),
    "theyre": ("they", "are"),
    "whats": ("what", "is"),
    "heres": ("here", "is"),
    "thats": ("that", "is"),
    "gotten": ("got",),
    # Apostrophes dropped in quick chat. "ill" is far more often a typed "I'll" than "sick" in a
    # mentor's message, and as "i will" it only matters before a verb a rule names.
    "ill": ("i", "will"),
    "youd": ("you", "would"),
    "theyll": ("they", "will"),
    "theyve": ("they", "have"),
    "itll": ("it", "will"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "hadnt": ("had", "not"),
    "wouldnt": ("would", "not"),
    "couldnt": ("could", "not"),
    "shouldnt": ("should", "not"),
    "mustnt": ("must", "not"),
    "w": ("with",),
    # quick chat's shortened words ("text me b4 u reply", "pls", "tmrw", "til u check w me")
    "b4": ("before",),
    "pls": ("please",),
    "plz": ("please",),
    "tmrw": ("tomorrow",),
    "tmr": ("tomorrow",),
    "til": ("until",),
    "thru": ("through",),
    "tho": ("though",),
    "abt": ("about",),
    "cuz": ("because",),
    "coz": ("because",),
}

# "'s" means "is" (or "us" after "let") for these; elsewhere it is a possessive and is dropped.
_S_IS = frozenset(
    {
        "it", "that", "what", "here", "there", "he", "she", "who", "where", "how", "this",
        "everything", "nothing", "something", "someone", "somebody", "everyone", "everybody",
        "which", "when",
    }
)  # fmt: skip

_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("n't", "not"),
    ("'ll", "will"),
    ("'re", "are"),
    ("'ve", "have"),
    ("'d", "would"),
    ("'m", "am"),
)

# Irregular past and participle forms for verbs used in the rules.
IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "be": ("is", "are", "am", "was", "were", "been", "being"),
    "bring": ("brought",),
    "build": ("built",),
    "buy": ("bought",),
    "choose": ("chose", "chosen"),
    "deal": ("dealt",),
    "do": ("did", "done", "does"),
    "draw": ("drew", "drawn"),
    "fight": ("fought",),
    "find": ("found",),
    "get": ("got", "gotten"),
    "give": ("gave", "given"),
    "go": ("went", "gone", "goes"),
    "have": ("had", "has"),
    "hold": ("held",),
    "keep": ("kept",),
    "know": ("knew", "known"),
    "lead": ("led",),
    "leave": ("left",),
    "make": ("made",),
    "put": ("put",),
    "rewrite": ("rewrote", "rewritten"),
    "say": ("said",),
    "see": ("saw", "seen"),
    "sell": ("sold",),
    "send": ("sent",),
    "set": ("set",),
    "speak": ("spoke", "spoken"),
    "take": ("took", "taken"),
    "teach": ("taught",),
    "tell": ("told",),
    "think": ("thought",),
    "undertake": ("undertook", "undertaken"),
    "write": ("wrote", "written"),
    "redo": ("redid", "redone"),
    "ring": ("rang", "rung"),
    "run": ("ran",),
    "pay": ("paid",),
    "fly": ("flew", "flown"),
    "begin": ("began", "begun"),
    "sit": ("sat",),
    "stand": ("stood",),
    "understand": ("understood",),
    "forget": ("forgot", "forgotten"),
    "drive": ("drove", "driven"),
    "break": ("broke", "broken"),
    "pick": ("picked",),
    "swing": ("swung",),
    "spin": ("spun",),
}

_VOWELS = frozenset("aeiou")


def phrase_pattern(phrases: tuple[str, ...] | list[str]) -> str:
    """An alternation of ``phrases``, longest first (so "is not happening" is tried before "is
    not"), with any run of spaces between words; blank phrases are left out."""
    said = sorted((p for p in phrases if p.strip()), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in said)


def verb_forms(base: str) -> frozenset[str]:
    """Every inflection of ``base``: take -> take, takes, taking, took, taken.

    Regular forms are generated generously (both "planed" and "planned"); an extra spelling that
    no one writes costs nothing, a missing one costs recall.
    """
    forms = {base}
    forms.update(IRREGULAR_VERBS.get(base, ()))
    if base.endswith("e") and not base.endswith("ee"):
        stem = base[:-1]
        forms.update({base + "s", base + "d", stem + "ing"})
    elif base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
        stem = base[:-1]
        forms.update({stem + "ies", stem + "ied", base + "ing"})
    else:
        plural = base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else base + "s"
        forms.update({plural, base + "ed", base + "ing"})
        if (
            len(base) >= 3
            and base[-1] not in _VOWELS
            and base[-1] not in "wxy"
            and base[-2] in _VOWELS
            and base[-3] not in _VOWELS
        ):
            forms.update({base + base[-1] + "ed", base + base[-1] + "ing"})
    return frozenset(forms)


@lru_cache(maxsize=65536)
def expand_word(word: str) -> tuple[str, ...]:
    """Normalise one word (any case, straight or curly apostrophes) to lowercase tokens.

    "I'll" -> ("i", "will"); "won’t" -> ("will", "not"); "mentor's" -> ("mentor",).
    """
    w = word.lower().replace("’", "'").strip("'")
    if not w:
        return ()
    special = SPECIAL_WORDS.get(w)
    if special is not None:
        return special
    if "'" not in w:
        return (w,)
    for suffix, full in _SUFFIXES:
        if w.endswith(suffix) and len(w) > len(suffix):
            stem = w[: -len(suffix)]
            return (*expand_word(stem), full)
    if w.endswith("'s"):
        stem = w[:-2]
        if stem == "let":
            return ("let", "us")
        if stem in _S_IS:
            return (stem, "is")
        return expand_word(stem)
    return tuple(part for part in w.split("'") if part)


def next_boundary(
    buf: str, pos: int, seg_start: int, final: bool, run_start: int | None = None
) -> tuple[int | None, int, int | None]:
    """Find where the sentence that starts at ``seg_start`` in ``buf`` ends.

    Returns ``(end, resume, run_start)``. ``end`` is the index just after the sentence (its
    trailing whitespace belongs to the next segment), or ``None`` when the text seen so far cannot
    decide yet; then search again from ``resume`` once more text has arrived, passing back
    ``run_start`` (the start of a run of final punctuation still open at the end of the text).
    ``final`` says that no more text will come. The decision at any index depends only on the
    text before it and one character after the punctuation run, so a streamed text splits
    exactly like the whole, and no character is scanned twice.
    """
    n = len(buf)
    start = run_start
    j = pos
    while True:
        if start is None:
            match = BOUNDARY_RE.search(buf, pos)
            if match is None:
                return (n if final else None), n, None
            start = match.start()
            if buf[start] == "\n":
                return start, start, None
            j = match.end()
        while j < n and (buf[j] in TERMINATORS or buf[j] in CLOSERS):
            j += 1
        if j == n:
            if final:
                return n, n, None
            return None, n, start
        if buf[j].isspace() and not (
            buf[start] == "." and j == start + 1 and _is_abbreviation(buf, start, seg_start)
        ):
            return j, j, None
        pos = j
        start = None


def _is_abbreviation(buf: str, dot: int, seg_start: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or a list number ("1.")."""
    k = dot
    limit = max(seg_start, dot - 8)
    while k > limit and (buf[k - 1].isalnum() or buf[k - 1] == "."):
        k -= 1
    if k > seg_start and not (buf[k - 1].isspace() or buf[k - 1] in '("“'):
        return False
    word = buf[k:dot].lower()
    if word in ABBREVIATIONS:
        return True
    return word.isdigit() and len(word) <= 3 and not buf[seg_start:k].strip()


def is_question(sentence: str) -> bool:
    """True when the sentence's final terminator run contains a question mark."""
    tail = sentence.rstrip(QUESTION_CLOSERS)
    k = len(tail)
    while k > 0 and tail[k - 1] in TERMINATORS:
        k -= 1
        if tail[k] == "?":
            return True
    return False


def content_bounds(segment: str) -> tuple[int, int]:
    """The sentence itself inside a segment: without surrounding whitespace or a list marker."""
    start = len(segment) - len(segment.lstrip())
    end = len(segment.rstrip())
    if start < end:
        marker = LIST_MARKER_RE.match(segment, start)
        if marker is not None and marker.end() < end:
            start = marker.end()
    return start, max(start, end)
