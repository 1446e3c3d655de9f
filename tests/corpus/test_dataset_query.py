"""Corpus-wide aggregations in DuckDB over a dataset's Parquet files, checked against pandas computing the
same thing from every statement row."""

from __future__ import annotations

import hashlib
import json
import random

import pandas as pd
import pytest

from viewpoints import schema as S
from viewpoints.corpus import dataset

duckdb = pytest.importorskip("duckdb")
from viewpoints.corpus.dataset_query import SPELLINGS, VOICE_COLUMNS, Corpus, CorpusError  # noqa: E402

SPEAKERS = ["Ana Ruiz", "Tom Bell", "<b>Jane Doe</b>", "the council", "100% Clinton_fan", "Émile Zola", S.AUTHOR]
SOURCES = ["harbour news", "news.example", "", "Sub/Site"]


def statement(article_id: str, n: int, speaker: str, stance: str, polarity: float) -> dict:
    row = {name: "" for name, dtype in S.COLUMNS.items() if dtype == "string"}
    row.update({S.ARTICLE_ID: article_id, S.PARAGRAPH: n, S.SENTENCE: n, S.START: 10 * n, S.END: 10 * n + 9, S.TEXT: f"statement {n}",
                S.SPEAKER: speaker, S.SPEAKER_KIND: "author" if speaker == S.AUTHOR else "person", S.STANCE: stance,
                S.STANCE_SCORE: 0.0, S.MENTIONS_TARGET: False, S.POLARITY: polarity, S.SUBJECTIVITY: 0.5, S.VADER: 0.0, S.SENTIMENT_DISAGREE: False})
    return row


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """40 articles from four sources over eight months, their statements drawn at random (seeded)."""
    root = dataset.open_for_writing(tmp_path_factory.mktemp("data") / "corpus")
    pick = random.Random(16)
    hashes = []
    for a in range(40):
        full = hashlib.sha256(f"article {a}".encode()).hexdigest()
        day = f"2016-{pick.randint(3, 10):02d}-{pick.randint(1, 28):02d}"
        rows = [statement(full[:12], n, pick.choice(SPEAKERS), pick.choice(S.STANCES), round(pick.uniform(-1, 1), 3)) for n in range(pick.randint(0, 9))]
        frame = S.from_records(rows)
        frame.attrs = {"target": "ferries"}
        dataset.stage(root, frame, {S.ARTICLE_HASH: full, S.ARTICLE_ID: full[:12], S.TITLE: f"Article {a}", S.DATE: day, S.DATE_FROM: "published",
                                    "where": f"rows:{a}", "target": "", S.STATEMENTS: len(frame), "engine": "test", "furniture": "",
                                    "attrs": json.dumps(frame.attrs), S.SOURCE: pick.choice(SOURCES), S.MONTH: day[:7]})
        hashes.append(full)
    dataset.commit(root, hashes[:25])  # two commits: several parts per partition
    dataset.commit(root, hashes[25:])
    return Corpus(root)


def every_row(corpus: Corpus) -> pd.DataFrame:
    import pyarrow.dataset as ds

    return ds.dataset(corpus.root / dataset.STATEMENTS_DIR, format="parquet", partitioning="hive").to_table().to_pandas()


def by_pandas(rows: pd.DataFrame, *, sources=(), start="", end="", search="", author=False) -> pd.DataFrame:
    keep = pd.Series(True, index=rows.index)
    if sources:
        keep &= rows[S.SOURCE].isin(sources)
    if start:
        keep &= rows[S.DATE] >= start
    if end:
        keep &= rows[S.DATE] <= end
    if not author:
        keep &= rows[S.SPEAKER] != S.AUTHOR
    if search:
        keep &= rows[S.SPEAKER].str.lower().str.contains(search.lower(), regex=False)
    chosen = rows[keep]
    grouped = chosen.groupby(S.SPEAKER)
    out = pd.DataFrame({
        S.ARTICLES: grouped[S.ARTICLE_HASH].nunique(), S.STATEMENTS: grouped.size(),
        **{stance: grouped[S.STANCE].apply(lambda s, st=stance: int((s == st).sum())) for stance in S.STANCES},
        S.MEAN_POLARITY: grouped[S.POLARITY].mean(), S.FIRST_DATE: grouped[S.DATE].min(), S.LAST_DATE: grouped[S.DATE].max(),
    }).reset_index()
    out[SPELLINGS] = [json.dumps([name], ensure_ascii=False) for name in out[S.SPEAKER]]  # no two spellings of one name here
    return out[list(VOICE_COLUMNS)]


