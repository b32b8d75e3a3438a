"""Fit the action-item model (assistant/actions/judge.yaml) and measure it by cross-validation.

Usage: python scripts/fit_action_model.py [--write] [--l2 L2] [--threshold T] [--transfer]

Data: the labelled real notes of the tuning sets (``tests/data/notes_real/{tune,tune2,
untouched}.yaml``) and the earlier labelled notes (``tests/data/notes/``); the fresh set is never
read. Every clause the notes walker reads becomes one sample
(:func:`assistant.actions.extract.extract_candidates`): positive when its item matches a labelled
item under the benchmark's own matching rule, else negative. The model is an L2-regularised
logistic regression over the named inputs of :func:`assistant.actions.judge.features`, fitted by
Newton's method.

Generalisation is measured by leave-one-repository-out cross-validation: the notes of one
repository (the earlier notes count as one) are scored by a model fitted on all the others, and
the held-out predictions of every fold are scored together with ``benchmarks/actions.py``'s
figures (found, owner, due, spurious). The threshold is chosen inside each fold, by a second
leave-one-repository-out cross-validation over that fold's training notes only
(:func:`choose_threshold`), so no held-out note ever sets it. Two sets of inputs are compared:
all of them, and all but the rules' verdict (``VERDICT``). ``--write`` stores the model fitted on
all the data, with ``use_model`` on only when its held-out F1 beats the rules' by ``MIN_GAIN``
both pooled and on the untouched notes alone.

The rules were written while reading tune, tune2 and the earlier notes, so there they are not
held out, and a model that may read their verdict learns to copy it. The untouched notes were
never read while writing the rules: the rules' figures there, and the model's held-out figures
there, are the honest comparison. ``--transfer`` measures the same on tune2 for the rules as
they were before tune2 was read (``BEFORE_TUNE2``) against a model fitted on tune and the
earlier notes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from assistant.actions.extract import assemble, extract_candidates  # noqa: E402
from assistant.actions.items import ActionItem  # noqa: E402
from assistant.actions.judge import (  # noqa: E402
    MODEL_PATH,
    Candidate,
    JudgeModel,
    features,
    meaning,
)
from benchmarks.actions import (  # noqa: E402
    HELD_OUT,
    REAL_DIR,
    TASK_MATCH_THRESHOLD,
    RealScore,
    Score,
    load_cases,
    load_real,
    real_similarity,
    score_file,
    score_real,
    task_similarity,
)

SETS = ("tune", "tune2", "untouched")
# ``--pooled``: every real set the rules have been tuned on, none held out (``HELD_OUT``).
POOLED_SETS = SETS + tuple(
    f"fresh{n}" for n in ("", 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 17, 18, 19, 20, 21, 22)
)
# With that many repositories the threshold is chosen over this many groups of them, not one
# repository at a time (the inner cross-validation's cost grows with their number squared).
POOLED_INNER_FOLDS = 8
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
L2S = (0.3, 1.0, 3.0, 10.0)
# The held-out F1 the model must gain over the rules alone before it decides: a smaller gain is
# within what one or two notes change, and the model costs a sentence-encoder call per note.
MIN_GAIN = 0.01


@dataclass
class Note:
    """One labelled note with its would-be items, their inputs and their labels."""

    name: str
    group: str  # the repository it comes from ("earlier" for the project's own notes)
    set: str  # tune | tune2 | earlier
    candidates: list[Candidate]
    rows: list[dict[str, float]]
    labels: list[bool]
    score: Callable[[list[ActionItem]], RealScore | Score] = field(repr=False)


# Sources of one project under different addresses (a mailing list and its archive mirror).
_SAME_PROJECT = ("gnome.org",)


def _repo(source: str) -> str:
    """The repository (or project) a note comes from: the cross-validation leaves it out whole."""
    where = source.split()[0] if source else "unknown"
    return next((p for p in _SAME_PROJECT if p in where), where)


def load_notes(sets: tuple[str, ...] = SETS) -> list[Note]:
    assert not set(sets) & set(HELD_OUT), "a held-out set is never fitted on"
    notes: list[Note] = []
    for half in sets:
        entries = yaml.safe_load((REAL_DIR / f"{half}.yaml").read_text(encoding="utf-8"))
        sources = {str(e["file"]): _repo(str(e.get("source", ""))) for e in entries}
        for case in load_real(half):
            found = extract_candidates(case.notes, today=case.today, author=case.author)
            labels = [
                any(real_similarity(c.reading.item.task, e.task, e.owners) > 0 for e in case.items)
                for c in found
            ]
            notes.append(
                Note(
                    name=case.name,
                    group=sources[case.name],
                    set=half,
                    candidates=found,
                    rows=[],
                    labels=labels,
                    score=lambda items, case=case: score_real(case, items),
                )
            )
    for earlier in load_cases():
        found = extract_candidates(
            earlier.notes,
            today=earlier.today,
            mentee=earlier.mentee,
            mentor=earlier.mentor,
            author=earlier.author,
        )
        labels = [
            any(
                task_similarity(c.reading.item.task, e.task) >= TASK_MATCH_THRESHOLD
                for e in earlier.expected
            )
            for c in found
        ]
        notes.append(
            Note(
                name=earlier.name,
                group="earlier",
                set="earlier",
                candidates=found,
                rows=[],
                labels=labels,
                score=lambda items, case=earlier: score_file(case, items),
            )
        )
    for note in notes:
        scored = meaning(note.candidates)
        if scored is None:
            raise SystemExit("Sentence vectors are unavailable here; the model cannot be fitted.")
        note.rows = [features(c, s) for c, s in zip(note.candidates, scored, strict=True)]
    return notes


def feature_names(notes: list[Note]) -> list[str]:
    return sorted({name for note in notes for row in note.rows for name in row})


def matrix(notes: list[Note], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    key = tuple(names)
    parts = [_note_matrix(note, key) for note in notes]
    x = np.vstack(parts) if parts else np.zeros((0, len(names)))
    y = np.array([label for note in notes for label in note.labels], dtype=float)
    return x, y


# A note's rows by (its id, the input names), the note kept beside them so its id stays its own
_MATRICES: dict[tuple[int, tuple[str, ...]], tuple[Note, np.ndarray]] = {}


def _note_matrix(note: Note, names: tuple[str, ...]) -> np.ndarray:
    """One note's inputs as rows, built once per set of input names (the cross-validations
    ask for the same note's rows once per fold)."""
    key = (id(note), names)
    if key not in _MATRICES:
        rows = [[row.get(n, 0.0) for n in names] for row in note.rows]
        _MATRICES[key] = (note, np.array(rows, dtype=float).reshape(len(rows), len(names)))
    return _MATRICES[key][1]


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    """L2-regularised logistic regression (the bias unpenalised), Newton's method."""
    n, d = x.shape
    a = np.hstack([np.ones((n, 1)), x])
    w = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[0] = 1e-6
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(a @ w, -30, 30)))
        grad = a.T @ (p - y) + penalty * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return float(w[0]), w[1:]


