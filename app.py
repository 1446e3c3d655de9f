"""Viewpoints dashboard: the frame. Page config, navigation, the shared view in the sidebar and URL.

Run with ``streamlit run app.py``. Analysis lives in ``viewpoints``; panels live in ``views``.
"""

from __future__ import annotations

import hmac
import os
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from viewpoints.compare import BY_OPTIONS, MAX_GROUPS, MIN_GROUPS, default_groups, groups
from viewpoints.io import ArticleError
from views import articles, compare, corpus, data_page, flow, header, landscape, method
from views import state as V
from views.text import md_escape

EVAL_JSON = Path(__file__).resolve().parent / "data" / "eval" / "latest.json"
DEFAULT_ARTICLE = "ukraine-security-guarantees"
K_PENDING = "pending_article"  # an article just brought in, opened on the next run
DATA_PATH = "data"  # the Data page, whose filters join the view in the URL

st.set_page_config(page_title="Viewpoints", page_icon=":material/forum:", layout="wide")
statements = corpus.statements


def _groups_for(article_id: str, by: str) -> list[str]:
    return groups(statements(article_id, ""), by)


def _defaults_for(article_id: str, by: str) -> list[str]:
    return default_groups(statements(article_id, ""), by)


def _load_view_from_url() -> None:
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
        default_article=DEFAULT_ARTICLE if DEFAULT_ARTICLE in known else known[0],
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
    with st.sidebar:
        st.selectbox("Article", corpus.ids(), format_func=corpus.title, key=V.K_ARTICLE, on_change=_reset_groups)
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
        from_others = [g for g in st.session_state.get(V.K_GROUPS, []) if V.FROM_ARTICLE in g]
        st.multiselect(
            f"Groups to compare ({MIN_GROUPS}–{MAX_GROUPS})",
            _groups_for(article, by) + from_others,
            key=V.K_GROUPS,
            max_selections=MAX_GROUPS,
            on_change=_clear_notices,
            format_func=_group_label,
        )
        _add_from_other_article(article, by)
    return _current_view()


def _group_label(name: str) -> str:
    source, group = V.split_group(name, "")
    return f"{group} ({corpus.title(source)})" if source else group


def _add_group(name: str) -> None:
    chosen = st.session_state.get(V.K_GROUPS, [])
    if name not in chosen and len(chosen) < MAX_GROUPS:
        st.session_state[V.K_GROUPS] = chosen + [name]


def _add_from_other_article(article: str, by: str) -> None:
    """Put a group of another article beside this one's: the same speaker in two articles, say."""
    others = [a for a in corpus.ids() if a != article]
    if not others:
        return
    with st.expander("Add a group from another article"):
        other = st.selectbox("Article", others, format_func=corpus.title, key="w_other_article")
        group = st.selectbox(f"Its {by}", _groups_for(other, by), key="w_other_group")
        st.button(
            "Add to the comparison",
            on_click=_add_group,
            args=(V.qualify(other, group),),
            disabled=group is None or len(st.session_state.get(V.K_GROUPS, [])) >= MAX_GROUPS,
            key="w_other_add",
        )


def _data_filters(frame: pd.DataFrame) -> V.Filters:
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


def _sync_url(wanted: dict[str, str | list[str]]) -> None:
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normalised = {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}
    if current != normalised:
        st.query_params.from_dict(wanted)


def _share_link(query: dict[str, str | list[str]]) -> str:
    base = (st.context.url or "").split("?")[0].rstrip("/") + "/"
    link = base + "?" + urlencode(query, doseq=True)
    with st.sidebar:
        st.caption("Link to this view")
        st.code(link, language=None, wrap_lines=True)
    return link


def _open_pending() -> None:
    """An article brought in on the Articles page becomes the view's article (before the widgets exist)."""
    pending = st.session_state.pop(K_PENDING, None)
    if pending and corpus.find(pending):
        st.session_state[V.K_ARTICLE] = pending
        st.session_state[V.K_BY] = st.session_state.get(V.K_BY) or BY_OPTIONS[0]
        st.session_state[V.K_TARGET] = ""
        _reset_groups()


def open_article(article_id: str) -> None:
    if article_id != st.session_state.get(V.K_ARTICLE):
        st.session_state[K_PENDING] = article_id
        st.rerun()


