"""The GROW coach on scripted dialogues: move accuracy and summary accuracy.

Run: ``.venv/bin/python benchmarks/grow.py [FILE ...]`` (default: the tuning set
``tests/data/grow_dialogues.yaml`` and the untouched set ``tests/data/grow_dialogues_blind.yaml``).

A dialogue has a topic, a ``today`` date and turns ``{stage, answer, move}``: the stage the
mentee answers in and the move the coach should make next (``advance`` to the next stage or the
end, ``probe`` in the same stage, ``hand_back`` a request to decide, ``acknowledge`` a feeling,
``redirect`` an off-topic answer). Before each answer, when the coach is still in an earlier
stage than the script, the mentor's "next stage" control moves it on (counted as a resync);
the coach is never moved back. The move scored is the coach's own ``move`` (a turn without one,
from an older coach, counts as ``advance`` when the stage changed and ``probe`` otherwise).

A summary is right when every ``goal_contains`` phrase is in the goal, every expected option is
one of the options (containment either way, or word overlap >= 0.6) and the options hold no
extra entries, every expected action item is present (task contains ``task_contains``, same
owner and due date) and no item matches a ``not_action_items`` phrase (an option, a request,
someone else's step). ``exact items`` also requires no item beyond the expected ones. The summary
lists the steps other people take on apart from the mentee's action items, with their owners and
dates: a set that lists such a step as an action item of theirs (the sets relabelled at 34e8a7e,
set10, set11, set13, set14) finds it there, and a ``not_action_items`` phrase there is wrong too;
a set that says such a step is never an action item (set15 on) checks the mentee's items only,
and there a step the mentee shares ("we'll hold the open day", owner ``both``) is the mentee's
("Owner is mentee unless someone else is named").

The printed history records figures measured at earlier commits; each set was first measured
before any change made for it.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.actions import ActionItem  # noqa: E402
from assistant.citations import Passage  # noqa: E402
from assistant.grow import STAGES, GrowCoach, GrowTurn  # noqa: E402

DATA = ROOT / "tests" / "data"
TUNING = DATA / "grow_dialogues.yaml"
BLIND = DATA / "grow_dialogues_blind.yaml"
FRESH = DATA / "grow_dialogues_fresh.yaml"  # written later by another writer; tuning since measured
SET3 = DATA / "grow_dialogues_set3.yaml"  # a third writer; tuning since measured
SET4 = DATA / "grow_dialogues_set4.yaml"  # a fourth writer; tuning since a693a11
SET5 = DATA / "grow_dialogues_set5.yaml"  # a fifth writer; measured at a693a11 and fea8643
SET6 = DATA / "grow_dialogues_set6.yaml"  # a sixth writer; measured three times, tuning since
SET7 = DATA / "grow_dialogues_set7.yaml"  # a seventh writer; measured at eb1c512, tuning since
SET8 = DATA / "grow_dialogues_set8.yaml"  # an eighth writer; held out until cba1dd2, tuning since
SET9 = DATA / "grow_dialogues_set9.yaml"  # a ninth writer; held out (cba1dd2, d021e3e)
SET10 = DATA / "grow_dialogues_set10.yaml"  # varied voices; measured at bd9bc60, tuning since
SET11 = DATA / "grow_dialogues_set11.yaml"  # an eleventh writer; measured at 64e72c3, tuning since
SET12 = DATA / "grow_dialogues_set12.yaml"  # a twelfth writer; held out (64e72c3, d88bac2)
SET13 = DATA / "grow_dialogues_set13.yaml"  # a thirteenth writer; measured at 1eb415a, tuning since
SET14 = DATA / "grow_dialogues_set14.yaml"  # held out (1eb415a, ad1a79f); tuning since 49f2270
SET15 = DATA / "grow_dialogues_set15.yaml"  # held out (c384144, 4f1cb1e); tuning since ef8744e
SET16 = DATA / "grow_dialogues_set16.yaml"  # held out (aabfd6d, 7d5f5f1); tuning since 6697e72
SET17 = DATA / "grow_dialogues_set17.yaml"  # held out (aabfd6d, 7d5f5f1); tuning since 6697e72
SET20 = DATA / "grow_dialogues_set20.yaml"  # held out (6697e72, 0e79287); tuning since 004b87f
SET21 = DATA / "grow_dialogues_set21.yaml"  # held out (6697e72, 0e79287); tuning since 004b87f
SET22 = DATA / "grow_dialogues_set22.yaml"  # held out (40f2b53, 10239ec); tuning since 40f04be
SET23 = DATA / "grow_dialogues_set23.yaml"  # held out (d22007a, f3ad757); tuning since 12eb450
SET24 = DATA / "grow_dialogues_set24.yaml"  # held out (d22007a, f3ad757); tuning since 12eb450
SET25 = DATA / "grow_dialogues_set25.yaml"  # held out (4b82bfb, ca305f0); tuning since dd32808
SET26 = DATA / "grow_dialogues_set26.yaml"  # held out (4b82bfb, ca305f0); tuning since dd32808
SET27 = DATA / "grow_dialogues_set27.yaml"  # held out (7ee1b3e, a3d7489); tuning since b259922
SET28 = DATA / "grow_dialogues_set28.yaml"  # held out (7ee1b3e, a3d7489); tuning since b259922
HELD_OUT = (SET9, SET12)  # aggregates only, even with --verbose
MOVES = ("advance", "probe", "hand_back", "acknowledge", "redirect")
OPTION_OVERLAP = 0.6
_TOKEN = re.compile(r"[a-z0-9]+")

# (commit, set, dialogues, move accuracy, summary accuracy, note)
HISTORY: tuple[tuple[str, str, int, float, float, str], ...] = (
    ("bbb825b", "untouched", 18, 0.690, 0.056, "keyword coach, before any change"),
    (
        "f46be31",
        "untouched",
        18,
        0.876,
        0.389,
        "first listening coach, aggregates only, mid-tuning",
    ),
    ("3ee32da", "untouched", 18, 0.938, 0.667, "after tuning on 36 own dialogues only"),
    ("3a15616", "untouched", 18, 0.938, 0.667, "after 5 more own dialogues: unchanged"),
    (
        "305db86",
        "untouched",
        18,
        0.930,
        0.722,
        "after 7 more own dialogues (untouched ones unseen)",
    ),
    (
        "4be92f1",
        "fresh",
        20,
        0.832,
        0.150,
        "a fresh set by a new writer, measured before any change for it (now tuning)",
    ),
    ("e395b0c", "tuning", 43, 1.000, 1.000, "after reading steps, options and times by clause"),
    ("e395b0c", "fresh", 20, 1.000, 1.000, "tuned on since 4be92f1: not a measure of generality"),
    ("e395b0c", "untouched", 18, 0.930, 0.778, "once, at the end (options 0.83, items 0.89)"),
    (
        "701c319",
        "set3",
        20,
        0.893,
        0.300,
        "a third writer's set, measured before any change for it (then tuning)",
    ),
    (
        "701c319",
        "set4",
        20,
        0.906,
        0.200,
        "a fourth writer's set, measured before any change for it (held out)",
    ),
    (
        "25d2cbd",
        "set3",
        20,
        0.985,
        0.900,
        "tuned on since 701c319 (options 0.95, items 0.95): not a measure of generality",
    ),
    ("25d2cbd", "tuning", 43, 1.000, 1.000, "unchanged by the changes made for set3"),
    ("25d2cbd", "fresh", 20, 1.000, 1.000, "unchanged by the changes made for set3"),
    (
        "f60a0ed",
        "set4",
        20,
        0.945,
        0.300,
        "held out, once after tuning on set3 (0.906 / 0.200 before)",
    ),
    (
        "f60a0ed",
        "untouched",
        18,
        0.953,
        0.778,
        "once after tuning on set3 (options 0.89, items 0.89)",
    ),
    (
        "a693a11",
        "set5",
        20,
        0.886,
        0.550,
        "a fifth writer's set, measured before any change for it (held out)",
    ),
    (
        "fea8643",
        "set4",
        20,
        0.969,
        0.750,
        "tuned on since a693a11 (options 0.95, items 0.80): not a measure of generality",
    ),
    (
        "fea8643",
        "set5",
        20,
        0.886,
        0.600,
        "held out, once after tuning on set4 (options 0.65 -> 0.70, items 0.85 -> 0.85)",
    ),
    (
        "fea8643",
        "untouched",
        18,
        0.953,
        0.833,
        "once after tuning on set4 (options 0.89 -> 0.94, items 0.89)",
    ),
    (
        "a693a11",
        "set6",
        20,
        0.921,
        0.500,
        "a sixth writer's set, measured with the coach as it was before this round (held out)",
    ),
    (
        "35447c2",
        "set6",
        20,
        0.913,
        0.600,
        "the same set, once with the coach after this round (options 0.65 -> 0.75)",
    ),
    (
        "2b924e1",
        "set6",
        20,
        0.921,
        0.600,
        "again after reading set5 (options 0.80, items 0.75); measured three times in all",
    ),
    (
        "1cd0505",
        "set6",
        20,
        0.969,
        0.950,
        "tuned on since 2b924e1 (options 0.80 -> 1.00, items 0.75 -> 0.95): not a measure of "
        "generality",
    ),
    (
        "eb1c512",
        "set7",
        20,
        0.924,
        0.550,
        "a seventh writer's set, measured with the coach as it was before this round",
    ),
    (
        "1cd0505",
        "set7",
        20,
        0.924,
        0.550,
        "after tuning on set6 (which went 0.60 -> 0.95): nothing carried; tuning since",
    ),
    (
        "eb1c512",
        "set8",
        20,
        0.910,
        0.500,
        "an eighth writer's set, with the coach as it was before this round (held out)",
    ),
    (
        "ba82a82",
        "set8",
        20,
        0.910,
        0.500,
        "the same, after tuning on set6 and set7 (items 0.80 -> 0.85): held out, not read",
    ),
    (
        "cba1dd2",
        "set9",
        16,
        0.907,
        0.500,
        "a ninth writer's set, with the coach as it was before this round (held out)",
    ),
    (
        "d021e3e",
        "set9",
        16,
        0.925,
        0.438,
        "the same, once after this round (goal 0.94, options 0.56, items 0.88 -> 0.81): held out,"
        " not read; the round's rules lifted set10's new batches but not this writer's summaries",
    ),
    (
        "1fac202",
        "set8",
        20,
        0.992,
        1.000,
        "tuned on since 8776b61 (0.910 / 0.500; goal 0.90 -> 1.00, options 0.65 -> 1.00, items "
        "0.85 -> 1.00): not a measure of generality",
    ),
    (
        "bd9bc60",
        "set10",
        8,
        0.907,
        0.500,
        "varied voices (terse, typos, options as questions, steps handed on), before any change "
        "for it (options 0.75, items 0.75); tuning since",
    ),
    (
        "f3522d9",
        "set10",
        14,
        0.931,
        0.714,
        "six more (s10-09..14) added, measured before any change for them (0.897 / 0.333, "
        "options 0.33); the first eight at 0.953 / 1.000 after tuning on them",
    ),
    (
        "3e9027a",
        "set10",
        20,
        0.980,
        0.900,
        "six more (s10-15..20) added, measured before any change for them (1.000 / 0.667, "
        "options 0.83, items 0.83); the first fourteen at 0.972 / 1.000 after tuning on them",
    ),
    (
        "5d9c9d5",
        "set10",
        26,
        0.984,
        0.923,
        "six more (s10-21..26) added, measured before any change for them (1.000 / 0.667, "
        "options 0.83, items 0.83); the first twenty at 0.980 / 1.000 after tuning on them",
    ),
    (
        "6f3c2a0",
        "set10",
        32,
        0.981,
        0.938,
        "six more (s10-27..32) added, measured before any change for them (0.966 / 0.667, "
        "options 1.00, items 0.67); the first 26 at 0.984 / 1.000 after tuning on them",
    ),
    (
        "e511827",
        "set10",
        38,
        0.989,
        0.947,
        "six more (s10-33..38) added, measured before any change for them (1.000 / 0.667, "
        "options 0.83, items 0.67); the first 32 at 0.987 / 1.000 after tuning on them",
    ),
    (
        "67cef64",
        "set10",
        44,
        0.986,
        0.955,
        "six more (s10-39..44) added, measured before any change for them (0.962 / 0.667, "
        "options 0.83, items 0.67); the first 38 at 0.989 / 1.000 after tuning on them",
    ),
    (
        "8c8e70a",
        "set10",
        50,
        0.987,
        1.000,
        "six more (s10-45..50) added, measured before any change for them (0.962 / 1.000); "
        "the first 44 at 0.990 / 1.000 after tuning on them",
    ),
    (
        "bd36482",
        "set10",
        50,
        0.991,
        1.000,
        "after this round (eight batches, of eight then six, each measured before any change for "
        "it: summaries 0.500, 0.333, 0.667, 0.667, 0.667, 0.667, 0.667, 1.000): tuned on, not a "
        "measure of generality; the one move left is a writer's call (a feeling said late in "
        "Reality, which the other sets advance)",
    ),
    (
        "64e72c3",
        "set11",
        30,
        0.878,
        0.400,
        "an eleventh writer's set, with the coach as it was before any change for it (goal 1.00, "
        "options 0.67, items 0.63): like set9 (0.925 / 0.438), far below the tuned sets; "
        "tuning since",
    ),
    (
        "d9e27ff",
        "set11",
        30,
        0.984,
        0.733,
        "tuned on since 64e72c3 (options 0.67 -> 0.97, items 0.63 -> 0.77): not a measure of "
        "generality; six of the eight left are other people's dated steps this writer lists as "
        "items (a friend's review on a day, a flatmate lending notes) where the other sets do not; "
        "every other tuning set's figures and summaries as before this round",
    ),
    (
        "bcf328c",
        "set11",
        30,
        0.984,
        0.933,
        "after other people's steps became their items everywhere (34e8a7e; items 0.77 -> 0.97)",
    ),
    (
        "bcf328c",
        "set4",
        20,
        0.969,
        0.800,
        "relabelled at bcf328c (other people's steps are their items): 0.850 -> 0.800, a partner's "
        "undated step dated by when she hears back",
    ),
    (
        "bcf328c",
        "set7",
        20,
        0.992,
        0.950,
        "relabelled at bcf328c: 1.000 -> 0.950, 'the Tuesday call from September' dated Tuesday; "
        "tuning, blind, fresh, set3, set5, set6, set8 relabelled too, summaries unchanged",
    ),
    (
        "d88bac2",
        "set9",
        16,
        0.925,
        0.375,
        "held out, once more after the round that read set11 (goal 0.94, options 0.56, items 0.81 "
        "-> 0.62): the round's item rules, and other people's steps listed as theirs, did not "
        "carry to this writer",
    ),
    (
        "64e72c3",
        "set12",
        30,
        0.829,
        0.400,
        "a twelfth writer's set, written at the start of that round, with the coach as it was "
        "before it (goal 0.97, options 0.60, items 0.60); held out",
    ),
    (
        "d88bac2",
        "set12",
        30,
        0.829,
        0.433,
        "the same, once after the round (items 0.60 -> 0.67; set11, tuned on, went 0.400 -> "
        "0.933): held out, not read",
    ),
    (
        "1eb415a",
        "set13",
        30,
        0.968,
        0.433,
        "a thirteenth writer's set, written at the start of the next round, with the coach as it "
        "was before it (goal 1.00, options 0.70, items 0.63); tuning since",
    ),
    (
        "e8cc021",
        "set13",
        30,
        1.000,
        0.967,
        "tuned on since 1eb415a (options 0.70 -> 1.00, items 0.63 -> 0.97): not a measure of "
        "generality; the one left is 'my mum's already said she'll do the Tuesday pickups' dated "
        "by the weekday naming them; every other tuning set's figures as before the round (blind "
        "and fresh with five steps of other people relabelled as their items)",
    ),
    (
        "e8cc021",
        "set9",
        16,
        0.916,
        0.312,
        "held out, once after the round that read set13 (0.925 / 0.375 at 15fd876 before it; "
        "items 0.62 -> 0.50): not read, nothing chosen by it",
    ),
    (
        "e8cc021",
        "set12",
        30,
        0.829,
        0.433,
        "held out, once after the round that read set13 (0.829 / 0.433 at 15fd876 before it; "
        "exact item sets 0.60 -> 0.63): not read",
    ),
    (
        "1eb415a",
        "set14",
        30,
        0.932,
        0.400,
        "a fourteenth writer's set, written at the start of that round with set13, with the coach "
        "as it was before it (goal 0.97, options 0.73, items 0.50); held out",
    ),
    (
        "ad1a79f",
        "set14",
        30,
        0.927,
        0.400,
        "the same, once after the round (options 0.73 -> 0.77, items 0.50 -> 0.53): held out, "
        "not read",
    ),
    (
        "c7f4e4c",
        "set14",
        30,
        0.994,
        0.867,
        "tuned on since 49f2270 (0.927 / 0.400; goal 0.97 -> 1.00, options 0.77 -> 0.97, items "
        "0.53 -> 0.90): not a measure of generality; left: 'X says she'll ...' (an item here, "
        "none in set4, set6 and set8), 'with my brother' as a shared step, a bare noun phrase "
        "said as a sentence read as a report; every other tuning set's figures as before the "
        "round or higher (set7 0.950 -> 1.000, set13 0.967 -> 1.000)",
    ),
    (
        "c7f4e4c",
        "set9",
        16,
        0.935,
        0.375,
        "held out, once after the round that read set14 (0.916 / 0.312 before it; options 0.56 "
        "-> 0.62, items 0.50 -> 0.56): not read, nothing chosen by it",
    ),
    (
        "c7f4e4c",
        "set12",
        30,
        0.834,
        0.433,
        "held out, once after the round that read set14 (0.829 / 0.433 before it): not read",
    ),
    (
        "c384144",
        "set15",
        16,
        0.907,
        0.438,
        "a fifteenth writer's set, written at the start of the round that read set14, with the "
        "coach as it was before it (goal 1.00, options 0.62, items 0.56); held out",
    ),
    (
        "4f1cb1e",
        "set15",
        16,
        0.907,
        0.438,
        "the same, once after that round: every figure unchanged (set14, tuned on, 0.400 -> "
        "0.867): the round's forms did not carry to this writer; held out, not read",
    ),
    (
        "8230c8c",
        "set15",
        16,
        0.990,
        0.688,
        "tuned on since ef8744e (0.907 / 0.438; options 0.62 -> 1.00, items 0.56 -> 0.69): not a "
        "measure of generality; left: other people's steps this writer lists as none where the "
        "writers since set11 list them as theirs (4), a weekly step dated by its first day, an "
        "undated step beside a dated one (writers split on both); every other tuning set as "
        "before the round, blind moves 0.977 -> 0.984",
    ),
    (
        "aabfd6d",
        "set16",
        16,
        0.949,
        0.438,
        "a sixteenth writer's set, written at the start of the round that read set15, with the "
        "coach as it was before it (goal 0.94, options 0.81, items 0.62); held out",
    ),
    (
        "aabfd6d",
        "set17",
        16,
        0.896,
        0.500,
        "a seventeenth writer's set, written at the same time (goal 1.00, options 0.62, items "
        "0.69); held out",
    ),
    (
        "7d5f5f1",
        "set16",
        16,
        0.949,
        0.500,
        "the same, once after that round (options 0.81 -> 0.88; set15, tuned on, 0.438 -> "
        "0.688): held out, not read",
    ),
    (
        "7d5f5f1",
        "set17",
        16,
        0.885,
        0.500,
        "the same, once after that round (one more feeling taken for content): held out, not "
        "read; set9 0.935 / 0.375 and set12 0.860 / 0.467 (from 0.834 / 0.433) at the same commit",
    ),
    (
        "02eff2d",
        "set16",
        16,
        1.000,
        0.625,
        "tuned on since 6697e72 (0.949 / 0.500; goal 0.94 -> 1.00, options 0.88 -> 1.00): a past "
        "time is no goal's time frame, chat put to the mentor is off topic, a step set by an event "
        "has its time (each seen in set16 and set17); left: other people's steps this writer lists "
        "as none (5), 'every sun' dated by the Friday beside it",
    ),
    (
        "02eff2d",
        "set17",
        16,
        0.938,
        0.500,
        "tuned on since 6697e72 (0.885 / 0.500; options 0.62 -> 0.69): the same three changes. "
        "Tried and dropped, each lifting only set17 (0.938 / 0.500 -> 0.990 / 0.812 together, no "
        "other set moved): 'To be honest,' read as a wish ('to be ...') and hiding the feeling it "
        "leads; 'I can't put dates on either yet' / 'I'm not putting a date on it' as a date "
        "asked and answered; 'I'll skip the pictures-only idea' as an option set aside; 'Okay, "
        "concretely:' and 'anonymised obviously' split as options; '..., and in the meantime I "
        "will ...' as a second step. Also tried: an undated step beside a dated one not asked "
        "'by when?' (set5, set7, set15-17 and blind-18 want that; tuning, fresh, set3, set4, set8 "
        "do not: 26 dialogues worse); left: other people's steps (2), a feeling-first Reality "
        "answer with content (acknowledged, as the earlier writers want)",
    ),
    (
        "87105e8",
        "set16",
        16,
        1.000,
        0.625,
        "every set's figures unchanged by the wording of questions and the summary goal in the "
        "mentee's words (49425f1, 80cafba, 87105e8; set17 0.938 / 0.500): questions "
        "carrying an acknowledgement, a first-person lead, a stray comma or a misformed verb "
        "across all tuning sets' sessions 105 -> 9 (set16 and set17 19 -> 1), summary goals that "
        "began with 'Fine.', 'Of course.', 'ok fair.' 21 -> 0; every figure above unchanged",
    ),
    (
        "736e802",
        "set9",
        16,
        0.935,
        0.375,
        "held out, once after the round that read set16 and set17 (as at 7d5f5f1): not read, "
        "nothing chosen by it; set12 0.860 / 0.467 likewise unchanged",
    ),
    (
        "2d24f6c",
        "set17",
        16,
        0.990,
        0.812,
        "tuned on, not a measure of generality (0.938 / 0.500 at 86a4787; options 0.69 -> 0.88, "
        "items 0.69 -> 0.88): discourse markers ('To be honest,', 'Okay, concretely:') frame an "
        "answer rather than wish or offer, a participle after an option describes it, a second "
        "step after 'and in the meantime', an idea let go and a decision put off until an event "
        "are no steps, a date declined is answered; the rest (options, items, goals, time frames) "
        "from probes written for the purpose, in no set; every other tuning set as before; left: "
        "other people's steps (1), 'I need to book IELTS anyway' as an option, a feeling-first "
        "Reality answer with content",
    ),
    (
        "2d24f6c",
        "set9",
        16,
        0.953,
        0.375,
        "held out, once after the round that read set17 (0.935 / 0.375 with the coach as at "
        "86a4787; options 0.62 -> 0.69): not read, nothing chosen by it; set12 0.860 / 0.467 "
        "unchanged (goal 0.97, options 0.63, items 0.70)",
    ),
    (
        "6697e72",
        "set20",
        16,
        0.890,
        0.375,
        "a twentieth writer's set, written at the start of the round that read set16 and set17, "
        "with the coach as it was before it (goal 0.94, options 0.44, items 0.56); held out",
    ),
    (
        "6697e72",
        "set21",
        16,
        0.827,
        0.312,
        "a twenty-first writer's set, written at the same time (goal 0.88, options 0.62, items "
        "0.50); held out",
    ),
    (
        "0e79287",
        "set20",
        16,
        0.899,
        0.375,
        "the same, once after the round (0.899 / 0.375 half-way at 248137f too; set16 and "
        "set17, read, 0.949 / 0.500 -> 1.000 / 0.625 and 0.885 / 0.500 -> 0.990 / 0.812): held "
        "out, not read",
    ),
    (
        "0e79287",
        "set21",
        16,
        0.837,
        0.312,
        "the same, once after the round (0.837 / 0.312 at 248137f): held out, not read; the "
        "round's reading of options, steps and discourse markers did not reach these writers",
    ),
    (
        "10239ec",
        "set20",
        16,
        0.945,
        0.500,
        "tuned on since 40f2b53 (0.899 / 0.375; goal 0.94 -> 1.00, options 0.44 -> 0.75): an "
        "option ruled out or judged is not offered (grow/verdicts.yaml), requests to decide and "
        "chat put to the mentor in other words, a goal answer that points back adds to the "
        "goal, 'I just feel' and 'worn out' as feelings; not a measure of generality; left: "
        "other people's steps this writer lists as none, off-topic answers with no cue word",
    ),
    (
        "10239ec",
        "set21",
        16,
        0.894,
        0.375,
        "tuned on since 40f2b53 (0.837 / 0.312; options 0.62 -> 0.88): the same changes, a "
        "remark on an option named again, a 'For X, I could' lead and a 'who' clause between "
        "commas; every other tuning set's figures unchanged",
    ),
    (
        "40f2b53",
        "set22",
        16,
        0.980,
        0.438,
        "a twenty-second writer's set, written at the start of the round from 40f2b53, with "
        "the coach as it was before it (goal 1.00, options 0.94, items 0.50); held out",
    ),
    (
        "10239ec",
        "set22",
        16,
        0.980,
        0.438,
        "the same, once after the round: every figure unchanged (set20 and set21, read, 0.375 "
        "-> 0.500 and 0.312 -> 0.375); held out, not read; set9 0.953 / 0.375 and set12 "
        "0.865 / 0.467 at the same commit",
    ),
    (
        "d22007a",
        "set23",
        16,
        0.968,
        0.438,
        "a twenty-third writer's set, written at the start of the round from d22007a, with the "
        "coach as it was before it (goal 0.94, options 0.81, items 0.69); held out",
    ),
    (
        "d22007a",
        "set24",
        16,
        0.990,
        0.562,
        "a twenty-fourth writer's set, written the same way (goal 1.00, options 0.88, items "
        "0.56); held out",
    ),
    (
        "eedd3b9",
        "set22",
        16,
        0.990,
        1.000,
        "read for the round: other people's steps listed apart from the mentee's items, a "
        "step left where it is, 'let me think' as a pause, a 'which' clause inside a list, a "
        "step said with a rise; set15 0.688 -> 0.938, set16 0.625 -> 0.938, set17 0.812 -> "
        "0.875, set20 0.500 -> 0.625, set21 0.375 -> 0.500 (0.562 at f3ad757: a step dated "
        "first and conditioned after is an item) (tuned on)",
    ),
    (
        "eedd3b9",
        "set23",
        16,
        0.968,
        0.625,
        "the same, once after the round, not read (items 0.69 -> 0.88); set24 0.990 / 0.562 "
        "-> 0.990 / 0.688 (items 0.56 -> 0.75); set9 0.953 / 0.375 -> 0.953 / 0.562, set12 "
        "0.865 / 0.467 unchanged: other people's steps kept apart carried to new writers; the "
        "same at f3ad757",
    ),
    (
        "4b82bfb",
        "set25",
        16,
        0.949,
        0.562,
        "a twenty-fifth writer's set, written at the start of the round from 4b82bfb, with the "
        "coach as it was before it (goal 1.00, options 0.69, items 0.88); held out",
    ),
    (
        "4b82bfb",
        "set26",
        16,
        0.948,
        0.750,
        "a twenty-sixth writer's set, written the same way (goal 1.00, options 0.88, items "
        "0.88); held out",
    ),
    (
        "ca305f0",
        "set23",
        16,
        0.968,
        0.938,
        "read for the round with set24: a habit of the speaker's is a report, not an option; "
        "'n' and '&' join steps; the date a thing is for gives way to the step's; May the "
        "month; a first try named by its noun leads the goal; then questions a reader found odd "
        "(a 'whether' topic, options asked about before there are any); set24 0.688 -> 1.000, "
        "set20 0.625 -> 0.688 (the checker reads a shared step as the mentee's where a set "
        "gives every item to the mentee), set4 0.800 -> 0.850 (a capitalised 'From' no "
        "longer a step's owner) (tuned on)",
    ),
    (
        "ca305f0",
        "set25",
        16,
        0.949,
        0.625,
        "the same, once after the round, not read (items 0.88 -> 0.94, exact 0.75 -> 0.81); "
        "set26 0.948 / 0.750 -> 0.948 / 0.812 (options 0.88 -> 0.94); set9 0.953 / 0.562 -> "
        "0.953 / 0.625, set12 0.865 / 0.467 unchanged",
    ),
    (
        "a3d7489",
        "set25",
        16,
        0.960,
        0.875,
        "read for the round from 7ee1b3e with set26: a list's name or count is no option, nor "
        "a pause to think; a bare word before 'is gonna' owns its step; what was just named, "
        "let go or left to someone else is no step; a request before a question offers no "
        "option; then what a reader found odd (a reason stating the goal twice, a time clause "
        "heard as the situation, a goal line pasted with a dash, a past date rolled on "
        "silently); set25 0.949 / 0.625 -> 0.960 / 0.875, set26 0.948 / 0.812 -> 0.969 / "
        "0.938, set23 0.968 / 0.938 -> 0.979 / 1.000 (tuned on)",
    ),
    (
        "7ee1b3e",
        "set27",
        16,
        0.913,
        0.562,
        "a twenty-seventh writer's set, written at the start of the round from 7ee1b3e, with "
        "the coach as it was before it (goal 1.00, options 0.69, items 0.88); held out; at "
        "a3d7489, after the round, the same: 0.913 / 0.562",
    ),
    (
        "7ee1b3e",
        "set28",
        16,
        0.937,
        0.688,
        "a twenty-eighth writer's set, written the same way (goal 0.94, options 0.81, items "
        "0.88); held out; at a3d7489 the same: 0.937 / 0.688. The round lifted the sets it read "
        "by 0.13-0.25 and the two new writers by nothing",
    ),
)


class _NoKnowledge:
    """The coach's citations are not scored here: every search finds nothing."""

    def search(self, query: str, k: int = 5) -> list[Passage]:
        return []


