"""The Voices page: the corpus's voices listed from the store, one voice across its articles, two to four
side by side, the part of the corpus by source and date, every choice in the link, markup shown as
typed, and an empty or unreachable store said in words."""

from __future__ import annotations

import re

import pytest

from viewpoints import corrections as C
from viewpoints.corpus import kept
from viewpoints import schema as S
from viewpoints.corpus.ingest import Article
from viewpoints.corpus.store import Store, content_hash

from ..voices_corpus import COSTS, MARKUP, QUAY, WALL
from .conftest import notices, open_link, params


@pytest.fixture
def corpus(monkeypatch, tmp_path) -> dict[str, str]:
    monkeypatch.setenv("VIEWPOINTS_STORE", str(tmp_path / "voices.sqlite3"))  # the app's store for this test
    store = Store(tmp_path / "voices.sqlite3")
    ids = {}
    for name, text, source, published in (("wall", WALL, "Harbour Post", "2026-03-01"), ("costs", COSTS, "Port Gazette", "2026-05-10"), ("quay", QUAY, "paste", "")):
        ids[name] = store.add(Article(text, title=name.title(), source=source, published=published))
        kept.statements(store, text, article_id=ids[name])
    return ids


def table(at):
    return at.dataframe[0].value


def texts(at) -> str:
    return "\n".join(e.value for e in [*at.markdown, *at.caption, *at.header, *at.title])


def unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def test_every_voice_is_one_row_across_articles(corpus):
    at = open_link("voices")
    rows = table(at).set_index("voice")
    assert S.AUTHOR not in rows.index
    assert rows.loc["Ana Ruiz", "articles"] == 3 and rows.loc["Tom Weller", "articles"] == 2
    assert rows.index[0] == "Ana Ruiz"  # most statements first
    assert any("voices;" in c.value for c in at.caption)
    at.text_input(key="voices_search").input("weller").run()
    assert list(table(at)["voice"]) == ["Tom Weller"]
    assert not params(at, "voice")


def test_a_link_with_one_voice_shows_it_across_its_articles_newest_first(corpus):
    at = open_link("voices", voice="Ana Ruiz")
    assert not at.exception and params(at, "voice") == ["Ana Ruiz"]
    assert at.multiselect(key="voices_voice").value == ["Ana Ruiz"]
    shown = texts(at)
    assert "3 articles · 3 statements" in shown
    titles = [m.value for m in at.markdown if m.value.startswith("**[")]
    assert [re.search(r"\[(\w+)\]", t).group(1) for t in titles] == ["Quay", "Costs", "Wall"]  # added today, then by published date
    assert all(f"?article={corpus[n]}" in "".join(titles) for n in ("wall", "costs", "quay"))
    charts = [c for c in at.get("plotly_chart")]
    assert len(charts) >= 2 and "published date" in shown  # the chart says which date it uses


def test_three_voices_side_by_side_with_the_compare_panels(corpus):
    at = open_link("voices", voice=["Ana Ruiz", "Tom Weller", "mayor"])
    assert params(at, "voice") == ["Ana Ruiz", "Tom Weller", "mayor"]
    headings = [unescaped(m.value) for m in at.markdown if m.value.startswith("#### ")]
    assert headings == ["#### Ana Ruiz", "#### Tom Weller", "#### mayor"]
    assert sum("Distinguishing words" in m.value for m in at.markdown) == 3
    assert any("in “Costs” (2026-05-10)" in unescaped(c.value) for c in at.caption)  # each statement names its article


def test_a_part_of_the_corpus_is_in_the_link_and_narrows_everything(corpus):
    at = open_link("voices", voice="Ana Ruiz", source="gazette", **{"from": "2026-01-01", "to": "2026-11-30"})
    assert params(at, "source") == ["gazette"] and params(at, "from") == ["2026-01-01"] and params(at, "to") == ["2026-11-30"]
    assert table(at).set_index("voice").loc["Ana Ruiz", "articles"] == 1
    assert "1 articles · 1 statements" in texts(at)
    at.text_input(key="voices_source").input("").run()
    assert "source" not in at.query_params and table(at).set_index("voice").loc["Ana Ruiz", "articles"] == 2  # Wall and Costs: Quay was added after the range


def test_a_link_asking_for_what_is_not_there_says_so(corpus):
    at = open_link("voices", voice=["Nobody Here", "Ana Ruiz"], **{"from": "March"})
    assert params(at, "voice") == ["Ana Ruiz"] and "from" not in at.query_params
    said = notices(at)
    assert any("No voice called “Nobody Here”" in n for n in said) and any("“from=March” is not a date" in n for n in said)


