"""analyze(): article text -> the statements DataFrame, as the schema names it."""

from __future__ import annotations

import pandas as pd
import pytest

import viewpoints
from viewpoints import schema as S

ARTICLE = """The River Crossing
The old bridge closed on Monday. Maria Lopez, a structural engineer, said it was unsafe.
She urged the council to replace it. This would take two years.

Costs
Officials said the budget was limited. According to Tom Baker, repairs are not enough.
While some residents welcomed the plan, others doubt it will ever be delivered.

Comments
Post a Comment
"""

TEXTS = [
    ARTICLE,
    "One sentence only.",
    "# Title\n\nFirst paragraph. Second sentence.\n\n## Part\n\nLast.",
    "  Leading spaces.  \n\n\n  Trailing spaces.  \n",
    "Maria Lopez said: “The bridge is unsafe.\n\n“Nobody should cross it.”",
    "Windows\r\nline ends.\r\n\r\nSecond.\r\n",
    "Tab\tseparated\twords. And\u00a0non-breaking spaces.",
]


@pytest.fixture(scope="module")
def article() -> pd.DataFrame:
    return viewpoints.analyze(ARTICLE)


def test_columns_and_types_are_the_schema(article):
    assert list(article.columns) == list(S.COLUMNS)
    assert {c: str(t) for c, t in article.dtypes.items()} == S.COLUMNS


def test_empty_text_gives_an_empty_typed_frame():
    frame = viewpoints.analyze("")
    assert frame.empty
    assert {c: str(t) for c, t in frame.dtypes.items()} == S.COLUMNS
    assert frame.attrs["target"] == "" and frame.attrs["headings"] == [] and frame.attrs["boilerplate"] == []


def test_only_headings_gives_no_statements_but_reports_them():
    frame = viewpoints.analyze("# The bridge\n## Repairs\n")
    assert frame.empty
    assert [h for _s, _e, h in frame.attrs["headings"]] == ["The bridge", "Repairs"]


def test_non_text_is_refused():
    with pytest.raises(TypeError, match="str"):
        viewpoints.analyze(b"The bridge closed.")


def test_statements_in_reading_order_with_sections(article):
    assert article[S.SENTENCE].tolist() == list(range(len(article)))
    assert article[S.PARAGRAPH].is_monotonic_increasing
    assert list(dict.fromkeys(article[S.SECTION])) == ["The River Crossing", "Costs"]
    assert article[S.TEXT].iloc[0] == "The old bridge closed on Monday."


def test_who_and_what_for_a_small_article(article):
    got = list(zip(article[S.SPEAKER], article[S.ATTRIBUTION], article[S.STANCE]))
    assert got == [
        ("author", "narration", "neutral"),
        ("Maria Lopez", "reported", "skeptical"),  # "unsafe": the danger family
        ("Maria Lopez", "reported", "supportive"),
        ("Maria Lopez", "continuation", "supportive"),
        ("officials", "reported", "skeptical"),
        ("Tom Baker", "reported", "skeptical"),
        ("residents", "reported", "supportive"),  # "While some residents welcomed the plan," is theirs
        ("others", "reported", "skeptical"),
    ]


def test_boilerplate_and_headings_are_reported_with_offsets(article):
    assert [t for _s, _e, t in article.attrs["boilerplate"]] == ["Comments", "Post a Comment"]
    assert [t for _s, _e, t in article.attrs["headings"]] == ["The River Crossing", "Costs"]
    for start, end, line in article.attrs["boilerplate"] + article.attrs["headings"]:
        assert ARTICLE[start:end] == line
    assert not article[S.TEXT].str.contains("Comment").any()


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_invariant(text, check_offsets):
    check_offsets(viewpoints.analyze(text), text)


def test_offsets_invariant_on_the_seed(seed_frame, seed_text, check_offsets):
    check_offsets(seed_frame, seed_text)


