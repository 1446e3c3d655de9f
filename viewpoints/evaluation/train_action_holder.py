"""Train the action holder (``viewpoints.speakers.actions``) on PolNeAR train, report its cross-validated
figures, and write its weights as data.

    python -m viewpoints.evaluation.train_action_holder --data ../shared/eval [--out data/models/action_holder.json]

Each statement the rules leave to the author whose main clause opens with one of the article's voices
(``actions.candidates``, after the voices are settled exactly as ``analyze`` settles them) is an example:
positive when a gold attribution whose content overlaps the statement has that voice as its source (the
eval's lenient judge; a pronoun source stands for the nearest named one before it). The model is an
L2-regularised logistic regression (``train_voice_filter.fit``) over ``actions.features``; a word feature
(verb, the word after it, the pair) is kept when it occurs at least ``MIN_COUNT`` times. Five folds by
article give the cross-validated figures. The threshold is the lowest whose accepted statements (cross-
validated) are still their subject's at least ``--precision`` of the time (by default half: a statement
is given to a voice only where that is more often right than wrong); the share of them that overlap some
gold attribution at all (what the engine's attribution precision counts) is reported beside it.
Dev is never read here: it is for judging.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

from viewpoints.evaluation import align, brat, speakers
from viewpoints.evaluation.attribution import antecedents
from viewpoints.evaluation.polnear import unswapped
from viewpoints.evaluation.train_voice_filter import FOLDS, fit, folds_of, write_model
from viewpoints.pipeline import article_id_for, proposed_rows
from viewpoints.speakers import actions
from viewpoints.speakers.voice_list import settle
from viewpoints.stance.stance import main_issue
from viewpoints.text.structure import layout

MIN_COUNT = 5  # a word feature seen fewer times than this in training gets no weight
L2 = 2.0
WORD_FEATURES = ("verb=", "after=", "verb_after=")


def examples(split_dir: Path, progress=None) -> tuple[list[str], list[actions.Candidate], list[bool], list[bool]]:
    """(article, candidate, its voice is the gold source, the statement overlaps some gold content) for
    every candidate of every train article."""
    groups, found, labels, overlaps = [], [], [], []
    articles = brat.load_split(split_dir)
    for number, (article, text, attributions) in enumerate(articles, start=1):
        attributions = [unswapped(a) for a in attributions]
        resolved = antecedents(attributions)
        rows = settle(proposed_rows(text, layout(text), target=main_issue(text), article_id=article_id_for(text)), text)
        for k, candidate in actions.candidates(rows, text):
            start, end = rows[k]["start"], rows[k]["end"]
            touching = [a for a in attributions if a.content and align.overlap(tuple(a.content), start, end) > 0]
            sources = [
                resolved.get(a.id) if speakers.is_pronoun(a.source.text) else a.source.text
                for a in touching
                if a.has_source
            ]
            groups.append(article)
            found.append(candidate)
            labels.append(any(s and speakers.lenient_match(candidate.voice, s) for s in sources))
            overlaps.append(bool(touching))
        if progress and number % 100 == 0:
            progress(f"{number}/{len(articles)} articles")
    return groups, found, labels, overlaps


def vocabulary(found: list[actions.Candidate]) -> list[str]:
    """The model's feature names: the fixed ones, then each word feature seen MIN_COUNT times."""
    counts = Counter(name for c in found for name in actions.features(c) if name.startswith(WORD_FEATURES))
    fixed = [name for name in actions.features(found[0]) if not name.startswith(WORD_FEATURES)]
    return fixed + sorted(name for name, n in counts.items() if n >= MIN_COUNT)


def matrix(found: list[actions.Candidate], names: list[str]) -> np.ndarray:
    return np.array([[row.get(n, 0.0) for n in names] for row in (actions.features(c) for c in found)])


def cross_validated(found: list[actions.Candidate], y: np.ndarray, groups: list[str]) -> np.ndarray:
    """Out-of-fold probabilities, folds by article (vocabulary and weights from the other folds)."""
    folds = folds_of(groups)
    scores = np.zeros(len(y))
    for k in range(FOLDS):
        train = [c for c, f in zip(found, folds) if f != k]
        names = vocabulary(train)
        w = fit(matrix(train, names), y[folds != k], l2=L2)
        held = matrix([c for c, f in zip(found, folds) if f == k], names)
        scores[folds == k] = 1.0 / (1.0 + np.exp(-np.clip(held @ w, -30, 30)))
    return scores


def choose_threshold(scores: np.ndarray, y: np.ndarray, precision: float) -> float:
    """The lowest threshold whose accepted statements are their subject's `precision` of the time."""
    best = 1.0
    for threshold in np.arange(0.95, 0.04, -0.01):
        accepted = scores >= threshold
        if accepted.any() and y[accepted].mean() >= precision:
            best = float(threshold)
    return round(best, 2)


def figures(scores: np.ndarray, y: np.ndarray, overlaps: np.ndarray, threshold: float) -> dict[str, float | int]:
    accepted = scores >= threshold
    return {
        "threshold": round(float(threshold), 4),
        "candidates": int(len(y)),
        "candidates_right": int(y.sum()),
        "accepted": int(accepted.sum()),
        "accepted_right": int(y[accepted].sum()),
        "precision": round(float(y[accepted].mean()), 4) if accepted.any() else None,
        "accepted_overlapping_gold": round(float(overlaps[accepted].mean()), 4) if accepted.any() else None,
        "recall": round(float(y[accepted].sum() / max(1, y.sum())), 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m viewpoints.evaluation.train_action_holder", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="evaluation data folder (e.g. ../shared/eval)")
    parser.add_argument("--out", type=Path, default=actions.lexicon.DATA_DIR / "models" / actions.MODEL_FILE)
    parser.add_argument("--precision", type=float, default=0.5, help="cross-validated share of accepted statements that must be their subject's")
    args = parser.parse_args(argv)
    split_dir = args.data / "polnear" / "train"
    if not (split_dir / "attributions").is_dir():
        print(f"no PolNeAR train data in {split_dir}", file=sys.stderr)
        return 1
    groups, found, labels, overlaps = examples(split_dir, progress=lambda m: print(m, file=sys.stderr, flush=True))
    y, overlap = np.array(labels, dtype=float), np.array(overlaps, dtype=bool)
    scores = cross_validated(found, y, groups)
    threshold = choose_threshold(scores, y, args.precision)
    cv = figures(scores, y, overlap, threshold)
    names = vocabulary(found)
    w = fit(matrix(found, names), y, l2=L2)
    model = {
        "about": "Action holder of viewpoints.speakers.actions: logistic regression over actions.features, trained by "
        "python -m viewpoints.evaluation.train_action_holder on PolNeAR train; a narration statement whose "
        "subject is a voice of the article and that scores at or above the threshold is that voice's.",
        "trained_on": f"PolNeAR train, {len(set(groups))} articles, {len(y)} candidate statements ({int(y.sum())} the subject's)",
        "trained": date.today().isoformat(),
        "l2": L2,
        "min_count": MIN_COUNT,
        "threshold": cv["threshold"],
        "cross_validated": {"folds": FOLDS, "precision_goal": args.precision, **cv},
        "weights": {name: round(float(value), 5) for name, value in zip(names, w) if name == "bias" or abs(value) >= 1e-4},
    }
    write_model(args.out, model)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
