"""The seed-gold judging of viewpoints.evaluation.stance, on a stand-in frame."""

import pytest

from viewpoints import schema
from viewpoints.evaluation import stance

TEXT = "Heading\n\nAnn Lee said it is good. The sky is  grey."
GOLD = [
    {
        "index": 0,
        "section": "Lead",
        "speaker": "Ann Lee",
        "kind": "reported",
        "stance": "supportive",
        "text": "Ann Lee said it is good.",
    },
    # whitespace differs from the article: still found
    {
        "index": 1,
        "section": "Lead",
        "speaker": "author",
        "kind": "narration",
        "stance": "neutral",
        "text": "The sky is grey.",
    },
    {
        "index": 2,
        "section": "Lead",
        "speaker": "author",
        "kind": "narration",
        "stance": "neutral",
        "text": "Not in the text.",
    },
]


def test_judge_finds_each_gold_sentence_and_maps_gold_conventions(analyze):
    rows = stance.judge(TEXT, GOLD, analyze(TEXT))
    assert [row["located"] for row in rows] == [True, True, False]
    assert rows[0]["speaker"] == "Ann Lee" and rows[0]["stance"] == "supportive"
    assert rows[1]["gold_speaker"] == schema.AUTHOR and rows[1]["gold_section"] == schema.LEAD_SECTION
    assert rows[2]["stance"] is None  # nothing to judge: counts as wrong


def test_summarise_counts_an_unlocated_sentence_as_wrong(analyze):
    metrics = stance.summarise(stance.judge(TEXT, GOLD, analyze(TEXT)))
    assert metrics["speaker_accuracy"] == pytest.approx(2 / 3)
    assert metrics["stance_accuracy"] == pytest.approx(2 / 3)
    assert metrics["boundary_exact"] == pytest.approx(2 / 3)
