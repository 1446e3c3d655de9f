"""Regenerate the README's screenshots: a Streamlit server and Debian's Chromium, one PNG per page.

    python docs/make_screenshots.py            # writes docs/screenshots/*.png
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: the browser settings the tests use

from tests.browser.chromium import launch  # noqa: E402
from tests.browser.conftest import _DRAWN  # noqa: E402  (the tests' "page has drawn" condition)

OUT = ROOT / "docs" / "screenshots"
# (file name, path and query, viewport height)
SHOTS = [
    ("compare.png", "/?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1500),
    ("compare-sections.png", "/?by=section&group=Expert%20views&group=Beyond%20military%20pledges&group=Ukrainian%20skepticism", 1200),
    ("landscape.png", "/landscape?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1500),
    ("flow.png", "/flow?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1300),
    ("data.png", "/data?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1100),
    ("articles.png", "/articles?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1200),
    ("method.png", "/method?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1400),
]


def main() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
                               "--server.port", str(port), "--server.address", "127.0.0.1"], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.3)
        OUT.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = launch(p)
            for name, path, height in SHOTS:
                page = browser.new_page(viewport={"width": 1400, "height": height})
                page.goto(f"http://127.0.0.1:{port}{path}")
                charts = 1 if name.startswith(("compare", "landscape", "flow")) else 0
                page.wait_for_function(_DRAWN, arg=charts, timeout=120_000)  # run over, widgets drawn, charts with traces
                page.wait_for_function(  # and plotly's transitions over: no element still animating
                    "() => document.getAnimations().every(a => a.playState !== 'running')", timeout=30_000)
                page.screenshot(path=str(OUT / name))
                page.close()
                print("wrote", OUT / name)
            browser.close()
    finally:
        server.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
