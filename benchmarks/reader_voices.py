"""The voice measures against a reader: how many of the voices PolNeAR cannot confirm name a source anyway?

    python benchmarks/reader_voices.py --data ../shared/eval

`viewpoints eval` calls a voice *real* when its words stand inside a PolNeAR source span of its article
(issue 13). PolNeAR annotates what its guidelines count as attributions, so a voice can be a source a
reader accepts and still not be real by that measure ("Many observers were surprised when ...", a
company's statement), and a real voice can carry none of its own words. `data/eval/dev_voice_judgements.json`
holds a reader's judgement of a sample of dev voices (every voice the measure called not real at one
commit, and 40 it called real, as a control). This script analyses dev with this checkout's engine,
finds each current voice among the judged ones (same article, same name) and reports:

1. the voice measure's `real` as `viewpoints eval` computes it;
2. `real, as a reader counts it`: the real voices, plus the voices not real by the measure that the reader
   judged a source; a not-real voice nobody judged (new since the judging) counts as not real, so the
   figure is a floor for this engine; and the same counting only the judgements not marked unsure;
3. of the judged not-real voices, how many the reader judged a source, a real party given words not
   theirs, or no voice at all;
4. the control: of the judged real voices, how many carry none of their own statements.

Not part of the pytest run (it needs the evaluation data). The judge was one AI reader (see the file).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

# This checkout's engine, before any installed one (see bench_throughput.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import viewpoints

from viewpoints.evaluation import brat, voices
from viewpoints.evaluation.polnear import SPLIT_DIR

JUDGEMENTS = Path(__file__).resolve().parents[1] / "data" / "eval" / "dev_voice_judgements.json"


def measure(data_dir: Path, judged: dict[tuple[str, str], dict]) -> dict:
    split = data_dir / SPLIT_DIR
    gold = brat.sources_per_article(split / "attributions")
    counts = voices.VoiceCounts()
    for article, text, _ in brat.load_split(split):
        frame = viewpoints.analyze(text, article_id=article)
        voices.count_article(article, voices.voices_of(frame), gold.get(article, []), counts)
    rows = counts.rows
    not_real = [r for r in rows if not r["real"]]
    seen = Counter(judged[(r["article"], r["voice"])]["judgement"] for r in not_real if (r["article"], r["voice"]) in judged)
    sure = sum(1 for r in not_real if (r["article"], r["voice"]) in judged and judged[(r["article"], r["voice"])]["judgement"] == "source" and not judged[(r["article"], r["voice"])]["unsure"])
    control = Counter(judged[(r["article"], r["voice"])]["judgement"] for r in rows if r["real"] and (r["article"], r["voice"]) in judged)
    real = sum(r["real"] for r in rows)
    return {
        "voices": len(rows),
        "real": round(real / len(rows), 4),
        "real_by_reader": round((real + seen["source"]) / len(rows), 4),
        "real_by_reader_sure": round((real + sure) / len(rows), 4),
        "not_real": len(not_real),
        "not_real_judged": sum(seen.values()),
        "not_real_judged_as": dict(seen),
        "control_judged": sum(control.values()),
        "control_judged_as": dict(control),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="evaluation data folder (holds polnear/)")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS, help="the reader's judgements (JSON)")
    args = parser.parse_args(argv)
    if not (args.data / SPLIT_DIR).is_dir():
        print(f"no PolNeAR dev split under {args.data}: pass the folder that holds polnear/", file=sys.stderr)
        return 1
    document = json.loads(args.judgements.read_text(encoding="utf-8"))
    judged = {(v["article"], v["voice"]): v for v in document["voices"]}
    result = measure(args.data, judged)
    print(f"PolNeAR dev voices, judged by a reader on {document['judged_on']} (engine {document['engine_commit']})")
    print(f"  voices {result['voices']}: real by the voice measure {result['real']:.4f}, real as a reader counts it (a floor) {result['real_by_reader']:.4f}")
    print(f"  the same, counting only the judgements the reader was sure of: {result['real_by_reader_sure']:.4f}")
    print(f"  not real by the measure: {result['not_real']}, of which judged {result['not_real_judged']}: {result['not_real_judged_as']}")
    print(f"  control, real by the measure and judged: {result['control_judged']}: {result['control_judged_as']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
