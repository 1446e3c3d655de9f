"""Open the dashboard in-process (AppTest), optionally on a given page and with a deep link."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

# Articles brought in during tests go to a throwaway store, never the repository's data/store.
os.environ["VIEWPOINTS_STORE"] = str(Path(tempfile.mkdtemp(prefix="viewpoints-apptest-")) / "articles.sqlite3")

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def switch_to(at: AppTest, url_path: str) -> AppTest:
    """Select an st.navigation page by its url path (AppTest.switch_page only knows file pages)."""
    wanted = "" if url_path == "compare" else url_path  # the default page is served at "/"
    hashes = [h for h, info in at._registered_pages.items() if info.get("url_pathname") == wanted]
    assert hashes, f"no page with url path {url_path!r}: {at._registered_pages}"
    at._page_hash = hashes[0]
    return at


def open_app(page: str | None = None, **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        switch_to(at, page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_link(url_path: str, **params) -> AppTest:
    """A fresh session opening `/<url_path>?<params>`, as a browser opening a shared link does: the
    page's own first run reads the URL (open_app runs the entry page first, which rewrites the URL).
    For pages other than the default one."""
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at._page_hash = calc_hash(url_path)  # st.Page hashes its url_path; AppTest.switch_page only knows file pages
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def param(at: AppTest, key: str) -> list[str]:
    value = at.query_params[key]
    return [value] if isinstance(value, str) else list(value)


def params(at: AppTest, key: str) -> list[str]:
    """A parameter's values, none when it is not in the URL."""
    return param(at, key) if key in at.query_params else []


def notices(at: AppTest) -> list[str]:
    """The warnings as they read on screen (their Markdown escapes undone)."""
    return [re.sub(r"\\(.)", r"\1", w.value) for w in at.warning]


@pytest.fixture
def app():
    return open_app
