"""What the mentee did in one answer: stated a goal, described the situation, named an obstacle,
expressed a feeling, was unsure, asked the mentor to decide, listed options, committed to steps,
or went off topic.

Reading is built on :mod:`assistant.understanding`: the answer is cut into sentences and clauses
(:func:`~assistant.understanding.sentences`, :func:`~assistant.understanding.clauses`), each clause
is read for who acts and how firmly (:func:`~assistant.understanding.roles`: "I'll..." is the
speaker committing, "I could..." a possibility, "I want to..." a wish), and time phrases come from
:mod:`assistant.understanding.timeframes`. Rules decide where they are precise; the reviewed
exemplar bank ``answer_acts`` (nearest reviewed answers, on the shipped sentence encoder) decides
what rules leave open: whether a short answer is only unsure, whether a remark is off topic.
Every act carries the words that showed it, so the coach can say what it heard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from assistant.understanding import clauses, read, roles, sentences, tokens
from assistant.understanding.syntax import (
    names_a_choice,
    names_an_action,
    reports,
    someone_else_does,
)
from assistant.understanding.timeframes import find_time, resolve_date

__all__ = ["ACTS", "Commitment", "GoalReading", "Heard", "follow_up_of", "hear"]

ACTS = (
    "off_topic",
    "ask_to_decide",
    "unsure",
    "feeling",
    "goal",
    "situation",
    "obstacle",
    "options",
    "commitment",
)
BANK = "answer_acts"
# The exemplar bank decides only when its best label leads the runner-up by this much.
BANK_MARGIN = 0.04
# ...and calls a remark off topic only when it is this close to a reviewed off-topic remark:
# a weak nearest neighbour does not overrule a description the rules read.
BANK_OFF_TOPIC_FLOOR = 0.4

_ASK_RE = re.compile(
    r"(?<!\bto\s)\b(?:(?:just\s+)?tell\s+me\s+(?:what|which|whether|if|how|where)|"
    r"what\s+(?:should|shall|do|would|must)\s+i\s+(?:do|pick|choose|go\s+with|say|tell)|"
    r"what\s+(?:would|do|should|will)\s+(?:you|u)\s+(?:do|pick|choose|go\s+with|recommend|suggest|"
    r"advise|reckon|say|want\s+me\s+to)|"
    r"what\s+do\s+(?:you|u)\s+(?:think|reckon)\s+i\s+should|do\s+(?:you|u)\s+think\s+i\s+should|"
    r"which\s+(?:one\s+)?(?:would|should|do)\s+(?:you|u|i)\b|which\s+one\s*\?|which\s+is\s+(?:better|best|right)|"
    r"(?:you|u)\s+(?:decide|choose|pick|tell\s+me)\b|decide\s+for\s+me|choose\s+for\s+me|"
    r"pick\s+(?:one\s+)?for\s+me|(?:make|take)\s+the\s+(?:call|decision)\s+for\s+me|"
    r"(?:can|could|would)\s+(?:you|u)\s+(?:just\s+)?(?:decide|choose|pick|tell\s+me|make\s+the)|"
    r"your\s+(?:call|recommendation|advice|pick|choice)\s*\?|if\s+you\s+were\s+me|in\s+my\s+shoes|"
    r"what(?:'s|’s|\s+is)\s+(?:the|your)\s+(?:right|best|correct|smart|sensible)\s+"
    r"(?:answer|move|choice|call|option|thing)|give\s+me\s+the\s+answer|"
    r"what(?:'s|’s|\s+is)\s+your\s+(?:call|recommendation|advice|view)|"
    r"(?:is\s+it|would\s+it\s+be)\s+better\s+to\b.*\?|"
    r"would\s+(?:you|u)\s+(?:take|apply|do|go|accept|choose|pick)\b.*\?|"
    r"i(?:'ll|’ll|\s+will)\s+(?:just\s+)?do\s+(?:whatever|what)\s+you\s+(?:say|suggest|think)|"
    r"someone\s+to\s+tell\s+me|just\s+want\s+(?:you|someone)\s+to\s+(?:tell|decide|choose)|"
    r"(?:you(?:'re|’re|\s+are)\s+the\s+expert)|tell\s+me\s+what\s+to\s+do|"
    r"what\s+(?:should|would)\s+my\s+first\s+step\s+be|"
    r"what\s+would\s+(?:a|an|the|most|other)\s+(?:\w+\s+){0,2}(?:do|say|choose|pick)\b|"
    r"what\s+do\s+(?:people|others|most\s+people)\s+(?:usually\s+|normally\s+)?do\b|"
    r"what\s+do\s+(?:you|u)\s+(?:think|reckon)\s+(?:is|would\s+be)\s+(?:best|better|right|wise)|"
    r"what\s+do\s+(?:you|u)\s+(?:think|reckon|suggest)\s*\?|any\s+(?:advice|suggestions|ideas|tips)"
    r"\s*\?|what(?:'s|’s|\s+is)\s+your\s+(?:advice|suggestion|take)|what\s+are\s+my\s+options\s*\?|"
    r"(?:give|tell)\s+me\s+(?:some\s+)?(?:options|ideas|advice)|"
    r"(?:can|could|would)\s+(?:you|u)\s+(?:just\s+)?(?:email|call|talk\s+to|speak\s+to|ask|write|do|"
    r"sort|handle|message|contact)\b.*\bfor\s+me\b)",
    re.IGNORECASE,
)
_SHOULD_I_RE = re.compile(
    r"^\W*(?:so\s+|ok(?:ay)?\s+|well\s+|honestly\s+|and\s+|but\s+)?(?:should|shall)\s+(?:i|we)\b",
    re.I,
)
_UNSURE_RE = re.compile(
    r"\b(?:not\s+(?:really\s+|entirely\s+|at\s+all\s+)?(?:sure|certain|convinced)|unsure|(?:do\s*n[o']?t|dont|don’t)\s+(?:really\s+)?know|"
    r"no\s+(?:idea|clue)|dunno|idk|hard\s+to\s+(?:say|tell|explain|pin\s+down|put\s+into\s+words)|"
    r"can(?:'t|’t|not)\s+(?:really\s+)?(?:say|tell|think\s+of)|couldn(?:'t|’t)\s+(?:say|tell)|"
    r"haven(?:'t|’t)\s+(?:really\s+)?(?:thought|got\s+a\s+clue)|who\s+knows|it\s+depends|"
    r"up\s+in\s+the\s+air|(?:a\s+bit|all)\s+(?:stuck|vague|fuzzy|blurry|unclear|messy|meh)|"
    r"drawing\s+a\s+blank|nothing\s+(?:comes\s+to\s+mind|specific|really)|no\s+clue|"
    r"i\s+guess\s+we(?:'ll|’ll)\s+see|we(?:'ll|’ll)\s+see|"
    r"i(?:'d|’d)\s+have\s+to\s+think|everything\s+and\s+nothing|"
    r"it(?:'s|’s)\s+(?:complicated|hard\s+to\s+say|fuzzy|a\s+mess|just\s+how\s+it\s+is))\b",
    re.IGNORECASE,
)
_HEDGE_ONLY_RE = re.compile(
    r"^\W*(?:um+|uh+|erm+|hmm+|er+|so+|well|maybe|perhaps|possibly|i\s+guess|i\s+suppose|"
    r"kind\s+of|sort\s+of|sorta|kinda|yeah|yes|no|nope|ok(?:ay)?|fine|i\s+think\s+so|not\s+really|"
    r"same\s+as\s+(?:always|usual|ever)|nothing\s+much|not\s+much|things|stuff|idk|meh|"
    r"whatever|pass|dunno|ugh|eh|shrug|(?:it(?:'s|’s)\s+)?fine(?:\s+i\s+guess)?|right|alright|"
    r"all\s+right|fair\s+enough|sure|true|got\s+it|i\s+see|makes\s+sense|good\s+point|cool|"
    r"yep|yup|ah|oh|oh\s+well|hm)(?:[\s,.!]+(?:ok(?:ay)?|then|so|yeah|fine|right))*\W*$",
    re.IGNORECASE,
)
_EMOTION = frozenset(
    {
        "scared", "afraid", "anxious", "nervous", "worried", "exhausted", "tired", "overwhelmed",
        "stressed", "frustrated", "angry", "upset", "sad", "excited", "happy", "thrilled",
        "relieved",
        "terrified", "drained", "hopeless", "embarrassed", "ashamed", "guilty",
        "lonely", "panicking", "panic", "dread", "dreading", "frightened", "insecure", "gutted",
        "devastated", "pumped", "jittery", "anxiety", "demotivated", "unmotivated", "discouraged",
        "disheartened", "hurt", "bitter", "resentful", "jealous", "proud", "grateful", "hopeful",
        "optimistic", "fed", "sick", "defeated", "miserable", "fraud", "imposter", "impostor",
        "crushed", "deflated", "useless", "worthless", "numb", "shaky", "petrified", "dreadful",
        "knackered", "shattered", "fried", "stressful", "scary", "terrifying", "daunting",
        "overwhelming", "frustrating", "nerve", "wracking", "depressing", "upsetting", "exhausting"
    }
)  # fmt: skip
_FEELING_RE = re.compile(
    r"\b(?:i\s+feel|i(?:'m|’m|\s+am)\s+(?:so\s+|really\s+|quite\s+|a\s+bit\s+|pretty\s+|just\s+|"
    r"honestly\s+|kind\s+of\s+|feeling\s+)*(?:lost|stuck|down|at\s+a\s+loss|on\s+edge|freaking\s+out|"
    r"over\s+the\s+moon|at\s+my\s+wits)|makes\s+me\s+(?:feel|want\s+to\s+cry|sick)|"
    r"keeps\s+me\s+(?:up|awake)|(?:can(?:'t|’t)|cannot)\s+sleep|losing\s+sleep|in\s+tears|"
    r"cried|crying|i\s+cry|cry\s+(?:every|all|at|when|myself)|fed\s+up|sick\s+of|tired\s+of|scared\s+of|afraid\s+of|terrified\s+of|"
    r"it\s+feels\s+(?:like\s+)?(?:a\s+)?(?:big|huge|scary|hard|impossible|too|so|really|a\s+lot|"
    r"overwhelming|daunting)|"
    r"burn(?:t|ed)\s+out|burnout|dread(?:ing)?|panic\w*|gutted|heartbroken|imposter|impostor|(?:a|like\s+a)\s+fraud)\b",
    re.IGNORECASE,
)
# "be less terrified of presenting": a state the mentee wants, a goal rather than a feeling now.
_WISHED_STATE_RE = re.compile(
    r"^\W*(?:(?:i\s+(?:want|would\s+like|'d\s+like|’d\s+like)\s+)?to\s+)?(?:be|feel|get|become)\s+"
    r"(?:a\s+lot\s+|much\s+|way\s+)?(?:less|more|not\s+so|not\s+as|calmer|braver|happier)\b",
    re.IGNORECASE,
)
_FEELING_SUBJECT = re.compile(
    r"\b(?:i|i'm|i’m|im|me|my|it(?:'s|’s)|it\s+is|it\s+makes|this\s+is|honestly|feel|feeling|so)\b",
    re.IGNORECASE,
)
_OBSTACLE_RE = re.compile(
    r"\b(?:but|however|can(?:'t|’t)|cannot|can\s+not|couldn(?:'t|’t)|unable|"
    r"(?:don(?:'t|’t)|do\s+not|doesn(?:'t|’t))\s+have\s+(?:the\s+|enough\s+|any\s+)?"
    r"(?:time|budget|money|support|experience|qualifications?|degree|contacts|network|"
    r"connections|energy|funding)|no\s+(?:time|budget|money|support|experience|one|energy|"
    r"funding|slack)|not\s+enough|too\s+(?:busy|much|expensive|late|old|junior)|blocked|blocking|"
    r"blocker|obstacle|barrier|problem\s+is|issue\s+is|thing\s+is|won(?:'t|’t)\s+"
    r"(?:let|allow|approve|agree|support|sign|give|pay|fund)|will\s+not|wouldn(?:'t|’t)|"
    r"doesn(?:'t|’t)\s+(?:let|allow|support|want|reply|respond|approve)|not\s+allowed|"
    r"lack(?:\s+of)?|struggl\w*|hard\s+to|difficult|keep\s+(?:getting|being)|never\s+(?:get|have)|"
    r"rejected|turned\s+down|no\s+luck|hasn(?:'t|’t)|haven(?:'t|’t)\s+(?:got|had|been\s+able)|"
    r"(?:only|barely)\s+(?:get|have|replies)|cost\w*|afford|conflict\w*|clash\w*|"
    r"pulled\s+into|firefighting|waiting\s+list|visa|deadline\s+is)\b",
    re.IGNORECASE,
)
_SITUATION_RE = re.compile(
    r"\d|\b(?:currently|right\s+now|at\s+the\s+moment|so\s+far|already|tried|usually|each|"
    r"once|twice|\w+\s+times|a\s+(?:day|week|month|year)|daily|weekly|monthly|often|never|"
    r"rarely|sometimes|always|every|last\s+(?:week|month|year|time|quarter)|ago|since|"
    r"i(?:'ve|’ve)|i\s+have|i\s+had|i\s+was|i\s+am|i(?:'m|’m)|we\s+have|we(?:'re|’re)|"
    r"there\s+(?:is|are)|there(?:'s|’s)|my\s+(?:manager|boss|team|role|job|company|supervisor|"
    r"lead|work|current)|i\s+(?:work|lead|run|manage|do|did|got|get|spend|went|started|"
    r"finished|applied|spoke|asked|teach|play|coach|live|moved))\b",
    re.IGNORECASE,
)
_WISH_RE = re.compile(
    r"\b(?:i\s+(?:really\s+)?(?:want|wanna|would\s+like|'d\s+like|’d\s+like|would\s+love|"
    r"'d\s+love|’d\s+love|hope|am\s+hoping|'m\s+hoping|’m\s+hoping|aim|am\s+aiming|'m\s+aiming|"
    r"’m\s+aiming|plan|intend|dream|wish)|i(?:'d|’d)\s+(?:like|love)|my\s+(?:goal|aim|target|"
    r"ambition|dream|plan|hope|objective)|the\s+goal\s+is|goal\s*:|aim\s*:|what\s+i\s+(?:really\s+)?"
    r"(?:want|need|am\s+after|'m\s+after|’m\s+after)|i(?:'m|’m)\s+(?:looking|trying)\s+to|"
    r"ideally|i\s+need\s+to|^\W*to\s+(?:be|become|get|land|move|make|finish|pass|run|start|"
    r"build|publish|launch|lead|have|switch|find|change|learn|write))\b",
    re.IGNORECASE,
)
_NOT_THEIRS_RE = re.compile(
    r"\b(?:(?:my\s+)?(?:manager|boss|parents?|mum|mom|dad|family|partner|wife|husband|supervisor|"
    r"company|team|they|everyone|hr|department)\s+(?:wants?|expects?|says?|said|told\s+me|thinks?"
    r"|would\s+like)\s+(?:me\s+)?(?:to|that|i\s+should)|i(?:'m|’m|\s+am)\s+(?:supposed|expected|"
    r"told)\s+to|i(?:'ve|’ve|\s+have)\s+been\s+told\s+to|apparently\s+i\s+(?:need|have|should)|"
    r"i\s+have\s+to\s+because|it(?:'s|’s)\s+expected)\b",
    re.IGNORECASE,
)
_VAGUE_GOAL_RE = re.compile(
    r"\b(?:better|more|improve|improving|improvement|somehow|something|somewhere|stuff|things|"
    r"grow|growing|develop|developing|get\s+ahead|work\s+on|progress|figure\s+(?:it|things)\s+out|"
    r"sort\s+(?:it|things|myself)\s+out|in\s+general|generally|a\s+bit|kind\s+of|sort\s+of|"
    r"level\s+up|next\s+level|move\s+forward|moving\s+forward|happier|balance)\b",
    re.IGNORECASE,
)
_MEASURE_RE = re.compile(
    r"\d|%|\b(?:per\s?cent|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|"
    r"hundred|half|double|twice|once|at\s+least|every\s+(?:day|week|month)|per\s+(?:day|week|month)|"
    r"success\s+(?:is|means|would|will|looks)|i(?:'ll|’ll|\s+will|'d|’d|\s+would)\s+know|measured?|"
    r"without\s+(?:notes|help|reading|panicking)|promoted|promotion|offer|certified|certification|"
    r"licen[cs]e|published|launched|hired|passed|pass|degree|job|role|position|title|"
    r"qualification|accepted|signed|senior|lead|manager|head\s+of|director|principal|"
    r"first[-\s]author|marathon|exam|contract|customers?|clients?|revenue|salary|raise|"
    r"(?:a|per|each|every)\s+(?:day|week|month|year))\b",
    re.IGNORECASE,
)
_COMMIT_RE = re.compile(
    r"\b(?:i(?:'ll|’ll|\s+will|\s+shall)|ill(?=\s+(?:email|call|ask|send|book|do|write|talk|"
    r"speak|finish|start|draft|update|sign|apply|set|block|try|read|get|reach|message|text|look))|"
    r"i(?:'m|’m|\s+am)\s+(?:going\s+to|gonna|gonna)|i\s+commit\s+to|i(?:'ve|’ve|\s+have)\s+decided\s+to|"
    r"i\s+decided\s+to|i\s+plan\s+to|my\s+(?:first\s+|next\s+)?step\s+(?:is|will\s+be)|"
    r"first\s+step\s+(?:is|will\s+be)|we(?:'ll|’ll|\s+will)|we(?:'re|’re|\s+are)\s+going\s+to|"
    r"i\s+promise\s+(?:myself\s+)?to|i(?:'ll|’ll|\s+will)\s+start\s+(?:by|with)|"
    r"(?:my|the)\s+plan\s+is\s+to|i(?:'m|’m|\s+am)\s+planning\s+to|i\s+intend\s+to|"
    r"gonna|going\s+to)\b",
    re.IGNORECASE,
)
_NOT_COMMIT_RE = re.compile(
    r"\b(?:i(?:'ll|’ll|\s+will)\s+(?:know|feel|be\s+(?:happy|glad|able|fine|ok|okay|proud|"
    r"relieved|satisfied|a|an|the|in|on|more|less|better)|see\s+how|see(?=\s*(?:[.,;!?]|$))|think\s+about|have\s+to\s+see|"
    r"probably\s+(?:never|not)|never|not|need|have\s+to|be\s+(?:honest|fine)|admit|say|guess|"
    r"leave\s+(?:it\s+|that\s+|this\s+|them\s+)?(?:for\s+now|alone|aside|be)|hold\s+off|"
    r"park\s+(?:it|that|this|them))|"
    r"if\s+i(?:'ll|’ll|\s+will)|"
    r"i(?:'ll|’ll|\s+will)\s+(?:just\s+|probably\s+|only\s+)?(?:fail|mess|screw|forget|give\s+up|"
    r"lose|end\s+up|get\s+it\s+wrong|let\s+\w+\s+down|freeze|panic|look\s+stupid)|"
    r"(?:worried|afraid|scared|terrified|nervous|anxious|fear)\s+(?:that\s+)?i(?:'ll|’ll|\s+will)|"
    r"(?:won(?:'t|’t)|will\s+not|not\s+going\s+to|never\s+going\s+to)|"
    r"what\s+i(?:'ll|’ll|\s+will)|"
    r"(?:going\s+to|gonna)\s+(?:be\s+(?:hard|difficult|tough|a|an|the|tricky)|take\s+(?:time|ages|a\s+while)|"
    r"happen|work|fail|cost|need))\b",
    re.IGNORECASE,
)
_THIRD_COMMIT_RE = re.compile(
    r"^\W*(?:(?:and|also|then|so)\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:will|'ll|’ll|"
    r"is\s+going\s+to|agreed\s+to|offered\s+to|has\s+agreed\s+to)\b"
)
_ROLE_COMMIT_RE = re.compile(
    r"^\W*(?:(?:and|also|then|so)\s+)?(?:my\s+(?P<role>mentor)|you)\s*(?:'ll|’ll|\s+will|\s+are\s+going\s+to|\s+is\s+going\s+to|"
    r"\s+agreed\s+to|\s+offered\s+to|\s+has\s+agreed\s+to)\s+(?!(?:decide|think|see|know|be|"
    r"consider|probably|maybe|never|not)\b)",
    re.IGNORECASE,
)
_OPTION_CUE_RE = re.compile(
    r"\b(?:could|might|may\s+be\s+able|maybe|perhaps|possibly|option|options|alternatively|"
    r"either|or|one\s+(?:idea|route|way|approach|possibility|thing)|another\s+(?:idea|route|way|"
    r"option|possibility)|what\s+about|how\s+about|i\s+(?:was|am|'m|’m)\s+thinking|"
    r"thought\s+about|toying\s+with|considering|consider|there(?:'s|’s|\s+is)\s+(?:the|also|always)|"
    r"i\s+can|i\s+should|plan\s+b|worst\s+case)\b",
    re.IGNORECASE,
)
_OFF_TOPIC_RE = re.compile(
    r"\b(?:by\s+the\s+way|random\s+(?:question|thought)|unrelated|off\s+topic|"
    r"did\s+(?:you|u)\s+(?:see|watch|hear)|have\s+you\s+(?:seen|been|tried|watched)|"
    r"how\s+was\s+your|what\s+did\s+you\s+have|the\s+weather|raining|sunny|lunch|dinner|"
    r"football|the\s+match|the\s+game\s+last|netflix|holiday|vacation|weekend\s+plans|"
    r"my\s+(?:cat|dog|neighbou?r|car|plant|kitchen)|your\s+(?:background|weekend|holiday|"
    r"kids|family|shirt)|wifi|can\s+you\s+hear\s+me|screen\s+(?:is\s+)?frozen|one\s+sec|"
    r"before\s+i\s+forget|random(?:ly)?,?\s+but|hang\s+on|hold\s+on|brb|be\s+right\s+back|doorbell|grab\s+a\s+(?:coffee|tea|drink)|"
    r"are\s+you\s+(?:coming|going)\s+to|(?:will|going\s+to)\s+(?:snow|rain)|concert|traffic|"
    r"laptop|landlord|the\s+rent|(?:tv|telly)\s+show|bake\s+off|a\s+film|the\s+film|movie)\b",
    re.IGNORECASE,
)
# Time frames a goal is set by that name no calendar day: "by half term", "by the new year",
# "by the first of January".
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
_TIME_FRAME_RE = re.compile(
    r"\b(?:by|before|until|till|in|for|from|after|around|starting|at)\s+(?:the\s+)?(?:"
    r"half[-\s]?term|new\s+year|end\s+of\s+(?:the\s+)?(?:term|semester|season|school\s+year)|"
    r"(?:next|this|the\s+next)\s+(?:term|semester|season|school\s+year)|christmas|easter|"
    r"(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)?)\s+of\s+" + _MONTHS + r"|"
    r"summer\s+holidays?|holidays|"
    + _MONTHS
    + r"\s+(?!(?:and|or|but|to|for|is|was|will)\b)[a-z]+)\b",  # "at the September restructure"
    re.IGNORECASE,
)
# The conversation itself is interrupted: whatever else the answer says is not an answer.
_INTERRUPT_RE = re.compile(
    r"\b(?:hold\s+on|hang\s+on|one\s+sec(?:ond)?|brb|be\s+right\s+back|can\s+you\s+hear\s+me|"
    r"(?:screen|video)\s+(?:is\s+)?frozen|someone(?:'s|’s)\s+at\s+the\s+door)\b",
    re.IGNORECASE,
)
_STOP = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with",
        "by",
        "from", "about", "into", "over", "i", "me", "my", "mine", "we", "us", "our", "you", "your",
        "it", "its", "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "have",
        "has", "had", "will", "would", "could", "should", "can", "may", "might", "just", "really",
        "very", "quite", "that", "this", "these", "those", "there", "here", "then", "than", "what",
        "which", "who", "how", "why", "when", "where", "not", "no", "yes", "yeah", "maybe", "some",
        "any", "all", "more", "most", "much", "many", "get", "got", "go", "going", "gonna", "want",
        "like", "think", "know", "sure", "also", "too", "well", "um", "uh", "ok", "okay", "thing",
        "things", "stuff", "bit", "lot", "kind", "sort"
    }
)  # fmt: skip


@dataclass(frozen=True)
class GoalReading:
    """A goal as stated: its words, and whether it is specific, has a time frame, is theirs."""

    text: str
    specific: bool
    timeframe: str | None
    theirs: bool


@dataclass(frozen=True)
class Commitment:
    """A step the speaker (or a named person) commits to, with the time phrase if any."""

    text: str
    owner: str  # "mentee", "both" or a name
    when: str | None
    due: date | None
    # Named by a noun and a time only ("The list next week."): it dates an earlier step and
    # is no step of its own.
    named_back: bool = False
    # Who "her"/"him" is, said first: "Sister-in-law, I'll ask her Sunday".
    topic: str | None = None
    # A hope rather than a step ("and practise more i guess", "runbooks... at some point"): the
    # coach asks about it once; it is no action item unless a later answer dates it.
    tentative: bool = False
    # The mentee said they cannot say when ("although I cannot say when"): asked already.
    open_date: bool = False

    def with_topic(self) -> str:
        """The step's words with the topic in place of the pronoun it stands for."""
        pronoun = _OBJECT_PRONOUN_RE.search(self.text) if self.topic else None
        if pronoun is None or self.topic is None:
            return self.text
        return f"{self.text[: pronoun.start()]}{self.topic}{self.text[pronoun.end() :]}"


