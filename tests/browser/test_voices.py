"""The Voices page from a link in Chromium: one voice across its articles, and three side by side across
articles (one of them a name typed with markup, shown as typed). The articles go into a store of the
test's own through the Store API, as `viewpoints ingest` puts them there."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from viewpoints import corrections as C
from viewpoints.corpus import kept
from viewpoints import schema as S
from viewpoints.corpus.ingest import Article
from viewpoints.corpus.store import Store, content_hash

from ..voices_corpus import ARTICLES
from .conftest import start_server, stop_server, wait_for_app
from .test_accessibility import BLOCKING, _described, axe  # noqa: F401 - axe is a fixture
from .test_deep_links import current_query

pytestmark = pytest.mark.browser

MARKUP = "<b>Mo</b> *Smith* [x](javascript:window.__xss=1)"


@pytest.fixture(scope="module")
def voices_server(tmp_path_factory):
    path = tmp_path_factory.mktemp("voices") / "articles.sqlite3"
    store = Store(path)
    for title, source, published, text in ARTICLES:
        article_id = store.add(Article(text, title=title, source=source, published=published))
        frame = kept.statements(store, text, article_id=article_id)
        if title == "Quay opens":  # a reader gives Bo Chan's statement a name typed with markup
            key = C.keys(frame)[int(frame.index[frame[S.SPEAKER] == "Bo Chan"][0])]
            store.correct(C.speaker(content_hash(text), key, MARKUP))
    proc, url = start_server(path)
    yield url
    stop_server(proc)


def _open(page, url: str, voices: list[str], charts: int) -> None:
    page.goto(f"{url}/voices?" + urlencode([("voice", v) for v in voices]))
    wait_for_app(page, charts=charts)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_one_voice_across_its_articles(page, voices_server):
    _open(page, voices_server, ["Ana Ruiz"], charts=2)
    main = page.locator('[data-testid="stMain"]')
    assert main.locator("h2").filter(has_text="Ana Ruiz").count() == 1
    text = main.inner_text()
    assert "3 articles · 3 statements" in text and "article date: the published date (all 3 articles)" in text
    titles = [t.strip() for t in main.locator("p strong a").all_inner_texts()]
    assert titles == ["Quay opens", "Harbour costs", "Harbour wall"]  # newest first
    assert current_query(page)["voice"] == ["Ana Ruiz"]


def test_three_voices_side_by_side_across_articles(page, voices_server):
    chosen = ["Ana Ruiz", "Tom Weller", MARKUP]
    _open(page, voices_server, chosen, charts=1 + 2 * 3)  # the overview, then each voice's stance and sentiment
    main = page.locator('[data-testid="stMain"]')
    assert [h.strip() for h in main.locator("h4").all_inner_texts()] == chosen  # the markup name as typed
    assert main.locator("b", has_text="Mo").count() == 0 and main.locator("a", has_text="x").count() == 0
    assert page.evaluate("window.__xss") is None
    assert "in “Harbour costs” (2026-05-10)" in main.inner_text()
    assert current_query(page)["voice"] == chosen


@pytest.mark.parametrize("chosen", [["Ana Ruiz"], ["Ana Ruiz", "Tom Weller", MARKUP]], ids=["one", "three"])
def test_the_voices_page_passes_axe(page, voices_server, axe, chosen):  # noqa: F811
    _open(page, voices_server, chosen, charts=2 if len(chosen) == 1 else 7)
    results = axe.run(page).response
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    assert not blocking, _described(blocking)
