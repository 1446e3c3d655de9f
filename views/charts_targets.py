"""The voices × targets matrix: each voice's stance toward each target, as a table and a heatmap.

The colour is the voice's mean stance score toward the target on the stance colours used everywhere
(vermillion skeptical, grey neutral, blue supportive); each cell also reads its counts with the stance
symbols ("▲2 ▼1 ●3"), so the colour is never the only carrier. A voice toward itself reads "own
words" and is left uncoloured.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from viewpoints import schema as S
from viewpoints.stance.actor_stance import names_a_voice

from .charts import _layout, _safe, cell_markers
from .palette import STANCE_COLORS, STANCE_SYMBOLS

VOICE, TARGET, STATEMENTS, NAMING, MEAN = "voice", "target", "statements", "naming the target", "mean stance score"
OWN = "the target's own words"  # a voice toward itself: its statements name it, they take no stance on it
SCALE = [[0.0, STANCE_COLORS["skeptical"]], [0.5, "#F2F2F2"], [1.0, STANCE_COLORS["supportive"]]]


def stance_table(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per voice and target: statements, how many name the target, the count of each stance and
    the mean stance score. `frames` maps each target to the article's statements judged against it; the
    author's narration is left out (the matrix is about the voices)."""
    rows = []
    for target, frame in frames.items():
        voices = frame[frame[S.SPEAKER] != S.AUTHOR]
        for speaker, group in voices.groupby(S.SPEAKER, sort=False):
            counts = group[S.STANCE].value_counts()
            rows.append(
                {
                    VOICE: speaker,
                    TARGET: target,
                    STATEMENTS: len(group),
                    NAMING: int(group[S.MENTIONS_TARGET].sum()),
                    **{stance: int(counts.get(stance, 0)) for stance in S.STANCES},
                    MEAN: round(float(group[S.STANCE_SCORE].mean()), 3),
                    OWN: names_a_voice(target, [speaker]),
                }
            )
    columns = [VOICE, TARGET, STATEMENTS, NAMING, *S.STANCES, MEAN, OWN]
    return pd.DataFrame(rows, columns=columns)


def _label(row) -> str:
    return " ".join(f"{STANCE_SYMBOLS[s]}{row[s]}" for s in S.STANCES if row[s])


def heatmap(table: pd.DataFrame) -> go.Figure:
    """Voices (rows, most statements first) × targets (columns), coloured by mean stance score, with one
    selectable marker per cell whose ``customdata`` is [voice, target] (plotly heatmaps emit no selection
    events in Streamlit)."""
    order = table.groupby(VOICE, sort=False)[STATEMENTS].max().sort_values(ascending=False, kind="stable").index.tolist()
    targets = list(dict.fromkeys(table[TARGET]))
    cell = {(r[VOICE], r[TARGET]): r for _, r in table.iterrows()}
    x = [_safe(t, 30) for t in targets]
    y = [_safe(v, 28) for v in order]
    # a voice toward itself is left uncoloured: its own words about itself are no stance toward it
    z = [[cell[(v, t)][MEAN] if (v, t) in cell and not cell[(v, t)][OWN] else None for t in targets] for v in order]
    text = [[("own words" if cell[(v, t)][OWN] else _label(cell[(v, t)])) if (v, t) in cell else "" for t in targets] for v in order]
    fig = go.Figure(
        go.Heatmap(
            z=z, x=x, y=y, text=text, texttemplate="%{text}", colorscale=SCALE, zmin=-1, zmax=1, xgap=2, ygap=2,
            hoverinfo="skip", colorbar=dict(title=dict(text="mean stance"), tickvals=[-1, 0, 1], ticktext=["skeptical", "neutral", "supportive"], thickness=12),
        )
    )
    points = [(i, j) for i in range(len(order)) for j in range(len(targets)) if (order[i], targets[j]) in cell]
    fig.add_trace(
        cell_markers(
            [x[j] for _, j in points],
            [y[i] for i, _ in points],
            [[order[i], targets[j]] for i, j in points],
            [
                f"<b>{y[i]}</b> toward {x[j]}: {_label(cell[(order[i], targets[j])])}, mean {cell[(order[i], targets[j])][MEAN]:+.2f}"
                for i, j in points
            ],
            size=26,
        )
    )
    fig.update_xaxes(side="top", showgrid=False)
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig = _layout(fig, height=120 + 34 * len(order))
    fig.update_layout(margin=dict(l=8, r=8, t=8, b=8), clickmode="event+select", dragmode=False)
    return fig
