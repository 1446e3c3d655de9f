"""The Landscape page: where each voice stands (tone against stance), and who speaks about what.

Its choices (the author's narration shown or not, the speaker and aspect whose statements are listed)
are part of the link (``views.state_pages.parse_choices``): the app sets them from the URL when the page opens
(`set_choices`) and writes them back from what the widgets hold (`current_choices`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import pandas as pd
import streamlit as st

from viewpoints import schema as S

from . import charts_landscape as C
from . import charts_targets as T
from . import state as V
from . import state_pages as PS
from .listing import PLOTLY_CONFIG, selected_points, selected_sentences, statement_list
from .text import md_escape


DEFAULT_MATRIX_TARGETS = 3


def has_author(frame: pd.DataFrame) -> bool:
    return bool((frame[S.SPEAKER] == S.AUTHOR).any())


def placed(frame: pd.DataFrame, *, narration: bool) -> pd.DataFrame:
    """The statements the page places: every one, or without the author's own narration."""
    return frame if narration else frame[frame[S.SPEAKER] != S.AUTHOR]


def choice_options(frame: pd.DataFrame, narration: bool) -> dict[str, list[str]]:
    """The speakers and aspects the speaker × aspect matrix offers, with the narration shown or hidden."""
    shown = placed(frame, narration=narration)
    matrix = C.aspect_matrix(shown) if not shown.empty else pd.DataFrame()
    return {"speakers": list(matrix.index), "aspects": list(matrix.columns)}


def read_choices(params, frame: pd.DataFrame) -> PS.Choices:
    """The choices `params` (a URL's, or the widgets' as parameters) ask for, checked against this article."""
    return PS.parse_choices(params, has_author=has_author(frame), options_for=lambda narration: choice_options(frame, narration))


def default_targets(suggested: Sequence[str]) -> list[str]:
    """The targets the voices × targets matrix shows when the link names none: the first suggested."""
    return list(suggested[:DEFAULT_MATRIX_TARGETS])


def set_choices(choices: PS.Choices, *, key: str = V.K_LANDSCAPE, suggested: Sequence[str] = ()) -> None:
    """Put `choices` into the page's widgets (before they are drawn: on opening the page from a link)."""
    ss = st.session_state
    ss[V.filter_key(key, V.P_NARRATION)] = choices.narration
    ss[V.filter_key(key, V.P_SPEAKER)] = choices.speaker
    ss[V.filter_key(key, V.P_ASPECT)] = choices.aspect
    ss[V.filter_key(key, V.P_TARGETS)] = list(choices.targets) or default_targets(suggested)


def current_choices(frame: pd.DataFrame, *, key: str = V.K_LANDSCAPE, suggested: Sequence[str] = ()) -> PS.Choices:
    """The choices as the widgets hold them; values the matrix no longer offers are dropped, as the widgets drop them."""
    ss = st.session_state
    narration = ss.get(V.filter_key(key, V.P_NARRATION), True)
    targets = ss.get(V.filter_key(key, V.P_TARGETS))
    held = {
        V.P_NARRATION: V.NARRATION_ON if narration else V.NARRATION_OFF,
        V.P_SPEAKER: ss.get(V.filter_key(key, V.P_SPEAKER)),
        V.P_ASPECT: ss.get(V.filter_key(key, V.P_ASPECT)),
        V.P_TARGETS: [] if targets is None or list(targets) == default_targets(suggested) else list(targets),
    }
    return replace(read_choices(held, frame), notices=())


def render(
    frame: pd.DataFrame,
    *,
    key: str = V.K_LANDSCAPE,
    toward: Callable[[str], pd.DataFrame] | None = None,
    suggested: Sequence[str] = (),
    **_options,
) -> None:
    st.header("Landscape", anchor=False)
    st.caption("Where each voice stands and which aspects of the issue it speaks about.")
    narration_key = V.filter_key(key, V.P_NARRATION)
    st.session_state.setdefault(narration_key, True)  # shown unless a link or the reader hid it
    include_author = st.checkbox(
        "Include the author's own narration",
        key=narration_key,
        disabled=not has_author(frame),
        help="The author is not quoted: these are the article's own sentences. Untick to see only the voices it quotes.",
    )
    shown = placed(frame, narration=include_author)
    if shown.empty:
        st.info("No statements to place.")
        return
    speaker_map(shown, key=key)
    st.divider()
    aspect_matrix(shown, key=key)
    if toward is not None:
        st.divider()
        target_matrix(toward, suggested, key=key)


