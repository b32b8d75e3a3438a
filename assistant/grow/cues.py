"""The words that show what an answer does: asking the mentor to decide, being unsure, a feeling,
a wish, an obstacle, a commitment, an option, a remark off topic.

Reviewed phrasings as patterns, shared by the readings of acts (:mod:`assistant.grow.hearing`),
steps (:mod:`assistant.grow.steps`) and options (:mod:`assistant.grow.options`), with the small
helpers they all use: the words that carry meaning, an answer flattened to one line, the clause
that carries a feeling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from assistant.understanding import roles, tokens
from assistant.understanding.discourse import markers
from assistant.understanding.text import phrase_pattern

ASK_RE = re.compile(
    r"(?<!\bto\s)\b(?:(?:just\s+)?tell\s+me\s+(?:what|which|whether|if|how|where)|"
    r"what\s+(?:should|shall|do|would|must)\s+i\s+(?:do|pick|choose|go\s+with|say|tell)|"
    r"what\s+(?:would|do|should|will)\s+(?:you|u)\s+(?:do|pick|choose|go\s+with|recommend|suggest|"
    r"advise|reckon|say|want\s+me\s+to)|"
    r"what\s+do\s+(?:you|u)\s+(?:think|reckon)\s+i\s+should|do\s+(?:you|u)\s+think\s+i\s+should|"
    r"which\s+(?:one\s+)?(?:would|should|do)\s+(?:you|u|i)\b|which\s+one\s*\?|which\s+is\s+(?:better|best|right)|"
    r"(?:you|u)\s+(?:decide|choose|pick|tell\s+me)\b|decide\s+for\s+me|choose\s+for\s+me|"
    r"pick\s+(?:one\s+)?for\s+me|(?:make|take)\s+the\s+(?:call|decision)\s+for\s+me|"
    r"(?:can|could|would)\s+(?:you|u)\s+(?:just\s+|please\s+|(?:be\s+able|want)\s+to\s+)?"
    r"(?:decide|choose|pick|tell\s+me|make\s+the|make\s+me\s+a)|"
    # the choice or the plan put in the mentor's hands: "I'd rather you just pointed me at one",
    # "I'd sooner follow your judgement", "If it were your garden, where would you start?"
    r"i(?:'d|’d|\s+would)\s+(?:rather|sooner|prefer)\s+(?:(?:you|u)\b|(?:just\s+)?follow\s+"
    r"(?:your|ur))|(?:follow|trust|go\s+with)\s+(?:your|ur)\s+(?:judgement|judgment|lead|"
    r"instinct|advice|call)|if\s+it\s+(?:were|was)\s+(?:your|ur)\b|"
    r"(?:where|how)\s+would\s+(?:you|u)\s+(?:start|begin)\b|"
    r"your\s+(?:call|recommendation|advice|pick|choice)\s*\?|if\s+you\s+were\s+me|in\s+my\s+shoes|"
    # "Your call, honestly.", "it's your choice": the choice handed over, said first
    r"^\W*(?:(?:honestly|ok(?:ay)?|well|so)[\s,]+)?(?:it(?:'s|’s|\s+is)\s+)?(?:your|ur)\s+"
    r"(?:call|choice|pick|decision)\b(?!\s+(?:to|with|about|from|on)\b)|"
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


SHOULD_I_RE = re.compile(
    r"^\W*(?:so\s+|ok(?:ay)?\s+|well\s+|honestly\s+|and\s+|but\s+)?(?:should|shall)\s+(?:i|we)\b",
    re.I,
)


UNSURE_RE = re.compile(
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


_HEDGE_WORDS = (
    r"um+|uh+|erm+|hmm+|er+|so+|well|maybe|perhaps|possibly|i\s+guess|i\s+suppose|"
    r"kind\s+of|sort\s+of|sorta|kinda|yeah|yes|no|nope|ok(?:ay)?|fine|i\s+think\s+so|not\s+really|"
    r"same\s+as\s+(?:always|usual|ever)|nothing\s+much|not\s+much|things|stuff|idk|meh|"
    r"whatever|pass|dunno|ugh|eh|shrug|(?:it(?:'s|’s)\s+)?fine(?:\s+i\s+guess)?|right|alright|"
    r"all\s+right|fair\s+enough|sure|true|got\s+it|i\s+see|makes\s+sense|good\s+point|cool|"
    r"yep|yup|ah|oh|oh\s+well|hm|thanks|thank\s+you|thx|ty|cheers|ta|"
    # interjections: "Ha, sorry.", "Oops.", "Haha ok"
    r"ha(?:ha)*|heh|lol|oops|whoops|ahem|a+rgh+|gah|oof|phew|sigh"
)
# An answer that only acknowledges: "Fine.", "Alright, fair.", "Yes, quite right, sorry." (the
# words after the first also take "fair", "quite right", "sorry", "of course"...).
HEDGE_ONLY_RE = re.compile(
    r"^\W*(?:" + _HEDGE_WORDS + r")"
    r"(?:[\s,.!]+(?:" + _HEDGE_WORDS + r"|then|(?:that|this)\s+helps|(?:that(?:'s|’s)\s+)?fair|"
    r"(?:quite|you(?:'re|’re))\s+right|sorry|of\s+course|indeed|point\s+taken|understood|noted))*"
    r"\W*$",
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
        "optimistic", "fed", "sick", "defeated", "furious", "livid", "fuming", "annoyed",
        "irritated", "outraged", "infuriated", "seething", "miserable", "fraud", "imposter",
        "impostor",
        "crushed", "deflated", "useless", "worthless", "numb", "shaky", "petrified", "dreadful",
        "knackered", "shattered", "fried", "stressful", "scary", "terrifying", "daunting",
        "overwhelming", "frustrating", "nerve", "wracking", "depressing", "upsetting", "exhausting",
        "worrying", "worry", "worries", "stressing", "agonising", "agonizing", "dreaded"
    }
)  # fmt: skip


FEELING_RE = re.compile(
    r"\b(?:i\s+(?:(?:just|really|honestly|still|sometimes|often|kind\s+of|sort\s+of)\s+)*feel|"
    r"i(?:'m|’m|\s+am)\s+(?:so\s+|really\s+|quite\s+|a\s+bit\s+|pretty\s+|just\s+|"
    r"honestly\s+|kind\s+of\s+|feeling\s+)*(?:lost|stuck|down|at\s+a\s+loss|on\s+edge|freaking\s+out|"
    r"over\s+the\s+moon|at\s+my\s+wits)|makes\s+me\s+(?:feel|want\s+to\s+cry|sick)|"
    r"keeps\s+me\s+(?:up|awake)|(?:can(?:'t|’t)|cannot)\s+sleep|losing\s+sleep|in\s+tears|"
    r"cried|crying|i\s+cry|cry\s+(?:every|all|at|when|myself)|fed\s+up|sick\s+of|tired\s+of|scared\s+of|afraid\s+of|terrified\s+of|"
    r"it\s+feels\s+(?:like\s+)?(?:a\s+)?(?:big|huge|scary|hard|impossible|too|so|really|a\s+lot|"
    r"overwhelming|daunting)|"
    # overwhelm said of things at large: "things are just a lot right now", "it's all too much"
    r"(?:things|everything|it|life|it\s+all)(?:'s|’s|\s+is|\s+are|\s+has\s+been|\s+have\s+been)\s+"
    r"(?:just\s+|all\s+|really\s+|so\s+|way\s+|kind\s+of\s+|a\s+bit\s+)*"
    r"(?:a\s+lot|too\s+much|so\s+much)(?=\s*(?:$|[.,!;]|right\s+now|at\s+the\s+moment|lately|"
    r"these\s+days|atm|for\s+me))|"
    r"burn(?:t|ed)\s+out|burnout|worn\s+(?:out|down)|dread(?:ing)?|panic\w*|gutted|heartbroken|imposter|impostor|(?:a|like\s+a)\s+fraud|"
    r"bricking\s+it|"
    # the body's fright: "makes my hands shake", "my voice shakes", "my heart races"
    r"my\s+(?:hands?|voice|knees|legs|heart|stomach)\s+(?:shakes?|shaking|trembles?|trembling|"
    r"races?|racing|pounds?|pounding|churns?|churning)|"
    # a worry said as a question: "What if nobody calls?", "what if they say no" (not an offer:
    # "What if I asked the care home to pay?")
    r"what\s+if\s+[^?.!]*?\b(?:nobody|no\s*one|nothing|not|never|no|fail\w*|wrong|mess\w*|"
    r"hate\w*|reject\w*|laugh\w*|lose|lost|bad|worse|stupid|fired|flops?|embarrass\w*|disaster|"
    r"freeze|blank)|what\s+if\s+[^?.!]*?n(?:'|’)?t)\b",
    re.IGNORECASE,
)


# "be less terrified of presenting": a state the mentee wants, a goal rather than a feeling now.
WISHED_STATE_RE = re.compile(
    r"^\W*(?:(?:maybe|perhaps|probably|i\s+guess|i\s+think|just|honestly|ideally)[\s,]+)*"
    r"(?:(?:i\s+(?:want|would\s+like|'d\s+like|’d\s+like)\s+)?to\s+)?(?:be|feel|get|become)\s+"
    r"(?:a\s+lot\s+|much\s+|way\s+)?(?:less|more|not\s+so|not\s+as|calmer|braver|happier)\b|"
    # "My goal is to be happy", "I just want to feel calm": a state set as the goal
    r"^\W*(?:my\s+(?:goal|aim|hope)\s+is\s+|i\s+(?:just\s+|really\s+)?(?:want|would\s+like|"
    r"'d\s+like|’d\s+like)\s+)to\s+(?:be|feel)\s+(?:happy|calm|confident|relaxed|settled|"
    r"fulfilled|content|proud|good|ok(?:ay)?|safe|secure|excited|hopeful|positive)\b"
    r"(?![^.!?]*\b(?:but|though|although)\b)(?=[^,;.!?]*[.!?]?\s*$)",
    re.IGNORECASE,
)


# A feeling said on after another, without its "I'm": "(I'm nervous,) and a bit embarrassed
# about even saying this", "really scared of failing" (not "a less stressful job": a thing).
FEELING_ON_RE = re.compile(
    r"^\W*(?:(?:and|but|also|plus|just)\s+)?(?:(?:a\s+(?:bit|little|touch)|quite|really|so|very|"
    r"pretty|kind\s+of|kinda|sort\s+of|slightly|also|too|honestly|totally|completely)\s+)*"
    r"(?:" + "|".join(sorted(_EMOTION)) + r")\b"
    # said of the speaker, not of a thing: the word ends it or a preposition follows
    r"(?=\W*$|\s*[,.;!]|\s+(?:about|of|at|that|to|when|because|and|but|by|with|for|if)\b)",
    re.IGNORECASE,
)


_FEELING_SUBJECT = re.compile(
    r"\b(?:i|i'm|i’m|im|me|my|it(?:'s|’s)|it\s+is|it\s+makes|this\s+is|honestly|feel|feels|felt|feeling|so)\b",
    re.IGNORECASE,
)


OBSTACLE_RE = re.compile(
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


SITUATION_RE = re.compile(
    r"\d|\b(?:currently|right\s+now|at\s+the\s+moment|so\s+far|already|tried|usually|each|"
    r"once|twice|\w+\s+times|a\s+(?:day|week|month|year)|daily|weekly|monthly|often|never|"
    r"rarely|sometimes|always|every|last\s+(?:week|month|year|time|quarter)|ago|since|"
    r"i(?:'ve|’ve)|i\s+have|i\s+had|i\s+was|i\s+am|i(?:'m|’m)|we\s+have|we(?:'re|’re)|"
    r"there\s+(?:is|are)|there(?:'s|’s)|my\s+(?:manager|boss|team|role|job|company|supervisor|"
    r"lead|work|current)|i\s+(?:work|lead|run|manage|do|did|got|get|spend|went|started|"
    r"finished|applied|spoke|asked|teach|play|coach|live|moved))\b",
    re.IGNORECASE,
)


WISH_RE = re.compile(
    r"\b(?:i\s+(?:really\s+)?(?:want|wanna|would\s+like|'d\s+like|’d\s+like|would\s+love|"
    r"'d\s+love|’d\s+love|hope|am\s+hoping|'m\s+hoping|’m\s+hoping|aim|am\s+aiming|'m\s+aiming|"
    r"’m\s+aiming|plan|intend|dream|wish)|i(?:'d|’d)\s+(?:like|love)|my\s+(?:goal|aim|target|"
    r"ambition|dream|plan|hope|objective)|the\s+goal\s+is|goal\s*:|aim\s*:|what\s+i\s+(?:really\s+)?"
    r"(?:want|need|am\s+after|'m\s+after|’m\s+after)|i(?:'m|’m)\s+(?:looking|trying)\s+to|"
    r"ideally|i\s+need\s+to|^\W*(?!(?:"
    # "To be honest, I feel anxious", "To start with, ...": a discourse marker, not a wish
    + phrase_pattern([m for m in markers() if m.startswith("to ")])
    + r")\b)to\s+(?:be|become|get|land|move|make|finish|pass|run|start|"
    r"build|publish|launch|lead|have|switch|find|change|learn|write))\b",
    re.IGNORECASE,
)


NOT_THEIRS_RE = re.compile(
    r"\b(?:(?:my\s+)?(?:manager|boss|parents?|mum|mom|dad|family|partner|wife|husband|supervisor|"
    r"company|team|they|everyone|hr|department)\s+(?:wants?|expects?|says?|said|told\s+me|thinks?"
    r"|would\s+like)\s+(?:me\s+)?(?:to|that|i\s+should)|i(?:'m|’m|\s+am)\s+(?:supposed|expected|"
    r"told)\s+to|i(?:'ve|’ve|\s+have)\s+been\s+told\s+to|apparently\s+i\s+(?:need|have|should)|"
    r"i\s+have\s+to\s+because|it(?:'s|’s)\s+expected)\b",
    re.IGNORECASE,
)


VAGUE_GOAL_RE = re.compile(
    r"\b(?:better|more|improve|improving|improvement|somehow|something|somewhere|stuff|things|"
    r"grow|growing|develop|developing|get\s+ahead|work\s+on|progress|figure\s+(?:it|things)\s+out|"
    # "figure out what to do", "work out what I want": the choice itself is still open
    r"(?:figure|work)\s+out\s+what\s+(?:to\s+do|i\s+(?:want|should\s+do))|"
    r"sort\s+(?:it|things|myself)\s+out|in\s+general|generally|a\s+bit|kind\s+of|sort\s+of|"
    r"level\s+up|next\s+level|move\s+forward|moving\s+forward|happier|balance)\b",
    re.IGNORECASE,
)


MEASURE_RE = re.compile(
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


COMMIT_RE = re.compile(
    r"\b(?:i(?:'ll|’ll|\s+will|\s+shall)|ill(?=\s+(?:email|call|ask|send|book|do|write|talk|"
    r"speak|finish|start|draft|update|sign|apply|set|block|try|read|get|reach|message|text|look))|"
    r"i(?:'m|’m|\s+am)\s+(?:going\s+to|gonna|gonna)|i\s+commit\s+to|i(?:'ve|’ve|\s+have)\s+decided\s+to|"
    r"i\s+decided\s+to|i\s+plan\s+to|my\s+(?:first\s+|next\s+)?step\s+(?:is|will\s+be)|"
    r"first\s+step\s+(?:is|will\s+be)|we(?:'ll|’ll|\s+will)|we(?:'re|’re|\s+are)\s+going\s+to|"
    r"i\s+promise\s+(?:myself\s+)?to|i(?:'ll|’ll|\s+will)\s+start\s+(?:by|with)|"
    # a promise already given: "I promised the group I'd post a first meeting date by Friday"
    r"i\s+promised\s+(?:[\w'’]+\s+){0,3}?(?:(?:that\s+)?i(?:'d|’d|\s+would)|to)(?=\s)|"
    # "my plan this week is to...": the plan for a while is still the plan
    r"(?:my|the)\s+plan(?:\s+(?:this|next|for\s+(?:the|this|next))\s+\w+)?\s+is\s+to|"
    r"i(?:'m|’m|\s+am)\s+planning\s+to|i\s+intend\s+to|"
    r"gonna|going\s+to)\b",
    re.IGNORECASE,
)


NOT_COMMIT_RE = re.compile(
    r"\b(?:i(?:'ll|’ll|\s+will|\s+shall)\s+(?:know|feel|be\s+(?:happy|glad|able|fine|ok|okay|proud|"
    r"relieved|satisfied|a|an|the|in|on|more|less|better)|see\s+how|see(?=\s*(?:[.,;!?]|$))|think\s+about|have\s+to\s+see|"
    r"probably\s+(?:never|not)|never|not|need|have\s+to|be\s+(?:honest|fine)|admit|say|guess|"
    r"leave\s+(?:it\s+|that\s+|this\s+|them\s+)?(?:alone|aside|be)|hold\s+off|"
    # "The returnship thing, I'll leave it.": what was named first, left where it is
    r"leave\s+(?:it|that|this|them)(?=\s*(?:[.,;!]|$))|"
    # "The GP I'll leave for now", "I'll leave the course till later", "... until next year"
    r"leave\s+(?:[\w'’-]+\s+){0,4}?(?:for\s+now|for\s+the\s+(?:moment|time\s+being)|"
    r"for\s+later|for\s+another\s+time|(?:till|until)\s+(?:later|next\s+(?:week|month|term|"
    r"semester|quarter|season|year|spring|summer|autumn|winter)))\b|"
    r"park\s+(?:it|that|this|them)|"
    # set aside for now: "I'll skip the council meeting for now", "The council meeting I'll skip"
    r"(?:just\s+)?(?:skip|shelve|pass\s+on|park)\s+(?:[\w'’-]+\s+){0,4}?(?:for\s+now|"
    r"for\s+the\s+(?:moment|time\s+being)|this\s+time|till\s+later|until\s+later)\b|"
    r"(?:just\s+)?(?:skip|shelve|pass\s+on)(?:\s+(?:it|that|this|them))?(?=\s*(?:[.,;!]|$))|"
    # an idea let go: "I'll skip the pictures-only idea", "I'll drop the agency option"
    r"(?:just\s+)?(?:skip|drop|ditch|scrap|shelve|bin|pass\s+on|forget(?:\s+about)?|rule\s+out|"
    r"park|let\s+go\s+of|put\s+aside|set\s+aside)\s+(?:the|that|this|those|these|my)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:idea|option|route|plan|suggestion|approach|thought)s?\b)|"
    r"if\s+i(?:'ll|’ll|\s+will)|"
    r"i(?:'ll|’ll|\s+will)\s+(?:just\s+|probably\s+|only\s+)?(?:fail|mess|screw|forget|give\s+up|"
    r"lose|end\s+up|get\s+it\s+wrong|let\s+\w+\s+down|freeze|panic|look\s+stupid)|"
    r"(?:worried|afraid|scared|terrified|nervous|anxious|fear)\s+(?:that\s+)?i(?:'ll|’ll|\s+will)|"
    r"(?:won(?:'t|’t)|will\s+not|shall\s+not|shan(?:'t|’t)|not\s+going\s+to|never\s+going\s+to|"
    r"(?:not|never|ain(?:'t|’t))\s+gonna)|"
    r"what\s+i(?:'ll|’ll|\s+will)|"
    r"(?:going\s+to|gonna)\s+(?:be\s+(?:hard|difficult|tough|a|an|the|tricky)|take\s+(?:time|ages|a\s+while)|"
    r"happen|work|fail|cost|need))\b",
    re.IGNORECASE,
)


# A named person's step: "Priya will book a room", "My accountant Piotr will prepare the numbers".
THIRD_COMMIT_RE = re.compile(
    # "My skip-level, Jo, is going to ...": the role, then the name between commas
    r"^\W*(?:(?:and|also|then|so)\s+)?(?:(?i:my|our)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*,?\s+(?=[A-Z]))?"
    # "Dr. Patel will ...": a title's full stop is part of the name, as in "Dr Patel"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),?\s+(?:will|'ll|’ll|"
    r"is\s+going\s+to|agreed\s+to|offered\s+to|has\s+agreed\s+to"
    # "Dr. Okafor said she'll send me the list": a step reported as promised
    r"|said\s+(?:s?he|they)(?:'ll|’ll|'d|’d|\s+will|\s+would))\b"
)


ROLE_COMMIT_RE = re.compile(
    r"^\W*(?:(?:and|also|then|so)\s+)?(?:my\s+(?P<role>mentor)|you)\s*(?:'ll|’ll|\s+will|\s+are\s+going\s+to|\s+is\s+going\s+to|"
    r"\s+agreed\s+to|\s+offered\s+to|\s+has\s+agreed\s+to|"
    # "You said you'd send me the article": the mentor's own step, said back by the mentee
    r"\s+(?:said|promised)\s+(?:that\s+)?you(?:'d|’d|\s+would))\s+(?!(?:decide|think|see|know|be|"
    r"consider|probably|maybe|never|not)\b)",
    re.IGNORECASE,
)


OPTION_CUE_RE = re.compile(
    r"\b(?:could|might|may\s+be\s+able|maybe|perhaps|possibly|option|options|alternatively|"
    r"either|or|one\s+(?:idea|route|way|approach|possibility|thing)|another\s+(?:idea|route|way|"
    r"option|possibility)|what\s+about|how\s+about|i\s+(?:was|am|'m|’m)\s+thinking|"
    r"thought\s+about|toying\s+with|considering|consider|there(?:'s|’s|\s+is)\s+(?:the|also|always)|"
    r"i\s+can|i\s+should|plan\s+b|worst\s+case)\b",
    re.IGNORECASE,
)


OFF_TOPIC_RE = re.compile(
    r"\b(?:by\s+the\s+way|btw|speaking\s+of|random\s+(?:question|thought)|unrelated|off\s+topic|"
    # a remark set beside the session's subject: "which is a whole other saga"
    r"a\s+(?:whole\s+)?(?:other|different)\s+(?:saga|story|matter|kettle\s+of\s+fish)|"
    # chat put to the mentor: "do you know if...", "can you imagine..."
    r"(?:do|did)\s+(?:you|u)\s+know\s+(?:if|whether)|can\s+(?:you|u)\s+imagine|"
    # a question put before the session's business: "Before we begin, how was your holiday?"
    r"before\s+we\s+(?:begin|start|continue|carry\s+on|get\s+(?:going|started|into\s+it))|"
    r"did\s+(?:you|u)\s+(?:see|watch|hear|notice)|have\s+you\s+(?:ever\s+)?(?:seen|been|tried|"
    r"watched)|"
    r"how\s+was\s+your|what\s+did\s+you\s+have|(?:the\s+)?weather|raining|sunny|"
    r"(?<!-)(?:lunch|dinner)(?!-)|"
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


TIME_FRAME_RE = re.compile(
    r"\b(?:by|before|until|till|in|for|from|after|around|starting|at)\s+(?:the\s+)?(?:"
    r"half[-\s]?term|new\s+year|end\s+of\s+(?:the\s+)?(?:term|semester|season|school\s+year)|"
    r"(?:next|this|the\s+next)\s+(?:term|semester|season|school\s+year)|christmas|easter|"
    r"(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)?)\s+of\s+" + _MONTHS + r"|"
    r"summer\s+holidays?|holidays|"
    # "for the whole of October and November", "for the rest of the year"
    r"(?:whole|rest)\s+of\s+(?:the\s+)?(?:year|term|semester|season|summer|winter|autumn|spring|"
    + _MONTHS
    + r")|"
    + _MONTHS
    + r"\s+(?!(?:and|or|but|to|for|is|was|will)\b)[a-z]+|"  # "at the September restructure"
    r"(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+20\d\d|20\d\d)\b|"
    # Said without a preposition: "Spring 2027", "June to August", "march sitting".
    r"\b(?:(?:spring|summer|autumn|fall|winter)\s+20\d\d|"
    + _MONTHS
    + r"\s+(?:to|until|till|-|–)\s+"
    + _MONTHS
    + r"|"
    + _MONTHS
    + r"\s+(?:sitting|intake|cohort|deadline|exams?|round|window|start))\b|"
    # Set by an event in the mentee's life: "by the time I turn 40", "by my wedding", "before
    # the baby arrives", "this side of summer".
    r"\bby\s+the\s+time\s+(?:i|we|my|our|the)\s+[^,.;!?]{2,40}|"
    r"\b(?:by|before|in\s+time\s+for)\s+(?:my|our|the)\s+(?:[\w'’-]+\s+){0,2}?(?:wedding|birthday|"
    r"graduation|retirement|move|exams?|finals|appraisal|anniversary|due\s+date|baby)\b"
    r"(?:\s+(?:arrives|comes|is\s+born|is\s+due))?|"
    r"\bthis\s+side\s+of\s+(?:the\s+)?(?:summer|winter|spring|autumn|christmas|easter|new\s+year)\b",
    re.IGNORECASE,
)


# The conversation itself is interrupted: whatever else the answer says is not an answer.
INTERRUPT_RE = re.compile(
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


def short(text: str | None, limit: int = 60) -> str:
    text = " ".join((text or "").split()).strip(" ,.;")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def content_words(text: str) -> list[str]:
    """The words that carry meaning (no pronouns, auxiliaries, hedges)."""
    return [w for w in tokens(text) if w not in _STOP and len(w) > 1]


# Spellings of times that chat writers use: "ill ask her 2moro".
_SLANG_TIMES = {"2moro": "tomorrow", "2morrow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow",
                "2nite": "tonight", "2night": "tonight", "tonite": "tonight",
                "2day": "today",
                # the rest of today, said as its part: "I will speak with my wife this evening"
                "this evening": "tonight", "this afternoon": "today"}  # fmt: skip


# Chat shorthand for the words a request or a step turns on: "what wd u do tho", "which one shd
# i do", "email the studio abt extra firings".
_CHAT_WORDS = {"wd": "would", "wud": "would", "shd": "should", "shud": "should", "cud": "could",
               "abt": "about", "wat": "what", "wot": "what", "u": "you"}  # fmt: skip
_CHAT_WORD_RE = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(_CHAT_WORDS) + r")(?![\w'’-])", re.IGNORECASE
)


_SLANG_TIME_RE = re.compile(
    r"\b(?:" + "|".join(k.replace(" ", r"\s+") for k in _SLANG_TIMES) + r")\b", re.IGNORECASE
)


# The day words a step is dated by, as a hurried writer may misspell them ("tomorow", "thursay",
# "wendsday"): one slip (a letter missed, added, changed or two swapped) from the word.
_DAY_WORDS = ("tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday")  # fmt: skip


def _slips(a: str, b: str) -> int:
    """Edits from ``a`` to ``b``, a swap of two neighbouring letters counting as one."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _day_word(word: str) -> str | None:
    """The day word ``word`` misspells, if it is one slip from exactly one (two for a long one:
    "wendsday"); a plural or possessive ("mondays", "friday's") is no slip."""
    low = word.lower()
    if len(low) < 6 or low in _DAY_WORDS or low.rstrip("s'’") in _DAY_WORDS:
        return None
    if len(low) < 7 and not low.endswith("day"):
        return None  # "sundry", "sundae": words of their own
    near = [
        day
        for day in _DAY_WORDS
        if day[0] == low[0] and _slips(low, day) <= (2 if len(day) >= 8 and len(low) >= 7 else 1)
    ]
    return near[0] if len(near) == 1 else None


