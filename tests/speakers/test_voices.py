"""A sentence joining two voices becomes two statements, one per speaker; every other sentence stays whole."""

from __future__ import annotations

import pytest

from viewpoints import schema as S
from viewpoints.speakers.voices import split_voices

CUT = [
    pytest.param(
        "Video of the stop shows him raising his hands, but Jane Doe said he refused to comply.",
        [("video", "Video of the stop shows him raising his hands,"), ("Jane Doe", "but Jane Doe said he refused to comply.")],
        id="but",
    ),
    pytest.param(
        "Tom Baker has vowed to bring back mining jobs, and Jane Doe is promising to retrain miners.",
        [("Tom Baker", "Tom Baker has vowed to bring back mining jobs,"), ("Jane Doe", "and Jane Doe is promising to retrain miners.")],
        id="and",
    ),
    pytest.param(
        "Tom Baker said the plan would work; critics argue it will fail.",
        [("Tom Baker", "Tom Baker said the plan would work;"), ("critics", "critics argue it will fail.")],
        id="semicolon",
    ),
    pytest.param(
        "Tom Baker said taxes would fall, while Jane Doe warned they would rise, and analysts said nobody knew.",
        [("Tom Baker", "Tom Baker said taxes would fall,"), ("Jane Doe", "while Jane Doe warned they would rise,"), ("analysts", "and analysts said nobody knew.")],
        id="three-voices",
    ),
    pytest.param(
        "Most members say they are satisfied, while only 49 percent of voters say the same of Roe.",
        [("members", "Most members say they are satisfied,"), ("voters", "while only 49 percent of voters say the same of Roe.")],
        id="a-share-before-the-second-subject-was-whole",
    ),
    # a leading subordinate clause holding its subject's own report is that subject's statement
    pytest.param(
        "Though Tom Baker has described himself as a moderate, the Daily Ledger reported that he moved right.",
        [("Tom Baker", "Though Tom Baker has described himself as a moderate,"), ("Daily Ledger", "the Daily Ledger reported that he moved right.")],
        id="leading-though-clause",
    ),
    pytest.param(
        "But while some farmers welcomed the tariff, economists warned that prices would rise.",
        [("farmers", "But while some farmers welcomed the tariff,"), ("economists", "economists warned that prices would rise.")],
        id="leading-while-clause-after-but",
    ),
    pytest.param(
        "While Tom Baker admitted the plan was late, he said it would work.",
        [("Tom Baker", "While Tom Baker admitted the plan was late,"), ("Tom Baker", "he said it would work.")],
        id="leading-clause-then-he-is-the-same-voice",
    ),
    pytest.param(
        "Although that report said the plant was safe, inspectors said it leaked.",
        [("report", "Although that report said the plant was safe,"), ("inspectors", "inspectors said it leaked.")],
        id="a-determiner-after-the-opener-was-skipped-as-an-opener",
    ),
    pytest.param(
        "As Jane Doe noted in her speech, critics say the plan is too costly.",
        [("Jane Doe", "As Jane Doe noted in her speech,"), ("critics", "critics say the plan is too costly.")],
        id="an-as-clause-beside-a-second-report",
    ),
]

WHOLE = [
    pytest.param("The plant closed in May, but officials said it would reopen.", id="narration-then-cue"),
    pytest.param("Tom Baker said the plant closed, and it will not reopen.", id="second-part-has-no-cue"),
    pytest.param("Tom Baker said the plant closed, and Baker said it will not reopen.", id="same-subject"),
    pytest.param('Tom Baker said: "We closed it, but critics said we were wrong."', id="cut-inside-quotation"),
    pytest.param("Tom Baker said the plant closed, and, he said, it will stay shut.", id="adjunct-not-subject"),
    pytest.param("Prices rose and wages fell while unions said nothing.", id="no-comma-before-joiner"),
    pytest.param("Tom Baker said the plant closed, and then the council voted to sell it.", id="a-word-before-the-subject-that-counts-nobody"),
    pytest.param("When reporters called the office, they said it was closed.", id="leading-clause-then-they-is-one-statement"),
    pytest.param("If the mayor claims the bridge is safe, engineers say she is wrong.", id="a-condition-is-no-report"),
    pytest.param("Unless Tom Baker denies the report, analysts say he will resign.", id="unless-is-a-condition"),
    pytest.param("Because the mayor rejected the deal, union leaders said, workers will strike.", id="a-parenthetical-frame-reports-the-whole"),
    pytest.param("As Tom Baker reported, the council voted to sell the plant.", id="as-clause-reports-the-main-clause"),
    pytest.param("After the Paris attacks, officials said the border would close.", id="a-noun-is-no-leading-report"),
    pytest.param("When asked whether the mayor's insistence was right, Jane Doe said it was.", id="a-noun-cue-is-no-leading-report"),
    pytest.param("As for critics who claim the plan failed, Jane Doe said they were wrong.", id="as-for-is-no-leading-clause"),
]


@pytest.mark.parametrize(("text", "expected"), CUT)
def test_two_voices_become_two_statements(proposals, text, expected):
    assert [(r[S.SPEAKER], r[S.TEXT]) for r in proposals(text)] == expected


@pytest.mark.parametrize("text", WHOLE)
def test_one_voice_stays_one_statement(rows, text):
    assert len(rows(text)) == 1


def test_parts_keep_the_text_and_leave_only_the_space_between():
    middle = "Video of the stop shows him raising his hands, but Jane Doe said he refused to comply."
    text = f"Intro. {middle} Outro."
    spans = split_voices(text, [(0, 6), (7, 7 + len(middle)), (8 + len(middle), len(text))])
    assert spans[0] == (0, 6) and spans[-1] == (8 + len(middle), len(text))
    assert [text[s:e] for s, e in spans[1:3]] == ["Video of the stop shows him raising his hands,", "but Jane Doe said he refused to comply."]
    assert spans[1][1] + 1 == spans[2][0]  # one space between the parts, as between sentences


def test_no_joiner_returns_the_same_spans():
    spans = [(0, 10), (11, 20)]
    assert split_voices("a" * 30, spans) == spans
