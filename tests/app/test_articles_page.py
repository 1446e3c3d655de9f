"""The Articles page: pasted text becomes a stored article with a link; bad input says why, loses nothing."""

from __future__ import annotations

from .conftest import open_app, param, switch_to

TEXT = (
    "Harbour plans\n"
    "The mayor said the new harbour wall must be finished before winter.\n"
    "Critics\n"
    "Fishermen doubt the wall will ever be built, said Ana Ruiz, a skipper from the old port.\n"
)


def paste(text: str):
    at = open_app("articles")
    at.text_area[0].input(text)
    at.button[0].click().run()
    return at


def test_pasted_text_is_stored_opened_and_linked():
    at = paste(TEXT)
    assert not at.exception
    article = param(at, "article")[0]
    assert len(article) >= 12 and all(c in "0123456789abcdef" for c in article)
    assert at.title[0].value == "Harbour plans"
    # a fresh session (a colleague opening the link) sees the same article
    other = open_app(article=article, by="speaker")
    assert other.title[0].value == "Harbour plans"
    assert "Ana Ruiz" in other.multiselect[0].options


def test_the_same_text_twice_is_one_article():
    first = param(paste(TEXT), "article")[0]
    second = param(paste(TEXT), "article")[0]
    assert first == second


def test_empty_text_is_refused_with_a_message_and_kept():
    at = paste("   \n  ")
    assert not at.exception
    assert any("empty" in e.value for e in at.error)
    assert at.text_area[0].value == "   \n  "
    assert [t.value for t in at.title] == ["Articles"]


def test_markup_in_pasted_text_stays_text():
    at = paste("Alerts\n<script>alert(1)</script> **stars** and :red[x] were in the note, said Bo Chan.\n")
    assert not at.exception
    article = param(at, "article")[0]
    at = open_app("data", article=article)
    texts = " ".join(at.dataframe[0].value["text"])
    assert "<script>alert(1)</script> **stars** and :red[x]" in texts


def test_unknown_article_link_says_so_and_offers_the_default():
    at = open_app(article="0123456789ab")
    assert any("No article called" in w.value for w in at.warning)
    assert at.title[0].value == "Ukraine security guarantees"


def test_corpus_lists_the_seed_with_summaries():
    at = open_app("articles")
    corpus = at.dataframe[0].value
    seed = corpus[corpus["id"] == "ukraine-security-guarantees"].iloc[0]
    assert seed["statements"] == 22
    assert "Marcin Kaczmarski" in seed["voices"]
    assert seed["supportive"] + seed["skeptical"] + seed["neutral"] == 22


def test_switch_helper_knows_the_articles_page():
    at = open_app()
    switch_to(at, "articles").run()
    assert [t.value for t in at.title][0] == "Articles"


def test_a_group_from_another_article_sits_beside_this_ones():
    other = param(paste(TEXT), "article")[0]
    at = open_app(by="speaker", group=["Dmytro", f"{other}::Ana Ruiz"])
    assert not at.warning, [w.value for w in at.warning]
    assert [m.value[5:] for m in at.markdown if m.value.startswith("#### ")] == ["Dmytro", "Ana Ruiz"]
    assert any("from the article “Harbour plans”" in c.value for c in at.caption)
    assert param(at, "group") == ["Dmytro", f"{other}::Ana Ruiz"]


def test_a_group_from_an_unknown_article_is_left_out_with_a_notice():
    at = open_app(by="speaker", group=["Dmytro", "ffffffffffff::Ana Ruiz"])
    assert any("No article called “ffffffffffff”" in w.value for w in at.warning)
    assert len([m for m in at.markdown if m.value.startswith("#### ")]) == 2


def test_adding_a_group_from_another_article_in_the_sidebar():
    other = param(paste(TEXT), "article")[0]
    at = open_app(by="speaker", group=["Dmytro", "Marcin Kaczmarski"])
    at.selectbox(key="w_other_article").set_value(other).run()
    at.selectbox(key="w_other_group").set_value("Ana Ruiz").run()
    at.button(key="w_other_add").click().run()
    assert not at.exception
    assert param(at, "group") == ["Dmytro", "Marcin Kaczmarski", f"{other}::Ana Ruiz"]