def decide(
    note: Note, names: list[str], bias: float, w: np.ndarray, threshold: float
) -> list[bool]:
    """Which of the note's candidates are kept, as :func:`assistant.actions.judge.keep` decides
    (prefixed lines the rules accept always are)."""
    judge = JudgeModel(threshold, bias, dict(zip(names, map(float, w), strict=True)), 3, True)
    out = []
    for c, row in zip(note.candidates, note.rows, strict=True):
        if c.reading.prefixed and c.reading.rejected is None:
            out.append(True)
            continue
        out.append(judge.probability(row) >= threshold)
    return out


@dataclass
class Figures:
    """Pooled figures of one way of deciding, per set."""

    real: dict[str, RealScore] = field(default_factory=dict)
    earlier: Score = field(default_factory=Score)

    def add(self, note: Note, items: list[ActionItem]) -> None:
        got = note.score(items)
        if isinstance(got, RealScore):
            self.real.setdefault(note.set, RealScore()).add(got)
        else:
            self.earlier.add(got)

    def pooled(self) -> RealScore:
        total = RealScore()
        for one in self.real.values():
            total.add(one)
        e = self.earlier
        total.add(
            RealScore(
                extracted=e.predicted,
                labelled=e.expected,
                found=e.matched,
                owner_ok=e.owner_ok,
                spurious=e.predicted - e.matched,
            )
        )
        return total

    def f1(self) -> float:
        t = self.pooled()
        recall = t.found / t.labelled if t.labelled else 1.0
        precision = 1 - t.spurious / t.extracted if t.extracted else 1.0
        return 2 * recall * precision / (recall + precision) if recall + precision else 0.0

    def lines(self, label: str) -> list[str]:
        out = [f"{label}"]
        for half in POOLED_SETS:
            if half in self.real:
                one = self.real[half]
                out.append(f"  {half:9s} {one.line()}  F1 {set_f1(one):.3f}")
        e = self.earlier
        out.append(
            f"  {'earlier':9s} found {e.recall:.3f} owner {e.owner_accuracy:.3f} "
            f"spurious {1 - e.precision:.3f} ({e.matched}/{e.expected} found)"
        )
        out.append(f"  {'pooled':9s} {self.pooled().line()}  F1 {self.f1():.3f}")
        return out


