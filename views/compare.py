"""The Compare page: chosen groups side by side, each with its stance and sentiment panels."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from viewpoints import schema as S
from viewpoints.compare import GROUP_COLUMN, select, stance_counts

from . import charts
from .palette import STANCE_COLORS, STANCE_SYMBOLS
from .text import md_escape

BADGE_COLOR = {"supportive": "blue", "skeptical": "orange", "neutral": "gray"}  # nearest named colours
PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


def render(frame: pd.DataFrame, *, by: str, groups: list[str], key: str = "compare") -> None:
    column = GROUP_COLUMN[by]
    st.plotly_chart(
        charts.overview(frame, column, groups),
        key=f"{key}_overview",
        config=PLOTLY_CONFIG,
        alt="Stance counts of the compared groups; the same counts are listed under each group below.",
    )
    most = max((int(stance_counts(select(frame, by, g)).max()) for g in groups), default=1)
    for col, group in zip(st.columns(len(groups), gap="medium"), groups):
        with col:
            group_panel(select(frame, by, group), group=group, by=by, max_count=most, key=f"{key}_{groups.index(group)}")


def group_panel(part: pd.DataFrame, *, group: str, by: str, max_count: int, key: str) -> None:
    """One group's column: heading, stance panel, sentiment panel, statements."""
    with st.container(border=True):
        st.markdown(f"#### {md_escape(group)}")
        roles = sorted({r for r in part[S.SPEAKER_ROLE] if r})
        if by == "speaker" and roles:
            st.caption(md_escape(roles[0]))
        speakers = part[S.SPEAKER].nunique()
        sections = part[S.SECTION].nunique()
        st.caption(f"{len(part)} statements · {speakers} speaker{'s' * (speakers != 1)} · {sections} section{'s' * (sections != 1)}")

        st.markdown("**Stance**")
        counts = stance_counts(part)
        st.plotly_chart(
            charts.stance_bar(part, max_count=max_count),
            key=f"{key}_stance",
            config=PLOTLY_CONFIG,
            alt="Statements per stance: " + ", ".join(f"{s} {n}" for s, n in counts.items()),
        )

        st.markdown("**Sentiment**")
        disagree = int(part[S.SENTIMENT_DISAGREE].sum())
        st.markdown(
            f"Mean polarity **{part[S.POLARITY].mean():+.2f}** · mean subjectivity **{part[S.SUBJECTIVITY].mean():.2f}** · "
            f"VADER disagrees in sign on **{disagree}** of {len(part)}",
            help="TextBlob polarity runs from -1 (negative) to +1 (positive), subjectivity from 0 (factual) to 1 "
            "(opinion). VADER is a second lexicon; where the two disagree in sign, read the words behind the score.",
        )
        st.plotly_chart(
            charts.sentiment_scatter(part),
            key=f"{key}_sentiment",
            config=PLOTLY_CONFIG,
            alt="Polarity and subjectivity of each statement; the statements below list the same values.",
        )
        statements(part, key=key)


def statements(part: pd.DataFrame, *, key: str) -> None:
    """The statements behind the charts, filterable by stance. Article text is shown as plain text."""
    options = [s for s in S.STANCES if (part[S.STANCE] == s).any()]
    chosen = st.pills(
        "Statements",
        options,
        format_func=lambda s: f"{STANCE_SYMBOLS[s]} {s} ({int((part[S.STANCE] == s).sum())})",
        key=f"{key}_filter",
        help="Pick a stance to see only its statements; pick it again to see all.",
    )
    shown = part if not chosen else part[part[S.STANCE] == chosen]
    for row in shown.itertuples(index=False):
        statement_card(row)


def statement_card(row) -> None:
    stance = getattr(row, S.STANCE)
    with st.container(border=True):
        st.badge(f"{STANCE_SYMBOLS[stance]} {stance}", color=BADGE_COLOR[stance])
        st.text(getattr(row, S.TEXT))
        who = getattr(row, S.SPEAKER)
        cue = getattr(row, S.CUE)
        line = f"**{md_escape(who)}**"
        if cue:
            line += f" · cue: “{md_escape(cue)}”"
        line += f" · {getattr(row, S.ATTRIBUTION)}"
        st.caption(line)
        details = f"polarity {getattr(row, S.POLARITY):+.2f} · subjectivity {getattr(row, S.SUBJECTIVITY):.2f}"
        cues = getattr(row, S.STANCE_CUES)
        if cues:
            details = f"stance cues: {md_escape(cues)} · " + details
        st.caption(details)


__all__ = ["render", "group_panel", "statements", "STANCE_COLORS"]
