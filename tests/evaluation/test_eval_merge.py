"""``viewpoints eval --json OUT --merge``: a run of one task keeps the other tasks' figures in OUT."""

import argparse
import json

from viewpoints.evaluation import add_arguments, report, run, runner


def _old():
    entry = report.entry("Data A", source="a", n={"items": 3}, metrics={"f1": 0.5})
    return {"measured_on": "2026-01-02", "engine_commit": "abc1234", "tasks": {"stance": {"seed": entry}, "web": {"pages": {**entry, "data": "old pages"}}}}


def test_merge_keeps_what_the_new_run_did_not_measure_with_its_own_date():
    new = {"measured_on": "2026-02-03", "engine_commit": "def5678", "tasks": {"web": {"pages": report.entry("new pages", source="web", n={"pages": 1}, metrics={"f1": 0.9})}}}
    merged = report.merge(_old(), new)
    assert merged["measured_on"] == "2026-02-03" and merged["engine_commit"] == "def5678"
    assert merged["tasks"]["web"]["pages"]["data"] == "new pages" and "measured_on" not in merged["tasks"]["web"]["pages"]
    kept = merged["tasks"]["stance"]["seed"]
    assert kept["metrics"] == {"f1": 0.5} and kept["measured_on"] == "2026-01-02" and kept["engine_commit"] == "abc1234"


def test_merge_keeps_an_entrys_own_stamp_from_an_earlier_merge():
    old = _old()
    old["tasks"]["stance"]["seed"]["measured_on"] = "2025-12-31"
    merged = report.merge(old, {"measured_on": "2026-02-03", "tasks": {}})
    assert merged["tasks"]["stance"]["seed"]["measured_on"] == "2025-12-31"


def _args(*argv):
    return add_arguments(argparse.ArgumentParser()).parse_args(list(map(str, argv)))


def test_command_merges_into_an_existing_file_only_when_asked(eval_folder, analyze, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(runner, "_load_engine", lambda: (analyze, ""))
    out = tmp_path / "latest.json"
    out.write_text(json.dumps(_old()))
    assert run(_args("--data", eval_folder, "--task", "web", "--json", out, "--merge", "--quiet")) == 0
    saved = json.loads(out.read_text())
    assert set(saved["tasks"]) == {"stance", "web"} and saved["tasks"]["stance"]["seed"]["measured_on"] == "2026-01-02"
    assert saved["tasks"]["web"]["pages"]["data"] != "old pages"
    assert run(_args("--data", eval_folder, "--task", "web", "--json", out, "--quiet")) == 0
    assert set(json.loads(out.read_text())["tasks"]) == {"web"}  # without --merge the file is the run, as before