def set_f1(score: RealScore) -> float:
    """F1 of found and 1 - spurious for one set."""
    recall = score.found / score.labelled if score.labelled else 1.0
    precision = 1 - score.spurious / score.extracted if score.extracted else 1.0
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def rules_figures(notes: list[Note]) -> Figures:
    figures = Figures()
    for note in notes:
        kept = [c.reading.rejected is None for c in note.candidates]
        figures.add(note, assemble(note.candidates, kept))
    return figures


def cross_validate(notes: list[Note], l2: float, thresholds: tuple[float, ...]) -> list[Figures]:
    """Held-out figures for each threshold: each repository scored by a model fitted without it."""
    names = feature_names(notes)
    out = [Figures() for _ in thresholds]
    for group in sorted({n.group for n in notes}):
        train = [n for n in notes if n.group != group]
        bias, w = fit(*matrix(train, names), l2)
        for note in (n for n in notes if n.group == group):
            for figures, threshold in zip(out, thresholds, strict=True):
                kept = decide(note, names, bias, w, threshold)
                figures.add(note, assemble(note.candidates, kept))
    return out


def _probabilities(notes: list[Note], names: list[str], bias: float, w: np.ndarray) -> np.ndarray:
    x, _ = matrix(notes, names)
    return 1.0 / (1.0 + np.exp(-np.clip(bias + x @ w, -30, 30)))


def _forced(notes: list[Note]) -> np.ndarray:
    """Would-be items kept whatever the model says: prefixed lines the rules accept."""
    return np.array(
        [c.reading.prefixed and c.reading.rejected is None for n in notes for c in n.candidates],
        dtype=bool,
    )


def _folds(groups: list[str], count: int | None) -> list[set[str]]:
    """The repositories left out together in each fold: one each, or ``count`` groups of them."""
    if count is None or count >= len(groups):
        return [{g} for g in groups]
    return [set(groups[i::count]) for i in range(count)]


def choose_threshold(
    train: list[Note], names: list[str], l2: float, inner_folds: int | None = None
) -> float:
    """The threshold of best would-be-item F1 in a leave-one-repository-out cross-validation over
    ``train`` alone (each item kept or not against its label; ties go to the lower threshold);
    ``inner_folds``: that many groups of repositories left out in turn instead."""
    probabilities, labels, forced = [], [], []
    for fold in _folds(sorted({n.group for n in train}), inner_folds):
        inner = [n for n in train if n.group not in fold]
        held = [n for n in train if n.group in fold]
        bias, w = fit(*matrix(inner, names), l2)
        probabilities.append(_probabilities(held, names, bias, w))
        labels.append(np.array([label for n in held for label in n.labels], dtype=bool))
        forced.append(_forced(held))
    p, y, f = np.concatenate(probabilities), np.concatenate(labels), np.concatenate(forced)
    best, chosen = -1.0, THRESHOLDS[0]
    for threshold in THRESHOLDS:
        kept = f | (p >= threshold)
        tp = int((kept & y).sum())
        score = 2 * tp / (2 * tp + int((kept & ~y).sum()) + int((~kept & y).sum()))
        if score > best:
            best, chosen = score, threshold
    return chosen


