"""Readers' corrections in the store (``store_corrections``): appended per article, taken back by an
undo record, kept across restarts. Each test runs on a SQLite file and on PostgreSQL (``conftest.py``)."""

from __future__ import annotations

import pytest

from tests.voices_corpus import QUAY, WALL
from viewpoints import corrections as C
from viewpoints.corpus.store import Store


def test_corrections_are_kept_per_article_and_survive_a_restart(database_url):
    path = database_url
    first = Store(path)
    quay = C.article_key(QUAY)
    made = first.correct(C.speaker(quay, "0-10-abc", "**Ana** <b>Ruiz</b>"))
    first.correct(C.merge(quay, "harbour master", "author"))
    first.correct(C.stance("f" * 64, "3-9-def", "skeptical"))  # another article's, e.g. a seed's
    assert made.id is not None
    again = Store(path)  # a new server process on the same file
    kept = again.corrections(quay)
    assert [(c.kind, c.subject, c.value) for c in kept] == [("speaker", "0-10-abc", "**Ana** <b>Ruiz</b>"), ("merge", "harbour master", "author")]
    assert kept[0] == made
    assert len(again.corrections()) == 3


def test_an_undo_is_a_record_and_holds_across_a_restart(database_url):
    path = database_url
    quay = C.article_key(QUAY)
    made = Store(path).correct(C.stance(quay, "0-10-abc", "supportive"))
    Store(path).undo(made.id)
    kept = Store(path).corrections(quay)
    assert [c.kind for c in kept] == ["stance", "undo"]
    assert C.live(kept) == []
    with pytest.raises(C.CorrectionError, match="already been undone"):
        Store(path).undo(made.id)
    with pytest.raises(C.CorrectionError, match="no correction"):
        Store(path).undo(999)
    with pytest.raises(C.CorrectionError):
        Store(path).correct(C.undo(made))


def test_the_articles_with_corrections_are_found_among_others(database_url):
    store = Store(database_url)
    quay, wall = C.article_key(QUAY), C.article_key(WALL)
    assert store.corrected_among([quay, wall]) == set() and store.corrected_among([]) == set()
    made = store.correct(C.stance(quay, "0-10-abc", "supportive"))
    assert store.corrected_among([quay, wall, "f" * 64]) == {quay}
    store.undo(made.id)  # still records (which cancel): a page applies them and shows the reading as kept
    assert store.corrected_among([wall, quay]) == {quay}