def speaker_map(frame: pd.DataFrame, *, key: str) -> None:
    st.subheader("Where each voice stands", anchor=False)
    st.caption(
        "Each speaker at their mean tone (polarity, left to right) and mean stance (down: skeptical, up: supportive). "
        "Bigger points speak more often; the colour is the section where they speak most; the author is the open diamond. "
        "Click a point to list that speaker's statements."
    )
    summary = C.speaker_summary(frame)
    event = st.plotly_chart(
        C.speaker_map(frame),
        key=f"{key}_map",
        config=PLOTLY_CONFIG,
        on_select="rerun",
        selection_mode=("points",),
        alt="Speakers placed by mean polarity and mean stance score: "
        + "; ".join(f"{name} {row[C.MEAN_POLARITY]:+.2f}, {row[C.MEAN_STANCE]:+.2f}" for name, row in summary.iterrows())
        + ". The table under the chart holds the same numbers.",
    )
    with st.expander("The numbers behind the chart"):
        st.dataframe(
            summary.drop(columns=[C.FIRST_SENTENCE]),
            column_config={
                C.MEAN_POLARITY: st.column_config.NumberColumn(format="%+.2f", help=S.DESCRIPTIONS[S.POLARITY]),
                C.MEAN_STANCE: st.column_config.NumberColumn(format="%+.2f", help=S.DESCRIPTIONS[S.STANCE_SCORE]),
                S.SPEAKER_ROLE: st.column_config.TextColumn("role"),
                S.SPEAKER_KIND: st.column_config.TextColumn("kind"),
            },
        )
    chosen = speakers_of(frame, selected_sentences(event))
    if chosen:
        for name in chosen:
            rows = frame[frame[S.SPEAKER] == name]
            st.markdown(f"**{md_escape(name)}**: {len(rows)} statement{'s' * (len(rows) != 1)}")
            statement_list(rows)
    else:
        st.caption("No speaker selected.")


def speakers_of(frame: pd.DataFrame, sentences: list[int]) -> list[str]:
    """The speakers of the given sentences, in the order given, no repeats (a point = a speaker)."""
    by_sentence = frame.set_index(S.SENTENCE)[S.SPEAKER]
    return list(dict.fromkeys(by_sentence[n] for n in sentences if n in by_sentence.index))


def cell_statements(frame: pd.DataFrame, speaker: str | None, aspect: str | None) -> pd.DataFrame:
    """Statements by `speaker` that touch `aspect` (either may be None: any)."""
    rows = C.aspect_rows(frame)
    if speaker is not None:
        rows = rows[rows[S.SPEAKER] == speaker]
    if aspect is not None:
        rows = rows[rows[S.ASPECTS] == aspect]
    return frame[frame[S.SENTENCE].isin(rows[S.SENTENCE])]


