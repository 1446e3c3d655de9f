import pytest

from viewpoints.evaluation import fnc


@pytest.mark.parametrize(
    ("statements", "target", "label"),
    [
        # only statements sharing >= 2 headline content words count: the -0.9 is about something else
        (
            [("The bridge plan works well.", 0.6), ("Weather was cold and grim.", -0.9)],
            "Bridge plan approved",
            "supportive",
        ),
        (
            [("The bridge plan fails.", -0.3), ("Critics say the bridge plan is doomed.", -0.3)],
            "Bridge plan approved",
            "skeptical",
        ),
        # scores cancel out, or stay within the threshold: neutral
        ([("The bridge plan works.", 0.6), ("The bridge plan fails.", -0.6)], "Bridge plan approved", "neutral"),
        ([("The bridge plan works.", 0.5)], "Bridge plan approved", "neutral"),
        # no statement relevant: every statement counts
        ([("Nothing here matches.", -0.3), ("Nor here at all.", -0.3)], "Bridge plan approved", "skeptical"),
        # a one-word headline needs only that word
        ([("Bridges everywhere.", 0.0), ("The bridge is lovely.", 0.7)], "Bridge", "supportive"),
        ([], "Bridge plan approved", "neutral"),
    ],
)
def test_aggregate_rule(statements, target, label):
    assert fnc.aggregate(statements, target)[0] == label


def test_content_words_drop_stopwords_short_words_and_numbers():
    assert fnc.content_words("The 2 new bridges of the U.S. will open in June") == {"new", "bridges", "open", "june"}


def test_the_engine_reads_headlines_as_claims_and_answers_with_its_model_when_none_can_be_held_out(eval_folder):
    import viewpoints

    entry = fnc.evaluate_fnc(eval_folder, viewpoints.analyze)
    assert entry["n"]["claim_pairs"] == 4 and entry["n"]["cross_validated"] is False  # one topic only
    # with nothing held out, the figure is the shipped model's own answer, and says so beside it
    assert entry["metrics"]["macro_f1"] == entry["metrics"]["macro_f1_shipped_model"]
    assert entry["goals"]["macro_f1"] == {"op": ">=", "value": 0.5}
