"""The Voices page: every voice of the stored corpus, one row per person or body across its articles.

The table is one page from the store (searched, sorted and paged in the database). Choosing one voice
shows its stance and sentiment over time (from the store's per-article rows) and its statements, newest
article first, with the words that decided them. Choosing 2 to 4 puts them side by side with the
Compare page's own panels (``views.compare.group_panel``), read from a page of each voice's newest
articles. The choices and the part of the corpus (source, date range) are in the link
(``views.state_voices``): the app sets them from the URL when the page opens (`set_choices`) and
writes back what the widgets hold (`current_choices`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pandas as pd
import streamlit as st

from viewpoints import schema as S
from viewpoints.compare import stance_counts
from viewpoints.corpus.store import StoreError
from viewpoints.corpus.store_voices import VOICE_SORTS, Part

from . import charts, charts_voices, compare, corpus_voices
from . import state_voices as W
from .voice_sources import VoiceSource
from .listing import PLOTLY_CONFIG
from .palette import STANCE_SYMBOLS
from .state import filter_key
from .text import MARK_LEGEND, md_escape

PAGE_SIZE = 25  # voices a table page shows
ARTICLES_PER_PAGE = 10  # articles whose statements one voice's list shows at a time
SIDE_ARTICLES = 30  # newest articles of each voice read for the side-by-side panels
SORT_LABELS = {
    "statements": "statements", "articles": "articles", "name": "name", "polarity": "mean polarity", "supportive": "▲ supportive",
    "skeptical": "▼ skeptical", "neutral": "● neutral", "first": "first date", "last": "last date",
}
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


def _key(key: str, param: str) -> str:
    return filter_key(key, param)


def set_choices(choices: W.VoiceChoices, *, key: str = W.K_VOICES) -> None:
    """Put `choices` into the page's widgets (before they are drawn: on opening the page from a link)."""
    ss = st.session_state
    ss[_key(key, W.P_VOICE)] = list(choices.voices)
    ss[_key(key, W.P_SOURCE)] = choices.source
    ss[_key(key, W.P_FROM)] = dt.date.fromisoformat(choices.since) if choices.since else None
    ss[_key(key, W.P_TO)] = dt.date.fromisoformat(choices.until) if choices.until else None
    ss[_key(key, W.P_ISSUE)] = choices.issue


def current_choices(*, key: str = W.K_VOICES) -> W.VoiceChoices:
    """The choices as the widgets hold them."""
    ss = st.session_state
    since, until = ss.get(_key(key, W.P_FROM)), ss.get(_key(key, W.P_TO))
    return W.VoiceChoices(
        tuple(ss.get(_key(key, W.P_VOICE)) or ()), " ".join(str(ss.get(_key(key, W.P_SOURCE)) or "").split()),
        since.isoformat() if since else "", until.isoformat() if until else "", " ".join(str(ss.get(_key(key, W.P_ISSUE)) or "").split()),
    )


def part_of(choices: W.VoiceChoices) -> Part:
    return Part(source=choices.source, since=choices.since, until=choices.until, issue=choices.issue)


def render(source: VoiceSource, *, key: str = W.K_VOICES) -> None:
    """The page over `source` (the store, or a dataset: ``views.voice_sources``); when it cannot be
    read the page says why and stops."""
    st.title("Voices", anchor=False)
    st.markdown(
        f"Every voice of {md_escape(source.reads)}, one row per person or body across them (its spellings of one name together): how many articles quote it, its "
        "statements and their stance toward each article's main issue, and its mean sentiment. Choose one "
        "voice to read it across articles and over time, or two to four to put them side by side."
    )
    problem = source.problem()
    if problem:
        st.info(md_escape(source.unavailable.format(problem=problem)), icon=":material/cloud_off:")
        return
    reader = source.reader
    part = _part_filters(key)
    search_col, sort_col, order_col = st.columns([3, 1.2, 1])
    search = search_col.text_input("Search voices", key=_key(key, "search"), placeholder="a name, or part of one", on_change=_first_page, args=(key,)).strip()
    sort = sort_col.selectbox("Sort by", VOICE_SORTS, key=_key(key, "sort"), format_func=SORT_LABELS.get, on_change=_first_page, args=(key,))
    order = order_col.selectbox("Order", ["descending", "ascending"], key=_key(key, "order"), on_change=_first_page, args=(key,))
    number = max(0, int(st.session_state.get(_key(key, "page_number"), 1)) - 1)
    try:
        page = reader.listing(search, sort=sort, descending=order == "descending", offset=number * PAGE_SIZE, limit=PAGE_SIZE, part=part)
    except StoreError as exc:
        st.info(f"The voices cannot be listed: {md_escape(str(exc))}.", icon=":material/cloud_off:")
        return
    if page.total == 0 and not search and part.whole:
        st.info(md_escape(source.empty), icon=":material/record_voice_over:")
        return
    _table(page, search=search, part=part, key=key)
    chosen = _picker(page, key=key)
    st.caption(source.applies)
    try:
        if len(chosen) == 1:
            one_voice(chosen[0], part=part, key=key, reader=reader, open_link=source.open_link)
        elif chosen:
            side_by_side(chosen, part=part, key=key, reader=reader)
    except StoreError as exc:
        st.info(f"The statements cannot be read: {md_escape(str(exc))}.", icon=":material/cloud_off:")


