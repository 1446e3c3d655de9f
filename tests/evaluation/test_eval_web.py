"""The ``web`` evaluation: the project's HTML ingestion scored against a reader-mode text.

Pages written here; nothing reads /work/shared.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewpoints.evaluation import evaluate, web

SOURCE = """<html><head><title>Ferry timetable changes | Island Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry timetable changes</h1>
<p>The island ferry will leave an hour earlier from March, the operator announced on Tuesday.</p>
<p>Commuters welcomed the change, though some shop owners worried about fewer evening visitors.</p>
</article><footer>Copyright Island Courier</footer></body></html>"""
EXPECTED = """<div><h1>Ferry timetable changes</h1><p>The island ferry will leave an hour earlier from March, the operator announced on Tuesday.</p>
<p>Commuters welcomed the change, though some shop owners worried about fewer evening visitors.</p></div>"""


def write_page(root: Path, name: str, source: str = SOURCE, expected: str = EXPECTED, title: str = "Ferry timetable changes") -> Path:
    folder = root / "web" / name
    folder.mkdir(parents=True)
    (folder / "source.html").write_text(source, encoding="utf-8")
    (folder / "expected.html").write_text(expected, encoding="utf-8")
    (folder / "expected-metadata.json").write_text(json.dumps({"title": title, "byline": None}), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "kept, expected, scores",
    [
        ("the ferry left", "the ferry left", (1.0, 1.0, 1.0)),
        ("# The ferry\n\n- left early", "The ferry left early.", (1.0, 1.0, 1.0)),  # markup signs are not words
        ("the ferry left home home", "the ferry left", (0.6, 1.0, 0.75)),  # every occurrence counts
        ("the ferry", "the ferry left early", (1.0, 0.5, 2 / 3)),
        ("", "the ferry", (0.0, 0.0, 0.0)),
        ("the ferry left", "the fer\u00adry left", (1.0, 1.0, 1.0)),  # a soft hyphen splits no word a reader sees
        ("the fer\u200bry left", "the ferry left", (1.0, 1.0, 1.0)),
    ],
)
def test_overlap_is_a_bag_of_word_tokens(kept, expected, scores):
    assert web.overlap(kept, expected) == pytest.approx(scores)


@pytest.mark.parametrize(
    "found, expected, same",
    [
        ("Ferry timetable changes", "Ferry Timetable Changes", True),
        ("Ferry timetable changes this spring", "Ferry timetable changes this spring - Island Courier", True),
        ("Ferry times", "Ferry times | Island Courier", False),  # too short to call the same by its start
        ("Highlights", "Island Courier in Spanish", False),
        ("", "", False),
    ],
)
def test_title_match(found, expected, same):
    assert web.same_title(found, expected) is same


def test_page_text_reads_entities_and_drops_markup():
    assert web.page_text("<p>Fish &amp; chips</p><script>var x = 1;</script>").split() == ["Fish", "&", "chips"]


def test_pages_are_scored_and_averaged(tmp_path):
    write_page(tmp_path, "courier")
    write_page(tmp_path, "gazette", expected=EXPECTED.replace("</div>", "<p>Timetables are posted at the harbour office and online.</p></div>"), title="Something else")
    result = web.evaluate_web(tmp_path)
    assert result["status"] == "ok" and result["n"] == {"pages": 2}
    metrics = result["metrics"]
    assert metrics["precision"] == 1.0  # every word kept is in the expected text on both pages
    assert 0.6 < metrics["recall"] < 1.0  # the second page's expected paragraph was never on its page
    assert metrics["title_match"] == 0.5 and metrics["refused"] == 0 and metrics["fewest_words"] > 20
    assert "favor_recall" in result["notes"]


def test_a_refused_page_counts_as_nothing_kept(tmp_path):
    write_page(tmp_path, "empty", source="<html><body><script>render()</script></body></html>")
    scores = web.score_page(tmp_path / "web" / "empty", web.extractor(None))
    assert scores["refused"] and scores["f1"] == 0.0 and scores["words"] == 0


def test_extraction_settings_are_passed_through(tmp_path):
    write_page(tmp_path, "courier")
    result = web.evaluate_web(tmp_path, extraction={"favor_precision": True})
    assert "favor_precision" in result["notes"] and result["status"] == "ok"


def test_absent_folder_is_skipped_cleanly(tmp_path):
    result = evaluate(tmp_path / "nowhere", ["web"])
    assert result["tasks"]["web"]["pages"]["status"] == "skipped"
    assert "web" in result["tasks"]["web"]["pages"]["reason"]


def test_web_is_a_task_of_the_command(tmp_path):
    write_page(tmp_path, "courier")
    result = evaluate(tmp_path, ["web"])
    assert result["tasks"]["web"]["pages"]["metrics"]["f1"] == 1.0
