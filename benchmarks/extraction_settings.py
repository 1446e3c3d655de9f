"""Which trafilatura settings should HTML ingestion use? Measured on real pages, not chosen by taste.

    python benchmarks/extraction_settings.py --data ../shared/eval [--pages]

Runs ``viewpoints.corpus.ingest.from_html`` on every page under ``<data>/web`` once per candidate setting and
scores the text it keeps against the reader-mode text, exactly as ``viewpoints eval --task web`` does
(bags of word tokens, macro-averaged over pages; see ``viewpoints.evaluation.web``). Prints one line
per setting; the one with the highest F1 belongs in ``viewpoints.corpus.ingest.EXTRACTION``.
Not part of the pytest run (it needs the evaluation data).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

# This checkout's engine, before any installed one: run from a worktree, an editable install of
# another checkout would otherwise be measured instead (the script's folder, not the current one,
# leads sys.path).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from viewpoints.evaluation.web import extractor, pages, score_page, summarize

CANDIDATES = {
    "favor_recall (before)": {"favor_recall": True, "include_tables": True},
    "favor_recall, no tables": {"favor_recall": True, "include_tables": False},
    "default": {"include_tables": True},
    "default, no tables": {"include_tables": False},
    "favor_precision": {"favor_precision": True, "include_tables": True},
    "favor_precision, no tables": {"favor_precision": True, "include_tables": False},
    "default, no fallback": {"include_tables": True, "no_fallback": True},
    "favor_recall, deduplicate": {"favor_recall": True, "include_tables": True, "deduplicate": True},
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="evaluation data folder (e.g. ../shared/eval)")
    parser.add_argument("--pages", action="store_true", help="also print each page's F1 per setting")
    args = parser.parse_args(argv)
    folders = pages(args.data)
    if not folders:
        print(f"no pages under {args.data / 'web'}", file=sys.stderr)
        return 1
    print(f"{len(folders)} pages")
    print(f"{'setting':<28} {'precision':>9} {'recall':>7} {'F1':>6} {'title':>6} {'refused':>7} {'fewest':>6} {'s':>5}")
    per_page = {}
    for name, options in CANDIDATES.items():
        started = time.perf_counter()
        scores = [score_page(folder, extractor(options)) for folder in folders]
        m = summarize(scores)
        per_page[name] = scores
        print(f"{name:<28} {m['precision']:>9.4f} {m['recall']:>7.4f} {m['f1']:>6.4f} {m['title_match']:>6.3f} {m['refused']:>7} {m['fewest_words']:>6} {time.perf_counter() - started:>5.1f}")
    if args.pages:
        names = list(CANDIDATES)
        print("\npage F1 per setting, in the order above")
        for i, folder in enumerate(folders):
            print(f"{folder.name:<20} " + " ".join(f"{per_page[n][i]['f1']:.3f}" for n in names) + f"  words {per_page[names[0]][i]['words']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
