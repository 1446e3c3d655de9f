"""Landscape figures: where each voice stands, and which aspects of the issue it talks about.

No Streamlit here. Article text reaches a figure only through ``views.charts._safe`` (escaped); the
points carry sentence indices as ``customdata``, never names, so a selection maps back to rows.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from viewpoints import schema as S

from .charts import _layout, _safe, cell_markers
from .palette import STANCE_COLORS
from .palette_sections import AUTHOR_COLOR, COUNT_SCALE, section_colors

# Columns of the per-speaker summary (the numbers behind the speaker map).
STATEMENTS = "statements"
MEAN_POLARITY = "mean polarity"
MEAN_STANCE = "mean stance"
MAIN_SECTION = "main section"
FIRST_SENTENCE = "first sentence"

MIN_SIZE, SIZE_PER_ROOT = 12, 9  # marker diameter: 12 px plus 9 px per square root of the statement count


def aspect_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (statement, aspect it touches); statements touching none are left out."""
    aspects = frame[S.ASPECTS].fillna("").str.split("; ")
    out = frame.assign(**{S.ASPECTS: aspects}).explode(S.ASPECTS)
    return out[out[S.ASPECTS].fillna("") != ""]


def speaker_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """Per speaker, in order of first appearance: statement count, mean polarity and stance score,
    the section where they speak most (ties go to the earlier section), role and first sentence."""
    grouped = frame.groupby(S.SPEAKER, sort=False)
    out = pd.DataFrame(
        {
            STATEMENTS: grouped.size(),
            MEAN_POLARITY: grouped[S.POLARITY].mean(),
            MEAN_STANCE: grouped[S.STANCE_SCORE].mean(),
            MAIN_SECTION: grouped[S.SECTION].agg(lambda s: s.value_counts(sort=False).idxmax()),
            S.SPEAKER_KIND: grouped[S.SPEAKER_KIND].first(),
            S.SPEAKER_ROLE: grouped[S.SPEAKER_ROLE].agg(lambda s: next((r for r in s if r), "")),
            FIRST_SENTENCE: grouped[S.SENTENCE].min(),
        }
    )
    out.index.name = S.SPEAKER
    return out


def marker_size(count: int) -> float:
    return MIN_SIZE + SIZE_PER_ROOT * math.sqrt(count)


# Label placement assumes the narrowest plot the page meets (a phone): what does not collide there
# does not collide on a wide screen either.
PLOT_PX = (300, 330)  # plot area width, height
CHAR_PX, LINE_PX = 7.0, 16.0
POSITIONS = ("top center", "bottom center", "middle right", "middle left")


def label_positions(summary: pd.DataFrame, *, x_range: tuple[float, float], y_range: tuple[float, float]) -> dict[str, str]:
    """Speaker -> textposition, so that name labels overlap neither each other nor other points.

    Bigger voices are placed first and get the first free spot of: above, below, right, left.
    """
    width, height = PLOT_PX

    def px(x: float, y: float) -> tuple[float, float]:
        return ((x - x_range[0]) / (x_range[1] - x_range[0]) * width, (y - y_range[0]) / (y_range[1] - y_range[0]) * height)

    def box(name: str, row: pd.Series, position: str) -> tuple[float, float, float, float]:
        cx, cy = px(row[MEAN_POLARITY], row[MEAN_STANCE])
        r, w = marker_size(int(row[STATEMENTS])) / 2, CHAR_PX * len(name)
        if position == "top center":
            return cx - w / 2, cx + w / 2, cy + r, cy + r + LINE_PX
        if position == "bottom center":
            return cx - w / 2, cx + w / 2, cy - r - LINE_PX, cy - r
        if position == "middle right":
            return cx + r, cx + r + w, cy - LINE_PX / 2, cy + LINE_PX / 2
        return cx - r - w, cx - r, cy - LINE_PX / 2, cy + LINE_PX / 2

    def overlaps(a, b) -> bool:
        return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]

    markers = []
    for _, row in summary.iterrows():
        cx, cy = px(row[MEAN_POLARITY], row[MEAN_STANCE])
        r = marker_size(int(row[STATEMENTS])) / 2
        markers.append((cx - r, cx + r, cy - r, cy + r))
    taken: list[tuple[float, float, float, float]] = []
    out: dict[str, str] = {}
    for name, row in summary.sort_values(STATEMENTS, ascending=False, kind="stable").iterrows():
        for position in POSITIONS:
            b = box(name, row, position)
            inside = b[0] >= -4 and b[1] <= width + 4 and b[2] >= 0 and b[3] <= height
            if inside and not any(overlaps(b, o) for o in taken + markers):
                break
        else:
            position = POSITIONS[0]
        out[name] = position
        taken.append(box(name, row, position))
    return out


def _speaker_hover(name: str, row: pd.Series) -> str:
    role = f"<br><i>{_safe(row[S.SPEAKER_ROLE], 50)}</i>" if row[S.SPEAKER_ROLE] else ""
    count = int(row[STATEMENTS])
    return (
        f"<b>{_safe(name, 40)}</b>{role}<br>{count} statement{'s' * (count != 1)}, "
        f"mostly in “{_safe(row[MAIN_SECTION], 40)}”<br>mean polarity {row[MEAN_POLARITY]:+.2f} · "
        f"mean stance {row[MEAN_STANCE]:+.2f}"
    )


