"""The Voices page from a link in Chromium over a Parquet dataset served read-only (VIEWPOINTS_CORPUS),
written by the dataset code a ``--dask`` run uses: one voice across its articles, and three side by side
across articles; the articles are named, not linked (the dataset keeps no texts), and no store is made."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from ..dataset_fixture import write_dataset
from .conftest import start_server, stop_server, wait_for_app
from .test_deep_links import current_query

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def dataset_server(tmp_path_factory):
    where = tmp_path_factory.mktemp("voices-dataset")
    proc, url = start_server(where / "never.sqlite3", corpus=write_dataset(where / "corpus"))
    yield url, where / "never.sqlite3"
    stop_server(proc)


def _open(page, url: str, query: list[tuple[str, str]], charts: int):
    page.goto(f"{url}/voices?" + urlencode(query))
    wait_for_app(page, charts=charts)
    assert page.locator('[data-testid="stException"]').count() == 0
    return page.locator('[data-testid="stMain"]')


def test_one_voice_across_the_datasets_articles(page, dataset_server):
    url, store = dataset_server
    main = _open(page, url, [("voice", "Ana Ruiz")], charts=2)
    assert main.locator("h2").filter(has_text="Ana Ruiz").count() == 1
    text = main.inner_text()
    assert "3 articles · 3 statements" in text and "article date: the published date (all 3 articles)" in text
    listed = text[text.index("Statements, newest article first"):]
    assert listed.index("Quay opens") < listed.index("Harbour costs") < listed.index("Harbour wall")  # newest first
    assert main.locator("a", has_text="Harbour costs").count() == 0  # named, not linked: no text to open
    assert "read-only dataset" in text
    assert current_query(page)["voice"] == ["Ana Ruiz"]
    assert not store.exists()


def test_three_voices_side_by_side_across_the_datasets_articles(page, dataset_server):
    url, _store = dataset_server
    chosen = ["Ana Ruiz", "Tom Weller", "Bo Chan"]
    main = _open(page, url, [("voice", v) for v in chosen] + [("source", "gazette")], charts=1 + 2 * 3)
    assert [h.strip() for h in main.locator("h4").all_inner_texts()] == chosen
    text = main.inner_text()
    assert "Ana Ruiz 2 of 2; Tom Weller 1 of 1; Bo Chan 1 of 1" in text  # the Gazette's two articles only
    assert "in “Harbour costs” (2026-05-10)" in text and "Harbour wall" not in text
    query = current_query(page)
    assert query["voice"] == chosen and query["source"] == ["gazette"]
