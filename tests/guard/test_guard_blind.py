"""The guard on a blind labelled set: utterances written before the rules were read in detail.

``tests/data/guard_blind.yaml`` records, in its header, the figures the guard reached before any
rule was changed for it; the rules were then generalised, so these tests keep the gains and
show whether new rules cost precision on sentences nobody tuned them to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.guard import CATEGORIES, check

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "tests" / "data" / "guard_blind.yaml"


def blind() -> list[dict[str, Any]]:
    return yaml.safe_load(BLIND.read_text(encoding="utf-8"))


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


def test_blind_set_recall_and_false_positive_rate() -> None:
    items = blind()
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
    ],
)
def test_near_misses_of_the_new_rules_pass(text: str) -> None:
    assert not check(text).flagged, check(text).to_dict()
