"""Run the chosen evaluations and gather their entries into one report."""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from viewpoints.evaluation import fnc, polnear, report, sentiment, stance, target_stance, web, web_stance

TASKS = ("attribution", "stance", "sentiment", "web", "web-stance")
ALL = "all"


def _load_engine() -> tuple[Callable | None, str]:
    try:
        from viewpoints import analyze
    except ImportError as error:
        return None, f"the engine's viewpoints.analyze cannot be imported ({error})"
    return analyze, ""


def _plan(data_dir: Path, gold_dir: Path, limit: int | None, errors: list | None, progress) -> dict:
    """task -> [(evaluation name, data label, needs the engine, run(analyze) -> entry)]."""
    return {
        "attribution": [
            (
                "polnear_dev",
                polnear.DATA_LABEL,
                True,
                lambda analyze: polnear.evaluate_polnear(
                    data_dir, analyze, limit=limit, errors=errors, progress=progress
                ),
            ),
            (
                "polnear_train",
                polnear.TRAIN_LABEL,
                True,
                lambda analyze: polnear.evaluate_polnear(
                    data_dir, analyze, limit=limit, progress=progress, split="train"
                ),
            ),
        ],
        "stance": [
            ("seed", stance.DATA_LABEL, True, lambda analyze: stance.evaluate_seed(gold_dir, analyze, errors=errors)),
            (
                "fnc1",
                fnc.DATA_LABEL,
                True,
                lambda analyze: fnc.evaluate_fnc(data_dir, analyze, limit=limit, progress=progress),
            ),
            (
                "newsmtsc_target",
                target_stance.LABEL,
                True,
                lambda analyze: target_stance.evaluate(data_dir, analyze, limit=limit),
            ),
        ],
        "sentiment": [
            ("vader_nyt", sentiment.NYT_LABEL, False, lambda _: sentiment.evaluate_nyt(data_dir, limit=limit)),
            ("newsmtsc", sentiment.MTSC_LABEL, False, lambda _: sentiment.evaluate_newsmtsc(data_dir, limit=limit)),
        ],
        "web": [("pages", web.DATA_LABEL, False, lambda _: web.evaluate_web(data_dir, limit=limit, progress=progress))],
        "web-stance": [
            (
                "reader_lean",
                web_stance.DATA_LABEL,
                True,
                lambda analyze: web_stance.evaluate(data_dir, analyze, limit=limit, errors=errors, progress=progress),
            )
        ],
    }


def expand(tasks: Iterable[str]) -> list[str]:
    """Task names in canonical order, "all" standing for every task; unknown names raise ValueError."""
    wanted = set()
    for task in tasks:
        if task == ALL:
            wanted.update(TASKS)
        elif task in TASKS:
            wanted.add(task)
        else:
            raise ValueError(f"unknown task {task!r}: choose from {', '.join(TASKS + (ALL,))}")
    return [task for task in TASKS if task in wanted]


def evaluate(
    data_dir: Path,
    tasks: Iterable[str] = (ALL,),
    *,
    gold_dir: Path | None = None,
    limit: int | None = None,
    errors: list[dict] | None = None,
    analyze: Callable | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict:
    """Evaluate the engine on the data under `data_dir` and return the report (see `report`).

    `tasks`: names from TASKS or "all". `gold_dir` holds the seed gold (default ``data_dir/../gold``).
    `limit`: deterministic subsample size per data set. `errors`: a list that receives one dict per
    miss (attribution and seed). `analyze`: the engine function (default ``viewpoints.analyze``).
    Absent data makes an evaluation "skipped"; an exception inside one makes it "failed" (traceback on
    stderr) and the others still run.
    """
    data_dir = Path(data_dir)
    gold_dir = Path(gold_dir) if gold_dir is not None else data_dir.parent / "gold"
    started = time.perf_counter()
    engine, engine_problem = (analyze, "") if analyze is not None else (None, "")
    plan = _plan(data_dir, gold_dir, limit, errors, progress)
    results: dict[str, dict] = {}
    for task in expand(tasks):
        results[task] = {}
        for name, label, needs_engine, run_one in plan[task]:
            if needs_engine and engine is None and not engine_problem:
                engine, engine_problem = _load_engine()
            if needs_engine and engine is None:
                results[task][name] = report.failed(label, engine_problem)
                continue
            try:
                results[task][name] = run_one(engine)
            except Exception as error:  # noqa: BLE001 - one broken evaluation must not hide the others
                traceback.print_exc(file=sys.stderr)
                results[task][name] = report.failed(label, f"{type(error).__name__}: {error}")
    return report.build(results, data_dir=data_dir, limit=limit, seconds=time.perf_counter() - started)
