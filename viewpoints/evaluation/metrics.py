"""Scores in plain Python: accuracy, per-class and macro F1, Pearson r.

No scikit-learn or scipy: the definitions are short enough to read here. They follow the usual
conventions: a class's F1 is 0 when its precision and recall are both 0 or undefined, and macro-F1
averages over a fixed label set so a class the system never predicts still counts (as 0).
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def accuracy(gold: Sequence, predicted: Sequence) -> float:
    """Share of positions where the prediction equals the gold label (nan for no items)."""
    _same_length(gold, predicted)
    if not gold:
        return math.nan
    return sum(g == p for g, p in zip(gold, predicted)) / len(gold)


def f1_per_class(gold: Sequence, predicted: Sequence, labels: Sequence | None = None) -> dict:
    """F1 of each label: 2PR / (P + R), 0 where precision and recall are both 0 or undefined.

    `labels` fixes the classes (and so what macro-F1 averages over); by default it is every label seen
    in gold or predictions, sorted.
    """
    _same_length(gold, predicted)
    if labels is None:
        labels = sorted(set(gold) | set(predicted), key=str)
    scores = {}
    for label in labels:
        true_pos = sum(g == label and p == label for g, p in zip(gold, predicted))
        n_pred = sum(p == label for p in predicted)
        n_gold = sum(g == label for g in gold)
        precision = true_pos / n_pred if n_pred else 0.0
        recall = true_pos / n_gold if n_gold else 0.0
        total = precision + recall
        scores[label] = 2 * precision * recall / total if total else 0.0
    return scores


def macro_f1(gold: Sequence, predicted: Sequence, labels: Sequence | None = None) -> float:
    """Unweighted mean of the per-class F1 over `labels` (see f1_per_class); nan for no items."""
    if not gold:
        return math.nan
    scores = f1_per_class(gold, predicted, labels)
    return sum(scores.values()) / len(scores)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson correlation coefficient; nan when either side is constant or there are < 2 pairs."""
    _same_length(xs, ys)
    n = len(xs)
    if n < 2:
        return math.nan
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    cov = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    var_x = sum((x - mean_x) ** 2 for x in xs)
    var_y = sum((y - mean_y) ** 2 for y in ys)
    if var_x == 0 or var_y == 0:
        return math.nan
    return cov / math.sqrt(var_x * var_y)


def majority_label(gold: Sequence):
    """The most frequent gold label (ties broken by label order, so the result is stable)."""
    counts: dict = {}
    for label in gold:
        counts[label] = counts.get(label, 0) + 1
    return max(sorted(counts, key=str), key=lambda label: counts[label])


def counts(labels: Sequence) -> dict:
    """How many times each label occurs, keys sorted."""
    tally: dict = {}
    for label in labels:
        tally[label] = tally.get(label, 0) + 1
    return {key: tally[key] for key in sorted(tally, key=str)}


def _same_length(a: Sequence, b: Sequence) -> None:
    if len(a) != len(b):
        raise ValueError(f"gold and predicted differ in length: {len(a)} != {len(b)}")
