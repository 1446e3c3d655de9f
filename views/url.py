"""The URL both ways: a session's first run reads the shared view from it, the Data page reads its
filters from it when the page opens, and every run writes what is shown back, explicitly.

Parsing and writing are pure (``views.state``); this module moves their results between
``st.query_params`` and the widgets' session state.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from . import corpus, data_page
from . import state as V
from .text import md_escape


def load_view(*, default_article: str) -> None:
    """On a session's first run, the URL decides the view (a shared link opens what was shared)."""
    if st.session_state.get(V.K_LOADED_QUERY):
        return
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    known = corpus.ids()
    if params.get(V.P_ARTICLE):  # a longer hash prefix in a link names the same stored article
        entry = corpus.find(params[V.P_ARTICLE][0])
        params[V.P_ARTICLE] = [entry.id] if entry else params[V.P_ARTICLE]
    view = V.parse(
        params,
        articles=known,
        default_article=default_article if default_article in known else known[0],
        groups_for=corpus.groups_of,
        default_groups_for=corpus.default_groups_of,
    )
    st.session_state[V.K_ARTICLE] = view.article
    st.session_state[V.K_BY] = view.by
    st.session_state[V.K_GROUPS] = list(view.groups)
    st.session_state[V.K_TARGET] = view.target
    st.session_state[V.K_NOTICES] = list(view.notices)
    st.session_state[V.K_LOADED_QUERY] = True


def data_filters(frame: pd.DataFrame) -> V.Filters:
    """The Data page's filters: from the URL when the page opens, then as its widgets hold them.

    The notices about values the link asked for stay until the filters change.
    """
    ss = st.session_state
    if V.filter_key(V.K_DATA, V.P_STANCE) not in ss:  # opening: a page's widgets are dropped when another page runs
        read = V.parse_filters({k: st.query_params.get_all(k) for k in V.FILTER_PARAMS}, **data_page.filter_options(frame))
        data_page.set_filters(read, key=V.K_DATA)
        ss[V.K_FILTERS_READ] = read
        return read
    held = data_page.current_filters(frame, key=V.K_DATA)
    read = ss.get(V.K_FILTERS_READ)
    return read if read == held else held  # equal filters compare equal whatever their notices


def sync(wanted: dict[str, str | list[str]]) -> None:
    """Write `wanted` into the URL, only when it differs (each write is a message to the browser)."""
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normalised = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normalised:
        st.query_params.from_dict(wanted)


def show_notices(filters: V.Filters) -> None:
    """What the link asked for that could not be shown, and what was shown instead."""
    for notice in [*st.session_state.get(V.K_NOTICES, []), *filters.notices]:
        st.warning(md_escape(notice), icon=":material/link_off:")  # a notice quotes the link: text, never markup
