"""Guard figures: latency (rules alone and the whole guard), cold start, and quality.

Usage: python benchmarks/guard.py [--repeat N] [--annomi PATH/TO/AnnoMI-simple.csv] [--verbose]

Quality, on every labelled set in tests/data/:
- guard_utterances.yaml, guard_blind.yaml .. guard_blind4.yaml: tuning sets. Each blind set was
  written by someone who had not read the rules, exemplars, code or tests, measured once before
  anything changed for it (its header keeps that figure) and then folded in.
- tests/guard/data/guard_developer_set.yaml: written after v2's structural changes by the person
  making them (not blind), measured once, then folded in.
- tests/guard/data/guard_developer_set2.yaml: written the same way after the recall changes;
  untouched (never fitted on or read for a change).
- guard_blind5.yaml: a fifth blind set written the same way, measured before and after the v2
  changes without being read; its misses were read at a693a11, so it is a tuning set since.
- guard_blind6.yaml, guard_blind7.yaml: the sixth and seventh blind sets written the same way,
  measured before and after the round that followed them unread, read for rules since eb1c512.
- guard_blind8.yaml: an eighth blind set written the same way, measured at eb1c512 before
  anything changed for it, read for rules since.
- guard_blind9.yaml: a ninth blind set written the same way, measured at eb1c512 and once
  after that round's rules (cba1dd2) without being read; read for rules since.
- guard_blind10.yaml: a tenth blind set written the same way, held out: measured at cba1dd2
  before anything changed for it and once after that round; only its aggregate figures are
  printed.
- guard_blind11.yaml: an eleventh blind set written the same way at the end of that round,
  held out: measured with the guard as it was at cba1dd2 and as it is after the round.
- guard_blind13.yaml: a thirteenth blind set written the same way at the start of the next
  round, held out: measured with the guard as it was at 64e72c3 and as it is after the round.
- guard_blind12.yaml: a twelfth blind set written the same way, measured at 64e72c3 before
  anything changed for it, read for rules since.
- guard_blind14.yaml: a fourteenth blind set written the same way, measured at 1eb415a before
  anything changed for it, read for rules since.
- guard_blind15.yaml: a fifteenth blind set written the same way at the same time, held out
  through that round (measured at 1eb415a and ad1a79f), read for rules since 49f2270.
- guard_blind16.yaml: a sixteenth blind set written the same way at the start of the round from
  c384144, held out through it (measured at c384144 and 4f1cb1e), read for rules since ef8744e.
- guard_blind17.yaml and guard_blind18.yaml: the seventeenth and eighteenth blind sets, written
  the same way by two more writers at the start of the round from aabfd6d, held out through it
  (measured then and once after it, 7d5f5f1), read for rules since 6697e72.
- guard_real_healthy_fresh.yaml: fresh real supportive text collected at the same time, held out
  through the rounds from c384144 to dd32808 (only its rate was printed), read since 7ee1b3e.
- guard_blind21.yaml .. guard_blind27.yaml: blind sets written the same way, two or three a
  round, each held out through the round it was written for and read since.
- guard_blind28.yaml, guard_blind29.yaml and guard_real_healthy_fresh2.yaml: two more blind sets
  (settings no earlier writer used) and 978 more real supportive lines from seven sources no
  earlier set drew on, written or collected at the start of the round from 7ee1b3e, held out
  through it (measured then and at a3d7489), read since the round from b259922.
- guard_written_a.yaml / guard_written_b.yaml: two more sets written the same way (formal and
  informal registers), measured once with the guard as shipped, tried as exemplar-bank lines and
  as fitting samples (neither kept), read for rules since eb1c512.
- guard_real_healthy_tune.yaml / guard_real_healthy_untouched.yaml: 1,970 real supportive lines
  written by others (counsellors, tutors, GSoC mentors; openly licensed), split at random; the
  model was fitted with the tune half only. The false-positive rate on real text.
- Optionally the therapists' questions and reflections of the AnnoMI corpus (not shipped here).
For each set: precision, recall, false-positive rate, and with --verbose every miss.
"""

