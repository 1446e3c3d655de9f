"""The Compare page: chosen groups side by side, each with its stance and sentiment panels.

Each group's statement list can be narrowed to one stance, and that is part of the link
(``views.state_pages.parse_picks``): the app sets the picks from the URL when the page opens (`set_picks`) and
writes them back from what the widgets hold (`current_picks`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pandas as pd
import streamlit as st

from viewpoints import schema as S
from viewpoints.compare import GROUP_COLUMN, select, stance_counts
from viewpoints.evidence import marks
from viewpoints.terms import distinguishing

from . import charts
from . import corrections as fix
from . import state as V
from . import state_pages as PS
from .palette import STANCE_SYMBOLS
from .listing import PLOTLY_CONFIG, selected_points, selected_sentences
from .state import split_group
from .text import MARK_LEGEND, highlighted, md_escape

BADGE_COLOR = {"supportive": "blue", "skeptical": "orange", "neutral": "gray"}  # nearest named colours
OVERVIEW_GROUP = "_group"  # the overview's row label: group name, and its article when it is another one
# A statement card says which article it comes from when its row carries these (the Voices page's
# statements span articles).
ORIGIN_TITLE, ORIGIN_DAY = "voice_article_title", "voice_day"


def render(
    frame: pd.DataFrame,
    *,
    by: str,
    groups: list[str],
    key: str = V.K_COMPARE,
    article: str = "",
    others: Mapping[str, pd.DataFrame] | None = None,
    titles: Mapping[str, str] | None = None,
    correcting: fix.Correcting | None = None,
) -> None:
    """`groups` may name groups of other articles ("<article>::<group>"); `others` holds their frames.
    With `correcting`, each statement of the view's own article has a "Correct" button."""
    column = GROUP_COLUMN[by]
    parts, rests, origins, owns = [], [], [], []
    for name in groups:
        source, group, own = _source(name, article, others)
        owns.append(own)
        parts.append(select(frame if own else others[source], by, group))
        rests.append(frame[frame[column] != group] if own else frame)
        origins.append("" if own else (titles or {}).get(source, source))
    labels = [split_group(n, article)[1] + (f" ({o})" if o else "") for n, o in zip(groups, origins)]
    combined = pd.concat([p.assign(**{OVERVIEW_GROUP: label}) for p, label in zip(parts, labels)], ignore_index=True)
    st.plotly_chart(
        charts.overview(combined, OVERVIEW_GROUP, labels),
        key=f"{key}_overview",
        config=PLOTLY_CONFIG,
        alt="Stance counts of the compared groups; the same counts are listed under each group below.",
    )
    most = max((int(stance_counts(p).max()) for p in parts), default=1)
    for i, col in enumerate(st.columns(len(groups), gap="medium")):
        with col:
            group_panel(
                parts[i], rests[i], group=split_group(groups[i], article)[1], by=by, max_count=most,
                key=f"{key}_{i}", pick_key=V.pick_key(key, i), origin=origins[i], correcting=correcting if owns[i] else None,
            )


def _source(name: str, article: str, others: Mapping[str, pd.DataFrame] | None) -> tuple[str, str, bool]:
    """(article, group, whether it is the view's own article) of a group name; a group of another
    article whose frame is not in `others` is read from the view's own."""
    source, group = split_group(name, article)
    return source, group, source == article or not others or source not in others


def stance_options(part: pd.DataFrame) -> list[str]:
    """The stances a group's statement list can be narrowed to: those its statements have."""
    return [s for s in S.STANCES if (part[S.STANCE] == s).any()]


def pick_options(
    frame: pd.DataFrame, *, by: str, groups: list[str], article: str = "", others: Mapping[str, pd.DataFrame] | None = None
) -> dict[str, list[str]]:
    """Each compared group, in order, with the stances its list can be narrowed to (as `render` shows them)."""
    options = {}
    for name in groups:
        source, group, own = _source(name, article, others)
        options[name] = stance_options(select(frame if own else others[source], by, group))
    return options


def set_picks(picks: PS.Picks, groups: list[str], *, key: str = V.K_COMPARE) -> None:
    """Put `picks` into the groups' stance pills (before they are drawn: on opening the page from a link)."""
    chosen = dict(picks.chosen)
    for i, name in enumerate(groups):
        st.session_state[V.pick_key(key, i)] = chosen.get(name)


def current_picks(options: dict[str, list[str]], *, key: str = V.K_COMPARE) -> PS.Picks:
    """The picks as the pills hold them (a pill sits at its group's place); a stance the group no longer
    has is dropped, as the pill drops it."""
    held = [f"{name}{V.PICK}{stance}" for i, name in enumerate(options) if (stance := st.session_state.get(V.pick_key(key, i)))]
    return replace(PS.parse_picks({V.P_STATEMENTS: held}, options=options), notices=())