def nested_cross_validate(
    notes: list[Note], l2: float, inner_folds: int | None = None
) -> tuple[Figures, list[float], float]:
    """Held-out figures with each fold's threshold chosen on its training notes only; also the
    thresholds chosen and the area under the ROC curve of the held-out untouched notes."""
    names = feature_names(notes)
    figures, chosen = Figures(), []
    untouched_p: list[float] = []
    untouched_y: list[bool] = []
    for group in sorted({n.group for n in notes}):
        train = [n for n in notes if n.group != group]
        bias, w = fit(*matrix(train, names), l2)
        threshold = choose_threshold(train, names, l2, inner_folds)
        chosen.append(threshold)
        for note in (n for n in notes if n.group == group):
            p = _probabilities([note], names, bias, w)
            kept = list(_forced([note]) | (p >= threshold))
            figures.add(note, assemble(note.candidates, kept))
            if note.set == "untouched":
                untouched_p += list(p)
                untouched_y += note.labels
    return figures, chosen, auc(untouched_p, untouched_y) if untouched_y else float("nan")


def write_model(notes: list[Note], l2: float, threshold: float, use_model: bool, why: str) -> None:
    names = feature_names(notes)
    bias, w = fit(*matrix(notes, names), l2)
    weights = {n: round(float(v), 4) for n, v in zip(names, w, strict=True)}
    header = (
        "# The action-item model: a logistic model over named, explainable inputs of one would-be\n"
        "# item (see assistant/actions/judge.py). Written by scripts/fit_action_model.py --write\n"
        "# on tune, tune2, untouched and the earlier notes. Threshold: leave-one-repository-out\n"
        f"# cross-validation on them; inputs and l2 ({l2}): held-out F1 of a nested one.\n"
        f"# Reviewed like the rules.\n# use_model: {why}\n"
    )
    body = {
        "version": 1,
        "threshold": threshold,
        "bias": round(bias, 4),
        "k": 3,
        "keep_prefixed": True,
        "use_model": use_model,
        "l2": l2,
        "weights": weights,
    }
    MODEL_PATH.write_text(header + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({len(weights)} weights)")


# Transfer: the rules as they were before the second tuning set was read (f0bd06f), with the
# would-be-item reading of c71eb13 added, fitted on tune and the earlier notes (where those rules
# were written) and scored on tune2 (which they never saw): a held-out test of rules and model.
BEFORE_TUNE2 = "f0bd06f"
READING_COMMIT = "c71eb13"
_OLD_HUNKS = (
    (
        "clause.py",
        """        if first not in TASK_VERBS or section.kind in ("agenda", "people", "speech"):
            return None
    task = topic + _clean_task(task) if topic else _clean_task(task)
    if not task or _MEETING_TASK.match(task) or _NOT_TASK_START.match(task):
        return None
    if found is None and not inner and _PAST_START.match(task):
        return None
    if who is None:
        who = section.owner or people.unowned
    item = ActionItem(task=task, owner=who.owner, due=due, owners=who.owners, warning=warning)
    return item, bool(prefix or found is not None or marked or inner or agreed)
""",
        """        if first not in TASK_VERBS or section.kind in ("agenda", "people", "speech"):
            rejected = rejected or "uncommitted"
    task = topic + _clean_task(task) if topic else _clean_task(task)
    if not task or _MEETING_TASK.match(task):
        return None
    elif _NOT_TASK_START.match(task):
        rejected = rejected or "not_task_start"
    if found is None and not inner and _PAST_START.match(task):
        rejected = rejected or "past"
    if who is None:
        who = section.owner or people.unowned
    item = ActionItem(task=task, owner=who.owner, due=due, owners=who.owners, warning=warning)
    return Reading(
        item=item,
        strong=bool(prefix or found is not None or marked or inner or agreed),
        rejected=rejected,
        prefixed=bool(prefix),
        subject=found is not None and bool(found[0].owners),
        polite=bool(polite),
    )
""",
    ),
    (
        "extract.py",
        """    items: list[ActionItem] = []
    seen: set[tuple[str, str | None]] = set()
    section = Section()""",
        """    found: list[Candidate] = []
    section = Section()""",
    ),
    (
        "extract.py",
        "    readings: dict[tuple[object, ...], tuple[ActionItem, bool] | None] = {}",
        "    readings: dict[tuple[object, ...], Reading | None] = {}",
    ),
)


def old_rules(into: Path) -> None:
    """Write the extractor of ``BEFORE_TUNE2`` with the would-be-item reading as the package
    ``old_actions`` under ``into`` (from this repository's history)."""
    import io
    import subprocess
    import tarfile

    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", BEFORE_TUNE2, "assistant/actions"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = into / "old_actions"
    (into / "assistant" / "actions").rename(package)
    diff = subprocess.run(
        ["git", "-C", str(ROOT), "show", READING_COMMIT, "--",
         "assistant/actions/clause.py", "assistant/actions/extract.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.replace("assistant/actions/", "old_actions/")  # fmt: skip
    subprocess.run(
        ["patch", "-p1", "--forward", "--no-backup-if-mismatch", "-r", "-", "-s"],
        cwd=into,
        input=diff,
        text=True,
        capture_output=True,
    )  # two hunks do not apply to the older text; _OLD_HUNKS holds them
    for name, old, new in _OLD_HUNKS:
        path = package / name
        text = path.read_text(encoding="utf-8")
        if old not in text:
            raise SystemExit(f"{name} of {BEFORE_TUNE2} is not as expected")
        path.write_text(text.replace(old, new), encoding="utf-8")
    (package / "judge.py").write_text(
        (ROOT / "assistant" / "actions" / "judge.py").read_text(encoding="utf-8"), "utf-8"
    )
    (package / "judge.yaml").write_text(MODEL_PATH.read_text(encoding="utf-8"), "utf-8")
    for path in package.glob("*.py"):
        text = path.read_text(encoding="utf-8").replace("assistant.actions", "old_actions")
        path.write_text(text, encoding="utf-8")


def transfer() -> None:
    """Rules frozen before tune2 against a model fitted where those rules were written, both
    scored on tune2; the model's settings are chosen by cross-validation on its training notes
    only. Prints the held-out figures and the area under the ROC curve of each decider."""
    import importlib
    import tempfile

    global extract_candidates, assemble
    with tempfile.TemporaryDirectory() as tmp:
        old_rules(Path(tmp))
        sys.path.insert(0, tmp)
        old = importlib.import_module("old_actions.extract")
        extract_candidates, assemble = old.extract_candidates, old.assemble
        notes = load_notes()
    train = [n for n in notes if n.set != "tune2"]
    test = [n for n in notes if n.set == "tune2"]
    labels = [label for n in test for label in n.labels]
    print(f"Transfer: rules of {BEFORE_TUNE2}, fitted on tune + earlier, scored on tune2")
    print("\n".join(rules_figures(test).lines("rules frozen before tune2:")))
    rule_scores = [float(c.reading.rejected is None) for n in test for c in n.candidates]
    print(f"  AUC of the rules' verdict on tune2: {auc(rule_scores, labels):.3f}")
    for title, drop in (("all inputs", ()), ("without the rules' verdict", VERDICT)):
        kept_train = [_without(n, drop) for n in train]
        kept_test = [_without(n, drop) for n in test]
        best: tuple[float, float, float] | None = None
        for l2 in L2S:
            for threshold, figures in zip(
                THRESHOLDS, cross_validate(kept_train, l2, THRESHOLDS), strict=True
            ):
                if best is None or figures.f1() > best[0]:
                    best = (figures.f1(), l2, threshold)
        assert best is not None
        _, l2, threshold = best
        names = feature_names(kept_train)
        bias, w = fit(*matrix(kept_train, names), l2)
        figures = Figures()
        for note in kept_test:
            figures.add(note, assemble(note.candidates, decide(note, names, bias, w, threshold)))
        x, _ = matrix(kept_test, names)
        print(
            f"model, {title} (l2 {l2}, threshold {threshold} by CV on tune + earlier): "
            f"AUC {auc(list(bias + x @ w), labels):.3f}"
        )
        print(f"  tune2     {figures.real['tune2'].line()}  F1 {figures.f1():.3f}")


VERDICT = ("rule_ok", "rejected_", "strong")


def _without(note: Note, drop: tuple[str, ...]) -> Note:
    rows = [{k: v for k, v in row.items() if not k.startswith(drop)} for row in note.rows]
    return Note(note.name, note.group, note.set, note.candidates, rows, note.labels, note.score)


def auc(scores: list[float], labels: list[bool]) -> float:
    """Probability that a positive scores above a negative (ties count half)."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=bool)
    pos, neg = s[y][:, None], s[~y][None, :]
    return float((pos > neg).mean() + 0.5 * (pos == neg).mean())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the model fitted on all data")
    parser.add_argument("--l2", type=float, default=None, help="regularisation (default: by CV)")
    parser.add_argument(
        "--threshold", type=float, default=None, help="default: chosen inside each fold"
    )
    parser.add_argument(
        "--transfer",
        action="store_true",
        help=f"score rules frozen before tune2 ({BEFORE_TUNE2}) and a model fitted without tune2",
    )
    parser.add_argument(
        "--pooled",
        action="store_true",
        help="pool every tuning set the rules were read on (POOLED_SETS), not only "
        f"{', '.join(SETS)}; the rules' figures are then the bar, not held out (no --write)",
    )
    args = parser.parse_args(argv)
    if args.transfer:
        transfer()
        return 0
    if args.pooled and args.write:
        parser.error("--pooled measures; the shipped model is written from the default sets")
    notes = load_notes(POOLED_SETS if args.pooled else SETS)
    inner_folds = POOLED_INNER_FOLDS if args.pooled else None
    n = sum(len(note.labels) for note in notes)
    groups = len({note.group for note in notes})
    print(
        f"{len(notes)} notes, {groups} repositories, {n} would-be items, "
        f"{sum(sum(x.labels) for x in notes)} positive"
    )
    rules = rules_figures(notes)
    print("\n".join(rules.lines("rules alone (no fitted part; untouched: never read by them):")))
    untouched = [label for note in notes if note.set == "untouched" for label in note.labels]
    verdict = [
        float(c.reading.rejected is None)
        for note in notes
        if note.set == "untouched"
        for c in note.candidates
    ]
    print(f"  AUC of the rules' verdict on the untouched notes: {auc(verdict, untouched):.3f}")
    best: tuple[float, float, tuple[str, ...], Figures] | None = None
    for title, drop in (("all inputs", ()), ("without the rules' verdict", VERDICT)):
        kept = [_without(note, drop) for note in notes]
        for l2 in (args.l2,) if args.l2 is not None else L2S:
            if args.threshold is not None:
                figures = cross_validate(kept, l2, (args.threshold,))[0]
                chosen, area = [args.threshold], float("nan")
            else:
                figures, chosen, area = nested_cross_validate(kept, l2, inner_folds)
            label = (
                f"model, {title}, l2 {l2}, thresholds {min(chosen)}-{max(chosen)} "
                f"(untouched AUC {area:.3f}):"
            )
            print("\n".join(figures.lines(label)), flush=True)
            if best is None or figures.f1() > best[0]:
                best = (figures.f1(), l2, drop, figures)
    assert best is not None
    _, l2, drop, figures = best
    rules_f1, model_f1 = rules.f1(), figures.f1()
    rules_u, model_u = set_f1(rules.real["untouched"]), set_f1(figures.real["untouched"])
    use_model = model_f1 >= rules_f1 + MIN_GAIN and model_u >= rules_u + MIN_GAIN
    why = (
        f"held-out F1 {model_f1:.3f} against the rules' {rules_f1:.3f} (untouched notes "
        f"{model_u:.3f} against {rules_u:.3f}); the model decides only when it is at least "
        f"{MIN_GAIN} better in both"
    )
    print(f"use_model: {use_model} ({why})")
    if args.write:
        final = [_without(note, drop) for note in notes]
        threshold = args.threshold or choose_threshold(final, feature_names(final), l2)
        write_model(final, l2, threshold, use_model, why)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
