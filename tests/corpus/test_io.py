"""Reading articles: UTF-8 text in, one clear ArticleError for anything else."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewpoints.corpus import io
from viewpoints.corpus.io import (
    ArticleError,
    check_text,
    decode,
    read_article,
    seed_catalog,
    title_from_id,
)


@pytest.mark.parametrize(
    "data, text",
    [
        ("The bridge closed.".encode("utf-8"), "The bridge closed."),
        ("\ufeffThe bridge closed.".encode("utf-8"), "The bridge closed."),  # byte-order mark dropped
        ("Zelensky’s “clear position” — ok".encode("utf-8"), "Zelensky’s “clear position” — ok"),
    ],
)
def test_decode_utf8(data, text):
    assert decode(data) == text


@pytest.mark.parametrize(
    "data, message",
    [
        (b"PK\x03\x04\x00\x00binary", "binary"),
        ("Caf\u00e9 closed.".encode("latin-1"), "not UTF-8"),
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
    ],
)
def test_decode_refuses_with_a_reason(data, message):
    with pytest.raises(ArticleError, match=message):
        decode(data)


def test_non_utf8_message_says_where_and_what_to_do():
    with pytest.raises(ArticleError) as error:
        decode("ok ok Caf\u00e9".encode("latin-1"))
    assert "byte 9" in str(error.value) and "save it as UTF-8" in str(error.value)


def test_too_large_is_refused(monkeypatch):
    monkeypatch.setattr(io, "MAX_BYTES", 100)
    with pytest.raises(ArticleError, match="limit"):
        decode(b"a" * 101)
    assert decode(b"a" * 100) == "a" * 100


def test_check_text():
    assert check_text(" x ") == " x "
    with pytest.raises(ArticleError):
        check_text("\n")


def test_read_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The bridge closed.", encoding="utf-8")
    assert read_article(path) == "The bridge closed."


@pytest.mark.parametrize("name", ["missing.txt", "."])
def test_read_article_turns_os_errors_into_article_errors(tmp_path, name):
    with pytest.raises(ArticleError) as error:
        read_article(tmp_path / name)
    assert str(error.value)  # a reason a person can read, not an empty message


def test_seed_catalog_lists_text_and_markdown_by_id(tmp_path):
    for name in ["b-story.md", "a-story.txt", "notes.json", "C.TXT"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    catalog = seed_catalog(tmp_path)
    assert list(catalog) == ["C", "a-story", "b-story"]
    assert catalog["a-story"] == tmp_path / "a-story.txt"


def test_seed_catalog_of_a_missing_folder_is_empty(tmp_path):
    assert seed_catalog(tmp_path / "nowhere") == {}


def test_the_repository_seed_is_in_the_catalog():
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    assert seed_catalog(seeds)["ukraine-security-guarantees"] == seeds / "ukraine-security-guarantees.txt"


@pytest.mark.parametrize(
    "article_id, title",
    [
        ("ukraine-security-guarantees", "Ukraine security guarantees"),
        ("bridge_repairs_2024", "Bridge repairs 2024"),
        ("x", "X"),
        ("", ""),
    ],
)
def test_title_from_id(article_id, title):
    assert title_from_id(article_id) == title