def _part_filters(key: str) -> Part:
    with st.expander("Part of the corpus: source, dates and issue", expanded=False):
        source_col, from_col, to_col, issue_col = st.columns([2, 1, 1, 2])
        source_col.text_input("Source contains", key=_key(key, W.P_SOURCE), max_chars=W.MAX_SOURCE_CHARS, placeholder="an outlet or web address", on_change=_first_page, args=(key,))
        dates = dict(min_value=EARLIEST, max_value=LATEST, format="YYYY-MM-DD", on_change=_first_page, args=(key,))
        from_col.date_input("From", key=_key(key, W.P_FROM), **dates)
        to_col.date_input("To", key=_key(key, W.P_TO), **dates)
        issue_col.text_input("Main issue contains", key=_key(key, W.P_ISSUE), max_chars=W.MAX_SOURCE_CHARS, placeholder="the target stance is judged against",
                             on_change=_first_page, args=(key,), help="Each article's stance is judged against its main issue, which the engine chooses per article.")
        st.caption("An article's date is its published date when it has one (web page metadata, an ingest file's date column), else the day it was added. "
                   "Its main issue is the target its statements' stance is judged against.")
    choices = current_choices(key=key)
    if choices.since and choices.until and choices.since > choices.until:
        st.warning("The date range ends before it starts: nothing falls in it.", icon=":material/date_range:")
    return part_of(choices)