def aspect_matrix(frame: pd.DataFrame, *, key: str) -> None:
    st.subheader("Who speaks about what", anchor=False)
    matrix = C.aspect_matrix(frame)
    if matrix.empty:
        st.caption("No statement touches any of the aspects listed in data/lexicon/aspects.json.")
        return
    touching = C.aspect_rows(frame)[S.SENTENCE].nunique()
    st.caption(
        f"Statements per speaker and aspect of the issue ({touching} of {len(frame)} statements touch at least one; "
        "a statement can touch several). Click a cell, or choose below, to read the statements behind it."
    )
    chart, controls = st.columns([3, 2], gap="large")
    event = chart.plotly_chart(
        C.aspect_heatmap(frame),
        key=f"{key}_matrix",
        config={**PLOTLY_CONFIG, "displayModeBar": False},  # the bar would cover the speaker names on top
        on_select="rerun",
        selection_mode=("points",),
        alt=f"Heatmap of statement counts: {len(matrix.columns)} aspects by {len(matrix.index)} speakers. "
        "The table beside the chart holds the same counts.",
    )
    with controls:
        speaker = st.selectbox("Speaker", list(matrix.index), index=None, placeholder="any speaker", key=V.filter_key(key, V.P_SPEAKER))
        aspect = st.selectbox("Aspect", list(matrix.columns), index=None, placeholder="any aspect", key=V.filter_key(key, V.P_ASPECT))
        with st.expander("The counts as a table"):
            st.dataframe(matrix.T)
    cells = [(p[0], p[1]) for p in selected_points(event) if len(p) >= 2]
    if cells:
        for sentence, cell_aspect in cells:
            name = speakers_of(frame, [int(sentence)])
            if not name:
                continue
            rows = cell_statements(frame, name[0], cell_aspect)
            st.markdown(f"**{md_escape(name[0])}** on **{md_escape(cell_aspect)}**: {len(rows)} statement{'s' * (len(rows) != 1)}")
            statement_list(rows)
    elif speaker is not None or aspect is not None:
        rows = cell_statements(frame, speaker, aspect)
        who = md_escape(speaker) if speaker is not None else "any speaker"
        what = md_escape(aspect) if aspect is not None else "any aspect"
        st.markdown(f"**{who}** on **{what}**: {len(rows)} statement{'s' * (len(rows) != 1)}")
        statement_list(rows)
    else:
        st.caption("No cell selected.")


def target_matrix(toward: Callable[[str], pd.DataFrame], suggested: Sequence[str], *, key: str) -> None:
    """Each voice's stance toward each chosen target (the suggested ones unless the reader picks others)."""
    st.subheader("Stance toward each target", anchor=False)
    targets_key = V.filter_key(key, V.P_TARGETS)
    st.session_state.setdefault(targets_key, default_targets(suggested))
    chosen = st.session_state[targets_key] or []
    st.caption(
        "Each voice's stance toward each target: the colour is its mean stance score, the cell its statements by "
        "stance (▲ supportive, ▼ skeptical, ● neutral). Issues are judged by their cue words, people and "
        "organisations by the words about them (a voice toward itself reads “own words”); this is the engine's "
        "reading, before readers' corrections. Groups from other articles in the view join as rows named with "
        "their article's title. Click a cell to read its statements."
    )
    st.multiselect(
        "Targets",
        list(dict.fromkeys([*suggested, *chosen])),
        key=targets_key,
        max_selections=V.MAX_MATRIX_TARGETS,
        accept_new_options=True,
        format_func=md_escape,
        placeholder="choose or type a target",
        help="The article's suggested targets, or any other: type it and press Enter.",
    )
    chosen = st.session_state[targets_key] or []
    if not chosen:
        st.caption("No target chosen.")
        return
    with st.spinner(f"Reading the article toward {len(chosen)} target{'s' * (len(chosen) != 1)}…"):
        frames = {target: toward(target) for target in chosen}
    table = T.stance_table(frames)
    if table.empty:
        st.caption("The article quotes no voices besides its author.")
        return
    event = st.plotly_chart(
        T.heatmap(table),
        key=f"{key}_target_matrix",
        config={**PLOTLY_CONFIG, "displayModeBar": False},
        on_select="rerun",
        selection_mode=("points",),
        alt=f"Heatmap of mean stance scores: {table[T.VOICE].nunique()} voices by {len(chosen)} targets. "
        "The table under the chart holds the same numbers.",
    )
    with st.expander("The numbers behind the chart"):
        st.dataframe(table, hide_index=True, column_config={T.MEAN: st.column_config.NumberColumn(format="%+.2f")})
    cells = [(p[0], p[1]) for p in selected_points(event) if len(p) >= 2]
    if not cells:
        st.caption("No cell selected.")
    for voice, target in cells:
        rows = frames[target][frames[target][S.SPEAKER] == voice] if target in frames else frames[chosen[0]].iloc[0:0]
        st.markdown(f"**{md_escape(voice)}** toward **{md_escape(target)}**: {len(rows)} statement{'s' * (len(rows) != 1)}")
        statement_list(rows)