def comparable(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for column in (S.SPEAKER, S.FIRST_DATE, S.LAST_DATE):
        frame[column] = frame[column].astype(str)
    for column in (S.ARTICLES, S.STATEMENTS, *S.STANCES):
        frame[column] = frame[column].astype("int64")
    return frame.reset_index(drop=True)


def comparable_sources(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.sort_index()
    frame.index = frame.index.astype(str)
    return frame.astype({S.ARTICLES: "int64", S.FIRST_DATE: str, S.LAST_DATE: str})


@pytest.mark.parametrize("ask", [
    {},
    {"sources": ["harbour news", ""]},
    {"start": "2016-05-10", "end": "2016-08-03"},
    {"search": "CLINTON_"},  # no wildcard: "_" and "%" are plain characters
    {"search": "jane"},
    {"author": True, "sources": ["Sub/Site"], "start": "2016-06-01"},
])
def test_voices_are_what_pandas_computes_from_every_row(corpus, ask):
    expected = by_pandas(every_row(corpus), **ask).sort_values([S.STATEMENTS, S.SPEAKER], ascending=[False, True])
    page, total = corpus.voices(**ask, limit=100)
    assert total == len(expected) and len(expected) > 0
    pd.testing.assert_frame_equal(comparable(page), comparable(expected), check_exact=False, rtol=1e-12)


@pytest.mark.parametrize("sort", [S.SPEAKER, S.ARTICLES, S.MEAN_POLARITY, S.LAST_DATE, "skeptical"])
def test_voices_sort_and_page_in_the_database(corpus, sort):
    expected = by_pandas(every_row(corpus)).sort_values([sort, S.SPEAKER], ascending=[True, True], kind="stable")
    pages = [corpus.voices(sort=sort, descending=False, offset=offset, limit=2) for offset in (0, 2, 4)]
    assert all(total == len(expected) for _page, total in pages)
    got = pd.concat([page for page, _total in pages], ignore_index=True)
    assert got[S.SPEAKER].tolist() == expected[S.SPEAKER].tolist()[:6]


def test_markup_in_a_name_comes_back_verbatim_and_a_page_past_the_end_is_empty(corpus):
    page, total = corpus.voices(search="<b>")
    assert page[S.SPEAKER].tolist() == ["<b>Jane Doe</b>"] and total == 1
    beyond, total = corpus.voices(offset=1000)
    assert beyond.empty and total == len(by_pandas(every_row(corpus)))


def test_one_voice_across_articles_newest_first(corpus):
    rows = every_row(corpus)
    mine = rows[rows[S.SPEAKER] == "Tom Bell"].sort_values([S.DATE, S.ARTICLE_HASH, S.SENTENCE], ascending=[False, True, True])
    got = corpus.statements_of("Tom Bell", limit=500)
    assert got[S.TEXT].tolist() == mine[S.TEXT].tolist() and got[S.DATE].tolist() == mine[S.DATE].tolist()
    assert set(got[S.TITLE]) <= {f"Article {a}" for a in range(40)}
    dated = corpus.statements_of("Tom Bell", start="2016-06-01", limit=500)
    assert (dated[S.DATE] >= "2016-06-01").all() and len(dated) == int((mine[S.DATE] >= "2016-06-01").sum())


def test_sources_and_what_is_refused(corpus, tmp_path):
    import pyarrow.dataset as ds

    articles = ds.dataset(corpus.root / dataset.ARTICLES_DIR, format="parquet", partitioning="hive").to_table().to_pandas()
    expected = articles.groupby(S.SOURCE).agg(**{S.ARTICLES: (S.ARTICLE_HASH, "size"), S.FIRST_DATE: (S.DATE, "min"), S.LAST_DATE: (S.DATE, "max")})
    got = corpus.sources().set_index(S.SOURCE)
    assert got[S.ARTICLES].sum() == 40 and set(got.index) == set(SOURCES)
    pd.testing.assert_frame_equal(comparable_sources(got), comparable_sources(expected))
    with pytest.raises(CorpusError, match="cannot sort voices by"):
        corpus.voices(sort="polarity; drop table x")
    with pytest.raises(CorpusError, match="not a Viewpoints dataset"):
        Corpus(tmp_path)
    empty = Corpus(dataset.open_for_writing(tmp_path / "empty"))
    page, total = empty.voices()
    assert page.empty and total == 0 and list(page.columns) == list(VOICE_COLUMNS)
