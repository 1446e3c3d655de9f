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


def _layout(fig: go.Figure, *, height: int, title: str | None = None) -> go.Figure:
    fig.update_layout(
        height=height,
        margin=dict(l=8, r=8, t=36 if title else 8, b=8),
        font=FONT,
        title=dict(text=html.escape(title), font=dict(size=14)) if title else None,
        showlegend=False,
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="rgba(0,0,0,0)",
        hoverlabel=dict(align="left"),
    )
    return fig


def stance_bar(frame: pd.DataFrame, *, max_count: int | None = None) -> go.Figure:
    """Statements per stance as horizontal bars, one colour per stance."""
    counts = stance_counts(frame)
    fig = go.Figure(
        go.Bar(
            x=counts.values,
            y=counts.index,
            orientation="h",
            marker_color=[STANCE_COLORS[s] for s in counts.index],
            text=[str(v) for v in counts.values],
            textposition="auto",
            hovertemplate="%{y}: %{x} statements<extra></extra>",
            customdata=counts.index,
        )
    )
    fig.update_yaxes(categoryorder="array", categoryarray=STANCE_ORDER[::-1], title=None)
    fig.update_xaxes(title="statements", range=[0, max(max_count or 0, int(counts.max()), 1) * 1.1], dtick=1 if (max_count or 0) <= 10 else None, showgrid=True, gridcolor="#eee")
    return _layout(fig, height=170)


def sentiment_scatter(frame: pd.DataFrame) -> go.Figure:
    """Each statement at (polarity, subjectivity), coloured by stance; hover shows who said what."""
    fig = go.Figure()
    for stance in STANCE_ORDER:
        part = frame[frame[S.STANCE] == stance]
        fig.add_trace(
            go.Scatter(
                x=part[S.POLARITY],
                y=part[S.SUBJECTIVITY],
                mode="markers",
                name=stance,
                marker=dict(color=STANCE_COLORS[stance], size=11, line=dict(color="white", width=1), opacity=0.9),
                customdata=part[S.SENTENCE],
                hovertext=[
                    f"<b>{_safe(sp, 40)}</b> · {stance}<br>{_safe(tx)}"
                    for sp, tx in zip(part[S.SPEAKER], part[S.TEXT])
                ],
                hovertemplate="%{hovertext}<br>polarity %{x:.2f}, subjectivity %{y:.2f}<extra></extra>",
            )
        )
    fig.add_vline(x=0, line_color="#bbb", line_width=1)
    fig.update_xaxes(title="polarity (TextBlob)", range=[-1.05, 1.05], zeroline=False, gridcolor="#eee")
    fig.update_yaxes(title="subjectivity", range=[-0.05, 1.05], gridcolor="#eee")
    return _layout(fig, height=260)


def overview(frame: pd.DataFrame, column: str, groups: list[str]) -> go.Figure:
    """Stance shares of the chosen groups in one stacked bar each: the comparison at a glance."""
    fig = go.Figure()
    chosen = frame[frame[column].isin(groups)]
    table = pd.crosstab(chosen[column], chosen[S.STANCE]).reindex(index=groups, columns=STANCE_ORDER, fill_value=0)
    for stance in STANCE_ORDER:
        fig.add_trace(
            go.Bar(
                y=[_safe(g, 40) for g in groups],
                x=table[stance].values,
                name=stance,
                orientation="h",
                marker_color=STANCE_COLORS[stance],
                hovertemplate=f"%{{y}}: %{{x}} {stance}<extra></extra>",
            )
        )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title=None, gridcolor="#eee", dtick=1 if table.sum(axis=1).max() <= 12 else None)
    fig = _layout(fig, height=110 + 38 * len(groups), title="Stance of each group (statements)")
    fig.update_layout(barmode="stack", showlegend=True, legend=dict(orientation="h", y=-0.3, x=0, traceorder="normal"))
    return fig
