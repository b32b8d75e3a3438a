"""The options a mentee names in one answer: "I could ask Sam, or take a course" is two; "Lunch
deals for the offices, a loyalty card, an after-school offer" three. A reason, a purpose or a
condition said with an option is not one, nor is a report of how things are, a request to the
mentor, a label ("In no particular order:") or a step already chosen.
"""

from __future__ import annotations

import re
from datetime import date

from assistant.grow.cues import (
    ASK_RE,
    FEELING_ON_RE,
    FEELING_RE,
    HEDGE_ONLY_RE,
    SHOULD_I_RE,
    UNSURE_RE,
    Piece,
    content_words,
    find_feeling,
    flatten,
)
from assistant.grow.steps import STEP_VERB_RE, STEP_VERBS
from assistant.grow.verdicts import judges, without_withdrawn
from assistant.understanding import sentences
from assistant.understanding.discourse import marker_only, without_markers
from assistant.understanding.syntax import (
    names_a_choice,
    names_an_action,
    participle_only,
    reports,
)
from assistant.understanding.timeframes import find_time

__all__ = ["ANOTHER_RE", "asked_as_options", "extract_options"]


_OPTION_SPLIT_RE = re.compile(
    r"[\n;]+|(?<=[.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bSt\.)\s+|"
    r",?\s+or\s+(?:else\s+)?|\s*,\s*(?=(?:or|and(?!\s+then\b)|also|maybe|perhaps|"
    r"i\s+could|i\s+might|i\s+can|i(?:'d|’d)|another|then\s+there|part\s+of\s+me|"
    r"there(?:'s|’s|\s+is)\s+(?:also\s+)?an?\s+(?:[\w'’-]+\s+)?one\b|"
    r"so\s+i\s+could|but\s+(?:(?:i|we)\s+(?:could|might|can)|maybe|perhaps)|"
    r"the\s+(?:other|second|third|last)\s+(?:one\s+)?(?:is|would|could|might))\b)|"
    r"\s+and\s+(?=(?:also|maybe|perhaps|i\s+could|i\s+might|"
    # "there's the evening MBA and there's the company's own programme"
    r"there(?:'s|’s|\s+is)\s+(?:also\s+)?(?:the|a|an|my|our|that|this)|"
    # "I've thought about hiring a VA and I've thought about dropping the Friday clients"
    r"i(?:'ve|’ve|\s+have)\s+(?:also\s+)?(?:thought|considered|wondered)|"
    r"i(?:'m|’m|\s+am)\s+(?:also\s+)?(?:thinking|considering))\b)|"
    r"\b(?:(?:option|idea|choice)\s+(?:[a-d1-5]|one|two|three|four|five)\s*(?:[:.),-]|"
    r"\s+(?:is|would\s+be|could\s+be|might\s+be)(?:\s+to)?\b))|"  # "Option three is to..."
    r":\s+|\s+(?:vs\.?|versus)\s+|\s+/\s+",
    re.IGNORECASE,
)


