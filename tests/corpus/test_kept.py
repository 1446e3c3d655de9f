"""Analyses kept in the store: read once per engine, target and furniture (listings: test_store_readings.py).
Runs on SQLite and PostgreSQL (tests/conftest.py)."""

from __future__ import annotations

import pandas as pd
import pytest

import viewpoints
from tests.voices_corpus import WALL as HARBOUR
from viewpoints.corpus import kept
from viewpoints import schema as S
from viewpoints.corpus.ingest import from_text
from viewpoints.corpus.store import Store, content_hash


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


def test_an_articles_furniture_by_the_index_matches_the_whole_corpus_count(store):
    note = "Sign up for the harbour newsletter to get every story first thing."
    ids = [store.add(from_text(f"# Ferry {i}\n\nThe council said ferry {i} would sail on time.\n\n{note}\n", source=f"url:https://harbour.example/{i}")) for i in range(3)]
    text = store.get(ids[0]).text
    assert store.repeated_in(content_hash(text)) == store.repeated_paragraphs()["harbour.example"]
    assert kept.site_furniture(store, text) == tuple(sorted(store.repeated_paragraphs()["harbour.example"]))
