"""Train the voice filter (``viewpoints.speakers.voice_list``) on PolNeAR train, report its cross-validated figures,
and write its weights as data.

    python -m viewpoints.evaluation.train_voice_filter --data ../shared/eval [--out data/models/voice_filter.json]

Each voice the rules propose for a train article is an example: positive when it names a gold source of
that article by the voice measures' definition (``evaluation.voices.is_real``), negative otherwise.
The model is an L2-regularised logistic regression over ``voice_filter.features`` (Newton's method, numpy
only), so what it learned is a table of named weights anyone can read. Five folds by article give the
cross-validated figures; the threshold is the highest whose rejections are still right ``--precision``
of the time (cross-validated): a real voice dropped costs its statements their speaker.
Dev is never read here: it is for judging.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

from viewpoints.evaluation import brat, voices
from viewpoints.pipeline import article_id_for, proposed_rows
from viewpoints.speakers import name_tidy, voice_filter, voice_list
from viewpoints.stance.stance import main_issue
from viewpoints.text.structure import layout

FOLDS = 5
L2 = 1.0


def examples(split_dir: Path, progress=None) -> tuple[list[str], list[voice_filter.Voice], list[bool]]:
    """(article of each example, the proposed voice, whether it is real) for every train article."""
    sources = brat.sources_per_article(split_dir / "attributions")
    groups, found, labels = [], [], []
    articles = brat.load_split(split_dir)
    for number, (article, text, _) in enumerate(articles, start=1):
        rows = proposed_rows(text, layout(text), target=main_issue(text), article_id=article_id_for(text))
        for row in rows:
            row["speaker"] = name_tidy.tidy(row["speaker"])
        named = [s for s in sources.get(article, []) if s.strip() and not voices.speakers.is_pronoun(s)]
        for voice in voice_filter.proposed(rows, text):
            if voice_list.nobody(voice):
                continue  # a rule rejects it before the model is asked
            groups.append(article)
            found.append(voice)
            labels.append(voices.is_real(voice.name, named))
        if progress and number % 100 == 0:
            progress(f"{number}/{len(articles)} articles")
    return groups, found, labels


MIN_HEAD = 5  # a head word seen fewer times in training gets no prior
PRIOR_CLIP = 3.0


def _head(voice: voice_filter.Voice) -> str | None:
    """The common noun heading a voice ("people" in "many people"), or None for a name."""
    raw = voice.name.split()
    low = voice_filter.words(voice.name)
    return low[-1] if raw and low and raw[-1][:1].islower() else None


def head_prior(found: list[voice_filter.Voice], labels) -> dict[str, float]:
    """Common-noun head -> log-odds that its voice is real, against the average, clipped and scaled
    to [-1, 1]; heads seen fewer than MIN_HEAD times are left out."""
    real, seen = {}, {}
    for voice, label in zip(found, labels):
        head = _head(voice)
        if head:
            seen[head] = seen.get(head, 0) + 1
            real[head] = real.get(head, 0) + bool(label)
    base = float(np.log((sum(map(bool, labels)) + 1) / (len(labels) - sum(map(bool, labels)) + 1)))
    prior = {}
    for head, count in seen.items():
        if count >= MIN_HEAD:
            odds = float(np.log((real[head] + 0.5) / (count - real[head] + 0.5))) - base
            prior[head] = round(max(-PRIOR_CLIP, min(PRIOR_CLIP, odds)) / PRIOR_CLIP, 4)
    return dict(sorted(prior.items()))


def matrix(found: list[voice_filter.Voice], prior: dict[str, float], names: list[str]) -> np.ndarray:
    return np.array([[row[n] for n in names] for row in (voice_filter.features(v, prior) for v in found)])


def fit(x: np.ndarray, y: np.ndarray, *, l2: float = L2, steps: int = 25) -> np.ndarray:
    """Logistic regression weights by Newton's method (the bias, column 0, is not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def folds_of(groups: list[str]) -> np.ndarray:
    """Each example's fold, FOLDS of them, by its group (an article, a sentence): a group's examples
    are never split between training and judging."""
    fold_of = {group: k % FOLDS for k, group in enumerate(sorted(set(groups)))}
    return np.array([fold_of[g] for g in groups])


