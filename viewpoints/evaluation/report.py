"""The evaluation report: a JSON-ready dict with a stable, documented shape, and its text table.

Shape (``SCHEMA_VERSION`` 1)::

    {
      "schema_version": 1,
      "measured_on": "2026-11-25",            # ISO date of the run
      "engine_version": "0.1.0",              # viewpoints.__version__ or the installed distribution
      "engine_commit": "1a2b3c4" | "1a2b3c4-dirty" | null,
      "data_dir": "/path/given/to/--data",
      "limit": null | N,                      # --limit: deterministic subsample size per data set
      "seconds": 123.4,                       # whole run
      "tasks": {
        "<task>": {                           # attribution | stance | sentiment | web
          "<evaluation>": {                   # e.g. "polnear_dev", "seed", "fnc1", "vader_nyt", "newsmtsc", "pages"
            "status": "ok" | "skipped" | "failed",
            "data": "PolNeAR dev",            # human label of the data set and split
            "reason": "...",                  # only when skipped or failed
            "source": "polnear/dev",          # path under the data folder (or the gold file)
            "n": {"articles": 84, ...},       # counts behind the figures
            "metrics": {"speaker_lenient": 0.81, "left_as_author": 12},  # rates in [0, 1] or counts; null: undefined
            "goals": {"speaker_lenient": {"op": ">=", "value": 0.75}},
            "references": [{"method": "...", "metric": "speaker_exact", "value": 0.245}],
            "definitions": {"speaker_lenient": "one-line meaning", ...},
            "confusion": {"rows": "reader", "columns": "engine",            # optional: a table of counts
                          "labels": {"rows": [...], "columns": [...]}, "counts": [[...], ...]},
            "notes": "how the figures were computed",
            "seconds": 12.3                   # time spent in this evaluation
          }
        }
      }
    }
"""

from __future__ import annotations

import datetime as dt
import json
import math
import subprocess
from pathlib import Path

SCHEMA_VERSION = 1

_OPS = {">=": lambda value, goal: value >= goal, "<=": lambda value, goal: value <= goal}


def _clean(value):
    """JSON-safe numbers: nan becomes None, floats are rounded to 4 places."""
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 4)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
    return value


def entry(
    data: str,
    *,
    source: str,
    n: dict,
    metrics: dict,
    goals: dict | None = None,
    references: list | None = None,
    definitions: dict | None = None,
    notes: str = "",
    seconds: float | None = None,
    confusion: dict | None = None,
) -> dict:
    """A finished evaluation. `goals` maps metric -> (op, value); `references` is a list of
    (method, metric, value) tuples; `confusion` an optional table of counts (see the module docstring)."""
    extra = {"confusion": confusion} if confusion else {}
    return _clean(
        {
            "status": "ok",
            "data": data,
            "source": source,
            "n": n,
            "metrics": metrics,
            "goals": {metric: {"op": op, "value": value} for metric, (op, value) in (goals or {}).items()},
            "references": [{"method": m, "metric": k, "value": v} for m, k, v in (references or [])],
            "definitions": definitions or {},
            **extra,
            "notes": notes,
            "seconds": seconds,
        }
    )


def skipped(data: str, reason: str) -> dict:
    """An evaluation that could not run because its data is absent."""
    return {"status": "skipped", "data": data, "reason": reason}


def failed(data: str, reason: str) -> dict:
    """An evaluation that started and broke (the engine raised, a file was malformed)."""
    return {"status": "failed", "data": data, "reason": reason}


def engine_version() -> str:
    try:
        import viewpoints

        version = getattr(viewpoints, "__version__", None)
        if version:
            return str(version)
    except ImportError:
        pass
    try:
        from importlib.metadata import version as dist_version

        return dist_version("viewpoints")
    except Exception:  # noqa: BLE001 - not installed: say so rather than fail the run
        return "unknown"


def engine_commit() -> str | None:
    """Short commit of the repository holding the engine, "-dirty" if the engine has local changes."""
    root = Path(__file__).resolve().parents[2]
    try:
        commit = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10
        )
        if commit.returncode != 0:
            return None
        status = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "viewpoints", "data"],
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return commit.stdout.strip() + ("-dirty" if status.stdout.strip() else "")


