"""The ``web-stance`` evaluation: voices' lean against a reader's judgement, on pages written here.

Nothing reads /work/shared; the stand-in engine (conftest) reads "X said" and "good"/"bad".
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from viewpoints import schema
from viewpoints.evaluation import evaluate, report, web_stance

PAGE = """<html><head><title>Quay plan | Island Courier</title></head><body><nav>Home</nav>
<article><h1>Quay plan</h1>
<p>Ann Lee said the quay plan is good for the island and its ferries.</p>
<p>Bob Stone said the quay plan is bad for the fishing boats in the harbour.</p>
<p>Sam Poe said the boats arrived on Tuesday morning as they always do.</p>
</article></body></html>"""


def judgements(pages: list[dict]) -> dict:
    return {"judged_by": "a test", "judged_on": "2026-12-07", "protocol": "read, then judge", "pages": pages}


QUAY = {
    "page": "quay",
    "target": "quay plan",
    "why": "the plan is the issue",
    "voices": [
        {"name": "Ann Lee", "lean": "supportive", "reason": "for it"},
        {"name": "Bob Stone", "lean": "supportive", "reason": "a reader could misjudge too"},
        {"name": "Sam Poe", "lean": "neutral", "reason": "speaks of boats"},
        {"name": "Joe Park", "lean": "skeptical", "reason": "the engine never names him"},
    ],
}


def write(tmp_path: Path, pages: list[dict], sources: dict[str, str | bytes]) -> tuple[Path, Path]:
    for name, source in sources.items():
        folder = tmp_path / "eval" / "web" / name
        folder.mkdir(parents=True)
        data = source if isinstance(source, bytes) else source.encode("utf-8")
        (folder / "source.html").write_bytes(data)
    path = tmp_path / "web_stance.json"
    path.write_text(json.dumps(judgements(pages)), encoding="utf-8")
    return tmp_path / "eval", path


# -- the judgements file -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "page, problem",
    [
        ({**QUAY, "voices": [{"name": "Ann Lee", "lean": "positive", "reason": "x"}]}, "lean"),
        ({**QUAY, "voices": [{"name": "Ann Lee", "lean": "neutral"}]}, "reason"),
        ({**QUAY, "voices": [{"name": "Ann Lee", "lean": "neutral", "reason": "x"}, {"name": "Mr. Ann Lee's", "lean": "neutral", "reason": "y"}]}, "twice"),
        ({"page": "blog", "skipped": True}, "reason"),
        ({**QUAY, "target": ""}, "target"),
    ],
)
def test_malformed_judgements_are_refused(tmp_path, page, problem):
    path = tmp_path / "j.json"
    path.write_text(json.dumps(judgements([page])), encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        web_stance.load(path)


def test_the_repository_judgements_cover_the_32_pages():
    doc = web_stance.load()
    assert len(doc["pages"]) == 32 and len({p["page"] for p in doc["pages"]}) == 32
    judged = web_stance.judged_pages(doc)
    assert 0 < len(judged) < 32
    assert all(p["reason"] for p in doc["pages"] if p.get("skipped"))
    assert all(p["voices"] for p in judged)


# -- matching and the lean -----------------------------------------------------------------------

def test_engine_voices_are_matched_by_exact_words_then_by_their_ending():
    judged = [
        {"name": "Hori Parata", "lean": "supportive", "aliases": ["Parata"]},
        {"name": "Te Kaurinui Robert Parata", "lean": "supportive"},
        {"name": "Eric Reeves", "lean": "skeptical"},
        {"name": "Con Edison", "lean": "neutral", "aliases": ["Con Edison officials"]},
        {"name": "Department of Environmental Protection", "lean": "neutral", "aliases": ["Environmental Protection officials"]},
    ]
    engine = ["Parata", "Te Kaurinui Robert Parata", "Mr. Reeves", "Eric Reeves", "officials", "Robert Parata", "Jane Doe"]
    owners, ambiguous = web_stance.match(judged, engine)
    assert owners["Hori Parata"] == ["Parata"]  # its alias, exactly; not the ending of the other Parata
    assert owners["Te Kaurinui Robert Parata"] == ["Te Kaurinui Robert Parata"]
    assert owners["Eric Reeves"] == ["Mr. Reeves", "Eric Reeves"]  # listed twice by the engine: pooled
    assert owners["Con Edison"] == owners["Department of Environmental Protection"] == []
    assert ambiguous == ["officials", "Robert Parata"]  # each ends two judged names: given to neither


@pytest.mark.parametrize("mean, lean", [(0.02, "supportive"), (-0.3, "skeptical"), (0.0, "neutral"), (5e-17, "neutral")])
def test_the_lean_is_the_sign_of_the_mean(mean, lean):
    assert web_stance.lean_of(mean) == lean


def _frame(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    defaults = {"string": "", "int64": 0, "float64": 0.0, "bool": False}
    blank = {name: defaults[dtype] for name, dtype in schema.COLUMNS.items()}
    records = [{**blank, schema.SPEAKER: who, schema.STANCE: stance, schema.STANCE_SCORE: score} for who, stance, score in rows]
    return schema.conform(pd.DataFrame(records))


def test_a_page_is_judged_from_the_pooled_statements():
    page = {
        "page": "p",
        "target": "Ann Lee",
        "voices": [
            {"name": "Bob Stone", "lean": "skeptical"},
            {"name": "Sam Poe", "lean": "skeptical"},
            {"name": "Ann Lee", "lean": "neutral"},
        ],
    }
    frame = _frame(
        [
            ("Bob Stone", "skeptical", -0.6),
            ("Stone", "neutral", 0.0),
            ("Stone", "supportive", 0.3),
            ("Sam Poe", "neutral", 0.0),
            ("Ann Lee", "supportive", 0.9),  # the target's own words: no lean in the matrix
            (schema.AUTHOR, "skeptical", -1.0),
        ]
    )
    bob, sam, ann = web_stance.judge_page(page, frame)[0]
    assert bob.engine_voices == ["Bob Stone", "Stone"] and bob.statements == 3
    assert bob.mean == pytest.approx(-0.1) and bob.engine == "skeptical" and bob.agrees
    assert bob.engine_by("threshold") == "neutral" and bob.engine_by("majority") == "neutral"  # 1-1-1: a tie
    assert sam.all_neutral and sam.engine == "neutral" and not sam.agrees
    assert ann.engine == web_stance.OWN and ann.found and ann.statements == 0


# -- the evaluation ------------------------------------------------------------------------------

def test_the_evaluation_reads_pages_as_an_upload_and_reports_the_figures(tmp_path, analyze):
    data, path = write(tmp_path, [QUAY, {"page": "blog", "skipped": True, "reason": "no voices"}], {"quay": PAGE})
    seen = []

    def engine(text, *, target=None):
        seen.append(target)
        return analyze(text, target=target)

    errors: list = []
    result = web_stance.evaluate(data, engine, judgements=path, errors=errors)
    assert result["status"] == "ok" and seen == ["quay plan"]
    assert result["n"]["voices_judged"] == 4 and result["n"]["voices_found"] == 3
    assert result["n"]["pages"] == 1 and result["n"]["pages_skipped_by_reader"] == 1
    metrics = result["metrics"]
    assert metrics["agree_judged"] == 0.5  # Ann Lee and Sam Poe
    assert metrics["agree_found"] == pytest.approx(2 / 3, abs=1e-4)
    assert metrics["agree_leaning"] == pytest.approx(1 / 3, abs=1e-4)  # of Ann, Bob and Joe
    assert metrics["found"] == 0.75 and metrics["all_neutral"] == 1 and metrics["all_neutral_leaning"] == 0
    assert result["goals"]["agree_judged"] == {"op": ">=", "value": 0.7}
    assert result["confusion"]["counts"] == [[1, 1, 0, 0, 0], [0, 0, 0, 0, 1], [0, 0, 1, 0, 0]]
    assert result["confusion"]["labels"]["columns"] == ["supportive", "skeptical", "neutral", "own words", "not found"]
    assert sorted(row["voice"] for row in errors) == ["Bob Stone", "Joe Park"]  # the misses, for --errors
    table = report.format_table(report.build({"web-stance": {"reader_lean": result}}, data_dir=data, limit=None, seconds=1.0))
    assert "reader \\ engine" in table and "agree_judged" in table and "MISSED" in table


def test_a_refused_page_leaves_its_voices_unfound(tmp_path, analyze):
    data, path = write(tmp_path, [QUAY], {"quay": b"%PDF-1.4 not a page"})
    errors: list = []
    result = web_stance.evaluate(data, analyze, judgements=path, errors=errors)
    assert result["n"]["refused"] == 1 and result["n"]["voices_found"] == 0 and result["metrics"]["agree_judged"] == 0.0
    assert any("refused" in row for row in errors)


def test_without_judgements_or_pages_it_is_skipped(tmp_path, analyze):
    assert web_stance.evaluate(tmp_path, analyze, judgements=tmp_path / "none.json")["status"] == "skipped"
    data, path = write(tmp_path, [QUAY], {})
    skipped = web_stance.evaluate(data, analyze, judgements=path)
    assert skipped["status"] == "skipped" and "web" in skipped["reason"]


def test_web_stance_is_a_task_of_the_command(tmp_path, analyze, monkeypatch):
    data, path = write(tmp_path, [QUAY], {"quay": PAGE})
    monkeypatch.setattr(web_stance, "JUDGEMENTS", path)
    result = evaluate(data, ["web-stance"], analyze=analyze)
    assert result["tasks"]["web-stance"]["reader_lean"]["metrics"]["agree_judged"] == 0.5