@dataclass(frozen=True)
class Heard:
    """What one answer did, with the words that showed each act."""

    acts: tuple[str, ...]
    evidence: dict[str, str] = field(default_factory=dict)
    goal: GoalReading | None = None
    options: tuple[str, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    times: tuple[str, ...] = ()
    feeling: str | None = None
    content_words: int = 0
    # A time said alone before any step ("Starting wednesday. And I'll ask coach..."): it dates
    # the steps of earlier answers.
    lead_time: tuple[str, date | None] | None = None

    def has(self, act: str) -> bool:
        return act in self.acts

    @property
    def substantive(self) -> bool:
        """Says something the stage can use (not only unsure, a feeling, a request or a remark)."""
        return any(
            a in self.acts for a in ("goal", "situation", "obstacle", "options", "commitment")
        )

    def describe(self, quotes: bool = True) -> str:
        """One line for the mentor: what was heard, quoting the words that showed it."""
        names = {
            "off_topic": "an off-topic remark",
            "ask_to_decide": "a request for you to decide",
            "unsure": "an unsure or vague answer",
            "feeling": "a feeling",
            "goal": "a goal",
            "situation": "the current situation",
            "obstacle": "an obstacle",
            "options": "options",
            "commitment": "a commitment",
        }
        parts = []
        for act in self.acts:
            words = self.evidence.get(act)
            label = names[act]
            if act == "options" and self.options:
                label = f"{len(self.options)} option{'s' if len(self.options) != 1 else ''}"
            if act == "commitment" and self.commitments:
                n = len(self.commitments)
                label = f"{n} commitment{'s' if n != 1 else ''}"
            parts.append(f"{label} (“{_short(words)}”)" if words and quotes else label)
        if self.goal is not None:
            details = [
                "specific" if self.goal.specific else "not yet specific",
                f"time frame “{self.goal.timeframe}”" if self.goal.timeframe else "no time frame",
            ]
            if not self.goal.theirs:
                details.append("set by someone else")
            parts.append("goal: " + ", ".join(details))
        return "; ".join(parts) if parts else "nothing specific"

    def to_dict(self) -> dict[str, object]:
        return {
            "acts": list(self.acts),
            "evidence": dict(self.evidence),
            "goal": None
            if self.goal is None
            else {
                "text": self.goal.text,
                "specific": self.goal.specific,
                "timeframe": self.goal.timeframe,
                "theirs": self.goal.theirs,
            },
            "options": list(self.options),
            "commitments": [
                {
                    "text": c.text,
                    "owner": c.owner,
                    "when": c.when,
                    "due": c.due.isoformat() if c.due else None,
                }
                for c in self.commitments
            ],
            "feeling": self.feeling,
            "summary": self.describe(),
        }


def _short(text: str | None, limit: int = 60) -> str:
    text = " ".join((text or "").split()).strip(" ,.;")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def content_words(text: str) -> list[str]:
    """The words that carry meaning (no pronouns, auxiliaries, hedges)."""
    return [w for w in tokens(text) if w not in _STOP and len(w) > 1]


def hear(text: str, stage: str, today: date, *, use_bank: bool = True) -> Heard:
    """Read one answer given in ``stage`` (goal, reality, options or will)."""
    text = _flatten(text)
    acts: dict[str, str] = {}
    low = text.lower()
    pieces = [c for s in sentences(text) for c in clauses(s)] if text else []
    # A habit with no day ("every night") gives a step its time, not a goal its time frame.
    times = [t for t in find_time(text, today) if t.due is not None or not t.recurring]
    frames = [m.group(0) for m in _TIME_FRAME_RE.finditer(text)] if not times else []
    n_content = len(content_words(text))

    ask = _ASK_RE.search(text)
    if ask:
        acts["ask_to_decide"] = next(
            (x.text for x in sentences(text) if x.start <= ask.start() < x.end), ask.group(0)
        )
    else:
        for sentence in sentences(text):
            if _SHOULD_I_RE.match(sentence.text) and sentence.text.rstrip().endswith("?"):
                acts["ask_to_decide"] = sentence.text
                break

    feeling = None if stage == "goal" and _WISHED_STATE_RE.match(text) else _feeling(pieces)
    if feeling:
        acts["feeling"] = feeling

    commitments = _commitments(pieces, stage, today, text)
    lead_time = _lead_time(pieces, commitments, today, text) if stage == "will" else None
    if commitments:
        acts["commitment"] = commitments[0].text

    options: list[str] = []
    if stage == "options" or _OPTION_CUE_RE.search(text):
        options = [o for o in extract_options(text) if not _ASK_RE.search(o)]
        request = acts.get("ask_to_decide")
        if request and len(sentences(text)) > 1:
            # "Just tell me which one is right, renegotiate or get a loan": the choices the request
            # names are put back to the mentor, not offered; an option said apart from it is.
            asked = content_words(request)
            options = [o for o in options if not set(content_words(o)) <= set(asked)]
        strong = _OPTION_CUE_RE.search(text)
        if commitments and stage == "will":
            options = []
        if options and (strong or stage == "options"):
            if (
                stage != "options"
                and len(options) < 2
                and not re.search(r"\b(?:could|might|option|either)\b", low)
                and not _ANOTHER_RE.match(text)
            ):
                options = []
            if options:
                acts["options"] = options[0]

    goal = None
    wish = _WISH_RE.search(text)
    # In the Goal stage a statement is a goal unless it is only a feeling or a report
    # ("I've been a teacher for twelve years and I'm burnt out").
    stated = stage == "goal" and n_content >= 2 and (bool(times) or "feeling" not in acts)
    if stated or (wish and stage in ("goal", "reality")):
        goal = _goal_reading(text, [t.text for t in times] + frames)
        if goal is not None:
            acts["goal"] = _short(text, 60)

    obstacle = _OBSTACLE_RE.search(text)
    if obstacle and n_content >= 2:
        acts["obstacle"] = _around(text, obstacle.start(), obstacle.end())

    off = _off_topic_cue(text)
    if n_content >= 3 and _SITUATION_RE.search(text) and not off:
        facts = [
            p.text
            for p in pieces
            if _SITUATION_RE.search(p.text)
            and not _FEELING_RE.search(p.text)
            and not _COMMIT_RE.search(p.text)
            and not _WISH_RE.search(p.text)
            and len(content_words(p.text)) >= 2
        ]
        if facts:
            acts["situation"] = facts[0]

    if stage == "reality" and n_content >= 3 and not acts and not off:
        acts["situation"] = _short(text, 60)  # a description, even without a fact marker

    unsure = _UNSURE_RE.search(text)
    vague = bool(_HEDGE_ONLY_RE.match(text)) or (
        n_content <= 1
        and "commitment" not in acts
        and not (stage == "options" and options)
        and not (wish and n_content == 1)
        and not times
    )
    if unsure or vague:
        rest = _strip_unsure(text)
        leftover = len(content_words(rest))
        if vague or leftover <= 2 or not _has_substance(acts):
            acts["unsure"] = unsure.group(0) if unsure else text
            if leftover <= 2 or vague:
                for act in ("situation", "obstacle", "goal", "options"):
                    acts.pop(act, None)
                goal = None if "goal" not in acts else goal
                options = [] if "options" not in acts else options

    if "ask_to_decide" in acts:
        acts.pop("unsure", None)  # "just tell me what to do" is a request, not a vague answer

    if off and obstacle and obstacle.group(0).lower() in ("but", "however"):
        acts.pop("obstacle", None)  # "Random, but...": a turn of phrase, not a barrier
    chat = off and _TAG_QUESTION_RE.search(text) and not ({"commitment", "options"} & set(acts))
    if off and (chat or not _has_substance(acts, strict=True)):
        acts = {"off_topic": off.group(0)}  # "the weather's been mad, hasn't it": small talk
    interrupted = _INTERRUPT_RE.search(text)
    if interrupted and not wish and not ({"commitment", "options", "ask_to_decide"} & set(acts)):
        acts = {"off_topic": interrupted.group(0)}  # "...the smoke alarm's going off, hold on"

    if use_bank and text:
        acts = _with_bank(text, acts)
        if "off_topic" in acts:
            goal, options, commitments = None, [], []
    if "goal" not in acts:
        goal = None
    if "options" not in acts:
        options = []
    if "commitment" not in acts:
        commitments = []
    order = [a for a in ACTS if a in acts]
    return Heard(
        acts=tuple(order),
        evidence={a: acts[a] for a in order},
        goal=goal,
        options=tuple(options),
        commitments=tuple(commitments),
        times=tuple(t.text for t in times) + tuple(frames),
        lead_time=lead_time,
        feeling=acts.get("feeling"),
        content_words=n_content,
    )


# Spellings of times that chat writers use: "ill ask her 2moro".
_SLANG_TIMES = {"2moro": "tomorrow", "2morrow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow",
                "2nite": "tonight", "2night": "tonight", "2day": "today"}  # fmt: skip
_SLANG_TIME_RE = re.compile(r"\b(?:" + "|".join(_SLANG_TIMES) + r")\b", re.IGNORECASE)


_TAG_QUESTION_RE = re.compile(
    r"\b(?:has|have|is|was|were|are|did|does|do)n(?:'|’)?t\s+(?:it|they|he|she|you|we)\b|\binnit\b",
    re.IGNORECASE,
)


def _off_topic_cue(text: str) -> re.Match[str] | None:
    """The off-topic cue, unless most of the answer is about something else: in "i do 2-10
    shifts at the warehouse... my mum picks them up and does dinner" the dinner is part of it."""
    found = _OFF_TOPIC_RE.search(text)
    if found is None:
        return None
    said = [x.text for x in sentences(text)]
    cued = sum(1 for x in said if _OFF_TOPIC_RE.search(x))
    return found if cued * 2 >= len(said) else None


def _flatten(text: str) -> str:
    """One line: the lines of a list become clauses ("- mentor the new grad" -> "; mentor the new
    grad"), and a short aside in brackets ("ask Dave (my supervisor) on Thursday") is dropped."""
    lines = [re.sub(r"^\s*(?:[-*•]|\(?\d+[.)])\s+", "", line).strip() for line in text.splitlines()]
    joined = ""
    for line in (line for line in lines if line):
        if joined:
            joined += " " if joined[-1] in ".!?;:" else "; "
        joined += line
    joined = re.sub(r"\s*\((?:[^()]{1,40})\)(?=[\s,.;:!?]|$)", "", joined)
    joined = _SLANG_TIME_RE.sub(lambda m: _SLANG_TIMES[m.group(0).lower()], joined)
    return " ".join(joined.split())


def _has_substance(acts: dict[str, str], *, strict: bool = False) -> bool:
    keys = ("goal", "obstacle", "options", "commitment", "ask_to_decide", "feeling")
    if not strict:
        keys = (*keys, "situation")
    return any(k in acts for k in keys)


def _strip_unsure(text: str) -> str:
    return _UNSURE_RE.sub(" ", text)


def _around(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(".", 0, start), text.rfind(",", 0, start), -1) + 1
    hi_candidates = [i for i in (text.find(".", end), text.find(",", end)) if i != -1]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return text[lo:hi].strip()


@dataclass(frozen=True)
class _Piece:
    text: str


def _feeling(pieces: list) -> str | None:  # type: ignore[type-arg]
    for piece in pieces:
        clause = piece.text
        words = tokens(clause)
        if _FEELING_RE.search(clause):
            return clause
        hit = [w for w in words if w in _EMOTION]
        # "I'm worried", "it's scary", "honestly terrified"; not "a stressful project for them".
        if (
            hit
            and _FEELING_SUBJECT.search(clause)
            and (roles(clause).agent in ("speaker", "none") or "me" in words)
        ):
            return clause
    return None


_WITH_SOMEONE_RE = re.compile(
    r"(?:^|[,.;:]\s*|\b(?:so|then|ok(?:ay)?|and)\s+)(?:[A-Z][A-Za-z]+|my\s+\w+)\s+and\s+$"
)


def _commitments(
    pieces: list,  # type: ignore[type-arg]
    stage: str,
    today: date,
    text: str,
) -> list[Commitment]:
    out: list[Commitment] = []
    for piece in pieces:
        clause = piece.text.strip()
        alone = _time_alone(clause, today)
        if alone is not None:
            if out and out[-1].when is None and stage == "will":
                out[-1] = replace(out[-1], when=alone[0], due=alone[1])  # "Join it. On Wednesday."
            continue
        if out and out[-1].when is None and _CANNOT_SAY_WHEN_RE.search(clause):
            out[-1] = replace(out[-1], open_date=True)  # "..., although I cannot say when"
            if not _COMMIT_RE.search(clause):
                continue
        # "Ana and I will...": the splitter cut before "I"; the step is shared.
        before = text[max(0, piece.start - 40) : piece.start]
        shared = bool(_WITH_SOMEONE_RE.search(before) or re.search(r"\bboth\s*:\s*$", before, re.I))
        unsure = _UNSURE_RE.search(clause)
        if unsure and _UNSURE_WHEN_RE.search(clause):
            unsure = None  # "ill talk to boss about it, not sure when": the step stands, undated
        if clause.endswith("?") or _ASK_RE.search(clause) or unsure:
            continue
        if _DO_IT_RE.match(clause):
            continue  # "just tell me which one, ill do it": nothing named to do
        third = _THIRD_COMMIT_RE.match(clause)
        role = _ROLE_COMMIT_RE.match(clause)
        owner = "mentee"
        if third and third.group("name").split()[0] not in _NOT_NAMES:
            owner = third.group("name")
        elif role:
            who = " ".join((role.group("role") or "mentor").lower().split())
            owner = "mentor" if who in ("mentor", "you") else who
        elif not _is_commitment(clause, stage):
            if stage == "will" and _named_back(clause, today):
                out.append(Commitment(clause, "mentee", *_when(clause, today), named_back=True))
            elif (
                stage == "will"
                and content_words(clause)
                and not _times(clause, today)
                and not _NOT_A_STEP_RE.search(clause)
                and (
                    _SOMETIME_RE.search(clause)
                    or (_HEDGED_END_RE.search(clause) and names_an_action(clause))
                )
            ):  # "runbooks... at some point", "and practise more i guess" (not "Contracts,
                # probably": a choice)
                out.append(Commitment(clause, "mentee", None, None, tentative=True))
            continue
        if re.match(
            r"^\W*(?:we|both|the\s+two\s+of\s+us|[A-Z]?\w+\s+and\s+i|me\s+and\s+\w+)\b",
            clause,
            re.I,
        ) or (shared and owner == "mentee"):
            owner = "both"
        if owner == "mentee" and not third and not role and _OTHERS_STEP_RE.match(clause):
            continue  # "my manager is going to put me forward": someone else's step
        if owner == "mentee" and not _FIRST_PERSON_RE.search(clause) and someone_else_does(clause):
            continue  # "maya said she'll take my shift", "physio appt is on the 5th": not theirs
        if _tentative(text, piece.end):
            continue  # "I'll go to Toastmasters. Probably. Maybe."
        if _waits_on_others(clause):
            continue  # "book the course if the boss pays half": not settled yet
        if _HEDGED_END_RE.search(clause) and not _times(clause, today):
            if not _NOT_A_STEP_RE.search(clause):
                out.append(Commitment(clause, owner, None, None, tentative=True))
            continue  # "and practise more i guess": a hope, not yet a step
        if len(content_words(clause)) < 2 and not _times(clause, today) and len(clause.split()) < 2:
            continue  # "Schedule.": a word, nothing named to do
        parts = _step_parts(clause, today)
        for part, when, due in parts:
            if when is None:
                back = _THEN_RE.search(part)
                at_then = _AT_THEN_RE.search(part)
                earlier = _earlier_time(text, piece.start, today) if back or at_then else None
                if at_then and earlier and out and _is_event(out[-1], earlier[1]):
                    out.pop()  # "bank appointment is on the 20th": when, not a step of its own
                if earlier is not None:
                    when, due = earlier
                elif back:
                    when = back.group(0)  # dated from an earlier answer when the items are built
            if when is None and stage == "will" and out and _occasion(out[-1], text, piece.start):
                if _GO_ALONE_RE.match(part):
                    continue  # "college fair is on the 4th, I'll go": the occasion is the step
                occasion = out.pop()  # "study day tomorrow, I'll do the first reflection"
                when, due = occasion.when, occasion.due
            if when is None and stage == "will" and not _NOT_A_STEP_RE.search(part):
                when, due = _lead_in_time(text, piece.start, today, out) or (when, due)
            after = _AFTER_THAT_RE.search(part) if when is None else None
            if after and out and out[-1].due is not None:  # "...by Friday, the rest the week after"
                when, due = (
                    after.group(0),
                    out[-1].due + _AFTER_DAYS[(after.group(1) or after.group(2)).lower()],
                )
            if when is None and out and _RIGHT_AFTER_RE.search(part):
                when, due = out[-1].when, out[-1].due  # "...and send it right after"
            if part is parts[-1][0]:
                when, due = _corrected(text, piece.end, today) or (when, due)
                if when is None:
                    when, due = _their_time(text, piece.end, today) or (when, due)
            if out and when is not None and _ONE_OF_RE.match(part):
                out[-1] = replace(out[-1], when=when, due=due)  # "rides, first one this sunday"
                continue
            topic = _topic_of(text, piece.start, part)
            step = Commitment(text=part, owner=owner, when=when, due=due, topic=topic)
            joined = _continues(out, step, text, piece.start) if len(parts) == 1 else None
            if joined is not None:
                out[-1] = joined
            else:
                out.append(step)
    return out


_CORRECTION_RE = re.compile(
    r"^[\s.…,;-]*(?:well|actually|or\s+rather|rather|no|sorry|make\s+(?:it|that)|i\s+mean)[\s,]+",
    re.IGNORECASE,
)


_UNSURE_WHEN_RE = re.compile(
    r"\b(?:not\s+sure|(?:i\s+)?don(?:'|’)?t\s+know|no\s+idea|dunno|idk)\s+when\W*$", re.I
)
# A step that waits on something else: "if the boss pays half", "unless Sam says no" (not "if I
# can't reach her": the mentee's own contingency).
_CONDITION_RE = re.compile(
    r"\b(?:if|unless|provided(?:\s+that)?|assuming)\s+(?!i\b|i'm|i’m|im\b|i've|i’ve|i\s)", re.I
)
_ASKS_IF_RE = re.compile(
    r"\b(?:ask|asks|asking|check|checking|see|find\s+out|wonder|know|confirm)\b(?:\W+\w+){0,5}\W*$",
    re.I,
)


def _waits_on_others(clause: str) -> bool:
    condition = _CONDITION_RE.search(clause)
    # "ask Ray tomorrow if he's up for it": a question to put, not a condition
    return condition is not None and not _ASKS_IF_RE.search(clause[: condition.start()])


# A step said with "might", "maybe" or "idk" is no step at all ("Might look at the clinic jobs at
# some point, I don't know", "film soc maybe"): nothing to ask about.
_NOT_A_STEP_RE = re.compile(
    r"\b(?:might|maybe|perhaps|possibly|idk|dunno|not\s+sure|(?:i\s+)?don(?:'|’)?t\s+know)\b", re.I
)
_SOMETIME_RE = re.compile(
    r"\b(?:at\s+some\s+(?:point|stage)|some\s*time|someday|some\s+day|eventually|one\s+day|"
    r"when\s+i\s+(?:can|get\s+(?:a\s+)?(?:chance|round\s+to\s+it)))\b",
    re.I,
)
_HEDGED_END_RE = re.compile(
    r"\b(?:i\s+guess|i\s+suppose|maybe|perhaps|probably|possibly|i\s+think)\W*$", re.I
)
_THEIR_TIME_RE = re.compile(r"^[\s,]*(?:he|she|they)(?:'s|’s|'ll|’ll|'re|’re|\s)[^.!?;]*", re.I)


def _their_time(text: str, end: int, today: date) -> tuple[str, date | None] | None:
    """ "I'll run the numbers with my accountant, she's coming in on the 15th": the other
    person's time, said right after an undated step, is the step's."""
    after = _THEIR_TIME_RE.match(text[end:])
    if after is None:
        return None
    dated = [t for t in _times(after.group(0), today) if t.due is not None]
    return (dated[0].text, dated[0].due) if dated else None


def _corrected(text: str, end: int, today: date) -> tuple[str, date | None] | None:
    """ "I'll text Sam tonight... well, by Wednesday": the mentee corrects the time; the later
    one stands when nothing but a time follows the correction."""
    lead = _CORRECTION_RE.match(text[end:])
    if not lead:
        return None
    rest = re.split(r"[.;!?]", text[end + lead.end() :], maxsplit=1)[0].strip(" ,")
    found = find_time(rest, today)
    if not found or found[0].start != 0 or len(content_words(rest[found[0].end :])) > 0:
        return None
    return found[0].text, found[0].due


_ONE_OF_RE = re.compile(r"^\W*(?:and\s+)?(?:the\s+)?(?:first|next)\s+one\b", re.IGNORECASE)
_TOPIC_RE = re.compile(r"(?:^|[.;!?]\s*)((?:[\w'’-]+\s+){0,2}[\w'’-]+),\s*$")
_OBJECT_PRONOUN_RE = re.compile(r"\b(?:her|him|it)\b(?!\s+[a-z]+s\b)", re.IGNORECASE)


def _topic_of(text: str, start: int, part: str) -> str | None:
    """ "Sister-in-law, I'll ask her Sunday": the topic said first is who "her" is."""
    topic = _TOPIC_RE.search(text[:start])
    pronoun = _OBJECT_PRONOUN_RE.search(part)
    if not topic or not pronoun or not _COMMIT_RE.search(part[: pronoun.start()]):
        return None
    name = topic.group(1)
    if _COMMIT_RE.search(name) or _STEP_VERB_RE.match(name) or find_time(name, date.today()):
        return None
    return name


_GENERIC_VERBS = frozenset(
    {"do", "make", "send", "ask", "talk", "speak", "call", "email", "get", "book", "write", "start",
     "finish", "tell", "phone", "message", "text", "sort", "let", "say", "ll", "will", "one"}
)  # fmt: skip


def follow_up_of(
    later: Commitment, answer: str, earlier: list[Commitment], today: date
) -> int | None:
    """Which undated earlier step ``later`` gives a time to, if it names one back: "The department
    email, I'll send it on Monday" dates "email the department about RA hours"; "Raj, before our
    next meeting" dates "talk to Raj about the cut-off". A new step is not a follow-up: it must be
    short or say "it"/"that", and share a word with the earlier step."""
    if later.when is None:
        return None
    head = re.split(
        r"[,;.]|\s+(?:when|if|once|because|as\s+soon\s+as)\s+", later.text.strip(" ,.;"), maxsplit=1
    )[0]
    untimed = head
    for expression in reversed(find_time(head, today)):
        untimed = untimed[: expression.start] + untimed[expression.end :]
    untimed = _MEETING_RE.sub(" ", untimed)
    named = content_words(untimed)
    short = len(named) <= 1 or (
        len(named) <= 2 and not (_STEP_VERB_RE.match(untimed) or _COMMIT_RE.search(untimed))
    )  # "request by thurs": one word names the step, even when it could be a verb
    if not short and not re.search(r"\b(?:it|that|them|him|her|this\s+one)\b", head, re.I):
        return None
    at = answer.find(later.text)
    context = (answer[:at] if at > 0 else "") + " " + untimed
    said = set(content_words(context)) - _GENERIC_VERBS
    for index in range(len(earlier) - 1, -1, -1):
        step = earlier[index]
        if step.when is not None or step.owner != later.owner:
            continue
        if said & (set(content_words(step.text)) - _GENERIC_VERBS):
            return index
    return None


_AFTER_THAT_RE = re.compile(
    r"\bthe\s+(?:(day|week|month)\s+after(?:\s+that)?|following\s+(day|week|month))\b(?!\s+(?:next|this))",
    re.IGNORECASE,
)
_AFTER_DAYS = {"day": timedelta(days=1), "week": timedelta(days=7), "month": timedelta(days=30)}
_RIGHT_AFTER_RE = re.compile(
    r"\b(?:(?:right|straight|soon|immediately|just)\s+after(?:wards)?|afterwards|after\s+that|"
    r"the\s+same\s+day)\b",
    re.IGNORECASE,
)


def _continues(out: list[Commitment], step: Commitment, text: str, start: int) -> Commitment | None:
    """ "I'll draft it and send it to Henderson by Thursday": one step whose time covers both
    verbs, when the first had no time of its own."""
    if not out or out[-1].when is not None or step.owner != out[-1].owner:
        return None
    between = text[:start].rstrip()
    if not re.search(r"\band(?:\s+then)?$", between, re.I) or not step.text[:1].islower():
        return None
    previous = out[-1]
    return Commitment(
        text=f"{previous.text.rstrip(' ,')} and {step.text}",
        owner=previous.owner,
        when=step.when,
        due=step.due,
    )


_LIST_JOIN_RE = re.compile(r"\s*,\s*(?:and\s+(?:then\s+)?)?|\s+and\s+(?:then\s+)?", re.I)
_GAP_RE = re.compile(r"^\W*(?:the|my|a|an|our|that|this|those|these)\b", re.I)
_SUBJECT_VERB_RE = re.compile(
    r"^\W*(?:i(?:'ll|’ll|\s+will|\s+shall)|ill|i(?:'m|’m|\s+am)\s+(?:going\s+to|gonna))\s+"
    r"(?:(?:also|then|just|first|definitely)\s+)*([a-z]+)\b",
    re.I,
)
_THEN_RE = re.compile(
    r"\b(?:by|before|until|till)\s+(?:then|that\s+(?:date|day|point|time)|the\s+deadline)\b", re.I
)
# "physio's on the 5th so ill ask about the swelling then": the time named before in the answer
# (without one, "I'll call her then" means "in that case").
_AT_THEN_RE = re.compile(
    r"\b(?:then|at\s+that\s+point|while\s+i(?:'m|’m|\s+am|m)\s+there)\W*$", re.IGNORECASE
)


_TIME_ALONE_LEAD_RE = re.compile(
    r"^\W*(?:(?:and|so|then|ok(?:ay)?|right|starting|start|from|beginning|begin)\W+)*", re.I
)
_CANNOT_SAY_WHEN_RE = re.compile(
    r"\b(?:can(?:not|'t|’t)|could(?:n't|n’t)|not\s+able\s+to)\s+(?:say|tell|promise)\s+when\b|"
    r"\b(?:not\s+sure|no\s+idea|don(?:'|’)?t\s+know|dunno)\s+when\b",
    re.IGNORECASE,
)


def _time_alone(clause: str, today: date) -> tuple[str, date | None] | None:
    """ "On Wednesday.", "starting wednesday": a time said alone, with nothing else to do."""
    rest = _TIME_ALONE_LEAD_RE.sub("", clause).strip(" .,;!")
    found = _times(rest, today)
    if len(found) != 1 or found[0].start != 0 or rest[found[0].end :].strip(" .,;!"):
        return None
    return found[0].text, found[0].due


def _lead_time(
    pieces: list,  # type: ignore[type-arg]
    commitments: list[Commitment],
    today: date,
    text: str,
) -> tuple[str, date | None] | None:
    """A time said alone before the answer's first step (or with no step at all)."""
    first = text.find(commitments[0].text) if commitments else len(text)
    for piece in pieces:
        if piece.start >= first >= 0:
            break
        alone = _time_alone(piece.text.strip(), today)
        if alone is not None:
            return alone
    return None


# A dated noun phrase naming an occasion: "study day tomorrow", "the careers fair on the 4th".
_OCCASION_RE = re.compile(
    r"^\W*(?:(?:my|the|our|a|an|next)\s+)?(?:[\w'’-]+\s+){0,2}(?:day|session|meeting|appointment|"
    r"appt|class|lesson|fair|market|event|workshop|shift|training|practice|interview|1:1|visit|"
    r"taster|conference|exam|clinic|surgery|open\s+evening)s?\b(?!\s+(?:with|to|for|about)\b)",
    re.IGNORECASE,
)
_GO_ALONE_RE = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:i(?:'ll|’ll|\s+will)|ill)\s+(?:definitely\s+|probably\s+)?"
    r"(?:go|attend|be\s+there|go\s+to\s+(?:that|it))\W*$",
    re.IGNORECASE,
)


def _occasion(step: Commitment, text: str, start: int) -> bool:
    """Is the step just before, in the same sentence, the occasion of the next rather than a step
    of its own: a dated event ("college fair is on the 4th") or a dated noun with no verb
    ("study day tomorrow")?"""
    if step.due is None:
        return False
    at = text.rfind(step.text, 0, start)
    if at < 0 or any(mark in text[at:start].rstrip(" ,") for mark in ".;!?\n"):
        return False
    return _is_event(step, step.due) or bool(_OCCASION_RE.match(step.text))


def _lead_in_time(
    text: str, start: int, today: date, out: list[Commitment]
) -> tuple[str, date] | None:
    """ "study day tomorrow, I'll do the first reflection": a time said just before the step, in
    the same sentence, that dated no step of its own."""
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".;!?\n") + 1
    before = text[sentence_start:start]
    dated = [t for t in _times(before, today) if t.due is not None and not t.recurring]
    if not dated or any(c.due == dated[-1].due for c in out):
        return None
    if _COMMIT_RE.search(before) or _NOT_A_STEP_RE.search(before):
        return None
    return dated[-1].text, dated[-1].due


