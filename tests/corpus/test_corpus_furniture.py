"""Corpus furniture: paragraphs a site repeats verbatim under its stored articles, found in the store
layer and handed to the engine as an argument. A tiny synthetic store; every sentence written here.
"""

from __future__ import annotations

import pytest

import viewpoints
from viewpoints import schema as S
from viewpoints.corpus.ingest import Article
from viewpoints.corpus.corpus_furniture import furniture_of, repeated_paragraphs, site_of
from viewpoints.corpus.store import Store
from viewpoints.text.structure import layout, paragraph_key

NOTE = "Editor's note: the candidate is a serial braggart and a tax dodger who has promised to close the harbour."
STORIES = [
    "The ferry will leave an hour earlier from March, the operator said on Tuesday.",
    "Residents said the new quay lights keep them awake at night.",
    "The council said the bridge tolls will not rise this year.",
    "Fishermen said the catch was the best in a decade.",
]


def story(i: int, *, note: bool = True) -> str:
    return f"# Harbour news {i}\n\n{STORIES[i]} Crews worked through the night.\n\n" + (f"{NOTE}\n" if note else "")


def article(i: int, source: str = "url:https://www.harbour.example/news/{i}", **kw) -> Article:
    return Article(story(i, **kw), title=f"Harbour news {i}", source=source.format(i=i), format="markdown")


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "articles.sqlite3")


def test_a_paragraph_in_three_articles_of_a_site_is_its_furniture(store):
    for i in range(3):
        store.add(article(i))
    assert store.repeated_paragraphs() == {"harbour.example": frozenset({paragraph_key(NOTE)})}


def test_two_articles_are_not_enough(store):
    for i in range(2):
        store.add(article(i))
    assert store.repeated_paragraphs()["harbour.example"] == frozenset()


def test_other_sites_do_not_count_toward_a_sites_furniture(store):
    store.add(article(0))
    store.add(article(1))
    store.add(article(2, source="url:https://gazette.example/{i}"))
    found = store.repeated_paragraphs()
    assert found["harbour.example"] == frozenset() and found["gazette.example"] == frozenset()


def test_pasted_and_uploaded_articles_form_one_group(store):
    store.add(article(0, source="paste"))
    store.add(article(1, source="upload:harbour-{i}.md"))
    store.add(article(2, source="paste"))
    assert store.repeated_paragraphs() == {"": frozenset({paragraph_key(NOTE)})}


@pytest.mark.parametrize("source, site", [("url:https://www.Harbour.example/a?b=1", "harbour.example"), ("url:http://news.harbour.example", "news.harbour.example"), ("paste", ""), ("upload:a.html", "")])
def test_site_of(source, site):
    assert site_of(source) == site


def test_short_stock_lines_are_never_corpus_furniture():
    texts = [f"{STORIES[i]}\n\nNo comment.\n" for i in range(3)]
    assert repeated_paragraphs(texts) == frozenset()


def test_another_version_of_a_stored_article_keeps_its_paragraphs():
    version = "\n\n".join(STORIES[:3]) + "\n"
    repeated = repeated_paragraphs([version, version + "\nCorrection: an earlier version misnamed the ferry.\n", version + "\nUpdated with the council's answer, which came on Wednesday.\n"])
    assert len(repeated) == 3  # all three story paragraphs repeat...
    assert furniture_of(version, repeated) == frozenset()  # ...because these are versions of one story


def test_the_engine_drops_the_given_furniture_and_lists_it():
    text = story(3)
    plain = viewpoints.analyze(text)
    frame = viewpoints.analyze(text, furniture={paragraph_key(NOTE)})
    assert any("braggart" in t for t in plain[S.TEXT])
    assert not any("braggart" in t for t in frame[S.TEXT])
    assert [t for _s, _e, t in frame.attrs["boilerplate"]] == [NOTE]
    start, end, _t = frame.attrs["boilerplate"][0]
    assert text[start:end] == NOTE
    assert list(frame[S.PARAGRAPH]) == sorted(frame[S.PARAGRAPH]) and frame[S.PARAGRAPH].max() == len(set(frame[S.PARAGRAPH])) - 1


def test_without_furniture_the_layout_is_unchanged():
    text = story(3)
    assert layout(text) == layout(text, furniture=()) == layout(text, furniture={"A paragraph this article does not have."})


def test_the_app_edge_hands_a_sites_furniture_to_the_engine(tmp_path, monkeypatch):
    from views import corpus

    monkeypatch.setenv("VIEWPOINTS_STORE", str(tmp_path / "edge.sqlite3"))  # the app's store for this address
    ids = [corpus.store().add(article(i)) for i in range(3)]
    lone = corpus.store().add(article(3, source="url:https://gazette.example/{i}"))
    frame = corpus.statements(ids[0])
    assert not any("braggart" in t for t in frame[S.TEXT])
    assert [t for _s, _e, t in frame.attrs["boilerplate"]] == [NOTE]
    assert any("braggart" in t for t in corpus.statements(lone)[S.TEXT])  # one article of its site: kept
