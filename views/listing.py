"""Statements listed under a chart (Landscape, Flow), and reading a chart's point selection.

Statements go through ``st.text``; names and sections through ``md_escape`` before Markdown.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from viewpoints import schema as S

from .palette import STANCE_SYMBOLS
from .text import md_escape

PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


def selected_points(event) -> list[list]:
    """The ``customdata`` of each point selected in a plotly chart, as a list per point."""
    try:
        points = event.selection.points
    except AttributeError:
        return []
    out = []
    for point in points or []:
        value = point.get("customdata")
        if value is None:
            continue
        out.append(list(value) if isinstance(value, (list, tuple)) else [value])
    return out


def selected_sentences(event) -> list[int]:
    """Sentence indices of the selected points (the first ``customdata`` item), in order, no repeats."""
    return list(dict.fromkeys(int(p[0]) for p in selected_points(event) if p and p[0] is not None))


def statement_line(row) -> str:
    """Markdown caption of a statement: stance, speaker, section, position and sentiment (escaped)."""
    stance = getattr(row, S.STANCE)
    return (
        f"{STANCE_SYMBOLS.get(stance, '')} {stance} · **{md_escape(getattr(row, S.SPEAKER))}** · "
        f"{md_escape(getattr(row, S.SECTION))} · sentence {getattr(row, S.SENTENCE)} · "
        f"polarity {getattr(row, S.POLARITY):+.2f} · stance score {getattr(row, S.STANCE_SCORE):+.2f}"
        + (" · corrected by a reader" if getattr(row, S.CORRECTED, False) else "")
    )


def statement_list(rows: pd.DataFrame, *, note: str | None = None) -> None:
    """Each statement as plain text under a caption saying who, where and how it scored."""
    if note:
        st.caption(note)
    for row in rows.sort_values(S.SENTENCE).itertuples(index=False):
        with st.container(border=True):
            st.caption(statement_line(row))
            st.text(getattr(row, S.TEXT))
