"""Throughput of the whole engine against TextBlob sentiment alone, on PolNeAR train articles.

    python benchmarks/bench_throughput.py --data ../shared/eval [--limit N] [--json OUT]

1. `viewpoints.analyze` on each article text (statements per second of the whole pipeline);
2. `TextBlob(s).sentiment` on the text of every statement the engine produced (the same statements,
   timed right after each article, so a busy machine slows both sides alike);
3. the ratio engine time / TextBlob time. Goal: at most 2.5 (issue #17, aiming at 2: the engine costs
   at most two and a half times the sentiment scoring it is built around);
4. in the same run, the parts of the engine that are other libraries, each timed alone on the same
   input: the two sentiment scorers every statement gets (TextBlob's analyser with its assessments, and
   VADER), and sentence splitting (sentencex behind `viewpoints.text.sentences.split`, over the article's
   paragraphs). Their ratios to TextBlob alone show how much of the engine's cost is left to the rules
   (engine time less those parts: attribution, stance, aspects and building the frame).
One untimed warm-up call of each comes first, so imports and lexicon loading are not counted.
Not part of the pytest run (it needs the evaluation data and takes minutes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

# This checkout's engine, before any installed one: run from a worktree, an editable install of
# another checkout would otherwise be measured instead (the script's folder, not the current one,
# leads sys.path).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import viewpoints

from textblob import TextBlob

from viewpoints import schema
from viewpoints.text.sentences import split
from viewpoints.sentiment import textblob_scores, vader_compound
from viewpoints.text.structure import layout

TEXT_DIR = Path("polnear") / "train" / "text"
GOAL_RATIO = 2.5  # issue #17: at most 2.5x TextBlob alone (aiming at 2x)


def article_paths(data_dir: Path, limit: int | None) -> list[Path]:
    """The first `limit` train texts by name (all of them without a limit)."""
    return sorted((data_dir / TEXT_DIR).glob("*.txt"))[:limit]


def _seconds(work, items) -> float:
    """Seconds spent calling `work` on each of `items`, in turn."""
    started = time.perf_counter()
    for item in items:
        work(item)
    return time.perf_counter() - started


def measure(paths: list[Path]) -> dict:
    texts = [(path.stem, path.read_bytes().decode("utf-8")) for path in paths]
    viewpoints.analyze(texts[0][1], article_id="warm-up")
    _ = TextBlob("A warm-up sentence, said nobody.").sentiment

    # Interleaved per article, so a busy machine slows both sides alike and the ratio stays fair.
    n_statements, per_article, textblob_seconds = 0, [], 0.0
    textblob_scores_seconds, vader_seconds, splitting_seconds = 0.0, 0.0, 0.0
    for article_id, text in texts:
        started = time.perf_counter()
        frame = viewpoints.analyze(text, article_id=article_id)
        per_article.append(time.perf_counter() - started)
        statements = frame[schema.TEXT].astype(str).tolist()
        n_statements += len(statements)
        textblob_seconds += _seconds(lambda statement: TextBlob(statement).sentiment, statements)
        textblob_scores_seconds += _seconds(textblob_scores, statements)
        vader_seconds += _seconds(vader_compound, statements)
        splitting_seconds += _seconds(lambda paragraph: split(text, paragraph.start, paragraph.end), layout(text).paragraphs)
    engine_seconds = sum(per_article)
    scorers_seconds = textblob_scores_seconds + vader_seconds
    rules_seconds = engine_seconds - scorers_seconds - splitting_seconds  # what is left: the engine's own rules

    def share(seconds: float) -> float | None:
        return round(seconds / textblob_seconds, 2) if textblob_seconds else None

    n = n_statements
    return {
        "measured_on": dt.date.today().isoformat(),
        "engine_version": getattr(viewpoints, "__version__", "unknown"),
        "data": "PolNeAR train texts",
        "articles": len(texts),
        "characters": sum(len(text) for _, text in texts),
        "statements": n,
        "engine_seconds": round(engine_seconds, 3),
        "engine_statements_per_second": round(n / engine_seconds, 1) if engine_seconds else None,
        "engine_ms_per_article_median": round(1000 * statistics.median(per_article), 1),
        "engine_ms_per_article_max": round(1000 * max(per_article), 1),
        "textblob_seconds": round(textblob_seconds, 3),
        "textblob_statements_per_second": round(n / textblob_seconds, 1) if textblob_seconds else None,
        "ratio_engine_to_textblob": share(engine_seconds),
        "sentiment_scorers_seconds": round(scorers_seconds, 3),
        "ratio_sentiment_scorers_to_textblob": share(scorers_seconds),
        "ratio_textblob_scores_with_words_to_textblob": share(textblob_scores_seconds),
        "ratio_vader_to_textblob": share(vader_seconds),
        "sentence_splitting_seconds": round(splitting_seconds, 3),
        "ratio_sentence_splitting_to_textblob": share(splitting_seconds),
        "ratio_rules_to_textblob": share(rules_seconds),
        "goal_ratio_at_most": GOAL_RATIO,
    }


def table(result: dict) -> str:
    ratio = result["ratio_engine_to_textblob"]
    verdict = "met" if ratio is not None and ratio <= GOAL_RATIO else "MISSED"
    rows = [
        ("viewpoints.analyze", result["engine_seconds"], result["engine_statements_per_second"]),
        ("TextBlob(s).sentiment", result["textblob_seconds"], result["textblob_statements_per_second"]),
    ]
    return "\n".join(
        [
            f"Throughput on {result['articles']} {result['data']} ({result['statements']} statements, "
            f"{result['characters']:,} characters), {result['measured_on']}",
            f"  {'':<28} {'seconds':>9} {'statements/s':>13}",
            *(f"  {name:<28} {seconds:>9.2f} {per_second:>13,.1f}" for name, seconds, per_second in rows),
            f"  ratio engine / TextBlob: {ratio} (goal <= {GOAL_RATIO}: {verdict})",
            f"  inside the engine, each alone on the same input: TextBlob+VADER scoring "
            f"{result['ratio_sentiment_scorers_to_textblob']}x (TextBlob with its words "
            f"{result['ratio_textblob_scores_with_words_to_textblob']}x, VADER {result['ratio_vader_to_textblob']}x), "
            f"sentence splitting {result['ratio_sentence_splitting_to_textblob']}x of TextBlob alone",
            f"  left for the engine's own rules (the rest of its time): {result['ratio_rules_to_textblob']}x",
            f"  per article: median {result['engine_ms_per_article_median']} ms, "
            f"max {result['engine_ms_per_article_max']} ms",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="evaluation data folder (holds polnear/train/text)")
    parser.add_argument("--limit", type=int, help="only the first N articles by name")
    parser.add_argument("--json", dest="json_path", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    paths = article_paths(args.data, args.limit)
    if not paths:
        print(f"no article texts in {args.data / TEXT_DIR}: nothing to measure", file=sys.stderr)
        return 1
    result = measure(paths)
    print(table(result))
    if args.json_path:
        args.json_path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {args.json_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