from __future__ import annotations

import argparse
import csv
import gc
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.guard import Guard, default_guard  # noqa: E402

DATA = ROOT / "tests" / "data"
LABELLED = [
    ("guard_utterances.yaml", "Labelled set (tuning)"),
    ("guard_blind.yaml", "First blind set (tuning since measured)"),
    ("guard_blind2.yaml", "Second blind set (tuning since measured)"),
    ("guard_blind3.yaml", "Third blind set (tuning since measured)"),
    ("guard_blind4.yaml", "Fourth blind set (tuning since measured)"),
    (
        "../guard/data/guard_developer_set.yaml",
        "Developer's check set, not blind (tuning since measured)",
    ),
    (
        "../guard/data/guard_developer_set2.yaml",
        "Second developer's check set, written after the recall changes, not blind (untouched)",
    ),
    ("guard_blind5.yaml", "Fifth blind set (tuning since a693a11)"),
    ("guard_blind6.yaml", "Sixth blind set (measured at a693a11 and fea8643, tuning since)"),
    ("guard_blind7.yaml", "Seventh blind set (measured at a693a11 and 35447c2, tuning since)"),
    ("guard_blind8.yaml", "Eighth blind set (measured at eb1c512, tuning since)"),
    ("guard_blind9.yaml", "Ninth blind set (measured at eb1c512 and aa60965, tuning since)"),
    ("guard_blind10.yaml", "Tenth blind set (held out: measured at cba1dd2 and beb9bcc)"),
    ("guard_blind11.yaml", "Eleventh blind set (held out: measured at cba1dd2 and beb9bcc)"),
    ("guard_blind12.yaml", "Twelfth blind set (measured at 64e72c3, tuning since)"),
    ("guard_blind13.yaml", "Thirteenth blind set (held out: measured at 64e72c3 and d88bac2)"),
    ("guard_blind14.yaml", "Fourteenth blind set (measured at 1eb415a, tuning since)"),
    ("guard_blind15.yaml", "Fifteenth blind set (measured at 1eb415a, ad1a79f; tuning since)"),
    ("guard_blind16.yaml", "Sixteenth blind set (measured at c384144, 4f1cb1e; tuning since)"),
    ("guard_blind17.yaml", "Seventeenth blind set (measured at aabfd6d, 7d5f5f1; tuning since)"),
    ("guard_blind18.yaml", "Eighteenth blind set (measured at aabfd6d, 7d5f5f1; tuning since)"),
    ("guard_blind21.yaml", "Twenty-first blind set (measured at 6697e72, 0e79287; tuning since)"),
    ("guard_blind22.yaml", "Twenty-second blind set (measured at 6697e72, 0e79287; tuning since)"),
    ("guard_blind23.yaml", "Twenty-third blind set (measured at 40f2b53, 10239ec; tuning since)"),
    ("guard_blind24.yaml", "Twenty-fourth blind set (measured d22007a to f3ad757; tuning since)"),
    ("guard_blind25.yaml", "Twenty-fifth blind set (measured d22007a to f3ad757; tuning since)"),
    ("guard_blind26.yaml", "Twenty-sixth blind set (measured 4b82bfb, ca305f0; tuning since)"),
    ("guard_blind27.yaml", "Twenty-seventh blind set (measured 4b82bfb, ca305f0; tuning since)"),
    ("guard_blind28.yaml", "Twenty-eighth blind set (measured 7ee1b3e, a3d7489; tuning since)"),
    ("guard_blind29.yaml", "Twenty-ninth blind set (measured 7ee1b3e, a3d7489; tuning since)"),
    ("guard_written_a.yaml", "Writer A's set, formal (measured once, tuning since)"),
    ("guard_written_b.yaml", "Writer B's set, informal (measured once, tuning since)"),
]
REAL = [
    ("guard_real_healthy_tune.yaml", "Real supportive text, tuning half"),
    ("guard_real_healthy_untouched.yaml", "Real supportive text, untouched half"),
    ("guard_real_healthy_fresh.yaml", "Real supportive text, fresh (read since 7ee1b3e)"),
    ("guard_real_healthy_fresh2.yaml", "Real supportive text, second fresh (read since b259922)"),
]

