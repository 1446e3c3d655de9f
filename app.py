"""Viewpoints dashboard: the frame. Page config, navigation, the shared view in the sidebar and URL.

Run with ``streamlit run app.py``. Analysis lives in ``viewpoints``; panels live in ``views``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

import viewpoints
from viewpoints.compare import BY_OPTIONS, MAX_GROUPS, MIN_GROUPS, default_groups, groups
from viewpoints.io import seed_catalog, title_from_id
from views import compare, data_page, flow, header, landscape, method
from views import state as V

SEEDS = Path(__file__).resolve().parent / "seeds"
EVAL_JSON = Path(__file__).resolve().parent / "data" / "eval" / "latest.json"
DEFAULT_ARTICLE = "ukraine-security-guarantees"

st.set_page_config(page_title="Viewpoints", page_icon=":material/forum:", layout="wide")


@st.cache_data(show_spinner=False)
def catalog() -> dict[str, str]:
    """Article id -> text, for every seed article."""
    return {article_id: path.read_text(encoding="utf-8") for article_id, path in seed_catalog(SEEDS).items()}


@st.cache_data(show_spinner="Reading the article: sections, speakers, stance and sentiment…", max_entries=64)
def _analysed(text_sha: str, target: str, article_id: str, _text: str) -> pd.DataFrame:
    # Keyed by the text's hash (and target): the same text is analysed once per server.
    return viewpoints.analyze(_text, target=target or None, article_id=article_id)


def statements(article_id: str, target: str) -> pd.DataFrame:
    text = catalog()[article_id]
    return _analysed(hashlib.sha256(text.encode("utf-8")).hexdigest(), target, article_id, text)


def _groups_for(article_id: str, by: str) -> list[str]:
    return groups(statements(article_id, ""), by)


def _defaults_for(article_id: str, by: str) -> list[str]:
    return default_groups(statements(article_id, ""), by)


def _load_view_from_url() -> None:
    """On a session's first run, the URL decides the view (a shared link opens what was shared)."""
    if st.session_state.get(V.K_LOADED_QUERY):
        return
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    view = V.parse(
        params,
        articles=list(catalog()),
        default_article=DEFAULT_ARTICLE if DEFAULT_ARTICLE in catalog() else next(iter(catalog())),
        groups_for=_groups_for,
        default_groups_for=_defaults_for,
    )
    st.session_state[V.K_ARTICLE] = view.article
    st.session_state[V.K_BY] = view.by
    st.session_state[V.K_GROUPS] = list(view.groups)
    st.session_state[V.K_TARGET] = view.target
    st.session_state[V.K_NOTICES] = list(view.notices)
    st.session_state[V.K_LOADED_QUERY] = True


def _reset_groups() -> None:
    """A new article or a new way of grouping: start from that comparison's default groups."""
    st.session_state[V.K_GROUPS] = _defaults_for(st.session_state[V.K_ARTICLE], st.session_state[V.K_BY])
    st.session_state[V.K_NOTICES] = []


def _clear_notices() -> None:
    st.session_state[V.K_NOTICES] = []


def _current_view() -> V.View:
    """The view as the widgets hold it (set from the URL on the session's first run)."""
    ss = st.session_state
    return V.View(ss[V.K_ARTICLE], ss[V.K_BY], tuple(ss[V.K_GROUPS]), ss[V.K_TARGET].strip())


def sidebar() -> V.View:
    """The shared view: the widgets that choose it, kept in the URL both ways."""
    articles = catalog()
    with st.sidebar:
        st.selectbox("Article", list(articles), format_func=title_from_id, key=V.K_ARTICLE, on_change=_reset_groups)
        st.text_input(
            "Stance toward",
            key=V.K_TARGET,
            max_chars=V.MAX_TARGET_CHARS,
            placeholder="the article's main issue",
            help="The issue each statement's stance is judged against. Leave empty for the article's main issue.",
            on_change=_clear_notices,
        )
        st.radio("Compare by", BY_OPTIONS, key=V.K_BY, horizontal=True, on_change=_reset_groups)
        article, by = st.session_state[V.K_ARTICLE], st.session_state[V.K_BY]
        st.multiselect(
            f"Groups to compare ({MIN_GROUPS}–{MAX_GROUPS})",
            _groups_for(article, by),
            key=V.K_GROUPS,
            max_selections=MAX_GROUPS,
            on_change=_clear_notices,
        )
    return _current_view()


def _sync_url(view: V.View) -> None:
    wanted = V.to_query(view)
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normalised = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normalised:
        st.query_params.from_dict(wanted)


def _share_link(view: V.View) -> str:
    base = (st.context.url or "").split("?")[0].rstrip("/") + "/"
    link = base + "?" + urlencode(V.to_query(view), doseq=True)
    with st.sidebar:
        st.caption("Link to this view")
        st.code(link, language=None, wrap_lines=True)
    return link


def _frame_and_view() -> tuple[pd.DataFrame, V.View, str]:
    """Run on every page: the shared view (from the URL on a session's first run), kept in the URL."""
    _load_view_from_url()
    view = _current_view()
    _nav(view)
    view = sidebar()
    _sync_url(view)
    for notice in st.session_state.get(V.K_NOTICES, []):
        st.warning(notice, icon=":material/link_off:")
    frame = statements(view.article, view.target)
    return frame, view, _share_link(view)


def compare_page() -> None:
    frame, view, _link = CURRENT
    header.render(frame, title=title_from_id(view.article))
    if len(view.groups) < MIN_GROUPS:
        st.info(f"Pick at least {MIN_GROUPS} groups in the sidebar to put them side by side.")
    if view.groups:
        compare.render(frame, by=view.by, groups=list(view.groups))


def landscape_page() -> None:
    frame, view, _link = CURRENT
    header.render(frame, title=title_from_id(view.article))
    landscape.render(frame, key="landscape")


def flow_page() -> None:
    frame, view, _link = CURRENT
    header.render(frame, title=title_from_id(view.article))
    flow.render(frame, key="flow")


def data_page_() -> None:
    frame, view, link = CURRENT
    header.render(frame, title=title_from_id(view.article))
    data_page.render(frame, key="data", title=title_from_id(view.article), link=link, by=view.by, groups=list(view.groups))


def method_page() -> None:
    frame, _view, _link = CURRENT
    method.render(frame, eval_path=EVAL_JSON)


PAGES = [
    st.Page(compare_page, title="Compare", url_path="compare", default=True, icon=":material/view_column:"),
    st.Page(landscape_page, title="Landscape", url_path="landscape", icon=":material/scatter_plot:"),
    st.Page(flow_page, title="Flow", url_path="flow", icon=":material/timeline:"),
    st.Page(data_page_, title="Data", url_path="data", icon=":material/table:"),
    st.Page(method_page, title="Method", url_path="method", icon=":material/science:"),
]


def _nav(view: V.View) -> None:
    """Page links that carry the view along, so a link copied on any page opens the same view."""
    with st.sidebar:
        for p in PAGES:
            st.page_link(p, query_params=V.to_query(view))
        st.divider()


page = st.navigation(PAGES, position="hidden")
CURRENT = _frame_and_view()
page.run()
