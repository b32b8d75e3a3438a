"""The guard on blind labelled sets: utterances written before the rules were read.

``tests/data/guard_blind.yaml`` and ``tests/data/guard_blind2.yaml`` record, in their headers,
the figures the guard reached before any rule was changed for them; the rules were then
generalised, so these tests keep the gains and show whether new rules cost precision on
sentences nobody tuned them to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.guard import CATEGORIES, check

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "tests" / "data" / "guard_blind.yaml"
BLIND2 = ROOT / "tests" / "data" / "guard_blind2.yaml"


def blind(path: Path = BLIND) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_blind_set_is_balanced_and_covers_every_category() -> None:
    items = blind()
    savior = [i for i in items if i["savior"]]
    healthy = [i for i in items if not i["savior"]]
    assert len(savior) == 40 and len(healthy) == 40
    assert {i["category"] for i in savior} == set(CATEGORIES)
    for item in items:
        assert set(item) <= {"text", "savior", "category"}
        assert item["savior"] == ("category" in item)
    assert len({i["text"] for i in items}) == len(items), "duplicate utterances"


def test_blind_set_header_keeps_the_figures_measured_before_the_rule_changes() -> None:
    header = BLIND.read_text(encoding="utf-8").split("\n- ", 1)[0]
    assert "recall 0.525" in header and "false-positive rate 0.000" in header


def test_second_blind_set_is_balanced_and_covers_every_category() -> None:
    items = blind(BLIND2)
    savior = [i for i in items if i["savior"]]
    healthy = [i for i in items if not i["savior"]]
    assert len(savior) == 30 and len(healthy) == 30
    assert {i["category"] for i in savior} == set(CATEGORIES)
    for category in CATEGORIES:
        assert sum(i["category"] == category for i in savior) == 5, category
    for item in items:
        assert set(item) <= {"text", "savior", "category"}
        assert item["savior"] == ("category" in item)
    assert len({i["text"] for i in items}) == len(items), "duplicate utterances"


def test_second_blind_set_header_keeps_the_figures_measured_before_reading_the_rules() -> None:
    header = BLIND2.read_text(encoding="utf-8").split("\n- ", 1)[0]
    assert "measured before reading the rules, at commit 8b7e82f" in header
    assert "precision 1.00, recall 0.60 (18/30), FP rate 0.00 (0/30)" in header


@pytest.mark.parametrize("path", [BLIND, BLIND2], ids=["blind", "blind2"])
def test_blind_set_recall_and_false_positive_rate(path: Path) -> None:
    items = blind(path)
    savior = [i for i in items if i["savior"]]
    healthy = [i for i in items if not i["savior"]]
    missed = [i["text"] for i in savior if not check(i["text"]).flagged]
    false_positives = [
        (i["text"], [f"{f.category}: {f.quote}" for f in check(i["text"]).findings])
        for i in healthy
        if check(i["text"]).flagged
    ]
    recall = 1 - len(missed) / len(savior)
    fp_rate = len(false_positives) / len(healthy)
    assert recall >= 0.9, missed
    assert fp_rate <= 0.05, false_positives


# Chat spellings and near-misses of the rules the blind set led to ----------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ill handle everything, relax", "rescuing"),
        ("youd be nowhere without me", "dependency"),
        ("Dont fret, ill sort it", "rescuing"),
        ("No need to stress, I'll have a word with the chair.", "rescuing"),
        ("I'm sorting out the whole mess as we speak.", "rescuing"),
        ("Always run your replies past me first.", "dependency"),
        ("Nobody gets you like I do.", "dependency"),
        ("Don't publish a thing until I've approved it.", "dependency"),
        ("You aren't mature enough to decide this.", "knowing_best"),
        ("You're declining it, end of story.", "dictating"),
        ("There's really only one sensible option here.", "dictating"),
        ("Step 2: call the recruiter.", "dictating"),
        ("I'll ring your landlord for you.", "enabling"),
        ("I'm taking on your caseload this month.", "enabling"),
        ("honestly just let me deal w it", "rescuing"),
        ("Offload the whole vendor dispute onto me.", "rescuing"),
        ("Consider yourself shortlisted.", "gatekeeping"),
        ("You can't count on anybody else in that lab, only me.", "dependency"),
        ("Your plan's silly, honestly.", "knowing_best"),
        ("You'd better turn it down.", "dictating"),
        ("You're going to call her tonight and resign.", "dictating"),
        ("I've already drafted your reply to the board.", "enabling"),
        # Led by the second blind set.
        ("You'll always need me to make it in this field.", "dependency"),
        ("You aren't able to handle a thing by yourself.", "dependency"),
        ("You can't manage the launch on your own yet.", "dependency"),
        ("We're going with mine.", "knowing_best"),
        ("Your idea won't fly, trust me.", "knowing_best"),
        ("The only choice you have left is to decline.", "dictating"),
        ("Quit complaining and just email her.", "dictating"),
        ("I'm busy redoing your slides.", "enabling"),
        ("I'm phoning your landlord this afternoon.", "enabling"),
        ("I had a quick chat with your supervisor.", "enabling"),
        ("I'll write the essay and stick your name on it.", "enabling"),
        ("You're hired already, I've sorted it with the panel.", "gatekeeping"),
    ],
)
def test_paraphrases_are_flagged(text: str, category: str) -> None:
    assert category in {f.category for f in check(text).findings}, check(text).to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "I was ill last week, sorry for the slow reply.",
        "She fell ill before the conference, so what will you do with the slot?",
        "Don't worry, I'll call you on Tuesday as planned.",
        "Relax, I'll send you the slides tonight.",
        "Leave your questions with me and I'll answer them next time.",
        "You can always run ideas past me if that helps.",
        "You don't have to run everything by me.",
        "Nobody knows your goals like you do.",
        "Don't send it until you're happy with it.",
        "You're basically in charge of the launch now; how does that feel?",
        "There's only one way to know: ask them.",
        "There's only one option on the form, so which track excites you?",
        "Here's the plan for our call: you share your update and I'll listen.",
        "Step 1: Review the goals you set last time.",
        "Send me your questions and I'll do my best to answer them.",
        "I'll phone you later to hear how it went.",
        "I negotiated my own salary badly once; happy to share what I learned.",
        "You'll be brilliant, end of story!",
        "You'll be on probation for a three-month period.",
        "I'm not sure there's only one right answer here.",
        "Consider yourself in good company; many people feel this way.",
        "I'll be honest, I can't speak for you in that meeting, but we can rehearse.",
        "Trust your gut rather than anyone else's, including mine.",
        "Your idea's really interesting; what made you think of it?",
        "Pass your questions to me before Friday and we'll cover them.",
        "You'd better get some rest this weekend!",
        # Near-misses of the rules the second blind set led to.
        "If you need me to get through the paperwork with you, just ask.",
        "You can't do everything on your own, so who else could help?",
        "You don't have to do any of this alone.",
        "What if your plan doesn't work?",
        "If your idea doesn't fly, what's plan B?",
        "I'm worried your plan won't survive the budget review; what do you think?",
        "You could go with mine as a template if you like.",
        "Feel free to go with mine or yours.",
        "The only option I can think of is to ask HR, but what do you see?",
        "I'm writing your reference letter this week.",
        "I'm reviewing your cover letter and will send questions.",
        "I'll write it up myself and send you my notes from our session.",
        "I'll put your name on the list for the workshop.",
        "I had a chat with my own manager about mentoring.",
        "Stop overthinking and celebrate the win!",
        "You're hired already? Congratulations!",
    ],
)
def test_near_misses_of_the_new_rules_pass(text: str) -> None:
    assert not check(text).flagged, check(text).to_dict()
