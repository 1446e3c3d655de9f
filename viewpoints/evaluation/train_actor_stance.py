"""Train the stance-toward-someone model (``viewpoints.stance.actor_stance``) on NewsMTSC train and write its
weights as data, with its cross-validated figures.

    python -m viewpoints.evaluation.train_actor_stance --data ../shared/eval [--out data/models/actor_stance.json]

Each target of NewsMTSC's train file (a person mentioned in a news sentence, rated negative, neutral or
positive) is an example: ``actor_stance.read(sentence, mention, cue score)`` gives its features, and a
softmax regression (numpy, gradient descent, L2, classes weighted to their inverse frequency so that
macro-F1 is what it learns for) maps them to skeptical / neutral / supportive. Besides the lexicons'
scores it reads word weights learned from the training clauses (each word's lean toward negative and
positive, from words seen in at least MIN_WORD clauses), computed inside each fold from that fold's
training part only. Five folds by sentence
give the cross-validated macro-F1. devtest_rw is never read here: it is for judging.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

from viewpoints.evaluation.metrics import macro_f1
from viewpoints.evaluation.train_voice_filter import FOLDS, folds_of, write_model
from viewpoints.stance import actor_stance
from viewpoints.stance.stance import classify

TRAIN_FILE = Path("newsmtsc") / "train.jsonl"
FROM_POLARITY = {2: "skeptical", 4: "neutral", 6: "supportive"}
L2 = 1e-3
STEPS = 800
RATE = 0.5


MIN_WORD = 5  # a word seen in fewer training clauses gets no weight
WORD_CLIP = 2.0


def word_weights(clauses: list[str], labels: list[str]) -> dict[str, tuple[float, float]]:
    """word -> (log-odds of negative against the rest, of positive against the rest) among the training
    clauses holding it, smoothed, clipped to +-WORD_CLIP and scaled to [-1, 1]."""
    seen: dict[str, list[int]] = {}
    for clause, label in zip(clauses, labels):
        for word in set(actor_stance.clause_words(clause)):
            counts = seen.setdefault(word, [0, 0, 0])
            counts[0] += 1
            counts[1] += label == "skeptical"
            counts[2] += label == "supportive"
    n = len(labels)
    base_neg = labels.count("skeptical") / n
    base_pos = labels.count("supportive") / n

    def lean(hits: int, total: int, base: float) -> float:
        odds = np.log((hits + 0.5) / (total - hits + 0.5)) - np.log(base / (1 - base))
        return round(float(np.clip(odds, -WORD_CLIP, WORD_CLIP)) / WORD_CLIP, 4)

    return {
        word: (lean(neg, total, base_neg), lean(pos, total, base_pos))
        for word, (total, neg, pos) in sorted(seen.items())
        if total >= MIN_WORD
    }


def examples(path: Path, progress=None) -> tuple[list[str], list[dict[str, float]], list[str], list[str]]:
    """(sentence id, features, the mention's clause, label) per target of the train file."""
    groups, found, clauses, labels = [], [], [], []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for number, line in enumerate(lines, start=1):
        record = json.loads(line)
        sentence = record["sentence_normalized"]
        for target in record["targets"]:
            mention = target["mention"]
            cue = classify(sentence, target=mention).score
            reading = actor_stance.read(sentence, mention, cue)
            groups.append(record["primary_gid"])
            found.append(reading.features)
            clauses.append(reading.clause)
            labels.append(FROM_POLARITY[int(target["polarity"])])
        if progress and number % 2000 == 0:
            progress(f"{number}/{len(lines)} sentences")
    return groups, found, clauses, labels


def matrix(found, clauses, words, names) -> np.ndarray:
    rows = (actor_stance.with_words(f, c, words) for f, c in zip(found, clauses))
    return np.array([[row[n] for n in names] for row in rows])


def fit(x: np.ndarray, y: np.ndarray, classes: int) -> np.ndarray:
    """Softmax regression weights (features x classes), class-balanced, by gradient descent."""
    counts = np.bincount(y, minlength=classes).astype(float)
    sample_weight = (len(y) / (classes * np.maximum(counts, 1)))[y]
    onehot = np.eye(classes)[y]
    w = np.zeros((x.shape[1], classes))
    for _ in range(STEPS):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        gradient = x.T @ ((p - onehot) * sample_weight[:, None]) / len(y) + L2 * w
        w -= RATE * gradient
    return w


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return (x @ w).argmax(axis=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m viewpoints.evaluation.train_actor_stance", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="evaluation data folder (e.g. ../shared/eval)")
    parser.add_argument("--out", type=Path, default=actor_stance.lexicon.DATA_DIR / "models" / actor_stance.MODEL_FILE)
    args = parser.parse_args(argv)
    path = args.data / TRAIN_FILE
    if not path.is_file():
        print(f"no NewsMTSC train data at {path}", file=sys.stderr)
        return 1
    groups, found, clauses, labels = examples(path, progress=lambda m: print(m, file=sys.stderr, flush=True))
    names = list(actor_stance.with_words(found[0], "", {}))
    classes = list(actor_stance.LABELS)
    y = np.array([classes.index(label) for label in labels])
    folds = folds_of(groups)
    predicted = np.zeros(len(y), dtype=int)
    for k in range(FOLDS):
        train = np.where(folds != k)[0]
        held = np.where(folds == k)[0]
        words = word_weights([clauses[i] for i in train], [labels[i] for i in train])  # never the held-out fold's
        w = fit(matrix([found[i] for i in train], [clauses[i] for i in train], words, names), y[train], len(classes))
        predicted[held] = predict(matrix([found[i] for i in held], [clauses[i] for i in held], words, names), w)
    cv = macro_f1([classes[i] for i in y], [classes[i] for i in predicted], classes)
    majority = max(set(labels), key=labels.count)
    words = word_weights(clauses, labels)
    w = fit(matrix(found, clauses, words, names), y, len(classes))
    model = {
        "about": "Stance toward a person or organisation (viewpoints.stance.actor_stance): softmax regression over "
        "actor_stance.read features, trained by python -m viewpoints.evaluation.train_actor_stance on "
        "NewsMTSC train (negative -> skeptical, positive -> supportive).",
        "trained_on": f"NewsMTSC train, {len(set(groups))} sentences, {len(y)} targets",
        "trained": date.today().isoformat(),
        "cross_validated": {
            "folds": FOLDS,
            "macro_f1": round(cv, 4),
            "majority_macro_f1": round(macro_f1(labels, [majority] * len(labels), classes), 4),
        },
        "weights": {label: {n: round(float(w[i, c]), 5) for i, n in enumerate(names)} for c, label in enumerate(classes)},
        "words": {word: list(lean) for word, lean in words.items()},
    }
    write_model(args.out, model)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