_OPTION_LEAD_RE = re.compile(
    r"^(?:\s*(?:[-*•]|\d+[.)]|or|and|but|also|maybe|perhaps|possibly|then|well|so|either|um|uh|hmm|"
    r"i\s+guess|i\s+suppose|i\s+think|i\s+mean|alternatively|otherwise|probably|just|"
    r"the\s+option\s+(?:to|of)|"
    r"i(?=\s+(?!(?:am|was|have|had|know|knew|think|feel|felt|love|like|hate|need|mean|got|heard|should|"
    r"saw|noticed|read|said)\b|'m|’m|"
    # "I always choose wrong", "I keep going round in circles": a habit of the speaker's is how
    # things are, so its "I" stays and it reads as a report
    r"(?:always|never|usually|often|constantly|keep\s+(?:on\s+)?[a-z][a-z-]*ing)\b|"
    # "and I tried a plugin last year": what was done is a report, its "I" stays
    r"(?!(?:need|feed|proceed|succeed|exceed|speed)\b)[a-z]+ed\b)"
    r"[a-z][a-z-]*\s)|ought\s+(?:(?:simply|just|really)\s+)?to|"
    r"(?:one|another|a\s+third|the\s+other|the\s+last|the\s+first|a\s+second|the\s+second|"
    r"the\s+third)\s+(?:option|idea|route|way|approach|possibility|thing)\s+"
    r"(?:is|would\s+be|could\s+be|might\s+be)(?:\s+to)?|"
    # the option counted without its noun: "another would be a cooking class", "the third is..."
    r"(?:another|the\s+other|a\s+(?:second|third|fourth)|the\s+(?:first|second|third|fourth|"
    r"last|final))(?:\s+one)?\s+(?:is|would\s+be|could\s+be|might\s+be)(?:\s+to)?|"
    r"there(?:'s|’s|s|\s+is)(?:\s+also)?(?:\s+the\s+option\s+(?:of|to)|\s+always)?|"
    r"i(?:'ve|’ve|\s+have)\s+(?:thought|been\s+thinking)\s+(?:about|of)|"
    r"i(?:\s+was|\s+am|'m|’m)\s+thinking(?:\s+(?:about|of|that))?|(?:what|how)\s+about|"
    # "I was wondering about getting up early", "What if I asked the care home to pay?"
    r"(?:i(?:\s+was|\s+am|'m|’m)\s+|i(?:'ve|’ve|\s+have)\s+been\s+|i\s+(?:also\s+)?)?"
    r"wonder(?:ed|ing)?\s+(?:about|if\s+i\s+(?:could|should|might))|what\s+if(?:\s+(?:i|we))?|"
    # "I have also wondered whether local businesses might release staff"
    r"i(?:'ve|’ve|\s+have)?\s+(?:also\s+)?wonder(?:ed|ing)\s+(?:whether|if)|"
    r"(?:also\s+)?about(?=\s+[a-z]+ing\b)|"
    # "The obvious one is an internal move", "I've always fancied freelancing", "things like..."
    r"the\s+(?:only\s+)?(?:obvious|easy|easiest|best|safe|safest|cheapest|quickest|other|first|"
    r"next|last|realistic|sensible|real|main)"
    r"\s+(?:one|thing|option|route|way|idea)\s+(?:is|would\s+be)(?:\s+to)?|"
    # "One thing I keep coming back to is asking for a secondment"
    r"(?:one|another|the\s+other|the\s+main)\s+(?:thing|option|idea|route)\s+(?:that\s+)?"
    r"i(?:\s+|(?=['’]))"
    r"(?:keep\s+(?:coming\s+back\s+to|thinking\s+about)|(?:have\s+|'ve\s+|’ve\s+)?"
    r"(?:considered|thought\s+about|looked\s+at|wondered\s+about)|could\s+do|like)\s+(?:is|would\s+be)"
    r"(?:\s+to)?|"
    r"i(?:'ve|’ve|\s+have)\s+(?:always\s+|also\s+|even\s+|sometimes\s+)?(?:considered|fancied|"
    r"toyed\s+with|looked\s+(?:at|into)|wondered\s+about)|i\s+(?:always\s+|also\s+)?fancied|"
    r"(?:things|stuff|ideas|options)\s+like|"
    r"i(?:'ve|’ve|\s+have)\s+been\s+offered|"  # "I've been offered Lisbon, obviously"
    # "part of me wants to quit", "First option, ...", "If that fails, find a flatmate"
    r"part\s+of\s+me\s+(?:wants|would\s+like|thinks\s+i\s+should)(?:\s+to)?|"
    r"(?:first|second|third|last|final|another|other|one)\s+(?:option|idea|thing)\s*[,:-]|"
    r"if\s+(?:that|it|this)\s+(?:fails|doesn(?:'|’)?t\s+work(?:\s+out)?|falls\s+through)|"
    r"failing\s+that|if\s+not|"
    # the condition an option hangs on, said first: "If the promotion doesn't come through, I
    # could start looking elsewhere"
    r"(?:if|unless|once|when)\s+[^,;:]{3,80}(?=,\s*(?:(?:i|we)\s+(?:could|might|can|would|may)\b|"
    r"(?:i|we)(?:'d|’d)\s|the\s+(?:options?|choices?|alternatives?)\s))|"
    # "So it's either a transfer or a secondment": the alternatives follow
    r"it(?:'s|’s|\s+is|\s+would\s+be)(?=\s+either\b)|"
    r"i(?:'m|’m|\s+am)\s+(?:toying\s+with|considering)|i\s+(?:could|might|can|would|may|should)"
    r"(?:\s+also|\s+maybe|\s+always|\s+either)?|i(?:'d|’d)|we\s+could|could|might|can|"
    # what names the list before it: "the main ones are", "the options I can see are",
    # "what's left:"
    r"(?:(?:the|my)\s+)?(?:(?:main|obvious|real|only|best|realistic|other|possible)\s+)?"
    r"(?:options?|choices?|alternatives?|ones|routes)(?:\s+(?:i\s+(?:can\s+see|see|have|could\s+"
    r"take)|left|on\s+the\s+table))?\s+(?:are|is|would\s+be)(?:\s+to)?|"
    r"what(?:'s|’s|\s+is)\s+(?:left|on\s+the\s+table)(?:\s+is)?|honestly|"
    r"(?:the\s+)?(?:only\s+)?(?:things?|options?|ideas?)\s+i\s+can\s+(?:think\s+of|see)\s+(?:are|is)"
    r"(?:\s+to)?|option\s*[a-d\d]*\s*[:.)-]?|try\s+to|"
    r"it\s+(?:could|might)\s+be)[\s,:]+)+",
    re.IGNORECASE,
)


_OPTION_TAIL_RE = re.compile(
    # "Freelancing on the side is one", "buying new is the other option": the count, not the
    # option
    r"\s+(?:is|would\s+be|could\s+be)\s+(?:also\s+|always\s+)?(?:one|another|the\s+other|"
    r"an(?:other)?\s+option|an(?:other)?\s+idea|a\s+possibility)"
    r"(?:\s+(?:option|idea|one|possibility))?\W*$|"
    r"\s*(?:,\s*)?(?:i\s+(?:guess|suppose|think)|maybe|perhaps|probably|obviously|of\s+course|as\s+well|too|i\s+don(?:'t|’t)\s+"
    r"know|or\s+something|not\s+sure|though|instead|then|basically|really|honestly|actually|"
    r"i\s+think|i\s+reckon|lol|lmao|haha|tbh|ngl|idk)\s*$",
    re.IGNORECASE,
)


# An answer that adds an alternative: "Or building a portfolio", "Another idea is...".
ANOTHER_RE = re.compile(
    r"^\W*(?:or|also|another|alternatively|what\s+about|how\s+about|plus)\b", re.IGNORECASE
)


_OFFER_RE = re.compile(
    r"^\W*(?:(?:or|and|so|well|hmm+)[,\s]+)?(?:(?:what|how)\s+about|what\s+if)\b|"
    r"^\W*(?:or\s+)?maybe\b",
    re.I,
)


_NO_OPTIONS_RE = re.compile(
    r"\b(?:can(?:'t|’t)|cannot|don(?:'t|’t)|do\s+not)\s+(?:really\s+)?(?:see|think\s+of|find)\s+any",
    re.IGNORECASE,
)


