"""The engine's readings in the store (``store_readings``): articles an engine has not read, and one page
of the articles with their summaries, searched and sorted in the database. Each test runs on a SQLite
file and on PostgreSQL (``conftest.py``); how readings are kept and read once is ``test_kept.py``."""

from __future__ import annotations

import pytest

from tests.voices_corpus import WALL as HARBOUR
from viewpoints.corpus import kept
from viewpoints.fingerprint import engine_fingerprint
from viewpoints.corpus.ingest import Article, from_text
from viewpoints.corpus.store import Store, content_hash

FERRY = "# Ferry strike ends\n\nThe union said the ferries would sail again on Monday. Critics warned that the deal was fragile.\n"


@pytest.fixture
def store(database_url) -> Store:
    return Store(database_url)


def test_listing_reads_summaries_and_pages_in_the_database(store):
    harbour = store.add(from_text(HARBOUR, source="paste"))
    ferry = store.add(from_text(FERRY, source="url:https://news.example/ferry"))
    engine = kept.engine_fingerprint()
    rows, total = store.page(engine)
    assert total == 2 and [r["id"] for r in rows] == [ferry, harbour]  # newest first
    assert all(r["statements"] is None for r in rows) and store.unread(engine) == [content_hash(HARBOUR), content_hash(FERRY)]
    frame = kept.statements(store, HARBOUR, article_id=harbour)
    [row] = [r for r in store.page(engine)[0] if r["id"] == harbour]
    assert row["statements"] == len(frame) and "Ana Ruiz" in row["voices"]
    assert row["supportive"] + row["skeptical"] + row["neutral"] == len(frame)
    assert store.unread(engine) == [content_hash(FERRY)]
    assert [r["id"] for r in store.page(engine, search="ruiz")[0]] == [harbour]  # a voice
    assert [r["id"] for r in store.page(engine, search="FERRIES monday")[0]] == [ferry]  # words of the text
    assert [r["id"] for r in store.page(engine, search="news.example")[0]] == [ferry]  # the source
    assert store.page(engine, search="ferr_es")[1] == 0  # LIKE's wildcards are plain characters ("ferries" is there)
    assert store.page(engine, search="sail%monday")[1] == 0
    assert [r["id"] for r in store.page(engine, sort="title", descending=False)[0]] == [ferry, harbour]
    assert [r["id"] for r in store.page(engine, sort="statements")[0]] == [harbour, ferry]  # unread last
    assert [r["id"] for r in store.page(engine, offset=1, limit=1)[0]] == [harbour]
    with pytest.raises(ValueError):
        store.page(engine, sort="text; DROP TABLE articles")


def test_search_folds_capitals_beyond_ascii(store):
    article_id = store.add(Article("# Wien\n\nÖsterreichs Kanzler sagte, die ÉCOLE bleibe offen.\n", source="paste"))
    for query in ("österreichs", "ÖSTERREICHS", "école"):
        assert [r["id"] for r in store.page(engine_fingerprint(), search=query)[0]] == [article_id], query