def build(tasks: dict, *, data_dir: Path, limit: int | None, seconds: float, today: dt.date | None = None) -> dict:
    """The whole report around the per-task entries."""
    return {
        "schema_version": SCHEMA_VERSION,
        "measured_on": (today or dt.date.today()).isoformat(),
        "engine_version": engine_version(),
        "engine_commit": engine_commit(),
        "data_dir": str(data_dir),
        "limit": limit,
        "seconds": round(seconds, 1),
        "tasks": tasks,
    }


def evaluated(result: dict) -> int:
    """How many evaluations in a report finished."""
    return sum(item.get("status") == "ok" for task in result["tasks"].values() for item in task.values())


def merge(old: dict, new: dict) -> dict:
    """`new` written over an earlier report: its evaluations replace the old ones of the same name; the
    others stay, each stamped with when and at what commit it was measured (its own "measured_on" and
    "engine_commit", which then override the report's)."""
    tasks: dict[str, dict] = {}
    for task, items in old.get("tasks", {}).items():
        for name, item in items.items():
            if name not in new["tasks"].get(task, {}):
                stamp = {"measured_on": old.get("measured_on"), "engine_commit": old.get("engine_commit")}
                tasks.setdefault(task, {})[name] = {**stamp, **item}
    for task, items in new["tasks"].items():
        tasks.setdefault(task, {}).update(items)
    return {**new, "tasks": tasks}


def write_json(result: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _number(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool) or isinstance(value, int):
        return str(value)
    return f"{value:.3f}"


def _goal(metric: str, value, goals: dict) -> str:
    goal = goals.get(metric)
    if not goal:
        return ""
    met = value is not None and _OPS[goal["op"]](value, goal["value"])
    return f"{goal['op']} {goal['value']:g} {'met' if met else 'MISSED'}"


def format_table(result: dict) -> str:
    """A plain-text table: one line per metric, with its goal and reference figures."""
    lines = [
        f"Viewpoints evaluation, {result['measured_on']}, engine {result['engine_version']}"
        + (f" ({result['engine_commit']})" if result.get("engine_commit") else "")
        + (f", limit {result['limit']} per data set" if result.get("limit") else ""),
    ]
    header = f"  {'metric':<26} {'value':>7}  {'goal':<16} reference"
    for task, items in result["tasks"].items():
        for item in items.values():
            label = f"{task}: {item['data']}"
            lines += ["", label]
            if item["status"] != "ok":
                lines.append(f"  {item['status'].upper()}: {item['reason']}")
                continue
            counts = ", ".join(f"{key} {value}" for key, value in item["n"].items())
            seconds = f", {item['seconds']:.1f} s" if item.get("seconds") is not None else ""
            lines.append(f"  ({counts}{seconds})")
            lines.append(header)
            refs: dict[str, list[str]] = {}
            for ref in item["references"]:
                refs.setdefault(ref["metric"], []).append(f"{ref['method']} {ref['value']:.3f}")
            for metric, value in item["metrics"].items():
                ref_text = "; ".join(refs.get(metric, []))
                lines.append(
                    f"  {metric:<26} {_number(value):>7}  {_goal(metric, value, item['goals']):<16} {ref_text}".rstrip()
                )
            if item.get("confusion"):
                lines += format_confusion(item["confusion"])
    return "\n".join(lines)


def format_confusion(table: dict) -> list[str]:
    """A table of counts as text lines: one row per row label, one column per column label."""
    rows, columns = table["labels"]["rows"], table["labels"]["columns"]
    width = max(len(label) for label in [table["rows"] + " \\ " + table["columns"], *rows]) + 2
    cells = [max(len(label), 4) + 2 for label in columns]
    lines = ["", "  " + f"{table['rows']} \\ {table['columns']}".ljust(width) + "".join(c.rjust(w) for c, w in zip(columns, cells))]
    for label, counts in zip(rows, table["counts"]):
        lines.append("  " + label.ljust(width) + "".join(str(n).rjust(w) for n, w in zip(counts, cells)))
    return lines
