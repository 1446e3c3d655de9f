"""The Voices page over a Parquet dataset (``VIEWPOINTS_CORPUS=DIR``, written by ``--dask … --out DIR``):
the same four questions ``views.corpus_voices`` asks of the store (a page of voices, whether a voice
exists, a voice's rows over time, its statements in a page of its articles), answered by DuckDB over
the dataset's files (``viewpoints.corpus.dataset_query.Corpus``), so the page itself is the same.

The dataset is read-only and holds the engine's readings only: no corrections, no article texts. A
folder that is missing or not a dataset, or that cannot be read, raises ``StoreError`` with the reason,
which the page shows in one line as it does for a store that cannot be reached. The Corpus is opened
once per server and folder (``st.cache_resource``); answers are not cached (each is one DuckDB query).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import streamlit as st

from viewpoints import corrections as C
from viewpoints import schema as S
from viewpoints.corpus.store import StoreError
from viewpoints.corpus.store_voices import Part

from .corpus import CORPUS_ENV
from .corpus_voices import ALSO_SEPARATOR, ARTICLE, ARTICLE_TITLE, DATED_BY, DAY, LISTING_COLUMNS, VoiceListing, VoiceStatements

# The page's sort names (``store_voices.VOICE_SORTS``) as the dataset's columns.
SORTS = {
    "statements": S.STATEMENTS, "articles": S.ARTICLES, "name": S.SPEAKER, "polarity": S.MEAN_POLARITY,
    **{stance: stance for stance in S.STANCES}, "first": S.FIRST_DATE, "last": S.LAST_DATE,
}
_AS_PAGE = {S.SPEAKER: "voice", S.MEAN_POLARITY: "polarity", S.FIRST_DATE: "first_day", S.LAST_DATE: "last_day", S.DATE: "day"}


def corpus_dir() -> str:
    """The dataset folder the dashboard serves (``VIEWPOINTS_CORPUS``), "" when it serves the store."""
    return os.environ.get(CORPUS_ENV, "").strip()


@st.cache_resource(show_spinner=False)
def _open(folder: str):
    from viewpoints.corpus.dataset_query import Corpus  # duckdb is imported only by a dashboard that serves a dataset

    return Corpus(folder)  # a CorpusError is not cached: the next run tries again


def dataset():
    """The dataset's Corpus; raises StoreError saying why it cannot be used."""
    folder = corpus_dir()
    path = Path(folder).expanduser()
    if not path.exists():
        raise StoreError(f"{CORPUS_ENV} names {folder}, which does not exist")
    if not path.is_dir():
        raise StoreError(f"{CORPUS_ENV} names {folder}, which is a file, not a dataset folder")
    try:
        from viewpoints.corpus.dataset_query import CorpusError
    except ImportError as exc:
        raise StoreError(f"reading a dataset needs DuckDB, which is not installed here ({exc.name}: pip install duckdb)") from exc
    try:
        return _open(str(path))
    except CorpusError as exc:
        raise StoreError(str(exc)) from exc


def problem() -> str | None:
    """Why the dataset cannot be used, in a reader's words; None when it can."""
    try:
        dataset()
    except StoreError as exc:
        return str(exc)
    return None


def _ask(question: str, *args, **kwargs):
    from viewpoints.corpus.dataset_query import CorpusError

    try:
        return getattr(dataset(), question)(*args, **kwargs)
    except CorpusError as exc:
        raise StoreError(str(exc)) from exc


def _part(part: Part) -> dict[str, str]:
    return dict(source_like=part.source, start=part.since, end=part.until, issue=part.issue)


def listing(search: str = "", *, sort: str = "statements", descending: bool = True, offset: int = 0, limit: int = 25, part: Part = Part()) -> VoiceListing:
    """One page of the dataset's voices (or of a part of it), in the page's columns."""
    if sort not in SORTS:
        raise ValueError(f"cannot sort voices by {sort!r}")
    rows, total = _ask("voices", search=search, sort=SORTS[sort], descending=descending, offset=offset, limit=limit, **_part(part))
    rows = rows.rename(columns=_AS_PAGE)
    rows["also"] = [ALSO_SEPARATOR.join(n for n in json.loads(spellings) if n != voice) for voice, spellings in zip(rows["voice"], rows["spellings"])]
    frame = rows[LISTING_COLUMNS]
    for column in ("articles", "statements", *S.STANCES):
        frame[column] = frame[column].astype("Int64")
    frame["polarity"] = frame["polarity"].astype(float)
    return VoiceListing(frame.reset_index(drop=True), total)


def voice_named(name: str) -> str | None:
    """The dataset's voice a written name is (any of its spellings), as the page shows it; or None."""
    return _ask("voice_named", name)


def spellings(voice: str) -> list[str]:
    return list(_ask("spellings", voice))


def timeline(voices: Sequence[str], part: Part = Part()) -> pd.DataFrame:
    """Per voice and article date, as ``corpus_voices.timeline`` gives it."""
    return _ask("timeline", list(voices), **_part(part)).rename(columns=_AS_PAGE)


def statements(voice: str, *, part: Part = Part(), offset: int = 0, limit: int = 25) -> VoiceStatements:
    """The voice's statements in one page of its articles (newest first), as the engine read them (a
    dataset holds no corrections), each row with its article's id, title and date; sentence numbers
    made unique across the articles, as ``corpus_voices.statements`` does."""
    articles, total = _ask("voice_articles", voice, offset=offset, limit=limit, **_part(part))
    said = _ask("statements_in", voice, articles[S.ARTICLE_HASH].tolist())
    parts = []
    for article in articles.itertuples(index=False):
        rows = said[said[S.ARTICLE_HASH] == getattr(article, S.ARTICLE_HASH)].drop(columns=S.ARTICLE_HASH)
        if len(rows):
            parts.append(C.apply(rows.reset_index(drop=True), ()).assign(**{
                ARTICLE: getattr(article, S.ARTICLE_ID), ARTICLE_TITLE: getattr(article, S.TITLE) or getattr(article, S.ARTICLE_ID),
                DAY: getattr(article, S.DATE), DATED_BY: getattr(article, S.DATE_FROM),
            }))
    if not parts:
        return VoiceStatements(pd.DataFrame(columns=[*S.COLUMNS, *S.CORRECTION_COLUMNS, ARTICLE, ARTICLE_TITLE, DAY, DATED_BY]), total, len(articles))
    frame = pd.concat(parts, ignore_index=True)
    frame[S.SENTENCE] = range(len(frame))
    return VoiceStatements(frame, total, len(articles))
