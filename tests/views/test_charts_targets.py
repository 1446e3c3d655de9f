"""The voices × targets matrix's table and heatmap (views.charts_targets), without Streamlit."""

import pandas as pd

from viewpoints import schema as S
from views import charts_targets as T


def _frame(rows):
    return pd.DataFrame(rows, columns=[S.SPEAKER, S.STANCE, S.STANCE_SCORE, S.MENTIONS_TARGET])


FRAMES = {
    "harbour tolls": _frame([
        ("Jane Roe", "supportive", 0.8, True),
        ("Jane Roe", "neutral", 0.0, False),
        ("Tom Baker", "skeptical", -0.6, True),
        (S.AUTHOR, "skeptical", -1.0, True),
    ]),
    "Jane Roe": _frame([
        ("Jane Roe", "neutral", 0.0, True),
        ("Jane Roe", "neutral", 0.0, False),
        ("Tom Baker", "skeptical", -0.9, True),
        (S.AUTHOR, "neutral", 0.0, False),
    ]),
}


def test_the_table_counts_each_voices_stances_toward_each_target_without_the_author():
    table = T.stance_table(FRAMES)
    assert len(table) == 4 and S.AUTHOR not in set(table[T.VOICE])
    roe = table[(table[T.VOICE] == "Jane Roe") & (table[T.TARGET] == "harbour tolls")].iloc[0]
    assert (roe["supportive"], roe["neutral"], roe[T.STATEMENTS], roe[T.NAMING], roe[T.MEAN]) == (1, 1, 2, 1, 0.4)
    baker = table[(table[T.VOICE] == "Tom Baker") & (table[T.TARGET] == "Jane Roe")].iloc[0]
    assert (baker["skeptical"], baker[T.MEAN]) == (1, -0.9)


def test_the_heatmap_colours_by_mean_stance_and_names_each_cell_for_a_click():
    fig = T.heatmap(T.stance_table(FRAMES))
    heat, markers = fig.data
    assert list(heat.x) == ["harbour tolls", "Jane Roe"] and list(heat.y) == ["Jane Roe", "Tom Baker"]
    assert heat.zmin == -1 and heat.zmax == 1
    assert heat.text[1][0] == "▼1"  # Tom Baker toward harbour tolls
    assert [list(c) for c in markers.customdata] == [["Jane Roe", "harbour tolls"], ["Jane Roe", "Jane Roe"], ["Tom Baker", "harbour tolls"], ["Tom Baker", "Jane Roe"]]


def test_markup_in_a_name_is_escaped_in_the_chart():
    frames = {"<b>x</b>": _frame([("<i>Roe</i>", "neutral", 0.0, False)])}
    fig = T.heatmap(T.stance_table(frames))
    assert "<i>" not in fig.data[0].y[0] and "<b>" not in fig.data[0].x[0]


def test_a_voice_toward_itself_reads_own_words_and_is_not_coloured():
    table = T.stance_table(FRAMES)
    own = table[(table[T.VOICE] == "Jane Roe") & (table[T.TARGET] == "Jane Roe")].iloc[0]
    assert bool(own[T.OWN]) is True
    heat = T.heatmap(table).data[0]
    assert heat.text[0][1] == "own words" and heat.z[0][1] is None
    assert heat.z[1][1] == -0.9  # Tom Baker toward Jane Roe keeps its colour