def group_panel(
    part: pd.DataFrame, rest: pd.DataFrame, *, group: str, by: str, max_count: int, key: str, pick_key: str = "", origin: str = "",
    correcting: fix.Correcting | None = None,
) -> None:
    """One group's column: heading, stance panel, sentiment panel, distinguishing terms, statements."""
    with st.container(border=True):
        st.markdown(f"#### {md_escape(group)}")
        if origin:
            st.caption(f"from the article “{md_escape(origin)}”")
        roles = sorted({r for r in part[S.SPEAKER_ROLE] if r})
        if by == "speaker" and roles:
            st.caption(md_escape(roles[0]))
        speakers = part[S.SPEAKER].nunique()
        sections = part[S.SECTION].nunique()
        st.caption(f"{len(part)} statements · {speakers} speaker{'s' * (speakers != 1)} · {sections} section{'s' * (sections != 1)}")

        st.markdown("**Stance**", help="Click a bar to list only the statements with that stance.")
        counts = stance_counts(part)
        stance_event = st.plotly_chart(
            charts.stance_bar(part, max_count=max_count),
            key=f"{key}_stance",
            config=PLOTLY_CONFIG,
            on_select="rerun",
            selection_mode=("points",),
            alt="Statements per stance: " + ", ".join(f"{s} {n}" for s, n in counts.items()),
        )

        st.markdown("**Sentiment**", help="Click or box-select points to list only those statements.")
        disagree = int(part[S.SENTIMENT_DISAGREE].sum())
        st.markdown(
            f"Mean polarity **{part[S.POLARITY].mean():+.2f}** · mean subjectivity **{part[S.SUBJECTIVITY].mean():.2f}** · "
            f"VADER disagrees in sign on **{disagree}** of {len(part)}",
            help="TextBlob polarity runs from -1 (negative) to +1 (positive), subjectivity from 0 (factual) to 1 "
            "(opinion). VADER is a second lexicon; where the two disagree in sign, read the words behind the score.",
        )
        sentiment_event = st.plotly_chart(
            charts.sentiment_scatter(part),
            key=f"{key}_sentiment",
            config={"displaylogo": False},
            on_select="rerun",
            selection_mode=("points", "box"),
            alt="Polarity and subjectivity of each statement; the statements below list the same values.",
        )
        words_and_aspects(part, rest, by=by)
        chosen_stances = {p[0] for p in selected_points(stance_event)}
        chosen_sentences = set(selected_sentences(sentiment_event))
        shown = part
        if chosen_stances:
            shown = shown[shown[S.STANCE].isin(chosen_stances)]
        if chosen_sentences:
            shown = shown[shown[S.SENTENCE].isin(chosen_sentences)]
        if len(shown) < len(part):
            st.caption(f"Showing the {len(shown)} statements selected in the charts; click an empty spot of a chart (or double-click it) to show all.")
        statements(shown, key=pick_key or f"{key}_filter", correcting=correcting, fix_key=f"{key}_fix")


def words_and_aspects(part: pd.DataFrame, rest: pd.DataFrame, *, by: str) -> None:
    names = list(part[S.SPEAKER].unique()) + list(rest[S.SPEAKER].unique()) + [S.AUTHOR]
    terms = distinguishing(part[S.TEXT], rest[S.TEXT], exclude=names, top=6)
    st.markdown(
        "**Distinguishing words**",
        help="Words this group uses more than the others: log-odds ratio with an informative Dirichlet prior "
        "(Monroe et al. 2008). z is in standard deviations; 1.96 is the usual bar for a reliable difference, "
        "which one article's handful of statements seldom reaches.",
    )
    if terms:
        st.markdown(" · ".join(f"{md_escape(t.word)} ({t.z:.1f})" for t in terms))
    else:
        st.caption("None stands out against the other groups.")
    aspect_counts = part[S.ASPECTS].str.split("; ").explode().replace("", pd.NA).dropna().value_counts()
    if len(aspect_counts):
        st.markdown("**Aspects touched**", help="How many statements touch each aspect of the issue (cue lists in data/lexicon/aspects.json).")
        st.markdown(" · ".join(f"{md_escape(a)} {n}" for a, n in aspect_counts.items()))


def statements(part: pd.DataFrame, *, key: str, correcting: fix.Correcting | None = None, fix_key: str = "") -> None:
    """The statements behind the charts, filterable by stance (the pills' widget key is `key`), with the
    deciding words marked."""
    chosen = st.pills(
        "Statements",
        stance_options(part),
        format_func=lambda s: f"{STANCE_SYMBOLS[s]} {s} ({int((part[S.STANCE] == s).sum())})",
        key=key,
        help="Pick a stance to see only its statements; pick it again to see all.",
    )
    st.caption(MARK_LEGEND)
    shown = part if not chosen else part[part[S.STANCE] == chosen]
    for row in shown.itertuples(index=False):
        statement_card(row, correcting=correcting, key=f"{fix_key or key}_{getattr(row, S.SENTENCE)}")


def statement_card(row, *, correcting: fix.Correcting | None = None, key: str = "") -> None:
    stance = getattr(row, S.STANCE)
    text = getattr(row, S.TEXT)
    cue = getattr(row, S.CUE)
    with st.container(border=True):
        st.badge(f"{STANCE_SYMBOLS[stance]} {stance}", color=BADGE_COLOR[stance])
        st.markdown(highlighted(text, marks(text, cue=cue)))
        line = f"**{md_escape(getattr(row, S.SPEAKER))}**"
        if cue:
            line += f" · cue: “{md_escape(cue)}”"
        line += f" · {getattr(row, S.ATTRIBUTION)}"
        origin = getattr(row, ORIGIN_TITLE, None)
        if origin is not None:
            line += f" · in “{md_escape(origin)}” ({getattr(row, ORIGIN_DAY, '')})"
        st.caption(line)
        details = f"polarity {getattr(row, S.POLARITY):+.2f} · subjectivity {getattr(row, S.SUBJECTIVITY):.2f} · VADER {getattr(row, S.VADER):+.2f}"
        cues = getattr(row, S.STANCE_CUES)
        if cues:
            details = f"stance cues: {md_escape(cues)} · " + details
        st.caption(details)
        changed = fix.note(row)
        if changed:
            st.caption(changed)
        if correcting is not None:
            fix.card_popover(row, correcting, key=key)
