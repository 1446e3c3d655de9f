"""Flow figures: the article in reading order, and where its tone turns. No Streamlit here.

Every point and bar carries its ``sentence`` index as ``customdata``; article text reaches the
figure only through ``views.charts._safe``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from viewpoints import schema as S

from .charts import FONT, _safe
from .palette import STANCE_COLORS, STANCE_ORDER, STANCE_SYMBOLS
from .palette_sections import AUTHOR_COLOR, section_colors, tint

POLARITY_JUMP = 0.4  # a change of polarity larger than this from the previous statement is a turn
LINE_COLOR = "#222222"
BAND_ALPHA = 0.15

# Columns of the turning-points table.
TURN = "turn"
BEFORE = "before"
AFTER = "after"


def speaker_turns(frame: pd.DataFrame) -> pd.DataFrame:
    """The statements where a new speaker takes over (the first statement included)."""
    ordered = frame.sort_values(S.SENTENCE)
    speakers = ordered[S.SPEAKER].astype(object)  # as "string", the first row would compare with NA, not differ
    return ordered[speakers.ne(speakers.shift()).to_numpy(dtype=bool)]


def turning_points(frame: pd.DataFrame, *, jump: float = POLARITY_JUMP) -> pd.DataFrame:
    """Statements where the tone turns, in reading order, with who turns it.

    A turn is either a stance flip (the stance score's sign is the opposite of the last statement
    that took a side; neutral statements in between do not reset it) or a polarity jump (polarity
    moves by more than `jump` from the previous statement). Columns: sentence, section, speaker,
    text, turn ("stance flips" / "polarity jumps"), before, after (the values either side).
    """
    ordered = frame.sort_values(S.SENTENCE)
    rows = []
    last_side = None  # stance score of the last statement that took a side
    previous = None
    for row in ordered.itertuples(index=False):
        score, polarity = getattr(row, S.STANCE_SCORE), getattr(row, S.POLARITY)
        base = {S.SENTENCE: getattr(row, S.SENTENCE), S.SECTION: getattr(row, S.SECTION), S.SPEAKER: getattr(row, S.SPEAKER), S.TEXT: getattr(row, S.TEXT)}
        if score != 0 and last_side is not None and np.sign(score) != np.sign(last_side):
            rows.append({**base, TURN: "stance flips", BEFORE: last_side, AFTER: score})
        if previous is not None and abs(polarity - previous) > jump:
            rows.append({**base, TURN: "polarity jumps", BEFORE: previous, AFTER: polarity})
        if score != 0:
            last_side = score
        previous = polarity
    return pd.DataFrame(rows, columns=[S.SENTENCE, S.SECTION, S.SPEAKER, S.TEXT, TURN, BEFORE, AFTER])


def _short(name: str, limit: int = 14) -> str:
    """A label that fits above a narrow chart: the name, or its last word when the name is long."""
    return name if len(name) <= limit else name.split()[-1][:limit]


def _hover(frame: pd.DataFrame) -> list[str]:
    return [
        f"<b>{_safe(sp, 40)}</b> · {STANCE_SYMBOLS.get(st, '')} {st} · sentence {n}<br><i>{_safe(sec, 50)}</i><br>{_safe(tx)}"
        f"<br>polarity {pol:+.2f} · stance score {sc:+.2f}"
        for sp, st, n, sec, tx, pol, sc in zip(
            frame[S.SPEAKER], frame[S.STANCE], frame[S.SENTENCE], frame[S.SECTION], frame[S.TEXT], frame[S.POLARITY], frame[S.STANCE_SCORE]
        )
    ]


def track(frame: pd.DataFrame) -> go.Figure:
    """The article as a track along its sentences: polarity (line), stance score (bars in stance
    colours) and who speaks (one lane per speaker), over bands coloured by section. Dotted lines
    mark where the speaker changes, labelled with the new speaker; rings mark turning points."""
    ordered = frame.sort_values(S.SENTENCE)
    speakers = list(dict.fromkeys(ordered[S.SPEAKER]))
    lanes = [_safe(s, 28) for s in speakers]
    hover = _hover(ordered)
    fig = make_subplots(rows=3, cols=1, shared_xaxes=True, vertical_spacing=0.04, row_heights=[0.36, 0.36, 0.28])

    fig.add_trace(
        go.Scatter(
            x=ordered[S.SENTENCE], y=ordered[S.POLARITY], mode="lines+markers", name="polarity",
            line=dict(color=LINE_COLOR, width=1.5), marker=dict(color=LINE_COLOR, size=7),
            customdata=ordered[S.SENTENCE], hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
        ),
        row=1, col=1,
    )
    turns = turning_points(ordered)
    if len(turns):
        at = ordered.set_index(S.SENTENCE).loc[sorted(set(turns[S.SENTENCE])), S.POLARITY]
        fig.add_trace(
            go.Scatter(
                x=at.index, y=at.values, mode="markers", name="turning point",
                marker=dict(symbol="circle-open", size=17, color=LINE_COLOR, line=dict(width=2)),
                customdata=at.index, hoverinfo="skip",
            ),
            row=1, col=1,
        )
    for stance in STANCE_ORDER:
        mask = (ordered[S.STANCE] == stance).to_numpy()
        part = ordered[mask]
        common = dict(
            x=part[S.SENTENCE], name=f"{STANCE_SYMBOLS[stance]} {stance}", customdata=part[S.SENTENCE],
            hovertext=[h for h, m in zip(hover, mask) if m], hovertemplate="%{hovertext}<extra></extra>",
        )
        if stance == "neutral":  # a score of 0 has no bar: a grey dot on the zero line instead
            trace = go.Scatter(y=[0.0] * len(part), mode="markers", marker=dict(color=STANCE_COLORS[stance], size=8), **common)
        else:
            trace = go.Bar(y=part[S.STANCE_SCORE], marker_color=STANCE_COLORS[stance], **common)
        fig.add_trace(trace, row=2, col=1)
    fig.add_trace(
        go.Scatter(
            x=ordered[S.SENTENCE], y=[lanes[speakers.index(s)] for s in ordered[S.SPEAKER]],
            mode="markers", name="speaker", showlegend=False,
            marker=dict(
                symbol=["diamond-open" if s == S.AUTHOR else "square" for s in ordered[S.SPEAKER]],
                color=AUTHOR_COLOR, size=10, line=dict(width=1.5, color=AUTHOR_COLOR),
            ),
            customdata=ordered[S.SENTENCE], hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
        ),
        row=3, col=1,
    )

    colors = section_colors(ordered[S.SECTION])
    bounds = ordered.groupby(S.SECTION, sort=False)[S.SENTENCE].agg(["min", "max"])
    for section, (lo, hi) in bounds.iterrows():
        fig.add_vrect(x0=lo - 0.5, x1=hi + 0.5, fillcolor=tint(colors[section], BAND_ALPHA), line_width=0, layer="below", row="all", col=1)
    for section, color in colors.items():  # legend entries naming the band colours
        fig.add_trace(
            go.Scatter(
                x=[None], y=[None], mode="markers", name=_safe(section, 18),
                marker=dict(symbol="square", size=12, color=tint(color, 0.45)),
                hoverinfo="skip",
            ),
            row=1, col=1,
        )
    for row in speaker_turns(ordered).itertuples(index=False):
        n = getattr(row, S.SENTENCE)
        if n != ordered[S.SENTENCE].iloc[0]:
            fig.add_vline(x=n - 0.5, line=dict(color="#555", width=1, dash="dot"), row="all", col=1)
        fig.add_annotation(
            x=n - 0.45, xref="x", y=1.0, yref="paper", yanchor="bottom", xanchor="left", textangle=-60,
            text=_safe(_short(getattr(row, S.SPEAKER)), 40), showarrow=False, font=dict(size=11, color="#333"),
        )

    last = int(ordered[S.SENTENCE].max()) if len(ordered) else 0
    fig.update_xaxes(range=[-0.6, last + 0.6], showgrid=False, zeroline=False)
    fig.update_xaxes(title="sentence (reading order)", dtick=1 if last < 12 else None, row=3, col=1)
    fig.update_yaxes(title="polarity", range=[-1.1, 1.1], dtick=0.5, gridcolor="#eee", zeroline=True, zerolinecolor="#bbb", row=1, col=1)
    fig.update_yaxes(title="stance", range=[-1.1, 1.1], dtick=0.5, gridcolor="#eee", zeroline=True, zerolinecolor="#bbb", row=2, col=1)
    fig.update_yaxes(title=None, categoryorder="array", categoryarray=lanes[::-1], showgrid=True, gridcolor="#eee", row=3, col=1)
    fig.update_layout(
        height=560 + 24 * len(speakers),
        font=FONT,
        margin=dict(l=8, r=8, t=90, b=8),
        plot_bgcolor="rgba(0,0,0,0)",
        paper_bgcolor="rgba(0,0,0,0)",
        hoverlabel=dict(align="left"),
        barmode="relative",
        bargap=0.25,
        showlegend=True,
        legend=dict(orientation="h", yref="container", yanchor="bottom", y=0, xref="container", x=0, entrywidth=135, entrywidthmode="pixels"),
        clickmode="event+select",
        dragmode=False,
    )
    return fig
