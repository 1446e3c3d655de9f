"""The Flow page in-process: the track, its table, and the turning points written out."""

from __future__ import annotations

import pytest

from viewpoints import schema as S
from views import charts_flow
from views.flow import describe

from .conftest import assert_no_raw_markup
from .pages import markdown_texts, open_page

MODULE = "views.flow"


@pytest.fixture(scope="module")
def page():
    return open_page(MODULE)


def test_renders_the_track_and_the_numbers_behind_it(page, seed_frame):
    assert [h.value for h in page.header] == ["Flow"]
    assert len(page.get("plotly_chart")) == 1
    table = page.dataframe[0].value
    assert table[S.SENTENCE].tolist() == sorted(seed_frame[S.SENTENCE])
    assert table[S.TEXT].tolist() == seed_frame.sort_values(S.SENTENCE)[S.TEXT].tolist()


def test_every_turning_point_is_written_out_with_who_turns_it(page, seed_frame):
    turns = charts_flow.turning_points(seed_frame)
    assert len(turns) > 0
    assert "Where the tone turns, and who turns it" in [s.value for s in page.subheader]
    # one block per statement that turns the tone: its text, and one line per kind of turn
    assert [t.value for t in page.text] == turns.drop_duplicates(S.SENTENCE)[S.TEXT].tolist()
    lines = [m for m in markdown_texts(page) if " · sentence " in m and ("stance flips" in m or "polarity" in m)]
    assert len(lines) == len(turns)
    for line, (_, turn) in zip(lines, turns.iterrows()):
        assert f"sentence {turn[S.SENTENCE]} " in line


def test_describe_says_which_way_the_stance_flips():
    from types import SimpleNamespace

    turn = SimpleNamespace(**{S.SPEAKER: "A*b", S.SENTENCE: 4, S.SECTION: "Lead", charts_flow.TURN: "stance flips",
                              charts_flow.BEFORE: 1.0, charts_flow.AFTER: -0.6})
    line = describe(turn)
    assert "from ▲ supportive (+1.00) to ▼ skeptical (-0.60)" in line
    assert line.startswith(r"**A\*b**")


def test_markup_in_the_article_never_reaches_markdown_raw():
    at = open_page(MODULE, payload=True)
    assert_no_raw_markup(markdown_texts(at))
    assert any(r"Ukrainian \<i\>skepticism\</i\>" in m for m in markdown_texts(at))  # author's turn, in that section
