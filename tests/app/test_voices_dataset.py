"""The dashboard serving a Parquet dataset read-only (``VIEWPOINTS_CORPUS=DIR``): the Voices page reads it
(one voice, three side by side, a part of it by source, dates and issue, all in the link), a folder that
is missing, a file, not a dataset, empty or damaged is said in one line, and nothing that would write is
offered (no store is created)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ..dataset_fixture import write_dataset
from .conftest import notices, open_app, open_link, params



@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return write_dataset(tmp_path_factory.mktemp("dataset") / "corpus")


@pytest.fixture
def served(folder, monkeypatch, tmp_path) -> Path:
    """The app serves the dataset; its store would be `tmp_path/store.sqlite3` were one opened."""
    monkeypatch.setenv("VIEWPOINTS_CORPUS", str(folder))
    monkeypatch.setenv("VIEWPOINTS_STORE", str(tmp_path / "store.sqlite3"))
    return tmp_path / "store.sqlite3"


def table(at):
    return at.dataframe[0].value.set_index("voice")


def texts(at) -> str:
    return re.sub(r"\\(.)", r"\1", "\n".join(e.value for e in [*at.markdown, *at.caption, *at.header, *at.title, *at.info]))


def test_the_voices_come_from_the_dataset(served):
    at = open_link("voices")
    rows = table(at)
    assert rows.loc["Ana Ruiz", "articles"] == 3 and rows.loc["Tom Weller", "articles"] == 2 and rows.index[0] == "Ana Ruiz"
    assert "author" not in rows.index
    assert "the articles of the dataset at" in texts(at) and "read-only dataset" in texts(at)
    at.text_input(key="voices_search").input("weller").run()
    assert list(table(at).index) == ["Tom Weller"]
    assert not served.exists()  # no store was opened, let alone created


def test_one_voice_from_a_link_newest_article_first(served):
    at = open_link("voices", voice="Ana Ruiz")
    assert params(at, "voice") == ["Ana Ruiz"]
    shown = texts(at)
    assert "3 articles · 3 statements" in shown
    titles = [m.value for m in at.markdown if re.fullmatch(r"\*\*[^*\[]+\*\*", m.value) and "over time" not in m.value]
    assert titles == ["**Quay opens**", "**Harbour costs**", "**Harbour wall**"]  # newest first, named without a link
    assert not any("?article=" in m.value for m in at.markdown)  # the dataset holds no texts to open
    assert len(at.get("plotly_chart")) == 2
    assert "2026-05-10 (published) · 1 statement · article" in shown


def test_three_voices_side_by_side_across_articles(served):
    at = open_link("voices", voice=["Ana Ruiz", "Tom Weller", "Bo Chan"])
    assert params(at, "voice") == ["Ana Ruiz", "Tom Weller", "Bo Chan"]
    headings = [re.sub(r"\\(.)", r"\1", m.value) for m in at.markdown if m.value.startswith("#### ")]
    assert headings == ["#### Ana Ruiz", "#### Tom Weller", "#### Bo Chan"]
    shown = texts(at)
    assert "Ana Ruiz 3 of 3; Tom Weller 2 of 2; Bo Chan 1 of 1" in shown
    assert "in “Harbour costs” (2026-05-10)" in shown and "in “Quay opens” (2026-06-02)" in shown


@pytest.mark.parametrize("ask, ruiz, gone", [
    ({"source": "GAZETTE"}, 2, "mayor"),
    ({"from": "2026-04-01", "to": "2026-05-31"}, 1, "Bo Chan"),
    ({"issue": "quay"}, 1, "Tom Weller"),
])
def test_a_part_of_the_dataset_is_in_the_link_and_narrows_the_table(served, ask, ruiz, gone):
    at = open_link("voices", voice="Ana Ruiz", **ask)
    assert all(params(at, key) == [value] for key, value in ask.items())
    rows = table(at)
    assert rows.loc["Ana Ruiz", "articles"] == ruiz and gone not in rows.index
    assert f"{ruiz} articles · {ruiz} statements" in texts(at)


def test_a_voice_the_dataset_does_not_have_is_left_out_with_a_notice(served):
    at = open_link("voices", voice=["Nobody Here", "Tom Weller"])
    assert params(at, "voice") == ["Tom Weller"] and any("No voice called “Nobody Here”" in n for n in notices(at))


def _damaged(folder: Path, tmp_path: Path) -> Path:
    import shutil

    copy = Path(shutil.copytree(folder, tmp_path / "damaged"))
    for part in (copy / "statements").glob("*/*/*.parquet"):
        part.write_bytes(b"not parquet at all")
    return copy


@pytest.mark.parametrize("make, said", [
    (lambda folder, tmp: tmp / "missing", "which does not exist"),
    (lambda folder, tmp: (tmp / "a-file.txt").write_text("x") and tmp / "a-file.txt", "which is a file, not a dataset folder"),
    (lambda folder, tmp: (tmp / "plain").mkdir() or tmp / "plain", "is not a Viewpoints dataset (no dataset.json"),
    (lambda folder, tmp: __import__("viewpoints.corpus.dataset").corpus.dataset.open_for_writing(tmp / "empty"), "No voices yet: the dataset at"),
    (_damaged, "The voices cannot be listed: the dataset at"),
])
def test_a_folder_that_is_not_a_usable_dataset_is_said_in_one_line(monkeypatch, tmp_path, folder, make, said):
    monkeypatch.setenv("VIEWPOINTS_CORPUS", str(make(folder, tmp_path)))
    monkeypatch.setenv("VIEWPOINTS_STORE", str(tmp_path / "store.sqlite3"))
    at = open_link("voices", voice="Ana Ruiz")  # open_link asserts no exception reached the page
    assert said in texts(at)
    assert not at.dataframe and not at.get("plotly_chart")


def _correction_controls(compare, data) -> tuple[int, bool]:
    return len(compare.get("popover")), any(h.value == "Corrections" for h in data.subheader)


def test_nothing_that_would_write_is_offered(served, monkeypatch):
    at = open_link("articles")
    assert "Articles cannot be brought in here" in texts(at) and "read-only dataset" in texts(at)
    assert not at.text_area and not at.get("file_uploader") and not at.tabs  # no paste, upload or address
    assert "Stored articles are not listed" not in "\n".join(w.value for w in at.warning)
    assert "ukraine-security-guarantees" in set(at.dataframe[0].value["id"])  # the seeds still open
    compare = open_app(article="ukraine-security-guarantees", by="speaker")
    assert not [e for e in compare.error if "unavailable" in e.value]  # no store is missed: none is used
    data = open_link("data", article="ukraine-security-guarantees")
    assert _correction_controls(compare, data) == (0, False)
    assert not served.exists()
    monkeypatch.delenv("VIEWPOINTS_CORPUS")  # the same pages over a store offer them
    popovers, section = _correction_controls(open_app(article="ukraine-security-guarantees", by="speaker"), open_link("data", article="ukraine-security-guarantees"))
    assert popovers > 0 and section