def submit(make) -> None:
    """Build an article from the Articles page's input, keep it, and open it; or say why not."""
    try:
        article = make()
    except ArticleError as exc:
        st.error(str(exc), icon=":material/error:")
        return
    article_id = corpus.store().add(article)
    for note in article.notes:
        st.toast(note)
    st.session_state[K_PENDING] = article_id
    st.switch_page(PAGES[0], query_params={V.P_ARTICLE: article_id})


def _password_ok() -> bool:
    """An optional shared password (st.secrets["password"] or VIEWPOINTS_PASSWORD); off when unset."""
    try:
        secret = st.secrets.get("password", "")
    except (FileNotFoundError, KeyError, OSError):
        secret = ""
    secret = secret or os.environ.get("VIEWPOINTS_PASSWORD", "")
    if not secret or st.session_state.get("authenticated"):
        return True
    st.title("Viewpoints", anchor=False)
    with st.form("password"):
        given = st.text_input("Team password", type="password")
        if st.form_submit_button("Enter"):
            if hmac.compare_digest(given.encode("utf-8"), str(secret).encode("utf-8")):
                st.session_state["authenticated"] = True
                st.rerun()
            st.error("That password is not right.")
    return False


def _frame_and_view(on_data_page: bool) -> tuple[pd.DataFrame, V.View, str]:
    """Run on every page: the shared view (from the URL on a session's first run), kept in the URL,
    with the Data page's filters on that page."""
    _load_view_from_url()
    _open_pending()
    view = _current_view()
    _nav(view)
    view = sidebar()
    frame = statements(view.article, view.target)
    filters = _data_filters(frame) if on_data_page else V.Filters()
    query = {**V.to_query(view), **V.filters_to_query(filters)}
    _sync_url(query)
    for notice in [*st.session_state.get(V.K_NOTICES, []), *filters.notices]:
        st.warning(md_escape(notice), icon=":material/link_off:")  # a notice quotes the link: text, never markup
    return frame, view, _share_link(query)


def _header(frame: pd.DataFrame, view: V.View) -> None:
    entry = corpus.find(view.article)
    header.render(frame, title=corpus.title(view.article), byline=entry.byline if entry else "", source=entry.source if entry else "")


def compare_page() -> None:
    frame, view, _link = CURRENT
    _header(frame, view)
    if len(view.groups) < MIN_GROUPS:
        st.info(f"Pick at least {MIN_GROUPS} groups in the sidebar to put them side by side.")
    if view.groups:
        sources = {V.split_group(g, view.article)[0] for g in view.groups} - {view.article}
        compare.render(
            frame,
            by=view.by,
            groups=list(view.groups),
            article=view.article,
            others={a: statements(a, view.target) for a in sources},
            titles={a: corpus.title(a) for a in sources},
        )


def landscape_page() -> None:
    frame, view, _link = CURRENT
    _header(frame, view)
    landscape.render(frame, key="landscape")


def flow_page() -> None:
    frame, view, _link = CURRENT
    _header(frame, view)
    flow.render(frame, key="flow")


def data_page_() -> None:
    frame, view, link = CURRENT
    _header(frame, view)
    data_page.render(frame, key=V.K_DATA, title=corpus.title(view.article), link=link, by=view.by, groups=[g for g in view.groups if V.FROM_ARTICLE not in g])


def articles_page() -> None:
    articles.render(corpus.listing(), submit=submit, open_article=open_article)


def method_page() -> None:
    frame, _view, _link = CURRENT
    method.render(frame, eval_path=EVAL_JSON)


PAGES = [
    st.Page(compare_page, title="Compare", url_path="compare", default=True, icon=":material/view_column:"),
    st.Page(landscape_page, title="Landscape", url_path="landscape", icon=":material/scatter_plot:"),
    st.Page(flow_page, title="Flow", url_path="flow", icon=":material/timeline:"),
    st.Page(data_page_, title="Data", url_path=DATA_PATH, icon=":material/table:"),
    st.Page(articles_page, title="Articles", url_path="articles", icon=":material/article:"),
    st.Page(method_page, title="Method", url_path="method", icon=":material/science:"),
]


def _nav(view: V.View) -> None:
    """Page links that carry the view along, so a link copied on any page opens the same view."""
    with st.sidebar:
        for p in PAGES:
            st.page_link(p, query_params=V.to_query(view))
        st.divider()


page = st.navigation(PAGES, position="hidden")
if not _password_ok():
    st.stop()
CURRENT = _frame_and_view(page.url_path == DATA_PATH)
page.run()
