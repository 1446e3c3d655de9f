"""The Articles page's corpus table with many stored articles: paged, searched and sorted by the store;
articles this engine has not read show blank counts and are read on request."""

from __future__ import annotations

import pytest

from viewpoints.fingerprint import engine_fingerprint
from viewpoints.corpus.ingest import from_text
from viewpoints.corpus.store import Store

from .conftest import open_app


def story(i: int) -> str:
    return f"# Ferry {i:02d} sails\n\nThe council said ferry {i:02d} would sail on Monday, Ana Ruiz said.\n"


@pytest.fixture
def thirty(monkeypatch, tmp_path) -> Store:
    monkeypatch.setenv("VIEWPOINTS_STORE", str(tmp_path / "many.sqlite3"))  # the app's store for this test
    store = Store(tmp_path / "many.sqlite3")
    for i in range(30):
        store.add(from_text(story(i), source="paste"))
    return store


def table(at):
    return at.dataframe[0].value


def test_the_first_page_holds_the_seed_and_the_25_newest(thirty):
    at = open_app("articles")
    rows = table(at)
    assert len(rows) == 1 + 25 and rows["title"].iloc[0] == "Ukraine security guarantees"
    assert list(rows["title"].iloc[1:4]) == ["Ferry 29 sails", "Ferry 28 sails", "Ferry 27 sails"]
    assert any("31 articles" in c.value for c in at.caption)
    unread = {h[:12] for h in thirty.unread(engine_fingerprint())}
    assert len(unread) >= 29  # (the sidebar's "group from another article" reads the one article it offers)
    blank = set(rows.loc[rows["statements"].isna(), "id"])
    assert blank == unread & set(rows["id"])  # not read by this engine yet: blank, not zero
    assert at.number_input(key="articles_page_number").max == 2


def test_the_next_page_and_a_search_and_a_sort(thirty):
    at = open_app("articles")
    at.number_input(key="articles_page_number").set_value(2).run()
    assert list(table(at)["title"]) == [f"Ferry {i:02d} sails" for i in range(4, -1, -1)]  # seeds only on page 1
    at.text_input(key="articles_search").input("ferry 07").run()
    assert list(table(at)["title"]) == ["Ferry 07 sails"]  # a search starts again from page 1
    at.text_input(key="articles_search").input("").run()
    at.selectbox(key="articles_sort").set_value("title").run()
    at.selectbox(key="articles_order").set_value("ascending").run()
    assert list(table(at)["title"].iloc[1:3]) == ["Ferry 00 sails", "Ferry 01 sails"]


def test_reading_the_unread_articles_of_a_page_fills_their_counts(thirty):
    at = open_app("articles")
    [button] = [b for b in at.button if b.key == "articles_read"]
    assert button.label in ("Read 25 now", "Read 24 now")
    button.click().run()
    assert not at.exception
    rows = table(at)
    assert rows["statements"].iloc[1:].notna().all() and (rows["statements"].iloc[1:] > 0).all()
    assert rows["voices"].iloc[1:].str.len().gt(0).all()  # each with the voices it has
    assert len(thirty.unread(engine_fingerprint())) == 5  # the other page's five are still unread


def test_a_corrected_article_lists_its_corrected_counts(monkeypatch, tmp_path):
    from viewpoints import corrections as C
    from viewpoints.corpus import kept
    from viewpoints import schema as S

    monkeypatch.setenv("VIEWPOINTS_STORE", str(tmp_path / "fixed.sqlite3"))
    store = Store(tmp_path / "fixed.sqlite3")
    text = "# Harbour wall\n\nThe harbour wall must be finished before winter, the mayor said. Critics doubt the wall will ever be built.\n"
    article_id = store.add(from_text(text, source="paste"))
    frame = kept.statements(store, text, article_id=article_id)
    first = frame.iloc[0]
    flipped = "skeptical" if first[S.STANCE] != "skeptical" else "supportive"
    store.correct(C.stance(C.article_key(text), C.keys(frame)[0], flipped))
    rows = table(open_app("articles"))
    row = rows[rows["id"] == article_id].iloc[0]
    assert row["corrected"] == 1
    engine = frame[S.STANCE].value_counts()
    assert row[flipped] == engine.get(flipped, 0) + 1 and row[first[S.STANCE]] == engine.get(first[S.STANCE], 0) - 1
    seed = rows[rows["id"] == "ukraine-security-guarantees"].iloc[0]
    assert seed["corrected"] == 0
