"""Sentence sentiment (viewpoints.sentiment: TextBlob polarity, VADER compound) against human ratings.

- VADER's NYT editorial snippets: Pearson r of each score with the mean human rating (-4 .. +4).
- NewsMTSC devtest_rw: one item per target; the sentence's polarity is cut at +-NEUTRAL_BAND into
  negative / neutral / positive and compared with the target's label (2 / 4 / 6) by macro-F1. The
  sentence score ignores which person is the target: that is the point of the comparison.
"""

from __future__ import annotations

import json
import time
from functools import cache
from pathlib import Path

from viewpoints import sentiment as engine_sentiment
from viewpoints.evaluation import report
from viewpoints.evaluation.metrics import (
    f1_per_class,
    macro_f1,
    majority_label,
    pearson,
)
from viewpoints.evaluation.sampling import subsample

NYT_LABEL = "VADER NYT editorial snippets"
NYT_FILE = Path("vader_nyt") / "nytEditorialSnippets_GroundTruth.txt"
MTSC_LABEL = "NewsMTSC devtest_rw"
MTSC_FILE = Path("newsmtsc") / "devtest_rw.jsonl"
MTSC_LABELS = {2: "negative", 4: "neutral", 6: "positive"}
POLARITY_LABELS = ("negative", "neutral", "positive")

NYT_REFERENCES = [("TextBlob polarity", "textblob_pearson", 0.299), ("VADER compound", "vader_pearson", 0.503)]
MTSC_REFERENCES = [
    ("TextBlob", "textblob_macro_f1", 0.411),
    ("VADER", "vader_macro_f1", 0.512),
    ("majority class", "majority_macro_f1", 0.189),
]


@cache
def _scores(sentence: str) -> tuple[float, float]:
    result = engine_sentiment.sentiment(sentence)
    return result.polarity, result.vader


def polarity_label(score: float, band: float = engine_sentiment.NEUTRAL_BAND) -> str:
    """negative below -band, positive above +band, neutral in between (inclusive)."""
    if score > band:
        return "positive"
    if score < -band:
        return "negative"
    return "neutral"


def read_nyt(path: Path) -> list[tuple[str, float, str]]:
    """(id, mean rating, sentence) per line of the tab-separated ground-truth file."""
    rows = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.strip("\r\n").split("\t", 2)
        if len(fields) == 3 and fields[2].strip():
            rows.append((fields[0], float(fields[1]), fields[2]))
    return rows


def read_newsmtsc(path: Path) -> list[tuple[str, str, str]]:
    """(target id, sentence, label) per target: a sentence with two targets gives two items."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        for target in record["targets"]:
            items.append((target["Input.gid"], record["sentence_normalized"], MTSC_LABELS[int(target["polarity"])]))
    return items


def evaluate_nyt(data_dir: Path, *, limit: int | None = None) -> dict:
    path = data_dir / NYT_FILE
    if not path.is_file():
        return report.skipped(NYT_LABEL, f"no NYT editorial ratings at {path}")
    rows = subsample(read_nyt(path), limit, key=lambda row: row[0])
    started = time.perf_counter()
    scores = [_scores(sentence) for _, _, sentence in rows]
    seconds = time.perf_counter() - started
    human = [rating for _, rating, _ in rows]
    return report.entry(
        NYT_LABEL,
        source=str(NYT_FILE),
        n={"sentences": len(rows)},
        metrics={
            "textblob_pearson": pearson([s[0] for s in scores], human),
            "vader_pearson": pearson([s[1] for s in scores], human),
        },
        references=NYT_REFERENCES,
        definitions={
            "textblob_pearson": "Pearson r of TextBlob polarity with the mean of 20 human ratings",
            "vader_pearson": "Pearson r of VADER compound with the mean of 20 human ratings",
        },
        notes="viewpoints.sentiment on each sentence as given.",
        seconds=seconds,
    )


def evaluate_newsmtsc(data_dir: Path, *, limit: int | None = None) -> dict:
    path = data_dir / MTSC_FILE
    if not path.is_file():
        return report.skipped(MTSC_LABEL, f"no NewsMTSC data at {path}")
    items = subsample(read_newsmtsc(path), limit, key=lambda item: item[0])
    started = time.perf_counter()
    scores = [_scores(sentence) for _, sentence, _ in items]
    seconds = time.perf_counter() - started
    gold = [label for _, _, label in items]
    textblob = [polarity_label(s[0]) for s in scores]
    vader = [polarity_label(s[1]) for s in scores]
    majority = majority_label(gold)
    return report.entry(
        MTSC_LABEL,
        source=str(MTSC_FILE),
        n={"targets": len(items), "sentences": len({sentence for _, sentence, _ in items})},
        metrics={
            "textblob_macro_f1": macro_f1(gold, textblob, POLARITY_LABELS),
            "vader_macro_f1": macro_f1(gold, vader, POLARITY_LABELS),
            "majority_macro_f1": macro_f1(gold, [majority] * len(gold), POLARITY_LABELS),
            **{f"vader_f1_{k}": v for k, v in f1_per_class(gold, vader, POLARITY_LABELS).items()},
        },
        references=MTSC_REFERENCES,
        definitions={
            "textblob_macro_f1": f"macro-F1 of TextBlob sentence polarity cut at +-{engine_sentiment.NEUTRAL_BAND}",
            "vader_macro_f1": f"macro-F1 of VADER compound cut at +-{engine_sentiment.NEUTRAL_BAND}",
            "majority_macro_f1": "macro-F1 of always answering the most frequent gold label",
        },
        notes="one item per target; the sentence score is the same for every target in a sentence.",
        seconds=seconds,
    )
