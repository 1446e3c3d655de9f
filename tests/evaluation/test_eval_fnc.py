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