# Blind recall over the project's history, each measured before the rules changed for that set.
HISTORY = [
    ("first blind set (40/40), rules v1", "recall 0.53, FP 0.00"),
    ("second blind set (30/30), rules v1", "recall 0.60, FP 0.00"),
    ("third blind set (120/120), rules v1, before the semantic layer", "recall 0.21, FP 0.017"),
    (
        "fourth blind set (120/120), rules + semantic layer v1 (f12a84c)",
        "recall 0.375 (rules alone 0.150), FP 0.025",
    ),
    (
        "developer's check set (30/30, not blind), v2 structure before it was read (a702cfb)",
        "recall 0.533 (v1: 0.367), FP 0.000",
    ),
    (
        "second developer's check set (30/30, not blind), v2 (1e11aab)",
        "recall 0.800 (v1: 0.533), FP 0.000",
    ),
    (
        "fifth blind set (120/120), v1 (ae70b62), before this round",
        "recall 0.442 (rules alone 0.175), FP 0.017",
    ),
    (
        "fifth blind set (120/120), v2 (a3b8285), untouched",
        "recall 0.642 (rules alone 0.175), FP 0.025",
    ),
    (
        "fifth blind set (120/120), v2 with the listening fixes (f60a0ed), untouched",
        "recall 0.633 (rules alone 0.175), FP 0.025",
    ),
    (
        "sixth blind set (120/120), v2 as released (a693a11), before anything changed for it",
        "recall 0.575 (rules alone 0.167), FP 0.025 (rules alone 0.008)",
    ),
    (
        "sixth blind set (120/120), with the parse inputs, refitted with the fifth set (fea8643), "
        "measured once",
        "recall 0.533, FP 0.025 (real untouched text 0.81% -> 0.51%, AnnoMI 0.76% -> 0.60%)",
    ),
    (
        "seventh blind set (120/120), the guard as it was at a693a11, before this round",
        "recall 0.533 (rules alone 0.158), FP 0.025",
    ),
    (
        "seventh blind set (120/120), after this round (35447c2), measured once",
        "recall 0.508, FP 0.025",
    ),
    (
        "eighth blind set (120/120), the guard as it was at eb1c512, before any change for it",
        "recall 0.517 (rules alone 0.233), FP 0.025 (rules alone 0.000)",
    ),
    (
        "ninth blind set (120/120), the guard as it was at eb1c512, before any change; held out",
        "recall 0.517 (rules alone 0.150), FP 0.008 (rules alone 0.000)",
    ),
    (
        "ninth blind set (120/120), once after this round's class rules (aa60965), never read",
        "recall 0.600 (rules alone 0.308), FP 0.008 (rules alone 0.000)",
    ),
    (
        "tenth blind set (120/120), the guard as it was at cba1dd2, before any change; held out",
        "recall 0.617 (rules alone 0.300), FP 0.025 (rules alone 0.000)",
    ),
    (
        "tenth blind set (120/120), once after this round's ownership and class rules (beb9bcc), "
        "never read",
        "recall 0.642 (rules alone 0.300), FP 0.025 (rules alone 0.000)",
    ),
    (
        "eleventh blind set (120/120), written at the end of that round; the guard as it was at "
        "cba1dd2 / at beb9bcc; held out",
        "recall 0.692 / 0.733 (rules alone 0.275 / 0.275), FP 0.025 / 0.025 (rules alone 0.008)",
    ),
    (
        "twelfth blind set (120/120), the guard as it was at 64e72c3, before any change for it",
        "recall 0.725 (rules alone 0.300), FP 0.008 (rules alone 0.000)",
    ),
    (
        "thirteenth blind set (120/120), written at the start of that round; the guard as it was "
        "at 64e72c3 / at d88bac2, after it; held out",
        "recall 0.750 / 0.767 (rules alone 0.275 / 0.275), FP 0.017 / 0.017 (rules alone 0.000)",
    ),
    (
        "tenth and eleventh blind sets, held out, once more at d88bac2 (after the round that read "
        "the twelfth set: 0.725 -> 0.958 there)",
        "recall 0.650 and 0.758 (from 0.642 and 0.733), FP 0.025 and 0.025",
    ),
    (
        "fourteenth blind set (120/120), the guard as it was at 1eb415a, before any change for it",
        "recall 0.767 (rules alone 0.325), FP 0.017 (rules alone 0.000)",
    ),
    (
        "fifteenth blind set (120/120), written at the start of that round; the guard as it was "
        "at 1eb415a / at ad1a79f, after it; held out",
        "recall 0.775 / 0.800 (rules alone 0.308 / 0.308), FP 0.050 / 0.050 (rules alone 0.008)",
    ),
    (
        "sixteenth blind set (120/120), written at the start of the round that read the fifteenth; "
        "the guard as it was at c384144 / at 4f1cb1e, after it; held out",
        "recall 0.717 / 0.717 (rules alone 0.250), FP 0.067 / 0.058 (rules alone 0.008); the "
        "fifteenth, read for that round, 0.800 -> 0.950 and FP 0.050 -> 0.000: its forms did not "
        "carry",
    ),
    (
        "sixteenth blind set (120/120), read for the round after 4f1cb1e (tuning since): "
        "at dccf836 / at 456afad, after it",
        "recall 0.717 / 0.808, FP 0.058 / 0.008; every other tuning set's recall held or rose "
        "by one line (fourth 0.983 -> 0.992, fifth 0.942 -> 0.950, sixth 0.908 -> 0.917, each "
        "line among the misses read this round) and false positives fell by one on the sixth "
        "and writer B's: most of what lifted the sixteenth is its own forms, as in every round "
        "before",
    ),
    (
        "fresh real supportive text (1000 items: ESConv supporters, Reddit peer support, "
        "Kubernetes and Outreachy mentoring guides, opensource.guide), at c384144 / 4f1cb1e; "
        "held out",
        "flagged 1.10% / 1.10% (850 shipped without the Reddit replies: 10, 1.18%)",
    ),
    (
        "seventeenth and eighteenth blind sets (120/120 each, two writers), written at the "
        "start of the round that read the sixteenth; the guard as it was at aabfd6d / at "
        "7d5f5f1, after it; held out",
        "seventeenth recall 0.783 / 0.783, FP 0.025 / 0.008; eighteenth recall 0.758 / 0.767, FP "
        "0.042 / 0.025: the round's false-positive readings carried, its recall (0.717 -> 0.808 "
        "on the sixteenth) did not; blind10 0.692 -> 0.683, blind11 0.792 -> 0.792 (FP 0.025 -> "
        "0.033), blind13 0.783 -> 0.783, fresh real text 1.18% -> 1.18%",
    ),
    (
        "seventeenth and eighteenth blind sets, read for the round from 6697e72 (tuning since): "
        "at 6697e72 / after it (429ac8b, fd42d9b, 70a738c, 3ee3e57: ownership readings of a "
        "pick closed by the talk shut off, a cover kept from someone, an outcome vouched for "
        "with certainty or its rivals denied, the mentee's account set aside, the speaker made "
        "indispensable, someone else not to be asked, trust asked for one tip only; de79a64: "
        "the speaker's step on what the mentee was told to hand over)",
        "seventeenth recall 0.783 / 0.942, FP 0.008 / 0.000; eighteenth 0.767 / 0.925, FP "
        "0.025 / 0.017; a change was kept only where it lifted both or a set not read for it: "
        "sixteenth 0.808 -> 0.858 (FP 0.008 -> 0.000), fifteenth 0.950 -> 0.958, sixth 0.917 -> "
        "0.925, seventh 0.925 -> 0.933, every other tuning set, the real text (0.20%, 0.51%) and "
        "AnnoMI (0.60%) unchanged. Held out, measured once at 3ee3e57 and not read: tenth 0.683 "
        "-> 0.683, eleventh 0.792 -> 0.808 (FP 0.033), thirteenth 0.783 -> 0.783, fresh real "
        "text 1.18% -> 1.18%: as in every round, "
        "what was read rose and the writers nobody read barely moved. Tried and dropped: the "
        "mentee's decisions or days reported to the speaker ('checked with me before making any "
        "decisions', 'phone me every evening') and a story given or backed for them ('I'll give "
        "them some story', 'I'll confirm it if they ask', 'go along with that'): each lifted "
        "only the set it was read in",
    ),
    (
        "leave-one-set-out over the 20 tuning sets (each set scored with its own lines left out "
        "of the exemplar bank; the model and thresholds as shipped, or refitted without the "
        "set; rules and ownership classes as they are, so read for these sets): the round from "
        "a9d07a0 / after it (f8ff322); tuned on, not a measure of generality",
        "whole guard mean recall 0.9596 / 0.9604, FP 0.0051 / 0.0051; the meaning layer alone "
        "(rules off) 0.8110 / 0.8150, FP 0.0043 / 0.0043 (a9d07a0: 'do' before its object is the "
        "speaker's act, so 'I'll do your timesheets' reaches the mentee's task; f8ff322: 'no "
        "stress', 'not to worry', 'no worries' hand the task over); per set fifteenth 0.958 -> "
        "0.967, sixteenth 0.858 -> 0.867, every other set, real text (0.20%, 0.51%) and AnnoMI "
        "(0.60%) unchanged. Tried and dropped, judged leaving each set out: the other sets' "
        "lines added to the bank (whole guard 0.9596 -> 0.9554 at the shipped thresholds, "
        "AnnoMI 15 -> 22 flagged; healthy lines only or savior lines only, thresholds chosen "
        "without the set: 0.9433 / 0.9117 against 0.9492); the model refitted on the first "
        "tuning sets or on all 19 others (0.9437 / 0.9408 against 0.9492); k of 1, 2, 5, 8 "
        "nearest (each trades recall for false positives one for one); a parse frame given the "
        "move threshold (+0.0004 to +0.0033 recall for +0.003 to +0.005 FP, AnnoMI up to +17); "
        "per-category thresholds (no change with the rules in front); the real text's tuning "
        "half as healthy exemplars (0.9500 -> 0.9546 whole guard, meaning alone 0.8190 -> "
        "0.8146); 'go to', 'have the conversation', the speaker's past act with 'I' left out "
        "and 'it' referring to the sentence before as the speaker's act (no line or one read "
        "line). The learned parts are at their limit on these inputs. Held out, measured once "
        "after the round and not read: tenth 0.692 -> 0.692, eleventh 0.808 -> 0.817, "
        "thirteenth 0.783 -> 0.783 (FP 0.017, 0.033, 0.017 unchanged), fresh real text 1.18% "
        "-> 1.18%",
    ),
    (
        "the twenty-first and twenty-second blind sets (120 savior / 120 healthy each), written "
        "at the start of the round from 6697e72 by two more people from a description of the "
        "categories only; held out: at 6697e72 / 248137f (half-way) / 0e79287 (the round's end)",
        "recall 0.725 / 0.750 / 0.750 and 0.717 / 0.725 / 0.725, FP rate 0.008 and 0.025 "
        "throughout: the round lifted the seventeenth and eighteenth sets it read by 0.16 "
        "(0.783 -> 0.942, 0.767 -> 0.925) and these two writers by 0.01-0.03",
    ),
    (
        "twenty-first and twenty-second blind sets, read for the round from 40f2b53 (tuning "
        "since): at 40f2b53 / after it (6181da8 .. 2e1c436: ownership readings of 'have' before "
        "its object as the speaker's act, the mentee's step held until the speaker says so, an "
        "outcome secured through the speaker's ties to those who decide, a pick closed by "
        "'decided.' or 'made up my mind', the speaker as all the advice needed or the standing "
        "approver, the speaker made the judge of the mentee's good)",
        "recall 0.750 / 0.850 and 0.725 / 0.817, FP 1/120 and 3/120 unchanged; sixteenth "
        "0.875 -> 0.892, seventeenth 0.942 -> 0.950 (not read for it); real text 0.20% / 0.51% "
        "and AnnoMI 0.60% unchanged. Held out, once after the round, not read: tenth 0.692 -> "
        "0.700, eleventh 0.817 -> 0.833, thirteenth 0.783 -> 0.783, fresh real text 1.18%",
    ),
    (
        "twenty-third blind set (120 savior / 120 healthy), written at the start of the round "
        "from 40f2b53 by one more writer from a description of the categories only (new "
        "settings: healthcare, trades, arts, sport, schools, open source, veterans, ...); held "
        "out: at 40f2b53 / 10239ec (the round's end)",
        "recall 0.833 / 0.842, FP rate 0.042 / 0.042 (5/120): the round lifted the sets it read "
        "by 0.09-0.10 and this writer by 0.01",
    ),
    (
        "twenty-third blind set and every earlier one, read for the round from d22007a: every "
        "false positive on them read for its cause (a verb's form after a determiner as a "
        "thing, 'off' only after its copula, shared experience, a cover story refused, routing "
        "only with the speaker present, feedback, declining, teaching and the speaker's own "
        "matter left unscored) and, for recall, the speaker's act after a settled arrangement, "
        "the take-over weighed as the easier course, a task taken with the mentee's load as "
        "the reason, an act done so the mentee's slip stays hidden (d22007a -> eedd3b9); then "
        "the mentee shut out in the sentence after the speaker's own act and an offer asked so "
        "that it leaves no choice (-> f3ad757)",
        "false positives on the blind sets read 19 -> 0 (twenty-third 5 -> 0); recall "
        "twenty-third 0.842 -> 0.892 -> 0.900, twenty-first 0.850 -> 0.858 -> 0.875, "
        "twenty-second 0.817 -> 0.825 -> 0.833, sixth 0.925 -> 0.942, seventh, eighteenth and "
        "writer B +0.01; real text untouched half 0.51% "
        "-> 0.30%, tuning half 0.20% and AnnoMI 0.60% unchanged",
    ),
    (
        "twenty-fourth and twenty-fifth blind sets (120 savior / 120 healthy each), written at "
        "the start of the round from d22007a by two more writers from a description of the "
        "categories only (settings no earlier writer used: film, fashion, logistics, data "
        "science, museums ...; cybersecurity, UX, dentistry, events, brewing ...); held out: at "
        "d22007a / eedd3b9 / f3ad757 (the round's end)",
        "recall 0.800 / 0.792 / 0.800 and 0.783 / 0.783 / 0.792, FP 0/120 throughout and 7/120 "
        "/ 6/120 / 6/120; tenth "
        "0.700 -> 0.692, eleventh 0.833, thirteenth 0.783 -> 0.775, fresh real text 1.18%: "
        "the round removed every false positive on the sets it read and one on a new writer's",
    ),
    (
        "twenty-fourth and twenty-fifth blind sets and every earlier one, read for the round "
        "from 4b82bfb: an outcome promised through the speaker's ties to whoever decides, the "
        "speaker named as the only way in, chat spellings read as words (b4, pls, til), "
        "ultimatums and a closing tag after a stated choice, a slip covered so it will not "
        "show, a person of the mentee's trouble dealt with in their place; false positives: "
        "the mentee's words told back, an experience after a hedge, notes on the mentee's "
        "draft, a thing the speaker owes sent on",
        "recall twenty-fourth 0.800 -> 0.917, twenty-fifth 0.792 -> 0.917 (FP 6 -> 0/120), "
        "twenty-third 0.900 -> 0.917, twenty-first 0.875 -> 0.892; every other set unchanged, "
        "FP 0 on all; real text 0.20% / 0.30% and AnnoMI 0.60% unchanged",
    ),
    (
        "twenty-sixth and twenty-seventh blind sets (120 savior / 120 healthy each), written at "
        "the start of the round from 4b82bfb by two more writers from a description of the "
        "categories only (settings no earlier writer used: urban planning, meteorology, "
        "florists, dietetics, unions ...; utilities, rail, paramedics, ports, locksmiths ...); "
        "held out: at 4b82bfb / ca305f0 (the round's end)",
        "recall 0.842 / 0.867 and 0.800 / 0.817, FP 6/120 / 6/120 and 0/120 / 0/120; tenth "
        "0.692, eleventh 0.833 -> 0.842, thirteenth 0.775 -> 0.783, fresh real text 1.18%: the "
        "round lifted the sets it read by 0.12 and the new writers by 0.02",
    ),
    (
        "twenty-sixth and twenty-seventh blind sets, the first fresh real text and every "
        "earlier set, read for the round from 7ee1b3e: false positives from a view with its "
        "own subject, what the listener notices said back, one's own word kept, feedback on "
        "work handed over, understanding shown, a relative clause after 'each'; recall from a "
        "pick refused then closed, a slip hidden, a settled outcome beside the speaker's tie to "
        "whoever decides, an offer taken back by doing it regardless; explanations in plain "
        "words and rewrites that keep the message's subject",
        "twenty-sixth recall 0.867 -> 0.900 (FP 6 -> 1/120), twenty-seventh 0.817 -> 0.892 "
        "(FP 0/120); first fresh real text 1.18% -> 0.59%, AnnoMI 0.60% -> 0.56%; every other "
        "set unchanged, tenth FP 2 -> 1/120",
    ),
    (
        "twenty-eighth and twenty-ninth blind sets (120 savior / 120 healthy each) and a second "
        "fresh real text (978 lines from seven sources no earlier set drew on), written or "
        "collected at the start of the round from 7ee1b3e by people who read no code, rule or "
        "earlier set (settings no earlier writer used: scuba, driving instructors, forestry, "
        "mining, watch repair ...; pet grooming, lifeguards, escape rooms, pawnbrokers ...); "
        "held out: at 7ee1b3e / a3d7489 (the round's end)",
        "recall 0.792 / 0.792 and 0.742 / 0.742, FP 4/120 / 4/120 and 2/120 / 2/120; second "
        "fresh real text 0.92% / 0.92%; tenth 0.692, eleventh 0.842, thirteenth 0.783: the "
        "round lifted the sets it read by 0.03-0.08 and the new writers by nothing",
    ),
]