_WORD_RE = re.compile(r"\b[a-z]{6,}\b", re.IGNORECASE)


# "sort boxes this wknd, sat. charity shop run sun": chat shorthand for the weekend and its days,
# read as days only where a time goes (after "on", "by", "this", a comma, or ending a clause),
# not "I sat down", "in the sun".
_SHORT_DAYS = {"wknd": "weekend", "wkend": "weekend", "sat": "Saturday", "sun": "Sunday"}
_SHORT_DAY_RE = re.compile(
    r"\b(?:wknd|wkend)\b|"
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\byou\s)(?<!\bthe\s)"
    r"(?<!\ba\s)(?<!\bin\s)(?<!\bsun\s)\b(?:sat|sun)\b(?=\s*(?:[.,;!?]|$|\s+(?:morning|afternoon|"
    r"evening|night)\b))",
    re.IGNORECASE,
)


def _short_day(m: re.Match[str]) -> str:
    """The day "sat" or "sun" stands for, unless a name or a noun acts before it ("Mum sat.")."""
    word = m.group(0)
    before = re.search(r"(\S+)\s+$", m.string[: m.start()])
    if word.lower() in ("sat", "sun") and before and before.group(1)[:1].isupper():
        return word
    return _SHORT_DAYS[word.lower()]


def _respell_days(text: str) -> str:
    return _WORD_RE.sub(lambda m: _day_word(m.group(0)) or m.group(0), text)


