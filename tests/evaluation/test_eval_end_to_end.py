"""`evaluate` and the command on a tiny synthetic data folder (conftest.write_eval_folder)."""

import argparse
import json

import pytest

from viewpoints.evaluation import SCHEMA_VERSION, add_arguments, evaluate, run, runner, web_stance


def test_evaluate_everything_on_the_synthetic_folder(eval_folder, analyze, monkeypatch, tmp_path):
    judged = {"page": "courier", "target": "northern quay", "why": "the quay reopens", "voices": [{"name": "harbour master", "lean": "neutral", "reason": "announces a date"}]}
    judgements = tmp_path / "web_stance.json"
    judgements.write_text(json.dumps({"judged_by": "a test", "judged_on": "2026-12-07", "protocol": "read, then judge", "pages": [judged]}))
    monkeypatch.setattr(web_stance, "JUDGEMENTS", judgements)
    errors = []
    result = evaluate(eval_folder, ["all"], analyze=analyze, errors=errors)
    assert result["schema_version"] == SCHEMA_VERSION
    assert set(result["tasks"]) == {"attribution", "stance", "sentiment", "web", "web-stance"}
    statuses = {name: item["status"] for task in result["tasks"].values() for name, item in task.items()}
    assert statuses == dict.fromkeys(["polnear_dev", "polnear_train", "seed", "fnc1", "newsmtsc_target", "vader_nyt", "newsmtsc", "pages", "reader_lean"], "ok")
    # the stand-in engine names nobody in "The harbour master said ...": judged, not found
    assert result["tasks"]["web-stance"]["reader_lean"]["n"]["voices_found"] == 0
    # the stand-in engine reads only "good" and "bad": all three statements neutral, one of them rightly
    toward = result["tasks"]["stance"]["newsmtsc_target"]
    assert toward["n"]["targets"] == 3 and toward["n"]["predicted_neutral"] == 3
    assert toward["metrics"]["macro_f1"] == pytest.approx(0.5 / 3, abs=1e-4)
    assert toward["goals"]["macro_f1"] == {"op": ">=", "value": 0.6}
    assert result["tasks"]["web"]["pages"]["metrics"]["recall"] == 1.0
    train = result["tasks"]["attribution"]["polnear_train"]
    assert train["n"]["articles"] == 1 and train["metrics"]["speaker_lenient"] == 1.0
    assert train["goals"] == {} and train["data"].startswith("PolNeAR train")

    polnear = result["tasks"]["attribution"]["polnear_dev"]
    # art_one: Ann Lee right, "She" left to the author, Bob Stone right; Sam Poe said: spurious.
    # art_two: "Engineer Joe Park" vs gold "Joe Park": lenient only. (art_one_zzzz.ann is ignored.)
    assert polnear["n"]["articles"] == 2 and polnear["n"]["judged"] == 4
    assert polnear["n"]["named"] == 3 and polnear["n"]["pronoun"] == 1
    assert polnear["metrics"]["speaker_lenient_named"] == 1.0
    assert polnear["metrics"]["speaker_exact_named"] == pytest.approx(2 / 3, abs=1e-4)
    assert polnear["metrics"]["speaker_lenient_pronoun"] == 0.0
    assert polnear["metrics"]["speaker_lenient"] == 0.75
    assert polnear["metrics"]["speaker_exact"] == 0.5
    assert polnear["metrics"]["precision"] == 0.75
    assert polnear["metrics"]["left_as_author"] == 1
    assert polnear["goals"]["speaker_lenient_named"] == {"op": ">=", "value": 0.785}
    # Voices: Mayor Ann Lee, Bob Stone, Sam Poe (a source in the second annotator's file only) and
    # "Engineer Joe Park" (ends with the gold name "Joe Park"): all real, none listed twice.
    assert polnear["n"]["voices"] == 4 and polnear["n"]["voices_gold_names"] == 4
    assert polnear["metrics"]["voices_real"] == 1.0
    assert polnear["metrics"]["voices_split"] == 0.0
    assert polnear["metrics"]["voices_recall"] == 1.0
    assert polnear["goals"]["voices_split"] == {"op": "<=", "value": 0.01}

    seed = result["tasks"]["stance"]["seed"]
    assert seed["metrics"]["stance_macro_f1"] == 1.0
    assert seed["metrics"]["speaker_accuracy"] == 0.75  # "Critics fear ..." went to the author
    assert seed["metrics"]["section_accuracy"] == 1.0
    assert seed["n"]["located"] == 4

    fnc = result["tasks"]["stance"]["fnc1"]
    assert fnc["n"]["pairs"] == 4 and fnc["n"]["engine_runs"] == 3  # the unrelated pair is left out
    assert fnc["metrics"]["macro_f1"] == 1.0
    # the stand-in engine reads no headline as a claim: nothing to cross-validate
    assert fnc["n"]["claim_pairs"] == 0 and fnc["n"]["topics"] == 0 and fnc["n"]["cross_validated"] is False
    assert fnc["metrics"]["macro_f1_rules"] == 1.0

    nyt = result["tasks"]["sentiment"]["vader_nyt"]
    assert nyt["n"]["sentences"] == 4
    assert nyt["metrics"]["vader_pearson"] > 0.9 and nyt["metrics"]["textblob_pearson"] > 0.9
    mtsc = result["tasks"]["sentiment"]["newsmtsc"]
    assert mtsc["metrics"]["vader_macro_f1"] == 1.0

    outcomes = sorted(row["outcome"] for row in errors if "outcome" in row)
    assert outcomes == ["author", "inexact", "spurious"]
    assert [row["sentence"] for row in errors if row.get("task") == "seed"] == ["Critics fear the plan is bad."]
    json.dumps(result)  # the report is JSON as it stands