def _is_event(step: Commitment, day: date) -> bool:
    """ "physio appt is on the 5th": a thing that happens on the day, said as a statement."""
    return (
        step.due == day
        and bool(re.search(r"\b(?:is|are)\b|['’]s\b", step.text, re.I))
        and not _FIRST_PERSON_RE.search(step.text)
    )


_FIRST_PERSON_RE = re.compile(
    r"\b(?:i|ill|im|i'm|i’m|we|my\s+(?:first\s+|next\s+)?step|plan\s+is\s+to)\b", re.IGNORECASE
)
_TIME_LEAD_RE = re.compile(
    r"^(?:by|on|before|until|till|in|within|this|next|from|starting|end|the\s+end|no\s+later|"
    r"today|tonight|tomorrow|tmrw|eod|due|first\s+thing|after|at|over)\b",
    re.I,
)
_AFTER_TIME_OK = frozenset(
    {"and", "or", "but", "i", "we", "at", "to", "after", "before", "then", "so", "morning",
     "afternoon", "evening", "lunchtime", "latest", "as", "if", "when", "for", "with", "it",
     "that", "this", "ill", "im", "is", "was", "too", "first", "please", "though", "anyway"}
)  # fmt: skip


def _times(part: str, today: date) -> list:  # type: ignore[type-arg]
    """The time phrases that date a step: in "the weekend night rota" or "weekend jobs" the
    weekend names a kind of thing, not a time."""
    out = []
    for t in find_time(part, today):
        follower = re.match(r"\s*([a-z][\w'’]*)", part[t.end :])
        bare = re.fullmatch(r"(?:the\s+)?week-?ends?", t.text, re.I)
        if bare and follower and follower.group(1).lower() not in _AFTER_TIME_OK:
            continue
        out.append(t)
    return out


