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


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path) -> tuple[subprocess.Popen, str]:
    """A Streamlit server on a free port whose article store is `store`."""
    port = _free_port()
    log = open(ROOT / ".pytest_cache" / "streamlit-browser.log", "w") if (ROOT / ".pytest_cache").is_dir() else subprocess.DEVNULL
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "VIEWPOINTS_STORE": str(store)},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
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


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    yield pg
    context.close()


def wait_for_app(page, *, charts: int = 1, timeout: float = 45_000) -> None:
    """Until the script has finished and at least `charts` plotly charts hold traces."""
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)
    page.wait_for_function(
        # charts that hold a trace, not traces: one chart with several traces must not count as several
        "n => Array.from(document.querySelectorAll('.js-plotly-plot')).filter(p => p.querySelector('.trace')).length >= n",
        arg=charts,
        timeout=timeout,
    )
