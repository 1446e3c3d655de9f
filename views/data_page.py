"""The Data page: every statement as a filterable table, and downloads (CSV, JSON, Parquet, HTML report).

The filters are part of the link (``views.state_pages.parse_filters``): the app sets them from the URL when
the page opens (`set_filters`) and writes them back from what the widgets hold (`current_filters`).
"""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd
import streamlit as st

from viewpoints import schema as S
from viewpoints.corrections import ORPHANED as C_ORPHANED

from . import corrections as fix
from . import report
from . import state as V
from . import state_pages as PS
from .palette import STANCE_SYMBOLS
from .text import md_escape

FIRST_COLUMNS = [S.SENTENCE, S.SECTION, S.SPEAKER, S.STANCE, S.CORRECTED, S.STANCE_SCORE, S.POLARITY, S.SUBJECTIVITY, S.VADER, S.TEXT]
SCORE_FORMATS = {S.STANCE_SCORE: "%+.2f", S.POLARITY: "%+.2f", S.VADER: "%+.2f", S.SUBJECTIVITY: "%.2f"}


def filter_statements(
    frame: pd.DataFrame,
    *,
    sections: list[str] | None = None,
    speakers: list[str] | None = None,
    stances: list[str] | None = None,
    contains: str = "",
) -> pd.DataFrame:
    """The statements that pass every filter; an empty filter lets everything through.

    `contains` matches the statement text, case-insensitively, as plain text (not a pattern).
    """
    mask = pd.Series(True, index=frame.index)
    for column, chosen in ((S.SECTION, sections), (S.SPEAKER, speakers), (S.STANCE, stances)):
        if chosen:
            mask &= frame[column].isin(chosen)
    needle = contains.strip()
    if needle:
        mask &= frame[S.TEXT].str.contains(re.escape(needle), case=False, regex=True, na=False)
    out = frame[mask]
    out.attrs = dict(frame.attrs)
    return out


def filter_options(frame: pd.DataFrame) -> dict[str, list[str]]:
    """What each filter offers: the article's sections and speakers in reading order, every stance."""
    return {
        "sections": list(dict.fromkeys(frame[S.SECTION])),
        "speakers": list(dict.fromkeys(frame[S.SPEAKER])),
        "stances": list(S.STANCES),
    }


def set_filters(filters: PS.Filters, *, key: str = "data") -> None:
    """Put `filters` into the filter widgets (before they are drawn: on opening the page from a link)."""
    for param, value in PS.filter_values(filters).items():
        st.session_state[V.filter_key(key, param)] = value


def current_filters(frame: pd.DataFrame, *, key: str = "data") -> PS.Filters:
    """The filters as the widgets hold them; values this article lacks are dropped, as the widgets drop them."""
    held = {param: st.session_state.get(V.filter_key(key, param)) for param in V.FILTER_PARAMS}
    return replace(PS.parse_filters(held, **filter_options(frame)), notices=())


def column_config(frame: pd.DataFrame) -> dict:
    """Every column with its schema description as help; scores formatted, the statement wide."""
    config: dict = {}
    for column in frame.columns:
        help_text = S.DESCRIPTIONS.get(column)
        if column in SCORE_FORMATS:
            config[column] = st.column_config.NumberColumn(column.replace("_", " "), format=SCORE_FORMATS[column], help=help_text)
        elif column == S.SENTIMENT_DISAGREE:
            config[column] = st.column_config.CheckboxColumn("VADER disagrees", help=help_text)
        elif pd.api.types.is_bool_dtype(frame[column]):
            config[column] = st.column_config.CheckboxColumn(column.replace("_", " "), help=help_text)
        elif column == S.TEXT:
            config[column] = st.column_config.TextColumn("statement", width="large", help=help_text)
        elif column == S.SENTENCE:
            config[column] = st.column_config.NumberColumn("sentence", help=help_text, pinned=True)
        else:
            config[column] = st.column_config.Column(column.replace("_", " "), help=help_text)
    return config


def _stem(frame: pd.DataFrame) -> str:
    article = frame.attrs.get("article_id") or (str(frame[S.ARTICLE_ID].iloc[0]) if len(frame) else "article")
    return re.sub(r"[^\w.-]+", "-", article).strip("-") or "article"