def _when(part: str, today: date) -> tuple[str | None, date | None]:
    times = _times(part, today)
    once = [t for t in times if not t.recurring]
    habit = [t for t in times if t.recurring]
    meeting = _meeting_phrase(part)
    when = once[0].text if once else meeting or (habit[0].text if habit else None)
    due = next((t.due for t in once if t.due is not None), None)
    if due is None and not once and not meeting and habit:
        due = habit[0].due
    return when, due


def _earlier_time(text: str, start: int, today: date) -> tuple[str, date] | None:
    """ "The application closes on the 30th; I'll submit it by then": the date named before."""
    dated = [t for t in _times(text[:start], today) if t.due is not None and not t.recurring]
    return (dated[-1].text, dated[-1].due) if dated else None


def _tentative(text: str, end: int) -> bool:
    rest = text[end:]
    return bool(
        rest.strip()
        and re.fullmatch(
            r"[\s.,!]*(?:(?:probably|maybe|perhaps|possibly|hopefully|we(?:'ll|’ll)\s+see|"
            r"i\s+think|or\s+not)[\s.,!?]*)+",
            rest,
            re.I,
        )
    )


def _step_parts(clause: str, today: date) -> list[tuple[str, str | None, date | None]]:
    """A list of steps in one clause, each with its own time: "I'll block my calendar tomorrow,
    raise the stand-up at Monday's meeting, and talk to Raj at some point" is three steps;
    "email Sam by Friday and draft the plan by Dec 3" two; "draft it and send it by Thursday"
    one; "call HR, book a room and email the team by Friday" three, all by Friday."""
    cuts = list(_LIST_JOIN_RE.finditer(clause))
    fragments: list[tuple[str, str]] = []  # (joiner before, text)
    last, joiner = 0, ""
    for m in cuts:
        fragments.append((joiner, clause[last : m.start()]))
        last, joiner = m.end(), m.group(0)
    fragments.append((joiner, clause[last:]))
    parts: list[tuple[str, str]] = [fragments[0]]
    for joiner, piece in fragments[1:]:
        named_only = re.match(r"^\W*[A-Z][a-z]+\s+(?:on|by|at|in|next|this)\b", piece)
        verb = bool(
            _STEP_VERB_RE.match(piece)
            or roles(piece).agent == "imperative"
            or _COMMIT_RE.match(piece)
            or re.match(r"^\W*step\s+\w+\s+(?:is|will\s+be)\b", piece, re.I)
            or (_AFTER_THAT_RE.search(piece) and resolve_date(parts[-1][1], today))
        )
        dated_pair = (
            (verb or (len(content_words(piece)) >= 3 and not named_only))
            and resolve_date(parts[-1][1], today)
            and resolve_date(piece, today)
        )
        gapped = (
            _GAP_RE.match(piece)
            and _SUBJECT_VERB_RE.match(parts[0][1])
            and resolve_date(parts[-1][1], today)
            and resolve_date(piece, today)
        )
        dated_pair = dated_pair or gapped
        lead_only = _LEAD_ONLY_RE.fullmatch(parts[-1][1])
        if ((verb and not _NOT_STEP_RE.match(piece)) or dated_pair) and not lead_only:
            if gapped:  # "I'll write the sampling section tomorrow and the measures section"
                piece = f"{_SUBJECT_VERB_RE.match(parts[0][1]).group(1)} {piece}"  # type: ignore[union-attr]
            parts.append((joiner, piece))
        else:
            parts[-1] = (parts[-1][0], f"{parts[-1][1]}{joiner}{piece}")
    if len(parts) == 1:
        return [(clause, *_when(clause, today))]
    timed = [(joiner, piece, *_when(piece, today)) for joiner, piece in parts]
    out: list[tuple[str, str | None, date | None]] = []
    for joiner, piece, when, due in timed:
        # "draft it and send it by Thursday", "ring Omar on Monday and ask him for the figures":
        # one step when the second goes on with the first's object and only one has a time.
        same = "," not in joiner and out and _PRONOUN_RE.search(piece)
        if same and (out[-1][1] is None) != (when is None):
            out[-1] = (f"{out[-1][0]}{joiner}{piece}", out[-1][1] or when, out[-1][2] or due)
        else:
            out.append((piece, when, due))
    for i in range(len(out) - 2, -1, -1):  # "call HR, book a room and email the team by Friday"
        if out[i][1] is None and out[i + 1][1] is not None:
            out[i] = (out[i][0], out[i + 1][1], out[i + 1][2])
    return out


