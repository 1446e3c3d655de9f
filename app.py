"""Viewpoints dashboard: the frame. Page config, navigation, and the shared view every page reads.

Run with ``streamlit run app.py``. Analysis lives in ``viewpoints``; panels live in ``views`` (the
sidebar in ``views.sidebar``, the URL both ways in ``views.url``, the team password in ``views.access``).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from viewpoints.compare import MIN_GROUPS
from viewpoints.corpus.io import ArticleError
from viewpoints.corpus.store import StoreError
from views import access, articles, compare, corpus, corpus_listing, data_page, flow, header, landscape, method, sidebar, url, voice_sources, voices
from views import corrections as fix
from views import state as V

EVAL_JSON = Path(__file__).resolve().parent / "data" / "eval" / "latest.json"
DEFAULT_ARTICLE = "ukraine-security-guarantees"
COMPARE_PATH, LANDSCAPE_PATH, DATA_PATH, VOICES_PATH = "compare", "landscape", "data", "voices"
# Streamlit serves the default page at "/" only, yet still reserves its url_path: the Compare page served
# at "/" takes this name (never an address), so that "/compare" can be the same page under its own name.
ROOT_NAME = "root"

st.set_page_config(page_title="Viewpoints", page_icon=":material/forum:", layout="wide")
statements = corpus.statements


def open_article(article_id: str) -> None:
    if article_id != st.session_state.get(V.K_ARTICLE):
        st.session_state[V.K_PENDING] = article_id
        st.rerun()


def submit(make) -> None:
    """Build an article from the Articles page's input, keep it, and open it; or say why not."""
    try:
        article = make()
    except ArticleError as exc:
        st.error(str(exc), icon=":material/error:")
        return
    try:
        article_id = corpus.store().add(article)
    except StoreError as exc:
        st.error(f"The article could not be kept, so it has no link yet: {exc}. Your text is still in the box; try again when the store is back.", icon=":material/cloud_off:")
        return
    for note in article.notes:
        st.toast(note)
    st.session_state[V.K_PENDING] = article_id
    st.switch_page(PAGES[0], query_params={V.P_ARTICLE: article_id})


def _frame_and_view(open_page: st.Page) -> tuple[pd.DataFrame, V.View, str]:
    """Run on every page: the shared view (from the URL on a session's first run), kept in the URL,
    with the open page's own state (Compare's statement lists, Landscape's choices, Data's filters,
    the Voices page's voices and part of the corpus)."""
    problem = corpus.store_problem()
    if problem:
        st.error(f"Stored articles and corrections are unavailable: {problem}. The seed articles still open; "
                 "nothing kept in the store is lost.", icon=":material/cloud_off:")
    url.load_view(default_article=DEFAULT_ARTICLE)
    sidebar.open_pending()
    sidebar.fall_back_if_gone(DEFAULT_ARTICLE)
    view = sidebar.current_view()
    # the Compare link goes to the address the reader came by ("/" or "/compare"), so it shows as the open page
    sidebar.page_links([open_page if p is PAGES[0] and open_page in ALIASES else p for p in PAGES], view)
    view = sidebar.render()
    frame = statements(view.article, view.target)
    own_state = OWN_STATE.get(open_page.url_path)
    own, notices = own_state(frame, view) if own_state else ({}, ())
    query = {**V.to_query(view), **own}
    url.sync(query)
    url.show_notices(notices)
    return frame, view, sidebar.share_link(query)


def _header(frame: pd.DataFrame, view: V.View) -> None:
    entry = corpus.find(view.article)
    header.render(frame, title=corpus.title(view.article), byline=entry.byline if entry else "", source=entry.source if entry else "")


def _correcting(frame: pd.DataFrame, article_id: str) -> fix.Correcting | None:
    """What the correction forms need; None (no forms) when the dashboard serves a read-only dataset."""
    return None if corpus.read_only() else fix.for_article(frame, article_id)


def compare_page() -> None:
    frame, view, _link = CURRENT
    _header(frame, view)
    if len(view.groups) < MIN_GROUPS:
        st.info(f"Pick at least {MIN_GROUPS} groups in the sidebar to put them side by side.")
    if view.groups:
        others = corpus.others_of(view.groups, view.article, view.target)
        compare.render(
            frame,
            by=view.by,
            groups=list(view.groups),
            key=V.K_COMPARE,
            article=view.article,
            others=others,
            titles={a: corpus.title(a) for a in others},
            correcting=_correcting(frame, view.article),
        )


def landscape_page() -> None:
    frame, view, _link = CURRENT
    _header(frame, view)
    landscape.render(
        frame,
        key=V.K_LANDSCAPE,
        toward=lambda target: corpus.toward_with_others(view.article, view.groups, view.by, target),
        suggested=[phrase for phrase, _, _ in corpus.suggested_targets(view.article)],
    )


def flow_page() -> None:
    frame, view, _link = CURRENT
    _header(frame, view)
    flow.render(frame, key="flow")


def data_page_() -> None:
    frame, view, link = CURRENT
    _header(frame, view)
    entry = corpus.find(view.article)
    data_page.render(
        frame, key=V.K_DATA, title=corpus.title(view.article), link=link, by=view.by, groups=[g for g in view.groups if V.FROM_ARTICLE not in g],
        correcting=_correcting(frame, view.article), text=entry.text if entry else "",
    )


def articles_page() -> None:
    articles.render(corpus_listing.listing, submit=submit, open_article=open_article, read_now=corpus_listing.read_now, read_only=corpus.read_only())


def voices_page() -> None:
    voices.render(voice_sources.current(open_link=lambda article_id: f"/?{V.P_ARTICLE}={article_id}"))


def method_page() -> None:
    frame, _view, _link = CURRENT
    method.render(frame, eval_path=EVAL_JSON, corrections=corpus.correction_summary())


PAGES = [
    st.Page(compare_page, title="Compare", url_path=ROOT_NAME, default=True, icon=":material/view_column:"),
    st.Page(landscape_page, title="Landscape", url_path=LANDSCAPE_PATH, icon=":material/scatter_plot:"),
    st.Page(flow_page, title="Flow", url_path="flow", icon=":material/timeline:"),
    st.Page(data_page_, title="Data", url_path=DATA_PATH, icon=":material/table:"),
    st.Page(articles_page, title="Articles", url_path="articles", icon=":material/article:"),
    st.Page(voices_page, title="Voices", url_path=VOICES_PATH, icon=":material/record_voice_over:"),
    st.Page(method_page, title="Method", url_path="method", icon=":material/science:"),
]

# Every address the README gives opens its page: Compare is served at "/" (the page above) and at
# "/compare" (this one, kept out of the menu).
ALIASES = [st.Page(compare_page, title="Compare", url_path=COMPARE_PATH, visibility="hidden", icon=":material/view_column:")]


# Pages with state of their own in the link, by url path (the default page's is ""): each gives its part
# of the query and the notices about what a link asked for.
OWN_STATE = {
    "": url.statement_picks, COMPARE_PATH: url.statement_picks, LANDSCAPE_PATH: url.landscape_choices, DATA_PATH: url.data_filters,
    VOICES_PATH: url.voice_choices,
}

page = st.navigation(PAGES + ALIASES, position="hidden")
if not access.password_ok():
    st.stop()
CURRENT = _frame_and_view(page)
page.run()
