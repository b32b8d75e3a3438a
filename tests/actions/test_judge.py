"""The would-be items of notes, the model that judges them, and its fitting."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from assistant.actions import extract_action_items
from assistant.actions.extract import assemble, extract_candidates
from assistant.actions.judge import MODEL_PATH, JudgeModel, _ModelFile, keep, model
from assistant.datafiles import parse_data
from assistant.errors import ConfigError
from assistant.understanding import vectors

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import fit_action_model as fitting  # noqa: E402

TODAY = date(2026, 11, 21)
NOTES = """\
## Discussion
- Should we move the sync to Tuesdays?
- Priya shared her experience of switching teams.
- Finished the first draft of the portfolio.

## Action items
- [ ] Sam: update the CV
- Priya will send two articles on feedback by Friday
"""


def test_every_clause_is_a_candidate_with_the_rule_that_rejects_it() -> None:
    found = extract_candidates(NOTES, today=TODAY, mentee="Sam", mentor="Priya")
    verdicts = {c.clause: c.reading.rejected for c in found}
    assert verdicts["Should we move the sync to Tuesdays?"] == "question"
    assert verdicts["Priya shared her experience of switching teams."] == "discussion"
    assert verdicts["Finished the first draft of the portfolio."] == "uncommitted"
    assert verdicts["[ ] Sam: update the CV"] is None
    boxed = next(c for c in found if c.clause.startswith("[ ]"))
    assert boxed.reading.prefixed and boxed.in_actions and boxed.bullet
    promised = next(c for c in found if c.clause.startswith("Priya will"))
    assert promised.reading.subject and promised.reading.item.due == date(2026, 11, 27)


def test_the_rules_verdict_gives_the_extractors_items() -> None:
    found = extract_candidates(NOTES, today=TODAY, mentee="Sam", mentor="Priya")
    items = assemble(found, [c.reading.rejected is None for c in found])
    assert [i.task for i in items] == ["Update the CV", "Send two articles on feedback"]
    assert items == extract_action_items(
        NOTES, today=TODAY, mentee="Sam", mentor="Priya", rules_only=True
    )


def test_assemble_keeps_each_task_and_owner_once() -> None:
    found = extract_candidates("- Sam to email Dana\n- Sam to email Dana\n", today=TODAY)
    assert len(found) == 2
    assert len(assemble(found, [True, True])) == 1
    assert assemble(found, [False, False]) == []


def test_shipped_model_file_validates_and_names_known_inputs() -> None:
    m = model()
    assert 0 < m.threshold < 1
    found = extract_candidates(NOTES, today=TODAY, mentee="Sam", mentor="Priya")
    scores = fitting.meaning(found) if vectors.available() else None
    if scores is None:
        pytest.skip(vectors.unavailable_reason() or "no vectors")
    names = set(fitting.features(found[0], scores[0]))
    assert set(m.weights) <= names


def test_model_file_schema_rejects_unknown_keys() -> None:
    text = MODEL_PATH.read_text(encoding="utf-8") + "surprise: 1\n"
    with pytest.raises(ConfigError):
        parse_data(text, _ModelFile, what="judge.yaml")


def test_model_off_means_the_rules_decide() -> None:
    found = extract_candidates(NOTES, today=TODAY, mentee="Sam", mentor="Priya")
    off = JudgeModel(0.5, 10.0, {}, 3, True, use_model=False)
    assert keep(found, off) == [c.reading.rejected is None for c in found]


@pytest.mark.skipif(not vectors.available(), reason="sentence vectors unavailable")
def test_a_model_decides_by_its_weights_and_keeps_prefixed_lines() -> None:
    found = extract_candidates(NOTES, today=TODAY, mentee="Sam", mentor="Priya")
    nobody = JudgeModel(0.5, -30.0, {}, 3, keep_prefixed=True)
    kept = keep(found, nobody)
    assert [c.clause for c, k in zip(found, kept, strict=True) if k] == ["[ ] Sam: update the CV"]
    by_meaning = JudgeModel(0.5, 0.0, {"knn_task_margin": 60.0}, 3, keep_prefixed=False)
    chosen = {c.clause for c, k in zip(found, keep(found, by_meaning), strict=True) if k}
    assert "Priya will send two articles on feedback by Friday" in chosen
    assert "Priya shared her experience of switching teams." not in chosen


def test_fit_separates_a_separable_problem() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3))
    y = (x[:, 0] - 0.5 * x[:, 1] > 0).astype(float)
    bias, w = fitting.fit(x, y, l2=0.1)
    predicted = (bias + x @ w) > 0
    assert (predicted == y.astype(bool)).mean() > 0.97
    assert w[0] > 0 > w[1]


def test_auc_counts_pairs_ranked_right() -> None:
    assert fitting.auc([0.9, 0.8, 0.1], [True, True, False]) == 1.0
    assert fitting.auc([0.1, 0.9], [True, False]) == 0.0
    assert fitting.auc([0.5, 0.5], [True, False]) == 0.5


def test_the_fitting_data_pools_the_untouched_notes_and_never_the_fresh_set() -> None:
    assert fitting.SETS == ("tune", "tune2", "untouched")
    assert "fresh" not in fitting.SETS


def test_the_pooled_fitting_data_holds_every_tuning_set_and_no_held_out_one() -> None:
    from benchmarks.actions import HELD_OUT, REAL_DIR

    tuning = {p.stem for p in REAL_DIR.glob("*.yaml")} - set(HELD_OUT)
    assert set(fitting.POOLED_SETS) == tuning
    assert not set(fitting.POOLED_SETS) & set(HELD_OUT)


def test_the_inner_folds_leave_out_each_repository_once() -> None:
    groups = [f"repo{i}" for i in range(10)]
    folds = fitting._folds(groups, 3)
    assert len(folds) == 3
    assert sorted(g for fold in folds for g in fold) == sorted(groups)
    assert fitting._folds(groups, None) == [{g} for g in groups]


def test_notes_of_one_project_are_left_out_together() -> None:
    assert fitting._repo("github.com/w3c/wot minutes/a.md @ 1234") == "github.com/w3c/wot"
    gnome = (
        "https://mail.gnome.org/archives/devel-announce-list/2008-March/msg00003.html",
        "https://www.mail-archive.com/foundation-list@gnome.org/msg01730.html",
    )
    assert fitting._repo(gnome[0]) == fitting._repo(gnome[1])
    assert fitting._repo("") == "unknown"


def _toy_notes(signal: float) -> list[fitting.Note]:
    """Three 'repositories' of four would-be items each; input ``x`` says which are tasks
    (``signal`` apart), and the first item of each is a prefixed line the rules accept."""
    from benchmarks.actions import Labelled, RealCase, score_real

    text = "- TODO: Sam update the CV\n- Dana to book the room\n- We talked about salaries\n"
    text += "- Lee to send the slides\n"
    notes = []
    for group in ("a", "b", "c"):
        found = extract_candidates(text, today=TODAY)
        labels = [True, True, False, False]
        case = RealCase(
            name=group,
            today=TODAY,
            author=None,
            notes=text,
            items=[
                Labelled("update the CV", ("Sam",), None, False),
                Labelled("book the room", ("Dana",), None, False),
            ],
        )
        notes.append(
            fitting.Note(
                name=group,
                group=group,
                set="untouched",
                candidates=found,
                rows=[{"x": signal if label else -signal} for label in labels],
                labels=labels,
                score=lambda items, case=case: score_real(case, items),
            )
        )
    return notes


def test_the_threshold_is_chosen_on_the_training_notes() -> None:
    notes = _toy_notes(3.0)
    assert [c.reading.prefixed for c in notes[0].candidates] == [True, False, False, False]
    threshold = fitting.choose_threshold(notes, ["x"], l2=0.1)
    assert threshold in fitting.THRESHOLDS
    bias, w = fitting.fit(*fitting.matrix(notes, ["x"]), 0.1)
    p = fitting._probabilities(notes, ["x"], bias, w)
    labels = np.array([label for n in notes for label in n.labels])
    assert ((p >= threshold) == labels).all()


def test_nested_cross_validation_scores_every_repository_held_out() -> None:
    figures, chosen, area = fitting.nested_cross_validate(_toy_notes(3.0), 0.1)
    assert len(chosen) == 3 and area == 1.0
    got = figures.real["untouched"]
    assert (got.found, got.labelled, got.spurious) == (6, 6, 0)
    assert fitting.set_f1(got) == 1.0
    # With no signal the model cannot tell the items apart and keeps all or only the prefixed.
    figures, _, area = fitting.nested_cross_validate(_toy_notes(0.0), 0.1)
    assert area == 0.5 and fitting.set_f1(figures.real["untouched"]) < 1.0


def test_set_f1_is_the_harmonic_mean_of_found_and_not_spurious() -> None:
    from benchmarks.actions import RealScore

    one = RealScore(extracted=10, labelled=8, found=4, spurious=5)
    assert fitting.set_f1(one) == pytest.approx(2 * 0.5 * 0.5 / 1.0)
    assert fitting.set_f1(RealScore()) == 1.0