_PRONOUN_RE = re.compile(r"\b(?:it|them|him|her|this|that|these|those)\b", re.IGNORECASE)
_LEAD_ONLY_RE = re.compile(
    r"\W*(?:(?:first(?:ly)?|then|so|ok(?:ay)?|right|next|also|and|well|fine|sure|yes|yeah|"
    r"second(?:ly)?|finally|after\s+that)\W*)*",
    re.IGNORECASE,
)
# Verbs that start a step, but not when they start a remark: "get it", "do that".
_NOT_STEP_RE = re.compile(r"^\W*(?:do|get|go|make|try|look)\s+(?:it|that|this|so|on|well)\b", re.I)
_OTHERS_STEP_RE = re.compile(
    r"^\W*(?i:(?:and|also|then|so|but|plus)\s+)?(?:(?i:(?:my|our|his|her|their|the)\s+"
    r"(?!(?:\w+\s+){0,2}(?:step|plan|goal|aim|idea|priority|focus|job|task|thing|option)s?\b)"
    r"(?:[a-z]+\s+){0,2}[a-z]+|he|she|they|hr|(?:mrs?|ms|dr|prof)\.?\s+[a-z]+)|"
    r"(?!(?:I|We|You)\b)[A-Z][a-z]+)(?:\s+"
    r"(?i:(?:said|says|reckons|thinks)\s+(?:she|he|they)|(?:has|have)\s+offered|offered|"
    r"(?:is|are)\s+sending|will|'ll|’ll|(?:is|are)\s+(?:going\s+to|gonna)|can)\b|"
    r"(?:'s|’s)\s+(?i:going\s+to|gonna)\b)"  # "my partner's going to ask his work"
)


