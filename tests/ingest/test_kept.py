"""Analyses kept in the store: read once per engine, target and furniture; listings read summaries.
Runs on SQLite and PostgreSQL (tests/conftest.py)."""

from __future__ import annotations

import pandas as pd
import pytest

import viewpoints
from viewpoints import kept
from viewpoints import schema as S
from viewpoints.ingest import from_text
from viewpoints.store import Store, content_hash

HARBOUR = (
    "# Harbour wall\n\nThe mayor said the new harbour wall must be finished before winter. "
    "Fishermen doubt the wall will ever be built, said Ana Ruiz, a skipper from the old port. "
    "The council welcomed the plan, its spokesman Tom Weller said.\n"
)
FERRY = "# Ferry strike ends\n\nThe union said the ferries would sail again on Monday. Critics warned that the deal was fragile.\n"


@pytest.fixture
def store(database_url) -> Store:
    return Store(database_url)


def _forbid_reading(monkeypatch):
    def refuse(*_a, **_k):
        raise AssertionError("read again: the kept analysis was not used")

    monkeypatch.setattr(kept, "analyze", refuse)


def test_an_article_is_read_once_and_given_back_the_same(store, monkeypatch):
    article_id = store.add(from_text(HARBOUR, source="paste"))
    first = kept.statements(store, HARBOUR, article_id=article_id)
    pd.testing.assert_frame_equal(first, viewpoints.analyze(HARBOUR, article_id=article_id))
    _forbid_reading(monkeypatch)
    again = kept.statements(store, HARBOUR, article_id=article_id)
    pd.testing.assert_frame_equal(again, first)
    assert again.attrs == first.attrs and again.attrs["boilerplate"] == first.attrs["boilerplate"]


def test_another_engine_target_or_furniture_reads_again(store, monkeypatch):
    article_id = store.add(from_text(HARBOUR, source="paste"))
    kept.statements(store, HARBOUR, article_id=article_id)
    calls = []
    real = kept.analyze
    monkeypatch.setattr(kept, "analyze", lambda *a, **k: calls.append(k.get("target")) or real(*a, **k))
    kept.statements(store, HARBOUR, article_id=article_id, target="the harbour wall")
    kept.statements(store, HARBOUR, article_id=article_id, furniture=("the council welcomed the plan",))
    monkeypatch.setattr(kept, "engine_fingerprint", lambda: "0.1.0+another")
    kept.statements(store, HARBOUR, article_id=article_id)
    assert calls == ["the harbour wall", None, None]
    kept.statements(store, HARBOUR, article_id=article_id, target="the harbour wall")  # kept for that engine now
    assert len(calls) == 4


def test_a_longer_id_is_given_back_for_a_kept_text(store):
    article_id = store.add(from_text(HARBOUR, source="paste"))
    kept.statements(store, HARBOUR, article_id=article_id)
    longer = content_hash(HARBOUR)[:16]
    frame = kept.statements(store, HARBOUR, article_id=longer)
    assert set(frame[S.ARTICLE_ID]) == {longer} and frame.attrs["article_id"] == longer


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


def test_an_articles_furniture_by_the_index_matches_the_whole_corpus_count(store):
    note = "Sign up for the harbour newsletter to get every story first thing."
    ids = [store.add(from_text(f"# Ferry {i}\n\nThe council said ferry {i} would sail on time.\n\n{note}\n", source=f"url:https://harbour.example/{i}")) for i in range(3)]
    text = store.get(ids[0]).text
    assert store.repeated_in(content_hash(text)) == store.repeated_paragraphs()["harbour.example"]
    assert kept.site_furniture(store, text) == tuple(sorted(store.repeated_paragraphs()["harbour.example"]))
