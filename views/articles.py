"""The Articles page: bring an article in (paste, upload, URL) and see the corpus.

The forms only build an ``Article`` with the engine's ingest functions; `submit` (from app.py) stores it
and opens it, or shows the reason it was refused. Nothing typed or uploaded is lost on a refusal: the
pasted text stays in its box.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from viewpoints import fetch, ingest
from viewpoints.ingest import Article

Submit = Callable[[Callable[[], Article]], None]
UPLOAD_TYPES = ["txt", "md", "markdown", "html", "htm"]


def render(corpus: pd.DataFrame, *, submit: Submit, open_article: Callable[[str], None], key: str = "articles") -> None:
    st.title("Articles", anchor=False)
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
    st.caption("The seed articles and every article brought in here. Select a row to open it.")
    event = st.dataframe(
        corpus,
        hide_index=True,
        width="stretch",
        on_select="rerun",
        selection_mode="single-row",
        key=f"{key}_corpus",
        column_config={
            "id": st.column_config.TextColumn("id", help="The article's id in links (?article=…)"),
            "supportive": st.column_config.NumberColumn("▲ supportive"),
            "skeptical": st.column_config.NumberColumn("▼ skeptical"),
            "neutral": st.column_config.NumberColumn("● neutral"),
        },
    )
    rows = event.selection.rows if event is not None else []
    if rows:
        open_article(str(corpus.iloc[rows[0]]["id"]))
