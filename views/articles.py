"""The Articles page: bring an article in (paste, upload, URL) and see the corpus.

The forms only build an ``Article`` with the engine's ingest functions; `submit` (from app.py) stores it
and opens it, or shows the reason it was refused. Nothing typed or uploaded is lost on a refusal: the
pasted text stays in its box.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from viewpoints.corpus import fetch, ingest
from viewpoints.corpus.ingest import Article
from viewpoints.corpus.store import StoreError

from .corpus_listing import SORTS, Listing
from .text import md_escape

Submit = Callable[[Callable[[], Article]], None]
UPLOAD_TYPES = ["txt", "md", "markdown", "html", "htm"]
PAGE_SIZE = 25
SORT_LABELS = {"added": "date added", "title": "title", "source": "source", "statements": "statements", "supportive": "▲ supportive", "skeptical": "▼ skeptical", "neutral": "● neutral"}


def render(listing: Callable[..., Listing], *, submit: Submit, open_article: Callable[[str], None], read_now: Callable[[str], None], key: str = "articles",
           read_only: str = "") -> None:
    """`listing(search=, sort=, descending=, offset=, limit=)` gives one page of the corpus. With
    `read_only` (why nothing can be kept) nothing is offered for bringing articles in: the page says why."""
    st.title("Articles", anchor=False)
    if read_only:
        st.info(f"Articles cannot be brought in here: {md_escape(read_only)}. The seed articles below still open.", icon=":material/lock:")
        st.header("The corpus", anchor=False)
        _corpus(listing, read_now=read_now, open_article=open_article, key=key, read_only=read_only)
        return
    st.markdown(
        "Bring in an article to compare its voices. Each article is kept once, by its content, and gets a "
        "link that keeps working: share it and a colleague sees the same article."
    )
    paste, upload, url = st.tabs(["Paste text", "Upload a file", "From a web address"])
    with paste:
        with st.form(f"{key}_paste", border=False):
            text = st.text_area(
                "Article text",
                height=260,
                key=f"{key}_text",
                placeholder="Paste the article. Headings on lines of their own (or Markdown # lines) become sections.",
            )
            markdown = st.checkbox("The text is Markdown", key=f"{key}_is_md")
            if st.form_submit_button("Analyse this text", type="primary"):
                submit(lambda: (ingest.from_markdown if markdown else ingest.from_text)(text, source="paste"))
    with upload:
        file = st.file_uploader(
            "A .txt, .md or .html file (UTF-8, up to 5 MB)",
            type=UPLOAD_TYPES,
            key=f"{key}_file",
            help="For web pages saved as HTML, the article's main text, title, headings and byline are extracted "
            "(trafilatura); scripts and page furniture are left out.",
        )
        if file is not None and st.button("Analyse this file", type="primary", key=f"{key}_upload_go"):
            data = file.getvalue()
            submit(lambda: ingest.from_upload(file.name, data))
    with url:
        with st.form(f"{key}_url", border=False):
            address = st.text_input("Web address (http or https)", key=f"{key}_address", placeholder="https://…")
            st.caption("Only public addresses are fetched, with a 10-second timeout and a 5 MB cap. A server without internet access says so.")
            if st.form_submit_button("Fetch and analyse", type="primary"):
                with st.spinner("Fetching the page…"):
                    submit(lambda: fetch.fetch_url(address))

    st.header("The corpus", anchor=False)
    _corpus(listing, read_now=read_now, open_article=open_article, key=key)


def _corpus(listing: Callable[..., Listing], *, read_now: Callable[[str], None], open_article: Callable[[str], None], key: str, read_only: str = "") -> None:
    """The stored articles, a page at a time: searched, sorted and paged by the store, so the page
    stays as quick with ten thousand articles as with ten."""
    search_col, sort_col, order_col = st.columns([3, 1.2, 1])
    search = search_col.text_input("Search", key=f"{key}_search", placeholder="title, source, voice or words of the text", on_change=_first_page, args=(key,)).strip()
    sort = sort_col.selectbox("Sort by", SORTS, key=f"{key}_sort", format_func=SORT_LABELS.get, on_change=_first_page, args=(key,))
    order = order_col.selectbox("Order", ["descending", "ascending"], key=f"{key}_order", on_change=_first_page, args=(key,))
    number = max(0, int(st.session_state.get(f"{key}_page_number", 1)) - 1)  # the page box's own state: gone with the page
    page = listing(search, sort=sort, descending=order == "descending", offset=number * PAGE_SIZE, limit=PAGE_SIZE)
    if page.problem and page.problem != read_only:  # a read-only dashboard has said why above
        st.warning(f"Stored articles are not listed: {page.problem}.", icon=":material/cloud_off:")
    pages = max(1, -(-max(0, page.total - page.seeds) // PAGE_SIZE))
    shown = len(page.rows)
    st.caption(
        f"{page.total:,} article{'s' if page.total != 1 else ''}"
        + (f" match “{md_escape(search)}”" if search else "")
        + f"; showing {shown}. Select a row to open it. Counts are the reading against each article's main issue, "
        "with readers' corrections applied (sorting goes by the engine's own counts)."
    )
    event = st.dataframe(
        page.rows,
        hide_index=True,
        width="stretch",
        on_select="rerun",
        selection_mode="single-row",
        key=f"{key}_corpus",
        column_config={
            "id": st.column_config.TextColumn("id", help="The article's id in links (?article=…)"),
            "added": st.column_config.TextColumn("added (UTC)"),
            "statements": st.column_config.NumberColumn("statements"),
            "supportive": st.column_config.NumberColumn("▲ supportive"),
            "skeptical": st.column_config.NumberColumn("▼ skeptical"),
            "neutral": st.column_config.NumberColumn("● neutral"),
            "corrected": st.column_config.NumberColumn("corrected", help="Statements whose speaker or stance a reader corrected"),
            "target": st.column_config.TextColumn("main issue", help="What the stance counts are judged against"),
        },
    )
    left, _middle, right = st.columns([2, 3, 2])
    if pages > 1:
        left.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, key=f"{key}_page_number")
    if page.unread:
        right.caption(f"{len(page.unread)} article{'s' if len(page.unread) != 1 else ''} on this page not yet read by this engine version (blank counts).")
        if right.button(f"Read {len(page.unread)} now", key=f"{key}_read", icon=":material/auto_stories:"):
            bar = st.progress(0.0, text="Reading…")
            try:
                for done, article_id in enumerate(page.unread, start=1):
                    read_now(article_id)
                    bar.progress(done / len(page.unread), text=f"Read {done} of {len(page.unread)}")
            except StoreError as exc:
                st.error(f"Reading stopped: {exc}. What was read is kept.", icon=":material/cloud_off:")
                return
            st.rerun()
    rows = event.selection.rows if event is not None else []
    if rows:
        open_article(str(page.rows.iloc[rows[0]]["id"]))


def _first_page(key: str) -> None:
    st.session_state[f"{key}_page_number"] = 1