def cross_validated(found: list[voice_filter.Voice], y: np.ndarray, groups: list[str], names: list[str]) -> np.ndarray:
    """Out-of-fold probabilities, folds by article (an article's voices never train their own score,
    nor the head-word prior it is scored with)."""
    folds = folds_of(groups)
    scores = np.zeros(len(y))
    for k in range(FOLDS):
        train = [v for v, f in zip(found, folds) if f != k]
        prior = head_prior(train, y[folds != k])
        w = fit(matrix(train, prior, names), y[folds != k])
        held = matrix([v for v, f in zip(found, folds) if f == k], prior, names)
        scores[folds == k] = 1.0 / (1.0 + np.exp(-np.clip(held @ w, -30, 30)))
    return scores


def figures(scores: np.ndarray, y: np.ndarray, threshold: float) -> dict[str, float]:
    kept = scores >= threshold
    return {
        "threshold": round(float(threshold), 4),
        "real_before": round(float(y.mean()), 4),
        "real_kept": round(float(y[kept].mean()) if kept.any() else 0.0, 4),
        "real_voices_kept": round(float(kept[y == 1].mean()), 4),
        "false_voices_dropped": round(float(1 - kept[y == 0].mean()), 4),
        "rejected": int((~kept).sum()),
        "rejection_precision": round(float((y[~kept] == 0).mean()), 4) if (~kept).any() else None,
        "accuracy": round(float((kept == (y == 1)).mean()), 4),
    }


def choose_threshold(scores: np.ndarray, y: np.ndarray, precision: float) -> float:
    """The highest threshold whose rejections are still right `precision` of the time (cross-validated):
    a real voice dropped costs its statements their speaker, so the filter only rejects where it is sure."""
    best = 0.0
    for threshold in np.arange(0.05, 0.96, 0.01):
        rejected = scores < threshold
        if rejected.any() and (y[rejected] == 0).mean() >= precision:
            best = float(threshold)
        elif rejected.any():
            break
    return round(best, 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m viewpoints.evaluation.train_voice_filter", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="evaluation data folder (e.g. ../shared/eval)")
    parser.add_argument("--out", type=Path, default=voice_filter.lexicon.DATA_DIR / "models" / voice_filter.MODEL_FILE)
    parser.add_argument("--precision", type=float, default=0.8, help="cross-validated share of rejections that must be right")
    args = parser.parse_args(argv)
    split_dir = args.data / "polnear" / "train"
    if not (split_dir / "attributions").is_dir():
        print(f"no PolNeAR train data in {split_dir}", file=sys.stderr)
        return 1
    groups, found, labels = examples(split_dir, progress=lambda m: print(m, file=sys.stderr, flush=True))
    names = list(voice_filter.features(found[0]))
    y = np.array(labels, dtype=float)
    scores = cross_validated(found, y, groups, names)
    threshold = choose_threshold(scores, y, args.precision)
    cv = figures(scores, y, threshold)
    prior = head_prior(found, y)
    w = fit(matrix(found, prior, names), y)
    model = {
        "about": "Voice filter of viewpoints.speakers.voice_filter: logistic regression over voice_filter.features, "
        "trained by python -m viewpoints.evaluation.train_voice_filter on PolNeAR train; a voice scoring "
        "below the threshold names no source of the article.",
        "trained_on": f"PolNeAR train, {len(set(groups))} articles, {len(y)} proposed voices ({int(y.sum())} real)",
        "trained": date.today().isoformat(),
        "l2": L2,
        "threshold": cv["threshold"],
        "cross_validated": {"folds": FOLDS, **cv},
        "weights": {name: round(float(value), 5) for name, value in zip(names, w)},
        "head_prior": prior,
    }
    write_model(args.out, model)
    return 0


def write_model(path: Path, model: dict) -> None:
    """Write a trained model's JSON (the weights the engine reads) and print its cross-validated figures."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(model["cross_validated"], indent=2))
    print(f"written to {path}")


if __name__ == "__main__":
    raise SystemExit(main())