@dataclass
class DialogueResult:
    id: str
    moves: list[tuple[str, str, str]] = field(default_factory=list)  # stage, expected, got
    resyncs: int = 0
    goal_ok: bool = False
    options_ok: bool = False
    items_ok: bool = False
    exact_items: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def summary_ok(self) -> bool:
        return self.goal_ok and self.options_ok and self.items_ok


def words(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def overlap(a: str, b: str) -> float:
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def _same_option(expected: str, got: str) -> bool:
    e, g = " ".join(words(expected)), " ".join(words(got))
    return bool(e and g) and (e in g or g in e or overlap(expected, got) >= OPTION_OVERLAP)


def move_of(turn: GrowTurn, stage_before: str) -> str:
    move = getattr(turn, "move", None)
    if move:
        return str(move)
    return "advance" if turn.done or turn.stage != stage_before else "probe"


def _due(value: Any) -> date | None:
    if value in (None, "", "null"):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def run_dialogue(
    dialogue: dict[str, Any],
    sessions: Path,
    *,
    others_are_items: bool = False,
    mentee_only: bool = False,
) -> DialogueResult:
    today = _due(dialogue["today"]) or date.today()
    coach = GrowCoach(_NoKnowledge(), sessions, today=today)
    result = DialogueResult(id=str(dialogue["id"]))
    turn = coach.start(dialogue.get("topic"))
    for step in dialogue["turns"]:
        want_stage = step["stage"]
        while not turn.done and STAGES.index(turn.stage) < STAGES.index(want_stage):  # type: ignore[arg-type]
            turn = coach.advance(turn.session)
            result.resyncs += 1
        if turn.done:
            result.moves.append((want_stage, step["move"], "(finished)"))
            continue
        before = turn.stage
        turn = coach.answer(turn.session, str(step["answer"]))
        result.moves.append((want_stage, step["move"], move_of(turn, before)))
    summary = coach.summary(turn.session)
    _check_summary(dialogue.get("summary") or {}, summary, result, others_are_items, mentee_only)
    return result


_OWN = ("mentee", "both")


def lists_others_steps(dialogues: list[dict[str, Any]]) -> bool:
    """Does the set list a step another person takes on as an action item of theirs (the
    convention of the sets relabelled at 34e8a7e and of set10, set11, set13, set14)? The sets
    since set15 state the other convention: such a step is never an action item."""
    return any(
        str(item.get("owner") or "mentee").casefold() not in _OWN
        for dialogue in dialogues
        for item in (dialogue.get("summary") or {}).get("action_items") or []
    )


def mentee_owns_all(dialogues: list[dict[str, Any]]) -> bool:
    """Does the set give every action item to the mentee (set15 on: "Owner is mentee unless
    someone else is named")? Then a step the mentee shares ("we'll hold the open day") is theirs,
    and the coach's owner "both" is the mentee's item."""
    return all(
        str(item.get("owner") or "mentee").casefold() == "mentee"
        for dialogue in dialogues
        for item in (dialogue.get("summary") or {}).get("action_items") or []
    )


def _owner_matches(want: str, got: str, mentee_only: bool) -> bool:
    if mentee_only and want.casefold() == "mentee":
        return got.casefold() in _OWN
    return got.casefold() == want.casefold()


def _check_summary(
    expected: dict[str, Any],
    summary: Any,
    result: DialogueResult,
    others_are_items: bool = False,
    mentee_only: bool = False,
) -> None:
    goal = summary.goal.lower()
    missing = [g for g in expected.get("goal_contains") or [] if str(g).lower() not in goal]
    result.goal_ok = not missing
    if missing:
        result.problems.append(f"goal lacks {missing}")

    want = [str(o) for o in expected.get("options") or []]
    got = list(summary.options)
    unmatched = list(got)
    lacking = []
    for option in want:
        hit = next((g for g in unmatched if _same_option(option, g)), None)
        if hit is None:
            lacking.append(option)
        else:
            unmatched.remove(hit)
    result.options_ok = not lacking and not unmatched
    if lacking:
        result.problems.append(f"options lack {lacking}")
    if unmatched:
        result.problems.append(f"extra options {unmatched}")

    # The summary lists the mentee's action items and, apart, the steps other people take on,
    # each with its owner and date. A set whose convention makes such a step an action item of
    # theirs finds it there; a set whose convention makes it none finds it in no action item.
    items: list[ActionItem] = list(summary.action_items)
    theirs: list[ActionItem] = list(getattr(summary, "others_steps", ()))
    left = list(items)
    others_left = list(theirs)
    ok = True
    for want_item in expected.get("action_items") or []:
        needle = str(want_item["task_contains"]).lower()
        owner = str(want_item.get("owner") or "mentee")
        due = _due(want_item.get("due"))
        pool = left if owner.casefold() in _OWN else left + others_left
        hit = next(
            (
                i
                for i in pool
                if needle in i.task.lower()
                and _owner_matches(owner, i.owner or "", mentee_only)
                and i.due == due
            ),
            None,
        )
        if hit is None:
            ok = False
            near = [
                f"{i.task} | {i.owner} | {i.due}"
                for i in items + theirs
                if needle in i.task.lower()
            ]
            result.problems.append(f"item {needle!r} ({owner}, {due}) missing; near: {near}")
        elif any(i is hit for i in left):
            left.remove(hit)
        else:
            others_left.remove(hit)
    for phrase in expected.get("not_action_items") or []:
        for item in items + (theirs if others_are_items else []):
            if _same_option(str(phrase), item.task):
                ok = False
                result.problems.append(f"{item.task!r} listed as an item (not one)")
    result.items_ok = ok
    extra = left + (others_left if others_are_items else [])
    result.exact_items = ok and not extra
    if ok and extra:
        result.problems.append(f"extra items {[i.task for i in extra]}")


def run_file(path: Path, *, verbose: bool) -> dict[str, Any]:
    dialogues = yaml.safe_load(path.read_text(encoding="utf-8"))
    results: list[DialogueResult] = []
    started = time.perf_counter()
    others_are_items = lists_others_steps(dialogues)
    mentee_only = mentee_owns_all(dialogues)
    with tempfile.TemporaryDirectory() as tmp:
        for dialogue in dialogues:
            results.append(
                run_dialogue(
                    dialogue,
                    Path(tmp) / str(dialogue["id"]),
                    others_are_items=others_are_items,
                    mentee_only=mentee_only,
                )
            )
    elapsed = time.perf_counter() - started
    moves = [m for r in results for m in r.moves]
    right = sum(1 for _, want, got in moves if want == got)
    confusion: dict[tuple[str, str], int] = {}
    for _, want, got in moves:
        confusion[(want, got)] = confusion.get((want, got), 0) + 1
    figures = {
        "file": path.name,
        "dialogues": len(results),
        "answers": len(moves),
        "move_accuracy": right / len(moves) if moves else 0.0,
        "summary_accuracy": sum(r.summary_ok for r in results) / len(results),
        "goal": sum(r.goal_ok for r in results) / len(results),
        "options": sum(r.options_ok for r in results) / len(results),
        "items": sum(r.items_ok for r in results) / len(results),
        "exact_items": sum(r.exact_items for r in results) / len(results),
        "resyncs": sum(r.resyncs for r in results),
        "ms_per_answer": 1000 * elapsed / max(1, len(moves)),
        "confusion": confusion,
    }
    if verbose and path.resolve() not in {p.resolve() for p in HELD_OUT}:  # aggregates only
        for r in results:
            wrong = [(s, w, g) for s, w, g in r.moves if w != g]
            print(
                f"-- {r.id}: moves {len(r.moves) - len(wrong)}/{len(r.moves)}"
                f", summary {'ok' if r.summary_ok else 'WRONG'}"
            )
            for i, (s, w, g) in enumerate(r.moves):
                if w != g:
                    print(f"   turn {i + 1} ({s}): expected {w}, got {g}")
            for problem in r.problems:
                print(f"   {problem}")
    return figures


def _print(figures: dict[str, Any]) -> None:
    print(f"\n{figures['file']}: {figures['dialogues']} dialogues, {figures['answers']} answers")
    print(f"  move accuracy     {figures['move_accuracy']:.3f}")
    print(
        f"  summary accuracy  {figures['summary_accuracy']:.3f}"
        f"  (goal {figures['goal']:.2f}, options {figures['options']:.2f}, "
        f"items {figures['items']:.2f}; exact item sets {figures['exact_items']:.2f})"
    )
    print(
        f"  resyncs (mentor's next-stage control) {figures['resyncs']}, "
        f"{figures['ms_per_answer']:.1f} ms per answer"
    )
    print(
        "  expected -> got: "
        + ", ".join(f"{w}->{g} {n}" for (w, g), n in sorted(figures["confusion"].items()) if w != g)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="dialogue files (default: both sets)")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="print each dialogue's misses (never use it on the untouched set while tuning)",
    )
    args = parser.parse_args(argv)
    files = args.files or [
        p
        for p in (
            TUNING,
            FRESH,
            SET3,
            SET4,
            SET5,
            SET6,
            SET7,
            SET8,
            SET10,
            SET11,
            SET13,
            SET9,
            SET12,
            SET14,
            SET15,
            SET16,
            SET17,
            SET20,
            SET21,
            SET22,
            SET23,
            SET24,
            SET25,
            SET26,
            SET27,
            SET28,
            BLIND,
        )
        if p.is_file()
    ]
    for path in files:
        _print(run_file(path, verbose=args.verbose))
    print("\nHistory (commit, set, dialogues, move accuracy, summary accuracy):")
    for commit, name, count, moves, summaries, note in HISTORY:
        print(f"  {commit}  {name:9} {count:3}  {moves:.3f}  {summaries:.3f}  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
