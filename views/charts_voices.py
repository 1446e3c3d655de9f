"""A voice over time: its stance counts and mean polarity by the date of the articles it speaks in.

Built from the store's per-article rows (``corpus_voices.timeline``: one row per voice and date), never
from every statement. Dates are the article's published date where it has one, else the day it was
added; the axis says so, with how many articles are dated each way. No Streamlit here.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from viewpoints import schema as S

from .charts import base_layout
from .palette import STANCE_COLORS, STANCE_ORDER, STANCE_SYMBOLS

DAYS_BEFORE_MONTHS = 45  # more distinct dates than this are drawn by month


def by_period(timeline: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """The rows of one voice summed by day, or by month when there are many days; and the period's name.
    (A few hundred rows at most: summed in Python, which is quicker than a pandas groupby at this size.)"""
    days = timeline["day"].tolist()
    monthly = len(set(days)) > DAYS_BEFORE_MONTHS
    counted = ["articles", "statements", *S.STANCES, "published"]
    sums: dict[str, list[float]] = {}
    for day, polarity, *values in zip(days, timeline["polarity"].tolist(), *(timeline[c].tolist() for c in counted)):
        row = sums.setdefault(day[:7] if monthly else day, [0.0] * (len(counted) + 1))
        for i, value in enumerate(values):
            row[i] += value
        row[-1] += polarity * values[1]  # polarity weighted by statements
    periods = sorted(sums)
    summed = pd.DataFrame({"period": periods, **{c: [int(sums[p][i]) for p in periods] for i, c in enumerate(counted)}})
    summed["polarity"] = [sums[p][-1] / sums[p][1] if sums[p][1] else 0.0 for p in periods]
    return summed, ("month" if monthly else "day")


def date_note(timeline: pd.DataFrame) -> str:
    """Which date the chart uses, counted: e.g. "article date: published date for 12 of 14 articles, the
    day added for 2"."""
    articles, published = int(timeline["articles"].sum()), int(timeline["published"].sum())
    added = articles - published
    if not added:
        return f"article date: the published date (all {articles} articles)"
    if not published:
        return f"article date: the day it was added (no published date on any of the {articles} articles)"
    return f"article date: the published date for {published} of {articles} articles, the day added for {added}"


def stance_over_time(timeline: pd.DataFrame) -> go.Figure:
    """Statements per stance, stacked, by the articles' date."""
    periods, unit = by_period(timeline)
    traces = [
        dict(
            type="bar", x=periods["period"].tolist(), y=periods[stance].tolist(), name=f"{STANCE_SYMBOLS[stance]} {stance}",
            marker=dict(color=STANCE_COLORS[stance]), hovertemplate=f"%{{x}}: %{{y}} {stance}<extra></extra>",
        )
        for stance in STANCE_ORDER
    ]
    layout = base_layout(
        height=260, barmode="stack", showlegend=True, legend=dict(orientation="h", y=1.12, x=0),
        xaxis=dict(type="category", title=dict(text=f"{date_note(timeline)} (by {unit})"), gridcolor="#eee"),
        yaxis=dict(title=dict(text="statements"), gridcolor="#eee"),
    )
    return go.Figure(dict(data=traces, layout=layout))


def sentiment_over_time(timeline: pd.DataFrame) -> go.Figure:
    """Mean polarity of the voice's statements by the articles' date (marker size: statements)."""
    periods, unit = by_period(timeline)
    trace = dict(
        type="scatter", mode="lines+markers", x=periods["period"].tolist(), y=periods["polarity"].round(3).tolist(),
        line=dict(color="#555", width=1),
        marker=dict(color="#333", size=[6 + min(14, 2 * n) for n in periods["statements"]]),
        customdata=periods["statements"].tolist(),
        hovertemplate="%{x}: mean polarity %{y:+.2f} over %{customdata} statements<extra></extra>",
    )
    layout = base_layout(
        height=240,
        shapes=[dict(type="line", x0=0, x1=1, y0=0, y1=0, xref="paper", yref="y", line=dict(color="#bbb", width=1))],
        xaxis=dict(type="category", title=dict(text=f"{date_note(timeline)} (by {unit})"), gridcolor="#eee"),
        yaxis=dict(title=dict(text="mean polarity (TextBlob)"), range=[-1.05, 1.05], gridcolor="#eee"),
    )
    return go.Figure(dict(data=[trace], layout=layout))
