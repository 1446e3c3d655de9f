"""The Flow page: the article in reading order, where its tone turns and who turns it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from viewpoints import schema as S

from . import charts_flow as C
from .listing import PLOTLY_CONFIG, selected_sentences, statement_list
from .palette import STANCE_SYMBOLS
from .text import md_escape

TABLE_COLUMNS = [S.SENTENCE, S.SECTION, S.SPEAKER, S.STANCE, S.STANCE_SCORE, S.POLARITY, S.TEXT]


def render(frame: pd.DataFrame, *, key: str = "flow", **_options) -> None:
    st.header("Flow", anchor=False)
    if frame.empty:
        st.info("No statements to follow.")
        return
    ordered = frame.sort_values(S.SENTENCE)
    st.caption(
        "The article sentence by sentence. Top: tone (TextBlob polarity). Middle: stance toward the issue "
        "(▲ blue bars supportive, ▼ vermillion bars skeptical, ● grey dots neutral). Bottom: who speaks. "
        "Background bands are the article's sections; dotted lines mark a new speaker; rings mark turning points. "
        "Click a point or bar to read that statement."
    )
    event = st.plotly_chart(
        C.track(ordered),
        key=f"{key}_track",
        config=PLOTLY_CONFIG,
        on_select="rerun",
        selection_mode=("points",),
        alt=f"Polarity, stance score and speaker of each of the {len(ordered)} statements in reading order; "
        "the table under the chart and the turning points below hold the same values.",
    )
    chosen = selected_sentences(event)
    if chosen:
        statement_list(ordered[ordered[S.SENTENCE].isin(chosen)])
    else:
        st.caption("No statement selected.")
    with st.expander("The numbers behind the chart"):
        st.dataframe(
            ordered[TABLE_COLUMNS],
            hide_index=True,
            column_config={
                S.STANCE_SCORE: st.column_config.NumberColumn("stance score", format="%+.2f", help=S.DESCRIPTIONS[S.STANCE_SCORE]),
                S.POLARITY: st.column_config.NumberColumn(format="%+.2f", help=S.DESCRIPTIONS[S.POLARITY]),
                S.TEXT: st.column_config.TextColumn("statement", width="large"),
            },
        )
    turning_points(ordered)


def describe(turn) -> str:
    """One turning point as a Markdown line (names and sections escaped)."""
    kind, before, after = getattr(turn, C.TURN), getattr(turn, C.BEFORE), getattr(turn, C.AFTER)
    if kind == "stance flips":
        was = "supportive" if before > 0 else "skeptical"
        now = "supportive" if after > 0 else "skeptical"
        change = f"stance flips from {STANCE_SYMBOLS[was]} {was} ({before:+.2f}) to {STANCE_SYMBOLS[now]} {now} ({after:+.2f})"
    else:
        change = f"polarity {'rises' if after > before else 'falls'} from {before:+.2f} to {after:+.2f}"
    return (
        f"**{md_escape(getattr(turn, S.SPEAKER))}** · sentence {getattr(turn, S.SENTENCE)} · "
        f"{md_escape(getattr(turn, S.SECTION))}: {change}"
    )


def turning_points(ordered: pd.DataFrame) -> None:
    st.subheader("Where the tone turns, and who turns it", anchor=False)
    turns = C.turning_points(ordered)
    st.caption(
        "A turn is a statement whose stance takes the other side from the last statement that took one, "
        f"or whose polarity moves by more than {C.POLARITY_JUMP} from the statement before."
    )
    if turns.empty:
        st.caption("The tone holds steady: no turning points.")
        return
    who = turns[S.SPEAKER].value_counts()
    st.markdown(
        f"{len(turns)} turn{'s' * (len(turns) != 1)}, by "
        + ", ".join(f"**{md_escape(name)}** ({count})" for name, count in who.items())
    )
    for sentence, group in turns.groupby(S.SENTENCE, sort=True):
        with st.container(border=True):
            for turn in group.itertuples(index=False):
                st.markdown(describe(turn))
            st.text(group[S.TEXT].iloc[0])