_NOT_OPTION_RE = re.compile(
    r"^(?:i\s+(?:don(?:'t|’t)|do\s+not)\s+know|not\s+sure|that(?:'s|’s)\s+(?:it|all)|"
    r"nothing\s+else|no\s+idea|which\s+|what\s+|should\s+i|those\s+are|that(?:'s|’s)\s+about|"
    r"not\s(?![a-z]+ing\b)|(?:definitely|certainly|absolutely)\s+not\b|"
    # what was tried and is ruled out: "Not doing cold turkey again"
    r"not\s+[a-z]+ing\b.*\b(?:again|any\s*more|this\s+time)\W*$|"
    # "no, ...", "no idea" (not "No coffee after lunch": something to give up)
    r"no\s(?=(?:idea|clue|way|thanks|one|options?|other|i|we|it|that|not|really|chance|more)\b)|"
    r"never\s|none\s+of\b|sorry\b|(?:my\s+)?apologies\b|pardon\b|oh\b|lol\b|haha\b|by\s+the\s+way|"
    # a word that names no option of its own: "or both maybe", "perhaps nothing"
    r"(?:nothing|both|neither|none|either|all\s+of\s+them|all\s+three|the\s+lot)\W*$|"
    # the options named, taken together: "maybe a mix?", "a combination of those"
    r"(?:a\s+)?(?:mix|mixture|combination|bit\s+of\s+(?:both|each|everything))(?:\s+of\s+"
    r"(?:them|those|these|both|all|everything|the\s+(?:two|three)))?\W*$|"
    # what points back at options already named: "the first two", "both of those"
    r"(?:(?:the\s+)?(?:first|last|other|top)\s+(?:one|two|three)|(?:both|all|either|neither)\s+"
    r"of\s+(?:those|them|these|the\s+above))\W*$|"
    r"(?:that|it|this)(?:'s|’s|\s+is|\s+would\s+be|\s+sounds|\s+seems)\b|"
    # what the option before would bring: "That would mean less money though"
    r"(?:that|it|this)(?:'d|’d|'ll|’ll|\s+(?:would|will|could|might|means|costs|takes|pays))\b|"
    r"there\s+are\s+(?:a\s+few|some|several|many|two|three|four|a\s+couple)\b)",
    re.IGNORECASE,
)


# What rides along an option without being one: a reason ("..., they've got a digital team"),
# a purpose (", to get a real case study"), a condition (", if they'd have it"), a cost (", but
# it's £8,000"), a remark ("- which would count as..."). Each ends at its sentence or next "or".
_ADJUNCT_RE = re.compile(
    # (not "keep it manual but move to a spreadsheet": a second step of the same option)
    # (nor "keep 900 but only for weekdays": "but only" narrows the same option)
    r"(?:(?:,\s*|\s+)(?:but(?!\s+(?:(?:i|we)\s+(?:could|might|can)|maybe|perhaps|only|"
    + STEP_VERBS
    + r")\b)|although|though|"
    r"because|cos|coz|since|so\s+that|"
    r"in\s+order\s+to)\b|,\s*(?:to|if|which|who|whose|they|it|that|he|she|there(?:'s|’s|\s+is)\s+"
    # ", there's one near the office" describes; ", there's an online one" offers another
    r"(?:one|an?(?!\s+(?:[\w'’-]+\s+)?one\b))(?=\s))\b"
    # ", the restructure might change everything anyway": a reason with a subject of its own
    r"|,\s*(?:the|my|our|his|her|their)\s+"
    r"(?!(?:other|first|second|third|last|next|obvious|best|easiest|cheapest|options?|choices?|"
    r"alternatives?|main|only|real)\b)"
    r"(?:[\w'’-]+\s+){0,2}?(?:might|may|will|would|could|"
    r"won(?:'|’)?t|can(?:'|’)?t|is|are|was|has|had|did|does|said|says|went|tried)\b"
    r"|\s[—–-]\s)[^.;:?!]*?(?=[.;:?!]|,?\s+or\b|$)",
    re.IGNORECASE,
)


# A report, not an option: "they don't do nights", "I have led the curriculum", "cafés
# sometimes hang local work", "there's one that meets near the office".
_REPORT_RE = re.compile(
    r"^(?:(?:however|but|and|also|so|still)[,\s]+)?(?:(?:they|it|he|she|(?:that|this)(?=(?:'s|’s)|"
    r"\s+(?:is|was|would|will|has|had|does|did|costs?|takes?|means?)\b)|we|i|you)"
    r"(?:'ve|’ve|'re|’re|'s|’s|'m|’m)?\s+"
    r"(?!(?:could|might|can|may|would|should|will|'d|’d|'ll|’ll|also\s+could|thinking|"
    r"considering|toying|tempted|wondering|keen|open)\b)|"
    r"there(?:'s|’s|\s+is|\s+are)\s+(?:one|some|a\s+few)\s+(?:that|which|who|near|nearby)\b)|"
    r"^(?:my|our|his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}(?:did|was|were|had|has|is|are|does|"
    r"said|says|told|went|got|thinks|reckons)\b|"
    r"\b(?:sometimes|usually|often|normally|generally)\b",
    re.IGNORECASE,
)


_ONE_THAT_RE = re.compile(
    r"^there(?:'s|’s|s|\s+is|\s+are)\s+(?:one|some|a\s+few|people|someone|somebody|companies|"
    r"firms|services|agencies|folk|others|places)\s+(?:that|which|who|near|nearby)\b",
    re.I,
)


# What the mentee says to the mentor, not an option: "You'd know better than me", "Tell me".
_TO_THE_MENTOR_RE = re.compile(
    r"^\W*(?:(?:you|u)(?!\s+(?:could|can|might|may)\b)(?:'d|’d|'re|’re|'ve|’ve|\s+\w+)|"
    r"(?:just\s+)?(?:tell|help|show|give)\s+me\W*$)",
    re.IGNORECASE,
)


# A price or an amount said about an option is not one: "400 quid tho", "£8k".
_AMOUNT_RE = re.compile(
    r"^\W*(?:about\s+|around\s+|like\s+)?[£$€]?\d[\d,.]*\s*(?:k|grand|quid|pounds?|dollars?|"
    r"euros?|bucks)?(?:\s+(?:tho|though|each|a\s+(?:month|week|year)|per\s+\w+|a\s+pop))?\W*$",
    re.IGNORECASE,
)


_SHORT_OFFER_RE = re.compile(
    r"^\W*(?!(?:what|which|who|how|why|when|where|should|shall|do|does|did|is|are|can|could|would|"
    r"will|any|you|u|am|was|were|have|has|had|right)\b)(?:\w[\w'’-]*\s*){1,4}\?\s*$",
    re.IGNORECASE,
)


# "Or X and Y.": a sentence led by "or" with no other "or" offers one alternative.
_ONE_ALTERNATIVE_RE = re.compile(r"^\W*or\b(?!.*\bor\b)", re.IGNORECASE)