def speaker_map(frame: pd.DataFrame) -> go.Figure:
    """Each speaker at (mean polarity, mean stance score); size = statements, colour = main section.

    One trace per section (so the legend names the colours); the author is its own trace, drawn as
    an open diamond, because narration is not a voice the article quotes.
    """
    summary = speaker_summary(frame)
    colors = section_colors(frame[S.SECTION])
    reach = max(0.25, float(summary[MEAN_POLARITY].abs().max() if len(summary) else 0) * 1.35)
    x_range, y_range = (-reach, reach), (-1.35, 1.35)
    places = label_positions(summary, x_range=x_range, y_range=y_range)
    fig = go.Figure()
    voices = summary[summary.index != S.AUTHOR]
    for section, color in colors.items():
        part = voices[voices[MAIN_SECTION] == section]
        if part.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=part[MEAN_POLARITY],
                y=part[MEAN_STANCE],
                mode="markers+text",
                name=_safe(section, 40),
                text=[_safe(name, 30) for name in part.index],
                textposition=[places[name] for name in part.index],
                marker=dict(color=color, size=[marker_size(n) for n in part[STATEMENTS]], line=dict(color="white", width=1.5), opacity=0.9),
                customdata=part[FIRST_SENTENCE],
                hovertext=[_speaker_hover(name, row) for name, row in part.iterrows()],
                hovertemplate="%{hovertext}<extra></extra>",
                legendgroup="sections",
                legendgrouptitle_text="Main section",
            )
        )
    if S.AUTHOR in summary.index:
        row = summary.loc[S.AUTHOR]
        fig.add_trace(
            go.Scatter(
                x=[row[MEAN_POLARITY]],
                y=[row[MEAN_STANCE]],
                mode="markers+text",
                name="author (narration)",
                text=["author"],
                textposition=places[S.AUTHOR],
                textfont=dict(color=AUTHOR_COLOR),
                marker=dict(
                    symbol="diamond-open",
                    color=AUTHOR_COLOR,
                    size=marker_size(int(row[STATEMENTS])),
                    line=dict(width=2.5),
                ),
                customdata=[row[FIRST_SENTENCE]],
                hovertext=[_speaker_hover(S.AUTHOR, row) + "<br>the article's own narration"],
                hovertemplate="%{hovertext}<extra></extra>",
                legendgroup="author",
            )
        )
    fig.add_hline(y=0, line_color="#bbb", line_width=1)
    fig.add_vline(x=0, line_color="#bbb", line_width=1)
    for y, stance, anchor in ((1.0, "supportive", "top"), (-1.0, "skeptical", "bottom")):
        fig.add_annotation(
            x=0, xref="paper", xanchor="left", y=y, yanchor=anchor, showarrow=False,
            text=f"{'▲' if stance == 'supportive' else '▼'} {stance}", font=dict(color=STANCE_COLORS[stance], size=12),
        )
    fig.update_xaxes(title="mean polarity (tone)", range=list(x_range), zeroline=False, gridcolor="#eee")
    fig.update_yaxes(title="mean stance score", range=list(y_range), zeroline=False, gridcolor="#eee", dtick=0.5)
    fig = _layout(fig, height=460)
    fig.update_layout(
        showlegend=True,
        legend=dict(orientation="h", yanchor="top", y=-0.18, x=0, groupclick="toggleitem"),
        margin=dict(l=8, r=8, t=16, b=8),
        clickmode="event+select",
        dragmode=False,
    )
    return fig


def aspect_matrix(frame: pd.DataFrame) -> pd.DataFrame:
    """Statements per speaker (rows, first appearance) and aspect (columns, most touched first)."""
    rows = aspect_rows(frame)
    speakers = [s for s in dict.fromkeys(frame[S.SPEAKER]) if s in set(rows[S.SPEAKER])]
    aspects = rows[S.ASPECTS].value_counts(sort=True).index.tolist()
    return pd.crosstab(rows[S.SPEAKER], rows[S.ASPECTS]).reindex(index=speakers, columns=aspects, fill_value=0)


def aspect_heatmap(frame: pd.DataFrame) -> go.Figure:
    """Aspect (rows, most touched first) x speaker (columns) counts as a heatmap, with one selectable
    point per non-empty cell.

    Plotly heatmaps emit no selection events in Streamlit, so a transparent square marker sits on
    each non-empty cell; its ``customdata`` is [the speaker's first sentence, the aspect].
    """
    matrix = aspect_matrix(frame)
    first = frame.groupby(S.SPEAKER, sort=False)[S.SENTENCE].min()
    speakers = [_safe(name, 28) for name in matrix.index]
    aspects = list(matrix.columns)
    z = [[int(matrix.iat[i, j]) or None for i in range(len(speakers))] for j in range(len(aspects))]
    fig = go.Figure(
        go.Heatmap(
            z=z, x=speakers, y=aspects, colorscale=COUNT_SCALE, zmin=0, xgap=2, ygap=2,
            texttemplate="%{z}", textfont=dict(size=13), hoverinfo="skip", showscale=False,
        )
    )
    cells = [(i, j) for j in range(len(aspects)) for i in range(len(speakers)) if z[j][i]]
    fig.add_trace(
        cell_markers(
            [speakers[i] for i, _ in cells],
            [aspects[j] for _, j in cells],
            [[int(first[matrix.index[i]]), aspects[j]] for i, j in cells],
            [f"<b>{speakers[i]}</b> on {_safe(aspects[j], 40)}: {z[j][i]} statement{'s' * (z[j][i] != 1)}" for i, j in cells],
        )
    )
    fig.update_xaxes(side="top", showgrid=False)
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig = _layout(fig, height=110 + 30 * len(aspects))
    fig.update_layout(margin=dict(l=8, r=8, t=8, b=8), clickmode="event+select", dragmode=False)
    return fig
