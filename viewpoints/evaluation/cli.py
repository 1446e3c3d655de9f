"""The ``viewpoints eval`` command: `add_arguments` fills a parser, `run` executes the parsed args.

    viewpoints eval --data DIR [--task attribution|stance|sentiment|web|web-stance|all]... [--json OUT [--merge]]
                    [--limit N] [--errors FILE] [--gold DIR] [--quiet]

Exit code 0 when at least one evaluation finished, 1 when none could be evaluated.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from viewpoints.evaluation import report
from viewpoints.evaluation.runner import ALL, TASKS, evaluate


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--data", type=Path, required=True, help="evaluation data folder (e.g. ../shared/eval)")
    parser.add_argument(
        "--task",
        dest="tasks",
        action="append",
        choices=TASKS + (ALL,),
        help="what to measure; repeat for several (default: all)",
    )
    parser.add_argument("--json", dest="json_path", type=Path, help="write the figures as JSON here")
    parser.add_argument(
        "--merge",
        action="store_true",
        help="keep the evaluations of an existing --json file that this run does not measure (each keeps its date and commit)",
    )
    parser.add_argument("--limit", type=_positive, help="evaluate a fixed subsample of N items per data set")
    parser.add_argument(
        "--errors",
        dest="errors_path",
        type=Path,
        help="write the misses as JSON lines here: attributions not judged right, spurious speakers, seed mismatches",
    )
    parser.add_argument("--gold", dest="gold_dir", type=Path, help="folder of the seed gold (default: DATA/../gold)")
    parser.add_argument("--quiet", action="store_true", help="no progress messages on stderr")
    return parser


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    errors: list[dict] | None = [] if args.errors_path else None
    if not args.data.is_dir():
        print(
            f"note: data folder {args.data} does not exist; every evaluation that needs it is skipped", file=sys.stderr
        )
    result = evaluate(
        args.data,
        args.tasks or [ALL],
        gold_dir=args.gold_dir,
        limit=args.limit,
        errors=errors,
        progress=None if args.quiet else _progress,
    )
    print(report.format_table(result))
    if args.json_path:
        if args.merge and args.json_path.is_file():
            result = report.merge(json.loads(args.json_path.read_text(encoding="utf-8")), result)
        report.write_json(result, args.json_path)
        print(f"\nfigures written to {args.json_path}")
    if errors is not None:
        args.errors_path.parent.mkdir(parents=True, exist_ok=True)
        with open(args.errors_path, "w", encoding="utf-8") as handle:
            for row in errors:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{len(errors)} misses written to {args.errors_path}")
    if report.evaluated(result) == 0:
        print("nothing could be evaluated (see the reasons above)", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m viewpoints.evaluation", description=__doc__.splitlines()[0])
    return run(add_arguments(parser).parse_args(argv))