_NOT_NAMES = frozenset(
    {
        "I", "We", "You", "He", "She", "They", "It", "This", "That", "Then", "Next", "First",
        "Also",
        "Maybe", "Perhaps", "And", "So", "Both", "My", "Our", "Ok", "Okay", "Well", "Probably",
        "Hopefully", "Tomorrow", "Today", "Honestly", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "The", "If"
    }
)  # fmt: skip
_MEETING_RE = re.compile(
    r"\b(?:by|before|at|for|until|in)\s+(?:our|the|my)\s+next\s+(?:meeting|session|catch[-\s]?up|"
    r"call|chat|one[-\s]to[-\s]one|1:1|check[-\s]?in)\b",
    re.IGNORECASE,
)


def _meeting_phrase(clause: str) -> str | None:
    m = _MEETING_RE.search(clause)
    return m.group(0) if m else None


_STEP_VERB_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|then|and|first(?:ly)?|next|also|after\s+that|second(?:ly)?|"
    r"finally|step\s+\w+|\d[.)])[,:\s]+)*(?:email|call|ask|send|book|write|talk|speak|finish|start|"
    r"draft|update|sign|apply|set|block|read|reach|message|text|register|enrol|enroll|submit|"
    r"schedule|arrange|contact|research|look|join|practi[sc]e|prepare|review|request|tell|meet|"
    r"find|make|put|go|visit|attend|buy|order|create|build|list|pick|choose|get|try|do|spend|"
    r"rehearse|ring|phone|drop|pop|post|upload|download|print|save|pay|sort|switch|turn|fill|"
    r"complete|plan|share|invite|check|chase|follow|redo|rewrite|record|publish|pitch|run|"
    r"train|study|revise|watch|learn|fix|clear|cancel|move|ship|deliver|present|give)\b",
    re.IGNORECASE,
)


