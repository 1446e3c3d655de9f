"""Plotly figures built from a statements DataFrame. No Streamlit here: each is testable on its own.

Article text reaches a figure only through ``_safe``: plotly reads a few HTML tags in hover text,
so every user-derived string is escaped before it gets there.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go

from viewpoints import schema as S
from viewpoints.compare import stance_counts

from .palette import STANCE_COLORS, STANCE_ORDER

FONT = dict(family="Source Sans Pro, sans-serif", size=13)
HOVER_WIDTH = 60


def _safe(text: str, width: int = HOVER_WIDTH) -> str:
    """Escaped, wrapped for a hover label (plotly line breaks are <br>)."""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(str(text), width) or [""])


def base_layout(*, height: int, title: str | None = None, **extra) -> dict:
    """The layout every chart shares, as a plain dict: a figure built from dicts is validated once."""
    layout = dict(
        height=height,
        margin=dict(l=8, r=8, t=36 if title else 8, b=8),
        font=FONT,
        showlegend=False,
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="rgba(0,0,0,0)",
        hoverlabel=dict(align="left"),
    )
    if title:
        layout["title"] = dict(text=html.escape(title), font=dict(size=14))
    layout.update(extra)
    return layout


def _layout(fig: go.Figure, *, height: int, title: str | None = None) -> go.Figure:
    fig.update_layout(**base_layout(height=height, title=title))
    return fig


def cell_markers(x: list, y: list, customdata: list, hovertext: list, *, size: int = 24) -> go.Scatter:
    """One transparent, selectable square per heatmap cell: plotly heatmaps emit no selection events in
    Streamlit, so a click on a cell selects this marker, whose ``customdata`` names the cell."""
    return go.Scatter(
        x=x,
        y=y,
        mode="markers",
        marker=dict(symbol="square", size=size, color="rgba(0,0,0,0)"),
        selected=dict(marker=dict(color="rgba(0,0,0,0.3)")),
        unselected=dict(marker=dict(opacity=0)),
        customdata=customdata,
        hovertext=hovertext,
        hovertemplate="%{hovertext}<extra></extra>",
        showlegend=False,
    )


def stance_bar(frame: pd.DataFrame, *, max_count: int | None = None) -> go.Figure:
    """Statements per stance as horizontal bars, one colour per stance."""
    counts = stance_counts(frame)
    bar = dict(
        type="bar",
        x=counts.values.tolist(),
        y=list(counts.index),
        orientation="h",
        marker=dict(color=[STANCE_COLORS[s] for s in counts.index]),
        text=[str(v) for v in counts.values],
        textposition="auto",
        hovertemplate="%{y}: %{x} statements<extra></extra>",
        customdata=list(counts.index),
    )
    top = max(max_count or 0, int(counts.max()), 1)
    layout = base_layout(
        height=170,
        yaxis=dict(categoryorder="array", categoryarray=STANCE_ORDER[::-1], title=None),
        xaxis=dict(title=dict(text="statements"), range=[0, top * 1.1], dtick=1 if top <= 10 else None, showgrid=True, gridcolor="#eee"),
    )
    return go.Figure(dict(data=[bar], layout=layout))


def sentiment_scatter(frame: pd.DataFrame) -> go.Figure:
    """Each statement at (polarity, subjectivity), coloured by stance; hover shows who said what."""
    traces = []
    for stance in STANCE_ORDER:
        part = frame[frame[S.STANCE] == stance]
        traces.append(
            dict(
                type="scatter",
                x=part[S.POLARITY].tolist(),
                y=part[S.SUBJECTIVITY].tolist(),
                mode="markers",
                name=stance,
                marker=dict(color=STANCE_COLORS[stance], size=11, line=dict(color="white", width=1), opacity=0.9),
                customdata=part[S.SENTENCE].tolist(),
                hovertext=[f"<b>{_safe(sp, 40)}</b> · {stance}<br>{_safe(tx)}" for sp, tx in zip(part[S.SPEAKER], part[S.TEXT])],
                hovertemplate="%{hovertext}<br>polarity %{x:.2f}, subjectivity %{y:.2f}<extra></extra>",
            )
        )
    layout = base_layout(
        height=260,
        shapes=[dict(type="line", x0=0, x1=0, y0=0, y1=1, xref="x", yref="paper", line=dict(color="#bbb", width=1))],
        xaxis=dict(title=dict(text="polarity (TextBlob)"), range=[-1.05, 1.05], zeroline=False, gridcolor="#eee"),
        yaxis=dict(title=dict(text="subjectivity"), range=[-0.05, 1.05], gridcolor="#eee"),
    )
    return go.Figure(dict(data=traces, layout=layout))


def overview(frame: pd.DataFrame, column: str, groups: list[str]) -> go.Figure:
    """Stance shares of the chosen groups in one stacked bar each: the comparison at a glance."""
    chosen = frame[frame[column].isin(groups)]
    table = pd.crosstab(chosen[column], chosen[S.STANCE]).reindex(index=groups, columns=STANCE_ORDER, fill_value=0)
    labels = [_safe(g, 40) for g in groups]
    traces = [
        dict(
            type="bar",
            y=labels,
            x=table[stance].tolist(),
            name=stance,
            orientation="h",
            marker=dict(color=STANCE_COLORS[stance]),
            hovertemplate=f"%{{y}}: %{{x}} {stance}<extra></extra>",
        )
        for stance in STANCE_ORDER
    ]
    layout = base_layout(
        height=110 + 38 * len(groups),
        title="Stance of each group (statements)",
        barmode="stack",
        showlegend=True,
        legend=dict(orientation="h", y=-0.3, x=0, traceorder="normal"),
        yaxis=dict(autorange="reversed"),
        xaxis=dict(title=None, gridcolor="#eee", dtick=1 if table.sum(axis=1).max() <= 12 else None),
    )
    return go.Figure(dict(data=traces, layout=layout))
