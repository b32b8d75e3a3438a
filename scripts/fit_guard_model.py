"""Fit the guard's semantic model (assistant/guard/semantic.yaml) on the tuning sets only.

Usage: python scripts/fit_guard_model.py [--write] [--target-fp 0.012] [--target-real 0.001]

The real-text target is set below the 0.5% the guard must meet because a threshold fitted on the
tuning half flags more of text it has not seen: held out by 5-fold cross-validation, a 0.2% target
gave 0.6% on the held-out real lines, 0.1% gave 0.4% (recall 0.911 -> 0.903).

Tuning data: tests/data/guard_utterances.yaml and guard_blind.yaml .. guard_blind5.yaml (each
measured blind once, then folded in), tests/guard/data/guard_developer_set.yaml (measured once,
not blind) and the real healthy text's tuning half. The exemplar
bank's own lines are not samples (``--with-bank`` adds them, scored leave-one-out): most have
close paraphrases elsewhere in the bank, so they teach the model to trust nearness far more than
it deserves on wordings nobody wrote down. Fitted without them, the fourth blind set (then not
fitted on) rose from 0.375 to 0.483 recall at the same false positives; leaving out
near-duplicates (cosine > 0.9) instead did not help (0.325).

Each clause the semantic layer would consider becomes one sample: every clause of a healthy text
is a negative; of a savior text, the clause closest to a savior exemplar is the positive.
Deciders are compared by 5-fold cross-validation over texts, each with the rules in front and
its threshold set for the same false-positive targets (labelled healthy lines, real text):
nearest-exemplar margin alone, the margin behind the structural gate, and the logistic model.
The logistic model ships with two thresholds: one for clauses whose structure shows a change of
owner (:mod:`assistant.understanding.ownership`), set as low as both targets allow with the
other held (:func:`move_threshold`), and one for the rest. Searching both jointly for the best
tuning recall (``--two-thresholds``) and a linear probe on the sentence vectors (``--direction``)
did not do better held out, so neither ships.
``--write`` stores the logistic model's weights and threshold.

The dependency parse (:mod:`assistant.understanding.syntax`: the speaker acting on the mentee's
things, the mentee's future settled, their view overridden) adds three inputs. Compared on the
same tuning data (with the fifth blind set): without them 5-fold held-out recall 0.832, false
positives 0.014, real text 0.21%, and the move threshold cannot drop below the other (0.938);
with them 0.845, 0.012, 0.31%, move threshold 0.734. Refitted on all of it, the developer's second
set goes 0.733 -> 0.800, the fourth blind set 0.758 -> 0.825, the fifth 0.600 -> 0.633; the real
untouched half stays at 0.51% and AnnoMI's questions and reflections go 0.48% -> 0.60%.
Tried and not kept: treating a frame as an ownership move (the lower threshold) lowers held-out
recall (0.845 -> 0.820-0.833); adding the fifth blind set's lines to the exemplar bank leaks
them into the folds (held-out recall 0.886, not a measure) while the sets it was not added from
move both ways (fourth blind set 0.825 -> 0.767, developer's second 0.800 -> 0.733, third blind
set 0.800 -> 0.833; real untouched 0.51% -> 0.61%, AnnoMI 0.60% -> 0.48%). Two more writers'
sets (tests/data/guard_written_a.yaml and _b.yaml, 478 new lines, recall 0.567 and 0.592 with the
model as shipped) added to the bank: held-out recall 0.845 -> 0.837, AnnoMI 0.60% -> 0.76%; added
as fitting samples instead: held-out recall 0.744 (they are harder than the sets before them) and
a no-move threshold of 0.982, lower recall on every other set. Neither kept: nearness to more
written lines does not carry to the next writer.

Leaving one writer's set out at a time (the sixth, seventh and eighth blind sets and the two
writers' sets, none fitted on), with the same inputs and targets: fitting on the shipped tuning
data gives recall 0.533 / 0.525 / 0.533 / 0.575 / 0.592 on the set left out; fitting on the
other four sets as well gives 0.483 / 0.467 / 0.425 / 0.450 / 0.525 (false positives 0.025 ->
0.008-0.025): the real-text target binds the threshold, and more lines of the same kinds do not
separate better. Combining a message's clause scores (the best two and how many pass even odds)
in a second model gave no more (0.475 / 0.433 / 0.442 / 0.517 / 0.492 at similar false
positives). Judging the main clause after a leading condition ("Once I've had a word, the grant
is as good as in the bank") and reading "..., ok?" as no question lowered the sets left out
(sixth 0.533 -> 0.517, writer A 0.567 -> 0.558 with one more false positive). None kept: the
inputs, not the fitting, are what limit recall on a new writer's lines.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.guard import Guard  # noqa: E402
from assistant.guard.semantic import FAMILY, MODEL_PATH, candidate, features  # noqa: E402
from assistant.understanding import clauses, roles, sentences  # noqa: E402
from assistant.understanding import vectors as vec  # noqa: E402
from assistant.understanding.exemplars import bank  # noqa: E402
from assistant.understanding.neighbours import score  # noqa: E402
from assistant.understanding.ownership import ownership  # noqa: E402
from assistant.understanding.syntax import frames  # noqa: E402

DATA = ROOT / "tests" / "data"
TUNING = [
    DATA / "guard_utterances.yaml",
    DATA / "guard_blind.yaml",
    DATA / "guard_blind2.yaml",
    DATA / "guard_blind3.yaml",
    DATA / "guard_blind4.yaml",
    DATA / "guard_blind5.yaml",
    ROOT / "tests" / "guard" / "data" / "guard_developer_set.yaml",
]
# Real supportive text written by others: the tuning half (the other half is never fitted on).
REAL = DATA / "guard_real_healthy_tune.yaml"


@dataclass
class Text:
    text: str
    savior: bool
    rules_flag: bool
    clauses: list[dict[str, float]]  # features of each candidate clause
    group: str  # "tuning" (labelled sets), "bank" (exemplar lines) or "real" (real healthy text)


def load_texts(with_bank: bool = False, also: tuple[Path, ...] = ()) -> list[tuple[str, bool, str]]:
    items: list[tuple[str, bool, str]] = []
    for path in (*TUNING, *also):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            items.append((item["text"], bool(item["savior"]), "tuning"))
    seen = {" ".join(text.lower().split()) for text, _, _ in items}
    b = bank(FAMILY)
    for text, label in zip(b.texts, b.labels, strict=True):
        # Tuning lines also serve as exemplars; they are not counted twice.
        if with_bank and " ".join(text.lower().split()) not in seen:
            items.append((text, label != "healthy", "bank"))
    real = yaml.safe_load(REAL.read_text(encoding="utf-8"))["items"]
    items.extend((item["text"], False, "real") for item in real)
    return items


def featurise(items: list[tuple[str, bool, str]]) -> list[Text]:
    rules_only = Guard(semantic=False)
    b = bank(FAMILY)
    plan: list[tuple[int, str, object, str]] = []
    out: list[Text] = []
    for n, (text, savior, group) in enumerate(items):
        out.append(Text(text, savior, rules_only.check(text).flagged, [], group))
        for sentence in sentences(text):
            for clause in clauses(sentence):
                r = roles(clause.text)
                moves = ownership(clause.text, sentence.text)
                if candidate(r, clause.text, moves):
                    plan.append((n, clause.text, (r, moves), sentence.text))
    texts = sorted({p[1] for p in plan} | {p[3] for p in plan})
    index = {t: i for i, t in enumerate(texts)}
    print(f"embedding {len(texts)} clauses and sentences ...", file=sys.stderr)
    matrix = vec.embed(texts)
    scored = score(b, matrix, k=3, skip_identical=True)
    global MATRIX
    MATRIX = matrix
    for n, clause_text, (r, moves), sentence_text in plan:
        values = features(
            r,
            scored[index[clause_text]],
            scored[index[sentence_text]],
            moves,
            clause_text,
            frames(clause_text),
        )
        values["_row"] = float(index[clause_text])
        out[n].clauses.append(values)
    return out


MATRIX = np.empty((0, 384))


def direction_rows(texts: list[Text]) -> tuple[np.ndarray, np.ndarray]:
    rows: list[int] = []
    ys: list[int] = []
    for t in texts:
        if not t.clauses:
            continue
        if t.savior:
            rows.append(int(max(t.clauses, key=lambda c: c["knn_margin"])["_row"]))
            ys.append(1)
        else:
            rows.extend(int(c["_row"]) for c in t.clauses)
            ys.extend([0] * len(t.clauses))
    return MATRIX[rows].astype(np.float64), np.array(ys, dtype=np.float64)


def fit_direction(texts: list[Text], l2: float = 0.01) -> np.ndarray:
    """A linear probe on the sentence vectors: savior clauses against healthy ones."""
    x, y = direction_rows(texts)
    return fit(x, y, l2=l2, steps=1500)


def set_direction(texts: list[Text], w: np.ndarray) -> None:
    for t in texts:
        for c in t.clauses:
            c["direction"] = float(MATRIX[int(c["_row"])] @ w[:-1] + w[-1])


def cross_fit_direction(train: list[Text], test: list[Text]) -> None:
    """Direction scores for ``train`` out of fold (two halves), for ``test`` from all of train."""
    half_a, half_b = train[0::2], train[1::2]
    set_direction(half_a, fit_direction(half_b))
    set_direction(half_b, fit_direction(half_a))
    set_direction(test, fit_direction(train))


def to_matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    return np.array([[row.get(name, 0.0) for name in names] for row in rows], dtype=np.float64)


def samples(texts: list[Text], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    rows: list[dict[str, float]] = []
    ys: list[int] = []
    for t in texts:
        if not t.clauses:
            continue
        if t.savior:
            rows.append(max(t.clauses, key=lambda c: c["knn_margin"]))
            ys.append(1)
        else:
            rows.extend(t.clauses)
            ys.extend([0] * len(t.clauses))
    return to_matrix(rows, names), np.array(ys, dtype=np.float64)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.002, steps: int = 4000) -> np.ndarray:
    """Logistic regression with balanced class weights, on standardised inputs.

    Gradient descent with momentum; the weights are returned for the raw inputs (bias last).
    """
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    std[std == 0] = 1.0
    xs = (x - mean) / std
    xb = np.hstack([xs, np.ones((x.shape[0], 1))])
    w = np.zeros(xb.shape[1])
    velocity = np.zeros_like(w)
    pos = y.sum()
    weights = np.where(y == 1, 0.5 / max(pos, 1), 0.5 / max(len(y) - pos, 1))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w)))
        grad = xb.T @ ((p - y) * weights) + l2 * np.r_[w[:-1], 0.0]
        velocity = 0.9 * velocity - 0.5 * grad
        w += velocity
    raw = w[:-1] / std
    bias = w[-1] - float((w[:-1] * mean / std).sum())
    return np.r_[raw, bias]


def text_scores(texts: list[Text], decide) -> np.ndarray:  # type: ignore[no-untyped-def]
    return np.array([max((decide(c) for c in t.clauses), default=-1e9) for t in texts])


def split_scores(texts: list[Text], decide) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    """Per text: the best score among clauses with an ownership move, and among the others."""
    moved = np.array(
        [max((decide(c) for c in t.clauses if c["any_move"]), default=-1e9) for t in texts]
    )
    plain = np.array(
        [max((decide(c) for c in t.clauses if not c["any_move"]), default=-1e9) for t in texts]
    )
    return moved, plain


def two_thresholds(
    texts: list[Text], moved: np.ndarray, plain: np.ndarray, target_fp: float, target_real: float
) -> tuple[float, float]:
    """The pair of thresholds with the best recall that meets both false-positive targets."""
    savior = np.array([t.savior for t in texts])
    rules = np.array([t.rules_flag for t in texts])
    real = np.array([t.group == "real" for t in texts])
    labelled = ~savior & ~real
    candidates_m = np.unique(np.quantile(moved[moved > -1e9], np.linspace(0, 1, 41)))
    candidates_p = np.unique(np.quantile(plain[plain > -1e9], np.linspace(0.5, 1, 41)))
    best = (-1.0, 0.0, 0.0)
    for tm in candidates_m:
        flag_m = moved >= tm
        for tp in candidates_p:
            flagged = rules | flag_m | (plain >= tp)
            if (flagged & labelled).sum() > target_fp * labelled.sum():
                continue
            if (flagged & real).sum() > target_real * real.sum():
                continue
            recall = (flagged & savior).sum() / max(savior.sum(), 1)
            if recall > best[0]:
                best = (recall, float(tm), float(tp))
    return best[1], best[2]


def move_threshold(
    texts: list[Text],
    moved: np.ndarray,
    plain: np.ndarray,
    zp: float,
    target_fp: float,
    target_real: float,
) -> float:
    """The lowest threshold for clauses with an ownership move (never below even odds) that
    keeps both false-positive targets, the threshold for the other clauses held at ``zp``.

    A move is a structural reading (the mentor takes over, decides, promises, routes): it is rare
    in healthy text (3 of 985 real lines), so such a clause needs less agreement from the nearest
    exemplars than a clause whose only evidence is nearness."""
    savior = np.array([t.savior for t in texts])
    rules = np.array([t.rules_flag for t in texts])
    real = np.array([t.group == "real" for t in texts])
    labelled = ~savior & ~real
    base = rules | (plain >= zp)
    allowed_fp = max(target_fp * labelled.sum(), (base & labelled).sum())
    allowed_real = max(target_real * real.sum(), (base & real).sum())
    best = zp
    for z in np.linspace(zp, 0.0, 61):
        flagged = base | (moved >= z)
        if (flagged & labelled).sum() > allowed_fp or (flagged & real).sum() > allowed_real:
            break
        best = float(z)
    return best


def evaluate_two(
    texts: list[Text], moved: np.ndarray, plain: np.ndarray, tm: float, tp: float
) -> tuple[float, float, float]:
    flagged_any = np.where((moved >= tm) | (plain >= tp), 1.0, -1.0)
    return evaluate(texts, flagged_any, 0.0)


def threshold_for(
    texts: list[Text], values: np.ndarray, target_fp: float, target_real: float
) -> float:
    """The lowest threshold meeting both false-positive targets (labelled and real text)."""
    best = -1e9
    for groups, target in (({"tuning", "bank"}, target_fp), ({"real"}, target_real)):
        healthy = np.sort(
            [
                v
                for t, v in zip(texts, values, strict=True)
                if not t.savior and not t.rules_flag and t.group in groups
            ]
        )
        if len(healthy) == 0:
            continue
        k = int(np.floor(target * len(healthy)))
        best = max(best, float(healthy[-(k + 1)]) + 1e-9)
    return best


def evaluate(texts: list[Text], values: np.ndarray, threshold: float) -> tuple[float, float, float]:
    """Recall, false-positive rate on labelled healthy lines, and on real healthy text."""
    flagged = np.array([t.rules_flag for t in texts]) | (values > threshold)
    savior = np.array([t.savior for t in texts])
    real = np.array([t.group == "real" for t in texts])
    recall = (flagged & savior).sum() / max(savior.sum(), 1)
    labelled = ~savior & ~real
    fp = (flagged & labelled).sum() / max(labelled.sum(), 1)
    fp_real = (flagged & real).sum() / max(real.sum(), 1)
    return float(recall), float(fp), float(fp_real)


# Inputs left out of the shipped model. "we" as the agent took a weight of +4.7 from the written
# sets' announced decisions ("we're going with the MSc") and then flagged counsellors' shared plans
# ("we can go over your results next time") in real sessions.
DROPPED = ("agent_we",)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--target-fp", type=float, default=0.012)
    parser.add_argument("--target-real", type=float, default=0.001)
    parser.add_argument("--direction", action="store_true", help="add a linear probe input")
    parser.add_argument(
        "--with-bank",
        action="store_true",
        help="also fit on the exemplar bank's own lines, scored leave-one-out (the old way)",
    )
    parser.add_argument(
        "--two-thresholds",
        action="store_true",
        help="search both thresholds jointly for the best tuning recall (overfits; not shipped)",
    )
    parser.add_argument(
        "--one-threshold", action="store_true", help="no lower threshold for ownership moves"
    )
    parser.add_argument(
        "--drop",
        action="append",
        default=list(DROPPED),
        metavar="NAME",
        help=f"leave an input out (always left out: {', '.join(DROPPED)})",
    )
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        type=Path,
        metavar="PATH",
        help="fit on another labelled set as well (to compare on sets left out)",
    )
    args = parser.parse_args()

    texts = featurise(load_texts(with_bank=args.with_bank, also=tuple(args.also)))
    names = sorted(
        {name for t in texts for c in t.clauses for name in c if not name.startswith("_")}
        | ({"direction"} if args.direction else set())
    )
    names = [name for name in names if name not in set(args.drop)]
    rng = random.Random(7)
    order = list(range(len(texts)))
    rng.shuffle(order)
    folds = [order[i::5] for i in range(5)]

    deciders = {
        "margin": lambda c, w=None: c["knn_margin"],
        "gate+margin": lambda c, w=None: (
            c["knn_margin"] - 10 * (c["question"] + c["choice_left"] + c["describing"])
        ),
        "logistic": None,
        "logistic, 2 thresholds": None,
        "logistic or move+margin": None,
        "logistic + move threshold (shipped)": None,
    }
    for name in deciders:
        recalls, fps, reals, tuned_recalls = [], [], [], []
        for fold in folds:
            held = set(fold)
            train = [t for i, t in enumerate(texts) if i not in held]
            test = [t for i, t in enumerate(texts) if i in held]
            if name.startswith("logistic"):
                if args.direction:
                    cross_fit_direction(train, test)
                x, y = samples(train, names)
                w = fit(x, y)

                def decide(c, w=w):  # type: ignore[no-untyped-def]
                    return float(to_matrix([c], names)[0] @ w[:-1] + w[-1])

            else:
                decide = deciders[name]
            if name.endswith("(shipped)"):
                moved_tr, plain_tr = split_scores(train, decide)
                zp = threshold_for(
                    train, np.maximum(moved_tr, plain_tr), args.target_fp, args.target_real
                )
                zm = move_threshold(train, moved_tr, plain_tr, zp, args.target_fp, args.target_real)
                r, fp, fp_real = evaluate_two(test, *split_scores(test, decide), zm, zp)
                recalls.append(r)
                fps.append(fp)
                reals.append(fp_real)
                tuned_recalls.append(evaluate_two(train, moved_tr, plain_tr, zm, zp)[0])
                continue
            if name in ("logistic, 2 thresholds", "logistic or move+margin"):
                if name == "logistic or move+margin":

                    def scores(texts: list[Text], decide=decide):  # type: ignore[no-untyped-def]
                        moved = np.array(
                            [
                                max(
                                    (c["knn_margin"] for c in t.clauses if c["any_move"]),
                                    default=-1e9,
                                )
                                for t in texts
                            ]
                        )
                        return moved, text_scores(texts, decide)
                else:

                    def scores(texts: list[Text], decide=decide):  # type: ignore[no-untyped-def]
                        return split_scores(texts, decide)

                tm, tp = two_thresholds(train, *scores(train), args.target_fp, args.target_real)
                r, fp, fp_real = evaluate_two(test, *scores(test), tm, tp)
                recalls.append(r)
                fps.append(fp)
                reals.append(fp_real)
                tuned_recalls.append(evaluate_two(train, *scores(train), tm, tp)[0])
                continue
            t = threshold_for(train, text_scores(train, decide), args.target_fp, args.target_real)
            r, fp, fp_real = evaluate(test, text_scores(test, decide), t)
            recalls.append(r)
            fps.append(fp)
            reals.append(fp_real)
            tuned_recalls.append(evaluate(train, text_scores(train, decide), t)[0])
        print(
            f"{name:12s} 5-fold held-out recall {np.mean(recalls):.3f}  "
            f"false positives {np.mean(fps):.3f}, on real text {np.mean(reals):.4f}  "
            f"(train recall {np.mean(tuned_recalls):.3f})"
        )
    rules_r, rules_fp, rules_real = evaluate(texts, np.full(len(texts), -1e9), 0.0)
    print(
        f"{'rules only':12s} recall {rules_r:.3f}  false positives {rules_fp:.3f}, "
        f"on real text {rules_real:.4f}"
    )

    x, y = samples(texts, names)
    w = fit(x, y)

    def final(c):  # type: ignore[no-untyped-def]
        return float(to_matrix([c], names)[0] @ w[:-1] + w[-1])

    moved, plain = split_scores(texts, final)
    if args.two_thresholds:
        zm, zp = two_thresholds(texts, moved, plain, args.target_fp, args.target_real)
    else:
        zm = zp = threshold_for(texts, np.maximum(moved, plain), args.target_fp, args.target_real)
        if not args.one_threshold:
            zm = move_threshold(texts, moved, plain, zp, args.target_fp, args.target_real)
    r, fp, fp_real = evaluate_two(texts, moved, plain, zm, zp)
    probability = 1 / (1 + np.exp(-zp))
    probability_move = 1 / (1 + np.exp(-zm))
    print(
        f"final model on all tuning texts: recall {r:.3f}, false positives {fp:.3f}, "
        f"on real text {fp_real:.4f}"
    )
    print(f"thresholds: {probability:.4f} (no move), {probability_move:.4f} (with a move)")
    for name, weight in sorted(zip(names, w[:-1], strict=True), key=lambda p: -abs(p[1])):
        print(f"  {name:22s} {weight:+.3f}")
    if args.write:
        body = {
            "version": 1,
            "threshold": round(float(probability), 4),
            "threshold_move": round(float(probability_move), 4),
            "bias": round(float(w[-1]), 4),
            "k": 3,
            "weights": {n: round(float(v), 4) for n, v in zip(names, w[:-1], strict=True)},
        }
        header = (
            "# The guard's semantic model: a logistic model over named, explainable inputs of one\n"
            "# clause (see assistant/guard/semantic.py). Written by scripts/fit_guard_model.py on\n"
            "# the tuning sets only; reviewed like the rules.\n"
        )
        MODEL_PATH.write_text(header + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
