"""The corpus's voices for the Voices page: one page of voices from the store (searched, sorted and paged
in the database, never grouped in pandas over the corpus), a voice's articles newest first, its rows
over time, and the statements of a page of its articles, read from the readings kept in the store with
the articles' corrections applied.

Decoded readings are cached at this edge, keyed by the article and the reading's bytes; corrections are
read on every run and applied after, as everywhere (``views.corpus``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from viewpoints import corrections as C
from viewpoints.corpus import kept
from viewpoints import schema as S
from viewpoints.fingerprint import engine_fingerprint
from viewpoints.corpus.store_voices import Part

from .compare import ORIGIN_DAY, ORIGIN_TITLE
from .corpus import opening, store

# Columns the Voices page adds to a voice's statements: which article each comes from, and when.
ARTICLE, DATED_BY = "voice_article", "voice_dated_by"
ARTICLE_TITLE, DAY = ORIGIN_TITLE, ORIGIN_DAY  # a statement card names the article it comes from
LISTING_COLUMNS = ["voice", "also", "articles", "statements", "supportive", "skeptical", "neutral", "polarity", "first_day", "last_day"]
ALSO_SEPARATOR = "; "  # the other spellings of a voice, in the table's "also written" column


@dataclass(frozen=True)
class VoiceListing:
    rows: pd.DataFrame  # LISTING_COLUMNS
    total: int  # voices matching


def listing(search: str = "", *, sort: str = "statements", descending: bool = True, offset: int = 0, limit: int = 25, part: Part = Part()) -> VoiceListing:
    """One page of the voices of the corpus (or of a part of it). Raises StoreError when the store
    cannot be reached."""
    rows, total = store().voice_page(engine_fingerprint(), search=search, sort=sort, descending=descending, offset=offset, limit=limit, part=part)
    frame = pd.DataFrame(rows, columns=LISTING_COLUMNS)
    frame["also"] = [ALSO_SEPARATOR.join(also) for also in frame["also"]]
    for column in ("articles", "statements", "supportive", "skeptical", "neutral"):
        frame[column] = frame[column].astype("Int64")
    frame["polarity"] = frame["polarity"].astype(float)
    return VoiceListing(frame, total)


def voice_named(name: str) -> str | None:
    """The corpus's voice a written name is (any of its spellings, as the page shows it: "Donald J.
    Trump" in an old link opens Donald Trump), or None."""
    return store().voice_named(engine_fingerprint(), name)


def spellings(voice: str) -> list[str]:
    """Every spelling of the voice in the corpus, most articles first."""
    return store().voice_spellings(engine_fingerprint(), voice)


def timeline(voices: Sequence[str], part: Part = Part()) -> pd.DataFrame:
    """Per voice and article date: articles, statements, stance counts, mean polarity, and how many of
    those articles are dated by their published date."""
    columns = ["voice", "day", "articles", "statements", *S.STANCES, "polarity", "published"]
    return pd.DataFrame(store().voice_timeline(engine_fingerprint(), list(voices), part=part), columns=columns)


# st.cache_resource, not cache_data: the frames are shared read-only (every use filters or copies them),
# so a page of twenty articles does not unpickle twenty frames on each run.
@st.cache_resource(show_spinner=False, max_entries=256)
def _decoded(article: str, data_sha: str, article_id: str, _data: bytes) -> pd.DataFrame:
    return kept.from_bytes(_data, article_id)


@st.cache_resource(show_spinner=False, max_entries=2048)
def _said_by(article: str, data_sha: str, article_id: str, names: tuple[str, ...], _data: bytes) -> pd.DataFrame:
    # The engine's statements of one voice (by any of its spellings) in one reading: what an article
    # without corrections shows.
    frame = kept.from_bytes(_data, article_id)
    return C.apply(frame[frame[S.SPEAKER].isin(names)], ())


@dataclass(frozen=True)
class VoiceStatements:
    frame: pd.DataFrame  # the voice's statements in these articles, newest article first, with ARTICLE, ARTICLE_TITLE, DAY, DATED_BY
    articles: int  # the voice's articles in the part, in all
    shown: int  # articles read for this page


def statements(voice: str, *, part: Part = Part(), offset: int = 0, limit: int = 25) -> VoiceStatements:
    """The voice's statements (by any of its spellings) in one page of its articles (newest first), as
    each article's pages show them: the kept reading with the readers' corrections applied. Sentence numbers are made unique across
    the articles (charts select statements by them); each row keeps its article's id, title and date."""
    engine = engine_fingerprint()
    names = tuple(store().voice_spellings(engine, voice)) or (voice,)
    articles, total = store().voice_articles(engine, voice, part=part, offset=offset, limit=limit)
    readings = store().main_readings(engine, [a["hash"] for a in articles])
    corrected = store().corrected_among(readings)
    parts, origins = [], []
    for article in articles:
        data = readings.get(article["hash"])
        if data is None:  # read again between the two queries: its voices were rewritten too
            continue
        sha = hashlib.sha256(data).hexdigest()
        if article["hash"] in corrected:  # a correction may give the voice statements the engine gave another
            frame = C.apply(_decoded(article["hash"], sha, article["id"], data), store().corrections(article["hash"]))
            said = frame[frame[S.SPEAKER].isin(names)]
        else:
            said = _said_by(article["hash"], sha, article["id"], names, data)
        if len(said):
            parts.append(said)
            origins += [(article["id"], article["title"] or opening(article["opening"]), article["day"], article["dated_by"])] * len(said)
    if not parts:
        return VoiceStatements(pd.DataFrame(columns=[*S.COLUMNS, *S.CORRECTION_COLUMNS, ARTICLE, ARTICLE_TITLE, DAY, DATED_BY]), total, len(articles))
    frame = pd.concat(parts, ignore_index=True)
    for i, column in enumerate((ARTICLE, ARTICLE_TITLE, DAY, DATED_BY)):
        frame[column] = [o[i] for o in origins]
    frame[S.SENTENCE] = range(len(frame))  # unique across articles: a chart's selection names one statement
    return VoiceStatements(frame, total, len(articles))