def render(
    frame: pd.DataFrame,
    *,
    key: str = "data",
    title: str = "",
    link: str = "",
    by: str = "section",
    groups: list[str] | None = None,
    correcting: fix.Correcting | None = None,
    text: str = "",
    **_options,
) -> None:
    st.header("Data", anchor=False)
    st.caption(
        (f"**{md_escape(title)}**: " if title else "")
        + "every statement the dashboard reads, one row each. Filter it, sort it by clicking a column, "
        "and download exactly what you see."
    )
    options = filter_options(frame)
    top = st.columns(2)
    sections = top[0].multiselect("Section", options["sections"], key=V.filter_key(key, V.P_SECTION), placeholder="every section")
    speakers = top[1].multiselect("Speaker", options["speakers"], key=V.filter_key(key, V.P_SPEAKER), placeholder="every speaker")
    bottom = st.columns(2)
    stances = bottom[0].multiselect(
        "Stance", options["stances"], format_func=lambda s: f"{STANCE_SYMBOLS[s]} {s}", key=V.filter_key(key, V.P_STANCE), placeholder="every stance"
    )
    contains = bottom[1].text_input(
        "Statement contains", key=V.filter_key(key, V.P_CONTAINS), placeholder="any words", help="Plain text, not case-sensitive."
    )
    shown = filter_statements(frame, sections=sections, speakers=speakers, stances=stances, contains=contains or "")

    filtered = len(shown) < len(frame)
    st.caption(f"{len(shown)} of {len(frame)} statements" + (" (filtered)" if filtered else ""))
    ordered = [c for c in FIRST_COLUMNS if c in shown.columns] + [c for c in shown.columns if c not in FIRST_COLUMNS]
    st.dataframe(shown, hide_index=True, column_order=ordered, column_config=column_config(shown))
    if correcting is not None:
        corrections_section(shown, correcting, text=text, key=key)
    downloads(shown, frame, key=key, filtered=filtered, title=title, link=link, by=by, groups=list(groups or []))


def corrections_section(shown: pd.DataFrame, correcting: fix.Correcting, *, text: str, key: str) -> None:
    """Correct a statement of the table (as filtered), merge two voices, and the article's corrections."""
    st.subheader("Corrections", anchor=False)
    st.caption(
        "A wrong speaker or stance? Correct it here (or with a statement's “Correct” button on the Compare page). "
        "Corrections are kept with the article, so every page, every link to it and every colleague see them; "
        "the downloads carry the engine's label beside the corrected one."
    )
    left, right = st.columns(2, gap="medium")
    with left:
        fix.correct_form(shown, correcting, key=f"{key}_correct")
    with right:
        fix.merge_form(correcting, key=f"{key}_merge")
    counts = shown.attrs.get("corrections", {})
    orphaned = f", {counts[C_ORPHANED]} no longer found" if counts.get(C_ORPHANED) else ""
    with st.expander(f"This article's corrections ({counts.get('applied', 0)} applied{orphaned})", expanded=True):
        fix.log(shown, correcting, text=text, key=f"{key}_log")


def downloads(shown: pd.DataFrame, frame: pd.DataFrame, *, key: str, filtered: bool, title: str, link: str, by: str, groups: list[str]) -> None:
    st.subheader("Download", anchor=False)
    stem = _stem(frame) + ("-filtered" if filtered else "")
    st.caption(f"The {len(shown)} statements shown above, with every column.")
    row = st.container(horizontal=True)
    row.download_button("CSV", report.to_csv(shown), file_name=f"{stem}.csv", mime="text/csv", key=f"{key}_csv", icon=":material/table:", on_click="ignore")
    row.download_button("JSON", report.to_json(shown), file_name=f"{stem}.json", mime="application/json", key=f"{key}_json", icon=":material/data_object:", on_click="ignore")
    row.download_button("Parquet", report.to_parquet(shown), file_name=f"{stem}.parquet", mime="application/vnd.apache.parquet", key=f"{key}_parquet", icon=":material/database:", on_click="ignore")

    st.caption(
        "A report of the current comparison (all statements of the compared groups, whatever the filters): "
        "charts and statement tables in one HTML file that opens offline, with the link back to this view."
    )
    doc_title = title or _stem(frame)
    st.download_button(
        "HTML report",
        lambda: report.build_report(frame, title=doc_title, by=by, groups=groups, link=link),
        file_name=f"{_stem(frame)}-report.html",
        mime="text/html",
        key=f"{key}_report",
        icon=":material/description:",
        on_click="ignore",
        disabled=not groups,
        help=None if groups else "Choose groups to compare first (sidebar).",
    )
