"""The URL both ways: a session's first run reads the shared view from it, a page with state of its own
(the Data page's filters, the Landscape page's choices, the Compare page's statement lists, the Voices
page's voices and part of the corpus) reads that
from it when the page opens, and every run writes what is shown back, explicitly.

Parsing and writing are pure (``views.state``, ``views.state_pages``, ``views.state_voices``); this module
moves their results between ``st.query_params`` and the widgets' session state. No widget is bound with
``bind="query-params"``: on Streamlit 1.67 it would change the link's names and values, drop bad values
without a notice, and lose a page's state on the browser's Back (README, "Links: the URL format").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from viewpoints.corpus.store import StoreError

from . import compare, corpus, corpus_listing, data_page, landscape, voice_sources, voices
from . import state as V
from . import state_pages as PS
from . import state_voices as W
from .text import md_escape

Query = dict[str, str | list[str]]


def load_view(*, default_article: str) -> None:
    """On a session's first run, the URL decides the view (a shared link opens what was shared)."""
    if st.session_state.get(V.K_LOADED_QUERY):
        return
    params = _params()
    known = corpus_listing.Known()
    if params.get(V.P_ARTICLE):  # a longer hash prefix in a link names the same stored article
        entry = corpus.find(params[V.P_ARTICLE][0])
        params[V.P_ARTICLE] = [entry.id] if entry else params[V.P_ARTICLE]
    view = V.parse(
        params,
        articles=known,
        default_article=default_article if default_article in known else next(iter(corpus.seeds())),
        groups_for=corpus.groups_of,
        default_groups_for=corpus.default_groups_of,
    )
    st.session_state[V.K_ARTICLE] = view.article
    st.session_state[V.K_BY] = view.by
    st.session_state[V.K_GROUPS] = list(view.groups)
    st.session_state[V.K_TARGET] = view.target
    st.session_state[V.K_NOTICES] = list(view.notices)
    st.session_state[V.K_LOADED_QUERY] = True


def _params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def _page_state(*, opened: str, read_key: str, from_url: Callable[[dict[str, list[str]]], Any], put: Callable[[Any], None], held: Callable[[], Any]) -> Any:
    """A page's own state: from the URL when the page opens, then as its widgets hold it.

    `opened` is a widget key the page always draws: it is missing exactly when the page opens, since a
    page's widgets are dropped when another page runs. The notices about what the link asked for stay
    until the state changes.
    """
    ss = st.session_state
    if opened not in ss:
        read = from_url(_params())
        put(read)
        ss[read_key] = read
        return read
    now = held()
    read = ss.get(read_key)
    return read if read == now else now  # equal states compare equal whatever their notices


def data_filters(frame: pd.DataFrame, view: V.View) -> tuple[Query, tuple[str, ...]]:
    """The Data page's filters, for the link, and the notices about the values a link asked for."""
    filters = _page_state(
        opened=V.filter_key(V.K_DATA, V.P_STANCE),
        read_key=V.K_FILTERS_READ,
        from_url=lambda params: PS.parse_filters(params, **data_page.filter_options(frame)),
        put=lambda read: data_page.set_filters(read, key=V.K_DATA),
        held=lambda: data_page.current_filters(frame, key=V.K_DATA),
    )
    return PS.filters_to_query(filters), filters.notices


def landscape_choices(frame: pd.DataFrame, view: V.View) -> tuple[Query, tuple[str, ...]]:
    """The Landscape page's choices (narration, speaker, aspect, the matrix's targets), for the link, and their notices."""
    suggested = [phrase for phrase, _, _ in corpus.suggested_targets(view.article)]
    choices = _page_state(
        opened=V.filter_key(V.K_LANDSCAPE, V.P_NARRATION),
        read_key=V.K_CHOICES_READ,
        from_url=lambda params: landscape.read_choices(params, frame),
        put=lambda read: landscape.set_choices(read, key=V.K_LANDSCAPE, suggested=suggested),
        held=lambda: landscape.current_choices(frame, key=V.K_LANDSCAPE, suggested=suggested),
    )
    return PS.choices_to_query(choices), choices.notices


def statement_picks(frame: pd.DataFrame, view: V.View) -> tuple[Query, tuple[str, ...]]:
    """The Compare page's statement lists narrowed to a stance, for the link, and their notices."""
    groups = list(view.groups)
    options = compare.pick_options(frame, by=view.by, groups=groups, article=view.article, others=corpus.others_of(groups, view.article, view.target))
    picks = _page_state(
        opened=V.pick_key(V.K_COMPARE, 0),
        read_key=V.K_PICKS_READ,
        from_url=lambda params: PS.parse_picks(params, options=options),
        put=lambda read: compare.set_picks(read, groups, key=V.K_COMPARE),
        held=lambda: compare.current_picks(options, key=V.K_COMPARE),
    )
    return PS.picks_to_query(picks), picks.notices


def voice_choices(frame: pd.DataFrame, view: V.View) -> tuple[Query, tuple[str, ...]]:
    """The Voices page's chosen voices and part of the corpus, for the link, and their notices."""
    choices = _page_state(
        opened=V.filter_key(W.K_VOICES, W.P_VOICE),
        read_key=W.K_VOICES_READ,
        from_url=lambda params: W.parse_voice_choices(params, voice_named=_voice_named),
        put=lambda read: voices.set_choices(read, key=W.K_VOICES),
        held=lambda: voices.current_choices(key=W.K_VOICES),
    )
    return W.voice_choices_to_query(choices), choices.notices


def _voice_named(name: str) -> str | None:
    try:
        return voice_sources.current(open_link=str).reader.voice_named(name)
    except StoreError:
        return name  # the store (or dataset) is away: the link keeps its voices, and the page says why it shows none


def sync(wanted: Query) -> None:
    """Write `wanted` into the URL, only when it differs (each write is a message to the browser)."""
    current = _params()
    normalised = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normalised:
        st.query_params.from_dict(wanted)


def show_notices(page_notices: Sequence[str] = ()) -> None:
    """What the link asked for that could not be shown, and what was shown instead."""
    for notice in [*st.session_state.get(V.K_NOTICES, []), *page_notices]:
        st.warning(md_escape(notice), icon=":material/link_off:")  # a notice quotes the link: text, never markup
