"""The Voices page's questions of a dataset, in DuckDB over its Parquet files (``Corpus.timeline``,
``voice_articles``, ``statements_in``, ``has_voice``, and the source-contains and issue filters), checked
against pandas computing the same from every row. The dataset is written by ``viewpoints.corpus.dataset``'s own
staging and commit, as ``--dask`` writes it."""

from __future__ import annotations

import hashlib
import json
import random

import pandas as pd
import pytest

from viewpoints.corpus import dataset
from viewpoints import schema as S
from viewpoints.corpus.dataset_query import TIMELINE_COLUMNS, Corpus

from test_dataset_query import by_pandas, comparable, every_row, statement  # tests/corpus is on the path: no package

SPEAKERS = ["Ana Ruiz", "Tom Bell", "<b>Jane Doe</b>", "the council", S.AUTHOR]
SOURCES = ["harbour news", "news.example", "Port Gazette"]
ISSUES = ["harbour wall", "ferry fares", "the new quay"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """30 articles from three sources and three issues over six months, some dated by the day they were read."""
    root = dataset.open_for_writing(tmp_path_factory.mktemp("data") / "corpus")
    pick = random.Random(1616)
    hashes = []
    for a in range(30):
        full = hashlib.sha256(f"voices {a}".encode()).hexdigest()
        day = f"2026-{pick.randint(1, 6):02d}-{pick.randint(1, 28):02d}"
        rows = [statement(full[:12], n, pick.choice(SPEAKERS), pick.choice(S.STANCES), round(pick.uniform(-1, 1), 3)) for n in range(pick.randint(1, 8))]
        frame = S.from_records(rows)
        frame.attrs = {"target": ISSUES[(a // 2) % 3]}
        dataset.stage(root, frame, {S.ARTICLE_HASH: full, S.ARTICLE_ID: full[:12], S.TITLE: f"Article {a}", S.DATE: day,
                                    S.DATE_FROM: "published" if a % 4 else "added", "where": f"rows:{a}", "target": "", S.STATEMENTS: len(frame),
                                    "engine": "test", "furniture": "", "attrs": json.dumps(frame.attrs), S.SOURCE: SOURCES[a % 3 if a % 5 else 0], S.MONTH: day[:7]})
        hashes.append(full)
    dataset.commit(root, hashes)
    return Corpus(root)


def articles_of(corpus: Corpus) -> pd.DataFrame:
    import pyarrow.dataset as ds

    frame = ds.dataset(corpus.root / dataset.ARTICLES_DIR, format="parquet", partitioning="hive").to_table().to_pandas()
    frame["issue"] = [json.loads(a)["target"] for a in frame["attrs"]]
    return frame


def rows_in(corpus: Corpus, *, source_like: str = "", issue: str = "", start: str = "", end: str = "") -> pd.DataFrame:
    rows = every_row(corpus).merge(articles_of(corpus)[[S.ARTICLE_HASH, S.TITLE, S.DATE_FROM, "issue", S.ARTICLE_ID]], on=S.ARTICLE_HASH, suffixes=("", "_a"))
    keep = rows[S.SOURCE].str.lower().str.contains(source_like.lower(), regex=False) & rows["issue"].str.lower().str.contains(issue.lower(), regex=False)
    if start:
        keep &= rows[S.DATE] >= start
    if end:
        keep &= rows[S.DATE] <= end
    return rows[keep]


PARTS = [{}, {"source_like": "NEWS"}, {"issue": "Harbour"}, {"issue": "quay", "start": "2026-02-01", "end": "2026-05-31"}, {"source_like": "gazette", "issue": "fares"}]


@pytest.mark.parametrize("part", PARTS)
def test_voices_of_a_part_by_source_text_and_issue(corpus, part):
    expected = by_pandas(rows_in(corpus, **part)).sort_values([S.STATEMENTS, S.SPEAKER], ascending=[False, True])
    page, total = corpus.voices(**part, limit=100)
    assert total == len(expected) and len(expected) > 0
    pd.testing.assert_frame_equal(comparable(page), comparable(expected), check_exact=False, rtol=1e-12)
    if part:
        assert total < len(by_pandas(every_row(corpus))) or page[S.STATEMENTS].sum() < by_pandas(every_row(corpus))[S.STATEMENTS].sum()


def test_search_wants_every_word_in_any_order(corpus):
    page, total = corpus.voices(search="ruiz ANA")
    assert page[S.SPEAKER].tolist() == ["Ana Ruiz"] and total == 1
    assert corpus.voices(search="ruiz bell")[1] == 0


@pytest.mark.parametrize("part", [{}, {"issue": "wall"}, {"source_like": "example", "start": "2026-03-01"}])
def test_timeline_per_voice_and_date(corpus, part):
    voices = ["Ana Ruiz", "<b>Jane Doe</b>"]
    rows = rows_in(corpus, **part)
    rows = rows[rows[S.SPEAKER].isin(voices)]
    grouped = rows.groupby([S.SPEAKER, S.DATE])
    expected = pd.DataFrame({
        S.ARTICLES: grouped[S.ARTICLE_HASH].nunique(), S.STATEMENTS: grouped.size(),
        **{stance: grouped[S.STANCE].apply(lambda s, st=stance: int((s == st).sum())) for stance in S.STANCES},
        S.MEAN_POLARITY: grouped[S.POLARITY].mean(),
        "published": grouped.apply(lambda g: g.loc[g[S.DATE_FROM] == "published", S.ARTICLE_HASH].nunique(), include_groups=False),
    }).reset_index().sort_values([S.DATE, S.SPEAKER]).reset_index(drop=True)
    got = corpus.timeline(voices, **part)
    assert list(got.columns) == list(TIMELINE_COLUMNS) and len(got) == len(expected) > 0
    assert 0 < got["published"].sum() < got[S.ARTICLES].sum()  # some articles are dated by the day they were read
    for column in (S.SPEAKER, S.DATE):
        got[column], expected[column] = got[column].astype(str), expected[column].astype(str)
    pd.testing.assert_frame_equal(got, expected[list(TIMELINE_COLUMNS)], check_exact=False, rtol=1e-12, check_dtype=False)
    assert corpus.timeline([], **part).empty and corpus.timeline(["nobody"], **part).empty


def test_a_voices_articles_newest_first_paged_with_its_statements(corpus):
    rows = rows_in(corpus)
    mine = rows[rows[S.SPEAKER] == "Tom Bell"]
    newest = mine.drop_duplicates(S.ARTICLE_HASH).sort_values([S.DATE, S.ARTICLE_HASH], ascending=[False, True])
    first, total = corpus.voice_articles("Tom Bell", limit=4)
    second, total2 = corpus.voice_articles("Tom Bell", offset=4, limit=4)
    assert total == total2 == len(newest) > 8
    assert first[S.ARTICLE_HASH].tolist() + second[S.ARTICLE_HASH].tolist() == newest[S.ARTICLE_HASH].tolist()[:8]
    assert first[S.TITLE].tolist() == newest[S.TITLE].tolist()[:4] and first[S.DATE_FROM].tolist() == newest[S.DATE_FROM].tolist()[:4]
    assert first[S.STATEMENTS].tolist() == [int((mine[S.ARTICLE_HASH] == h).sum()) for h in first[S.ARTICLE_HASH]]
    beyond, total3 = corpus.voice_articles("Tom Bell", offset=1000)
    assert beyond.empty and total3 == total
    said = corpus.statements_in("Tom Bell", first[S.ARTICLE_HASH])
    expected = mine[mine[S.ARTICLE_HASH].isin(first[S.ARTICLE_HASH])].sort_values([S.ARTICLE_HASH, S.SENTENCE])
    assert said[S.TEXT].tolist() == expected[S.TEXT].tolist() and (said[S.SPEAKER] == "Tom Bell").all()
    assert list(said.columns) == [*S.COLUMNS, S.ARTICLE_HASH] and said.dtypes[S.POLARITY] == "float64"
    assert corpus.statements_in("Tom Bell", []).empty


def test_a_part_narrows_a_voices_articles(corpus):
    rows = rows_in(corpus, issue="ferry")
    expected = rows.loc[rows[S.SPEAKER] == "Ana Ruiz", S.ARTICLE_HASH].nunique()
    got, total = corpus.voice_articles("Ana Ruiz", issue="ferry", limit=100)
    assert total == len(got) == expected > 0
    assert set(got[S.ARTICLE_HASH]) <= set(articles_of(corpus).query("issue == 'ferry fares'")[S.ARTICLE_HASH])


def test_has_voice_matches_any_spelling_of_the_name(corpus, tmp_path):
    assert corpus.has_voice("<b>Jane Doe</b>") and corpus.has_voice("Ana Ruiz")
    assert corpus.has_voice("ana ruiz") and corpus.voice_named("Ms. Ana Ruiz’s") == "Ana Ruiz"
    assert not corpus.has_voice("Ana") and corpus.voice_named("Ana") is None
    assert not Corpus(dataset.open_for_writing(tmp_path / "empty")).has_voice("Ana Ruiz")


SPELT = [  # (article, speakers): Tom Bell spelt two ways; two Rosa Bains told apart by their initials
    ("a", ["Tom Bell", "Rosa H. Bain", "Bain"]), ("b", ["Tom J. Bell", "Rosa K. Bain"]), ("c", ["Tom Bell", "Rosa Bain", S.AUTHOR]),
]


@pytest.fixture(scope="module")
def spelt(tmp_path_factory):
    root = dataset.open_for_writing(tmp_path_factory.mktemp("data") / "spelt")
    hashes = []
    for k, (name, speakers) in enumerate(SPELT):
        full = hashlib.sha256(f"spelt {name}".encode()).hexdigest()
        day = f"2026-0{k + 1}-01"
        frame = S.from_records([statement(full[:12], n, speaker, "neutral", 0.1 * n) for n, speaker in enumerate(speakers)])
        frame.attrs = {"target": "harbour"}
        dataset.stage(root, frame, {S.ARTICLE_HASH: full, S.ARTICLE_ID: full[:12], S.TITLE: f"Article {name}", S.DATE: day, S.DATE_FROM: "published",
                                    "where": f"rows:{name}", "target": "", S.STATEMENTS: len(frame), "engine": "test", "furniture": "",
                                    "attrs": json.dumps(frame.attrs), S.SOURCE: "harbour news", S.MONTH: day[:7]})
        hashes.append(full)
    dataset.commit(root, hashes)
    return Corpus(root)


def test_the_spellings_of_one_name_are_one_voice(spelt):
    page, total = spelt.voices(limit=50)
    rows = {r[S.SPEAKER]: r for r in page.to_dict("records")}
    assert total == len(rows) == 5 and set(rows) == {"Tom Bell", "Rosa H. Bain", "Rosa K. Bain", "Rosa Bain", "Bain"}
    assert rows["Tom Bell"][S.ARTICLES] == 3 and json.loads(rows["Tom Bell"]["spellings"]) == ["Tom Bell", "Tom J. Bell"]
    assert spelt.voices(search="j. bell")[0][S.SPEAKER].tolist() == ["Tom Bell"]
    assert spelt.voice_named("Tom J. Bell") == "Tom Bell" and spelt.voice_named("Rosa Q. Bain") is None
    got, count = spelt.voice_articles("Tom J. Bell", limit=10)
    assert count == 3 and got[S.TITLE].tolist() == ["Article c", "Article b", "Article a"]
    said = spelt.statements_in("Tom Bell", got[S.ARTICLE_HASH])
    assert sorted(said[S.SPEAKER]) == ["Tom Bell", "Tom Bell", "Tom J. Bell"]
    timeline = spelt.timeline(["Tom Bell", "Rosa Bain"])
    assert timeline.groupby(S.SPEAKER)[S.ARTICLES].sum().to_dict() == {"Tom Bell": 3, "Rosa Bain": 1}
    assert spelt.statements_of("Tom Bell")[S.SPEAKER].tolist() == ["Tom Bell", "Tom J. Bell", "Tom Bell"]