def test_a_name_with_markup_shows_verbatim(corpus, tmp_path):
    store = Store(tmp_path / "voices.sqlite3")
    frame = kept.statements(store, QUAY, article_id=corpus["quay"])
    key = C.keys(frame)[int(frame.index[frame[S.SPEAKER] == "Ana Ruiz"][0])]
    store.correct(C.speaker(content_hash(QUAY), key, MARKUP))
    at = open_link("voices", voice=MARKUP)
    assert MARKUP in list(table(at)["voice"]) and at.multiselect(key="voices_voice").value == [MARKUP]
    assert [h.value for h in at.header if unescaped(h.value) == MARKUP]  # escaped Markdown that reads as typed
    assert all("<b>" not in h.value or "\\<b\\>" in h.value for h in at.header)
    at = open_link("voices", voice=[MARKUP, "Ana Ruiz"])
    assert [m.value for m in at.markdown if m.value.startswith("#### ") and unescaped(m.value) == f"#### {MARKUP}"]


def test_an_empty_corpus_says_what_to_do(monkeypatch, tmp_path):
    monkeypatch.setenv("VIEWPOINTS_STORE", str(tmp_path / "empty.sqlite3"))
    at = open_link("voices", voice="Ana Ruiz")
    assert not at.exception and any("No voices yet" in i.value for i in at.info)


def test_an_unreachable_store_is_a_message(monkeypatch):
    monkeypatch.setenv("VIEWPOINTS_DATABASE_URL", "postgresql://nobody:secret@127.0.0.1:9/viewpoints")
    at = open_link("voices", voice="Ana Ruiz")
    assert not at.exception and any("cannot be reached" in i.value for i in at.info)
    assert params(at, "voice") == ["Ana Ruiz"]  # the link keeps its voice for when the store is back
    assert all("secret" not in e.value for e in [*at.info, *at.error])


def test_choosing_voices_writes_them_into_the_link(corpus):
    at = open_link("voices")
    at.multiselect(key="voices_voice").set_value(["Tom Weller"]).run()
    assert params(at, "voice") == ["Tom Weller"] and any(h.value == "Tom Weller" for h in at.header)
    at.multiselect(key="voices_voice").set_value(["Tom Weller", "Ana Ruiz"]).run()
    assert params(at, "voice") == ["Tom Weller", "Ana Ruiz"]
    assert [m.value for m in at.markdown if m.value.startswith("#### ")] == ["#### Tom Weller", "#### Ana Ruiz"]
    at.text_input(key="voices_search").input("mayor").run()  # another page of the table keeps the voices chosen
    assert at.multiselect(key="voices_voice").value == ["Tom Weller", "Ana Ruiz"] and params(at, "voice") == ["Tom Weller", "Ana Ruiz"]


def test_two_spellings_of_one_name_are_one_row_and_an_old_spelling_still_opens_it(corpus, tmp_path):
    from ..voices_corpus import DREDGING, GATES

    store = Store(tmp_path / "voices.sqlite3")
    for text, title in ((GATES, "Gates"), (DREDGING, "Dredging")):
        kept.statements(store, text, article_id=store.add(Article(text, title=title, source="paste", published="2026-07-01")))
    at = open_link("voices")
    rows = table(at).set_index("voice")
    assert "Tom J. Weller" not in rows.index and rows.loc["Tom Weller", "articles"] == 4
    assert rows.loc["Tom Weller", "also"] == "Tom J. Weller" and rows.loc["Ana Ruiz", "also"] == ""
    assert {"Rosa H. Bain", "Rosa K. Bain", "Rosa Bain"} <= set(rows.index)  # initials that differ: two people, and the bare name joins neither
    at.text_input(key="voices_search").input("j. weller").run()
    assert list(table(at)["voice"]) == ["Tom Weller"]
    at = open_link("voices", voice="Tom J. Weller")  # a link written with the other spelling
    assert not at.exception and params(at, "voice") == ["Tom Weller"] and not notices(at)
    shown = unescaped(texts(at))
    assert "Also written: “Tom J. Weller”" in shown and "4 articles · 4 statements" in shown
    titles = [m.value for m in at.markdown if m.value.startswith("**[")]
    assert sorted(re.search(r"\[(\w+)\]", t).group(1) for t in titles) == ["Costs", "Dredging", "Gates", "Wall"]  # every spelling's articles
