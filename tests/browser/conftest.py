"""A real Streamlit server and Debian's Chromium driven by Playwright.

Without a browser these tests skip on a developer's machine and fail when CI=true: a skipped
browser suite in CI would be a hidden failure.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from .chromium import INSTALL_HINT, executable, launch

ROOT = Path(__file__).resolve().parents[2]

# How long a condition may take before a test gives up (ms). Tests wait on conditions, never on the clock,
# so a fast run pays nothing for this; it is long because the machines have 2 cores shared with other work
# (a server's first run of a page, with the analysis, has taken over 20 s there).
WAIT_MS = 120_000


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path | str, *, cwd: Path = ROOT, corpus: Path | None = None) -> tuple[subprocess.Popen, str]:
    """A Streamlit server on a free port whose article store is `store` (a SQLite path or a database
    URL), started in `cwd` (the app is named by its full path: nothing depends on the folder); with
    `corpus`, serving that Parquet dataset read-only (VIEWPOINTS_CORPUS)."""
    port = _free_port()
    log = open(ROOT / ".pytest_cache" / "streamlit-browser.log", "a") if (ROOT / ".pytest_cache").is_dir() else subprocess.DEVNULL
    env = {k: v for k, v in os.environ.items() if k not in ("VIEWPOINTS_STORE", "VIEWPOINTS_DATABASE_URL", "VIEWPOINTS_CORPUS")}
    env["VIEWPOINTS_DATABASE_URL" if isinstance(store, str) and "://" in store else "VIEWPOINTS_STORE"] = str(store)
    if corpus is not None:
        env["VIEWPOINTS_CORPUS"] = str(corpus)
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=cwd, stdout=log, stderr=subprocess.STDOUT, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + WAIT_MS / 1000
    while True:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("the Streamlit server did not start (see .pytest_cache/streamlit-browser.log)")
        time.sleep(0.3)
    return proc, url


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("store") / "articles.sqlite3"


@pytest.fixture(scope="session")
def server_url(store_path):
    proc, url = start_server(store_path)
    yield url
    stop_server(proc)


@pytest.fixture(scope="session")
def browser():
    if executable() is None:
        _missing(f"no Chromium found ({INSTALL_HINT})")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


def new_context(browser, **options):
    """A fresh browser context (a colleague's browser) whose actions and waits have the suite's patience."""
    context = browser.new_context(**{"viewport": {"width": 1400, "height": 1000}, **options})
    context.set_default_timeout(WAIT_MS)
    return context


@pytest.fixture
def page(browser):
    context = new_context(browser)
    pg = context.new_page()
    yield pg
    context.close()


# The run has finished, the page has drawn something, no widget is still a skeleton placeholder (widgets
# draw lazily: their code loads after the run, seconds later on a loaded machine), and at least n plotly
# charts hold a trace (charts, not traces: one chart with several traces must not count as several).
_DRAWN = """n => {
    const app = document.querySelector('[data-testid="stApp"]');
    return app !== null && app.getAttribute('data-test-script-state') === 'notRunning'
        && document.querySelector('[data-testid="stMain"] [data-testid="stElementContainer"]') !== null
        && document.querySelector('[data-testid="stSkeleton"]') === null
        && Array.from(document.querySelectorAll('.js-plotly-plot')).filter(p => p.querySelector('.trace')).length >= n;
}"""


def wait_for_app(page, *, charts: int = 0, timeout: float = WAIT_MS) -> None:
    """Until the script has finished and the page has drawn: every widget (no skeleton left) and at least
    `charts` plotly charts holding traces. One condition, checked as a whole, so a rerun in between cannot
    pass it half-drawn."""
    page.wait_for_function(_DRAWN, arg=charts, timeout=timeout)