# An opening that is there to take: "the regional theatre has an open call for designers", "my
# company pays for the CIPD".
_OPENING_RE = re.compile(
    r"\b(?:pays?|funds?|covers?)\s+(?:for\s+)?(?:the|a|an|your|my)\s|"
    r"\b(?:has|have|is\s+running|are\s+running|runs|run)\s+(?:an?|some)\s+(?:open\s+call|opening|"
    r"vacanc(?:y|ies)|scheme|programme|program|course|placement|internship|grant|bursary)\b",
    re.IGNORECASE,
)


# Who a person just named is, between commas, when the option goes on after it.
_WHO_ASIDE_RE = re.compile(
    r"(?<=[A-Za-z])\s*,\s*(?:who|whose)\b[^,.;:?!]{1,60},(?=\s*(?!(?:or|and|but|i|we)\b)[a-z])",
    re.IGNORECASE,
)


# What an option is, said between commas inside a list, before the next option: "a Facebook
# page, which my grandson could set up, an open day", "the gym, which is cheap, a running club".
# It goes and leaves its comma, so the option after it stays an option of its own.
_LIST_ASIDE_RE = re.compile(
    r"(?<=[A-Za-z])\s*,\s*(?:which|who|whose)\b[^,.;:?!]{1,60}"
    r"(?=,\s*(?:an?|the|my|our|some|another|[a-z]+ing)\s)",
    re.IGNORECASE,
)


# What the options said after it are for, set off before them: "For the statement, I could ask
# my tutor", "As for the money, ...".
_ABOUT_RE = re.compile(
    r"^\W*(?:as\s+)?(?:for|regarding|re|about|with|on)\s+(?:the|my|our|that|this|his|her|their)\s+"
    r"[\w'’-]+(?:\s+[\w'’-]+)?\W*$",
    re.IGNORECASE,
)


# A question tagged for agreement: "..., hasn't it?", "..., don't you think?".
_TAG_QUESTION_RE = re.compile(
    r",\s*(?:(?:has|have|is|was|were|are|did|does|do|would|wo|could|ca)n(?:'|’)?t\s+(?:it|they|"
    r"he|she|you|we|there)(?:\s+think)?|innit|right|eh)\W*$",
    re.IGNORECASE,
)


# A question that asks rather than offers: "Which is better?", "Could you...?".
_QUESTION_RE = re.compile(
    r"^\W*(?:what|which|who|how|why|when|where|should|shall|is|are|am|was|were|does|did|have|"
    r"has|had|any|you|u|right|isn(?:'t|’t)|aren(?:'t|’t)|don(?:'t|’t)|doesn(?:'t|’t)|"
    r"(?:do|can|could|would|will)\s+(?:you|u)\b)\b",
    re.IGNORECASE,
)


# How a remark is led before the question it asks: "Incidentally, did you see...?", "Anyway,
# are you going to the offsite?"
_ASIDE_LEAD_RE = re.compile(
    r"^\W*(?:(?:incidentally|anyway|anyhow|oh|btw|by\s+the\s+way|speaking\s+of\s+[^,?]+|"
    r"random(?:ly)?|totally\s+unrelated|unrelated|also|"
    # "Tell me straight, is it worth it?": the request leads the question it puts
    r"(?:just\s+)?(?:tell|show)\s+me(?:\s+(?:straight|honestly|frankly|truthfully|plainly))?"
    r"(?=\s*,))[\s,]+)+",
    re.IGNORECASE,
)


_THERE_IS_RE = re.compile(r"^\W*(?:or\s+|and\s+)?there(?:'s|’s|s|\s+is)\s+(?:also\s+)?\w", re.I)


# How an answer introduces what follows: "Another thought:", "One more idea".
_FILLER_RE = re.compile(
    r"(?<=\w)\s*,\s*(?:i\s+don(?:'|’)?t\s+know|idk|i\s+dunno|dunno|i\s+guess|i\s+suppose|"
    r"like|you\s+know)\s*,\s*",
    re.IGNORECASE,
)


# What a list of options is called: "three routes", "a few possibilities", "my ideas".
_OPTION_NOUN = (
    r"(?:options?|choices?|ideas?|things|possibilit(?:y|ies)|routes?|ways?|paths?|avenues?|"
    r"approaches?|alternatives?)"
)
_COUNT = r"(?:(?:a\s+)?(?:few|couple(?:\s+of)?)|some|several|two|three|four|five|a\s+couple)"
_LABEL_RE = re.compile(
    r"^\W*(?:(?:(?:an)?other|one\s+more|a\s+(?:second|third|last))\s+(?:thought|idea|option|one)|"
    r"options?|ideas?|possibilities|one|two|three|four|five|first|second|third|fourth|"
    r"last(?:ly)?|in\s+no\s+particular\s+order|off\s+the\s+top\s+of\s+my\s+head|"
    r"(?:a\s+)?(?:few|couple\s+of)\s+" + _OPTION_NOUN + r"|"
    r"(?:" + _COUNT + r"\s+)?" + _OPTION_NOUN + r"\s+"
    r"(?:come\s+to\s+mind|spring\s+to\s+mind|i\s+can\s+(?:think\s+of|see))|"
    # "I've got three ideas", "I see three routes", "I can think of a few ways": the count of
    # what follows, however it is said
    r"(?:i\s+|i(?:'ve|’ve|\s+have)\s+)?(?:got|have|see|can\s+see|can\s+think\s+of)\s+"
    + _COUNT
    + r"\s+"
    + _OPTION_NOUN
    + r"|"
    r"(?:so\s+)?(?:my\s+|the\s+)?" + _OPTION_NOUN + r"\s+(?:are|is|would\s+be|i\s+see)|"
    # "Options as I see them:", "the choices I can see": the list's label, however it is put
    r"(?:so\s+)?(?:my\s+|the\s+)?" + _OPTION_NOUN + r"\s+(?:as\s+)?(?:i|we)\s+(?:can\s+)?"
    r"(?:see|have)(?:\s+(?:them|it|things))?(?:\s+(?:now|right\s+now|today))?)\W*$",
    re.IGNORECASE,
)


