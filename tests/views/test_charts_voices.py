"""A voice over time: sums by day or month, polarity weighted by statements, and the chart saying which
date it uses."""

from __future__ import annotations

import pandas as pd
import pytest

from views import charts_voices as ch
from views.palette import STANCE_COLORS


def timeline(rows: list[tuple[str, int, int, int, int, float, int]]) -> pd.DataFrame:
    """(day, articles, supportive, skeptical, neutral, polarity, published) per row."""
    return pd.DataFrame(
        [{"voice": "Ana Ruiz", "day": d, "articles": a, "statements": s + k + n, "supportive": s, "skeptical": k, "neutral": n, "polarity": p, "published": pub}
         for d, a, s, k, n, p, pub in rows]
    )


def test_days_are_summed_and_polarity_is_weighted_by_statements():
    periods, unit = ch.by_period(timeline([("2026-03-01", 1, 1, 0, 0, 0.5, 1), ("2026-03-01", 1, 0, 2, 1, -0.1, 0), ("2026-03-04", 1, 0, 0, 1, 0.2, 1)]))
    assert unit == "day" and list(periods["period"]) == ["2026-03-01", "2026-03-04"]
    first = periods.iloc[0]
    assert (first["articles"], first["statements"], first["supportive"], first["skeptical"], first["published"]) == (2, 4, 1, 2, 1)
    assert first["polarity"] == pytest.approx((0.5 * 1 - 0.1 * 3) / 4)


def test_many_days_are_drawn_by_month():
    days = [f"2026-{m:02d}-{d:02d}" for m in (1, 2) for d in range(1, 28)]
    periods, unit = ch.by_period(timeline([(d, 1, 1, 0, 0, 0.0, 1) for d in days]))
    assert unit == "month" and list(periods["period"]) == ["2026-01", "2026-02"] and list(periods["statements"]) == [27, 27]


@pytest.mark.parametrize(("published", "said"), [
    ([1, 1], "the published date (all 2 articles)"),
    ([0, 0], "the day it was added (no published date"),
    ([1, 0], "the published date for 1 of 2 articles, the day added for 1"),
])
def test_the_axis_says_which_date_is_used(published, said):
    rows = timeline([("2026-03-01", 1, 1, 0, 0, 0.1, published[0]), ("2026-04-01", 1, 0, 1, 0, -0.1, published[1])])
    assert said in ch.date_note(rows)
    for figure in (ch.stance_over_time(rows), ch.sentiment_over_time(rows)):
        assert said in figure.layout.xaxis.title.text


def test_stance_over_time_keeps_the_stance_colours():
    figure = ch.stance_over_time(timeline([("2026-03-01", 1, 1, 2, 0, 0.1, 1)]))
    assert [t.marker.color for t in figure.data] == [STANCE_COLORS[s] for s in ("supportive", "skeptical", "neutral")]
    assert [list(t.y) for t in figure.data] == [[1], [2], [0]]