@pytest.mark.parametrize("text", TEXTS)
def test_values_are_within_their_documented_ranges(text):
    frame = viewpoints.analyze(text)
    assert set(frame[S.SPEAKER_KIND]) <= set(S.SPEAKER_KINDS)
    assert set(frame[S.ATTRIBUTION]) <= set(S.ATTRIBUTIONS)
    assert set(frame[S.STANCE]) <= set(S.STANCES)
    assert frame[S.STANCE_SCORE].between(-1, 1).all()
    assert frame[S.POLARITY].between(-1, 1).all() and frame[S.VADER].between(-1, 1).all()
    assert frame[S.SUBJECTIVITY].between(0, 1).all()
    authors = frame[frame[S.SPEAKER] == S.AUTHOR]
    assert (authors[S.SPEAKER_KIND] == "author").all()


def test_continuation_without_cues_carries_the_stance_it_continues():
    frame = viewpoints.analyze("Maria Lopez urged the council to act. This would save the bridge.")
    assert frame[S.STANCE].tolist() == ["supportive", "supportive"]
    assert frame[S.STANCE_SCORE].tolist() == [1.0, 1.0]
    assert "carries on" in frame[S.STANCE_CUES].iloc[1]


def test_continuation_with_its_own_cue_keeps_its_own_stance():
    frame = viewpoints.analyze("Maria Lopez urged the council to act. This would fail, though.")
    assert frame[S.STANCE].tolist() == ["supportive", "skeptical"]
    assert frame[S.STANCE_CUES].iloc[1] == "fail (doubt -1.00)"


def test_narration_does_not_carry_stance():
    frame = viewpoints.analyze("Maria Lopez urged the council to act.\n\nThis would save the bridge.")
    assert frame[S.STANCE].tolist() == ["supportive", "neutral"]


def test_article_id_is_a_stable_content_hash():
    a, b = viewpoints.analyze("The bridge closed."), viewpoints.analyze("The bridge closed.")
    assert a[S.ARTICLE_ID].iloc[0] == b[S.ARTICLE_ID].iloc[0] == viewpoints.article_id_for("The bridge closed.")
    assert len(a[S.ARTICLE_ID].iloc[0]) == 12
    assert viewpoints.article_id_for("The bridge opened.") != a[S.ARTICLE_ID].iloc[0]
    assert viewpoints.analyze("The bridge closed.", article_id="bridge")[S.ARTICLE_ID].tolist() == ["bridge"]


@pytest.mark.parametrize(
    "target, expected",
    [(None, "bridge toll"), ("", "bridge toll"), ("   ", "bridge toll"), ("  road safety ", "road safety")],
)
def test_target_defaults_to_the_main_issue(target, expected):
    text = "The bridge toll rose. Drivers hate the bridge toll."
    assert viewpoints.analyze(text, target=target).attrs["target"] == expected


def test_sentiment_columns_explain_themselves():
    frame = viewpoints.analyze("The new bridge is excellent. The old one was a terrible failure.")
    assert frame[S.POLARITY].iloc[0] > 0 > frame[S.POLARITY].iloc[1]
    assert "excellent" in frame[S.SENTIMENT_WORDS].iloc[0]
    assert "terrible" in frame[S.SENTIMENT_WORDS].iloc[1]


def test_the_package_never_imports_streamlit():
    import subprocess
    import sys

    code = "import sys, viewpoints, viewpoints.cli; viewpoints.analyze('A said b.'); print('streamlit' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "False", done.stderr


def test_mentions_target_column_and_the_paragraph_focus():
    text = (
        "The bridge repairs were approved on Monday. Engineers doubt the plan will hold.\n\n"
        "Engineers doubt the plan will hold."
    )
    frame = viewpoints.analyze(text, target="bridge repairs")
    assert frame[S.MENTIONS_TARGET].tolist() == [True, False, False]
    # the same sentence: full weight after its paragraph named the target, half weight in a new paragraph
    assert frame[S.STANCE_SCORE].tolist() == [0.0, -1.0, -0.5]
    assert frame[S.STANCE_CUES].iloc[1].endswith("target mentioned earlier in the paragraph")
    assert frame[S.STANCE_CUES].iloc[2].endswith("target not mentioned (x0.5)")


def test_mentions_target_is_false_without_a_target():
    frame = viewpoints.analyze("Engineers doubt the plan will hold.")  # too short for a main issue
    assert frame.attrs["target"] == ""
    assert frame[S.MENTIONS_TARGET].tolist() == [False]
    assert frame[S.STANCE_CUES].tolist() == ["doubt (doubt -1.00)"]
