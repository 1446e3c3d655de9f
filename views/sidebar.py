"""The sidebar: the page links that carry the shared view, the widgets that choose it, and its link.

The view (article, comparison, groups, target) lives in the widgets' session state, under the keys
``views.state`` names; ``views.url`` fills them from the URL on a session's first run and writes them
back on every run.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlencode

import streamlit as st

from viewpoints.compare import BY_OPTIONS, MAX_GROUPS, MIN_GROUPS

from . import corpus, corpus_listing
from . import state as V
from .text import md_escape


def current_view() -> V.View:
    """The view as the widgets hold it (set from the URL on the session's first run)."""
    ss = st.session_state
    return V.View(ss[V.K_ARTICLE], ss[V.K_BY], tuple(ss[V.K_GROUPS]), ss[V.K_TARGET].strip())


def reset_groups() -> None:
    """A new article or a new way of grouping: start from that comparison's default groups."""
    article = st.session_state[V.K_ARTICLE]
    st.session_state[V.K_GROUPS] = corpus.default_groups_of(article, st.session_state[V.K_BY]) if corpus.find(article) else []
    st.session_state[V.K_NOTICES] = []


def fall_back_if_gone(default_article: str) -> None:
    """The open article cannot be read any more (the store went away mid-session): open the default
    seed instead and say so, before any widget of this run exists."""
    article = st.session_state.get(V.K_ARTICLE)
    if not article or corpus.find(article) is not None:
        return
    st.session_state[V.K_ARTICLE] = default_article
    st.session_state[V.K_TARGET] = ""
    st.session_state[V.K_GROUPS] = corpus.default_groups_of(default_article, st.session_state[V.K_BY])
    st.session_state[V.K_NOTICES] = [f"The article {article} cannot be opened right now, so {corpus.title(default_article)} is shown instead; its link will work again when the store is back."]


def _clear_notices() -> None:
    st.session_state[V.K_NOTICES] = []


def open_pending() -> None:
    """An article brought in on the Articles page becomes the view's article (before the widgets exist)."""
    pending = st.session_state.pop(V.K_PENDING, None)
    if pending and corpus.find(pending):
        st.session_state[V.K_ARTICLE] = pending
        st.session_state[V.K_BY] = st.session_state.get(V.K_BY) or BY_OPTIONS[0]
        st.session_state[V.K_TARGET] = ""
        reset_groups()


def page_links(pages: Sequence[st.Page], view: V.View) -> None:
    """Page links that carry the view along, so a link copied on any page opens the same view."""
    with st.sidebar:
        for p in pages:
            st.page_link(p, query_params=V.to_query(view))
        st.divider()


def render() -> V.View:
    """The shared view: the widgets that choose it, kept in the URL both ways."""
    with st.sidebar:
        _article_picker()
        st.text_input(
            "Stance toward",
            key=V.K_TARGET,
            max_chars=V.MAX_TARGET_CHARS,
            placeholder="the article's main issue",
            help="The issue each statement's stance is judged against. Leave empty for the article's main issue.",
            on_change=_clear_notices,
        )
        _suggestions(st.session_state[V.K_ARTICLE])
        st.radio("Compare by", BY_OPTIONS, key=V.K_BY, horizontal=True, on_change=reset_groups)
        article, by = st.session_state[V.K_ARTICLE], st.session_state[V.K_BY]
        from_others = [g for g in st.session_state.get(V.K_GROUPS, []) if V.FROM_ARTICLE in g]
        st.multiselect(
            f"Groups to compare ({MIN_GROUPS}–{MAX_GROUPS})",
            corpus.groups_of(article, by) + from_others,
            key=V.K_GROUPS,
            max_selections=MAX_GROUPS,
            on_change=_clear_notices,
            format_func=_group_label,
        )
        _add_from_other_article(article, by)
    return current_view()


def _suggestions(article: str) -> None:
    """The targets suggested for the article, as pills under "Stance toward": a pick fills the box."""
    found = corpus.suggested_targets(article)
    if not found:
        return
    st.pills(
        "Suggested targets",
        [phrase for phrase, _, _ in found],
        key=V.K_SUGGESTED,
        on_change=_take_suggestion,
        format_func=md_escape,  # a name is text: markup in it shows as typed
        help="Issue phrases of the title, headings and lead, then the people and organisations the article is "
        "about; a pick fills the box above. "
        + " · ".join(f"{md_escape(phrase)} ({kind}: {reason})" for phrase, kind, reason in found),
    )


def _take_suggestion() -> None:
    picked = st.session_state.get(V.K_SUGGESTED)
    if picked:
        st.session_state[V.K_TARGET] = picked[: V.MAX_TARGET_CHARS]
        _clear_notices()
    st.session_state[V.K_SUGGESTED] = None


def _group_label(name: str) -> str:
    source, group = V.split_group(name, "")
    return f"{group} ({corpus.title(source)})" if source else group


def _add_group(name: str) -> None:
    chosen = st.session_state.get(V.K_GROUPS, [])
    if name not in chosen and len(chosen) < MAX_GROUPS:
        st.session_state[V.K_GROUPS] = chosen + [name]


def _article_picker() -> None:
    """The article: the seeds and the newest stored articles, or those a search finds (the corpus may
    hold thousands: it is searched in the store, never listed whole)."""
    current = st.session_state.get(V.K_ARTICLE, "")
    search = st.text_input("Find an article", key=V.K_ARTICLE_SEARCH, placeholder="title, voice or words of the text",
                           help="Searches every stored article; the list below shows the best matches.")
    offered, matched = corpus_listing.choices(search, keep=[current] if current else [])
    if search.strip() and not matched:
        st.caption(f"No stored article matches “{md_escape(search.strip())}”.")
    st.selectbox("Article", list(offered), format_func=lambda a: offered.get(a, a), key=V.K_ARTICLE, on_change=reset_groups)


def _add_from_other_article(article: str, by: str) -> None:
    """Put a group of another article beside this one's: the same speaker in two articles, say."""
    with st.expander("Add a group from another article"):
        search = st.text_input("Find an article", key=V.K_OTHER_SEARCH, placeholder="title, voice or words of the text")
        offered, _matched = corpus_listing.choices(search, keep=[st.session_state.get(V.K_OTHER_ARTICLE) or ""])
        others = [a for a in offered if a != article]
        if not others:
            st.caption("No other article: this dashboard serves a read-only dataset, whose voices are on the Voices page."
                       if corpus.read_only() else "No other article yet: bring one in on the Articles page.")
            return
        other = st.selectbox("Article", others, format_func=lambda a: offered.get(a, a), key=V.K_OTHER_ARTICLE)
        group = st.selectbox(f"Its {by}", corpus.groups_of(other, by), key=V.K_OTHER_GROUP)
        st.button(
            "Add to the comparison",
            on_click=_add_group,
            args=(V.qualify(other, group),),
            disabled=group is None or len(st.session_state.get(V.K_GROUPS, [])) >= MAX_GROUPS,
            key=V.K_OTHER_ADD,
        )


def share_link(query: dict[str, str | list[str]]) -> str:
    """The link to this view (with the open page's own state: filters, choices, statement lists), shown ready to copy."""
    base = (st.context.url or "").split("?")[0].rstrip("/") + "/"
    link = base + "?" + urlencode(query, doseq=True)
    with st.sidebar:
        st.caption("Link to this view")
        st.code(link, language=None, wrap_lines=True)
    return link