def test_limit_subsamples_each_data_set(eval_folder, analyze):
    result = evaluate(eval_folder, ["attribution", "sentiment"], analyze=analyze, limit=1)
    assert result["limit"] == 1
    assert result["tasks"]["attribution"]["polnear_dev"]["n"]["articles"] == 1
    assert result["tasks"]["sentiment"]["vader_nyt"]["n"]["sentences"] == 1
    assert "stance" not in result["tasks"]


def test_missing_data_is_skipped_with_a_reason(tmp_path, analyze):
    result = evaluate(tmp_path / "nowhere", ["all"], analyze=analyze)
    items = [item for task in result["tasks"].values() for item in task.values()]
    assert {item["status"] for item in items} == {"skipped"}
    assert all(str(tmp_path / "nowhere") in item["reason"] or "gold" in item["reason"] for item in items)


def test_an_engine_that_raises_fails_its_evaluations_only(eval_folder, capsys):
    def broken(text, **_):
        raise RuntimeError("engine exploded")

    result = evaluate(eval_folder, ["all"], analyze=broken)
    assert result["tasks"]["attribution"]["polnear_dev"] == {
        "status": "failed",
        "data": "PolNeAR dev",
        "reason": "RuntimeError: engine exploded",
    }
    assert result["tasks"]["sentiment"]["vader_nyt"]["status"] == "ok"
    assert "engine exploded" in capsys.readouterr().err


def test_unknown_task_is_refused(eval_folder):
    with pytest.raises(ValueError, match="unknown task"):
        evaluate(eval_folder, ["speed"])


def _args(*argv):
    return add_arguments(argparse.ArgumentParser()).parse_args(list(map(str, argv)))


def test_command_prints_a_table_and_writes_json_and_errors(eval_folder, analyze, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(runner, "_load_engine", lambda: (analyze, ""))
    out, misses = tmp_path / "out" / "eval.json", tmp_path / "misses.jsonl"
    code = run(_args("--data", eval_folder, "--json", out, "--errors", misses, "--quiet"))
    assert code == 0
    printed = capsys.readouterr().out
    assert "speaker_lenient_named" in printed and "1.000" in printed and ">= 0.785 met" in printed
    saved = json.loads(out.read_text())
    assert saved["tasks"]["attribution"]["polnear_dev"]["metrics"]["precision"] == 0.75
    assert saved["measured_on"][:2] == "20" and len(saved["measured_on"]) == 10
    rows = [json.loads(line) for line in misses.read_text().splitlines()]
    assert len(rows) == 4 and all("sentence" in row for row in rows)


def test_command_exits_nonzero_when_nothing_could_be_evaluated(tmp_path, capsys):
    code = run(_args("--data", tmp_path / "nowhere", "--task", "sentiment"))
    assert code == 1
    captured = capsys.readouterr()
    assert "SKIPPED" in captured.out and "nothing could be evaluated" in captured.err


def test_engine_that_cannot_be_imported_is_a_clear_failure(eval_folder, monkeypatch, capsys):
    monkeypatch.setattr(
        runner, "_load_engine", lambda: (None, "the engine's viewpoints.analyze cannot be imported (x)")
    )
    code = run(_args("--data", eval_folder, "--task", "attribution", "--quiet"))
    assert code == 1
    assert "FAILED: the engine's viewpoints.analyze cannot be imported" in capsys.readouterr().out


def test_the_real_engine_runs_through_the_evaluation(eval_folder):
    """Integration with viewpoints.analyze itself: structure only, the figures are the engine's business."""
    result = evaluate(eval_folder, ["attribution", "stance"])
    for task in result["tasks"].values():
        for item in task.values():
            assert item["status"] == "ok", item
            rates = [value for name, value in item["metrics"].items() if value is not None and isinstance(value, float)]
            assert all(0.0 <= value <= 1.0 for value in rates)


def test_the_package_stays_free_of_streamlit_and_scientific_stacks():
    import pathlib
    import re
    import subprocess
    import sys

    import viewpoints.evaluation

    code = "import sys, viewpoints.evaluation.cli; assert 'streamlit' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
    # TextBlob's NLTK may pull scipy in on its own; our code must not rely on it or on scikit-learn
    sources = pathlib.Path(viewpoints.evaluation.__file__).parent.glob("*.py")
    imports = re.compile(r"^\s*(?:from|import)\s+(?:scipy|sklearn|streamlit)\b", re.M)
    assert [path.name for path in sources if imports.search(path.read_text())] == []
