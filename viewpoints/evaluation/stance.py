"""Stance, section and speaker on the hand-written gold of the seed article.

The gold (`seed_statements.jsonl`, one line per sentence: section, speaker, kind, stance, text) lives
outside the repository, beside the evaluation data (``<data>/../gold``) or where ``--gold`` says.
Each gold sentence is found in the seed text and judged on the engine statement overlapping it most.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from viewpoints import schema
from viewpoints.evaluation import align, report
from viewpoints.evaluation.metrics import accuracy, f1_per_class, macro_f1

DATA_LABEL = "seed article gold"
TARGET = "security guarantees"
GOLD_FILE = "seed_statements.jsonl"
SEED_FILE = Path("seeds") / "000_5dea0eb155ccf4de.txt"  # relative to the gold folder's parent
REPO_SEED = Path(__file__).resolve().parents[2] / "seeds" / "ukraine-security-guarantees.txt"
GOLD_AUTHOR = "author"
GOLD_LEAD = "Lead"

GOALS = {"stance_macro_f1": (">=", 1.0), "speaker_accuracy": (">=", 1.0), "section_accuracy": (">=", 1.0)}
DEFINITIONS = {
    "stance_macro_f1": "macro-F1 over supportive / skeptical / neutral, one item per gold sentence",
    "stance_accuracy": "share of gold sentences whose statement has the gold stance",
    "speaker_accuracy": "share whose speaker equals the gold speaker (case-insensitive; gold 'author' = narration)",
    "section_accuracy": "share whose section equals the gold section (gold 'Lead' = the engine's lead section)",
    "attribution_accuracy": "share whose attribution kind equals the gold kind (reported / continuation / narration)",
    "boundary_exact": "share of gold sentences matching one statement's span exactly",
}


def seed_paths(gold_dir: Path) -> tuple[Path, Path]:
    """(gold file, seed text): the shared copy of the seed beside the gold, else the repository's."""
    shared = gold_dir.parent / SEED_FILE
    return gold_dir / GOLD_FILE, shared if shared.is_file() else REPO_SEED


def _text(value) -> str | None:
    """A frame cell as plain text (None for missing values such as pd.NA)."""
    return value if isinstance(value, str) else None


def _same(predicted: str | None, gold: str) -> bool:
    return isinstance(predicted, str) and " ".join(predicted.split()).casefold() == " ".join(gold.split()).casefold()


def judge(text: str, gold_rows: list[dict], frame) -> list[dict]:
    """One row per gold sentence: gold and predicted section, speaker, kind and stance."""
    spans = list(zip(frame[schema.START].astype(int), frame[schema.END].astype(int)))
    records = frame.to_dict("records")
    rows, cursor = [], 0
    for gold in gold_rows:
        where = align.locate(text, gold["text"], cursor)
        index = None
        if where is not None:
            cursor = where[1]
            index, _ = align.best_match((where,), spans)
        predicted = records[index] if index is not None else {}
        rows.append(
            {
                "task": "seed",
                "index": gold["index"],
                "sentence": gold["text"],
                "located": where is not None,
                "boundary_exact": index is not None and spans[index] == where,
                "gold_stance": gold["stance"],
                "stance": _text(predicted.get(schema.STANCE)),
                "gold_speaker": schema.AUTHOR if gold["speaker"] == GOLD_AUTHOR else gold["speaker"],
                "speaker": _text(predicted.get(schema.SPEAKER)),
                "gold_section": schema.LEAD_SECTION if gold["section"] == GOLD_LEAD else gold["section"],
                "section": _text(predicted.get(schema.SECTION)),
                "gold_kind": gold["kind"],
                "kind": _text(predicted.get(schema.ATTRIBUTION)),
                "cue": _text(predicted.get(schema.CUE)),
                "stance_cues": _text(predicted.get(schema.STANCE_CUES)),
            }
        )
    return rows


def summarise(rows: list[dict]) -> dict:
    def share(field: str) -> float:
        return sum(_same(row[field], row["gold_" + field]) for row in rows) / len(rows)

    gold = [row["gold_stance"] for row in rows]
    predicted = [row["stance"] or "none" for row in rows]
    per_class = f1_per_class(gold, predicted, schema.STANCES)
    return {
        "stance_macro_f1": macro_f1(gold, predicted, schema.STANCES),
        "stance_accuracy": accuracy(gold, predicted),
        "speaker_accuracy": share("speaker"),
        "section_accuracy": share("section"),
        "attribution_accuracy": share("kind"),
        "boundary_exact": sum(row["boundary_exact"] for row in rows) / len(rows),
        **{f"f1_{label}": score for label, score in per_class.items()},
    }


def evaluate_seed(gold_dir: Path, analyze: Callable, *, errors: list[dict] | None = None) -> dict:
    """The seed entry of the report; sentences with any mismatch go to `errors` when given."""
    gold_path, seed_path = seed_paths(gold_dir)
    if not gold_path.is_file():
        return report.skipped(DATA_LABEL, f"no seed gold at {gold_path} (pass --gold DIR)")
    if not seed_path.is_file():
        return report.skipped(DATA_LABEL, f"no seed article at {gold_dir.parent / SEED_FILE} or {REPO_SEED}")
    gold_rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not gold_rows:
        return report.skipped(DATA_LABEL, f"{gold_path} holds no sentences")
    text = seed_path.read_bytes().decode("utf-8")
    started = time.perf_counter()
    frame = analyze(text, target=TARGET, article_id="seed")
    seconds = time.perf_counter() - started
    rows = judge(text, gold_rows, frame)
    if errors is not None:
        fields = ("stance", "speaker", "section", "kind")
        errors += [row for row in rows if not all(_same(row[f], row["gold_" + f]) for f in fields)]
    return report.entry(
        DATA_LABEL,
        source=str(gold_path),
        n={"sentences": len(rows), "located": sum(row["located"] for row in rows), "statements": len(frame)},
        metrics=summarise(rows),
        goals=GOALS,
        definitions=DEFINITIONS,
        notes=f"target {TARGET!r}; each gold sentence is judged on the engine statement overlapping it most; "
        "the gold is small and hand-written: the product should match it fully.",
        seconds=seconds,
    )
