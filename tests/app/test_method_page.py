"""The Method page shows the evaluation figures from the eval JSON, never typed by hand."""

from __future__ import annotations

import json

from views.method import confusion_table, figures_table, load

from .conftest import open_app, param


def test_method_page_renders_and_keeps_the_view_in_the_url():
    at = open_app("method", by="speaker", group=["Marcin Kaczmarski", "Dmytro"])
    assert [t.value for t in at.title] == ["Method"]
    assert param(at, "by") == ["speaker"] and param(at, "group") == ["Marcin Kaczmarski", "Dmytro"]


def test_figures_table_reads_every_metric_with_its_goal(tmp_path):
    report = {
        "measured_on": "2026-11-25",
        "tasks": {
            "attribution": {
                "polnear_dev": {
                    "status": "ok",
                    "data": "PolNeAR dev",
                    "metrics": {"speaker_lenient": 0.8, "precision": 0.9},
                    "goals": {"speaker_lenient": {"op": ">=", "value": 0.85}},
                    "references": [{"method": "naive regex", "metric": "speaker_lenient", "value": 0.307}],
                }
            },
            "sentiment": {"newsmtsc": {"status": "skipped", "data": "NewsMTSC", "reason": "folder missing"}},
        },
    }
    path = tmp_path / "eval.json"
    path.write_text(json.dumps(report))
    table = figures_table(load(path))
    lenient = table[table.metric == "speaker_lenient"].iloc[0]
    assert lenient.value == 0.8
    assert lenient["meets goal"] is not None and not lenient["meets goal"]
    assert lenient.reference == "naive regex 0.307"
    assert table[table.metric == "precision"].iloc[0]["meets goal"] is None
    assert "folder missing" in table[table.task == "sentiment"].iloc[0].reference


def test_unreadable_eval_json_is_none(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert load(bad) is None
    assert load(tmp_path / "missing.json") is None


def test_a_figure_measured_at_another_time_says_when(tmp_path):
    entry = {"status": "ok", "data": "Pages", "metrics": {"f1": 0.9}, "goals": {}, "references": []}
    report = {"measured_on": "2026-02-03", "engine_commit": "def5678", "tasks": {"web": {"pages": entry}, "stance": {"seed": {**entry, "measured_on": "2026-01-02", "engine_commit": "abc1234"}}}}
    path = tmp_path / "eval.json"
    path.write_text(json.dumps(report))
    table = figures_table(load(path)).set_index("task")
    assert table.loc["web", "measured"] == "2026-02-03 (def5678)" and table.loc["stance", "measured"] == "2026-01-02 (abc1234)"


def test_a_table_of_counts_reads_as_rows_of_the_first_labeling():
    ev = {"confusion": {"rows": "reader", "columns": "engine", "labels": {"rows": ["yes", "no"], "columns": ["yes", "no"]}, "counts": [[3, 1], [2, 5]]}}
    table = confusion_table(ev)
    assert list(table.columns) == ["reader \\ engine", "yes", "no"]
    assert table.values.tolist() == [["yes", 3, 1], ["no", 2, 5]]
    assert confusion_table({"metrics": {}}) is None