def flatten(text: str) -> str:
    """One line: the lines of a list become clauses ("- mentor the new grad" -> "; mentor the new
    grad"), and a short aside in brackets ("ask Dave (my supervisor) on Thursday") is dropped."""
    lines = [re.sub(r"^\s*(?:[-*•]|\(?\d+[.)])\s+", "", line).strip() for line in text.splitlines()]
    joined = ""
    for line in (line for line in lines if line):
        if joined:
            joined += " " if joined[-1] in ".!?;:" else "; "
        joined += line
    if re.search(r"(?:^|\s)1[.)]\s.*\s2[.)]\s", joined):
        # "1) email Jo by Wed 2) book the venue": a numbered list on one line
        joined = re.sub(r"\s+\d[.)]\s+", "; ", re.sub(r"^\s*1[.)]\s+", "", joined))
    joined = re.sub(r"\s*\((?:[^()]{1,40})\)(?=[\s,.;:!?]|$)", "", joined)
    joined = _CHAT_WORD_RE.sub(lambda m: _CHAT_WORDS[m.group(0).lower()], joined)
    joined = _SLANG_TIME_RE.sub(
        lambda m: _SLANG_TIMES[" ".join(m.group(0).lower().split())], joined
    )
    joined = _respell_days(joined)
    joined = _SHORT_DAY_RE.sub(_short_day, joined)
    return " ".join(joined.split())