_COMMITTED_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|fine|so|then)\W+)*(?:i(?:'ll|’ll|\s+will)|ill|we(?:'ll|’ll|\s+will))\s",
    re.IGNORECASE,
)


# A choice already made, said among the options: "gonna do the kit for sure".
_CHOSEN_RE = re.compile(
    r"^\W*(?:(?:i(?:'m|’m|\s+am)\s+|im\s+)?gonna|(?:i(?:'m|’m|\s+am)\s+|im\s+)going\s+to|"
    # "going to do the kit" is chosen; "going to bed earlier" is a habit to take up
    r"going\s+to\s+" + STEP_VERBS + r")\b|\bfor\s+sure\W*$",
    re.IGNORECASE,
)


# "an app, Xero or whatever": the vague tail closes the option, it offers no alternative.
_VAGUE_TAIL_RE = re.compile(
    r",?\s+or\s+(?:whatever|something(?:\s+like\s+that)?|anything|so|similar|not)\b", re.I
)


# An aside between commas: "grab one of the journeymen, Ray probably, and...".
_ASIDE_RE = re.compile(
    r",\s*(?:[A-Z][\w'’-]*|\w+)\s+(?:probably|maybe|perhaps|i\s+think|i\s+guess)\s*(?=,)"
)


# What describes an option rather than offering one: ", where the rates are higher", ", like
# a pub kitchen", ", such as Xero".
# So is who it would be (", maybe one of the dads") and what the option does on its own
# (", closes on the 30th", ", runs on Tuesdays").
_DESCRIBES_RE = re.compile(
    r",\s*(?:where|when|like|such\s+as|e\.g\.|for\s+example|especially|ideally|"
    r"(?:maybe\s+|perhaps\s+|probably\s+|possibly\s+)?(?:one\s+of|someone\s+(?:from|like|at|in))|"
    r"(?:closes|opens|ends|starts|finishes|runs|costs|pays|meets)(?=\s+(?:on|at|in|by|every|"
    r"from|about|around|£|\$|\d)))\b[^.;?!]*?"
    r"(?=[.;?!]|,?\s+or\b|$)",
    re.IGNORECASE,
)


def _describes(m: re.Match[str]) -> str:
    """What describes an option goes, except the example that names a bare kind of thing: "a
    book, like the Levine book" keeps the book named ("smaller places now, like a pub kitchen"
    does not)."""
    head = re.split(r"\bor\b|[.;:!?]", m.string[: m.start()], flags=re.I)[-1]
    example = re.match(r",\s*(?:like|such\s+as|e\.g\.|for\s+example)\b", m.group(0), re.I)
    words = [w for w in re.findall(r"[\w'’-]+", head) if w.lower() not in _LEADS]
    return m.group(0) if example and len(words) <= 2 else ""


_LEADS = frozenset({"maybe", "perhaps", "or", "and", "a", "an", "the", "some", "just", "get"})


# Who a named person is, said after the name: "ask Sue, the nurse consultant".
_APPOSITIVE_RE = re.compile(
    r"^\s*(?:the|my|our|his|her|their)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+[\s.!]*$", re.IGNORECASE
)
_NAME_END_RE = re.compile(r"\s[A-Z][a-z][\w'’-]*\s*$")
# A person named after who they are, by title: "ask another professor, Dr. Okafor, for the
# letter" (not "a tutor, Khan Academy, a study group": three options).
_WHO_NAMED_RE = re.compile(
    r"\b(?:professor|teacher|tutor|manager|boss|supervisor|colleague|friend|mentor|coach|doctor|"
    r"lecturer|director|lead|recruiter|advisor|adviser)\s*$",
    re.IGNORECASE,
)
_NAME_ONLY_RE = re.compile(r"^\s*(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*$")
_GOES_ON_RE = re.compile(r"^\s*(?:for|about|with|on|to)\s+\w", re.IGNORECASE)


# What someone close puts forward, or uses themselves, said among the options: "My sister keeps
# saying do online orders", "my cousin uses square for her nail place".
_SOMEONE = (
    r"^\W*(?:(?:and|also|but)\s+)?(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:also|always|even|once|just)\s+)?"  # "My old lecturer also said I should..."
)
_SUGGESTED_RE = re.compile(
    _SOMEONE + r"(?:keeps\s+(?:saying|suggesting|telling\s+me)|says|said|suggested|suggests|"
    r"reckons|thinks|thought|recommends|recommended|mentioned|mentions|told\s+me\s+about|"
    r"brought\s+up)\s+(?:(?:that\s+)?(?:i|we)\s+(?:(?:should|could|ought\s+to)\s+)?|"
    r"(?:me\s+)?to\s+)?(?P<option>(?!(?:it|that|this|i|we|you|he|she|they)\b)\w.*)$",
    re.IGNORECASE,
)
_USES_RE = re.compile(
    _SOMEONE + r"(?:uses|used|swears\s+by)\s+(?P<option>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)"
    r"(?=\s+(?:for|at|in|on|with|to)\b|(?:\s+(?:too|as\s+well))?\W*$)",
    re.IGNORECASE,
)


# What a thing named is for, said after it: "a second shift in the afternoon, baking for
# next-day delivery" (a gerund with what it is for, after a noun with no verb).
_SAYS_WHAT_FOR_RE = re.compile(r"^\s*[a-z]+ing\s+for\s+\S+", re.IGNORECASE)
_THING_RE = re.compile(
    r"^\W*(?:either\s+)?(?:a|an|the|one|another)\s+(?!(?:[\w'’-]+\s+)*?[\w'’-]+ing\b)"
    r"[\w'’ -]+$",
    re.IGNORECASE,
)


# An alternative named by its noun alone, after one led by a verb: "ask my manager or HR".
_NOUN_ALONE_RE = re.compile(
    r"^(?:(?:my|the|a|an|his|her|their|our|your)\s+[a-z][\w'’-]*|(?-i:[A-Z][\w&'’-]*))"
    r"(?:\s+(?:about|for|at|in)\s+[\w'’-]+)?$",
    re.IGNORECASE,
)
_VERB_OBJECT_RE = re.compile(
    r"^(?P<verb>[a-z]+(?:\s+(?:to|with|for|at|on|about|into|from))?)\s+"
    r"(?:(?:my|the|a|an|his|her|their|our|your)\s+[\w'’-]+|(?-i:[A-Z][\w&'’-]*))$",
    re.IGNORECASE,
)