HEALTHY_200 = (
    "Thanks for walking me through the project update today. What would success look like for "
    "you by the end of the quarter? I will send you the article on stakeholder mapping by Friday, "
    "as promised."
)
SAVIOR_200 = (
    "Thanks for walking me through the project update today. Don't worry about the review, I'll "
    "take care of everything and talk to your manager for you. What would success look like for "
    "you?"
)


def _two_kb(seed: str) -> str:
    parts = []
    while sum(len(p) + 1 for p in parts) < 2048:
        parts.append(seed)
    return " ".join(parts)[:2048]


def latency(guard: Guard, text: str, repeat: int) -> tuple[float, float]:
    """Median and p99 of one check, in microseconds (the sentence-vector cache is cleared)."""
    from assistant.understanding.vectors import encoder

    for _ in range(20):
        guard.check(text)
    samples = []
    gc.disable()
    try:
        for _ in range(repeat):
            encoder()._query_cache.clear()  # measure reading, not the cache
            started = time.perf_counter()
            guard.check(text)
            samples.append(time.perf_counter() - started)
    finally:
        gc.enable()
    samples.sort()
    return statistics.median(samples) * 1e6, samples[int(0.99 * (len(samples) - 1))] * 1e6


def cold_start(runs: int = 3) -> float:
    """Median seconds for `mentor-assist guard TEXT` as a new process, interpreter included."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "assistant", "guard", "I'll write your report for you."],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def quality(path: Path, title: str, verbose: bool) -> None:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    results = default_guard().check_many([item["text"] for item in items])
    tp = fp = fn = tn = wrong_category = 0
    misses: list[str] = []
    false_alarms: list[str] = []
    for item, result in zip(items, results, strict=True):
        if item["savior"]:
            if result.flagged:
                tp += 1
                if item["category"] not in {f.category for f in result.findings}:
                    wrong_category += 1
            else:
                fn += 1
                misses.append(f"[{item['category']}] {item['text']!r}")
        elif result.flagged:
            fp += 1
            found = [f"{f.category} ({f.source}): {f.quote}" for f in result.findings]
            false_alarms.append(f"{item['text']!r} -> {found}")
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    fp_rate = fp / (fp + tn) if fp + tn else 0.0
    print(f"{title}: {len(items)} texts ({tp + fn} savior, {fp + tn} healthy)")
    print(
        f"  precision {precision:.3f}  recall {recall:.3f} ({tp}/{tp + fn})  "
        f"false-positive rate {fp_rate:.3f} ({fp}/{fp + tn})  other category: {wrong_category}"
    )
    before = _measured_before(path)
    if before:
        print(f"  measured before any change for it: {before}")
    if verbose and "held out" not in title:  # a held-out set: aggregates only
        for line in false_alarms:
            print(f"    false positive: {line}")
        for line in misses:
            print(f"    missed: {line}")


def real_text(texts: list[str], title: str, verbose: bool) -> None:
    results = default_guard().check_many(texts)
    flagged = [(t, r) for t, r in zip(texts, results, strict=True) if r.flagged]
    rate = len(flagged) / len(texts) if texts else 0.0
    print(f"{title}: {len(texts)} texts, flagged {len(flagged)} ({rate:.2%})")
    if verbose and "held out" not in title:  # a held-out set: the rate only
        for text, result in flagged:
            print(f"    {text[:120]!r} -> {[f.category for f in result.findings]}")


def annomi(path: Path) -> list[str]:
    """High-quality sessions' therapist questions and reflections, distinct texts."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return sorted(
        {
            row["utterance_text"].strip()
            for row in rows
            if row["interlocutor"] == "therapist"
            and row["mi_quality"] == "high"
            and row["main_therapist_behaviour"] in ("question", "reflection")
            and row["utterance_text"].strip()
        }
    )