_DEFERRED_RE = re.compile(
    r"\b(?:have\s+a\s+think|think\s+(?:it\s+over|about\s+(?:it|that|this))|mull\s+(?:it\s+)?over|"
    r"sleep\s+on\s+it|see\s+how\s+(?:it\s+goes|i\s+feel)|if\s+i\s+(?:get|have|find)\s+(?:the\s+)?time|"
    r"(?:maybe|perhaps|possibly)\s+(?:later|next\s+\w+|one\s+day|at\s+some\s+point|in\s+the\s+\w+)|"
    r"do\s+(?:it\s+all|everything|all\s+of\s+it)|"
    r"i(?:'ll|’ll|\s+will|ll)\s+(?:maybe|perhaps|possibly))\b|^\W*(?:maybe|perhaps|possibly)\b",
    re.IGNORECASE,
)


# A step named by a noun alone, once its time is taken out: "the list", "threshold", "CV update".
_NAMED_STEP_RE = re.compile(
    r"\W*(?:(?:the|my|that|this|our)\s+)?(?!(?:i|we|you|he|she|they|it)\b)[a-z0-9][\w'’-]*"
    r"(?:\s+(?!(?:will|would|could|might|can|is|are|was|were|has|have|had|should|must)\b)"
    r"[a-z][\w'’-]*){0,2}\W*",
    re.IGNORECASE,
)


def _named_back(clause: str, today: date) -> bool:
    """ "The list next week.", "Threshold by Tuesday.": a noun and a time, nothing else."""
    times = [t for t in _times(clause, today) if t.due is not None and not t.recurring]
    if not times or _FEELING_RE.search(clause):
        return False
    untimed = clause
    for expression in reversed(find_time(clause, today)):
        untimed = untimed[: expression.start] + untimed[expression.end :]
    return bool(_NAMED_STEP_RE.fullmatch(untimed))


_DO_IT_RE = re.compile(
    r"^\W*(?:i(?:'ll|’ll|\s+will)|ill)\s+(?:just\s+)?(?:do|try)\s+(?:it|that|this|them|whatever)\W*$",
    re.IGNORECASE,
)


def _is_commitment(clause: str, stage: str) -> bool:
    """Whether the speaker commits to the step in ``clause`` (not a deferral or a maybe)."""
    if _DEFERRED_RE.search(clause):
        return False  # "the visualiser I'll have a think about", "running club maybe later"
    if _NOT_COMMIT_RE.search(clause) and not re.search(
        r"\b(?:i(?:'ll|’ll|\s+will)\s+(?:email|call|ask|send|book|write|talk|speak))\b",
        clause,
        re.I,
    ):
        return False
    r = roles(clause)
    if r.question:
        return False
    if _COMMIT_RE.search(clause):
        if r.agent in ("speaker", "we", "none") and r.modality in ("future", "present", "wish"):
            return True
        if re.search(r"\b(?:step|decided|commit|promise|plan|planning|intend)\b", clause, re.I):
            return True
        return r.modality == "future"
    if stage == "will" and _STEP_VERB_RE.match(clause) and r.modality not in ("possibility",):
        return True
    # "Talking to my manager first, on Thursday": a step named by its -ing form, with a time.
    lead = re.match(r"^\W*(?:(?:ok(?:ay)?|so|first(?:ly)?|then)[,\s]+)*([a-z]+ing)\b", clause, re.I)
    if (
        stage == "will"
        and lead
        and lead.group(1).lower() not in _NOT_GERUNDS
        and _times(clause, date.today())
    ):
        return True
    if stage != "will":
        return False
    if re.search(
        r"\bi(?:'d|’d|\s+would)\s+like\s+to\s+(?:start|begin)|\bi\s+want\s+to\s+(?:start|begin)"
        r"|\bstart(?:ing)?\s+(?:with|by)\b|^\W*will\s+[a-z]+",
        clause,
        re.I,
    ):
        return True
    # In Will, a step with a day is a commitment however it is worded: "I'd like to email Dana
    # by Friday", "I should call HR on Monday", "CV update by the end of the month". Not an
    # option ("I could..., maybe"), a feeling, a question or a negation.
    if _STATE_RE.search(clause):
        return False  # "I'm free Saturday anyway": when they can, not what they will do
    timed = any(
        t.due is not None or t.recurring for t in _times(clause, date.today())
    ) or _meeting_phrase(clause)
    untimed = clause
    for expression in reversed(find_time(clause, date.today())):
        untimed = untimed[: expression.start] + untimed[expression.end :]
    someone_else = re.match(r"^\W*(?:my|our|his|her|their|the|he|she|they|it)\b", clause, re.I)
    plain_can = re.search(r"\bi\s+can\b|\bi(?:'d|’d|\s+would)\s+(?:like|love)\s+to\b", clause, re.I)
    return bool(
        timed
        and (
            r.agent in ("speaker", "we", "none", "imperative")
            or (r.agent == "third" and not someone_else)
        )
        and (r.modality not in ("possibility", "past") or plain_can)
        and not r.negated
        and not _PAST_RE.search(clause)
        and not _FEELING_RE.search(clause)
        and not _feeling([_Piece(clause)])
        and not re.search(r"\b(?:could|might|maybe|perhaps|possibly)\b", clause, re.I)
        and not (someone_else and r.agent != "speaker")
        and len(content_words(untimed)) >= 1
    )


_STATE_RE = re.compile(
    r"\bi(?:'m|’m|\s+am|m)\s+(?:(?:only|usually|also|probably)\s+)?(?:free|busy|off|around|available|"
    r"away|on\s+holiday|working|in\s+work)\b",
    re.IGNORECASE,
)
_PAST_RE = re.compile(
    r"\b(?:i|we)\s+(?:already\s+|just\s+)?(?:[a-z]+ed|went|did|had|was|were|sent|spoke|met|got|took|"
    r"made|told|wrote|saw|gave|began|ran|knew|thought|felt)\b",
    re.IGNORECASE,
)
_NOT_GERUNDS = frozenset(
    {"nothing", "something", "anything", "everything", "thing", "morning", "evening", "during",
     "being", "feeling", "thinking", "wondering", "hoping", "going", "spring"}
)  # fmt: skip


def _goal_reading(text: str, times: list[str]) -> GoalReading | None:
    words = content_words(text)
    if len(words) < 1:
        return None
    vague = _VAGUE_GOAL_RE.search(text)
    measure = _MEASURE_RE.search(text)
    specific = bool(measure) or (not vague and len(words) >= 3)
    timeframe = times[0] if times else None
    return GoalReading(
        text=text,
        specific=specific,
        timeframe=timeframe,
        theirs=not _NOT_THEIRS_RE.search(text),
    )


