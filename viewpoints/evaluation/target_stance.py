"""Stance toward a person, on NewsMTSC devtest_rw: ``analyze(sentence, target=<the mention>)``, and the
statement holding the mention must lean as the raters judged the sentence toward that person
(supportive = positive, skeptical = negative, neutral = neutral). Macro-F1 over the three."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from viewpoints import schema
from viewpoints.evaluation import report
from viewpoints.evaluation.metrics import f1_per_class, macro_f1
from viewpoints.evaluation.sampling import subsample

LABEL = "NewsMTSC devtest_rw, stance toward the person mentioned"
FILE = Path("newsmtsc") / "devtest_rw.jsonl"
FROM_POLARITY = {2: "skeptical", 4: "neutral", 6: "supportive"}
CLASSES = ("skeptical", "neutral", "supportive")
GOALS = {"macro_f1": (">=", 0.60)}
REFERENCES = [
    ("Viewpoints at a9ea298 (issue cues only)", "macro_f1", 0.276),
    ("VADER on the whole sentence", "macro_f1", 0.512),
    ("best fine-tuned model (RoBERTa GRU-TSC, published)", "macro_f1", 0.831),
]


def read(path: Path) -> list[tuple[str, str, str, int, int, str]]:
    """(target id, sentence, mention, from, to, label) per target."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            for t in record["targets"]:
                items.append((t["Input.gid"], record["sentence_normalized"], t["mention"], int(t["from"]), int(t["to"]), FROM_POLARITY[int(t["polarity"])]))
    return items


def holding(frame, start: int, end: int) -> str:
    """The stance of the statement that holds the mention (the one overlapping it most), else neutral."""
    best, overlap = "neutral", 0
    for s, e, stance in frame[[schema.START, schema.END, schema.STANCE]].itertuples(index=False, name=None):
        shared = min(e, end) - max(s, start)
        if shared > overlap:
            best, overlap = stance, shared
    return best


def evaluate(data_dir: Path, analyze: Callable, *, limit: int | None = None) -> dict:
    path = data_dir / FILE
    if not path.is_file():
        return report.skipped(LABEL, f"no NewsMTSC data at {path}")
    items = subsample(read(path), limit, key=lambda item: item[0])
    started = time.perf_counter()
    predicted = [holding(analyze(sentence, target=mention), start, end) for _, sentence, mention, start, end, _ in items]
    seconds = time.perf_counter() - started
    gold = [label for *_, label in items]
    return report.entry(
        LABEL,
        source=str(FILE),
        n={"targets": len(items), **{f"gold_{c}": gold.count(c) for c in CLASSES}, **{f"predicted_{c}": predicted.count(c) for c in CLASSES}},
        metrics={"macro_f1": macro_f1(gold, predicted, CLASSES), **{f"f1_{k}": v for k, v in f1_per_class(gold, predicted, CLASSES).items()}},
        goals=GOALS,
        references=REFERENCES,
        definitions={"macro_f1": "macro-F1 of the stance toward the mentioned person of the statement holding the mention "
                     "(supportive = positive, skeptical = negative), analyze(sentence, target=mention)"},
        notes="The model was trained on NewsMTSC train only (python -m viewpoints.evaluation.train_actor_stance); "
        "devtest_rw is judged, never fitted.",
        seconds=seconds,
    )