def _measured_before(path: Path) -> str | None:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# Blind:"):
            return line.split(":", 2)[-1].strip()
        if line.startswith("# Measured once before anything changed for it:"):
            return line.split(":", 1)[-1].strip()
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=300, help="timed calls per message")
    parser.add_argument("--annomi", type=Path, help="path to AnnoMI-simple.csv")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()

    rules = Guard(semantic=False)
    started = time.perf_counter()
    guard = default_guard()
    guard.check(SAVIOR_200)
    ready = time.perf_counter() - started
    print(f"Guard ready (rules compiled, sentence encoder loaded) in {ready:.2f} s")
    cold = cold_start()
    print(f"Cold start, `mentor-assist guard TEXT` in a new process: {cold:.2f} s (median of 3)")
    cases = {
        "200 chars, healthy": HEALTHY_200,
        "200 chars, 2 findings": SAVIOR_200,
        "2 KB, healthy": _two_kb(HEALTHY_200),
        "2 KB, savior": _two_kb(SAVIOR_200),
    }
    print(f"Latency per check ({args.repeat} calls each, warm, sentence-vector cache cleared):")
    for name, text in cases.items():
        r_median, r_p99 = latency(rules, text, args.repeat)
        median, p99 = latency(guard, text, args.repeat)
        print(
            f"  {name:22s} ({len(text):5d} chars): rules {r_median / 1000:7.3f} ms "
            f"(p99 {r_p99 / 1000:.3f}); whole guard {median / 1000:7.2f} ms (p99 {p99 / 1000:.2f})"
        )
    for name, title in LABELLED:
        path = DATA / name
        if path.is_file():
            quality(path, title, args.verbose)
    for name, title in REAL:
        if (DATA / name).is_file():
            items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["items"]
            real_text([item["text"] for item in items], title, args.verbose)
    if args.annomi:
        real_text(annomi(args.annomi), "AnnoMI therapists' questions and reflections", args.verbose)
    print("History of blind recall, each measured before anything changed for that set:")
    for what, figure in HISTORY:
        print(f"  {what}: {figure}")


if __name__ == "__main__":
    main()