@dataclass(frozen=True)
class Piece:
    text: str


# What a thing can make the speaker feel: not "the arpeggios defeat me" (too hard for them).
_CAUSED_FEELINGS = _EMOTION - {"defeated", "fed", "sick", "fried"}


# The speaker as the object of the verb that follows: "it terrifies me", "stresses me out".
_SPEAKER_OBJECTS = frozenset({"me", "us"})


def _participles(verb: str) -> set[str]:
    """The adjectives a verb form gives: "terrifies" -> "terrified", "drains" -> "drained",
    "depresses" -> "depressing", "exhausting" -> itself."""
    stems = {verb}
    if verb.endswith("ies"):
        stems.add(verb[:-3] + "y")
    if verb.endswith("es"):
        stems.add(verb[:-2])
    if verb.endswith("s"):
        stems.add(verb[:-1])
    out = set(stems)
    for stem in stems:
        past = stem[:-1] + "ied" if stem.endswith("y") else stem + "ed"
        out.update({past, stem + "d", stem + "ing", stem[:-1] + "ing"})
    return out


def causes_feeling(words: Sequence[str]) -> bool:
    """Does a verb whose participle names a feeling take the speaker as its object ("Honestly
    it terrifies me", "the commute drains me", "work stresses me out", "that scared us")?"""
    return any(
        following in _SPEAKER_OBJECTS and bool(_participles(word) & _CAUSED_FEELINGS)
        for word, following in pairwise(words)
    )


# "I'm afraid I really don't know", "I'm afraid it's not possible": a polite way to say no,
# not a fear ("I'm afraid I'll fail" is one).
_POLITE_AFRAID_RE = re.compile(
    r"\bi(?:'m|’m|\s+am)\s+afraid(?=\s+(?:that\s+)?(?:i|it|we|there|this|that)\b[^.!?;]*?"
    r"(?:\bnot\b|n(?:'|’)?t\b|\bno\b))",
    re.IGNORECASE,
)


def find_feeling(pieces: list) -> str | None:  # type: ignore[type-arg]
    for piece in pieces:
        clause = piece.text
        words = tokens(_POLITE_AFRAID_RE.sub("", clause))
        polite = _POLITE_AFRAID_RE.search(clause)
        if polite and not (set(words) & _EMOTION) and not causes_feeling(words):
            continue
        if FEELING_RE.search(clause) or causes_feeling(words):
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
