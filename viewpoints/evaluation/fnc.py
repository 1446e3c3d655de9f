"""Stance on FNC-1's related pairs: the headline is the target, the body is the article.

Labels: agree -> supportive, disagree -> skeptical, discuss -> neutral ("unrelated" pairs are left
out: relatedness is not what the engine does). The engine gives a stance per statement; one body
label comes from `aggregate`:

1. the target's content words are the headline's lower-cased words of 3+ letters that are not
   stopwords; a statement is relevant when it shares at least ``min(MIN_SHARED, #content words)``
   of them (if none is relevant, every statement counts);
2. the body score is the sum of STANCE_SCORE over the relevant statements;
3. supportive above +THRESHOLD, skeptical below -THRESHOLD, neutral otherwise.
The constants were fixed before measuring, not tuned on FNC-1.
"""

from __future__ import annotations

import csv
import re
import time
from collections.abc import Callable
from pathlib import Path

from viewpoints import schema
from viewpoints.evaluation import report
from viewpoints.evaluation.metrics import (
    accuracy,
    counts,
    f1_per_class,
    macro_f1,
    majority_label,
)
from viewpoints.evaluation.sampling import subsample
from viewpoints.evaluation.speakers import STOPWORDS

DATA_LABEL = "FNC-1 competition test, related pairs"
FOLDER = Path("fnc1")
STANCES_FILE = "competition_test_stances.csv"
BODIES_FILE = "competition_test_bodies.csv"
LABELS = {"agree": "supportive", "disagree": "skeptical", "discuss": "neutral"}

MIN_SHARED = 2  # content words a statement must share with the headline to count
THRESHOLD = 0.5  # |sum of stance scores| needed to leave neutral

RULE = (
    "agree/disagree/discuss read as supportive/skeptical/neutral, headline as target. Body label: sum "
    f"the stance scores of statements sharing >= {MIN_SHARED} headline content words (all statements if "
    f"none does); supportive above +{THRESHOLD}, skeptical below -{THRESHOLD}, else neutral."
)
REFERENCES = [
    ("majority class (discuss), full related set", "macro_f1", 0.258),
    ("TextBlob polarity as stance, full related set", "macro_f1", 0.329),
]
DEFINITIONS = {
    "macro_f1": "macro-F1 over supportive / skeptical / neutral, one item per related (headline, body) pair",
    "accuracy": "share of pairs with the gold label",
    "majority_macro_f1": "macro-F1 of always answering the most frequent gold label of the pairs evaluated",
}

_WORD = re.compile(r"[^\W\d_]{3,}")


def content_words(text: str) -> set[str]:
    """Lower-cased words of 3+ letters that are not stopwords."""
    return {word for word in _WORD.findall(text.lower()) if word not in STOPWORDS}


def aggregate(statements: list[tuple[str, float]], target: str) -> tuple[str, float, int]:
    """(label, score, relevant statements) for one body given its (statement text, stance score) pairs."""
    wanted = content_words(target)
    need = min(MIN_SHARED, len(wanted))
    relevant = [score for text, score in statements if need and len(content_words(text) & wanted) >= need]
    if not relevant:
        relevant = [score for _, score in statements]
    total = float(sum(relevant))
    if total > THRESHOLD:
        return "supportive", total, len(relevant)
    if total < -THRESHOLD:
        return "skeptical", total, len(relevant)
    return "neutral", total, len(relevant)


def load_pairs(folder: Path) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """(related pairs as (body id, headline, stance label), bodies by id)."""
    with open(folder / BODIES_FILE, encoding="utf-8", newline="") as handle:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(handle)}
    with open(folder / STANCES_FILE, encoding="utf-8", newline="") as handle:
        pairs = [
            (row["Body ID"], row["Headline"], LABELS[row["Stance"]])
            for row in csv.DictReader(handle)
            if row["Stance"] in LABELS and row["Body ID"] in bodies
        ]
    return pairs, bodies


def evaluate_fnc(
    data_dir: Path, analyze: Callable, *, limit: int | None = None, progress: Callable[[str], None] | None = None
) -> dict:
    folder = data_dir / FOLDER
    if not (folder / STANCES_FILE).is_file() or not (folder / BODIES_FILE).is_file():
        return report.skipped(DATA_LABEL, f"no FNC-1 data: expected {folder / STANCES_FILE} and {folder / BODIES_FILE}")
    pairs, bodies = load_pairs(folder)
    if not pairs:
        return report.skipped(DATA_LABEL, f"no related pair in {folder / STANCES_FILE}")
    pairs = subsample(pairs, limit, key=lambda pair: f"{pair[0]}\t{pair[1]}")
    cache: dict[tuple[str, str], str] = {}  # one engine run per distinct (body, headline)
    predicted, n_statements = [], 0
    started = time.perf_counter()
    for number, (body_id, headline, _gold) in enumerate(pairs, start=1):
        key = (body_id, headline)
        if key not in cache:
            frame = analyze(bodies[body_id], target=headline, article_id=f"fnc-{body_id}")
            n_statements += len(frame)
            statements = list(zip(frame[schema.TEXT].astype(str), frame[schema.STANCE_SCORE].astype(float)))
            cache[key] = aggregate(statements, headline)[0]
        predicted.append(cache[key])
        if progress and number % 500 == 0:
            progress(f"fnc1: {number}/{len(pairs)} pairs, {time.perf_counter() - started:.0f} s")
    seconds = time.perf_counter() - started
    gold = [label for _, _, label in pairs]
    labels = tuple(schema.STANCES)
    majority = majority_label(gold)
    return report.entry(
        DATA_LABEL,
        source=str(FOLDER),
        n={
            "pairs": len(pairs),
            "engine_runs": len(cache),
            "bodies": len({body for body, _, _ in pairs}),
            "statements": n_statements,
            **{f"gold_{label}": count for label, count in counts(gold).items()},
            **{f"predicted_{label}": count for label, count in counts(predicted).items()},
        },
        metrics={
            "macro_f1": macro_f1(gold, predicted, labels),
            "accuracy": accuracy(gold, predicted),
            **{f"f1_{label}": score for label, score in f1_per_class(gold, predicted, labels).items()},
            "majority_macro_f1": macro_f1(gold, [majority] * len(gold), labels),
        },
        references=REFERENCES,
        definitions=DEFINITIONS,
        notes=RULE,
        seconds=seconds,
    )