def _with_bank(text: str, acts: dict[str, str]) -> dict[str, str]:
    """Let the nearest reviewed answers settle what the rules leave open."""
    rule_acts = set(acts)
    weak_options = "options" in acts and not _OPTION_CUE_RE.search(text)
    decisive = rule_acts & {"ask_to_decide", "commitment", "options", "goal", "off_topic"}
    if weak_options:
        decisive.discard("options")
    if decisive and not rule_acts <= {"unsure", "off_topic"}:
        return acts
    scores = read([text], BANK)
    if not scores:
        return acts
    s = scores[0]
    ranked = sorted(s.scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top - second < BANK_MARGIN:
        return acts
    nearest = s.nearest[best].text
    loose = {"situation", "unsure", "off_topic"} | ({"options"} if weak_options else set())
    only_a_time = bool(find_time(text, date.today())) and len(content_words(text)) <= 2
    if best == "off_topic" and not (rule_acts - loose) and not only_a_time:
        if top < BANK_OFF_TOPIC_FLOOR and rule_acts:
            return acts
        return {"off_topic": f"close to “{_short(nearest, 40)}”"}
    if (
        best == "unsure"
        and not (rule_acts - {"situation", "obstacle", "unsure"})
        and len(content_words(text)) <= 6
    ):
        return {"unsure": acts.get("unsure") or f"close to “{_short(nearest, 40)}”"}
    about_others = re.match(r"^\W*(?:my|our|the|they|he|she|his|her|their|everyone)\b", text, re.I)
    if (
        best == "feeling"
        and "feeling" not in acts
        and not (rule_acts - {"situation"})
        and not about_others
    ):
        return {"feeling": text}  # "I'm frazzled", "so done": close to reviewed feelings
    if best == "ask_to_decide" and text.rstrip().endswith("?") and "ask_to_decide" not in acts:
        acts = dict(acts)
        acts["ask_to_decide"] = f"close to “{_short(nearest, 40)}”"
    return acts


# --------------------------------------------------------------------------- options

_OPTION_SPLIT_RE = re.compile(
    r"[\n;]+|(?<=[.!?])\s+|,?\s+or\s+(?:else\s+)?|\s*,\s*(?=(?:or|and|also|maybe|perhaps|"
    r"i\s+could|i\s+might|i\s+can|i(?:'d|’d)|another|then\s+there)\b)|"
    r"\s+and\s+(?=(?:also|maybe|perhaps|i\s+could|i\s+might)\b)|"
    r"\b(?:option\s+(?:[a-d1-4]|one|two|three)\s*[:.)-])|:\s+|\s+(?:vs\.?|versus)\s+|\s+/\s+",
    re.IGNORECASE,
)
_OPTION_LEAD_RE = re.compile(
    r"^(?:\s*(?:[-*•]|\d+[.)]|or|and|also|maybe|perhaps|possibly|then|well|so|either|um|uh|hmm|"
    r"i\s+guess|i\s+suppose|i\s+think|i\s+mean|alternatively|otherwise|probably|just|"
    r"the\s+option\s+(?:to|of)|"
    r"i(?=\s+(?!(?:am|was|have|had|know|knew|think|feel|felt|love|like|hate|need|mean|got)\b|'m|’m)"
    r"[a-z]+\s)|"
    r"(?:one|another|a\s+third|the\s+other|the\s+last|the\s+first|a\s+second|the\s+second|"
    r"the\s+third)\s+(?:option|idea|route|way|approach|possibility|thing)\s+"
    r"(?:is|would\s+be|could\s+be|might\s+be)(?:\s+to)?|"
    r"there(?:'s|’s|s|\s+is)(?:\s+also)?(?:\s+the\s+option\s+(?:of|to)|\s+always)?|"
    r"i(?:'ve|’ve|\s+have)\s+(?:thought|been\s+thinking)\s+(?:about|of)|"
    r"i\s+(?:was|am|'m|’m)\s+thinking(?:\s+(?:about|of|that))?|(?:what|how)\s+about|"
    r"i(?:'m|’m|\s+am)\s+(?:toying\s+with|considering)|i\s+(?:could|might|can|would|may|should)"
    r"(?:\s+also|\s+maybe|\s+always|\s+either)?|i(?:'d|’d)|we\s+could|could|might|"
    r"options?\s+(?:are|is)|my\s+options\s+are|honestly|"
    r"(?:the\s+)?(?:only\s+)?(?:things?|options?|ideas?)\s+i\s+can\s+(?:think\s+of|see)\s+(?:are|is)|option\s*[a-d\d]*\s*[:.)-]?|try\s+to|"
    r"it\s+(?:could|might)\s+be)[\s,:]+)+",
    re.IGNORECASE,
)
_OPTION_TAIL_RE = re.compile(
    r"\s*(?:,\s*)?(?:i\s+(?:guess|suppose|think)|maybe|perhaps|obviously|of\s+course|as\s+well|too|i\s+don(?:'t|’t)\s+"
    r"know|or\s+something|not\s+sure|though|instead|then|basically|really|honestly|actually|"
    r"i\s+think|i\s+reckon)\s*$",
    re.IGNORECASE,
)
# An answer that adds an alternative: "Or building a portfolio", "Another idea is...".
_ANOTHER_RE = re.compile(
    r"^\W*(?:or|also|another|alternatively|what\s+about|how\s+about|plus)\b", re.IGNORECASE
)
_OFFER_RE = re.compile(
    r"^\W*(?:(?:or|and|so|well|hmm+)[,\s]+)?(?:what|how)\s+about\b|^\W*(?:or\s+)?maybe\b", re.I
)
_NO_OPTIONS_RE = re.compile(
    r"\b(?:can(?:'t|’t)|cannot|don(?:'t|’t)|do\s+not)\s+(?:really\s+)?(?:see|think\s+of|find)\s+any",
    re.IGNORECASE,
)
_NOT_OPTION_RE = re.compile(
    r"^(?:i\s+(?:don(?:'t|’t)|do\s+not)\s+know|not\s+sure|that(?:'s|’s)\s+(?:it|all)|"
    r"nothing\s+else|no\s+idea|which\s+|what\s+|should\s+i|those\s+are|that(?:'s|’s)\s+about|"
    r"not\s|no\s|never\s|sorry\b|oh\b|lol\b|haha\b|by\s+the\s+way|"
    r"(?:that|it|this)(?:'s|’s|\s+is|\s+would\s+be|\s+sounds|\s+seems)\b|"
    r"there\s+are\s+(?:a\s+few|some|several|many|two|three|four|a\s+couple)\b)",
    re.IGNORECASE,
)


# What rides along an option without being one: a reason ("..., they've got a digital team"),
# a purpose (", to get a real case study"), a condition (", if they'd have it"), a cost (", but
# it's £8,000"), a remark ("- which would count as..."). Each ends at its sentence or next "or".
_ADJUNCT_RE = re.compile(
    r"(?:(?:,\s*|\s+)(?:but|although|though|because|cos|coz|since|so\s+that|"
    r"in\s+order\s+to)\b|,\s*(?:to|if|which|who|whose|they|it|that|he|she|there(?:'s|’s|\s+is)\s+"
    r"(?:one|an?)(?=\s))\b"
    r"|\s[—–-]\s)[^.;?!]*?(?=[.;?!]|,?\s+or\b|$)",
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
# An opening that is there to take: "the regional theatre has an open call for designers".
_OPENING_RE = re.compile(
    r"\b(?:has|have|is\s+running|are\s+running|runs|run)\s+(?:an?|some)\s+(?:open\s+call|opening|"
    r"vacanc(?:y|ies)|scheme|programme|program|course|placement|internship|grant|bursary)\b",
    re.IGNORECASE,
)
# A question that asks rather than offers: "Which is better?", "Could you...?".
_QUESTION_RE = re.compile(
    r"^\W*(?:what|which|who|how|why|when|where|should|shall|is|are|am|was|were|does|did|have|"
    r"has|had|any|you|u|right|isn(?:'t|’t)|aren(?:'t|’t)|don(?:'t|’t)|doesn(?:'t|’t)|"
    r"(?:do|can|could|would|will)\s+(?:you|u)\b)\b",
    re.IGNORECASE,
)
_THERE_IS_RE = re.compile(r"^\W*(?:or\s+|and\s+)?there(?:'s|’s|s|\s+is)\s+(?:also\s+)?\w", re.I)
# How an answer introduces what follows: "Another thought:", "One more idea".
_FILLER_RE = re.compile(
    r"(?<=\w)\s*,\s*(?:i\s+don(?:'|’)?t\s+know|idk|i\s+dunno|dunno|i\s+guess|i\s+suppose|"
    r"like|you\s+know)\s*,\s*",
    re.IGNORECASE,
)
_LABEL_RE = re.compile(
    r"^\W*(?:(?:(?:an)?other|one\s+more|a\s+(?:second|third|last))\s+(?:thought|idea|option|one)|"
    r"options?|ideas?|one|two|three|four|five|first|second|third|fourth|last(?:ly)?|"
    r"in\s+no\s+particular\s+order|off\s+the\s+top\s+of\s+my\s+head|"
    r"(?:a\s+)?(?:few|couple\s+of)\s+(?:things|ideas|options)|"
    r"(?:so\s+)?(?:my\s+|the\s+)?(?:options?|choices?|ideas?)\s+(?:are|would\s+be|i\s+see))\W*$",
    re.IGNORECASE,
)
_COMMITTED_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|fine|so|then)\W+)*(?:i(?:'ll|’ll|\s+will)|ill|we(?:'ll|’ll|\s+will))\s",
    re.IGNORECASE,
)
# A choice already made, said among the options: "gonna do the kit for sure".
_CHOSEN_RE = re.compile(
    r"^\W*(?:i(?:'m|’m|\s+am)\s+|im\s+)?(?:gonna|going\s+to)\b|\bfor\s+sure\W*$", re.IGNORECASE
)
# "an app, Xero or whatever": the vague tail closes the option, it offers no alternative.
_VAGUE_TAIL_RE = re.compile(
    r",?\s+or\s+(?:whatever|something(?:\s+like\s+that)?|anything|so|similar)\b", re.I
)
# An aside between commas: "grab one of the journeymen, Ray probably, and...".
_ASIDE_RE = re.compile(
    r",\s*(?:[A-Z][\w'’-]*|\w+)\s+(?:probably|maybe|perhaps|i\s+think|i\s+guess)\s*(?=,)"
)
# What describes an option rather than offering one: ", where the rates are higher", ", like
# a pub kitchen", ", such as Xero".
_DESCRIBES_RE = re.compile(
    r",\s*(?:where|when|like|such\s+as|e\.g\.|for\s+example|especially|ideally)\b[^.;?!]*?"
    r"(?=[.;?!]|,?\s+or\b|$)",
    re.IGNORECASE,
)


def extract_options(text: str) -> list[str]:
    """The options named in one answer: "I could ask Sam, or take a course" -> two options;
    "Lunch deals for the offices, a loyalty card, an after-school offer" -> three. A reason, a
    purpose or a condition said with an option is not one, nor is a report of how things are."""
    # A question is a request ("Should I...?"), unless it offers an option ("What about X?",
    # "Toastmasters?").
    text = _flatten(text)
    kept = [
        s.text
        for s in sentences(text)
        if not s.text.rstrip().endswith("?")
        or _OFFER_RE.match(s.text)
        or _SHORT_OFFER_RE.match(s.text)
        or not (_QUESTION_RE.match(s.text) or _ASK_RE.search(s.text))
    ]
    # A numbered list is a list even on one line.
    numbered = len(re.findall(r"(?:^|\s)\(?\d[.)]\s", " ".join(kept))) >= 2
    parts: list[str] = []
    whole: set[str] = set()  # parts that are a sentence of their own (a report can only be one)
    for sentence in kept:
        sentence = _ADJUNCT_RE.sub("", _VAGUE_TAIL_RE.sub("", sentence.rstrip("?")))
        sentence = _DESCRIBES_RE.sub("", _ASIDE_RE.sub("", sentence))
        sentence = _FILLER_RE.sub(" ", sentence)  # "Or, I don't know, a job closer to home"
        pieces = _OPTION_SPLIT_RE.split(sentence)
        if _ONE_ALTERNATIVE_RE.match(sentence) and sentence.count(",") < 2:
            pieces = [sentence]  # "Or grab a journeyman and do practice calcs": one alternative
        if numbered:
            pieces = [q for p in pieces if p for q in re.split(r"(?:^|\s)\(?\d[.)]\s", p)]
        alternatives = bool(re.search(r"\bor\b", sentence, re.I)) and len(pieces) > 1
        commas = [p for p in sentence.split(",") if p.strip()]
        listed = (
            not alternatives
            and len(commas) >= 3
            and all(len(p.split()) <= 10 for p in commas[:-1])  # the last may run on
            and not any(_REPORT_RE.search(p.strip()) for p in commas)
        )
        for part in pieces:
            if not part:
                continue
            # "A, B, or C": once a sentence offers alternatives, its commas separate them too,
            # as they do in a plain list of three or more; ", then ..." goes on the same option.
            if (alternatives or listed) and "," in part:
                for bit in re.split(r",(?!\s*(?:and\s+)?then\b)", part):
                    if not bit.strip():
                        continue
                    if parts and not names_a_choice(bit) and names_a_choice(parts[-1]):
                        parts[-1] = f"{parts[-1]},{bit}"  # "a taster night, two hours, cheap"
                    else:
                        parts.append(bit)
            else:
                parts.append(part)
                if len(pieces) == 1:
                    whole.add(part)
    options = []
    for part in parts:
        said_alone = part in whole
        if _ONE_THAT_RE.match(part.strip()):
            continue  # "there's one that meets near the office": more about the last option
        offered = bool(_THERE_IS_RE.match(part.strip()))  # "there's also that app": an offer
        offered = offered or bool(re.match(r"^\W*or\b", part, re.I))  # "Or Tom drops to four days"
        if _HEDGE_ONLY_RE.match(part) or _LABEL_RE.match(part):
            continue  # "Fine.", "Another thought:": how the answer opens, not an option
        part = _OPTION_LEAD_RE.sub("", part.strip() + " ").strip(" ,.;:!?-")
        part = _OPTION_TAIL_RE.sub("", part).strip(" ,.;:!?-")
        if not part or _NOT_OPTION_RE.match(part) or _UNSURE_RE.fullmatch(part):
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
        if _FEELING_RE.search(part) or _ASK_RE.search(part) or _feeling([_Piece(part)]):
            continue
        if len(content_words(part)) >= 1 and (len(part.split()) >= 2 or len(part) >= 4):
            options.append(part[0].upper() + part[1:])
    return options