_DETERMINERS = frozenset({"my", "the", "a", "an", "his", "her", "their", "our", "your"})


def _subsumed(options: list[str]) -> list[str]:
    """ "there's the bank, I could pick up day shifts through the bank": a short noun the next
    or the last option goes on to spell out is that option, not another one."""
    kept = []
    for i, option in enumerate(options):
        words = set(content_words(option))
        near = options[max(0, i - 1) : i] + options[i + 1 : i + 2]
        if len(option.split()) <= 3 and any(
            words and words < set(content_words(other)) for other in near
        ):
            continue
        kept.append(option)
    return kept


# An option weighed as a question: "Or would a part-time course be better?" offers the course.
_WOULD_BE_BETTER_RE = re.compile(
    r"^(?P<lead>\W*(?:(?:or|and|maybe)[\s,]+)?)would\s+(?!(?:you|u|i|we|it|that|this)\b)"
    r"(?P<thing>[^?]+?)\s+be\s+(?:any\s+)?(?:better|best|an\s+option|worth\s+it|a\s+good\s+idea|"
    r"good|smarter|the\s+way\s+to\s+go)\W*$",
    re.IGNORECASE,
)


_DASHED_ASIDE_RE = re.compile(r"\s[—–-]{1,2}\s[^—–.;:?!]{1,60}?\s[—–-]{1,2}(?=\s)")


# An option's label with a dash, "Option B - stay full time": a label, not a remark.
_LABEL_DASH_RE = re.compile(
    r"\b((?:option|idea|choice)\s+(?:[a-d1-5]|one|two|three|four|five)|"
    r"(?:ideas|options|things|routes|choices|possibilities))\s+[—–-]\s+",
    re.I,
)


def asked_as_options(text: str) -> bool:
    """A run of questions that names the options, "Should I cut the takeaways? Move back in with
    my parents for a year? Get a weekend job?": the mentee weighs them aloud; the question leads
    the first and the rest are steps said as questions. Not when one asks the mentor ("Should I
    quit? What would you do?") or completes a choice put to them ("Should I quit? Or stay?")."""
    text = flatten(text)
    questions = [s.text.strip() for s in sentences(text) if s.text.rstrip().endswith("?")]
    if len(questions) < 2 or ASK_RE.search(text) or re.search(r"\b(?:you|u)\b", text, re.I):
        return False
    if not SHOULD_I_RE.match(questions[0]):
        return False
    rest = questions[1:]
    if any(_QUESTION_RE.match(q) for q in rest):
        return False
    # "Should I go to the meeting? Or get the councillor involved? Maybe ask the school?": three
    # or more, not all put as "or", are weighed aloud; "Should I quit? Or stay?" asks
    led_by_or = [q for q in rest if re.match(r"^\W*or\b", q, re.I)]
    return not led_by_or or (len(questions) >= 3 and len(led_by_or) < len(rest))


_SHOULD_I_LEAD_RE = re.compile(SHOULD_I_RE.pattern + r"\s*", re.IGNORECASE)


# Two options weighed against each other: "I'm torn between applying internally and waiting for
# the restructure", "choosing between the MSc and the apprenticeship".
_BETWEEN_RE = re.compile(
    r"^\W*(?:(?:so|honestly|well|i\s+guess)[\s,]+)*(?:i(?:'m|’m|\s+am)\s+)?(?:(?:really|kind\s+of|"
    r"a\s+bit)\s+)?(?:torn|choosing|deciding|stuck)\s+between\s+(?P<one>[^.;?!]+?)\s+and\s+"
    r"(?P<other>[^.;?!]+?)(?P<end>\W*)$",
    re.IGNORECASE,
)


def _between(sentence: str) -> str:
    """ "I'm torn between A and B" -> "A or B": the two are alternatives."""
    m = _BETWEEN_RE.match(sentence)
    return f"{m.group('one')} or {m.group('other')}{m.group('end')}" if m else sentence


# Days said in a list, which go on the option before: "leave at 5:30 on Mondays, Wednesdays and
# Fridays".
_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|mornings?|evenings?|nights?)"
_DAYS_ONLY_RE = re.compile(
    r"^\s*(?:(?:and|or|&)\s+)?" + _DAY + r"(?:\s*(?:,|and|or|&)\s*" + _DAY + r")*\W*$",
    re.IGNORECASE,
)
_PREPOSITION_RE = re.compile(
    r"^\s*(?P<prep>onto|into|to|at|on|in|for|with|from|by|before|after|until|towards?)\s",
    re.IGNORECASE,
)


# An example of the option just named: "a book, like the Levine book", "an app, e.g. Duolingo".
_EXAMPLE_RE = re.compile(
    # ("say no to more meetings" is a step: "say" then says what is said)
    r"^\s*(?:like|such\s+as|e\.?g\.?|for\s+(?:example|instance)|"
    r"say(?!\s+(?:no|yes|sorry|something|what|that|to|so|hello|hi|thanks|thank|goodbye)\b))\s+\S",
    re.IGNORECASE,
)


def _is_label(part: str) -> bool:
    """ "Options:", "I see three routes", and the label with a marker after it ("Options,
    right"): how the list is introduced, no option."""
    if _LABEL_RE.match(part):
        return True
    head, comma, tail = part.rpartition(",")
    return bool(comma) and marker_only(tail) and bool(_LABEL_RE.match(head))