def _table(page: corpus_voices.VoiceListing, *, search: str, part: Part, key: str) -> None:
    pages = max(1, -(-page.total // PAGE_SIZE))
    where = "" if part.whole else " in this part of the corpus"
    st.caption(
        f"{page.total:,} voice{'s' if page.total != 1 else ''}{where}" + (f" match “{md_escape(search)}”" if search else "")
        + f"; showing {len(page.rows)}. Stance is toward each article's main issue; polarity is the mean over the voice's statements."
    )
    st.dataframe(
        page.rows,
        hide_index=True,
        width="stretch",
        key=_key(key, "table"),
        column_config={
            "voice": st.column_config.TextColumn("voice", help="Shown by the spelling most of its articles use."),
            "also": st.column_config.TextColumn("also written", help="The voice's other spellings across the articles (case, titles, possessives and middle initials aside)."),
            "supportive": st.column_config.NumberColumn("▲ supportive"),
            "skeptical": st.column_config.NumberColumn("▼ skeptical"),
            "neutral": st.column_config.NumberColumn("● neutral"),
            "polarity": st.column_config.NumberColumn("mean polarity", format="%+.2f"),
            "first_day": st.column_config.TextColumn("first date"),
            "last_day": st.column_config.TextColumn("last date"),
        },
    )
    if pages > 1:
        st.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, key=_key(key, "page_number"))


def _picker(page: corpus_voices.VoiceListing, *, key: str) -> list[str]:
    widget = _key(key, W.P_VOICE)
    held = list(st.session_state.get(widget) or [])
    options = held + [v for v in page.rows["voice"] if v not in held]
    return list(st.multiselect(
        f"Voices to show (1–{W.MAX_VOICES})",
        options,
        key=widget,
        max_selections=W.MAX_VOICES,
        placeholder="choose voices from this page of the table",
        on_change=_first_articles_page,
        args=(key,),
        help="The table's voices on this page, and those already chosen: search or page the table to find others. "
        "One voice shows it across its articles; two to four put them side by side.",
    ))


def one_voice(voice: str, *, part: Part, key: str, reader=corpus_voices, open_link: Callable[[str], str] | None = None) -> None:
    """One voice across the articles: stance and sentiment over time, then its statements, newest first."""
    st.header(md_escape(voice), anchor=False)
    others = [name for name in reader.spellings(voice) if name != voice]
    if others:
        st.caption("Also written: " + ", ".join(f"“{md_escape(name)}”" for name in others) + ". Every spelling's statements are counted and listed here.")
    timeline = reader.timeline([voice], part)
    if timeline.empty:
        st.info("This voice has no statements in this part of the corpus.", icon=":material/filter_alt_off:")
        return
    statements = int(timeline["statements"].sum())
    counts = {s: int(timeline[s].sum()) for s in S.STANCES}
    polarity = float((timeline["polarity"] * timeline["statements"]).sum() / statements)
    st.caption(
        f"{int(timeline['articles'].sum())} articles · {statements} statements · "
        + " · ".join(f"{STANCE_SYMBOLS[s]} {s} {n}" for s, n in counts.items())
        + f" · mean polarity {polarity:+.2f} · {timeline['day'].min()} to {timeline['day'].max()}"
    )
    left, right = st.columns(2)
    with left:
        st.markdown("**Stance over time**", help="Statements per stance toward each article's main issue, by the article's date.")
        st.plotly_chart(charts_voices.stance_over_time(timeline), key=f"{key}_stance_time", config=PLOTLY_CONFIG,
                        alt=f"Statements per stance by article date ({charts_voices.date_note(timeline)}); the table under the charts lists the same counts.")
    with right:
        st.markdown("**Sentiment over time**", help="Mean TextBlob polarity of the voice's statements, by the article's date; larger points hold more statements.")
        st.plotly_chart(charts_voices.sentiment_over_time(timeline), key=f"{key}_sentiment_time", config=PLOTLY_CONFIG,
                        alt=f"Mean polarity by article date ({charts_voices.date_note(timeline)}); the table under the charts lists the same values.")
    with st.expander("The same as a table"):
        periods, unit = charts_voices.by_period(timeline)
        st.dataframe(periods.rename(columns={"period": unit}), hide_index=True, column_config={"polarity": st.column_config.NumberColumn("mean polarity", format="%+.2f")})
    _statements_by_article(voice, part=part, key=key, reader=reader, open_link=open_link)


def _statements_by_article(voice: str, *, part: Part, key: str, reader, open_link: Callable[[str], str] | None) -> None:
    st.subheader("Statements, newest article first", anchor=False)
    number_key = _key(key, "articles_page")
    number = max(0, int(st.session_state.get(number_key, 1)) - 1)
    found = reader.statements(voice, part=part, offset=number * ARTICLES_PER_PAGE, limit=ARTICLES_PER_PAGE)
    if number and not found.shown:  # past the last page (another voice, a narrower part): back to the first
        number, st.session_state[number_key] = 0, 1
        found = reader.statements(voice, part=part, limit=ARTICLES_PER_PAGE)
    pages = max(1, -(-found.articles // ARTICLES_PER_PAGE))
    first = number * ARTICLES_PER_PAGE + 1
    st.caption(
        f"Articles {first}–{first + found.shown - 1} of {found.articles}, by date (published, else the day added). "
        + MARK_LEGEND
    )
    for (article_id, title, day, dated_by), rows in found.frame.groupby(
        [corpus_voices.ARTICLE, corpus_voices.ARTICLE_TITLE, corpus_voices.DAY, corpus_voices.DATED_BY], sort=False
    ):
        with st.container(border=True):
            st.markdown(f"**[{md_escape(title)}]({open_link(article_id)})**" if open_link else f"**{md_escape(title)}**")
            st.caption(f"{day} ({'published' if dated_by == 'published' else 'the day added'}) · {len(rows)} statement{'s' * (len(rows) != 1)}"
                       + ("" if open_link else f" · article {md_escape(article_id)}"))
            for row in rows.drop(columns=[corpus_voices.ARTICLE_TITLE]).itertuples(index=False):  # the heading names the article
                compare.statement_card(row)
    if pages > 1:
        st.number_input(f"Articles page (of {pages:,})", min_value=1, max_value=pages, step=1, key=number_key)


def side_by_side(voices: list[str], *, part: Part, key: str, reader=corpus_voices) -> None:
    """2 to 4 voices with the Compare page's panels, each from its newest articles in the part."""
    found = {voice: reader.statements(voice, part=part, limit=SIDE_ARTICLES) for voice in voices}
    parts = [found[v].frame for v in voices]
    if all(p.empty for p in parts):
        st.info("None of these voices has statements in this part of the corpus.", icon=":material/filter_alt_off:")
        return
    st.caption(
        f"Each voice is read from its {SIDE_ARTICLES} newest articles in this part of the corpus (the table above counts all of them): "
        + "; ".join(f"{md_escape(v)} {min(found[v].articles, SIDE_ARTICLES)} of {found[v].articles}" for v in voices)
        + ". Narrow the dates or the source to read others. Distinguishing words set each voice against the others chosen."
    )
    combined = pd.concat([p.assign(**{compare.OVERVIEW_GROUP: v}) for p, v in zip(parts, voices)], ignore_index=True)
    st.plotly_chart(charts.overview(combined, compare.OVERVIEW_GROUP, voices), key=f"{key}_overview", config=PLOTLY_CONFIG,
                    alt="Stance counts of the chosen voices; the same counts are listed under each voice below.")
    most = max((int(stance_counts(p).max()) for p in parts if not p.empty), default=1)
    for i, col in enumerate(st.columns(len(voices), gap="medium")):
        others = [p for j, p in enumerate(parts) if j != i]
        with col:
            if parts[i].empty:
                st.markdown(f"#### {md_escape(voices[i])}")
                st.caption("No statements in this part of the corpus.")
                continue
            compare.group_panel(parts[i], pd.concat(others, ignore_index=True), group=voices[i], by="speaker", max_count=most,
                                key=f"{key}_side_{i}", pick_key=f"{key}_side_{i}_filter")


def _first_articles_page(key: str) -> None:
    st.session_state[_key(key, "articles_page")] = 1


def _first_page(key: str) -> None:
    st.session_state[_key(key, "page_number")] = 1
    st.session_state[_key(key, "articles_page")] = 1