def _same_verb_either_way(sentence: str, pieces: list[str]) -> list[str]:
    """ "Move the US calls earlier or onto two fixed days": an alternative that is only where
    or when the same thing is done, said after "or", is part of that option; "move to Leeds or
    to Manchester" (the same preposition again) stays two."""
    out: list[str] = []
    for piece in pieces:
        lead = _PREPOSITION_RE.match(piece or "")
        if out and out[-1] and lead and f"{out[-1]} or {piece}" in sentence:
            before = re.findall(r"[a-z]+", out[-1].lower())
            if lead.group("prep").lower() not in before and STEP_VERB_RE.match(out[-1]):
                out[-1] = f"{out[-1]} or {piece}"
                continue
        out.append(piece)
    return out


def extract_options(text: str) -> list[str]:
    """The options named in one answer: "I could ask Sam, or take a course" -> two options;
    "Lunch deals for the offices, a loyalty card, an after-school offer" -> three. A reason, a
    purpose or a condition said with an option is not one, nor is a report of how things are."""
    # A question is a request ("Should I...?"), unless it offers an option ("What about X?",
    # "Toastmasters?").
    text = flatten(text)
    if asked_as_options(text):  # "Should I cut the takeaways? Move back in with my parents?"
        text = " ".join(_SHOULD_I_LEAD_RE.sub("", s.text) for s in sentences(text))
    said = [_WOULD_BE_BETTER_RE.sub(r"\g<lead>\g<thing>", s.text) for s in sentences(text)]
    said = [_between(s) for s in said]
    kept = [
        s
        for s in said
        if not s.rstrip().endswith("?")
        or _OFFER_RE.match(s)
        or _SHORT_OFFER_RE.match(s)
        or not (_QUESTION_RE.match(_ASIDE_LEAD_RE.sub("", s)) or ASK_RE.search(s))
    ]
    # "Incidentally, did you see the council is closing the library? Disgraceful.": a word or
    # two after a question put aside to the mentor is a comment on it
    kept = [
        s
        for i, s in enumerate(said)
        if s in kept
        and not (
            i
            and _ASIDE_LEAD_RE.match(said[i - 1])
            and said[i - 1] not in kept
            and len(s.split()) <= 3
        )
    ]
    # "Terrible weather we've been having, hasn't it?": a remark put for agreement offers nothing
    kept = [s for s in kept if not (s.rstrip().endswith("?") and _TAG_QUESTION_RE.search(s))]
    # "Yes, quite right, sorry.": a sentence that only acknowledges names nothing, however
    # many commas it has
    kept = [s for s in kept if not HEDGE_ONLY_RE.match(s)]
    # A numbered list is a list even on one line.
    # (or lettered: "a) ask for feedback, b) shadow a senior")
    numbered = len(re.findall(r"(?:^|\s)\(?(?:\d[.)]|[a-e]\))\s", " ".join(kept))) >= 2
    parts: list[str] = []
    offered_as_alternative: set[str] = set()  # parts of a sentence that offers alternatives
    whole: set[str] = set()  # parts that are a sentence of their own (a report can only be one)
    for sentence in kept:
        # "Well — I could ...": the dash after a marker frames the sentence, it opens no remark
        sentence = without_markers(sentence) or sentence
        # "or drop the module but that's not really an option": the option is taken back
        sentence = without_withdrawn(sentence)
        sentence = _LABEL_DASH_RE.sub(r"\1: ", sentence)  # "Option B - stay full time"
        # "the evening MBA — expensive, though — and ...": a remark between dashes ends at the
        # second dash
        sentence = _DASHED_ASIDE_RE.sub(" ", sentence)
        # "ask Sam, who's already an educator, whether I could ...": who someone is, between
        # commas, goes; what is asked of them stays with the option
        sentence = _LIST_ASIDE_RE.sub("", sentence)
        sentence = _WHO_ASIDE_RE.sub("", sentence)
        sentence = _ADJUNCT_RE.sub("", _VAGUE_TAIL_RE.sub("", sentence.rstrip("?")))
        # "the journeymen, Ray probably, and do practice calcs": the aside's closing comma
        # goes with it, so what follows "and" stays with the same option
        sentence = re.sub(_ASIDE_RE.pattern + r",(?=\s+and\b)", "", sentence)
        sentence = _DESCRIBES_RE.sub(_describes, _ASIDE_RE.sub("", sentence))
        sentence = _FILLER_RE.sub(" ", sentence)  # "Or, I don't know, a job closer to home"
        pieces = _OPTION_SPLIT_RE.split(sentence)
        pieces = _same_verb_either_way(sentence, pieces)
        # "a tutor online, maybe italki; a group course; or ...": once semicolons separate the
        # options, commas only go on within one
        semicolons = len(re.findall(r";\s*\S", sentence)) >= 1 and "," in sentence
        if semicolons:
            pieces = [
                _OPTION_LEAD_RE.sub("", q.strip() + " ").strip()
                for p in sentence.split(";")
                for q in re.split(r":\s+", p)
            ]
        # "or mentor the new grad, and write up the design doc": ", and" before a verb adds one
        second = re.search(
            r",\s+and\s+(?:" + STEP_VERBS + r"|there(?:'s|’s|\s+is|\s+are)\s+(?:also|always))\b",
            sentence,
            re.IGNORECASE,
        )  # ", and there is also a study group": another
        if _ONE_ALTERNATIVE_RE.match(sentence) and sentence.count(",") < 2 and not second:
            pieces = [sentence]  # "Or grab a journeyman and do practice calcs": one alternative
        if numbered:
            pieces = [
                q
                for p in pieces
                if p
                for q in re.split(r"(?:^|\s)\(?(?:\d[.)]|[a-e]\))(?:\s|$)", p)
            ]
        alternatives = bool(re.search(r"\bor\b", sentence, re.I)) and len(pieces) > 1
        # "I've got three ideas: a podcast, a newsletter, and ...": the list is after the label
        commas = [p for p in sentence.split(": ")[-1].split(",") if p.strip()]
        # "I've considered quitting, going travelling, ...", "..., and I guess ask around": how a
        # part is led is no report
        commas = [_OPTION_LEAD_RE.sub("", c.strip() + " ") for c in commas]
        listed = (
            not alternatives
            and len(commas) >= 3
            and all(len(p.split()) <= 10 for p in commas[:-1])  # the last may run on
            and not any(_REPORT_RE.search(p.strip()) for p in commas)
        )
        first_part = len(parts)
        for part in pieces:
            if not part:
                continue
            # "A, B, or C": once a sentence offers alternatives, its commas separate them too,
            # as they do in a plain list of three or more; ", then ..." goes on the same option.
            if (alternatives or listed) and "," in part and not semicolons:
                for bit in re.split(r",(?!\s*(?:and\s+)?then\b)", part):
                    if not bit.strip():
                        continue
                    # "cheap, and then offer the course": what goes on after "then" is the same
                    # option, so only the words before it say whether a new one starts.
                    head = re.split(r",\s*(?:and\s+)?then\b", bit, maxsplit=1)[0]
                    if parts and _EXAMPLE_RE.match(bit):
                        parts[-1] = f"{parts[-1]},{bit}"  # "a book, like the Levine book"
                        continue
                    if parts and _DAYS_ONLY_RE.match(bit):
                        parts[-1] = f"{parts[-1]},{bit}"  # "on Mondays, Wednesdays and Fridays"
                        continue
                    named = bool(parts) and bool(_NAME_END_RE.search(parts[-1]))
                    if named and _APPOSITIVE_RE.match(bit):
                        parts[-1] = f"{parts[-1]},{bit}"  # "ask Sue, the nurse consultant"
                    elif parts and _WHO_NAMED_RE.search(parts[-1]) and _NAME_ONLY_RE.match(bit):
                        parts[-1] = f"{parts[-1]},{bit}"  # "ask another professor, Dr. Okafor"
                    elif parts and _NAME_END_RE.search(parts[-1]) and _GOES_ON_RE.match(bit):
                        parts[-1] = f"{parts[-1]},{bit}"  # "..., Dr. Okafor, for the letter"
                    elif parts and participle_only(bit) and names_a_choice(parts[-1]):
                        parts[-1] = f"{parts[-1]},{bit}"  # "a project, anonymised obviously"
                    elif parts and not names_a_choice(head) and names_a_choice(parts[-1]):
                        parts[-1] = f"{parts[-1]},{bit}"  # "a taster night, two hours, cheap"
                    elif parts and _SAYS_WHAT_FOR_RE.match(bit) and _THING_RE.match(parts[-1]):
                        parts[-1] = f"{parts[-1]},{bit}"  # "a second shift, baking for next day"
                    else:
                        parts.append(bit)
            else:
                parts.append(part)
                if len(pieces) == 1:
                    whole.add(part)
        if alternatives:
            offered_as_alternative.update(parts[first_part:])
    options = []
    verb: str | None = None  # the verb an alternative named by its noun alone shares
    for part in parts:
        said_alone = part in whole
        alternative = part in offered_as_alternative
        if _ONE_THAT_RE.match(part.strip()):
            continue  # "there's one that meets near the office": more about the last option
        offered = bool(_THERE_IS_RE.match(part.strip()))  # "there's also that app": an offer
        suggested = _SUGGESTED_RE.match(part.strip()) or _USES_RE.match(part.strip())
        if suggested:  # "My sister keeps saying do online orders": the option she puts forward
            part, offered = suggested.group("option"), True
        offered = offered or bool(re.match(r"^\W*or\b", part, re.I))  # "Or Tom drops to four days"
        offered = offered or bool(re.search(r"\bbeen\s+offered\b", part, re.I))  # an offer to take
        # "I could make a list, or we get a cleaner": the speaker's alternative, said plainly
        offered = offered or (alternative and bool(re.match(r"^\W*(?:we|i)\s", part, re.I)))
        if HEDGE_ONLY_RE.match(part) or _is_label(part) or marker_only(part):
            continue  # "Fine.", "Another thought:", "Okay, concretely:": how the answer opens
        if judges(part):
            continue  # "Paid adverts are out", "I'd rather not go alone": ruled out, not offered
        if _ABOUT_RE.match(part.strip()):
            continue  # "For the statement, I could ask Jan": what the options after it are for
        part = _OPTION_LEAD_RE.sub("", part.strip() + " ").strip(" ,.;:!?-")
        part = _OPTION_TAIL_RE.sub("", part).strip(" ,.;:!?-")
        if _is_label(part):
            continue  # "I was thinking a few things:": the label, once its lead is gone
        if re.match(r"^(?:if|unless|once|when)\s", part, re.I) and "," not in part:
            continue  # "If I narrow it down: ...": a condition leading the list, no option
        if not part or _NOT_OPTION_RE.match(part) or UNSURE_RE.fullmatch(part):
            continue
        if _TO_THE_MENTOR_RE.match(part) or _AMOUNT_RE.match(part) or _CHOSEN_RE.search(part):
            continue
        if _COMMITTED_RE.match(part) and find_time(part, date.today()):
            continue  # "ok ill volunteer for the retro next week": a step, not an option
        offered = offered or bool(_OPENING_RE.search(part))
        if _NO_OPTIONS_RE.search(part) or (
            (_REPORT_RE.search(part) or (said_alone and reports(part))) and not offered
        ):
            continue  # "they don't do nights", "Some care homes pay this for their carers"
        if FEELING_RE.search(part) or ASK_RE.search(part) or find_feeling([Piece(part)]):
            continue
        if FEELING_ON_RE.match(part):
            continue  # "I'm nervous, and a bit embarrassed about saying this": still the feeling
        # "I could ask my manager or HR": "HR" is asked too; "apply to Google, Meta or Amazon"
        led = _VERB_OBJECT_RE.match(part)
        if led and names_an_action(part):
            verb = led.group("verb")
        elif verb and alternative and _NOUN_ALONE_RE.match(part):
            noun = part[0].lower() + part[1:] if part.split()[0].lower() in _DETERMINERS else part
            part = f"{verb} {noun}"
        else:
            verb = None
        # "charity shop, facebook marketplace, tip": a short noun in a list is an option too
        short_noun = len(part) == 3 and part.isalpha() and names_a_choice(part)
        if len(content_words(part)) >= 1 and (
            len(part.split()) >= 2 or len(part) >= 4 or short_noun
        ):
            options.append(part[0].upper() + part[1:])
    return _subsumed(options)
